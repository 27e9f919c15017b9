"""Runtime: performance model, profile cache, scheduler and executor on hand-made graphs (no timing asserts)."""

import random
import threading

import pytest
import torch
from torch import fx

from jackpeer.runtime import JackRuntime, RuntimeConfig
from jackpeer.runtime.config import available_cores, default_thread_counts
from jackpeer.runtime.executor import PlanExecutor
from jackpeer.runtime.nodes import dependencies
from jackpeer.runtime.perfmodel import OpProfile, fit, mape
from jackpeer.runtime.schedule import Schedule, Slot, corun, sequential
from jackpeer.runtime.threads import busy_threads, openmp_backend, per_thread_control
from jackpeer.torch_threads import set_threads


@pytest.mark.parametrize("a,b,c", [(5.0, 400.0, 0.0), (20.0, 1000.0, 8.0), (100.0, 50.0, 30.0), (1.0, 3000.0, 40.0)])
def test_fit_recovers_best_count_from_noisy_samples(a, b, c):
    rng = random.Random(0)
    swept = [1, 2, 4, 8, 16]
    true = {t: a + b / t + c * (t - 1) for t in range(1, 17)}
    model = fit(swept, [true[t] * (1 + rng.uniform(-0.05, 0.05)) for t in swept])
    t_true = min(true, key=true.get)
    t_pred = model.best(range(1, 17))
    # "within one step of S": the chosen count sits next to the true one among the swept counts.
    pos = [abs(s - t_true) for s in swept].index(min(abs(s - t_true) for s in swept))
    neighbours = swept[max(0, pos - 1) : pos + 2]
    assert min(neighbours) <= t_pred <= max(neighbours)
    # Unswept counts are predicted, not just the measured ones.
    for t in (3, 6, 12):
        assert abs(model.predict(t) - true[t]) / true[t] < 0.15


def test_fit_is_exact_on_a_model_curve_and_nonnegative():
    model = fit([1, 2, 4, 8], [10 + 80 / t + 2 * (t - 1) for t in [1, 2, 4, 8]])
    assert model.a == pytest.approx(10) and model.b == pytest.approx(80) and model.c == pytest.approx(2)
    flat = fit([1, 2], [5.0, 9.0])  # slower with more threads: no negative parallel term
    assert min(flat.a, flat.b, flat.c) >= 0 and flat.predict(2) == pytest.approx(9.0)


def test_mape_on_held_out_samples():
    prof = OpProfile({1: [100.0], 2: [60.0]}, {1: [110.0], 2: [60.0]})
    assert mape([prof]) == pytest.approx(100 * (10 / 110) / 2)


def test_default_thread_counts():
    assert default_thread_counts(1) == (1,)
    assert default_thread_counts(2) == (1, 2)
    assert default_thread_counts(12) == (1, 2, 4, 8, 12)


def _two_branches(x, w1, w2):
    a = torch.mm(x, w1)
    a = torch.relu(a)
    b = torch.mm(x, w2)
    b = torch.tanh(b)
    return torch.add(a, b)


def _graph():
    gm = fx.symbolic_trace(_two_branches)
    nodes = [n for n in gm.graph.nodes if n.op == "call_function"]
    return gm, nodes, dependencies(nodes)


def test_corun_uses_idle_cores_and_respects_dependencies():
    gm, nodes, deps = _graph()
    mm1, relu, mm2, tanh, add = nodes
    # mm scales badly (1 thread ≈ 2 threads): two 1-thread branches side by side win.
    table = {mm1: {1: 100, 2: 90}, mm2: {1: 100, 2: 90}, relu: {1: 10, 2: 10}, tanh: {1: 10, 2: 10},
             add: {1: 5, 2: 5}}
    cost = lambda n, t: table[n][t]  # noqa: E731
    threads = {n: 1 for n in nodes}
    plan = corun(nodes, deps, cost, threads, {mm1, mm2}, cores=2, max_lanes=2, handoff_us=1.0)
    seq = sequential("cc", nodes, cost, threads)
    assert plan.lanes == 2 and plan.makespan < seq.makespan
    assert plan.peak_threads() <= 2
    slot = {s.node: s for s in plan.slots}
    for n in nodes:
        for p in deps[n]:
            assert slot[n].start >= slot[p].end
    assert slot[mm1].lane != slot[mm2].lane


def test_corun_keeps_a_scaling_op_whole_and_the_core_budget():
    gm, nodes, deps = _graph()
    mm1, relu, mm2, tanh, add = nodes
    # mm scales perfectly: each gets both cores, so they run one after the other.
    table = {mm1: {1: 200, 2: 100}, mm2: {1: 200, 2: 100}, relu: {1: 10, 2: 10}, tanh: {1: 10, 2: 10},
             add: {1: 5, 2: 5}}
    cost = lambda n, t: table[n][t]  # noqa: E731
    threads = {n: (2 if n in (mm1, mm2) else 1) for n in nodes}
    plan = corun(nodes, deps, cost, threads, {mm1, mm2}, cores=2, max_lanes=2, handoff_us=1.0)
    slot = {s.node: s for s in plan.slots}
    assert slot[mm1].threads == 2 and slot[mm2].threads == 2
    assert slot[mm2].start >= slot[mm1].end or slot[mm1].start >= slot[mm2].end
    assert plan.peak_threads() <= 2


def test_critical_path_goes_first():
    gm, nodes, deps = _graph()
    mm1, relu, mm2, tanh, add = nodes
    # Branch b is long: it must start at time 0 even though branch a comes first in graph order.
    table = {mm1: {1: 10}, mm2: {1: 500}, relu: {1: 10}, tanh: {1: 10}, add: {1: 5}}
    cost = lambda n, t: table[n][1]  # noqa: E731
    plan = corun(nodes, deps, cost, {n: 1 for n in nodes}, set(), cores=1, max_lanes=1, handoff_us=0.0)
    slot = {s.node: s for s in plan.slots}
    assert slot[mm2].start == 0.0


def _manual_plan(nodes, lanes, threads):
    s = Schedule("corun")
    for i, (n, lane, t) in enumerate(zip(nodes, lanes, threads, strict=True)):
        s.slots.append(Slot(n, lane, t, float(i), float(i + 1)))
    return s


def test_executor_two_lanes_matches_plain_graph_and_restores_threads():
    gm, nodes, deps = _graph()
    x, w1, w2 = torch.randn(16, 32), torch.randn(32, 8), torch.randn(32, 8)
    plan = _manual_plan(nodes, [0, 0, 1, 1, 0], [1, 1, 2, 1, 1])
    ex = PlanExecutor(gm, plan, deps, {nodes[0], nodes[2]})
    before = torch.get_num_threads()
    for _ in range(3):
        args = [x, w1, w2]
        out = ex(args)
        assert torch.equal(out, gm(x, w1, w2)) and args == []  # the boxed input list is emptied
    assert torch.get_num_threads() == before
    assert len(ex.segments) >= 3  # lane 1's branch is cut off from lane 0's ops


def _boom(t):
    raise ValueError("boom")


def test_executor_error_on_a_lane_is_raised_and_threads_restored():
    g = fx.Graph()
    x = g.placeholder("x")
    a = g.call_function(torch.relu, (x,))
    b = g.call_function(_boom, (x,))
    g.output(g.call_function(torch.add, (a, b)))
    gm = fx.GraphModule(torch.nn.Module(), g)
    nodes = [n for n in gm.graph.nodes if n.op == "call_function"]
    ex = PlanExecutor(gm, _manual_plan(nodes, [0, 1, 0], [1, 1, 1]), dependencies(nodes), set(nodes))
    before = torch.get_num_threads()
    with pytest.raises(ValueError, match="boom"):
        ex([torch.randn(4)])
    assert torch.get_num_threads() == before
    with pytest.raises(ValueError, match="boom"):  # the lanes survive a failed call
        ex([torch.randn(4)])


@pytest.mark.skipif(not openmp_backend() or available_cores() < 2, reason="needs OpenMP and 2 cores")
def test_thread_counts_are_per_os_thread():
    assert per_thread_control()
    before = torch.get_num_threads()
    x = torch.randn(2_000_000)
    # A worker at 1 thread while the caller holds 2 burns one OS thread (CPU time per thread).
    assert busy_threads(lambda: torch.exp(x), 1, 2, seconds=0.2) == 1
    assert torch.get_num_threads() == before
    # The other way round, the worker keeps its 2 (CPU time is too load-dependent to count here).
    seen = []

    def worker():
        set_threads(2)
        torch.exp(x)
        seen.append(torch.get_num_threads())

    set_threads(1)
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen == [2]
    set_threads(before)


def test_config_rejects_bad_mode():
    from jackpeer.errors import ConfigError

    with pytest.raises(ConfigError):
        RuntimeConfig(mode="fast")
    with pytest.raises(ConfigError):
        RuntimeConfig.from_options({"nope": 1})


def test_guard_rejects_a_slow_plan(tmp_path):
    import time

    rt = JackRuntime(RuntimeConfig(cache_dir=tmp_path, guard_steps=2, warmup_steps=0, profile_rounds=1))
    model = torch.nn.Linear(8, 8)
    compiled = rt.compile(model)
    x = torch.randn(4, 8)
    with torch.no_grad():
        for _ in range(len(rt.config.threads)):  # profiles and plans the graph
            compiled(x)
    (graph,) = rt.graphs
    fast = graph.race[0]
    plain = graph.runners[fast]

    def slow(args):
        time.sleep(0.05)
        return plain(args)

    # A candidate the model liked but that runs slowly must lose the race.
    graph.runners["slow"], graph.schedules["slow"] = slow, graph.schedules[fast]
    graph.race, graph.guard_times, graph.choice, graph._guard_calls = [fast, "slow"], {fast: [], "slow": []}, None, 0
    with torch.no_grad():
        for _ in range(8):  # 4 blocks of 2 calls: fast, slow, slow, fast
            torch.testing.assert_close(compiled(x), model(x))
    assert graph.choice == fast and graph.runner is plain
    assert len(graph.guard_times["slow"]) == 2  # the first call of each block is not counted
    rt.config.recheck_steps = 3
    with torch.no_grad():
        for _ in range(3):  # after recheck_steps calls the candidates race again
            compiled(x)
    assert graph.choice is None and graph.guard_times == {fast: [], "slow": []}
    with torch.no_grad():
        for _ in range(8):
            compiled(x)
    assert graph.choice == fast


def test_gantt_and_report_of_a_schedule(tmp_path):
    from rich.console import Console

    from jackpeer.runtime import draw_gantt

    gm, nodes, deps = _graph()
    cost = lambda n, t: 10.0 / t  # noqa: E731
    plan = corun(nodes, deps, cost, {n: 1 for n in nodes}, set(nodes), cores=2, max_lanes=2, handoff_us=0.0)
    path = draw_gantt([("bw0", plan), ("cc", sequential("cc", nodes, cost, {n: 2 for n in nodes}))],
                      tmp_path / "gantt.png", cores=2)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    console = Console(record=True, width=200)
    rt = JackRuntime(RuntimeConfig(cache_dir=tmp_path, warmup_steps=0, guard_steps=0, profile_rounds=1))
    compiled = rt.compile(torch.nn.Linear(4, 4))
    with torch.no_grad():
        for _ in range(len(rt.config.threads)):
            compiled(torch.randn(2, 4))
    from jackpeer.runtime import print_report, runtime_report

    print_report(rt, console)
    assert "fw0" in console.export_text()
    assert runtime_report(rt)["graphs"][0]["graph"] == "fw0"


def test_sequential_plan_sets_the_count_only_where_it_changes():
    from jackpeer.runtime.executor import SequentialPlan
    from jackpeer.torch_threads import set_threads

    gm, nodes, deps = _graph()
    x, w1, w2 = torch.randn(16, 32), torch.randn(32, 8), torch.randn(32, 8)
    before = torch.get_num_threads()
    same = SequentialPlan(gm, dict.fromkeys(nodes, 1), set(nodes))
    assert same.switches == 0  # one count: the captured graph itself
    mixed = SequentialPlan(gm, dict(zip(nodes, [1, 1, 2, 2, 1], strict=True)), set(nodes))
    calls = [n for n in mixed.module.graph.nodes if n.target is set_threads]
    assert mixed.switches == 2 and [c.args[0] for c in calls] == [2, 1]
    for plan in (same, mixed):
        assert torch.equal(plan([x, w1, w2]), gm(x, w1, w2))
        assert torch.get_num_threads() == before  # the caller's count is back


def test_every_single_count_is_a_candidate_and_the_best_is_raced(tmp_path):
    rt = JackRuntime(RuntimeConfig(cores=2, cache_dir=tmp_path, warmup_steps=0, profile_rounds=1, guard_steps=2))
    model = torch.nn.Sequential(torch.nn.Linear(32, 64), torch.nn.ReLU(), torch.nn.Linear(64, 8))
    compiled = rt.compile(model)
    x = torch.randn(16, 32)
    with torch.no_grad():
        for _ in range(2):  # one profiled call per count
            compiled(x)
    (graph,) = rt.graphs
    assert {"global1", "global2"} <= set(graph.predicted)
    best_global = min(("global1", "global2"), key=graph.predicted.__getitem__)
    assert best_global in graph.race
    # Overheads are charged: a plan is never predicted faster than its ops alone.
    for name, schedule in graph.schedules.items():
        assert graph.predicted[name] >= schedule.makespan
    with torch.no_grad():
        for _ in range(2 * len(graph.race) * 2):
            torch.testing.assert_close(compiled(x), model(x))
    assert graph.choice in graph.race
    if len(graph.race) > 1:  # each raced candidate was measured
        assert set(graph.measured()) == set(graph.race)
