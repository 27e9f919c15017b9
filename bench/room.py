"""Room benchmark: how fast Jack's replies appear, and how many learners one room holds without loss.

1. Latency (default model, this machine): 20 replies of Jack, each triggered by a learner addressing
   him over the WebSocket, measured at the learner's socket from sending the message to the first
   streamed piece (first visible text) and to the committed reply. Chat from another learner comes
   before each one, as in a real room. Baseline in the same run: the same 20 turns with the prompt
   KV-cache reuse and idle prefill switched off (every prompt prefilled from scratch).
2. Load: N learners in one room, each sending 5 messages (1 per second); every message must be in SQLite
   and every learner must receive every message the screen shows (one it hides is stored for the
   facilitator and sent to no one: counted apart, not lost). N grows until a message is lost or N = 160.
   Server and clients share this process (and its GIL), so the figure is a lower bound; the server
   runs uvicorn's defaults (keep-alive pings included), and these clients do not reconnect.

Writes bench/results/room.json.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn
import websockets
from jack_room import IDEAS_HOUR, new_room
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from jackpeer.peers.app import create_app, load_room_parts  # noqa: E402
from jackpeer.peers.rate_limit import JoinLimits, Limits  # noqa: E402
from jackpeer.peers.store import Store
from jackpeer.percentile import percentile
from jackpeer.ports import free_port

REPLIES = 20
LEVELS = (5, 10, 20, 40, 80, 160)
PER_LEARNER = 5
CHATTER = ["I think the slide should be longer", "maybe we paint it blue", "a rope bridge would be cool",
           "we could add a sandpit", "what about shade for hot days", "swings for two people",
           "a treasure map on the wall", "benches near the trees", "a climbing net", "water taps nearby"]
QUESTIONS = ["Jack, what should we do first?", "Jack, do you like the rope bridge?", "@Jack how much time is left?",
             "Jack, can you sum up our ideas?", "Jack, is a sandpit a good idea?", "Jack what do you think?",
             "Jack, how do we choose one idea?", "Jack, should the slide be blue?", "Jack, any idea for shade?",
             "Jack, who has not talked yet?"]


async def recv_type(ws, kinds: tuple[str, ...], pred=lambda m: True, timeout: float = 120.0) -> dict:
    """The next message of one of `kinds` that satisfies pred."""
    deadline = time.perf_counter() + timeout
    while True:
        msg = json.loads(await asyncio.wait_for(ws.recv(), timeout=max(0.1, deadline - time.perf_counter())))
        if msg["type"] in kinds and pred(msg):
            return msg


async def latency_run(base: str, ws_base: str, label: str, progress, task) -> tuple[list[float], list[float], int]:
    """REPLIES addressed turns in a fresh room: (first visible text s, full reply s) per shown reply, and
    how many replies the safety screen blocked (those are asked again and not timed)."""
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        room, keys = await new_room(http, ["Mia", "Leo"], "Design a new playground.", IDEAS_HOUR)
    url = f"{ws_base}/ws/{room['room_id']}?key="
    firsts, fulls, blocked, i = [], [], 0, 0
    is_agent = lambda m: m["type"] != "message" or m["m"]["author_kind"] == "agent"  # noqa: E731
    async with websockets.connect(url + room["facilitator_token"]) as fac, \
            websockets.connect(url + keys[0]) as mia, websockets.connect(url + keys[1]) as leo:
        await fac.send(json.dumps({"type": "start"}))
        await recv_type(mia, ("message", "stream_drop"), is_agent, 300)  # the opening
        while len(firsts) < REPLIES and i < 2 * REPLIES:
            await leo.send(json.dumps({"type": "say", "text": CHATTER[i % len(CHATTER)], "client_id": i}))
            await recv_type(leo, ("ack",))
            await asyncio.sleep(1.5)  # the group talks on; the room reads the chat into the cache meanwhile
            t0 = time.perf_counter()
            await mia.send(json.dumps({"type": "say", "text": QUESTIONS[i % len(QUESTIONS)], "client_id": i}))
            i += 1
            first = await recv_type(mia, ("stream", "stream_drop", "message"), is_agent, 300)
            t_first = time.perf_counter() - t0
            end = first if first["type"] != "stream" else await recv_type(mia, ("message", "stream_drop"), is_agent, 300)
            if end["type"] == "stream_drop":
                blocked += 1
                continue
            firsts.append(t_first)
            fulls.append(time.perf_counter() - t0)
            progress.update(task, advance=1, description=f"{label}: reply {len(firsts)}/{REPLIES}")
    return firsts, fulls, blocked


async def settled_messages(store: Store, room_id: str, quiet_s: float = 5.0, limit_s: float = 120.0) -> list[dict]:
    """The room's stored messages once the server has added none for quiet_s: it may still be working through what
    learners sent before their sockets closed, so a message not stored by then is lost, not late."""
    kept, deadline = store.messages(room_id, include_blocked=True), time.perf_counter() + limit_s
    while time.perf_counter() < deadline:
        await asyncio.sleep(quiet_s)
        now = store.messages(room_id, include_blocked=True)
        if len(now) == len(kept):
            return now
        kept = now
    return kept


async def load_level(base: str, ws_base: str, store: Store, n: int) -> tuple[int, int, int, int]:
    """n learners each send PER_LEARNER messages; return (sent, not stored, stored and shown but not delivered to
    all, hidden by the screen). A hidden message is stored (for the facilitator) and delivered to no one: not lost."""
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        room, keys = await new_room(http, [f"L{k}" for k in range(n)], "Load test.")
    url = f"{ws_base}/ws/{room['room_id']}?key="
    socks = [await websockets.connect(url + k, max_queue=None) for k in keys]
    expected = {f"m{k}-{j}" for k in range(n) for j in range(PER_LEARNER)}
    got: list[set[str]] = [set() for _ in range(n)]
    acked: set[str] = set()

    async def reader(k: int) -> None:
        ws = socks[k]
        try:
            while len(got[k]) < len(expected):
                msg = json.loads(await asyncio.wait_for(ws.recv(), timeout=30))
                if msg["type"] == "message":
                    got[k].add(msg["m"]["text"])
                elif msg["type"] == "ack":
                    acked.add(f"m{k}-{msg['client_id']}")
        except (TimeoutError, websockets.ConnectionClosed):
            return

    async def writer(k: int) -> None:
        for j in range(PER_LEARNER):
            await socks[k].send(json.dumps({"type": "say", "text": f"m{k}-{j}", "client_id": j}))
            await asyncio.sleep(1.0)

    readers = [asyncio.create_task(reader(k)) for k in range(n)]
    await asyncio.gather(*(writer(k) for k in range(n)))
    await asyncio.gather(*readers)
    for ws in socks:
        await ws.close()
    kept = await settled_messages(store, room["room_id"])
    stored, hidden = {m["text"] for m in kept}, {m["text"] for m in kept if m["blocked"]}
    not_stored = {t for t in expected if t not in stored}
    not_delivered = {t for t in expected - not_stored - hidden if any(t not in g for g in got)}
    return len(expected), len(not_stored), len(not_delivered), len(hidden & expected)


def main() -> None:
    console = Console()
    load_start = [round(x, 2) for x in os.getloadavg()]
    tmp = Path(tempfile.mkdtemp())
    store = Store(tmp / "bench-rooms.sqlite3")
    console.print("loading the default model, the safety screen and the labeler …")
    # as `jack room` loads them: on threads that end, this thread on one core from here on (a model loaded on this
    # thread left its OpenMP team beside the engine's thread, which slowed every decode step: torch_threads.py)
    backend, screen, labeler = load_room_parts(adapter="none")
    # Steady state: the compiled decode step the room switches to once its background warm-up ends.
    t_compile = time.perf_counter()
    backend.compile(timeout=600)
    compile_s = time.perf_counter() - t_compile
    policy = {"min_gap_s": 0, "max_share": 1.0, "stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6}
    # up to 160 learners join one room from 127.0.0.1 at once: the join limits (a guard against guessing codes,
    # tested in test_room_access.py) are widened so that this measures messages, not joins
    joins = JoinLimits(tries_burst=10 * max(LEVELS), code_burst=10 * max(LEVELS))
    app = create_app(store, backend, screen, labeler, Limits(max_learners=max(LEVELS) + 5),
                     policy_overrides=policy, tick_s=0.05, join_limits=joins)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws_max_queue=4096))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.2)
    base, ws_base = f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}"

    with Progress(console=console) as progress:
        task = progress.add_task("latency", total=2 * REPLIES)
        first, full, blocked = asyncio.run(latency_run(base, ws_base, "prefix cache on", progress, task))
        backend.reuse_prefix = False
        first0, full0, blocked0 = asyncio.run(latency_run(base, ws_base, "baseline: no cache reuse", progress, task))
        backend.reuse_prefix = True

        sent_total = lost_total = 0
        best = 0
        level_rows = []
        ltask = progress.add_task("load", total=len(LEVELS))
        for n in LEVELS:
            progress.update(ltask, description=f"load: {n} learners")
            t0 = time.perf_counter()
            sent, not_stored, not_delivered, hidden = asyncio.run(load_level(base, ws_base, store, n))
            lost = not_stored + not_delivered
            level_rows.append((n, sent, not_stored, not_delivered, hidden, time.perf_counter() - t0))
            sent_total += sent
            lost_total += lost
            progress.advance(ltask)
            if lost:
                break
            best = n
    server.should_exit = True
    thread.join(30)

    results = {
        "first_token_p50_s": round(statistics.median(first), 3), "first_token_p95_s": round(percentile(first, 0.95), 3),
        "reply_p50_s": round(statistics.median(full), 3), "reply_p95_s": round(percentile(full, 0.95), 3),
        "baseline_first_token_p50_s": round(statistics.median(first0), 3),
        "baseline_first_token_p95_s": round(percentile(first0, 0.95), 3),
        "baseline_reply_p50_s": round(statistics.median(full0), 3), "baseline_reply_p95_s": round(percentile(full0, 0.95), 3),
        "replies": len(first), "baseline_replies": len(first0), "replies_blocked_by_screen": blocked + blocked0,
        "max_learners_no_loss": best, "messages_sent": sent_total, "messages_lost": lost_total,
        "messages_hidden_by_screen": sum(row[4] for row in level_rows),
        "load_levels": [{"learners": n, "sent": s, "not_stored": ns, "not_delivered": nd, "hidden": h, "seconds": round(t, 1)}
                        for n, s, ns, nd, h, t in level_rows],
        "model": backend.name, "screen": app.state.server.screen.name,
        "decode_step": backend.compile_state, "compile_wait_s": round(compile_s, 1),
        "load_average_start": load_start, "load_average_end": [round(x, 2) for x in os.getloadavg()],
    }
    table = Table(title="Jack's replies, default model (seconds, 20 replies each)")
    for col in ("measure", "prefix cache + idle prefill", "baseline (no reuse)", "ratio"):
        table.add_column(col)
    for key in ("first_token_p50_s", "first_token_p95_s", "reply_p50_s", "reply_p95_s"):
        ours, base_v = results[key], results["baseline_" + key]
        table.add_row(key, f"{ours:.2f}", f"{base_v:.2f}", f"{base_v / ours:.2f}x" if ours else "-")
    console.print(table)
    load = Table(title="Load: one room, one server, 127.0.0.1")
    for col in ("learners", "messages sent", "not stored", "not delivered to all", "hidden by the screen", "seconds"):
        load.add_column(col)
    for n, s, ns, nd, h, t in level_rows:
        load.add_row(str(n), str(s), str(ns), str(nd), str(h), f"{t:.1f}")
    console.print(load)
    out = Path(__file__).parent / "results" / "room.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    console.print(f"wrote {out}")


if __name__ == "__main__":
    main()
