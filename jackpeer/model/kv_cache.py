"""A static, preallocated key/value cache: fixed shapes, updated in place at the given positions."""

import torch
from torch import nn

from jackpeer.model import native


def write_natively(k_cache: torch.Tensor, v_cache: torch.Tensor, pos: torch.Tensor, k: torch.Tensor,
                   v: torch.Tensor) -> bool:
    """Write k, v [B, KV, T, dh] at pos [T] or [B, T] with our kernel (native.py), where it applies: True when done.

    In a compiled step this writes the cache in place; written with indexing, the batched step also
    copied every layer's cache view each step.
    """
    if not native.loaded or k.requires_grad or k.device.type != "cpu" or k.dtype != k_cache.dtype:
        return False
    torch.ops.jackpeer.kv_write(k_cache, v_cache, pos, k, v)
    return True


class KVCache(nn.Module):
    """Keys and values of one attention layer for positions [0, max_seq_len): [B, KV, S, dh]."""

    shared = None  # every row reads its own keys (the engine's caches may say which rows share a prefix)

    def __init__(self, batch: int, n_kv_heads: int, max_seq_len: int, head_dim: int, dtype: torch.dtype):
        super().__init__()
        shape = (batch, n_kv_heads, max_seq_len, head_dim)
        self.register_buffer("k", torch.zeros(shape, dtype=dtype), persistent=False)
        self.register_buffer("v", torch.zeros(shape, dtype=dtype), persistent=False)

    def update(self, pos: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Write k, v [B, KV, T, dh] at positions pos [T] (or [B, T], each row its own); return the whole cache."""
        B = k.size(0)
        if write_natively(self.k, self.v, pos, k, v):
            return (self.k, self.v) if B == self.k.size(0) else (self.k[:B], self.v[:B])
        if pos.dim() == 2:  # continuous batching: every sequence sits at its own position
            rows = torch.arange(B, device=pos.device).view(B, 1)
            self.k[rows, :, pos] = k.transpose(1, 2)
            self.v[rows, :, pos] = v.transpose(1, 2)
        elif B == self.k.size(0):  # the usual case: one in-place copy per tensor, no advanced indexing
            self.k.index_copy_(2, pos, k)
            self.v.index_copy_(2, pos, v)
            return self.k, self.v
        else:
            self.k[:B, :, pos] = k
            self.v[:B, :, pos] = v
        return self.k[:B], self.v[:B]
