"""Shared helpers for the room tests (no tests here).

ScriptedBackend stands in for the model only where a test is about room mechanics (access, limits,
storage, screening, timing of turns); the browser test and the benchmark use the real default model.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from jackpeer.peers.app import create_app, load_screen
from jackpeer.peers.rate_limit import Limits
from jackpeer.peers.store import Store
from jackpeer.ports import free_port

# Browser tests: Debian's chromium (`make browser`), headless, and where their screenshots go.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = Path(__file__).parents[1] / "test-artifacts"
# Jack takes no turn of his own accord (no nudge for a stall or a quiet learner) and may answer at once:
# a browser test with the scripted backend then sees only the turns it causes.
QUIET_POLICY = {"stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6, "min_gap_s": 0}


class StandInLabeler:
    """A labeler for room tests that are about the room, not the labeler: everything the room asks of one
    (peers.room_labels.RoomLabeler) with nothing learned; subclasses say what `label` answers."""

    learn_steps = 0

    def label(self, text, key=None):
        """(label, confidence)."""
        return "idea", 0.8

    def take_revised(self):
        """No learning step, so nothing is revised."""
        return []

    def labels(self):
        """Every label."""
        return ["idea"]

    def candidates(self, room=None):
        """No new kinds of talk."""
        return []

    def forget_room(self, room):
        """Nothing learned, so nothing to forget."""
        return False

    def save(self, path):
        """Nothing learned, so nothing to write."""

    def load(self, path):
        """Nothing to resume."""


@contextmanager
def served(app, start_timeout_s: float = 60.0):
    """Run `app` with uvicorn on a free 127.0.0.1 port in a thread; yields its base URL, stops it after."""
    import uvicorn

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + start_timeout_s
    while not srv.started and time.time() < deadline:
        time.sleep(0.1)
    assert srv.started, "room server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)


def playwright_or_skip():
    """playwright.sync_api; skips the calling browser test module when Playwright or Chromium is missing
    (call it at module level; under CI tests/conftest.py turns that skip into a failure)."""
    api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (run `make browser`)", allow_module_level=True)
    return api


@contextmanager
def served_room(tmp_path, backend, **options):
    """A room server on 127.0.0.1 with `backend`, the real default screen, a store in tmp_path and
    QUIET_POLICY; `options` go to create_app. Yields (base URL, store)."""
    store = Store(tmp_path / "rooms.sqlite3")
    app = create_app(store, backend, load_screen(), policy_overrides=QUIET_POLICY, tick_s=0.1, **options)
    with served(app) as base:
        yield base, store


@contextmanager
def chromium(extra_args=()):
    """Headless Chromium with CHROMIUM_ARGS and `extra_args`; yields the Playwright browser, closes it after."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *extra_args], headless=True)
        try:
            yield browser
        finally:
            browser.close()


def create_room_on_page(browser, base, phases="ideas 10, choose 5"):
    """The facilitator creates a room on the page; returns (their page, the room's join code)."""
    fac = browser.new_context().new_page()
    fac.goto(base + "/")
    fac.fill("#create-phases", phases)
    fac.click("#create-btn")
    fac.wait_for_function("document.getElementById('code-display').textContent.length === 6")
    return fac, fac.text_content("#code-display")


def join_on_page(browser, base, code, name, **context):
    """A learner joins by code and name on the page; returns their page (`context` goes to new_context)."""
    page = browser.new_context(**context).new_page()
    page.goto(base + "/")
    page.fill("#join-code", code)
    page.fill("#join-name", name)
    page.click("#join-btn")
    page.wait_for_function(f"document.getElementById('me').textContent === {name!r}")
    return page


def screenshot(page, name):
    """Save a full-page screenshot of `page` as test-artifacts/`name`."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


class ScriptedBackend:
    """Replies with fixed text, word by word; remembers every prompt it was given."""

    remote = False
    name = short_name = "scripted test backend"

    def __init__(self, reply: str = "Good thinking, everyone. What do you think?", tool_calls=()) -> None:
        self.reply = reply
        self.tool_calls = list(tool_calls)  # ToolRequests to send after the text when tools are offered
        self.prompts: list[list[dict]] = []
        self.tools_offered: list[list[dict] | None] = []

    def warm(self) -> float:
        """Nothing to load."""
        return 0.0

    def stream(self, messages, tools=None, max_tokens=60):
        """Yield the scripted reply a word at a time, like a model streaming tokens."""
        self.prompts.append(messages)
        self.tools_offered.append(tools)
        words = self.reply.split(" ")
        for i, w in enumerate(words):
            yield w if i == len(words) - 1 else w + " "
        offered = {t["function"]["name"] for t in tools or []}
        yield from (call for call in self.tool_calls if call.name in offered)


def make_client(tmp_path, backend=None, limits=None, policy=None, labeler=None, screen=None):
    """A TestClient on a fresh room server (tmp_path/rooms.sqlite3) with the real default screen (or `screen`)."""
    store = Store(tmp_path / "rooms.sqlite3")
    app = create_app(store, backend or ScriptedBackend(), screen or load_screen(), labeler, limits or Limits(),
                     policy_overrides=policy or {}, tick_s=0.05)
    return TestClient(app), store


def create_room(client, role="moderator", phases=None, **extra):
    """POST /api/rooms and return its answer."""
    body = {"task": "Design a playground game.", "role": role, "language": "English",
            "phases": phases or [{"name": "ideas", "minutes": 10}, {"name": "choose", "minutes": 5}], **extra}
    r = client.post("/api/rooms", json=body)
    assert r.status_code == 200, r.text
    return r.json()


def join(client, code, name):
    """POST /api/join and return its answer."""
    r = client.post("/api/join", json={"code": code, "name": name})
    assert r.status_code == 200, r.text
    return r.json()


@contextmanager
def facilitator_and_mia(client, room):
    """Mia joins `room` (create_room's answer); yields the facilitator's and Mia's sockets."""
    mia = join(client, room["join_code"], "Mia")
    rid = room["room_id"]
    with client.websocket_connect(f"/ws/{rid}?key={room['facilitator_token']}") as fac, \
            client.websocket_connect(f"/ws/{rid}?key={mia['key']}") as a:
        yield fac, a


def recv_until(ws, pred, limit=200):
    """Read messages until one satisfies `pred`; return (that message, everything read)."""
    seen = []
    for _ in range(limit):
        msg = ws.receive_json()
        seen.append(msg)
        if pred(msg):
            return msg, seen
    raise AssertionError(f"no matching message in {limit}: {json.dumps(seen)[-2000:]}")


def say(ws, text, idea=False, client_id=None):
    """Send a chat message and wait for its acknowledgement (or the error that refused it)."""
    ws.send_json({"type": "say", "text": text, "idea": idea, "client_id": client_id, "client_ts": int(time.time() * 1000)})
    return recv_until(ws, lambda m: m["type"] in ("ack", "error") and m.get("client_id") == client_id)[0]
