"""The compiled one-token decode step (gpt-fast style), warmed up in the background.

`torch.compile` turns the ~1,200 small PyTorch ops of a decode step into a few fused C++
kernels, which is most of the decode speed at 135M scale. Compiling takes minutes the first
time on a machine, so:

* TorchInductor's on-disk cache lives in a per-user cache folder (`cache_dir()`), so only the
  very first run pays the cold compile; later processes mostly re-trace (seconds);
* the warm-up runs in a background thread on a *twin* of the model — the same weight tensors,
  its own KV caches — so it never touches the live cache and needs no lock: replies go on with
  the eager step meanwhile, and each generation picks the compiled step once it is ready;
* the graph has a dynamic cache length, so one compile serves every cache size (batch 1);
  batches, left-padded prompts, inference mode and anything else unforeseen run eagerly
  (the live path never compiles: dynamo's "eager_on_recompile" stance).

`JACK_COMPILE=0` in the environment (or `jackpeer.load(..., compile=False)`) turns it off.
"""

import atexit
import contextlib
import copy
import os
import sys
import threading
import time
from pathlib import Path

import torch

from jackpeer.model.generate import decode_logits
from jackpeer.model.transformer import Transformer
from jackpeer.torch_threads import CORES, use_cores
from jackpeer.user_cache import user_cache

WARMUP_CACHE = 256  # the twin's cache length while compiling (any length works afterwards)


def skip_fixed_module_guards(entries) -> list[bool]:
    """Which of dynamo's guards a decode step keeps: all but those on the model's fixed parts.

    Checking the ~300 weight tensors, their modules and settings before every step took about 0.5 ms
    of a 6 ms token on the bundled model. They stay as loaded, so the graph keeps only the guards on
    what does change between calls: the KV caches (their type, dtype and length), the RoPE table, the
    inputs and the global state. A module swapped into the model after it compiled is not seen;
    jackpeer swaps modules at load time only (quantization, adapters).
    """
    return [not e.orig_guard.source.is_unspecialized_nn_module() or "kv_cache" in e.name or "_rope_cache" in e.name
            for e in entries]


# C++ wrapper code calls the graph's kernels and our ops with no Python between them (it was about
# 0.4 ms of a 6 ms token on the bundled model); the cold compile takes about twice as long (88 s against 45).
COMPILE_OPTIONS = {"cpp_wrapper": True, "guard_filter_fn": skip_fixed_module_guards}


def cache_dir() -> Path:
    """Where jackpeer keeps TorchInductor's compiled kernels: $XDG_CACHE_HOME/jackpeer/torchinductor."""
    return user_cache("torchinductor")


def compile_enabled() -> bool:
    """False when the environment says JACK_COMPILE=0 (or false/no/off): the default load then stays eager."""
    return os.environ.get("JACK_COMPILE", "1").strip().lower() not in ("0", "false", "no", "off")


def twin(model: Transformer) -> Transformer:
    """A copy of the module tree that shares every weight tensor but will get its own KV caches."""
    shared = {id(t): t for t in (*model.parameters(), *model.buffers())}
    copied = copy.deepcopy(model, shared)
    copied.clear_caches()
    return copied


def _mark_dynamic_lengths(model: Transformer) -> None:
    """Let the compiled graph take any cache length (and RoPE table length) instead of this one."""
    store = model.layers[0].attention.kv_cache.store  # every layer's, [layers, B, KV, S, dh]
    torch._dynamo.mark_dynamic(store.k, 3)
    torch._dynamo.mark_dynamic(store.v, 3)
    torch._dynamo.mark_dynamic(model._rope_cache, 0)


# The status to leave with when the interpreter ends while a warm-up still runs: atexit cannot see
# a pending SystemExit's code, so the CLI sets this before it exits with an error.
exit_status = 0


class CompiledStep:
    """A decode step function: the compiled graph once warmed up, the eager step until then and elsewhere."""

    def __init__(self, model: Transformer, source: tuple[Path, str] | None = None):
        self.model = model
        # (checkpoint, quantize mode) the model was loaded from: lets a cold compile run in a
        # separate low-priority process (compile_worker.py); None compiles in this process only.
        self.source = source
        self.prebuild_error: str | None = None  # why that process failed (the compile then ran here)
        self.state = "off"  # off -> compiling -> ready | failed
        self.error: str | None = None
        self.warmup_s: float | None = None  # seconds the warm-up took (cold compile or cache hit)
        self.ready = threading.Event()
        self._compiled = None
        self._thread: threading.Thread | None = None

    def start(self, background: bool = True) -> None:
        """Begin compiling (once); in a daemon thread unless background=False."""
        if self.state != "off":
            return
        self.state = "compiling"
        if background:
            self._thread = threading.Thread(target=self._warm_up, name="jack-compile", daemon=True)
            self._thread.start()
            atexit.register(self._exit_while_compiling)
        else:
            self._warm_up()

    def _exit_while_compiling(self) -> None:
        leave_if_compiling(self._thread)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the warm-up has finished; True when the compiled step is in use."""
        if self.state == "off":
            return False
        if self._thread is not None:
            self._thread.join(timeout)
        return self.state == "ready"

    def _warm_up(self) -> None:
        t0 = time.perf_counter()
        use_cores(CORES)  # inductor writes the thread count into the kernels it generates
        try:
            self._prebuild()
            with gil_shared_while_tracing():
                fn = torch.compile(decode_logits, fullgraph=True, dynamic=None, options=COMPILE_OPTIONS)
                shadow = twin(self.model)
                shadow.setup_caches(1, WARMUP_CACHE)
                _mark_dynamic_lengths(shadow)
                tokens = torch.tensor([[self.model.config.vocab_size - 1]])
                # Module properties and buffers get static shapes by default (both flags), which would
                # tie the graph to the warm-up's cache length; only the dims marked above vary.
                static_off = dict(force_nn_module_property_static_shapes=False, force_parameter_static_shapes=False)
                with torch._dynamo.config.patch(**static_off), torch.no_grad():
                    for i in range(3):
                        pos = torch.tensor([i])
                        got = fn(shadow, tokens, pos, None)
                with torch.no_grad():  # the last step again, eagerly: the graph must give the same logits
                    want = decode_logits(shadow, tokens, pos, None)
                # bf16 logits differ by rounding (inductor keeps fp32 intermediates); a broken graph differs wildly.
                if (got - want).abs().max() > 0.05 * want.abs().max():
                    raise RuntimeError("the compiled step disagrees with the eager step")
                del shadow
            self._compiled = fn
            self.state = "ready"
        except Exception as err:  # no C++ compiler, an unsupported op...: eager decoding still works
            self.error = f"{type(err).__name__}: {err}"
            self.state = "failed"
        finally:
            self.warmup_s = time.perf_counter() - t0
            self.ready.set()

    def _prebuild(self) -> None:
        """Fill the compile cache from a separate process first, unless a stamp says it is warm."""
        if self.source is None:
            return
        from jackpeer.model.compile_worker import prebuild, stamp_path

        cache = Path(os.environ["TORCHINDUCTOR_CACHE_DIR"])
        path, quantize = self.source
        if not stamp_path(cache, self.model.config, quantize, self.model.norm.weight.dtype).exists():
            self.prebuild_error = prebuild(path, quantize)

    def usable(self, model: Transformer, tokens: torch.Tensor, pad: torch.Tensor | None) -> bool:
        """Whether this call has the shape the graph was compiled for (batch 1, no padding, no grad)."""
        return (
            self._compiled is not None
            and model is self.model
            and pad is None
            and tokens.shape == (1, 1)
            and model.max_batch == 1
            and not torch.is_grad_enabled()
            and not torch.is_inference_mode_enabled()  # inference tensors would need another graph
        )

    def __call__(
        self, model: Transformer, tokens: torch.Tensor, pos: torch.Tensor, pad: torch.Tensor | None
    ) -> torch.Tensor:
        """One decode step: tokens [B, 1] at position pos [1] -> float logits [B, V]."""
        if not self.usable(model, tokens, pad):
            return decode_logits(model, tokens, pos, pad)
        with torch.compiler.set_stance("eager_on_recompile"):  # never stall a reply on a compile
            return self._compiled(model, tokens, pos, pad)


# While a graph is traced (seconds of Python that holds the GIL), hand the GIL over this often instead of every 5 ms.
TRACING_SWITCH_INTERVAL_S = 0.0001
_tracing_lock = threading.Lock()
_tracing = [0, 0.005]  # traces running, the switch interval from before the first


@contextlib.contextmanager
def gil_shared_while_tracing():
    """Run a compile warm-up or a first traced step with a short GIL switch interval.

    Tracing is pure Python and holds the GIL; a thread that needs it between short native calls waits up to the
    switch interval for each. The screen's MiniLM heads make hundreds of such calls a check: in `make run`'s first
    35 s (warm cache), while the engine's step warmed up and then re-traced on the live model, children's typed
    messages took up to 6.8 s to show (py-spy: the tracing thread held the GIL, the screen checks waited for it).
    At 0.5 ms the slowest message of a start still took 0.8-8.8 s (seven runs); at 0.1 ms 0.4 and 0.65 s (two).
    """
    with _tracing_lock:
        if _tracing[0] == 0:
            _tracing[1] = sys.getswitchinterval()
            sys.setswitchinterval(TRACING_SWITCH_INTERVAL_S)
        _tracing[0] += 1
    try:
        yield
    finally:
        with _tracing_lock:
            _tracing[0] -= 1
            if _tracing[0] == 0:
                sys.setswitchinterval(_tracing[1])


def leave_if_compiling(thread: threading.Thread | None) -> None:
    """At interpreter exit with a warm-up thread still running, leave at once: tearing down the C++
    runtime under a compiling thread aborts the process ("terminate called without an active
    exception"). An uncaught exception exits with 1, else with `exit_status`."""
    if thread is not None and thread.is_alive():
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(1 if getattr(sys, "last_value", None) is not None else exit_status)
