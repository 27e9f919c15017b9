"""Showing what the runtime decided: tables of plans and ops, and a Gantt chart of a schedule."""

from pathlib import Path

from rich.console import Console
from rich.table import Table

from jackpeer.runtime.backend import JackGraph, JackRuntime
from jackpeer.runtime.perfmodel import mape
from jackpeer.runtime.schedule import Schedule


def runtime_report(rt: JackRuntime) -> dict:
    """Everything decided so far, as plain data (for JSON)."""
    return {
        "cores": rt.config.cores, "mode": rt.config.mode, "threads_swept": list(rt.config.threads),
        "overheads_us": rt._overheads, "host_threads": rt.host_threads,
        "mape_pct": mape(rt.profiles()),
        "graphs": [g.summary() | {"ops": g.op_rows()} for g in rt.graphs],
    }


def print_report(rt: JackRuntime, console: Console, top: int = 12) -> None:
    """Print per graph its predicted makespans and verdict, then its slowest ops with their counts."""
    t = Table(title=f"jack runtime plans ({rt.config.cores} cores, mode {rt.config.mode}): predicted / measured µs")
    for col in ("graph", "caller t", "nodes", "compute", "measured ops", "candidates (predicted/measured µs)",
                "chosen", "lanes"):
        t.add_column(col)
    for g in rt.graphs:
        s = g.summary()
        meas = s["measured_us"]
        cands = "  ".join(f"{k} {p:.0f}/{meas[k]:.0f}" if k in meas else f"{k} {p:.0f}"
                          for k, p in s["predicted_us"].items())
        t.add_row(s["graph"], str(s["caller_threads"]), str(s["nodes"]), str(s["compute_nodes"]),
                  str(s["profiled_ops"]), cands, str(s["chosen"]), str(s["lanes"]))
    console.print(t)
    for g in rt.graphs:
        print_schedule(g, console, top)
    if rt.host_threads is not None:
        console.print(f"code outside the graphs (autograd glue, zero_grad): {rt.host_threads} thread(s)")
    err = mape(rt.profiles())
    if err is not None:
        console.print(f"performance model error on held-out measurements: MAPE {err:.1f}%")


def print_schedule(g: JackGraph, console: Console, top: int = 12) -> None:
    """The slowest compute ops of a graph: predicted time at each count, chosen count and lane."""
    rows = g.op_rows()[:top]
    if not rows:
        return
    counts = sorted(rows[0]["predicted_us"])
    t = Table(title=f"{g.name}: slowest ops ({g.choice or g.chosen.kind} plan)")
    for col in ["node", "op"] + [f"T({c}) µs" for c in counts] + ["threads", "lane"]:
        t.add_column(col)
    for r in rows:
        t.add_row(r["node"], r["op"], *[f"{r['predicted_us'][c]:.0f}" for c in counts], str(r["threads"]),
                  str(r["lane"]))
    console.print(t)


def draw_gantt(schedules: list[tuple[str, Schedule]], path: Path, cores: int) -> Path:
    """Gantt PNG: one row per lane of each schedule, bars shaded by thread count, critical ops named."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = sum(s.lanes for _, s in schedules)
    fig, ax = plt.subplots(figsize=(12, 1.0 + 0.6 * rows))
    cmap = plt.get_cmap("viridis", max(cores, 2))
    y, ticks, labels = 0, [], []
    for title, s in schedules:
        longest = sorted(s.slots, key=lambda sl: sl.start - sl.end)[:8]
        for lane in range(s.lanes):
            for sl in (sl for sl in s.slots if sl.lane == lane):
                ax.barh(y, (sl.end - sl.start) / 1e3, left=sl.start / 1e3, height=0.8,
                        color=cmap(sl.threads - 1), edgecolor="black", linewidth=0.2)
                if sl in longest:
                    ax.text((sl.start + sl.end) / 2e3, y, sl.node.name, ha="center", va="center", fontsize=6,
                            color="white")
            ticks.append(y)
            labels.append(f"{title} lane {lane}")
            y += 1
    ax.set_yticks(ticks, labels)
    ax.invert_yaxis()
    ax.set_xlabel("predicted time (ms)")
    handles = [plt.Rectangle((0, 0), 1, 1, color=cmap(t - 1)) for t in range(1, cores + 1)]
    ax.legend(handles, [f"{t} thread{'s' if t > 1 else ''}" for t in range(1, cores + 1)], loc="lower right",
              fontsize=7)
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
