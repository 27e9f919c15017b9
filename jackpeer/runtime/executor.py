"""Running a plan: lanes of compiled segments, each op at its thread count (spec §6.6).

A plan's ops are cut into segments: runs of consecutive ops on one lane that wait for other
lanes only at their start and are waited for only at their end. Each segment is compiled into
its own fx.GraphModule (so it runs as generated Python, not an interpreter loop) with
`set_threads(k)` calls inserted before each compute op. With the OpenMP
backend the count is per OS thread (each thread owns its OpenMP team), which is what lets two
lanes run ops with different counts at once. Lane 0 is the calling thread; lanes 1.. are
persistent daemon threads.
"""

import queue
import threading
from dataclasses import dataclass, field

import torch
from torch import fx

from jackpeer.runtime.schedule import Schedule
from jackpeer.runtime.threads import set_threads


@dataclass
class Segment:
    """Consecutive ops of one lane, compiled; `waits` are segments of other lanes it needs first."""

    lane: int
    nodes: list[fx.Node]
    inputs: list[fx.Node] = field(default_factory=list)
    outputs: list[fx.Node] = field(default_factory=list)
    waits: list[int] = field(default_factory=list)
    module: fx.GraphModule | None = None


def _cut(schedule: Schedule, deps: dict[fx.Node, set[fx.Node]]) -> list[Segment]:
    """Cut each lane's ops into segments at cross-lane edges."""
    lane_of = {s.node: s.lane for s in schedule.slots}
    crossed_out = {p for n, ps in deps.items() for p in ps if lane_of[p] != lane_of[n]}
    segments: list[Segment] = []
    for lane, slots in enumerate(schedule.lane_order()):
        current: Segment | None = None
        for slot in slots:
            n = slot.node
            crossed_in = any(lane_of[p] != lane for p in deps[n])
            if current is None or crossed_in:
                current = Segment(lane, [])
                segments.append(current)
            current.nodes.append(n)
            if n in crossed_out:  # consumers on other lanes wait for the end of this segment
                current = None
    return segments


class PlanExecutor:
    """Callable running one graph under a schedule; results equal the plain graph's."""

    def __init__(self, gm: fx.GraphModule, schedule: Schedule, deps: dict[fx.Node, set[fx.Node]],
                 compute: set[fx.Node]):
        self.gm = gm
        self.threads = {s.node: s.threads for s in schedule.slots}
        self.segments = _cut(schedule, deps)
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
            seg.waits = sorted({seg_of[p] for p in deps[seg.nodes[0]]
                                if self.segments[seg_of[p]].lane != seg.lane})
        returned = set(self.output.all_input_nodes)
        for i, seg in enumerate(self.segments):
            seg.outputs = [n for n in seg.nodes if n in returned or users.get(n, set()) - {i}]
            seg.module = self._compile(seg, compute)
        # How many segments read each value: it is dropped when the last has run.
        self.readers = {n: len(s) for n, s in users.items() if n not in returned}
        self.lanes = 1 + max(seg.lane for seg in self.segments)
        self.lane_segments = [[i for i, s in enumerate(self.segments) if s.lane == lane]
                              for lane in range(self.lanes)]
        self._workers: list[_Lane] = []

    def _compile(self, seg: Segment, compute: set[fx.Node]) -> fx.GraphModule:
        """A GraphModule of the segment's ops, setting the thread count before each compute op."""
        g = fx.Graph()
        env = {p: g.placeholder(p.name) for p in seg.inputs}
        for n in seg.nodes:
            # Before every compute op, not only where the count changes: the count costs ~0.3 µs
            # to set, and an MKL call was seen to move its thread's OpenMP count (threads.py).
            if n in compute:
                g.call_function(set_threads, (self.threads[n],))
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

    def __call__(self, *args):
        """Run the plan on the graph's inputs; the caller's thread count is restored afterwards."""
        values: dict[fx.Node, object] = dict(zip(self.placeholders, args, strict=True))
        for c in self.constants:
            values[c] = getattr(self.gm, c.target)
        caller_threads = torch.get_num_threads()
        self.counts = dict(self.readers)
        lock = threading.Lock()
        try:
            if self.lanes == 1:
                for i in self.lane_segments[0]:
                    self._run_segment(i, values, lock)
            else:
                self._run_lanes(values, lock)
        finally:
            set_threads(caller_threads)
        return fx.node.map_arg(self.output.args[0], values.__getitem__)

    def _run_lanes(self, values: dict, lock: threading.Lock) -> None:
        while len(self._workers) < self.lanes - 1:
            self._workers.append(_Lane())
        call = _Call([threading.Event() for _ in self.segments])
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
        for i in self.lane_segments[lane]:
            for w in self.segments[i].waits:
                call.done[w].wait()
                if call.error is not None:
                    return
            self._run_segment(i, values, lock)
            call.done[i].set()


@dataclass
class _Call:
    """Per-call state shared by the lanes: a done-event per segment and the first error."""

    done: list[threading.Event]
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
                executor._run_lane(lane, values, lock, call)
            except BaseException as err:
                call.fail(err)
            self.finished.put(None)
