"""`jack voice`: train a LoRA adapter for Jack's turns (imports torch only inside the command)."""

from __future__ import annotations

import json

import typer
from rich.console import Console

voice_app = typer.Typer(help="Jack's voice: fine-tune a LoRA adapter from example turns and facilitator rewrites.",
                        no_args_is_help=True)
console = Console()


@voice_app.command("train")
def train(
    out: str = typer.Option("runs/voice/adapter.pt", "--out", "-o", help="Adapter file to write."),
    db: str = typer.Option(None, help="Room database (`jack room --db`): its facilitators' rewrites join the corpus."),
    corpus: list[str] = typer.Option(None, help="Example-turn JSONL ({situation, turn} per line); default: the shipped corpus."),
    steps: int = typer.Option(120, help="Optimiser steps (120 x 8 examples: the measured run, 31 min at load 10-18)."),
    batch_size: int = typer.Option(8, help="Examples per step."),
    lr: float = typer.Option(2e-3, help="Peak learning rate."),
    rank: int = typer.Option(8, help="LoRA rank."),
    layers: int = typer.Option(6, help="Adapt the last N transformer blocks (0 = all; more is slower)."),
    strategy: str = typer.Option("teacher_forcing", help="Dialog trainer strategy, e.g. bilevel_ss or vanilla_ss."),
    threads: int = typer.Option(None, help="CPU threads (default: all cores, 1 when the machine is busy)."),
    seed: int = typer.Option(0, help="Random seed."),
) -> None:
    """Fine-tune a LoRA adapter on the default model; use it with `jack room --adapter OUT`."""
    from jackpeer.voice.train import VoiceConfig, train_voice

    cfg = VoiceConfig(out=out, db=db, steps=steps, batch_size=batch_size, lr=lr, rank=rank, layers=layers,
                      strategy=strategy, threads=threads, seed=seed)
    if corpus:
        cfg.corpus = list(corpus)
    summary = train_voice(cfg)
    console.print_json(json.dumps(summary))
    console.print(f"adapter written to {out}; start the room with `jack room --adapter {out}`")
