"""The engine's compiled decode step: any number of rows, each at its own position, any cache span.

One `torch.compile` of `decode_logits` with the rows and the span as dynamic dimensions (the
cache views come in as ordinary tensors, see model/kv_cache.py) serves every batch the engine runs;
batch 1 gets its own graph (dynamo specializes sizes 0 and 1). Like the lm's step (model/compiled.py)
it warms up in a background thread on a twin of the model with its own small cache (a cold compile
first fills the on-disk cache from a low-priority process), so the engine decodes eagerly
meanwhile and never waits for a compile; a shape the graphs do not cover runs eagerly.
"""

import atexit
import copy
import os
import threading
import time
from pathlib import Path

import torch

from jackpeer.model import compiled
from jackpeer.model.compiled import COMPILE_OPTIONS, compile_enabled, gil_shared_while_tracing
from jackpeer.model.generate import decode_logits
from jackpeer.model.transformer import Transformer
from jackpeer.serve.slots import attach, new_storage, rows_view
from jackpeer.torch_threads import CORES, use_cores

# Rows the warm-up compiles for: batch 1 and the dynamic-rows graph (any row count above 1, any span).
WARMUP_ROWS = (1, 3)


class BatchStep:
    """Logits [n, V] for tokens [n, 1] at per-row positions [n, 1]: compiled once warmed up, eager before."""

    def __init__(self, model: Transformer, storage_len: int, enabled: bool | None = None,
                 source: tuple[Path, str] | None = None, storage_rows: int = max(WARMUP_ROWS)):
        self.model = model
        # (checkpoint, quantize mode) the model was loaded from: a cold compile then runs in a separate
        # low-priority process first (model/compile_worker.py); None compiles in this process only.
        self.source = source
        self.prebuild_error: str | None = None
        # The slot storage's length: the views' strides come from it, and the graph is specialized on them.
        self.storage_len = storage_len
        # The slot storage's rows: the twin's storage gets as many (its untouched pages cost no memory), else
        # the live model's first step of each kind re-traced into a different graph and compiled again
        # (35 s on the model thread instead of a 5 s cache hit).
        self.storage_rows = max(storage_rows, max(WARMUP_ROWS))
        # Like jackpeer.load's default: the compiled step is for CPU inference (JACK_COMPILE=0 turns it off).
        on_cpu = model.tok_embeddings.weight.device.type == "cpu"
        self.enabled = (compile_enabled() and on_cpu) if enabled is None else enabled
        self.state = "off"  # off -> compiling -> ready | failed
        self.error: str | None = None
        self.warmup_s: float | None = None
        self._compiled = None
        self._thread: threading.Thread | None = None
        self._traced: set[str] = set()  # step kinds ("one", "rows") already run compiled on the live model

    def start(self, background: bool = True) -> None:
        """Begin compiling (once, unless JACK_COMPILE=0); in a daemon thread unless background=False."""
        if self.state != "off" or not self.enabled:
            return
        self.state = "compiling"
        if background:
            self._thread = threading.Thread(target=self._warm_up, name="jack-engine-compile", daemon=True)
            self._thread.start()
            atexit.register(self._exit_while_compiling)
        else:
            self._warm_up()

    def _exit_while_compiling(self) -> None:
        compiled.leave_if_compiling(self._thread)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the warm-up has finished; True when the compiled step is in use."""
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
                shadow = self._twin()
                storage = new_storage(shadow, self.storage_rows, self.storage_len)
                span = max(9, self.storage_len // 2)
                view = attach(shadow, storage)
                ids = torch.arange(8).view(1, 8) * 7 + 1  # a few tokens in the cache: an all-zero cache is degenerate
                with torch.no_grad():
                    for rows in WARMUP_ROWS:
                        view.k, view.v, view.shared = storage.k[:, :1], storage.v[:, :1], None
                        shadow.hidden(ids, torch.arange(8))
                        shared = torch.tensor([[0, 8 if r else 0] for r in range(rows)])
                        if rows > 1:
                            torch._dynamo.maybe_mark_dynamic(shared, 0)
                        for t in (storage.k, storage.v):
                            t[:, 1:rows, :, :8] = t[:, :1, :, :8]
                        rows_in_use = rows_view(storage, 0, rows, span, shared)
                        view.k, view.v, view.shared = rows_in_use.k, rows_in_use.v, shared
                        tokens = (torch.arange(rows) * 11 + 3).view(rows, 1)
                        pos = torch.full((rows, 1), 8)
                        got = self._run(fn, shadow, tokens, pos)
                        want = decode_logits(shadow, tokens, pos, None)
                        if (got - want).abs().max() > 0.05 * want.abs().max():
                            raise RuntimeError("the compiled batched step disagrees with the eager step")
                del shadow, storage, view
            self._compiled = fn
            self.state = "ready"
        except Exception as err:  # no C++ compiler, an unsupported op...: eager decoding still works
            self.error = f"{type(err).__name__}: {err}"
            self.state = "failed"
        finally:
            self.warmup_s = time.perf_counter() - t0

    def _prebuild(self) -> None:
        """Fill the compile cache from a separate process first, unless a stamp says it is warm."""
        if self.source is None:
            return
        from jackpeer.model.compile_worker import prebuild, stamp_path

        cache = Path(os.environ["TORCHINDUCTOR_CACHE_DIR"])
        path, quantize = self.source
        storage = (self.storage_rows, self.storage_len)
        if not stamp_path(cache, self.model.config, quantize, self.model.norm.weight.dtype, storage).exists():
            self.prebuild_error = prebuild(path, quantize, storage)

    def _twin(self) -> Transformer:
        """A copy sharing every weight tensor (as compiled.twin) that leaves the live KVCache objects out:
        the engine keeps using them meanwhile, and their slot storage (a gigabyte for a big engine) is not
        copied. The twin gets its own caches afterwards."""
        memo: dict = {id(t): t for t in (*self.model.parameters(), *self.model.buffers())}
        for layer in self.model.layers:
            memo[id(layer.attention.kv_cache)] = None
        copied = copy.deepcopy(self.model, memo)
        copied.clear_caches()
        return copied

    def __call__(self, tokens: torch.Tensor, pos: torch.Tensor) -> torch.Tensor:
        """One decode step on the model's current cache views (set by SlotCache.use)."""
        if self._compiled is None or torch.is_grad_enabled() or torch.is_inference_mode_enabled():
            return decode_logits(self.model, tokens, pos, None)
        kind = "rows" if tokens.size(0) > 1 else "one"
        if kind not in self._traced:
            # The first step of each kind on the live model may re-trace (its guards differ from the
            # twin's in ways dynamo does not tell apart): seconds, as the kernels come from the warm-up's
            # cache. After that a shape the graphs do not cover runs eagerly, never stalling on a compile.
            self._traced.add(kind)
            with gil_shared_while_tracing():
                return self._run(self._compiled, self.model, tokens, pos)
        with torch.compiler.set_stance("eager_on_recompile"):
            return self._run(self._compiled, self.model, tokens, pos)

    @staticmethod
    def _run(fn, model: Transformer, tokens: torch.Tensor, pos: torch.Tensor) -> torch.Tensor:
        if tokens.size(0) > 1:  # the rows dimension stays symbolic (size 1 has its own graph)
            torch._dynamo.maybe_mark_dynamic(tokens, 0)
            torch._dynamo.maybe_mark_dynamic(pos, 0)
        return fn(model, tokens, pos, None)
