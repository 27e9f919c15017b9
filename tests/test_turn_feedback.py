"""The facilitator's 👍 / 👎 / rewrite on Jack's turns: stored with the situation behind the turn, read back,
exported, only for the room's own facilitator; and situations to and from room state."""

import csv
import io

from test_room_support import create_room, join, make_client, recv_until

from jackpeer.peers.store import Store
from jackpeer.peers.turn_situation import prompt_messages, session_from_situation, situation_of

QUIET = {"min_gap_s": 0, "stall_s": 1e6, "quiet_s": 1e6, "quiet_turns": 99}


def is_jack(m):
    return m["type"] == "message" and m["m"]["author_kind"] == "agent"


def test_feedback_is_stored_with_its_situation_read_back_and_exported(tmp_path):
    client, store = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client)
        rid, token = room["room_id"], room["facilitator_token"]
        mia = join(client, room["join_code"], "Mia")
        with client.websocket_connect(f"/ws/{rid}?key={token}") as fac, \
                client.websocket_connect(f"/ws/{rid}?key={mia['key']}"):
            fac.send_json({"type": "start"})
            opening, _ = recv_until(fac, is_jack)
        seq = opening["m"]["seq"]
        auth = {"X-Facilitator-Token": token}
        r = client.put(f"/api/rooms/{rid}/feedback/{seq}", headers=auth,
                       json={"rating": -1, "rewrite": "Hi Mia! I'm Jack, an AI helper. We start with ideas for 10 minutes."})
        assert r.status_code == 200, r.text
        assert r.json()["rating"] == -1 and r.json()["rewrite"].startswith("Hi Mia")
        rows = client.get(f"/api/rooms/{rid}/feedback", headers=auth).json()["feedback"]
        assert len(rows) == 1 and rows[0]["seq"] == seq and rows[0]["text"] == opening["m"]["text"]
        sit = rows[0]["situation"]
        assert sit["trigger"]["kind"] == "open" and sit["role"] == "moderator" and sit["phase"] == "ideas"
        assert sit["members"] == ["Mia"] and sit["phases"] == [["ideas", 10], ["choose", 5]]
        assert sit["minutes_left"] == 10 and sit["task"] == "Design a playground game."
        # a thumbs-up later replaces the rating and keeps nothing of the old rewrite unless sent again
        r = client.put(f"/api/rooms/{rid}/feedback/{seq}", headers=auth, json={"rating": 1})
        assert r.json()["rating"] == 1 and r.json()["rewrite"] is None
        client.put(f"/api/rooms/{rid}/feedback/{seq}", headers=auth, json={"rating": 1, "rewrite": "=1+1 Hi all!"})
        table = list(csv.reader(io.StringIO(client.get(f"/api/rooms/{rid}/feedback.csv", headers=auth).text)))
        assert table[0] == ["seq", "trigger", "text", "rating", "rewrite", "updated_ms"]
        assert table[1][:2] == [str(seq), "open"] and table[1][3] == "1"
        assert not table[1][4].startswith("=")  # a spreadsheet never runs a rewrite as a formula
        export = client.get(f"/api/rooms/{rid}/export.json", headers=auth).json()
        assert export["turn_feedback"][0]["seq"] == seq
        assert store.feedback_rewrites()[0]["situation"]["trigger"]["kind"] == "open"


def test_feedback_needs_this_rooms_facilitator_and_one_of_jacks_turns(tmp_path):
    client, store = make_client(tmp_path, policy=QUIET)
    with client:
        room, other = create_room(client), create_room(client)
        rid, token = room["room_id"], room["facilitator_token"]
        mia = join(client, room["join_code"], "Mia")
        with client.websocket_connect(f"/ws/{rid}?key={token}") as fac, \
                client.websocket_connect(f"/ws/{rid}?key={mia['key']}") as a:
            fac.send_json({"type": "start"})
            opening, _ = recv_until(fac, is_jack)
            a.send_json({"type": "say", "text": "hi all", "client_id": 1})
            mine, _ = recv_until(a, lambda m: m["type"] == "message" and m["m"]["author"] == "Mia")
        seq, body = opening["m"]["seq"], {"rating": 1}
        for headers in ({}, {"X-Facilitator-Token": mia["key"]},
                        {"X-Facilitator-Token": other["facilitator_token"]}):
            assert client.put(f"/api/rooms/{rid}/feedback/{seq}", headers=headers, json=body).status_code == 401
            assert client.get(f"/api/rooms/{rid}/feedback", headers=headers).status_code == 401
            assert client.get(f"/api/rooms/{rid}/feedback.csv", headers=headers).status_code == 401
        auth = {"X-Facilitator-Token": token}
        r = client.put(f"/api/rooms/{rid}/feedback/{mine['m']['seq']}", headers=auth, json=body)
        assert r.status_code == 400 and "Jack's turns" in r.json()["error"]
        for bad in ({"rating": 5}, {"rating": 1, "rewrite": 7}, {"rewrite": "x" * 501}):
            assert client.put(f"/api/rooms/{rid}/feedback/{seq}", headers=auth, json=bad).status_code == 400
        assert client.put(f"/api/rooms/{rid}/feedback/{seq}", headers=auth, content=b"[").status_code == 400
        assert client.get(f"/api/rooms/{rid}/feedback", headers=auth).json() == {"feedback": []}
        client.put(f"/api/rooms/{rid}/feedback/{seq}", headers=auth, json={"rating": 1, "rewrite": "Hello!"})
        assert client.delete(f"/api/rooms/{rid}", headers=auth).status_code == 200
        assert not store.query("SELECT * FROM turn_feedback") and not store.query(
            "SELECT * FROM turn_situation WHERE room_id=?", (rid,))


def test_stored_rewrites_mask_personal_information(tmp_path):
    store = Store(tmp_path / "rooms.sqlite3")
    rid, _, _ = store.create_room("Plan a class garden.", "moderator", "English", [], "Jack", {})
    jack = next(m["id"] for m in store.members(rid) if m["kind"] == "agent")
    seq = store.add_message(rid, jack, "Hi everyone!", "ideas", 0)
    assert store.turn_feedback(rid) == []  # nothing rated yet
    situation = {**session_situation(), "history": [{"from": "Mia", "text": "call me on 07700 900123"}]}
    store.save_turn_situation(rid, seq, situation)
    store.set_turn_feedback(rid, seq, None, "Write to ana@example.com for help")
    (ex,) = store.feedback_rewrites()
    assert "07700" not in ex["situation"]["history"][0]["text"] and "ana@example.com" not in ex["turn"]
    assert store.turn_feedback(rid)[0]["rewrite"] == "Write to ana@example.com for help"  # the facilitator's own view


def session_situation(kind="invite_quiet"):
    return {"id": "t1", "role": "moderator", "task": "Plan a class garden.",
            "phases": [["ideas", 10], ["choose", 5]], "phase": "ideas", "minutes_left": 4,
            "members": ["Ava", "Leo", "Noah"], "board": [{"by": "Ava", "text": "a rain barrel"}],
            "history": [{"from": "Ava", "text": "we need water for the plants"},
                        {"from": "Jack", "text": "Good point, Ava."},
                        {"from": "Leo", "text": "what if we get a rain barrel"}],
            "trigger": {"kind": kind, "target": "Noah"} if kind == "invite_quiet" else {"kind": kind}}


def test_situation_round_trips_through_room_state():
    for kind in ("invite_quiet", "idea", "time_warning", "stall", "off_task", "addressed"):
        sit = session_situation(kind)
        session, trigger = session_from_situation(sit)
        back = situation_of(session, trigger, 100_000.0, "t1")
        for key in ("role", "task", "phases", "phase", "minutes_left", "members", "board", "history"):
            assert back[key] == sit[key], (kind, key)
        assert back["trigger"]["kind"] == kind
    session, trigger = session_from_situation({**session_situation("phase_end"), "minutes_left": 0})
    assert situation_of(session, trigger, 100_000.0)["trigger"] == {"kind": "phase_end", "next": "choose"}
    sit = {**session_situation("authority"), "history": [{"from": "Leo", "text": "jack kick Noah out"}]}
    assert situation_of(*session_from_situation(sit), 100_000.0)["trigger"]["kind"] == "authority"


def test_prompt_of_a_situation_is_the_rooms_own_prompt():
    messages = prompt_messages(session_situation("invite_quiet"))
    assert messages[0]["role"] == "system" and "Plan a class garden." in messages[0]["content"]
    user = messages[1]["content"]
    assert "Leo: what if we get a rain barrel" in user and "ideas (4 min left)" in user and "Noah" in user
