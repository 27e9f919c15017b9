"""Open-set decision (spec §4.3): class radii and the ACCEPT / ABSTAIN / UNKNOWN rule."""

from statistics import NormalDist

import numpy as np

from jackpeer.label.config import LabelConfig

ACCEPT, ABSTAIN, UNKNOWN = "accept", "abstain", "unknown"


def class_radii(prototypes: np.ndarray, memories: list[np.ndarray], cfg: LabelConfig) -> np.ndarray:
    """τ_c = radius_quantile of member (leave-one-out) distances to μ_c; classes with fewer than
    radius_min_members members borrow 1.5 × the median radius of the others."""
    radii = np.full(len(prototypes), np.nan)
    for c, (mu, mem) in enumerate(zip(prototypes, memories, strict=True)):
        if len(mem) >= cfg.radius_min_members:
            # leave-one-out distances: a member is closer to a mean that includes it than a new item
            # is; ‖z_i − μ_{−i}‖ = n/(n−1)·‖z_i − μ‖ removes that bias (large with 5-10 seeds in 384-d)
            n = len(mem)
            dist = n / (n - 1) * np.linalg.norm(mem - mu, axis=1)
            radii[c] = np.quantile(dist, cfg.radius_quantile)
            if cfg.radius_estimate == "normal":
                # the empirical 0.95-quantile of 5-10 seed distances is their maximum, which a new item
                # of the class exceeds ~1/(n+1) of the time and more (iris, 5 seeds: 20 % of known
                # items rejected); the normal-approximation quantile mean + z·sd extrapolates past it
                z = NormalDist().inv_cdf(cfg.radius_quantile)
                radii[c] = max(radii[c], dist.mean() + z * dist.std(ddof=1))
    known = radii[np.isfinite(radii)]
    fallback = cfg.radius_fallback_factor * float(np.median(known)) if len(known) else np.nan
    for c in np.nonzero(~np.isfinite(radii))[0]:
        radii[c] = fallback if np.isfinite(fallback) else _tiny_class_radius(prototypes, memories[c], c, cfg)
    return np.maximum(radii, 1e-6)


def _tiny_class_radius(prototypes: np.ndarray, mem: np.ndarray, c: int, cfg: LabelConfig) -> float:
    """No class has enough members yet: scale this class's own spread, else half the median gap
    between prototypes, so the rule still has a length scale."""
    own = float(np.linalg.norm(mem - prototypes[c], axis=1).max()) if len(mem) > 1 else 0.0
    if own > 0:
        return cfg.radius_fallback_factor * own
    if len(prototypes) > 1:
        gaps = np.linalg.norm(prototypes[:, None] - prototypes[None], axis=-1)
        return float(np.median(gaps[np.triu_indices(len(prototypes), 1)])) / 2
    return 1.0


def decide(s: np.ndarray, a: np.ndarray, r: np.ndarray, cfg: LabelConfig) -> np.ndarray:
    """Per item, in order: r > 1 -> UNKNOWN; s < s_lo and a < a_lo -> UNKNOWN;
    s >= s_hi and a >= a_lo -> ACCEPT; else ABSTAIN."""
    kinds = np.full(len(s), ABSTAIN, dtype=object)
    accept = (s >= cfg.s_hi) & (a >= cfg.a_lo)
    kinds[accept] = ACCEPT
    unknown = (r > 1.0) | ((s < cfg.s_lo) & (a < cfg.a_lo))
    kinds[unknown] = UNKNOWN
    return kinds


def unknown_score(s: np.ndarray, r: np.ndarray) -> np.ndarray:
    """u(x) = max(r, 1 - s), the score for AUROC reporting."""
    return np.maximum(r, 1.0 - s)
