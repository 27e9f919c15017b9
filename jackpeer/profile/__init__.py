"""profile/: characterize training — per-op time and memory, utilization, power and energy.

Depends on torch (and psutil; pynvml and jetson-stats when present) only, never on other parts.

    import jackpeer.profile as jp
    with jp.session("mine", trace_steps=5, model=model, out_dir="runs/prof") as s:
        for batch in data:
            with s.phase("forward"):
                loss = loss_fn(model, batch)
            ...
            s.step()
    jp.print_summary(s.report)
"""

from jackpeer.profile.report import print_summary, write_reports
from jackpeer.profile.runner import profile_script, profile_training
from jackpeer.profile.session import Session, session, step
from jackpeer.profile.training import for_training

__all__ = [
    "Session", "session", "step", "profile_training", "profile_script", "for_training",
    "print_summary", "write_reports",
]  # fmt: skip
