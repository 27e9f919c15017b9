"""Plans: a thread count per op ("cc") and co-running of independent ops ("corun"), simulated.

Spec §6.4-6.5. A plan is a simulated schedule on `cores` cores: each op gets a lane (an OS
thread that runs ops one after another), a thread count, and start/end times predicted by the
performance model. The co-run plan is a list scheduler: ready ops in order of upward rank (the
longest predicted path from the op to the end, so the critical path goes first), each started on
an idle lane when enough cores are free; an op may take fewer threads than its best count if the
model says it loses at most `delta`; moving a value to another lane costs `handoff_us`.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from torch import fx


@dataclass
class Slot:
    """One op in a plan."""

    node: fx.Node
    lane: int
    threads: int
    start: float  # µs from the start of the graph call
    end: float


@dataclass
class Schedule:
    """A simulated plan of one graph."""

    kind: str  # "default", "cc" or "corun"
    slots: list[Slot] = field(default_factory=list)

    @property
    def makespan(self) -> float:
        """Predicted time (µs) of the whole graph under this plan."""
        return max((s.end for s in self.slots), default=0.0)

    @property
    def lanes(self) -> int:
        """Number of lanes (OS threads) the plan uses."""
        return 1 + max((s.lane for s in self.slots), default=0)

    def lane_order(self) -> list[list[Slot]]:
        """Slots of each lane in start order: what the executor runs."""
        order: list[list[Slot]] = [[] for _ in range(self.lanes)]
        for s in sorted(self.slots, key=lambda s: (s.start, s.end)):
            order[s.lane].append(s)
        return order

    def peak_threads(self) -> int:
        """Largest number of threads busy at once (the core budget check)."""
        events = sorted([(s.start, s.threads) for s in self.slots] + [(s.end, -s.threads) for s in self.slots],
                        key=lambda e: (e[0], e[1]))
        busy = peak = 0
        for _, d in events:
            busy += d
            peak = max(peak, busy)
        return peak


Cost = Callable[[fx.Node, int], float]


def sequential(kind: str, nodes: list[fx.Node], cost: Cost, threads: dict[fx.Node, int]) -> Schedule:
    """All ops on one lane in graph order, each with its thread count."""
    schedule, now = Schedule(kind), 0.0
    for n in nodes:
        t = threads[n]
        end = now + cost(n, t)
        schedule.slots.append(Slot(n, 0, t, now, end))
        now = end
    return schedule


def upward_rank(nodes: list[fx.Node], deps: dict[fx.Node, set[fx.Node]], cost: Cost,
                threads: dict[fx.Node, int]) -> dict[fx.Node, float]:
    """rank(v) = T_v(t*_v) + max rank of v's successors: the critical path from v to the end."""
    succ: dict[fx.Node, list[fx.Node]] = {n: [] for n in nodes}
    for n in nodes:
        for p in deps[n]:
            succ[p].append(n)
    rank: dict[fx.Node, float] = {}
    for n in reversed(nodes):
        rank[n] = cost(n, threads[n]) + max((rank[s] for s in succ[n]), default=0.0)
    return rank


def corun(nodes: list[fx.Node], deps: dict[fx.Node, set[fx.Node]], cost: Cost, threads: dict[fx.Node, int],
          compute: set[fx.Node], cores: int, max_lanes: int, handoff_us: float, delta: float = 0.25,
          switch_us: float = 0.0, gil_us: float = 0.0) -> Schedule:
    """List-schedule the DAG on `cores` cores with up to `max_lanes` ops at once (critical path first).

    A lane raising its thread count pays `switch_us` (waking parked OpenMP workers). An op started
    while another lane is busy pays `gil_us`: the lanes' Python dispatch shares one GIL, so it
    waits for the other op's dispatch (kernels themselves release the GIL).
    """
    rank = upward_rank(nodes, deps, cost, threads)
    index = {n: i for i, n in enumerate(nodes)}
    waiting = {n: len(deps[n]) for n in nodes}
    succ: dict[fx.Node, list[fx.Node]] = {n: [] for n in nodes}
    for n in nodes:
        for p in deps[n]:
            succ[p].append(n)
    ready = [n for n in nodes if waiting[n] == 0]
    done: dict[fx.Node, Slot] = {}
    running: list[Slot] = []
    lane_busy = [False] * max_lanes
    lane_threads = [1] * max_lanes
    schedule, now = Schedule("corun"), 0.0

    def arrival(n: fx.Node, lane: int) -> float:
        """When all of n's inputs are available on `lane`."""
        return max((done[p].end + (0.0 if done[p].lane == lane else handoff_us) for p in deps[n]), default=0.0)

    def home(n: fx.Node) -> int:
        """The lane of n's latest-finishing input (where it runs without a hand-off)."""
        if not deps[n]:
            return 0
        return done[max(deps[n], key=lambda p: done[p].end)].lane

    while ready or running:
        free_cores = cores - sum(s.threads for s in running)
        for n in sorted(ready, key=lambda n: (-rank[n], index[n])):
            idle = [i for i in range(max_lanes) if not lane_busy[i]]
            if not idle or free_cores < 1:
                break
            want = threads[n] if n in compute else 1
            t = min(want, free_cores)
            if t < want and running and cost(n, t) > (1 + delta) * cost(n, want):
                continue  # better to wait for cores than to run starved
            pref = home(n)
            lane = pref if pref in idle else idle[0]
            finish = max(now, arrival(n, lane)) + cost(n, t)
            if lane != pref and lane_busy[pref]:
                # Waiting for the home lane may finish sooner than paying the hand-off now.
                pref_end = max(s.end for s in running if s.lane == pref)
                if max(pref_end, arrival(n, pref)) + cost(n, threads[n] if n in compute else 1) <= finish:
                    continue
            start = max(now, arrival(n, lane))
            penalty = switch_us if n in compute and t > lane_threads[lane] else 0.0
            if running:
                penalty += gil_us
            if n in compute:
                lane_threads[lane] = t
            slot = Slot(n, lane, t, start, start + cost(n, t) + penalty)
            running.append(slot)
            schedule.slots.append(slot)
            lane_busy[lane] = True
            free_cores -= t
            ready.remove(n)
        if not running:
            raise RuntimeError("scheduler stalled: dependency cycle in graph")
        now = min(s.end for s in running)
        for s in [s for s in running if s.end <= now]:
            running.remove(s)
            lane_busy[s.lane] = False
            done[s.node] = s
            for m in succ[s.node]:
                waiting[m] -= 1
                if waiting[m] == 0:
                    ready.append(m)
    return schedule


def choose_threads(nodes: list[fx.Node], compute: set[fx.Node], cost: Cost, cores: int, base: int,
                   tolerance: float, switch_us: float = 0.0) -> dict[fx.Node, int]:
    """Concurrency control: per compute op, in graph order, the count with the least predicted time.

    Sticky: an op keeps the previous op's count (the caller's `base` for the first) unless
    another count is faster by more than `tolerance`, counting `switch_us` for raising the count
    (parked OpenMP workers must wake); among near-equal counts the smallest wins.
    """
    threads, prev = {}, min(base, cores)
    for n in nodes:
        if n not in compute:
            threads[n] = prev
            continue
        effective = {t: cost(n, t) + (switch_us if t > prev else 0.0) for t in range(1, cores + 1)}
        fastest = min(effective.values())
        best = min(t for t, e in effective.items() if e <= (1 + tolerance) * fastest)
        if effective[prev] > (1 + tolerance) * effective[best]:
            prev = best
        threads[n] = prev
    return threads
