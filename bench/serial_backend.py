"""The one-at-a-time local backend the room used before the batching engine: bench/rooms.py's baseline.

Kept here, not in the package, so the load test measures the old behaviour in the same run as the new
one: every room's reply waits for the model's single lock, and best-of-N candidates decode in a
separate batch-n cache after a batch-1 prefill.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import torch

from jackpeer.peers.backends import marker_held_back, visible_prefix
from jackpeer.peers.tools import ToolRequest
from jackpeer.torch_threads import CORES, use_cores


class SerialBackend:
    """The room's local backend before the shared engine (as of commit fb98682): one generation at a
    time under one lock, on the lm's batch-1 compiled decode step.

    It keeps the KV cache of the last prompt: the next prompt only runs the tokens after the longest
    prefix they share (the role card and task, and the recent chat once `prepare` has read it while
    the room was idle), so the first token of a reply waits for a few dozen tokens, not the whole prompt.
    """

    remote = False

    def __init__(self, model: str | None = None, temperature: float = 0.6, top_p: float = 0.9,
                 repetition_penalty: float = 1.15, cache_tokens: int = 1024, reuse_prefix: bool = True,
                 adapter: str | None = None) -> None:
        import jackpeer

        self.lm = jackpeer.load(model, adapter=adapter)  # a LoRA adapter is merged before quantization
        self.lm.require_chat()  # Jack chats: a base checkpoint is refused here, with what to use instead
        label = str(getattr(self.lm, "path", "") or model or "default").replace("\\", "/").rsplit("/", 1)[-1]
        if adapter:
            label += f" + {Path(adapter).name}"
        self.name = f"local model {label}"
        self.short_name = f"local: {label}"
        self.temperature, self.top_p, self.repetition_penalty = temperature, top_p, repetition_penalty
        self.cache_tokens = cache_tokens
        self.reuse_prefix = reuse_prefix
        self.cached: list[int] = []  # token ids whose keys and values sit in the model's cache, in order
        self.last: dict = {}
        # One generation at a time: the model's KV cache is shared state.
        self._lock = threading.Lock()

    def warm(self) -> float:
        """Run a tiny generation so the first real reply pays no start-up cost; return seconds taken."""
        t0 = time.perf_counter()
        for _ in self.stream([{"role": "user", "content": "Say hi."}], max_tokens=4):
            pass
        return time.perf_counter() - t0

    def prepare(self, messages: list[dict]) -> bool:
        """While idle, run the prompt's known part through the model so a reply later starts sooner."""
        use_cores(CORES)  # as before the engine: whichever thread calls computes on every core
        if not self.reuse_prefix or not self._lock.acquire(blocking=False):
            return False
        try:
            ids = self.lm.chat_format.encode_dialog(messages, add_generation_prompt=False)
            self._prefill(ids)
            return True
        finally:
            self._lock.release()

    def _prefill(self, ids: list[int], needed: int = 0) -> torch.Tensor:
        """Run the tokens after the shared prefix; return the logits for the next token."""
        model = self.lm.model
        caches = model.layers[0].attention.kv_cache
        needed = max(needed, len(ids) + 1)
        if caches is None or model.max_batch != 1 or caches.k.size(2) < needed:
            model.setup_caches(1, max(self.cache_tokens, 2 ** needed.bit_length()))
            self.cached = []
        shared = 0
        if self.reuse_prefix:
            for a, b in zip(ids, self.cached, strict=False):
                if a != b:
                    break
                shared += 1
        shared = min(shared, len(ids) - 1)  # at least one token must run to give logits
        device = model.tok_embeddings.weight.device
        with torch.inference_mode():
            h = None
            for start in range(shared, len(ids), 256):
                end = min(start + 256, len(ids))
                chunk = torch.tensor([ids[start:end]], device=device)
                h = model.hidden(chunk, torch.arange(start, end, device=device))
            logits = model.logits(h[:, -1])
        self.cached = list(ids)
        self.last = {"prompt_tokens": len(ids), "reused_tokens": shared}
        return logits

    def stream(self, messages: list[dict], tools: list[dict] | None = None,
               max_tokens: int = 60) -> Iterator[str | ToolRequest]:
        """Stream visible text pieces, then the tool calls parsed from the whole reply."""
        use_cores(CORES)
        from jackpeer.model.generate import SamplingParams, sample

        fmt, tok, model = self.lm.chat_format, self.lm.tokenizer, self.lm.model
        with self._lock:
            ids = fmt.encode_dialog(messages, add_generation_prompt=True, tools=tools or None)
            limit = model.config.max_seq_len - 1
            ids = ids[-limit + max_tokens:] if len(ids) + max_tokens > limit else ids
            logits = self._prefill(ids, len(ids) + max_tokens + 1)
            params = SamplingParams(max_tokens=max_tokens, temperature=self.temperature, top_p=self.top_p,
                                    repetition_penalty=self.repetition_penalty, stop_ids=frozenset(fmt.stop_ids))
            gen = torch.Generator().manual_seed(random.getrandbits(63)) if self.temperature > 0 else None
            seen = torch.zeros(1, logits.size(-1), dtype=torch.bool)
            seen[0, torch.tensor(ids)] = True
            decoder = tok.stream_decoder()
            text, shown, in_tool = "", 0, False
            for _ in range(max_tokens):
                nxt = sample(logits, params, gen, seen)
                t = int(nxt[0])
                if t in params.stop_ids:
                    break
                text += decoder.feed(t)
                seen[0, t] = True
                logits = self.lm.decode_step(nxt.view(1, 1), len(self.cached))  # compiled once warmed up
                self.cached.append(t)
                if in_tool:
                    continue
                visible, in_tool = visible_prefix(text)
                upto = len(visible) if in_tool else len(visible) - marker_held_back(visible)
                if upto > shown:
                    yield visible[shown:upto]
                    shown = upto
            text += decoder.flush()
            visible, in_tool = visible_prefix(text)
            if len(visible) > shown:
                yield visible[shown:]
            if tools and in_tool:
                for call in fmt.parse_reply(text).tool_calls:
                    yield ToolRequest(call.name, dict(call.arguments or {}))


    def candidates(self, messages: list[dict], n: int, max_tokens: int = 48) -> list[str]:
        """`n` sampled replies to one prompt in one batched generation (best-of-N for Jack's turns).

        The prompt is prefilled once at batch 1 (reusing the cached prefix), its keys and values are copied
        into every row of a batch-`n` cache, and the rows decode together; the batch-1 cache is put back
        afterwards, so the prefix stays cached for the next turn."""
        use_cores(CORES)
        from jackpeer.model.generate import SamplingParams, sample

        fmt, tok, model = self.lm.chat_format, self.lm.tokenizer, self.lm.model
        with self._lock:
            ids = fmt.encode_dialog(messages, add_generation_prompt=True)
            limit = model.config.max_seq_len - 1
            ids = ids[-limit + max_tokens:] if len(ids) + max_tokens > limit else ids
            logits = self._prefill(ids, len(ids) + max_tokens + 1)
            single = [layer.attention.kv_cache for layer in model.layers]
            model.setup_caches(n, single[0].k.size(2))
            try:
                with torch.inference_mode():
                    for layer, old in zip(model.layers, single, strict=True):
                        layer.attention.kv_cache.k[:, :, :len(ids)] = old.k[:1, :, :len(ids)]
                        layer.attention.kv_cache.v[:, :, :len(ids)] = old.v[:1, :, :len(ids)]
                    params = SamplingParams(max_tokens=max_tokens, temperature=max(self.temperature, 0.7),
                                            top_p=self.top_p, repetition_penalty=self.repetition_penalty,
                                            stop_ids=frozenset(fmt.stop_ids))
                    gen = torch.Generator().manual_seed(random.getrandbits(63))
                    logits = logits.expand(n, -1)
                    seen = torch.zeros(n, logits.size(-1), dtype=torch.bool)
                    seen[:, torch.tensor(ids)] = True
                    outs: list[list[int]] = [[] for _ in range(n)]
                    done = [False] * n
                    for i in range(max_tokens):
                        nxt = sample(logits, params, gen, seen)
                        for b, t in enumerate(nxt.tolist()):
                            if not done[b]:
                                if t in params.stop_ids:
                                    done[b] = True
                                else:
                                    outs[b].append(t)
                        if all(done) or i == max_tokens - 1:
                            break
                        seen[torch.arange(n), nxt] = True
                        h = model.hidden(nxt.view(n, 1), torch.tensor([len(ids) + i]))
                        logits = model.logits(h[:, -1])
            finally:
                # back to the batch-1 cache, whose first len(ids) positions still hold this prompt
                for layer, old in zip(model.layers, single, strict=True):
                    layer.attention.kv_cache = old
                model.max_batch = 1
            self.cached = list(ids)
        return [visible_prefix(tok.decode(o))[0] for o in outs]
