"""Speech on the page in headless Chromium: a learner talks into a fake microphone (a WAV the project
synthesises with the shipped Piper voice), the transcript appears for everyone marked as spoken, and
Jack's reply is read aloud to a learner who switched read-aloud on (the audio arrives and decodes).
Jack's words come from a scripted backend; the models are the real bundled Whisper and Piper."""

from pathlib import Path

import numpy as np
import pytest
from speech_support import needs_asr, needs_tts, synthesizer, transcriber
from test_room_support import (
    ScriptedBackend,
    chromium,
    create_room_on_page,
    join_on_page,
    playwright_or_skip,
    screenshot,
    served_room,
)

from jackpeer.speech.audio import wav_bytes

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300), needs_asr, needs_tts]

playwright_or_skip()

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
    from jackpeer.speech.room_speech import RoomSpeech

    mic = tmp_path / "mia.wav"
    seconds = microphone_wav(mic)
    speech = RoomSpeech(transcriber(), synthesizer())
    args = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={mic}%noloop", "--autoplay-policy=no-user-gesture-required"]
    with served_room(tmp_path, ScriptedBackend(REPLY), speech=speech) as (base, store), chromium(args) as browser:
        fac, code = create_room_on_page(browser, base)
        mia, leo = (join_on_page(browser, base, code, name, permissions=["microphone"]) for name in ("Mia", "Leo"))
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
        screenshot(leo, "speech_leo.png")
