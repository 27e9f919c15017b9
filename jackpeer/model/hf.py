"""Hugging Face folders (spec llama3.md §5.3–5.4): config.json + safetensors, single or sharded.

HF's converter reorders each Q/K head's rows for `rotate_half`; we undo that so the weights
hold Meta's interleaved RoPE pairs, the layout our transformer uses.
"""

import json
import os
from collections.abc import Iterator
from pathlib import Path

import torch
from safetensors import safe_open

from jackpeer.errors import ModelFileError
from jackpeer.model.config import LlamaConfig, RopeScaling


def config_from_hf(data: dict, path: str = "config.json") -> LlamaConfig:
    """LlamaConfig from an HF config.json dict (rope under `rope_scaling` or 5.x `rope_parameters`)."""
    try:
        n_heads = int(data["num_attention_heads"])
        dim = int(data["hidden_size"])
        rope = data.get("rope_scaling") or data.get("rope_parameters") or {}
        theta = rope.get("rope_theta", data.get("rope_theta", 10000.0))
        scaling = None
        if rope.get("rope_type", rope.get("type")) == "llama3":
            scaling = RopeScaling(
                factor=float(rope["factor"]),
                low_freq_factor=float(rope.get("low_freq_factor", 1.0)),
                high_freq_factor=float(rope.get("high_freq_factor", 4.0)),
                original_max_position_embeddings=int(rope.get("original_max_position_embeddings", 8192)),
            )
        elif rope.get("rope_type", rope.get("type", "default")) not in ("default", None):
            raise ModelFileError(
                f"{path}: rope type {rope.get('rope_type')!r} is not supported (only llama3/default)."
            )
        eos = data.get("eos_token_id")
        return LlamaConfig(
            vocab_size=int(data["vocab_size"]),
            dim=dim,
            n_layers=int(data["num_hidden_layers"]),
            n_heads=n_heads,
            n_kv_heads=int(data.get("num_key_value_heads") or n_heads),
            ffn_dim=int(data["intermediate_size"]),
            head_dim=int(data.get("head_dim") or dim // n_heads),
            norm_eps=float(data.get("rms_norm_eps", 1e-5)),
            rope_theta=float(theta),
            rope_scaling=scaling,
            max_seq_len=int(data.get("max_position_embeddings", 8192)),
            tie_embeddings=bool(data.get("tie_word_embeddings", False)),
            extra={"bos_token_id": data.get("bos_token_id"), "eos_token_id": eos},
        )
    except KeyError as err:
        raise ModelFileError(f"{path}: key {err} is missing; this is not a Llama config.json.") from err


def hf_to_meta_rows(w: torch.Tensor, n_heads: int) -> torch.Tensor:
    """Undo HF's rotate_half row order: per head, rows (s·dh/2 + j) -> (2j + s)."""
    rows, cols = w.shape
    dh = rows // n_heads
    return w.reshape(n_heads, 2, dh // 2, cols).transpose(1, 2).reshape(rows, cols)


def meta_to_hf_rows(w: torch.Tensor, n_heads: int) -> torch.Tensor:
    """HF's rotate_half row order from interleaved pairs (used to write HF checkpoints in tests)."""
    rows, cols = w.shape
    dh = rows // n_heads
    return w.reshape(n_heads, dh // 2, 2, cols).transpose(1, 2).reshape(rows, cols)


def _weight_files(folder: Path) -> dict[str, Path]:
    """Map tensor name -> safetensors file, from the shard index or the single file."""
    index = folder / "model.safetensors.index.json"
    if index.is_file():
        try:
            weight_map = json.loads(index.read_text())["weight_map"]
        except (json.JSONDecodeError, KeyError) as err:
            raise ModelFileError(f"{index}: not a valid shard index ({err}).") from err
        files = {name: folder / shard for name, shard in weight_map.items()}
        for shard in sorted(set(files.values())):
            if not shard.is_file():
                raise ModelFileError(f"{shard}: shard listed in {index.name} is missing. Download it again.")
        return files
    single = folder / "model.safetensors"
    if not single.is_file():
        raise ModelFileError(f"{folder}: no model.safetensors or model.safetensors.index.json found.")
    return {name: single for name in _keys(single)}


def _keys(file: Path) -> list[str]:
    try:
        with safe_open(file, framework="pt") as f:
            return list(f.keys())
    except Exception as err:  # safetensors raises its own SafetensorError on bad headers
        raise ModelFileError(
            f"{file}: unreadable safetensors file ({err}); it is damaged or truncated."
        ) from err


def read_chat_template(folder: Path) -> str | None:
    """The folder's chat template: chat_template.jinja (transformers 5) or tokenizer_config.json's."""
    jinja = folder / "chat_template.jinja"
    if jinja.is_file():
        return jinja.read_text(encoding="utf-8")
    cfg_path = folder / "tokenizer_config.json"
    if not cfg_path.is_file():
        return None
    try:
        template = json.loads(cfg_path.read_text(encoding="utf-8")).get("chat_template")
    except (json.JSONDecodeError, AttributeError) as err:
        raise ModelFileError(f"{cfg_path}: not a valid tokenizer config ({err}).") from err
    if isinstance(template, list):  # named templates: [{"name": "default", "template": ...}, ...]
        named = {t.get("name"): t.get("template") for t in template if isinstance(t, dict)}
        template = named.get("default")
    return template if isinstance(template, str) else None


def read_hf_config(folder: str | os.PathLike) -> tuple[LlamaConfig, dict]:
    """Config and metadata (config.json plus the chat template) of an HF folder."""
    folder = Path(folder)
    cfg_path = folder / "config.json"
    if not cfg_path.is_file():
        raise ModelFileError(f"{folder}: config.json is missing; an HF model folder needs it.")
    try:
        data = json.loads(cfg_path.read_text())
    except json.JSONDecodeError as err:
        raise ModelFileError(f"{cfg_path}: invalid JSON ({err}).") from err
    config = config_from_hf(data, str(cfg_path))
    template = read_chat_template(folder)
    return config, ({**data, "chat_template": template} if template else data)


SAFETENSORS_DTYPES = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16}


def stored_dtype(folder: str | os.PathLike) -> torch.dtype:
    """The dtype the folder's weights are stored in (that of the token embeddings)."""
    files = _weight_files(Path(folder))
    name = "model.embed_tokens.weight"
    if name not in files:
        raise ModelFileError(f"{folder}: tensor {name!r} is missing from the safetensors files.")
    with safe_open(files[name], framework="pt") as f:
        kind = f.get_slice(name).get_dtype()
    if kind not in SAFETENSORS_DTYPES:
        raise ModelFileError(f"{files[name]}: weights stored as {kind}; expected F32, F16 or BF16.")
    return SAFETENSORS_DTYPES[kind]


def stream_hf(folder: str | os.PathLike) -> tuple[LlamaConfig, dict, Iterator[tuple[str, torch.Tensor]]]:
    """Config, metadata and the weights in our naming and layout (fused wqkv/w13, Meta's RoPE rows), one
    tensor at a time in the dtype they are stored in: a layer's tensors are read when it is reached."""
    folder = Path(folder)
    config, meta = read_hf_config(folder)
    files = _weight_files(folder)
    c, dh = config, config.head_dim

    def weights() -> Iterator[tuple[str, torch.Tensor]]:
        handles = {}

        def get(name: str, shape: tuple[int, ...]) -> torch.Tensor:
            if name not in files:
                raise ModelFileError(f"{folder}: tensor {name!r} is missing from the safetensors files.")
            file = files[name]
            try:
                if file not in handles:
                    handles[file] = safe_open(file, framework="pt")
                t = handles[file].get_tensor(name)
            except Exception as err:
                raise ModelFileError(
                    f"{file}: cannot read tensor {name!r} ({err}); the file is damaged."
                ) from err
            if tuple(t.shape) != shape:
                raise ModelFileError(
                    f"{file}: tensor {name!r} has shape {tuple(t.shape)} but config.json implies {shape}; "
                    "the weights do not match the config."
                )
            return t

        yield "tok_embeddings.weight", get("model.embed_tokens.weight", (c.vocab_size, c.dim))
        yield "norm.weight", get("model.norm.weight", (c.dim,))
        if not c.tie_embeddings:
            yield "output.weight", get("lm_head.weight", (c.vocab_size, c.dim))
        for i in range(c.n_layers):
            hf, ours = f"model.layers.{i}.", f"layers.{i}."
            q = hf_to_meta_rows(get(hf + "self_attn.q_proj.weight", (c.n_heads * dh, c.dim)), c.n_heads)
            k = hf_to_meta_rows(get(hf + "self_attn.k_proj.weight", (c.n_kv_heads * dh, c.dim)), c.n_kv_heads)
            v = get(hf + "self_attn.v_proj.weight", (c.n_kv_heads * dh, c.dim))
            yield ours + "attention.wqkv.weight", torch.cat([q, k, v])
            del q, k, v
            yield ours + "attention.wo.weight", get(hf + "self_attn.o_proj.weight", (c.dim, c.n_heads * dh))
            yield ours + "attention_norm.weight", get(hf + "input_layernorm.weight", (c.dim,))
            yield ours + "ffn_norm.weight", get(hf + "post_attention_layernorm.weight", (c.dim,))
            gate = get(hf + "mlp.gate_proj.weight", (c.ffn_dim, c.dim))
            up = get(hf + "mlp.up_proj.weight", (c.ffn_dim, c.dim))
            yield ours + "feed_forward.w13.weight", torch.cat([gate, up])
            del gate, up
            yield ours + "feed_forward.w2.weight", get(hf + "mlp.down_proj.weight", (c.dim, c.ffn_dim))
        handles.clear()

    return config, meta, weights()


def read_hf(folder: str | os.PathLike) -> tuple[LlamaConfig, dict[str, torch.Tensor], dict]:
    """Config, the whole float32 state dict in our naming and layout, and metadata (for tests and tools;
    `jackpeer.load` streams the weights instead)."""
    config, meta, weights = stream_hf(folder)
    return config, {name: w.float() for name, w in weights}, meta
