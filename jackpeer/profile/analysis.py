"""Turn a finished session into numbers: steps, phases, utilization, memory, energy, ops, layers, predictability."""

import bisect
import os
import platform
from collections import Counter, defaultdict

import numpy as np
import torch

from jackpeer.profile.energy import counter_energy, power_energy

IDLE_PCT = 1.0  # a core counts as idle in a sample when at most this busy (the paper's "utilization 0")
MIN_PERIODS = 10  # counter-difference energy is trusted only over ≥ 10 sample periods (spec §6.3)
ENERGY_PER_OP_MODEL = "estimate: step energy split by op time share (assumes constant power within a step)"


def _stats(values: list[float]) -> dict:
    a = np.asarray(values, dtype=np.float64)
    if a.size == 0:
        return {"n": 0, "mean": None, "median": None, "std": None, "cv_pct": None, "iqr": None}
    mean = float(a.mean())
    q1, q3 = np.percentile(a, [25, 75])
    return {
        "n": int(a.size),
        "mean": mean,
        "median": float(np.median(a)),
        "std": float(a.std()),
        "cv_pct": float(100 * a.std() / mean) if mean else None,
        "iqr": float(q3 - q1),
    }


def _cpu_model() -> str:
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _window(s) -> tuple[list[int], int, int, str]:
    """Indices of the timing steps (warm-up and traced steps left out) and their time window."""
    starts = [s.start_ns, *s.step_ends[:-1]]
    n = len(s.step_ends)
    skip = set(range(min(s.warmup_steps, n)))
    if s.trace:
        skip |= set(range(s._trace_first_step, min(s._trace_first_step + s.trace_steps, n)))
    measured = [i for i in range(n) if i not in skip]
    note = "warm-up and traced steps excluded"
    if not measured:
        measured, note = list(range(n)), "too few steps: statistics include warm-up/traced steps"
    if not measured:
        return [], s.start_ns, s.end_ns, "no step markers: whole session used"
    # Timing steps after the trace form one contiguous block; the window spans it.
    return measured, starts[measured[0]], s.step_ends[measured[-1]], note


def _utilization(series: dict, t0: int, t1: int) -> dict:
    cpu = series.get("cpu")
    out: dict = {}
    if cpu is not None:
        inside = (cpu["t_ns"] > t0) & (cpu["t_ns"] <= t1)
        cores = sorted(k for k in cpu if k.startswith("core"))
        if inside.sum() == 0:
            inside = cpu["t_ns"] > 0  # window shorter than one sample period: use the whole run
            out["note"] = "window shorter than one sample period; whole session used"
        per_core = [float(cpu[c][inside].mean()) for c in cores]
        out.update(
            cpu_mean_pct=float(np.mean(per_core)),
            per_core_pct=per_core,
            idle_ratio=[float((cpu[c][inside] <= IDLE_PCT).mean()) for c in cores],
            proc_cpu_pct=float(cpu["proc_cpu_pct"][inside].mean()),
            samples=int(inside.sum()),
        )
    gpu = series.get("nvml")
    if gpu is not None:
        inside = (gpu["t_ns"] > t0) & (gpu["t_ns"] <= t1)
        out["gpu_util_pct"] = [float(gpu[k][inside].mean()) for k in gpu if k.endswith("_util_pct")]
        if cpu is not None and out["gpu_util_pct"]:
            # Heterogeneity under-use index H (spec §6.5) on the samples both sources share.
            c = np.interp(gpu["t_ns"][inside], cpu["t_ns"], np.mean([cpu[k] for k in cores], axis=0))
            g = gpu["gpu0_util_pct"][inside]
            out["h_index"] = float((((c < 20) & (g > 80)) | ((g < 20) & (c > 80))).mean()) if len(g) else None
    jet = series.get("jetson")
    if jet is not None:
        inside = (jet["t_ns"] > t0) & (jet["t_ns"] <= t1)
        out["gpu_util_pct"] = [float(jet["gpu_load_pct"][inside].mean())]
    return out


def _utilization_by_phase(s, series: dict, measured: list[int]) -> dict:
    """Join samples to phases by time (the paper's tool): each sample's window midpoint picks its phase."""
    cpu = series.get("cpu")
    keep = set(measured)
    marks = sorted((a, b, name) for name, step, a, b in s.phases if step in keep)
    if cpu is None or len(cpu["t_ns"]) < 2 or not marks:
        return {}
    starts = [m[0] for m in marks]
    cores = [k for k in cpu if k.startswith("core")]
    busy = np.mean([cpu[k] for k in cores], axis=0)
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    t = cpu["t_ns"]
    for k in range(1, len(t)):
        mid = (t[k - 1] + t[k]) / 2
        i = bisect.bisect_right(starts, mid) - 1
        if i >= 0 and mid <= marks[i][1]:
            acc = sums[marks[i][2]]
            acc[0] += cpu["proc_cpu_pct"][k]
            acc[1] += busy[k]
            acc[2] += 1
    return {name: {"proc_cpu_pct": a[0] / a[2], "cpu_mean_pct": a[1] / a[2], "samples": a[2]}
            for name, a in sums.items()}  # fmt: skip


def _energy_channels(series: dict) -> dict[str, tuple[np.ndarray, np.ndarray, str]]:
    """name -> (t_ns, values, "counter"|"power") for every energy-bearing channel."""
    out = {}
    for source, block in series.items():
        for channel, values in block.items():
            if channel.endswith("_j"):
                out[f"{source}:{channel}"] = (block["t_ns"], values, "counter")
            elif channel.endswith("_power_w") and not any(c.endswith("_energy_j") for c in block):
                out[f"{source}:{channel}"] = (block["t_ns"], values, "power")
    return out


def _energy(s, series: dict, measured: list[int], t0: int, t1: int, period_ns: float) -> dict:
    channels = _energy_channels(series)
    if not channels:
        reasons = {src.name: src.reason for src in s.sources if not src.available and src.name != "cpu"}
        return {"available": False, "reason": "no energy source: " + "; ".join(f"{k}: {v}" for k, v in reasons.items())}

    def interval(name: str, a: int, b: int) -> float:
        t, v, kind = channels[name]
        return counter_energy(t, v, a, b) if kind == "counter" else power_energy(t, v, a, b)

    steps = max(len(measured), 1)
    per_channel = {name: interval(name, t0, t1) / steps for name in channels}
    # Whole-system figure: RAPL package + DRAM zones (core/uncore are inside package), GPUs, Jetson total rail.
    total_keys = [
        k
        for k in per_channel
        if (k.startswith("rapl:") and (":package" in k or ":dram" in k))
        or (k.startswith("nvml:") and ("_energy_j" in k or "_power_w" in k))
        or k == "jetson:total_power_w"
    ]
    out = {
        "available": True,
        "method": "counter difference / power integral over the timing window, divided by its steps",
        "j_per_step_by_channel": per_channel,
        "j_per_step": float(sum(per_channel[k] for k in total_keys)) if total_keys else None,
        "components": total_keys,
    }
    dram = sum(v for k, v in per_channel.items() if ":dram" in k)
    if any(":dram" in k for k in per_channel) and out["j_per_step"]:
        out["memory_share_pct"] = 100 * dram / out["j_per_step"]
    # Per phase: only when a phase spans enough sample periods for the counter difference to mean anything.
    by_phase: dict[str, list[float]] = defaultdict(list)
    for name, step, a, b in s.phases:
        if step in measured and out["j_per_step"] is not None:
            by_phase[name].append(sum(interval(k, a, b) for k in total_keys))
    phase_len = defaultdict(list)
    for name, step, a, b in s.phases:
        if step in measured:
            phase_len[name].append(b - a)
    out["j_per_phase"] = {
        name: (float(np.sum(vals) / steps) if np.mean(phase_len[name]) >= MIN_PERIODS * period_ns else None)
        for name, vals in by_phase.items()
    }
    # Per step, for the energy forecast; trusted only when a step spans ≥ MIN_PERIODS samples.
    starts = [s.start_ns, *s.step_ends[:-1]]
    if total_keys and np.median([s.step_ends[i] - starts[i] for i in measured]) >= MIN_PERIODS * period_ns:
        out["per_step_j"] = [sum(interval(k, starts[i], s.step_ends[i]) for k in total_keys) for i in measured]
    return out


def _memory_timeline_stats(s) -> dict:
    """From the profiler's allocator events: peak above each traced step's start, per-phase peaks."""
    events = s.trace["memory_us"]
    if not events:
        return {}
    t = np.array([x[0] for x in events])
    cum = np.cumsum([x[1] for x in events])

    def level(at: float) -> float:
        i = np.searchsorted(t, at, side="right") - 1
        return float(cum[i]) if i >= 0 else 0.0

    def peak_in(a: float, b: float) -> float:
        lo, hi = np.searchsorted(t, a, side="right"), np.searchsorted(t, b, side="right")
        return max(float(cum[lo:hi].max()) if hi > lo else level(a), level(a))

    # All on the trace's clock: allocation times and the phase/step markers come from one trace.
    step_peaks = [peak_in(a, b) - level(a) for _, a, b in s.trace["step_ranges_us"]]
    phase_peak, phase_net = defaultdict(list), defaultdict(list)
    for name, a, b, _ in s.trace["phase_ranges_us"]:
        phase_peak[name].append(peak_in(a, b) - level(a))
        phase_net[name].append(level(b) - level(a))
    local = s.trace["memory_timeline"]
    return {
        "step_peak_above_start_bytes": float(np.median(step_peaks)) if step_peaks else None,
        "phase_peak_above_start_bytes": {k: float(np.median(v)) for k, v in phase_peak.items()},
        "phase_net_bytes": {k: float(np.median(v)) for k, v in phase_net.items()},
        "timeline": {"t_ns": [x[0] for x in local], "bytes": cum.tolist()},
    }


def _memory(s, series: dict, t0: int, t1: int) -> dict:
    out: dict = {}
    cpu = series.get("cpu")
    if cpu is not None and len(cpu["t_ns"]):
        out["peak_rss_bytes"] = float(cpu["rss_bytes"].max())
    if s.cuda_phase_peak:
        out["cuda_peak_allocated_bytes"] = float(max(p for _, _, p in s.cuda_phase_peak))
        by_phase = defaultdict(list)
        for name, _, peak in s.cuda_phase_peak:
            by_phase[name].append(peak)
        out["cuda_phase_peak_bytes"] = {k: float(np.median(v)) for k, v in by_phase.items()}
        out["cuda_reserved_bytes"] = float(torch.cuda.memory_reserved())
    if s.trace:
        out.update(_memory_timeline_stats(s))
    parts = s.extra.get("memory_parts")
    if parts:
        out["breakdown"] = _breakdown(parts, out)
    return out


def _breakdown(parts: dict, mem: dict) -> dict:
    """Spec §6.4: weights, gradients, optimizer state, input (exact tensor bytes), intermediate (derived)."""
    w, g, o, x = parts["weights"], parts["gradients"], parts["optimizer_state"], parts["input"]
    out = {"weights": w, "gradients": g, "optimizer_state": o, "input": x}
    if "cuda_peak_allocated_bytes" in mem:
        peak = mem["cuda_peak_allocated_bytes"]
        out["peak_source"] = "CUDA allocator max_memory_allocated"
    elif mem.get("step_peak_above_start_bytes") is not None:
        # Gradients are freed (set_to_none) before each step, weights and optimizer state stay live.
        peak = w + o + mem["step_peak_above_start_bytes"]
        out["peak_source"] = "weights + optimizer state + profiler allocator peak above step start (CPU)"
    else:
        out["peak_source"] = "unknown (no trace): intermediate data not derived"
        return out
    out["peak"] = peak
    out["intermediate"] = max(peak - w - g - o - x, 0.0)
    out["intermediate_note"] = "derived: peak − weights − gradients − optimizer state − input"
    return out


def _ops(s, step_mean_ms: float | None, energy: dict) -> dict:
    records = s.trace["ops"]
    steps = sorted({r.step for r in records})
    n_steps = max(len(steps), 1)
    use_device = s.trace["on_cuda"]

    def dur(r) -> float:
        return (r.device_us if use_device else r.cpu_us) / 1e3

    total = sum(dur(r) for r in records) or 1.0
    by_name: dict[tuple[str, str], list] = defaultdict(list)
    for r in records:
        by_name[(r.name, "backward" if r.phase == "backward" else r.phase)].append(r)
    j_step = energy.get("j_per_step")
    ops = []
    for (name, phase), rs in by_name.items():
        ms = sum(dur(r) for r in rs)
        per_step = [sum(dur(r) for r in rs if r.step == k) for k in steps]
        flops = sum(r.flops for r in rs)
        entry = {
            "op": name,
            "phase": phase,
            "category": rs[0].category,
            "calls_per_step": len(rs) / n_steps,
            "ms_per_step": ms / n_steps,
            "share_pct": 100 * ms / total,
            "cv_pct": _stats(per_step)["cv_pct"],
            "gflop_per_step": flops / n_steps / 1e9,
            "gflops": flops / (ms / 1e3) / 1e9 if ms > 0 and flops else 0.0,
            "mem_mb_per_step": sum(r.mem_bytes for r in rs) / n_steps / 2**20,
        }
        if step_mean_ms is not None:
            entry["scaled_ms_per_step"] = entry["share_pct"] / 100 * step_mean_ms
        if j_step is not None:
            entry["energy_j_per_step_est"] = entry["share_pct"] / 100 * j_step
        ops.append(entry)
    ops.sort(key=lambda e: -e["ms_per_step"])
    categories: dict[str, float] = defaultdict(float)
    phases: dict[str, float] = defaultdict(float)
    modules: dict[str, dict[str, float]] = defaultdict(lambda: {"forward_ms": 0.0, "backward_ms": 0.0})
    for r in records:
        categories[r.category] += 100 * dur(r) / total
        phases[r.phase] += dur(r) / n_steps
        if r.module and r.phase in ("forward", "backward"):
            modules[r.module][f"{r.phase}_ms"] += dur(r) / n_steps
    layer_rows = [
        {"module": m, **v, "share_pct": 100 * (v["forward_ms"] + v["backward_ms"]) / (total / n_steps)}
        for m, v in modules.items()
    ]
    if j_step is not None:
        for row in layer_rows:
            row["energy_j_per_step_est"] = row["share_pct"] / 100 * j_step
    layer_rows.sort(key=lambda e: -(e["forward_ms"] + e["backward_ms"]))
    # Predictability of the op stream: identical (op, phase) sequences from step to step.
    sequences = Counter(hash(tuple((r.name, r.phase) for r in records if r.step == k)) for k in steps)
    stable = sum(e["ms_per_step"] for e in ops if e["cv_pct"] is not None and e["cv_pct"] < 5)
    return {
        "time_source": "CUDA kernel time" if use_device else "CPU time (inclusive, top-level ops)",
        "traced_steps": len(steps),
        "op_ms_per_step": total / n_steps,
        "ops": ops,
        "categories_pct": dict(sorted(categories.items(), key=lambda kv: -kv[1])),
        "phase_op_ms": dict(phases),
        "layers": layer_rows,
        "sequence_identical_pct": 100 * max(sequences.values()) / len(steps) if steps else None,
        "stable_op_time_pct": 100 * stable / (total / n_steps),
        "energy_per_op_model": ENERGY_PER_OP_MODEL if j_step is not None else None,
        "clock_fit_residual_ms": s.trace["clock_residual_ns"] / 1e6,
        "clock_fit_pairs": s.trace["clock_pairs"],
    }


def _forecast_mape(values: list[float], history: int = 5) -> float | None:
    """Predict each later value by the median of the first `history` (spec §6.6); mean abs % error."""
    if len(values) <= history:
        return None
    pred = float(np.median(values[:history]))
    rest = np.asarray(values[history:])
    return float(np.mean(np.abs(rest - pred) / rest) * 100)


def _downsample(series: dict, max_points: int = 1500) -> dict:
    out = {}
    for source, block in series.items():
        n = len(block["t_ns"])
        idx = np.linspace(0, n - 1, min(n, max_points)).astype(int) if n else np.array([], dtype=int)
        out[source] = {k: v[idx].tolist() for k, v in block.items()}
    return out


def analyze(s) -> dict:
    """The full report dict of a finished session (JSON-serialisable)."""
    series = s.sampler.series()
    measured, t0, t1, note = _window(s)
    starts = [s.start_ns, *s.step_ends[:-1]]
    step_ms = [(s.step_ends[i] - starts[i]) / 1e6 for i in range(len(s.step_ends))]
    timing = [step_ms[i] for i in measured]
    stats = _stats(timing)
    period_ns = 1e9 / s.rate_hz
    by_phase: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for name, step, a, b in s.phases:
        by_phase[name][step] += (b - a) / 1e6
    phases = {}
    for name, per_step in by_phase.items():
        vals = [per_step.get(i, 0.0) for i in measured]
        st = _stats(vals)
        phases[name] = {"mean_ms": st["mean"], "cv_pct": st["cv_pct"],
                        "share_pct": 100 * st["mean"] / stats["mean"] if stats["mean"] and st["mean"] is not None else None}  # fmt: skip
    energy = _energy(s, series, measured, t0, t1, period_ns)
    window_s = (t1 - t0) / 1e9
    cpu_block = series.get("cpu", {"t_ns": np.array([])})
    report = {
        "name": s.name,
        "meta": {
            "torch": torch.__version__,
            "threads": torch.get_num_threads(),
            "cpu": _cpu_model(),
            "cores": os.cpu_count(),
            "cuda": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None,
            "rate_hz": s.rate_hz,
            "achieved_rate_hz": len(cpu_block["t_ns"]) / ((s.end_ns - s.start_ns) / 1e9),
            "warmup_steps": s.warmup_steps,
            "trace_steps": s.trace_steps,
            "mode": "attribution (op trace)" if s.trace else "sampling",
            "phases_from": "hooks (inferred: backward = outermost forward end → optimizer.step)"
            if s.auto
            else "explicit markers",
            "collectors": {src.name: "ok" if src.available else f"not available: {src.reason}" for src in s.sources},
            "trace": "ok" if s.trace else ("off (sampling mode)" if not s.trace_steps else "not reached: too few steps"),
            "samples_dropped": s.sampler.dropped,
            "window_note": note,
        },
        "steps": {
            "count": len(step_ms),
            "measured": len(timing),
            "step_ms": step_ms,
            **{f"{k}_ms" if k not in ("n", "cv_pct") else k: v for k, v in stats.items()},
            "samples_per_s": s.samples_per_step * len(timing) / (sum(timing) / 1e3)
            if s.samples_per_step and timing
            else None,
        },
        "phases": phases,
        "utilization": {**_utilization(series, t0, t1), "by_phase": _utilization_by_phase(s, series, measured),
                        "by_phase_note": "samples joined to phases by window midpoint; coarse when phases are "
                        "shorter than the sample period"},  # fmt: skip
        "memory": _memory(s, series, t0, t1),
        "energy": energy,
        "predictability": {
            "step_cv_pct": stats["cv_pct"],
            "step_time_mape_pct": _forecast_mape(timing),
            "step_energy_mape_pct": _forecast_mape(energy["per_step_j"]) if energy.get("per_step_j") else None,
        },
        "window_s": window_s,
        "series": _downsample(series),
        "phase_marks": [(n, st, a, b) for n, st, a, b in s.phases][-3000:],
        "start_ns": s.start_ns,
        "step_ends_ns": s.step_ends,
        "extra": {k: v for k, v in s.extra.items() if k != "memory_parts"},
    }
    if s.trace:
        report["ops"] = _ops(s, stats["mean"], energy)
        report["predictability"]["sequence_identical_pct"] = report["ops"]["sequence_identical_pct"]
        report["predictability"]["stable_op_time_pct"] = report["ops"]["stable_op_time_pct"]
    return report
