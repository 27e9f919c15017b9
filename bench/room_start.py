"""Children typing while `make run`'s room starts: how long their messages take to show.

The real `jack room` (warm caches, as on a machine where it ran before) is started; as soon as its page answers,
a room is made, a facilitator and two learners join, the facilitator starts the room, and the learners take turns
typing a message every 0.5 s for 60 s. Latency = from a learner's send until the facilitator's socket shows the
message. Meanwhile the room warms up the engine's compiled step and runs it once of each kind on the live model,
loads the screen's heads, and Jack speaks when his policy says so. The baseline in the same run is the room's
steady state: the last 20 s of the same minute, after the warm-up.
Writes bench/results/room_start.json. Run: .venv/bin/python bench/room_start.py
"""

import asyncio
import json
import os
import tempfile
import time
from pathlib import Path

import httpx
import websockets
from jack_room import IDEAS_HOUR, new_room, start_jack_room, wait_until_answers
from rich.console import Console

from jackpeer.percentile import percentile

TYPING_S, EVERY_S, STEADY_FROM_S = 60.0, 0.5, 40.0
OUT = Path(__file__).parent / "results" / "room_start.json"
WORDS = ["we could use sticks", "and some leaves", "what about pine cones", "i like bamboo tubes", "a roof of bark"]


async def type_along(base: str) -> list[tuple[float, float]]:
    """(seconds since the first send, seconds until shown) for each message the facilitator saw."""
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        room, keys = await new_room(http, ["Mia", "Leo"], "Design a bug hotel.", IDEAS_HOUR)
    ws = base.replace("http://", "ws://") + f"/ws/{room['room_id']}?key="
    facilitator = await websockets.connect(ws + room["facilitator_token"], max_queue=None)
    learners = [await websockets.connect(ws + k, max_queue=None) for k in keys]
    await facilitator.send(json.dumps({"type": "start"}))
    sent: dict[str, float] = {}
    shown: list[tuple[float, float]] = []
    t0 = time.perf_counter()

    async def read() -> None:
        async for raw in facilitator:
            msg = json.loads(raw)
            if msg.get("type") == "message" and msg["m"]["text"] in sent:
                at = sent[msg["m"]["text"]]
                shown.append((at - t0, time.perf_counter() - at))

    reader = asyncio.create_task(read())
    for i in range(int(TYPING_S / EVERY_S)):
        text = f"{WORDS[i % len(WORDS)]} {i}"
        sent[text] = time.perf_counter()
        await learners[i % 2].send(json.dumps({"type": "say", "text": text, "client_id": i}))
        await asyncio.sleep(EVERY_S)
    await asyncio.sleep(5.0)
    reader.cancel()
    for sock in [facilitator, *learners]:
        await sock.close()
    return shown


def main() -> None:
    console = Console()
    load_start = [round(x, 2) for x in os.getloadavg()]
    with tempfile.TemporaryDirectory() as data:
        t0 = time.perf_counter()
        proc, base = start_jack_room(data)
        try:
            if not wait_until_answers(proc, base, limit_s=600):
                raise SystemExit("jack room did not answer within 10 minutes")
            answered_s = time.perf_counter() - t0
            with console.status("two learners typing while the room starts"):
                shown = asyncio.run(type_along(base))
        finally:
            proc.terminate()
            proc.wait(timeout=60)
    sent = int(TYPING_S / EVERY_S)
    start = [lat for at, lat in shown if at < STEADY_FROM_S]
    steady = [lat for at, lat in shown if at >= STEADY_FROM_S]
    res = {
        "room_answered_s": round(answered_s, 2),
        "messages_sent": sent,
        "messages_shown": len(shown),
        "start_shown_p50_s": round(percentile(start, 0.5), 3),
        "start_shown_p95_s": round(percentile(start, 0.95), 3),
        "start_shown_max_s": round(max(start), 3),
        "steady_shown_p50_s": round(percentile(steady, 0.5), 3),
        "steady_shown_p95_s": round(percentile(steady, 0.95), 3),
        "start_window_s": STEADY_FROM_S,
        "over_1s": [[round(at, 1), round(lat, 2)] for at, lat in shown if lat > 1.0],
        "load_average_start": load_start,
        "load_average_end": [round(x, 2) for x in os.getloadavg()],
    }
    console.print(f"room answered after {answered_s:.1f} s; typed messages shown: first {STEADY_FROM_S:.0f} s p50 "
                  f"{res['start_shown_p50_s']} s, p95 {res['start_shown_p95_s']} s, max {res['start_shown_max_s']} s; "
                  f"after that p50 {res['steady_shown_p50_s']} s, p95 {res['steady_shown_p95_s']} s; "
                  f"{len(shown)} of {sent} shown")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(res, indent=2) + "\n")
    console.print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
