"""Jack's turns in a live room: the loop that asks the policy when to speak, then each turn streamed
through the screen, checked for staleness (spec §8), committed and recorded. The model runs in a worker
thread and streams its pieces back through a queue."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from dataclasses import asdict
from typing import TYPE_CHECKING

from jackpeer.peers.agent import Plan
from jackpeer.peers.live_room import LiveRoom
from jackpeer.peers.session import Turn
from jackpeer.peers.speech_routes import listener_sender
from jackpeer.peers.store import RoomDeleted, now_ms
from jackpeer.peers.tools import ToolRequest, apply_tool
from jackpeer.peers.turn_situation import situation_of

if TYPE_CHECKING:
    from jackpeer.peers.room_server import RoomServer

# What stream() answers when a turn went stale before its first token was shown.
STALE = "stale before the first token"


class RoomScreen:
    """The room's screen as Jack's best-of-N sees it: the same screen, behind the same lock, as the room's own checks."""

    def __init__(self, server: RoomServer, rt: LiveRoom) -> None:
        self.server, self.rt = server, rt

    def check_agent(self, text: str, history: list[dict] | None = None):
        """The verdict the room's screen gives this text as Jack's reply."""
        return self.server.check("out", text, history or self.server.history(self.rt))


class JackTurns:
    """Runs Jack in every live room of a server."""

    def __init__(self, server: RoomServer) -> None:
        self.server = server

    async def loop(self, rt: LiveRoom) -> None:
        """Wake on every message (or each tick), ask the policy for a plan, and carry it out."""
        srv = self.server
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(rt.wake.wait(), timeout=srv.tick_s)
            rt.wake.clear()
            s = rt.session
            # (a finished session still asks the policy: Jack thanks the group once when the facilitator ends it)
            if s.started is None or not any(rt.sockets.get(m.id) for m in s.learners(False)):
                continue
            try:
                plan = rt.agent.plan(time.time())
                for dropped in rt.agent.policy.dropped:
                    # feedback the policy found late before planning it: a dropped turn like any other
                    await srv.write(rt, srv.store.add_agent_turn, rt.id, trigger=dropped["trigger"],
                                    trigger_seq=dropped["about_seq"], t_trigger_ms=int(dropped["ts"] * 1000),
                                    replanned=0, dropped_reason=f"late: {dropped['reason']}")
                    await srv.write(rt, srv.store.add_event, rt.id, "dropped_turn", dropped)
                rt.agent.policy.dropped.clear()
                if plan is not None:
                    await self.run_turn(rt, plan)
            except asyncio.CancelledError:
                raise
            except RoomDeleted:  # the room is being deleted: its Jack stops here
                return
            except Exception as err:  # noqa: BLE001 - Jack failing must never take the room down
                with contextlib.suppress(RoomDeleted):
                    await srv.write(rt, srv.store.add_event, rt.id, "agent_error",
                                    {"error": f"{type(err).__name__}: {err}"})
                await srv.broadcast(rt, {"type": "alert", "text": f"{s.agent_name} could not reply: {err}"},
                                    facilitator_only=True)

    async def run_turn(self, rt: LiveRoom, plan: Plan) -> int | None:
        """Carry out a plan: deterministic actions, then stream, screen, commit and record the reply."""
        srv = self.server
        now = time.time()
        t_trigger = int(now * 1000)
        situation = situation_of(rt.session, plan.trigger, now)  # before the phase moves: kept for feedback
        if plan.next_phase:
            await srv.move_phase(rt, now)
            await srv.broadcast(rt, srv.state(rt))
        if plan.escalation is not None:
            await srv.write(rt, srv.store.save_instruction, rt.id, plan.escalation.as_dict())
        if plan.facilitator_notice:
            await srv.write(rt, srv.store.add_event, rt.id, "handover", {"text": plan.facilitator_notice})
            await srv.broadcast(rt, {"type": "alert", "text": plan.facilitator_notice}, facilitator_only=True)
        if not plan.speak:
            return None
        return await self.speak(rt, plan, t_trigger, situation)

    async def speak(self, rt: LiveRoom, plan: Plan, t_trigger: int, situation: dict | None = None) -> int | None:
        """Stream a turn; the staleness guard (spec §8) re-plans it once or drops it before the first
        token is shown and again before it is committed."""
        srv = self.server
        replanned = False
        while True:
            stream_id = f"{rt.id}-{t_trigger}" + ("-r" if replanned else "")
            prompt = rt.agent.messages(plan, time.time())
            turn_row = {"trigger": plan.trigger.kind, "trigger_seq": plan.trigger.about_seq, "t_trigger_ms": t_trigger,
                        "prompt_chars": sum(len(m["content"]) for m in prompt), "replanned": int(replanned)}
            try:
                text, t_first, dropped = await self.stream(rt, plan, stream_id)
            except Exception as err:
                # the backend failed: the turn is recorded as dropped, then the loop tells the facilitator
                await self.drop(rt, stream_id, {**turn_row, "t_done_ms": now_ms(), "gen_chars": 0},
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
                    await srv.write(rt, srv.store.add_event, rt.id, "replanned_turn",
                                    {"trigger": plan.trigger.kind, "reason": why, "at": where})
                    await srv.broadcast(rt, {"type": "stream_drop", "id": stream_id})
                    await srv.broadcast(rt, {"type": "replanned", "trigger": plan.trigger.kind, "reason": why},
                                        facilitator_only=True)
                    plan, replanned = fresh, True
                    situation = situation_of(rt.session, plan.trigger, time.time())
                    continue
                elif not text:
                    dropped = "empty reply"
            row = {**turn_row, "t_first_token_ms": t_first, "gen_chars": len(text)}
            if dropped:
                await self.drop(rt, stream_id, {**row, "t_done_ms": now_ms()}, dropped)
                return None
            return await self.commit(rt, plan, text, stream_id, row, situation)

    async def stream(self, rt: LiveRoom, plan: Plan, stream_id: str) -> tuple[str, int | None, str | None]:
        """Stream the backend's reply to the room through the screen: (text shown, first-token ms, why it
        stopped early or None). Stops before showing anything if the turn went stale while it was planned."""
        srv = self.server
        s = rt.session
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue = asyncio.Queue()
        stop = threading.Event()
        now = time.time()
        rt.agent.screen = RoomScreen(srv, rt)  # Jack ranks his candidates with the screen his words go through

        def produce() -> None:
            try:
                for piece in rt.agent.reply(plan, srv.backend, now):
                    loop.call_soon_threadsafe(queue.put_nowait, piece)
                    if stop.is_set():
                        break
            except Exception as err:  # noqa: BLE001 - reported through the queue
                loop.call_soon_threadsafe(queue.put_nowait, err)
            loop.call_soon_threadsafe(queue.put_nowait, None)

        text, pending, t_first, dropped, flagged = "", "", None, None, None
        history = srv.history(rt)
        rt.speaking = True
        # Read-aloud: only shown text (it passed the screen) is fed to it, a sentence at a time.
        reader = srv.speech.start_stream(rt.id, stream_id, listener_sender(srv, rt)) if srv.speech else None
        finished = False
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
                verdict = await asyncio.to_thread(srv.check, "out", candidate, history)
                if not verdict.safe:
                    flagged = verdict
                    continue
                flagged = None
                if t_first is None:
                    t_first = now_ms()
                await srv.broadcast(rt, {"type": "stream", "id": stream_id, "author": s.agent_name, "piece": pending})
                if reader is not None:
                    reader.feed(pending)
                text, pending = candidate, ""
            if flagged is not None:
                seq = await srv.write(rt, srv.store.add_message, rt.id, rt.agent_member_id, text + pending,
                                      s.phase.name, now_ms(), guard_out=flagged.to_dict(), blocked=True)
                await srv.blocked(rt, s.agent_name, "out", flagged, seq)
                dropped = "blocked by the safety screen"
            finished = dropped is None
        finally:
            stop.set()
            rt.speaking = False
            if reader is not None:
                if finished:
                    reader.finish()
                else:
                    await reader.cancel()
        return text.strip(), t_first, dropped

    async def drop(self, rt: LiveRoom, stream_id: str, row: dict, reason: str) -> None:
        """Record a turn that was not committed, with its reason, and take back anything streamed."""
        srv = self.server
        await srv.write(rt, srv.store.add_agent_turn, rt.id, **row, dropped_reason=reason)
        await srv.write(rt, srv.store.add_event, rt.id, "dropped_turn", {"trigger": row["trigger"], "reason": reason})
        await srv.broadcast(rt, {"type": "stream_drop", "id": stream_id})
        if srv.speech is not None:
            await srv.speech.stop_stream(stream_id)
        await srv.broadcast(rt, {"type": "dropped", "trigger": row["trigger"], "reason": reason},
                            facilitator_only=True)

    async def commit(self, rt: LiveRoom, plan: Plan, text: str, stream_id: str, row: dict,
                     situation: dict | None = None) -> int:
        """Commit a finished reply, record its instruction and the situation behind it, and deliver it."""
        srv = self.server
        s = rt.session
        t_done = now_ms()
        # stored, recorded, added to the session and delivered in seq order with the learners' messages
        async with rt.commit_lock:
            seq = await srv.write(rt, srv.store.add_message, rt.id, rt.agent_member_id, text, s.phase.name,
                                  t_done, guard_out={"safe": True, "screen": srv.screen.name},
                                  reply_to=plan.trigger.about_seq)
            await srv.write(rt, srv.store.add_agent_turn, rt.id, message_id=seq, t_done_ms=t_done,
                            dropped_reason=None, **row)
            if situation is not None:  # what the facilitator's 👍/👎/rewrite of this turn is stored with
                await srv.write(rt, srv.store.save_turn_situation, rt.id, seq,
                                {**situation, "id": f"{rt.id}-{seq}"})
            turn = Turn(seq, rt.agent_member_id, s.agent_name, "agent", text, t_done / 1000, s.phase.name)
            s.add_turn(turn)
            if plan.give:
                kind, target = plan.give
                ins = rt.agent.tracker.give(kind, text, s, t_done / 1000, target, seq)
                await srv.write(rt, srv.store.save_instruction, rt.id, ins.as_dict())
            if plan.escalation is not None:
                rt.agent.tracker.note_text(plan.escalation, text, seq)
                await srv.write(rt, srv.store.save_instruction, rt.id, plan.escalation.as_dict())
            msg = {"seq": seq, "author": s.agent_name, "author_kind": "agent", "text": text, "ts_server_ms": t_done,
                   "phase": s.phase.name, "idea": False, "member_id": rt.agent_member_id, "blocked": 0,
                   "guard_out_json": json.dumps({"safe": True, "screen": srv.screen.name})}
            await srv.deliver(rt, msg, stream_id=stream_id)
        srv.prepare(rt)
        if srv.labels.labeler is not None:
            _, label, conf = await asyncio.to_thread(srv.off_task, text, rt.id, seq)
            await srv.show_label(rt, seq, label, conf)
        return seq

    async def tool(self, rt: LiveRoom, req: ToolRequest, now: float) -> None:
        """Apply a tool call the model made, record it, and show its effect."""
        srv = self.server
        s = rt.session
        result = apply_tool(req, s, now, s.agent_name)
        await srv.write(rt, srv.store.add_event, rt.id, "tool",
                        {"name": req.name, "arguments": req.arguments, "result": result})
        if req.name in ("add_idea", "merge_ideas") and result.get("ok"):
            for idea in s.board:
                await srv.write(rt, srv.store.save_idea, rt.id, asdict(idea))
        if result.get("facilitator_notice"):
            await srv.broadcast(rt, {"type": "alert", "text": f"{s.agent_name} asks: {result['facilitator_notice']}"},
                                facilitator_only=True)
        await srv.broadcast(rt, srv.state(rt))
