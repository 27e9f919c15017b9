"""Speech on the page in headless Chromium: a learner talks into a fake microphone (a WAV the project
synthesises with the shipped Piper voice), the transcript appears for everyone marked as spoken, and
Jack's reply is read aloud to a learner who switched read-aloud on (the audio arrives and decodes).
Jack's words come from a scripted backend; the models are the real bundled Whisper and Piper."""

from pathlib import Path

import numpy as np
import pytest
from speech_support import needs_asr, needs_tts, synthesizer, transcriber
from test_room_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ScriptedBackend, served

from jackpeer.speech.audio import wav_bytes

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300), needs_asr, needs_tts]

playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed (run `make browser`)", allow_module_level=True)

SPOKEN = "Jack, could we make the bridge out of paper straws?"  # addressed by name: Jack answers
REPLY = "Paper straws are light and strong. How would you join them together?"


def microphone_wav(path: Path) -> float:
    """The learner's words (Piper), with half a second of silence either side, as Chromium's fake microphone
    reads it (16-bit PCM WAV); returns its length in seconds."""
    speech = synthesizer().speak(SPOKEN)
    pad = np.zeros(speech.rate // 2, dtype=np.int16)
    samples = np.concatenate([pad, speech.samples, pad])
    path.write_bytes(wav_bytes(samples, speech.rate))
    return len(samples) / speech.rate


def test_talk_then_hear_jack(tmp_path):
    from jackpeer.peers.app import create_app, load_screen
    from jackpeer.peers.store import Store
    from jackpeer.speech.room_speech import RoomSpeech

    mic = tmp_path / "mia.wav"
    seconds = microphone_wav(mic)
    store = Store(tmp_path / "rooms.sqlite3")
    policy = {"stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6, "min_gap_s": 0}
    app = create_app(store, ScriptedBackend(REPLY), load_screen(), policy_overrides=policy, tick_s=0.1,
                     speech=RoomSpeech(transcriber(), synthesizer()))
    args = [*CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={mic}%noloop", "--autoplay-policy=no-user-gesture-required"]
    with served(app) as base, playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=args, headless=True)
        fac = browser.new_context().new_page()
        fac.goto(base + "/")
        fac.fill("#create-phases", "ideas 10, choose 5")
        fac.click("#create-btn")
        fac.wait_for_function("document.getElementById('code-display').textContent.length === 6")
        code = fac.text_content("#code-display")
        pages = {}
        for name in ("Mia", "Leo"):
            page = browser.new_context(permissions=["microphone"]).new_page()
            page.goto(base + "/")
            page.fill("#join-code", code)
            page.fill("#join-name", name)
            page.click("#join-btn")
            page.wait_for_function(f"document.getElementById('me').textContent === {name!r}")
            pages[name] = page
        mia, leo = pages["Mia"], pages["Leo"]
        mia.wait_for_selector("#talk-btn:not(.hidden)")
        leo.check("#read-aloud")
        leo.wait_for_function("document.getElementById('read-aloud').checked")
        fac.click("#start-btn")
        # Mia taps to start, speaks (the fake microphone plays the WAV), taps again to send.
        mia.click("#talk-btn")
        mia.wait_for_selector("#talk-btn.recording")
        mia.wait_for_timeout(int(seconds * 1000) + 500)
        mia.click("#talk-btn")
        for page in (fac, mia, leo):
            page.wait_for_function("[...document.querySelectorAll('#log .msg')].some(m => "
                                   "m.querySelector('.spoken') && /paper straws/i.test(m.textContent))",
                                   timeout=60_000)
        rid = store.rooms()[0]["id"]
        spoken = [m for m in store.messages(rid) if m["spoken"]]
        assert len(spoken) == 1 and "paper straws" in spoken[0]["text"].lower()
        # Jack answers Mia (she addressed him) like a typed message; Leo hears the answer, decoded by his browser.
        leo.wait_for_function("document.querySelectorAll('#log .msg.agent:not(.streaming)').length >= 2", timeout=60_000)
        answer = next(t for t in store.agent_turns(rid) if t["trigger_seq"] == spoken[0]["seq"] and t["message_id"])
        stream_id = f"{rid}-{answer['t_trigger_ms']}"
        leo.wait_for_function(f"jackSpeech.heard.filter(h => h.stream_id === {stream_id!r}).length >= 2",
                              timeout=60_000)
        heard = [h for h in leo.evaluate("jackSpeech.heard") if h["stream_id"] == stream_id]
        assert [h["text"] for h in heard][:2] == ["Paper straws are light and strong.",
                                                  "How would you join them together?"]
        assert all(h["duration"] > 0.5 for h in heard)
        assert mia.evaluate("jackSpeech.heard.length") == 0  # Mia did not switch read-aloud on
        ARTIFACTS.mkdir(exist_ok=True)
        leo.screenshot(path=str(ARTIFACTS / "speech_leo.png"), full_page=True)
        browser.close()
