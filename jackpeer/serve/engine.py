"""Continuous batching: one model thread decodes every running request together, each in its own KV slot.

The static KV cache holds `slots` rows. A new request is prefilled into a free row; from then
on it joins the batched one-token decode step, where each row sits at its own position (the
transformer's per-row `input_pos`). A finished or cancelled request frees its row at once, so
the next waiting request takes it without waiting for the rest of the batch (Orca-style
iteration-level scheduling). Requests wait in a bounded queue; a full queue is refused.
"""

import logging
import queue
import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field

import torch
from torch import nn

from jackpeer.errors import InputError, JackError
from jackpeer.model.generate import PREFILL_CHUNK, SamplingParams, sample
from jackpeer.model.kv_cache import KVCache
from jackpeer.model.lm import stop_prefix_len
from jackpeer.model.transformer import Transformer

log = logging.getLogger("jackpeer.serve")


class QueueFull(JackError):
    """Every slot is busy and the waiting queue is full: the client should retry later."""


class NotReady(JackError):
    """The model is not loaded (yet), or the engine has stopped."""


@dataclass
class Done:
    """The last event of a request: why it ended and how many tokens it used."""

    finish_reason: str  # "stop" (stop token or string), "length" (max_tokens or context), "error"
    prompt_tokens: int
    completion_tokens: int
    error: str | None = None


Event = str | Done  # text pieces, then one Done


@dataclass
class Request:
    """One generation: prompt ids, sampling, stop strings, and where its events go (called on the model thread)."""

    prompt: list[int]
    params: SamplingParams
    emit: Callable[[Event], None]
    stops: list[str] = field(default_factory=list)
    cancelled: bool = False  # set by the client side (disconnect, or it has all it needs)


class _RowView(KVCache):
    """One row of a batched KVCache sharing its storage, so a B=1 prefill writes straight into its slot."""

    def __init__(self, cache: KVCache, row: int):
        nn.Module.__init__(self)
        self.register_buffer("k", cache.k[row : row + 1], persistent=False)
        self.register_buffer("v", cache.v[row : row + 1], persistent=False)


class _Slot:
    """A running request: where its next token goes in the cache, its sampler state and its text so far."""

    def __init__(self, req: Request, max_new: int, decoder, device: torch.device, vocab: int):
        self.req = req
        self.max_new = max_new
        self.decoder = decoder
        self.pos = len(req.prompt)  # cache position the next token is written at
        self.token = 0
        self.generated = 0
        self.pending = ""  # decoded text not yet sent: it might be the start of a stop string
        p = req.params
        self.generator = None
        if p.temperature > 0:
            self.generator = torch.Generator(device=device)
            if p.seed is not None:
                self.generator.manual_seed(p.seed)
            else:
                self.generator.seed()
        self.seen = None
        if p.repetition_penalty != 1.0:
            self.seen = torch.zeros(1, vocab, dtype=torch.bool, device=device)
            self.seen[0, torch.tensor(req.prompt, device=device)] = True


class Engine:
    """The scheduler: a bounded queue of requests and a model thread that batches their decoding."""

    def __init__(self, model: Transformer, tokenizer, slots: int = 8, context: int = 2048, max_queue: int = 64):
        if slots < 1 or max_queue < 0:
            raise InputError("slots must be >= 1 and max_queue >= 0")
        self.model = model
        self.tokenizer = tokenizer
        self.slots = slots
        self.context = min(context, model.config.max_seq_len)
        self.device = model.tok_embeddings.weight.device
        model.setup_caches(slots, self.context)
        self._views = [
            [_RowView(layer.attention.kv_cache, s) for layer in model.layers] for s in range(slots)
        ]
        self.max_queue = max_queue
        self._queue: queue.Queue[Request] = queue.Queue()
        # Requests admitted or waiting: counted at submit, so the bound does not depend on how
        # quickly the model thread takes requests off the queue.
        self._in_flight = 0
        self._count_lock = threading.Lock()
        self._running: list[_Slot | None] = [None] * slots
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="jack-serve-model", daemon=True)
        self.steps = 0  # batched decode steps run (for tests and stats)
        self.max_batch_seen = 0

    # -- the client side ------------------------------------------------------------------
    def start(self) -> "Engine":
        """Start the model thread."""
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop the model thread (running requests end with an error event)."""
        self._stop.set()
        self._thread.join(timeout=30)

    @property
    def alive(self) -> bool:
        """Whether the model thread is running."""
        return self._thread.is_alive() and not self._stop.is_set()

    def stats(self) -> dict:
        """Slots in use and requests waiting."""
        return {
            "slots": self.slots,
            "active": sum(s is not None for s in self._running),
            "queued": max(0, self._in_flight - sum(s is not None for s in self._running)),
            "context": self.context,
        }

    def submit(self, req: Request) -> None:
        """Queue a request; raise QueueFull when no room is left, NotReady when the engine is down."""
        if not self.alive:
            raise NotReady("the model engine is not running")
        n = len(req.prompt)
        if n == 0:
            raise InputError("the prompt is empty; give some text")
        if n >= self.context:
            raise InputError(
                f"the prompt has {n} tokens but this server's context is {self.context}; shorten it"
            )
        vocab = self.model.config.vocab_size
        if any(t < 0 or t >= vocab for t in req.prompt):
            raise InputError(f"prompt token ids must be in [0, {vocab})")
        req.params.check()
        with self._count_lock:
            if self._in_flight >= self.slots + self.max_queue:
                raise QueueFull(
                    f"all {self.slots} slots are busy and {self.max_queue} requests are waiting; retry shortly"
                )
            self._in_flight += 1
        self._queue.put(req)

    def _release(self) -> None:
        with self._count_lock:
            self._in_flight -= 1

    # -- the model thread -----------------------------------------------------------------
    def _loop(self) -> None:
        with torch.no_grad():  # not inference_mode: the served model may be trained later (as in generate.py)
            while not self._stop.is_set():
                try:
                    self._admit()
                    if any(self._running):
                        self._decode_step()
                except Exception as err:  # a bug or OOM must not kill the server: fail the batch, go on
                    log.exception("model step failed")
                    self._fail_all(f"the model failed on this request ({type(err).__name__})")
            self._fail_all("the server is shutting down")
            while not self._queue.empty():
                req = self._queue.get_nowait()
                self._release()
                self._emit(req, Done("error", len(req.prompt), 0, "the server is shutting down"))

    def _fail_all(self, message: str) -> None:
        for s, slot in enumerate(self._running):
            if slot is not None:
                self._finish(s, "error", error=message)

    def _admit(self) -> None:
        """Prefill waiting requests into free slots; block briefly when nothing at all is running."""
        while None in self._running:
            idle = not any(self._running)
            try:
                req = self._queue.get(timeout=0.1) if idle else self._queue.get_nowait()
            except queue.Empty:
                return
            if req.cancelled:
                self._release()
                continue
            self._prefill(self._running.index(None), req)

    @contextmanager
    def _row(self, s: int):
        """Point every layer's cache at row s alone (for that row's prefill)."""
        saved = [layer.attention.kv_cache for layer in self.model.layers]
        try:
            for layer, view in zip(self.model.layers, self._views[s], strict=True):
                layer.attention.kv_cache = view
            yield
        finally:
            for layer, cache in zip(self.model.layers, saved, strict=True):
                layer.attention.kv_cache = cache

    def _prefill(self, s: int, req: Request) -> None:
        n = len(req.prompt)
        max_new = min(req.params.max_tokens, self.context - n)
        slot = _Slot(req, max_new, self.tokenizer.stream_decoder(), self.device, self.model.config.vocab_size)
        self._running[s] = slot
        if max_new <= 0:
            self._finish(s, "length")
            return
        ids = torch.tensor([req.prompt], device=self.device)
        with self._row(s):
            for start in range(0, n, PREFILL_CHUNK):
                end = min(start + PREFILL_CHUNK, n)
                h = self.model.hidden(ids[:, start:end], torch.arange(start, end, device=self.device))
        self._accept(s, self._sample(slot, self.model.logits(h[:, -1])))

    def _decode_step(self) -> None:
        """One token for every running slot: rows [0, n) where n is one past the highest busy slot."""
        for s, slot in enumerate(self._running):
            if slot is not None and slot.req.cancelled:
                self._running[s] = None  # the client is gone: nobody to tell
                self._release()
        busy = [s for s, slot in enumerate(self._running) if slot is not None]
        if not busy:
            return
        n = busy[-1] + 1
        tokens = torch.zeros(n, 1, dtype=torch.long)
        pos = torch.zeros(n, 1, dtype=torch.long)  # idle rows write junk at position 0, which a prefill overwrites
        for s in busy:
            tokens[s, 0], pos[s, 0] = self._running[s].token, self._running[s].pos
        logits = self.model.logits(self.model.hidden(tokens.to(self.device), pos.to(self.device)))[:, -1]
        self.steps += 1
        self.max_batch_seen = max(self.max_batch_seen, len(busy))
        for s in busy:
            slot = self._running[s]
            slot.pos += 1
            self._accept(s, self._sample(slot, logits[s : s + 1]))

    def _sample(self, slot: _Slot, logits: torch.Tensor) -> int:
        return int(sample(logits, slot.req.params, slot.generator, slot.seen)[0])

    def _accept(self, s: int, token: int) -> None:
        """Take one sampled token of slot s: stop, or send its text and keep going."""
        slot = self._running[s]
        if token in slot.req.params.stop_ids:
            self._finish(s, "stop")
            return
        slot.generated += 1
        slot.token = token
        if slot.seen is not None:
            slot.seen[0, token] = True
        slot.pending += slot.decoder.feed(token)
        if self._send_text(slot, final=False):
            self._finish(s, "stop")
        elif slot.generated >= slot.max_new:
            self._finish(s, "length")

    def _send_text(self, slot: _Slot, final: bool) -> bool:
        """Send pending text up to any stop string (holding back what might start one); True if one was hit."""
        stops = slot.req.stops
        text = slot.pending
        hits = [i for i in (text.find(x) for x in stops) if i >= 0]
        if hits:
            cut, hit = min(hits), True
        else:
            cut, hit = (len(text) if final else len(text) - stop_prefix_len(text, stops)), False
        if cut > 0:
            self._emit(slot.req, text[:cut])
        slot.pending = "" if hit else text[cut:]
        return hit

    def _finish(self, s: int, reason: str, error: str | None = None) -> None:
        slot = self._running[s]
        self._running[s] = None
        self._release()
        if reason != "error" and not slot.req.cancelled:
            slot.pending += slot.decoder.flush()
            self._send_text(slot, final=True)
        self._emit(slot.req, Done(reason, len(slot.req.prompt), slot.generated, error))

    def _emit(self, req: Request, event: Event) -> None:
        if req.cancelled:
            return
        try:
            req.emit(event)
        except Exception:  # the client's event loop is gone: treat it as a disconnect
            req.cancelled = True
