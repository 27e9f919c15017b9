"""Abuse limits of the room: message size, names, room size, a token bucket per member, and how often
/api/join may be tried (per client address and per code)."""

from __future__ import annotations

import time
from collections import OrderedDict
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


@dataclass
class JoinLimits:
    """How often /api/join may be tried. A class behind one school NAT shares an address, so wrong codes
    are limited far harder than joins: `failed_burst` wrong codes at once, then one per `failed_every_s`.
    Each code also takes at most `code_burst` attempts at once, then one per `code_every_s`."""

    tries_burst: int = 60
    tries_every_s: float = 1.0
    failed_burst: int = 10
    failed_every_s: float = 10.0
    code_burst: int = 40
    code_every_s: float = 2.0
    max_keys: int = 4096  # addresses and codes remembered; the least recently seen are forgotten first


class Window:
    """Token buckets by key (an address or a code), at most `max_keys` of them (least recently used go)."""

    def __init__(self, burst: int, every_s: float, max_keys: int) -> None:
        self.burst, self.every_s, self.max_keys = burst, every_s, max_keys
        self.buckets: OrderedDict[str, list[float]] = OrderedDict()  # key -> [tokens, last]

    def _refill(self, key: str, now: float) -> list[float]:
        b = self.buckets.pop(key, None) or [float(self.burst), now]
        b[0] = min(self.burst, b[0] + (now - b[1]) / self.every_s)
        b[1] = now
        self.buckets[key] = b
        while len(self.buckets) > self.max_keys:
            self.buckets.popitem(last=False)
        return b

    def wait_s(self, key: str, now: float) -> float:
        """0 when key may try now, else seconds until it may."""
        tokens = self._refill(key, now)[0]
        return 0.0 if tokens >= 1 else (1 - tokens) * self.every_s

    def spend(self, key: str, now: float) -> None:
        """Use one try of key."""
        self._refill(key, now)[0] -= 1


class JoinLimiter:
    """Rate limits of /api/join by client address (all tries, and wrong codes) and by code."""

    def __init__(self, limits: JoinLimits | None = None) -> None:
        self.limits = lim = limits or JoinLimits()
        self.tries = Window(lim.tries_burst, lim.tries_every_s, lim.max_keys)
        self.failed = Window(lim.failed_burst, lim.failed_every_s, lim.max_keys)
        self.codes = Window(lim.code_burst, lim.code_every_s, lim.max_keys)

    def check(self, address: str, code: str, now: float | None = None) -> float:
        """Seconds to wait before this try may be answered (0: go ahead, and the try is counted). Decided
        before the code is looked up, so a refusal says nothing about whether the code exists."""
        now = time.monotonic() if now is None else now
        wait = max(self.tries.wait_s(address, now), self.failed.wait_s(address, now), self.codes.wait_s(code, now))
        if wait == 0:
            self.tries.spend(address, now)
            self.codes.spend(code, now)
        return wait

    def failed_try(self, address: str, now: float | None = None) -> None:
        """Count a wrong code from address."""
        self.failed.spend(address, time.monotonic() if now is None else now)
