"""A static, preallocated key/value cache: fixed shapes, updated in place at the given positions."""

import torch
from torch import nn


class KVCache(nn.Module):
    """Keys and values of one attention layer for positions [0, max_seq_len): [B, KV, S, dh]."""

    def __init__(self, batch: int, n_kv_heads: int, max_seq_len: int, head_dim: int, dtype: torch.dtype):
        super().__init__()
        shape = (batch, n_kv_heads, max_seq_len, head_dim)
        self.register_buffer("k", torch.zeros(shape, dtype=dtype), persistent=False)
        self.register_buffer("v", torch.zeros(shape, dtype=dtype), persistent=False)

    def update(self, pos: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Write k, v [B, KV, T, dh] at positions pos [T]; return the whole cache."""
        self.k[: k.size(0), :, pos] = k
        self.v[: v.size(0), :, pos] = v
        return self.k[: k.size(0)], self.v[: v.size(0)]
