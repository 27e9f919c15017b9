"""NVIDIA GPU source through NVML (pynvml / nvidia-ml-py): utilization, memory, power, energy."""


class NVMLSource:
    """GPU busy % (driver's sample window), memory used, power (W) and energy since start (J) per GPU."""

    name = "nvml"

    def __init__(self) -> None:
        self.available, self.reason, self.channels = False, "", []
        try:
            import pynvml
        except ImportError:
            self.reason = "pynvml is not installed (pip install nvidia-ml-py)"
            return
        try:
            pynvml.nvmlInit()
            count = pynvml.nvmlDeviceGetCount()
        except pynvml.NVMLError as err:
            self.reason = f"NVML could not start: {err} (no NVIDIA driver or GPU)"
            return
        if count == 0:
            self.reason = "NVML found no GPU"
            return
        self._nvml = pynvml
        self._handles = [pynvml.nvmlDeviceGetHandleByIndex(i) for i in range(count)]
        self._energy0: list[float | None] = []
        for h in self._handles:
            try:  # total-energy counter exists from Volta on; older GPUs integrate power instead
                self._energy0.append(pynvml.nvmlDeviceGetTotalEnergyConsumption(h) / 1e3)
            except pynvml.NVMLError:
                self._energy0.append(None)
        for i in range(count):
            self.channels += [f"gpu{i}_util_pct", f"gpu{i}_mem_bytes", f"gpu{i}_power_w"]
            if self._energy0[i] is not None:
                self.channels.append(f"gpu{i}_energy_j")
        self.available = True

    def read(self) -> list[float]:
        """One sample per GPU, in the order of `channels`."""
        nv, out = self._nvml, []
        for h, e0 in zip(self._handles, self._energy0, strict=True):
            out += [
                float(nv.nvmlDeviceGetUtilizationRates(h).gpu),
                float(nv.nvmlDeviceGetMemoryInfo(h).used),
                nv.nvmlDeviceGetPowerUsage(h) / 1e3,
            ]
            if e0 is not None:
                out.append(nv.nvmlDeviceGetTotalEnergyConsumption(h) / 1e3 - e0)
        return out
