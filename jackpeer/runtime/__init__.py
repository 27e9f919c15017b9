"""runtime/: per-op thread counts and co-running of independent ops for training (runtime-scheduling.md).

    import jackpeer.runtime                      # registers torch.compile(backend="jack")
    from jackpeer.runtime import JackRuntime, RuntimeConfig
    rt = JackRuntime(RuntimeConfig(mode="corun"))
    fast = rt.compile(model)                     # train with `fast` exactly like `model`
    print_report(rt, console); draw_gantt(...)   # what it decided

Depends on PyTorch only.
"""

from torch._dynamo import register_backend

from jackpeer.runtime.backend import JackGraph, JackRuntime
from jackpeer.runtime.config import RuntimeConfig
from jackpeer.runtime.report import draw_gantt, print_report, runtime_report

__all__ = ["JackGraph", "JackRuntime", "RuntimeConfig", "compile_step", "draw_gantt", "jack_backend",
           "print_report", "runtime_for", "runtime_report"]

_RUNTIMES: dict[str, JackRuntime] = {}


def runtime_for(options: dict | None = None) -> JackRuntime:
    """The shared runtime for a set of backend options (one per distinct options dict)."""
    key = repr(sorted((options or {}).items()))
    if key not in _RUNTIMES:
        _RUNTIMES[key] = JackRuntime(RuntimeConfig.from_options(options))
    return _RUNTIMES[key]


@register_backend(name="jack")
def jack_backend(gm, example_inputs, options: dict | None = None):
    """torch.compile(model, backend="jack", options={...RuntimeConfig fields}); see runtime_for."""
    return runtime_for(options)(gm, example_inputs)


def compile_step(model, config: RuntimeConfig | None = None):
    """Compile `model` under a new runtime; returns (compiled model, runtime) for training loops."""
    rt = JackRuntime(config)
    return rt.compile(model), rt
