"""The facilitator's HTTP API for transcript coding (spec §12): codebook, human codes, κ, themes."""

import csv
import io

import pytest
from sklearn.metrics import cohen_kappa_score
from test_room_support import create_room, join, make_client, say

from jackpeer.peers.rate_limit import Limits

pytestmark = pytest.mark.timeout(60)
QUIET = {"stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6, "min_gap_s": 0}


@pytest.fixture
def room(tmp_path):
    """A room with six learner messages, its client, store and facilitator headers."""
    client, store = make_client(tmp_path, policy=QUIET, limits=Limits(burst=20))
    with client:
        r = create_room(client)
        mia = join(client, r["join_code"], "Mia")
        with client.websocket_connect(f"/ws/{r['room_id']}?key={mia['key']}") as ws:
            for i, text in enumerate(["what if we add a slide", "and a swing on the slide", "minecraft!",
                                      "look at my drawing", "how would the slide work", "ok"]):
                assert say(ws, text, client_id=i)["type"] == "ack"
        yield client, store, r["room_id"], {"X-Facilitator-Token": r["facilitator_token"]}, mia


def test_coding_endpoints_need_the_facilitator_token(room):
    client, _, rid, fac, mia = room
    for method, path in [("get", "codebook.csv"), ("post", "codebook.csv"), ("get", "coding"),
                         ("put", "coding/1"), ("get", "coding.csv"), ("get", "kappa"), ("get", "themes"),
                         ("put", "themes/x"), ("get", "themes.csv")]:
        r = getattr(client, method)(f"/api/rooms/{rid}/{path}", params={"token": mia["key"]})
        assert r.status_code == 401, path


def test_codebook_export_import_and_malformed_upload(room):
    client, _, rid, fac, _ = room
    text = client.get(f"/api/rooms/{rid}/codebook.csv", headers=fac).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["code"] == "structures_process" and len(rows) == 17
    new = "code,definition,include_examples,exclude_examples\nslide_talk,Talk about slides.,a slide,\n"
    r = client.post(f"/api/rooms/{rid}/codebook.csv", headers=fac, content=new.encode())
    assert r.status_code == 200 and r.json()["imported"] == 1 and len(r.json()["codebook"]) == 18
    r = client.post(f"/api/rooms/{rid}/codebook.csv", headers=fac, params={"replace": "true"}, content=new.encode())
    assert [c["code"] for c in r.json()["codebook"]] == ["slide_talk"]
    bad = "code,definition,include_examples,exclude_examples\nSlide Talk,x,,\n"
    r = client.post(f"/api/rooms/{rid}/codebook.csv", headers=fac, content=bad.encode())
    assert r.status_code == 400 and r.json()["error"].startswith("the uploaded codebook, line 2:")


def test_two_coders_code_messages_and_get_kappa(room):
    client, store, rid, fac, _ = room
    a = {1: ["idea_contributed"], 2: ["idea_built_on"], 3: ["off_task"], 4: ["nonverbal_reference"],
         5: ["elaborating_question"], 6: []}
    b = {1: ["idea_contributed"], 2: ["idea_contributed"], 3: ["off_task"], 4: [], 5: ["elaborating_question"],
         6: []}
    for coder, codes in (("ana", a), ("ben", b)):
        for seq, cs in codes.items():
            r = client.put(f"/api/rooms/{rid}/coding/{seq}", headers=fac,
                           json={"coder": coder, "codes": cs, "memo": "drawing!" if seq == 4 else ""})
            assert r.status_code == 200, r.text
    got = client.get(f"/api/rooms/{rid}/coding", headers=fac, params={"coder": "ana"}).json()
    assert got["coders"] == ["ana", "ben"] and got["coding"]["4"] == {"codes": ["nonverbal_reference"],
                                                                       "memo": "drawing!"}
    k = client.get(f"/api/rooms/{rid}/kappa", headers=fac, params={"a": "ana", "b": "ben"}).json()
    assert k["units"] == 6
    rows = {r["code"]: r for r in k["codes"]}
    for code in ("idea_contributed", "idea_built_on", "off_task", "nonverbal_reference"):
        xa = [code in a[s] for s in range(1, 7)]
        xb = [code in b[s] for s in range(1, 7)]
        assert rows[code]["kappa"] == pytest.approx(cohen_kappa_score(xa, xb), abs=1e-4)
    assert rows["off_task"]["kappa"] == 1.0
    r = client.put(f"/api/rooms/{rid}/coding/1", headers=fac, json={"coder": "ana", "codes": ["nope"]})
    assert r.status_code == 400 and "nope not in this room's codebook" in r.json()["error"]
    r = client.put(f"/api/rooms/{rid}/coding/1", headers=fac, json={"coder": "ana", "codes": "off_task"})
    assert r.status_code == 400 and "list" in r.json()["error"]
    r = client.get(f"/api/rooms/{rid}/kappa", headers=fac, params={"a": "ana", "b": "zed"})
    assert r.status_code == 400 and "zed" in r.json()["error"]
    # human codes appear in the exports with their coder, and memos travel with the JSON
    data = client.get(f"/api/rooms/{rid}/export.json", headers=fac).json()
    first = data["messages"][0]["labels"]
    assert {(lab["coder"], lab["code"]) for lab in first} == {("ana", "idea_contributed"), ("ben", "idea_contributed")}
    assert data["memos"] == [{"seq": 4, "coder": "ana", "memo": "drawing!"}, {"seq": 4, "coder": "ben",
                                                                              "memo": "drawing!"}]


def test_coding_sheet_download_and_upload(room):
    client, _, rid, fac, _ = room
    sheet = client.get(f"/api/rooms/{rid}/coding.csv", headers=fac).text
    rows = list(csv.DictReader(io.StringIO(sheet)))
    assert [r["seq"] for r in rows] == ["1", "2", "3", "4", "5", "6"] and rows[2]["text"] == "minecraft!"
    filled = sheet.replace("minecraft!,,", "minecraft!,off_task,games again")
    r = client.post(f"/api/rooms/{rid}/coding.csv", headers=fac, params={"coder": "ana"}, content=filled.encode())
    assert r.json() == {"coded": 6, "coder": "ana"}
    got = client.get(f"/api/rooms/{rid}/coding", headers=fac, params={"coder": "ana"}).json()["coding"]
    assert got["3"] == {"codes": ["off_task"], "memo": "games again"} and got["1"]["codes"] == []
    r = client.post(f"/api/rooms/{rid}/coding.csv", headers=fac, params={"coder": "ben"},
                    content=b"seq,codes\n1,off_task\n9,off_task\n")
    assert r.status_code == 400 and r.json()["error"].startswith("the uploaded sheet, line 3:")


def test_themes_and_their_review_export(room):
    client, _, rid, fac, _ = room
    client.put(f"/api/rooms/{rid}/coding/1", headers=fac, json={"coder": "ana", "codes": ["idea_contributed"]})
    client.put(f"/api/rooms/{rid}/coding/2", headers=fac, json={"coder": "ana", "codes": ["idea_built_on"]})
    r = client.put(f"/api/rooms/{rid}/themes/building on each other", headers=fac,
                   json={"codes": ["idea_contributed", "idea_built_on"], "definition": "Ideas grow from ideas."})
    assert r.status_code == 200 and r.json()["codes"] == ["idea_contributed", "idea_built_on"]
    assert client.get(f"/api/rooms/{rid}/themes", headers=fac).json()[0]["name"] == "building on each other"
    review = list(csv.DictReader(io.StringIO(client.get(f"/api/rooms/{rid}/themes.csv", headers=fac).text)))
    assert [(r["code"], r["text"]) for r in review] == [("idea_contributed", "what if we add a slide"),
                                                        ("idea_built_on", "and a swing on the slide")]
    r = client.put(f"/api/rooms/{rid}/themes/empty", headers=fac, json={"codes": []})
    assert r.status_code == 400
    assert client.delete(f"/api/rooms/{rid}/themes/building on each other", headers=fac).status_code == 200
    assert client.get(f"/api/rooms/{rid}/themes", headers=fac).json() == []
    assert client.delete(f"/api/rooms/{rid}/themes/gone", headers=fac).status_code == 400
