"""On-disk store of op measurements, keyed by machine and op signature (spec §6.2 step 6)."""

import hashlib
import json
import platform
from pathlib import Path

import torch

from jackpeer.runtime.config import available_cores
from jackpeer.runtime.perfmodel import OpProfile
from jackpeer.user_cache import write_atomically


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo (platform.processor() elsewhere)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_key() -> str:
    """What makes timings comparable: CPU model, usable cores, torch version and its parallel backend."""
    backend = "openmp" if "OpenMP" in torch.__config__.parallel_info() else "native"
    return f"{cpu_model()}|cores={available_cores()}|torch={torch.__version__}|{backend}"


class ProfileCache:
    """A JSON file per machine mapping op signature -> OpProfile; written after each profiling pass.

    With `enabled=False` it only remembers profiles in memory (nothing read or written).
    """

    def __init__(self, directory: Path, enabled: bool = True):
        self.enabled = enabled
        digest = hashlib.sha256(machine_key().encode()).hexdigest()[:16]
        # v2: in-place samples from profiled steps (v1 held isolated repeats; not comparable).
        self.path = Path(directory) / f"profiles-v2-{digest}.json"
        self.entries: dict[str, OpProfile] = {}
        if enabled and self.path.exists():
            try:
                data = json.loads(self.path.read_text())
                self.entries = {k: OpProfile.from_json(v) for k, v in data["ops"].items()}
            except (OSError, ValueError, KeyError):
                # A damaged cache only costs a re-measurement; never fail a training run on it.
                self.entries = {}

    def get(self, signature: str) -> OpProfile | None:
        """The stored profile of an op signature, if any."""
        return self.entries.get(signature)

    def put(self, signature: str, profile: OpProfile) -> None:
        """Remember a profile (in memory; `save` writes the file)."""
        self.entries[signature] = profile

    def save(self) -> None:
        """Write the store atomically (other processes may read it at the same time)."""
        if not self.enabled:
            return
        # Merge what other processes stored meanwhile; ours win on equal signatures.
        on_disk = ProfileCache(self.path.parent, enabled=True).entries
        self.entries = {**on_disk, **self.entries}
        data = {"machine": machine_key(), "ops": {k: v.to_json() for k, v in self.entries.items()}}
        write_atomically(self.path, lambda tmp: tmp.write_text(json.dumps(data)))
