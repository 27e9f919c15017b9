"""The facilitator's tools on the page in headless Chromium: stats with re-planned turns, the coding
downloads, and deleting the room at once. The words of Jack come from a scripted backend here (the
model's own turns are covered by test_room_browser.py)."""

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


def test_facilitator_downloads_coding_files_and_deletes_the_room(tmp_path):
    with served_room(tmp_path, ScriptedBackend()) as (base, store), chromium() as browser:
        fac, code = create_room_on_page(browser, base)
        mia = join_on_page(browser, base, code, "Mia")
        fac.click("#start-btn")
        mia.wait_for_function("document.querySelectorAll('#log .msg.agent:not(.streaming)').length >= 1")
        mia.fill("#msg-input", "what if we paint a map on the ground")
        mia.click("#send-btn")
        fac.wait_for_function("document.getElementById('stats').textContent.includes('re-planned 0')")
        for link, first in (("#codebook-csv", "code,definition"), ("#coding-sheet", "seq,phase,author"),
                            ("#themes-csv", "theme,code")):
            r = fac.request.get(fac.eval_on_selector(link, "e => e.href"))
            assert r.ok and r.text().startswith(first), link
        screenshot(fac, "facilitator-tools.png")
        rid = store.room_by_code(code)["id"]
        fac.on("dialog", lambda d: d.accept())
        fac.click("#delete-btn")
        fac.wait_for_function("document.getElementById('send-error').textContent.includes('deleted')")
        mia.wait_for_function("document.getElementById('send-error').textContent.includes('closed this room')")
        screenshot(mia, "room-deleted-learner.png")
        assert store.room(rid) is None and store.messages(rid, include_blocked=True) == []
