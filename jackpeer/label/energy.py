"""Energy accounting (spec §5.6): a hardware counter when the machine offers one (Intel RAPL package
energy under /sys/class/powercap), else an estimate from this process's CPU time × a stated power
per busy core — always labelled as which of the two it is."""

import time
from dataclasses import dataclass
from pathlib import Path

POWERCAP = Path("/sys/class/powercap")


def rapl_packages() -> list[Path]:
    """Readable RAPL package-domain energy counters (µJ); empty when there are none or no permission."""
    found = []
    for zone in sorted(POWERCAP.glob("intel-rapl:*")):
        name, counter = zone / "name", zone / "energy_uj"
        try:
            if ":" not in zone.name.split("intel-rapl:", 1)[1] and name.read_text().startswith("package"):
                int(counter.read_text())
                found.append(zone)
        except (OSError, ValueError):
            continue
    return found


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

    def __init__(self, watts_per_core: float = 10.0):
        self.watts_per_core = watts_per_core
        self.zones = rapl_packages()
        self.reading: EnergyReading | None = None

    def _counters(self) -> list[int]:
        return [int((z / "energy_uj").read_text()) for z in self.zones]

    def __enter__(self) -> "EnergyMeter":
        self.t0, self.c0 = time.perf_counter(), time.process_time()
        self.e0 = self._counters()
        return self

    def __exit__(self, *exc) -> None:
        seconds, cpu = time.perf_counter() - self.t0, time.process_time() - self.c0
        if self.zones:
            joules = 0.0
            for zone, before, after in zip(self.zones, self.e0, self._counters(), strict=True):
                delta = after - before
                if delta < 0:  # the counter wrapped at max_energy_range_uj
                    delta += int((zone / "max_energy_range_uj").read_text())
                joules += delta / 1e6
            self.reading = EnergyReading(joules, seconds, cpu, "rapl")
        else:
            self.reading = EnergyReading(cpu * self.watts_per_core, seconds, cpu, "estimate")
