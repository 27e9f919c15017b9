"""The per-user cache folder jackpeer keeps what it builds in: $XDG_CACHE_HOME/jackpeer (else ~/.cache/jackpeer)."""

import os
from pathlib import Path


def user_cache(part: str) -> Path:
    """The cache folder for one part (torchinductor, guard, native); not created here."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "jackpeer" / part
