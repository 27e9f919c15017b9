"""Exposure-bias strategies (spec bilevel-scheduled-sampling.md §3, §5), each selectable by name.

Every strategy except teacher forcing runs two passes of the *same* module (no copy): a
first, teacher-forced pass under `torch.no_grad` (unless β > 0 asks for its loss) gives the
predictions `ŷ` and confidences `w`; the strategy decides per response position whether
the next input is the gold token or the prediction; a second pass on the mixed inputs is
trained against the gold targets.

Indexing on a decoder-only sequence `[c ; SEP ; y ; EOS]`: position i predicts ids[i+1]
(`tmask[i]` marks response targets). The decision `m[i]` replaces the *input* ids[i+1] by
`ŷ[i]`; it may be 1 only where ids[i+1] is itself a response token that is fed on
(`rmask[i] = tmask[i] & tmask[i+1]`), so context and the final EOS input stay gold.
"""

import math
from dataclasses import dataclass, field, fields

import torch
import torch.nn.functional as F
from torch import nn

from jackpeer.dialog.data import Batch
from jackpeer.dialog.metrics import clipped_matches
from jackpeer.errors import ConfigError

STRATEGIES = (
    "teacher_forcing",
    "vanilla_ss",
    "ss_linear",
    "ss_exponential",
    "ss_inverse_sigmoid",
    "oracle_word",
    "oracle_sentence",
    "confidence_aware",
    "bilevel_ss",
)
DECAYS = ("linear", "exponential", "inverse_sigmoid")


@dataclass
class StrategyConfig:
    """A strategy by name and its hyperparameters (spec §3.10 defaults; all [ours] unless the spec says)."""

    name: str = "teacher_forcing"
    # vanilla scheduled sampling (§5.2): probability of gold decays to eps_end at the last step
    decay: str = "inverse_sigmoid"  # for "vanilla_ss"; ss_linear etc. fix it
    eps_end: float = 0.5
    # bilevel (§3.3-3.6)
    level_mix: float = 0.5
    combine: str = "sum"
    sent_mix: float = 0.5
    sent_bleu_n: int = 2
    sent_source: str = "teacher_forced"
    kappa: float = 10.0
    q0: float = 0.6
    pi_min: float = 0.0
    pi_max: float = 0.9
    k0_frac: float | None = None  # None: 0.2 from scratch, 0 when fine-tuning
    ramp_frac: float = 0.1
    mix_input: str = "hard"
    beta: float | None = None  # None: 0, but 1 for confidence_aware (its two-loss recipe)
    shift_confidence: bool = True
    pred: str = "argmax"
    tau_pred: float = 1.0
    # confidence-aware (§5.5)
    t_gold: float = 0.9
    t_rand: float = 0.95
    # oracles (§5.4)
    oracle_beam: int = 3
    oracle_subset: int | None = None  # sentence oracle for only the first N examples of each batch
    label_smoothing: float = 0.0

    def __post_init__(self) -> None:
        if self.name not in STRATEGIES:
            raise ConfigError(f"unknown strategy {self.name!r}; choose one of: {', '.join(STRATEGIES)}")
        if self.name.startswith("ss_"):
            self.decay = self.name[3:]
        if self.decay not in DECAYS:
            raise ConfigError(f"unknown decay {self.decay!r}; choose one of: {', '.join(DECAYS)}")
        checks = {
            "combine": (self.combine, ("sum", "product")),
            "sent_source": (self.sent_source, ("teacher_forced", "greedy")),
            "mix_input": (self.mix_input, ("hard", "soft")),
            "pred": (self.pred, ("argmax", "sample")),
        }
        for key, (value, allowed) in checks.items():
            if value not in allowed:
                raise ConfigError(f"{key} must be one of {allowed}, got {value!r}")
        if not 0.0 <= self.pi_min <= self.pi_max <= 1.0:
            raise ConfigError("need 0 <= pi_min <= pi_max <= 1")

    @classmethod
    def from_dict(cls, data: dict) -> "StrategyConfig":
        """Build from a config-file section, rejecting unknown keys."""
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ConfigError(f"unknown strategy option(s) {sorted(unknown)}; known: {sorted(known)}")
        return cls(**data)

    @property
    def loss_beta(self) -> float:
        """β: weight of the first-pass (teacher-forced) loss."""
        if self.beta is not None:
            return self.beta
        return 1.0 if self.name == "confidence_aware" else 0.0


# ---------------------------------------------------------------- schedules (§5.2, §5.4, §3.5)


def linear_eps(k: int, K: int, eps_end: float) -> float:
    """Bengio linear decay: ε_k = max(ε_end, 1 − (1 − ε_end)·k/K)."""
    return max(eps_end, 1.0 - (1.0 - eps_end) * k / K)


def exponential_eps(k: int, K: int, eps_end: float) -> float:
    """Bengio exponential decay: ε_k = r^k with r = ε_end^(1/K)."""
    return (eps_end ** (1.0 / K)) ** k


def _bisect_increasing(f, lo: float, hi: float, iters: int = 200) -> float:
    """Root of an increasing function on [lo, hi]."""
    for _ in range(iters):
        mid = (lo + hi) / 2
        if f(mid) < 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def inverse_sigmoid_h(K: float, eps_end: float) -> float:
    """h ≥ 1 with h / (h + exp(K/h)) = ε_end (so the decay ends at ε_end at step K)."""
    # h·(1−ε)/ε − exp(K/h) increases with h; clamp to h ≥ 1 as Bengio et al. require.
    ratio = (1.0 - eps_end) / eps_end
    return max(1.0, _bisect_increasing(lambda h: h * ratio - math.exp(min(K / h, 700.0)), 1e-6, 1e9))


def inverse_sigmoid_eps(k: float, h: float) -> float:
    """Bengio inverse-sigmoid decay: ε_k = h / (h + exp(k/h))."""
    return h / (h + math.exp(min(k / h, 700.0)))


def gold_probability(cfg: StrategyConfig, k: int, K: int) -> float:
    """ε_k of vanilla scheduled sampling at optimiser step k of K."""
    if cfg.decay == "linear":
        return linear_eps(k, K, cfg.eps_end)
    if cfg.decay == "exponential":
        return exponential_eps(k, K, cfg.eps_end)
    return inverse_sigmoid_eps(k, inverse_sigmoid_h(K, cfg.eps_end))


def oracle_gold_probability(epoch: float, total_epochs: float) -> float:
    """Zhang et al. 2019: p_e = μ / (μ + exp(e/μ)), μ solved so that p = 0.5 at the last epoch."""
    mu = inverse_sigmoid_h(total_epochs, 0.5) if total_epochs > 0 else 1.0
    return inverse_sigmoid_eps(epoch, mu)


def ramp(k: int, k0: int, k_ramp: int) -> float:
    """ρ(k) = clip((k − K_0) / K_ramp, 0, 1): teacher-forcing warm-up, then a linear ramp."""
    if k_ramp <= 0:
        return 1.0 if k >= k0 else 0.0
    return min(1.0, max(0.0, (k - k0) / k_ramp))


# ---------------------------------------------------------------- bilevel quality (§3.2-3.5)


def sentence_bleu_ids(hyp: list[int], ref: list[int], max_n: int = 2) -> float:
    """§3.3 s_bleu: clipped n-gram precisions, add-one smoothing for n ≥ 2, brevity penalty; N lowered to |ref|."""
    if not hyp or not ref:
        return 0.0
    N = max(1, min(max_n, len(ref)))
    log_p = 0.0
    for n in range(1, N + 1):
        match, total = clipped_matches(hyp, ref, n)
        if n >= 2:
            match, total = match + 1, total + 1
        if match == 0:
            return 0.0
        log_p += math.log(match / total)
    bp = min(1.0, math.exp(1.0 - len(ref) / len(hyp)))
    return bp * math.exp(log_p / N)


def sentence_cosine(hyp: list[int], ref: list[int], embedding: torch.Tensor) -> float:
    """§3.3 s_cos = (1 + cos(mean E[ŷ], mean E[y])) / 2 with the model's own input embeddings (detached)."""
    if not hyp or not ref:
        return 0.5  # cos of an empty mean is taken as 0: neither similar nor opposite
    e = embedding.detach()
    cos = F.cosine_similarity(e[hyp].float().mean(0), e[ref].float().mean(0), dim=0)
    return float((1.0 + cos) / 2.0)


def sentence_quality(
    hyp: list[int], ref: list[int], embedding: torch.Tensor, sent_mix: float = 0.5, max_n: int = 2
) -> float:
    """s = μ·s_bleu + (1 − μ)·s_cos."""
    return sent_mix * sentence_bleu_ids(hyp, ref, max_n) + (1 - sent_mix) * sentence_cosine(hyp, ref, embedding)


def bilevel_pi(w: torch.Tensor, s: torch.Tensor, cfg: StrategyConfig) -> torch.Tensor:
    """π = π_min + (π_max − π_min)·σ(κ(q − q0)), q = λw + (1−λ)s (or w^λ s^(1−λ) with combine=product)."""
    lam = cfg.level_mix
    if cfg.combine == "sum":
        q = lam * w + (1 - lam) * s
    else:
        q = w.clamp_min(0) ** lam * s.clamp_min(0) ** (1 - lam)
    return cfg.pi_min + (cfg.pi_max - cfg.pi_min) * torch.sigmoid(cfg.kappa * (q - cfg.q0))


def confidence_aware_decision(w: torch.Tensor, t_gold: float = 0.9, t_rand: float = 0.95) -> torch.Tensor:
    """Liu et al. 2021 thresholds: 0 = gold (w < t_gold), 1 = prediction, 2 = random token (w > t_rand)."""
    codes = torch.ones_like(w, dtype=torch.long)
    codes[w < t_gold] = 0
    codes[w > t_rand] = 2
    return codes


def step_generator(seed: int, step: int, key: int = 0) -> torch.Generator:
    """The CPU generator of one example (key = its index in the step's global batch) at one optimiser step.

    Draws depend on (seed, step, example) only, so resuming, gradient accumulation and DDP ranks
    all see the same decisions for the same example.
    """
    return torch.Generator().manual_seed((seed * 1_000_003 + step) * 65_536 + key)


def _per_example(gens: list[torch.Generator], lengths: list[int], L: int, draw) -> torch.Tensor:
    """Stack draw(generator, length) rows per example, padded to L with zeros."""
    rows = []
    for g, n in zip(gens, lengths, strict=True):
        r = draw(g, n)
        rows.append(torch.cat([r, r.new_zeros((L - n, *r.shape[1:]))]))
    return torch.stack(rows)


# ---------------------------------------------------------------- forward passes


class DialogLM(nn.Module):
    """A Transformer that also accepts input embeddings (for soft mixed inputs); one module, both passes."""

    def __init__(self, lm: nn.Module):
        super().__init__()
        self.lm = lm

    def forward(
        self, ids: torch.Tensor, replace: torch.Tensor | None = None, vectors: torch.Tensor | None = None
    ) -> torch.Tensor:
        """Logits [B, T, V] for ids; where replace [B, T] is set, the input embedding is vectors [B, T, D]."""
        if replace is None:
            return self.lm(ids)
        lm = self.lm
        # gold positions go through the embedding with gradient, exactly as in teacher forcing
        x = torch.where(replace[..., None], vectors.to(lm.tok_embeddings.weight.dtype), lm.tok_embeddings(ids))
        rope = lm.rope(ids.size(1))[: ids.size(1)]
        for layer in lm.layers:
            x = layer(x, rope, None, None)
        return lm.output(lm.norm(x)).float()


def token_nll(logits: torch.Tensor, batch: Batch, label_smoothing: float = 0.0) -> torch.Tensor:
    """Summed NLL of the response targets (context and padding excluded)."""
    sel = batch.tmask
    return F.cross_entropy(
        logits[sel].float(), batch.targets[sel], reduction="sum", label_smoothing=label_smoothing
    )


@dataclass
class StepOutput:
    """What one strategy step produced: the loss to backpropagate and what to log."""

    loss: torch.Tensor  # summed NLL × scale (see strategy_loss)
    nll_sum: float  # summed second-pass NLL of the gold targets (for the logged loss)
    stats: dict = field(default_factory=dict)
    inputs: torch.Tensor | None = None  # the second pass's (mixed) input ids


def _response_lists(batch: Batch, pred: torch.Tensor, stop_ids: frozenset[int]) -> list[tuple[list[int], list[int]]]:
    """Per example (ŷ cut at its first stop token, y without its final EOS) as id lists."""
    out = []
    tgt = batch.targets
    for b in range(len(batch)):
        sel = batch.tmask[b]
        hyp, ref = pred[b, sel].tolist(), tgt[b, sel].tolist()[:-1]
        cut = next((i for i, t in enumerate(hyp) if t in stop_ids), len(hyp))
        out.append((hyp[:cut], ref))
    return out


def beam_oracle(
    model: nn.Module, context: list[int], ref: list[int], length: int, beam: int, stop_ids: frozenset[int]
) -> list[int]:
    """Zhang et al. 2019 sentence oracle: beam search of exactly `length` tokens (stop only last), best BLEU vs ref."""
    device = next(model.parameters()).device
    beams: list[tuple[list[int], float]] = [([], 0.0)]
    stops = sorted(stop_ids)
    for t in range(length):
        inp = torch.tensor([context + toks for toks, _ in beams], device=device)
        logp = torch.log_softmax(model(inp)[:, -1].float(), dim=-1)
        if t < length - 1:
            logp[:, stops] = -math.inf
        else:
            keep = torch.full_like(logp, -math.inf)
            keep[:, stops[0]] = logp[:, stops[0]]
            logp = keep
        scores = torch.tensor([s for _, s in beams], device=device)[:, None] + logp
        top = scores.flatten().topk(min(beam, scores.numel()))
        V = logp.size(-1)
        beams = [(beams[i // V][0] + [i % V], float(v)) for v, i in zip(top.values.tolist(), top.indices.tolist(), strict=True)]
    best = max(beams, key=lambda c: sentence_bleu_ids(c[0][:-1], ref, 4))
    return best[0]


def strategy_loss(
    cfg: StrategyConfig,
    model: nn.Module,
    batch: Batch,
    *,
    step: int,
    total_steps: int,
    steps_per_epoch: float,
    seed: int,
    keys: list[int] | None = None,
    scale: float = 1.0,
    stop_ids: frozenset[int] = frozenset(),
    from_scratch: bool = True,
) -> StepOutput:
    """One strategy step on a batch: first pass (if any), mixed inputs, second pass; loss = scale·(L2 + β·L1) sums."""
    ddp_model = model
    raw: DialogLM = getattr(model, "module", model)  # the same parameters; DDP only wraps them
    if cfg.name == "teacher_forcing":
        nll = token_nll(ddp_model(batch.ids), batch, cfg.label_smoothing)
        return StepOutput(nll * scale, float(nll.detach()), inputs=batch.ids)

    beta = cfg.loss_beta
    keys = list(range(len(batch))) if keys is None else keys
    gens = [step_generator(seed, step, k) for k in keys]
    L = batch.ids.size(1)
    # real length of each example (padding excluded): last target position + 2
    lengths = [int(batch.tmask[b].nonzero().max()) + 2 for b in range(len(batch))]
    with torch.set_grad_enabled(beta > 0):
        first_logits = raw(batch.ids)
    l1 = token_nll(first_logits, batch, cfg.label_smoothing) if beta > 0 else None
    with torch.no_grad():  # nothing below carries gradient: ŷ, w, s, π and m are decisions, not paths
        logits = first_logits.detach()
        probs = torch.softmax(logits.float(), dim=-1)
        tgt = batch.targets
        w = probs.gather(-1, tgt.unsqueeze(-1)).squeeze(-1)  # §3.2: probability of the gold token
        u = _per_example(gens, lengths, L, lambda g, n: torch.rand(n, generator=g)).to(w.device)  # m = u < prob
        if cfg.name.startswith("oracle"):  # Gumbel-max: argmax(log P + g), g ~ Gumbel(0, 1)
            V = probs.size(-1)
            g_u = _per_example(gens, lengths, L, lambda g, n: torch.rand((n, V), generator=g)).to(probs.device)
            pred = (torch.log(probs + 1e-20) - torch.log(-torch.log(g_u.clamp_(1e-10, 1 - 1e-10)))).argmax(-1)
        elif cfg.pred == "sample":
            scaled = torch.softmax(logits / cfg.tau_pred, -1).cpu()
            pred = torch.stack([
                torch.cat([torch.multinomial(scaled[b, :n], 1, generator=g).squeeze(-1),
                           torch.zeros(L - n, dtype=torch.long)])
                for b, (g, n) in enumerate(zip(gens, lengths, strict=True))
            ]).to(tgt.device)
        else:
            pred = logits.argmax(-1)
        rmask = batch.tmask & torch.cat([batch.tmask[:, 1:], torch.zeros_like(batch.tmask[:, :1])], 1)
        # quality of the prediction that would be fed (shifted) or of the input position's own (literal)
        w_dec = w if cfg.shift_confidence else torch.cat([w[:, 1:], torch.zeros_like(w[:, :1])], 1)
        stats: dict = {}
        soft_pos = random_pos = None

        if cfg.name in ("vanilla_ss", "ss_linear", "ss_exponential", "ss_inverse_sigmoid"):
            eps = gold_probability(cfg, step, total_steps)
            prob = torch.full_like(w, 1.0 - eps)
            stats["gold_prob"] = eps
        elif cfg.name in ("oracle_word", "oracle_sentence"):
            p_gold = oracle_gold_probability(step / steps_per_epoch, total_steps / steps_per_epoch)
            prob = torch.full_like(w, 1.0 - p_gold)
            stats["gold_prob"] = p_gold
            if cfg.name == "oracle_sentence":
                n = len(batch) if cfg.oracle_subset is None else min(cfg.oracle_subset, len(batch))
                for b in range(n):  # the rest of the batch keeps the word oracle (cost control)
                    pos = batch.tmask[b].nonzero().squeeze(-1)
                    start = int(pos[0])
                    ref = tgt[b, pos].tolist()
                    oracle = beam_oracle(raw, batch.ids[b, : start + 1].tolist(), ref[:-1], len(ref),
                                         cfg.oracle_beam, stop_ids)
                    pred[b, pos] = torch.tensor(oracle, device=pred.device)
        elif cfg.name == "confidence_aware":
            codes = confidence_aware_decision(w_dec, cfg.t_gold, cfg.t_rand)
            prob = (codes > 0).float()  # deterministic thresholds, no draw
            soft_pos = (codes == 1) & rmask
            random_pos = (codes == 2) & rmask
        else:  # bilevel_ss
            pairs = _response_lists(batch, pred, stop_ids)
            if cfg.sent_source == "greedy":
                from jackpeer.dialog.decode import greedy_decode

                was_training = raw.training
                raw.eval()
                hyps = greedy_decode(raw.lm, [batch.ids[b, : int(batch.tmask[b].nonzero()[0]) + 1].tolist()
                                              for b in range(len(batch))], max_new=max(len(r) + 1 for _, r in pairs),
                                     stop_ids=stop_ids)
                raw.train(was_training)
                pairs = [(h, r) for h, (_, r) in zip(hyps, pairs, strict=True)]
            emb = raw.lm.tok_embeddings.weight
            s = torch.tensor(
                [sentence_quality(h, r, emb, cfg.sent_mix, cfg.sent_bleu_n) for h, r in pairs], device=w.device
            )
            pi = bilevel_pi(w_dec, s[:, None].expand_as(w_dec), cfg)
            k0 = cfg.k0_frac if cfg.k0_frac is not None else (0.2 if from_scratch else 0.0)
            rho = ramp(step, int(k0 * total_steps), int(cfg.ramp_frac * total_steps))
            prob = rho * pi
            stats.update(mean_pi=float(pi[rmask].mean()) if rmask.any() else 0.0, rho=rho,
                         mean_s=float(s.mean()))
            if cfg.mix_input == "soft":
                soft_pos = (u < prob) & rmask

        m = (u < prob) & rmask  # u ∈ [0, 1): prob 0 never samples, prob 1 always does
        mixed = batch.ids.clone()
        mixed[:, 1:] = torch.where(m[:, :-1], pred[:, :-1], batch.ids[:, 1:])
        replace = vectors = None
        if soft_pos is not None or random_pos is not None:
            E = raw.lm.tok_embeddings.weight.detach()
            replace = torch.zeros_like(batch.ids, dtype=torch.bool)
            vectors = torch.zeros(*batch.ids.shape, E.size(1), dtype=torch.float32, device=E.device)
            if soft_pos is not None and soft_pos.any():  # Σ_v P(v)·E[v] of the prediction made at i, fed at i+1
                idx = soft_pos[:, :-1].nonzero(as_tuple=True)
                vectors[idx[0], idx[1] + 1] = probs[idx[0], idx[1]] @ E.float()
                replace[idx[0], idx[1] + 1] = True
            if random_pos is not None and random_pos.any():  # uniform random tokens, fed as hard tokens
                idx = random_pos[:, :-1].nonzero(as_tuple=True)
                rnd = torch.cat([torch.randint(0, E.size(0), (int((idx[0] == b).sum()),), generator=gens[b])
                                 for b in range(len(batch))]).to(E.device)
                mixed[idx[0], idx[1] + 1] = rnd
                vectors[idx[0], idx[1] + 1] = E[rnd].float()
                replace[idx[0], idx[1] + 1] = True
        n_r = max(int(rmask.sum()), 1)
        stats.update(
            frac_sampled=float(m.sum()) / n_r,
            replace_rate=float((mixed != batch.ids)[:, 1:][rmask[:, :-1]].sum()) / n_r,
        )

    logits2 = ddp_model(mixed) if replace is None else ddp_model(mixed, replace, vectors)
    nll2 = token_nll(logits2, batch, cfg.label_smoothing)
    loss = nll2 if l1 is None else nll2 + beta * l1
    return StepOutput(loss * scale, float(nll2.detach()), stats, mixed)
