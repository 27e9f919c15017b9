"""Per-operation performance model T(t) = a + b/t + c·(t − 1) (spec §6.3).

a is the serial part, b the parallel work that t threads share, c the cost each added thread
brings (synchronization, bandwidth). All three are kept non-negative; with three unknowns the
non-negative least-squares problem is solved exactly by trying every subset of active terms.
"""

from dataclasses import dataclass
from itertools import combinations
from statistics import median

import numpy as np


def _basis(t: np.ndarray) -> np.ndarray:
    return np.stack([np.ones_like(t), 1.0 / t, t - 1.0], axis=1)


@dataclass(frozen=True)
class PerfModel:
    """A fitted curve for one op signature; times in microseconds."""

    a: float
    b: float
    c: float

    def predict(self, t: int) -> float:
        """Predicted time (µs) of the op with t threads."""
        return self.a + self.b / t + self.c * (t - 1)

    def best(self, counts: range | list[int] | tuple[int, ...], tolerance: float = 0.0) -> int:
        """The smallest count whose predicted time is within `tolerance` of the fastest."""
        fastest = min(self.predict(t) for t in counts)
        return min(t for t in counts if self.predict(t) <= (1 + tolerance) * fastest)


def fit(counts: list[int], times: list[float]) -> PerfModel:
    """Non-negative least squares of a + b/t + c(t−1) to (count, time) points."""
    t = np.asarray(counts, dtype=float)
    y = np.asarray(times, dtype=float)
    X = _basis(t)
    best, best_key = PerfModel(float(np.mean(y)), 0.0, 0.0), None
    for k in (1, 2, 3):
        for active in combinations(range(3), k):
            coef, *_ = np.linalg.lstsq(X[:, active], y, rcond=None)
            if np.any(coef < 0):
                continue
            full = np.zeros(3)
            full[list(active)] = coef
            residual = float(np.sum((X @ full - y) ** 2))
            # Smallest residual wins; between equally good fits (few points), the simpler one.
            key = (round(residual, 9), k)
            if best_key is None or key < best_key:
                best, best_key = PerfModel(*map(float, full)), key
    return best


def loo_error(counts: list[int], times: list[float]) -> float | None:
    """Leave-one-out relative error of the fit (mean over points); None below 4 points."""
    if len(counts) < 4:
        return None
    errors = []
    for i in range(len(counts)):
        model = fit(counts[:i] + counts[i + 1 :], times[:i] + times[i + 1 :])
        errors.append(abs(model.predict(counts[i]) - times[i]) / times[i])
    return float(np.mean(errors))


@dataclass
class OpProfile:
    """Measurements of one signature: `fit` samples at the swept counts, `held` held-out samples."""

    fit_samples: dict[int, list[float]]
    held_samples: dict[int, list[float]]

    def medians(self) -> tuple[list[int], list[float]]:
        """Swept counts and the median time at each."""
        counts = sorted(self.fit_samples)
        return counts, [median(self.fit_samples[t]) for t in counts]

    def model(self, max_loo: float = 0.25) -> PerfModel:
        """The fitted curve; a piecewise-linear curve through the medians if the fit is poor."""
        counts, times = self.medians()
        model = fit(counts, times)
        err = loo_error(counts, times)
        if err is not None and err > max_loo:
            return MeasuredCurve(0.0, 0.0, 0.0, tuple(counts), tuple(times))
        return model

    def errors(self, model: PerfModel, counts: tuple[int, ...] | None = None) -> list[float]:
        """Relative errors of the model against the held-out medians (one per count, or per given count)."""
        return [abs(model.predict(t) - median(s)) / median(s) for t, s in sorted(self.held_samples.items())
                if s and (counts is None or t in counts)]

    def to_json(self) -> dict:
        """Plain dict for the on-disk cache."""
        return {"fit": {str(t): s for t, s in self.fit_samples.items()},
                "held": {str(t): s for t, s in self.held_samples.items()}}

    @classmethod
    def from_json(cls, data: dict) -> "OpProfile":
        """Inverse of to_json."""
        return cls({int(t): list(s) for t, s in data["fit"].items()},
                   {int(t): list(s) for t, s in data["held"].items()})


@dataclass(frozen=True)
class MeasuredCurve(PerfModel):
    """Fallback when the curve does not fit: interpolate the measured medians, flat outside them."""

    counts: tuple[int, ...] = ()
    times: tuple[float, ...] = ()

    def predict(self, t: int) -> float:
        """Linear interpolation between the nearest measured counts."""
        return float(np.interp(t, self.counts, self.times))


def mape(profiles: list[OpProfile], counts: tuple[int, ...] | None = None, weighted: bool = False) -> float | None:
    """Mean absolute percentage error of each op's model on its held-out medians (optionally at `counts`).

    One term per (op signature, count). `weighted`: Σ|predicted − held| / Σ held instead, i.e. the
    error in the step time the ops add up to, where a 3 µs view counts as little as it costs.
    """
    pairs = [(p.model().predict(t), median(s)) for p in profiles for t, s in sorted(p.held_samples.items())
             if s and (counts is None or t in counts)]
    if not pairs:
        return None
    if weighted:
        return 100.0 * sum(abs(m - h) for m, h in pairs) / sum(h for _, h in pairs)
    return 100.0 * float(np.mean([abs(m - h) / h for m, h in pairs]))
