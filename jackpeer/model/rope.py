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
    """Per position, cos and signed sin at full head width: float32 [seq_len, 2, dh].

    Row 0 holds cos(p·f_i) at both elements of pair i; row 1 holds (−sin, +sin), so that
    rotating the interleaved pair (a, b) is x·cos + (b, a)·sin — a few whole-tensor ops.
    """
    freqs = inverse_frequencies(config) if freqs is None else freqs
    angles = torch.outer(torch.arange(seq_len, dtype=torch.float32), freqs.float())
    cos = angles.cos().repeat_interleave(2, dim=-1)
    sin = torch.stack([-angles.sin(), angles.sin()], dim=-1).flatten(-2)
    return torch.stack([cos, sin], dim=1)


def apply_rope(x: torch.Tensor, table: torch.Tensor) -> torch.Tensor:
    """Rotate interleaved pairs (2i, 2i+1) of x [B, T, heads, dh] by table [T, 2, dh] (or [B, T, 2, dh])."""
    xf = x.float()
    if table.dim() == 3:  # shared positions: broadcast over batch and heads
        cos, sin = table[None, :, 0, None], table[None, :, 1, None]
    else:  # per-sequence positions
        cos, sin = table[:, :, 0, None], table[:, :, 1, None]
    swapped = xf.unflatten(-1, (-1, 2)).flip(-1).flatten(-2)  # (a, b) -> (b, a)
    return (xf * cos + swapped * sin).type_as(x)
