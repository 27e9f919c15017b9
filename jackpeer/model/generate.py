"""Token-level generation with a static KV cache: sampling, stop tokens, streaming, batches.

Prompts of different lengths are left-padded to a common length; the transformer's `pad`
argument shifts each row's RoPE positions and hides its padding keys, so every row decodes
exactly as it would alone. Text-level concerns (stop strings, detokenizing) live in lm.py.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import torch

from jackpeer.errors import InputError
from jackpeer.model.transformer import Transformer

PREFILL_CHUNK = 256  # prompt tokens per forward: bounds the attention mask and activations
NUCLEUS_CANDIDATES = 256  # top_p looks for its nucleus among this many top tokens first


@dataclass
class SamplingParams:
    """How to pick each next token, and when to stop."""

    max_tokens: int = 128
    temperature: float = 0.0  # 0 = greedy
    top_k: int | None = None
    top_p: float | None = None
    repetition_penalty: float = 1.0  # >1 discourages tokens already in the prompt or output (CTRL rule)
    stop_ids: frozenset[int] = field(default_factory=frozenset)
    seed: int | None = None

    def check(self) -> None:
        """Raise InputError on values no sampler can use."""
        if self.max_tokens < 0:
            raise InputError(f"max_tokens must be >= 0, got {self.max_tokens}")
        if self.temperature < 0:
            raise InputError(f"temperature must be >= 0, got {self.temperature}")
        if self.top_k is not None and self.top_k < 1:
            raise InputError(f"top_k must be >= 1, got {self.top_k}")
        if self.top_p is not None and not 0 < self.top_p <= 1:
            raise InputError(f"top_p must be in (0, 1], got {self.top_p}")
        if self.repetition_penalty <= 0:
            raise InputError(f"repetition_penalty must be > 0, got {self.repetition_penalty}")


def sample(
    logits: torch.Tensor,
    p: SamplingParams,
    generator: torch.Generator | None,
    seen: torch.Tensor | None = None,
) -> torch.Tensor:
    """Next token ids [B] from float logits [B, V]."""
    if seen is not None and p.repetition_penalty != 1.0:
        penalized = torch.where(logits > 0, logits / p.repetition_penalty, logits * p.repetition_penalty)
        logits = torch.where(seen, penalized, logits)
    if p.temperature == 0:
        # max's indices: argmax's (the first of tied maxima), three times faster on CPU ([16, 49152]: 0.17 ms
        # against 0.52 on two cores, a batched decode step's second largest cost after the matmuls and attention).
        return logits.max(dim=-1).indices
    logits = logits / p.temperature
    if p.top_k is not None and p.top_k < logits.size(-1):
        kth = torch.topk(logits, p.top_k, dim=-1).values[:, -1:]
        logits = logits.masked_fill(logits < kth, float("-inf"))
    if p.top_p is not None and p.top_p < 1.0:
        # The nucleus almost always lies among the top few hundred tokens: rank those (topk) instead of
        # sorting the whole vocabulary (a 49K sort was ~1/4 of a batched decode step). Rows whose top
        # tokens do not cover top_p (a flat distribution) are sorted whole, without the others: sorting all
        # 32 rows of a batch for one such row cost 45 ms. Either way the kept set is the same, and the draw
        # is made among the ranked tokens.
        k = min(NUCLEUS_CANDIDATES, logits.size(-1))
        ranked, order = logits.topk(k, dim=-1)
        lse = logits.logsumexp(dim=-1, keepdim=True)
        probs = (ranked - lse).exp()
        tokens = draw_nucleus(probs, order, p.top_p, generator)
        if k < logits.size(-1):
            short = (probs.sum(dim=-1) <= p.top_p).nonzero().flatten()
            if len(short):
                ranked, order = logits[short].sort(dim=-1, descending=True)
                tokens[short] = draw_nucleus(ranked.softmax(dim=-1), order, p.top_p, generator)
        return tokens
    return draw(logits.softmax(dim=-1), generator)


def draw_nucleus(probs: torch.Tensor, order: torch.Tensor, top_p: float, generator: torch.Generator | None) -> torch.Tensor:
    """A token id per row from probs [B, N] ranked high to low (their ids in order [B, N]), among the tokens
    ranked before the ones above them cover top_p (the first one always stays)."""
    kept = probs.masked_fill(probs.cumsum(dim=-1) - probs > top_p, 0.0)
    return order.gather(-1, draw(kept, generator)[:, None]).squeeze(-1)


def draw(weights: torch.Tensor, generator: torch.Generator | None) -> torch.Tensor:
    """One index per row of non-negative weights [B, N], with probability proportional to its weight.

    Inverse-CDF: a uniform draw scaled to the row's total, located in its running sum. torch.multinomial
    does the same job 100x slower on a vocabulary-wide batch (17 ms for 23 rows × 49K on two cores,
    most of a batched decode step's sampling time).
    """
    cdf = weights.float().cumsum(dim=-1)
    u = torch.rand(weights.size(0), 1, generator=generator, device=weights.device) * cdf[:, -1:]
    return torch.searchsorted(cdf, u, right=True).clamp(max=weights.size(-1) - 1).squeeze(-1)


def cache_length(needed: int) -> int:
    """Static cache sizes come in powers of two (≥ 256) so a compiled step sees few shapes."""
    size = 256
    while size < needed:
        size *= 2
    return size


def ensure_caches(model: Transformer, batch: int, needed: int) -> int:
    """Set up KV caches for batch × needed positions, reusing the current ones when they fit exactly."""
    size = min(cache_length(needed), max(model.config.max_seq_len, needed))
    caches = model.layers[0].attention.kv_cache
    if caches is None or model.max_batch != batch or caches.k.size(2) != size:
        model.setup_caches(batch, size)
    return size


def decode_logits(
    model: Transformer, tokens: torch.Tensor, pos: torch.Tensor, pad: torch.Tensor | None
) -> torch.Tensor:
    """One decode step: tokens [B, 1] at cache position pos [1] -> float logits [B, V]."""
    return model.logits(model.hidden(tokens, pos, pad))[:, -1]


StepFn = Callable[[Transformer, torch.Tensor, torch.Tensor, torch.Tensor | None], torch.Tensor]


@torch.no_grad()  # not inference_mode: caches and RoPE tables built here must stay usable in training
def generate_stream(
    model: Transformer, prompts: list[list[int]], params: SamplingParams, step: StepFn | None = None
) -> Iterator[list[int | None]]:
    """Yield, per step, each sequence's new token id (None once that sequence has stopped)."""
    params.check()
    if not prompts or any(len(p) == 0 for p in prompts):
        raise InputError("every prompt needs at least one token")
    vocab = model.config.vocab_size
    if any(t < 0 or t >= vocab for p in prompts for t in p):
        raise InputError(f"prompt token ids must be in [0, {vocab})")
    step = step or decode_logits
    B, longest = len(prompts), max(len(p) for p in prompts)
    limit = model.config.max_seq_len
    if longest >= limit:
        raise InputError(
            f"prompt of {longest} tokens does not fit the model's context of {limit}; shorten it"
        )
    max_new = min(params.max_tokens, limit - longest)
    if max_new == 0:
        return
    ensure_caches(model, B, longest + max_new)
    device = model.tok_embeddings.weight.device
    ids = torch.zeros(B, longest, dtype=torch.long)
    for b, p in enumerate(prompts):
        ids[b, longest - len(p) :] = torch.tensor(p)
    ids = ids.to(device)
    pad_counts = [longest - len(p) for p in prompts]
    pad = torch.tensor(pad_counts, device=device) if any(pad_counts) else None

    generator = None
    if params.temperature > 0:
        generator = torch.Generator(device=device)
        generator.manual_seed(params.seed if params.seed is not None else torch.seed())
    seen = None
    if params.repetition_penalty != 1.0:
        seen = torch.zeros(B, vocab, dtype=torch.bool, device=device)
        for b, p in enumerate(prompts):
            seen[b, torch.tensor(p, device=device)] = True

    h = None
    for start in range(0, longest, PREFILL_CHUNK):
        end = min(start + PREFILL_CHUNK, longest)
        h = model.hidden(ids[:, start:end], torch.arange(start, end, device=device), pad)
    logits = model.logits(h[:, -1])
    done = [False] * B
    stop = params.stop_ids
    for i in range(max_new):
        nxt = sample(logits, params, generator, seen)
        out: list[int | None] = []
        for b, t in enumerate(nxt.tolist()):
            if done[b] or t in stop:
                done[b] = True
                out.append(None)
            else:
                out.append(t)
        if all(done):
            return
        yield out
        if i == max_new - 1:
            return
        if seen is not None:
            seen[torch.arange(B, device=device), nxt] = True
        pos = torch.tensor([longest + i], device=device)
        logits = step(model, nxt.view(B, 1), pos, pad)


def generate(
    model: Transformer, prompts: list[list[int]], params: SamplingParams, step: StepFn | None = None
) -> list[list[int]]:
    """New token ids for each prompt (stop tokens not included)."""
    outs: list[list[int]] = [[] for _ in prompts]
    for tokens in generate_stream(model, prompts, params, step):
        for b, t in enumerate(tokens):
            if t is not None:
                outs[b].append(t)
    return outs


def stream_tokens(
    model: Transformer, prompt: list[int], params: SamplingParams, step: StepFn | None = None
) -> Iterator[int]:
    """New token ids of one prompt, one at a time."""
    for (t,) in generate_stream(model, [prompt], params, step):
        if t is None:
            return
        yield t
