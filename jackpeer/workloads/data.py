"""Data shipped inside installed packages: scikit-learn's digits as images, chatterbot-corpus as bytes."""

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import torch
import torch.nn.functional as F
import yaml

from jackpeer.errors import ConfigError


def digits_images(size: int = 32) -> tuple[torch.Tensor, torch.Tensor]:
    """scikit-learn's 1,797 8×8 digits, upscaled bilinearly to size×size: images [N,1,S,S] in [0,1], labels [N]."""
    from sklearn.datasets import load_digits

    digits = load_digits()
    x = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16.0
    x = F.interpolate(x, size=(size, size), mode="bilinear", align_corners=False)
    return x, torch.tensor(digits.target, dtype=torch.long)


def english_corpus_text() -> str:
    """All English conversations of chatterbot-corpus, one utterance per line (no network)."""
    spec = importlib.util.find_spec("chatterbot_corpus")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("the text workloads need chatterbot-corpus: pip install --no-deps chatterbot-corpus")
    folder = Path(spec.submodule_search_locations[0]) / "data" / "english"
    lines: list[str] = []
    for path in sorted(folder.glob("*.yml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for conversation in doc.get("conversations") or []:
            lines.extend(str(turn) for turn in conversation if turn is not None)
    return "\n".join(lines) + "\n"


def corpus_bytes() -> torch.Tensor:
    """The English corpus as byte-level token ids [N] (vocabulary of 256, no tokenizer needed)."""
    return torch.tensor(list(english_corpus_text().encode("utf-8")), dtype=torch.long)


def image_batches(
    x: torch.Tensor, y: torch.Tensor, batch_size: int, device: torch.device, seed: int
) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
    """Endless random mini-batches (images, labels), moved to the device as they are drawn."""
    gen = torch.Generator().manual_seed(seed)
    while True:
        idx = torch.randint(0, x.size(0), (batch_size,), generator=gen)
        yield x[idx].to(device, non_blocking=True), y[idx].to(device, non_blocking=True)


def text_batches(
    tokens: torch.Tensor, batch_size: int, seq_len: int, device: torch.device, seed: int
) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
    """Endless random windows (inputs [B,T], next-token targets [B,T]) from a token stream."""
    gen = torch.Generator().manual_seed(seed)
    offsets = torch.arange(seq_len + 1)
    while True:
        starts = torch.randint(0, tokens.numel() - seq_len - 1, (batch_size, 1), generator=gen)
        window = tokens[starts + offsets]
        yield window[:, :-1].to(device, non_blocking=True), window[:, 1:].to(device, non_blocking=True)
