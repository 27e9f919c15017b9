"""The shared nearest-rank percentile (jackpeer/percentile.py)."""

import pytest

from jackpeer.percentile import percentile


def test_nearest_rank_on_known_values():
    values = list(range(1, 21))  # 1..20
    assert percentile(values, 0.95) == 19  # rank ceil(0.95 * 20) = 19, not 20
    assert percentile(values, 0.5) == 10
    assert percentile(values, 1.0) == 20 and percentile(values, 0.0) == 1
    assert percentile([3.0, 1.0, 2.0], 0.5) == 2.0  # unsorted input
    assert percentile([7.5], 0.95) == 7.5


def test_bad_input_is_refused():
    with pytest.raises(ValueError):
        percentile([], 0.5)
    with pytest.raises(ValueError):
        percentile([1.0], 95)  # a percent, not a share
