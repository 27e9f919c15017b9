"""Bench: exposure-bias strategies on the same small model, 3 seeds each (issue 3).

Trains a byte-level Llama (dim 128, 2 layers) from scratch on the bundled chatterbot-corpus
English conversations (or --data PATH: DailyDialog, PersonaChat, JSONL) with each strategy,
decodes the test split greedily, and prints the metric table (mean ± std over seeds) and each
strategy's training step time relative to teacher forcing measured in the same run.
Writes bench/results/dialog.json (flat).

    .venv/bin/python bench/dialog.py [--data PATH] [--steps 200] [--strategies a,b,c]
"""

import argparse
import json
import random
import resource
import statistics
import sys
import time
from pathlib import Path

import torch
from rich.console import Console
from rich.table import Table

from jackpeer.dialog.decode import greedy_decode
from jackpeer.dialog.evaluate import metrics_table, perplexity
from jackpeer.dialog.metrics import MiniLMEmbedder, corpus_bleu, evaluate_texts, words
from jackpeer.dialog.strategies import StrategyConfig
from jackpeer.dialog.trainer import TrainConfig, Trainer

METRICS = ("bleu1", "bleu2", "bleu3", "bleu4", "distinct1", "distinct2", "ppl",
           "sent_bleu2", "emb_average", "emb_extrema", "emb_greedy")


def bootstrap_bleu2(a: list[list[str]], b: list[list[str]], refs: list[list[str]], n: int = 1000) -> float:
    """Paired bootstrap: share of resamples of the test set on which corpus BLEU-2 of a exceeds b's."""
    rng = random.Random(0)
    wins = 0
    idx = range(len(refs))
    for _ in range(n):
        s = [rng.choice(idx) for _ in idx]
        wins += corpus_bleu([a[i] for i in s], [refs[i] for i in s], 2) > corpus_bleu([b[i] for i in s], [refs[i] for i in s], 2)
    return wins / n


def main() -> None:
    """Run every strategy × seed, print the tables and write the JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=None, help="corpus path (default: bundled chatterbot-corpus English)")
    ap.add_argument("--format", default="auto")
    ap.add_argument("--strategies", default="teacher_forcing,vanilla_ss,bilevel_ss")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--steps", type=int, default=150)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--test-examples", type=int, default=80)
    ap.add_argument("--threads", type=int, default=1, help="torch CPU threads (1 is fastest on a busy 2-core box)")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--out", default="bench/results/dialog.json")
    args = ap.parse_args()
    console = Console(width=200 if not sys.stdout.isatty() else None)
    strategies = args.strategies.split(",")
    if strategies[0] != "teacher_forcing":
        strategies = ["teacher_forcing"] + [s for s in strategies if s != "teacher_forcing"]
    embedder = MiniLMEmbedder()
    runs: dict[str, list[dict]] = {s: [] for s in strategies}
    hyps_by: dict[str, list[list[str]]] = {s: [] for s in strategies}
    refs_all: list[list[str]] = []
    t_start = time.time()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # MiniLM and corpora loaded
    for seed in range(args.seeds):
        for name in strategies:
            cfg = TrainConfig(
                data=args.data, format=args.format, skip_malformed=True, model="tiny",
                model_overrides={"dim": 128, "n_layers": 2, "n_heads": 4, "n_kv_heads": 2, "ffn_dim": 384},
                strategy=StrategyConfig(name=name), steps=args.steps, batch_size=args.batch_size, lr=2e-3,
                warmup=args.steps // 10, eval_every=args.steps, save_every=args.steps, seed=seed,
                out=f"runs/bench_dialog/{name}_seed{seed}", max_context=96, max_response=64, device=args.device,
                threads=args.threads, resume=False,
            )
            trainer = Trainer(cfg)
            if trainer.device.type == "cuda":
                torch.cuda.reset_peak_memory_stats()
            history = trainer.train()
            pairs = trainer.pairs["test"][: args.test_examples]
            model, enc = trainer.model.lm, trainer.encoder
            model.eval()
            outs = greedy_decode(model, [enc.context_ids(p) for p in pairs], cfg.max_response, trainer.stop_ids)
            hyps = [enc.tok.decode(o) for o in outs]
            result = evaluate_texts(hyps, [p.response for p in pairs], embedder)
            result["ppl"] = perplexity(model, enc, pairs)
            steady = history[len(history) // 10 :]  # leave the first steps (allocator warm-up) out
            # medians: the box is shared, and a neighbour's burst should not move one strategy's figure
            result["step_time"] = statistics.median(r["step_time"] for r in steady)
            result["tok_s"] = statistics.median(r["tok_s"] for r in steady)
            result["replace_rate"] = statistics.mean(r.get("replace_rate", 0.0) for r in steady)
            if trainer.device.type == "cuda":
                result["peak_mem_mb"] = torch.cuda.max_memory_allocated() / 2**20
            runs[name].append(result)
            hyps_by[name] += [words(h) for h in hyps]
            if name == strategies[0]:
                refs_all += [words(p.response) for p in pairs]
            console.print(f"seed {seed} {name}: loss {history[-1]['loss']:.3f} bleu2 {result['bleu2']:.4f} "
                          f"ppl {result['ppl']:.2f} step {result['step_time'] * 1000:.0f} ms  "
                          f"[{time.time() - t_start:.0f}s]  e.g. {hyps[0][:60]!r}")

    figures: dict = {}
    summary = {}
    for name in strategies:
        agg = {}
        for key in METRICS:
            vals = [r[key] for r in runs[name]]
            agg[key], agg[f"{key}_std"] = statistics.mean(vals), statistics.stdev(vals) if len(vals) > 1 else 0.0
            figures[f"{name}_{key}"], figures[f"{name}_{key}_std"] = agg[key], agg[f"{key}_std"]
        summary[name] = agg
        base = statistics.mean(r["step_time"] for r in runs["teacher_forcing"])
        figures[f"step_time_ms_{name}"] = statistics.mean(r["step_time"] for r in runs[name]) * 1000
        figures[f"step_time_ratio_{name}"] = statistics.mean(r["step_time"] for r in runs[name]) / base
        figures[f"tokens_per_s_{name}"] = statistics.mean(r["tok_s"] for r in runs[name])
        figures[f"replace_rate_{name}"] = statistics.mean(r["replace_rate"] for r in runs[name])
        if "peak_mem_mb" in runs[name][0]:
            figures[f"peak_gpu_mem_mb_{name}"] = max(r["peak_mem_mb"] for r in runs[name])
    if "bilevel_ss" in strategies and len(strategies) > 1:
        baselines = [s for s in strategies if s != "bilevel_ss"]
        best = max(baselines, key=lambda s: summary[s]["bleu2"])
        figures["bootstrap_best_baseline"] = best
        figures["bootstrap_p_bilevel_bleu2_gt_best"] = bootstrap_bleu2(hyps_by["bilevel_ss"], hyps_by[best], refs_all)
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["rss_before_training_mb"] = rss_before
    figures["truncated_train_examples"] = trainer.truncated
    figures["train_examples"] = len(trainer.examples["train"])
    figures.update(data=args.data or "chatterbot-corpus english", steps=args.steps, seeds=args.seeds,
                   batch_size=args.batch_size, test_examples=len(refs_all) // max(args.seeds, 1),
                   device=str(trainer.device), threads=args.threads, total_seconds=time.time() - t_start)

    dataset = Path(args.data).name if args.data else "chatterbot-corpus"
    console.print(metrics_table([(dataset, s, summary[s]) for s in strategies],
                                title=f"Dialogue generation, mean ± std over {args.seeds} seeds", max_new=64, unit="byte tokens"))
    timing = Table(title="Training cost (same run)")
    for col in ("strategy", "step ms", "× teacher forcing", "tokens/s", "replacement rate"):
        timing.add_column(col, justify="right")
    for s in strategies:
        timing.add_row(s, f"{figures[f'step_time_ms_{s}']:.0f}", f"{figures[f'step_time_ratio_{s}']:.2f}",
                       f"{figures[f'tokens_per_s_{s}']:.0f}", f"{figures[f'replace_rate_{s}']:.3f}")
    console.print(timing)
    console.print(f"peak RSS {figures['peak_rss_mb']:.0f} MB; total {figures['total_seconds']:.0f} s")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(figures, indent=2) + "\n")
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
