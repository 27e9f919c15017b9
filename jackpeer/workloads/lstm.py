"""A word-level-style LSTM language model over bytes (Zaremba et al. 2014 shape, sequence 35)."""

import torch
from torch import nn


class LSTMLM(nn.Module):
    """Embedding -> multi-layer LSTM -> linear head over the vocabulary; returns logits [B,T,V]."""

    def __init__(self, vocab_size: int = 256, dim: int = 128, hidden: int = 256, layers: int = 2):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.lstm = nn.LSTM(dim, hidden, layers, batch_first=True)
        self.head = nn.Linear(hidden, vocab_size)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        out, _ = self.lstm(self.embed(ids))
        return self.head(out)
