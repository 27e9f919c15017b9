"""The engine's KV cache: one row ("slot") per sequence, each remembering which tokens it holds.

Every layer's keys and values live in one preallocated tensor [slots, KV, context, dh]. A decode
step for rows [0, n) that attend to positions [0, span) runs on views of that storage, so its
cost follows the rows and positions in use, not the whole allocation. A slot keeps the token ids
its row holds after its request ends: the next prompt that starts the same way (the same room's
next turn, the same system prompt) runs only the tokens after the shared prefix.
"""

import torch

from jackpeer.model.kv_cache import write_natively
from jackpeer.model.transformer import Transformer

SPAN_STEP = 64  # decode spans are rounded up to this many positions (fewer distinct view shapes)


def shared_prefix(a: list[int], b: list[int]) -> int:
    """How many leading token ids a and b have in common."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class Slot:
    """One row of the cache: the token ids whose keys and values it holds, and when it was last used."""

    def __init__(self, row: int):
        self.row = row
        self.tokens: list[int] = []  # positions [0, len) of this row hold these tokens
        self.last_used = -1  # admission count at the last request that used it (-1: never)


class RowsCache:
    """One layer's cache as the attention sees it during an engine step: views of the slot storage.

    A plain object, not a module, so the compiled step takes its tensors as ordinary inputs whose
    batch and length dimensions stay dynamic (module buffers are specialized to one shape).
    """

    def __init__(self, k: torch.Tensor, v: torch.Tensor):
        self.k, self.v = k, v

    def update(self, pos: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Write k, v [B, KV, T, dh] at positions pos [T] (prefill of one row) or [B, 1] (each row its own)."""
        if write_natively(self.k, self.v, pos, k, v):
            return self.k, self.v
        if pos.dim() == 2:
            rows = torch.arange(k.size(0), device=pos.device).view(-1, 1)
            self.k[rows, :, pos] = k.transpose(1, 2)
            self.v[rows, :, pos] = v.transpose(1, 2)
        else:
            self.k.index_copy_(2, pos, k)
            self.v.index_copy_(2, pos, v)
        return self.k, self.v


def install_rows_caches(model: Transformer, storage: list[tuple[torch.Tensor, torch.Tensor]]) -> list[RowsCache]:
    """Give every attention layer a RowsCache over its storage (replacing any KVCache module)."""
    caches = []
    for layer, (k, v) in zip(model.layers, storage, strict=True):
        layer.attention._modules.pop("kv_cache", None)  # a plain attribute from here on
        layer.attention.kv_cache = RowsCache(k, v)
        caches.append(layer.attention.kv_cache)
    model.max_batch = storage[0][0].size(0)
    model.rope(storage[0][0].size(2))
    return caches


def new_storage(model: Transformer, slots: int, context: int) -> list[tuple[torch.Tensor, torch.Tensor]]:
    """Zeroed keys and values [slots, KV, context, dh] for every layer, in the model's dtype."""
    c, w = model.config, model.tok_embeddings.weight
    shape = (slots, c.n_kv_heads, context, c.head_dim)
    with torch.inference_mode(False):  # ordinary tensors: a compiled step built with them must match
        return [(torch.zeros(shape, dtype=w.dtype, device=w.device), torch.zeros(shape, dtype=w.dtype, device=w.device))
                for _ in model.layers]


def mark_dynamic_rows(k: torch.Tensor, v: torch.Tensor) -> None:
    """Let a compiled step take any number of rows and any span for these views."""
    for t in (k, v):
        torch._dynamo.mark_dynamic(t, 0)
        torch._dynamo.mark_dynamic(t, 2)


class SlotCache:
    """Per-layer storage [slots, KV, context, dh] and the views the model's layers run on."""

    def __init__(self, model: Transformer, slots: int, context: int):
        self.model = model
        self.context = context
        self.slots = [Slot(s) for s in range(slots)]
        # One spare block of positions: a span never covers the whole storage, so every view is strided
        # alike (a compiled graph tells a full-length, contiguous view apart from a shorter one).
        self.storage = new_storage(model, slots, context + SPAN_STEP)
        self.caches = install_rows_caches(model, self.storage)
        self._views: dict[tuple[int, int, int], list[tuple[torch.Tensor, torch.Tensor]]] = {}

    def use(self, first: int, rows: int, span: int) -> None:
        """Point every layer's cache at rows [first, first + rows) and positions [0, span) of the storage."""
        key = (first, rows, span)
        views = self._views.get(key)
        if views is None:
            if len(self._views) > 512:  # many (rows, span) pairs over a long run: keep the dict bounded
                self._views.clear()
            views = [(k[first : first + rows, :, :span], v[first : first + rows, :, :span]) for k, v in self.storage]
            for k, v in views:
                mark_dynamic_rows(k, v)
            self._views[key] = views
        for cache, (k, v) in zip(self.caches, views, strict=True):
            cache.k, cache.v = k, v

    def copy_prefix(self, src: Slot, dst: Slot, length: int) -> None:
        """Copy positions [0, length) of src's row into dst's row (best-of-N: one prefill, n rows)."""
        for k, v in self.storage:
            k[dst.row, :, :length] = k[src.row, :, :length]
            v[dst.row, :, :length] = v[src.row, :, :length]
        dst.tokens = src.tokens[:length]

    def swap(self, a: Slot, b: Slot) -> None:
        """Exchange what rows a and b hold (keys, values, token ids, recency): nothing cached is lost."""
        n = max(len(a.tokens), len(b.tokens))
        for k, v in self.storage:
            for t in (k, v):
                held = t[a.row, :, :n].clone()
                t[a.row, :, :n] = t[b.row, :, :n]
                t[b.row, :, :n] = held
        a.tokens, b.tokens = b.tokens, a.tokens
        a.last_used, b.last_used = b.last_used, a.last_used

    @staticmethod
    def span(longest: int, limit: int) -> int:
        """Positions a step attends to, rounded up to SPAN_STEP, at most limit."""
        return min(limit, -(-longest // SPAN_STEP) * SPAN_STEP)
