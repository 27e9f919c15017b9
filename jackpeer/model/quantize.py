"""Weight-only quantization with PyTorch's fused CPU kernels (spec llama3.md §7).

Weights are quantized once, at load; every forward runs an int8 or int4 matmul kernel
directly on the packed weights, never a dequantized float copy (that was 5–10× slower).
"""

import torch
from torch import nn


class Int8Linear(nn.Module):
    """y = x · (w_int8 · scale)ᵀ with per-output-row symmetric scales (`_weight_int8pack_mm`)."""

    def __init__(self, weight: torch.Tensor, dtype: torch.dtype):
        super().__init__()
        w = weight.detach().float()
        scale = (torch.linalg.vector_norm(w, float("inf"), dim=1) / 127).clamp(min=1e-8)  # max |w| per row
        q = torch.empty(w.shape, dtype=torch.int8, device=w.device)
        for r in range(0, w.size(0), 4096):  # in row blocks: a big LM head needs no full-size temporaries
            q[r : r + 4096] = torch.round(w[r : r + 4096] / scale[r : r + 4096, None]).clamp(-128, 127)
        self.register_buffer("weight", q)
        self.register_buffer("scales", scale.to(dtype))
        self.in_features, self.out_features = w.shape[1], w.shape[0]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        shape = x.shape[:-1]
        y = torch.ops.aten._weight_int8pack_mm(x.reshape(-1, self.in_features), self.weight, self.scales)
        return y.reshape(*shape, self.out_features)


class Int4Linear(nn.Module):
    """Groupwise asymmetric 4-bit weights (w = (q − 8)·scale + zero per group), tinygemm CPU kernel."""

    def __init__(self, weight: torch.Tensor, dtype: torch.dtype, group_size: int = 32):
        super().__init__()
        w = weight.detach().float()
        n, k = w.shape
        groups = w.reshape(n, k // group_size, group_size)
        lo, hi = groups.amin(-1, keepdim=True), groups.amax(-1, keepdim=True)
        scale = ((hi - lo) / 15).clamp(min=1e-8)
        q = torch.round((groups - lo) / scale).clamp(0, 15).to(torch.int32).reshape(n, k)
        zero = lo + 8 * scale  # the kernel computes (q - 8)·scale + zero
        sz = torch.stack([scale.reshape(n, -1).t(), zero.reshape(n, -1).t()], dim=-1)  # [k/g, n, 2]
        self.register_buffer("weight", torch.ops.aten._convert_weight_to_int4pack_for_cpu(q, 2))
        self.register_buffer("scales_and_zeros", sz.to(dtype).contiguous())
        self.group_size, self.in_features, self.out_features = group_size, k, n

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        shape = x.shape[:-1]
        y = torch.ops.aten._weight_int4pack_mm_for_cpu(
            x.reshape(-1, self.in_features), self.weight, self.group_size, self.scales_and_zeros
        )
        return y.reshape(*shape, self.out_features)


def int4_ok(k: int, n: int, group_size: int = 32) -> bool:
    """The int4 kernel needs in_features k divisible by the group size and by the 64-wide packing tile."""
    return k % group_size == 0 and k % 64 == 0 and n % 8 == 0


def quantized_linear(name: str, weight: torch.Tensor, mode: str, dtype: torch.dtype) -> nn.Module:
    """The int8/int4 replacement for the nn.Linear called `name` holding float weight [out, in]."""
    out_features, in_features = weight.shape
    # The LM head stays int8 in int4 mode: 4-bit logits over the whole vocabulary cost too much quality.
    if mode == "int4" and int4_ok(in_features, out_features) and name != "output":
        return Int4Linear(weight, dtype)
    if mode in ("int4", "int8"):
        return Int8Linear(weight, dtype)
    raise ValueError(f"unknown quantization mode {mode!r}")


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
