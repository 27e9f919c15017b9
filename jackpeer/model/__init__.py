"""model/: the Llama 3 family in plain PyTorch."""

from jackpeer.model.config import LlamaConfig, RopeScaling
from jackpeer.model.transformer import Transformer

__all__ = ["LlamaConfig", "RopeScaling", "Transformer"]
