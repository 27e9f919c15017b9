"""Per-operation collector: torch.profiler events -> top-level op records with phase, step and layer."""

import bisect
from dataclasses import dataclass

import numpy as np
import torch
from torch._C._autograd import DeviceType
from torch.profiler import ProfilerActivity, profile

from jackpeer.profile.align import fit_clock

PHASE_PREFIX, STEP_PREFIX, MODULE_PREFIX = "jack:phase:", "jack:step_end", "module:"
_BACKWARD_PREFIX = "autograd::engine::evaluate_function: "


def start_trace() -> profile:
    """Start torch.profiler on CPU (and CUDA when present) with shapes, memory and FLOP counting."""
    activities = [ProfilerActivity.CPU]
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        activities.append(ProfilerActivity.CUDA)
    prof = profile(activities=activities, record_shapes=True, profile_memory=True, with_flops=True)
    prof.start()
    return prof


_LAYOUT = {
    "empty", "empty_like", "empty_strided", "zeros", "zeros_like", "ones", "ones_like", "fill_", "zero_",
    "resize_", "detach", "detach_", "view", "reshape", "t", "transpose", "permute", "expand", "as_strided",
    "unsqueeze", "squeeze", "flatten", "split", "chunk", "slice", "select", "unbind", "alias", "lift_fresh",
}  # fmt: skip


def category(name: str, phase: str) -> str:
    """The spec's op categories (§6.3): what kind of work an op (or its backward node) does."""
    if phase == "optimizer":
        return "optimizer update"
    if phase == "data":
        return "data loading"
    n = name.lower().removeprefix("aten::")
    if n in _LAYOUT or n.rstrip("0123456789").removesuffix("backward") in _LAYOUT:
        return "allocator/layout"
    if any(k in n for k in ("conv", "mm", "linear", "matmul", "einsum", "lstm", "rnn", "gru", "attention")):
        return "gemm/conv"
    if "norm" in n:
        return "normalization"
    if "pool" in n:
        return "pooling"
    if any(k in n for k in ("loss", "entropy", "softmax", "sum", "mean", "nll")):
        return "reduction/loss"
    if any(k in n for k in ("copy", "clone", "cat", "index", "embedding", "gather", "accumulategrad")) or n == "to":
        return "copy/index"
    return "element-wise"


@dataclass
class OpRecord:
    """One top-level op call inside the trace (children folded in)."""

    name: str
    phase: str
    step: int
    module: str
    start_ns: float  # on the session's perf_counter clock
    cpu_us: float  # inclusive CPU time
    device_us: float  # inclusive GPU kernel time (0 on CPU)
    flops: float  # inclusive, from torch's formulas for matmul/conv
    mem_bytes: float  # inclusive net bytes allocated (CPU, or device memory on CUDA)
    category: str


def _inclusive_flops(event) -> float:
    return (event.flops or 0) + sum(_inclusive_flops(c) for c in event.cpu_children)


def _is_marker(name: str) -> bool:
    return name.startswith(("jack:", MODULE_PREFIX, "ProfilerStep"))


# A torch.compile region and the compiled graph it calls hold the real ops (inductor's fused kernels
# when compiled with config.cpp.enable_kernel_profile, and extern calls such as matmuls). They are
# opened like markers, so their kernels are listed one by one; the time the region spends outside
# its kernels (guards, the Python wrapper) becomes one record of its own, named below.
_COMPILED_REGIONS = ("Torch-Compiled Region", "## Call CompiledFxGraph")
COMPILED_OVERHEAD = "torch.compile overhead (outside kernels)"


def _is_container(name: str) -> bool:
    return _is_marker(name) or name.startswith(_COMPILED_REGIONS)


def _module_of(event) -> str:
    parent = event.cpu_parent
    while parent is not None:
        if parent.name.startswith(MODULE_PREFIX):
            return parent.name[len(MODULE_PREFIX) :]
        parent = parent.cpu_parent
    return ""


def parse_trace(prof: profile, local_phase_starts: list[int], first_step: int) -> dict:
    """Op records, the allocation timeline and clock-fit quality from a finished profiler run."""
    events = prof.events()
    trace_start = prof.profiler.kineto_results.trace_start_ns()
    phases = sorted(
        (e.time_range.start, e.time_range.end, e.name[len(PHASE_PREFIX) :])
        for e in events
        if e.name.startswith(PHASE_PREFIX)
    )
    step_marks = sorted(e.time_range.start for e in events if e.name.startswith(STEP_PREFIX))
    # Clock fit: the k-th traced phase range opened at the k-th local marker time.
    n = min(len(phases), len(local_phase_starts))
    trace_ns = np.array([trace_start + p[0] * 1e3 for p in phases[:n]])
    alpha, beta, residual = fit_clock(trace_ns, np.array(local_phase_starts[:n]))

    def to_local(us: float) -> float:
        return alpha + beta * (trace_start + us * 1e3)

    phase_starts = [p[0] for p in phases]

    def phase_at(us: float) -> str:
        # Time containment rather than the parent chain: backward ops may run on autograd's own thread.
        i = bisect.bisect_right(phase_starts, us) - 1
        return phases[i][2] if i >= 0 and us <= phases[i][1] else "other"

    seq_module: dict[int, str] = {}
    for e in events:
        if e.sequence_nr >= 0 and not e.name.startswith(_BACKWARD_PREFIX):
            module = _module_of(e)
            if module:
                seq_module.setdefault(e.sequence_nr, module)

    on_cuda = any(e.device_time_total for e in events)
    records = []
    for e in events:
        if _is_marker(e.name) or e.name == "[memory]":
            continue
        parent = e.cpu_parent
        if parent is not None and not _is_container(parent.name):
            continue  # not top-level: folded into its parent
        name, cpu_us, flops = e.name, e.cpu_time_total, float(_inclusive_flops(e))
        if name.startswith(_COMPILED_REGIONS):
            if parent is not None and parent.name.startswith(_COMPILED_REGIONS):
                continue  # a graph inside a region: its own overhead is counted with the region's
            inner = [c for c in e.cpu_children if c.name.startswith(_COMPILED_REGIONS)]
            kernels = [k for c in [e, *inner] for k in c.cpu_children if not k.name.startswith(_COMPILED_REGIONS)]
            name, cpu_us = COMPILED_OVERHEAD, cpu_us - sum(k.cpu_time_total for k in kernels)
            flops = 0.0
        if name.startswith(_BACKWARD_PREFIX):
            name = name[len(_BACKWARD_PREFIX) :]
            module = seq_module.get(e.sequence_nr, "")
        else:
            module = _module_of(e)
        phase = phase_at(e.time_range.start)
        records.append(
            OpRecord(
                name=name,
                phase=phase,
                step=first_step + bisect.bisect_right(step_marks, e.time_range.start),
                module=module,
                start_ns=to_local(e.time_range.start),
                cpu_us=cpu_us,
                device_us=e.device_time_total,
                flops=flops,
                mem_bytes=float(e.device_memory_usage if on_cuda else e.cpu_memory_usage),
                category=category(name, phase),
            )
        )
    # Allocation events of the device the step runs on: CUDA allocator on a GPU, CPU allocator otherwise.
    wanted = DeviceType.CUDA if on_cuda else DeviceType.CPU
    memory_us = sorted(
        ((ev.start_ns() - trace_start) / 1e3, float(ev.nbytes()))
        for ev in prof.profiler.kineto_results.events()
        if ev.name() == "[memory]" and ev.device_type() == wanted
    )
    # Phase and step ranges on the trace's own clock, so allocations right at a phase's start are not
    # pushed across its boundary by clock-fit error.
    step_starts = [0.0, *step_marks[:-1]]
    step_ranges = [(first_step + i, a, b) for i, (a, b) in enumerate(zip(step_starts, step_marks, strict=True))]
    phase_ranges = [(name, a, b, first_step + bisect.bisect_right(step_marks, a)) for a, b, name in phases]
    return {
        "ops": records,
        "memory_us": memory_us,
        "memory_timeline": [(to_local(t), b) for t, b in memory_us],  # for plots on the sampler clock
        "phase_ranges_us": phase_ranges,
        "step_ranges_us": step_ranges,
        "clock_residual_ns": residual,
        "clock_pairs": n,
        "on_cuda": on_cuda,
    }
