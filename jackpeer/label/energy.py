"""Energy accounting (spec §5.6): a hardware counter when the machine offers one (Intel RAPL package
energy, read by `jackpeer.profile.rapl`), else an estimate from this process's CPU time × a stated power
per busy core — always labelled as which of the two it is."""

import time
from dataclasses import dataclass
from pathlib import Path

from jackpeer.profile.rapl import POWERCAP, RAPLSource


@dataclass
class EnergyReading:
    """Joules over a measured span and where the figure comes from."""

    joules: float
    seconds: float
    cpu_seconds: float
    method: str  # "rapl" (measured, whole package: other processes included) or "estimate"


class EnergyMeter:
    """`with EnergyMeter() as m: work()` then `m.reading`. Without RAPL: CPU seconds of this process
    (all its threads) × `watts_per_core` — an estimate, not a measurement."""

    def __init__(self, watts_per_core: float = 10.0, powercap: Path = POWERCAP):
        self.watts_per_core = watts_per_core
        self.rapl = RAPLSource(powercap)
        self.reading: EnergyReading | None = None

    def __enter__(self) -> "EnergyMeter":
        self.t0, self.c0 = time.perf_counter(), time.process_time()
        self.e0 = self.rapl.package_joules() if self.rapl.packages else 0.0
        return self

    def __exit__(self, *exc) -> None:
        seconds, cpu = time.perf_counter() - self.t0, time.process_time() - self.c0
        if self.rapl.packages:
            self.reading = EnergyReading(self.rapl.package_joules() - self.e0, seconds, cpu, "rapl")
        else:
            self.reading = EnergyReading(cpu * self.watts_per_core, seconds, cpu, "estimate")
