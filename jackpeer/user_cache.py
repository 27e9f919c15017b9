"""The per-user cache folder jackpeer keeps what it builds in: $XDG_CACHE_HOME/jackpeer (else ~/.cache/jackpeer)."""

import os
import time
from collections.abc import Callable
from pathlib import Path

UNUSED_DAYS = 30  # a cached file nobody has loaded for this long is deleted when a newer one of its kind is saved


def user_cache(part: str) -> Path:
    """The cache folder for one part (torchinductor, guard, native); not created here."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "jackpeer" / part


def keep_compiled_kernels() -> None:
    """Point TorchInductor's on-disk cache at user_cache("torchinductor") unless the user chose a folder
    (TORCHINDUCTOR_CACHE_DIR). Done when jackpeer is imported: the first import of torch._dynamo, which PyTorch
    makes lazily (building a model is enough), sets that variable to /tmp/torchinductor_<user>, which a reboot
    empties, and every later start would then compile from scratch."""
    os.environ.setdefault("TORCHINDUCTOR_CACHE_DIR", str(user_cache("torchinductor")))


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Create path's folder, call write(tmp) on a file beside path (this process's own name, path's suffix last, as
    numpy's savers want it), then move it onto path: other processes reading or writing the same cache file never
    see half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp{path.suffix}")
    write(tmp)
    tmp.replace(path)


def forget_unused(folder: Path, pattern: str, days: float = UNUSED_DAYS) -> list[Path]:
    """Delete the files in folder matching the glob pattern that were neither saved nor loaded (loading touches them)
    in the last `days` days: each jackpeer release with new training rows or code caches a new one. Returns what was
    deleted."""
    cutoff = time.time() - days * 86400
    gone = []
    for old in folder.glob(pattern):
        try:
            if old.stat().st_mtime < cutoff:
                old.unlink()
                gone.append(old)
        except OSError:  # another process deleted or replaced it meanwhile
            pass
    return gone
