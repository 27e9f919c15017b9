"""`with session(...) as s:` — samplers, phase and step markers, and a torch.profiler trace window."""

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

import torch
from torch import nn
from torch.autograd.profiler import record_function

from jackpeer.errors import InputError
from jackpeer.profile.cpu import CPUSource
from jackpeer.profile.jetson import JetsonSource
from jackpeer.profile.nvml import NVMLSource
from jackpeer.profile.rapl import RAPLSource
from jackpeer.profile.sampler import Sampler
from jackpeer.profile.trace import PHASE_PREFIX, STEP_PREFIX, parse_trace, start_trace

_ACTIVE: list["Session"] = []  # the innermost open session, for jackpeer.profile.step()


def _cuda_in_use() -> bool:
    return torch.cuda.is_available() and torch.cuda.is_initialized()


class Session:
    """Collects one profiling run; see `jackpeer.profile.session` for the arguments."""

    def __init__(
        self,
        name: str = "session",
        *,
        rate_hz: float = 10.0,
        warmup_steps: int = 3,
        trace_steps: int = 0,
        model: nn.Module | None = None,
        auto: bool = False,
        out_dir: str | Path | None = None,
        samples_per_step: int | None = None,
        sources: list | None = None,
    ) -> None:
        if rate_hz <= 0 or warmup_steps < 0 or trace_steps < 0:
            raise InputError("rate_hz must be positive and warmup_steps/trace_steps non-negative")
        self.name, self.rate_hz, self.model, self.auto = name, rate_hz, model, auto
        self.warmup_steps, self.trace_steps = warmup_steps, trace_steps
        self.out_dir = Path(out_dir) if out_dir is not None else None
        self.samples_per_step = samples_per_step
        self.sources = sources if sources is not None else [CPUSource(), RAPLSource(), NVMLSource(), JetsonSource()]
        self.step_ends: list[int] = []
        self.phases: list[tuple[str, int, int, int]] = []  # (phase, step, start_ns, end_ns)
        self.cuda_phase_peak: list[tuple[str, int, int]] = []  # (phase, step, peak allocated bytes)
        self.extra: dict = {}  # filled by callers (memory breakdown, workload info, overhead)
        self.trace: dict | None = None
        self._prof = None
        self._traced_phase_starts: list[int] = []
        self._trace_first_step = 0
        self._layer_hooks: list = []
        self._auto_hooks: list = []
        self._module_stack: list = []
        self._open: tuple[str, int, object | None] | None = None  # auto mode's open phase
        self._depth = 0
        self.report: dict | None = None

    # ---- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> "Session":
        self.sampler = Sampler(self.sources, self.rate_hz)
        self.start_ns = time.perf_counter_ns()
        self.sampler.start()
        if self.auto:
            self._install_auto_hooks()
            self._open_phase("data")
        if self.trace_steps and self.warmup_steps == 0:
            self._start_trace()
        _ACTIVE.append(self)
        return self

    def __exit__(self, *exc) -> None:
        _ACTIVE.remove(self)
        if self.auto:
            self._close_phase()
            for hook in self._auto_hooks:
                hook.remove()
        self._stop_trace()
        self.end_ns = time.perf_counter_ns()
        self.sampler.stop()
        for source in self.sources:
            if hasattr(source, "close") and source.available:
                source.close()
        from jackpeer.profile.analysis import analyze

        if exc[0] is None:
            self.report = analyze(self)
        else:
            try:  # a partial profile of a failed run still helps, but must not mask the failure
                self.report = analyze(self)
            except Exception:
                self.report = None
        if self.out_dir is not None and exc[0] is None:
            from jackpeer.profile.report import write_reports

            write_reports(self.report, self.out_dir)

    # ---- markers ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        """Mark a training phase (e.g. "data", "forward", "backward", "optimizer") of the current step."""
        step = len(self.step_ends)
        tracing = self._prof is not None
        cuda = _cuda_in_use()
        if cuda:
            torch.cuda.reset_peak_memory_stats()
        start = time.perf_counter_ns()
        if tracing:
            self._traced_phase_starts.append(start)
            with record_function(PHASE_PREFIX + name):
                yield
        else:
            yield
        self.phases.append((name, step, start, time.perf_counter_ns()))
        if cuda:
            self.cuda_phase_peak.append((name, step, torch.cuda.max_memory_allocated()))

    def step(self) -> None:
        """Mark the end of a training step (in auto mode optimizer.step() does this for you)."""
        if self.auto:
            raise InputError("this session marks steps at optimizer.step() (auto=True); do not call step()")
        self._end_step()

    def _end_step(self) -> None:
        if _cuda_in_use():
            torch.cuda.synchronize()  # so a step's time includes its queued GPU work
        if self._prof is not None:
            with record_function(STEP_PREFIX):
                pass
        self._module_stack.clear()
        done = len(self.step_ends) + 1
        # Trace start/stop (and parsing) happen before the step's end is stamped, so their cost lands
        # in a warm-up or traced step, never in a timing step.
        if self.trace_steps and done == self.warmup_steps:
            self._start_trace(first_step=done)
        elif self._prof is not None and done == self.warmup_steps + self.trace_steps:
            self._stop_trace()
        self.step_ends.append(time.perf_counter_ns())

    # ---- torch.profiler window and layer markers ---------------------------------------------
    def _start_trace(self, first_step: int = 0) -> None:
        self._trace_first_step = first_step
        if self.model is not None:
            for mname, module in self.model.named_modules():
                # The root gets its class name, so ops outside any child module still land on a layer.
                label = mname or type(module).__name__
                self._layer_hooks.append(module.register_forward_pre_hook(self._enter_module(label)))
                self._layer_hooks.append(module.register_forward_hook(self._exit_module))
        self._prof = start_trace()

    def _stop_trace(self) -> None:
        if self._prof is None:
            return
        prof, self._prof = self._prof, None
        prof.stop()
        for hook in self._layer_hooks:
            hook.remove()
        self._layer_hooks.clear()
        self.trace = parse_trace(prof, self._traced_phase_starts, self._trace_first_step)

    def _enter_module(self, mname: str):
        def hook(module, args):
            rf = record_function("module:" + mname)
            rf.__enter__()
            self._module_stack.append(rf)

        return hook

    def _exit_module(self, module, args, output) -> None:
        if self._module_stack:
            self._module_stack.pop().__exit__(None, None, None)

    # ---- auto mode: phases from global module and optimizer hooks ----------------------------
    def _install_auto_hooks(self) -> None:
        from torch.nn.modules.module import register_module_forward_hook, register_module_forward_pre_hook
        from torch.optim.optimizer import register_optimizer_step_post_hook, register_optimizer_step_pre_hook

        self._auto_hooks = [
            register_module_forward_pre_hook(self._auto_forward_pre),
            register_module_forward_hook(self._auto_forward_post),
            register_optimizer_step_pre_hook(lambda opt, args, kwargs: self._open_phase("optimizer")),
            register_optimizer_step_post_hook(self._auto_optimizer_post),
        ]

    def _auto_forward_pre(self, module, args) -> None:
        if self._depth == 0 and torch.is_grad_enabled():
            self._open_phase("forward")
        self._depth += 1

    def _auto_forward_post(self, module, args, output) -> None:
        self._depth -= 1
        if self._depth == 0 and self._open is not None and self._open[0] == "forward":
            # Inferred: what follows the outermost forward until optimizer.step() is the backward.
            self._open_phase("backward")

    def _auto_optimizer_post(self, opt, args, kwargs) -> None:
        self._close_phase()
        self._end_step()
        self._open_phase("data")

    def _open_phase(self, name: str) -> None:
        self._close_phase()
        rf = None
        start = time.perf_counter_ns()
        if self._prof is not None:
            self._traced_phase_starts.append(start)
            rf = record_function(PHASE_PREFIX + name)
            rf.__enter__()
        self._open = (name, start, rf)

    def _close_phase(self) -> None:
        if self._open is None:
            return
        name, start, rf = self._open
        self._open = None
        if rf is not None:
            rf.__exit__(None, None, None)
        self.phases.append((name, len(self.step_ends), start, time.perf_counter_ns()))


def session(name: str = "session", **kwargs) -> Session:
    """A profiling session: `with session("run", trace_steps=5, model=m) as s:` ... `s.step()` per step.

    rate_hz: sampling rate of the background collectors; warmup_steps: steps left out of the
    statistics (and before the trace); trace_steps: steps traced per op by torch.profiler (0 =
    sampling mode, the low-overhead timing run); model: adds per-layer attribution while tracing;
    auto: phases and steps detected from module forward and optimizer.step hooks; out_dir:
    write report.json and report.html there on exit.
    """
    return Session(name, **kwargs)


def step() -> None:
    """Mark a step end in the innermost open session (no-op when none is open, so scripts run unprofiled)."""
    if _ACTIVE and not _ACTIVE[-1].auto:
        _ACTIVE[-1].step()
