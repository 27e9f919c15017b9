"""A background thread that polls every available source at a fixed rate into preallocated buffers."""

import threading
import time

import numpy as np


class Sampler:
    """Samples `sources` every 1/rate_hz s; times are time.perf_counter_ns() like every other marker."""

    def __init__(self, sources: list, rate_hz: float = 10.0, capacity: int = 200_000) -> None:
        self.sources = [s for s in sources if s.available]
        self.rate_hz = rate_hz
        self.capacity = capacity
        width = sum(len(s.channels) for s in self.sources)
        # Preallocated, so the sampling thread does no allocation work that would compete for the GIL.
        self._t = np.zeros(capacity, dtype=np.int64)
        self._v = np.zeros((capacity, width), dtype=np.float64)
        self._n = 0
        self.dropped = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="jack-profile-sampler", daemon=True)

    def start(self) -> None:
        """Start sampling (one sample immediately)."""
        self._thread.start()

    def stop(self) -> None:
        """Stop sampling and take one last sample, so the run's end is covered."""
        self._stop.set()
        self._thread.join()
        self._sample()

    def _sample(self) -> None:
        if self._n >= self.capacity:
            self.dropped += 1
            return
        row, col = self._v[self._n], 0
        start = time.perf_counter_ns()
        for source in self.sources:
            values = source.read()
            row[col : col + len(values)] = values
            col += len(values)
        self._t[self._n] = (start + time.perf_counter_ns()) // 2  # the reads' midpoint
        self._n += 1

    def _run(self) -> None:
        period = 1.0 / self.rate_hz
        next_at = time.perf_counter()
        while not self._stop.is_set():
            self._sample()
            next_at += period
            # Fixed-rate schedule; when a read overran a period, skip ahead instead of bursting.
            delay = next_at - time.perf_counter()
            if delay < 0:
                next_at = time.perf_counter() + period
                delay = period
            self._stop.wait(delay)

    def series(self) -> dict[str, dict[str, np.ndarray]]:
        """{source: {"t_ns": times, channel: values}} for the samples taken so far."""
        out, col, n = {}, 0, self._n
        for source in self.sources:
            block = {"t_ns": self._t[:n].copy()}
            for channel in source.channels:
                block[channel] = self._v[:n, col].copy()
                col += 1
            out[source.name] = block
        return out
