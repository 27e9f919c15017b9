"""Profile any training loop given as (model, loss_fn, optimizer, batches), with explicit phases."""

import runpy
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import torch
from torch import nn

from jackpeer.errors import InputError
from jackpeer.profile.session import Session


def _bytes(tensors) -> int:
    return sum(t.numel() * t.element_size() for t in tensors if isinstance(t, torch.Tensor))


def memory_parts(model: nn.Module, optimizer: torch.optim.Optimizer, batch) -> dict:
    """Exact tensor bytes of weights (+buffers), gradients, optimizer state and one input batch."""
    params = list(model.parameters())
    state = [v for s in optimizer.state.values() for v in s.values()]
    batch_tensors = batch if isinstance(batch, (tuple, list)) else [batch]
    return {
        "weights": float(_bytes(params) + _bytes(model.buffers())),
        "gradients": float(sum(p.numel() * p.element_size() for p in params if p.requires_grad)),
        "optimizer_state": float(_bytes(state)),
        "input": float(_bytes(batch_tensors)),
    }


def run_steps(
    s: Session,
    model: nn.Module,
    loss_fn: Callable,
    optimizer: torch.optim.Optimizer,
    batches: Iterator,
    steps: int,
    progress: Callable[[], None] | None = None,
) -> None:
    """Run `steps` training steps inside session s, marking data/forward/backward/optimizer phases."""
    batch = None
    for _ in range(steps):
        with s.phase("data"):
            batch = next(batches)
        with s.phase("forward"):
            loss = loss_fn(model, batch)
        with s.phase("backward"):
            loss.backward()
        with s.phase("optimizer"):
            optimizer.step()
            # Freed here, not before forward, so gradients are absent at every step's start (§6.4).
            optimizer.zero_grad(set_to_none=True)
        s.step()
        if progress is not None:
            progress()
    if batch is not None:
        s.extra["memory_parts"] = memory_parts(model, optimizer, batch)


def profile_training(
    model: nn.Module,
    loss_fn: Callable,
    optimizer: torch.optim.Optimizer,
    batches: Iterator,
    *,
    steps: int = 30,
    name: str = "training",
    samples_per_step: int | None = None,
    progress: Callable[[], None] | None = None,
    **session_kwargs,
) -> dict:
    """Profile `steps` steps of a training loop; returns the report (and writes it when out_dir is given)."""
    if steps < 1:
        raise InputError("steps must be at least 1")
    session_kwargs.setdefault("model", model)
    s = Session(name, samples_per_step=samples_per_step, **session_kwargs)
    with s:
        run_steps(s, model, loss_fn, optimizer, batches, steps, progress)
    return s.report


def profile_script(argv: list[str], name: str | None = None, **session_kwargs) -> dict:
    """Run a Python script under an auto-phased session (steps = optimizer.step calls); returns the report."""
    if not argv:
        raise InputError("give a script to profile: jack profile -- python your_script.py [args]")
    if Path(argv[0]).name.startswith("python"):
        argv = argv[1:]
    if not argv or not argv[0].endswith(".py") or not Path(argv[0]).is_file():
        raise InputError(f"expected a Python script path after 'python', got {argv[:1]}; only Python scripts can be profiled")
    old_argv = sys.argv
    sys.argv = list(argv)
    s = Session(name or Path(argv[0]).stem, auto=True, **session_kwargs)
    try:
        with s:
            try:
                runpy.run_path(argv[0], run_name="__main__")
            except SystemExit as exc:  # a script's sys.exit(0) ends it normally; the report still gets written
                if exc.code not in (None, 0):
                    raise
    finally:
        sys.argv = old_argv
    return s.report
