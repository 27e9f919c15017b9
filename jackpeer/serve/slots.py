"""The engine's KV cache: one row ("slot") per sequence, each remembering which tokens it holds.

Every layer's keys and values live in one preallocated tensor [slots, KV, context, dh]. A decode
step for rows [0, n) that attend to positions [0, span) runs on views of that storage, so its
cost follows the rows and positions in use, not the whole allocation. A slot keeps the token ids
its row holds after its request ends: the next prompt that starts the same way (the same room's
next turn, the same system prompt) runs only the tokens after the shared prefix. A row that got its
prefix copied from another row (best-of-N candidates, a prompt that starts like another row's) remembers
that row, and a decode step's attention reads that prefix from there while the donor still holds it: 4
candidates of a room's 700-token prompt read its keys once per step, not 4 times.
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
        self.epoch = 0  # counts the times positions below len(tokens) were given new contents
        # (donor slot, length, the donor's epoch then): its first `length` positions hold what ours do
        self.share: tuple[Slot, int, int] | None = None

    def cut(self, n: int) -> None:
        """Keep the first n tokens: the positions after them will be written again."""
        if n < len(self.tokens):
            self.tokens = self.tokens[:n]
            self.epoch += 1
        if self.share is not None and self.share[1] > n:
            donor, _, epoch = self.share
            self.share = (donor, n, epoch)


class RowsCache:
    """One layer's cache as the attention sees it during an engine step: views of the slot storage.

    A plain object, not a module, so the compiled step takes its tensors as ordinary inputs whose
    batch and length dimensions stay dynamic (module buffers are specialized to one shape).
    """

    def __init__(self, k: torch.Tensor, v: torch.Tensor):
        self.k, self.v = k, v
        self.shared: torch.Tensor | None = None  # [rows, 2]: the row each one reads its prefix from, its length

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

    def use(self, first: int, rows: int, span: int, shared: torch.Tensor | None = None) -> None:
        """Point every layer's cache at rows [first, first + rows) and positions [0, span) of the storage,
        with `shared` (sharing(), for a decode step over rows [0, rows)) telling which rows share a prefix."""
        key = (first, rows, span)
        views = self._views.get(key)
        if views is None:
            if len(self._views) > 512:  # many (rows, span) pairs over a long run: keep the dict bounded
                self._views.clear()
            views = [(k[first : first + rows, :, :span], v[first : first + rows, :, :span]) for k, v in self.storage]
            for k, v in views:
                mark_dynamic_rows(k, v)
            self._views[key] = views
        if shared is not None and rows > 1:
            torch._dynamo.maybe_mark_dynamic(shared, 0)
        for cache, (k, v) in zip(self.caches, views, strict=True):
            cache.k, cache.v, cache.shared = k, v, shared

    def sharing(self, rows: int) -> torch.Tensor:
        """int64 [rows, 2]: for each of rows [0, rows), the row it may read its first keys from and how many
        (itself and 0 unless its prefix was copied from a row below `rows` that still holds it unchanged)."""
        out = torch.zeros(rows, 2, dtype=torch.long)
        out[:, 0] = torch.arange(rows)
        for slot in self.slots[:rows]:
            if slot.share is None:
                continue
            donor, length, epoch = slot.share
            if (donor is not slot and donor.row < rows and donor.epoch == epoch and length <= len(donor.tokens)
                    and length <= len(slot.tokens)):
                out[slot.row, 0], out[slot.row, 1] = donor.row, length
        return out

    def copy_prefix(self, src: Slot, dst: Slot, length: int) -> None:
        """Copy positions [0, length) of src's row into dst's row (best-of-N: one prefill, n rows)."""
        for k, v in self.storage:
            k[dst.row, :, :length] = k[src.row, :, :length]
            v[dst.row, :, :length] = v[src.row, :, :length]
        dst.tokens = src.tokens[:length]
        dst.epoch += 1
        dst.share = (src, length, src.epoch)

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
        a.share, b.share = b.share, a.share
        a.epoch += 1  # rows that copied from a or b now find other contents there
        b.epoch += 1

    @staticmethod
    def span(longest: int, limit: int) -> int:
        """Positions a step attends to, rounded up to SPAN_STEP, at most limit."""
        return min(limit, -(-longest // SPAN_STEP) * SPAN_STEP)
