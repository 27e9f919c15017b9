"""Test audio the project makes itself: the shipped Piper voice, espeak-ng, and PyAV encoders."""

from __future__ import annotations

import functools
import io
import shutil
import subprocess

import numpy as np
import pytest

from jackpeer.speech.audio import read_wav, wav_bytes
from jackpeer.speech.synthesizer import Synthesizer, default_voice, tts_problem
from jackpeer.speech.transcriber import Transcriber, asr_problem, default_asr_model

needs_asr = pytest.mark.skipif(asr_problem(default_asr_model()) is not None,
                               reason=f"speech to text: {asr_problem(default_asr_model())}")
needs_tts = pytest.mark.skipif(tts_problem(default_voice()) is not None,
                               reason=f"text to speech: {tts_problem(default_voice())}")
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed (make browser)")


@functools.cache
def transcriber() -> Transcriber:
    """The bundled tiny.en, loaded once per test run."""
    return Transcriber()


@functools.cache
def synthesizer() -> Synthesizer:
    """The bundled Piper voice, loaded once per test run."""
    return Synthesizer()


def piper_wav(text: str) -> bytes:
    """Text spoken by the shipped Piper voice, as a WAV file."""
    return synthesizer().speak(text).wav()


def espeak_wav(text: str, voice: str = "en-us", speed: int = 150) -> bytes:
    """Text spoken by espeak-ng, as a WAV file."""
    return subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "--stdout", text],
                          capture_output=True, check=True, timeout=60).stdout


def encode(wav: bytes, fmt: str) -> bytes:
    """Re-encode a WAV file as mp3, ogg (Opus) or webm (Opus, as MediaRecorder sends it)."""
    import av

    samples, rate = read_wav(wav)
    codec, container_fmt, out_rate = {"mp3": ("libmp3lame", "mp3", rate), "ogg": ("libopus", "ogg", 48000),
                                      "webm": ("libopus", "webm", 48000)}[fmt]
    buf = io.BytesIO()
    with av.open(buf, "w", format=container_fmt) as out:
        stream = out.add_stream(codec, rate=out_rate, layout="mono")
        frame = av.AudioFrame.from_ndarray((samples * 32767).astype(np.int16).reshape(1, -1), format="s16",
                                           layout="mono")
        frame.sample_rate = rate
        resampler = av.AudioResampler(format=stream.codec_context.format.name, layout="mono", rate=out_rate)
        for f in [*resampler.resample(frame), *resampler.resample(None)]:
            out.mux(stream.encode(f))
        out.mux(stream.encode(None))
    return buf.getvalue()


def silence_wav(seconds: float, rate: int = 16000) -> bytes:
    """A WAV file of silence with a little hiss (no speech in it)."""
    rng = np.random.default_rng(0)
    return wav_bytes((rng.normal(0, 0.002, int(seconds * rate))).astype(np.float32), rate)
