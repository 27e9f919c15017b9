"""CPU and memory source (psutil): per-core busy %, this process's CPU % and resident memory."""

import os

import psutil


class CPUSource:
    """Per-core utilization since the previous read, process CPU % and RSS; psutil always works on Linux."""

    name = "cpu"

    def __init__(self) -> None:
        self.available, self.reason = True, ""
        self.cores = psutil.cpu_count(logical=True) or 1
        self._proc = psutil.Process(os.getpid())
        # psutil's first interval=None call returns a meaningless 0.0; prime both counters now.
        psutil.cpu_percent(percpu=True, interval=None)
        self._proc.cpu_percent(interval=None)
        self.channels = [f"core{i}_pct" for i in range(self.cores)] + ["proc_cpu_pct", "rss_bytes"]

    def read(self) -> list[float]:
        """One sample, in the order of `channels`."""
        values = psutil.cpu_percent(percpu=True, interval=None)
        return [*values, self._proc.cpu_percent(interval=None), float(self._proc.memory_info().rss)]
