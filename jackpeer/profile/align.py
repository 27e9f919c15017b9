"""One clock (spec §6.2): map the profiler's timestamps onto the sampler's perf_counter clock."""

import numpy as np


def fit_clock(trace_ns: np.ndarray, local_ns: np.ndarray) -> tuple[float, float, float]:
    """Least-squares local = α + β·trace over marker pairs; returns (α, β, max residual in ns)."""
    trace = np.asarray(trace_ns, dtype=np.float64)
    local = np.asarray(local_ns, dtype=np.float64)
    if len(trace) < 2:
        alpha = float(local[0] - trace[0]) if len(trace) else 0.0
        return alpha, 1.0, 0.0
    # Centre before fitting: raw epoch nanoseconds lose precision in the normal equations.
    t0, l0 = trace.mean(), local.mean()
    beta, _ = np.polyfit(trace - t0, local - l0, 1)
    alpha = l0 - beta * t0
    residual = float(np.max(np.abs(alpha + beta * trace - local)))
    return float(alpha), float(beta), residual
