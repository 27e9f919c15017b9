"""`jack say` and `jack transcribe` from the command line, as a user runs them."""

import subprocess
import sys

import numpy as np
from speech_support import encode, needs_asr, needs_tts

from jackpeer.speech.audio import wav_bytes


def jack(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jackpeer", *args], capture_output=True, text=True, timeout=300)


@needs_tts
@needs_asr
def test_say_then_transcribe_round_trip(tmp_path):
    wav = tmp_path / "idea.wav"
    out = jack("say", "Let's make the bridge out of paper straws.", "-o", str(wav))
    assert out.returncode == 0, out.stderr
    assert wav.read_bytes()[:4] == b"RIFF" and "wrote" in out.stderr
    ogg = tmp_path / "idea.ogg"
    ogg.write_bytes(encode(wav.read_bytes(), "ogg"))
    for f in (wav, ogg):
        out = jack("transcribe", str(f))
        assert out.returncode == 0, out.stderr
        assert "bridge out of paper straws" in out.stdout.lower()


def test_cli_errors_are_messages_not_tracebacks(tmp_path):
    def err(*args: str) -> str:
        out = jack(*args)
        assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
        return " ".join(out.stderr.split())  # the console wraps long lines

    bad = tmp_path / "notes.txt"
    bad.write_text("not audio")
    assert "use one of: wav, mp3, ogg, webm" in err("transcribe", str(bad))
    assert "No such audio file" in err("transcribe", str(tmp_path / "missing.wav"))
    assert "FILE.wav" in err("say", "hello", "-o", str(tmp_path / "hello.mp3"))
    clip = tmp_path / "tone.wav"
    clip.write_bytes(wav_bytes(np.full(16000, 0.1, dtype=np.float32), 16000))
    assert "not a CTranslate2 Whisper folder" in err("transcribe", str(clip), "--asr-model", str(tmp_path))
