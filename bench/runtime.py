"""Bench: training step time under the jack runtime vs PyTorch's threading (issue 7).

Per workload, in the same process and the same run, interleaved round by round (the CPU is
shared, so each configuration sees the same slow phases) and summarized by medians:
  default      torch.compile(backend="aot_eager") at PyTorch's default thread count (the same
               graph path as jack, without its decisions; eager is reported as an extra);
  global_k     the same at every single global count k = 1..P; best_global = the fastest k
               (the "best manual setting found by search");
  jack         backend=JackRuntime(mode="cc") after profiling, planning and racing (tune()),
               which also picks the count of the code outside the graphs (zero_grad, autograd
               glue, drawing the batch); the graphs are traced once, at the default count.
default, global_k and jack capture the same three graphs (forward+loss, backward, optimizer step).
Also: the performance model's error on held-out measurements (MAPE), the error of each
chosen plan's predicted graph time against its measured time, and a per-op-kind table of
whether a per-thread count is honoured (busy OS threads while another thread holds another
count). Writes bench/results/runtime.json (flat).

    .venv/bin/python bench/runtime.py [--workloads cnn,resnet,lstm,llama,mobilenet] [--rounds 3] [--steps 3]
"""

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

import torch
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from jackpeer.runtime import JackRuntime, RuntimeConfig
from jackpeer.runtime.cache import cpu_model
from jackpeer.runtime.config import available_cores
from jackpeer.runtime.perfmodel import mape
from jackpeer.runtime.threads import control_table
from jackpeer.runtime.tune import compile_training, interleaved_times, ratio_ci, tune
from jackpeer.torch_threads import set_threads
from jackpeer.workloads import get_workload

OUT = Path(__file__).parent / "results" / "runtime.json"
# Batch sizes: the suite's defaults, except the two slowest per step on 2 cores.
BATCH = {"cnn": None, "mobilenet": 16, "resnet": 16, "lstm": None, "llama": 4}


def stepper(step, batches, threads: int | None):
    """One training step through `step`, with the caller's global thread count set first (None: as left)."""
    def run():
        if threads is not None:
            set_threads(threads)
        step(next(batches))
    return run


def run_workload(name: str, cores: int, default_threads: int, rounds: int, steps: int, cache: Path,
                 progress: Progress) -> tuple[dict, JackRuntime]:
    """Median step times of every configuration of one workload, and its tuned runtime."""
    base = get_workload(name, batch_size=BATCH.get(name))
    eager_w = get_workload(name, batch_size=BATCH.get(name))
    jack_w = get_workload(name, batch_size=BATCH.get(name))
    base_step = compile_training(base.model, base.loss_fn, base.optimizer, "aot_eager")
    rt = JackRuntime(RuntimeConfig(mode="cc", cache_dir=cache))
    jack_step = compile_training(jack_w.model, jack_w.loss_fn, jack_w.optimizer, rt)
    set_threads(default_threads)
    start = time.perf_counter()
    tune_times = tune(rt, jack_step, jack_w.batches, max_steps=60, progress=progress, host_rounds=2, host_steps=3)
    tuning_s = time.perf_counter() - start
    for _ in range(3):  # compile and warm the baseline too
        base_step(next(base.batches))
    steppers = {f"global_{k}": stepper(base_step, base.batches, k) for k in range(1, cores + 1)}
    steppers["eager"] = stepper(eager_w.step, eager_w.batches, default_threads)
    # jack's step leaves the count it chose for code outside the graphs (batches are drawn there).
    steppers["jack"] = stepper(jack_step, jack_w.batches, None)
    times = interleaved_times(steppers, rounds, steps, progress)
    medians = {k: statistics.median(v) for k, v in times.items()}
    set_threads(default_threads)
    best_k = min(range(1, cores + 1), key=lambda k: medians[f"global_{k}"])
    row = {
        "default": medians[f"global_{default_threads}"], "best_global": medians[f"global_{best_k}"],
        "best_global_threads": best_k, "jack": medians["jack"], "eager": medians["eager"],
        "ci_vs_default": ratio_ci(times[f"global_{default_threads}"], times["jack"]),
        "ci_vs_best_global": ratio_ci(times[f"global_{best_k}"], times["jack"]),
        "tuning_s": tuning_s, "tuning_steps": len(tune_times), "host_threads": rt.host_threads,
        "plan": " ".join(f"{g.name}@{g.caller}t:{g.choice or '-'}" for g in rt.graphs if g.choice),
    }
    return row, rt


def median_ape(profiles: list) -> float | None:
    """Median (not mean) absolute percentage error over all held-out (op, count) pairs: robust to stalls."""
    errors = [e for p in profiles for e in p.errors(p.model())]
    return 100 * statistics.median(errors) if errors else None


def plan_errors(rt: JackRuntime) -> list[float]:
    """|predicted − measured| / measured graph time of every raced candidate plan (the guard measured it).

    This tests the whole model: op times, count changes, executor overheads and co-running.
    """
    errors = []
    for g in rt.graphs:
        for name, measured in g.measured().items():
            errors.append(abs(g.predicted[name] - measured) / measured)
    return errors


def main() -> None:
    """Run the benchmark, print the tables, write bench/results/runtime.json."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--workloads", default="cnn,resnet,lstm,llama")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--steps", type=int, default=3, help="steps per configuration per round")
    args = ap.parse_args()
    console = Console(width=170)
    cores, default_threads = available_cores(), torch.get_num_threads()
    names = args.workloads.split(",")
    load_before = os.getloadavg()[0]
    cache = Path(tempfile.mkdtemp(prefix="jack-bench-cache-"))  # measure afresh, under today's load

    controls = control_table() if cores >= 2 else []
    if controls:
        t = Table(title="Is a per-thread count honoured? busy OS threads, worker count vs other thread's count")
        for col in ("op", "torch stale 1v2", "torch stale 2v1", "jack stale 1v2", "jack stale 2v1",
                    "jack reset 1v2", "jack reset 2v1", "controllable", "µs at 1t", "µs at 2t"):
            t.add_column(col)
        for r in controls:
            t.add_row(r["op"], *[str(r[k]) for k in ("torch_stale_1v2", "torch_stale_2v1", "jack_stale_1v2",
                                                    "jack_stale_2v1", "jack_reset_1v2", "jack_reset_2v1",
                                                    "controllable")], f"{r['us_1t']:.0f}", f"{r['us_2t']:.0f}")
        console.print(t)

    rows, runtimes = {}, []
    with Progress(console=console, transient=True) as progress:
        for name in names:
            rows[name], rt = run_workload(name, cores, default_threads, args.rounds, args.steps, cache, progress)
            runtimes.append(rt)
            r = rows[name]
            console.print(f"{name}: default {r['default']:.1f} ms, best global {r['best_global']:.1f} ms "
                          f"({r['best_global_threads']}t), jack {r['jack']:.1f} ms, eager {r['eager']:.1f} ms; "
                          f"load {os.getloadavg()[0]:.1f}")
            torch._dynamo.reset()

    t = Table(title=f"Training step, median ms ({cores} cores, {cpu_model()}, load {load_before:.1f} at start)")
    for col in ("workload", "eager", "default", "best global", "jack", "vs default [95% CI]",
                "vs best global [95% CI]", "jack plan (graph@caller count:choice)", "tuning s"):
        t.add_column(col)
    for name, r in rows.items():
        t.add_row(name, f"{r['eager']:.1f}", f"{r['default']:.1f}", f"{r['best_global']:.1f} ({r['best_global_threads']}t)",
                  f"{r['jack']:.1f}",
                  f"{r['default'] / r['jack']:.2f}x [{r['ci_vs_default'][0]:.2f}-{r['ci_vs_default'][1]:.2f}]",
                  f"{r['best_global'] / r['jack']:.2f}x [{r['ci_vs_best_global'][0]:.2f}-{r['ci_vs_best_global'][1]:.2f}]",
                  r["plan"], f"{r['tuning_s']:.1f}")
    console.print(t)

    # Every workload's runtime holds the same cache object's profiles of its own graphs; an op
    # signature shared by two workloads is counted once.
    profiles = list({id(p): p for rt in runtimes for p in rt.profiles()}.values())
    model_mape = mape(profiles)
    plan_err = [e for rt in runtimes for e in plan_errors(rt)]
    result = {
        "workloads": len(rows),
        "mean_speedup_vs_default": statistics.mean(r["default"] / r["jack"] for r in rows.values()),
        "mean_speedup_vs_best_global": statistics.mean(r["best_global"] / r["jack"] for r in rows.values()),
        "mape_pct": model_mape,
        "cores": cores,
        "mape_definition": "per (op signature, thread count): |model - median of held-out profiled steps| "
                           "/ that median, averaged; the model is fitted to the other profiled steps",
        "mape_pct_1_thread": mape(profiles, (1,)),
        "mape_pct_time_weighted": mape(profiles, weighted=True),
        "mape_pct_median_op": median_ape(profiles),
        "plan_prediction_error_pct": 100 * statistics.mean(plan_err) if plan_err else None,
        "plan_prediction_error_median_pct": 100 * statistics.median(plan_err) if plan_err else None,
        "plans_raced": len(plan_err),
        "ops_profiled": len(profiles),
        "default_threads": default_threads,
        "load_avg_1min_start": load_before,
        "load_avg_1min_end": os.getloadavg()[0],
        "cpu": cpu_model(),
        "torch": torch.__version__,
        "python": platform.python_version(),
        "rounds": args.rounds,
        "steps_per_round": args.steps,
        "ops_not_thread_controllable": ", ".join(r["op"] for r in controls if not r["controllable"]),
        "overheads_us": runtimes[0]._overheads if runtimes else None,
    }
    for r in controls:  # busy OS threads with the worker at 1 (2) while another thread holds 2 (1), and times
        slug = r["op"].split(" (")[0].replace(" ", "_")
        result[f"control_{slug}_busy_1v2"] = r["jack_reset_1v2"]
        result[f"control_{slug}_busy_2v1"] = r["jack_reset_2v1"]
        result[f"control_{slug}_us_1t"] = r["us_1t"]
        result[f"control_{slug}_us_2t"] = r["us_2t"]
    for name, r in rows.items():
        result[f"{name}_step_ms_default"] = r["default"]
        result[f"{name}_step_ms_best_global"] = r["best_global"]
        result[f"{name}_step_ms_jack"] = r["jack"]
        result[f"{name}_step_ms_eager"] = r["eager"]
        result[f"{name}_best_global_threads"] = r["best_global_threads"]
        result[f"{name}_speedup_vs_default"] = r["default"] / r["jack"]
        result[f"{name}_speedup_vs_best_global"] = r["best_global"] / r["jack"]
        # Bootstrap 95% intervals of the two ratios; one that holds 1.0 means "no difference".
        result[f"{name}_speedup_vs_default_ci95"] = list(r["ci_vs_default"])
        result[f"{name}_speedup_vs_best_global_ci95"] = list(r["ci_vs_best_global"])
        result[f"{name}_tuning_s"] = r["tuning_s"]
        result[f"{name}_plan"] = r["plan"]
        result[f"{name}_host_threads"] = r["host_threads"]
    console.print(f"mean speedup vs default {result['mean_speedup_vs_default']:.2f}x, vs best global "
                  f"{result['mean_speedup_vs_best_global']:.2f}x; model MAPE {model_mape or float('nan'):.1f}% "
                  f"on held-out samples of {len(profiles)} op signatures; plan-time prediction error "
                  f"{result['plan_prediction_error_pct'] or float('nan'):.1f}%")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=1))
    console.print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
