"""The staleness guard (spec §8): a planned turn is re-planned once with the new context, or dropped."""

from test_peers_policy import T0, make_policy, make_session, say

from jackpeer.peers.agent import Agent
from jackpeer.peers.instructions import InstructionTracker
from jackpeer.peers.policy import Trigger


def make_agent(role="moderator", **policy):
    s = make_session(role)
    agent = Agent(s, make_policy(role, **policy), InstructionTracker())
    agent.policy.opened = True
    return s, agent


def test_fresh_plan_is_kept_and_one_new_message_is_not_stale():
    s, agent = make_agent(quiet_turns=2)
    say(s, 10, "slides", T0 + 1)
    say(s, 10, "swings", T0 + 2)
    plan = agent.plan(T0 + 3)
    assert plan.trigger.kind == "invite_quiet"
    assert agent.review(plan, T0 + 3) == (plan, None)
    say(s, 10, "and a sandpit", T0 + 4)
    assert agent.stale_reason(plan, T0 + 5) is None


def test_stale_invitation_is_replanned_once_with_the_new_context_then_dropped():
    s, agent = make_agent(quiet_turns=2)
    say(s, 10, "slides", T0 + 1)
    say(s, 10, "swings", T0 + 2)
    plan = agent.plan(T0 + 3)
    say(s, 10, "what about a zipline", T0 + 4)
    say(s, 10, "a really long zipline", T0 + 5)
    new, why = agent.review(plan, T0 + 6)
    assert why.startswith("stale: 2 learner messages") and new is not plan and new.replanned
    # the new plan reads the new context and still invites Leo
    assert "zipline" in new.directive and new.must_include == "Leo" and new.give == ("invite_member", 11)
    assert "zipline" in agent.messages(new, T0 + 6)[1]["content"]
    assert agent.review(new, T0 + 6) == (new, None)
    say(s, 10, "or a trampoline", T0 + 7)
    say(s, 10, "trampoline!", T0 + 8)
    dropped, why = agent.review(new, T0 + 9)
    assert dropped is None and why.endswith("already re-planned once")


def test_stale_invitation_is_dropped_when_the_quiet_member_spoke_meanwhile():
    s, agent = make_agent(quiet_turns=2)
    say(s, 10, "slides", T0 + 1)
    say(s, 10, "swings", T0 + 2)
    plan = agent.plan(T0 + 3)
    say(s, 11, "I like swings too", T0 + 4)
    say(s, 10, "great", T0 + 5)
    new, why = agent.review(plan, T0 + 6)
    assert new is None and why.endswith("the trigger no longer holds")


def test_phase_change_makes_a_stall_question_stale_and_it_is_dropped():
    s, agent = make_agent(stall_s=30)
    say(s, 10, "hmm", T0 + 1)
    plan = agent.plan(T0 + 40)
    assert plan.trigger.kind == "stall"
    s.next_phase(T0 + 41)
    new, why = agent.review(plan, T0 + 42)
    assert new is None and why.startswith("stale: the phase changed")


def test_time_warning_survives_chat_but_not_a_phase_change():
    s, agent = make_agent(quiet_s=1e9)
    say(s, 10, "hello", T0 + 1)
    plan = agent.plan(T0 + 490)
    assert plan.trigger.kind == "time_warning"
    say(s, 10, "a", T0 + 491)
    say(s, 11, "b", T0 + 492)
    new, _ = agent.review(plan, T0 + 493)
    assert new is not None and new.replanned and new.must_include == "min"
    s2, agent2 = make_agent(quiet_s=1e9)
    plan2 = agent2.plan(T0 + 490)
    s2.next_phase(T0 + 491)
    assert agent2.review(plan2, T0 + 492)[0] is None


def test_off_task_steer_replanned_only_while_the_talk_stays_off_task():
    s, agent = make_agent(off_task_run=2)
    say(s, 10, "minecraft", T0 + 1, off_task=True)
    say(s, 11, "fortnite", T0 + 2, off_task=True)
    plan = agent.plan(T0 + 3)
    assert plan.trigger.kind == "off_task"
    say(s, 10, "roblox", T0 + 4, off_task=True)
    say(s, 11, "youtube", T0 + 5, off_task=True)
    assert agent.review(plan, T0 + 6)[0].replanned
    s2, agent2 = make_agent(off_task_run=2)
    say(s2, 10, "minecraft", T0 + 1, off_task=True)
    say(s2, 11, "fortnite", T0 + 2, off_task=True)
    plan2 = agent2.plan(T0 + 3)
    say(s2, 10, "ok back to the slide", T0 + 4, off_task=False)
    say(s2, 11, "yes a long slide", T0 + 5, off_task=False)
    assert agent2.review(plan2, T0 + 6)[0] is None


def test_replanned_escalation_rewords_the_same_ladder_step():
    s, agent = make_agent(quiet_turns=100)
    agent.tracker.give("invite_member", "Leo, what do you think?", s, T0 + 1, 11, 1)
    for i in range(3):
        say(s, 10, f"talk {i}", T0 + 2 + i)
    plan = agent.plan(T0 + 6)
    assert plan.trigger.kind == "escalate" and plan.escalation_step == "rephrase"
    level = plan.escalation.level
    say(s, 10, "more", T0 + 7)
    say(s, 10, "even more", T0 + 8)
    new, _ = agent.review(plan, T0 + 9)
    assert new.escalation_step == "rephrase" and new.escalation.level == level  # no second climb


def test_idea_feedback_is_dropped_once_late_never_replanned():
    s, agent = make_agent("participant")
    idea = say(s, 10, "What if we add a climbing wall?", T0 + 1, idea=True)
    plan = agent.plan(T0 + 2)
    assert plan.trigger.kind == "idea_feedback" and plan.trigger.about_seq == idea.seq
    assert agent.review(plan, T0 + 10) == (plan, None)
    # 15 s after the idea: too late, dropped (no re-plan), even with no new message
    new, why = agent.review(plan, T0 + 17)
    assert new is None and why.startswith("late:")
    # two learner messages after the idea: also too late
    plan = agent.plan_for(Trigger("idea_feedback", "idea", 10, idea.seq), T0 + 3)
    say(s, 11, "hmm", T0 + 4)
    assert agent.review(plan, T0 + 5) == (plan, None)
    say(s, 11, "ok", T0 + 5)
    new, why = agent.review(plan, T0 + 6)
    assert new is None and "2 learner messages after the idea" in why


def test_answers_and_phase_moves_are_never_stale():
    s, agent = make_agent()
    t = say(s, 10, "Jack, what now?", T0 + 1)
    plan = agent.plan(T0 + 2)
    assert plan.trigger.kind == "addressed"
    for i in range(3):
        say(s, 11, f"x{i}", T0 + 3 + i)
    s.next_phase(T0 + 7)
    assert agent.review(plan, T0 + 8) == (plan, None) and t.seq == plan.trigger.about_seq
