"""jackpeer's C++ kernels for decoding on a CPU, built once per machine and loaded as torch ops.

* qmatmul.cpp: `torch.ops.jackpeer.q4_mm` / `q8_mm`, integer matmuls for 4- and 8-bit weights on
  AVX-512 VNNI. PyTorch's CPU int4 kernel turns every weight back into a float and multiplies floats;
  these quantize the few activations per group of 32 (to int8 against 4-bit weights, as llama.cpp
  does; to int16 against the 8-bit LM head, whose near-tied logits int8 would reorder) and multiply
  integers, four byte products per instruction. On the bundled model a one-row matmul runs 2–3×
  faster and a 128-row one ~1.5×, at a relative error of about 0.5% from the int8 activations. From 12
  rows on (a batch of 12+ sequences, a prompt), a CPU with AMX (Sapphire Rapids on) multiplies q4 on its
  tiles, 16 activation rows against each unpacked weight group, with the same integer products and the same
  scaling, so each row's result is bit for bit what it is alone: on this 2-core Xeon a 16-row 5632×2048
  matmul took 0.56–0.66 ms against 0.90–1.19 on VNNI, a 128-row one 5.1–5.7 against 6.9–8.6. `JACK_AMX=0` keeps
  it on VNNI (a VM whose AMX misbehaves; a benchmark's baseline).
* decode_attention.cpp: `torch.ops.jackpeer.decode_attention`, one query row per sequence against the
  KV cache, hidden keys skipped (and a prefix rows share read from one of them): ~6× faster than SDPA at
  the bundled model's shapes; `kv_write`, a step's new keys and values written into the cache in place.

The sources are compiled as one translation unit (about 6 s on this 2-core machine; 9 s as two) with
the C++ compiler `torch.compile` already needs, into the user cache, keyed by the sources, the torch
version and the CPU's flags; a compiled decode step calls the ops like any ATen op. Where they cannot be built (no compiler, no AVX-512 VNNI) or
`JACK_NATIVE=0`, the model keeps PyTorch's own kernels; `build_error()` says why.
"""

import hashlib
import os
import platform
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import torch
from torch.utils.cpp_extension import include_paths, library_paths

from jackpeer.user_cache import user_cache

SOURCES = tuple(Path(__file__).with_name(name) for name in ("qmatmul.cpp", "decode_attention.cpp"))
HEADERS = (Path(__file__).with_name("simd_load.h"),)

_lock = threading.Lock()
_state: dict[str, str | None] = {}  # "error": why the kernels are not in use (None: loaded)
loaded = False  # True once the ops are registered (read by the model code, so a compiled graph can see it)


def cpu_flags() -> str:
    """The CPU's feature flags (Linux), else the processor's name: part of the build's cache key."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                return line
    except OSError:
        pass
    return platform.processor()


def library_path() -> Path:
    """Where this machine's build lives: keyed by the source, the torch version and the CPU's flags."""
    key = hashlib.sha256(
        b"\0".join(s.encode() for s in (*(p.read_text() for p in (*SOURCES, *HEADERS)), torch.__version__, cpu_flags()))
    ).hexdigest()[:16]
    return user_cache("native") / f"kernels-{key}.so"


def compile_library(out: Path) -> str | None:
    """Compile the sources for this CPU into `out` (atomically); the compiler's complaint, or None."""
    compiler = os.environ.get("CXX") or shutil.which("g++") or shutil.which("c++")
    if compiler is None:
        return "no C++ compiler (g++) found"
    out.parent.mkdir(parents=True, exist_ok=True)
    libs = library_paths()
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        built = Path(tmp) / out.name
        # One translation unit including every source: the torch headers, most of the time, are parsed once.
        unit = "".join(f'#include "{p}"\n' for p in SOURCES)
        cmd = [
            compiler, "-x", "c++", "-", "-o", str(built), "-O3", "-march=native", "-fopenmp", "-shared", "-fPIC", "-std=c++20", "-w",
            f"-D_GLIBCXX_USE_CXX11_ABI={int(torch._C._GLIBCXX_USE_CXX11_ABI)}",
            *(f"-I{p}" for p in include_paths()),
            *(f"-L{p}" for p in libs), *(f"-Wl,-rpath,{p}" for p in libs), "-lc10", "-ltorch_cpu",
        ]  # fmt: skip
        try:
            done = subprocess.run(cmd, input=unit, capture_output=True, text=True, timeout=300)
        except (OSError, subprocess.TimeoutExpired) as err:
            return f"{compiler} failed: {err}"
        if done.returncode != 0:
            lines = [ln for ln in done.stderr.splitlines() if "error" in ln] or done.stderr.splitlines()
            return "; ".join(lines[:3]) or f"{compiler} exited with {done.returncode}"
        os.replace(built, out)
    return None


def ensure_loaded() -> bool:
    """Load the kernels (building them first if this machine has none yet); True when they are in use."""
    global loaded
    with _lock:
        if "error" not in _state:
            _state["error"] = _load()
            loaded = loaded or _state["error"] is None
        return _state["error"] is None


def build_error() -> str | None:
    """Why the kernels are not in use (None when they are, or before the first ensure_loaded())."""
    return _state.get("error")


def _load() -> str | None:
    if os.environ.get("JACK_NATIVE", "1").strip().lower() in ("0", "false", "no", "off"):
        return "turned off by JACK_NATIVE=0"
    flags = cpu_flags().split()
    if not {"avx512_vnni", "avx512bw"} <= set(flags):  # checked first: a build that cannot work costs seconds
        return "this CPU has no AVX-512 VNNI (or its flags cannot be read): PyTorch's kernels are used"
    path = library_path()
    if not path.exists() and (error := compile_library(path)):
        return error
    try:
        torch.ops.load_library(str(path))
    except OSError as err:
        return f"could not load {path} ({err}); delete it and the next start rebuilds it"
    return None
