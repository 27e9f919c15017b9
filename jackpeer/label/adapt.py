"""Tools for non-stationary streams (spec §4.5): an ADWIN change detector and class-balanced reservoirs."""

import math

import numpy as np


class Adwin:
    """ADaptive WINdowing (Bifet & Gavaldà 2007): keep the longest recent window whose two halves'
    means do not differ by more than the Hoeffding/Bernstein bound; a cut is a drift alarm.

    We keep the raw window (capped) instead of exponential histograms, and test cut points on a
    stride: same decisions up to the stride, simpler to read, fast enough for batch-sized updates."""

    def __init__(self, delta: float = 0.002, max_window: int = 4000, min_side: int = 5, stride: int = 4):
        self.delta, self.max_window, self.min_side, self.stride = delta, max_window, min_side, stride
        self.window = np.zeros(0)
        self.detections = 0

    def update(self, values) -> bool:
        """Append observations; return True when the window was cut (a change was detected)."""
        self.window = np.concatenate([self.window, np.atleast_1d(np.asarray(values, dtype=np.float64))])
        if len(self.window) > self.max_window:
            self.window = self.window[-self.max_window:]
        cut = self._cut_point()
        if cut is None:
            return False
        self.window = self.window[cut:]
        self.detections += 1
        return True

    def _cut_point(self) -> int | None:
        n = len(self.window)
        if n < 2 * self.min_side:
            return None
        csum = np.concatenate([[0.0], np.cumsum(self.window)])
        splits = np.arange(self.min_side, n - self.min_side + 1, self.stride)
        n0, n1 = splits.astype(np.float64), (n - splits).astype(np.float64)
        mean0, mean1 = csum[splits] / n0, (csum[n] - csum[splits]) / n1
        var = self.window.var()
        m = 1.0 / (1.0 / n0 + 1.0 / n1)
        log_term = math.log(2.0 * math.log(max(n, 3)) / self.delta)
        eps = np.sqrt(2.0 / m * var * log_term) + 2.0 / (3.0 * m) * log_term
        hits = np.nonzero(np.abs(mean0 - mean1) > eps)[0]
        # cut at the latest significant split: drop everything before the change
        return int(splits[hits[-1]]) if len(hits) else None

    def state_dict(self) -> dict:
        """Window and counters."""
        return {"window": self.window.copy(), "detections": self.detections}

    def load_state_dict(self, state: dict) -> None:
        """Restore window and counters."""
        self.window, self.detections = np.asarray(state["window"]), state["detections"]


class Reservoir:
    """Per-class reservoir sample (algorithm R) of trusted items: z, raw item (optional) and id.
    Old regimes keep a share of the memory, which guards against forgetting recurring concepts."""

    def __init__(self, capacity: int, rng: np.random.Generator):
        self.capacity, self.rng = capacity, rng
        self.z: list[np.ndarray] = []
        self.raw: list = []
        self.ids: list = []  # the caller's item id of each member (None for seed items), so one can be forgotten
        self.seen = 0
        self.pinned = 0  # the first `pinned` slots (seed items) are never replaced

    def add(self, z: np.ndarray, raw=None, pin: bool = False, item_id=None) -> None:
        """Offer one item; it is kept with probability (free slots) / (unpinned items seen).
        pin=True (while nothing unpinned was added): keep it for good, as the seed items are."""
        self.seen += 1
        if pin and self.pinned == len(self.z) < self.capacity:
            self.pinned += 1
        if len(self.z) < self.capacity:
            self.z.append(z)
            self.raw.append(raw)
            self.ids.append(item_id)
            return
        j = int(self.rng.integers(0, self.seen - self.pinned))
        if j < self.capacity - self.pinned:
            self.z[self.pinned + j], self.raw[self.pinned + j], self.ids[self.pinned + j] = z, raw, item_id

    def drop(self, ids: set) -> int:
        """Remove the unpinned members whose id is in ids (their source was deleted); returns how many."""
        keep = [k for k, i in enumerate(self.ids) if k < self.pinned or i is None or i not in ids]
        gone = len(self.z) - len(keep)
        self.z, self.raw, self.ids = [self.z[k] for k in keep], [self.raw[k] for k in keep], [self.ids[k] for k in keep]
        return gone

    def matrix(self) -> np.ndarray:
        """Members' embeddings as [m, d]."""
        return np.stack(self.z) if self.z else np.zeros((0, 0), dtype=np.float32)

    def __len__(self) -> int:
        return len(self.z)
