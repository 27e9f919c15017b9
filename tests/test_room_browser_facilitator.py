"""The facilitator's tools on the page in headless Chromium: stats with re-planned turns, the coding
downloads, and deleting the room at once. The words of Jack come from a scripted backend here (the
model's own turns are covered by test_room_browser.py)."""

from pathlib import Path

import pytest
from test_room_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ScriptedBackend, served

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed (run `make browser`)", allow_module_level=True)


@pytest.fixture
def server(tmp_path):
    """A room server on 127.0.0.1 with the scripted backend; yields (base URL, store)."""
    from jackpeer.peers.app import create_app, load_screen
    from jackpeer.peers.store import Store

    store = Store(tmp_path / "rooms.sqlite3")
    policy = {"stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6, "min_gap_s": 0}
    app = create_app(store, ScriptedBackend(), load_screen(), policy_overrides=policy, tick_s=0.1)
    with served(app) as base:
        yield base, store


def test_facilitator_downloads_coding_files_and_deletes_the_room(server):
    base, store = server
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        fac = browser.new_context().new_page()
        fac.goto(base + "/")
        fac.fill("#create-phases", "ideas 10, choose 5")
        fac.click("#create-btn")
        fac.wait_for_function("document.getElementById('code-display').textContent.length === 6")
        code = fac.text_content("#code-display")
        mia = browser.new_context().new_page()
        mia.goto(base + "/")
        mia.fill("#join-code", code)
        mia.fill("#join-name", "Mia")
        mia.click("#join-btn")
        mia.wait_for_function("document.getElementById('me').textContent === 'Mia'")
        fac.click("#start-btn")
        mia.wait_for_function("document.querySelectorAll('#log .msg.agent:not(.streaming)').length >= 1")
        mia.fill("#msg-input", "what if we paint a map on the ground")
        mia.click("#send-btn")
        fac.wait_for_function("document.getElementById('stats').textContent.includes('re-planned 0')")
        for link, first in (("#codebook-csv", "code,definition"), ("#coding-sheet", "seq,phase,author"),
                            ("#themes-csv", "theme,code")):
            r = fac.request.get(fac.eval_on_selector(link, "e => e.href"))
            assert r.ok and r.text().startswith(first), link
        ARTIFACTS.mkdir(exist_ok=True)
        fac.screenshot(path=str(ARTIFACTS / "facilitator-tools.png"), full_page=True)
        rid = store.room_by_code(code)["id"]
        fac.on("dialog", lambda d: d.accept())
        fac.click("#delete-btn")
        fac.wait_for_function("document.getElementById('send-error').textContent.includes('deleted')")
        mia.wait_for_function("document.getElementById('send-error').textContent.includes('closed this room')")
        mia.screenshot(path=str(ARTIFACTS / "room-deleted-learner.png"), full_page=True)
        assert store.room(rid) is None and store.messages(rid, include_blocked=True) == []
        browser.close()
