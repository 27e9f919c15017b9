"""Weight quantization (spec llama3.md §7): int4 groups of 32 or int8 rows, quantized once at load.

Every forward runs an integer-weight kernel on the packed weights, never a dequantized float copy
(that was 5–10× slower): our VNNI kernels (qmatmul.cpp, built by native.py) where this CPU and a
compiler allow (Q4Linear, Q8Linear), else PyTorch's own weight-only kernels (Int4Linear, Int8Linear).
"""

import torch
from torch import nn

from jackpeer.model import native

GROUP, ROWS = 32, 16  # qmatmul.cpp: inputs per quantization group, output rows per packed block


def int8_rows(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """(q int8 [n, k], scale float32 [n]) with w ≈ q·scale, symmetric per output row."""
    w = weight.detach().float()
    scale = (torch.linalg.vector_norm(w, float("inf"), dim=1) / 127).clamp(min=1e-8)  # max |w| per row
    q = torch.empty(w.shape, dtype=torch.int8, device=w.device)
    for r in range(0, w.size(0), 4096):  # in row blocks: a big LM head needs no full-size temporaries
        q[r : r + 4096] = torch.round(w[r : r + 4096] / scale[r : r + 4096, None]).clamp(-128, 127)
    return q, scale


def int4_groups(weight: torch.Tensor, group_size: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(q int32 [n, k] in 0..15, scale, minimum [n, k/group]) with w ≈ q·scale + minimum per group."""
    w = weight.detach().float()
    n, k = w.shape
    groups = w.reshape(n, k // group_size, group_size)
    lo, hi = groups.amin(-1, keepdim=True), groups.amax(-1, keepdim=True)
    scale = ((hi - lo) / 15).clamp(min=1e-8)
    q = torch.round((groups - lo) / scale).clamp(0, 15).to(torch.int32).reshape(n, k)
    return q, scale.reshape(n, -1), lo.reshape(n, -1)


def pack_q4(q: torch.Tensor, scale: torch.Tensor, minimum: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """qmatmul.cpp's q4 layout for q [n, k] in 0..15 with w = q·scale + minimum per row and group of 32
    (scale, minimum [n, k/32]): (uint8 [n/16, k/32·256], bf16 scales then minimums [n/16, k/32·32])."""
    n, k = q.shape
    # byte (block, group, p, row, j): low nibble k-offset 8p+j of the group, high nibble 8p+4+j
    nibbles = q.to(torch.uint8).view(n // ROWS, ROWS, k // GROUP, 4, 2, 4).permute(0, 2, 3, 1, 5, 4)
    packed = (nibbles[..., 0] | (nibbles[..., 1] << 4)).reshape(n // ROWS, -1).contiguous()
    sm = torch.stack([scale, minimum]).view(2, n // ROWS, ROWS, k // GROUP).permute(1, 3, 0, 2)
    return packed, sm.to(torch.bfloat16).reshape(n // ROWS, -1).contiguous()


def pack_q8(q: torch.Tensor) -> torch.Tensor:
    """qmatmul.cpp's q8 layout for q [n, k] int8: uint8 (q + 128) as [n/16, k·16], byte (block, group, c,
    row, j) holding k-offset 4c+j of the group."""
    n, k = q.shape
    biased = (q.to(torch.int16) + 128).to(torch.uint8)
    blocks = biased.view(n // ROWS, ROWS, k // GROUP, 8, 4).permute(0, 2, 3, 1, 4)
    return blocks.reshape(n // ROWS, -1).contiguous()


class Int8Linear(nn.Module):
    """y = x · (w_int8 · scale)ᵀ with per-output-row symmetric scales (`_weight_int8pack_mm`)."""

    def __init__(self, weight: torch.Tensor, dtype: torch.dtype):
        super().__init__()
        q, scale = int8_rows(weight)
        self.register_buffer("weight", q)
        self.register_buffer("scales", scale.to(dtype))
        self.out_features, self.in_features = q.shape

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        shape = x.shape[:-1]
        y = torch.ops.aten._weight_int8pack_mm(x.reshape(-1, self.in_features), self.weight, self.scales)
        return y.reshape(*shape, self.out_features)


class Int4Linear(nn.Module):
    """Groupwise asymmetric 4-bit weights (w = (q − 8)·scale + zero per group), tinygemm CPU kernel."""

    def __init__(self, weight: torch.Tensor, dtype: torch.dtype, group_size: int = 32):
        super().__init__()
        q, scale, lo = int4_groups(weight, group_size)
        n, k = q.shape
        zero = lo + 8 * scale  # the kernel computes (q - 8)·scale + zero
        sz = torch.stack([scale.t(), zero.t()], dim=-1)  # [k/g, n, 2]
        self.register_buffer("weight", torch.ops.aten._convert_weight_to_int4pack_for_cpu(q, 2))
        self.register_buffer("scales_and_zeros", sz.to(dtype).contiguous())
        self.group_size, self.in_features, self.out_features = group_size, k, n

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        shape = x.shape[:-1]
        y = torch.ops.aten._weight_int4pack_mm_for_cpu(
            x.reshape(-1, self.in_features), self.weight, self.group_size, self.scales_and_zeros
        )
        return y.reshape(*shape, self.out_features)


class Q4Linear(nn.Module):
    """Groupwise asymmetric 4-bit weights (w = q·scale + minimum per group of 32), our VNNI kernel (qmatmul.cpp);
    bf16 scales and minimums, the output in the input's dtype."""

    def __init__(self, weight: torch.Tensor):
        super().__init__()
        packed, scales_and_mins = pack_q4(*int4_groups(weight, GROUP))
        self.register_buffer("weight", packed)
        self.register_buffer("scales_and_mins", scales_and_mins)
        self.out_features, self.in_features = weight.shape

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        shape = x.shape[:-1]
        x = x.reshape(-1, self.in_features).contiguous()
        y = torch.ops.jackpeer.q4_mm(x, self.weight, self.scales_and_mins)
        return y.reshape(*shape, self.out_features)


class Q8Linear(nn.Module):
    """Symmetric 8-bit weights per output row (float32 scales), our VNNI kernel (qmatmul.cpp); float32 outputs
    where asked (the LM head's logits), else the input's dtype."""

    def __init__(self, weight: torch.Tensor, float_out: bool = False):
        super().__init__()
        q, scale = int8_rows(weight)
        self.register_buffer("weight", pack_q8(q))
        self.register_buffer("scales", scale.contiguous())
        self.out_features, self.in_features = weight.shape
        self.float_out = float_out

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        shape = x.shape[:-1]
        x = x.reshape(-1, self.in_features).contiguous()
        y = torch.ops.jackpeer.q8_mm(x, self.weight, self.scales, self.float_out)
        return y.reshape(*shape, self.out_features)


def int4_ok(k: int, n: int, group_size: int = 32) -> bool:
    """PyTorch's int4 kernel needs in_features k divisible by the group size and by the 64-wide packing
    tile, and out_features n by 16."""
    return k % group_size == 0 and k % 64 == 0 and n % 16 == 0


def quantized_linear(name: str, weight: torch.Tensor, mode: str, dtype: torch.dtype) -> nn.Module:
    """The int8/int4 replacement for the nn.Linear called `name` holding float weight [out, in]."""
    if mode not in ("int4", "int8"):
        raise ValueError(f"unknown quantization mode {mode!r}")
    out_features, in_features = weight.shape
    # our kernels take k in groups of 32 and n in blocks of 16
    vnni = in_features % GROUP == 0 and out_features % ROWS == 0 and weight.device.type == "cpu" and native.ensure_loaded()
    # The LM head stays int8 in int4 mode: 4-bit logits over the whole vocabulary cost too much quality.
    if mode == "int4" and name != "output":
        if vnni:
            return Q4Linear(weight)
        if int4_ok(in_features, out_features):
            return Int4Linear(weight, dtype)
    return Q8Linear(weight, float_out=name == "output") if vnni else Int8Linear(weight, dtype)


def quantize_model(model: nn.Module, mode: str, dtype: torch.dtype) -> nn.Module:
    """Replace every nn.Linear (the LM head too) by its int8/int4 form; the rest is cast to dtype.

    A tied LM head keeps the float embedding table for the lookup and gets its own packed copy.
    """
    model.to(dtype)
    names = [name for name, m in model.named_modules() if isinstance(m, nn.Linear)]
    for name in names:
        parent_name, _, attr = name.rpartition(".")
        parent = model.get_submodule(parent_name) if parent_name else model
        setattr(parent, attr, quantized_linear(name, getattr(parent, attr).weight, mode, dtype))
    return model
