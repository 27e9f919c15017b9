import pytest
import torch
from torch import nn

from jackpeer.profile import session

M, K, N, CALLS = 64, 128, 32, 4


@pytest.fixture(autouse=True)
def one_thread():
    # One intra-op thread: on a CPU shared with other jobs two threads stall on OpenMP barriers.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _ops(report, op, phase):
    return [e for e in report["ops"]["ops"] if e["op"] == op and e["phase"] == phase]


def test_matmul_loop_flops_and_time_are_attributed_to_mm():
    a, b = torch.randn(M, K), torch.randn(K, N)
    with session("mm", warmup_steps=1, trace_steps=3, rate_hz=20) as s:
        for _ in range(5):
            with s.phase("forward"):
                for _ in range(CALLS):
                    torch.mm(a, b)
            s.step()
    ops = s.report["ops"]
    assert ops["traced_steps"] == 3
    (mm,) = _ops(s.report, "aten::mm", "forward")
    assert mm["calls_per_step"] == CALLS
    assert mm["gflop_per_step"] * 1e9 == 2 * M * K * N * CALLS  # exact: 2·M·K·N per product
    assert mm["category"] == "gemm/conv"
    assert mm["ms_per_step"] > 0 and mm["share_pct"] > 50
    assert ops["sequence_identical_pct"] == 100.0


def test_tensor_of_known_bytes_is_seen_by_the_memory_collector():
    n = 1_000_000  # 4,000,000 bytes of float32
    kept = []
    with session("mem", warmup_steps=0, trace_steps=2) as s:
        for _ in range(2):
            with s.phase("forward"):
                kept.append(torch.ones(n))
            with s.phase("backward"):
                tmp = torch.ones(n)
                del tmp
            s.step()
    mem = s.report["memory"]
    assert mem["phase_net_bytes"]["forward"] == 4 * n  # kept: net growth is exactly the tensor
    assert mem["phase_peak_above_start_bytes"]["backward"] == 4 * n  # freed again, but it was the peak
    assert mem["phase_net_bytes"]["backward"] == 0
    (ones,) = _ops(s.report, "aten::ones", "forward")
    assert ones["mem_mb_per_step"] * 2**20 == 4 * n


def test_layers_and_phases_get_their_forward_and_backward_time():
    model = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 4))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x = torch.randn(16, 32)
    with session("layers", warmup_steps=1, trace_steps=2, model=model) as s:
        for _ in range(4):
            with s.phase("forward"):
                loss = model(x).square().mean()
            with s.phase("backward"):
                loss.backward()
            with s.phase("optimizer"):
                opt.step()
                opt.zero_grad(set_to_none=True)
            s.step()
    layers = {row["module"]: row for row in s.report["ops"]["layers"]}
    assert {"0", "1", "2"} <= set(layers)
    assert layers["0"]["forward_ms"] > 0 and layers["0"]["backward_ms"] > 0  # via autograd sequence numbers
    phases = {e["phase"] for e in s.report["ops"]["ops"]}
    assert {"forward", "backward", "optimizer"} <= phases
    backward_ops = {e["op"] for e in _ops_in(s.report, "backward")}
    assert "AddmmBackward0" in backward_ops
    assert {e["category"] for e in _ops_in(s.report, "optimizer")} == {"optimizer update"}
    assert s.report["ops"]["clock_fit_pairs"] >= 6


def _ops_in(report, phase):
    return [e for e in report["ops"]["ops"] if e["phase"] == phase]


def test_sampling_mode_has_no_trace_and_reports_step_statistics():
    with session("plain", warmup_steps=2, rate_hz=50) as s:
        for _ in range(8):
            with s.phase("forward"):
                torch.randn(100, 100).sum()
            s.step()
    r = s.report
    assert "ops" not in r and r["meta"]["mode"] == "sampling"
    assert r["steps"]["count"] == 8 and r["steps"]["measured"] == 6
    assert r["phases"]["forward"]["mean_ms"] > 0
    assert r["meta"]["collectors"]["cpu"] == "ok"


def test_ops_inside_a_compiled_region_are_listed_with_the_region_overhead_apart():
    from jackpeer.profile.trace import COMPILED_OVERHEAD

    a, b = torch.randn(M, K), torch.randn(K, N)
    fn = torch.compile(lambda x, y: torch.mm(x, y).relu(), backend="aot_eager", fullgraph=True)
    fn(a, b)
    with session("compiled", warmup_steps=1, trace_steps=3, rate_hz=20) as s:
        for _ in range(4):
            with s.phase("forward"):
                fn(a, b)
            s.step()
    names = {e["op"] for e in s.report["ops"]["ops"]}
    assert "aten::mm" in names  # not folded into the region
    assert not any(n.startswith("Torch-Compiled Region") for n in names)
    (overhead,) = _ops(s.report, COMPILED_OVERHEAD, "forward")
    assert overhead["calls_per_step"] == 1 and overhead["ms_per_step"] >= 0
