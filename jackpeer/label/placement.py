"""The execution engine (spec §5): measure each stage's cost on each executor present (CPU thread
counts; the GPU when torch sees one), choose placement, threads and batch size that maximise labels/s
within a latency bound, re-plan as measured costs drift, and run the stream that way."""

import copy
import os
import statistics
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace

import numpy as np
import torch

from jackpeer.label.cost_model import LinearCost
from jackpeer.label.discover import cluster_unknowns
from jackpeer.label.labeler import STAGES, AutoLabeler, Decision, Placement
from jackpeer.label.partition import makespan, max_batch, partition

DEFAULT_THREADS = torch.get_num_threads()  # torch's own choice, before anyone changes it


@dataclass(frozen=True)
class Executor:
    """A place to run a stage: a device and, on the CPU, how many intra-op threads."""

    device: str
    threads: int

    @property
    def name(self) -> str:
        """Readable name, e.g. cpu×2 or cuda."""
        return f"cpu×{self.threads}" if self.device == "cpu" else self.device


def discover_executors() -> list[Executor]:
    """CPU thread counts 1, 2, 4, … up to the cores this process may use, and the GPU if present."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    counts = sorted({min(2**k, cores) for k in range(cores.bit_length() + 1)})
    found = [Executor("cpu", t) for t in counts]
    if torch.cuda.is_available():
        found.append(Executor("cuda", 1))
    return found


@dataclass
class Plan:
    """Chosen executors per stage (FEAT may be split across several), batch size and predictions."""

    batch_size: int
    stages: dict[str, list[tuple[Executor, int]]]  # stage -> [(executor, items per batch)]
    predicted_latency_s: float = 0.0
    predicted_labels_per_s: float = 0.0
    latency_bound_s: float = 0.1
    notes: list[str] = field(default_factory=list)

    @classmethod
    def naive(cls, batch_size: int = 32, threads: int = 0) -> "Plan":
        """The fixed baseline: every stage on one CPU executor (threads 0: torch's default count)."""
        cpu = Executor("cpu", threads or DEFAULT_THREADS)
        return cls(batch_size, {s: [(cpu, batch_size)] for s in STAGES}, notes=["naive: fixed, not measured"])

    def placement(self) -> Placement:
        """The labeler-side view: device and threads per stage."""
        threads = {s: max((e.threads for e, _ in ex if e.device == "cpu"), default=1) for s, ex in self.stages.items()}
        model = self.stages["assign"][0][0].device
        return Placement(feat_device=self.stages["feat"][0][0].device, model_device=model, threads=threads)

    def table(self):
        """A rich table of the plan."""
        from rich.table import Table

        t = Table(title=f"labeling plan: batch {self.batch_size}, predicted decision latency "
                        f"{self.predicted_latency_s * 1000:.1f} ms (bound {self.latency_bound_s * 1000:.0f} ms), "
                        f"{self.predicted_labels_per_s:.0f} labels/s")
        t.add_column("stage")
        t.add_column("executor(s): items")
        for stage, ex in self.stages.items():
            t.add_row(stage, ", ".join(f"{e.name}: {n}" for e, n in ex))
        for note in self.notes:
            t.add_row("note", note)
        return t

    def to_dict(self) -> dict:
        """JSON-ready."""
        return {"batch_size": self.batch_size, "latency_bound_s": self.latency_bound_s,
                "predicted_latency_s": self.predicted_latency_s, "predicted_labels_per_s": self.predicted_labels_per_s,
                "stages": {s: [[e.name, n] for e, n in ex] for s, ex in self.stages.items()}}


def _median_time(fn, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        if torch.cuda.is_available():
            torch.cuda.synchronize()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


class _Threads:
    def __init__(self, n: int):
        self.n = n

    def __enter__(self):
        self.old = torch.get_num_threads()
        torch.set_num_threads(self.n)

    def __exit__(self, *exc):
        torch.set_num_threads(self.old)


class Runtime:
    """Runs an AutoLabeler over a stream with a measured plan (or a fixed one, e.g. Plan.naive())."""

    def __init__(self, labeler: AutoLabeler, latency_bound: float = 0.1, max_wait: float = 0.2, cap: int = 256,
                 executors: list[Executor] | None = None, plan: Plan | None = None, recalibrate_error: float = 0.5):
        self.labeler, self.bound, self.max_wait, self.cap = labeler, latency_bound, max_wait, cap
        self.executors = executors or discover_executors()
        self.fixed = plan is not None
        self.current = plan
        self.recalibrate_error = recalibrate_error
        self.models: dict[tuple[str, Executor], LinearCost] = {}
        self.queue: list = []
        self.queue_ids: list = []
        self.oldest = 0.0
        self.replans = 0
        self.calibrations = 0
        self.calibrated_at = 0  # batch count at the last calibration: re-calibrate at most every 4R batches
        self.amortised: dict[str, deque] = {s: deque(maxlen=labeler.cfg.refresh_every) for s in ("update", "cluster")}
        self.dispatched = 0
        self.busy_s = 0.0
        self.items_done = 0
        self._extractors: dict[str, object] = {}

    # ------------------------------------------------------------ measuring
    def calibrate(self, sample) -> Plan:
        """Time FEAT and ASSIGN for n in {1, 8, 32, 128} (3 repeats, median) on every executor,
        RETRAIN and CLUSTER once per executor; fit t̂ = a + b·n; then plan."""
        lab = self.labeler
        sample = list(sample) if not isinstance(sample, np.ndarray) else sample
        sizes = sorted({min(n, len(sample)) for n in (1, 8, 32, 128)})
        z = lab.embed(sample)
        for e in self.executors:
            with _Threads(e.threads):
                feat = self._extractor(e)
                embed = getattr(feat, "embed", feat.transform)  # text: time cold extraction, not the cache
                ts = [_median_time(lambda n=n, f=embed: f(sample[:n])) for n in sizes]
                self.models[("feat", e)] = LinearCost().fit(sizes, ts)
                if lab.ensemble is not None and lab.classes:
                    ens = copy.deepcopy(lab.ensemble).to(e.device)
                    zt = torch.as_tensor(z, dtype=torch.float32, device=e.device)
                    ts = [_median_time(lambda n=n, m=ens, x=zt: m.combine(m.member_probs(x[:n]))) for n in sizes]
                    self.models[("assign", e)] = LinearCost().fit(sizes, ts)
                    # time a tenth of the retraining steps and scale: calibration must stay cheap
                    ens.cfg = replace(lab.cfg, mlp_steps=max(1, lab.cfg.mlp_steps // 10),
                                      softmax_iterations=max(1, lab.cfg.softmax_iterations // 10))
                    retrain = 10 * _median_time(ens.retrain, repeats=1)
                else:
                    self.models[("assign", e)] = LinearCost().fit([1, 2], [1e-5, 1e-5])
                    retrain = 0.0
                # RETRAIN runs every R batches: its cost per batch is amortised into the fixed term
                self.models[("update", e)] = LinearCost().fit([1, 128], [retrain / lab.cfg.refresh_every] * 2)
                if e.device == "cpu":
                    rows = z[np.random.default_rng(0).choice(len(z), min(len(z), 64), replace=False)]
                    t = _median_time(lambda rows=rows: cluster_unknowns(rows, lab.cfg, None), repeats=1)
                    self.models[("cluster", e)] = LinearCost().fit([1, 128], [t / lab.cfg.refresh_every] * 2)
        self.calibrations += 1
        self.calibrated_at = self.dispatched
        return self.plan()

    def _extractor(self, e: Executor):
        # one extractor object per device, so a GPU share and a CPU share can run at the same time
        base = self.labeler.extractor
        if e.device == base.device:
            return base
        if e.device not in self._extractors:
            clone = copy.copy(base)
            clone.device = e.device
            if hasattr(clone, "cache"):
                clone.cache = type(base.cache)()
            self._extractors[e.device] = clone
        return self._extractors[e.device]

    # ------------------------------------------------------------ planning
    def plan(self) -> Plan:
        """Pick, for each batch size n <= cap, the cheapest executor per stage (FEAT also as a split
        over CPU + GPU), keep the n whose predicted latency fits the bound with the most labels/s."""
        best_for: dict[str, tuple] = {}

        def stage_cost(stage: str, n: int):
            options = [(self.models[(stage, e)].predict(n), [(e, n)]) for e in self.executors
                       if (stage, e) in self.models]
            gpus = [e for e in self.executors if e.device != "cpu" and (stage, e) in self.models]
            if stage == "feat" and gpus:
                cpu = min((e for e in self.executors if e.device == "cpu"),
                          key=lambda e: self.models[(stage, e)].predict(n))
                group = [cpu, *gpus]
                costs = [self.models[(stage, e)] for e in group]
                shares = partition(n, costs)
                options.append((makespan(shares, costs), [(e, s) for e, s in zip(group, shares, strict=True) if s]))
            return min(options, key=lambda o: o[0])

        def costs(n: int) -> dict:
            if n not in best_for:
                best_for[n] = {s: stage_cost(s, n) for s in STAGES}
            return best_for[n]

        def latency(n: int) -> float:
            # a batch's decisions are out once FEAT and ASSIGN ran; RETRAIN / CLUSTER are amortised work
            return costs(n)["feat"][0] + costs(n)["assign"][0]

        def per_batch(n: int) -> float:
            return sum(c for c, _ in costs(n).values())

        n_max = max_batch(latency, self.bound, self.cap)
        # per-item cost falls with n (fixed costs amortise), so the largest feasible n is usually the
        # fastest; every feasible n is checked in case a measured curve is not that regular
        n_best = max(range(1, n_max + 1), key=lambda n: n / max(per_batch(n), 1e-9))
        choice = costs(n_best)
        plan = Plan(n_best, {s: choice[s][1] for s in STAGES}, latency(n_best),
                    n_best / max(per_batch(n_best), 1e-9), self.bound)
        if latency(1) > self.bound:
            plan.notes.append("even one item is predicted over the latency bound")
        self.current = plan
        self.labeler.place(plan.placement())
        return plan

    def foreground(self, busy: bool) -> None:
        """Foreground guard (spec §5.5): while the host is busy, every stage runs on one thread and
        CLUSTER / RETRAIN are deferred; when it is quiet again the measured plan is restored."""
        self.labeler.foreground_busy = busy
        if busy:
            self.labeler.place(Placement(self.labeler.placement.feat_device, self.labeler.placement.model_device,
                                         dict.fromkeys(STAGES, 1)))
        elif self.current is not None:
            self.labeler.place(self.current.placement())

    # ------------------------------------------------------------ running
    def feed(self, items, ids) -> list[Decision]:
        """Queue arriving items; dispatch a batch when n >= n_max or the oldest waited max_wait.
        Items are checked on arrival, so a bad one is refused before it can spoil a batch."""
        self.labeler.check(items)
        if not self.queue:
            self.oldest = time.perf_counter()
        self.queue += list(items)
        self.queue_ids += list(ids)
        out = []
        while self.queue and (len(self.queue) >= self._batch() or time.perf_counter() - self.oldest >= self.max_wait):
            out += self._dispatch()
        return out

    def flush(self) -> list[Decision]:
        """Dispatch whatever is queued."""
        out = []
        while self.queue:
            out += self._dispatch()
        return out

    def _batch(self) -> int:
        if self.current is None:
            self.calibrate(self.queue[: max(8, min(len(self.queue), 128))])
        return self.current.batch_size

    def _dispatch(self) -> list[Decision]:
        n = self._batch()
        items, ids = self.queue[:n], self.queue_ids[:n]
        self.queue, self.queue_ids = self.queue[n:], self.queue_ids[n:]
        self.oldest = time.perf_counter()
        lab = self.labeler
        before = dict(lab.timings)
        start = time.perf_counter()
        z, feat_times = self._features(items)
        decisions = lab.process(items, ids, features=z)
        decisions += lab.take_revisions()
        self.busy_s += time.perf_counter() - start
        self.items_done += len(items)
        self.dispatched += 1
        spent = {s: lab.timings[s] - before[s] for s in STAGES}
        if not self.fixed:
            self._learn(len(items), spent, feat_times)
        return decisions

    def _features(self, items):
        """FEAT as planned: on one executor, or split across executors running concurrently."""
        parts = self.current.stages["feat"]
        if len(parts) == 1:
            e = parts[0][0]
            with _Threads(e.threads):
                start = time.perf_counter()
                z = self._extractor(e).transform(items)
            return z, [(e, len(items), time.perf_counter() - start)]
        total = sum(s for _, s in parts)
        bounds = np.cumsum([0] + [round(s * len(items) / total) for _, s in parts])
        bounds[-1] = len(items)

        def run(k):
            e = parts[k][0]
            start = time.perf_counter()
            z = self._extractor(e).transform(items[bounds[k]:bounds[k + 1]]) if bounds[k + 1] > bounds[k] else None
            return z, (e, int(bounds[k + 1] - bounds[k]), time.perf_counter() - start)

        with ThreadPoolExecutor(len(parts)) as pool:
            results = list(pool.map(run, range(len(parts))))
        return np.concatenate([r[0] for r in results if r[0] is not None]), [r[1] for r in results if r[1][1]]

    def _learn(self, n: int, spent: dict, feat_times: list) -> None:
        """Online RLS update of the executors that ran; re-calibrate if FEAT/ASSIGN predictions are
        off by > 50 % (EMA), re-plan every R batches from the updated models."""
        for e, k, t in feat_times:
            self.models[("feat", e)].update(k, t)
        assign_e = self.current.stages["assign"][0][0]
        if ("assign", assign_e) in self.models:
            self.models[("assign", assign_e)].update(n, spent["assign"])
        for stage in ("update", "cluster"):
            e = self.current.stages[stage][0][0]
            self.amortised[stage].append((n, spent[stage]))
            window = self.amortised[stage]
            if len(window) == window.maxlen and (stage, e) in self.models:
                self.models[(stage, e)].update(np.mean([w[0] for w in window]), np.mean([w[1] for w in window]))
        errors = [self.models[(s, ex)].error_ema for s in ("feat", "assign") for ex, _ in self.current.stages[s]
                  if (s, ex) in self.models and self.models[(s, ex)].observations > 8]
        cooled = self.dispatched - self.calibrated_at >= 4 * self.labeler.cfg.refresh_every
        if errors and max(errors) > self.recalibrate_error and self.queue and cooled:
            self.calibrate(self.queue[:128])
        elif self.dispatched % self.labeler.cfg.refresh_every == 0:
            old = self.current.to_dict()["stages"], self.current.batch_size
            if (self.plan().to_dict()["stages"], self.current.batch_size) != old:
                self.replans += 1

    def stats(self) -> dict:
        """Throughput and planning counters."""
        return {"labels_per_s": self.items_done / self.busy_s if self.busy_s else 0.0, "batches": self.dispatched,
                "calibrations": self.calibrations, "replans": self.replans,
                "plan": self.current.to_dict() if self.current else None}
