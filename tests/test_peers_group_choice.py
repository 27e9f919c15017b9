"""The idea a group chose while choosing, and Jack naming it when the group moves on (a live room's treasure hunt)."""

from jackpeer.peers.group_choice import chosen_idea
from jackpeer.peers.session import Member, Phase, Session, Turn
from jackpeer.peers.talk_moves import compose
from jackpeer.peers.turn_checks import failed_rules

T0 = 1_000.0


def make_session():
    s = Session(task="Make a game for the class to play at golden time.", role="moderator",
                phases=[Phase("ideas", 600), Phase("choose", 300), Phase("build", 1200), Phase("present", 300)])
    s.members[1] = Member(1, "Jack", "agent", T0)
    for i, n in enumerate(("Ana", "Bo", "Cal"), start=10):
        s.members[i] = Member(i, n, "learner", T0, online=True)
    s.start(T0)
    for text, who in (("make a quiz game about animals", "Ana"), ("do a treasure hunt around the school", "Bo"),
                      ("a board game with dice", "Ana")):
        s.add_idea(text, who, T0 + 1)
    s.next_phase(T0 + 2)
    return s


def say(s, member_id, text, ts):
    m = s.members[member_id]
    s.add_turn(Turn(len(s.turns) + 1, member_id, m.name, m.kind, text, ts, s.phase.name))


def test_the_card_most_learners_named_while_choosing_is_chosen():
    s = make_session()
    say(s, 10, "i vote treasure hunt", T0 + 3)
    assert chosen_idea(s) is None  # one learner is no choice
    say(s, 11, "treasure hunt too", T0 + 4)
    say(s, 12, "i want the game with dice", T0 + 5)  # "game" is on two cards; "dice" names one
    assert "treasure" in chosen_idea(s).text
    say(s, 12, "ok fine treasure hunt", T0 + 6)  # a learner's last choice counts, once
    assert "treasure" in chosen_idea(s).text


def test_a_tie_a_no_and_chat_before_choosing_choose_nothing():
    s = make_session()
    say(s, 10, "treasure hunt", T0 + 3)
    say(s, 11, "dice game", T0 + 4)
    assert chosen_idea(s) is None  # a tie
    say(s, 12, "not the treasure hunt", T0 + 5)
    assert chosen_idea(s) is None  # "not" is no vote for it


def test_jack_names_the_choice_when_the_group_moves_on():
    s = make_session()
    say(s, 10, "i vote treasure hunt", T0 + 3)
    say(s, 11, "treasure hunt too", T0 + 4)
    end = compose(s, "phase_end", T0 + 5)
    assert all("treasure hunt" in t and "quiz" not in t and not failed_rules(t, end.context) for t in end.templates)
    s.next_phase(T0 + 6)
    start = compose(s, "phase_start", T0 + 7)
    assert all("treasure hunt" in t and "quiz" not in t and not failed_rules(t, start.context) for t in start.templates)
    s.next_phase(T0 + 8)
    shown = compose(s, "phase_start", T0 + 9)
    assert "work on" not in " ".join(shown.templates)  # "time for presenting ... to work on" was said
