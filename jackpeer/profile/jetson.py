"""NVIDIA Jetson boards through jetson-stats (jtop): GPU load and per-rail power (CPU, GPU, DDR, ...)."""


class JetsonSource:
    """GPU load % and the power of each INA3221 rail that jtop reports, in watts."""

    name = "jetson"

    def __init__(self) -> None:
        self.available, self.reason, self.channels = False, "", []
        try:
            from jtop import jtop
        except ImportError:
            self.reason = "jetson-stats (jtop) is not installed; it exists only on Jetson boards"
            return
        try:
            self._jtop = jtop()
            self._jtop.start()
        except Exception as err:  # jtop raises its own errors when the service is not running
            self.reason = f"jtop service unavailable: {err}"
            return
        # Rail names differ by module and release: discover them now.
        self._rails = sorted(k for k in self._jtop.power.get("rail", {}))
        self.channels = ["gpu_load_pct"] + [f"{rail}_power_w" for rail in self._rails] + ["total_power_w"]
        self.available = True

    def read(self) -> list[float]:
        """One sample: GPU load, each rail's power and the total, from jtop's latest reading."""
        power, gpu = self._jtop.power, self._jtop.gpu
        load = next(iter(gpu.values()), {}).get("status", {}).get("load", float("nan")) if gpu else float("nan")
        rails = [power["rail"][r].get("power", float("nan")) / 1e3 for r in self._rails]
        return [float(load), *rails, power.get("tot", {}).get("power", float("nan")) / 1e3]

    def close(self) -> None:
        """Stop the jtop client."""
        self._jtop.close()
