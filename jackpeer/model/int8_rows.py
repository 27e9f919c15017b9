"""Many rows at once through an int8 oneDNN matmul (VNNI / AMX): the batched and prefill path.

The weight-only kernels of quantize.py dequantize their weights for every row they multiply, so
their cost grows with the rows: on a 2-core AVX-512 machine a 576×3072 int4 matmul took 48 µs for
one row and 306 µs for 16. oneDNN's int8 kernel quantizes the activations too (8 bits, a scale per
row) and multiplies int8 by int8 with VNNI instructions: 120 µs for 16 rows, 179 µs
for 32, One row stays on the weight-only kernels, which are faster there (a decode step of one sequence).

Only decode steps take this path, not prefill: quantizing the activations costs some accuracy. With
every many-row input on it (prefill included), the default model's perplexity on bench/model.py's
text was 25.6 against 25.1 for int4 weight-only (top-1 agreement with fp32 0.87 against 0.96), for
1.8× the prefill speed. A batched decode step samples candidates at temperature >= 0.6 (the room's
best-of-N, API clients), where that difference is small next to the sampling's own spread.

oneDNN keeps its packed weight in an opaque tensor that neither `copy.deepcopy` nor a compiled
graph's fake tensors can handle, so the weight sits in a `PackedInt8` holder, and the matmul is a
custom op that takes the holder's integer handle: a compiled graph calls it as one opaque op.
"""

import itertools
import weakref

import torch

# Below this many rows the weight-only kernels are faster (a decode step of a few sequences).
ROWS_MIN = 6


def takes_rows_path(x: torch.Tensor) -> bool:
    """Whether x [B, T, in] is a decode step (T == 1) of at least ROWS_MIN sequences."""
    return x.dim() == 3 and x.size(1) == 1 and x.size(0) >= ROWS_MIN

_holders: "weakref.WeakValueDictionary[int, PackedInt8]" = weakref.WeakValueDictionary()
_next_handle = itertools.count()


def available() -> bool:
    """Whether this PyTorch build has oneDNN's int8 linear (CPU builds with mkldnn)."""
    return torch.backends.mkldnn.is_available() and hasattr(torch.ops.onednn, "qlinear_prepack")


class PackedInt8:
    """A float weight [out, in] quantized to int8 per output row and packed for oneDNN.

    Shared, never copied: a twin of the model (compiled.twin) uses the same holder.
    """

    def __init__(self, weight: torch.Tensor):
        w = weight.detach().float()
        scale = (torch.linalg.vector_norm(w, float("inf"), dim=1) / 127).clamp(min=1e-8)
        q = torch.empty(w.shape, dtype=torch.int8)
        for r in range(0, w.size(0), 4096):  # in row blocks: a big LM head needs no full-size temporaries
            q[r : r + 4096] = torch.round(w[r : r + 4096] / scale[r : r + 4096, None]).clamp(-127, 127)
        self.packed = torch.ops.onednn.qlinear_prepack(q, None)
        self.scales = scale
        self.zeros = torch.zeros(w.size(0), dtype=torch.long)
        self.out_features = w.size(0)
        self.handle = next(_next_handle)
        _holders[self.handle] = self

    def __deepcopy__(self, memo) -> "PackedInt8":
        return self


@torch.library.custom_op("jackpeer::int8_rows_linear", mutates_args=())
def int8_rows_linear(x: torch.Tensor, handle: int) -> torch.Tensor:
    """x [M, in] (any float dtype) · wᵀ with the weight of holder `handle`, output in x's dtype.

    Each row of x is quantized with its own symmetric scale s_r (one scale for the whole input let a
    single outlier row or channel flatten every other row: perplexity doubled). oneDNN takes one
    activation scale, so it gets the rows as q_r + 128 with zero point 128 and scale 1, and each
    output row is multiplied by s_r afterwards."""
    w = _holders[handle]
    xf = x.float()
    scale = (xf.abs().amax(dim=1, keepdim=True) / 127).clamp(min=1e-8)
    qx = (torch.round(xf / scale) + 128).to(torch.uint8)
    y = torch.ops.onednn.qlinear_pointwise(
        qx, 1.0, 128, w.packed, w.scales, w.zeros, None, 1.0, 0, torch.float32, "none", [], ""
    )
    return (y * scale).to(x.dtype)


@int8_rows_linear.register_fake
def _(x: torch.Tensor, handle: int) -> torch.Tensor:
    return x.new_empty(x.size(0), _holders[handle].out_features)
