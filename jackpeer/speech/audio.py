"""Reading recordings (wav, mp3, ogg, webm) into 16 kHz mono samples, and writing WAV files.

Every way an upload can be wrong (empty, corrupt, too long, too large, another format) raises
AudioInputError with a message a child's facilitator can act on; nothing here may crash a room.
"""

from __future__ import annotations

import io
import wave

import numpy as np

from jackpeer.errors import AudioInputError

SAMPLE_RATE = 16_000  # what Whisper reads
MAX_CLIP_S = 30.0
# 30 s of 48 kHz stereo 16-bit WAV is 5.8 MB; a browser's Opus recording of 30 s is ~0.2 MB.
MAX_UPLOAD_BYTES = 8 * 1024 * 1024
FORMATS = ("wav", "mp3", "ogg", "webm")


def sniff_format(data: bytes) -> str | None:
    """The container of a recording from its first bytes: 'wav', 'mp3', 'ogg', 'webm' or None."""
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "wav"
    if data[:4] == b"OggS":
        return "ogg"
    if data[:4] == b"\x1a\x45\xdf\xa3":  # EBML: WebM (and Matroska) recordings from MediaRecorder
        return "webm"
    if data[:3] == b"ID3" or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0):
        return "mp3"
    return None


def decode(data: bytes, max_s: float = MAX_CLIP_S) -> np.ndarray:
    """Decode a recording to float32 mono samples at 16 kHz; raises AudioInputError on bad input."""
    if not data:
        raise AudioInputError("The recording is empty: nothing was heard. Hold the talk button while you speak.")
    if len(data) > MAX_UPLOAD_BYTES:
        raise AudioInputError(f"The recording is too large ({len(data) // 1024} KB; the limit is "
                              f"{MAX_UPLOAD_BYTES // 1024 // 1024} MB). Say it in shorter parts.")
    kind = sniff_format(data)
    if kind is None:
        raise AudioInputError(f"This kind of audio file cannot be read; use one of: {', '.join(FORMATS)}.")
    import av  # PyAV (FFmpeg), a dependency of faster-whisper; imported here so text-only use never loads it

    limit = int(max_s * SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    total = 0
    try:
        with av.open(io.BytesIO(data), mode="r", format=_AV_FORMAT[kind], metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise AudioInputError("The file has no sound in it. Record again.")
            resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
            for frame in container.decode(audio=0):
                frame.pts = None  # MediaRecorder's timestamps can jump; the resampler must not care
                for out in resampler.resample(frame):
                    total += _append(chunks, out.to_ndarray())
                if total > limit:
                    raise AudioInputError(f"The recording is longer than {max_s:.0f} seconds. "
                                          "Say it in shorter parts.")
            for out in resampler.resample(None):
                total += _append(chunks, out.to_ndarray())
    except AudioInputError:
        raise
    except (av.error.FFmpegError, ValueError, EOFError, OSError) as err:
        raise AudioInputError(f"The recording could not be read (it may be cut off or damaged): {err}. "
                              "Record again.") from err
    if total > limit:
        raise AudioInputError(f"The recording is longer than {max_s:.0f} seconds. Say it in shorter parts.")
    if total == 0:
        raise AudioInputError("The recording is empty: nothing was heard. Hold the talk button while you speak.")
    return np.concatenate(chunks).astype(np.float32) / 32768.0


# The container names FFmpeg's demuxers use (mp3 files without an ID3 tag need the hint).
_AV_FORMAT = {"wav": "wav", "mp3": "mp3", "ogg": "ogg", "webm": "matroska"}


def _append(chunks: list[np.ndarray], array: np.ndarray) -> int:
    flat = array.reshape(-1)
    chunks.append(flat)
    return flat.size


def wav_bytes(samples: np.ndarray, rate: int) -> bytes:
    """A mono 16-bit WAV file of float (-1..1) or int16 samples."""
    if samples.dtype != np.int16:
        samples = (np.clip(samples, -1.0, 1.0) * 32767).astype(np.int16)
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.tobytes())
    return buf.getvalue()


def read_wav(data: bytes) -> tuple[np.ndarray, int]:
    """Float32 samples (first channel) and the rate of a 16-bit PCM WAV file."""
    with wave.open(io.BytesIO(data), "rb") as w:
        rate, channels, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
        frames = w.readframes(w.getnframes())
    if width != 2:
        raise AudioInputError(f"Only 16-bit WAV files are read here (this one has {8 * width}-bit samples).")
    samples = np.frombuffer(frames, dtype=np.int16).reshape(-1, channels)[:, 0]
    return samples.astype(np.float32) / 32768.0, rate
