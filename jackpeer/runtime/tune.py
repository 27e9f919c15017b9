"""Driving a training loop through the runtime: the loss as one captured graph, tuning until planned.

Used by `jack tune`, `bench/runtime.py` and `jack train --runtime jack`. Knows nothing of the
project's workloads or trainers: it takes any model, loss function, optimizer and batches.
"""

import random
import statistics
import time
from collections.abc import Callable, Iterator

import torch
from rich.progress import Progress
from torch import nn

from jackpeer.runtime.backend import JackRuntime, trace_rnns
from jackpeer.torch_threads import set_threads


class LossModule(nn.Module):
    """model + loss in one forward, so the captured graphs include the loss and its gradient."""

    def __init__(self, model: nn.Module, loss_fn: Callable[[nn.Module, object], torch.Tensor]):
        super().__init__()
        self.model = model
        self.loss_fn = loss_fn

    def forward(self, batch) -> torch.Tensor:
        return self.loss_fn(self.model, batch)


def compile_loss(model: nn.Module, loss_fn: Callable, backend: JackRuntime | str = "aot_eager") -> nn.Module:
    """torch.compile of model+loss with `backend` (a JackRuntime, or e.g. "aot_eager" as the baseline).

    RNN modules are traced for every backend (trace_rnns), so a baseline captures the same graphs.
    """
    trace_rnns()
    return torch.compile(LossModule(model, loss_fn), backend=backend)


class TrainingStep:
    """step(batch) -> detached loss: zero_grad, forward, backward, optimizer update.

    The three graphs (forward+loss, backward, optimizer update) go through the backend; only the
    autograd engine's glue and zero_grad run outside them. With `host_threads` set (tune chooses
    it for the jack runtime) that code runs at host_threads, while the compiled frames are still
    entered at the count of the first call: Dynamo guards on the global count and would trace
    every graph again for each new count. The graphs set their own counts anyway.
    """

    def __init__(self, model: nn.Module, loss_fn: Callable, optimizer: torch.optim.Optimizer,
                 backend: JackRuntime | str = "aot_eager"):
        self.loss_module = compile_loss(model, loss_fn, backend)
        self.update = torch.compile(optimizer.step, backend=backend)
        self.optimizer = optimizer
        self.host_threads: int | None = None
        self.graph_threads: int | None = None  # the count the frames were traced at (first call)

    def __call__(self, batch) -> torch.Tensor:
        if self.graph_threads is None:
            self.graph_threads = torch.get_num_threads()
        host, graphs = self.host_threads, self.graph_threads
        if host is None:
            self.optimizer.zero_grad(set_to_none=True)
            loss = self.loss_module(batch)
            loss.backward()
            self.update()
            return loss.detach()
        _at(host)
        self.optimizer.zero_grad(set_to_none=True)
        _at(graphs)
        loss = self.loss_module(batch)
        _at(host)
        loss.backward()  # the backward graph is not a Dynamo frame: no guard, it may start at host
        _at(graphs)
        self.update()
        _at(host)  # the caller's next batch is drawn at the host count too
        return loss.detach()


def _at(threads: int) -> None:
    """Set the calling thread's count unless it already holds it (a change costs ~1.6 µs)."""
    if torch.get_num_threads() != threads:
        set_threads(threads)


def compile_training(model: nn.Module, loss_fn: Callable, optimizer: torch.optim.Optimizer,
                     backend: JackRuntime | str = "aot_eager") -> TrainingStep:
    """A training step whose graphs go through `backend` (a JackRuntime or e.g. "aot_eager")."""
    return TrainingStep(model, loss_fn, optimizer, backend)


def _settle(rt: JackRuntime, step: TrainingStep, batches: Iterator, max_steps: int, progress, task) -> list[float]:
    """Train until every graph a step runs has chosen its plan (or max_steps); step times (ms)."""
    times = []
    for _ in range(max_steps):
        calls = {id(g): g.calls for g in rt.graphs}
        start = time.perf_counter()
        step(next(batches))
        times.append((time.perf_counter() - start) * 1e3)
        if progress:
            progress.advance(task)
        # Done when every graph this step ran is decided (a graph of a first step only, e.g. an
        # optimizer before its state exists, never runs again and is not waited for).
        active = [g for g in rt.graphs if g.calls > calls.get(id(g), 0)]
        if active and all(g.choice is not None for g in active):
            break
    return times


def tune(rt: JackRuntime, step: TrainingStep, batches: Iterator, max_steps: int = 60,
         progress: Progress | None = None, host_rounds: int = 2, host_steps: int = 3) -> list[float]:
    """Plan and race every graph's candidates, then choose the thread count of the code outside the graphs.

    The host counts (the swept ones) race in blocks of `host_steps` (first step of a block left
    out), `host_rounds` rounds alternating order, and the fastest median wins; the graphs are not
    traced again (TrainingStep enters them at their first count). Returns step times (ms).
    """
    counts = [t for t in rt.config.threads if t <= rt.config.cores] if host_rounds > 0 else []
    task = progress.add_task("tuning", total=max_steps + host_rounds * len(counts) * host_steps) if progress else None
    times = _settle(rt, step, batches, max_steps, progress, task)
    if counts:
        host: dict[int, list[float]] = {t: [] for t in counts}
        for r in range(host_rounds):
            for t in counts if r % 2 == 0 else counts[::-1]:
                step.host_threads = t
                for i in range(host_steps):
                    start = time.perf_counter()
                    step(next(batches))
                    if i:
                        host[t].append(time.perf_counter() - start)
                    if progress:
                        progress.advance(task)
        step.host_threads = min(counts, key=lambda t: statistics.median(host[t]) if host[t] else float("inf"))
        rt.host_threads = step.host_threads
    if progress:
        progress.update(task, completed=progress.tasks[task].total)
    return times


def interleaved_times(steppers: dict[str, Callable[[], object]], rounds: int, steps: int,
                      progress: Progress | None = None) -> dict[str, list[float]]:
    """Step times (ms) of each stepper, run in turn (A×steps, B×steps, ..., repeated `rounds` times).

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
    return times


def interleaved_medians(steppers: dict[str, Callable[[], object]], rounds: int, steps: int,
                        progress: Progress | None = None) -> dict[str, float]:
    """Median step time (ms) of each stepper, interleaved as in interleaved_times."""
    return {k: statistics.median(v) for k, v in interleaved_times(steppers, rounds, steps, progress).items()}


def ratio_ci(base: list[float], new: list[float], draws: int = 2000, seed: int = 0) -> tuple[float, float]:
    """Bootstrap 95% interval of median(base) / median(new) (spec §8: a ratio whose interval holds 1 is no difference)."""
    rng = random.Random(seed)
    ratios = sorted(statistics.median(rng.choices(base, k=len(base))) / statistics.median(rng.choices(new, k=len(new)))
                    for _ in range(draws))
    return ratios[int(0.025 * draws)], ratios[int(0.975 * draws) - 1]
