"""Reports: a rich summary table, report.json, and report.html with embedded PNG plots."""

import base64
import html
import io
import json
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

MB = 2**20


def _fmt(value, digits: int = 1, unit: str = "") -> str:
    if value is None:
        return "n/a"
    return f"{value:,.{digits}f}{unit}"


def summary_rows(report: dict) -> list[tuple[str, str]]:
    """(metric, value) pairs shared by the terminal table and the HTML report."""
    st, ut, mem, en = report["steps"], report["utilization"], report["memory"], report["energy"]
    rows = [
        ("mode", report["meta"]["mode"]),
        ("steps (measured)", f"{st['count']} ({st['measured']})"),
        ("step time mean / median", f"{_fmt(st['mean_ms'], 2)} / {_fmt(st['median_ms'], 2)} ms"),
        ("step time CV", _fmt(st["cv_pct"], 1, " %")),
        ("throughput", _fmt(st["samples_per_s"], 1, " samples/s")),
    ]
    for name, ph in report["phases"].items():
        rows.append((f"phase {name}", f"{_fmt(ph['mean_ms'], 2)} ms ({_fmt(ph['share_pct'], 1)} %)"))
    if "cpu_mean_pct" in ut:
        rows.append(("CPU busy, mean per core", _fmt(ut["cpu_mean_pct"], 1, " %")))
        rows.append(("CPU busy per core", ", ".join(_fmt(v, 0) for v in ut["per_core_pct"]) + " %"))
        rows.append(("core idle ratio", ", ".join(_fmt(v, 2) for v in ut["idle_ratio"])))
        rows.append(("this process CPU", _fmt(ut["proc_cpu_pct"], 1, " %")))
        if ut.get("by_phase"):
            rows.append(("this process CPU by phase", ", ".join(
                f"{name} {_fmt(v['proc_cpu_pct'], 0)} % ({v['samples']} samples)" for name, v in ut["by_phase"].items())))
    if ut.get("gpu_util_pct"):
        rows.append(("GPU utilization", ", ".join(_fmt(v, 1) for v in ut["gpu_util_pct"]) + " %"))
    rows.append(("peak RSS", _fmt(mem.get("peak_rss_bytes", 0) / MB, 1, " MB")))
    for key in ("weights", "gradients", "optimizer_state", "input", "intermediate", "peak"):
        if key in mem.get("breakdown", {}):
            rows.append((f"memory: {key}", _fmt(mem["breakdown"][key] / MB, 2, " MB")))
    if en["available"]:
        rows.append(("energy per step", _fmt(en["j_per_step"], 3, " J")))
        if "memory_share_pct" in en:
            rows.append(("DRAM share of energy", _fmt(en["memory_share_pct"], 1, " %")))
    else:
        rows.append(("energy", en["reason"]))
    for name, state in report["meta"]["collectors"].items():
        rows.append((f"collector {name}", state))
    return rows


def print_summary(report: dict, console: Console | None = None, top: int = 12) -> None:
    """Print the summary and (when traced) the top ops and layers as rich tables."""
    console = console or Console()
    table = Table(title=f"profile: {report['name']}", show_header=False)
    for metric, value in summary_rows(report):
        table.add_row(metric, value)
    console.print(table)
    ops = report.get("ops")
    if not ops:
        return
    t = Table(title=f"top ops ({ops['time_source']}, {ops['traced_steps']} traced steps)")
    for col in ("op", "phase", "category", "ms/step", "share %", "CV %", "GFLOP/s", "MB/step"):
        t.add_column(col, justify="left" if col in ("op", "phase", "category") else "right")
    for e in ops["ops"][:top]:
        t.add_row(e["op"], e["phase"], e["category"], _fmt(e["ms_per_step"], 3), _fmt(e["share_pct"]),
                  _fmt(e["cv_pct"]), _fmt(e["gflops"]), _fmt(e["mem_mb_per_step"], 2))  # fmt: skip
    console.print(t)
    if ops["layers"]:
        t = Table(title="layers (forward and backward op time)")
        for col in ("module", "forward ms", "backward ms", "share %"):
            t.add_column(col, justify="left" if col == "module" else "right")
        for e in ops["layers"][:top]:
            t.add_row(e["module"], _fmt(e["forward_ms"], 3), _fmt(e["backward_ms"], 3), _fmt(e["share_pct"]))
        console.print(t)


def _json_default(obj):
    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    raise TypeError(f"not JSON-serialisable: {type(obj)}")


def write_json(report: dict, path: str | Path) -> Path:
    """Write the report as JSON."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=1, default=_json_default))
    return path


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def plots(report: dict) -> dict[str, str]:
    """Base64 PNGs: time per op type, memory over time, utilization over time, energy per step, step times."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = {}
    t_start = report["start_ns"]
    ops = report.get("ops")
    if ops:
        fig, (a, b) = plt.subplots(1, 2, figsize=(12, 4))
        cats = ops["categories_pct"]
        a.barh(list(cats)[::-1], list(cats.values())[::-1])
        a.set_xlabel("share of op time (%)")
        a.set_title("time per op category")
        top = ops["ops"][:12][::-1]
        b.barh([f"{e['op']} [{e['phase'][:3]}]" for e in top], [e["ms_per_step"] for e in top])
        b.set_xlabel("ms per step")
        b.set_title("top ops")
        out["time per op type"] = _png(fig)
    cpu = report["series"].get("cpu")
    if cpu and cpu["t_ns"]:
        t = (np.array(cpu["t_ns"]) - t_start) / 1e9
        fig, ax = plt.subplots(figsize=(12, 3.5))
        ax.plot(t, np.array(cpu["rss_bytes"]) / MB, label="process RSS")
        timeline = report["memory"].get("timeline")
        if timeline:
            tt = (np.array(timeline["t_ns"]) - t_start) / 1e9
            base = np.array(cpu["rss_bytes"]).min() / MB
            ax.plot(tt, base + np.array(timeline["bytes"]) / MB, label="allocator (traced steps, offset to min RSS)")
        ax.set_xlabel("time (s)")
        ax.set_ylabel("MB")
        ax.set_title("memory over time")
        ax.legend()
        out["memory over time"] = _png(fig)
        fig, ax = plt.subplots(figsize=(12, 3.5))
        for k in sorted(c for c in cpu if c.startswith("core")):
            ax.plot(t, cpu[k], label=k.replace("_pct", ""), lw=0.8)
        ax.plot(t, cpu["proc_cpu_pct"], label="this process", lw=1.2, color="k")
        gpu = report["series"].get("nvml") or report["series"].get("jetson")
        if gpu:
            tg = (np.array(gpu["t_ns"]) - t_start) / 1e9
            for k in (c for c in gpu if c.endswith("util_pct") or c == "gpu_load_pct"):
                ax.plot(tg, gpu[k], label=k, lw=1.2)
        for end in report["step_ends_ns"][:200]:
            ax.axvline((end - t_start) / 1e9, color="0.85", lw=0.5, zorder=0)
        ax.set_xlabel("time (s)")
        ax.set_ylabel("busy %")
        ax.set_title("utilization over time (grey lines: step ends)")
        ax.legend(loc="upper right", fontsize=7)
        out["utilization over time"] = _png(fig)
    if report["energy"].get("per_step_j"):
        fig, ax = plt.subplots(figsize=(12, 3))
        ax.plot(report["energy"]["per_step_j"], marker=".")
        ax.set_xlabel("measured step")
        ax.set_ylabel("J")
        ax.set_title("energy per step")
        out["energy per iteration"] = _png(fig)
    if report["steps"]["step_ms"]:
        fig, ax = plt.subplots(figsize=(12, 3))
        ax.plot(report["steps"]["step_ms"], marker=".")
        ax.set_xlabel("step")
        ax.set_ylabel("ms")
        ax.set_title("step time (all steps, warm-up and traced included)")
        out["step time"] = _png(fig)
    return out


def _table(rows: list[list], header: list[str]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def write_html(report: dict, path: str | Path) -> Path:
    """Write one self-contained HTML report (tables + embedded PNG plots)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    parts = [f"<h1>profile: {html.escape(report['name'])}</h1>",
             _table([list(r) for r in summary_rows(report)], ["metric", "value"])]  # fmt: skip
    if not report["energy"]["available"]:
        parts.append("<p>Energy per iteration: not available on this machine (see collectors above).</p>")
    ops = report.get("ops")
    if ops:
        rows = [[e["op"], e["phase"], e["category"], _fmt(e["ms_per_step"], 3), _fmt(e["share_pct"]),
                 _fmt(e["cv_pct"]), _fmt(e["gflops"]), _fmt(e["mem_mb_per_step"], 2),
                 _fmt(e.get("energy_j_per_step_est"), 4)] for e in ops["ops"][:30]]  # fmt: skip
        parts.append(f"<h2>ops ({html.escape(ops['time_source'])})</h2>")
        parts.append(_table(rows, ["op", "phase", "category", "ms/step", "share %", "CV %", "GFLOP/s", "MB/step",
                                   "J/step (estimate)"]))  # fmt: skip
        if ops["energy_per_op_model"]:
            parts.append(f"<p>Per-op energy is an {html.escape(ops['energy_per_op_model'])}.</p>")
        rows = [[e["module"], _fmt(e["forward_ms"], 3), _fmt(e["backward_ms"], 3), _fmt(e["share_pct"])]
                for e in ops["layers"][:30]]  # fmt: skip
        parts.append("<h2>layers</h2>" + _table(rows, ["module", "forward ms", "backward ms", "share %"]))
    for title, png in plots(report).items():
        parts.append(f"<h2>{html.escape(title)}</h2><img src='data:image/png;base64,{png}'>")
    style = "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}"
    path.write_text(f"<!doctype html><html><head><meta charset='utf-8'><title>profile {html.escape(report['name'])}"
                    f"</title><style>{style}</style></head><body>{''.join(parts)}</body></html>")  # fmt: skip
    return path


def write_reports(report: dict, out_dir: str | Path) -> tuple[Path, Path]:
    """report.json and report.html into out_dir."""
    out_dir = Path(out_dir)
    return write_json(report, out_dir / "report.json"), write_html(report, out_dir / "report.html")
