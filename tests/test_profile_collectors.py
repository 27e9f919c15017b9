import time

import numpy as np
import pytest

from jackpeer.profile.align import fit_clock
from jackpeer.profile.cpu import CPUSource
from jackpeer.profile.energy import counter_energy, power_energy, rectangle_energy, trapezoid_energy
from jackpeer.profile.jetson import JetsonSource
from jackpeer.profile.nvml import NVMLSource
from jackpeer.profile.rapl import RAPLSource, counter_delta
from jackpeer.profile.sampler import Sampler


def test_cpu_source_reads_every_core_and_rss():
    src = CPUSource()
    assert src.available
    values = src.read()
    assert len(values) == len(src.channels) == src.cores + 2
    assert all(0.0 <= v <= 100.0 for v in values[: src.cores])
    assert values[-1] > 10 * 2**20  # a Python process with torch loaded holds well over 10 MB


def _fake_powercap(root, zones):
    for dirname, name, energy, max_range in zones:
        zone = root / dirname
        zone.mkdir(parents=True)
        (zone / "name").write_text(name + "\n")
        (zone / "energy_uj").write_text(f"{energy}\n")
        (zone / "max_energy_range_uj").write_text(f"{max_range}\n")


def test_rapl_reads_zones_and_unwraps_counter(tmp_path):
    _fake_powercap(tmp_path, [("intel-rapl:0", "package-0", 999_000_000, 1_000_000_000),
                              ("intel-rapl:0:2", "dram", 5_000_000, 1_000_000_000)])  # fmt: skip
    src = RAPLSource(tmp_path)
    assert src.available and src.channels == ["intel-rapl:0:package-0_j", "intel-rapl:0:2:dram_j"]
    # package counter wraps: 999 J -> 1 J on a 1000 J range = 2 J used; dram 5 J -> 8 J = 3 J
    (tmp_path / "intel-rapl:0" / "energy_uj").write_text("1000000\n")
    (tmp_path / "intel-rapl:0:2" / "energy_uj").write_text("8000000\n")
    assert src.read() == pytest.approx([2.0, 3.0])
    assert counter_delta(10, 4, 100) == 94 and counter_delta(4, 10, 100) == 6


def test_unavailable_collectors_say_why(tmp_path):
    absent = RAPLSource(tmp_path / "missing")
    assert not absent.available and "does not exist" in absent.reason
    empty = RAPLSource(tmp_path)
    assert not empty.available and "no readable RAPL zone" in empty.reason
    for src in (NVMLSource(), JetsonSource()):
        if not src.available:
            assert src.reason  # says plainly why (not installed, no driver, no GPU)


class CountingSource:
    name, available, channels = "count", True, ["n"]

    def __init__(self):
        self.n = 0

    def read(self):
        self.n += 1
        return [float(self.n)]


def test_sampler_keeps_its_rate_and_order():
    src = CountingSource()
    sampler = Sampler([src], rate_hz=50)
    start = time.perf_counter()
    sampler.start()
    time.sleep(0.4)
    sampler.stop()
    elapsed = time.perf_counter() - start  # a loaded machine may oversleep
    series = sampler.series()["count"]
    t = series["t_ns"]
    assert np.all(np.diff(t) > 0)
    assert series["n"].tolist() == list(range(1, len(t) + 1))
    # fixed-rate schedule: never more samples than 50 Hz allows (+ the first and the final one)
    assert 2 <= len(t) <= elapsed * 50 + 3


def test_energy_rules_agree_on_constant_power():
    t = np.linspace(0, 10, 101)
    p = np.full_like(t, 7.5)
    assert rectangle_energy(t, p) == pytest.approx(75.0)
    assert trapezoid_energy(t, p) == pytest.approx(75.0)
    t_ns = (t * 1e9).astype(np.int64)
    assert power_energy(t_ns, p, int(2.05e9), int(4.05e9)) == pytest.approx(15.0)
    joules = 7.5 * t  # a cumulative counter at 7.5 W
    assert counter_energy(t_ns, joules, int(1e9), int(3.5e9)) == pytest.approx(18.75)


def test_clock_fit_recovers_offset_and_drift():
    trace = 1.7e18 + np.arange(20) * 1e7
    local = 123_456_789 + 1.0001 * (trace - 1.7e18)
    alpha, beta, residual = fit_clock(trace, local)
    assert beta == pytest.approx(1.0001, rel=1e-9)
    assert residual < 1_000  # under a microsecond


def test_nvml_source_reads_a_fake_driver(monkeypatch):
    import sys
    import types

    nv = types.ModuleType("pynvml")
    nv.NVMLError = type("NVMLError", (Exception,), {})
    nv.nvmlInit = lambda: None
    nv.nvmlDeviceGetCount = lambda: 1
    nv.nvmlDeviceGetHandleByIndex = lambda i: f"gpu{i}"
    energy = iter([1_000_000, 1_250_000])  # mJ since driver load: 250 J used between two reads
    nv.nvmlDeviceGetTotalEnergyConsumption = lambda h: next(energy)
    nv.nvmlDeviceGetUtilizationRates = lambda h: types.SimpleNamespace(gpu=87)
    nv.nvmlDeviceGetMemoryInfo = lambda h: types.SimpleNamespace(used=3 * 2**30)
    nv.nvmlDeviceGetPowerUsage = lambda h: 215_500  # mW
    monkeypatch.setitem(sys.modules, "pynvml", nv)
    src = NVMLSource()
    assert src.available
    assert src.channels == ["gpu0_util_pct", "gpu0_mem_bytes", "gpu0_power_w", "gpu0_energy_j"]
    assert src.read() == [87.0, 3.0 * 2**30, 215.5, 250.0]


def test_jetson_source_reads_fake_jtop_rails(monkeypatch):
    import sys
    import types

    class FakeJtop:
        power = {
            "rail": {"VDD_GPU_SOC": {"power": 4200}, "VDD_CPU_CV": {"power": 1500}},
            "tot": {"power": 7900},
        }
        gpu = {"gpu": {"status": {"load": 63.0}}}

        def start(self):
            pass

        def close(self):
            pass

    monkeypatch.setitem(sys.modules, "jtop", types.SimpleNamespace(jtop=FakeJtop))
    src = JetsonSource()
    assert src.available
    assert src.channels == ["gpu_load_pct", "VDD_CPU_CV_power_w", "VDD_GPU_SOC_power_w", "total_power_w"]
    assert src.read() == pytest.approx([63.0, 1.5, 4.2, 7.9])


def test_energy_meter_reads_package_zones_through_the_rapl_source(tmp_path):
    # one RAPL reader: the labeler's EnergyMeter sums package zones only (dram and core are not added twice)
    from jackpeer.label.energy import EnergyMeter

    _fake_powercap(tmp_path, [("intel-rapl:0", "package-0", 999_000_000, 1_000_000_000),
                              ("intel-rapl:0:0", "core", 1_000_000, 1_000_000_000),
                              ("intel-rapl:0:2", "dram", 5_000_000, 1_000_000_000)])  # fmt: skip
    with EnergyMeter(powercap=tmp_path) as meter:
        (tmp_path / "intel-rapl:0" / "energy_uj").write_text("1000000\n")  # wraps: 2 J
        (tmp_path / "intel-rapl:0:0" / "energy_uj").write_text("9000000\n")
    assert meter.reading.method == "rapl" and meter.reading.joules == pytest.approx(2.0)
    assert EnergyMeter(powercap=tmp_path / "missing").rapl.packages == []
