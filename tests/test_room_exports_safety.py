"""Every export (JSON, CSV, coding sheet, theme review) masks personal details with the one masker, and
every CSV export neutralises cells a spreadsheet would run as a formula (issue 16 items 4 and 6)."""

import csv
import io
import json

import pytest

from jackpeer.peers.coding import Coding, codebook_csv, parse_codebook
from jackpeer.peers.csv_cells import neutralise, restore
from jackpeer.peers.session import Session
from jackpeer.peers.store import Store, now_ms

SECRETS = ["mia (at) gmail (dot) com", "oh seven seven oh oh nine oh oh one two three", "22 Baker Street",
           "SW1A 1AA", "banana123"]
TEXTS = ["write to mia (at) gmail (dot) com", "my number is oh seven seven oh oh nine oh oh one two three",
         "I live at 22 Baker Street", "postcode: SW1A 1AA", "my password is banana123",
         "=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-2+3", "@SUM(A1:A9)"]


@pytest.fixture
def room(tmp_path):
    """A store with one room: a learner named like a formula and messages with hidden details and formulas."""
    store = Store(tmp_path / "r.sqlite3")
    rid, _, _ = store.create_room("task", "moderator", "English", [{"name": "ideas", "budget_s": 60}], "Jack", {})
    member, _ = store.add_member(rid, "=cmd|' /C calc'!A0")
    for text in TEXTS:
        store.add_message(rid, member, text, "ideas", now_ms())
    coding = Coding(store)
    for seq in range(1, len(TEXTS) + 1):
        coding.code_message(rid, seq, "ana", ["off_task"], memo="=1+1" if seq == 1 else "")
    coding.set_theme(rid, "off", ["off_task"])
    return store, rid, coding


def _csv_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_every_export_masks_obfuscated_personal_details(room):
    store, rid, coding = room
    exports = {"json": json.dumps(store.export(rid)), "csv": store.export_csv(rid),
               "sheet": coding.coding_sheet(rid), "themes": coding.theme_review_csv(rid),
               "themes_json": json.dumps(coding.theme_review(rid))}
    for name, text in exports.items():
        for secret in SECRETS:
            assert secret not in text, (name, secret)
    assert "[email]" in exports["csv"] and "[phone]" in exports["sheet"] and "[personal]" in exports["themes"]


def test_every_csv_export_neutralises_formula_cells(room):
    store, rid, coding = room
    for name, text in {"csv": store.export_csv(rid), "sheet": coding.coding_sheet(rid),
                       "themes": coding.theme_review_csv(rid), "codebook": codebook_csv(coding.codebook(rid))}.items():
        cells = _csv_cells(text)
        assert cells, name
        live = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
        assert live == [], (name, live)
    assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in _csv_cells(store.export_csv(rid))
    assert "'=cmd|' /C calc'!A0" in _csv_cells(coding.coding_sheet(rid))


def test_a_filled_sheet_reads_back_without_the_apostrophes(room):
    store, rid, coding = room
    coding.apply_sheet(rid, coding.coding_sheet(rid, "ana"), "ana")
    assert coding.coding(rid, "ana")[1]["memo"] == "=1+1"
    book = parse_codebook("code,definition,include_examples,exclude_examples\nx,'-a list item,'=e,\n")
    assert book[0].definition == "-a list item" and book[0].include_examples == "=e"
    assert restore(neutralise("@x")) == "@x" and neutralise(-1) == -1 and neutralise("a=b") == "a=b"


def test_board_cards_are_masked():
    s = Session(task="t", role="moderator", phases=[])
    card = s.add_idea("a swing! email me at mia (at) gmail (dot) com", "Mia", 0.0)
    assert card.text == "a swing! email me at [email]"
