"""The labelled child chat (issue 14) holds what the issue asks for, and its test split stays held out."""

import json
import re
from collections import Counter
from pathlib import Path

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


def test_the_test_split_covers_every_category_and_shares_no_text_with_tuning():
    test = [r for r in ROWS if r["split"] == "test"]
    per_cat = Counter(c for r in test for c in r["categories"])
    for cat in {c for r in ROWS for c in r["categories"]}:
        assert per_cat[cat] >= (8 if cat.startswith("C") else 4), (cat, per_cat[cat])
    assert sum(r["kind"] != "unsafe" for r in test) >= 110 and sum(r["kind"] == "play" for r in test) >= 50
    assert {c for r in test if r["history"] for c in r["categories"]} >= {"C1", "C3"}

    def norm(t):
        return " ".join(re.findall(r"[a-z0-9]+", t.lower()))

    tuning = {norm(r["text"]) for r in ROWS if r["split"] != "test"}
    assert [r["text"] for r in test if norm(r["text"]) in tuning] == []
