"""Transcript coding (spec §12): codebook CSV, human codes with memos, Cohen's κ, candidate themes."""

import csv
import io
import random

import pytest
from sklearn.metrics import cohen_kappa_score

from jackpeer.errors import InputError
from jackpeer.peers.coding import (
    Code,
    Coding,
    codebook_csv,
    cohen_kappa,
    parse_codebook,
    read_text,
    starter_codebook,
)
from jackpeer.peers.store import Store, now_ms

STARTER = ["structures_process", "summarises", "keeps_time", "invites_member", "instruction_given",
           "instruction_followed", "instruction_ignored", "authority_attributed_to_agent", "idea_contributed",
           "idea_built_on", "elaborating_question", "feedback_timely", "feedback_late", "agent_ignored",
           "creative_spark", "nonverbal_reference", "off_task"]
HEADER = "code,definition,include_examples,exclude_examples\n"


@pytest.fixture
def coded(tmp_path):
    """A store with one room of 10 messages, and its Coding."""
    store = Store(tmp_path / "r.sqlite3")
    rid, _, _ = store.create_room("task", "moderator", "English", [{"name": "ideas", "budget_s": 60}], "Jack", {})
    mia, _ = store.add_member(rid, "Mia")
    for i in range(10):
        store.add_message(rid, mia, f"message {i} mail mia@example.com" if i == 3 else f"message {i}", "ideas",
                          now_ms())
    return store, rid, Coding(store)


def test_kappa_matches_a_hand_computed_example():
    # 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15.
    # p_o = 35/50 = 0.7; p_e = 0.5*0.6 + 0.5*0.4 = 0.5; κ = (0.7 - 0.5) / (1 - 0.5) = 0.4
    a = [1] * 20 + [1] * 5 + [0] * 10 + [0] * 15
    b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    # three categories, each used 3 times by each rater: p_o = 6/9, p_e = 3 * (3/9 * 3/9) = 1/3,
    # κ = (2/3 - 1/3) / (1 - 1/3) = 0.5
    assert cohen_kappa(list("xxxyyyzzz"), list("xxyyyzzzx")) == pytest.approx(0.5)
    assert cohen_kappa([1, 1, 1], [1, 1, 1]) is None  # p_e = 1: κ undefined
    assert cohen_kappa([1, 0], [0, 1]) == pytest.approx(-1.0)
    with pytest.raises(ValueError):
        cohen_kappa([1], [1, 0])


def test_kappa_agrees_with_sklearn():
    rng = random.Random(7)
    for trial in range(30):
        n = rng.randint(2, 60)
        labels = range(rng.randint(2, 4))
        a = [rng.choice(labels) for _ in range(n)]
        b = [x if rng.random() < 0.6 else rng.choice(labels) for x in a]
        ours = cohen_kappa(a, b)
        if ours is None:
            continue
        assert ours == pytest.approx(cohen_kappa_score(a, b), abs=1e-12), trial


def test_starter_codebook_is_the_spec_list_and_round_trips():
    codes = starter_codebook()
    assert [c.code for c in codes] == STARTER
    assert all(c.definition and c.include_examples and c.exclude_examples for c in codes)
    assert parse_codebook(codebook_csv(codes)) == codes


@pytest.mark.parametrize("text, line, fix", [
    ("code,definition\nx,y\n", 1, "lacks column(s) include_examples, exclude_examples"),
    (HEADER + "ok,fine,,\nbad,has, a comma,,\n", 3, "put double quotes"),
    (HEADER + "ok,fine,,\nBad Code,x,,\n", 3, "lower-case letters"),
    (HEADER + "ok,fine,,\n\nok,again,,\n", 4, "already defined on line 2"),
    (HEADER + "ok,,,\n", 2, "has no definition"),
    (HEADER + 'ok,"open quote,,\nnext,x,,\n', 2, "close every quote"),
    ("", None, "is empty"),
])
def test_malformed_codebook_names_file_line_and_fix(text, line, fix):
    with pytest.raises(InputError) as err:
        parse_codebook(text, "my_codes.csv")
    msg = str(err.value)
    assert msg.startswith("my_codes.csv") and fix in msg
    if line is not None:
        assert f"line {line}:" in msg


def test_read_text_errors_name_the_file(tmp_path):
    with pytest.raises(InputError, match="nope.csv: no such file"):
        read_text(tmp_path / "nope.csv")
    bad = tmp_path / "latin.csv"
    bad.write_bytes(HEADER.encode() + "caf\xe9,x,,\n".encode("latin-1"))
    with pytest.raises(InputError, match="latin.csv: not UTF-8"):
        read_text(bad)


def test_codebook_import_export_and_replace(coded):
    store, rid, coding = coded
    assert [c.code for c in coding.codebook(rid)] == STARTER  # a new room starts from the starter codebook
    n = coding.import_codebook(rid, [Code("off_task", "Not about the task, redefined."), Code("humour", "Jokes.")])
    assert n == 2
    book = {c.code: c for c in coding.codebook(rid)}
    assert book["off_task"].definition == "Not about the task, redefined." and "humour" in book
    assert len(book) == len(STARTER) + 1
    coding.import_codebook(rid, [Code("humour", "Jokes.")], replace=True)
    assert [c.code for c in coding.codebook(rid)] == ["humour"]
    with pytest.raises(InputError, match="no room 'zzz'"):
        coding.codebook("zzz")


def test_two_coders_are_kept_apart_with_memos(coded):
    store, rid, coding = coded
    coding.code_message(rid, 1, "ana", ["idea_contributed"], memo="first idea")
    coding.code_message(rid, 1, "ben", ["idea_built_on", "creative_spark"])
    coding.code_message(rid, 2, "ana", [])
    assert coding.coders(rid) == ["ana", "ben"]
    assert coding.coding(rid, "ana") == {1: {"codes": ["idea_contributed"], "memo": "first idea"},
                                         2: {"codes": [], "memo": ""}}
    # recoding replaces that coder's codes for that message only
    coding.code_message(rid, 1, "ana", ["summarises"], memo="on second thought")
    assert coding.coding(rid, "ana")[1] == {"codes": ["summarises"], "memo": "on second thought"}
    assert coding.coding(rid, "ben")[1]["codes"] == ["idea_built_on", "creative_spark"]
    labels = [lab for lab in store.labels(rid) if lab["source"] == "human"]
    assert {(lab["coder"], lab["code"]) for lab in labels} == {("ana", "summarises"), ("ben", "idea_built_on"),
                                                                ("ben", "creative_spark")}
    with pytest.raises(InputError, match="not_a_code not in this room's codebook"):
        coding.code_message(rid, 1, "ana", ["not_a_code"])
    with pytest.raises(InputError, match="no message 99"):
        coding.code_message(rid, 99, "ana", [])
    with pytest.raises(InputError, match="coder's name"):
        coding.code_message(rid, 1, "  ", [])


def test_agreement_per_code_matches_sklearn(coded):
    store, rid, coding = coded
    rng = random.Random(3)
    codes = ["idea_contributed", "off_task", "summarises"]
    truth = {}
    for seq in range(1, 11):
        a = [c for c in codes if rng.random() < 0.5]
        b = [c for c in codes if (c in a) != (rng.random() < 0.25)]
        coding.code_message(rid, seq, "ana", a)
        coding.code_message(rid, seq, "ben", b)
        truth[seq] = (a, b)
    coding.code_message(rid, 1, "cy", ["off_task"])  # a third coder does not disturb the pair
    result = coding.agreement(rid, "ana", "ben")
    assert result["units"] == 10
    rows = {r["code"]: r for r in result["codes"]}
    for c in codes:
        xa = [c in truth[s][0] for s in range(1, 11)]
        xb = [c in truth[s][1] for s in range(1, 11)]
        assert rows[c]["kappa"] == pytest.approx(cohen_kappa_score(xa, xb), abs=1e-4)
        assert rows[c]["a_yes"] == sum(xa) and rows[c]["b_yes"] == sum(xb)
    assert rows["keeps_time"]["kappa"] is None and rows["keeps_time"]["agreement"] == 1.0  # nobody used it
    with pytest.raises(InputError, match="'dan' has not coded anything"):
        coding.agreement(rid, "ana", "dan")


def test_agreement_counts_only_messages_both_coded(coded):
    store, rid, coding = coded
    coding.code_message(rid, 1, "ana", ["off_task"])
    coding.code_message(rid, 2, "ben", ["off_task"])
    with pytest.raises(InputError, match="no message in common"):
        coding.agreement(rid, "ana", "ben")
    coding.code_message(rid, 2, "ana", [])
    coding.code_message(rid, 3, "ana", ["off_task"])
    coding.code_message(rid, 3, "ben", ["off_task"])
    row = next(r for r in coding.agreement(rid, "ana", "ben")["codes"] if r["code"] == "off_task")
    assert row["units"] == 2 and row["kappa"] == pytest.approx(0.0)  # a: [0, 1], b: [1, 1]


def test_coding_sheet_round_trip_and_errors(coded):
    store, rid, coding = coded
    sheet = list(csv.DictReader(io.StringIO(coding.coding_sheet(rid))))
    assert len(sheet) == 10 and "[email]" in sheet[3]["text"] and "mia@example.com" not in sheet[3]["text"]
    sheet[0]["codes"] = "idea_contributed; creative_spark"
    sheet[0]["memo"] = "nice"
    sheet[5]["codes"] = "off_task"
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(sheet[0]))
    w.writeheader()
    w.writerows(sheet)
    assert coding.apply_sheet(rid, buf.getvalue(), "ana", "ana.csv") == 10
    got = coding.coding(rid, "ana")
    assert got[1] == {"codes": ["idea_contributed", "creative_spark"], "memo": "nice"}
    assert got[6]["codes"] == ["off_task"] and got[2]["codes"] == []
    # the sheet comes back pre-filled with that coder's work
    again = list(csv.DictReader(io.StringIO(coding.coding_sheet(rid, "ana"))))
    assert again[0]["codes"] == "idea_contributed;creative_spark" and again[0]["memo"] == "nice"
    bad = "seq,codes,memo\n1,off_task,\n2,made_up,\n"
    with pytest.raises(InputError, match=r"ben.csv, line 3: made_up not in this room's codebook"):
        coding.apply_sheet(rid, bad, "ben", "ben.csv")
    with pytest.raises(InputError, match=r"ben.csv, line 2: seq '77' is not a message"):
        coding.apply_sheet(rid, "seq,codes\n77,off_task\n", "ben", "ben.csv")
    with pytest.raises(InputError, match=r"line 3: message 1 is coded twice \(also on line 2\)"):
        coding.apply_sheet(rid, "seq,codes\n1,off_task\n1,\n", "ben", "ben.csv")
    with pytest.raises(InputError, match=r"ben.csv, line 1: the header lacks column\(s\) codes"):
        coding.apply_sheet(rid, "seq,code\n1,off_task\n", "ben", "ben.csv")
    assert "ben" not in coding.coders(rid)  # nothing stored from a sheet with an error


def test_themes_group_codes_and_review_against_excerpts(coded):
    store, rid, coding = coded
    coding.code_message(rid, 1, "ana", ["idea_contributed"], memo="a swing idea")
    coding.code_message(rid, 1, "ben", ["idea_contributed"])
    coding.code_message(rid, 2, "ana", ["creative_spark"])
    coding.code_message(rid, 4, "ben", ["off_task"])
    coding.set_theme(rid, "stimulating creative thinking", ["idea_contributed", "creative_spark"],
                     "The agent's turns lead to new ideas.")
    coding.set_theme(rid, "off task", ["off_task"])
    assert [t["name"] for t in coding.themes(rid)] == ["stimulating creative thinking", "off task"]
    rows = coding.theme_review(rid)
    first = [r for r in rows if r["theme"] == "stimulating creative thinking"]
    assert [(r["code"], r["seq"], r["coders"]) for r in first] == [("idea_contributed", 1, "ana;ben"),
                                                                 ("creative_spark", 2, "ana")]
    assert first[0]["memos"] == "ana: a swing idea" and first[0]["author"] == "Mia"
    off = [r for r in rows if r["theme"] == "off task"]
    assert off[0]["seq"] == 4 and off[0]["text"] == "message 3 mail [email]"  # masked by default
    review = list(csv.DictReader(io.StringIO(coding.theme_review_csv(rid))))
    assert len(review) == 3 and review[0]["theme"] == "stimulating creative thinking"
    # redefining a theme replaces its codes; deleting it leaves the codes
    coding.set_theme(rid, "off task", ["off_task", "nonverbal_reference"])
    assert coding.themes(rid)[1]["codes"] == ["off_task", "nonverbal_reference"]
    coding.delete_theme(rid, "off task")
    assert [t["name"] for t in coding.themes(rid)] == ["stimulating creative thinking"]
    with pytest.raises(InputError, match="needs at least one code"):
        coding.set_theme(rid, "empty", [])
    with pytest.raises(InputError, match="zzz not in this room's codebook"):
        coding.set_theme(rid, "bad", ["zzz"])


def test_deleting_the_room_deletes_its_coding(coded):
    store, rid, coding = coded
    coding.code_message(rid, 1, "ana", ["off_task"], memo="m")
    coding.set_theme(rid, "t", ["off_task"])
    store.delete_room(rid)
    with store.lock:
        for table in ("codebook", "coding", "theme", "theme_code", "label"):
            assert store.db.execute(f"SELECT COUNT(*) FROM {table} WHERE room_id=?", (rid,)).fetchone()[0] == 0
