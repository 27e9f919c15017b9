"""Retention (spec §10): rooms idle past the retention period are purged at start-up and periodically;
the facilitator can delete a room at once, and nothing of it stays in the database or its WAL."""

import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_room_support import ScriptedBackend, create_room, join, make_client, recv_until, say

from jackpeer.peers.app import create_app, load_screen
from jackpeer.peers.store import ROOM_TABLES, RoomDeleted, Store, now_ms

pytestmark = pytest.mark.timeout(60)
QUIET = {"stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6, "min_gap_s": 0}
DAY_MS = 86_400_000
SECRET = "zebra-treehouse-7731"


def age_room(store: Store, room_id: str, days: float) -> None:
    """Move every timestamp of a room `days` into the past."""
    shift = int(days * DAY_MS)
    with store.lock:
        store.db.execute("UPDATE room SET created_ms=created_ms-? WHERE id=?", (shift, room_id))
        store.db.execute("UPDATE message SET ts_server_ms=ts_server_ms-? WHERE room_id=?", (shift, room_id))
        store.db.execute("UPDATE member SET joined_ms=joined_ms-? WHERE room_id=?", (shift, room_id))
        store.db.execute("UPDATE event SET ts_ms=ts_ms-? WHERE room_id=?", (shift, room_id))
        store.db.execute("UPDATE phase_event SET started_ms=started_ms-? WHERE room_id=?", (shift, room_id))


def filled_room(store: Store, text: str = SECRET) -> str:
    """A room with a member, a message, a label, an event and a board card."""
    rid, _, _ = store.create_room("task", "moderator", "English", [{"name": "ideas", "budget_s": 60}], "Jack", {})
    mid, _ = store.add_member(rid, "Mia")
    seq = store.add_message(rid, mid, text, "ideas", now_ms())
    store.add_label(rid, seq, "idea_contributed", 1.0, scheme="human", source="human", coder="ana")
    store.add_event(rid, "blocked", {"who": "Mia", "text": text})
    store.phase_start(rid, 0, "ideas", 60, now_ms())
    store.save_idea(rid, {"id": 1, "author": "Mia", "text": text, "builds_on": None, "merged_into": None,
                          "created": time.time()})
    return rid


def rows_of(store: Store, room_id: str) -> int:
    with store.lock:
        n = sum(store.db.execute(f"SELECT COUNT(*) FROM {t} WHERE room_id=?", (room_id,)).fetchone()[0]
                for t in ROOM_TABLES)
        return n + store.db.execute("SELECT COUNT(*) FROM room WHERE id=?", (room_id,)).fetchone()[0]


def test_last_activity_and_expiry(tmp_path):
    store = Store(tmp_path / "r.sqlite3")
    old, new = filled_room(store), filled_room(store)
    age_room(store, old, 31)
    age_room(store, new, 29)
    assert store.expired_rooms(30) == [old]
    assert store.expired_rooms(28) == sorted([old, new])
    # a message today makes an old room active again
    mid = store.members(old)[-1]["id"]
    store.add_message(old, mid, "back again", "ideas", now_ms())
    assert store.expired_rooms(30) == []


def test_delete_removes_every_row_and_leaves_no_copy_in_the_files(tmp_path):
    path = tmp_path / "r.sqlite3"
    store = Store(path)
    keep, gone = filled_room(store, "kept text"), filled_room(store)
    assert rows_of(store, gone) > 6
    store.delete_room(gone)
    assert rows_of(store, gone) == 0 and rows_of(store, keep) > 6
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
    raw = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert SECRET.encode() not in raw  # overwritten (secure_delete), not just unlinked
    assert b"kept text" in raw


def test_purge_at_start_up_and_periodically(tmp_path):
    path = tmp_path / "rooms.sqlite3"
    store = Store(path)
    old, fresh = filled_room(store), filled_room(store)
    age_room(store, old, 40)
    app = create_app(store, ScriptedBackend(), load_screen(), retention_days=30, purge_every_s=0.05, tick_s=0.05)
    with TestClient(app) as client:
        assert store.room(old) is None and rows_of(store, old) == 0  # purged at start-up
        room = create_room(client)
        mia = join(client, room["join_code"], "Mia")
        with client.websocket_connect(f"/ws/{room['room_id']}?key={mia['key']}") as ws:
            say(ws, "hello", client_id=1)
            age_room(store, room["room_id"], 31)
            err, _ = recv_until(ws, lambda m: m["type"] == "error")  # purged while connected
            assert err["code"] == "deleted" and "retention" in err["text"]
        assert store.room(room["room_id"]) is None and store.room(fresh) is not None


def test_zero_retention_keeps_rooms_forever(tmp_path):
    store = Store(tmp_path / "rooms.sqlite3")
    old = filled_room(store)
    age_room(store, old, 4000)
    with TestClient(create_app(store, ScriptedBackend(), load_screen(), retention_days=0)):
        assert store.room(old) is not None


def test_facilitator_delete_endpoint_checkpoints_the_wal(tmp_path):
    client, store = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client)
        rid = room["room_id"]
        mia = join(client, room["join_code"], "Mia")
        with client.websocket_connect(f"/ws/{rid}?key={mia['key']}") as a:
            say(a, SECRET, client_id=1)
        assert client.delete(f"/api/rooms/{rid}").status_code == 401
        r = client.delete(f"/api/rooms/{rid}", headers={"X-Facilitator-Token": room["facilitator_token"]})
        assert r.status_code == 200 and r.json() == {"deleted": rid}
        assert rows_of(store, rid) == 0
        raw = b"".join(p.read_bytes() for p in tmp_path.glob("rooms.sqlite3*"))
        assert SECRET.encode() not in raw


def test_cli_refuses_a_negative_retention(tmp_path):
    out = subprocess.run([sys.executable, "-m", "jackpeer", "room", "--retention-days", "-1", "--db",
                          str(tmp_path / "r.sqlite3")], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "retention-days must be 0" in out.stdout + out.stderr and "Traceback" not in out.stderr


def test_nothing_can_be_written_to_a_deleted_room(tmp_path):
    store = Store(tmp_path / "r.sqlite3")
    rid = filled_room(store)
    mid = store.members(rid)[-1]["id"]
    store.delete_room(rid)
    with pytest.raises(RoomDeleted, match="deleted"):
        store.add_message(rid, mid, "late message", "ideas", now_ms())
    assert rows_of(store, rid) == 0
