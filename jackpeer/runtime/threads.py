"""What per-op thread control really does in this PyTorch build (spec §5.2-5.3, §6.7).

`torch.set_num_threads` sets a process-wide default *and* the calling thread's OpenMP count
(`omp_set_num_threads` acts on the calling thread's ICV), so ATen's own parallel kernels and
oneDNN follow a per-thread count. MKL's GEMMs did not: measured on torch 2.13 (see
`control_table`), an `mm` in a worker set to 1 thread ran on 2 as soon as another thread had set
2. MKL's own thread-local override, `MKL_Set_Num_Threads_Local`, exported by libtorch_cpu, fixes
that; `set_threads` (jackpeer/torch_threads.py) calls both. The probes here measure, per op kind, how many OS threads burn
CPU (per-thread CPU time from /proc/self/task) while another thread holds a different count.
"""

import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path

import torch

from jackpeer.torch_threads import set_threads


def openmp_backend() -> bool:
    """True when ATen's intra-op parallelism is OpenMP (per-thread counts possible)."""
    return "ATen parallel backend: OpenMP" in torch.__config__.parallel_info()


def per_thread_control() -> bool:
    """Probe: a worker's set_num_threads(n) is seen by that worker only, not by the caller."""
    if not openmp_backend() or torch.get_num_threads() < 1:
        return False
    caller = torch.get_num_threads()
    other = 1 if caller != 1 else 2
    seen: list[int] = []

    def worker() -> None:
        torch.set_num_threads(other)
        seen.append(torch.get_num_threads())

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    ok = seen == [other] and torch.get_num_threads() == caller
    torch.set_num_threads(caller)  # the worker also moved the process-wide default
    return ok


def handoff_us(rounds: int = 200) -> float:
    """Median one-way latency (µs) of handing work to another thread through an Event."""
    ping, pong = threading.Event(), threading.Event()
    stop = False

    def echo() -> None:
        while True:
            ping.wait()
            ping.clear()
            if stop:
                return
            pong.set()

    t = threading.Thread(target=echo, daemon=True)
    t.start()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        ping.set()
        pong.wait()
        pong.clear()
        samples.append((time.perf_counter_ns() - start) / 2e3)
    stop = True
    ping.set()
    t.join()
    return statistics.median(samples)


def switch_cost_us(cores: int, rounds: int = 30) -> float:
    """Extra time (µs) of a `cores`-thread op right after a 1-thread op, over its steady-state time.

    Raising the count makes OpenMP wake parked workers; on a busy machine each wake waits for
    the scheduler, which can cost more than the op itself. Measured on a 128k-element exp.
    """
    if cores < 2:
        return 0.0
    x = torch.randn(131072)
    caller = torch.get_num_threads()

    def timed_exp() -> float:
        start = time.perf_counter_ns()
        torch.exp(x)
        return (time.perf_counter_ns() - start) / 1e3

    set_threads(cores)
    torch.exp(x)
    steady = statistics.median(timed_exp() for _ in range(rounds))
    switched = []
    for _ in range(rounds):
        set_threads(1)
        torch.exp(x)
        time.sleep(0.005)  # a run of 1-thread ops gives idle workers time to stop spinning and park
        set_threads(cores)
        switched.append(timed_exp())
    set_threads(caller)
    return max(0.0, statistics.median(switched) - steady)


def _thread_cpu_ticks() -> dict[int, int]:
    """utime+stime (clock ticks) of every thread of this process."""
    ticks = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            ticks[int(task.name)] = int(fields[11]) + int(fields[12])
        except (OSError, ValueError, IndexError):
            continue
    return ticks


def busy_threads(op: Callable[[], object], threads: int, other: int, seconds: float = 0.3,
                 setter: Callable[[int], None] = set_threads, reset: bool = True) -> int:
    """OS threads burning CPU while a worker set to `threads` loops `op` after the caller set `other`.

    This is the co-running situation: two lanes with different counts. An op whose count is
    per thread shows `threads` busy threads whatever `other` is. `reset`: the worker sets its
    count again after the caller's change (what the executor does before each op); without it
    the worker relies on the count it set before.
    """
    result: list[int] = []
    ready, go = threading.Event(), threading.Event()

    def worker() -> None:
        setter(threads)
        op()  # warm-up: creates the OpenMP team
        ready.set()
        go.wait()
        if reset:
            setter(threads)
        before = _thread_cpu_ticks()
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            op()
        after = _thread_cpu_ticks()
        gained = [t - before.get(tid, 0) for tid, t in after.items()]
        # Busy = at least a third of the busiest thread's CPU time (robust to a loaded machine).
        need = max(2, max(gained) / 3)
        result.append(sum(1 for g in gained if g >= need))

    caller = torch.get_num_threads()
    w = threading.Thread(target=worker)
    w.start()
    ready.wait()
    setter(other)  # another lane moves to a different count just before the op runs
    go.set()
    w.join()
    set_threads(caller)
    return result[0]


def probe_ops() -> dict[str, Callable[[], object]]:
    """One op of each kernel family a training step uses, big enough to be parallelized."""
    a, b = torch.randn(384, 384), torch.randn(384, 384)
    x = torch.randn(2_000_000)
    img, w = torch.randn(8, 32, 32, 32), torch.randn(32, 32, 3, 3)
    q = torch.randn(4, 4, 128, 64)
    lstm = torch.nn.LSTM(128, 128, batch_first=True)
    seq = torch.randn(8, 32, 128)
    ids = torch.randint(0, 256, (64, 128))
    grad = torch.randn(64, 128, 128)
    return {
        "exp (ATen element-wise)": lambda: torch.exp(x),
        "sum (ATen reduction)": lambda: x.sum(),
        "mm (MKL sgemm)": lambda: torch.mm(a, b),
        "bmm (MKL batched)": lambda: torch.bmm(q[0], q[0].transpose(1, 2)),
        "conv2d (oneDNN)": lambda: torch.nn.functional.conv2d(img, w, padding=1),
        "sdpa (ATen flash, CPU)": lambda: torch.nn.functional.scaled_dot_product_attention(q, q, q),
        "lstm (oneDNN RNN)": lambda: lstm(seq),
        "embedding backward (index_add)": lambda: torch.ops.aten.embedding_dense_backward(grad, ids, 256, -1, False),
    }


def op_time_us(op: Callable[[], object], threads: int, rounds: int = 15) -> float:
    """Median time (µs) of `op` on the calling thread at a thread count (after one untimed run)."""
    caller = torch.get_num_threads()
    set_threads(threads)
    op()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        op()
        samples.append((time.perf_counter_ns() - start) / 1e3)
    set_threads(caller)
    return statistics.median(samples)


def control_table(seconds: float = 0.5) -> list[dict]:
    """Busy OS threads per op kind for a worker at 1 (resp. 2) threads while the caller set 2 (resp. 1).

    Columns `{how}_{w}v{c}`: worker count w, caller count c; how = "torch_stale" (worker called
    torch.set_num_threads once, before the caller's change), "jack_stale" (same with
    set_threads), "jack_reset" (set_threads again right before the ops, as the executor does).
    Needs 2 cores; an op is controllable when jack_reset matches the worker's count. `us_1t`,
    `us_2t`: the op's median time alone at 1 and 2 threads.
    """
    rows = []
    variants = (("torch_stale", torch.set_num_threads, False), ("jack_stale", set_threads, False),
                ("jack_reset", set_threads, True))
    with torch.no_grad():
        for name, op in probe_ops().items():
            row: dict = {"op": name}
            for label, setter, reset in variants:
                row[f"{label}_1v2"] = busy_threads(op, 1, 2, seconds, setter, reset)
                row[f"{label}_2v1"] = busy_threads(op, 2, 1, seconds, setter, reset)
            row["controllable"] = row["jack_reset_1v2"] == 1 and row["jack_reset_2v1"] == 2
            for t in (1, 2):  # the time follows the count only where the count is honoured
                row[f"us_{t}t"] = op_time_us(op, t)
            rows.append(row)
    return rows


def set_cost_us(cores: int, rounds: int = 2000) -> float:
    """Cost (µs) of one `set_threads` call that changes the count (it also resets oneDNN's cache)."""
    if cores < 2:
        return 0.0
    caller = torch.get_num_threads()
    start = time.perf_counter_ns()
    for i in range(rounds):
        set_threads(1 + i % 2)
    took = (time.perf_counter_ns() - start) / 1e3 / rounds
    set_threads(caller)
    return took
