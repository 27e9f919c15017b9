"""What each node of a captured graph is: free or compute, its signature, and its dependencies.

Spec §6.2 step 1 proposed treating small element-wise work (≤ 32768 elements, ATen's grain) as
"free". Measured here, that misses kernels with their own smaller grain: `_log_softmax` on an
[8, 10] tensor opens an OpenMP region (on a loaded 2-core machine: 4.4 ms median at 2 threads,
3.7 µs at 1). So every op with a tensor output is a "compute" node, swept and given a count;
only views, `getitem` and ops without tensor output are free (they keep the current count).
"""

import operator

import torch
from torch import fx


def op_name(node: fx.Node) -> str:
    """The ATen op's short name ('addmm'), or the Python function's name."""
    target = node.target
    if isinstance(target, torch._ops.OpOverload):
        return target._schema.name.split("::")[-1]
    return getattr(target, "__name__", str(target))


def _tensors(value) -> list:
    """The (fake) tensors in a node's meta value or in its arguments, flattened."""
    flat, _ = torch.utils._pytree.tree_flatten(value)
    return [v for v in flat if isinstance(v, torch.Tensor)]


def is_compute(node: fx.Node) -> bool:
    """True for nodes whose thread count matters: every op with a tensor output except views."""
    if node.op != "call_function" or node.target is operator.getitem:
        return False
    target = node.target
    if isinstance(target, torch._ops.OpOverload) and target.is_view:
        return False
    return bool(_tensors(node.meta.get("val")))


def is_rng(node: fx.Node) -> bool:
    """True for ops that draw from the global generator, whose order must be kept."""
    target = node.target
    return isinstance(target, torch._ops.OpOverload) and torch.Tag.nondeterministic_seeded in target.tags


def mutated_inputs(node: fx.Node) -> list[fx.Node]:
    """Input nodes this node writes to (in-place ops, `copy_`), from the op's schema."""
    target = node.target
    if not isinstance(target, torch._ops.OpOverload) or not target._schema.is_mutable:
        return []
    written = []
    for i, arg in enumerate(target._schema.arguments):
        if arg.alias_info is not None and arg.alias_info.is_write:
            value = node.args[i] if i < len(node.args) else node.kwargs.get(arg.name)
            if isinstance(value, fx.Node):
                written.append(value)
    return written


def _describe(value) -> str:
    """Shape, dtype and strides of a tensor; repr of anything else."""
    if isinstance(value, torch.Tensor):
        return f"{value.dtype}{list(value.shape)}/{list(value.stride())}"
    if isinstance(value, (list, tuple)):
        return "(" + ",".join(_describe(v) for v in value) + ")"
    return repr(value)


def signature(node: fx.Node) -> str:
    """Op overload + input shapes/dtypes/strides + non-tensor args: equal signatures share timings."""
    def meta(a):
        return a.meta.get("val") if isinstance(a, fx.Node) else a

    args = [_describe(fx.node.map_aggregate(a, meta)) for a in node.args]
    kwargs = [f"{k}={_describe(fx.node.map_aggregate(v, meta))}" for k, v in sorted(node.kwargs.items())]
    return f"{node.target}({', '.join(args + kwargs)})"


def _alias_users(node: fx.Node) -> set[fx.Node]:
    """Every node that reads `node` directly or through a chain of views of it."""
    users, stack = set(), [node]
    while stack:
        for user in stack.pop().users:
            if user not in users:
                users.add(user)
                if isinstance(user.target, torch._ops.OpOverload) and user.target.is_view:
                    stack.append(user)
    return users


def dependencies(nodes: list[fx.Node]) -> dict[fx.Node, set[fx.Node]]:
    """Each call node's predecessors among `nodes`: data edges, plus order edges for RNG and mutation.

    RNG ops stay in their original order (the CPU generator is global); a node that writes an
    input runs after every earlier reader of it, and every later reader runs after it (spec §6.5).
    """
    index = {n: i for i, n in enumerate(nodes)}
    deps: dict[fx.Node, set[fx.Node]] = {n: {p for p in n.all_input_nodes if p in index} for n in nodes}
    last_rng = None
    for n in nodes:
        if is_rng(n):
            if last_rng is not None:
                deps[n].add(last_rng)
            last_rng = n
    for n in nodes:
        for target in mutated_inputs(n):
            for user in _alias_users(target):
                if user is n or user not in index:
                    continue
                if index[user] < index[n]:
                    deps[n].add(user)
                else:
                    deps[user].add(n)
    return deps
