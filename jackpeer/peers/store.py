"""Transcripts in SQLite (WAL, synchronous=FULL): every message is committed before it is broadcast,
so a killed server loses nothing it acknowledged (spec §12)."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import secrets
import sqlite3
import threading
import time
from pathlib import Path

from jackpeer.errors import InputError
from jackpeer.guard.actions import DISCLOSURE_CODES
from jackpeer.guard.personal_info import mask_personal_info
from jackpeer.peers.csv_cells import safe_row

SCHEMA = """
CREATE TABLE IF NOT EXISTS room (id TEXT PRIMARY KEY, created_ms INTEGER, task TEXT, role TEXT, language TEXT,
  phases_json TEXT, agent_name TEXT, join_code TEXT UNIQUE, token_hash TEXT, settings_json TEXT,
  consent_at INTEGER, train_ok INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS member (id INTEGER PRIMARY KEY, room_id TEXT, display_name TEXT, kind TEXT,
  key_hash TEXT, joined_ms INTEGER, left_ms INTEGER);
CREATE TABLE IF NOT EXISTS message (id INTEGER PRIMARY KEY, room_id TEXT, member_id INTEGER, seq INTEGER,
  ts_server_ms INTEGER, ts_client_ms INTEGER, phase TEXT, text TEXT, reply_to INTEGER, idea INTEGER,
  guard_in_json TEXT, guard_out_json TEXT, blocked INTEGER, client_id TEXT, UNIQUE(room_id, seq));
CREATE TABLE IF NOT EXISTS agent_turn (message_id INTEGER, room_id TEXT, trigger TEXT, trigger_seq INTEGER,
  t_trigger_ms INTEGER, t_first_token_ms INTEGER, t_done_ms INTEGER, prompt_chars INTEGER, gen_chars INTEGER,
  replanned INTEGER, dropped_reason TEXT);
CREATE TABLE IF NOT EXISTS instruction (room_id TEXT, local_id INTEGER, message_seq INTEGER, kind TEXT,
  target_member_id INTEGER, status TEXT, escalation_level INTEGER, resolved_by_seq INTEGER, json TEXT,
  PRIMARY KEY (room_id, local_id));
CREATE TABLE IF NOT EXISTS phase_event (room_id TEXT, phase_index INTEGER, phase TEXT, started_ms INTEGER,
  ended_ms INTEGER, budget_s REAL);
CREATE TABLE IF NOT EXISTS board_item (room_id TEXT, local_id INTEGER, author TEXT, text TEXT,
  builds_on INTEGER, merged_into INTEGER, created_ms INTEGER, PRIMARY KEY (room_id, local_id));
CREATE TABLE IF NOT EXISTS label (room_id TEXT, seq INTEGER, scheme TEXT, code TEXT, source TEXT, coder TEXT,
  confidence REAL, created_ms INTEGER);
CREATE TABLE IF NOT EXISTS event (room_id TEXT, ts_ms INTEGER, kind TEXT, json TEXT);
CREATE TABLE IF NOT EXISTS codebook (room_id TEXT, code TEXT, definition TEXT, include_examples TEXT,
  exclude_examples TEXT, PRIMARY KEY (room_id, code));
CREATE TABLE IF NOT EXISTS coding (room_id TEXT, seq INTEGER, coder TEXT, memo TEXT, coded_ms INTEGER,
  PRIMARY KEY (room_id, seq, coder));
CREATE TABLE IF NOT EXISTS theme (room_id TEXT, name TEXT, definition TEXT, PRIMARY KEY (room_id, name));
CREATE TABLE IF NOT EXISTS theme_code (room_id TEXT, theme TEXT, code TEXT, PRIMARY KEY (room_id, theme, code));
CREATE TABLE IF NOT EXISTS speech_clip (room_id TEXT, seq INTEGER, duration_s REAL, mime TEXT, audio BLOB,
  PRIMARY KEY (room_id, seq));
CREATE TABLE IF NOT EXISTS guard_alert (id INTEGER PRIMARY KEY, room_id TEXT, seq INTEGER, ts_ms INTEGER, who TEXT,
  categories TEXT, severity TEXT, action TEXT, reason TEXT, status TEXT DEFAULT 'open', marked_ms INTEGER);
CREATE TABLE IF NOT EXISTS turn_situation (room_id TEXT, seq INTEGER, json TEXT, PRIMARY KEY (room_id, seq));
CREATE TABLE IF NOT EXISTS turn_feedback (room_id TEXT, seq INTEGER, rating INTEGER, rewrite TEXT, updated_ms INTEGER,
  PRIMARY KEY (room_id, seq));
CREATE TABLE IF NOT EXISTS room_label_name (room_id TEXT, label TEXT, name TEXT, PRIMARY KEY (room_id, label));
CREATE INDEX IF NOT EXISTS message_room ON message(room_id, seq);
"""
# Every table with a room_id column: what deleting a room removes (the room row itself is keyed by id).
ROOM_TABLES = ("label", "event", "board_item", "phase_event", "instruction", "agent_turn", "message", "member",
               "codebook", "coding", "theme", "theme_code", "turn_situation", "turn_feedback", "speech_clip",
               "room_label_name")
# What the facilitator can mark an alert (issue 14).
ALERT_MARKS = ("open", "reviewed", "false_alarm")
ROOM_TABLES += ("guard_alert",)  # the screen's alerts (issue 14)
# Unambiguous characters for join codes children type (no 0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


class RoomDeleted(InputError):
    """A write to a room that was deleted (by the facilitator or by retention) meanwhile."""


def now_ms() -> int:
    """Wall-clock milliseconds."""
    return int(time.time() * 1000)


def hash_key(key: str) -> str:
    """Keys and tokens are stored hashed: a copied database does not hand out access."""
    return hashlib.sha256(key.encode()).hexdigest()


class Store:
    """One SQLite file holding every room on this host."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        # FULL: each commit is fsynced, so an acknowledged message survives even a power cut.
        self.db.execute("PRAGMA synchronous=FULL")
        # Deleted transcripts are overwritten, not just unlinked: a deleted room must not be recoverable.
        self.db.execute("PRAGMA secure_delete=ON")
        self.db.executescript(SCHEMA)
        # Databases from before the page's client_id was kept get the column (and every message there has none).
        if "client_id" not in {row[1] for row in self.db.execute("PRAGMA table_info(message)")}:
            self.db.execute("ALTER TABLE message ADD COLUMN client_id TEXT")
        self.db.execute("CREATE INDEX IF NOT EXISTS message_client ON message(room_id, member_id, client_id)")
        self.lock = threading.Lock()

    def close(self) -> None:
        """Close the database."""
        with self.lock:
            self.db.close()

    def _write(self, sql: str, args: tuple = ()) -> sqlite3.Cursor:
        with self.lock:
            return self.db.execute(sql, args)

    def query(self, sql: str, args: tuple = ()) -> list[dict]:
        """Rows of a read query as dicts."""
        with self.lock:
            return [dict(r) for r in self.db.execute(sql, args).fetchall()]

    # --- rooms and members ------------------------------------------------------
    def create_room(self, task: str, role: str, language: str, phases: list[dict], agent_name: str,
                    settings: dict) -> tuple[str, str, str]:
        """A new room; returns (room_id, join_code, facilitator_token)."""
        room_id = secrets.token_hex(6)
        token = secrets.token_urlsafe(24)
        with self.lock:
            while True:
                code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))
                if not self.db.execute("SELECT 1 FROM room WHERE join_code=?", (code,)).fetchone():
                    break
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute(
                "INSERT INTO room (id, created_ms, task, role, language, phases_json, agent_name, join_code, "
                "token_hash, settings_json, consent_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (room_id, now_ms(), task, role, language, json.dumps(phases), agent_name, code,
                 hash_key(token), json.dumps(settings), now_ms() if settings.get("consent") else None))
            self.db.execute("INSERT INTO member (room_id, display_name, kind, key_hash, joined_ms) VALUES (?,?,?,?,?)",
                            (room_id, "Facilitator", "facilitator", hash_key(token), now_ms()))
            self.db.execute("INSERT INTO member (room_id, display_name, kind, key_hash, joined_ms) VALUES (?,?,?,?,?)",
                            (room_id, agent_name, "agent", "", now_ms()))
            self.db.execute("COMMIT")
        return room_id, code, token

    def room(self, room_id: str) -> dict | None:
        """The room row, or None."""
        rows = self.query("SELECT * FROM room WHERE id=?", (room_id,))
        return rows[0] if rows else None

    def rooms(self) -> list[dict]:
        """Every room on this host, oldest first (without join codes or token hashes)."""
        return self.query("SELECT id, created_ms, task, role, language FROM room ORDER BY created_ms")

    def room_by_code(self, code: str) -> dict | None:
        """The room with this join code, or None."""
        rows = self.query("SELECT * FROM room WHERE join_code=?", (code.strip().upper(),))
        return rows[0] if rows else None

    def add_member(self, room_id: str, name: str, kind: str = "learner") -> tuple[int, str]:
        """A new member; returns (member_id, key). The key rejoins this member from the same browser."""
        key = secrets.token_urlsafe(18)
        cur = self._write("INSERT INTO member (room_id, display_name, kind, key_hash, joined_ms) VALUES (?,?,?,?,?)",
                          (room_id, name, kind, hash_key(key), now_ms()))
        return int(cur.lastrowid), key

    def member_by_key(self, room_id: str, key: str) -> dict | None:
        """The member this key (or facilitator token) belongs to in this room, or None."""
        if not key:
            return None
        rows = self.query("SELECT * FROM member WHERE room_id=? AND key_hash=? AND kind!='agent'",
                          (room_id, hash_key(key)))
        return rows[0] if rows else None

    def members(self, room_id: str) -> list[dict]:
        """Every member of the room."""
        return self.query("SELECT * FROM member WHERE room_id=? ORDER BY id", (room_id,))

    # --- messages ---------------------------------------------------------------
    def add_message(self, room_id: str, member_id: int, text: str, phase: str, ts_ms: int,
                    client_ts_ms: int | None = None, idea: bool = False, guard_in: dict | None = None,
                    guard_out: dict | None = None, blocked: bool = False, reply_to: int | None = None,
                    client_id: str | None = None) -> int:
        """Commit a message and return its gap-free per-room sequence number. client_id: the sender's page's id for
        it (message_by_client_id finds it again when the page sends it once more)."""
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                if not self.db.execute("SELECT 1 FROM room WHERE id=?", (room_id,)).fetchone():
                    raise RoomDeleted("This room was deleted; nothing more can be written to it.")
                seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM message WHERE room_id=?",
                                      (room_id,)).fetchone()[0]
                self.db.execute(
                    "INSERT INTO message (room_id, member_id, seq, ts_server_ms, ts_client_ms, phase, text, "
                    "reply_to, idea, guard_in_json, guard_out_json, blocked, client_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (room_id, member_id, seq, ts_ms, client_ts_ms, phase, text, reply_to, int(idea),
                     json.dumps(guard_in) if guard_in else None, json.dumps(guard_out) if guard_out else None,
                     int(blocked), client_id))
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:  # SQLite already rolled back after e.g. a full disk
                    self.db.execute("ROLLBACK")
                raise
        return int(seq)

    def message_by_client_id(self, room_id: str, member_id: int, client_id: str) -> tuple[int, bool] | None:
        """(seq, shown) of the message this member's page sent with client_id, if it is stored."""
        rows = self.query("SELECT seq, blocked FROM message WHERE room_id=? AND member_id=? AND client_id=?",
                          (room_id, member_id, client_id))
        return (rows[0]["seq"], not rows[0]["blocked"]) if rows else None

    def messages(self, room_id: str, since: int = 0, include_blocked: bool = False,
                 until: int | None = None) -> list[dict]:
        """Messages after `since` (up to `until`, if given) with author names, oldest first."""
        sql = ("SELECT m.*, b.display_name AS author, b.kind AS author_kind, EXISTS(SELECT 1 FROM speech_clip c "
               "WHERE c.room_id=m.room_id AND c.seq=m.seq) AS spoken FROM message m "
               "JOIN member b ON b.id = m.member_id WHERE m.room_id=? AND m.seq>?")
        args: tuple = (room_id, since)
        if until is not None:
            sql, args = sql + " AND m.seq<=?", (*args, until)
        if not include_blocked:
            sql += " AND m.blocked=0"
        return self.query(sql + " ORDER BY m.seq", args)

    def add_speech_clip(self, room_id: str, seq: int, duration_s: float, mime: str, audio: bytes | None) -> None:
        """Mark a message as spoken; its recording is kept only when given (the room's keep-audio setting)."""
        # Only while the room exists: a recording must not outlive a room deleted meanwhile.
        self._write("INSERT OR REPLACE INTO speech_clip SELECT ?,?,?,?,? WHERE EXISTS (SELECT 1 FROM room WHERE id=?)",
                    (room_id, seq, duration_s, mime, audio, room_id))

    def speech_clips(self, room_id: str) -> list[dict]:
        """The room's spoken messages: seq, duration_s, mime and audio (None where it was not kept)."""
        return self.query("SELECT seq, duration_s, mime, audio FROM speech_clip WHERE room_id=? ORDER BY seq",
                          (room_id,))

    def update_settings(self, room_id: str, settings: dict) -> None:
        """Replace a room's settings (e.g. the facilitator turned keeping recordings on)."""
        self._write("UPDATE room SET settings_json=? WHERE id=?", (json.dumps(settings), room_id))

    # --- agent, instructions, phases, board, labels, events ------------------------
    def add_agent_turn(self, room_id: str, **row: object) -> None:
        """Record an agent turn's trigger and timings (spoken, or dropped with a reason)."""
        cols = ["message_id", "trigger", "trigger_seq", "t_trigger_ms", "t_first_token_ms", "t_done_ms",
                "prompt_chars", "gen_chars", "replanned", "dropped_reason"]
        self._write(f"INSERT INTO agent_turn (room_id, {', '.join(cols)}) VALUES (?{', ?' * len(cols)})",
                    (room_id, *[row.get(c) for c in cols]))

    def agent_turns(self, room_id: str) -> list[dict]:
        """Every agent turn of the room."""
        return self.query("SELECT * FROM agent_turn WHERE room_id=? ORDER BY t_trigger_ms", (room_id,))

    def save_instruction(self, room_id: str, ins: dict) -> None:
        """Insert or update an instruction record."""
        self._write("INSERT OR REPLACE INTO instruction VALUES (?,?,?,?,?,?,?,?,?)",
                    (room_id, ins["id"], ins["message_seq"], ins["kind"], ins["target_member_id"], ins["status"],
                     ins["escalation_level"], ins["resolved_by_seq"], json.dumps(ins)))

    def instructions(self, room_id: str) -> list[dict]:
        """Every instruction record of the room."""
        return [json.loads(r["json"]) for r in
                self.query("SELECT json FROM instruction WHERE room_id=? ORDER BY local_id", (room_id,))]

    def phase_start(self, room_id: str, index: int, phase: str, budget_s: float, ts_ms: int) -> None:
        """Close the open phase event and open a new one."""
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("UPDATE phase_event SET ended_ms=? WHERE room_id=? AND ended_ms IS NULL", (ts_ms, room_id))
            if index >= 0:
                self.db.execute("INSERT INTO phase_event VALUES (?,?,?,?,?,?)",
                                (room_id, index, phase, ts_ms, None, budget_s))
            self.db.execute("COMMIT")

    def phase_events(self, room_id: str) -> list[dict]:
        """Phase starts and ends, oldest first."""
        return self.query("SELECT * FROM phase_event WHERE room_id=? ORDER BY started_ms", (room_id,))

    def save_idea(self, room_id: str, idea: dict) -> None:
        """Insert or update a board card."""
        self._write("INSERT OR REPLACE INTO board_item VALUES (?,?,?,?,?,?,?)",
                    (room_id, idea["id"], idea["author"], idea["text"], idea["builds_on"], idea["merged_into"],
                     int(idea["created"] * 1000)))

    def board(self, room_id: str) -> list[dict]:
        """The board's cards in order."""
        return self.query("SELECT * FROM board_item WHERE room_id=? ORDER BY local_id", (room_id,))

    def add_label(self, room_id: str, seq: int, code: str, confidence: float, scheme: str = "auto",
                  source: str = "auto", coder: str = "jackpeer.label") -> None:
        """Store a label for a message, if its room still exists (a labelling step may end after a deletion)."""
        self._write("INSERT INTO label SELECT ?,?,?,?,?,?,?,? WHERE EXISTS (SELECT 1 FROM room WHERE id=?)",
                    (room_id, seq, scheme, code, source, coder, confidence, now_ms(), room_id))

    def labels(self, room_id: str) -> list[dict]:
        """Every label of the room."""
        return self.query("SELECT * FROM label WHERE room_id=? ORDER BY seq", (room_id,))

    def set_auto_label(self, room_id: str, seq: int, code: str, confidence: float) -> None:
        """Change the auto-labeler's label of one message (a learning step revised it)."""
        self._write("UPDATE label SET code=?, confidence=? WHERE room_id=? AND seq=? AND source='auto'",
                    (code, confidence, room_id, seq))

    def rename_auto_label(self, old: str, new: str, room_id: str) -> int:
        """Rename the auto-labeler's label `old` in one room only; returns rows changed."""
        return self._write("UPDATE label SET code=? WHERE room_id=? AND source='auto' AND code=?",
                           (new, room_id, old)).rowcount

    def set_room_label_name(self, room_id: str, label: str, name: str) -> None:
        """What one room calls one of the shared labeler's labels ("unknown": dismissed there)."""
        self._write("INSERT OR REPLACE INTO room_label_name SELECT ?,?,? WHERE EXISTS (SELECT 1 FROM room WHERE id=?)",
                    (room_id, label, name, room_id))

    def room_label_names(self, room_id: str) -> dict[str, str]:
        """The labeler's label -> this room's name for it."""
        return {r["label"]: r["name"] for r in
                self.query("SELECT label, name FROM room_label_name WHERE room_id=?", (room_id,))}

    def add_event(self, room_id: str, kind: str, data: dict) -> None:
        """Record a facilitator-facing event (blocked content, alert, hand-over, dropped turn)."""
        self._write("INSERT INTO event VALUES (?,?,?,?)", (room_id, now_ms(), kind, json.dumps(data)))

    def events(self, room_id: str, kind: str | None = None) -> list[dict]:
        """Events of the room, optionally of one kind."""
        rows = self.query("SELECT * FROM event WHERE room_id=? AND (? IS NULL OR kind=?) ORDER BY ts_ms",
                          (room_id, kind, kind))
        return [{"ts_ms": r["ts_ms"], "kind": r["kind"], **json.loads(r["json"])} for r in rows]

    # --- the screen's alerts and the facilitator's marks on them (issue 14) -------------
    def add_alert(self, room_id: str, seq: int | None, who: str, categories: list[str], severity: str, action: str,
                  reason: str) -> int:
        """Record an alert on a flagged message (status 'open'); returns its id."""
        cur = self._write("INSERT INTO guard_alert (room_id, seq, ts_ms, who, categories, severity, action, reason) "
                          "VALUES (?,?,?,?,?,?,?,?)", (room_id, seq, now_ms(), who, json.dumps(categories), severity,
                                                     action, reason))
        return int(cur.lastrowid)

    def alerts(self, room_id: str, mask: bool = False) -> list[dict]:
        """The room's alerts, oldest first, each with the flagged message's text (PII masked if asked), whether the
        screen still holds it back from the group (`held`) and whether the facilitator may show it (`can_show`: held,
        and not a disclosure)."""
        rows = self.query("SELECT a.*, m.text, COALESCE(m.blocked, 0) AS held FROM guard_alert a LEFT JOIN message m "
                          "ON m.room_id=a.room_id "
                          "AND m.seq=a.seq WHERE a.room_id=? ORDER BY a.id", (room_id,))
        for r in rows:
            r["categories"] = json.loads(r["categories"])
            r["can_show"] = bool(r["held"]) and not DISCLOSURE_CODES & set(r["categories"])
            if mask and r["text"]:
                r["text"] = mask_personal_info(r["text"])
        return rows

    def mark_alert(self, room_id: str, alert_id: int, status: str) -> dict:
        """The facilitator's mark on an alert: 'reviewed', 'false_alarm' or 'open' again; returns the alert."""
        if status not in ALERT_MARKS:
            raise InputError(f"an alert is marked {', '.join(ALERT_MARKS)}; got {status!r}")
        self._write("UPDATE guard_alert SET status=?, marked_ms=? WHERE room_id=? AND id=?",
                    (status, now_ms(), room_id, alert_id))
        found = [a for a in self.alerts(room_id) if a["id"] == alert_id]
        if not found:
            raise InputError(f"there is no alert {alert_id} in this room")
        return found[0]

    def show_held_message(self, room_id: str, seq: int) -> dict | None:
        """A message the screen held back, shown after all (the facilitator's call on a false alarm): it is no longer
        blocked. The message, or None when no message with this seq is held back."""
        cur = self._write("UPDATE message SET blocked=0 WHERE room_id=? AND seq=? AND blocked=1", (room_id, seq))
        if cur.rowcount == 0:
            return None
        found = self.messages(room_id, seq - 1, until=seq)
        return found[0] if found else None

    def delete_room(self, room_id: str) -> None:
        """Delete a room and everything recorded in it, then checkpoint the WAL so no copy stays there."""
        self.delete_rooms([room_id])

    def delete_rooms(self, room_ids: list[str]) -> None:
        """Delete rooms in one transaction and checkpoint the WAL (spec §10: deletion is at once and whole)."""
        if not room_ids:
            return
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            for room_id in room_ids:
                for table in ROOM_TABLES:
                    self.db.execute(f"DELETE FROM {table} WHERE room_id=?", (room_id,))
                self.db.execute("DELETE FROM room WHERE id=?", (room_id,))
            self.db.execute("COMMIT")
            # TRUNCATE: the deleted rows' old pages leave the WAL file too, not only the database file.
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def last_activity_ms(self) -> dict[str, int]:
        """Each room's last activity: its newest message, event, member join or phase change, else its creation."""
        rows = self.query(
            "SELECT r.id, MAX(r.created_ms, COALESCE((SELECT MAX(ts_server_ms) FROM message WHERE room_id=r.id), 0), "
            "COALESCE((SELECT MAX(ts_ms) FROM event WHERE room_id=r.id), 0), "
            "COALESCE((SELECT MAX(joined_ms) FROM member WHERE room_id=r.id), 0), "
            "COALESCE((SELECT MAX(started_ms) FROM phase_event WHERE room_id=r.id), 0)) AS last FROM room r")
        return {r["id"]: int(r["last"]) for r in rows}

    def expired_rooms(self, retention_days: float, now: int | None = None) -> list[str]:
        """Rooms whose last activity is older than the retention period (spec §10: 30 days by default)."""
        cutoff = (now if now is not None else now_ms()) - int(retention_days * 86_400_000)
        return sorted(rid for rid, last in self.last_activity_ms().items() if last < cutoff)

    # --- the facilitator's feedback on Jack's turns (issue 13 §3) ---------------------
    def save_turn_situation(self, room_id: str, seq: int, situation: dict) -> None:
        """Keep the situation (turn_situation.situation_of) that produced Jack's message `seq`."""
        self._write("INSERT OR REPLACE INTO turn_situation SELECT ?,?,? WHERE EXISTS (SELECT 1 FROM room WHERE id=?)",
                    (room_id, seq, json.dumps(situation), room_id))

    def set_turn_feedback(self, room_id: str, seq: int, rating: int | None, rewrite: str | None) -> dict:
        """Store 👍 (1) / 👎 (-1) / none (None) and an optional rewrite for Jack's message `seq`; returns the row.
        InputError when `seq` is not one of Jack's shown messages or the values are out of range."""
        if rating not in (1, -1, None):
            raise InputError("rating must be 1 (thumbs up), -1 (thumbs down) or null")
        rewrite = (rewrite or "").strip()
        if len(rewrite) > 500:
            raise InputError("a rewrite is at most 500 characters; shorten it")
        rows = self.query("SELECT 1 FROM message m JOIN member b ON b.id=m.member_id WHERE m.room_id=? AND m.seq=? "
                          "AND b.kind='agent' AND m.blocked=0", (room_id, seq))
        if not rows:
            raise InputError(f"message {seq} is not one of Jack's turns in this room; feedback goes on Jack's turns")
        self._write("INSERT OR REPLACE INTO turn_feedback VALUES (?,?,?,?,?)",
                    (room_id, seq, rating, rewrite or None, now_ms()))
        return next(r for r in self.turn_feedback(room_id) if r["seq"] == seq)

    def turn_feedback(self, room_id: str, mask: bool = False) -> list[dict]:
        """Jack's turns that have feedback: seq, text, rating, rewrite, updated_ms and the situation (or None)."""
        rows = self.query(
            "SELECT f.seq, m.text, f.rating, f.rewrite, f.updated_ms, s.json AS situation FROM turn_feedback f "
            "JOIN message m ON m.room_id=f.room_id AND m.seq=f.seq "
            "LEFT JOIN turn_situation s ON s.room_id=f.room_id AND s.seq=f.seq WHERE f.room_id=? ORDER BY f.seq",
            (room_id,))
        for r in rows:
            r["situation"] = json.loads(r["situation"]) if r["situation"] else None
            if mask:
                r["text"], r["rewrite"] = mask_personal_info(r["text"]), r["rewrite"] and mask_personal_info(r["rewrite"])
                for h in (r["situation"] or {}).get("history", []):
                    h["text"] = mask_personal_info(h["text"])
        return rows

    def turn_feedback_csv(self, room_id: str) -> str:
        """One row per rated or rewritten turn (PII masked): seq, trigger, Jack's text, rating, rewrite."""
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["seq", "trigger", "text", "rating", "rewrite", "updated_ms"])
        for r in self.turn_feedback(room_id, mask=True):
            kind = (r["situation"] or {}).get("trigger", {}).get("kind", "")
            w.writerow(safe_row([r["seq"], kind, r["text"], r["rating"] if r["rating"] is not None else "",
                                 r["rewrite"] or "", r["updated_ms"]]))
        return buf.getvalue()

    def feedback_rewrites(self) -> list[dict]:
        """Every room's rewrites with their situations, as training examples {"situation", "turn"} (PII masked)."""
        ids = [r["room_id"] for r in self.query("SELECT DISTINCT room_id FROM turn_feedback WHERE rewrite IS NOT NULL")]
        return [{"situation": r["situation"], "turn": r["rewrite"]} for rid in ids
                for r in self.turn_feedback(rid, mask=True) if r["rewrite"] and r["situation"]]

    # --- exports ------------------------------------------------------------------
    def export(self, room_id: str, mask: bool = True) -> dict:
        """The whole room as one JSON-ready object (PII masked by default)."""
        room = self.room(room_id) or {}
        room = {k: v for k, v in room.items() if k not in ("token_hash", "join_code")}
        members = [{k: v for k, v in m.items() if k != "key_hash"} for m in self.members(room_id)]
        msgs = self.messages(room_id, include_blocked=True)
        labels: dict[int, list[dict]] = {}
        for lab in self.labels(room_id):
            labels.setdefault(lab["seq"], []).append(
                {"scheme": lab["scheme"], "code": lab["code"], "source": lab["source"], "coder": lab["coder"],
                 "confidence": lab["confidence"]})
        for m in msgs:
            m.pop("client_id", None)  # the page's own id for it, nothing a reader needs
            if mask:
                m["text"] = mask_personal_info(m["text"])
            m["labels"] = labels.get(m["seq"], [])
            for col in ("guard_in_json", "guard_out_json"):
                m[col.removesuffix("_json")] = json.loads(m.pop(col)) if m.get(col) else None
        return {"room": room, "members": members, "messages": msgs, "agent_turns": self.agent_turns(room_id),
                "instructions": self.instructions(room_id), "phases": self.phase_events(room_id),
                "board": self.board(room_id), "events": self.events(room_id),
                "turn_feedback": self.turn_feedback(room_id, mask=mask),
                "alerts": self.alerts(room_id, mask=mask),
                "speech": [{**c, "audio": base64.b64encode(c["audio"]).decode() if c["audio"] else None}
                           for c in self.speech_clips(room_id)],
                "memos": [{**r, "memo": mask_personal_info(r["memo"]) if mask else r["memo"]} for r in self.query(
                    "SELECT seq, coder, memo FROM coding WHERE room_id=? AND memo!='' ORDER BY seq", (room_id,))]}

    def export_csv(self, room_id: str, mask: bool = True) -> str:
        """One row per message with its labels (PII masked by default)."""
        data = self.export(room_id, mask=mask)
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["seq", "ts_server_ms", "phase", "author", "author_kind", "text", "idea", "blocked", "labels"])
        for m in data["messages"]:
            codes = ";".join(f"{lab['code']}({lab['coder']})" if lab["source"] == "human"
                             else f"{lab['code']}({lab['confidence']:.2f})" for lab in m["labels"])
            w.writerow(safe_row([m["seq"], m["ts_server_ms"], m["phase"], m["author"], m["author_kind"], m["text"],
                                 m["idea"], m["blocked"], codes]))
        return buf.getvalue()
