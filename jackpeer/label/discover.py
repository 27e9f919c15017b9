"""New-label discovery (spec §4.4): cluster the unknown buffer, then test each cluster for being
compact (a coherent kind) and separated (not just a known label that moved)."""

from dataclasses import dataclass
from statistics import NormalDist

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


def cluster_unknowns(z: np.ndarray, cfg: LabelConfig, median_radius: float | None, dims: int = 0) -> np.ndarray:
    """Cluster ids per row of U (-1 = noise): HDBSCAN (on U's top `dims` principal components when
    dims > 0), or Ward cut at 2 × median τ_c."""
    if len(z) < cfg.m_min:
        return np.full(len(z), -1)
    if cfg.cluster_method == "hdbscan" or median_radius is None:
        if 0 < dims < min(z.shape):
            # in 384-d MiniLM space U's items are all about equally far apart and HDBSCAN finds little
            # density; U's main directions of variation are where its groups differ
            centred = z - z.mean(axis=0)
            z = centred @ np.linalg.svd(centred, full_matrices=False)[2][:dims].T
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
                if rho > cfg.gamma * reference_radius or (best is not None and rho >= best[0]):
                    continue
                best = (rho, a, b)
        if best is None:
            return ids
        ids[ids == best[2]] = best[1]


def _spread_along(points: np.ndarray, centre: np.ndarray, u: np.ndarray, cfg: LabelConfig) -> float:
    """radius_quantile of |(x - centre) · u| over points: a radius measured along one direction
    (with radius_estimate="normal" at least the normal quantile of their spread, as for τ_c: the
    empirical quantile of 5-10 seed items is their maximum)."""
    proj = (points - centre) @ u
    spread = float(np.quantile(np.abs(proj), cfg.radius_quantile))
    if cfg.radius_estimate == "normal":
        z = NormalDist().inv_cdf((1 + cfg.radius_quantile) / 2)
        spread = max(spread, z * float(np.sqrt(np.mean(proj ** 2))))
    return spread


def projected_separated(centroid: np.ndarray, members: np.ndarray, proto: np.ndarray, class_members: np.ndarray | None,
                        class_radius: float | None, cfg: LabelConfig, pinned: int = 0) -> bool:
    """The spec's separation rule ‖m_j − μ_c‖ > τ_c + ρ_j / 2, with τ_c and ρ_j measured along the line
    joining the two centres (radius_quantile of the projected deviations) instead of in every direction.
    In 1-D it is the spec's rule; in 32-d PCA or 384-d MiniLM space an all-direction radius exceeds the
    gap between any two class means, so the literal rule never passes. Without class members τ_c is used;
    the first `pinned` class members are its seed items."""
    gap = centroid - proto
    norm = float(np.linalg.norm(gap))
    if norm <= 1e-12:
        return False
    u = gap / norm
    tau = _spread_along(class_members, proto, u, cfg) if class_members is not None and len(class_members) >= 2 else class_radius
    if class_members is not None and pinned >= 2:
        # memories hold only items once accepted inside the class region, so their spread is cut
        # short; the pinned seed items are an unfiltered sample (leave-one-out scaled, as τ_c)
        tau = max(tau, pinned / (pinned - 1) * _spread_along(class_members[:pinned], proto, u, cfg))
    return norm > tau + _spread_along(members, centroid, u, cfg) / 2


def cohesion(members: np.ndarray, memories: list[np.ndarray]) -> float:
    """Share of a cluster's members whose nearest other item, among the cluster and every class
    memory, is in the cluster (1: the cluster stands apart; a mixed group of outliers scores low)."""
    others = [m for m in memories if len(m)]
    pool = np.vstack([members, *others]) if others else members
    d = np.linalg.norm(members[:, None] - pool[None], axis=-1)
    d[np.arange(len(members)), np.arange(len(members))] = np.inf
    return float(np.mean(d.argmin(axis=1) < len(members)))


def qualify(z: np.ndarray, ids: np.ndarray, prototypes: np.ndarray, radii: np.ndarray,
            cfg: LabelConfig, memories: list[np.ndarray] | None = None, n_known: int | None = None,
            gap_ratio: float = 0.0, pinned: list[int] | None = None, separation: str | None = None) -> list[Cluster]:
    """Compute centroid and radius of each cluster and decide NEW (compact and separated),
    DRIFT of the nearest class (compact, not separated) or LOOSE (left in U). `memories` (each class's
    trusted members) give the projected rule its class spreads (without them it uses τ_c) and the
    cohesion test its neighbours; gap_ratio > 0 also asks the gap to the nearest label to be that
    share of the median nearest gap between the first n_known (seed) labels. pinned: per class, how
    many of its memory rows (the first ones) are seed items. separation overrides cfg.separation."""
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
    n_known = len(prototypes) if n_known is None else n_known
    out = []
    for members, centroid, rho in groups:
        compact = rho <= cfg.gamma * ref
        nearest = None
        separated = True
        if len(prototypes):
            gaps = np.linalg.norm(prototypes - centroid, axis=1)
            nearest = int(gaps.argmin())
            if (separation or cfg.separation) == "projected":
                # the nearest few classes by centre distance: in many dimensions the nearest centre
                # is not always the class the cluster overlaps most
                near = np.argsort(gaps)[: cfg.separation_neighbours]
                separated = all(projected_separated(
                    centroid, z[members], prototypes[c], memories[c] if memories is not None else None,
                    float(radii[c]), cfg, pinned[c] if pinned is not None else 0) for c in near)
            else:
                separated = bool(gaps[nearest] > radii[nearest] + rho / 2)
                if cfg.merge_compact and max(radii[nearest], gaps[nearest] + rho) <= cfg.gamma * ref:
                    separated = False  # class and cluster together are still compact: the class has spread
        if separated and compact and gap_ratio > 0 and n_known > 1:
            # scale-free: a new kind lies as far from its nearest label as the known labels lie from
            # theirs (in MiniLM space, groups of mixed outliers sit between the classes, nearer to one)
            known = prototypes[:n_known]
            kgap = np.linalg.norm(known[:, None] - known[None], axis=-1) + np.diag(np.full(n_known, np.inf))
            separated = bool(gaps[nearest] >= gap_ratio * float(np.median(kgap.min(axis=1))))
        if separated and compact and cfg.cohesion > 0 and memories is not None:
            # a new kind's members are each other's nearest neighbours; a group of known classes'
            # outliers (which looks as compact as any class in MiniLM's 384-d space) is not
            separated = cohesion(z[members], memories) >= cfg.cohesion
        verdict = (NEW if separated else DRIFT) if compact else LOOSE
        out.append(Cluster(members, centroid, rho, verdict, nearest))
    return out
