"""Reading items from JSONL / CSV / text lines, and labeling a whole stream of them — the Python API
that `jack label` wraps."""

import csv
import json
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from jackpeer.errors import InputError
from jackpeer.label.config import LabelConfig
from jackpeer.label.labeler import AutoLabeler, Decision
from jackpeer.label.placement import Plan, Runtime


@dataclass
class Record:
    """One input row: its id, the item (text or list of numbers) and, in seed files, its label."""

    id: int | str
    item: object
    label: str | None = None
    line: int = 0


def _format(name: str, fmt: str) -> str:
    if fmt != "auto":
        if fmt not in ("jsonl", "csv", "text"):
            raise InputError(f"unknown format {fmt!r}; use jsonl, csv or text")
        return fmt
    suffix = Path(name).suffix.lower()
    return {".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}.get(suffix, "text")


def _missing(columns: list[str], wanted: dict[str, str | None]) -> None:
    for role, col in wanted.items():
        if col is not None and col not in columns:
            raise InputError(f"the {role} column {col!r} is not in the input; its columns are {columns}")


def read_records(lines: Iterable[str], fmt: str, column: str | None = None, label_column: str | None = None,
                 id_column: str | None = None, features: list[str] | None = None) -> Iterator[Record]:
    """Parse rows lazily. JSONL: `column` (default "text", or "vector"/"features" if present) holds
    the item; CSV: `column` holds a text, else the `features` columns (default: all but id/label) make
    the vector;
    text: one item per non-blank line. Unknown columns and malformed rows raise InputError."""
    if fmt == "text":
        for n, line in enumerate(lines, 1):
            if line.strip():
                yield Record(n - 1, line.rstrip("\r\n"), None, n)
        return
    if fmt == "csv":
        reader = csv.DictReader(lines)
        columns = reader.fieldnames or []
        _missing(columns, {"item": column, "label": label_column, "id": id_column})
        if features is not None and column is None:
            _missing(columns, {f"feature ({', '.join(features)} as in the seed file)": f for f in features})
        features = features or [c for c in columns if c not in (label_column, id_column)]
        for n, row in enumerate(reader, 2):
            if column is not None:
                item = row[column]
            else:
                try:
                    item = [float(row[c]) for c in features]
                except (TypeError, ValueError) as err:
                    raise InputError(f"line {n}: a feature column is not a number ({err}); "
                                     "name the text column with --column") from err
            yield Record(row[id_column] if id_column else n - 2, item, row[label_column] if label_column else None, n)
        return
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"line {n} is not valid JSON ({err.msg}); fix or remove it") from err
        if not isinstance(row, dict):
            row = {"text": row} if isinstance(row, str) else {"vector": row}
        col = column or next((c for c in ("text", "vector", "features") if c in row), None)
        _missing(list(row), {"item": col or "text", "label": label_column, "id": id_column})
        yield Record(row[id_column] if id_column else n - 1, row[col], row.get(label_column) if label_column else None, n)


def open_lines(path: str | None):
    """Lines of a file, or of stdin for None / "-"."""
    import sys

    if path in (None, "-"):
        return sys.stdin
    p = Path(path)
    if not p.exists():
        raise InputError(f"no such file: {path}")
    return open(p, encoding="utf-8", newline="")


@dataclass
class Summary:
    """What a labeling run did: counts per label and kind, throughput, the plan."""

    items: int = 0
    kinds: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    revised: int = 0
    seconds: float = 0.0
    plan: Plan | None = None
    candidates: list = field(default_factory=list)


def label_records(records: Iterable[Record], seed: list[Record] | None = None, config: LabelConfig | None = None,
                  latency_bound: float = 0.1, plan: Plan | None = None, on_decisions=None,
                  labeler: AutoLabeler | None = None) -> tuple[AutoLabeler, Summary]:
    """Label a stream: fit the seed (if any), run the runtime's plan, hand every decision (and every
    revision of an earlier one) to `on_decisions` as soon as its batch is done. A bad record raises
    InputError after the items before it were labelled and handed over."""
    labeler = labeler or AutoLabeler(config)
    if seed:
        labeler.fit_seed([r.item for r in seed], [r.label for r in seed])
    runtime = Runtime(labeler, latency_bound=latency_bound, plan=plan)
    summary = Summary()
    start = time.perf_counter()

    def emit(decisions: list[Decision]) -> None:
        for d in decisions:
            if d.revised:
                summary.revised += 1
            else:
                summary.items += 1
                summary.kinds[d.kind] += 1
                summary.labels[d.label or "(unknown)"] += 1
        if decisions and on_decisions is not None:
            on_decisions(decisions)

    try:
        for record in records:
            try:
                emit(runtime.feed([record.item], [record.id]))
            except InputError as err:
                raise InputError(f"line {record.line}: {err}") from err
    finally:
        emit(runtime.flush())  # whatever was queued before a bad record still gets its labels
        emit(labeler.finish())  # end of input: U and the backlog get their final decisions
        summary.seconds = time.perf_counter() - start
        summary.plan = runtime.current
        summary.candidates = labeler.candidates()
    return labeler, summary
