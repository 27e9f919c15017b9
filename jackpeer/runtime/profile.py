"""Measuring a graph's ops at several thread counts on the real inputs of one training step.

Spec §6.2 steps 2-3. Inputs only exist at run time (at compile time they are FakeTensors), so
the first profiled call walks the graph node by node: each compute op not yet in the cache is
timed at every swept count on its real inputs (a warm-up run first at each count), then run
once more for real at the caller's count. The step's results are therefore exactly those of the
plain graph: the extra runs use the same inputs, RNG ops get the generator state restored, and
ops that write their inputs are never repeated.
"""

import time

import torch
from torch import fx

from jackpeer.runtime.nodes import is_compute, is_rng, mutated_inputs, signature
from jackpeer.runtime.perfmodel import OpProfile
from jackpeer.runtime.threads import set_threads


def _timed(fn, args, kwargs) -> tuple[object, float]:
    start = time.perf_counter_ns()
    out = fn(*args, **kwargs)
    return out, (time.perf_counter_ns() - start) / 1e3


def sweep_op(fn, args, kwargs, counts: tuple[int, ...], held_counts: tuple[int, ...], reps: int,
             rng: bool) -> OpProfile:
    """Time one op `reps` times at each count, and `reps` more held-out times per held count, in µs.

    Each count is measured as a block after an untimed run, so the samples are steady-state
    times: a count switch wakes or parks OpenMP workers, which the plan accounts for separately
    (threads.switch_cost_us). The held-out pass comes last, in the opposite order.
    """
    saved_threads = torch.get_num_threads()
    saved_rng = torch.get_rng_state() if rng else None
    try:
        fit_samples: dict[int, list[float]] = {}
        for t in counts:
            set_threads(t)
            fn(*args, **kwargs)
            fit_samples[t] = [_timed(fn, args, kwargs)[1] for _ in range(reps)]
        held: dict[int, list[float]] = {}
        for t in held_counts[::-1]:
            set_threads(t)
            fn(*args, **kwargs)
            held[t] = [_timed(fn, args, kwargs)[1] for _ in range(reps)]
    finally:
        set_threads(saved_threads)
        if saved_rng is not None:
            torch.set_rng_state(saved_rng)
    return OpProfile(fit_samples, held)


def profile_graph(gm: fx.GraphModule, args: list, known: dict[str, OpProfile], counts: tuple[int, ...],
                  held_counts: tuple[int, ...], reps: int) -> tuple[list, dict[str, OpProfile]]:
    """Run the graph once, sweeping compute ops whose signature is not in `known`.

    Returns the graph's outputs and the new profiles: swept ones for compute ops, and samples at
    the caller's count only for every other call node (their cost does not depend on it).
    """
    env: dict[fx.Node, object] = {}
    placeholders = iter(args)
    current = torch.get_num_threads()
    new: dict[str, OpProfile] = {}
    remaining = {n: len(n.users) for n in gm.graph.nodes}
    for node in gm.graph.nodes:
        if node.op == "placeholder":
            env[node] = next(placeholders)
            continue
        if node.op == "output":
            return fx.node.map_arg(node.args[0], env.__getitem__), new
        if node.op == "get_attr":
            env[node] = getattr(gm, node.target)
            continue
        a = fx.node.map_arg(node.args, env.__getitem__)
        k = fx.node.map_arg(node.kwargs, env.__getitem__)
        sig = signature(node)
        swept = False
        if sig not in known and sig not in new and is_compute(node) and not mutated_inputs(node):
            new[sig] = sweep_op(node.target, a, k, counts, held_counts, reps, is_rng(node))
            swept = True
        env[node], took = _timed(node.target, a, k)
        if not swept and sig not in known and sig not in new:
            samples = [took]
            if not mutated_inputs(node) and not is_rng(node):
                # One sample of a µs-scale op is at the mercy of a preemption: take a few.
                samples += [_timed(node.target, a, k)[1] for _ in range(reps - 1)]
            new[sig] = OpProfile({current: samples}, {})
        for inp in node.all_input_nodes:  # free intermediates like the generated code does
            remaining[inp] -= 1
            if remaining[inp] == 0 and inp.op != "placeholder":
                env.pop(inp, None)
    raise RuntimeError("graph has no output node")
