"""The room on a phone or a tablet held upright (headless Chromium): one column, nothing off the side of the
screen, and a message box a child can type in. At 420 px wide the side panels kept their width, the page scrolled
sideways and the box was a sliver beside "idea", "Send" and "Talk"."""

from pathlib import Path

import httpx
import pytest
from test_room_support import CHROMIUM, ScriptedBackend, chromium, join_on_page, screenshot, served_room

pytestmark = [pytest.mark.browser, pytest.mark.timeout(120)]

pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed (run `make browser`)", allow_module_level=True)


@pytest.mark.parametrize("width, height", [(360, 740), (420, 860), (700, 1000)])
def test_a_narrow_screen_gets_one_column_and_a_full_width_message_box(tmp_path, width, height):
    with served_room(tmp_path, ScriptedBackend()) as (base, _store), chromium() as browser:
        room = httpx.post(base + "/api/rooms", json={"role": "participant", "task": "Plan a school garden.",
                                                     "phases": [{"name": "ideas", "minutes": 30}]}).json()
        page = join_on_page(browser, base, room["join_code"], "Mia", viewport={"width": width, "height": height})
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing off the side
        chat = page.locator("#chat").bounding_box()
        box = page.locator("#msg-input").bounding_box()
        assert chat["width"] >= width - 40  # the chat takes the screen's width, the panels go below it
        assert box["width"] >= 0.6 * chat["width"], (box, chat)
        assert page.locator(".side").bounding_box()["y"] >= chat["y"] + chat["height"] - 1
        page.fill("#msg-input", "we could grow beans")
        page.click("#send-btn")
        page.wait_for_function("[...document.querySelectorAll('#log .msg .text')]"
                               ".some(e => e.textContent === 'we could grow beans')")
        screenshot(page, f"room-phone-{width}.png")
