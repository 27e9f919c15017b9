import time

import pytest

from jackpeer.profile import session
from jackpeer.profile.cpu import CPUSource


class ConstantPowerRAPL:
    """A RAPL package zone drawing exactly 5 W: the cumulative counter is 5 J per second."""

    name, available, reason, channels = "rapl", True, "", ["intel-rapl:0:package-0_j"]

    def __init__(self):
        self.t0 = time.perf_counter()

    def read(self):
        return [5.0 * (time.perf_counter() - self.t0)]


def test_energy_per_step_and_phase_from_a_known_power():
    with session("energy", warmup_steps=1, rate_hz=100, sources=[CPUSource(), ConstantPowerRAPL()]) as s:
        for _ in range(4):
            with s.phase("forward"):
                time.sleep(0.15)
            s.step()
    r = s.report
    energy = r["energy"]
    assert energy["available"] and energy["components"] == ["rapl:intel-rapl:0:package-0_j"]
    step_s = r["steps"]["mean_ms"] / 1e3
    assert energy["j_per_step"] == pytest.approx(5.0 * step_s, rel=0.1)
    forward_s = r["phases"]["forward"]["mean_ms"] / 1e3
    assert energy["j_per_phase"]["forward"] == pytest.approx(5.0 * forward_s, rel=0.1)
    assert energy["per_step_j"] and len(energy["per_step_j"]) == 3


def test_no_energy_source_is_reported_not_invented():
    with session("none", warmup_steps=0, sources=[CPUSource()]) as s:
        s.step()
    assert s.report["energy"]["available"] is False
    assert s.report["energy"].get("j_per_step") is None


def test_energy_is_spread_over_ops_and_layers_as_a_labelled_estimate():
    import torch

    model = torch.nn.Sequential(torch.nn.Linear(64, 64), torch.nn.ReLU())
    x = torch.randn(32, 64)
    sources = [CPUSource(), ConstantPowerRAPL()]
    with session("ops", warmup_steps=1, trace_steps=2, rate_hz=100, model=model, sources=sources) as s:
        for _ in range(6):
            with s.phase("forward"):
                model(x).sum().backward()
                time.sleep(0.05)
            s.step()
    ops = s.report["ops"]
    assert ops["energy_per_op_model"].startswith("estimate")
    j_step = s.report["energy"]["j_per_step"]
    assert sum(e["energy_j_per_step_est"] for e in ops["ops"]) == pytest.approx(j_step)
    assert all("energy_j_per_step_est" in row for row in ops["layers"])
    by_phase = s.report["utilization"]["by_phase"]
    assert by_phase["forward"]["samples"] >= 1
