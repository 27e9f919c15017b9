"""One live room: its session, Jack, sockets and rate buckets, rebuilt from the store after a restart."""

from __future__ import annotations

import asyncio
import json
from collections import deque
from dataclasses import dataclass, field

from fastapi import WebSocket

from jackpeer.peers.agent import Agent
from jackpeer.peers.instructions import InstructionTracker
from jackpeer.peers.policy import Policy, PolicyConfig
from jackpeer.peers.rate_limit import Bucket
from jackpeer.peers.session import Idea, Member, Session, Turn, parse_phases
from jackpeer.peers.store import Store

HELD_KEPT = 10


@dataclass
class LiveRoom:
    """One live room: its session, agent, sockets and rate buckets."""

    id: str
    agent: Agent
    agent_member_id: int
    facilitator_id: int
    settings: dict
    sockets: dict[int, list[WebSocket]] = field(default_factory=dict)
    buckets: dict[int, Bucket] = field(default_factory=dict)
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    commit_lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # store, ack and deliver in seq order
    write_lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # one store write at a time (RoomServer.write)
    deleted: bool = False  # set by RoomServer.delete: nothing more is written for this room
    task: asyncio.Task | None = None
    speaking: bool = False
    # Messages being taken now: (member id, the page's client_id) -> a future of their (seq, shown), or of None if
    # refused. A copy the page sends again while the first is still screened or committed waits for it; once a message
    # is stored, the store finds it by its client_id (RoomServer.say).
    said: dict[tuple[int, str], asyncio.Future] = field(default_factory=dict)
    # The last learner messages the screen held back (not in the session's turns, nobody but the facilitator saw them):
    # the screen still reads them as part of their sender's pattern (RoomServer.history); read back after a restart.
    held: deque[Turn] = field(default_factory=lambda: deque(maxlen=HELD_KEPT))

    @property
    def session(self) -> Session:
        """The room's session state."""
        return self.agent.session


def turn_of(msg: dict) -> Turn:
    """A stored message row as a session turn."""
    return Turn(msg["seq"], msg["member_id"], msg["author"], msg["author_kind"], msg["text"],
                msg["ts_server_ms"] / 1000, msg["phase"], bool(msg["idea"]))


def load_live_room(store: Store, room_id: str, policy_overrides: dict) -> LiveRoom | None:
    """Rebuild a room's live state from the store (None if there is no such room)."""
    row = store.room(room_id)
    if row is None:
        return None
    settings = json.loads(row["settings_json"] or "{}")
    session = Session(task=row["task"], role=row["role"], phases=parse_phases(json.loads(row["phases_json"])),
                      language=row["language"], agent_name=row["agent_name"])
    agent_id = fac_id = -1
    for m in store.members(room_id):
        session.members[m["id"]] = Member(m["id"], m["display_name"], m["kind"], m["joined_ms"] / 1000)
        agent_id = m["id"] if m["kind"] == "agent" else agent_id
        fac_id = m["id"] if m["kind"] == "facilitator" else fac_id
    held = deque(maxlen=HELD_KEPT)
    for msg in store.messages(room_id, include_blocked=True):
        if not msg["blocked"]:
            session.add_turn(turn_of(msg))
        elif msg["author_kind"] == "learner":
            held.append(turn_of(msg))
    for b in store.board(room_id):
        session.board.append(Idea(b["local_id"], b["author"], b["text"], b["created_ms"] / 1000, b["builds_on"],
                                  b["merged_into"]))
    events = store.phase_events(room_id)
    if events:
        session.started = events[0]["started_ms"] / 1000
        last = events[-1]
        session.phase_index = last["phase_index"]
        session.phase_started = last["started_ms"] / 1000
        session.phase_extra_s = max(0.0, last["budget_s"] - session.phase.budget_s)
        session.finished = last["ended_ms"] is not None
    cfg = PolicyConfig.for_role(session.role, **{**policy_overrides, **settings.get("policy", {})})
    policy = Policy(session.role, cfg, session.agent_name)
    # After a restart Jack does not greet again or re-answer what he already answered.
    policy.opened = any(t.kind == "agent" for t in session.turns)
    policy.phase_seen = session.phase_index
    if session.finished:  # its goodbye was said, or the room ended long ago: not again after a restart
        policy.ended_phase = session.phase_index
    policy.answered = {t.seq for t in session.turns}
    policy.ideas_done = {t.seq for t in session.turns}
    # Instruction ids continue after those recorded before a restart.
    tracker = InstructionTracker(first_id=len(store.instructions(room_id)) + 1)
    return LiveRoom(room_id, Agent(session, policy, tracker), agent_id, fac_id, settings, held=held)
