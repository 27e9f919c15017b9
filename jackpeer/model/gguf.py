"""GGUF checkpoints (spec llama3.md §5): config from metadata, weights dequantized into our layout.

GGUF stores Q/K rows in Meta's interleaved-pair order, which is what our RoPE expects, so
no permutation is needed here (HF folders need one; see hf.py).
"""

import os
import struct
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import torch
from gguf import GGMLQuantizationType
from gguf.quants import dequantize

from jackpeer.errors import ModelFileError
from jackpeer.model.config import LlamaConfig
from jackpeer.model.gguf_file import GGUFFile, NotGGUF, TruncatedGGUF

# Arrays this long (the tokenizer's vocabulary and merges) stay in the reader, not in metadata.
_MAX_METADATA_ARRAY = 1024


def open_gguf(path: str | os.PathLike) -> GGUFFile:
    """Memory-map a GGUF file; a missing, foreign, damaged or truncated file raises ModelFileError."""
    path = Path(path)
    if not path.is_file():
        raise ModelFileError(f"{path}: no such GGUF file. Check the path given with --model.")
    try:
        return GGUFFile(path)
    except NotGGUF as err:
        raise ModelFileError(f"{path}: {err}.") from err
    except TruncatedGGUF as err:
        raise ModelFileError(f"{path}: {err}. Download the file again.") from err
    except (ValueError, KeyError, struct.error, UnicodeDecodeError, OverflowError, MemoryError) as err:
        raise ModelFileError(f"{path}: unreadable GGUF header ({err}); the file is damaged or truncated.") from err


def gguf_metadata(reader: GGUFFile) -> dict:
    """Metadata key/values (long tokenizer arrays left out)."""
    return {k: v for k, v in reader.metadata.items() if not (isinstance(v, list) and len(v) > _MAX_METADATA_ARRAY)}


def config_from_gguf(meta: dict, has_output: bool = True, path: str = "") -> LlamaConfig:
    """LlamaConfig from `llama.*` metadata keys (spec §5.2)."""
    arch = meta.get("general.architecture")
    if arch != "llama":
        raise ModelFileError(f"{path}: architecture {arch!r} is not supported; jackpeer runs Llama models.")

    def need(key: str):
        if f"llama.{key}" not in meta:
            raise ModelFileError(
                f"{path}: metadata key llama.{key} is missing; the file is not a complete Llama GGUF."
            )
        return meta[f"llama.{key}"]

    n_heads = int(need("attention.head_count"))
    dim = int(need("embedding_length"))
    head_dim = int(
        meta.get("llama.attention.key_length", meta.get("llama.rope.dimension_count", dim // n_heads))
    )
    vocab = meta.get("llama.vocab_size")
    if vocab is None:
        vocab = len(meta.get("tokenizer.ggml.tokens", [])) or None
    extra = {k: meta[k] for k in ("tokenizer.ggml.bos_token_id", "tokenizer.ggml.eos_token_id") if k in meta}
    return LlamaConfig(
        vocab_size=int(vocab) if vocab else 0,
        dim=dim,
        n_layers=int(need("block_count")),
        n_heads=n_heads,
        n_kv_heads=int(meta.get("llama.attention.head_count_kv", n_heads)),
        ffn_dim=int(need("feed_forward_length")),
        head_dim=head_dim,
        norm_eps=float(meta.get("llama.attention.layer_norm_rms_epsilon", 1e-5)),
        rope_theta=float(meta.get("llama.rope.freq_base", 10000.0)),
        max_seq_len=int(meta.get("llama.context_length", 8192)),
        tie_embeddings=not has_output,
        extra=extra,
    )


def _decode_blocks(raw: torch.Tensor, qtype: GGMLQuantizationType) -> torch.Tensor:
    """Q4_0, Q4_1 and Q8_0 blocks (spec §5.5) decoded with torch ops: uint8 [rows, bytes] -> float32."""
    size = {GGMLQuantizationType.Q4_0: 18, GGMLQuantizationType.Q4_1: 20, GGMLQuantizationType.Q8_0: 34}[qtype]
    blocks = raw.reshape(raw.size(0), -1, size)

    def half(lo: int) -> torch.Tensor:  # an fp16 field of every block, as float32 [rows, blocks, 1]
        return blocks[..., lo : lo + 2].contiguous().view(torch.float16).float()

    if qtype == GGMLQuantizationType.Q8_0:
        w = blocks[..., 2:].contiguous().view(torch.int8).float() * half(0)
    else:
        qs = blocks[..., size - 16 :]
        q = torch.cat([qs & 15, qs >> 4], dim=-1).float()  # low nibbles: first half of the block
        w = (q - 8) * half(0) if qtype == GGMLQuantizationType.Q4_0 else q * half(0) + half(2)
    return w.reshape(raw.size(0), -1)


def tensor_to_torch(t) -> torch.Tensor:
    """One GGUF tensor as a float32 torch tensor in PyTorch shape order (quantized blocks decoded)."""
    shape = tuple(int(d) for d in reversed(t.shape))
    qtype = GGMLQuantizationType(t.tensor_type)
    if qtype == GGMLQuantizationType.F32:
        return torch.from_numpy(np.array(t.data, dtype=np.float32)).reshape(shape)
    if qtype == GGMLQuantizationType.F16:
        return torch.from_numpy(np.array(t.data, dtype=np.float16)).float().reshape(shape)
    if qtype in (GGMLQuantizationType.Q4_0, GGMLQuantizationType.Q4_1, GGMLQuantizationType.Q8_0):
        raw = torch.from_numpy(np.array(t.data, dtype=np.uint8).reshape(-1, t.data.shape[-1]))
        return _decode_blocks(raw, qtype).reshape(shape)
    arr = dequantize(t.data, qtype)  # BF16, Q5_x, K quants and the rest: the gguf package's decoder
    return torch.from_numpy(np.ascontiguousarray(arr, dtype=np.float32)).reshape(shape)


# Our fused tensors and the GGUF tensors they are made of (concatenated along rows), per layer.
_GGUF_LAYER = {
    "attention_norm.weight": ("attn_norm",),
    "attention.wqkv.weight": ("attn_q", "attn_k", "attn_v"),
    "attention.wo.weight": ("attn_output",),
    "ffn_norm.weight": ("ffn_norm",),
    "feed_forward.w13.weight": ("ffn_gate", "ffn_up"),
    "feed_forward.w2.weight": ("ffn_down",),
}


def stream_gguf(path: str | os.PathLike) -> tuple[LlamaConfig, dict, GGUFFile, Iterator[tuple[str, torch.Tensor]]]:
    """Config, metadata, the open reader and the float32 weights in our naming (fused wqkv/w13),
    one tensor at a time, decoded on demand."""
    reader = open_gguf(path)
    meta = gguf_metadata(reader)
    tensors = {t.name: t for t in reader.tensors}
    config = config_from_gguf(meta, has_output="output.weight" in tensors, path=str(path))
    if config.vocab_size == 0 and "token_embd.weight" in tensors:
        config = config.with_(vocab_size=int(tensors["token_embd.weight"].shape[1]))

    def get(name: str) -> torch.Tensor:
        if name not in tensors:
            raise ModelFileError(f"{path}: tensor {name!r} is missing; the file does not match its metadata.")
        try:
            return tensor_to_torch(tensors[name])
        except (ValueError, NotImplementedError) as err:
            raise ModelFileError(f"{path}: cannot decode tensor {name!r} ({err}).") from err

    def weights() -> Iterator[tuple[str, torch.Tensor]]:
        yield "tok_embeddings.weight", get("token_embd.weight")
        yield "norm.weight", get("output_norm.weight")
        if not config.tie_embeddings:
            yield "output.weight", get("output.weight")
        for i in range(config.n_layers):
            for ours, parts in _GGUF_LAYER.items():
                ws = [get(f"blk.{i}.{part}.weight") for part in parts]
                yield f"layers.{i}.{ours}", ws[0] if len(ws) == 1 else torch.cat(ws)
        if "rope_freqs.weight" in tensors:
            yield "rope_freqs", get("rope_freqs.weight")  # llama.cpp's divisor f_i / f'_i (spec §5.2)

    return config, meta, reader, weights()


def read_gguf(path: str | os.PathLike) -> tuple[LlamaConfig, dict[str, torch.Tensor], dict, GGUFFile]:
    """Config, the whole float32 state dict in our naming, metadata and the open reader."""
    config, meta, reader, weights = stream_gguf(path)
    return config, dict(weights), meta, reader
