"""The facilitator key on the page in headless Chromium: a server beyond loopback shows the key field,
refuses to create a room without the key with the server's words, and creates it with the key."""

from pathlib import Path

import pytest
from test_room_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ScriptedBackend, served

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed (run `make browser`)", allow_module_level=True)
KEY = "page-test-key-0123"


def test_the_page_asks_for_the_facilitator_key_when_the_server_needs_it(tmp_path):
    from jackpeer.peers.app import create_app, load_screen
    from jackpeer.peers.store import Store

    app = create_app(Store(tmp_path / "rooms.sqlite3"), ScriptedBackend(), load_screen(), None, warm=False,
                     facilitator_key=KEY, require_key=True)
    with served(app) as base, playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_context().new_page()
        page.goto(base + "/")
        page.wait_for_selector("#create-key", state="visible")
        page.fill("#create-phases", "ideas 10")
        page.click("#create-btn")
        page.wait_for_function("document.getElementById('create-error').textContent.includes('facilitator key')")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "room_facilitator_key.png"))
        page.fill("#create-key", KEY)
        page.click("#create-btn")
        page.wait_for_function("document.getElementById('code-display').textContent.length === 6")
        browser.close()
