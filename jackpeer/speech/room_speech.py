"""Speech in the live room: transcribing learners' clips and reading Jack's replies aloud.

One RoomSpeech serves every room of a server. Each model has one worker thread and a bounded
queue (work_queue.ModelQueue), so transcription never runs on the event loop, one room's clips
cannot starve the others beyond the queue limit, and nothing loads until first used.
"""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from jackpeer.errors import AudioInputError, SpeechBusy, SpeechUnavailable
from jackpeer.peers.rate_limit import Bucket, Limits
from jackpeer.speech.audio import MAX_CLIP_S, decode
from jackpeer.speech.sentences import SentenceSplitter
from jackpeer.speech.synthesizer import Synthesizer
from jackpeer.speech.transcriber import Transcriber, Transcript
from jackpeer.speech.work_queue import ModelQueue

Send = Callable[[dict], Awaitable[None]]


@dataclass
class SpeechLimits:
    """How much speech one server takes: clips per learner, and clips waiting for each model."""

    clips_per_s: float = 0.5  # sustained: one clip every 2 s per learner ...
    clip_burst: int = 3  # ... after 3 at once
    max_clip_s: float = MAX_CLIP_S
    asr_queue: int = 8  # clips waiting for (or in) the transcriber, all rooms together
    tts_queue: int = 32  # sentences waiting for the voice, all rooms together


@dataclass
class Clip:
    """A learner's recording and its transcript."""

    transcript: Transcript
    audio: bytes
    mime: str


class SpokenStream:
    """Reads one streamed reply aloud: each sentence is synthesised once it is complete, in order."""

    def __init__(self, stream_id: str, synthesizer: Synthesizer, queue: ModelQueue, send: Send) -> None:
        self.stream_id = stream_id
        self.splitter = SentenceSplitter()
        self.sentences: asyncio.Queue[tuple[str, float] | None] = asyncio.Queue()
        self.first_audio_s: float | None = None  # first sentence complete -> its audio sent
        self.synthesis: list[tuple[float, float]] = []  # (seconds of work, seconds of audio) per sentence
        self._synth, self._queue, self._send = synthesizer, queue, send
        self.task = asyncio.get_running_loop().create_task(self._speak_all())

    def feed(self, shown: str) -> None:
        """Text that passed the screen and was shown; complete sentences are queued for speaking."""
        for sentence in self.splitter.feed(shown):
            self.sentences.put_nowait((sentence, time.perf_counter()))

    def finish(self) -> None:
        """The reply ended: speak what is left after the last full stop, then stop."""
        rest = self.splitter.flush()
        if rest:
            self.sentences.put_nowait((rest, time.perf_counter()))
        self.sentences.put_nowait(None)

    async def cancel(self) -> None:
        """The reply was taken back: stop speaking it and tell the listeners."""
        self.task.cancel()
        await self._send({"type": "speech_stop", "stream_id": self.stream_id})

    async def _speak_all(self) -> None:
        index = 0
        while (item := await self.sentences.get()) is not None:
            sentence, ready = item
            try:
                speech = await self._queue.run(self._synth.speak, sentence)
            except (SpeechBusy, SpeechUnavailable) as err:
                await self._send({"type": "speech_error", "stream_id": self.stream_id, "text": str(err)})
                return
            if self.first_audio_s is None:
                self.first_audio_s = time.perf_counter() - ready
            self.synthesis.append((speech.elapsed_s, speech.duration_s))
            await self._send({"type": "speech_audio", "stream_id": self.stream_id, "index": index, "text": sentence,
                              "duration_s": round(speech.duration_s, 3),
                              "audio": base64.b64encode(speech.wav()).decode()})
            index += 1
        await self._send({"type": "speech_end", "stream_id": self.stream_id, "sentences": index})


@dataclass
class RoomSpeech:
    """Speech for every room on one server: talk (speech to text) and read-aloud (text to speech)."""

    transcriber: Transcriber | None = None
    synthesizer: Synthesizer | None = None
    limits: SpeechLimits = field(default_factory=SpeechLimits)
    listeners: dict[str, set[int]] = field(default_factory=dict)  # room -> members with read-aloud on
    streams: dict[str, SpokenStream] = field(default_factory=dict)
    _buckets: dict[tuple[str, int], Bucket] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.asr_queue = ModelQueue("transcriber", self.limits.asr_queue)
        self.tts_queue = ModelQueue("voice", self.limits.tts_queue)
        self._rate = Limits(rate_per_s=self.limits.clips_per_s, burst=self.limits.clip_burst)

    # --- what the page may offer ------------------------------------------------------------
    def talk_problem(self) -> str | None:
        """Why the talk button is hidden, or None."""
        if self.transcriber is None:
            return "speech to text is off on this server"
        return self.transcriber.load_error

    def read_aloud_problem(self) -> str | None:
        """Why the read-aloud switch is hidden, or None."""
        if self.synthesizer is None:
            return "reading aloud is off on this server"
        return self.synthesizer.load_error

    def capabilities(self) -> dict:
        """What the page shows: each control's availability and, when hidden, why."""
        talk, read = self.talk_problem(), self.read_aloud_problem()
        return {"talk": {"available": talk is None, "why": talk},
                "read_aloud": {"available": read is None, "why": read},
                "max_clip_s": self.limits.max_clip_s}

    # --- talk ---------------------------------------------------------------------------------
    async def transcribe_clip(self, room_id: str, member_id: int, audio: bytes, mime: str,
                              language: str | None = None) -> Clip:
        """Check, decode and transcribe one recording; raises AudioInputError, SpeechBusy or
        SpeechUnavailable with a message for the learner."""
        problem = self.talk_problem()
        if problem:
            raise SpeechUnavailable(f"Talking is not available: {problem}. Type your message instead.")
        now = time.monotonic()
        bucket = self._buckets.setdefault((room_id, member_id), Bucket(self._rate.burst, now))
        if not bucket.take(self._rate, now):
            raise SpeechBusy("You are sending recordings too fast. Wait a moment, then try again.")
        samples = await asyncio.to_thread(decode, audio, self.limits.max_clip_s)
        try:
            transcript = await self.asr_queue.run(self.transcriber.transcribe, samples, language)
        except (SpeechBusy, SpeechUnavailable):
            raise
        except Exception as err:  # noqa: BLE001 - a model failure on one clip must not take the room down
            raise AudioInputError(f"This recording could not be transcribed ({type(err).__name__}). "
                                  "Try again, or type your message.") from err
        return Clip(transcript, audio, mime)

    # --- read aloud ---------------------------------------------------------------------------
    def set_read_aloud(self, room_id: str, member_id: int, on: bool) -> str | None:
        """Switch read-aloud for one member; returns why it stays off, or None."""
        problem = self.read_aloud_problem()
        if on and problem:
            return problem
        members = self.listeners.setdefault(room_id, set())
        if on:
            members.add(member_id)
        else:
            members.discard(member_id)
        return None

    def listening(self, room_id: str) -> set[int]:
        """Members of the room with read-aloud on."""
        return set(self.listeners.get(room_id, ()))

    def start_stream(self, room_id: str, stream_id: str, send: Send) -> SpokenStream | None:
        """A reader for one streamed reply, or None when nobody in the room listens."""
        if not self.listening(room_id) or self.read_aloud_problem():
            return None
        stream = SpokenStream(stream_id, self.synthesizer, self.tts_queue, send)
        self.streams[stream_id] = stream
        stream.task.add_done_callback(lambda _t: self.streams.pop(stream_id, None))
        return stream

    async def stop_stream(self, stream_id: str) -> None:
        """A streamed reply was taken back after it was shown (dropped before commit): stop reading it."""
        stream = self.streams.pop(stream_id, None)
        if stream is not None:
            await stream.cancel()

    def forget_room(self, room_id: str) -> None:
        """Drop a deleted room's read-aloud switches and rate buckets."""
        self.listeners.pop(room_id, None)
        for key in [k for k in self._buckets if k[0] == room_id]:
            del self._buckets[key]

    def close(self) -> None:
        """Stop the model threads."""
        self.asr_queue.close()
        self.tts_queue.close()
