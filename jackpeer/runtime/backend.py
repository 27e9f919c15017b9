"""The `jack` torch.compile backend: capture (AOT autograd), profile, plan, race, run.

Spec §6.2. Every graph AOT autograd hands us (the forward and the backward of each Dynamo
frame) becomes a JackGraph. Its first calls run the plain graph (warm-up); the next ones are
profiled in place, one thread count per call (profile.py). The performance model then predicts
every candidate plan, executor overheads included (measured once per process):

  global{k}  the whole graph as one piece at k threads (the plain graph when k is the caller's);
  cc         a thread count per op, one piece with the count set only where it changes;
  corun      cc plus independent ops on parallel lanes (list scheduler, critical path first).

The guard (§6.7) races the candidates the model cannot tell apart (within `race_margin` of the
best, the best single count always among them) in blocks ABC..CBA and keeps the fastest
measured, so a plan never stays in use when running the graph at one count is faster. With every
op already in the on-disk cache the plan is made at compile time and nothing is profiled.
"""

import statistics
import time
import warnings
from collections import defaultdict

import torch
from functorch.compile import min_cut_rematerialization_partition
from torch import fx
from torch._dynamo.backends.common import aot_autograd
from torch._subclasses.fake_tensor import unset_fake_temporarily

from jackpeer.runtime.cache import ProfileCache
from jackpeer.runtime.config import RuntimeConfig
from jackpeer.runtime.executor import PlanExecutor, SequentialPlan, dispatch_us, executor_overhead_us
from jackpeer.runtime.nodes import dependencies, is_compute, op_name, signature
from jackpeer.runtime.op_timing import profile_call, profiling_calls
from jackpeer.runtime.perfmodel import OpProfile, PerfModel
from jackpeer.runtime.schedule import Schedule, choose_threads, corun, sequential
from jackpeer.runtime.threads import handoff_us, per_thread_control, set_cost_us, switch_cost_us


def trace_rnns() -> None:
    """Let Dynamo trace into nn.LSTM/GRU/RNN, so their ops reach the backend.

    By default (`torch._dynamo.config.allow_rnn = False`) Dynamo does not capture an RNN module
    at all: in the suite's LSTM model the whole forward ran eagerly and only the loss was
    captured. Traced, nn.LSTM decomposes into its per-step ops (mm, sigmoid, tanh, ...) instead of
    the fused oneDNN kernel eager mode uses. Process-wide: set before the first compiled call.
    """
    torch._dynamo.config.allow_rnn = True


class JackGraph:
    """One captured graph and its life: warm-up, profiling, candidate plans, race, run."""

    def __init__(self, gm: fx.GraphModule, name: str, runtime: "JackRuntime"):
        self.gm, self.name, self.runtime = gm, name, runtime
        # AOT autograd hands us its input list, which the runners empty. On the instance, not the
        # class: wrappers (torch._dynamo.disable on the backward) copy __dict__ via functools.wraps.
        self._boxed_call = True
        self.plain = SequentialPlan(gm, {}, set())  # the graph as captured, boxed like aot_eager's
        self.nodes = [n for n in gm.graph.nodes if n.op == "call_function"]
        self.compute = {n for n in self.nodes if is_compute(n)}
        self.sigs = {n: signature(n) for n in self.nodes}
        # The count callers hold (Dynamo guards on it at frame entry; the backward graph may be
        # called at another): plans are predicted from it, runners read the real one per call.
        self.caller = torch.get_num_threads()
        cfg = runtime.config
        held = tuple(range(1, cfg.cores + 1)) if cfg.validate_threads else cfg.threads
        self.profile_plan = profiling_calls(cfg.threads, held, cfg.profile_rounds)
        self.samples: dict[str, dict[str, dict[int, list[float]]]] = {
            "fit": defaultdict(lambda: defaultdict(list)), "held": defaultdict(lambda: defaultdict(list))}
        self.calls = 0
        self.profiled_ops = 0  # op signatures this graph had to measure (0 on a cache hit)
        self.models: dict[str, PerfModel] = {}
        self.schedules: dict[str, Schedule] = {}  # candidate name -> simulated plan
        self.predicted: dict[str, float] = {}  # candidate name -> predicted µs, overheads included
        self.runners: dict = {}
        self.race: list[str] = []  # candidates measured by the guard
        self.guard_times: dict[str, list[float]] = {}
        self._guard_calls = 0
        self._since_choice = 0  # calls since the last race ended
        self.choice: str | None = None  # the candidate in use, once decided
        self.chosen: Schedule | None = None  # its schedule (the best predicted until decided)
        self.runner = None
        if cfg.mode != "off" and all(runtime.cache.get(s) for s in self.sigs.values()):
            self._plan()

    def __call__(self, args: list):
        """Run the graph on AOT's boxed input list."""
        self.calls += 1
        cfg = self.runtime.config
        if cfg.mode == "off":
            return self.plain(args)
        if self.runner is None:
            i = self.calls - cfg.warmup_steps - 1
            if i < 0:
                return self.plain(args)
            threads, role = self.profile_plan[i]
            out, took = profile_call(self.gm, args, threads)
            for node, us in took.items():
                self.samples[role][self.sigs[node]][threads].append(us)
            if i + 1 == len(self.profile_plan):
                self._store_profiles()
                self._plan()
            return out
        if self.choice is None:
            return self._guard(args)
        self._since_choice += 1
        if cfg.recheck_steps and self._since_choice >= cfg.recheck_steps and len(self.race) > 1:
            self._start_race()  # spec §6.7: the verdict of one moment is checked again later
        return self.runner(args)

    def _start_race(self) -> None:
        """Measure the raced candidates (again) before choosing among them."""
        self.guard_times = {k: [] for k in self.race}
        self._guard_calls = 0
        self.choice = None

    def _store_profiles(self) -> None:
        """Put the measured signatures (those not in the cache) into the cache and save it."""
        cache = self.runtime.cache
        new = {s for s in self.samples["fit"] if cache.get(s) is None}
        for sig in new:
            fit = {t: list(v) for t, v in self.samples["fit"][sig].items()}
            held = {t: list(v) for t, v in self.samples["held"].get(sig, {}).items()}
            cache.put(sig, OpProfile(fit, held))
        self.profiled_ops = len(new)
        cache.save()

    def cost(self, node: fx.Node, threads: int) -> float:
        """Predicted time (µs) of a node at a thread count."""
        return self.models[self.sigs[node]].predict(threads)

    def _sequential(self, name: str, threads: dict[fx.Node, int]) -> None:
        """Add a one-lane candidate: the ops' times plus the cost of each count change and raise."""
        ov = self.runtime.overheads()
        plan = SequentialPlan(self.gm, threads, self.compute)
        schedule = sequential(name, self.nodes, self.cost, threads)
        changes, raises, current = 0, 0, self.caller  # entry from the caller's count, and the restore
        for n in self.nodes:
            if n in self.compute and threads[n] != current:
                changes, raises, current = changes + 1, raises + (threads[n] > current), threads[n]
        changes += current != self.caller
        self.schedules[name] = schedule
        self.predicted[name] = schedule.makespan + changes * ov["set_us"] + raises * ov["switch_us"]
        self.runners[name] = plan

    def _plan(self) -> None:
        cfg = self.runtime.config
        self.models = {s: self.runtime.cache.get(s).model() for s in set(self.sigs.values())}
        ov = self.runtime.overheads()
        for k in cfg.threads:
            self._sequential(f"global{k}", dict.fromkeys(self.nodes, k))
        threads = choose_threads(self.nodes, self.compute, self.cost, cfg.cores, self.caller, cfg.gain_tolerance,
                                 ov["switch_us"])
        counts = {threads[n] for n in self.compute}
        if len(counts) > 1:  # one count for every op is a global candidate already
            self._sequential("cc", threads)
        one_lane = min(self.predicted.values())
        if cfg.mode == "corun" and cfg.cores > 1 and cfg.max_lanes > 1:
            deps = dependencies(self.nodes)
            # Each cross-lane edge also starts a segment on the consumer's lane.
            co = corun(self.nodes, deps, self.cost, threads, self.compute, cfg.cores, cfg.max_lanes,
                       ov["handoff_us"] + ov["segment_us"], cfg.corun_delta, ov["switch_us"], ov["dispatch_us"])
            if co.lanes > 1:
                executor = PlanExecutor(self.gm, co, deps, self.compute)
                self.schedules["corun"] = co
                self.predicted["corun"] = (co.makespan + ov["lanes_call_us"]
                                           + len(executor.segments) * ov["segment_us"])
                self.runners["corun"] = executor
        # Race the one-lane plans the model cannot tell apart, and always the best single count:
        # a plan that changes counts or uses lanes is kept only if it beats it when measured.
        best_global = min((k for k in self.predicted if k.startswith("global")), key=self.predicted.__getitem__)
        self.race = [k for k, p in self.predicted.items()
                     if k != "corun" and (p <= (1 + cfg.race_margin) * one_lane or k == best_global)]
        if "corun" in self.predicted and self.predicted["corun"] <= (1 - cfg.corun_margin) * one_lane:
            self.race.append("corun")
        best = min(self.race, key=self.predicted.__getitem__)
        if cfg.force is not None:
            best = next((k for k in self.predicted if k.startswith(cfg.force)), best)
            self.race = [best]
        self.chosen, self.runner = self.schedules[best], self.runners[best]
        if len(self.race) == 1 or cfg.guard_steps <= 0:
            self.choice = best
        else:
            self._start_race()

    def _guard(self, args: list):
        """Race the candidates in blocks of guard_steps calls, in order A B .. B A; keep the fastest.

        Blocks, not alternation: a plan leaves OpenMP teams in another state than another plan
        does, so the first call of a block pays for the change and is left out of the medians;
        the mirrored order cancels a steady drift in machine load.
        """
        k = self.runtime.config.guard_steps
        order = self.race + self.race[::-1]
        i = self._guard_calls
        self._guard_calls += 1
        name = order[i // k]
        start = time.perf_counter()
        out = self.runners[name](args)
        if i % k:
            self.guard_times[name].append((time.perf_counter() - start) * 1e6)
        if i + 1 >= len(order) * k:
            medians = {n: statistics.median(t) for n, t in self.guard_times.items() if t}
            choice = min(medians, key=medians.__getitem__) if medians else self.race[0]
            plain = [n for n in medians if n.startswith("global")]
            if plain and not choice.startswith("global"):
                # Hysteresis: a plan with count changes or lanes must win clearly, or the best
                # single count (no executor risk) is kept.
                best_plain = min(plain, key=medians.__getitem__)
                if medians[choice] > (1 - self.runtime.config.guard_margin) * medians[best_plain]:
                    choice = best_plain
            self.choice, self._since_choice = choice, 0
            self.chosen, self.runner = self.schedules[choice], self.runners[choice]
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

    def measured(self) -> dict[str, float]:
        """Median measured µs of each raced candidate (empty until the race ran)."""
        return {k: statistics.median(v) for k, v in self.guard_times.items() if v}

    def summary(self) -> dict:
        """The graph's candidates in numbers (predicted and measured µs) and the choice."""
        return {
            "graph": self.name, "nodes": len(self.nodes), "compute_nodes": len(self.compute),
            "caller_threads": self.caller, "profiled_ops": self.profiled_ops,
            "predicted_us": {k: round(v, 1) for k, v in self.predicted.items()},
            "raced": list(self.race), "measured_us": {k: round(v, 1) for k, v in self.measured().items()},
            "chosen": self.choice, "lanes": self.chosen.lanes if self.chosen else 1,
        }


class JackRuntime:
    """A torch.compile backend object: `torch.compile(model, backend=JackRuntime(cfg))`."""

    def __init__(self, config: RuntimeConfig | None = None):
        self.config = config or RuntimeConfig()
        self.cache = ProfileCache(self.config.cache_dir, self.config.use_cache)
        self.graphs: list[JackGraph] = []
        self._overheads: dict[str, float] | None = None
        self.host_threads: int | None = None  # count chosen by tune() for code outside the graphs
        if self.config.mode != "off" and not per_thread_control():
            warnings.warn("this PyTorch build cannot set thread counts per OS thread (not OpenMP); "
                          "the jack runtime runs graphs unmodified", stacklevel=2)
            self.config.mode = "off"

    def overheads(self) -> dict[str, float]:
        """Executor costs (µs) the plans are charged, measured once per runtime.

        set_us: a count change; switch_us: the extra time of the first op after raising the
        count (parked OpenMP workers wake); handoff_us: passing a value to another lane;
        segment_us: running one compiled segment on a lane; lanes_call_us: starting and joining
        the worker lanes of one co-run call; dispatch_us: an op's GIL-held Python dispatch, which
        a co-running op waits for.
        """
        if self._overheads is None:
            # A plan made at compile time (cache hit) runs inside the tracer's fake mode.
            with unset_fake_temporarily():
                self._overheads = self._measure_overheads()
        return self._overheads

    def _measure_overheads(self) -> dict[str, float]:
        segment, lanes_call = executor_overhead_us()
        handoff = self.config.handoff_us
        return {
            "set_us": set_cost_us(self.config.cores), "switch_us": switch_cost_us(self.config.cores),
            "handoff_us": handoff_us() if handoff is None else handoff,
            "segment_us": segment, "lanes_call_us": lanes_call, "dispatch_us": dispatch_us(),
        }

    def _compiler(self, kind: str):
        def compile_graph(gm: fx.GraphModule, example_inputs: list):
            graph = JackGraph(gm, f"{kind}{sum(g.name.startswith(kind) for g in self.graphs)}", self)
            self.graphs.append(graph)
            return graph
        return compile_graph

    def __call__(self, gm: fx.GraphModule, example_inputs: list):
        """Dynamo entry point: hand the frame to AOT autograd with our fw/bw compilers."""
        # The same partitioner and mutation handling as backend="aot_eager", the baseline: the
        # graphs are identical, and an optimizer's in-place updates stay inside its graph (run
        # at the plan's counts) instead of in AOT's epilogue at the caller's count.
        backend = aot_autograd(fw_compiler=self._compiler("fw"), bw_compiler=self._compiler("bw"),
                               partition_fn=min_cut_rematerialization_partition,
                               keep_inference_input_mutations=True)
        return backend(gm, example_inputs)

    def compile(self, model: torch.nn.Module) -> torch.nn.Module:
        """torch.compile(model) through this runtime (RNNs traced too); parameters are shared with `model`."""
        trace_rnns()
        return torch.compile(model, backend=self)

    @property
    def ready(self) -> bool:
        """True once every captured graph has chosen its plan."""
        return bool(self.graphs) and all(g.choice is not None for g in self.graphs)

    def profiles(self) -> list[OpProfile]:
        """Swept profiles (those with held-out samples) of every op signature in the captured graphs."""
        sigs = {g.sigs[n] for g in self.graphs for n in g.compute}
        return [p for s in sigs if (p := self.cache.get(s)) is not None and p.held_samples]
