"""A server killed mid-session (SIGKILL) loses nothing it acknowledged; after a restart the room goes on."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from websockets.sync.client import connect

from jackpeer.ports import free_port

pytestmark = pytest.mark.timeout(120)
TESTS = Path(__file__).parent
SERVER = """
import sys, uvicorn
sys.path.insert(0, {tests!r})
from test_room_support import ScriptedBackend
from jackpeer.peers.app import create_app, load_screen
from jackpeer.peers.store import Store
app = create_app(Store({db!r}), ScriptedBackend(), load_screen(), None,
                 policy_overrides={{"stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6}})
uvicorn.run(app, host="127.0.0.1", port={port}, log_level="warning")
"""


def start_server(db: Path, port: int) -> subprocess.Popen:
    code = SERVER.format(tests=str(TESTS), db=str(db), port=port)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/info", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
        if proc.poll() is not None:
            raise AssertionError(proc.stdout.read().decode())
    proc.kill()
    raise AssertionError("server did not start")


def recv(ws, kind):
    while True:
        msg = json.loads(ws.recv(timeout=20))
        if msg["type"] == kind:
            return msg


def test_sigkill_mid_session_keeps_every_acknowledged_message(tmp_path):
    db, port = tmp_path / "rooms.sqlite3", free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start_server(db, port)
    try:
        room = httpx.post(f"{base}/api/rooms", json={"role": "moderator", "task": "Design a bench."}).json()
        mia = httpx.post(f"{base}/api/join", json={"code": room["join_code"], "name": "Mia"}).json()
        url = f"ws://127.0.0.1:{port}/ws/{room['room_id']}?key="
        acked = []
        with connect(url + room["facilitator_token"]) as fac, connect(url + mia["key"]) as ws:
            fac.send(json.dumps({"type": "start"}))
            for i in range(5):
                ws.send(json.dumps({"type": "say", "text": f"idea {i}: a bench with {i} seats", "idea": True,
                                       "client_id": i}))
                acked.append((recv(ws, "ack")["seq"], f"idea {i}: a bench with {i} seats"))
            # more messages in flight while the server is killed: they may or may not be stored
            for i in range(5, 10):
                ws.send(json.dumps({"type": "say", "text": f"late {i}", "client_id": i}))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    proc = start_server(db, port)
    try:
        with connect(url + mia["key"]) as ws:
            hist = recv(ws, "history")["messages"]
            stored = {m["seq"]: m["text"] for m in hist}
            for seq, text in acked:
                assert stored.get(seq) == text
            seqs = [m["seq"] for m in hist]
            assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
            state = recv(ws, "state")
            assert state["started"] and state["phase"] == "understand"
            assert any("bench with 2 seats" in i["text"] for i in state["board"])
            ws.send(json.dumps({"type": "say", "text": "back again", "client_id": 99}))
            ack = recv(ws, "ack")
            assert ack["seq"] == max(seqs) + 1
        with connect(url + "wrong") as ws:
            assert json.loads(ws.recv(timeout=10))["code"] == "auth"
    finally:
        proc.kill()
        proc.wait(10)
