"""Turn benchmark (issue 13 §1): does each of Jack's turns do its job?

For every situation (one room moment per JSONL line, see jackpeer/peers/data/SITUATIONS.md) it builds the
room state, lets Jack take exactly that turn through the room's code path — plan, prompt, model, cleaning,
screen — with the default model, and scores the text with the turn rules (jackpeer/peers/turn_checks.py).

    .venv/bin/python bench/turns.py --situations FILE --out OUT.jsonl   # one line per situation
    .venv/bin/python bench/turns.py                                     # the project's sets -> turns.json

Per line: {"id", "text", "first_token_s", "reply_s", "blocked"} plus the broken rules, the turn's kind and
where its text came from. Without arguments both sets (dev, held-out) run twice in the same process: Jack as
he is now (best-of-N from the talk move, templates as the floor) and the baseline, today's behaviour before
this issue (the plan's directive worded by the model once, a fixed sentence appended when it missed the point).
Writes bench/results/turns.json. Timings are wall-clock on this machine; the load average is recorded.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

from jackpeer.peers.agent import Agent
from jackpeer.peers.policy import Policy, PolicyConfig
from jackpeer.peers.tools import ToolRequest
from jackpeer.peers.turn_checks import KINDS, TurnContext, failed_rules
from jackpeer.peers.turn_situation import session_from_situation
from jackpeer.percentile import percentile

DATA = Path(__file__).resolve().parent.parent / "jackpeer" / "peers" / "data"
SETS = {"dev": DATA / "situations_dev.jsonl", "heldout": DATA / "situations_heldout.jsonl"}
RESULT = Path(__file__).resolve().parent / "results" / "turns.json"
NOW = 100_000.0  # the situation's clock: every time in a session is relative to it


def read_situations(path: Path) -> list[dict]:
    """The situations of a JSONL file (blank lines skipped)."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def take_turn(sit: dict, backend, screen, best_of: int) -> dict:
    """Jack's turn for one situation: text, timings, screen verdict, broken rules."""
    session, trigger = session_from_situation(sit, NOW)
    agent = Agent(session, Policy(session.role, PolicyConfig.for_role(session.role), session.agent_name),
                  best_of=best_of, screen=screen)
    plan = agent.plan_for(trigger, NOW)
    history = [{"role": "assistant" if t.kind == "agent" else "user", "content": t.text} for t in session.turns[-4:]]
    if plan.next_phase:
        session.next_phase(NOW)  # the room moves the phase before it speaks (jack_turns.run_turn)
    t0 = time.perf_counter()
    first, text = None, ""
    for piece in agent.reply(plan, backend, NOW):
        if isinstance(piece, ToolRequest) or not piece:
            continue
        if first is None:
            first = time.perf_counter() - t0
        text += piece
    reply_s = time.perf_counter() - t0
    text = text.strip()
    blocked = bool(text) and not screen.check_agent(text, history=history).safe
    ctx = TurnContext.from_situation(sit)
    return {"id": sit["id"], "text": text, "first_token_s": round(first if first is not None else reply_s, 3),
            "reply_s": round(reply_s, 3), "blocked": blocked, "kind": ctx.kind, "source": plan.source,
            "failed": failed_rules(text, ctx, blocked)}


def summary(rows: list[dict]) -> dict:
    """Pass rate overall and per kind, invented and blocked rates, timing percentiles."""
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for r in rows:
        by_kind[r["kind"]].append(not r["failed"])
    firsts, fulls = [r["first_token_s"] for r in rows], [r["reply_s"] for r in rows]
    return {
        "n": len(rows),
        "pass_rate": round(sum(not r["failed"] for r in rows) / len(rows), 3),
        "pass_rate_by_kind": {k: round(sum(v) / len(v), 3) for k in KINDS if (v := by_kind.get(k))},
        "invented_rate": round(sum("invents_nothing" in r["failed"] for r in rows) / len(rows), 3),
        "blocked_rate": round(sum(r["blocked"] for r in rows) / len(rows), 3),
        "template_rate": round(sum(r["source"] == "template" for r in rows) / len(rows), 3),
        "first_token_p50_s": round(percentile(firsts, 0.5), 3), "first_token_p95_s": round(percentile(firsts, 0.95), 3),
        "reply_p50_s": round(percentile(fulls, 0.5), 3), "reply_p95_s": round(percentile(fulls, 0.95), 3),
    }


def run(sits: list[dict], backend, screen, best_of: int, label: str, console: Console,
        out: Path | None = None) -> list[dict]:
    """Every situation's turn, with a progress line per turn; each line is also appended to `out` as it comes."""
    rows = []
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("", encoding="utf-8")
    for i, sit in enumerate(sits, 1):
        rows.append(take_turn(sit, backend, screen, best_of))
        r = rows[-1]
        if out is not None:
            with open(out, "a", encoding="utf-8") as f:
                f.write(json.dumps(r) + "\n")
        console.print(f"[dim]{label} {i}/{len(sits)} {r['id']} {r['reply_s']:.1f}s "
                      f"{'ok' if not r['failed'] else ','.join(r['failed'])}[/dim]")
    return rows


def lines_path(name: str, baseline: bool) -> Path:
    """Where the default run keeps one set's per-turn lines (bench/results/turns_<set>[_baseline].jsonl)."""
    return RESULT.parent / f"turns_{name}{'_baseline' if baseline else ''}.jsonl"


def summarize_lines() -> dict[str, dict]:
    """Summaries of the per-turn lines earlier runs left, each set's two runs cut to the situations both
    reached (a run stopped early is compared on the same turns only)."""
    figures = {}
    for name in SETS:
        new, base = lines_path(name, False), lines_path(name, True)
        if not (new.exists() and base.exists()):
            continue
        rows, base_rows = read_situations(new), read_situations(base)
        both = {r["id"] for r in rows} & {r["id"] for r in base_rows}
        if both:
            figures[name] = summary([r for r in rows if r["id"] in both])
            figures[f"{name}_baseline"] = summary([r for r in base_rows if r["id"] in both])
    return figures


def write_result(figures: dict[str, dict], extra: dict, console: Console) -> None:
    """bench/results/turns.json from the runs' summaries (keeping an adapter run's figures)."""
    held, base = figures["heldout"], figures["heldout_baseline"]
    out = {
        "situations": sum(f["n"] for k, f in figures.items() if not k.endswith("_baseline")),
        "heldout_situations": held["n"],
        "pass_rate_heldout": held["pass_rate"], "pass_rate_heldout_baseline": base["pass_rate"],
        "pass_rate_by_kind": held["pass_rate_by_kind"], "pass_rate_by_kind_baseline": base["pass_rate_by_kind"],
        "invented_rate": held["invented_rate"], "invented_rate_baseline": base["invented_rate"],
        "blocked_rate": held["blocked_rate"], "blocked_rate_baseline": base["blocked_rate"],
        "template_rate": held["template_rate"],
        "first_token_p50_s": held["first_token_p50_s"], "first_token_p95_s": held["first_token_p95_s"],
        "reply_p50_s": held["reply_p50_s"], "reply_p95_s": held["reply_p95_s"],
        "baseline_first_token_p50_s": base["first_token_p50_s"], "baseline_reply_p50_s": base["reply_p50_s"],
        "baseline_reply_p95_s": base["reply_p95_s"],
    }
    if "dev" in figures and "dev_baseline" in figures:
        out |= {"dev_situations": figures["dev"]["n"], "pass_rate_dev": figures["dev"]["pass_rate"],
                "pass_rate_dev_baseline": figures["dev_baseline"]["pass_rate"]}
    out["situations_in_sets"] = {name: len(read_situations(path)) for name, path in SETS.items()}
    out |= extra
    if RESULT.exists():  # keep figures other runs added (the adapter's)
        old = json.loads(RESULT.read_text(encoding="utf-8"))
        out = {**{k: v for k, v in old.items() if k.startswith(("pass_rate_heldout_adapter", "adapter_"))}, **out}
    RESULT.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {RESULT}")


def load_parts(args):
    """The backend (the default local model, a model file, or a remote endpoint) and the screen, loaded as `jack room`
    loads them: on threads that end, this thread on one core from here on. Loaded on this thread, its OpenMP team
    of two lived beside the engine's thread, and every decode step waited for its workers to be woken (torch_threads.py)."""
    from jackpeer.peers.app import load_room_parts

    backend, screen, _ = load_room_parts(args.model, args.backend_url, args.backend_model, adapter=args.adapter)
    if hasattr(backend, "warm"):
        backend.warm()
    # The room's compiled step is its engine's. Until session 20 this waited for the lm's own step (which the room
    # never uses), so the engine's warm-up and first live trace ran beside the first turns (one took 33 s).
    if hasattr(backend, "compile"):
        backend.compile(timeout=600)
    return backend, screen


def run_adapter(args, backend, screen, console: Console, load_start: list[float]) -> None:
    """The held-out set with an adapter (issue 13 §3): one sample and best-of-N, added to turns.json next to
    the base model's figures, with the adapter's training figures (time, tokens/s, peak memory)."""
    from jackpeer.voice.lora import load_adapter

    sits = read_situations(SETS["heldout"])[: args.limit or None]
    figures = {}
    for tail, best_of in (("_adapter_single", 1), ("_adapter", args.best_of)):
        rows = run(sits, backend, screen, best_of, f"heldout{tail}", console, RESULT.parent / f"turns_heldout{tail}.jsonl")
        figures[f"heldout{tail}"] = summary(rows)
    console.print(table(f"Jack's turns with adapter {args.adapter}", figures))
    single, best = figures["heldout_adapter_single"], figures["heldout_adapter"]
    train = load_adapter(args.adapter).get("train", {})
    out = json.loads(RESULT.read_text(encoding="utf-8")) if RESULT.exists() else {}
    out |= {"pass_rate_heldout_adapter": best["pass_rate"], "pass_rate_heldout_adapter_single": single["pass_rate"],
            "adapter_pass_rate_by_kind": best["pass_rate_by_kind"], "adapter_invented_rate": best["invented_rate"],
            "adapter_blocked_rate": best["blocked_rate"], "adapter_template_rate": best["template_rate"],
            "adapter_single_invented_rate": single["invented_rate"], "adapter_reply_p50_s": best["reply_p50_s"],
            "adapter_single_reply_p50_s": single["reply_p50_s"], "adapter_heldout_situations": best["n"],
            "adapter": str(args.adapter), "adapter_train_minutes": train.get("train_minutes"),
            "adapter_train_tokens_per_s": train.get("tokens_per_s"), "adapter_train_peak_rss_mb": train.get("peak_rss_mb"),
            "adapter_load_average": [load_start, [round(x, 2) for x in os.getloadavg()]]}
    RESULT.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    console.print(f"added the adapter's figures to {RESULT}")


def table(title: str, figures: dict[str, dict]) -> Table:
    """Pass rates per kind and the timing figures, one column per run."""
    t = Table(title=title)
    t.add_column("")
    for name in figures:
        t.add_column(name, justify="right")
    for k in KINDS:
        t.add_row(k, *(f"{f['pass_rate_by_kind'].get(k, float('nan')):.2f}" for f in figures.values()))
    for key in ("pass_rate", "invented_rate", "blocked_rate", "template_rate", "first_token_p50_s",
                "first_token_p95_s", "reply_p50_s", "reply_p95_s", "n"):
        t.add_row(key, *(str(f[key]) for f in figures.values()))
    return t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--situations", type=Path, help="a situation JSONL file (default: the project's dev and held-out sets)")
    ap.add_argument("--out", type=Path, help="where to write one JSON line per situation (with --situations)")
    ap.add_argument("--baseline", action="store_true", help="with --situations: today's single-sample turn instead")
    ap.add_argument("--best-of", type=int, default=4, help="candidates per turn (default 4)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N situations of each set (0: all)")
    ap.add_argument("--summarize", action="store_true",
                    help="only write turns.json from the per-turn lines of earlier runs (bench/results/turns_*.jsonl)")
    ap.add_argument("--model", default=None, help="a model file instead of the default model")
    ap.add_argument("--backend-url", default=None, help="an OpenAI-compatible endpoint instead of the local model")
    ap.add_argument("--backend-model", default="default")
    ap.add_argument("--adapter", default=None,
                    help="a LoRA adapter (jack voice train) merged into the local model; 'none': the plain model "
                         "(default: as jack room, the shipped adapter if any). Without --situations: held-out set "
                         "only, single sample and best-of-N, figures added to turns.json as pass_rate_heldout_adapter*")
    args = ap.parse_args()
    console = Console()
    if args.summarize:
        figures = summarize_lines()
        console.print(table("Jack's turns (from the per-turn lines)", figures))
        write_result(figures, {"best_of": args.best_of, "from_lines": True}, console)
        return
    load_start = [round(x, 2) for x in os.getloadavg()]
    backend, screen = load_parts(args)
    if args.situations:
        sits = read_situations(args.situations)[: args.limit or None]
        rows = run(sits, backend, screen, 1 if args.baseline else args.best_of, "turn", console, args.out)
        console.print(table(str(args.situations), {"baseline" if args.baseline else "jack": summary(rows)}))
        console.print(f"load average: start {load_start}, end {[round(x, 2) for x in os.getloadavg()]}")
        return
    if args.adapter and args.adapter != "none":
        return run_adapter(args, backend, screen, console, load_start)
    figures: dict[str, dict] = {}
    for name, path in SETS.items():
        sits = read_situations(path)[: args.limit or None]
        # the same turns, baseline first, so neither run profits from a cache the other warmed
        for tail, best_of in (("_baseline", 1), ("", args.best_of)):
            rows = run(sits, backend, screen, best_of, f"{name}{tail}", console, lines_path(name, bool(tail)))
            figures[f"{name}{tail}"] = summary(rows)
    console.print(table("Jack's turns: pass rates per kind (baseline = today's single sample)", figures))
    write_result(figures, {"best_of": args.best_of, "model": getattr(backend, "name", "backend"),
                           "screen": screen.name, "load_average_start": load_start,
                           "load_average_end": [round(x, 2) for x in os.getloadavg()]}, console)


if __name__ == "__main__":
    sys.exit(main())
