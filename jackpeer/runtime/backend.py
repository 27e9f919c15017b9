"""The `jack` torch.compile backend: capture (AOT autograd), profile, plan, run, guard.

Spec §6.2. Every graph AOT autograd hands us (the forward and the backward of each Dynamo
frame) becomes a JackGraph. Its first calls run the plain graph (warm-up), the next one walks
it op by op measuring uncached compute ops at several thread counts; then the performance
model gives every op a thread count (cc) and, in corun mode, the list scheduler may place
independent ops on parallel lanes. The guard finally races the plan against the plain graph
for a few calls and keeps whichever is faster (§6.7). With every op already in the on-disk
cache the plan is made at compile time and nothing is measured.
"""

import statistics
import time
import warnings

import torch
from functorch.compile import make_boxed_func
from torch import fx
from torch._dynamo.backends.common import aot_autograd

from jackpeer.runtime.cache import ProfileCache
from jackpeer.runtime.config import RuntimeConfig
from jackpeer.runtime.executor import PlanExecutor
from jackpeer.runtime.nodes import dependencies, is_compute, op_name, signature
from jackpeer.runtime.perfmodel import OpProfile, PerfModel
from jackpeer.runtime.profile import profile_graph
from jackpeer.runtime.schedule import Schedule, choose_threads, corun, sequential
from jackpeer.runtime.threads import handoff_us, per_thread_control, switch_cost_us


class JackGraph:
    """One captured graph and its life: warm-up, profiling, plan, guard, run."""

    def __init__(self, gm: fx.GraphModule, name: str, runtime: "JackRuntime"):
        self.gm, self.name, self.runtime = gm, name, runtime
        self.nodes = [n for n in gm.graph.nodes if n.op == "call_function"]
        self.compute = {n for n in self.nodes if is_compute(n)}
        self.sigs = {n: signature(n) for n in self.nodes}
        self.calls = 0
        self.profiled_ops = 0  # op signatures this graph had to measure (0 on a cache hit)
        self.models: dict[str, PerfModel] = {}
        self.schedules: dict[str, Schedule] = {}
        self.chosen: Schedule | None = None
        self.runner = None  # the callable used once planned: a PlanExecutor or the plain graph
        self.guard_times: dict[str, list[float]] = {"plan": [], "plain": []}
        self.kept: bool | None = None  # guard verdict: None until decided
        self._guard_skipped = 0
        if runtime.config.mode != "off" and all(runtime.cache.get(s) for s in self.sigs.values()):
            self._plan()

    def __call__(self, *args):
        """Run the graph (boxed by make_boxed_func)."""
        self.calls += 1
        cfg = self.runtime.config
        if cfg.mode == "off":
            return self.gm(*args)
        if self.runner is None:
            if self.calls <= cfg.warmup_steps:
                return self.gm(*args)
            known = {s: p for s in set(self.sigs.values()) if (p := self.runtime.cache.get(s))}
            held = tuple(range(1, cfg.cores + 1)) if cfg.validate_threads else ()
            out, new = profile_graph(self.gm, list(args), known, cfg.threads, held, cfg.samples_per_count)
            self.profiled_ops = len(new)
            for sig, prof in new.items():
                self.runtime.cache.put(sig, prof)
            self.runtime.cache.save()
            self._plan()
            return out
        if self.kept is None:
            return self._guard(args)
        return self.runner(*args)

    def cost(self, node: fx.Node, threads: int) -> float:
        """Predicted time (µs) of a node at a thread count."""
        return self.models[self.sigs[node]].predict(threads)

    def _plan(self) -> None:
        cfg = self.runtime.config
        self.models = {s: self.runtime.cache.get(s).model() for s in set(self.sigs.values())}
        base = torch.get_num_threads()
        deps = dependencies(self.nodes)
        switch = self.runtime.switch_cost()
        threads = choose_threads(self.nodes, self.compute, self.cost, cfg.cores, base, cfg.gain_tolerance, switch)
        self.schedules["default"] = sequential("default", self.nodes, self.cost, dict.fromkeys(self.nodes, base))
        self.schedules["cc"] = cc = sequential("cc", self.nodes, self.cost, threads)
        self.chosen = cc
        if cfg.mode == "corun" and cfg.cores > 1 and cfg.max_lanes > 1:
            co = corun(self.nodes, deps, self.cost, threads, self.compute, cfg.cores, cfg.max_lanes,
                       self.runtime.handoff(), cfg.corun_delta, switch)
            self.schedules["corun"] = co
            if co.lanes > 1 and co.makespan <= (1 - cfg.corun_margin) * cc.makespan:
                self.chosen = co
        if self.chosen.lanes == 1 and all(threads[n] == base for n in self.compute):
            self.runner, self.kept = self.gm, True  # the plan is the plain graph: nothing to guard
            return
        self.runner = PlanExecutor(self.gm, self.chosen, deps, self.compute)
        if cfg.guard_steps <= 0:
            self.kept = True

    def _guard(self, args: tuple):
        """Race plan and plain graph in blocks plan, plain, plain, plan of guard_steps calls each.

        Blocks, not alternation: a plan leaves OpenMP teams in another state than the plain graph
        does, so the first call after a change pays for it; it is left out of the medians. The
        ABBA order cancels a steady drift in machine load.
        """
        k = self.runtime.config.guard_steps
        i = len(self.guard_times["plan"]) + len(self.guard_times["plain"]) + self._guard_skipped
        block = i // k
        which = "plan" if block in (0, 3) else "plain"
        fn = self.runner if which == "plan" else self.gm
        start = time.perf_counter()
        out = fn(*args)
        if i % k == 0:
            self._guard_skipped += 1  # first call of a block: the switch, not the steady state
        else:
            self.guard_times[which].append((time.perf_counter() - start) * 1e6)
        if i + 1 >= 4 * k:
            plan, plain = self.guard_times["plan"], self.guard_times["plain"]
            self.kept = bool(plan and plain) and statistics.median(plan) < statistics.median(plain)
            if not self.kept:
                self.runner = self.gm
        return out

    def op_rows(self) -> list[dict]:
        """Per compute op: predicted times at every count and the chosen count, slowest first."""
        if self.chosen is None:
            return []
        slots = {s.node: s for s in self.chosen.slots}
        rows = []
        for n in self.nodes:
            if n in self.compute:
                times = {t: self.cost(n, t) for t in range(1, self.runtime.config.cores + 1)}
                rows.append({"node": n.name, "op": op_name(n), "threads": slots[n].threads,
                             "lane": slots[n].lane, "predicted_us": times})
        return sorted(rows, key=lambda r: -min(r["predicted_us"].values()))

    def summary(self) -> dict:
        """The graph's plan in numbers (predicted µs, guard medians, verdict)."""
        g = self.guard_times
        return {
            "graph": self.name, "nodes": len(self.nodes), "compute_nodes": len(self.compute),
            "profiled_ops": self.profiled_ops,
            "predicted_us": {k: round(s.makespan, 1) for k, s in self.schedules.items()},
            "chosen": self.chosen.kind if self.chosen else None,
            "lanes": self.chosen.lanes if self.chosen else 1,
            "guard_plan_us": round(statistics.median(g["plan"]), 1) if g["plan"] else None,
            "guard_plain_us": round(statistics.median(g["plain"]), 1) if g["plain"] else None,
            "kept": self.kept,
        }


class JackRuntime:
    """A torch.compile backend object: `torch.compile(model, backend=JackRuntime(cfg))`."""

    def __init__(self, config: RuntimeConfig | None = None):
        self.config = config or RuntimeConfig()
        self.cache = ProfileCache(self.config.cache_dir, self.config.use_cache)
        self.graphs: list[JackGraph] = []
        self._handoff = self.config.handoff_us
        self._switch: float | None = None
        self.host_threads: int | None = None  # count chosen by tune() for code outside the graphs
        if self.config.mode != "off" and not per_thread_control():
            warnings.warn("this PyTorch build cannot set thread counts per OS thread (not OpenMP); "
                          "the jack runtime runs graphs unmodified", stacklevel=2)
            self.config.mode = "off"

    def handoff(self) -> float:
        """Cost (µs) of passing a value between lanes, measured once."""
        if self._handoff is None:
            self._handoff = handoff_us()
        return self._handoff

    def switch_cost(self) -> float:
        """Cost (µs) of raising a thread's count between two ops, measured once."""
        if self._switch is None:
            self._switch = switch_cost_us(self.config.cores)
        return self._switch

    def _compiler(self, kind: str):
        def compile_graph(gm: fx.GraphModule, example_inputs: list):
            graph = JackGraph(gm, f"{kind}{sum(g.name.startswith(kind) for g in self.graphs)}", self)
            self.graphs.append(graph)
            return make_boxed_func(graph)
        return compile_graph

    def __call__(self, gm: fx.GraphModule, example_inputs: list):
        """Dynamo entry point: hand the frame to AOT autograd with our fw/bw compilers."""
        backend = aot_autograd(fw_compiler=self._compiler("fw"), bw_compiler=self._compiler("bw"))
        return backend(gm, example_inputs)

    def compile(self, model: torch.nn.Module) -> torch.nn.Module:
        """torch.compile(model) through this runtime; parameters are shared with `model`."""
        return torch.compile(model, backend=self)

    @property
    def ready(self) -> bool:
        """True once every captured graph has a plan and a guard verdict."""
        return bool(self.graphs) and all(g.kept is not None for g in self.graphs)

    def profiles(self) -> list[OpProfile]:
        """Swept profiles (those with held-out samples) of every op signature in the captured graphs."""
        sigs = {g.sigs[n] for g in self.graphs for n in g.compute}
        return [p for s in sigs if (p := self.cache.get(s)) is not None and p.held_samples]
