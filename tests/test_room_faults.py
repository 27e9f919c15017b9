"""Durability under faults (issue 16 items 7, 8): a slow commit in one room does not stall the event loop
or another room; kill -9 during a 30-learner burst loses no acknowledged message; a full or read-only
database gives learners a clear error and loses nothing acknowledged. Bounded in count and time."""

import json
import os
import signal
import threading
import time

import httpx
import pytest
from test_room_restart import start_server
from test_room_support import ScriptedBackend, served
from websockets.sync.client import connect

from jackpeer.peers.app import create_app, load_screen
from jackpeer.peers.rate_limit import Limits
from jackpeer.peers.store import ROOM_TABLES, Store
from jackpeer.ports import free_port

pytestmark = pytest.mark.timeout(180)
ROOM = {"task": "Design a bench.", "role": "moderator", "phases": [{"name": "ideas", "minutes": 10}]}
QUIET = {"stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6}


def recv(ws, kind, timeout=20.0):
    """The next message of this type (others are skipped); TimeoutError if none comes in time."""
    deadline = time.time() + timeout
    while True:
        msg = json.loads(ws.recv(timeout=max(0.01, deadline - time.time())))
        if msg["type"] == kind or (kind == "ack" and msg["type"] == "error"):
            return msg


class HeldStore(Store):
    """A store whose commits of one kind (held_write) for one room wait until the test lets them go: a
    deliberately slow disk write."""

    held_room: str | None = None
    held_write = "add_message"

    def __init__(self, path) -> None:
        super().__init__(path)
        self.entered, self.release = threading.Event(), threading.Event()

    def hold(self, write: str, room_id: str) -> None:
        if write == self.held_write and room_id == self.held_room:
            self.entered.set()
            assert self.release.wait(60), "the test never released the held commit"

    def add_message(self, room_id, *args, **kw):
        self.hold("add_message", room_id)
        return super().add_message(room_id, *args, **kw)

    def add_event(self, room_id, *args, **kw):
        self.hold("add_event", room_id)
        return super().add_event(room_id, *args, **kw)


def test_a_slow_commit_in_one_room_does_not_stall_another_room(tmp_path):
    store = HeldStore(tmp_path / "rooms.sqlite3")
    app = create_app(store, ScriptedBackend(), load_screen(), None, policy_overrides=QUIET, warm=False)
    with served(app) as url, httpx.Client(base_url=url) as c:
        a, b = c.post("/api/rooms", json=ROOM).json(), c.post("/api/rooms", json=ROOM).json()
        ann = c.post("/api/join", json={"code": a["join_code"], "name": "Ann"}).json()
        ben = c.post("/api/join", json={"code": b["join_code"], "name": "Ben"}).json()
        bea = c.post("/api/join", json={"code": b["join_code"], "name": "Bea"}).json()
        ws_url = url.replace("http", "ws") + "/ws/"
        with connect(f"{ws_url}{a['room_id']}?key={ann['key']}") as wa, \
                connect(f"{ws_url}{b['room_id']}?key={ben['key']}") as wb, \
                connect(f"{ws_url}{b['room_id']}?key={bea['key']}") as wb2:
            store.held_room = a["room_id"]
            wa.send(json.dumps({"type": "say", "text": "a swing that spins", "client_id": 1}))
            assert store.entered.wait(20)
            # room A's commit is held: room B is still served, and its message is stored, acked and delivered
            wb.send(json.dumps({"type": "ping"}))
            assert recv(wb, "pong")
            wb.send(json.dumps({"type": "say", "text": "a slide into sand", "client_id": 2}))
            assert recv(wb, "ack")["type"] == "ack"
            assert recv(wb2, "message")["m"]["text"] == "a slide into sand"
            assert store.messages(a["room_id"]) == []  # A's message is not stored yet, so not acked
            store.release.set()
            ack = recv(wa, "ack")
            assert ack["type"] == "ack" and store.messages(a["room_id"])[0]["seq"] == ack["seq"]


def test_a_slow_event_write_in_one_room_does_not_stall_another_room(tmp_path):
    store = HeldStore(tmp_path / "rooms.sqlite3")
    app = create_app(store, ScriptedBackend(), load_screen(), None, policy_overrides=QUIET, warm=False)
    with served(app) as url, httpx.Client(base_url=url) as c:
        a, b = c.post("/api/rooms", json=ROOM).json(), c.post("/api/rooms", json=ROOM).json()
        ben = c.post("/api/join", json={"code": b["join_code"], "name": "Ben"}).json()
        bea = c.post("/api/join", json={"code": b["join_code"], "name": "Bea"}).json()
        ws_url = url.replace("http", "ws") + "/ws/"
        with connect(f"{ws_url}{a['room_id']}?key={a['facilitator_token']}") as wa, \
                connect(f"{ws_url}{b['room_id']}?key={ben['key']}") as wb, \
                connect(f"{ws_url}{b['room_id']}?key={bea['key']}") as wb2:
            store.held_write, store.held_room = "add_event", a["room_id"]
            try:
                wa.send(json.dumps({"type": "extend", "minutes": 2}))  # recorded as an "extend" event
                assert store.entered.wait(20)
                # room A's event write is held: room B's message is still stored, acked and delivered
                wb.send(json.dumps({"type": "say", "text": "a slide into sand", "client_id": 2}))
                assert recv(wb, "ack")["type"] == "ack"
                assert recv(wb2, "message")["m"]["text"] == "a slide into sand"
                assert store.events(a["room_id"], "extend") == []
            finally:
                store.release.set()
            wa.send(json.dumps({"type": "ping"}))  # answered after the extend: one socket's messages go in order
            assert recv(wa, "pong")
            assert [e["minutes"] for e in store.events(a["room_id"], "extend")] == [2]


def test_deleting_a_room_waits_for_its_slow_write_and_leaves_nothing_behind(tmp_path):
    store = HeldStore(tmp_path / "rooms.sqlite3")
    app = create_app(store, ScriptedBackend(), load_screen(), None, policy_overrides=QUIET, warm=False)
    server = app.state.server
    with served(app) as url, httpx.Client(base_url=url) as c:
        a = c.post("/api/rooms", json=ROOM).json()
        rid, token = a["room_id"], a["facilitator_token"]
        with connect(url.replace("http", "ws") + f"/ws/{rid}?key={token}") as wa:
            store.held_write, store.held_room = "add_event", rid
            deleted: list[httpx.Response] = []
            try:
                wa.send(json.dumps({"type": "extend", "minutes": 2}))
                assert store.entered.wait(20)
                deleter = threading.Thread(target=lambda: deleted.append(
                    httpx.delete(f"{url}/api/rooms/{rid}", headers={"x-facilitator-token": token}, timeout=60)))
                deleter.start()
                deadline = time.time() + 20
                while rid not in server.deleting and time.time() < deadline:
                    time.sleep(0.01)
                # the deletion waits for the room's write under way; a join meanwhile does not bring the room back
                assert rid in server.deleting and not deleted
                joined = c.post("/api/join", json={"code": a["join_code"], "name": "Ann"})
                assert joined.status_code == 404
            finally:
                store.release.set()
            deleter.join(30)
            assert deleted and deleted[0].status_code == 200
    assert rid not in server.rooms
    left = {t: store.query(f"SELECT COUNT(*) AS n FROM {t} WHERE room_id=?", (rid,))[0]["n"] for t in ROOM_TABLES}
    assert left == dict.fromkeys(ROOM_TABLES, 0) and store.room(rid) is None  # the held event went with the room


@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_a_full_or_read_only_database_refuses_clearly_and_keeps_what_was_acked(tmp_path, fault):
    store = Store(tmp_path / "rooms.sqlite3")
    app = create_app(store, ScriptedBackend(), load_screen(), None, Limits(burst=100, rate_per_s=100.0),
                     policy_overrides=QUIET, warm=False)
    with served(app) as url, httpx.Client(base_url=url) as c:
        room = c.post("/api/rooms", json=ROOM).json()
        mia = c.post("/api/join", json={"code": room["join_code"], "name": "Mia"}).json()
        with connect(url.replace("http", "ws") + f"/ws/{room['room_id']}?key={mia['key']}") as ws:
            ws.send(json.dumps({"type": "say", "text": "kept idea", "client_id": 1}))
            assert recv(ws, "ack")["type"] == "ack"
            with store.lock:  # real SQLite conditions: no page may be added / no write at all
                if fault == "full":
                    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
                    store.db.execute(f"PRAGMA max_page_count={pages}")
                else:
                    store.db.execute("PRAGMA query_only=ON")
            answers = []
            for i in range(40):  # until the last page is full
                ws.send(json.dumps({"type": "say", "text": f"idea {i} " + "x" * 400, "client_id": 10 + i}))
                answers.append(recv(ws, "ack"))
                if answers[-1]["type"] == "error":
                    break
            refused = answers[-1]
            assert refused["type"] == "error" and refused["code"] == "not_saved", answers
            assert "could not be saved" in refused["text"]
            acked = ["kept idea"] + [f"idea {i} " + "x" * 400 for i, a in enumerate(answers) if a["type"] == "ack"]
            with store.lock:  # the disk is back: the room goes on
                store.db.execute("PRAGMA max_page_count=1073741823" if fault == "full" else "PRAGMA query_only=OFF")
            ws.send(json.dumps({"type": "say", "text": "the room works again", "client_id": 99}))
            assert recv(ws, "ack")["type"] == "ack"
    texts = [m["text"] for m in Store(tmp_path / "rooms.sqlite3").messages(room["room_id"], include_blocked=True)]
    assert texts == acked + ["the room works again"]  # nothing acknowledged lost, nothing refused stored


def test_kill_9_during_a_burst_of_30_learners_loses_no_acknowledged_message(tmp_path):
    db, port = tmp_path / "rooms.sqlite3", free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(db, port)
    acked: dict[str, int] = {}  # text -> seq the server acknowledged
    lock = threading.Lock()
    try:
        room = httpx.post(f"{base}/api/rooms", json=ROOM).json()
        keys = [httpx.post(f"{base}/api/join", json={"code": room["join_code"], "name": f"L{i}"}).json()["key"]
                for i in range(30)]
        url = f"ws://127.0.0.1:{port}/ws/{room['room_id']}?key="
        half = threading.Event()

        def learner(i: int, key: str) -> None:
            try:
                with connect(url + key) as ws:
                    for j in range(5):  # the per-learner burst allowance
                        text = f"learner {i} idea {j}"
                        ws.send(json.dumps({"type": "say", "text": text, "client_id": j}))
                        ack = recv(ws, "ack")
                        if ack["type"] == "ack":
                            with lock:
                                acked[text] = ack["seq"]
                                if len(acked) >= 60:
                                    half.set()
            except Exception:  # noqa: BLE001 - the server is killed under us; what was acked is recorded
                pass

        threads = [threading.Thread(target=learner, args=(i, k), daemon=True) for i, k in enumerate(keys)]
        for t in threads:
            t.start()
        assert half.wait(60), f"only {len(acked)} acks before the kill"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        for t in threads:
            t.join(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    with lock:
        got = dict(acked)
    stored = {m["text"]: m["seq"] for m in Store(db).messages(room["room_id"], include_blocked=True)}
    missing = {t: s for t, s in got.items() if stored.get(t) != s}
    assert len(got) >= 60 and missing == {}
    seqs = sorted(stored.values())
    assert seqs == list(range(1, len(seqs) + 1))  # gap-free after the crash
