"""New-label discovery (spec §4.4): cluster the unknown buffer, then test each cluster for being
compact (a coherent kind) and separated (not just a known label that moved)."""

from dataclasses import dataclass

import numpy as np
from sklearn.cluster import HDBSCAN, AgglomerativeClustering

from jackpeer.label.config import LabelConfig

NEW, DRIFT, LOOSE = "new", "drift", "loose"


@dataclass
class Cluster:
    """One group found in U: member positions in U, centroid m_j, radius ρ_j and the verdict."""

    members: np.ndarray
    centroid: np.ndarray
    radius: float
    verdict: str
    nearest: int | None  # index of the nearest known class (for DRIFT)


def cluster_unknowns(z: np.ndarray, cfg: LabelConfig, median_radius: float | None) -> np.ndarray:
    """Cluster ids per row of U (-1 = noise): HDBSCAN, or Ward cut at 2 × median τ_c."""
    if len(z) < cfg.m_min:
        return np.full(len(z), -1)
    if cfg.cluster_method == "hdbscan" or median_radius is None:
        return HDBSCAN(min_cluster_size=cfg.m_min, min_samples=cfg.min_samples, copy=True).fit_predict(z)
    ids = AgglomerativeClustering(n_clusters=None, linkage="ward",
                                  distance_threshold=2.0 * median_radius).fit_predict(z)
    # Ward has no noise label: clusters smaller than m_min are noise, as in HDBSCAN
    sizes = np.bincount(ids)
    return np.where(sizes[ids] >= cfg.m_min, ids, -1)


def merge_compact(z: np.ndarray, ids: np.ndarray, reference_radius: float, cfg: LabelConfig) -> np.ndarray:
    """Join clusters whose union would still be compact (ρ <= γ · reference radius): density-based
    clustering often cuts one new kind into pieces, and each piece would otherwise become a label.
    (Our addition to the spec's step list; off with merge_compact=False.)"""
    ids = ids.copy()
    while True:
        groups = sorted(set(ids.tolist()) - {-1})
        best = None
        for i, a in enumerate(groups):
            for b in groups[i + 1:]:
                union = z[(ids == a) | (ids == b)]
                rho = np.quantile(np.linalg.norm(union - union.mean(axis=0), axis=1), cfg.radius_quantile)
                if rho <= cfg.gamma * reference_radius and (best is None or rho < best[0]):
                    best = (rho, a, b)
        if best is None:
            return ids
        ids[ids == best[2]] = best[1]


def qualify(z: np.ndarray, ids: np.ndarray, prototypes: np.ndarray, radii: np.ndarray,
            cfg: LabelConfig) -> list[Cluster]:
    """Compute centroid and radius of each cluster and decide NEW (compact and separated),
    DRIFT of the nearest class (compact, not separated) or LOOSE (left in U)."""
    groups = []
    for j in sorted(set(ids.tolist()) - {-1}):
        members = np.nonzero(ids == j)[0]
        centroid = z[members].mean(axis=0)
        rho = float(np.quantile(np.linalg.norm(z[members] - centroid, axis=1), cfg.radius_quantile))
        groups.append((members, centroid, rho))
    if not groups:
        return []
    # with no known labels yet, compactness is judged against the typical cluster found
    ref = float(np.median(radii)) if len(radii) else float(np.median([g[2] for g in groups]))
    out = []
    for members, centroid, rho in groups:
        compact = rho <= cfg.gamma * ref
        nearest = None
        separated = True
        if len(prototypes):
            gaps = np.linalg.norm(prototypes - centroid, axis=1)
            nearest = int(gaps.argmin())
            separated = bool(gaps[nearest] > radii[nearest] + rho / 2)
            if cfg.merge_compact and max(radii[nearest], gaps[nearest] + rho) <= cfg.gamma * ref:
                separated = False  # class and cluster together are still compact: the class has spread
        verdict = (NEW if separated else DRIFT) if compact else LOOSE
        out.append(Cluster(members, centroid, rho, verdict, nearest))
    return out
