"""The turn rules of issue 13: each rule passes a turn that does its job and fails one that does not."""

import json
from pathlib import Path

import pytest

from jackpeer.peers import turn_checks as tc
from jackpeer.peers.turn_checks import TurnContext, failed_rules

DATA = Path(__file__).resolve().parent.parent / "jackpeer" / "peers" / "data"


def ctx(kind: str = "stall", **kw) -> TurnContext:
    sit = {"role": kw.pop("role", "moderator"), "task": "Plan a class garden for the school yard.",
           "phases": [["understand", 5], ["ideas", 10], ["choose", 5]], "phase": kw.pop("phase", "ideas"),
           "minutes_left": kw.pop("minutes_left", 3), "members": ["Mia", "Leo", "Sam"],
           "board": kw.pop("board", [{"by": "Mia", "text": "grow tomatoes and carrots"}]),
           "history": kw.pop("history", [{"from": "Leo", "text": "sunflowers get super tall"},
                                         {"from": "Jack", "text": "Leo, what do you think about the fence?"}]),
           "trigger": {"kind": kind, **kw}}
    return TurnContext.from_situation(sit)


# (rule, context, a turn that passes, a turn that fails)
CASES = [
    (tc.non_empty, ctx(), "Let's go on.", "  "),
    (tc.ends_a_sentence, ctx(), "Nice idea 😀", "We begin with the rope bridge (made from the rope that"),
    (tc.keeps_distance, ctx(), "I love your idea, Mia!", "Hi Leo, love you, I am looking at you right now..."),
    (tc.keeps_distance, ctx(), "That is the secret ingredient.", "Keep it a secret between us, ok?"),
    (tc.one_chat_line, ctx(), "Mia, now it's time for building.", "Shout-out: Mia, building!\nLet's build together!"),
    (tc.one_chat_line, ctx(), "Hello everyone, I'm Jack, an AI team member.", "Jack, Hello everyone, I'm Jack."),
    (tc.short, ctx(), "One. Two. Three.", "One. Two. Three. Four."),
    (tc.short, ctx(), "word " * 45, "word " * 46),
    (tc.names_only_members, ctx(), "Mia and Leo, what do you think?", "Mia and Olivia, what do you think?"),
    (tc.invents_nothing, ctx(), "What if we grow tomatoes by the fence?", "My team was excited to start."),
    (tc.invents_nothing, ctx(), "Mia, you said we could grow tomatoes.", "They chose to create a hobby project."),
    (tc.invents_nothing, ctx(), "What does everyone think?", "Everyone thinks it's hilarious."),
    (tc.invents_nothing, ctx(), "We have tomatoes and carrots on the board.", "We could build a giant robot castle."),
    (tc.invents_nothing, ctx(), "Mia's idea of carrots is nice.", "Mia's idea of a swimming pool is nice."),
    (tc.not_a_copy, ctx(), "Sam, what do you think about tomatoes?", "Leo, what do you think about the fence?"),
    (tc.says_it_once, ctx(), "Two minutes left! Two ideas so far.",
     "Two minutes left for ideas, everyone! Two minutes left for ideas, everyone!!!"),
    (tc.greets, ctx("open"), "Hello everyone!", "I am Jack."),
    (tc.says_ai, ctx("open"), "I'm Jack, an AI helper.", "I'm Jack, your helper."),
    (tc.names_first_phase, ctx("open"), "We start with understand for 5 minutes.", "We start with understand."),
    (tc.names_first_phase, ctx("open"), "First: understand, five minutes.", "We start with ideas for 5 minutes."),
    (tc.names_target, ctx("invite_quiet", target="Sam"), "Sam, what do you think?", "Mia, what do you think?"),
    (tc.names_target, ctx("invite_quiet", target="Sam"), "Sam, what do you think?",
     'Sam said "People put everything in one bin!" What can I say?'),
    (tc.no_stray_capitals, ctx(), "Just 3 minutes left for making, Mia!", "Just 3 minutes left for making Everyone!"),
    (tc.no_stray_capitals, ctx(), "I'm Jack, an AI team member.", "I'm Jack, An AI team member."),
    (tc.asks_question, ctx("invite_quiet", target="Sam"), "Sam, what do you think?", "Sam, tell us."),
    (tc.on_discussion, ctx("invite_quiet", target="Sam"), "Sam, do you like the sunflowers?",
     "Sam, what is your favourite colour?"),
    (tc.answers_question, ctx("addressed", asks="time", minutes_left=3), "We have 3 minutes left.",
     "We have some time left."),
    (tc.answers_question, ctx("addressed", asks="time", minutes_left=3), "Three minutes to go!", "Two minutes left."),
    (tc.answers_question, ctx("addressed", asks="task"), "Our task is to plan a class garden.", "Let's have fun!"),
    (tc.answers_question, ctx("addressed", asks="phase"), "We are in ideas now.", "We are in choose now."),
    (tc.answers_question, ctx("addressed", asks="next"), "After ideas comes choose.", "After ideas we rest."),
    (tc.answers_question, ctx("addressed", asks="fact", answers=["8", "eight"]), "A spider has eight legs.",
     "A spider has six legs."),
    (tc.answers_question, ctx("addressed", asks="fact", answers=["8"]), "I'm not sure, Leo.", "What is the answer?"),
    (tc.answers_question, ctx("addressed", asks="board"), "We have tomatoes so far.", "We have lots of ideas."),
    (tc.answers_question, ctx("addressed", asks="other", history=[{"from": "Leo", "text": "jack do u like the sunflowers?"}]),
     "I like the sunflowers, Leo!", "Good question!"),
    (tc.names_idea, ctx("idea", history=[{"from": "Leo", "text": "what if we build a pond for frogs"}]),
     "Leo, how deep would it be?", "How deep would it be?"),
    (tc.names_idea, ctx("idea", history=[{"from": "Leo", "text": "what if we build a pond for frogs"}]),
     "A pond for frogs! How deep?", "Great, how would that work?"),
    (tc.adds_something, ctx("idea"), "Leo, how would the pond stay clean?", "Leo, great idea, I love it!"),
    (tc.adds_something, ctx("idea"), "Leo, we could also add a frog sign.", "Leo, amazing!"),
    (tc.says_time_up, ctx("phase_end"), "Time is up for ideas!", "Ideas was fun."),
    (tc.names_next_phase, ctx("phase_end"), "Next is choose.", "Next is lunch."),
    (tc.names_next_phase, ctx("phase_end", phase="choose", next=None), "Thank you all!", "Next is lunch."),
    (tc.mentions_board_idea, ctx("phase_end"), "We have tomatoes and carrots.", "We have many ideas."),
    (tc.real_minutes, ctx("time_warning", minutes_left=2), "2 minutes left for ideas.", "5 minutes left for ideas."),
    (tc.names_phase, ctx("time_warning", minutes_left=2), "2 minutes left for ideas.", "2 minutes left."),
    (tc.back_to_task, ctx("off_task"), "Fun! Back to our garden: what should we plant?", "Fun! Tell me more."),
    (tc.kind_tone, ctx("off_task"), "Ha, fun! Back to the garden.", "Stop it and pay attention to the garden."),
    (tc.declines, ctx("authority"), "I can't do that, Mia.", "OK, Leo is out."),
    (tc.group_decides, ctx("authority"), "We decide together as a group.", "I can't do that."),
    (tc.one_step, ctx("stall"), "What do we need for the tomatoes?", "Hmm. Okay. Well."),
    (tc.one_step, ctx("stall"), "Let's each write one idea for the garden.", "What do you want? What else? Why?"),
]


@pytest.mark.parametrize("rule,context,good,bad", CASES, ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(CASES)])
def test_rule_passes_a_good_turn_and_fails_a_bad_one(rule, context, good, bad):
    assert rule(good, context)
    assert not rule(bad, context)


def test_every_rule_has_a_case():
    rules = {r.__name__ for r in tc.COMMON_RULES} | {r.__name__ for rs in tc.KIND_RULES.values() for r in rs}
    assert rules <= {c[0].__name__ for c in CASES}


def test_failed_rules_lists_the_kind_rules_the_screen_and_nothing_for_a_good_turn():
    c = ctx("time_warning", minutes_left=2)
    assert failed_rules("Heads up: 2 minutes left for ideas!", c) == []
    assert failed_rules("Heads up: 2 minutes left for ideas!", c, blocked=True) == ["passes_screen"]
    assert failed_rules("My team chose carrots.", c) == ["invents_nothing", "real_minutes", "names_phase"]


def test_the_issue_examples_fail():
    asked = ctx("addressed", asks="fact", answers=["water"],
                history=[{"from": "Mia", "text": "how much water do they need?"}])
    assert "answers_question" in failed_rules("What is the answer?", asked)
    opening = ("I'm excited to be part of this exciting project! I have many ideas that will help us create "
               "something amazing together.")
    assert {"greets", "says_ai", "names_first_phase"} <= set(failed_rules(opening, ctx("open")))
    end = ("My team was excited to start planning their next adventure! They chose to create a new hobby project "
           "using fruits.")
    assert {"invents_nothing", "says_time_up", "mentions_board_idea"} <= set(failed_rules(end, ctx("phase_end")))


def test_rank_key_puts_passing_turns_first_and_the_screen_and_invention_heaviest():
    c = ctx("time_warning", minutes_left=2)
    good, vague, invented = "2 minutes left for ideas!", "Time is short, friends.", "My team has 2 minutes for ideas."
    assert tc.rank_key(good, c) < tc.rank_key(vague, c)
    assert tc.rank_key(invented, c) > tc.rank_key(good, c)
    assert tc.rank_key(good, c, blocked=True) > tc.rank_key(good, c)


@pytest.mark.parametrize("name", ["situations_dev.jsonl", "situations_heldout.jsonl"])
def test_situation_files_cover_every_kind_and_both_roles(name):
    sits = [json.loads(line) for line in (DATA / name).read_text().splitlines() if line.strip()]
    assert {s["trigger"]["kind"] for s in sits} == set(tc.KINDS)
    assert {s["role"] for s in sits} == {"moderator", "participant"}
    assert len({s["id"] for s in sits}) == len(sits)
    for s in sits:
        c = TurnContext.from_situation(s)
        assert c.phase in [p for p, _ in c.phases]
        if c.kind == "invite_quiet":
            assert c.target in c.members and all(h["from"] != c.target for h in s["history"])


def test_a_cut_off_candidate_keeps_its_whole_sentences():
    assert tc.whole_sentences("Great idea, Mia. We could add a rope bridge (made from the rope that") == "Great idea, Mia."
    assert tc.whole_sentences("Who wants to go first? 🙂 I can") == "Who wants to go first? 🙂"
    assert tc.whole_sentences("no sentence ends here") == "no sentence ends here"
