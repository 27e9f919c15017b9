"""`jack codes`: codebook import/export, coding sheets, kappa and themes from the command line."""

import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from jackpeer.cli import app
from jackpeer.errors import InputError
from jackpeer.peers.coding import Coding
from jackpeer.peers.store import Store, now_ms


@pytest.fixture
def db(tmp_path):
    """A room database with one room of four messages; returns (path, room id)."""
    path = tmp_path / "rooms.sqlite3"
    store = Store(path)
    rid, _, _ = store.create_room("Design a playground", "participant", "English",
                                  [{"name": "ideas", "budget_s": 60}], "Jack", {})
    mia, _ = store.add_member(rid, "Mia")
    for text in ("what if we add a slide", "minecraft is cool", "look at my drawing", "how would it work"):
        store.add_message(rid, mia, text, "ideas", now_ms())
    store.close()
    return path, rid


def run(*args):
    result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=True)
    return result


def test_rooms_export_import(db, tmp_path):
    path, rid = db
    r = run("codes", "rooms", path)
    assert r.exit_code == 0 and rid in r.output and "participant" in r.output
    out = tmp_path / "book.csv"
    assert run("codes", "export", path, rid, "--out", out).exit_code == 0
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 17 and rows[-1]["code"] == "off_task"
    rows.append({"code": "slides", "definition": "Talk about slides.", "include_examples": "a slide",
                 "exclude_examples": ""})
    with out.open("w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    r = run("codes", "import", path, rid, out)
    assert r.exit_code == 0 and "imported 18 codes" in r.output and "now has 18" in r.output
    r = run("codes", "export", path, rid)
    assert r.exit_code == 0 and "slides,Talk about slides." in r.output


def test_sheets_kappa_and_themes(db, tmp_path):
    path, rid = db
    sheet = tmp_path / "sheet.csv"
    assert run("codes", "sheet", path, rid, "--out", sheet).exit_code == 0
    rows = list(csv.DictReader(sheet.open()))
    for coder, codes in (("ana", ["idea_contributed", "off_task", "nonverbal_reference", "elaborating_question"]),
                         ("ben", ["idea_contributed", "off_task", "", "elaborating_question"])):
        for row, c in zip(rows, codes, strict=True):
            row["codes"] = c
        filled = tmp_path / f"{coder}.csv"
        with filled.open("w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        r = run("codes", "apply", path, rid, filled, "--coder", coder)
        assert r.exit_code == 0 and f"stored {coder}'s codes for 4 messages" in r.output
    out = tmp_path / "kappa.json"
    r = run("codes", "kappa", path, rid, "ana", "ben", "--json", out)
    assert r.exit_code == 0 and "off_task" in r.output and "4 messages coded by both" in r.output
    data = json.loads(out.read_text())
    rows_k = {x["code"]: x for x in data["codes"]}
    assert rows_k["off_task"]["kappa"] == 1.0 and rows_k["nonverbal_reference"]["kappa"] == 0.0
    r = run("codes", "theme", path, rid, "ideas grow", "idea_contributed", "elaborating_question",
            "--definition", "Ideas and questions about them.")
    assert r.exit_code == 0 and "idea_contributed, elaborating_question" in r.output
    review = tmp_path / "review.csv"
    r = run("codes", "themes", path, rid, "--review", review)
    assert r.exit_code == 0 and "ideas grow" in r.output
    excerpts = list(csv.DictReader(review.open()))
    assert [(e["code"], e["seq"], e["coders"]) for e in excerpts] == [("idea_contributed", "1", "ana;ben"),
                                                                     ("elaborating_question", "4", "ana;ben")]
    assert run("codes", "theme", path, rid, "ideas grow", "--delete").exit_code == 0
    assert Coding(Store(path)).themes(rid) == []


def test_errors_name_the_file_and_line(db, tmp_path):
    path, rid = db
    bad = tmp_path / "bad.csv"
    bad.write_text("code,definition,include_examples,exclude_examples\nok,fine,,\nok,twice,,\n")
    r = run("codes", "import", path, rid, bad)
    assert isinstance(r.exception, InputError) and f"{bad}, line 3" in str(r.exception)
    r = run("codes", "kappa", path, rid, "ana", "ben")
    assert isinstance(r.exception, InputError) and "has not coded anything" in str(r.exception)
    r = run("codes", "rooms", tmp_path / "missing.sqlite3")
    assert isinstance(r.exception, InputError) and "no room database" in str(r.exception)
    assert not (tmp_path / "missing.sqlite3").exists()
    # through the real entry point: message, exit code 2, no traceback
    out = subprocess.run([sys.executable, "-m", "jackpeer", "codes", "import", str(path), rid, str(bad)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "line 3" in out.stdout + out.stderr and "Traceback" not in out.stderr


def test_sheet_to_stdout_masks_personal_data(db):
    path, rid = db
    store = Store(path)
    mia = store.members(rid)[-1]["id"]
    store.add_message(rid, mia, "call me on 0123 456 789", "ideas", now_ms())
    store.close()
    r = run("codes", "sheet", path, rid)
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert rows[-1]["text"] == "call me on [phone]"
