"""The labelled child chat (issue 14) holds what the issue asks for, and its test split stays held out."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
import write_child_chat  # noqa: E402
from child_chat_families import blind_file, check_families  # noqa: E402
from child_chat_held_out import HELD_OUT  # noqa: E402
from child_chat_held_out_2 import HELD_OUT_2  # noqa: E402
from child_chat_held_out_3 import HELD_OUT_3  # noqa: E402
from child_chat_held_out_4 import HELD_OUT_4  # noqa: E402
from child_chat_held_out_5 import HELD_OUT_5  # noqa: E402
from child_chat_held_out_6 import HELD_OUT_6  # noqa: E402
from child_chat_held_out_7 import HELD_OUT_7  # noqa: E402
from child_chat_held_out_8 import HELD_OUT_8  # noqa: E402
from child_chat_held_out_9 import HELD_OUT_9  # noqa: E402
from child_chat_held_out_10 import HELD_OUT_10  # noqa: E402
from child_chat_held_out_11 import HELD_OUT_11  # noqa: E402
from child_chat_held_out_12 import HELD_OUT_12  # noqa: E402
from child_chat_held_out_13 import HELD_OUT_13  # noqa: E402
from child_chat_held_out_14 import HELD_OUT_14  # noqa: E402
from child_chat_held_out_15 import HELD_OUT_15  # noqa: E402
from child_chat_held_out_16 import HELD_OUT_16  # noqa: E402
from child_chat_held_out_17 import HELD_OUT_17  # noqa: E402
from child_chat_held_out_18 import HELD_OUT_18  # noqa: E402
from child_chat_held_out_19 import HELD_OUT_19  # noqa: E402
from child_chat_held_out_20 import HELD_OUT_20  # noqa: E402
from child_chat_held_out_21 import HELD_OUT_21  # noqa: E402
from child_chat_held_out_22 import HELD_OUT_22  # noqa: E402
from child_chat_held_out_23 import HELD_OUT_23  # noqa: E402
from child_chat_held_out_24 import HELD_OUT_24  # noqa: E402
from child_chat_held_out_25 import HELD_OUT_25  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "jackpeer" / "guard" / "data" / "child_chat.jsonl"
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def test_the_set_is_as_large_as_the_issue_asks():
    kinds = Counter(r["kind"] for r in ROWS)
    assert len(ROWS) >= 600 and kinds["benign"] + kinds["play"] >= 400 and kinds["play"] >= 150
    assert kinds["unsafe"] >= 200 and any(r["history"] for r in ROWS if r["kind"] == "unsafe")
    assert sorted(r["id"] for r in ROWS) == list(range(len(ROWS)))


def test_rows_are_labelled_consistently():
    for r in ROWS:
        assert r["kind"] in ("benign", "play", "unsafe") and r["split"] in ("train", "dev", "test")
        assert bool(r["categories"]) == (r["kind"] == "unsafe"), r
        assert r["text"].strip() and "{" not in r["text"] and r["who"], r
        assert all(h["who"] and h["text"].strip() and "{" not in h["text"] for h in r["history"]), r


def test_each_family_sits_in_one_split():
    splits: dict[str, set[str]] = {}
    for r in ROWS:
        splits.setdefault(r["family"], set()).add(r["split"])
    assert {f: s for f, s in splits.items() if len(s) > 1} == {}


def test_the_file_is_what_the_writer_builds():
    assert write_child_chat.build() == ROWS, "run `python tests/data/write_child_chat.py` to rewrite the set"


def test_the_evaluated_held_out_families_teach_and_the_new_ones_are_test():
    split_of = {r["family"]: r["split"] for r in ROWS}
    for held_out in (HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6, HELD_OUT_7, HELD_OUT_8,
                     HELD_OUT_9, HELD_OUT_10, HELD_OUT_11, HELD_OUT_12, HELD_OUT_13, HELD_OUT_14, HELD_OUT_15):
        assert {split_of[f] for _, f in held_out} == {"train"}
    # screened once, then read: dev (write_child_chat.py)
    for held_out in (HELD_OUT_16, HELD_OUT_17, HELD_OUT_18, HELD_OUT_19, HELD_OUT_20, HELD_OUT_21, HELD_OUT_22,
                     HELD_OUT_23):
        assert {split_of[f] for _, f in held_out} == {"dev"}
    assert {f for f, s in split_of.items() if s == "test"} == {f for _, f in (*HELD_OUT_24, *HELD_OUT_25)}


def test_the_test_split_covers_every_category_and_shares_no_text_with_tuning():
    test = [r for r in ROWS if r["split"] == "test"]
    kinds = Counter(r["kind"] for r in test)
    # 95 benign: split 9 wrote 104, and 5 of them were already in training word for word
    assert len(test) >= 180 and kinds["benign"] + kinds["play"] >= 95 and kinds["play"] >= 45
    assert kinds["unsafe"] >= 80
    per_cat = Counter(c for r in test for c in r["categories"])
    for cat in {c for r in ROWS for c in r["categories"]}:
        # 5 for an S code: split 7 wrote 8 S11 messages, and three were already in training word for word
        assert per_cat[cat] >= (10 if cat.startswith("C") else 5), (cat, per_cat[cat])
    multi = Counter(c for r in test if r["history"] and r["kind"] == "unsafe" for c in r["categories"])
    assert {"C1", "C3"} <= set(multi), multi  # repeated bullying and grooming only show across messages

    def norm(t):
        return " ".join(re.findall(r"[a-z0-9]+", t.lower()))

    tuning = {norm(r["text"]) for r in ROWS if r["split"] != "test"}
    tuning |= {norm(h["text"]) for r in ROWS if r["split"] != "test" for h in r["history"]}
    # One- and two-word replies ("no", "no 😂") recur anywhere; longer texts must not cross the split.
    assert [r["text"] for r in test if norm(r["text"]) in tuning and len(norm(r["text"]).split()) > 2] == []


def test_every_blind_written_file_keeps_the_families_shape():
    for module in ("held_out_4", "held_out_5", "held_out_6", "held_out_7", "held_out_8", "held_out_9", "held_out_10",
                   "held_out_11", "held_out_12", "held_out_13", "held_out_14", "held_out_15", "held_out_16",
                   "held_out_17", "held_out_18",
                   "held_out_19", "held_out_20", "held_out_21", "held_out_22", "held_out_23", "held_out_24", "held_out_25", *(f"train_blind_{x}" for x in "abcdefghijklm")):
        assert check_families(*blind_file(module)).startswith("ok: 26 families")
