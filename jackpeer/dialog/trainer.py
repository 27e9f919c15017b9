"""Training a dialog model: AdamW, warm-up + cosine, clipping, bf16 autocast on CUDA, accumulation,
checkpoint/resume, DDP, evaluation every N steps, JSON logs and a PNG of the curves.

Determinism for resume: the examples of step k and the strategy's random draws are functions of
(seed, k) alone, so a run restored from a checkpoint at step k continues the same loss curve.
The loss is normalised by the response-token count of the whole global step (all micro-batches,
all ranks), so 1 process, N processes and gradient accumulation optimise the same objective.
"""

import json
import math
import os
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import torch
import torch.distributed as dist

from jackpeer.dialog.corpora import load_splits, make_pairs
from jackpeer.dialog.data import ByteEncoder, ChatEncoder, Example, collate
from jackpeer.dialog.strategies import DialogLM, StrategyConfig, strategy_loss, token_nll
from jackpeer.dialog.tokenizer import ByteTokenizer
from jackpeer.errors import ConfigError


@dataclass
class TrainConfig:
    """Everything a training run needs; a YAML/TOML file maps onto these fields (strategy options nested)."""

    data: str | None = None  # corpus path; None = bundled chatterbot-corpus English
    format: str = "auto"
    skip_malformed: bool = False
    model: str = "tiny"  # a LlamaConfig preset trained from scratch (byte tokenizer), or "default"/a path to fine-tune
    model_overrides: dict = field(default_factory=dict)  # e.g. {"dim": 128, "n_layers": 4} for from-scratch presets
    strategy: StrategyConfig = field(default_factory=StrategyConfig)
    steps: int = 300
    batch_size: int = 16  # examples per micro-batch (global, over all ranks)
    grad_accum: int = 1
    lr: float = 1e-3
    min_lr_ratio: float = 0.1
    warmup: int = 30
    weight_decay: float = 0.1
    clip: float = 1.0
    eval_every: int = 100
    eval_examples: int = 128
    save_every: int = 100
    seed: int = 0
    split_seed: int = 0  # the train/valid/test split of corpora without their own (same for every seed)
    out: str = "runs/dialog"
    window: int = 5
    max_context: int = 256
    max_response: int = 40
    device: str = "auto"
    threads: int | None = None  # CPU threads for torch (None: torch's default); 1 is fastest on a busy machine
    resume: bool = True
    progress: bool = True
    profile: bool = False  # profile the run with jackpeer.profile (report in OUT/profile/)
    runtime: str = "eager"  # "jack": compile the model with the jackpeer.runtime torch.compile backend
    cpu_bf16: bool = False  # bf16 autocast on CPU too (2-3x faster forward where the CPU has AVX512-BF16/AMX)
    lora: dict = field(default_factory=dict)  # LoRAConfig fields (e.g. {"rank": 8, "layers": 8}); empty = full fine-tune

    @classmethod
    def from_dict(cls, data: dict) -> "TrainConfig":
        """Build from a parsed config file, rejecting unknown keys so typos are not silently ignored."""
        data = dict(data)
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ConfigError(f"unknown training option(s) {sorted(unknown)}; known: {sorted(known)}")
        strat = data.pop("strategy", {})
        strat = {"name": strat} if isinstance(strat, str) else dict(strat)
        return cls(strategy=StrategyConfig.from_dict(strat), **data)

    def to_dict(self) -> dict:
        """JSON-serialisable form (for checkpoints and logs)."""
        return asdict(self)


def load_config_file(path: str | Path) -> dict:
    """Parse a YAML or TOML config file into a dict."""
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path}: config file not found")
    text = path.read_text(encoding="utf-8")
    try:
        if path.suffix.lower() == ".toml":
            import tomllib

            data = tomllib.loads(text)
        else:
            import yaml

            data = yaml.safe_load(text) or {}
    except Exception as err:  # both parsers raise their own error types
        raise ConfigError(f"{path}: cannot parse config ({err})") from err
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the config must be a mapping of option: value")
    return data


def lr_at(step: int, cfg: TrainConfig) -> float:
    """Linear warm-up to lr, then cosine decay to min_lr_ratio·lr at the last step."""
    if step < cfg.warmup:
        return cfg.lr * (step + 1) / cfg.warmup
    progress = (step - cfg.warmup) / max(1, cfg.steps - cfg.warmup)
    return cfg.lr * (cfg.min_lr_ratio + (1 - cfg.min_lr_ratio) * 0.5 * (1 + math.cos(math.pi * min(progress, 1.0))))


def pick_device(name: str) -> torch.device:
    """'auto' = CUDA when present, else CPU."""
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(name)


def build_model(cfg: TrainConfig, device: torch.device):
    """(Transformer, encoder, from_scratch): a preset with the byte tokenizer, or a loaded checkpoint."""
    from jackpeer.model import LlamaConfig, Transformer

    if cfg.model in LlamaConfig.presets():
        tok = ByteTokenizer()
        mcfg = LlamaConfig.preset(cfg.model).with_(
            vocab_size=tok.vocab_size, max_seq_len=cfg.max_context + cfg.max_response + 1, **cfg.model_overrides
        )
        torch.manual_seed(cfg.seed)
        model = Transformer(mcfg)
        for p in model.parameters():  # GPT-2 style init: small normal weights (norms stay at 1)
            if p.dim() >= 2:
                torch.nn.init.normal_(p, std=0.02)
        return model.to(device), ByteEncoder(tok, cfg.max_context, cfg.max_response), True
    import jackpeer

    lm = jackpeer.load(None if cfg.model == "default" else cfg.model, quantize=None, device=str(device))
    return lm.model, ChatEncoder(lm, cfg.max_context, cfg.max_response), False


class Trainer:
    """One training run (any strategy); rank 0 logs, evaluates and checkpoints."""

    def __init__(self, cfg: TrainConfig):
        self.cfg = cfg
        self.world = int(os.environ.get("WORLD_SIZE", "1"))
        self.owns_group = False  # whether this trainer started the DDP process group (close() ends it)
        self.rank = int(os.environ.get("RANK", "0"))
        self.device = pick_device(cfg.device)
        if cfg.threads:
            torch.set_num_threads(cfg.threads)
        if self.world > 1 and not dist.is_initialized():
            if self.device.type == "cuda":
                self.device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
                torch.cuda.set_device(self.device)
            dist.init_process_group("nccl" if self.device.type == "cuda" else "gloo")
            self.owns_group = True
        if cfg.batch_size % self.world:
            raise ConfigError(f"batch_size {cfg.batch_size} must be divisible by the {self.world} processes")
        splits, self.problems = load_splits(cfg.data, cfg.format, strict=not cfg.skip_malformed, seed=cfg.split_seed)
        lm, self.encoder, self.from_scratch = build_model(cfg, self.device)
        self.lora = None
        if cfg.lora:  # a LoRA adapter: base weights frozen, only A and B train (and are checkpointed)
            if self.from_scratch:
                raise ConfigError("lora adapts a pretrained checkpoint; set model to 'default' or a path")
            from jackpeer.voice.lora import LoRAConfig, add_lora

            self.lora = LoRAConfig(**cfg.lora)
            add_lora(lm, self.lora)
        self.stop_ids = frozenset({self.encoder.eos_id})
        self.pairs = {k: make_pairs(v, cfg.window) for k, v in splits.items()}
        self.examples = {k: [self.encoder.encode(p) for p in v] for k, v in self.pairs.items()}
        if not self.examples["train"]:
            raise ConfigError("the training split has no context/response pairs; check the corpus")
        self.truncated = sum(e.truncated for e in self.examples["train"])
        self.model = DialogLM(lm)
        self.ddp = self.model
        self.rt = None
        self.prof = None
        self.pad_to = None
        if cfg.runtime not in ("eager", "jack"):
            raise ConfigError(f"runtime must be 'eager' or 'jack', got {cfg.runtime!r}")
        if cfg.runtime == "jack":
            if self.world > 1:
                raise ConfigError("--runtime jack runs in one process; drop it or run without torchrun")
            from jackpeer.runtime import compile_step

            self.ddp, self.rt = compile_step(self.model)  # shares the parameters of self.model
            self.pad_to = cfg.max_context + cfg.max_response + 1  # one shape: no recompilation per length
        if self.world > 1:
            from torch.nn.parallel import DistributedDataParallel

            ids = [self.device.index] if self.device.type == "cuda" else None
            self.ddp = DistributedDataParallel(self.model, device_ids=ids)
        trainable = [p for p in self.model.parameters() if p.requires_grad]
        decay = [p for p in trainable if p.dim() >= 2]
        no_decay = [p for p in trainable if p.dim() < 2]
        self.opt = torch.optim.AdamW(
            [{"params": decay, "weight_decay": cfg.weight_decay}, {"params": no_decay, "weight_decay": 0.0}],
            lr=cfg.lr, betas=(0.9, 0.95),
        )
        self.step = 0
        self.history: list[dict] = []
        self.out = Path(cfg.out)
        self.ckpt_path = self.out / "checkpoint.pt"
        if cfg.resume and self.ckpt_path.exists():
            self.load_checkpoint(self.ckpt_path)

    # ------------------------------------------------------------ data

    @property
    def global_batch(self) -> int:
        """Examples per optimiser step, over all micro-batches and ranks."""
        return self.cfg.batch_size * self.cfg.grad_accum

    @property
    def steps_per_epoch(self) -> float:
        """Optimiser steps per pass over the training pairs."""
        return len(self.examples["train"]) / self.global_batch

    def step_examples(self, step: int) -> list[Example]:
        """The global batch of a step: a slice of the (seed, epoch)-shuffled training set."""
        train = self.examples["train"]
        n, out = len(train), []
        start = step * self.global_batch
        for g in range(start, start + self.global_batch):
            epoch, pos = divmod(g, n)
            if pos == 0 or not out:
                perm = torch.randperm(n, generator=torch.Generator().manual_seed(self.cfg.seed * 7919 + epoch))
            out.append(train[int(perm[pos])])
        return out

    # ------------------------------------------------------------ training

    def autocast(self):
        """bf16 autocast on CUDA; on CPU only when cpu_bf16 asks for it (float32 otherwise)."""
        if self.device.type == "cpu":
            return torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.cfg.cpu_bf16)
        return torch.autocast("cuda", dtype=torch.bfloat16, enabled=self.device.type == "cuda")

    def train_step(self) -> dict:
        """One optimiser step over the global batch; returns its log record."""
        cfg, step = self.cfg, self.step
        t0 = time.perf_counter()
        examples = self.step_examples(step)
        tokens = sum(len(e.ids) - e.resp_start for e in examples)  # response targets, EOS included
        for group in self.opt.param_groups:
            group["lr"] = lr_at(step, cfg)
        self.model.train()
        nll_sum, stats_acc = 0.0, {}
        for micro in range(cfg.grad_accum):
            chunk = examples[micro * cfg.batch_size : (micro + 1) * cfg.batch_size]
            local = chunk[self.rank :: self.world]
            keys = [micro * cfg.batch_size + j for j in range(self.rank, len(chunk), self.world)]
            batch = collate(local, self.encoder.pad_id, self.pad_to).to(self.device)
            last = micro == cfg.grad_accum - 1
            sync = self.ddp.no_sync() if (self.world > 1 and not last) else _Null()
            with sync, self.autocast(), self._phase("forward"):
                out = strategy_loss(
                    cfg.strategy, self.ddp, batch, step=step, total_steps=cfg.steps,
                    steps_per_epoch=self.steps_per_epoch, seed=cfg.seed, keys=keys,
                    scale=self.world / tokens, stop_ids=self.stop_ids, from_scratch=self.from_scratch,
                )
            with sync, self._phase("backward"):
                out.loss.backward()
            nll_sum += out.nll_sum
            for k, v in out.stats.items():
                stats_acc[k] = stats_acc.get(k, 0.0) + v / cfg.grad_accum
        if self.world > 1:
            t = torch.tensor([nll_sum], dtype=torch.float64, device=self.device)
            dist.all_reduce(t)
            nll_sum = float(t)
        with self._phase("optimizer"):
            grad_norm = float(torch.nn.utils.clip_grad_norm_(
                [p for p in self.model.parameters() if p.requires_grad], cfg.clip))
            self.opt.step()
            self.opt.zero_grad(set_to_none=True)
        if self.device.type == "cuda":
            torch.cuda.synchronize()
        dt = time.perf_counter() - t0
        seq_tokens = sum(len(e.ids) for e in examples)
        self.step += 1
        if self.prof is not None:
            self.prof.step()
        return {"step": self.step, "loss": nll_sum / tokens, "lr": lr_at(step, cfg), "grad_norm": grad_norm,
                "step_time": dt, "tok_s": seq_tokens / dt, **stats_acc}

    def _phase(self, name: str):
        """A profiler phase when profiling, else nothing."""
        return self.prof.phase(name) if self.prof is not None else _Null()

    @torch.no_grad()
    def evaluate_loss(self, split: str = "valid") -> float:
        """Teacher-forced mean NLL per response token on (up to eval_examples of) a split."""
        examples = self.examples[split][: self.cfg.eval_examples]
        if not examples:
            return float("nan")
        self.model.eval()
        total, count = 0.0, 0
        for i in range(0, len(examples), self.cfg.batch_size):
            batch = collate(examples[i : i + self.cfg.batch_size], self.encoder.pad_id).to(self.device)
            with self.autocast():
                total += float(token_nll(self.model(batch.ids), batch))
            count += int(batch.tmask.sum())
        return total / count

    def close(self) -> None:
        """End the DDP process group this trainer started. A process that left without it sometimes died
        in gloo's teardown ("terminate called without an active exception", 1 run in 5 of the DDP test)."""
        if self.owns_group and dist.is_initialized():
            dist.barrier()
            dist.destroy_process_group()
            self.owns_group = False

    def train(self) -> list[dict]:
        """Run to cfg.steps (from the checkpoint's step when resuming); returns the log history."""
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        cfg = self.cfg
        main = self.rank == 0
        if main:
            self.out.mkdir(parents=True, exist_ok=True)
            self._rewrite_log()
        columns = [TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                   TextColumn("loss {task.fields[loss]:.3f}"), TextColumn("{task.fields[tok_s]:.0f} tok/s"),
                   TimeRemainingColumn()]
        profiling = _Null()
        if cfg.profile and main:
            import jackpeer.profile as jp

            self.prof = jp.session(f"dialog-{cfg.strategy.name}", trace_steps=min(5, cfg.steps), model=self.model.lm,
                                   out_dir=self.out / "profile", samples_per_step=self.global_batch)
            profiling = self.prof
        with profiling, Progress(*columns, disable=not (main and cfg.progress)) as bar:
            task = bar.add_task(cfg.strategy.name, total=cfg.steps, completed=self.step, loss=float("nan"), tok_s=0.0)
            while self.step < cfg.steps:
                rec = self.train_step()
                if main and (self.step % cfg.eval_every == 0 or self.step == cfg.steps):
                    rec["valid_loss"] = self.evaluate_loss("valid")
                    rec["valid_ppl"] = math.exp(min(rec["valid_loss"], 50.0))
                self.history.append(rec)
                if main:
                    with (self.out / "log.jsonl").open("a") as fh:
                        fh.write(json.dumps(rec) + "\n")
                    if self.step % cfg.save_every == 0 or self.step == cfg.steps:
                        self.save_checkpoint(self.ckpt_path)
                bar.update(task, completed=self.step, loss=rec["loss"], tok_s=rec["tok_s"])
        if main:
            self.plot(self.out / "curves.png")
        if self.prof is not None:
            from jackpeer.profile import print_summary

            print_summary(self.prof.report)
        if self.rt is not None and main:
            from rich.console import Console

            from jackpeer.runtime import print_report

            print_report(self.rt, Console())
        return self.history

    # ------------------------------------------------------------ checkpoints and logs

    def save_checkpoint(self, path: Path) -> None:
        """Model, optimiser, step, config and history; written atomically (a kill never leaves half a file)."""
        weights = self.model.lm.state_dict()
        if self.lora is not None:  # the frozen base is the checkpoint file's; keep only the adapter
            weights = {k: v for k, v in weights.items() if ".lora_" in k}
        state = {"model": weights, "optimizer": self.opt.state_dict(), "step": self.step,
                 "config": self.cfg.to_dict(), "model_config": self.model.lm.config.to_dict(),
                 "history": self.history, "from_scratch": self.from_scratch}
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        torch.save(state, tmp)
        os.replace(tmp, path)

    def load_checkpoint(self, path: Path) -> None:
        """Restore a run saved by save_checkpoint."""
        state = torch.load(path, map_location=self.device, weights_only=False)
        self.model.lm.load_state_dict(state["model"], strict=self.lora is None)
        self.opt.load_state_dict(state["optimizer"])
        self.step, self.history = state["step"], state["history"]

    def _rewrite_log(self) -> None:
        """log.jsonl = the history so far (drops records a killed run wrote after its last checkpoint)."""
        with (self.out / "log.jsonl").open("w") as fh:
            for rec in self.history:
                fh.write(json.dumps(rec) + "\n")

    def plot(self, path: Path) -> None:
        """PNG of the training loss and the validation loss against step."""
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(7, 4))
        ax.plot([r["step"] for r in self.history], [r["loss"] for r in self.history], label="train loss")
        ev = [r for r in self.history if "valid_loss" in r]
        ax.plot([r["step"] for r in ev], [r["valid_loss"] for r in ev], "o-", label="valid loss (teacher-forced)")
        ax.set_xlabel("step")
        ax.set_ylabel("NLL per response token")
        ax.set_title(f"{self.cfg.strategy.name} on {self.cfg.data or 'chatterbot-corpus'}")
        ax.legend()
        fig.tight_layout()
        fig.savefig(path, dpi=100)
        plt.close(fig)


class _Null:
    """A do-nothing context manager (used where DDP's no_sync does not apply)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def config_from(path: str | None, flags: dict, strategy_options: dict | None = None) -> TrainConfig:
    """A TrainConfig from an optional YAML/TOML file, overridden by the flags that were given (not None)."""
    data = load_config_file(path) if path else {}
    strat = data.pop("strategy", {})
    strat = {"name": strat} if isinstance(strat, str) else dict(strat or {})
    if flags.get("strategy") is not None:
        strat["name"] = flags.pop("strategy")
    flags.pop("strategy", None)
    strat.update(strategy_options or {})
    data.update({k: v for k, v in flags.items() if v is not None})
    data["strategy"] = strat
    return TrainConfig.from_dict(data)


def parse_options(pairs: list[str]) -> dict:
    """`key=value` strings -> dict, values parsed as YAML scalars (numbers, true/false, null)."""
    import yaml

    out = {}
    for item in pairs:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ConfigError(f"--set expects key=value, got {item!r}")
        out[key.strip()] = yaml.safe_load(value)
    return out
