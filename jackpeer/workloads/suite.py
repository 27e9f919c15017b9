"""The training workloads: model, optimizer, endless batches, a forward-only loss and a full step."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F
from torch import nn

from jackpeer.errors import ConfigError
from jackpeer.workloads import data
from jackpeer.workloads.lstm import LSTMLM
from jackpeer.workloads.vision import MobileNet, ResNet, SmallCNN

Batch = tuple[torch.Tensor, torch.Tensor]


@dataclass
class Workload:
    """One training workload; `step` = zero_grad + forward (loss_fn) + backward + optimizer step."""

    name: str
    model: nn.Module
    optimizer: torch.optim.Optimizer
    loss_fn: Callable[[nn.Module, Batch], torch.Tensor]
    batches: Iterator[Batch]
    batch_size: int
    device: torch.device
    info: dict = field(default_factory=dict)

    def step(self, batch: Batch) -> torch.Tensor:
        """One training step on batch; returns the (detached) loss."""
        self.optimizer.zero_grad(set_to_none=True)
        loss = self.loss_fn(self.model, batch)
        loss.backward()
        self.optimizer.step()
        return loss.detach()


def classification_loss(model: nn.Module, batch: Batch) -> torch.Tensor:
    """Cross-entropy of class logits against labels (forward only)."""
    x, y = batch
    return F.cross_entropy(model(x), y)


def lm_loss(model: nn.Module, batch: Batch) -> torch.Tensor:
    """Next-token cross-entropy over every position (forward only)."""
    ids, targets = batch
    logits = model(ids)
    return F.cross_entropy(logits.reshape(-1, logits.size(-1)), targets.reshape(-1))


def _llama(preset: str) -> nn.Module:
    # The only import of model/: the suite's small Llama is the project's own transformer.
    from jackpeer.model import LlamaConfig, Transformer

    config = LlamaConfig.preset(preset)
    if config.vocab_size < 256:
        raise ConfigError(f"preset {preset!r} has fewer than 256 tokens; byte-level text needs 256")
    model = Transformer(config)
    # GPT-2-style N(0, 0.02) init: nn.Embedding's N(0, 1), tied to the head, starts the loss near 50.
    for module in model.modules():
        if isinstance(module, (nn.Linear, nn.Embedding)):
            nn.init.normal_(module.weight, std=0.02)
    return model


# name -> (kind, model factory, default batch size, optimizer, what it stands for)
_SPECS: dict[str, tuple[str, Callable[[], nn.Module], int, str, str]] = {
    "cnn": ("image", SmallCNN, 64, "sgd", "small CNN (LeNet-like) on digits 32×32"),
    "mobilenet": ("image", MobileNet, 32, "sgd", "MobileNetV2-style inverted residuals on digits 32×32"),
    "resnet": ("image", ResNet, 32, "sgd", "CIFAR-style ResNet-8 on digits 32×32"),
    "lstm": ("text", LSTMLM, 16, "adam", "2-layer LSTM LM (hidden 256), byte-level chatterbot text, seq 35"),
    "llama": ("text", lambda: _llama("tiny"), 8, "adam", "Llama 'tiny' preset, byte-level chatterbot text, seq 128"),
    "llama-small": ("text", lambda: _llama("small"), 4, "adam", "Llama 'small' preset, byte-level text, seq 128"),
}
WORKLOADS: tuple[str, ...] = ("cnn", "mobilenet", "resnet", "lstm", "llama")  # the benchmark suite
ALL_WORKLOADS: tuple[str, ...] = tuple(_SPECS)  # the suite plus larger variants
SEQ_LEN = {"lstm": 35, "llama": 128, "llama-small": 128}


def get_workload(
    name: str, device: str | torch.device = "cpu", batch_size: int | None = None, *, optimizer: str | None = None, seed: int = 0
) -> Workload:
    """Build workload `name` on `device` (model, optimizer, batches); no download needed."""
    if name not in _SPECS:
        raise ConfigError(f"unknown workload {name!r}; choose one of: {', '.join(_SPECS)}")
    kind, factory, default_batch, default_opt, about = _SPECS[name]
    batch_size = batch_size or default_batch
    if batch_size < 1:
        raise ConfigError(f"batch size must be at least 1, got {batch_size}")
    optimizer = optimizer or default_opt
    try:
        device = torch.device(device)
    except RuntimeError as err:
        raise ConfigError(f"bad device {device!r} ({err}); use 'cpu' or 'cuda'") from err
    if device.type == "cuda" and not torch.cuda.is_available():
        raise ConfigError("CUDA is not available in this PyTorch build or machine; use device 'cpu'")
    torch.manual_seed(seed)
    model = factory().to(device)
    model.train()
    if optimizer == "sgd":
        opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    elif optimizer == "adam":
        opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    else:
        raise ConfigError(f"unknown optimizer {optimizer!r}; choose 'sgd' or 'adam'")
    if kind == "image":
        x, y = data.digits_images(32)
        batches, loss_fn = data.image_batches(x, y, batch_size, device, seed), classification_loss
        samples = batch_size
    else:
        seq_len = SEQ_LEN[name]
        batches = data.text_batches(data.corpus_bytes(), batch_size, seq_len, device, seed)
        loss_fn, samples = lm_loss, batch_size
    info = {"about": about, "optimizer": optimizer, "samples_per_step": samples,
            "params": sum(p.numel() for p in model.parameters())}  # fmt: skip
    return Workload(name, model, opt, loss_fn, batches, batch_size, device, info)
