"""Runtime: the `jack` backend gives eager's results (outputs, gradients, buffers) on small models
and on every workload of the suite, with plans forced to co-run; the profile cache is reused."""

import copy

import pytest
import torch
from torch import nn

import jackpeer.runtime  # noqa: F401  (registers backend="jack")
from jackpeer.runtime import JackRuntime, RuntimeConfig
from jackpeer.runtime.tune import LossModule, compile_training, tune
from jackpeer.workloads import WORKLOADS, get_workload


def forced(tmp_path, mode="corun", **kw) -> RuntimeConfig:
    """A quick config whose plans are always used: co-running accepted whatever the model predicts."""
    base = dict(mode=mode, cores=2, cache_dir=tmp_path, warmup_steps=0, profile_rounds=1,
                validate_threads=False, guard_steps=0, force=mode, handoff_us=0.0)
    return RuntimeConfig(**(base | kw))


class Branchy(nn.Module):
    """Two independent branches (co-runnable), BatchNorm (buffer mutation) and dropout (RNG)."""

    def __init__(self, d: int = 48):
        super().__init__()
        self.a = nn.Sequential(nn.Linear(d, d), nn.ReLU(), nn.Linear(d, d))
        self.b = nn.Sequential(nn.Linear(d, d), nn.BatchNorm1d(d), nn.Tanh(), nn.Dropout(0.2), nn.Linear(d, d))
        self.head = nn.Linear(d, 3)

    def forward(self, x):
        return self.head(self.a(x) * self.b(x))


def _grads(model):
    return [p.grad.clone() for p in model.parameters()]


def _step(model, x, seed):
    for p in model.parameters():
        p.grad = None
    torch.manual_seed(seed)
    out = model(x)
    out.square().mean().backward()
    return out.detach()


@pytest.mark.parametrize("mode", ["cc", "corun"])
def test_small_model_matches_eager(tmp_path, mode):
    torch.manual_seed(0)
    model, x = Branchy(), torch.randn(16, 48)
    ref = copy.deepcopy(model)
    rt = JackRuntime(forced(tmp_path, mode))
    compiled = rt.compile(model)
    for seed in range(4):  # calls 1-2 profile (one per thread count), calls 3-4 run the plan
        out, want = _step(compiled, x, seed), _step(ref, x, seed)
        torch.testing.assert_close(out, want)
        for g, w in zip(_grads(model), _grads(ref), strict=True):
            torch.testing.assert_close(g, w)
        for b, w in zip(model.buffers(), ref.buffers(), strict=True):
            torch.testing.assert_close(b, w)
    assert all(g.runner is not None for g in rt.graphs) and len(rt.graphs) == 2
    if mode == "corun":
        assert any(g.chosen.lanes == 2 for g in rt.graphs)


def test_compiled_optimizer_step_co_run_matches_eager(tmp_path):
    # The optimizer graph updates parameters in place under no_grad: lanes must share that mode.
    torch.manual_seed(0)
    model = Branchy()
    ref, x = copy.deepcopy(model), torch.randn(16, 48)
    for m in (model, ref):
        torch.manual_seed(1)  # the same dropout mask
        m(x).square().mean().backward()
    opt, ref_opt = (torch.optim.Adam(m.parameters(), lr=0.01) for m in (model, ref))
    # Every op at 1 thread (as the caller), so the per-parameter updates have a free core to co-run on.
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        rt = JackRuntime(forced(tmp_path, threads=(1,)))
        update = torch.compile(opt.step, backend=rt)
        for _ in range(4):  # Adam's first step has no state yet; then profiled twice, then the plan
            update()
            ref_opt.step()
            for p, q in zip(model.parameters(), ref.parameters(), strict=True):
                torch.testing.assert_close(p, q, rtol=1e-5, atol=1e-6)
    finally:
        torch.set_num_threads(before)
    assert any(g.choice == "corun" for g in rt.graphs)


def test_bitwise_equal_to_aot_eager_at_same_thread_count(tmp_path):
    # Every op at 1 thread, as in the baseline: co-running must not change a single bit.
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        torch.manual_seed(0)
        model, x = Branchy(), torch.randn(16, 48)
        ref = copy.deepcopy(model)
        compiled = JackRuntime(forced(tmp_path, threads=(1,))).compile(model)
        baseline = torch.compile(ref, backend="aot_eager")
        for seed in range(3):
            assert torch.equal(_step(compiled, x, seed), _step(baseline, x, seed))
            assert all(torch.equal(g, w) for g, w in zip(_grads(model), _grads(ref), strict=True))
            assert all(torch.equal(b, w) for b, w in zip(model.buffers(), ref.buffers(), strict=True))
    finally:
        torch.set_num_threads(before)


def test_string_backend_and_options(tmp_path):
    model, x = nn.Linear(8, 4), torch.randn(5, 8)
    options = {"mode": "cc", "cache_dir": str(tmp_path), "warmup_steps": 0, "guard_steps": 0, "profile_rounds": 1}
    compiled = torch.compile(model, backend="jack", options=options)
    for _ in range(3):
        torch.testing.assert_close(compiled(x), model(x))
    rt = jackpeer.runtime.runtime_for(options)
    assert rt.graphs and rt.graphs[0].schedules


def test_second_run_reuses_the_profile_cache(tmp_path):
    torch.manual_seed(0)
    model, x = Branchy(), torch.randn(16, 48)
    first = JackRuntime(forced(tmp_path))
    compiled = first.compile(model)
    for seed in range(2):  # one profiled call per thread count
        _step(compiled, x, seed)
    assert sum(g.profiled_ops for g in first.graphs) > 0
    assert first.cache.path.exists()

    second = JackRuntime(forced(tmp_path))  # a new process would start like this
    compiled2 = second.compile(copy.deepcopy(model))
    _step(compiled2, x, 0)
    # Every op was found on disk: the plan was made at compile time and nothing was measured.
    assert all(g.profiled_ops == 0 and g.chosen is not None for g in second.graphs)
    assert second.cache.path == first.cache.path


# The LSTM's traced graphs hold ~4,000 ops (35 steps × 2 layers, forward and backward): tracing
# them takes ~20 s on 2 cores, so it runs with the slow tests; test_lstm_is_captured is its fast twin.
SUITE = [pytest.param(n, marks=pytest.mark.slow) if n == "lstm" else n for n in WORKLOADS]


@pytest.mark.parametrize("name", SUITE)
def test_suite_workload_matches_eager(tmp_path, name):
    w = get_workload(name, batch_size=2)
    ref = copy.deepcopy(w.model)
    rt = JackRuntime(forced(tmp_path))
    compiled = rt.compile(LossModule(w.model, w.loss_fn))
    batch = next(w.batches)
    for seed in range(3):  # calls 1-2 profile (one per thread count), call 3 runs the co-run plan
        for m in (w.model, ref):
            for p in m.parameters():
                p.grad = None
        torch.manual_seed(seed)
        loss = compiled(batch)
        loss.backward()
        torch.manual_seed(seed)
        want = w.loss_fn(ref, batch)
        want.backward()
        torch.testing.assert_close(loss.detach(), want.detach())
        for (pn, p), q in zip(w.model.named_parameters(), ref.parameters(), strict=True):
            if q.grad is None:
                assert p.grad is None, pn
            else:
                # Ops at another thread count than eager's sum in another order: spec §9's rtol 1e-5.
                torch.testing.assert_close(p.grad, q.grad, rtol=1e-5, atol=1e-5,
                                           msg=lambda m, pn=pn: f"{name} {pn}: {m}")
        for b, c in zip(w.model.buffers(), ref.buffers(), strict=True):
            torch.testing.assert_close(b, c)
    # Every graph called once per thread count is planned (a graph of the first call only, e.g.
    # before the Llama's rope cache exists, is never called again).
    assert rt.graphs and all(g.runner is not None for g in rt.graphs if g.calls >= 2)


def test_lstm_is_captured_and_matches_eager(tmp_path):
    # Dynamo skips nn.LSTM unless allow_rnn is set (the runtime sets it): its ops must reach the backend.
    from jackpeer.workloads.lstm import LSTMLM

    torch.manual_seed(0)
    model = LSTMLM(vocab_size=16, dim=6, hidden=8, layers=2)  # the suite's model, small
    ref = copy.deepcopy(model)
    x = torch.randint(0, 16, (3, 4))
    rt = JackRuntime(forced(tmp_path))
    compiled = rt.compile(LossModule(model, lambda m, b: m(b).square().mean()))
    for _ in range(3):
        for m in (model, ref):
            m.zero_grad(set_to_none=True)
        loss = compiled(x)
        loss.backward()
        want = ref(x).square().mean()
        want.backward()
        torch.testing.assert_close(loss.detach(), want.detach())
        for p, q in zip(model.parameters(), ref.parameters(), strict=True):
            torch.testing.assert_close(p.grad, q.grad, rtol=1e-5, atol=1e-5)
    ops = {str(n.target) for g in rt.graphs for n in g.nodes}
    assert "aten.sigmoid.default" in ops and ("aten.mm.default" in ops or "aten.addmm.default" in ops)
    assert all(g.runner is not None for g in rt.graphs)


def test_tune_settles_every_graph_and_picks_a_host_count(tmp_path):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 2))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    rt = JackRuntime(RuntimeConfig(cores=2, cache_dir=tmp_path, profile_rounds=1, guard_steps=1))
    step = compile_training(model, lambda m, b: nn.functional.cross_entropy(m(b[0]), b[1]), opt, rt)
    batches = iter(lambda: (torch.randn(8, 16), torch.randint(0, 2, (8,))), None)
    before = torch.get_num_threads()
    tune(rt, step, batches, max_steps=30, host_rounds=1, host_steps=2)
    assert step.host_threads in (1, 2) and rt.host_threads == step.host_threads
    assert any(g.choice is not None for g in rt.graphs)
    graphs = len(rt.graphs)
    for host in (1, 2, 1):  # another count for code outside the graphs traces nothing again
        step.host_threads = host
        assert torch.isfinite(step(next(batches)))
        assert torch.get_num_threads() == host
    assert len(rt.graphs) == graphs
    torch.set_num_threads(before)
