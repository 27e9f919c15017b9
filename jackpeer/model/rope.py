"""Rotary position embeddings with the Llama 3.1 long-context frequency scaling (spec §1.2)."""

import math

import torch

from jackpeer.model.config import LlamaConfig, RopeScaling


def scale_frequencies(freqs: torch.Tensor, s: RopeScaling) -> torch.Tensor:
    """Llama 3.1: keep high frequencies, divide low ones by `factor`, blend in between."""
    wavelen = 2 * math.pi / freqs
    low_wavelen = s.original_max_position_embeddings / s.low_freq_factor
    high_wavelen = s.original_max_position_embeddings / s.high_freq_factor
    gamma = (s.original_max_position_embeddings / wavelen - s.low_freq_factor) / (
        s.high_freq_factor - s.low_freq_factor
    )
    blended = (1 - gamma) * freqs / s.factor + gamma * freqs
    out = torch.where(wavelen > low_wavelen, freqs / s.factor, blended)
    return torch.where(wavelen < high_wavelen, freqs, out)


def inverse_frequencies(config: LlamaConfig) -> torch.Tensor:
    """f_i = theta^(-2i/dh), scaled when the config asks for it; float32 [dh/2]."""
    dh = config.head_dim
    freqs = 1.0 / (config.rope_theta ** (torch.arange(0, dh, 2, dtype=torch.float64) / dh))
    if config.rope_scaling is not None:
        freqs = scale_frequencies(freqs, config.rope_scaling)
    return freqs.float()


def rope_table(config: LlamaConfig, seq_len: int, freqs: torch.Tensor | None = None) -> torch.Tensor:
    """cos/sin of p·f_i for positions [0, seq_len): float32 [seq_len, dh/2, 2]."""
    freqs = inverse_frequencies(config) if freqs is None else freqs
    angles = torch.outer(torch.arange(seq_len, dtype=torch.float32), freqs)
    return torch.stack([angles.cos(), angles.sin()], dim=-1)


def apply_rope(x: torch.Tensor, table: torch.Tensor) -> torch.Tensor:
    """Rotate interleaved pairs (2i, 2i+1) of x [B, T, heads, dh] by table [T, dh/2, 2] (or [B, T, ...])."""
    pairs = x.float().reshape(*x.shape[:-1], -1, 2)
    if table.dim() == 3:  # shared positions: [T, dh/2, 2] -> broadcast over batch and heads
        table = table.view(1, pairs.size(1), 1, pairs.size(3), 2)
    else:  # per-sequence positions: [B, T, dh/2, 2]
        table = table.view(pairs.size(0), pairs.size(1), 1, pairs.size(3), 2)
    a, b = pairs[..., 0], pairs[..., 1]
    cos, sin = table[..., 0], table[..., 1]
    out = torch.stack([a * cos - b * sin, a * sin + b * cos], dim=-1)
    return out.flatten(3).type_as(x)
