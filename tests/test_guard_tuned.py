"""The tuned head (issue 14): MiniLM fine-tuned on the screen's rows, cached per machine, used by the screen."""

import os
import time

import pytest
import torch

from jackpeer.guard import default_screen, tuned
from jackpeer.guard.tuned import (
    TunedHead,
    load_tuned,
    steady_tune,
    tune,
    tune_and_save,
    tuned_path,
    wrong_side,
)
from jackpeer.user_cache import forget_unused

# Written for this test: two kinds of message a frozen embedding keeps close (leaving a child out, and
# ordinary plans about joining in), each a handful of ways.
LEAVE_OUT = ["if Tom joins im leaving", "nobody wants Tom in the group", "tell Tom the group is full lol",
             "we dont want Tom at our table", "Tom can just watch, we'll do it", "dont let Tom join us"]
JOIN_IN = ["if Tom joins we can start", "everyone wants Tom in the group", "tell Tom the group meets at 3",
           "we saved Tom a seat at our table", "Tom can do the drawing, we'll do it", "let Tom join us"]
GAME = ["im gonna destroy Tom in the next round lol", "Tom got sniped again haha", "we crushed them at dodgeball",
        "the dragon ate Tom's knight in chapter 2", "i killed the boss on level 5", "Tom ur so dead in mario kart lol"]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return ([{"text": t, "label": "C1", "source": "child", "kind": "unsafe"} for t in LEAVE_OUT]
            + [{"text": t, "label": "safe", "source": "child", "kind": "benign"} for t in JOIN_IN]
            + [{"text": t, "label": "safe", "source": "child", "kind": "play"} for t in GAME])


def test_tuning_separates_what_it_was_shown_and_learns_play_apart(rows):
    head = TunedHead(tune(rows, epochs=8))
    assert head.labels == ["C1", "play", "safe"]
    played = head.probabilities(GAME)[:, head.labels.index("play")]
    alone = head.probabilities(GAME[:1])[0, head.labels.index("play")]  # a batch rounds differently in bf16
    assert all(played > 0.5) and head.play_probability(GAME[0]) == pytest.approx(alone, abs=1e-6)
    for text in LEAVE_OUT:
        assert head.predict(text)["C1"] > 0.5, text
    for text in JOIN_IN + GAME:
        probs = head.predict(text)
        assert probs["C1"] < 0.5 and set(probs) == {"C1", "safe"}, text  # play counts as safe to the screen
    assert head.predict(LEAVE_OUT[0]) == head.predict(LEAVE_OUT[0])  # a repeat comes from the kept answers


def test_a_run_that_fits_its_rows_badly_is_tuned_again_with_the_next_seed(rows, monkeypatch):
    seeds = []

    def recorded(rows, epochs=None, seed=0):
        seeds.append(seed)
        return tune(rows, epochs, seed)

    monkeypatch.setattr(tuned, "tune", recorded)
    kept = steady_tune(rows, epochs=8)  # fits its 18 rows: kept at once
    assert seeds == [tuned.SEED] and wrong_side(TunedHead(kept), rows) <= tuned.MAX_WRONG_SIDE
    seeds.clear()
    kept = steady_tune(rows, epochs=0)  # untrained: every seed leaves rows on the wrong side
    assert seeds == list(range(tuned.SEED, tuned.SEED + tuned.TRIES))
    left = [wrong_side(TunedHead(tune(rows, 0, seed)), rows) for seed in seeds]
    assert wrong_side(TunedHead(kept), rows) == min(left) > tuned.MAX_WRONG_SIDE


def test_the_weights_are_cached_by_their_rows(rows, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(tuned, "EPOCHS", 1)
    assert load_tuned(rows) is None
    path = tune_and_save(rows)
    assert path == tuned_path(rows) and path.is_relative_to(tmp_path)
    head = load_tuned(rows)
    assert isinstance(head, TunedHead) and head.labels == ["C1", "play", "safe"]
    assert tuned_path(rows[1:]) != path  # other rows, other weights
    saved = torch.load(path, weights_only=True)["encoder"]
    assert {v.dtype for v in saved.values() if v.is_floating_point()} == {torch.bfloat16}  # half the fp32 size
    path.write_bytes(b"damaged")
    assert load_tuned(rows) is None  # tuned again by the next start


def test_heads_nobody_loaded_for_a_month_are_deleted(tmp_path):
    month_old = time.time() - 31 * 86400
    for name, stamp in (("tuned_old.pt", month_old), ("tuned_recent.pt", time.time() - 86400),
                        ("other_old.npz", month_old)):
        (tmp_path / name).write_bytes(b"x")
        os.utime(tmp_path / name, (stamp, stamp))
    assert forget_unused(tmp_path, "tuned_*.pt") == [tmp_path / "tuned_old.pt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other_old.npz", "tuned_recent.pt"]


def test_loading_a_head_marks_it_in_use(rows, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(tuned, "EPOCHS", 1)
    path = tune_and_save(rows)
    os.utime(path, (time.time() - 40 * 86400,) * 2)
    assert load_tuned(rows) is not None
    assert forget_unused(path.parent, "tuned_*.pt") == [] and path.exists()


def test_the_default_screen_reads_with_the_tuned_head():
    screen = default_screen()
    assert screen.wait_semantic(2400)  # a first run tunes both heads (in a child process, up to 3 runs each)
    assert isinstance(screen.semantic, TunedHead) and isinstance(screen.conversation, TunedHead)
    assert screen.conversation.labels != screen.semantic.labels  # no play label among the conversations
