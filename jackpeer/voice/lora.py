"""LoRA in plain PyTorch: low-rank updates W + (alpha/r)·B·A on chosen linears of the transformer.

Training wraps each target nn.Linear in a `LoRALinear`; the base weights stay frozen. An adapter
file holds only A, B and the settings; loading merges B·A into the float weights *before*
quantization (see `jackpeer.load(adapter=...)`), so a model with an adapter decodes exactly as
fast as one without.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
from torch import nn

from jackpeer.errors import ModelFileError

# The transformer's fused projections (our naming: attention.wqkv, attention.wo, feed_forward.w13/w2).
DEFAULT_TARGETS = ("wqkv", "wo", "w13", "w2")
ADAPTER_FORMAT = "jackpeer-lora-1"
# Shipped only when it raised the held-out pass rate of bench/turns.py (issue 13 §3).
SHIPPED_ADAPTER = Path(__file__).with_name("data") / "adapter.pt"


@dataclass
class LoRAConfig:
    """Which linears get an adapter and its size. `layers` = only the last N blocks (0 = all): the
    lower blocks then need no backward pass at all, which makes training several times cheaper."""

    rank: int = 8
    alpha: float = 16.0
    targets: list[str] = field(default_factory=lambda: list(DEFAULT_TARGETS))
    layers: int = 0

    @property
    def scale(self) -> float:
        """The factor on B·A."""
        return self.alpha / self.rank


class LoRALinear(nn.Module):
    """y = base(x) + scale · (x Aᵀ) Bᵀ; B starts at zero, so training starts from the base model."""

    def __init__(self, base: nn.Linear, rank: int, scale: float):
        super().__init__()
        self.base = base
        self.scale = scale
        self.lora_a = nn.Parameter(torch.empty(rank, base.in_features, device=base.weight.device))
        self.lora_b = nn.Parameter(torch.zeros(base.out_features, rank, device=base.weight.device))
        nn.init.kaiming_uniform_(self.lora_a, a=math.sqrt(5))  # as nn.Linear initialises its weight

    @property
    def weight(self) -> torch.Tensor:
        """The base weight (code that reads `.weight`, e.g. tied embeddings, sees the frozen matrix)."""
        return self.base.weight

    def delta(self) -> torch.Tensor:
        """scale · B·A, the update this adapter adds to the base weight [out, in]."""
        return self.scale * (self.lora_b @ self.lora_a)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + self.scale * ((x @ self.lora_a.t().to(x.dtype)) @ self.lora_b.t().to(x.dtype))


def target_names(model: nn.Module, cfg: LoRAConfig) -> list[str]:
    """Module names of the linears that get an adapter (in the last `cfg.layers` blocks when set)."""
    n_layers = len(model.layers)
    first = n_layers - cfg.layers if cfg.layers else 0
    names = []
    for name, module in model.named_modules():
        if not isinstance(module, nn.Linear) or name.rpartition(".")[2] not in cfg.targets:
            continue
        parts = name.split(".")
        if parts[0] == "layers" and int(parts[1]) >= first:
            names.append(name)
    return names


def add_lora(model: nn.Module, cfg: LoRAConfig) -> list[str]:
    """Freeze every parameter of `model` and wrap the target linears in LoRALinear; returns their names."""
    for p in model.parameters():
        p.requires_grad_(False)
    names = target_names(model, cfg)
    if not names:
        raise ModelFileError(f"no linear named {cfg.targets} in this model; nothing to adapt")
    for name in names:
        parent, _, child = name.rpartition(".")
        owner = model.get_submodule(parent)
        setattr(owner, child, LoRALinear(getattr(owner, child), cfg.rank, cfg.scale))
    return names


def adapter_state(model: nn.Module, cfg: LoRAConfig, base: str = "default") -> dict:
    """The adapter as a plain dict: settings plus A and B per adapted linear (float32, CPU)."""
    tensors = {}
    for name, module in model.named_modules():
        if isinstance(module, LoRALinear):
            tensors[name] = {"a": module.lora_a.detach().float().cpu(), "b": module.lora_b.detach().float().cpu()}
    return {"format": ADAPTER_FORMAT, "config": asdict(cfg), "base": base, "tensors": tensors}


def shipped_adapter() -> str | None:
    """The adapter shipped for the default model, or None when the repository ships none."""
    return str(SHIPPED_ADAPTER) if SHIPPED_ADAPTER.is_file() else None


def save_adapter(state: dict, path: str | os.PathLike) -> None:
    """Write an adapter file atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    torch.save(state, tmp)
    os.replace(tmp, path)


def load_adapter(path: str | os.PathLike) -> dict:
    """Read an adapter file written by save_adapter; ModelFileError when it is not one."""
    path = Path(path)
    if not path.is_file():
        raise ModelFileError(f"{path}: no such adapter file; train one with `jack voice train --out {path}`.")
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as err:  # torch raises several types for a damaged or foreign file
        raise ModelFileError(f"{path}: not a readable adapter file ({err}).") from err
    if not isinstance(state, dict) or state.get("format") != ADAPTER_FORMAT:
        raise ModelFileError(f"{path}: not a jackpeer LoRA adapter (format {ADAPTER_FORMAT} expected).")
    return state


def adapter_deltas(state: dict) -> dict[str, torch.Tensor]:
    """Weight name -> scale·B·A for every adapted linear of an adapter."""
    cfg = LoRAConfig(**state["config"])
    return {f"{name}.weight": cfg.scale * (t["b"] @ t["a"]) for name, t in state["tensors"].items()}


def merge_stream(weights: Iterable[tuple[str, torch.Tensor]], state: dict,
                 source: str = "") -> Iterator[tuple[str, torch.Tensor]]:
    """Pass weights through, adding the adapter's update to the ones it adapts (before any quantization);
    ModelFileError when the adapter names a weight the model lacks or has another shape."""
    deltas = adapter_deltas(state)
    for name, w in weights:
        delta = deltas.pop(name, None)
        if delta is not None:
            if tuple(delta.shape) != tuple(w.shape):
                raise ModelFileError(f"{source}: the adapter's {name} is {tuple(delta.shape)} but the model's is "
                                     f"{tuple(w.shape)}; it was trained for another model.")
            w = w.float() + delta
        yield name, w
    if deltas:
        raise ModelFileError(f"{source}: the adapter adapts {sorted(deltas)[:3]}, which this model does not have; "
                             "it was trained for another model.")


def merge_into(model: nn.Module) -> nn.Module:
    """Fold every LoRALinear of a trained model back into a plain nn.Linear (W + scale·B·A)."""
    for name, module in list(model.named_modules()):
        if isinstance(module, LoRALinear):
            with torch.no_grad():
                module.base.weight += module.delta().to(module.base.weight.dtype)
            parent, _, child = name.rpartition(".")
            setattr(model.get_submodule(parent), child, module.base)
    return model
