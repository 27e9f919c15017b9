"""`jack transcribe` and `jack say`: speech from the command line."""

from __future__ import annotations

from pathlib import Path

from jackpeer.errors import AudioInputError, InputError
from jackpeer.speech.audio import decode
from jackpeer.speech.synthesizer import Synthesizer
from jackpeer.speech.transcriber import Transcriber

# A file is not a clip a child recorded: allow a long one here (Whisper reads it 30 s at a time).
FILE_MAX_S = 3600.0


def transcribe_file(path: str, model: str | None = None, language: str | None = None) -> str:
    """The transcript of an audio file (wav, mp3, ogg, webm)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"No such audio file: {path}")
    try:
        samples = decode(p.read_bytes(), max_s=FILE_MAX_S)
    except AudioInputError as err:
        raise AudioInputError(f"{path}: {err}") from err
    return Transcriber(model, language=language).transcribe(samples).text


def say_to_file(text: str, out: str, voice: str | None = None) -> float:
    """Speak text into a WAV file; returns the audio's length in seconds."""
    if not text.strip():
        raise InputError("Nothing to say: give some text, e.g. jack say \"Hello\" -o hello.wav")
    if not out.lower().endswith(".wav"):
        raise InputError(f"jack say writes WAV files: name the output FILE.wav (got {out}).")
    speech = Synthesizer(voice).speak(text)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_bytes(speech.wav())
    return speech.duration_s
