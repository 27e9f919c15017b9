"""The web room: FastAPI + one WebSocket per client + one static page.

Access: a facilitator creates a room and gets a token (facilitator link); learners join with a short
join code and a display name and get a member key. Every WebSocket needs a key or the token.
Every message is screened, committed to SQLite, and only then broadcast. Jack runs as one asyncio
task per room; the model runs in a worker thread and streams its pieces back through a queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import math
import sys
import threading
import time
from collections import Counter, deque
from dataclasses import asdict, dataclass, field
from pathlib import Path

from fastapi import FastAPI, Request, WebSocket, WebSocketDisconnect
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse

from jackpeer.errors import ConfigError, InputError, JackError
from jackpeer.peers.agent import Agent, Plan
from jackpeer.peers.coding import Coding, codebook_csv, parse_codebook
from jackpeer.peers.instructions import InstructionTracker
from jackpeer.peers.policy import Policy, PolicyConfig
from jackpeer.peers.session import (
    ROLES,
    SAMPLE_TASK,
    Idea,
    Member,
    Session,
    Turn,
    looks_like_idea,
    parse_phases,
)
from jackpeer.peers.store import RoomDeleted, Store, now_ms
from jackpeer.peers.tools import ToolRequest, apply_tool

PAGE = Path(__file__).with_name("static") / "room.html"
# Words that mark chat as off-task when no auto-labeler is present (keyword fallback, spec §8).
OFF_TASK_WORDS = {"minecraft", "fortnite", "roblox", "youtube", "tiktok", "lunch", "football", "netflix",
                  "pokemon", "birthday", "weekend", "homework", "movie", "videogame", "game"}
# Llama Guard categories that are disclosures the facilitator must hear about at once (spec §10).
ALERT_CATEGORIES = {"S1", "S3", "S4", "S11", "S12"}
# Transcripts are kept this many days after a room's last activity unless configured otherwise (spec §10).
RETENTION_DAYS = 30.0
# What _stream answers when a turn went stale before its first token was shown.
STALE = "stale before the first token"


@dataclass
class Limits:
    """Abuse limits, each reported to the user with a clear message."""

    max_chars: int = 500
    rate_per_s: float = 1.0
    burst: int = 5
    max_learners: int = 30
    max_name: int = 24


@dataclass
class Bucket:
    """A token bucket: `burst` messages at once, then `rate_per_s`."""

    tokens: float
    last: float

    def take(self, limits: Limits, now: float) -> bool:
        """Spend one token if there is one."""
        self.tokens = min(limits.burst, self.tokens + (now - self.last) * limits.rate_per_s)
        self.last = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


@dataclass
class RoomRuntime:
    """One live room: its session, agent, sockets and rate buckets."""

    id: str
    agent: Agent
    agent_member_id: int
    facilitator_id: int
    settings: dict
    sockets: dict[int, list[WebSocket]] = field(default_factory=dict)
    buckets: dict[int, Bucket] = field(default_factory=dict)
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task | None = None
    speaking: bool = False

    @property
    def session(self) -> Session:
        """The room's session state."""
        return self.agent.session


class Room:
    """The application state shared by every room on this server."""

    def __init__(self, store: Store, backend, screen, labeler=None, limits: Limits | None = None,
                 policy_overrides: dict | None = None, tick_s: float = 0.5, labeler_path: Path | None = None) -> None:
        self.store = store
        self.backend = backend
        self.screen = screen
        self.labeler = labeler
        self.limits = limits or Limits()
        self.policy_overrides = policy_overrides or {}
        self.tick_s = tick_s
        self.rooms: dict[str, RoomRuntime] = {}
        self.screen_lock = threading.Lock()
        self.label_lock = threading.Lock()
        # The labeler's learned state (new kinds, their names) is saved here after each learning step.
        self.labeler_path = labeler_path if labeler is not None and hasattr(labeler, "save") else None
        self.labeler_saved_steps = -1
        self.labeler_save_error: str | None = None
        # (room, seq, label, confidence) of stored labels a learning step changed, for show_label to send
        self.revised_labels: deque[tuple[str, int, str, float]] = deque()

    # --- loading rooms ----------------------------------------------------------
    def runtime(self, room_id: str) -> RoomRuntime | None:
        """The live room, rebuilt from the store after a restart if needed."""
        if room_id in self.rooms:
            return self.rooms[room_id]
        row = self.store.room(room_id)
        if row is None:
            return None
        settings = json.loads(row["settings_json"] or "{}")
        session = Session(task=row["task"], role=row["role"], phases=parse_phases(json.loads(row["phases_json"])),
                          language=row["language"], agent_name=row["agent_name"])
        agent_id = fac_id = -1
        for m in self.store.members(room_id):
            session.members[m["id"]] = Member(m["id"], m["display_name"], m["kind"], m["joined_ms"] / 1000)
            agent_id = m["id"] if m["kind"] == "agent" else agent_id
            fac_id = m["id"] if m["kind"] == "facilitator" else fac_id
        for msg in self.store.messages(room_id):
            session.add_turn(self._turn(msg))
        for b in self.store.board(room_id):
            session.board.append(Idea(b["local_id"], b["author"], b["text"], b["created_ms"] / 1000, b["builds_on"],
                                      b["merged_into"]))
        events = self.store.phase_events(room_id)
        if events:
            session.started = events[0]["started_ms"] / 1000
            last = events[-1]
            session.phase_index = last["phase_index"]
            session.phase_started = last["started_ms"] / 1000
            session.phase_extra_s = max(0.0, last["budget_s"] - session.phase.budget_s)
            session.finished = last["ended_ms"] is not None
        cfg = PolicyConfig.for_role(session.role, **{**self.policy_overrides, **settings.get("policy", {})})
        policy = Policy(session.role, cfg, session.agent_name)
        # After a restart Jack does not greet again or re-answer what he already answered.
        policy.opened = any(t.kind == "agent" for t in session.turns)
        policy.answered = {t.seq for t in session.turns}
        policy.ideas_done = {t.seq for t in session.turns}
        # Instruction ids continue after those recorded before a restart.
        tracker = InstructionTracker(first_id=len(self.store.instructions(room_id)) + 1)
        rt = RoomRuntime(room_id, Agent(session, policy, tracker), agent_id, fac_id, settings)
        self.rooms[room_id] = rt
        rt.task = asyncio.get_running_loop().create_task(self._agent_loop(rt))
        return rt

    @staticmethod
    def _turn(msg: dict) -> Turn:
        return Turn(msg["seq"], msg["member_id"], msg["author"], msg["author_kind"], msg["text"],
                    msg["ts_server_ms"] / 1000, msg["phase"], bool(msg["idea"]))

    # --- sending ------------------------------------------------------------------
    async def send(self, ws: WebSocket, data: dict) -> None:
        """Send to one socket; a broken socket is dropped, never raised."""
        try:
            await ws.send_text(json.dumps(data))
        except Exception:  # noqa: BLE001 - a client that went away must not break the room
            pass

    async def broadcast(self, rt: RoomRuntime, data: dict, facilitator_only: bool = False) -> None:
        """Send to every connected member (or only to the facilitator)."""
        for mid, socks in list(rt.sockets.items()):
            if facilitator_only and mid != rt.facilitator_id:
                continue
            for ws in list(socks):
                await self.send(ws, data)

    def state(self, rt: RoomRuntime) -> dict:
        """The room's shared state as the page shows it."""
        s, now = rt.session, time.time()
        return {"type": "state", "started": s.started is not None, "finished": s.finished,
                "phase_index": s.phase_index, "phases": [asdict(p) for p in s.phases], "phase": s.phase.name,
                "phase_left_s": round(s.phase_left(now), 1) if s.started is not None else None,
                "board": [asdict(i) for i in s.open_ideas()],
                "timer": ({"label": s.timer.label, "left_s": round(s.timer.ends_at - now, 1)} if s.timer else None),
                "members": [{"id": m.id, "name": m.name, "kind": m.kind, "online": bool(rt.sockets.get(m.id))}
                            for m in s.members.values()]}

    def message_view(self, msg: dict, facilitator: bool, label: dict | None = None) -> dict:
        """A stored message as clients see it (the facilitator also sees guard verdicts and its auto label)."""
        out = {"seq": msg["seq"], "author": msg["author"], "author_kind": msg["author_kind"], "text": msg["text"],
               "ts": msg["ts_server_ms"], "phase": msg["phase"], "idea": bool(msg["idea"]),
               "member_id": msg["member_id"]}
        if facilitator:
            out["blocked"] = bool(msg["blocked"])
            guard = msg.get("guard_in_json") or msg.get("guard_out_json")
            out["guard"] = json.loads(guard) if guard else None
            if label is not None:
                out["label"], out["label_confidence"] = label["code"], label["confidence"]
        return out

    # --- screening and labels ------------------------------------------------------------
    def history(self, rt: RoomRuntime, turns: int = 4) -> list[dict]:
        """The last few turns as chat messages, for screens that read context."""
        return [{"role": "assistant" if t.kind == "agent" else "user", "content": t.text}
                for t in rt.session.turns[-turns:]]

    def check(self, direction: str, text: str, history: list[dict]):
        """Run the active screen on a learner message ("in") or a piece of Jack's reply ("out")."""
        with self.screen_lock:
            if direction == "in":
                return self.screen.check_user(text, history=history)
            return self.screen.check_agent(text, history=history)

    def off_task(self, text: str, room_id: str | None = None, seq: int | None = None
                 ) -> tuple[bool, str | None, float | None]:
        """Whether a message is off-task: the auto-labeler's label if present, else the keyword list.
        Given the message's room and seq, its label is stored too, under the labeler's lock, so a
        facilitator's rename cannot fall between labelling and storing; so are the changes a learning
        step made to earlier messages' labels (e.g. those that formed a new kind of talk)."""
        if self.labeler is not None:
            try:
                with self.label_lock:
                    keyed = seq is not None and room_id in self.rooms
                    if keyed and hasattr(self.labeler, "take_revised"):
                        label, conf = self.labeler.label(text, key=(room_id, seq))
                    else:
                        label, conf = self.labeler.label(text)
                    label, conf = str(label), float(conf)
                    if keyed:
                        self.store.add_label(room_id, seq, label, conf)
                    for (rid, rseq), rlabel, rconf in getattr(self.labeler, "take_revised", list)():
                        self.store.set_auto_label(rid, rseq, rlabel, rconf)
                        self.revised_labels.append((rid, rseq, rlabel, rconf))
                    self.save_labeler(learned_only=True)
            except Exception:  # noqa: BLE001 - a labeler failure must not stop the room
                label, conf = None, None
            if label is not None:
                return label.replace("-", "_") == "off_task", label, conf
        words = {w.strip(".,!?;:'\"").lower() for w in text.split()}
        return bool(words & OFF_TASK_WORDS), None, None

    # --- incoming messages -------------------------------------------------------------
    async def say(self, rt: RoomRuntime, member: Member, ws: WebSocket, data: dict) -> None:
        """Handle a chat message: limits, screen, store, then broadcast."""
        text = str(data.get("text", "")).strip()
        client_id = data.get("client_id")
        if not text:
            return
        if len(text) > self.limits.max_chars:
            await self.send(ws, {"type": "error", "code": "too_long", "client_id": client_id,
                                 "text": f"Your message is too long ({len(text)} characters; the limit is "
                                         f"{self.limits.max_chars}). Please split it into shorter messages."})
            return
        now = time.time()
        bucket = rt.buckets.setdefault(member.id, Bucket(self.limits.burst, now))
        if not bucket.take(self.limits, now):
            await self.send(ws, {"type": "error", "code": "too_fast", "client_id": client_id,
                                 "text": "You are sending messages too fast. Wait a moment, then try again."})
            return
        s = rt.session
        verdict = await asyncio.to_thread(self.check, "in", text, self.history(rt))
        idea = bool(data.get("idea")) or looks_like_idea(text)
        client_ts = data.get("client_ts") if isinstance(data.get("client_ts"), int) else None
        try:
            seq = self.store.add_message(rt.id, member.id, text, s.phase.name, int(now * 1000), client_ts,
                                         idea and verdict.safe, guard_in=verdict.to_dict(), blocked=not verdict.safe)
        except RoomDeleted as err:  # deleted while this message was being screened
            await self.send(ws, {"type": "error", "code": "deleted", "client_id": client_id, "text": str(err)})
            return
        await self.send(ws, {"type": "ack", "client_id": client_id, "seq": seq, "shown": verdict.safe})
        if not verdict.safe:
            await self.blocked(rt, member.name, "in", verdict, seq)
            await self.send(ws, {"type": "notice", "text": "Your message was not shown because it may not be "
                                 "safe for the group. Your facilitator can see why."})
            return
        turn = Turn(seq, member.id, member.name, member.kind, text, now, s.phase.name, idea)
        s.add_turn(turn)
        msg = {"seq": seq, "author": member.name, "author_kind": member.kind, "text": text,
               "ts_server_ms": int(now * 1000), "phase": s.phase.name, "idea": idea, "member_id": member.id,
               "blocked": 0, "guard_in_json": json.dumps(verdict.to_dict())}
        await self.deliver(rt, msg)
        if idea and member.kind == "learner":
            card = s.add_idea(text, member.name, now)
            self.store.save_idea(rt.id, asdict(card))
            await self.broadcast(rt, self.state(rt))
        if member.kind == "facilitator" and text.lower().startswith("note:"):
            s.notes.append(text[5:].strip())
        self.prepare(rt)
        # Label after delivery: the group never waits for the labeler.
        turn.off_task, label, conf = await asyncio.to_thread(self.off_task, text, rt.id, seq)
        await self.show_label(rt, seq, label, conf)
        for ins in rt.agent.tracker.observe(turn, s, time.time()):
            self.store.save_instruction(rt.id, ins.as_dict())
        rt.wake.set()

    def prepare(self, rt: RoomRuntime) -> None:
        """Let the backend read the prompt's known part now, while nobody waits for Jack."""
        s = rt.session
        if hasattr(self.backend, "prepare") and not rt.speaking and s.started is not None and not s.finished:
            asyncio.get_running_loop().run_in_executor(None, self.backend.prepare,
                                                     rt.agent.prefix_messages(time.time()))

    async def show_label(self, rt: RoomRuntime, seq: int, label: str | None, conf: float | None) -> None:
        """Show the auto-labeler's label of a message (stored by off_task) to the facilitator, then any
        earlier labels a learning step changed, to their rooms' facilitators."""
        if label is not None:
            await self.broadcast(rt, {"type": "label", "seq": seq, "label": label, "confidence": conf},
                                 facilitator_only=True)
        while self.revised_labels:
            rid, rseq, rlabel, rconf = self.revised_labels.popleft()
            if rid in self.rooms:
                await self.broadcast(self.rooms[rid], {"type": "label", "seq": rseq, "label": rlabel,
                                                       "confidence": rconf, "revised": True}, facilitator_only=True)

    async def deliver(self, rt: RoomRuntime, msg: dict) -> None:
        """Broadcast a committed message; the facilitator's copy carries the guard verdict."""
        for mid, socks in list(rt.sockets.items()):
            view = self.message_view(msg, facilitator=mid == rt.facilitator_id)
            for ws in list(socks):
                await self.send(ws, {"type": "message", "m": view})

    async def blocked(self, rt: RoomRuntime, who: str, direction: str, verdict, seq: int | None) -> None:
        """Tell the facilitator (only) that something was blocked, and why; alert on disclosures."""
        info = {"who": who, "direction": direction, "categories": list(verdict.categories),
                "reason": verdict.reason, "screen": verdict.screen, "seq": seq, "ts": now_ms()}
        self.store.add_event(rt.id, "blocked", info)
        await self.broadcast(rt, {"type": "blocked", **info}, facilitator_only=True)
        if direction == "in" and set(verdict.categories) & ALERT_CATEGORIES:
            alert = {"text": f"{who} may need a check-in: a message was flagged ({', '.join(verdict.categories)}).",
                     "seq": seq}
            self.store.add_event(rt.id, "alert", alert)
            await self.broadcast(rt, {"type": "alert", **alert}, facilitator_only=True)

    async def facilitator_action(self, rt: RoomRuntime, data: dict) -> None:
        """Start the session, move the phase, extend it."""
        s, now, kind = rt.session, time.time(), data.get("type")
        if kind == "start" and s.started is None:
            s.start(now)
            self.store.phase_start(rt.id, 0, s.phase.name, s.phase.budget_s, int(now * 1000))
        elif kind == "next_phase":
            await self.move_phase(rt, now)
        elif kind == "extend":
            minutes = min(max(float(data.get("minutes", 1) or 1), 0.5), 30.0)
            s.extend_phase(minutes * 60)
            self.store.add_event(rt.id, "extend", {"phase": s.phase.name, "minutes": minutes})
        await self.broadcast(rt, self.state(rt))
        rt.wake.set()

    async def move_phase(self, rt: RoomRuntime, now: float) -> None:
        """Go to the next phase (or finish), record it, and supersede task-steering instructions."""
        s = rt.session
        moved = s.next_phase(now)
        self.store.phase_start(rt.id, s.phase_index if moved else -1, s.phase.name, s.phase_budget(),
                               int(now * 1000))
        for ins in rt.agent.tracker.on_phase_change(now):
            self.store.save_instruction(rt.id, ins.as_dict())

    # --- Jack --------------------------------------------------------------------------------
    async def _agent_loop(self, rt: RoomRuntime) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(rt.wake.wait(), timeout=self.tick_s)
            rt.wake.clear()
            s = rt.session
            if s.started is None or s.finished or not any(rt.sockets.get(m.id) for m in s.learners(False)):
                continue
            try:
                plan = rt.agent.plan(time.time())
                for dropped in rt.agent.policy.dropped:
                    # feedback the policy found late before planning it: a dropped turn like any other
                    self.store.add_agent_turn(rt.id, trigger=dropped["trigger"], trigger_seq=dropped["about_seq"],
                                              t_trigger_ms=int(dropped["ts"] * 1000), replanned=0,
                                              dropped_reason=f"late: {dropped['reason']}")
                    self.store.add_event(rt.id, "dropped_turn", dropped)
                rt.agent.policy.dropped.clear()
                if plan is not None:
                    await self.run_turn(rt, plan)
            except asyncio.CancelledError:
                raise
            except Exception as err:  # noqa: BLE001 - Jack failing must never take the room down
                self.store.add_event(rt.id, "agent_error", {"error": f"{type(err).__name__}: {err}"})
                await self.broadcast(rt, {"type": "alert", "text": f"{s.agent_name} could not reply: {err}"},
                                     facilitator_only=True)

    async def run_turn(self, rt: RoomRuntime, plan: Plan) -> int | None:
        """Carry out a plan: deterministic actions, then stream, screen, commit and record the reply."""
        now = time.time()
        t_trigger = int(now * 1000)
        if plan.next_phase:
            await self.move_phase(rt, now)
            await self.broadcast(rt, self.state(rt))
        if plan.escalation is not None:
            self.store.save_instruction(rt.id, plan.escalation.as_dict())
        if plan.facilitator_notice:
            self.store.add_event(rt.id, "handover", {"text": plan.facilitator_notice})
            await self.broadcast(rt, {"type": "alert", "text": plan.facilitator_notice}, facilitator_only=True)
        if not plan.speak:
            return None
        return await self._speak(rt, plan, t_trigger)

    async def _speak(self, rt: RoomRuntime, plan: Plan, t_trigger: int) -> int | None:
        """Stream a turn; the staleness guard (spec §8) re-plans it once or drops it before the first
        token is shown and again before it is committed."""
        replanned = False
        while True:
            stream_id = f"{rt.id}-{t_trigger}" + ("-r" if replanned else "")
            prompt = rt.agent.messages(plan, time.time())
            turn_row = {"trigger": plan.trigger.kind, "trigger_seq": plan.trigger.about_seq, "t_trigger_ms": t_trigger,
                        "prompt_chars": sum(len(m["content"]) for m in prompt), "replanned": int(replanned)}
            try:
                text, t_first, dropped = await self._stream(rt, plan, stream_id, prompt)
            except Exception as err:
                # the backend failed: the turn is recorded as dropped, then the loop tells the facilitator
                await self._drop(rt, stream_id, {**turn_row, "t_done_ms": now_ms(), "gen_chars": 0},
                                 f"backend failed: {type(err).__name__}: {err}")
                raise
            if dropped == STALE:
                dropped = None  # the review below re-plans or drops it
            if dropped is None:
                fresh, why = rt.agent.review(plan, time.time())
                if fresh is None:
                    dropped = why
                elif fresh is not plan:
                    where = "before the first token" if t_first is None else "before commit"
                    self.store.add_event(rt.id, "replanned_turn", {"trigger": plan.trigger.kind, "reason": why,
                                                                   "at": where})
                    await self.broadcast(rt, {"type": "stream_drop", "id": stream_id})
                    await self.broadcast(rt, {"type": "replanned", "trigger": plan.trigger.kind, "reason": why},
                                         facilitator_only=True)
                    plan, replanned = fresh, True
                    continue
                elif not text:
                    dropped = "empty reply"
            row = {**turn_row, "t_first_token_ms": t_first, "gen_chars": len(text)}
            if dropped:
                await self._drop(rt, stream_id, {**row, "t_done_ms": now_ms()}, dropped)
                return None
            return await self._commit(rt, plan, text, stream_id, row)

    async def _stream(self, rt: RoomRuntime, plan: Plan, stream_id: str, prompt: list[dict]
                      ) -> tuple[str, int | None, str | None]:
        """Stream the backend's reply to the room through the screen: (text shown, first-token ms, why it
        stopped early or None). Stops before showing anything if the turn went stale while it was planned."""
        s = rt.session
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue = asyncio.Queue()
        stop = threading.Event()
        now = time.time()

        def produce() -> None:
            try:
                for piece in rt.agent.reply(plan, self.backend, now):
                    loop.call_soon_threadsafe(queue.put_nowait, piece)
                    if stop.is_set():
                        break
            except Exception as err:  # noqa: BLE001 - reported through the queue
                loop.call_soon_threadsafe(queue.put_nowait, err)
            loop.call_soon_threadsafe(queue.put_nowait, None)

        text, pending, t_first, dropped, flagged = "", "", None, None, None
        history = self.history(rt)
        rt.speaking = True
        worker = threading.Thread(target=produce, daemon=True)
        worker.start()
        try:
            while True:
                piece = await queue.get()
                if piece is None:
                    break
                if isinstance(piece, Exception):
                    raise piece
                if isinstance(piece, ToolRequest):
                    await self.tool(rt, piece, time.time())
                    continue
                if t_first is None and rt.agent.stale_reason(plan, time.time()):
                    return "", None, STALE  # nothing shown yet: the caller re-plans or drops it
                # Only text the screen passed is shown. A flagged prefix is held back, not shown, and
                # shown later only if the longer text passes as a whole (classifiers misread fragments);
                # if the reply ends still flagged, none of the held text is ever shown.
                pending += piece
                candidate = text + pending
                verdict = await asyncio.to_thread(self.check, "out", candidate, history)
                if not verdict.safe:
                    flagged = verdict
                    continue
                flagged = None
                if t_first is None:
                    t_first = now_ms()
                await self.broadcast(rt, {"type": "stream", "id": stream_id, "author": s.agent_name, "piece": pending})
                text, pending = candidate, ""
            if flagged is not None:
                seq = self.store.add_message(rt.id, rt.agent_member_id, text + pending, s.phase.name, now_ms(),
                                             guard_out=flagged.to_dict(), blocked=True)
                await self.blocked(rt, s.agent_name, "out", flagged, seq)
                dropped = "blocked by the safety screen"
        finally:
            stop.set()
            rt.speaking = False
        return text.strip(), t_first, dropped

    async def _drop(self, rt: RoomRuntime, stream_id: str, row: dict, reason: str) -> None:
        """Record a turn that was not committed, with its reason, and take back anything streamed."""
        self.store.add_agent_turn(rt.id, **row, dropped_reason=reason)
        self.store.add_event(rt.id, "dropped_turn", {"trigger": row["trigger"], "reason": reason})
        await self.broadcast(rt, {"type": "stream_drop", "id": stream_id})
        await self.broadcast(rt, {"type": "dropped", "trigger": row["trigger"], "reason": reason},
                             facilitator_only=True)

    async def _commit(self, rt: RoomRuntime, plan: Plan, text: str, stream_id: str, row: dict) -> int:
        """Commit a finished reply, record its instruction, and deliver it."""
        s = rt.session
        t_done = now_ms()
        seq = self.store.add_message(rt.id, rt.agent_member_id, text, s.phase.name, t_done,
                                     guard_out={"safe": True, "screen": self.screen.name},
                                     reply_to=plan.trigger.about_seq)
        self.store.add_agent_turn(rt.id, message_id=seq, t_done_ms=t_done, dropped_reason=None, **row)
        turn = Turn(seq, rt.agent_member_id, s.agent_name, "agent", text, t_done / 1000, s.phase.name)
        s.add_turn(turn)
        if plan.give:
            kind, target = plan.give
            ins = rt.agent.tracker.give(kind, text, s, t_done / 1000, target, seq)
            self.store.save_instruction(rt.id, ins.as_dict())
        if plan.escalation is not None:
            rt.agent.tracker.note_text(plan.escalation, text, seq)
            self.store.save_instruction(rt.id, plan.escalation.as_dict())
        msg = {"seq": seq, "author": s.agent_name, "author_kind": "agent", "text": text, "ts_server_ms": t_done,
               "phase": s.phase.name, "idea": False, "member_id": rt.agent_member_id, "blocked": 0,
               "guard_out_json": json.dumps({"safe": True, "screen": self.screen.name})}
        for mid, socks in list(rt.sockets.items()):
            view = self.message_view(msg, facilitator=mid == rt.facilitator_id)
            for ws in list(socks):
                await self.send(ws, {"type": "message", "m": view, "stream_id": stream_id})
        self.prepare(rt)
        if self.labeler is not None:
            _, label, conf = await asyncio.to_thread(self.off_task, text, rt.id, seq)
            await self.show_label(rt, seq, label, conf)
        return seq

    async def tool(self, rt: RoomRuntime, req: ToolRequest, now: float) -> None:
        """Apply a tool call the model made, record it, and show its effect."""
        s = rt.session
        result = apply_tool(req, s, now, s.agent_name)
        self.store.add_event(rt.id, "tool", {"name": req.name, "arguments": req.arguments, "result": result})
        if req.name in ("add_idea", "merge_ideas") and result.get("ok"):
            for idea in s.board:
                self.store.save_idea(rt.id, asdict(idea))
        if result.get("facilitator_notice"):
            await self.broadcast(rt, {"type": "alert", "text": f"{s.agent_name} asks: {result['facilitator_notice']}"},
                                 facilitator_only=True)
        await self.broadcast(rt, self.state(rt))

    # --- closing and retention -------------------------------------------------------------
    async def delete(self, room_ids: list[str], text: str) -> None:
        """Delete rooms now: stop their Jack, delete every row, then tell whoever is connected and disconnect them.
        Nothing is awaited between detaching a room and deleting it, so no message can land in between."""
        live = [rt for rt in (self.rooms.pop(rid, None) for rid in room_ids) if rt is not None]
        for rt in live:
            if rt.task:
                rt.task.cancel()
        said = ({m["text"] for rid in room_ids for m in self.store.messages(rid, include_blocked=True)}
                if hasattr(self.labeler, "forget") else set())
        self.store.delete_rooms(room_ids)
        for rt in live:
            for socks in list(rt.sockets.values()):
                for ws in list(socks):
                    await self.send(ws, {"type": "error", "code": "deleted", "text": text})
                    with contextlib.suppress(Exception):
                        await ws.close(code=4404)
        if said:
            # the labeler's examples and queues (and so its saved state) must not keep a deleted room's words
            await asyncio.to_thread(self.forget_texts, said)

    async def purge(self, retention_days: float) -> list[str]:
        """Delete every room whose last activity is older than the retention period; return their ids."""
        expired = self.store.expired_rooms(retention_days)
        await self.delete(expired, "This room has passed its retention period and was deleted.")
        return expired

    async def purge_loop(self, retention_days: float, every_s: float) -> None:
        """Purge expired rooms every `every_s` seconds while the server runs."""
        while True:
            await asyncio.sleep(every_s)
            try:
                await self.purge(retention_days)
            except Exception as err:  # noqa: BLE001 - a failed purge is retried next time, the room goes on
                print(f"jack room: purging expired rooms failed ({err}); retrying in {every_s:.0f} s")

    # --- the auto-labeler's new kinds of talk -----------------------------------------------
    def label_candidates(self, room_id: str) -> list[dict]:
        """New kinds of talk the auto-labeler found, for the facilitator to name or dismiss. The labeler
        serves every room on this server: examples are only this room's utterances, and `in_room`
        counts this room's messages that carry the label."""
        if self.labeler is None or not hasattr(self.labeler, "candidates"):
            return []
        with self.label_lock:
            found = [{"label": str(c["label"]), "members": int(c["members"]), "examples": list(c.get("examples", []))}
                     for c in self.labeler.candidates()]
        said = {m["text"] for m in self.store.messages(room_id)}
        counts = Counter(lab["code"] for lab in self.store.labels(room_id) if lab["source"] == "auto")
        return [{**c, "examples": [t for t in c["examples"] if t in said], "in_room": counts.get(c["label"], 0)}
                for c in found]

    def rename_label(self, old: str, new: str) -> dict:
        """Name a new kind of talk: later messages get the new name, every stored label of it (all rooms)
        is renamed, and the labeler's state is saved. InputError for a bad or taken name."""
        if not hasattr(self.labeler, "rename"):
            raise InputError("This server runs without the auto-labeler, so there are no labels to rename.")
        with self.label_lock:
            name = self.labeler.rename(old, new)
            changed = self.store.rename_auto_label(old, name)
            warning = self.save_labeler()
        return {"old": old, "label": name, "relabelled": changed, **({"warning": warning} if warning else {})}

    def dismiss_label(self, name: str) -> dict:
        """Dismiss a new kind of talk: it leaves the candidates, and its messages (stored and later) are unknown."""
        if not hasattr(self.labeler, "dismiss"):
            raise InputError("This server runs without the auto-labeler, so there are no labels to dismiss.")
        with self.label_lock:
            self.labeler.dismiss(name)
            changed = self.store.rename_auto_label(name, "unknown")
            warning = self.save_labeler()
        return {"dismissed": name, "relabelled": changed, **({"warning": warning} if warning else {})}

    def forget_texts(self, texts: set[str]) -> None:
        """Make the labeler forget these utterances (a deleted room's) and save that."""
        with self.label_lock:
            if self.labeler.forget(texts):
                self.save_labeler()

    def save_labeler(self, learned_only: bool = False) -> str | None:
        """Save the labeler's learned state next to the database (with label_lock held); `learned_only`:
        only if it learned since the last save. A failure is reported, never raised: returns its message."""
        if self.labeler_path is None or (learned_only and self.labeler.learn_steps == self.labeler_saved_steps):
            return None
        try:
            self.labeler.save(self.labeler_path)
        except Exception as err:  # noqa: BLE001 - a full disk or a bad state must not stop the labelling
            msg = (f"could not save the labels to {self.labeler_path} ({err}); names and new kinds learned since "
                   "the last save are lost when the server restarts. Check the disk and the folder's permissions.")
            if msg != self.labeler_save_error:
                print(f"jack room: {msg}", file=sys.stderr)
            self.labeler_save_error = msg
            return msg
        self.labeler_saved_steps, self.labeler_save_error = self.labeler.learn_steps, None
        return None

    def restore_labeler(self) -> None:
        """Resume the labeler from its saved state, if any. An unreadable file is moved aside (kept, never
        overwritten) with a message, and the labeler starts again from its seed set."""
        if self.labeler_path is None or not self.labeler_path.exists():
            return
        try:
            self.labeler.load(self.labeler_path)
        except JackError as err:
            aside = self.labeler_path.with_name(self.labeler_path.name + f".unreadable-{now_ms()}")
            try:
                self.labeler_path.replace(aside)
                kept = f"the file was moved to {aside}"
            except OSError as move_err:
                kept = f"the file could not be moved aside ({move_err}) and will be overwritten"
            print(f"jack room: {err}. Starting the labels again from the seed set; {kept}.", file=sys.stderr)
            return
        self.labeler_saved_steps = self.labeler.learn_steps

    async def announce_label(self, data: dict) -> None:
        """Tell the facilitator of every live room about a renamed or dismissed label (the labeler is shared)."""
        for rt in list(self.rooms.values()):
            await self.broadcast(rt, data, facilitator_only=True)

    # --- facilitator figures ---------------------------------------------------------------

    def stats(self, room_id: str) -> dict:
        """Per-member talk time, turns, words, instructions followed/ignored; balance; Jack's latencies."""
        members = {m["id"]: m for m in self.store.members(room_id)}
        msgs = self.store.messages(room_id)
        ins = self.store.instructions(room_id)
        per: dict[int, dict] = {}
        for mid, m in members.items():
            if m["kind"] == "facilitator":
                continue
            per[mid] = {"name": m["display_name"], "kind": m["kind"], "turns": 0, "words": 0, "talk_time_s": 0.0,
                        "instructions_followed": 0, "instructions_ignored": 0, "instructions_open": 0}
        for msg in msgs:
            if msg["member_id"] in per:
                words = len(msg["text"].split())
                p = per[msg["member_id"]]
                p["turns"] += 1
                p["words"] += words
                # Talk time of a text room: the time the words take to say at 150 words/min.
                p["talk_time_s"] = round(p["talk_time_s"] + words * 0.4, 1)
        for i in ins:
            tgt = per.get(i["target_member_id"])
            if tgt:
                key = {"followed": "instructions_followed", "ignored": "instructions_ignored",
                       "open": "instructions_open"}.get(i["status"])
                if key:
                    tgt[key] += 1
        learner_turns = [p["turns"] for p in per.values() if p["kind"] == "learner"]
        total = sum(learner_turns)
        for p in per.values():
            p["share"] = round(p["turns"] / total, 3) if total and p["kind"] == "learner" else None
        turns = self.store.agent_turns(room_id)
        firsts = sorted((t["t_first_token_ms"] - t["t_trigger_ms"]) / 1000 for t in turns
                        if t["t_first_token_ms"] and not t["dropped_reason"])
        by_status: dict[str, int] = {}
        for i in ins:
            by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        label_counts: dict[str, int] = {}
        for lab in self.store.labels(room_id):
            if lab["source"] == "auto":  # human codes are counted by the coding tools, per coder
                label_counts[lab["code"]] = label_counts.get(lab["code"], 0) + 1
        return {"members": list(per.values()), "balance_entropy": _entropy(learner_turns), "gini": _gini(learner_turns),
                "agent_turns": sum(1 for t in turns if not t["dropped_reason"]),
                "agent_dropped": sum(1 for t in turns if t["dropped_reason"]),
                "agent_replanned": sum(1 for t in turns if t["replanned"]),
                "agent_dropped_by_reason": _drop_reasons(turns),
                "first_token_p50_s": _pct(firsts, 0.5), "first_token_p95_s": _pct(firsts, 0.95),
                "instructions": by_status, "instruction_records": ins, "labels": label_counts,
                "label_candidates": self.label_candidates(room_id),
                "blocked": len(self.store.events(room_id, "blocked"))}


def _drop_reasons(turns: list[dict]) -> dict[str, int]:
    """Dropped turns counted by the kind of reason: stale, late, blocked, empty, backend failed."""
    out: dict[str, int] = {}
    for t in turns:
        if t["dropped_reason"]:
            kind = t["dropped_reason"].split(":")[0].split(" by ")[0].strip()
            out[kind] = out.get(kind, 0) + 1
    return out


def _entropy(counts: list[int]) -> float | None:
    total = sum(counts)
    if total == 0 or len(counts) < 2:
        return None
    h = -sum(c / total * math.log(c / total) for c in counts if c)
    return round(h / math.log(len(counts)), 3)


def _gini(counts: list[int]) -> float | None:
    n, total = len(counts), sum(counts)
    if total == 0 or n < 2:
        return None
    diff = sum(abs(a - b) for a in counts for b in counts)
    return round(diff / (2 * n * total), 3)


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    return round(values[min(len(values) - 1, int(q * len(values)))], 3)


def _error(status: int, text: str) -> JSONResponse:
    return JSONResponse({"error": text}, status_code=status)


def create_app(store: Store, backend, screen, labeler=None, limits: Limits | None = None,
               policy_overrides: dict | None = None, tick_s: float = 0.5, warm: bool = True,
               retention_days: float = RETENTION_DAYS, purge_every_s: float = 3600.0,
               persist_labels: bool = True) -> FastAPI:
    """The room's FastAPI app. The backend is warmed at start-up, not on the first message. Rooms idle
    longer than `retention_days` are deleted at start-up and every `purge_every_s` (0 days: keep forever).
    With `persist_labels`, what the labeler learned (new kinds, their names) is kept next to the database
    (`<db>.labels.pt`) and resumed from there."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        purger = None
        if retention_days > 0:
            await room.purge(retention_days)
            purger = asyncio.get_running_loop().create_task(room.purge_loop(retention_days, purge_every_s))
        if warm and hasattr(backend, "warm"):
            await asyncio.to_thread(backend.warm)
        yield
        if purger is not None:
            purger.cancel()
        for rt in list(room.rooms.values()):
            if rt.task:
                rt.task.cancel()
        if room.labeler_path is not None:
            with room.label_lock:
                room.save_labeler()  # also keeps the utterances queued for the next learning step

    app = FastAPI(title="Jack room", lifespan=lifespan)
    labeler_path = labels_path(store.path) if persist_labels else None
    room = Room(store, backend, screen, labeler, limits, policy_overrides, tick_s, labeler_path)
    room.restore_labeler()
    app.state.room = room

    def facilitator_ok(request: Request, room_id: str) -> bool:
        token = request.headers.get("x-facilitator-token") or request.query_params.get("token") or ""
        m = store.member_by_key(room_id, token)
        return m is not None and m["kind"] == "facilitator"

    @app.get("/", response_class=HTMLResponse)
    async def page() -> HTMLResponse:
        return HTMLResponse(PAGE.read_text(encoding="utf-8"))

    @app.get("/api/info")
    async def info() -> dict:
        return {"screen": screen.name, "backend": getattr(backend, "short_name", "backend"),
                "remote": bool(getattr(backend, "remote", False)), "roles": list(ROLES), "sample_task": SAMPLE_TASK,
                "labeler": labeler is not None}

    @app.post("/api/rooms")
    async def create_room(request: Request) -> JSONResponse:
        try:
            body = await request.json()
        except ValueError:
            return _error(400, "Send the room settings as JSON.")
        task = str(body.get("task") or SAMPLE_TASK).strip()[:500]
        role = str(body.get("role", "moderator"))
        language = str(body.get("language") or "English").strip()[:40]
        agent_name = str(body.get("agent_name") or "Jack").strip()[:24]
        try:
            phases = parse_phases(body.get("phases"))
            Session(task=task, role=role, phases=phases)
            policy = body.get("policy") or {}
            PolicyConfig.for_role(role, **{**room.policy_overrides, **policy})
        except (JackError, TypeError, ValueError) as err:
            return _error(400, str(err))
        if getattr(backend, "remote", False) and not body.get("allow_remote"):
            return _error(400, "This server sends Jack's prompts to a remote model endpoint; tick 'allow the "
                               "remote model' to confirm that is acceptable for this group.")
        room_id, code, token = store.create_room(task, role, language, [asdict(p) for p in phases], agent_name,
                                                 {"policy": policy, "consent": bool(body.get("consent"))})
        return JSONResponse({"room_id": room_id, "join_code": code, "facilitator_token": token,
                             "facilitator_url": f"/?room={room_id}#token={token}"})

    @app.post("/api/join")
    async def join(request: Request) -> JSONResponse:
        try:
            body = await request.json()
        except ValueError:
            return _error(400, "Send the join code and your name as JSON.")
        code = str(body.get("code", "")).strip().upper()
        name = " ".join(str(body.get("name", "")).split())
        row = store.room_by_code(code) if code else None
        if row is None:
            return _error(404, "No room has that join code. Check the code with your facilitator.")
        if not name or len(name) > room.limits.max_name:
            return _error(400, f"Choose a display name of 1 to {room.limits.max_name} characters.")
        members = store.members(row["id"])
        if any(m["display_name"].lower() == name.lower() for m in members):
            return _error(409, f"The name {name!r} is already used in this room. Choose another name.")
        if sum(1 for m in members if m["kind"] == "learner") >= room.limits.max_learners:
            return _error(403, f"This room is full ({room.limits.max_learners} learners). Ask your facilitator.")
        rt = room.runtime(row["id"])
        mid, key = store.add_member(row["id"], name)
        rt.session.members[mid] = Member(mid, name, "learner", time.time())
        return JSONResponse({"room_id": row["id"], "member_id": mid, "key": key, "name": name})

    def _export_guard(request: Request, room_id: str) -> JSONResponse | None:
        if store.room(room_id) is None:
            return _error(404, "No such room.")
        if not facilitator_ok(request, room_id):
            return _error(401, "This needs the facilitator token (open the facilitator link again).")
        return None

    @app.get("/api/rooms/{room_id}/export.json")
    async def export_json(room_id: str, request: Request):
        return _export_guard(request, room_id) or JSONResponse(
            store.export(room_id), headers={"Content-Disposition": f'attachment; filename="room-{room_id}.json"'})

    @app.get("/api/rooms/{room_id}/export.csv")
    async def export_csv(room_id: str, request: Request):
        return _export_guard(request, room_id) or PlainTextResponse(
            store.export_csv(room_id), media_type="text/csv",
            headers={"Content-Disposition": f'attachment; filename="room-{room_id}.csv"'})

    @app.get("/api/rooms/{room_id}/stats")
    async def stats(room_id: str, request: Request):
        # in a thread: the label candidates wait for the labeler's lock, which a learning step may hold
        return _export_guard(request, room_id) or JSONResponse(await asyncio.to_thread(room.stats, room_id))

    @app.delete("/api/rooms/{room_id}")
    async def delete_room(room_id: str, request: Request):
        refused = _export_guard(request, room_id)
        if refused:
            return refused
        await room.delete([room_id], "The facilitator closed this room.")
        return JSONResponse({"deleted": room_id})

    # --- transcript coding for thematic analysis (spec §12), facilitator token required ----------
    coding = Coding(store)

    async def _coding_call(request: Request, room_id: str, fn) -> JSONResponse | PlainTextResponse:
        refused = _export_guard(request, room_id)
        if refused:
            return refused
        try:
            out = fn()
            if inspect.isawaitable(out):  # calls that read the request body are async
                out = await out
        except InputError as err:
            return _error(400, str(err))
        if isinstance(out, str):
            return PlainTextResponse(out, media_type="text/csv")
        return JSONResponse(out)

    async def _body_json(request: Request) -> dict:
        try:
            body = await request.json()
        except ValueError as err:
            raise InputError("send a JSON object") from err
        if not isinstance(body, dict):
            raise InputError("send a JSON object")
        return body

    def _codes_of(body: dict) -> list[str]:
        codes = body.get("codes") or []
        if not isinstance(codes, list):
            raise InputError('"codes" must be a list of code names')
        return [str(c) for c in codes]

    async def _body_text(request: Request, what: str) -> str:
        try:
            return (await request.body()).decode("utf-8")
        except UnicodeDecodeError as err:
            raise InputError(f"the {what} is not UTF-8 text; save it as CSV UTF-8") from err

    @app.get("/api/rooms/{room_id}/codebook.csv")
    async def codebook_export(room_id: str, request: Request):
        return await _coding_call(request, room_id, lambda: codebook_csv(coding.codebook(room_id)))

    @app.post("/api/rooms/{room_id}/codebook.csv")
    async def codebook_import(room_id: str, request: Request, replace: bool = False):
        async def run() -> dict:
            codes = parse_codebook(await _body_text(request, "codebook"), "the uploaded codebook")
            return {"imported": coding.import_codebook(room_id, codes, replace=replace),
                    "codebook": coding.codebook_dicts(room_id)}
        return await _coding_call(request, room_id, run)

    @app.get("/api/rooms/{room_id}/codebook")
    async def codebook_json(room_id: str, request: Request):
        return await _coding_call(request, room_id, lambda: coding.codebook_dicts(room_id))

    @app.get("/api/rooms/{room_id}/coding")
    async def coding_get(room_id: str, request: Request, coder: str | None = None):
        return await _coding_call(request, room_id, lambda: (
            {"coders": coding.coders(room_id),
             "coding": {str(k): v for k, v in coding.coding(room_id, coder).items()} if coder else {}}))

    @app.put("/api/rooms/{room_id}/coding/{seq}")
    async def coding_put(room_id: str, seq: int, request: Request):
        async def run() -> dict:
            body = await _body_json(request)
            codes = _codes_of(body)
            return coding.code_message(room_id, seq, str(body.get("coder", "")), codes, str(body.get("memo") or ""))
        return await _coding_call(request, room_id, run)

    @app.get("/api/rooms/{room_id}/coding.csv")
    async def coding_sheet(room_id: str, request: Request, coder: str | None = None):
        return await _coding_call(request, room_id, lambda: coding.coding_sheet(room_id, coder))

    @app.post("/api/rooms/{room_id}/coding.csv")
    async def coding_apply(room_id: str, request: Request, coder: str = ""):
        async def run() -> dict:
            n = coding.apply_sheet(room_id, await _body_text(request, "coding sheet"), coder, "the uploaded sheet")
            return {"coded": n, "coder": coder}
        return await _coding_call(request, room_id, run)

    @app.get("/api/rooms/{room_id}/kappa")
    async def kappa(room_id: str, request: Request, a: str = "", b: str = ""):
        return await _coding_call(request, room_id, lambda: coding.agreement(room_id, a, b))

    @app.get("/api/rooms/{room_id}/themes")
    async def themes_get(room_id: str, request: Request):
        return await _coding_call(request, room_id, lambda: coding.themes(room_id))

    @app.put("/api/rooms/{room_id}/themes/{name}")
    async def theme_put(room_id: str, name: str, request: Request):
        async def run() -> dict:
            body = await _body_json(request)
            codes = _codes_of(body)
            return coding.set_theme(room_id, name, codes, str(body.get("definition") or ""))
        return await _coding_call(request, room_id, run)

    @app.delete("/api/rooms/{room_id}/themes/{name}")
    async def theme_delete(room_id: str, name: str, request: Request):
        def run() -> dict:
            coding.delete_theme(room_id, name)
            return {"deleted": name}
        return await _coding_call(request, room_id, run)

    @app.get("/api/rooms/{room_id}/themes.csv")
    async def theme_review(room_id: str, request: Request):
        return await _coding_call(request, room_id, lambda: coding.theme_review_csv(room_id))

    # --- the auto-labeler's new kinds of talk, facilitator token required ---------------------------
    @app.get("/api/rooms/{room_id}/labels")
    async def labels_get(room_id: str, request: Request):
        def listing() -> dict:
            if labeler is None:
                return {"labels": [], "candidates": [], "dismissed": []}
            with room.label_lock:
                names, dismissed = list(getattr(labeler, "labels", list)()), sorted(getattr(labeler, "dismissed", ()))
            return {"labels": [n for n in names if n not in dismissed], "dismissed": dismissed,
                    "candidates": room.label_candidates(room_id)}
        # in a thread: the labeler's lock may be held by a learning step for a moment
        return await _coding_call(request, room_id, lambda: asyncio.to_thread(listing))

    @app.patch("/api/rooms/{room_id}/labels/{label}")
    async def label_rename(room_id: str, label: str, request: Request):
        async def run() -> dict:
            name = (await _body_json(request)).get("name")
            if not isinstance(name, str):
                raise InputError('send the new name as JSON: {"name": "..."}')
            out = await asyncio.to_thread(room.rename_label, label, name)
            await room.announce_label({"type": "label_renamed", "old": label, "label": out["label"]})
            return {**out, "candidates": await asyncio.to_thread(room.label_candidates, room_id)}
        return await _coding_call(request, room_id, run)

    @app.delete("/api/rooms/{room_id}/labels/{label}")
    async def label_dismiss(room_id: str, label: str, request: Request):
        async def run() -> dict:
            out = await asyncio.to_thread(room.dismiss_label, label)
            await room.announce_label({"type": "label_dismissed", "label": label})
            return {**out, "candidates": await asyncio.to_thread(room.label_candidates, room_id)}
        return await _coding_call(request, room_id, run)

    @app.websocket("/ws/{room_id}")
    async def socket(ws: WebSocket, room_id: str) -> None:
        await ws.accept()
        row = store.member_by_key(room_id, ws.query_params.get("key", ""))
        rt = room.runtime(room_id) if row else None
        if row is None or rt is None:
            await room.send(ws, {"type": "error", "code": "auth",
                                 "text": "This link or key is not valid for this room. Join again with the code."})
            await ws.close(code=4401)
            return
        member = rt.session.members[row["id"]]
        fac = member.kind == "facilitator"
        rt.sockets.setdefault(member.id, []).append(ws)
        member.online = True
        try:
            since = int(ws.query_params.get("since", "0") or 0)
        except ValueError:
            since = 0
        await room.send(ws, {"type": "welcome", "you": {"id": member.id, "name": member.name, "kind": member.kind},
                             "room": {"id": room_id, "task": rt.session.task, "role": rt.session.role,
                                      "language": rt.session.language, "agent_name": rt.session.agent_name,
                                      "screen": screen.name, "backend": getattr(backend, "short_name", ""),
                                      "remote": bool(getattr(backend, "remote", False)),
                                      "join_code": store.room(room_id)["join_code"] if fac else None,
                                      "limits": asdict(room.limits)}})
        labels = {lab["seq"]: lab for lab in store.labels(room_id) if lab["source"] == "auto"} if fac else {}
        history = [room.message_view(m, fac, labels.get(m["seq"]))
                   for m in store.messages(room_id, since, include_blocked=fac)]
        await room.send(ws, {"type": "history", "messages": history})
        await room.broadcast(rt, room.state(rt))
        if fac:
            for ev in store.events(room_id):
                if ev["kind"] in ("blocked", "alert", "handover"):
                    await room.send(ws, {"type": ev["kind"] if ev["kind"] != "handover" else "alert", **ev})
        rt.wake.set()
        try:
            while True:
                raw = await ws.receive_text()
                try:
                    data = json.loads(raw)
                except ValueError:
                    await room.send(ws, {"type": "error", "code": "bad_json", "text": "Messages must be JSON."})
                    continue
                if not isinstance(data, dict):
                    continue
                kind = data.get("type")
                if kind == "say":
                    await room.say(rt, member, ws, data)
                elif kind == "typing":
                    rt.session.typing[member.id] = time.time()
                elif kind in ("start", "next_phase", "extend"):
                    if not fac:
                        await room.send(ws, {"type": "error", "code": "not_facilitator",
                                             "text": "Only the facilitator can do that."})
                    else:
                        await room.facilitator_action(rt, data)
                elif kind == "ping":
                    await room.send(ws, {"type": "pong"})
        except (WebSocketDisconnect, RuntimeError):
            # RuntimeError: starlette's WebSocketDisconnected, after a send to a client that had gone
            pass
        finally:
            socks = rt.sockets.get(member.id, [])
            if ws in socks:
                socks.remove(ws)
            if not socks and room_id in room.rooms:
                rt.sockets.pop(member.id, None)
                member.online = False
                for ins in rt.agent.tracker.withdraw_for(member.id, time.time()):
                    store.save_instruction(room_id, ins.as_dict())
            await room.broadcast(rt, room.state(rt))

    return app


def load_screen():
    """The project's offline default safety screen (jackpeer.guard)."""
    from jackpeer.guard import default_screen

    return default_screen() if callable(default_screen) and not hasattr(default_screen, "check_user") else default_screen


def labels_path(db: str | Path) -> Path | None:
    """Where the labeler's learned state is kept: next to the room database (None for an in-memory one)."""
    return None if str(db) == ":memory:" else Path(f"{db}.labels.pt")


def load_labeler():
    """The auto-labeler (jackpeer.label) if it is installed, else None (keyword fallback for off-task)."""
    try:
        from jackpeer.label import UtteranceLabeler
    except ImportError:
        return None
    return UtteranceLabeler()


def serve(host: str = "127.0.0.1", port: int = 8000, db: str = "rooms.sqlite3", model: str | None = None,
          backend_url: str | None = None, backend_model: str = "default", backend_key: str | None = None,
          retention_days: float = RETENTION_DAYS) -> None:
    """Load the model and screen, then run the room server until interrupted."""
    import uvicorn

    from jackpeer.peers.backends import make_backend

    if retention_days < 0:
        raise ConfigError(f"--retention-days must be 0 (keep forever) or more, got {retention_days}")
    backend = make_backend(model, backend_url, backend_model, backend_key)
    app = create_app(Store(db), backend, load_screen(), load_labeler(), retention_days=retention_days)
    uvicorn.run(app, host=host, port=port, log_level="warning")
