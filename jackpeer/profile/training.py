"""The one call a training loop needs for `jack train --profile`."""

from pathlib import Path

from torch import nn

from jackpeer.profile.session import Session


def for_training(
    model: nn.Module, out_dir: str | Path, *, name: str = "train", trace_steps: int = 5, warmup_steps: int = 3
) -> Session:
    """A session for an existing training loop: steps end at optimizer.step(), phases come from hooks.

    Use: `with for_training(model, "runs/x/profile") as prof: <the unchanged loop>`; then
    `jackpeer.profile.print_summary(prof.report)`. report.json and report.html land in out_dir.
    """
    return Session(name, auto=True, model=model, out_dir=out_dir, trace_steps=trace_steps, warmup_steps=warmup_steps)
