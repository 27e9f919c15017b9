"""Placement arithmetic (spec §5.4–5.5): split data-parallel work across executors to minimise the
makespan, and size batches to the latency bound. Pure functions of the performance models."""

from jackpeer.label.cost_model import LinearCost


def _shares_at(T: float, costs: list[LinearCost]) -> list[int]:
    return [int(max(0.0, (T - c.a) / c.b)) if c.b > 0 else (10**9 if T >= c.a else 0) for c in costs]


def partition(n: int, costs: list[LinearCost], c_min: int = 8) -> list[int]:
    """Items per executor for one data-parallel task of n items: the smallest makespan T with
    Σ n_e(T) >= n, n_e(T) = ⌊(T − a_e) / b_e⌋ (binary search); leftovers to the earliest finisher;
    executors whose share is below c_min are dropped and the split re-solved."""
    active = list(range(len(costs)))
    while True:
        sub = [costs[i] for i in active]
        lo, hi = 0.0, min(c.predict(n) for c in sub)
        for _ in range(60):
            mid = (lo + hi) / 2
            lo, hi = (lo, mid) if sum(_shares_at(mid, sub)) >= n else (mid, hi)
        shares = [min(s, n) for s in _shares_at(lo, sub)]
        while sum(shares) < n:  # leftovers go to the executor predicted to finish first with one more
            j = min(range(len(sub)), key=lambda k: sub[k].predict(shares[k] + 1))
            shares[j] += 1
        while sum(shares) > n:
            j = max(range(len(sub)), key=lambda k: sub[k].predict(shares[k]) if shares[k] else -1)
            shares[j] -= 1
        small = [k for k, s in enumerate(shares) if 0 < s < c_min]
        if not small or len(active) == 1 or n < c_min:
            out = [0] * len(costs)
            for k, i in enumerate(active):
                out[i] = shares[k]
            return out
        active = [i for k, i in enumerate(active) if k not in small]


def makespan(shares: list[int], costs: list[LinearCost]) -> float:
    """Predicted finish time of a split (executors run concurrently; idle ones cost nothing)."""
    return max((c.predict(s) for s, c in zip(shares, costs, strict=True) if s > 0), default=0.0)


def max_batch(latency, bound: float, cap: int = 256) -> int:
    """Largest n <= cap whose predicted latency(n) <= bound (at least 1); latency is non-decreasing."""
    if latency(1) > bound:
        return 1
    lo, hi = 1, cap
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if latency(mid) <= bound else (lo, mid - 1)
    return lo
