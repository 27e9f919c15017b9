"""The screen made for children (issue 14): C1–C4, play language, conversation patterns, actions, Llama Guard policy.

Figures are asserted on the child set's train and dev splits only; its test split is for
bench/guard.py, measured once.
"""

import json
from collections import defaultdict

import pytest

from jackpeer.errors import ConfigError
from jackpeer.guard import ALL_CODES, CHILD_CODES, category, default_screen
from jackpeer.guard.actions import DISCLOSURE_REPLY, Action, ActionPolicy
from jackpeer.guard.classifier import CHILD_PATH
from jackpeer.guard.llama_guard import CHILD_POLICY, guard_instruction, parse_verdict

ROSTER = ["Mia", "Leo", "Sam", "Ava", "Noah", "Zara", "Omar", "Lily", "Finn", "Priya", "Ben", "Chloe", "Tom", "Aisha"]


@pytest.fixture(scope="module")
def screen():
    return default_screen()


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in CHILD_PATH.read_text().splitlines() if line.strip()]


def check(screen, row: dict):
    """Screen a row of the child set in its context, as the room does."""
    history = [{"role": "user", "content": h["text"], "name": h["who"]} for h in row["history"]]
    return screen.check_user(row["text"], history, task=row["task"], names=ROSTER, speaker=row["who"])


def test_the_set_is_big_enough_and_split_by_family(rows):
    benign = [r for r in rows if r["kind"] != "unsafe"]
    assert len(rows) >= 600 and len(benign) >= 400 and sum(r["kind"] == "play" for r in rows) >= 150
    unsafe = [r for r in rows if r["kind"] == "unsafe"]
    assert len(unsafe) >= 200 and {c for r in unsafe for c in r["categories"]} >= set(CHILD_CODES)
    assert any(r["history"] for r in unsafe if r["categories"] == ["C3"])
    assert any(r["history"] for r in unsafe if r["categories"] == ["C1"])
    splits = defaultdict(set)
    for r in rows:
        splits[r["group"], r["family"]].add(r["split"])
    assert all(len(s) == 1 for s in splits.values())  # no family on two sides
    for code in CHILD_CODES:  # every child category has test families
        assert any(r["split"] == "test" for r in unsafe if code in r["categories"])


@pytest.mark.parametrize("code", ["C1", "C2", "C3", "C4", "S1", "S11"])
def test_each_category_is_caught_on_its_examples(screen, rows, code):
    mine = [r for r in rows if r["split"] != "test" and code in r["categories"]]
    missed = [r["text"] for r in mine if code not in check(screen, r).categories]
    assert len(mine) >= 8 and len(missed) <= 0.1 * len(mine), missed


def test_each_play_language_family_passes(screen, rows):
    families = defaultdict(list)
    for r in rows:
        if r["split"] != "test" and r["kind"] == "play":
            families[r["family"]].append(r)
    assert len(families) >= 15
    flagged = {fam: [r["text"] for r in fam_rows if not check(screen, r).safe] for fam, fam_rows in families.items()}
    # At most one message of a family of eight: "this game is so boring I want to die lol" stays flagged on
    # purpose (an S11 rule is never waived by play).
    assert all(len(texts) <= 1 for texts in flagged.values()), flagged
    assert sum(map(len, flagged.values())) <= 3


@pytest.mark.parametrize("text", [
    "I want to kill this game its boring", "lol mia is so slow at typing", "this level is killing me",
    "I'm dying of laughing", "the knight kills the dragon", "we'll destroy them in the quiz", "my cat died",
    "a fence so nobody falls in the pond"])
def test_the_issues_play_examples_pass(screen, text):
    v = screen.check_user(text, names=["Mia", "Leo"])
    assert v.safe, v.reason


def test_game_context_waives_a_threat_but_not_without_it(screen):
    game = [{"role": "user", "content": "let's play Minecraft at break", "name": "Leo"}]
    assert screen.check_user("I'm going to kill you first haha", game, speaker="Mia").safe
    assert not screen.check_user("I'm going to kill you first", speaker="Mia").safe


def test_a_grooming_pattern_across_messages(screen):
    said = ["I love your drawings, you're so talented", "you're my favourite in this room"]
    history = [{"role": "user", "content": t, "name": "Stranger"} for t in said]
    last = "how old are you?"
    assert screen.check_user(last, names=["Mia"], speaker="Stranger").safe  # alone it is an ordinary question
    v = screen.check_user(last, history, names=["Mia"], speaker="Stranger")
    assert not v.safe and "C3" in v.categories and "grooming pattern" in v.reason
    # the same words from different children are not one sender's pattern
    mixed = [{"role": "user", "content": t, "name": n} for t, n in zip(said, ["Leo", "Sam"], strict=True)]
    assert "C3" not in screen.check_user(last, mixed, names=["Mia"], speaker="Ava").categories


def test_the_third_jibe_at_one_child_is_bullying(screen):
    jibes = ["lol Mia is so slow", "Mia can't even spell"]
    history = [{"role": "user", "content": t, "name": n} for t, n in zip(jibes, ["Leo", "Sam"], strict=True)]
    assert screen.check_user("Mia is so slow lol", names=["Mia", "Leo", "Sam"]).safe
    v = screen.check_user("Mia is so slow lol", history, names=["Mia", "Leo", "Sam"], speaker="Ava")
    assert not v.safe and v.categories == ["C1"] and "3 jibes at Mia" in v.reason


def test_personal_details_are_c4_and_s7(screen):
    v = screen.check_user("Ava's password is pony2015")
    assert not v.safe and {"S7", "C4"} <= set(v.categories)


def test_jacks_kind_reply_to_a_disclosure_passes_the_agent_screen(screen):
    reply = DISCLOSURE_REPLY.format(name="Mia", adult="your facilitator, Ms Lee,")
    assert screen.check_agent(reply).safe


def test_actions_per_category_and_disclosures_always_answered():
    policy = ActionPolicy()
    c1 = policy.decide(["C1"], "Leo")
    assert c1.action is Action.BLOCK and c1.notice and "kinder" in c1.notice and c1.reply is None
    c2 = policy.decide(["C2"], "Mia", "your facilitator, Ms Lee,")
    assert c2.action is Action.HIDE_ALERT and c2.severity == "high" and not c2.shown
    assert "trusted adult" in c2.reply and "Ms Lee" in c2.reply and "not shown" not in (c2.notice or "")
    # show_alert shows the message but still alerts; the most protective action of several wins
    shown = ActionPolicy.from_spec("C1=show_alert:low")
    assert shown.decide(["C1"]).shown and shown.decide(["C1"]).severity == "low"
    assert shown.decide(["C1", "C3"]).action is Action.HIDE_ALERT and shown.decide(["C1", "C3"]).severity == "high"
    # a disclosure keeps its high alert and kind reply even when configured to be shown
    assert ActionPolicy({"C2": "show_alert:low"}).decide(["C2"]).severity == "high"
    for bad in ({"C2": "block"}, {"C9": "block"}, {"C1": "delete"}, {"C1": "block:urgent"}):
        with pytest.raises(ConfigError):
            ActionPolicy(bad)
    with pytest.raises(ConfigError):
        ActionPolicy.from_spec("C1 show_alert")


def test_llama_guard_policy_carries_the_child_categories():
    text = guard_instruction([{"role": "user", "content": "x"}], categories=CHILD_POLICY)
    assert "S14: Code Interpreter Abuse.\nS15: Bullying, Harassment & Exclusion.\n" in text
    assert "S16: Safeguarding Disclosure." in text and "S18: Personal Details." in text
    v = parse_verdict("unsafe\nS15,S16,S3", extra_codes={"S15": "C1", "S16": "C2"})
    assert not v.safe and v.categories == ["C1", "C2", "S3"]
    assert parse_verdict("unsafe\nS15").reason.endswith("ignored unknown codes S15")
    assert category("c2").long_name == "Safeguarding Disclosure" and set(CHILD_CODES) < set(ALL_CODES)
