"""The facilitator's 👍 / 👎 / rewrite on Jack's turns, clicked in headless Chromium: stored with the turn's
situation, shown again after a reload, and absent from a learner's page. Jack's words come from a scripted
backend (the model's own turns are covered by test_room_browser.py)."""

import pytest
from test_room_support import (
    ScriptedBackend,
    chromium,
    create_room_on_page,
    join_on_page,
    playwright_or_skip,
    screenshot,
    served_room,
)

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

playwright_or_skip()

REWRITE = "Hi Mia! I'm Jack, an AI helper. We start with ideas for 10 minutes."


def test_facilitator_rates_and_rewrites_a_turn_of_jack(tmp_path):
    with served_room(tmp_path, ScriptedBackend("Hello all, let us start.")) as (base, store), chromium() as browser:
        fac, code = create_room_on_page(browser, base)
        mia = join_on_page(browser, base, code, "Mia")
        fac.click("#start-btn")
        fac.wait_for_selector("#log .msg.agent .fb")
        jack = "#log .msg.agent .fb"
        fac.click(f"{jack} .fb-down")
        fac.wait_for_function(f"document.querySelector('{jack} .fb-down').classList.contains('on')")
        fac.click(f"{jack} .fb-edit")
        fac.fill(f"{jack} .fb-text", REWRITE)
        fac.click(f"{jack} .fb-save")
        fac.wait_for_function(f"document.querySelector('{jack} .fb-edit').textContent.includes('✓')")
        screenshot(fac, "facilitator-feedback.png")
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
