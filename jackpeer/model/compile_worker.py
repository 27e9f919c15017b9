"""The first (cold) compile of the decode step, in its own low-priority process.

A cold compile takes a minute or more and, inside the serving process, slowed replies to a
crawl (first token 4.3 s): its tracing holds the GIL and its C++ compiler jobs took both cores
from the decode threads. Here a child process at a low CPU priority, on one thread, fills
TorchInductor's on-disk cache; the serving process keeps decoding eagerly meanwhile and then
compiles from that cache (seconds). A stamp per (torch, checkpoint shape, quantization, model
code) remembers that the cache is warm, so later starts skip the child.

The serving engine's batched step (serve/batch_step.py) is prebuilt the same way, with its
slot storage's rows and length:

    python -m jackpeer.model.compile_worker MODEL_PATH QUANTIZE [--engine ROWS LENGTH]
"""

import hashlib
import os
import sys
from pathlib import Path

import torch

from jackpeer.low_priority import run_low_priority
from jackpeer.model import native

# The code a compiled graph is traced from: a change to any of it changes the graph.
MODEL_CODE = tuple(f"model/{name}.py" for name in (
    "compiled", "generate", "kv_cache", "native", "quantize", "rope", "transformer")) + (
    "serve/batch_step.py", "serve/slots.py")


def stamp_path(cache: Path, config, quantize: str, dtype: torch.dtype,
               engine_storage: tuple[int, int] | None = None) -> Path:
    """The file that says the decode step of this model shape (the lm's, or the engine's for a slot
    storage of `engine_storage` = (rows, positions)) is in the compile cache at `cache`."""
    kind = "engine {} {}".format(*engine_storage) if engine_storage else "lm"
    kind += " native" if native.ensure_loaded() else ""  # the graph calls PyTorch's kernels without ours
    h = hashlib.sha256(f"{torch.__version__} {sys.version_info[:2]} {config!r} {quantize} {dtype} {kind}".encode())
    package = Path(__file__).parent.parent
    for name in MODEL_CODE:
        h.update((package / name).read_bytes())
    return cache / "jackpeer-stamps" / h.hexdigest()[:24]


def prebuild(model_path: Path, quantize: str, engine_storage: tuple[int, int] | None = None) -> str | None:
    """Compile in a child process at low priority (low_priority.py) on one thread; None on success, else why it failed."""
    env = {**os.environ, "JACK_COMPILE": "0", "OMP_NUM_THREADS": "1", "TORCHINDUCTOR_COMPILE_THREADS": "1"}
    engine = ["--engine", *map(str, engine_storage)] if engine_storage else []
    return run_low_priority(__name__, str(model_path), quantize, *engine, env=env)


def main() -> None:
    """Load the checkpoint without compiling, then compile its decode step in the foreground."""
    import jackpeer
    from jackpeer.model.compiled import CompiledStep
    from jackpeer.serve.batch_step import BatchStep

    torch.set_num_threads(1)
    path, quantize, *rest = sys.argv[1:]
    engine_storage = (int(rest[1]), int(rest[2])) if rest[:1] == ["--engine"] else None
    lm = jackpeer.load(path, quantize=quantize, compile=False)
    # no source: each compiles right here
    step = (BatchStep(lm.model, engine_storage[1], enabled=True, storage_rows=engine_storage[0]) if engine_storage
            else CompiledStep(lm.model))
    step.start(background=False)
    if step.state != "ready":
        sys.exit(f"compile failed: {step.error}")
    stamp = stamp_path(Path(os.environ["TORCHINDUCTOR_CACHE_DIR"]), lm.config, lm.quantize, lm.model.norm.weight.dtype,
                       engine_storage)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.touch()


if __name__ == "__main__":
    main()
