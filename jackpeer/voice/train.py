"""`jack voice train`: a LoRA adapter for Jack's turns, trained with the project's dialog trainer on the
example-turn corpus plus the facilitator's rewrites. Each example becomes the exact prompt the room
builds for its situation (turn_situation.prompt_messages) with the good turn as the reply.
"""

from __future__ import annotations

import json
import os
import resource
import time
from dataclasses import dataclass, field
from pathlib import Path

from jackpeer.errors import InputError
from jackpeer.model.loading import fast_bf16
from jackpeer.voice.lora import LoRAConfig, adapter_state, save_adapter

CORPUS = Path(__file__).with_name("data") / "turns_corpus.jsonl"


@dataclass
class VoiceConfig:
    """A bounded run: the defaults train in minutes on 2 CPU cores (LoRA on the last blocks only)."""

    corpus: list[str] = field(default_factory=lambda: [str(CORPUS)])
    db: str | None = None  # a room database: its facilitators' rewrites join the corpus
    rewrite_weight: int = 3  # each rewrite counts this many times (they are few, and they are this room's voice)
    out: str = "runs/voice/adapter.pt"
    model: str = "default"
    steps: int = 120
    batch_size: int = 8
    lr: float = 2e-3
    rank: int = 8
    alpha: float = 16.0
    layers: int = 6  # adapt the last N transformer blocks (0 = all)
    strategy: str = "teacher_forcing"  # or bilevel_ss (the trainer's scheduled sampling), vanilla_ss, ...
    strategy_options: dict = field(default_factory=dict)
    threads: int | None = None  # None: all cores, or 1 when the machine is already busy (load ≥ cores)
    seed: int = 0
    max_context: int = 512
    max_response: int = 64
    progress: bool = True


def auto_threads() -> int:
    """All cores on an idle machine; 1 on a busy one, where competing OpenMP threads slow training many times."""
    cores = os.cpu_count() or 1
    return 1 if os.getloadavg()[0] >= cores else cores


def read_examples(path: str | Path) -> list[dict]:
    """{"situation", "turn"} lines of a corpus file; InputError naming file:line for a malformed one."""
    out = []
    for i, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            ok = isinstance(row["situation"], dict) and isinstance(row["turn"], str) and row["turn"].strip()
        except (json.JSONDecodeError, KeyError, TypeError):
            ok = False
        if not ok:
            raise InputError(f"{path}:{i}: each line needs {{\"situation\": {{...}}, \"turn\": \"...\"}}")
        out.append(row)
    return out


def training_records(examples: list[dict]) -> list[dict]:
    """The trainer's JSONL records: system prompt as persona, the prompt's user message as context, the turn."""
    from jackpeer.peers.turn_situation import prompt_messages

    records = []
    for ex in examples:
        messages = prompt_messages(ex["situation"])
        system = [m["content"] for m in messages if m["role"] == "system"]
        context = [m["content"] for m in messages if m["role"] != "system"]
        records.append({"persona": system, "context": context, "response": ex["turn"].strip()})
    return records


def gather(cfg: VoiceConfig) -> tuple[list[dict], int]:
    """Corpus examples plus the database's rewrites (weighted); returns (examples, rewrites used)."""
    examples = [ex for path in cfg.corpus for ex in read_examples(path)]
    rewrites: list[dict] = []
    if cfg.db:
        from jackpeer.peers.store import Store

        if not Path(cfg.db).expanduser().exists():
            raise InputError(f"{cfg.db}: no such room database; give the file `jack room --db` uses")
        store = Store(Path(cfg.db).expanduser())
        try:
            rewrites = store.feedback_rewrites()
        finally:
            store.close()
    return examples + rewrites * cfg.rewrite_weight, len(rewrites)


def train_voice(cfg: VoiceConfig) -> dict:
    """Train and save the adapter; returns the run's figures (examples, minutes, tokens/s, peak RSS, losses)."""
    from jackpeer.dialog.trainer import TrainConfig, Trainer

    examples, n_rewrites = gather(cfg)
    if not examples:
        raise InputError("no training examples: give a corpus with lines, or a database with rewrites")
    run = Path(cfg.out).with_suffix("")
    run = run.with_name(run.name + "_run")
    run.mkdir(parents=True, exist_ok=True)
    data = run / "voice_train.jsonl"
    with data.open("w", encoding="utf-8") as fh:
        for rec in training_records(examples):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    lora = LoRAConfig(rank=cfg.rank, alpha=cfg.alpha, layers=cfg.layers)
    tcfg = TrainConfig.from_dict({
        "data": str(data), "format": "jsonl", "model": cfg.model, "steps": cfg.steps, "batch_size": cfg.batch_size,
        "lr": cfg.lr, "warmup": max(1, cfg.steps // 10), "weight_decay": 0.0, "eval_every": cfg.steps,
        "eval_examples": 16, "save_every": cfg.steps, "seed": cfg.seed, "out": str(run), "window": 1,
        "max_context": cfg.max_context, "max_response": cfg.max_response, "device": "cpu", "threads": cfg.threads or auto_threads(),
        "resume": False, "progress": cfg.progress, "cpu_bf16": fast_bf16(), "lora": {"rank": lora.rank, "alpha": lora.alpha,
                                                           "layers": lora.layers, "targets": lora.targets},
        "strategy": {"name": cfg.strategy, **cfg.strategy_options},
    })
    trainer = Trainer(tcfg)
    t0 = time.perf_counter()
    history = trainer.train()
    seconds = time.perf_counter() - t0
    tokens = sum(sum(len(e.ids) for e in trainer.step_examples(s)) for s in range(cfg.steps))
    summary = {
        "adapter": str(cfg.out), "examples": len(examples), "rewrites": n_rewrites,
        "train_pairs": len(trainer.examples["train"]), "steps": cfg.steps, "strategy": cfg.strategy,
        "train_minutes": round(seconds / 60, 2), "tokens_per_s": round(tokens / seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "first_loss": round(history[0]["loss"], 3), "last_loss": round(history[-1]["loss"], 3),
        "valid_loss": round(history[-1].get("valid_loss", float("nan")), 3),
        "threads": tcfg.threads, "load_average_end": [round(x, 2) for x in os.getloadavg()],
    }
    (run / "summary.json").write_text(json.dumps(summary, indent=2))
    state = adapter_state(trainer.model.lm, lora, base=cfg.model)
    state["train"] = summary  # how it was made travels with the adapter (bench/turns.py reports it)
    save_adapter(state, cfg.out)
    return summary
