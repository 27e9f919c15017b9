"""The Llama 3 transformer (spec llama3.md §1): pre-norm decoder, GQA attention, SwiGLU, RoPE.

Weights use Meta/GGUF layout: the rows of each Q and K head hold interleaved RoPE pairs.
Q, K and V are fused into one `wqkv` projection and gate/up into `w13` (fewer, larger
matmuls per token, which matters at batch 1 on a CPU).
"""

import torch
import torch.nn.functional as F
from torch import nn

from jackpeer.model import native
from jackpeer.model.config import LlamaConfig
from jackpeer.model.kv_cache import CacheStore, KVCache, install_caches
from jackpeer.model.rope import apply_rope, rope_table


class RMSNorm(nn.Module):
    """y = w ⊙ x / sqrt(mean(x²) + eps), normalised in float32 and cast back before the scale."""

    def __init__(self, dim: int, eps: float):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dtype == torch.float32 and self.weight.dtype == torch.float32:  # one fused op, same math
            return F.rms_norm(x, (x.size(-1),), self.weight, self.eps)
        return F.rms_norm(x.float(), (x.size(-1),), eps=self.eps).type_as(x) * self.weight


def masked_attention(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, mask: torch.Tensor,
                     shared: torch.Tensor | None = None) -> torch.Tensor:
    """softmax(q·kᵀ/√dh + mask)·v for q [B, H, T, dh] over a cache k, v [B, KV, S, dh] (GQA), in q's dtype.

    On CPU a prefill's math runs in float32: PyTorch's bf16 SDPA kernel cost ~130 µs per call at
    any length (fp32: ~20 µs at 256 keys). A decode step (one query per row) instead stacks each KV
    head's H/KV query heads as that head's queries and runs on the cache as it is: no float32 copy of
    the cache and no per-query-head copy for GQA (16 rows × 1,024 keys: 1.5 against 2.7 ms per layer
    with SDPA); with our kernels built (native.py), decode_attention.cpp instead of SDPA. Where `shared`
    [B, 2] is given (row, length; see serve/slots.py), a row reads its first keys from the row it copied them from.
    """
    if q.device.type == "cpu" and q.size(2) == 1:
        B, H, _, dh = q.shape
        grouped = q.reshape(B, k.size(1), H // k.size(1), dh)  # [B, KV, H/KV, dh]: one key set per group
        if native.loaded and not q.requires_grad and dh % 16 == 0 and dh <= 256:
            # our kernel (decode_attention.cpp): hidden keys skipped, ~6× faster than SDPA at 135M shapes
            visible = mask.reshape(mask.size(0), -1).contiguous()
            out = torch.ops.jackpeer.decode_attention(grouped.contiguous(), k, v, visible, dh**-0.5, shared)
        else:
            out = F.scaled_dot_product_attention(grouped, k, v, attn_mask=mask.view(mask.size(0), 1, 1, -1))
        return out.reshape(B, H, 1, dh)
    if q.device.type != "cpu" or q.dtype == torch.float32:
        return F.scaled_dot_product_attention(q, k, v, attn_mask=mask, enable_gqa=True)
    out = F.scaled_dot_product_attention(q.float(), k.float(), v.float(), attn_mask=mask, enable_gqa=True)
    return out.to(q.dtype)


class Attention(nn.Module):
    """Grouped-query attention: H query heads share KV key/value heads (head h uses h // (H/KV))."""

    def __init__(self, c: LlamaConfig):
        super().__init__()
        self.n_heads, self.n_kv_heads, self.head_dim = c.n_heads, c.n_kv_heads, c.head_dim
        self.wqkv = nn.Linear(c.dim, (c.n_heads + 2 * c.n_kv_heads) * c.head_dim, bias=False)
        self.wo = nn.Linear(c.n_heads * c.head_dim, c.dim, bias=False)
        self.kv_cache: KVCache | None = None

    def forward(
        self, x: torch.Tensor, rope: torch.Tensor, mask: torch.Tensor | None, pos: torch.Tensor | None
    ) -> torch.Tensor:
        B, T, _ = x.shape
        q_size, kv_size = self.n_heads * self.head_dim, self.n_kv_heads * self.head_dim
        qk, v = self.wqkv(x).split([q_size + kv_size, kv_size], dim=-1)
        qk = apply_rope(qk.view(B, T, self.n_heads + self.n_kv_heads, self.head_dim), rope)  # Q and K at once
        q, k = qk.split([self.n_heads, self.n_kv_heads], dim=2)
        v = v.view(B, T, self.n_kv_heads, self.head_dim)
        q, k, v = (t.transpose(1, 2) for t in (q, k, v))  # [B, heads, T, dh]
        if self.kv_cache is not None and pos is not None:
            k, v = self.kv_cache.update(pos, k, v)
        if mask is None:
            # enable_gqa shares each K/V head with its H/KV query heads without copying the cache.
            out = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
        else:
            out = masked_attention(q, k, v, mask, self.kv_cache.shared if self.kv_cache is not None else None)
        return self.wo(out.transpose(1, 2).reshape(B, T, q_size))


class FeedForward(nn.Module):
    """SwiGLU: w2( silu(w1 x) ⊙ w3 x ), with w1 (gate) and w3 (up) fused into w13."""

    def __init__(self, c: LlamaConfig):
        super().__init__()
        self.w13 = nn.Linear(c.dim, 2 * c.ffn_dim, bias=False)
        self.w2 = nn.Linear(c.ffn_dim, c.dim, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        gate, up = self.w13(x).chunk(2, dim=-1)
        return self.w2(F.silu(gate) * up)


class Block(nn.Module):
    """One pre-norm layer: h = x + attn(norm(x)); out = h + ffn(norm(h))."""

    def __init__(self, c: LlamaConfig):
        super().__init__()
        self.attention_norm = RMSNorm(c.dim, c.norm_eps)
        self.attention = Attention(c)
        self.ffn_norm = RMSNorm(c.dim, c.norm_eps)
        self.feed_forward = FeedForward(c)

    def forward(self, x, rope, mask, pos):
        h = x + self.attention(self.attention_norm(x), rope, mask, pos)
        return h + self.feed_forward(self.ffn_norm(h))


class Transformer(nn.Module):
    """Token ids [B, T] -> float32 logits [B, T, vocab]; with caches set up, incremental decoding."""

    def __init__(self, config: LlamaConfig):
        super().__init__()
        self.config = config
        self.tok_embeddings = nn.Embedding(config.vocab_size, config.dim)
        self.layers = nn.ModuleList(Block(config) for _ in range(config.n_layers))
        self.norm = RMSNorm(config.dim, config.norm_eps)
        self.output = nn.Linear(config.dim, config.vocab_size, bias=False)
        if config.tie_embeddings:
            self.output.weight = self.tok_embeddings.weight
        # Inverse RoPE frequencies from a checkpoint (GGUF rope_freqs), overriding the config's.
        # A plain attribute, not a buffer, so casting the model to bf16 cannot round them.
        self.rope_freqs: torch.Tensor | None = None
        self._rope_cache: torch.Tensor | None = None
        self.max_batch = 0

    def rope(self, seq_len: int) -> torch.Tensor:
        """cos/sin table covering at least seq_len positions, built lazily (never 128K unless asked)."""
        if self._rope_cache is None or self._rope_cache.size(0) < seq_len:
            freqs = self.rope_freqs
            length = max(seq_len, 256)
            # Never an inference tensor (even when first needed under inference_mode): a compiled
            # step built with ordinary tensors would not match it and would run eagerly.
            with torch.inference_mode(False):
                self._rope_cache = rope_table(self.config, length, freqs).to(self.tok_embeddings.weight.device)
        return self._rope_cache

    def setup_caches(self, max_batch: int, max_seq_len: int, dtype: torch.dtype | None = None) -> None:
        """Allocate static KV caches for incremental decoding of up to max_batch × max_seq_len tokens."""
        dtype = dtype or self.tok_embeddings.weight.dtype
        c = self.config
        install_caches(self, CacheStore.zeros(c.n_layers, max_batch, c.n_kv_heads, max_seq_len, c.head_dim, dtype,
                                              self.tok_embeddings.weight.device))
        self.rope(max_seq_len)
        self.max_batch = max_batch

    def clear_caches(self) -> None:
        """Drop the KV caches (back to full-sequence mode, e.g. for training)."""
        for layer in self.layers:
            layer.attention.kv_cache = None
        self.max_batch = 0

    def hidden(
        self, ids: torch.Tensor, input_pos: torch.Tensor | None = None, pad: torch.Tensor | None = None
    ) -> torch.Tensor:
        """Final normed hidden states [B, T, D] for ids [B, T]; input_pos [T] gives cache positions.

        pad [B] (optional) counts left-padding tokens per sequence: sequence b's real tokens
        start at position pad[b], its RoPE positions are shifted by pad[b], and its queries
        never see the padding keys, so each row gives the logits it would give alone.
        With caches set up, input_pos may instead be [B, T]: row b's own cache positions
        (continuous batching, where sequences that started at different times decode together).
        """
        B, T = ids.shape
        cache = self.layers[0].attention.kv_cache
        cached = input_pos is not None and cache is not None
        if not cached and pad is None:
            rope, mask, pos = self.rope(T)[:T], None, None
        else:
            if not cached:
                input_pos = torch.arange(T, device=ids.device)
            keys = torch.arange(cache.k.size(2) if cached else T, device=ids.device)
            # Causal mask from positions (key j is visible from position p when j <= p), so it
            # needs no [S, S] table and a compiled step works for any cache length S.
            mask = (keys <= input_pos.unsqueeze(-1)).view(-1, 1, T, keys.size(0))  # [1 or B, 1, T, S]
            rope = self.rope(keys.size(0))
            if pad is not None:
                own = keys == input_pos.unsqueeze(-1)  # padding queries attend to themselves: no NaN rows
                mask = (mask & (keys >= pad.view(-1, 1, 1, 1))) | own
                rope = rope[(input_pos.view(1, -1) - pad.view(-1, 1)).clamp(min=0)]
            else:
                rope = rope[input_pos]  # [T, 2, dh], or [B, T, 2, dh] for per-row positions
            pos = input_pos if cached else None
        x = self.tok_embeddings(ids)
        for layer in self.layers:
            x = layer(x, rope, mask, pos)
        return self.norm(x)

    def logits(self, h: torch.Tensor) -> torch.Tensor:
        """The LM head on final hidden states, as float32 logits."""
        return self.output(h).float()

    def forward(
        self, ids: torch.Tensor, input_pos: torch.Tensor | None = None, pad: torch.Tensor | None = None
    ) -> torch.Tensor:
        """Logits [B, T, vocab] for ids [B, T] (arguments as in `hidden`)."""
        return self.logits(self.hidden(ids, input_pos, pad))
