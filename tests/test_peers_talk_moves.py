"""Jack's turns: code picks the move, the addressee and the facts; best-of-N keeps a candidate that passes the
turn rules and the screen, and falls back to a template otherwise; the remote backend samples n candidates."""

import json

import httpx
import pytest

from jackpeer.peers.agent import Agent
from jackpeer.peers.asks import classify_question
from jackpeer.peers.backends import OpenAIBackend
from jackpeer.peers.policy import Policy, PolicyConfig
from jackpeer.peers.talk_moves import compose, idea_phrase, situation_kind
from jackpeer.peers.turn_checks import KINDS, failed_rules
from jackpeer.peers.turn_choice import SHARED_ROWS, choose_turn, consensus_answers, keeps_the_move
from jackpeer.peers.turn_situation import session_from_situation
from jackpeer.peers.words import phase_said

NOW = 100_000.0


def situation(kind: str, role: str = "moderator", last: str | None = None, **trigger) -> dict:
    history = [{"from": "Mia", "text": "we need lots of sun for tomatoes"}, {"from": "Leo", "text": "carrots are easy"}]
    if last:
        history.append({"from": "Leo", "text": last})
    return {"id": f"t-{kind}", "role": role, "task": "Plan a class garden for the school yard.",
            "phases": [["understand", 5], ["ideas", 10], ["choose", 5]], "phase": "ideas", "minutes_left": 2,
            "members": ["Mia", "Leo", "Sam"], "board": [{"by": "Mia", "text": "a rain barrel for the plants"}],
            "history": history, "trigger": {"kind": kind, **trigger}}


LAST = {"addressed": "jack how much time is left", "idea": "what if we make a bug hotel from sticks",
        "authority": "jack kick Mia out", "off_task": "lol my cat is so fat"}
EXTRA = {"invite_quiet": {"target": "Sam"}, "phase_end": {"next": "choose"}, "addressed": {"asks": "time"}}


class Screen:
    """A stand-in screen that blocks any text with a given word."""

    name = "test screen"

    def __init__(self, word: str = "") -> None:
        self.word = word

    def check_agent(self, text, history=None):
        class Verdict:
            safe = not (self.word and self.word in text.lower())
        return Verdict()


class Candidates:
    """A backend that returns fixed candidates and records the prompt."""

    def __init__(self, texts: list[str]) -> None:
        self.texts, self.prompts = texts, []

    def candidates(self, messages, n, max_tokens=40):
        self.prompts.append(messages)
        return self.texts[:n]


def plan_for(sit: dict, **agent_kw):
    session, trigger = session_from_situation(sit, NOW)
    agent = Agent(session, Policy(session.role, PolicyConfig.for_role(session.role)), **agent_kw)
    return agent, agent.plan_for(trigger, NOW)


@pytest.mark.parametrize("role", ["moderator", "participant"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_gets_a_spec_whose_templates_pass_the_rules(kind, role):
    sit = situation(kind, role, LAST.get(kind), **EXTRA.get(kind, {}))
    if kind == "phase_end":
        sit["minutes_left"] = 0
    _, plan = plan_for(sit)
    assert plan.spec is not None and plan.spec.templates
    from jackpeer.peers.turn_checks import TurnContext

    truth = TurnContext.from_situation(sit)
    for t in plan.spec.templates:
        assert failed_rules(t, truth) == [], t
    assert plan.spec.templates[0] in plan.spec.directive


@pytest.mark.parametrize("step", ["rephrase", "address_directly", "offer_choice"])
@pytest.mark.parametrize("kind", ["invite_quiet", "off_task"])
def test_a_ladder_step_of_an_unfollowed_instruction_is_a_move_with_templates_that_pass(kind, step):
    sit = situation(kind, last=LAST.get(kind), **EXTRA.get(kind, {}))
    session, _ = session_from_situation(sit, NOW)
    spec = compose(session, kind, NOW, target=EXTRA.get(kind, {}).get("target"), step=step)
    assert spec.move.endswith(step) and spec.templates
    from jackpeer.peers.turn_checks import TurnContext

    for t in spec.templates:
        assert failed_rules(t, TurnContext.from_situation(sit)) == [], t


def test_the_move_picks_addressee_and_facts_from_the_session():
    _, plan = plan_for(situation("invite_quiet", target="Sam"))
    assert plan.spec.move == "invite" and plan.spec.addressee == "Sam"
    _, plan = plan_for(situation("addressed", last="jack how many minutes left??", asks="time"))
    assert plan.spec.facts["minutes_left"] == 2 and all("2 minutes" in t for t in plan.spec.templates)
    _, plan = plan_for(situation("idea", last=LAST["idea"]))
    assert plan.spec.addressee == "Leo" and plan.spec.facts["idea"] == "make a bug hotel from sticks"


def test_best_of_keeps_a_passing_model_candidate():
    agent, plan = plan_for(situation("time_warning"))
    backend = Candidates(["I love gardens!", "Only 2 minutes left for ideas, friends!", "Hurry up."])
    text = "".join(agent.reply(plan, backend, NOW))
    assert text == "Only 2 minutes left for ideas, friends!" and plan.source == "model"
    assert plan.spec.templates[0] in backend.prompts[0][-1]["content"]  # the model words the move's sentence


def test_best_of_falls_back_to_a_template_when_no_candidate_passes():
    agent, plan = plan_for(situation("time_warning"))
    text = "".join(agent.reply(plan, Candidates(["My team was excited to start!", ""]), NOW))
    assert plan.source == "template" and text in plan.spec.templates


def test_a_busy_engine_gets_fewer_candidates_and_the_templates_stay_the_floor():
    class Busy(Candidates):
        def __init__(self, texts, rows):
            super().__init__(texts)
            self.rows, self.asked = rows, []

        def rows_in_flight(self):
            return self.rows

        def candidates(self, messages, n, max_tokens=40):
            self.asked.append(n)
            return super().candidates(messages, n, max_tokens)

    texts = ["My team was excited to start!", "Only 2 minutes left for ideas, friends!"]
    for rows, n in ((0, 4), (SHARED_ROWS - 2, 2), (SHARED_ROWS - 1, 1), (SHARED_ROWS, 0), (3 * SHARED_ROWS, 0)):
        agent, plan = plan_for(situation("time_warning"))
        backend = Busy(texts, rows)
        text = "".join(agent.reply(plan, backend, NOW))
        assert backend.asked == ([n] if n else [])  # a saturated engine is not asked at all
        assert (text, plan.source) == ((texts[1], "model") if n >= 2 else (plan.spec.templates[0], "template"))


def test_a_quiet_child_is_invited_to_a_question_as_a_question():
    sit = situation("invite_quiet", target="Sam")
    sit["history"].append({"from": "Leo", "text": "how do we hang it?"})
    _, plan = plan_for(sit)
    quoting = [t for t in plan.spec.templates if "hang it" in t]
    assert quoting and not any("agree that" in t or "said how" in t for t in quoting)  # not "Do you agree that how…"
    assert all(failed_rules(t, plan.spec.context) == [] for t in plan.spec.templates)


def test_a_task_that_is_not_a_thing_is_not_asked_what_it_should_have():
    for kind in ("stall", "off_task"):
        sit = situation(kind)
        sit["task"], sit["board"] = "Design something that makes the school playground more fun for everyone.", []
        _, plan = plan_for(sit)
        assert not any(t.endswith("have?") for t in plan.spec.templates), plan.spec.templates
        assert any("Who has one more idea for something that makes" in t for t in plan.spec.templates)


def test_a_candidate_the_screen_blocks_is_not_said():
    agent, plan = plan_for(situation("time_warning"), screen=Screen("friends"))
    text = "".join(agent.reply(plan, Candidates(["Only 2 minutes left for ideas, friends!"]), NOW))
    assert "friends" not in text and plan.source == "template"


def test_a_backend_without_candidates_streams_the_directive_as_before():
    class Streaming:
        def stream(self, messages, tools=None, max_tokens=60):
            yield "Keep going!"

    agent, plan = plan_for(situation("time_warning"))
    text = "".join(p for p in agent.reply(plan, Streaming(), NOW) if isinstance(p, str))
    assert text.startswith("Keep going!") and plan.source == "stream"
    agent, plan = plan_for(situation("time_warning"), best_of=1)
    assert not agent.uses_moves(plan, Candidates(["x"]))


def test_a_factual_answer_most_candidates_agree_on_is_accepted_and_an_unsure_one_always():
    sit = situation("addressed", last="jack how many legs does a spider have")
    agent, plan = plan_for(sit)
    assert plan.spec.context.asks == "fact"
    said = ["A spider has 8 legs.", "Spiders have 8 legs!", "I think spiders have 8 legs.", "A spider has 6 legs."]
    assert consensus_answers(said, plan.spec.context) == ["8"]
    text = "".join(agent.reply(plan, Candidates(said), NOW))
    assert "8" in text and plan.source == "model"
    agent, plan = plan_for(sit)
    text = "".join(agent.reply(plan, Candidates(["A spider has 6 legs.", "A spider has 10 legs."]), NOW))
    assert "not sure" in text and plan.source == "template"
    # Not a dead end: the question goes to the group, in the asker's words.
    assert "how many legs does a spider have?" in text and ("everyone" in text or "you all" in text)


def test_a_sum_is_worked_out_by_code_not_left_to_the_model():
    agent, plan = plan_for(situation("addressed", last="jack wat is 6 times 4"))
    assert plan.spec.context.asks == "sum" and plan.spec.context.answers == ["24"]
    text = "".join(agent.reply(plan, Candidates(["6 times 4 is 120, Leo.", "It is 10!"]), NOW))
    assert "24" in text and "120" not in text and plan.source == "template"
    agent, plan = plan_for(situation("addressed", last="@Jack whats 13 divided by 5?"))
    text = "".join(agent.reply(plan, Candidates([]), NOW))
    assert "13 divided by 5 is 2, with 3 left over" in text


def test_a_choice_handed_to_jack_goes_back_to_the_group():
    # "jack u decide the name" got "Good question, Leo! What does everyone think about name?" in a live room
    agent, plan = plan_for(situation("addressed", last="jack u decide the name"))
    assert plan.spec.context.asks == "decide" and not failed_rules(plan.spec.templates[0], plan.spec.context)
    assert all("decide the name together" in t or "all decide the name" in t for t in plan.spec.templates)
    text = "".join(agent.reply(plan, Candidates([]), NOW))
    assert "Leo" in text and "everyone" in text


def test_asked_to_bring_a_quiet_child_in_jack_invites_that_child():
    # "jack can u tell sam to talk more" got "Good question! Let's hear from everyone: can you tell sam to talk more?"
    agent, plan = plan_for(situation("addressed", last="jack can u tell sam to talk more"))
    assert plan.spec.context.asks == "include" and plan.spec.addressee == "Sam"
    text = "".join(agent.reply(plan, Candidates([]), NOW))
    assert text.startswith("Sam, ") and "rain barrel" in text
    _, plan = plan_for(situation("addressed", last="jack can u tell zed to talk more"))  # nobody of the room
    assert plan.spec.addressee == "Leo"


def test_a_lost_learner_hears_the_task_and_the_step():
    agent, plan = plan_for(situation("addressed", last="im confused what are we doing"))
    assert plan.spec.context.asks == "task" and plan.spec.addressee == "Leo"
    text = "".join(agent.reply(plan, Candidates([]), NOW))
    assert "class garden" in text and "ideas" in text and "Leo" in text


def test_a_safety_question_goes_to_the_teacher_not_to_the_group():
    # "jack is baking soda safe to touch" got "Good question, Kai! Let's hear from everyone: is baking soda safe to
    # touch?" in a live room.
    agent, plan = plan_for(situation("addressed", last="jack is baking soda safe to touch"))
    assert plan.spec.context.asks == "safety"
    assert all("teacher" in t and "is baking soda safe to touch?" in t.lower() for t in plan.spec.templates)
    text = "".join(agent.reply(plan, Candidates(["Yes, it is totally safe, Leo!"]), NOW))
    assert "teacher" in text and "totally safe" not in text


@pytest.mark.parametrize("text, asks", [
    ("jack how tall should it be", "other"), ("jack what colour should the sea be", "other"),
    ("jack how tall is the tallest tree", "fact"), ("can we eat it jack", "safety"), ("jack is it dangerous", "safety"),
])
def test_a_choice_for_the_group_is_not_a_fact_jack_is_unsure_of(text, asks):
    # "jack how tall should it be" got "Good question, Zoe! I'm not sure. What does everyone think: how tall should it
    # be?" in a live room: the group's choice, not a fact.
    assert classify_question(text) == asks


def test_told_off_jack_takes_it_well_and_goes_back_to_the_task():
    # "jack ur annoying" got "Ruby, I'm curious about annoying too. What do the others think?" in a live room.
    for role in ("moderator", "participant"):
        agent, plan = plan_for(situation("addressed", role, last="jack ur annoying"))
        assert plan.spec.context.asks == "about_me"
        text = "".join(agent.reply(plan, Candidates(["Ruby, I'm curious about annoying too."]), NOW))
        assert ("Sorry" in text or "Fair enough" in text) and "annoying" not in text and "class garden" in text


def test_work_handed_to_jack_goes_back_to_the_group_with_its_own_verb():
    # "jack can u make the rules for us" got "Omar asked: can you make the rules for us? What does everyone think?"
    agent, plan = plan_for(situation("addressed", last="jack can u make the rules for us"))
    assert plan.spec.context.asks == "decide"
    assert all("make the rules" in t and "for us" not in t for t in plan.spec.templates)


def test_which_idea_is_best_lists_the_board_and_an_empty_board_asks_for_a_first_idea():
    agent, plan = plan_for(situation("addressed", last="jack which idea is best"))
    assert plan.spec.context.asks == "board" and all("rain barrel" in t for t in plan.spec.templates)
    sit = situation("addressed", last="jack which idea is best")
    sit["board"] = []
    agent, plan = plan_for(sit)
    text = "".join(agent.reply(plan, Candidates([]), NOW))
    assert "no ideas" in text or "empty" in text
    assert "Which one do you like most" not in text and "class garden" in text


def test_a_participant_asked_for_his_view_gives_one_a_moderator_passes_it_on():
    # "jack what do u think we should make" got "Good question, Omar! Let's hear from everyone: what do you think we
    # should make?" from Jack the team member in a live room.
    agent, plan = plan_for(situation("addressed", "participant", last="jack what do u think we should make"))
    assert plan.spec.context.asks == "opinion"
    text = "".join(agent.reply(plan, Candidates([]), NOW))
    assert "rain barrel" in text and "Leo" in text
    sit = situation("addressed", "participant", last="jack what do u think we should make")
    sit["board"] = []
    agent, plan = plan_for(sit)
    assert "class garden" in "".join(agent.reply(plan, Candidates([]), NOW))
    agent, plan = plan_for(situation("addressed", "moderator", last="jack what do u think we should make"))
    said = "".join(agent.reply(plan, Candidates([]), NOW))  # "Omar asked: what do you think we should make?" was said
    assert "class garden" in said and "asked" not in said and said.endswith("?")


def test_how_long_do_we_have_is_a_time_question_and_names_keep_their_capitals():
    # "jack how long do we have" got "Bo asked: how long do we have? I'm not sure myself." in a live room, and
    # "jack what should cal do" got "Let's hear from everyone: what should cal do?"
    for text in ("jack how long do we have", "how long have we got jack", "jack how long is this part"):
        assert classify_question(text) == "time", text
    assert classify_question("jack how long is a bus") == "fact"
    agent, plan = plan_for(situation("addressed", last="jack what should sam do"))
    said = "".join(agent.reply(plan, Candidates([]), NOW))
    assert "Sam" in said and "sam" not in said
    assert idea_phrase("or a board game with dice") == "a board game with dice"


def test_a_participant_asked_which_idea_is_best_gives_his_pick_and_a_moderator_lists_the_board():
    for role, said in (("participant", "Leo"), ("moderator", "like")):
        sit = situation("addressed", role, last="jack which idea is best")
        sit["board"] = [{"by": "Mia", "text": "a rain barrel"}, {"by": "Leo", "text": "a bug hotel"}]
        agent, plan = plan_for(sit)
        reply = "".join(agent.reply(plan, Candidates([]), NOW))
        assert said in reply and "bug hotel" in reply and (role == "moderator") == ("rain barrel" in reply), reply


def test_how_did_we_do_asks_the_group_to_look_back():
    # "jack how did we do" got "Good question, Bo! Let's hear from everyone: how did we do?" in a live room
    for text in ("jack how did we do", "jack was it good", "did we do ok jack"):
        assert classify_question(text) == "reflect", text
    agent, plan = plan_for(situation("addressed", last="jack how did we do"))
    said = "".join(agent.reply(plan, Candidates(["You did amazing, Leo, the best group ever!"]), NOW))
    assert "Leo" in said and "?" in said and "amazing" not in said


def test_deciding_a_name_is_handed_back_as_the_name_not_the_boards_ideas():
    # "jack can u decide the name" with two ideas on the board got the ideas as the choice; no template passed the rules,
    # and the model's "wow! today is festival day and i am going to play some music.." was said instead.
    sit = situation("addressed", last="jack can u decide the name")
    sit["board"] = [{"by": "Mia", "text": "a rain barrel"}, {"by": "Leo", "text": "a bug hotel"}]
    agent, plan = plan_for(sit)
    said = "".join(agent.reply(plan, Candidates(["wow! today is festival day and i am going to play some music.."]), NOW))
    assert "the name" in said and "festival" not in said and "rain barrel" not in said
    sit["history"][-1]["text"] = "jack u choose which one"
    agent, plan = plan_for(sit)
    assert "rain barrel" in "".join(agent.reply(plan, Candidates([]), NOW))


@pytest.mark.parametrize("text, asks, said", [
    ("can i go toilet", "away", "teacher"), ("miss can i get a drink", "away", "teacher"),
    ("this is so boring", "bored", "fun"), ("im sooo bored", "bored", "fun")])
def test_asking_to_go_out_and_boredom_get_the_moderators_answer(text, asks, said):
    # Both went by without a word from Jack the moderator in a live room.
    agent, plan = plan_for(situation("addressed", "moderator", last=text))
    assert plan.spec.context.asks == asks
    reply = "".join(agent.reply(plan, Candidates(["This is boring, Leo, go to the toilet."]), NOW))
    assert said in reply and "Leo" in reply and "boring" not in reply


@pytest.mark.parametrize("text", ["thats a dumb idea", "omar ur idea is dumb", "what a stupid idea"])
def test_an_idea_put_down_is_met_with_keeping_ideas_welcome(text):
    # "thats a dumb idea" after a child's first idea went by without a word from Jack the moderator (a live room).
    agent, plan = plan_for(situation("addressed", last=text))
    assert plan.spec.context.asks == "put_down" and plan.spec.addressee == "Leo"
    said = "".join(agent.reply(plan, Candidates(["Yes, that is a dumb idea, Leo."]), NOW))
    assert "rain barrel" in said and "dumb" not in said and "?" in said
    assert classify_question("thats not a bad idea") != "put_down"


def test_a_call_of_his_name_an_are_you_a_robot_and_a_joke_get_their_own_answers():
    # A live room of session 31: "JACK JACK JACK" got "Good question, Maya! What does everyone think about ...",
    # "jack r u a robot" got "Let's hear from everyone: are you a robot?" and "jack tell me a joke" got "Good question,
    # Theo! What does everyone think about joke?".
    agent, plan = plan_for(situation("addressed", last="JACK JACK JACK"))
    text = "".join(agent.reply(plan, Candidates([]), NOW))
    assert plan.spec.context.asks == "call" and "Leo" in text and "?" in text and "Good question" not in text
    for asked in ("jack r u a robot", "jack are you human"):
        agent, plan = plan_for(situation("addressed", last=asked))
        text = "".join(agent.reply(plan, Candidates(["Yes, I am a real person, Leo!"]), NOW))
        assert plan.spec.context.asks == "are_you_ai" and "AI" in text and "person" in text and not text.startswith("Yes")
    agent, plan = plan_for(situation("addressed", last="jack tell me a joke"))
    text = "".join(agent.reply(plan, Candidates([]), NOW))
    assert plan.spec.context.asks == "joke" and "joke" in text and "class garden" in text
    assert not failed_rules(text, plan.spec.context)
    agent, plan = plan_for(situation("addressed", last="jack i like turtles"))  # no question: no "Good question"
    assert not any("Good question" in t for t in plan.spec.templates)


def test_a_question_for_the_groups_opinion_is_passed_on_in_its_own_words():
    agent, plan = plan_for(situation("addressed", last="jack do u think the paper monster is funny"))
    assert plan.spec.context.asks == "other"
    # in its own words, spelled out: Jack does not write "u" back to a child
    assert all("do you think the paper monster is funny?" in t for t in plan.spec.templates)
    text = "".join(agent.reply(plan, Candidates([]), NOW))
    assert "Leo" in text and "everyone" in text


def test_a_model_candidate_is_said_only_when_it_keeps_the_moves_words():
    _, plan = plan_for(situation("off_task", last="lol my cat is so fat"))
    spec = plan.spec
    assert any(keeps_the_move(t, spec) for t in spec.templates)
    assert keeps_the_move("Ha, sounds fun! Back to ideas: what do you think of that rain barrel?", spec)
    assert not keeps_the_move("Dad is going to check that the cans have been recycled.", spec)
    # the task's words alone are not the move: this passed with 5 of 8 words before
    assert not keeps_the_move("Haha, I'm glad you're enjoying the possibilities of planning a class garden for "
                              "the school yard! Here's a few exciting options", spec)
    _, plan = plan_for(situation("time_warning"))
    assert not keeps_the_move("Heads up: 5 minutes left for ideas!", plan.spec)  # the template says 2
    # nor a word of its own that no template and nobody in the room has said (session 31's turns bench)
    _, plan = plan_for(situation("open", "participant"))
    kept = plan.spec.templates[0]
    assert keeps_the_move(kept, plan.spec)
    assert not keeps_the_move(kept.rstrip(".!") + ", with treats for our hamsters!", plan.spec)


def test_a_phase_named_by_a_verb_is_said_as_its_ing_form():
    assert [phase_said(p) for p in ("understand", "ideas", "choose", "pick one", "Warm up")] == \
        ["understanding the task", "ideas", "choosing", "picking one", "Warming up"]
    agent, plan = plan_for(situation("phase_end", next="choose"))
    assert all("choosing" in t and "choose." not in t for t in plan.spec.templates)
    assert failed_rules("".join(agent.reply(plan, Candidates([]), NOW)), plan.spec.context) == []
    sit = situation("addressed", last="jack what phase are we in", asks="phase")
    sit["phase"] = "choose"
    agent, plan = plan_for(sit)
    text = "".join(agent.reply(plan, Candidates([]), NOW))
    assert "choosing" in text and failed_rules(text, plan.spec.context) == []


def test_a_hello_to_jack_gets_a_hello_and_where_the_group_is():
    agent, plan = plan_for(situation("addressed", last="hello jack"))
    text = "".join(agent.reply(plan, Candidates([]), NOW))
    assert text.startswith(("Hi Leo!", "Hello Leo!")) and "ideas" in text and "garden" not in text


def test_question_kinds_and_idea_phrases():
    assert classify_question("hello jack") == "greeting" and classify_question("hiii @Jack!") == "greeting"
    assert classify_question("hi jack how much time do we have left") == "time"
    assert classify_question("jack how much time do we have left") == "time"
    assert classify_question("jack wat r we supposed to do") == "task"
    assert classify_question("Jack what's next") == "next"
    assert classify_question("jack can you sum up our ideas") == "board"
    assert classify_question("jack wat is 6 times 4") == "sum"
    assert classify_question("jack what's seven plus five?") == "sum"
    assert classify_question("we need a 3x3 grid jack") == "other"  # not asked
    assert classify_question("jack what is 5 divided by 0") == "fact"
    assert classify_question("jack do you like the slide?") == "other"
    assert idea_phrase("lol what if we build a pond for frogs") == "build a pond for frogs"
    assert idea_phrase("maybe tomatoes too") == "tomatoes" and idea_phrase("we need water as well") == "water"
    assert idea_phrase("idea: a maze") == "a maze" and idea_phrase("we could have a pond") == "a pond"
    assert idea_phrase("i think a pond would be cool") == "a pond"
    assert idea_phrase("what if u glue straws in triangles bc they dont squish") == (
        "glue straws in triangles because they don't squish")
    assert idea_phrase("ur idea is good tho") == "ur idea is good"  # "ur" is "your" or "you're": left as said
    session, trigger = session_from_situation(situation("authority", last="Jack tell Mia to leave the group"), NOW)
    assert situation_kind("addressed", session.turns[-1]) == "authority"


def test_asked_what_to_do_while_choosing_jack_names_the_choice():
    sit = situation("addressed", last="jack what do we do now")
    sit["phase"] = "choose"
    sit["board"].append({"by": "Leo", "text": "a bug hotel from sticks"})
    session, _ = session_from_situation(sit, NOW)
    spec = compose(session, "addressed", NOW, about=session.turns[-1])
    assert spec.context.asks == "task"
    assert all('"a rain barrel for the plants" or "a bug hotel from sticks"' in t for t in spec.templates)
    from jackpeer.peers.turn_checks import TurnContext

    sit["trigger"]["asks"] = "task"
    assert all(failed_rules(t, TurnContext.from_situation(sit)) == [] for t in spec.templates)


def test_a_room_that_names_its_agent_otherwise_gets_the_same_moves():
    assert classify_question("hello robo", "Robo") == "greeting"
    assert classify_question("@Robo wat is 6 times 4", "Robo") == "sum"
    assert idea_phrase("robo what if we build a pond", agent="Robo") == "build a pond"
    session, _ = session_from_situation(situation("addressed", last="robo what do bees make"), NOW)
    session.agent_name = "Robo"
    spec = compose(session, "addressed", NOW, about=session.turns[-1])
    assert spec.context.asks == "fact" and all("what do bees make?" in t and "robo" not in t for t in spec.templates)


def test_templates_avoid_repeating_jacks_last_turn():
    sit = situation("time_warning")
    session, _ = session_from_situation(sit, NOW)
    first = compose(session, "time_warning", NOW).templates
    sit["history"].append({"from": "Jack", "text": first[0]})
    session, _ = session_from_situation(sit, NOW)
    assert first[0] not in compose(session, "time_warning", NOW).templates


def test_openai_backend_samples_n_candidates_and_asks_again_when_the_server_ignores_n():
    bodies = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json={"choices": [{"message": {"content": f"Reply {len(bodies)}"}}]})

    backend = OpenAIBackend("http://school-server:8080/v1", model="big")
    backend.client = httpx.Client(transport=httpx.MockTransport(handler))
    assert backend.candidates([{"role": "user", "content": "hi"}], 3, max_tokens=20) == ["Reply 1", "Reply 2", "Reply 3"]
    assert bodies[0]["n"] == 3 and bodies[1]["n"] == 2 and bodies[0]["max_tokens"] == 20


def test_a_remote_backend_goes_through_the_same_best_of_path():
    def handler(request: httpx.Request) -> httpx.Response:
        n = json.loads(request.content)["n"]
        texts = ["Only 2 minutes left for ideas!", "Time flies."][:n]
        return httpx.Response(200, json={"choices": [{"message": {"content": t}} for t in texts]})

    backend = OpenAIBackend("http://127.0.0.1:9/v1")
    backend.client = httpx.Client(transport=httpx.MockTransport(handler))
    agent, plan = plan_for(situation("time_warning"), best_of=2)
    assert "".join(agent.reply(plan, backend, NOW)) == "Only 2 minutes left for ideas!" and plan.source == "model"


def test_choose_turn_ranks_by_rules_then_length():
    _, plan = plan_for(situation("time_warning"))
    short, long = "2 minutes left for ideas!", "We have 2 minutes left for ideas, so let's all keep sharing."
    assert choose_turn([long, short], plan.spec) == (short, "model")


def test_a_phase_end_sums_up_the_whole_board():
    """A live room's phase end named the last two of four ideas, and the group then voted for one he left out."""
    sit = situation("phase_end", next="choose")
    sit["minutes_left"] = 0
    ideas = ["maybe tomatoes", "what if we grow sunflowers by the fence", "we need water too", "a rain barrel?"]
    sit["board"] = [{"by": "Mia", "text": t} for t in ideas]
    _, plan = plan_for(sit)
    from jackpeer.peers.turn_checks import TurnContext

    for t in plan.spec.templates:
        assert '"tomatoes", "grow sunflowers by the fence", "water" and "a rain barrel"' in t, t
        assert failed_rules(t, TurnContext.from_situation(sit)) == [], t
    sit["board"] += [{"by": "Leo", "text": t} for t in ("a pond", "a bug hotel")]
    _, plan = plan_for(sit)
    for t in plan.spec.templates:
        assert '"tomatoes", "grow sunflowers by the fence", "water" and 3 more ideas' in t, t
        assert failed_rules(t, TurnContext.from_situation(sit)) == [], t
    sit = situation("addressed", last="jack what do we do now", asks="task")
    sit["phase"], sit["board"] = "choose", [{"by": "Mia", "text": t} for t in ideas[:3]]
    _, plan = plan_for(sit)
    assert all('"tomatoes", "grow sunflowers by the fence" or "water"?' in t for t in plan.spec.templates)


def test_a_phase_started_by_the_facilitator_names_the_board_in_every_wording():
    """A live room moved on to choosing with "On to choose, everyone! ... What should we do first?", no idea named."""
    from jackpeer.peers.turn_checks import TurnContext

    sit = situation("phase_start")
    sit["phase"], sit["board"] = "choose", [{"by": "Mia", "text": t} for t in ("a pond", "a bug hotel")]
    _, plan = plan_for(sit)
    for t in plan.spec.templates:
        assert '"a pond" and "a bug hotel"' in t and failed_rules(t, TurnContext.from_situation(sit)) == [], t
    sit["board"] = []
    _, plan = plan_for(sit)
    assert plan.spec.templates and not any("board" in t for t in plan.spec.templates)


def test_each_step_of_an_unanswered_invitation_names_another_idea():
    """A live room's three invitations to a quiet child all asked about "a rain barrel"."""
    sit = situation("invite_quiet", target="Sam")
    sit["board"] = [{"by": "Mia", "text": t} for t in ("maybe tomatoes", "grow sunflowers", "a rain barrel?")]
    session, _ = session_from_situation(sit, NOW)
    first = compose(session, "invite_quiet", NOW, target="Sam").templates
    assert any('"a rain barrel"' in t for t in first)
    for step, topic in (("rephrase", '"grow sunflowers"'), ("address_directly", '"tomatoes"')):
        templates = compose(session, "invite_quiet", NOW, target="Sam", step=step).templates
        assert templates and all(topic in t and t.count('"') == 2 for t in templates), templates
