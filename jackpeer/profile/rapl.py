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
        self._last = [float(path.read_text()) for _, path, _ in self.zones]
        self._total = [0.0] * len(self.zones)

    def read(self) -> list[float]:
        """Energy since construction per zone, joules (counter wrap handled)."""
        for i, (_, path, max_range) in enumerate(self.zones):
            now = float(path.read_text())
            self._total[i] += counter_delta(self._last[i], now, max_range) / 1e6
            self._last[i] = now
        return list(self._total)
