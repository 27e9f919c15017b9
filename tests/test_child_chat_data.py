"""The labelled child chat (issue 14) holds what the issue asks for, and its test split stays held out."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
import write_child_chat  # noqa: E402
from child_chat_families import blind_file, check_families  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "jackpeer" / "guard" / "data" / "child_chat.jsonl"
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
# The blind-written test splits by number, in the order they were screened (child_chat_held_out_<n>.py)
SCREENED = ["held_out", *(f"held_out_{n}" for n in range(2, 56))]  # screened once, then read
DEV = [f"held_out_{n}" for n in range(42, 56)]  # the last fourteen screened: dev (24 to 41 teach since session 27)
TEST = ["held_out_56", "held_out_57"]


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
    for module in SCREENED:
        families = blind_file(module)[0]
        assert {split_of[f] for _, f in families} == {"dev" if module in DEV else "train"}, module
    assert {f for f, s in split_of.items() if s == "test"} == {f for m in TEST for _, f in blind_file(m)[0]}


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
    for module in (*SCREENED[3:], *TEST, *(f"train_blind_{x}" for x in "abcdefghijklm")):
        assert check_families(*blind_file(module)).startswith("ok: 26 families")
