"""Evaluation metrics (spec §7): BLEU-1..4, Distinct-1/2, embedding Average/Extrema/Greedy, perplexity.

BLEU is computed on lower-cased words with punctuation split off. Two variants, always labelled:
corpus-level BLEU without smoothing (primary), and the mean of sentence-level BLEU with Chen &
Cherry (2014) smoothing "method 1" (ε = 0.1 added to zero match counts).
"""

import math
import re
from collections import Counter

import torch
import torch.nn.functional as F

from jackpeer.minilm import load_minilm

_WORD = re.compile(r"\w+|[^\w\s]")


def words(text: str) -> list[str]:
    """Lower-cased word tokens with punctuation split off."""
    return _WORD.findall(text.lower())


def ngram_counts(seq: list, n: int) -> Counter:
    """Counts of the n-grams (as tuples) in a token sequence."""
    return Counter(tuple(seq[i : i + n]) for i in range(len(seq) - n + 1))


def clipped_matches(hyp: list, ref: list, n: int) -> tuple[int, int]:
    """Clipped n-gram matches of hyp against ref, and hyp's n-gram count."""
    h, r = ngram_counts(hyp, n), ngram_counts(ref, n)
    return sum(min(c, r[g]) for g, c in h.items()), max(len(hyp) - n + 1, 0)


def corpus_bleu(hyps: list[list[str]], refs: list[list[str]], max_n: int = 4) -> float:
    """Corpus BLEU-max_n (cumulative, uniform weights), no smoothing: 0 if some n-gram order has no match."""
    match, total = [0] * max_n, [0] * max_n
    hyp_len = ref_len = 0
    for h, r in zip(hyps, refs, strict=True):
        hyp_len, ref_len = hyp_len + len(h), ref_len + len(r)
        for n in range(1, max_n + 1):
            m, t = clipped_matches(h, r, n)
            match[n - 1] += m
            total[n - 1] += t
    if hyp_len == 0 or min(match) == 0:
        return 0.0
    bp = 1.0 if hyp_len > ref_len else math.exp(1 - ref_len / hyp_len)
    return bp * math.exp(sum(math.log(m / t) for m, t in zip(match, total, strict=True)) / max_n)


def sentence_bleu(hyp: list[str], ref: list[str], max_n: int = 4, eps: float = 0.1) -> float:
    """Sentence BLEU-max_n with Chen & Cherry method 1: a zero match count becomes ε."""
    if not hyp:
        return 0.0
    log_p = 0.0
    for n in range(1, max_n + 1):
        m, t = clipped_matches(hyp, ref, n)
        log_p += math.log((m if m else eps) / max(t, 1))
    bp = 1.0 if len(hyp) > len(ref) else math.exp(1 - len(ref) / len(hyp))
    return bp * math.exp(log_p / max_n)


def distinct(hyps: list[list[str]], n: int, per_token: bool = False) -> float:
    """Distinct-n: distinct n-grams over all responses ÷ all generated n-grams (or ÷ tokens, Li et al. 2016)."""
    grams: Counter = Counter()
    for h in hyps:
        grams.update(ngram_counts(h, n))
    denom = sum(len(h) for h in hyps) if per_token else sum(grams.values())
    return len(grams) / denom if denom else 0.0


class MiniLMEmbedder:
    """Static token vectors of the bundled all-MiniLM-L6-v2 (its input embedding matrix), unit-normalised."""

    def __init__(self):
        self.tokenizer, model = load_minilm()
        self.table = F.normalize(model.get_input_embeddings().weight.detach().float(), dim=-1)

    def vectors(self, text: str) -> torch.Tensor:
        """Unit vectors [n, d] of the word pieces of text (no special tokens)."""
        ids = self.tokenizer(text.lower(), add_special_tokens=False)["input_ids"]
        return self.table[ids]


def embedding_scores(hyp: torch.Tensor, ref: torch.Tensor) -> tuple[float, float, float]:
    """Liu et al. 2016 Average, Extrema and Greedy for one pair of unit-vector sets [n, d], [m, d]."""
    if len(hyp) == 0 or len(ref) == 0:
        return 0.0, 0.0, 0.0
    average = F.cosine_similarity(hyp.mean(0), ref.mean(0), dim=0)

    def extrema(v: torch.Tensor) -> torch.Tensor:
        hi, lo = v.max(0).values, v.min(0).values
        return torch.where(hi.abs() >= lo.abs(), hi, lo)

    ext = F.cosine_similarity(extrema(hyp), extrema(ref), dim=0)
    sim = hyp @ ref.T
    greedy = 0.5 * (sim.max(1).values.mean() + sim.max(0).values.mean())
    return float(average), float(ext), float(greedy)


def evaluate_texts(hyps: list[str], refs: list[str], embedder: MiniLMEmbedder | None = None) -> dict[str, float]:
    """All text metrics for decoded responses against single gold references."""
    hw, rw = [words(h) for h in hyps], [words(r) for r in refs]
    out: dict[str, float] = {}
    for n in range(1, 5):
        out[f"bleu{n}"] = corpus_bleu(hw, rw, n)
        out[f"sent_bleu{n}"] = sum(sentence_bleu(h, r, n) for h, r in zip(hw, rw, strict=True)) / max(len(hw), 1)
    out["distinct1"], out["distinct2"] = distinct(hw, 1), distinct(hw, 2)
    if embedder is not None:
        scores = [embedding_scores(embedder.vectors(h), embedder.vectors(r)) for h, r in zip(hyps, refs, strict=True)]
        for i, key in enumerate(("emb_average", "emb_extrema", "emb_greedy")):
            out[key] = sum(s[i] for s in scores) / max(len(scores), 1)
    return out
