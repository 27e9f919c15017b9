"""The one percentile the project reports (room statistics, benches): nearest rank, no interpolation."""

import math
from collections.abc import Iterable


def percentile(values: Iterable[float], q: float) -> float:
    """The q-quantile (0 <= q <= 1) by nearest rank: the smallest value with at least a share q of
    the values at or below it. Raises ValueError for no values or q outside [0, 1]."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("percentile of no values")
    if not 0.0 <= q <= 1.0:
        raise ValueError(f"q must lie in [0, 1], not {q}")
    # round first: 0.95 * 20 is 18.999999999999996 in floating point, and its rank is 19
    rank = math.ceil(round(q * len(ordered), 9))
    return ordered[max(0, rank - 1)]
