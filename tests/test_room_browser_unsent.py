"""What a child typed is never lost on the page (headless Chromium): the box is cleared on sending; a message the
room refuses comes back to the box; one sent as the connection drops, while it is down, or not confirmed before a
reload, is sent once the room is back and shown once."""

import time
from pathlib import Path

import httpx
import pytest
from test_room_support import CHROMIUM, ScriptedBackend, chromium, join_on_page, served_room

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed (run `make browser`)", allow_module_level=True)


SHOWN = "((t) => [...document.querySelectorAll('#log .msg .text')].filter(e => e.textContent === t).length)"


def box(page) -> str:
    return page.input_value("#msg-input")


def test_a_refused_message_comes_back_and_one_cut_off_by_a_lost_connection_is_sent_again(tmp_path):
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

        # Sent, then the connection drops before the room's ack reaches the page: the page sends it again once it
        # has reconnected, and the room, which may have stored the first copy already, shows it once.
        page.evaluate("""() => {
            document.getElementById('msg-input').value = 'sunflowers by the fence';
            document.getElementById('send-btn').click();
            ws.close();
        }""")
        page.wait_for_function(f"{SHOWN}('sunflowers by the fence') === 1 && !unacked.size")
        assert box(page) == ""

        # Sent while the page is not connected (no reconnect yet): kept, and sent once the room is back.
        page.evaluate("() => { ws.onclose = null; ws.close(); }")
        page.wait_for_function("ws.readyState === WebSocket.CLOSED")
        page.fill("#msg-input", "a scarecrow")
        page.press("#msg-input", "Enter")
        assert box(page) == "" and "as soon as the room is back" in page.text_content("#send-error")
        pending = page.locator("#log .msg.pending")  # shown in the chat meanwhile, greyed, "sending…"
        assert pending.count() == 1 and "a scarecrow" in pending.text_content() and "sending" in pending.text_content()
        page.evaluate("connect()")
        page.wait_for_function(f"{SHOWN}('a scarecrow') === 1 && !unacked.size")
        assert page.locator("#log .msg.pending").count() == 0

        # A reload keeps what was not confirmed yet, and sends it.
        page.evaluate("""() => sessionStorage.setItem('jack-unsent-' + roomId, JSON.stringify(
            [{type: 'say', text: 'a pond with frogs', client_id: 'earlier-1', client_ts: Date.now()}]))""")
        page.reload()
        page.wait_for_function(f"{SHOWN}('a pond with frogs') === 1 && !unacked.size")
        page.wait_for_timeout(500)
        shown = ("sunflowers by the fence", "a scarecrow", "a pond with frogs")
        assert [page.evaluate(f"{SHOWN}({text!r})") for text in shown] == [1, 1, 1]


def test_a_message_not_confirmed_when_the_page_closes_reaches_the_room(tmp_path):
    with served_room(tmp_path, ScriptedBackend()) as (base, _store), chromium() as browser:
        room = httpx.post(base + "/api/rooms", json={"role": "participant", "task": "Plan a school garden.",
                                                     "phases": [{"name": "ideas", "minutes": 30}]}).json()
        page = join_on_page(browser, base, room["join_code"], "Mia")
        # The socket takes the message but it never leaves the page (the lid shut as it was sent), and the tab closes.
        page.evaluate("() => { ws.send = () => {}; }")
        page.fill("#msg-input", "a bird bath by the bench")
        page.press("#msg-input", "Enter")
        page.wait_for_function("unacked.size === 1")
        page.close(run_before_unload=True)

        def stored() -> list[str]:
            export = httpx.get(f"{base}/api/rooms/{room['room_id']}/export.json",
                               params={"token": room["facilitator_token"]}).json()
            return [m["text"] for m in export["messages"]]

        for _ in range(100):
            if "a bird bath by the bench" in stored():
                break
            time.sleep(0.1)
        assert stored().count("a bird bath by the bench") == 1
