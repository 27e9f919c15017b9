"""LlamaConfig: the shape of a Llama 3 family model, its presets and its parameter count."""

import math
from dataclasses import asdict, dataclass, field, replace

from jackpeer.errors import ConfigError


@dataclass(frozen=True)
class RopeScaling:
    """Llama 3.1 long-context frequency scaling (HF rope_type "llama3")."""

    factor: float = 8.0
    low_freq_factor: float = 1.0
    high_freq_factor: float = 4.0
    original_max_position_embeddings: int = 8192


@dataclass(frozen=True)
class LlamaConfig:
    """Hyperparameters of a decoder-only Llama transformer (spec llama3.md §1)."""

    vocab_size: int
    dim: int
    n_layers: int
    n_heads: int
    n_kv_heads: int
    ffn_dim: int
    head_dim: int = 0  # 0 means dim // n_heads
    norm_eps: float = 1e-5
    rope_theta: float = 500000.0
    rope_scaling: RopeScaling | None = None
    max_seq_len: int = 8192
    tie_embeddings: bool = False
    extra: dict = field(default_factory=dict, compare=False)  # e.g. bos/eos ids, chat format

    def __post_init__(self) -> None:
        if self.head_dim == 0:
            object.__setattr__(self, "head_dim", self.dim // max(self.n_heads, 1))
        problems = []
        if min(self.vocab_size, self.dim, self.n_layers, self.n_heads, self.n_kv_heads, self.ffn_dim) <= 0:
            problems.append("all sizes must be positive")
        elif self.n_heads % self.n_kv_heads:
            problems.append(f"n_heads ({self.n_heads}) must be a multiple of n_kv_heads ({self.n_kv_heads})")
        if self.head_dim % 2:
            problems.append(f"head_dim ({self.head_dim}) must be even for RoPE")
        if problems:
            raise ConfigError("invalid model config: " + "; ".join(problems) + ". Fix the config values.")

    @staticmethod
    def ffn_dim_from_multiplier(dim: int, multiplier: float | None, multiple_of: int) -> int:
        """Meta's FFN width rule: F = multiple_of · ceil(m · int(8·dim/3) / multiple_of)."""
        hidden = int(2 * 4 * dim / 3)
        if multiplier is not None:
            hidden = int(multiplier * hidden)
        return multiple_of * math.ceil(hidden / multiple_of)

    @classmethod
    def preset(cls, name: str) -> "LlamaConfig":
        """A published configuration by name (see `LlamaConfig.presets()`)."""
        if name not in PRESETS:
            raise ConfigError(f"unknown preset {name!r}; choose one of: {', '.join(sorted(PRESETS))}")
        return PRESETS[name]

    @staticmethod
    def presets() -> list[str]:
        """Names of the built-in presets."""
        return sorted(PRESETS)

    def with_(self, **changes) -> "LlamaConfig":
        """A copy with some fields changed (e.g. a shorter max_seq_len)."""
        return replace(self, **changes)

    def num_params(self) -> int:
        """Parameter count: embeddings, every layer, the final norm, and the head if untied."""
        d, hd = self.dim, self.head_dim
        attn = d * self.n_heads * hd + 2 * d * self.n_kv_heads * hd + self.n_heads * hd * d
        layer = attn + 3 * d * self.ffn_dim + 2 * d
        head = 0 if self.tie_embeddings else self.vocab_size * d
        return self.vocab_size * d + self.n_layers * layer + d + head

    def to_dict(self) -> dict:
        """Plain-dict form (JSON-serialisable) for checkpoints and logs."""
        out = asdict(self)
        out.pop("extra")
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "LlamaConfig":
        """Inverse of to_dict."""
        data = dict(data)
        if data.get("rope_scaling"):
            data["rope_scaling"] = RopeScaling(**data["rope_scaling"])
        return cls(**data)


_V3 = 128256
_ROPE31 = RopeScaling(factor=8.0)
_ROPE32 = RopeScaling(factor=32.0)
_FFN = LlamaConfig.ffn_dim_from_multiplier

PRESETS: dict[str, LlamaConfig] = {
    "llama3-8b": LlamaConfig(_V3, 4096, 32, 32, 8, _FFN(4096, 1.3, 1024), rope_scaling=_ROPE31, max_seq_len=131072),
    "llama3-70b": LlamaConfig(_V3, 8192, 80, 64, 8, _FFN(8192, 1.3, 4096), rope_scaling=_ROPE31, max_seq_len=131072),
    "llama3-405b": LlamaConfig(
        _V3, 16384, 126, 128, 8, _FFN(16384, 1.2, 4096), rope_scaling=_ROPE31, max_seq_len=131072
    ),
    "llama3.2-1b": LlamaConfig(
        _V3, 2048, 16, 32, 8, _FFN(2048, 1.5, 256), rope_scaling=_ROPE32, max_seq_len=131072, tie_embeddings=True
    ),
    "llama3.2-3b": LlamaConfig(
        _V3, 3072, 28, 24, 8, _FFN(3072, 1.0, 256), rope_scaling=_ROPE32, max_seq_len=131072, tie_embeddings=True
    ),
    "smollm2-135m": LlamaConfig(
        49152, 576, 30, 9, 3, 1536, rope_theta=100000.0, max_seq_len=8192, tie_embeddings=True
    ),
    # Small configs for tests and for training from scratch on this machine.
    "tiny": LlamaConfig(512, 64, 2, 4, 2, 176, rope_theta=10000.0, max_seq_len=512, tie_embeddings=True),
    "small": LlamaConfig(8192, 256, 4, 8, 4, 688, rope_theta=10000.0, max_seq_len=1024, tie_embeddings=True),
}
