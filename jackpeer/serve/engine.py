"""Continuous batching: one model thread decodes every running request together, each in its own KV slot.

The cache holds `slots` rows (slots.py). A new request takes a free row — the one whose remembered
tokens share the longest prefix with its prompt, so a room's next turn or an API client's fixed
system prompt runs only its new tokens — and is prefilled there in chunks between decode steps, so
a long prompt never stalls the others for long. Every prefilled request then joins the batched
one-token decode step over rows [0, n), each row at its own position, on the compiled step
(batch_step.py) once it is warmed up. A finished or cancelled request frees its row at once, so the
next waiting request takes it without waiting for the rest of the batch (iteration-level
scheduling). `candidates` prefills one prompt once and decodes n samples of it side by side.
Requests wait in a bounded queue; a full queue is refused.
"""

import atexit
import logging
import threading
from collections import deque
from pathlib import Path

import torch

from jackpeer.errors import InputError, JackError
from jackpeer.model.generate import PREFILL_CHUNK, SamplingParams
from jackpeer.model.transformer import Transformer
from jackpeer.serve.batch_step import WARMUP_ROWS, BatchStep
from jackpeer.serve.sequences import Done, Event, Group, Request, Running, requests_of, sample_next
from jackpeer.serve.slots import Slot, SlotCache, shared_prefix
from jackpeer.torch_threads import CORES, use_cores

log = logging.getLogger("jackpeer.serve")

# Prompt tokens per prefill pass while other rows are decoding: each pass delays their next token.
SHARED_PREFILL_CHUNK = 64
# ...but each row of a pass reads at least this many: 15 requests arriving while one decodes would otherwise
# read 4 tokens each per pass, a whole pass (and a wait for the decoding row) per 4 tokens.
ROW_PREFILL_CHUNK = 16


class QueueFull(JackError):
    """Every slot is busy and the waiting queue is full: the client should retry later."""


class NotReady(JackError):
    """The model is not loaded (yet), or the engine has stopped."""


class Engine:
    """The scheduler: a bounded queue of requests and a model thread that batches their decoding."""

    def __init__(self, model: Transformer, tokenizer, slots: int = 8, context: int = 2048, max_queue: int = 64,
                 step: BatchStep | None = None, source: tuple[Path, str] | None = None):
        """source: (checkpoint, quantize mode) the model was loaded from, so a cold compile of the
        batched step runs in a low-priority process (model/compile_worker.py); None compiles here."""
        if slots < 1 or max_queue < 0:
            raise InputError("slots must be >= 1 and max_queue >= 0")
        self.model = model
        self.tokenizer = tokenizer
        self.context = min(context, model.config.max_seq_len)
        self.device = model.tok_embeddings.weight.device
        self.cache = SlotCache(model, slots, self.context)
        self.step_fn = step or BatchStep(model, self.cache.storage.k.size(3), source=source, storage_rows=slots)
        self.max_queue = max_queue
        self.reuse_prefix = True  # off: every prompt is prefilled from its first token (a baseline)
        self._queue: deque[Request] = deque()
        self._warm: deque[Request] = deque()
        self._wake = threading.Condition()
        # Requests admitted or waiting: counted at submit, so the bound does not depend on how
        # quickly the model thread takes requests off the queue.
        self._in_flight = 0
        self._running: dict[int, Running] = {}  # row -> sequence
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="jack-engine", daemon=True)
        self.steps = 0  # batched decode steps run (for tests and stats)
        self.prefills = 0  # passes of the model over prompt tokens, one or several rows each
        self._admitted = 0  # requests given a slot so far (the slots' recency order)
        self.max_batch_seen = 0
        self._live_traced = False  # the compiled step's first call of each kind done while idle
        self.traced = threading.Event()  # set once that is done: replies from here on never wait for a trace

    @property
    def slots(self) -> int:
        """Rows in the cache: how many requests decode at once."""
        return len(self.cache.slots)

    # -- the client side ------------------------------------------------------------------
    def start(self, compile: bool = True) -> "Engine":
        """Start the model thread (and the compiled step's background warm-up unless compile=False)."""
        if compile:
            self.step_fn.start()
        self._thread.start()
        # stop the model thread before the interpreter tears down the C++ runtime under it (a step still
        # running then ends the process with "terminate called without an active exception")
        atexit.register(self.close)
        return self

    def close(self) -> None:
        """Stop the model thread (running requests end with an error event)."""
        atexit.unregister(self.close)  # a closed engine is not kept alive until exit
        self._stop.set()
        with self._wake:
            self._wake.notify_all()
        self._thread.join(timeout=30)

    @property
    def alive(self) -> bool:
        """Whether the model thread is running."""
        return self._thread.is_alive() and not self._stop.is_set()

    def stats(self) -> dict:
        """Slots in use, requests waiting, and whether the compiled step is in use."""
        active = sum(not s.req.warm_only for s in self._running.values())
        return {"slots": self.slots, "active": active, "queued": max(0, self._in_flight - active),
                "context": self.context, "decode_step": self.step_fn.state}

    def submit(self, req: Request) -> None:
        """Queue a request; raise QueueFull when no room is left, NotReady when the engine is down."""
        self.submit_group([req])

    def submit_group(self, reqs: list[Request]) -> None:
        """Queue requests for one prompt that are admitted together and share one prefill (candidates)."""
        if not self.alive:
            raise NotReady("the model engine is not running")
        if not reqs or len(reqs) > self.slots:
            raise InputError(f"ask for 1 to {self.slots} candidates at once")
        prompt = reqs[0].prompt
        if any(r.prompt != prompt for r in reqs):
            raise InputError("candidates of one group share one prompt")
        self._check_prompt(prompt)
        for r in reqs:
            r.params.check()
        warm = reqs[0].warm_only
        with self._wake:
            if not warm:
                if self._in_flight + len(reqs) > self.slots + self.max_queue:
                    raise QueueFull(
                        f"all {self.slots} slots are busy and {self.max_queue} requests are waiting; retry shortly"
                    )
                self._in_flight += len(reqs)
                self._queue.append(reqs[0] if len(reqs) == 1 else Group(reqs))
            elif len(self._warm) < self.slots:  # idle prefill is a hint: drop it rather than queue many
                self._warm.append(reqs[0])
            self._wake.notify()

    def _check_prompt(self, prompt: list[int]) -> None:
        n = len(prompt)
        if n == 0:
            raise InputError("the prompt is empty; give some text")
        if n >= self.context:
            raise InputError(f"the prompt has {n} tokens but this server's context is {self.context}; shorten it")
        vocab = self.model.config.vocab_size
        if any(t < 0 or t >= vocab for t in prompt):
            raise InputError(f"prompt token ids must be in [0, {vocab})")

    def candidates(self, prompt: list[int], params: SamplingParams, n: int, stops: list[str] | None = None,
                   timeout: float | None = 300) -> list[tuple[str, Done]]:
        """n completions of one prompt, sampled side by side after one shared prefill (blocks; any thread).

        With params.seed set, candidate i uses seed + i, so a call repeats exactly.
        """
        texts: list[list[str]] = [[] for _ in range(n)]
        dones: list[Done | None] = [None] * n
        finished = threading.Semaphore(0)

        def emitter(i: int):
            def emit(event: Event) -> None:
                if isinstance(event, Done):
                    dones[i] = event
                    finished.release()
                else:
                    texts[i].append(event)
            return emit

        reqs = []
        for i in range(n):
            seed = None if params.seed is None else params.seed + i
            p = SamplingParams(**{**params.__dict__, "seed": seed})
            reqs.append(Request(list(prompt), p, emitter(i), list(stops or [])))
        self.submit_group(reqs)
        for _ in range(n):
            if not finished.acquire(timeout=timeout):
                for r in reqs:
                    r.cancelled = True
                raise NotReady(f"the engine gave no candidates within {timeout} s; it is overloaded or stopped")
        return [("".join(t), d) for t, d in zip(texts, dones, strict=True)]

    def _release(self, n: int = 1) -> None:
        with self._wake:
            self._in_flight -= n

    # -- the model thread -----------------------------------------------------------------
    def _loop(self) -> None:
        use_cores(CORES)  # the process's one thread that computes with every core (jackpeer/torch_threads.py)
        with torch.no_grad():  # not inference_mode: the served model may be trained later (as in generate.py)
            while not self._stop.is_set():
                try:
                    self._drop_cancelled()
                    self._admit()
                    if not self._running and not self._live_traced and getattr(self.step_fn, "state", "") == "ready":
                        self._trace_live_steps()
                        continue
                    if not self._running:
                        with self._wake:
                            if not self._queue and not self._warm and not self._stop.is_set():
                                self._wake.wait(0.5)
                        continue
                    self._prefill()
                    self._decode_step()
                except Exception as err:  # a bug or OOM must not kill the server: fail the batch, go on
                    log.exception("model step failed")
                    self._fail_all(f"the model failed on this request ({type(err).__name__})")
            self._fail_all("the server is shutting down")
            with self._wake:
                waiting = [r for item in self._queue for r in requests_of(item)] + list(self._warm)
                self._queue.clear()
                self._warm.clear()
            for req in waiting:
                if not req.warm_only:
                    self._release()
                self._emit(req, Done("error", len(req.prompt), 0, "the server is shutting down"))

    def _trace_live_steps(self) -> None:
        """While idle, once the compiled step is ready: one step of each kind (1 row, several) on
        the live model, whose first call re-traces (~5 s from the compile cache), so no reply waits for it.
        Every row writes a junk token just past what it holds, as idle rows do in a decode step."""
        self._live_traced = True
        for rows in WARMUP_ROWS:
            if rows > self.slots:
                break
            pos = torch.zeros(rows, 1, dtype=torch.long)
            for slot in self.cache.slots[:rows]:
                slot.cut(self.context - 1)
                pos[slot.row, 0] = len(slot.tokens)
            self.cache.use(0, rows, self.cache.span(int(pos.max()) + 1, self.context), self.cache.sharing(rows))
            self.step_fn(torch.zeros(rows, 1, dtype=torch.long, device=self.device), pos.to(self.device))
        self.traced.set()

    def _fail_all(self, message: str) -> None:
        for seq in list(self._running.values()):
            self._finish(seq, "error", error=message)

    def _drop_cancelled(self) -> None:
        for seq in list(self._running.values()):
            if seq.req.cancelled:
                self._free(seq)  # the client is gone: nobody to tell

    def _free(self, seq: Running) -> None:
        if self._running.get(seq.slot.row) is seq:
            del self._running[seq.slot.row]
            if not seq.req.warm_only:
                self._release()
        if seq.leader is not None and seq in seq.leader.followers:
            seq.leader.followers.remove(seq)
        for f in seq.followers:  # candidates still waiting for this prefill end with it
            f.leader = None
            self._finish(f, "error", error="the shared prefill was cancelled")
        seq.followers = []

    def _admit(self) -> None:
        """Give waiting requests free slots (real requests first, in order; idle prefills last)."""
        while True:
            with self._wake:
                if self._queue:
                    item, warm = self._queue[0], False
                elif self._warm:
                    item, warm = self._warm[0], True
                else:
                    return
            members = requests_of(item)
            if all(r.cancelled for r in members):
                with self._wake:
                    (self._warm if warm else self._queue).popleft()
                if not warm:
                    self._release(len(members))
                continue
            slots = self._choose(members[0].prompt, len(members), take_warm=not warm)
            if slots is None:
                return
            with self._wake:
                (self._warm if warm else self._queue).popleft()
            for slot in slots:
                if slot.row in self._running:  # an idle prefill that a real request now takes over
                    self._finish(self._running[slot.row], "stop")
            self._start(members, self._lowest_rows(slots))

    def _choose(self, prompt: list[int], n: int, take_warm: bool) -> list[Slot] | None:
        """n slots for a prompt: the free one holding the longest useful prefix first, then least recently used."""
        free = [s for s in self.cache.slots
                if s.row not in self._running or (take_warm and self._running[s.row].req.warm_only)]
        if len(free) < n:
            return None

        def useful(slot: Slot) -> int:
            # A prefix counts when it is most of what the slot holds: a room's own slot, not another
            # room's slot that merely shares the role card (taking that would throw its chat away).
            shared = shared_prefix(prompt, slot.tokens) if self.reuse_prefix else 0
            return shared if shared * 2 >= len(slot.tokens) else 0

        # Without a useful prefix: an empty row, else the least recently used one, so a room's prepared
        # prompt is not the first thing candidates overwrite (8 rooms asking at once: 5 of 8 found their
        # prepared prompt gone and prefilled ~100 tokens again). _lowest_rows then moves the chosen slots
        # down to the lowest idle rows, since a step runs rows [0, n) up to the highest busy one.
        ranked = sorted(free, key=lambda s: (-useful(s), bool(s.tokens), s.last_used, s.row))
        return ranked[:n]

    def _lowest_rows(self, chosen: list[Slot]) -> list[Slot]:
        """The chosen slots, each moved down to the lowest idle row below it (their contents swapped).

        A decode step runs rows [0, n) up to the highest decoding row, so one request in row 15 with
        rows 0-14 idle paid for 16 rows every step (a single `jack serve` client whose questions
        landed in ever higher rows decoded at 0.77× lm.chat). Swapping keeps every cached prefix.
        """
        taken = {s.row for s in chosen} | set(self._running)
        idle = sorted((s for s in self.cache.slots if s.row not in taken), key=lambda s: s.row)
        placed = []
        for slot in chosen:
            if idle and idle[0].row < slot.row:
                low = idle.pop(0)
                self.cache.swap(slot, low)
                idle = sorted([*idle, slot], key=lambda s: s.row)
                slot = low
            placed.append(slot)
        return placed

    def _start(self, reqs: list[Request], slots: list[Slot]) -> None:
        leader = None
        for req, slot in zip(reqs, slots, strict=True):
            self._admitted += 1
            slot.last_used = self._admitted
            n = len(req.prompt)
            reused = min(shared_prefix(req.prompt, slot.tokens), n - 1) if self.reuse_prefix and not leader else 0
            slot.cut(reused)
            max_new = 0 if req.warm_only else min(req.params.max_tokens, self.context - n)
            seq = Running(req, slot, max_new, self.tokenizer.stream_decoder(), self.model.config.vocab_size, reused,
                       self.device)
            self._running[slot.row] = seq
            if leader is None:
                leader = seq
            else:
                seq.leader = leader
                leader.followers.append(seq)
        if leader.max_new <= 0 and not leader.req.warm_only:
            for seq in [leader, *leader.followers]:
                self._finish(seq, "length")

    def _prefill(self) -> None:
        """One chunk of the oldest prefilling request, together with the requests prefilling in the rows next to
        it (a smaller chunk while other rows are decoding).

        Requests that arrive together (16 API clients, 8 rooms addressed at once) are read in one pass of the
        model over their rows rather than one pass each: a pass's cost grows far slower than its rows.
        """
        busy = any(s.decoding for s in self._running.values())
        # An idle prefill (a room's next prompt, prepared ahead) waits while anything decodes: its chunks
        # ran between decode steps and slowed every reply in flight (with 8 rooms replying at once, a
        # 100 ms chunk after each 35 ms step; the last rooms' replies came seconds later).
        waiting = {s.slot.row: s for s in self._running.values()
                   if not s.decoding and s.leader is None and not (busy and s.req.warm_only)}
        if not waiting:
            return
        for seq in waiting.values():
            if seq.prefilled == seq.reused and self.reuse_prefix:
                self._borrow_prefix(seq)
        # A request whose prompt starts like an older waiting one's waits for that one's pass and then copies
        # the shared start (16 clients with one system prompt: one reads it, fifteen copy it).
        ahead: list[Running] = []
        for seq in sorted(waiting.values(), key=lambda s: s.slot.last_used):
            prompt = seq.req.prompt
            if self.reuse_prefix and any(min(shared_prefix(prompt, o.req.prompt), len(prompt) - 1) > seq.prefilled
                                         for o in ahead):
                del waiting[seq.slot.row]
            ahead.append(seq)
        oldest = ahead[0]
        lo = hi = oldest.slot.row  # the run of adjacent prefilling rows around the oldest request
        while lo - 1 in waiting:
            lo -= 1
        while hi + 1 in waiting:
            hi += 1
        seqs = [waiting[row] for row in range(lo, hi + 1)]
        budget = SHARED_PREFILL_CHUNK if busy else PREFILL_CHUNK
        width = min(max(ROW_PREFILL_CHUNK, budget // len(seqs)), max(len(s.req.prompt) - s.prefilled for s in seqs))
        if len(seqs) == 1:
            self._prefill_row(seqs[0], width)
            return
        # Every row reads `width` tokens from where it stands; a row with fewer left pads with token 0 at the
        # positions after its prompt, whose keys and values are junk never read (as in a decode step's idle rows).
        last = self.cache.storage.k.size(3) - 1
        ids = torch.zeros(len(seqs), width, dtype=torch.long)
        pos = torch.zeros(len(seqs), width, dtype=torch.long)
        for i, seq in enumerate(seqs):
            chunk = seq.req.prompt[seq.prefilled : seq.prefilled + width]
            ids[i, : len(chunk)] = torch.tensor(chunk)
            pos[i] = torch.arange(seq.prefilled, seq.prefilled + width).clamp(max=last)
        self.cache.use(lo, len(seqs), self.cache.span(int(pos.max()) + 1, last + 1))
        h = self.model.hidden(ids.to(self.device), pos.to(self.device))
        self.prefills += 1
        for i, seq in enumerate(seqs):
            n = min(width, len(seq.req.prompt) - seq.prefilled)
            self._prefilled(seq, seq.prefilled + n, h[i : i + 1, n - 1])

    def _prefill_row(self, seq: Running, width: int) -> None:
        """The next `width` prompt tokens of one request, in its row alone."""
        prompt, start = seq.req.prompt, seq.prefilled
        end = min(len(prompt), start + width)
        self.cache.use(seq.slot.row, 1, end)
        ids = torch.tensor([prompt[start:end]], device=self.device)
        h = self.model.hidden(ids, torch.arange(start, end, device=self.device))
        self.prefills += 1
        self._prefilled(seq, end, h[:, -1])

    def _prefilled(self, seq: Running, end: int, h_last: torch.Tensor) -> None:
        """Record that seq's row holds its prompt up to `end`; at the prompt's end (h_last: the last token's
        hidden state [1, D]) start it decoding, with the candidates that share its prefill."""
        prompt = seq.req.prompt
        seq.prefilled = end
        seq.slot.tokens = prompt[:end]
        if end < len(prompt):
            return
        if seq.req.warm_only:
            self._finish(seq, "length")
            return
        logits = self.model.logits(h_last)
        group = [seq, *seq.followers]
        for f in seq.followers:
            self.cache.copy_prefix(seq.slot, f.slot, len(prompt))
            f.leader, f.prefilled = None, len(prompt)
        seq.followers = []
        for s in group:
            s.decoding = True
        self._accept(group, logits, [0] * len(group))

    def _borrow_prefix(self, seq: Running) -> None:
        """Before a prompt's first chunk: copy the longest start of it that another row holds, when that is
        more than its own row holds (16 API clients with one system prompt, 8 rooms with one role card).

        Copying a row's keys and values costs far less than computing them: 16 chat requests arriving
        at once prefilled the same ~30-token system prompt 16 times, one after another.
        """
        prompt, best, donor = seq.req.prompt, seq.prefilled, None
        for slot in self.cache.slots:
            if slot is not seq.slot:
                n = min(shared_prefix(prompt, slot.tokens), len(prompt) - 1)
                if n > best:
                    best, donor = n, slot
        if donor is not None:
            self.cache.copy_prefix(donor, seq.slot, best)
            seq.prefilled = seq.reused = best

    def _decode_step(self) -> None:
        """One token for every decoding row: rows [0, n) where n is one past the highest decoding row."""
        decoding = sorted((s for s in self._running.values() if s.decoding), key=lambda s: s.slot.row)
        if not decoding:
            return
        n = max(s.slot.row for s in decoding) + 1
        tokens = torch.zeros(n, 1, dtype=torch.long)
        pos = torch.zeros(n, 1, dtype=torch.long)
        for s in decoding:
            tokens[s.slot.row, 0], pos[s.slot.row, 0] = s.token, len(s.slot.tokens)
        # Rows in [0, n) that are not decoding write a junk token just past what they hold (their
        # next prefill chunk overwrites it, or it is never read), so their cached prefix stays intact.
        longest = 0
        for slot in self.cache.slots[:n]:
            seq = self._running.get(slot.row)
            if seq is None or not seq.decoding:
                if len(slot.tokens) >= self.context:
                    slot.cut(self.context - 1)
                pos[slot.row, 0] = len(slot.tokens)
            longest = max(longest, len(slot.tokens) + 1)
        span = self.cache.span(longest, self.context)
        self.cache.use(0, n, span, self.cache.sharing(n))
        logits = self.step_fn(tokens.to(self.device), pos.to(self.device))
        self.steps += 1
        self.max_batch_seen = max(self.max_batch_seen, len(decoding))
        for s in decoding:
            s.slot.tokens.append(s.token)
        self._accept(decoding, logits, [s.slot.row for s in decoding])

    def _accept(self, seqs: list[Running], logits: torch.Tensor, rows: list[int]) -> None:
        """Sample each sequence's next token from its row of logits [R, V], then stop it or send its text."""
        for seq, token in zip(seqs, sample_next(seqs, logits, rows), strict=True):
            if self._running.get(seq.slot.row) is not seq:
                continue
            if token in seq.req.params.stop_ids:
                self._finish(seq, "stop")
                continue
            seq.generated += 1
            seq.token = token
            if seq.seen is not None:
                seq.seen[0, token] = True
            seq.pending += seq.decoder.feed(token)
            if self._send_text(seq, final=False):
                self._finish(seq, "stop")
            elif seq.generated >= seq.max_new or len(seq.slot.tokens) + 1 >= self.context:
                self._finish(seq, "length")

    def _send_text(self, seq: Running, final: bool) -> bool:
        """Send the text seq may send now (Running.take_text); True if a stop string was hit."""
        text, hit = seq.take_text(final)
        if text:
            self._emit(seq.req, text)
        return hit

    def _finish(self, seq: Running, reason: str, error: str | None = None) -> None:
        self._free(seq)
        if reason != "error" and not seq.req.cancelled:
            seq.pending += seq.decoder.flush()
            self._send_text(seq, final=True)
        self._emit(seq.req, Done(reason, len(seq.req.prompt), seq.generated, error, seq.reused))

    def _emit(self, req: Request, event: Event) -> None:
        if req.cancelled:
            return
        try:
            req.emit(event)
        except Exception:  # the client's event loop is gone: treat it as a disconnect
            req.cancelled = True
