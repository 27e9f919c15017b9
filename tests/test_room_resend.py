"""A page sends a message again when its connection dropped before the room's ack (room.html): the room stores
it once, whether the copy comes while the first is still being committed, after, or to a restarted server, and acks
the copy with the first one's seq. Bounded in count and time, 127.0.0.1 only."""

import json
import sqlite3
import time

import httpx
import pytest
from test_room_faults import QUIET, ROOM, HeldStore, recv
from test_room_support import ScriptedBackend, served
from websockets.sync.client import connect

from jackpeer.peers.app import create_app, load_screen
from jackpeer.peers.store import Store

pytestmark = pytest.mark.timeout(120)


def messages_until_pong(ws) -> list[str]:
    """The texts delivered to this socket before it answers a ping."""
    ws.send(json.dumps({"type": "ping"}))
    texts = []
    while True:
        msg = json.loads(ws.recv(timeout=20))
        if msg["type"] == "pong":
            return texts
        if msg["type"] == "message":
            texts.append(msg["m"]["text"])


def test_a_message_sent_again_after_a_lost_connection_is_stored_and_shown_once(tmp_path):
    store = HeldStore(tmp_path / "rooms.sqlite3")
    app = create_app(store, ScriptedBackend(), load_screen(), None, policy_overrides=QUIET, warm=False)
    with served(app) as url, httpx.Client(base_url=url) as c:
        room = c.post("/api/rooms", json=ROOM).json()
        rid = room["room_id"]
        ann = c.post("/api/join", json={"code": room["join_code"], "name": "Ann"}).json()
        ben = c.post("/api/join", json={"code": room["join_code"], "name": "Ben"}).json()
        ws_url = url.replace("http", "ws") + f"/ws/{rid}?key="
        said = {"type": "say", "text": "a swing that spins", "client_id": "page1-1"}
        with connect(ws_url + ben["key"]) as wb:
            store.held_room = rid
            with connect(ws_url + ann["key"]) as wa:
                wa.send(json.dumps(said))
                assert store.entered.wait(20)
            # Ann's connection dropped while her message was being committed: her page reconnects and sends it
            # again, with the same client_id, before the first copy is stored.
            with connect(ws_url + ann["key"]) as wa:
                wa.send(json.dumps(said))
                time.sleep(0.5)  # the copy waits on the first one (if it came later, it is acked all the same)
                store.release.set()
                first = recv(wa, "ack")
                assert first["type"] == "ack" and first["client_id"] == "page1-1"
                # and once more after it is stored: the same seq again
                wa.send(json.dumps(said))
                assert recv(wa, "ack")["seq"] == first["seq"]
                assert messages_until_pong(wb) == ["a swing that spins"]  # the others see it once
                # another learner's page may use the same client_id: that is a different message
                wb.send(json.dumps({**said, "text": "a slide into sand"}))
                assert recv(wb, "ack")["seq"] == first["seq"] + 1
        stored = [m["text"] for m in store.messages(rid)]
        assert stored == ["a swing that spins", "a slide into sand"]


def test_a_message_sent_again_after_the_server_restarted_is_not_stored_twice(tmp_path):
    path = tmp_path / "rooms.sqlite3"
    said = {"type": "say", "text": "a pond with frogs", "client_id": "page2-7"}
    app = create_app(Store(path), ScriptedBackend(), load_screen(), None, policy_overrides=QUIET, warm=False)
    with served(app) as url, httpx.Client(base_url=url) as c:
        room = c.post("/api/rooms", json=ROOM).json()
        ann = c.post("/api/join", json={"code": room["join_code"], "name": "Ann"}).json()
        with connect(url.replace("http", "ws") + f"/ws/{room['room_id']}?key={ann['key']}") as wa:
            wa.send(json.dumps(said))
            first = recv(wa, "ack")
    # The page never saw that ack (the server went down first) and sends the message again to a new server.
    app = create_app(Store(path), ScriptedBackend(), load_screen(), None, policy_overrides=QUIET, warm=False)
    with served(app) as url, connect(url.replace("http", "ws") + f"/ws/{room['room_id']}?key={ann['key']}") as wa:
        wa.send(json.dumps(said))
        assert recv(wa, "ack")["seq"] == first["seq"]
    store = Store(path)
    assert [m["text"] for m in store.messages(room["room_id"])] == ["a pond with frogs"]
    assert "client_id" not in store.export(room["room_id"])["messages"][0]  # the page's id stays out of exports


def test_a_database_from_before_client_ids_gets_the_column(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE message (id INTEGER PRIMARY KEY, room_id TEXT, member_id INTEGER, seq INTEGER, "
                   "ts_server_ms INTEGER, ts_client_ms INTEGER, phase TEXT, text TEXT, reply_to INTEGER, idea INTEGER, "
                   "guard_in_json TEXT, guard_out_json TEXT, blocked INTEGER, UNIQUE(room_id, seq))")
        db.execute("INSERT INTO message (room_id, member_id, seq, text, blocked) VALUES ('r1', 1, 1, 'hello', 0)")
    store = Store(path)
    room_id = store.create_room("Plan a garden.", "moderator", "English", [], "Jack", {})[0]
    mid = store.add_member(room_id, "Ann")[0]
    seq = store.add_message(room_id, mid, "a rope bridge", "ideas", 1, client_id="page3-1")
    assert store.message_by_client_id(room_id, mid, "page3-1") == (seq, True)
    assert store.query("SELECT client_id FROM message WHERE room_id='r1'") == [{"client_id": None}]


def test_a_message_posted_as_the_page_closes_is_stored_once_beside_its_socket_copy(tmp_path):
    """What room.html sends with navigator.sendBeacon on pagehide for the messages the room had not confirmed."""
    app = create_app(Store(tmp_path / "rooms.sqlite3"), ScriptedBackend(), load_screen(), None, policy_overrides=QUIET,
                     warm=False)
    with served(app) as url, httpx.Client(base_url=url) as c:
        room = c.post("/api/rooms", json=ROOM).json()
        rid = room["room_id"]
        ann = c.post("/api/join", json={"code": room["join_code"], "name": "Ann"}).json()
        ben = c.post("/api/join", json={"code": room["join_code"], "name": "Ben"}).json()
        said = {"type": "say", "text": "a slide into the sandpit", "client_id": "page2-1"}
        with connect(url.replace("http", "ws") + f"/ws/{rid}?key=" + ben["key"]) as wb:
            with connect(url.replace("http", "ws") + f"/ws/{rid}?key=" + ann["key"]) as wa:
                wa.send(json.dumps(said))
                seq = recv(wa, "ack")["seq"]
            # the page closed before the ack reached it: its beacon carries a copy
            posted = c.post(f"/api/rooms/{rid}/say", params={"key": ann["key"]},
                            json={"text": said["text"], "client_id": "page2-1"}).json()
            assert posted["posted"] and posted["seq"] == seq and posted["shown"]
            # a message that only the beacon carried is taken like a typed one
            only = c.post(f"/api/rooms/{rid}/say", params={"key": ann["key"]},
                          json={"text": "benches in the shade", "client_id": "page2-2"}).json()
            assert only["posted"] and only["seq"] > seq
            assert messages_until_pong(wb) == ["a slide into the sandpit", "benches in the shade"]
        texts = [m["text"] for m in c.get(f"/api/rooms/{rid}/export.json",
                                           params={"token": room["facilitator_token"]}).json()["messages"]]
        assert texts.count("a slide into the sandpit") == 1 and texts.count("benches in the shade") == 1
        refused = c.post(f"/api/rooms/{rid}/say", params={"key": "not-a-key"}, json={"text": "hi"})
        assert refused.status_code == 401 and "Join again" in refused.json()["error"]
        bad = c.post(f"/api/rooms/{rid}/say", params={"key": ann["key"]}, content=b"{not json")
        assert bad.status_code == 400 and '"text"' in bad.json()["error"]
