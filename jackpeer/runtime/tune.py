"""Driving a training loop through the runtime: the loss as one captured graph, tuning until planned.

Used by `jack tune`, `bench/runtime.py` and `jack train --runtime jack`. Knows nothing of the
project's workloads or trainers: it takes any model, loss function, optimizer and batches.
"""

import statistics
import time
from collections.abc import Callable, Iterator

import torch
from rich.progress import Progress
from torch import nn

from jackpeer.runtime.backend import JackRuntime


class LossModule(nn.Module):
    """model + loss in one forward, so the captured graphs include the loss and its gradient."""

    def __init__(self, model: nn.Module, loss_fn: Callable[[nn.Module, object], torch.Tensor]):
        super().__init__()
        self.model = model
        self.loss_fn = loss_fn

    def forward(self, batch) -> torch.Tensor:
        return self.loss_fn(self.model, batch)


def compile_loss(model: nn.Module, loss_fn: Callable, backend: JackRuntime | str = "aot_eager") -> nn.Module:
    """torch.compile of model+loss with `backend` (a JackRuntime, or e.g. "aot_eager" as the baseline)."""
    return torch.compile(LossModule(model, loss_fn), backend=backend)


def train_step(loss_module: nn.Module, optimizer: torch.optim.Optimizer, batch) -> torch.Tensor:
    """zero_grad + forward + backward + optimizer step; returns the detached loss."""
    optimizer.zero_grad(set_to_none=True)
    loss = loss_module(batch)
    loss.backward()
    optimizer.step()
    return loss.detach()


def tune(rt: JackRuntime, loss_module: nn.Module, optimizer: torch.optim.Optimizer, batches: Iterator,
         max_steps: int = 60, progress: Progress | None = None) -> list[float]:
    """Train until every captured graph is planned and guarded (or max_steps); returns step times (ms)."""
    times = []
    task = progress.add_task("tuning", total=max_steps) if progress else None
    for _ in range(max_steps):
        start = time.perf_counter()
        train_step(loss_module, optimizer, next(batches))
        times.append((time.perf_counter() - start) * 1e3)
        if progress:
            progress.advance(task)
        if rt.ready:
            break
    if progress:
        progress.update(task, completed=max_steps)
    return times


def interleaved_medians(steppers: dict[str, Callable[[], object]], rounds: int, steps: int,
                        progress: Progress | None = None) -> dict[str, float]:
    """Median step time (ms) of each stepper, run in turn (A×steps, B×steps, ..., repeated `rounds` times).

    Interleaving spreads slow phases of a shared machine over all configurations alike.
    """
    times: dict[str, list[float]] = {k: [] for k in steppers}
    task = progress.add_task("timing", total=rounds * len(steppers)) if progress else None
    for r in range(rounds):
        order = list(steppers) if r % 2 == 0 else list(steppers)[::-1]
        for name in order:
            for _ in range(steps):
                start = time.perf_counter()
                steppers[name]()
                times[name].append((time.perf_counter() - start) * 1e3)
            if progress:
                progress.advance(task)
    return {k: statistics.median(v) for k, v in times.items()}
