"""The facilitator's 👍 / 👎 / rewrite on Jack's turns, clicked in headless Chromium: stored with the turn's
situation, shown again after a reload, and absent from a learner's page. Jack's words come from a scripted
backend (the model's own turns are covered by test_room_browser.py)."""

from pathlib import Path

import pytest
from test_room_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ScriptedBackend, served

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed (run `make browser`)", allow_module_level=True)

REWRITE = "Hi Mia! I'm Jack, an AI helper. We start with ideas for 10 minutes."


def test_facilitator_rates_and_rewrites_a_turn_of_jack(tmp_path):
    from jackpeer.peers.app import create_app, load_screen
    from jackpeer.peers.store import Store

    store = Store(tmp_path / "rooms.sqlite3")
    policy = {"stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6, "min_gap_s": 0}
    app = create_app(store, ScriptedBackend("Hello all, let us start."), load_screen(), policy_overrides=policy,
                     tick_s=0.1)
    with served(app) as base, playwright_api.sync_playwright() as p:
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
        fac.wait_for_selector("#log .msg.agent .fb")
        jack = "#log .msg.agent .fb"
        fac.click(f"{jack} .fb-down")
        fac.wait_for_function(f"document.querySelector('{jack} .fb-down').classList.contains('on')")
        fac.click(f"{jack} .fb-edit")
        fac.fill(f"{jack} .fb-text", REWRITE)
        fac.click(f"{jack} .fb-save")
        fac.wait_for_function(f"document.querySelector('{jack} .fb-edit').textContent.includes('✓')")
        ARTIFACTS.mkdir(exist_ok=True)
        fac.screenshot(path=str(ARTIFACTS / "facilitator-feedback.png"), full_page=True)
        rid = store.room_by_code(code)["id"]
        (row,) = store.turn_feedback(rid)
        assert row["rating"] == -1 and row["rewrite"] == REWRITE
        assert row["situation"]["trigger"]["kind"] == "open" and row["situation"]["members"] == ["Mia"]
        fac.reload()  # the page shows what was stored
        fac.wait_for_function(f"document.querySelector('{jack} .fb-down')?.classList.contains('on')")
        assert fac.input_value(f"{jack} .fb-text") == REWRITE
        r = fac.request.get(fac.eval_on_selector("#feedback-csv", "e => e.href"))
        assert r.ok and r.text().startswith("seq,trigger,text,rating,rewrite")
        assert mia.locator(".fb").count() == 0  # learners never see the facilitator's ratings
        browser.close()
