"""`jack label`: a file or stdin in, labelled JSONL out, a progress bar and a summary table."""

import csv
import json
import sys
from dataclasses import fields
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from jackpeer.errors import ConfigError, InputError
from jackpeer.label.config import LabelConfig
from jackpeer.label.io import _format, label_records, open_lines, read_records
from jackpeer.label.placement import Plan


def parse_settings(settings: list[str]) -> LabelConfig:
    """LabelConfig from "name=value" strings (values converted to each field's type)."""
    types = {f.name: f.type for f in fields(LabelConfig)}
    values = {}
    for s in settings:
        name, sep, raw = s.partition("=")
        if not sep or name not in types:
            raise ConfigError(f"bad setting {s!r}: use name=value with a name among {sorted(types)}")
        kind = {"int": int, "float": float, "str": str, "bool": lambda v: v.lower() in ("1", "true", "yes")}.get(
            str(types[name]), str)
        try:
            values[name] = kind(raw)
        except ValueError as err:
            raise ConfigError(f"setting {name} needs a {kind.__name__}, got {raw!r}") from err
    return LabelConfig.from_dict(values)


def run(input_path: str | None, seed_path: str | None, out_path: str | None, column: str | None,
        label_column: str, id_column: str | None, fmt: str, latency_ms: float, settings: list[str],
        naive: bool) -> None:
    """Label every item of the input and write one JSON line per decision (revisions of earlier items
    come as extra lines with "revised": true)."""
    err = Console(stderr=True)
    config = parse_settings(settings)
    seed = None
    if seed_path:
        with open_lines(seed_path) as lines:
            try:
                seed = list(read_records(lines, _format(seed_path, fmt), column, label_column, None))
            except InputError as e:
                raise InputError(f"seed file {seed_path}: {e}") from e
        if any(r.label in (None, "") for r in seed):
            raise InputError(f"{seed_path}: every seed row needs a value in the label column {label_column!r}")
    features = None
    if seed_path and _format(seed_path, fmt) == "csv" and column is None:
        # the stream's vectors must have the seed's columns, by name
        with open_lines(seed_path) as lines:
            header = next(csv.reader(lines), [])
        features = [c for c in header if c not in (label_column, id_column)]
    name = input_path or "-"
    total = None
    if name != "-":
        with open_lines(name) as lines:
            total = sum(1 for line in lines if line.strip()) - (1 if _format(name, fmt) == "csv" else 0)
    out = open(out_path, "w", encoding="utf-8") if out_path else sys.stdout  # noqa: SIM115 - closed below
    progress = Progress(TextColumn("labeling"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, transient=True)
    task = progress.add_task("label", total=total)

    def write(decisions) -> None:
        for d in decisions:
            out.write(json.dumps(d.to_dict()) + "\n")
        out.flush()
        progress.advance(task, sum(1 for d in decisions if not d.revised))

    try:
        with progress, open_lines(name) as lines:
            labeler, summary = label_records(read_records(lines, _format(name, fmt), column, None, id_column, features),
                                             seed=seed, config=config, latency_bound=latency_ms / 1000,
                                             plan=Plan.naive(config.batch_size) if naive else None,
                                             on_decisions=write)
    finally:
        if out is not sys.stdout:
            out.close()
    if summary.plan is not None:
        err.print(summary.plan.table())
    table = Table(title=f"{summary.items} items in {summary.seconds:.1f} s "
                        f"({summary.items / max(summary.seconds, 1e-9):.0f} labels/s), {summary.revised} revisions")
    table.add_column("label")
    table.add_column("items at first sight", justify="right")
    for label, count in summary.labels.most_common():
        table.add_row(label, str(count))
    for kind in ("accept", "abstain", "unknown"):
        table.add_row(f"[dim]{kind}[/]", str(summary.kinds[kind]))
    for cand in summary.candidates:
        table.add_row(f"[bold]candidate {cand['label']}[/]", str(cand["members"]))
    err.print(table)
    if out_path:
        err.print(f"labels written to {Path(out_path)}")
