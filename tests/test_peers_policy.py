"""When Jack speaks: the event-driven policy, the instruction ladder, tools and reply cleaning."""

import pytest

from jackpeer.errors import ConfigError
from jackpeer.peers.agent import Agent, ReplyCleaner
from jackpeer.peers.instructions import InstructionTracker
from jackpeer.peers.policy import Policy, PolicyConfig
from jackpeer.peers.session import Member, Phase, Session, Turn, looks_like_idea, parse_phases
from jackpeer.peers.tools import ToolRequest, apply_tool
from jackpeer.peers.turn_checks import failed_rules

T0 = 1000.0


def make_session(role="moderator", phases=None, names=("Mia", "Leo")):
    s = Session(task="Design a better playground.", role=role, phases=phases or [Phase("ideas", 600), Phase("choose", 300)])
    s.members[1] = Member(1, "Jack", "agent", T0)
    for i, n in enumerate(names, start=10):
        s.members[i] = Member(i, n, "learner", T0, online=True)
    s.start(T0)
    return s


def say(s, member_id, text, ts, idea=False, off_task=None):
    m = s.members[member_id]
    seq = len(s.turns) + 1
    t = Turn(seq, member_id, m.name, m.kind, text, ts, s.phase.name, idea, off_task)
    s.add_turn(t)
    return t


def make_policy(role="moderator", **kw):
    cfg = PolicyConfig.for_role(role, **{"min_gap_s": 0, "stall_s": 1e9, **kw})
    return Policy(role, cfg)


def test_opens_first_then_stays_silent_on_ordinary_chat():
    s, tr = make_session(), InstructionTracker()
    p = make_policy()
    trig = p.decide(s, tr, T0 + 1)
    assert trig.kind == "open" and trig.hard
    p.mark(trig, s, T0 + 1)
    say(s, 1, "Hi, I'm Jack.", T0 + 2)
    say(s, 10, "I like slides", T0 + 3)
    say(s, 11, "me too", T0 + 4)
    assert p.decide(s, tr, T0 + 5) is None  # never a reply to every message


def test_a_question_asked_while_jack_answers_another_is_answered_next():
    s, tr = make_session(), InstructionTracker()
    p = make_policy(min_gap_s=1000)
    p.opened = True
    ava = say(s, 10, "hello jack", T0 + 1)
    trig = p.decide(s, tr, T0 + 2)
    assert trig.about_seq == ava.seq
    p.mark(trig, s, T0 + 2)
    leo = say(s, 11, "jack what are we doing", T0 + 3)  # while Jack's answer to Mia is still being made
    say(s, 1, "Hi Mia! Right now it's time for ideas.", T0 + 4)
    trig = p.decide(s, tr, T0 + 5)
    assert trig.kind == "addressed" and trig.about_seq == leo.seq
    p.mark(trig, s, T0 + 5)
    assert p.decide(s, tr, T0 + 6) is None
    # two questions from one member get two answers; a call of the name alone waits for the question after it
    total = say(s, 10, "jack wat is 7 times 8", T0 + 7)
    say(s, 10, "@Jack??", T0 + 8)
    pond = say(s, 10, "jack is a pond a good idea", T0 + 9)
    for asked in (total, pond):
        trig = p.decide(s, tr, T0 + 10)
        assert trig.about_seq == asked.seq
        p.mark(trig, s, T0 + 10)
    assert p.decide(s, tr, T0 + 11) is None


def test_addressed_by_name_is_hard_and_answered_once():
    s, tr = make_session(), InstructionTracker()
    p = make_policy(min_gap_s=1000)
    p.opened = True
    say(s, 1, "Welcome!", T0 + 1)
    t = say(s, 10, "@jack what do we do now?", T0 + 2)
    trig = p.decide(s, tr, T0 + 3)  # ignores the 1000 s gap
    assert trig.kind == "addressed" and trig.about_seq == t.seq and trig.target_member_id == 10
    p.mark(trig, s, T0 + 3)
    assert p.decide(s, tr, T0 + 4) is None
    # "jackal" is not Jack
    say(s, 11, "a jackal slide", T0 + 5)
    assert p.decide(s, tr, T0 + 6) is None


@pytest.mark.parametrize("role", ["moderator", "participant"])
def test_a_learner_lost_in_the_task_is_answered_without_naming_jack(role):
    # A live room of session 31: Nia's "i dont get what we are doing" went unanswered, and "omg nia keep up" followed.
    s, tr = make_session(role), InstructionTracker()
    p = make_policy(role, min_gap_s=1000)
    p.opened = True
    say(s, 10, "i dont get it lol", T0 + 1)  # a joke not got is not the task
    assert p.decide(s, tr, T0 + 2) is None
    lost = say(s, 11, "i dont get what we are doing", T0 + 3)
    trig = p.decide(s, tr, T0 + 4)
    assert trig.kind == "addressed" and trig.about_seq == lost.seq and trig.target_member_id == 11
    p.mark(trig, s, T0 + 4)
    assert p.decide(s, tr, T0 + 5) is None


def test_an_idea_put_down_brings_the_moderator_in_not_the_participant():
    for role, answers in (("moderator", True), ("participant", False)):
        s, tr = make_session(role), InstructionTracker()
        p = make_policy(role, min_gap_s=1000, quiet_turns=99, idea_window_s=0)
        p.opened = True
        say(s, 10, "we could build a pirate ship", T0 + 1, idea=True)
        p.ideas_done.add(s.turns[-1].seq)
        put_down = say(s, 11, "thats a dumb idea", T0 + 2)
        trig = p.decide(s, tr, T0 + 3)
        assert (trig is not None and trig.about_seq == put_down.seq) is answers, role


def test_going_out_and_boredom_bring_the_moderator_in_once():
    for role, answers in (("moderator", True), ("participant", False)):
        for text in ("can i go toilet", "this is so boring"):
            s, tr = make_session(role), InstructionTracker()
            p = make_policy(role, min_gap_s=1000, quiet_turns=99, idea_window_s=0)
            p.opened = True
            asked = say(s, 11, text, T0 + 1)
            trig = p.decide(s, tr, T0 + 2)
            assert (trig is not None and trig.about_seq == asked.seq) is answers, (role, text)
    s, tr = make_session(), InstructionTracker()
    p = make_policy(min_gap_s=1000, quiet_turns=99, idea_window_s=0)
    p.opened = True
    first = say(s, 11, "this is so boring", T0 + 1)
    trig = p.decide(s, tr, T0 + 2)
    assert trig is not None and trig.about_seq == first.seq
    p.mark(trig, s, T0 + 3)
    say(s, 11, "boring", T0 + 4)
    say(s, 10, "its sooo boring", T0 + 5)
    assert p.decide(s, tr, T0 + 6) is None  # "boring" said again within a few turns gets one answer


def test_quiet_member_invited_after_n_turns_of_others():
    s, tr = make_session(), InstructionTracker()
    p = make_policy(quiet_turns=3)
    p.opened = True
    for i in range(2):
        say(s, 10, f"idea number {i}", T0 + i)
    assert p.decide(s, tr, T0 + 3) is None
    say(s, 10, "another thought", T0 + 4)
    trig = p.decide(s, tr, T0 + 5)
    assert trig.kind == "invite_quiet" and trig.target_member_id == 11


def test_time_warning_at_80_percent_and_phase_end_at_budget():
    s, tr = make_session(), InstructionTracker()
    p = make_policy(quiet_s=1e9)
    p.opened = True
    say(s, 10, "hello", T0 + 1)
    assert p.decide(s, tr, T0 + 100) is None
    trig = p.decide(s, tr, T0 + 0.8 * 600 + 1)
    assert trig.kind == "time_warning"
    p.mark(trig, s, T0 + 500)
    assert p.decide(s, tr, T0 + 550) is None
    trig = p.decide(s, tr, T0 + 601)
    assert trig.kind == "phase_end" and trig.hard


def test_a_phase_the_facilitator_starts_is_announced_once_and_jacks_own_move_is_not_announced_twice():
    s, tr = make_session(phases=[Phase("ideas", 600), Phase("choose", 300), Phase("share", 300)]), InstructionTracker()
    p = make_policy(quiet_s=1e9)
    p.opened = True
    s.next_phase(T0 + 10)  # the facilitator pressed "Next phase"
    trig = p.decide(s, tr, T0 + 11)
    assert trig.kind == "phase_start" and trig.hard
    p.mark(trig, s, T0 + 11)
    assert p.decide(s, tr, T0 + 12) is None
    trig = p.decide(s, tr, T0 + 10 + 301)  # "choose" used its time: Jack ends it and moves on himself
    assert trig.kind == "phase_end"
    p.mark(trig, s, T0 + 311)
    s.next_phase(T0 + 311)
    assert p.decide(s, tr, T0 + 312) is None
    participant = make_policy("participant")
    participant.opened = True
    assert participant.decide(s, tr, T0 + 313) is None  # a participant does not keep time
    s.next_phase(T0 + 322)  # the facilitator presses "Next phase" on the last one, "share": the session ends
    trig = p.decide(s, tr, T0 + 323)
    assert s.finished and trig.kind == "phase_end"  # Jack thanks the group, once
    p.mark(trig, s, T0 + 323)
    assert p.decide(s, tr, T0 + 324) is None


def test_rate_limit_blocks_soft_triggers_but_not_hard_ones():
    s, tr = make_session(), InstructionTracker()
    p = make_policy(quiet_turns=1, min_gap_s=20)
    p.opened = True
    say(s, 1, "Welcome", T0 + 1)
    say(s, 10, "hi", T0 + 2)
    assert p.decide(s, tr, T0 + 5) is None  # invite_quiet is soft, gap 20 s not reached
    assert p.decide(s, tr, T0 + 22).kind == "invite_quiet"
    say(s, 10, "Jack?", T0 + 23)
    assert p.decide(s, tr, T0 + 24).kind == "addressed"


def test_typing_holds_soft_triggers_for_a_while():
    s, tr = make_session(), InstructionTracker()
    p = make_policy(quiet_turns=1, typing_hold_s=5)
    p.opened = True
    say(s, 10, "hi", T0 + 1)
    s.typing[11] = T0 + 1.5
    assert p.decide(s, tr, T0 + 2) is None
    s.typing[11] = T0 + 7.5
    assert p.decide(s, tr, T0 + 8).kind == "invite_quiet"  # held 6 s > 5 s


def test_participant_gives_idea_feedback_inside_window_and_drops_late_ones():
    s, tr = make_session("participant"), InstructionTracker()
    p = make_policy("participant")
    p.opened = True
    t = say(s, 10, "What if we add a climbing wall?", T0 + 1, idea=True)
    trig = p.decide(s, tr, T0 + 3)
    assert trig.kind == "idea_feedback" and trig.about_seq == t.seq
    # a second idea that the group has already moved past is dropped, with the reason logged
    t2 = say(s, 11, "we could paint the wall", T0 + 4, idea=True)
    say(s, 10, "yes", T0 + 5)
    say(s, 11, "ok", T0 + 6)
    p.mark(trig, s, T0 + 3)
    assert p.decide(s, tr, T0 + 7) is None
    assert any(d["about_seq"] == t2.seq for d in p.dropped)


def test_participant_never_manages_time():
    s, tr = make_session("participant"), InstructionTracker()
    p = make_policy("participant")
    p.opened = True
    assert p.decide(s, tr, T0 + 10_000) is None


def test_off_task_run_triggers_moderator():
    s, tr = make_session(), InstructionTracker()
    p = make_policy(off_task_run=3)
    p.opened = True
    for i in range(3):
        say(s, 10 + i % 2, "did you play minecraft", T0 + i, off_task=True)
    assert p.decide(s, tr, T0 + 5).kind == "off_task"


def test_no_steer_back_to_the_task_while_a_child_asks_after_another():
    s, tr = make_session(), InstructionTracker()
    p = make_policy(off_task_run=3)
    p.opened = True
    for i, text in enumerate(["anyway sunflowers", "mia are u ok", "yeah its fine dont worry"]):
        say(s, 10 + i % 2, text, T0 + i, off_task=True)
    assert p.decide(s, tr, T0 + 5) is None
    for i, text in enumerate(["did u see the match", "it was sick", "yeah"]):
        say(s, 10 + i % 2, text, T0 + 6 + i, off_task=True)
    assert p.decide(s, tr, T0 + 12).kind == "off_task"


def test_stall_fires_once_per_silence():
    s, tr = make_session(), InstructionTracker()
    p = make_policy(stall_s=30)
    p.opened = True
    say(s, 10, "hmm", T0 + 1)
    trig = p.decide(s, tr, T0 + 40)
    assert trig.kind == "stall"
    p.mark(trig, s, T0 + 40)
    assert p.decide(s, tr, T0 + 80) is None


def test_hands_on_phase_silences_soft_triggers():
    s, tr = make_session(phases=[Phase("build", 600)]), InstructionTracker()
    p = make_policy(quiet_turns=1, stall_s=5)
    p.opened = True
    say(s, 10, "let me draw it", T0 + 1)
    assert p.decide(s, tr, T0 + 30) is None


def test_policy_config_overrides_and_unknown_key():
    cfg = PolicyConfig.for_role("participant", stall_s=5)
    assert cfg.stall_s == 5.0 and cfg.max_share == 0.15
    with pytest.raises(ConfigError):
        PolicyConfig.for_role("moderator", bogus=1)
    with pytest.raises(ConfigError):
        Session(task="x", role="boss", phases=parse_phases(None))
    with pytest.raises(ConfigError):
        parse_phases([{"name": "ideas", "minutes": -1}])


def test_escalation_ladder_in_order_then_facilitator():
    s, tr = make_session(), InstructionTracker()
    p = make_policy(quiet_turns=2)
    agent = Agent(s, p, tr)
    p.opened = True
    say(s, 10, "slides!", T0 + 1)
    say(s, 10, "and swings", T0 + 2)
    plan = agent.plan(T0 + 3)
    assert plan.trigger.kind == "invite_quiet" and plan.give == ("invite_member", 11)
    t = say(s, 1, "Leo, what do you think?", T0 + 4)
    ins = tr.give("invite_member", t.text, s, T0 + 4, 11, t.seq)
    steps, texts = [], set()
    clock = T0 + 4
    for _ in range(4):
        for _k in range(3):  # Mia keeps talking, Leo stays silent: deadline of 3 turns passes
            clock += 1
            say(s, 10, f"maybe a zip line too {clock}", clock)
        clock += 1
        plan = agent.plan(clock)
        assert plan is not None and plan.trigger.kind == "escalate", plan
        steps.append(plan.escalation_step)
        if plan.speak:
            # said best-of-N like any move, with the invitation's rules and templates as the floor
            assert plan.spec.context.kind == "invite_quiet" and plan.spec.templates
            assert all(not failed_rules(t, plan.spec.context) and "Leo" in t for t in plan.spec.templates)
            assert plan.directive not in texts  # never the same wording twice
            texts.add(plan.directive)
            say(s, 1, plan.directive, clock)
            tr.note_text(ins, plan.directive, len(s.turns))
    assert steps == ["rephrase", "address_directly", "offer_choice", "hand_to_facilitator"]
    assert ins.status == "ignored" and ins.level == 4
    assert plan.facilitator_notice and not plan.speak
    assert [h.get("step") for h in ins.history if "step" in h] == ["given", *steps]
    assert tr.summary()["handed_to_facilitator"] == 1


def test_instruction_followed_when_target_speaks():
    s, tr = make_session(), InstructionTracker()
    ins = tr.give("invite_member", "Leo?", s, T0, 11, 1)
    say(s, 10, "Mia here", T0 + 1)
    assert ins.status == "open"
    t = say(s, 11, "I like swings", T0 + 2)
    assert tr.observe(s.turns[-2], s, T0 + 2) == []
    assert tr.observe(t, s, T0 + 2) == [ins]
    assert ins.status == "followed" and ins.resolved_by_seq == t.seq


def test_return_to_task_followed_or_superseded():
    s, tr = make_session(), InstructionTracker()
    ins = tr.give("return_to_task", "back to the playground?", s, T0)
    for i, off in enumerate([False, True, False]):
        tr.observe(say(s, 10, "x", T0 + i, off_task=off), s, T0 + i)
    assert ins.status == "followed"
    ins2 = tr.give("return_to_task", "shall we go on?", s, T0 + 5)
    tr.on_phase_change(T0 + 6)
    assert ins2.status == "superseded"


def test_tools_change_the_board_and_timer():
    s = make_session()
    assert apply_tool(ToolRequest("add_idea", {"text": "A zip line"}), s, T0, "Jack")["ok"]
    assert not apply_tool(ToolRequest("add_idea", {"text": "a zip line"}), s, T0, "Jack")["ok"]
    apply_tool(ToolRequest("add_idea", {"text": "A rope bridge"}), s, T0, "Mia")
    merged = apply_tool(ToolRequest("merge_ideas", {"ids": [1, 2], "text": "zip line to a rope bridge"}), s, T0, "Jack")
    assert merged["ok"] and [i.text for i in s.open_ideas()] == ["zip line to a rope bridge"]
    assert not apply_tool(ToolRequest("merge_ideas", {"ids": [1, 99], "text": "x"}), s, T0, "Jack")["ok"]
    assert apply_tool(ToolRequest("start_timer", {"minutes": 2}), s, T0, "Jack")["ok"] and s.timer.ends_at == T0 + 120
    before = s.phase_left(T0)
    apply_tool(ToolRequest("extend_timer", {"minutes": 1}), s, T0, "Jack")
    assert s.phase_left(T0) == before + 60
    assert "zip line" in apply_tool(ToolRequest("summarise_board", {}), s, T0, "Jack")["summary"]
    assert apply_tool(ToolRequest("ask_facilitator", {"question": "Can we go outside?"}), s, T0, "Jack")["facilitator_notice"]
    assert not apply_tool(ToolRequest("fly", {}), s, T0, "Jack")["ok"]
    assert not apply_tool(ToolRequest("start_timer", {"minutes": "soon"}), s, T0, "Jack")["ok"]


def test_idea_detection():
    assert looks_like_idea("What if the slide was longer?")
    assert looks_like_idea("we could add a swing")
    assert not looks_like_idea("I had pizza")
    # a live room's garden ideas that stayed chat: "maybe tomatoes", "we need water too", and in the ideas phase
    # "a rain barrel?"; a hedge, a remark, a thing said in another phase and agreement are not new ideas
    assert looks_like_idea("maybe tomatoes") and looks_like_idea("we need water too")
    assert looks_like_idea("what about a pond") and looks_like_idea("we should have a bird bath")
    assert looks_like_idea("i think a pond would be cool") and looks_like_idea("a treehouse would be so fun")
    assert not looks_like_idea("i think a lot of people like it") and not looks_like_idea("that would be cool")
    assert looks_like_idea("a rain barrel?", "ideas") and looks_like_idea("some benches", "Brainstorm")
    for chat in ("maybe later", "maybe its fine", "maybe", "we need to finish", "a lot lol", "did u watch the match"):
        assert not looks_like_idea(chat, "ideas"), chat
    assert not looks_like_idea("a rain barrel?", "choose") and not looks_like_idea("yeah a rain barrel", "ideas")
    assert looks_like_idea("lets call it the snack shack") and looks_like_idea("we could sell flapjacks")
    assert looks_like_idea("or a board game with dice", "ideas")  # stayed chat in a live room


def _clean(pieces):
    c = ReplyCleaner()
    return "".join(c.feed(p) for p in pieces) + c.flush()


def test_reply_cleaner_strips_speaker_tag_and_stops_at_other_speakers():
    assert _clean(["Ja", "ck: ", "Nice idea", ", Mia!", "\nMia:", " thanks"]) == "Nice idea, Mia!"
    assert _clean(["Marcus:", " I like", " it."]) == "I like it."
    assert _clean(["Hi", " there", " all."]) == "Hi there all."
    # at most two sentences per turn
    assert _clean(["Great! ", "A rope bridge", " is fun. ", "Also swings. ", "And more."]) == "Great! A rope bridge is fun."
    assert _clean(["Line one\n\nMore"]) == "Line one"


def test_the_prompts_chat_window_moves_in_steps_so_its_start_stays_put():
    from jackpeer.peers.roles import recent_chat

    s = Session(task="t", role="moderator", phases=[Phase("ideas", 600)])
    firsts = []
    for i in range(14):
        s.turns.append(Turn(i, 1, "Mia", "learner", f"message {i}", float(i), "ideas"))
        lines = recent_chat(s, turns=6).splitlines()
        assert 6 <= len(lines) <= 11 or len(lines) == i + 1
        assert lines[-1] == f"Mia: message {i}"
        firsts.append(lines[0])
    # the start moves once in 14 messages (at the 12th), not with each message past the 6th
    assert firsts[:12] == ["Mia: message 0"] * 11 + ["Mia: message 6"] and firsts[12:] == ["Mia: message 6"] * 2
