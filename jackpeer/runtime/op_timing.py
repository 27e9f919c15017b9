"""Measuring a graph's ops in place, one training step per thread count (spec §6.2 step 3).

Inputs only exist at run time (at compile time they are FakeTensors), so profiling happens on
real calls: a profiled call runs the graph node by node with every op at one thread count and
times each op where it stands in the step (caches and OpenMP teams in the state the real graph
leaves them). No op runs twice, so RNG and in-place semantics are those of the plain graph and
the call's results are exactly its results. Calls cycle through the counts; the rounds alternate
between "fit" (the model is fitted to these) and "held" (kept aside to test the model).
"""

import time

import torch
from torch import fx

from jackpeer.torch_threads import set_threads


def profile_call(gm: fx.GraphModule, args: list, threads: int) -> tuple[object, dict[fx.Node, float]]:
    """Run the graph once with every op at `threads`; its outputs and each call node's time (µs).

    `args` is AOT's boxed input list: it is emptied, and each input dropped at its last use.
    """
    env: dict[fx.Node, object] = {}
    placeholders = iter(list(args))
    args.clear()
    took: dict[fx.Node, float] = {}
    remaining = {n: len(n.users) for n in gm.graph.nodes}
    caller = torch.get_num_threads()
    set_threads(threads)
    try:
        for node in gm.graph.nodes:
            if node.op == "placeholder":
                env[node] = next(placeholders)
            elif node.op == "get_attr":
                env[node] = getattr(gm, node.target)
            elif node.op == "output":
                return fx.node.map_arg(node.args[0], env.__getitem__), took
            else:
                a = fx.node.map_arg(node.args, env.__getitem__)
                k = fx.node.map_arg(node.kwargs, env.__getitem__)
                start = time.perf_counter_ns()
                env[node] = node.target(*a, **k)
                took[node] = (time.perf_counter_ns() - start) / 1e3
                for inp in node.all_input_nodes:  # free intermediates like the generated code does
                    remaining[inp] -= 1
                    if remaining[inp] == 0:
                        env.pop(inp, None)
    finally:
        set_threads(caller)
    raise RuntimeError("graph has no output node")


def profiling_calls(counts: tuple[int, ...], held_counts: tuple[int, ...], rounds: int) -> list[tuple[int, str]]:
    """The (thread count, role) of each profiled call: fit and held rounds alternate, `rounds` in all.

    With rounds=1 there is no held-out data (nothing to report the model's error on).
    """
    calls = []
    for r in range(rounds):
        if r % 2 == 0:
            calls += [(t, "fit") for t in counts]
        else:
            calls += [(t, "held") for t in held_counts[::-1]]
    return calls
