"""Abuse limits of the room: message size, names, room size, and a token bucket per member."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Limits:
    """Abuse limits, each reported to the user with a clear message."""

    max_chars: int = 500
    rate_per_s: float = 1.0
    burst: int = 5
    max_learners: int = 30
    max_name: int = 24


@dataclass
class Bucket:
    """A token bucket: `burst` messages at once, then `rate_per_s`."""

    tokens: float
    last: float

    def take(self, limits: Limits, now: float) -> bool:
        """Spend one token if there is one."""
        self.tokens = min(limits.burst, self.tokens + (now - self.last) * limits.rate_per_s)
        self.last = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False
