"""Load test: 1, 2, 4 and 8 rooms of 4 learners on one server, Jack replying as his policy decides.

The room server (the real app: default model, safety screen, labeler, default policy) runs in its
own process; each room's learners run in a separate client process (4 learner sockets and the
facilitator's, on 127.0.0.1). After Jack's opening, every round one learner in each room addresses
Jack at the same moment (a barrier across the client processes, as when a class asks at once), waits
for his reply, and the other three chat on. Measured at the asking learner's socket: the first piece
of Jack's next turn (first visible text) and its commit (full reply). Every learner message must reach
all five sockets of its room and the room's export; any that does not counts as lost.

The same run repeats everything with the one-at-a-time backend the room used before the batching
engine (bench/serial_backend.py) as the baseline. Writes bench/results/rooms.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import websockets
from jack_room import start_room_process, wait_until_answers
from rich.console import Console
from rich.table import Table

from jackpeer.percentile import percentile

LEVELS = (1, 2, 4, 8)
LEARNERS = 4
ROUNDS = 3
REPLY_TIMEOUT_S = 240.0
QUESTIONS = ["Jack, what should we do first?", "Jack, do you like the rope bridge?", "Jack, can you sum up our ideas?",
             "Jack, is a sandpit a good idea?", "Jack what do you think?", "Jack, how do we choose one idea?"]
CHATTER = ["I think the slide should be longer", "maybe we paint it blue", "a rope bridge would be cool",
           "we could add a sandpit", "what about shade for hot days", "swings for two people",
           "a treasure map on the wall", "benches near the trees", "a climbing net"]


# -- the server process -------------------------------------------------------------------------
def serve(kind: str, port: int, db: str) -> None:
    """Run the room app with the engine backend ("engine") or the old one-at-a-time one ("serial")."""
    import uvicorn

    from jackpeer.peers.app import create_app, load_room_parts, load_screen
    from jackpeer.peers.rate_limit import JoinLimits, Limits
    from jackpeer.peers.room_labels import load_labeler
    from jackpeer.peers.store import Store

    if kind == "engine":  # loaded as `make run` loads it (threads: jackpeer/torch_threads.py)
        backend, screen, labeler = load_room_parts(adapter="none")
        t0 = time.perf_counter()
        backend.compile(timeout=1200)  # steady state: the compiled step, as once `make run` has warmed up
        state = backend.compile_state
    else:  # as the room loaded before the engine: everything on this thread, every thread on every core
        sys.path.insert(0, str(Path(__file__).parent))
        from serial_backend import SerialBackend

        backend, screen, labeler = SerialBackend(), load_screen(), load_labeler()
        t0 = time.perf_counter()
        backend.lm.compile(timeout=1200)
        state = backend.lm.compile_state
    print(f"compiled step: {state} after {time.perf_counter() - t0:.0f} s", flush=True)
    app = create_app(Store(db), backend, screen, labeler, Limits(max_learners=LEARNERS + 2),
                     join_limits=JoinLimits(tries_burst=10_000, code_burst=10_000), persist_labels=False)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    server.run()


# -- one room's clients (a separate process per room) ----------------------------------------------
def room_client(base: str, room: dict, keys: list[str], barrier, rounds: int, out) -> None:
    """Drive one room; put (first-text seconds, full-reply seconds, unanswered, sent tags, lost tags) on out."""
    out.put(asyncio.run(_room(base, room, keys, barrier, rounds)))


async def _room(base: str, room: dict, keys: list[str], barrier, rounds: int) -> dict:
    ws_base = base.replace("http://", "ws://") + f"/ws/{room['room_id']}?key="
    socks = [await websockets.connect(ws_base + k, max_queue=None) for k in [room["facilitator_token"], *keys]]
    seen: list[set[str]] = [set() for _ in socks]
    agent_events: list[asyncio.Queue] = [asyncio.Queue() for _ in socks]

    async def reader(i: int) -> None:
        try:
            async for raw in socks[i]:
                msg = json.loads(raw)
                kind = msg.get("type")
                if kind == "message" and msg["m"]["author_kind"] != "agent":
                    seen[i].add(msg["m"]["text"])
                elif kind in ("stream", "stream_drop") or (kind == "message" and msg["m"]["author_kind"] == "agent"):
                    agent_events[i].put_nowait((time.perf_counter(), msg))
        except websockets.ConnectionClosed:
            return

    readers = [asyncio.create_task(reader(i)) for i in range(len(socks))]
    sent: list[str] = []
    firsts, fulls, unanswered = [], [], 0
    counter = 0

    async def say(k: int, text: str) -> None:
        nonlocal counter
        counter += 1
        tagged = f"{text} (L{k} m{counter})"
        sent.append(tagged)
        await socks[1 + k].send(json.dumps({"type": "say", "text": tagged, "client_id": counter}))

    async def next_turn(q: asyncio.Queue, since: float) -> tuple[float | None, float | None]:
        """Seconds from `since` to the first piece and to the commit of Jack's next turn (None if dropped)."""
        deadline = since + REPLY_TIMEOUT_S
        first = None
        while True:
            t, msg = await asyncio.wait_for(q.get(), timeout=max(0.1, deadline - time.perf_counter()))
            if t < since:
                continue  # an earlier turn's event
            if msg["type"] == "stream_drop":
                return None, None
            first = first if first is not None else t - since
            if msg["type"] == "message":
                return first, t - since

    await socks[0].send(json.dumps({"type": "start"}))
    try:
        await next_turn(agent_events[1], 0.0)  # the opening
    except TimeoutError:
        pass
    for r in range(rounds):
        await asyncio.to_thread(barrier.wait)
        asker = r % LEARNERS
        q = agent_events[1 + asker]
        t0 = time.perf_counter()
        await say(asker, QUESTIONS[r % len(QUESTIONS)])
        try:
            first, full = await next_turn(q, t0)
        except TimeoutError:
            first = full = None
        if first is None or full is None:
            unanswered += 1
        else:
            firsts.append(first)
            fulls.append(full)
        for k in range(LEARNERS):
            if k != asker:
                await say(k, CHATTER[(r * LEARNERS + k) % len(CHATTER)])
                await asyncio.sleep(0.7)
    await asyncio.sleep(3.0)  # the last messages reach everyone
    for ws in socks:
        await ws.close()
    for t in readers:
        t.cancel()
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        export = (await http.get(f"/api/rooms/{room['room_id']}/export.json",
                                 params={"token": room["facilitator_token"]})).json()
    stored = " ".join(m["text"] for m in export.get("messages", []))
    lost = [f"{t} ({'not stored' if t not in stored else 'stored, not shown on every socket'})"
            for t in sent if t not in stored or any(t not in s for s in seen)]
    return {"firsts": firsts, "fulls": fulls, "unanswered": unanswered, "sent": len(sent), "lost": lost}


# -- the driver ----------------------------------------------------------------------------------
def start_server(kind: str, console: Console) -> tuple[subprocess.Popen, str]:
    db = str(Path(tempfile.mkdtemp()) / f"rooms-{kind}.sqlite3")
    proc, base = start_room_process([sys.executable, __file__, "--serve", kind, "--db", db], output=None)
    with console.status(f"{kind}: loading the model, compiling its decode step, warming up"):
        if wait_until_answers(proc, base, limit_s=1800, every_s=1.0):
            return proc, base
    if proc.poll() is not None:
        raise SystemExit(f"the {kind} server exited with {proc.returncode}")
    proc.kill()
    raise SystemExit(f"the {kind} server did not start within 30 minutes")


def run_level(base: str, n_rooms: int, rounds: int) -> dict:
    rooms = []
    with httpx.Client(base_url=base, timeout=60) as http:
        for i in range(n_rooms):
            room = http.post("/api/rooms", json={"role": "moderator", "task": f"Design a new playground ({i}).",
                                                 "phases": [{"name": "ideas", "minutes": 60}]}).json()
            keys = [http.post("/api/join", json={"code": room["join_code"], "name": name}).json()["key"]
                    for name in ("Mia", "Leo", "Ada", "Sam")[:LEARNERS]]
            rooms.append((room, keys))
    ctx = mp.get_context("spawn")
    barrier, out = ctx.Barrier(n_rooms), ctx.Queue()
    procs = [ctx.Process(target=room_client, args=(base, room, keys, barrier, rounds, out)) for room, keys in rooms]
    for p in procs:
        p.start()
    results = [out.get(timeout=rounds * (REPLY_TIMEOUT_S + 30) + 600) for _ in procs]
    for p in procs:
        p.join(30)
    return {"firsts": [x for r in results for x in r["firsts"]], "fulls": [x for r in results for x in r["fulls"]],
            "unanswered": sum(r["unanswered"] for r in results), "sent": sum(r["sent"] for r in results),
            "lost": sum(len(r["lost"]) for r in results), "lost_texts": [t for r in results for t in r["lost"]]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--serve", choices=("engine", "serial"), help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--levels", default=",".join(map(str, LEVELS)), help="room counts, comma-separated")
    ap.add_argument("--rounds", type=int, default=ROUNDS, help="questions to Jack per room and level")
    args = ap.parse_args()
    if args.serve:
        serve(args.serve, args.port, args.db)
        return
    console = Console()
    levels = [int(x) for x in args.levels.split(",")]
    load_start = [round(x, 2) for x in os.getloadavg()]
    measured: dict[str, dict[int, dict]] = {}
    for kind in ("engine", "serial"):
        proc, base = start_server(kind, console)
        try:
            measured[kind] = {}
            for n in levels:
                with console.status(f"{kind}: {n} room(s) × {LEARNERS} learners, {args.rounds} rounds"):
                    measured[kind][n] = level = run_level(base, n, args.rounds)
                console.print(f"{kind} {n} rooms: {len(level['firsts'])} replies, {level['unanswered']} unanswered, "
                              f"{level['lost']}/{level['sent']} lost, load {os.getloadavg()[0]:.1f}")
                for text in level["lost_texts"]:
                    console.print(f"  [red]lost:[/] {text!r}")
        finally:
            proc.terminate()
            proc.wait(60)

    def stat(kind: str, key: str, q: float) -> dict[str, float | None]:
        out = {}
        for n, level in measured[kind].items():
            xs = level[key]
            out[str(n)] = None if not xs else round(statistics.median(xs) if q == 50 else percentile(xs, q / 100), 3)
        return out

    figures: dict = {}
    for prefix, kind in (("", "engine"), ("baseline_", "serial")):
        figures[prefix + "first_token_p50_s"] = stat(kind, "firsts", 50)
        figures[prefix + "first_token_p95_s"] = stat(kind, "firsts", 95)
        figures[prefix + "reply_p50_s"] = stat(kind, "fulls", 50)
        figures[prefix + "reply_p95_s"] = stat(kind, "fulls", 95)
        figures[prefix + "unanswered"] = {str(n): lv["unanswered"] for n, lv in measured[kind].items()}
    figures["messages_lost"] = sum(lv["lost"] for kind in measured.values() for lv in kind.values())
    figures["messages_sent"] = sum(lv["sent"] for kind in measured.values() for lv in kind.values())
    figures.update({"learners_per_room": LEARNERS, "rounds": args.rounds, "load_average_start": load_start,
                    "load_average_end": [round(x, 2) for x in os.getloadavg()]})

    table = Table(title=f"Jack's replies with 1-8 rooms of {LEARNERS} learners (seconds; engine vs one-at-a-time)")
    for col in ("rooms", "first text p50", "p95", "baseline p50", "p95 ", "full reply p50", "p95  ",
                "baseline p50 ", "p95   ", "lost"):
        table.add_column(col, justify="right")
    for n in levels:
        cells = [figures[k][str(n)] for k in ("first_token_p50_s", "first_token_p95_s", "baseline_first_token_p50_s",
                                              "baseline_first_token_p95_s", "reply_p50_s", "reply_p95_s",
                                              "baseline_reply_p50_s", "baseline_reply_p95_s")]
        table.add_row(str(n), *("-" if v is None else f"{v:.2f}" for v in cells),
                      str(measured["engine"][n]["lost"] + measured["serial"][n]["lost"]))
    console.print(table)
    out = Path(__file__).parent / "results" / "rooms.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n")
    console.print(f"wrote {out}")


if __name__ == "__main__":
    main()
