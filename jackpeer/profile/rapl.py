"""Intel/AMD RAPL energy counters through Linux powercap (package, core, uncore, DRAM zones)."""

from pathlib import Path

POWERCAP = Path("/sys/class/powercap")


def counter_delta(before: float, after: float, max_range: float) -> float:
    """Difference of a wrapping counter: add the range once when it wrapped (after < before)."""
    delta = after - before
    return delta + max_range if delta < 0 else delta


class RAPLSource:
    """Cumulative energy in joules per readable zone (`package-0`, `dram`, ...), unwrapped across reads."""

    name = "rapl"

    def __init__(self, root: Path = POWERCAP) -> None:
        self.zones: list[tuple[str, Path, float]] = []
        self.packages: list[int] = []
        self.available, self.reason = False, ""
        if not root.is_dir():
            self.reason = f"{root} does not exist (no powercap driver: VM, container or non-Intel/AMD CPU)"
            return
        for zone in sorted(root.glob("*rapl*:*")):
            energy = zone / "energy_uj"
            try:
                name = (zone / "name").read_text().strip()
                max_range = float((zone / "max_energy_range_uj").read_text())
                float(energy.read_text())
            except (OSError, ValueError):
                continue  # unreadable without root since the 2020 RAPL side-channel fix
            self.zones.append((f"{zone.name}:{name}", energy, max_range))
        if not self.zones:
            self.reason = f"no readable RAPL zone under {root} (absent, or energy_uj needs root)"
            return
        self.available = True
        self.channels = [f"{label}_j" for label, _, _ in self.zones]
        # Top-level package zones (`intel-rapl:0`, not `intel-rapl:0:0`): core and uncore lie inside them.
        self.packages = [i for i, (label, _, _) in enumerate(self.zones)
                         if label.count(":") == 2 and label.rsplit(":", 1)[1].startswith("package")]
        self._last = [float(path.read_text()) for _, path, _ in self.zones]
        self._total = [0.0] * len(self.zones)

    def read(self) -> list[float]:
        """Energy since construction per zone, joules (counter wrap handled)."""
        for i, (_, path, max_range) in enumerate(self.zones):
            now = float(path.read_text())
            self._total[i] += counter_delta(self._last[i], now, max_range) / 1e6
            self._last[i] = now
        return list(self._total)

    def package_joules(self) -> float:
        """Energy since construction summed over the package zones, joules (0 when there are none)."""
        totals = self.read()
        return sum(totals[i] for i in self.packages)
