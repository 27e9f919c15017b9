"""Running one speech model's calls off the event loop, one at a time, with a bounded queue."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from jackpeer.errors import SpeechBusy

T = TypeVar("T")


class ModelQueue:
    """A single worker thread for one model; at most `limit` calls waiting or running at once.

    The event loop never waits on the model, so a long transcription in one room does not stall
    any room; when the queue is full a new call is refused at once (SpeechBusy) instead of piling up.
    """

    def __init__(self, name: str, limit: int = 8) -> None:
        self.name = name
        self.limit = limit
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"jack-{name}")
        self._count = 0
        self._lock = threading.Lock()

    @property
    def pending(self) -> int:
        """Calls waiting or running now."""
        return self._count

    async def run(self, fn: Callable[..., T], *args: object) -> T:
        """Run fn(*args) on the model's thread; raises SpeechBusy if `limit` calls are already queued."""
        with self._lock:
            if self._count >= self.limit:
                raise SpeechBusy(f"The {self.name} has {self.limit} recordings waiting already. "
                                 "Wait a few seconds, then try again.")
            self._count += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)
        finally:
            with self._lock:
                self._count -= 1

    def close(self) -> None:
        """Stop the worker thread once its queued calls are done."""
        self._pool.shutdown(wait=False, cancel_futures=True)
