"""A static, preallocated key/value cache: fixed shapes, updated in place at the given positions.

Every layer's keys and values live in one tensor each, [layers, B, KV, S, dh] (a CacheStore), and each
layer's attention holds a KVCache, its window into that store. A compiled decode step then takes two cache
inputs with one symbolic length. With a tensor pair per layer, each of the 60 cache inputs of the bundled
model came with a length of its own, which the graph's wrapper turned into a tensor on every call, and
dynamo checked each: about 0.4 ms of a 5.5 ms token, before any arithmetic.
"""

import torch

from jackpeer.model import native


def write_natively(store: "CacheStore", layer: int, pos: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> bool:
    """Write k, v [B, KV, T, dh] into store's layer at pos [T] or [B, T] with our kernel (native.py), where it
    applies: True when done.

    In a compiled step this writes the cache in place; written with indexing, the batched step also
    copied every layer's cache view each step.
    """
    if not native.loaded or k.requires_grad or k.device.type != "cpu" or k.dtype != store.k.dtype:
        return False
    torch.ops.jackpeer.kv_write(store.k, store.v, layer, pos, k, v)
    return True


class CacheStore:
    """Keys and values of every layer, [layers, B, KV, S, dh] each (or views of larger tensors: the engine's
    rows and span in use), and which rows read their prefix from another row (the engine's; see serve/slots.py)."""

    def __init__(self, k: torch.Tensor, v: torch.Tensor, shared: torch.Tensor | None = None):
        self.k, self.v, self.shared = k, v, shared

    @classmethod
    def zeros(cls, layers: int, batch: int, n_kv_heads: int, length: int, head_dim: int, dtype: torch.dtype,
              device: torch.device | str = "cpu") -> "CacheStore":
        """A zeroed store: ordinary tensors even under inference mode (a compiled step built with them must match)."""
        shape = (layers, batch, n_kv_heads, length, head_dim)
        with torch.inference_mode(False):
            return cls(torch.zeros(shape, dtype=dtype, device=device), torch.zeros(shape, dtype=dtype, device=device))


class KVCache:
    """One attention layer's keys and values, [B, KV, S, dh]: its layer of a CacheStore.

    A plain object, not a module: the compiled step takes the store's tensors as ordinary inputs whose
    dimensions may stay dynamic (module buffers are specialized to one shape)."""

    def __init__(self, store: CacheStore, layer: int):
        self.store, self.layer = store, layer

    @property
    def k(self) -> torch.Tensor:
        return self.store.k[self.layer]

    @property
    def v(self) -> torch.Tensor:
        return self.store.v[self.layer]

    @property
    def shared(self) -> torch.Tensor | None:
        """[B, 2]: the row each one reads its first keys from, and how many (None: every row its own)."""
        return self.store.shared

    def update(self, pos: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Write k, v [B, KV, T, dh] at positions pos [T] (or [B, T], each row its own); return rows [0, B) of the
        whole cache."""
        B = k.size(0)
        k_cache, v_cache = self.k, self.v
        if B != k_cache.size(0):
            k_cache, v_cache = k_cache[:B], v_cache[:B]
        if not write_natively(self.store, self.layer, pos, k, v):
            # Into the store itself, at (layer, row, head, position): written into the layer's view, a compiled step
            # copied the whole store for each layer (71 against 105 tok/s on the bundled model, JACK_NATIVE=0).
            # pos is [T] (every row at the same positions) or [B, T] (continuous batching: each row its own).
            n_kv, T, dev = k.size(1), k.size(2), k.device
            at = (torch.tensor(self.layer, device=dev), torch.arange(B, device=dev).view(B, 1, 1),
                  torch.arange(n_kv, device=dev).view(1, n_kv, 1), pos.view(-1, 1, T))
            self.store.k.index_put_(at, k)
            self.store.v.index_put_(at, v)
        return k_cache, v_cache


def install_caches(model, store: CacheStore) -> None:
    """Give every attention layer of model its KVCache over store (replacing any it had)."""
    for i, layer in enumerate(model.layers):
        layer.attention.kv_cache = KVCache(store, i)
