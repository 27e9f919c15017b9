"""The engine's KV cache: one row ("slot") per sequence, each remembering which tokens it holds.

Every layer's keys live in one preallocated tensor [layers, slots, KV, context, dh], their values in another. A decode
step for rows [0, n) that attend to positions [0, span) runs on views of that storage, so its
cost follows the rows and positions in use, not the whole allocation. A slot keeps the token ids
its row holds after its request ends: the next prompt that starts the same way (the same room's
next turn, the same system prompt) runs only the tokens after the shared prefix. A row that got its
prefix copied from another row (best-of-N candidates, a prompt that starts like another row's) remembers
that row, and a decode step's attention reads that prefix from there while the donor still holds it: 4
candidates of a room's 700-token prompt read its keys once per step, not 4 times.
"""

import torch

from jackpeer.model.kv_cache import CacheStore, install_caches
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


def new_storage(model: Transformer, slots: int, context: int) -> CacheStore:
    """Zeroed keys and values [layers, slots, KV, context, dh], in the model's dtype."""
    c, w = model.config, model.tok_embeddings.weight
    return CacheStore.zeros(c.n_layers, slots, c.n_kv_heads, context, c.head_dim, w.dtype, w.device)


def rows_view(storage: CacheStore, first: int, rows: int, span: int, shared: torch.Tensor | None = None) -> CacheStore:
    """Rows [first, first + rows) and positions [0, span) of storage, with their rows and span left dynamic for a
    compiled step."""
    view = CacheStore(storage.k[:, first : first + rows, :, :span], storage.v[:, first : first + rows, :, :span],
                      shared)
    for t in (view.k, view.v):
        torch._dynamo.mark_dynamic(t, 1)
        torch._dynamo.mark_dynamic(t, 3)
    return view


def attach(model: Transformer, storage: CacheStore) -> CacheStore:
    """Give every layer of model a KVCache over a view of storage, returned (all of it for now: point it at the rows
    and span a step uses by setting its fields), with the batch and the RoPE table sized for the storage."""
    view = CacheStore(storage.k, storage.v)
    install_caches(model, view)
    model.max_batch = storage.k.size(1)
    model.rope(storage.k.size(3))
    return view


class SlotCache:
    """The storage [layers, slots, KV, context, dh] (keys and values) and the view the model's layers run on."""

    def __init__(self, model: Transformer, slots: int, context: int):
        self.model = model
        self.context = context
        self.slots = [Slot(s) for s in range(slots)]
        # One spare block of positions: a span never covers the whole storage, so every view is strided
        # alike (a compiled graph tells a full-length, contiguous view apart from a shorter one).
        self.storage = new_storage(model, slots, context + SPAN_STEP)
        # What every layer's cache reads during a step: a view of the storage (use() points it elsewhere).
        self.view = attach(model, self.storage)
        self._views: dict[tuple[int, int, int], tuple[torch.Tensor, torch.Tensor]] = {}

    def use(self, first: int, rows: int, span: int, shared: torch.Tensor | None = None) -> None:
        """Point every layer's cache at rows [first, first + rows) and positions [0, span) of the storage,
        with `shared` (sharing(), for a decode step over rows [0, rows)) telling which rows share a prefix."""
        key = (first, rows, span)
        views = self._views.get(key)
        if views is None:
            if len(self._views) > 512:  # many (rows, span) pairs over a long run: keep the dict bounded
                self._views.clear()
            view = rows_view(self.storage, first, rows, span)
            views = self._views[key] = (view.k, view.v)
        if shared is not None and rows > 1:
            torch._dynamo.maybe_mark_dynamic(shared, 0)
        self.view.k, self.view.v = views
        self.view.shared = shared

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
        for t in (self.storage.k, self.storage.v):
            t[:, dst.row, :, :length] = t[:, src.row, :, :length]
        dst.tokens = src.tokens[:length]
        dst.epoch += 1
        dst.share = (src, length, src.epoch)

    def swap(self, a: Slot, b: Slot) -> None:
        """Exchange what rows a and b hold (keys, values, token ids, recency): nothing cached is lost."""
        n = max(len(a.tokens), len(b.tokens))
        for t in (self.storage.k, self.storage.v):
            held = t[:, a.row, :, :n].clone()
            t[:, a.row, :, :n] = t[:, b.row, :, :n]
            t[:, b.row, :, :n] = held
        a.tokens, b.tokens = b.tokens, a.tokens
        a.last_used, b.last_used = b.last_used, a.last_used
        a.share, b.share = b.share, a.share
        a.epoch += 1  # rows that copied from a or b now find other contents there
        b.epoch += 1

    @staticmethod
    def span(longest: int, limit: int) -> int:
        """Positions a step attends to, rounded up to SPAN_STEP, at most limit."""
        return min(limit, -(-longest // SPAN_STEP) * SPAN_STEP)
