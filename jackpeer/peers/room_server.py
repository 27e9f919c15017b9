"""The rooms of one server: learners' messages (limits, screen, store, then broadcast), the facilitator's
controls, phases, and deleting rooms (at once or when their retention period ends)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TypeVar

from fastapi import WebSocket

from jackpeer.errors import InputError
from jackpeer.guard.actions import ActionPolicy, Decision
from jackpeer.peers.client_input import finite_number
from jackpeer.peers.jack_turns import JackTurns
from jackpeer.peers.live_room import LiveRoom, load_live_room, turn_of
from jackpeer.peers.rate_limit import Bucket, Limits
from jackpeer.peers.room_labels import RoomLabeler, RoomLabels, keyword_off_task
from jackpeer.peers.room_stats import room_stats
from jackpeer.peers.session import Member, Turn, looks_like_idea
from jackpeer.peers.store import RoomDeleted, Store, now_ms
from jackpeer.speech.room_speech import Clip, RoomSpeech

log = logging.getLogger("jackpeer.room")
# Transcripts are kept this many days after a room's last activity unless configured otherwise (spec §10).
RETENTION_DAYS = 30.0
T = TypeVar("T")


def said_key(member_id: int, client_id) -> tuple[int, str] | None:
    """What identifies one message a page sent, across its resends: the sender and the page's client_id."""
    if isinstance(client_id, bool) or not isinstance(client_id, (str, int)) or len(str(client_id)) > 64:
        return None
    return member_id, str(client_id)


class RoomServer:
    """The state shared by every room on this server, and what happens in a room."""

    def __init__(self, store: Store, backend, screen, labeler: RoomLabeler | None = None,
                 limits: Limits | None = None, policy_overrides: dict | None = None, tick_s: float = 0.5,
                 labeler_path: Path | None = None, speech: RoomSpeech | None = None) -> None:
        self.store = store
        self.speech = speech  # talk and read-aloud (jackpeer.speech); None: a text-only server
        self.backend = backend
        self.screen = screen
        self.labels = RoomLabels(store, labeler, labeler_path)
        self.limits = limits or Limits()
        self.policy_overrides = policy_overrides or {}
        self.tick_s = tick_s
        self.rooms: dict[str, LiveRoom] = {}
        self.deleting: set[str] = set()  # rooms being deleted: not reloaded by live_room meanwhile
        self.guard_actions: dict[str, ActionPolicy] = {}  # room id -> its actions per category (room settings)
        self.screen_lock = threading.Lock()
        self.jack = JackTurns(self)

    def live_room(self, room_id: str) -> LiveRoom | None:
        """The live room, rebuilt from the store after a restart if needed; its Jack starts with it."""
        if room_id in self.rooms:
            return self.rooms[room_id]
        if room_id in self.deleting:
            return None
        rt = load_live_room(self.store, room_id, self.policy_overrides)
        if rt is None:
            return None
        self.rooms[room_id] = rt
        rt.task = asyncio.get_running_loop().create_task(self.jack.loop(rt))
        return rt

    async def write(self, rt: LiveRoom, fn: Callable[..., T], *args, **kw) -> T:
        """Run one of the room's store writes in a thread; RoomDeleted once the room is being deleted."""
        # Commits are fsynced (synchronous=FULL): on the event loop a slow disk would stall every room. Each
        # room's writes wait for each other (the lock is first come, first served), so they land in the order
        # the room issued them, exactly as when they ran on the loop, and delete() waits for them; other rooms'
        # writes do not wait for this room's. A per-room lock around asyncio's thread pool rather than a
        # writer thread per room: no threads to start and stop with rooms, and an awaited result.
        async with rt.write_lock:
            if rt.deleted:
                raise RoomDeleted("This room was deleted; nothing more can be written to it.")
            return await asyncio.to_thread(fn, *args, **kw)

    # --- sending ------------------------------------------------------------------
    async def send(self, ws: WebSocket, data: dict) -> None:
        """Send to one socket; a broken socket is dropped, never raised."""
        try:
            await ws.send_text(json.dumps(data))
        except Exception:  # noqa: BLE001 - a client that went away must not break the room
            pass

    async def broadcast(self, rt: LiveRoom, data: dict, facilitator_only: bool = False) -> None:
        """Send to every connected member (or only to the facilitator)."""
        for mid, socks in list(rt.sockets.items()):
            if facilitator_only and mid != rt.facilitator_id:
                continue
            for ws in list(socks):
                await self.send(ws, data)

    def state(self, rt: LiveRoom) -> dict:
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
               "member_id": msg["member_id"], "spoken": bool(msg.get("spoken"))}
        if facilitator:
            out["blocked"] = bool(msg["blocked"])
            guard = msg.get("guard_in_json") or msg.get("guard_out_json")
            out["guard"] = json.loads(guard) if guard else None
            if label is not None:
                out["label"], out["label_confidence"] = label["code"], label["confidence"]
        return out

    async def deliver(self, rt: LiveRoom, msg: dict, **extra) -> None:
        """Broadcast a committed message; the facilitator's copy carries the guard verdict."""
        for mid, socks in list(rt.sockets.items()):
            view = self.message_view(msg, facilitator=mid == rt.facilitator_id)
            for ws in list(socks):
                await self.send(ws, {"type": "message", "m": view, **extra})

    # --- screening and labels ------------------------------------------------------------
    def history(self, rt: LiveRoom, turns: int = 10, held: bool = False) -> list[dict]:
        """The last turns as chat messages with their senders' names, for screens that read context (a
        grooming pattern or repeated jibes span several messages). held: with the learners' messages the screen held
        back among them, marked "hidden": True. A grooming pattern or jibes at one child count what nobody saw too (the
        third jibe after two blocked ones is the third); what a child's reply answers, and the conversation head's
        context, stay what was shown (offline.py)."""
        said, hidden = rt.session.turns[-turns:], set()
        if held:
            said, hidden = sorted([*said, *rt.held], key=lambda t: t.seq)[-turns:], {t.seq for t in rt.held}
        return [{"role": "assistant" if t.kind == "agent" else "user", "content": t.text, "name": t.name}
                | ({"hidden": True} if t.seq in hidden else {}) for t in said]

    def check(self, direction: str, text: str, history: list[dict], rt: LiveRoom | None = None,
              speaker: str | None = None):
        """Run the active screen on a learner message ("in") or a piece of Jack's reply ("out"), with the
        room's task and the learners' names as context when rt is given (not the agent's: "jack ..." is a child talking
        to Jack, not about a child)."""
        context = {} if rt is None else {"task": rt.session.task, "speaker": speaker,
                                         "names": [m.name for m in rt.session.members.values() if m.kind == "learner"]}
        with self.screen_lock:
            if direction == "in":
                return self.screen.check_user(text, history=history, **context)
            return self.screen.check_agent(text, history=history, **context)

    def actions(self, rt: LiveRoom) -> ActionPolicy:
        """The room's actions per category: the defaults with the room's "guard_actions" setting."""
        if rt.id not in self.guard_actions:
            self.guard_actions[rt.id] = ActionPolicy(rt.settings.get("guard_actions") or {})
        return self.guard_actions[rt.id]

    def off_task(self, text: str, room_id: str | None = None, seq: int | None = None
                 ) -> tuple[bool, str | None, float | None]:
        """Whether a message is off-task: the auto-labeler's label if present (stored with the message while
        its room is live), else the keyword list."""
        if self.labels.labeler is not None:
            live = room_id if room_id in self.rooms else None
            label, conf = self.labels.label(text, live, seq if live else None)
            if label is not None:
                return label.replace("-", "_") == "off_task", label, conf
        return keyword_off_task(text), None, None

    async def show_label(self, rt: LiveRoom, seq: int, label: str | None, conf: float | None) -> None:
        """Show the auto-labeler's label of a message (stored by off_task) to the facilitator, then any
        earlier labels a learning step changed, to their rooms' facilitators."""
        if label is not None:
            await self.broadcast(rt, {"type": "label", "seq": seq, "label": label, "confidence": conf},
                                 facilitator_only=True)
        while self.labels.revised:
            rid, rseq, rlabel, rconf = self.labels.revised.popleft()
            if rid in self.rooms:
                await self.broadcast(self.rooms[rid], {"type": "label", "seq": rseq, "label": rlabel,
                                                       "confidence": rconf, "revised": True}, facilitator_only=True)

    async def announce_label(self, room_id: str, data: dict) -> None:
        """Tell this room's facilitator (only) about a label renamed or dismissed in this room."""
        if room_id in self.rooms:
            await self.broadcast(self.rooms[room_id], data, facilitator_only=True)

    def stats(self, room_id: str) -> dict:
        """The facilitator's figures for one room (room_stats), with the labeler's new kinds of talk."""
        return room_stats(self.store, room_id, self.labels.candidates(room_id))

    # --- incoming messages -------------------------------------------------------------
    async def say(self, rt: LiveRoom, member: Member, ws: WebSocket, data: dict, spoken: Clip | None = None) -> None:
        """Handle a chat message: limits, screen, store, then broadcast. A `spoken` message (the talk route's
        transcript) is marked so, with its recording kept next to it if the room keeps recordings.

        The page sends a message again, with the same `client_id`, when its connection dropped before the ack:
        a copy of a message already stored (or still being taken) is not stored again, only acked with its seq."""
        client_id = data.get("client_id")
        key = said_key(member.id, client_id)
        landed = asyncio.get_running_loop().create_future()
        earlier = rt.said.get(key) if key else None
        if key:
            rt.said[key] = landed  # a copy arriving from now on waits for this one
        try:
            stored = None
            if key:
                stored = (await asyncio.shield(earlier) if earlier is not None else None) or await self.stored_copy(rt, key)
            if stored is not None:
                landed.set_result(stored)
                await self.send(ws, {"type": "ack", "client_id": client_id, "seq": stored[0], "shown": stored[1]})
                return
            await self.take_message(rt, member, ws, data, spoken, landed, key[1] if key else None)
        finally:
            if not landed.done():  # refused, or failed before it was stored: a copy sent again is taken anew
                landed.set_result(None)
            if key and rt.said.get(key) is landed:
                del rt.said[key]

    async def stored_copy(self, rt: LiveRoom, key: tuple[int, str]) -> tuple[int, bool] | None:
        """(seq, shown) of a message the store already has under this sender and client_id: a copy sent after the first
        was taken, also one committed before a restart whose ack never reached the page. None too when the store cannot
        be read (the commit will say so)."""
        try:
            return await asyncio.to_thread(self.store.message_by_client_id, rt.id, *key)
        except sqlite3.Error:
            return None

    async def take_message(self, rt: LiveRoom, member: Member, ws: WebSocket, data: dict, spoken: Clip | None,
                           landed: asyncio.Future, stored_id: str | None) -> None:
        """say()'s work on a message seen for the first time; `landed` gets its (seq, shown) once it is stored under
        stored_id (the page's client_id)."""
        text = str(data.get("text") or "").strip()
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
        verdict = await asyncio.to_thread(self.check, "in", text, self.history(rt, held=True), rt, member.name)
        decision = None if verdict.safe else self.actions(rt).decide(verdict.categories, member.name,
                                                                     self.facilitator_name(rt))
        shown = decision is None or decision.shown
        idea = bool(data.get("idea")) or looks_like_idea(text, s.phase.name)
        client_ts = data.get("client_ts") if isinstance(data.get("client_ts"), int) else None
        # The commit runs in a thread (self.write), so a slow disk never stalls the event loop and the other
        # rooms; the room's commit lock keeps its messages stored, acked and delivered in order.
        async with rt.commit_lock:
            try:
                seq = await self.write(
                    rt, self.store.add_message, rt.id, member.id, text, s.phase.name, int(now * 1000), client_ts,
                    idea and shown, guard_in=verdict.to_dict(), blocked=not shown, client_id=stored_id)
                if spoken is not None:
                    await self.write(rt, self.store.add_speech_clip, rt.id, seq, spoken.transcript.duration_s,
                                     spoken.mime, spoken.audio if rt.settings.get("keep_audio") else None)
            except RoomDeleted as err:  # deleted while this message was being screened
                await self.send(ws, {"type": "error", "code": "deleted", "client_id": client_id, "text": str(err)})
                return
            except sqlite3.Error as err:  # full disk, read-only or broken database: not stored, so not acked
                log.error("message not stored in room %s: %s", rt.id, err)
                await self.send(ws, {"type": "error", "code": "not_saved", "client_id": client_id,
                                     "text": "Your message could not be saved, so it was not sent (the room "
                                             "server cannot write to its disk). Keep your text and tell your "
                                             "facilitator."})
                return
            landed.set_result((seq, shown))
            await self.send(ws, {"type": "ack", "client_id": client_id, "seq": seq, "shown": shown})
            if decision is not None:
                with contextlib.suppress(RoomDeleted):  # deleted since it landed: no alert is left to keep
                    await self.flagged(rt, member, verdict, decision, seq)
            msg = {"seq": seq, "author": member.name, "author_kind": member.kind, "text": text,
                   "ts_server_ms": int(now * 1000), "phase": s.phase.name, "idea": idea, "member_id": member.id,
                   "blocked": int(not shown), "guard_in_json": json.dumps(verdict.to_dict()), "spoken": spoken is not None}
            if not shown:  # in the facilitator's chat, greyed, as after a reload; nobody else sees it
                rt.held.append(Turn(seq, member.id, member.name, member.kind, text, now, s.phase.name, False))
                await self.broadcast(rt, {"type": "message", "m": self.message_view(msg, True)}, facilitator_only=True)
                return
            turn = Turn(seq, member.id, member.name, member.kind, text, now, s.phase.name, idea)
            s.add_turn(turn)
            await self.deliver(rt, msg)
        try:
            await self.after_message(rt, member, turn, text, seq, idea)
        except RoomDeleted:  # deleted after this message landed: there is nothing left to record it in
            return

    async def after_message(self, rt: LiveRoom, member: Member, turn: Turn, text: str, seq: int, idea: bool) -> None:
        """What follows a delivered message: its idea card, its label, the instructions it answers, Jack's wake-up."""
        s = rt.session
        if idea and member.kind == "learner":
            card = s.add_idea(text, member.name, turn.ts)
            await self.write(rt, self.store.save_idea, rt.id, asdict(card))
            await self.broadcast(rt, self.state(rt))
        if member.kind == "facilitator" and text.lower().startswith("note:"):
            s.notes.append(text[5:].strip())
        self.prepare(rt)
        # Label after delivery: the group never waits for the labeler.
        turn.off_task, label, conf = await asyncio.to_thread(self.off_task, text, rt.id, seq)
        await self.show_label(rt, seq, label, conf)
        for ins in rt.agent.tracker.observe(turn, s, time.time()):
            await self.write(rt, self.store.save_instruction, rt.id, ins.as_dict())
        rt.wake.set()

    def prepare(self, rt: LiveRoom) -> None:
        """Let the backend read the prompt's known part now, while nobody waits for Jack."""
        s = rt.session
        if hasattr(self.backend, "prepare") and not rt.speaking and s.started is not None and not s.finished:
            asyncio.get_running_loop().run_in_executor(None, self.backend.prepare,
                                                     rt.agent.prefix_messages(time.time()))

    async def blocked(self, rt: LiveRoom, who: str, direction: str, verdict, seq: int | None) -> None:
        """Tell the facilitator (only) that something was not shown, and why."""
        info = {"who": who, "direction": direction, "categories": list(verdict.categories),
                "reason": verdict.reason, "screen": verdict.screen, "seq": seq, "ts": now_ms()}
        await self.write(rt, self.store.add_event, rt.id, "blocked", info)
        await self.broadcast(rt, {"type": "blocked", **info}, facilitator_only=True)

    async def flagged(self, rt: LiveRoom, member: Member, verdict, decision: Decision, seq: int) -> None:
        """Act on a flagged learner message as its categories say (guard/actions.py): the facilitator gets an
        alert with its severity; the sender a kind notice if it was not shown; a disclosure, Jack's kind
        private reply. Peers see nothing of it unless the action is show_alert."""
        if not decision.shown:
            await self.blocked(rt, member.name, "in", verdict, seq)
        alert_id = await self.write(rt, self.store.add_alert, rt.id, seq, member.name, list(decision.categories),
                                    decision.severity, str(decision.action), verdict.reason)
        await self.broadcast(rt, {"type": "guard_alert", "alert": self.alert_view(rt.id, alert_id)},
                             facilitator_only=True)
        socks = list(rt.sockets.get(member.id, []))
        if decision.notice:
            for sock in socks:
                await self.send(sock, {"type": "notice", "text": decision.notice})
        if decision.reply:
            reply = {"type": "private", "author": rt.session.agent_name, "text": decision.reply, "seq": seq}
            await self.write(rt, self.store.add_event, rt.id, "private_reply",
                             {"to": member.name, "seq": seq, "text": decision.reply})
            for sock in socks:
                await self.send(sock, reply)

    def facilitator_name(self, rt: LiveRoom) -> str:
        """Who a disclosure is passed to, as Jack names them to the child."""
        fac = rt.session.members.get(rt.facilitator_id)
        if fac is None or not fac.name or fac.name.strip().lower() in ("facilitator", "teacher"):
            return "your facilitator"
        return f"your facilitator, {fac.name},"

    def alert_view(self, room_id: str, alert_id: int) -> dict | None:
        """One alert as the facilitator's panel shows it."""
        return next((a for a in self.store.alerts(room_id) if a["id"] == alert_id), None)

    async def mark_alert(self, rt: LiveRoom, ws: WebSocket, data: dict) -> None:
        """The facilitator marks an alert reviewed, a false alarm, or open again; every facilitator socket hears."""
        try:
            alert = await self.write(rt, self.store.mark_alert, rt.id, int(data.get("id", -1)),
                                     str(data.get("status", "")))
        except (InputError, TypeError, ValueError) as err:
            await self.send(ws, {"type": "error", "code": "bad_mark", "text": str(err)})
            return
        await self.broadcast(rt, {"type": "guard_alert", "alert": alert}, facilitator_only=True)

    async def show_held(self, rt: LiveRoom, ws: WebSocket, data: dict) -> None:
        """The facilitator shows the group a message the screen held back, its alert then marked a false alarm
        ("ur such a weirdo lmao never change" blocked as bullying): everyone's page puts it in its place. Never a
        disclosure (C2, S11), which stays between the child and the facilitator."""
        try:
            alert_id = int(data.get("id", -1))
        except (TypeError, ValueError):
            alert_id = -1
        alert = next((a for a in await asyncio.to_thread(self.store.alerts, rt.id) if a["id"] == alert_id), None)
        if alert is None or alert["seq"] is None:
            await self.send(ws, {"type": "error", "code": "bad_show", "text": f"There is no alert {alert_id} on a "
                                                                               "message in this room."})
            return
        if not alert["can_show"]:
            text = ("That message is already shown." if not alert["held"] else
                    "A child's disclosure is never shown to the group. Talk to the child yourself.")
            await self.send(ws, {"type": "error", "code": "bad_show", "text": text})
            return
        msg = await self.write(rt, self.store.show_held_message, rt.id, alert["seq"])
        if msg is None:  # shown by another facilitator's click in the meantime
            await self.send(ws, {"type": "error", "code": "bad_show", "text": "That message is already shown."})
            return
        marked = await self.write(rt, self.store.mark_alert, rt.id, alert_id, "false_alarm")
        await self.write(rt, self.store.add_event, rt.id, "shown_after_all", {"seq": msg["seq"], "alert_id": alert_id})
        await self.broadcast(rt, {"type": "held_shown", "m": self.message_view(msg, False)})
        await self.broadcast(rt, {"type": "guard_alert", "alert": marked}, facilitator_only=True)
        # Now part of the conversation: Jack reads it (and answers it if it asked him), the labeler labels it.
        member = rt.session.members.get(msg["member_id"])
        if member is not None:
            turn = turn_of(msg)
            turn.idea = member.kind == "learner" and looks_like_idea(turn.text, rt.session.phase.name)
            rt.session.add_turn(turn)
            rt.held = deque((t for t in rt.held if t.seq != turn.seq), maxlen=rt.held.maxlen)
            with contextlib.suppress(RoomDeleted):
                await self.after_message(rt, member, turn, turn.text, turn.seq, turn.idea)

    # --- the facilitator's controls ----------------------------------------------------------
    async def facilitator_action(self, rt: LiveRoom, data: dict) -> None:
        """Start the session, move the phase, extend it."""
        s, now, kind = rt.session, time.time(), data.get("type")
        if kind == "start" and s.started is None:
            s.start(now)
            await self.write(rt, self.store.phase_start, rt.id, 0, s.phase.name, s.phase.budget_s, int(now * 1000))
        elif kind == "next_phase":
            await self.move_phase(rt, now)
        elif kind == "extend":
            asked = finite_number(data.get("minutes") or 1)  # anything else a hand-made client sends: 1 minute
            minutes = min(max(1.0 if asked is None else asked, 0.5), 30.0)
            s.extend_phase(minutes * 60)
            await self.write(rt, self.store.add_event, rt.id, "extend", {"phase": s.phase.name, "minutes": minutes})
        await self.broadcast(rt, self.state(rt))
        rt.wake.set()

    async def move_phase(self, rt: LiveRoom, now: float) -> None:
        """Go to the next phase (or finish), record it, and supersede task-steering instructions."""
        s = rt.session
        moved = s.next_phase(now)
        await self.write(rt, self.store.phase_start, rt.id, s.phase_index if moved else -1, s.phase.name,
                         s.phase_budget(), int(now * 1000))
        for ins in rt.agent.tracker.on_phase_change(now):
            await self.write(rt, self.store.save_instruction, rt.id, ins.as_dict())

    # --- closing and retention -------------------------------------------------------------
    async def delete(self, room_ids: list[str], text: str) -> None:
        """Delete rooms now: stop their Jack, delete every row, then tell whoever is connected and disconnect them.
        Before anything is awaited the rooms are detached and marked deleted, so no write, join or reload of
        them lands after the deletion; the rows go once the writes already under way are done."""
        self.deleting.update(room_ids)
        try:
            live = [rt for rt in (self.rooms.pop(rid, None) for rid in room_ids) if rt is not None]
            for rt in live:
                rt.deleted = True
            async with contextlib.AsyncExitStack() as held:
                for rt in live:
                    await held.enter_async_context(rt.write_lock)
                for rt in live:  # none of them is inside a write now, so none leaves one behind
                    if rt.task:
                        rt.task.cancel()
                await asyncio.to_thread(self.store.delete_rooms, room_ids)
        finally:
            self.deleting.difference_update(room_ids)
        if self.speech is not None:
            for rid in room_ids:
                self.speech.forget_room(rid)
        for rt in live:
            for socks in list(rt.sockets.values()):
                for ws in list(socks):
                    await self.send(ws, {"type": "error", "code": "deleted", "text": text})
                    with contextlib.suppress(Exception):
                        await ws.close(code=4404)
        # the labeler's memories, buffers, examples and queues (and so its saved state) must not keep a deleted
        # room's words: matched by room and message, so another room's identical sentence stays
        for rid in room_ids:
            await asyncio.to_thread(self.labels.forget_room, rid)

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
