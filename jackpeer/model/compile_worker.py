"""The first (cold) compile of the decode step, in its own low-priority process.

A cold compile takes a minute or more and, inside the serving process, slowed replies to a
crawl (first token 4.3 s): its tracing holds the GIL and its C++ compiler jobs took both cores
from the decode threads. Here a child process at a low CPU priority, on one thread, fills
TorchInductor's on-disk cache; the serving process keeps decoding eagerly meanwhile and then
compiles from that cache (seconds). A stamp per (torch, checkpoint shape, quantization, model
code) remembers that the cache is warm, so later starts skip the child.

    python -m jackpeer.model.compile_worker MODEL_PATH QUANTIZE
"""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import torch

# Low enough that decode threads (nice 0) get ~90% of a contended core; 19 starved the compile for
# many minutes on a machine busy with other work.
NICE = 10
MODEL_CODE = ("compiled.py", "generate.py", "int8_rows.py", "kv_cache.py", "quantize.py", "rope.py", "transformer.py")


def stamp_path(cache: Path, config, quantize: str, dtype: torch.dtype) -> Path:
    """The file that says the decode step of this model shape is in the compile cache at `cache`."""
    h = hashlib.sha256(f"{torch.__version__} {sys.version_info[:2]} {config!r} {quantize} {dtype}".encode())
    here = Path(__file__).parent
    for name in MODEL_CODE:  # a change to the model code changes the graph
        h.update((here / name).read_bytes())
    return cache / "jackpeer-stamps" / h.hexdigest()[:24]


def prebuild(model_path: Path, quantize: str) -> str | None:
    """Compile in a child process at nice NICE on one thread; None on success, else why it failed."""
    env = {**os.environ, "JACK_COMPILE": "0", "OMP_NUM_THREADS": "1", "TORCHINDUCTOR_COMPILE_THREADS": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", __name__, str(model_path), quantize],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: os.nice(NICE),  # noqa: PLW1509 (no threads are started between fork and exec)
    )
    try:
        _, err = proc.communicate()
    except BaseException:  # the server is shutting down: do not leave a compiler behind
        proc.kill()
        raise
    return None if proc.returncode == 0 else (err.strip().splitlines() or ["exit status " + str(proc.returncode)])[-1]


def main() -> None:
    """Load the checkpoint without compiling, then compile its decode step in the foreground."""
    import jackpeer
    from jackpeer.model.compiled import CompiledStep, use_persistent_cache

    torch.set_num_threads(1)
    use_persistent_cache()
    lm = jackpeer.load(sys.argv[1], quantize=sys.argv[2], compile=False)
    step = CompiledStep(lm.model)  # no source: compiles right here
    step.start(background=False)
    if step.state != "ready":
        sys.exit(f"compile failed: {step.error}")
    stamp = stamp_path(Path(os.environ["TORCHINDUCTOR_CACHE_DIR"]), lm.config, lm.quantize, lm.model.norm.weight.dtype)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.touch()


if __name__ == "__main__":
    main()
