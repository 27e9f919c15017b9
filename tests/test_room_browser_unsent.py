"""What a child typed is never lost on the page (headless Chromium): the box is cleared on sending, and a message
the room refuses, or one sent as the connection drops before the room confirms it, comes back to the box."""

from pathlib import Path

import httpx
import pytest
from test_room_support import CHROMIUM, ScriptedBackend, chromium, join_on_page, served_room

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed (run `make browser`)", allow_module_level=True)


def box(page) -> str:
    return page.input_value("#msg-input")


def test_a_refused_message_and_one_cut_off_by_a_lost_connection_come_back_to_the_box(tmp_path):
    with served_room(tmp_path, ScriptedBackend()) as (base, _store), chromium() as browser:
        room = httpx.post(base + "/api/rooms", json={"role": "participant", "task": "Plan a school garden.",
                                                     "phases": [{"name": "ideas", "minutes": 30}]}).json()
        page = join_on_page(browser, base, room["join_code"], "Mia")

        page.fill("#msg-input", "we could grow beans")
        page.click("#send-btn")
        page.wait_for_function("[...document.querySelectorAll('#log .msg .text')]"
                               ".some(e => e.textContent === 'we could grow beans')")
        assert box(page) == ""  # sent and confirmed: nothing comes back

        long = "tomatoes " * 60  # over the room's 500 characters
        page.fill("#msg-input", long)
        page.click("#send-btn")
        page.wait_for_function("document.getElementById('send-error').textContent.includes('too long')")
        assert box(page) == long.strip()

        # Sent, then the connection drops before the room's ack reaches the page.
        page.evaluate("""() => {
            document.getElementById('msg-input').value = 'sunflowers by the fence';
            document.getElementById('send-btn').click();
            ws.close();
        }""")
        page.wait_for_function("document.getElementById('send-error').textContent.includes('back in the box')")
        assert box(page) == "sunflowers by the fence"
        # The page reconnects, and the text sent again gets through.
        page.wait_for_function("ws && ws.readyState === WebSocket.OPEN")
        page.click("#send-btn")
        page.wait_for_function("[...document.querySelectorAll('#log .msg .text')]"
                               ".some(e => e.textContent === 'sunflowers by the fence')")
