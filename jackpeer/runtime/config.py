"""Settings of the jack runtime (spec runtime-scheduling.md §6.1, defaults §10)."""

import os
from dataclasses import dataclass, field
from pathlib import Path

from jackpeer.errors import ConfigError

MODES = ("off", "cc", "corun")


def available_cores() -> int:
    """Cores this process may run on (its affinity mask), which is what the scheduler may fill."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def default_thread_counts(cores: int) -> tuple[int, ...]:
    """The counts measured and fitted: powers of two below `cores`, plus `cores` itself."""
    counts, t = [], 1
    while t < cores:
        counts.append(t)
        t *= 2
    return tuple(counts + [cores])


def default_cache_dir() -> Path:
    """~/.cache/jackpeer/runtime, or $JACKPEER_RUNTIME_CACHE when set."""
    env = os.environ.get("JACKPEER_RUNTIME_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "jackpeer" / "runtime"


@dataclass
class RuntimeConfig:
    """How the jack backend profiles, plans and runs each captured graph."""

    # "off": plain graph; "cc": thread count per op; "corun": cc + co-running. Default "cc" (spec
    # §10): on 2 cores a co-run plan that won its per-graph race made the whole resnet step slower
    # (32.7 vs 19.8 ms, two runs), so co-running stays opt-in until that is understood.
    mode: str = "cc"
    cores: int = field(default_factory=available_cores)
    threads: tuple[int, ...] | None = None  # counts measured and fitted; None = default_thread_counts
    validate_threads: bool = True  # held-out rounds measure every count 1..cores (not only `threads`)
    warmup_steps: int = 1  # plain calls before profiling (allocator, oneDNN primitive caches)
    profile_rounds: int = 6  # profiled calls per count; odd rounds are held out to test the model
    gain_tolerance: float = 0.05  # leave the caller's count only for a predicted gain above this
    corun_delta: float = 0.25  # co-run with fewer threads than t* if at most this much slower
    corun_margin: float = 0.05  # race the co-run plan only if predicted to beat the best one-lane plan by this
    race_margin: float = 0.15  # race a one-lane plan whose predicted time is within this of the best
    max_lanes: int = 0  # threads running ops at once; 0 = min(4, cores)
    handoff_us: float | None = None  # cost of moving a value to another lane; None = measured
    guard_steps: int = 3  # calls per guard block (each candidate twice, ABC..CBA); 0 = trust the model
    guard_margin: float = 0.03  # a mixed or co-run plan must beat the best single count by this, measured
    recheck_steps: int = 500  # race again after this many calls (load and machines drift); 0 = never
    force: str | None = None  # choose this plan kind ("global", "cc", "corun") without racing: tests, experiments
    cache_dir: Path | None = None  # None = default_cache_dir(); the profile cache lives here
    use_cache: bool = True

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ConfigError(f"runtime mode {self.mode!r} is unknown; use one of {', '.join(MODES)}")
        if self.cores < 1:
            raise ConfigError("runtime cores must be at least 1")
        if self.threads is None:
            self.threads = default_thread_counts(self.cores)
        self.threads = tuple(sorted({t for t in self.threads if 1 <= t <= self.cores}))
        if not self.threads:
            raise ConfigError(f"runtime threads must include a count between 1 and {self.cores}")
        if self.profile_rounds < 1:
            raise ConfigError("runtime profile_rounds must be at least 1")
        if self.max_lanes <= 0:
            self.max_lanes = min(4, self.cores)
        if self.cache_dir is None:
            self.cache_dir = default_cache_dir()
        self.cache_dir = Path(self.cache_dir)

    @classmethod
    def from_options(cls, options: dict | None) -> "RuntimeConfig":
        """Build from torch.compile(..., options={...}); unknown keys are a ConfigError."""
        options = dict(options or {})
        known = set(cls.__dataclass_fields__)
        unknown = set(options) - known
        if unknown:
            raise ConfigError(f"unknown runtime option(s) {sorted(unknown)}; known: {sorted(known)}")
        return cls(**options)
