"""Running a plan (spec §6.4, §6.6): one compiled graph per plan, or lanes of compiled segments.

A one-lane plan (a thread count per op, or one count for the whole graph) is the captured graph
itself, copied with `set_threads(k)` calls inserted only where the count changes
(`SequentialPlan`): no interpreter, no per-op cost beyond the plain graph's.

A co-run plan's ops are cut into segments: maximal runs of consecutive ops on one lane at one
thread count that wait for other lanes only at their start and are waited for only at their end.
Each segment is compiled into its own fx.GraphModule, run by its lane after setting the count
(only when it changes). With the OpenMP backend the count is per OS thread (each thread owns its
OpenMP team), which is what lets two lanes run ops with different counts at once. Lane 0 is the
calling thread; lanes 1.. are persistent daemon threads.
"""

import copy
import queue
import statistics
import threading
import time
from dataclasses import dataclass, field

import torch
from torch import fx
from torch.fx.graph import _BoxedCodeGen

from jackpeer.runtime.schedule import Schedule
from jackpeer.torch_threads import set_threads


@dataclass
class Segment:
    """Consecutive ops of one lane, compiled; `waits` are segments of other lanes it needs first."""

    lane: int
    threads: int
    nodes: list[fx.Node]
    inputs: list[fx.Node] = field(default_factory=list)
    outputs: list[fx.Node] = field(default_factory=list)
    waits: list[int] = field(default_factory=list)
    module: fx.GraphModule | None = None


def _cut(schedule: Schedule, deps: dict[fx.Node, set[fx.Node]], compute: set[fx.Node]) -> list[Segment]:
    """Cut each lane's ops into segments at cross-lane edges and where a compute op's count changes.

    Free ops (views, getitem) run at whatever count is set, so they never start a segment of
    their own; a segment without compute ops keeps count 0 (nothing to set).
    """
    lane_of = {s.node: s.lane for s in schedule.slots}
    crossed_out = {p for n, ps in deps.items() for p in ps if lane_of[p] != lane_of[n]}
    segments: list[Segment] = []
    for lane, slots in enumerate(schedule.lane_order()):
        current: Segment | None = None
        for slot in slots:
            n = slot.node
            crossed_in = any(lane_of[p] != lane for p in deps[n])
            counted = n in compute
            recount = counted and current is not None and current.threads not in (0, slot.threads)
            if current is None or crossed_in or recount:
                current = Segment(lane, 0, [])
                segments.append(current)
            if counted:
                current.threads = slot.threads
            current.nodes.append(n)
            if n in crossed_out:  # consumers on other lanes wait for the end of this segment
                current = None
    return segments


def boxed_module(root: fx.GraphModule, graph: fx.Graph) -> fx.GraphModule:
    """A GraphModule taking one list of inputs that it empties, as AOT's boxed calling convention
    (and backend="aot_eager") does: each input is freed at its last use, not when the call ends."""
    graph.set_codegen(_BoxedCodeGen())
    return fx.GraphModule(root, graph)


class SequentialPlan:
    """The captured graph with a thread count per op, as one GraphModule; the caller's count is restored.

    `set_threads(k)` is inserted before a compute op only where k changes along the graph; the
    first count is set at entry only if the caller's differs, so a plan with one count equal to
    the caller's is the plain graph plus one `get_num_threads()`.
    """

    def __init__(self, gm: fx.GraphModule, threads: dict[fx.Node, int], compute: set[fx.Node]):
        counted = [threads[n] for n in gm.graph.nodes if n in compute]
        self.first = self.last = counted[0] if counted else 0
        g = fx.Graph()
        env: dict[fx.Node, fx.Node] = {}
        self.switches = 0  # count changes inside the graph (entry and exit not included)
        for n in gm.graph.nodes:
            if n in compute and threads[n] != self.last:
                self.last = threads[n]
                g.call_function(set_threads, (self.last,))
                self.switches += 1
            env[n] = g.node_copy(n, env.__getitem__)
        self.module = boxed_module(gm, g)

    def __call__(self, args: list):
        """Run the graph on a boxed argument list (emptied: inputs die at their last use).

        Runs from whatever count the caller holds; that count is set again afterwards.
        """
        entry = torch.get_num_threads()
        if not self.first or (entry == self.first and not self.switches):
            return self.module(args)
        if entry != self.first:
            set_threads(self.first)
        try:
            return self.module(args)
        finally:
            if self.last != entry:
                set_threads(entry)


class PlanExecutor:
    """Callable running a co-run plan on lanes; results equal the plain graph's."""

    def __init__(self, gm: fx.GraphModule, schedule: Schedule, deps: dict[fx.Node, set[fx.Node]],
                 compute: set[fx.Node]):
        self.gm = gm
        self.segments = _cut(schedule, deps, compute)
        seg_of = {n: i for i, seg in enumerate(self.segments) for n in seg.nodes}
        graph_nodes = list(gm.graph.nodes)
        self.placeholders = [n for n in graph_nodes if n.op == "placeholder"]
        self.constants = [n for n in graph_nodes if n.op == "get_attr"]
        self.output = next(n for n in graph_nodes if n.op == "output")
        users: dict[fx.Node, set[int]] = {}
        for i, seg in enumerate(self.segments):
            inside = set(seg.nodes)
            for n in seg.nodes:
                for p in n.all_input_nodes:
                    if p not in inside and p not in seg.inputs:
                        seg.inputs.append(p)
                        users.setdefault(p, set()).add(i)
            seg.waits = sorted({seg_of[p] for n in seg.nodes for p in deps[n]
                                if p in seg_of and self.segments[seg_of[p]].lane != seg.lane})
        returned = set(self.output.all_input_nodes)
        for i, seg in enumerate(self.segments):
            seg.outputs = [n for n in seg.nodes if n in returned or users.get(n, set()) - {i}]
            seg.module = self._compile(seg)
        # How many segments read each value: it is dropped when the last has run.
        self.readers = {n: len(s) for n, s in users.items() if n not in returned}
        self.lanes = 1 + max(seg.lane for seg in self.segments)
        self.lane_segments = [[i for i, s in enumerate(self.segments) if s.lane == lane]
                              for lane in range(self.lanes)]
        self._workers: list[_Lane] = []

    def _compile(self, seg: Segment) -> fx.GraphModule:
        """A GraphModule of the segment's ops (its lane sets the count before calling it)."""
        g = fx.Graph()
        env = {p: g.placeholder(p.name) for p in seg.inputs}
        for n in seg.nodes:
            env[n] = g.node_copy(n, env.__getitem__)
        g.output(tuple(env[n] for n in seg.outputs))
        return fx.GraphModule(self.gm, g)

    def _run_segment(self, i: int, values: dict, lock: threading.Lock) -> None:
        seg = self.segments[i]
        outs = seg.module(*[values[p] for p in seg.inputs])
        values.update(zip(seg.outputs, outs, strict=True))
        with lock:  # readers on several lanes decrement the same counters
            for p in seg.inputs:
                left = self.counts.get(p)
                if left is not None:
                    self.counts[p] = left - 1
                    if left == 1:
                        values.pop(p, None)

    def __call__(self, args: list):
        """Run the plan on a boxed argument list (emptied); the caller's thread count is restored afterwards."""
        values: dict[fx.Node, object] = dict(zip(self.placeholders, args, strict=True))
        args.clear()  # inputs are dropped once their last reader has run
        for c in self.constants:
            values[c] = getattr(self.gm, c.target)
        caller_threads = torch.get_num_threads()
        self.counts = dict(self.readers)
        lock = threading.Lock()
        try:
            if self.lanes == 1:
                self._run_lane(0, values, lock, _Call([threading.Event() for _ in self.segments]))
            else:
                self._run_lanes(values, lock)
        finally:
            set_threads(caller_threads)
        return fx.node.map_arg(self.output.args[0], values.__getitem__)

    def _run_lanes(self, values: dict, lock: threading.Lock) -> None:
        while len(self._workers) < self.lanes - 1:
            self._workers.append(_Lane())
        # Grad mode is per thread: lanes take the caller's (a compiled forward and an optimizer
        # step run without grad; a lane with grad on would record autograd graphs or refuse
        # in-place updates of parameters).
        call = _Call([threading.Event() for _ in self.segments], torch.is_grad_enabled())
        for lane, worker in enumerate(self._workers, start=1):
            worker.jobs.put((self, lane, values, lock, call))
        try:
            self._run_lane(0, values, lock, call)
        except BaseException as err:
            call.fail(err)
        for worker in self._workers:
            worker.finished.get()
        if call.error is not None:
            raise call.error

    def _run_lane(self, lane: int, values: dict, lock: threading.Lock, call: "_Call") -> None:
        current = torch.get_num_threads()  # this OS thread's own count
        for i in self.lane_segments[lane]:
            seg = self.segments[i]
            for w in seg.waits:
                call.done[w].wait()
                if call.error is not None:
                    return
            if seg.threads and seg.threads != current:
                set_threads(seg.threads)
                current = seg.threads
            self._run_segment(i, values, lock)
            call.done[i].set()


@dataclass
class _Call:
    """Per-call state shared by the lanes: a done-event per segment and the first error."""

    done: list[threading.Event]
    grad: bool = False  # the caller's grad mode
    error: BaseException | None = None

    def fail(self, err: BaseException) -> None:
        """Record the first error and wake every waiter so all lanes stop."""
        if self.error is None:
            self.error = err
        for e in self.done:
            e.set()


class _Lane(threading.Thread):
    """A persistent worker thread running one lane's segments per call."""

    def __init__(self):
        super().__init__(daemon=True)
        self.jobs: queue.SimpleQueue = queue.SimpleQueue()
        self.finished: queue.SimpleQueue = queue.SimpleQueue()
        self.start()

    def run(self) -> None:
        while True:
            executor, lane, values, lock, call = self.jobs.get()
            try:
                with torch.set_grad_enabled(call.grad):
                    executor._run_lane(lane, values, lock, call)
            except BaseException as err:
                call.fail(err)
            self.finished.put(None)


def _trivial_graph(lanes: int) -> tuple[fx.GraphModule, Schedule, dict, set]:
    """`lanes` independent one-op chains (an alias of the input each), planned one chain per lane."""
    from jackpeer.runtime.nodes import dependencies
    from jackpeer.runtime.schedule import Slot

    g = fx.Graph()
    x = g.placeholder("x")
    outs = [g.call_function(torch.ops.aten.alias.default, (x,)) for _ in range(lanes)]
    g.output(tuple(outs))
    gm = fx.GraphModule(torch.nn.Module(), g)
    nodes = [n for n in gm.graph.nodes if n.op == "call_function"]
    schedule = Schedule("corun", [Slot(n, i, 1, 0.0, 1.0) for i, n in enumerate(nodes)])
    return gm, schedule, dependencies(nodes), set()


def dispatch_us(rounds: int = 200) -> float:
    """Median time (µs) of the cheapest ATen call from Python: the GIL-held part of any op."""
    x = torch.zeros(1)
    op = torch.ops.aten.alias.default
    op(x)
    samples = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        op(x)
        samples.append((time.perf_counter_ns() - start) / 1e3)
    return statistics.median(samples)


def executor_overhead_us(rounds: int = 200) -> tuple[float, float]:
    """Measured cost (µs) of running a plan on lanes beyond its ops: (per segment, per call with 2 lanes).

    Per segment: a one-lane executor with one trivial segment minus the same graph called plain
    (values dict, reader counts, the segment's GraphModule call). Per 2-lane call: waking the
    worker lane and waiting for it, on top of its two segments.
    """
    x = torch.zeros(1)

    def median_us(fn) -> float:
        fn([x])
        samples = []
        for _ in range(rounds):
            start = time.perf_counter_ns()
            fn([x])
            samples.append((time.perf_counter_ns() - start) / 1e3)
        return statistics.median(samples)

    gm1, s1, d1, c1 = _trivial_graph(1)
    plain1 = boxed_module(gm1, copy.deepcopy(gm1.graph))
    segment = max(0.0, median_us(PlanExecutor(gm1, s1, d1, c1)) - median_us(plain1))
    gm2, s2, d2, c2 = _trivial_graph(2)
    plain2 = boxed_module(gm2, copy.deepcopy(gm2.graph))
    lanes_call = max(0.0, median_us(PlanExecutor(gm2, s2, d2, c2)) - median_us(plain2) - 2 * segment)
    return segment, lanes_call
