"""Checkpoint files: GGUF (quantized blocks, rope_freqs) and HF folders, and the errors damaged files raise."""

import json

import numpy as np
import pytest
import torch
from gguf import GGMLQuantizationType, GGUFWriter
from gguf.quants import quantize
from safetensors.torch import load_file, save_file
from transformers import LlamaConfig as HFConfig
from transformers import LlamaForCausalLM

from jackpeer.errors import ModelFileError
from jackpeer.model.gguf import read_gguf, tensor_to_torch
from jackpeer.model.hf import config_from_hf, hf_to_meta_rows, meta_to_hf_rows, read_hf
from jackpeer.model.loading import build_model, read_checkpoint
from jackpeer.model.rope import inverse_frequencies

ROPE = {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
        "original_max_position_embeddings": 64, "rope_theta": 10000.0}


@pytest.fixture(scope="module")
def hf():
    torch.manual_seed(0)
    config = HFConfig(vocab_size=256, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
                      rms_norm_eps=1e-5, tie_word_embeddings=False, rope_parameters=ROPE)
    return LlamaForCausalLM(config).float().eval()


def write_gguf(path, hf_model, types=None, rope_freqs=True, truncate=0):
    """A llama GGUF of the HF model: Q/K rows permuted to interleaved pairs, as llama.cpp converts."""
    c = hf_model.config
    w = GGUFWriter(str(path), "llama")
    w.add_block_count(c.num_hidden_layers)
    w.add_context_length(c.max_position_embeddings)
    w.add_embedding_length(c.hidden_size)
    w.add_feed_forward_length(c.intermediate_size)
    w.add_head_count(c.num_attention_heads)
    w.add_head_count_kv(c.num_key_value_heads)
    w.add_rope_freq_base(10000.0)
    w.add_layer_norm_rms_eps(1e-5)
    w.add_vocab_size(c.vocab_size)
    sd = {k: v.detach() for k, v in hf_model.state_dict().items()}
    names = {"model.embed_tokens.weight": "token_embd.weight", "model.norm.weight": "output_norm.weight",
             "lm_head.weight": "output.weight"}
    parts = {"input_layernorm": "attn_norm", "post_attention_layernorm": "ffn_norm", "self_attn.q_proj": "attn_q",
             "self_attn.k_proj": "attn_k", "self_attn.v_proj": "attn_v", "self_attn.o_proj": "attn_output",
             "mlp.gate_proj": "ffn_gate", "mlp.up_proj": "ffn_up", "mlp.down_proj": "ffn_down"}
    for i in range(c.num_hidden_layers):
        for h, g in parts.items():
            names[f"model.layers.{i}.{h}.weight"] = f"blk.{i}.{g}.weight"
    for hname, gname in names.items():
        t = sd[hname]
        if "q_proj" in hname:
            t = hf_to_meta_rows(t, c.num_attention_heads)
        elif "k_proj" in hname:
            t = hf_to_meta_rows(t, c.num_key_value_heads)
        arr = t.float().numpy()
        qtype = (types or {}).get(gname.split(".")[-2], GGMLQuantizationType.F32) if arr.ndim == 2 else None
        if qtype in (None, GGMLQuantizationType.F32):
            w.add_tensor(gname, arr)
        elif qtype == GGMLQuantizationType.F16:
            w.add_tensor(gname, arr.astype(np.float16))
        else:
            w.add_tensor(gname, quantize(arr, qtype), raw_dtype=qtype)
    if rope_freqs:
        dh = c.hidden_size // c.num_attention_heads
        from jackpeer.model.config import LlamaConfig, RopeScaling

        ours = LlamaConfig(256, 64, 1, 4, 2, 8, rope_theta=10000.0,
                           rope_scaling=RopeScaling(8.0, 1.0, 4.0, 64))
        base = inverse_frequencies(ours.with_(rope_scaling=None))
        w.add_tensor("rope_freqs.weight", (base / inverse_frequencies(ours)).numpy().astype(np.float32))
        assert base.numel() == dh // 2
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    if truncate:
        data = path.read_bytes()
        path.write_bytes(data[:-truncate])
    return path


def test_gguf_f32_with_rope_freqs_matches_transformers(tmp_path, hf):
    config, sd, meta, _ = read_gguf(write_gguf(tmp_path / "m.gguf", hf))
    assert meta["general.architecture"] == "llama" and not config.tie_embeddings
    model = build_model(config, sd)
    ids = torch.randint(0, 256, (1, 200))  # past original_max_position_embeddings: scaling matters
    with torch.no_grad():
        assert (model(ids) - hf(ids).logits).abs().max().item() < 1e-4


def test_gguf_without_rope_freqs_differs_when_scaling_matters(tmp_path, hf):
    config, sd, _, _ = read_gguf(write_gguf(tmp_path / "m.gguf", hf, rope_freqs=False))
    ids = torch.randint(0, 256, (1, 200))
    with torch.no_grad():
        assert (build_model(config, sd)(ids) - hf(ids).logits).abs().max().item() > 1e-3


@pytest.mark.parametrize("qtype, tol", [
    (GGMLQuantizationType.F16, 1e-3), (GGMLQuantizationType.BF16, 1e-2), (GGMLQuantizationType.Q8_0, 0.01),
    (GGMLQuantizationType.Q4_0, 0.15), (GGMLQuantizationType.Q4_1, 0.1), (GGMLQuantizationType.Q5_0, 0.06),
    (GGMLQuantizationType.Q5_1, 0.05),
])
def test_gguf_block_formats_decode_to_the_original_weights(tmp_path, qtype, tol):
    torch.manual_seed(0)
    weight = torch.randn(8, 512)
    w = GGUFWriter(str(tmp_path / "t.gguf"), "llama")
    arr = weight.numpy()
    if qtype == GGMLQuantizationType.F16:
        w.add_tensor("x", arr.astype(np.float16))
    elif qtype == GGMLQuantizationType.BF16:  # the writer takes BF16 as raw bytes
        w.add_tensor("x", quantize(arr, qtype), raw_dtype=qtype)
    else:
        w.add_tensor("x", quantize(arr, qtype), raw_dtype=qtype)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    from jackpeer.model.gguf import open_gguf

    (t,) = open_gguf(tmp_path / "t.gguf").tensors
    got = tensor_to_torch(t)
    assert got.shape == (8, 512) and got.dtype == torch.float32
    rel = ((got - weight).norm() / weight.norm()).item()
    assert rel < tol


def test_quantized_gguf_model_stays_close(tmp_path, hf):
    types = {n: GGMLQuantizationType.Q8_0 for n in ("attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate",
                                                    "ffn_up", "ffn_down")}
    config, sd, _, _ = read_gguf(write_gguf(tmp_path / "q.gguf", hf, types))
    ids = torch.randint(0, 256, (1, 32))
    with torch.no_grad():
        ref = hf(ids).logits
        assert (build_model(config, sd)(ids) - ref).abs().max().item() < 0.05 * ref.abs().max().item()


def test_truncated_gguf_names_the_file_and_problem(tmp_path, hf):
    path = write_gguf(tmp_path / "cut.gguf", hf, truncate=1000)
    with pytest.raises(ModelFileError, match=r"cut\.gguf.*truncated"):
        read_gguf(path)
    head = tmp_path / "head.gguf"
    head.write_bytes(path.read_bytes()[:100])
    with pytest.raises(ModelFileError, match=r"head\.gguf"):
        read_gguf(head)
    other = tmp_path / "notes.gguf"
    other.write_text("hello")
    with pytest.raises(ModelFileError, match="not a GGUF file"):
        read_gguf(other)
    with pytest.raises(ModelFileError, match="no such"):
        read_checkpoint(tmp_path / "absent.gguf")


def test_hf_wrong_shape_and_missing_shard(tmp_path, hf):
    hf.save_pretrained(tmp_path / "one")
    file = tmp_path / "one" / "model.safetensors"
    tensors = load_file(file)
    tensors["model.layers.1.mlp.up_proj.weight"] = torch.zeros(100, 64)
    save_file(tensors, file, metadata={"format": "pt"})
    with pytest.raises(ModelFileError, match=r"model\.safetensors.*up_proj.*\(100, 64\)"):
        read_hf(tmp_path / "one")

    hf.save_pretrained(tmp_path / "sharded", max_shard_size="100KB")
    index = json.loads((tmp_path / "sharded" / "model.safetensors.index.json").read_text())
    shard = sorted(set(index["weight_map"].values()))[-1]
    (tmp_path / "sharded" / shard).unlink()
    with pytest.raises(ModelFileError, match=shard.replace(".", r"\.") + ".*missing"):
        read_hf(tmp_path / "sharded")

    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelFileError, match="config.json"):
        read_hf(tmp_path / "empty")

    hf.save_pretrained(tmp_path / "trunc")
    f = tmp_path / "trunc" / "model.safetensors"
    f.write_bytes(f.read_bytes()[:5000])
    with pytest.raises(ModelFileError, match=r"model\.safetensors"):
        read_hf(tmp_path / "trunc")


def test_config_from_hf_reads_both_rope_spellings():
    base = {"vocab_size": 128256, "hidden_size": 2048, "intermediate_size": 8192, "num_hidden_layers": 16,
            "num_attention_heads": 32, "num_key_value_heads": 8, "head_dim": 64, "tie_word_embeddings": True,
            "max_position_embeddings": 131072}
    scaling = {"rope_type": "llama3", "factor": 32.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
               "original_max_position_embeddings": 8192}
    old = config_from_hf({**base, "rope_theta": 500000.0, "rope_scaling": scaling})
    new = config_from_hf({**base, "rope_parameters": {**scaling, "rope_theta": 500000.0}})
    assert old == new
    assert old.rope_theta == 500000.0 and old.rope_scaling.factor == 32.0 and old.tie_embeddings
    assert old.num_params() == 1_235_814_400


def test_row_permutations_are_inverse():
    w = torch.randn(4 * 16, 8)
    assert torch.equal(meta_to_hf_rows(hf_to_meta_rows(w, 4), 4), w)


@pytest.mark.parametrize("qtype", [GGMLQuantizationType.Q4_0, GGMLQuantizationType.Q4_1, GGMLQuantizationType.Q8_0])
def test_own_block_decoder_equals_the_gguf_package(qtype):
    from gguf.quants import dequantize

    from jackpeer.model.gguf import _decode_blocks

    arr = np.random.default_rng(0).standard_normal((6, 128)).astype(np.float32)
    raw = quantize(arr, qtype)
    assert torch.equal(_decode_blocks(torch.from_numpy(raw), qtype), torch.from_numpy(dequantize(raw, qtype)))


def test_load_hf_folder_with_meta_tokenizer(tmp_path):
    """jackpeer.load on an HF folder: Llama 3 tokenizer.model, Llama 3 chat format, every quantize mode."""
    import base64
    import importlib.util
    import struct
    from pathlib import Path

    import jackpeer
    from jackpeer.model.chat_format import Llama3ChatFormat

    torch.manual_seed(0)
    config = HFConfig(vocab_size=128256, hidden_size=64, intermediate_size=128, num_hidden_layers=1,
                      num_attention_heads=4, num_key_value_heads=2, tie_word_embeddings=True,
                      bos_token_id=128000, eos_token_id=[128001, 128008, 128009], rope_parameters=ROPE)
    LlamaForCausalLM(config).save_pretrained(tmp_path)
    vocab = Path(importlib.util.find_spec("quicktok").submodule_search_locations[0]) / "data" / "llama3.vocab"
    data, off, lines = vocab.read_bytes(), 4, []
    for _ in range(struct.unpack_from("<I", data, 0)[0]):
        (length,) = struct.unpack_from("<H", data, off)
        token, (rank,) = data[off + 2 : off + 2 + length], struct.unpack_from("<I", data, off + 2 + length)
        lines.append(f"{base64.b64encode(token).decode()} {rank}\n")
        off += 6 + length
    (tmp_path / "tokenizer.model").write_text("".join(lines))

    lm = jackpeer.load(tmp_path, quantize=None)
    assert isinstance(lm.chat_format, Llama3ChatFormat) and lm.config.rope_scaling.factor == 8.0
    assert lm.tokenizer.encode("Hello, world!") == [9906, 11, 1917, 0]
    assert isinstance(lm.chat([{"role": "user", "content": "Hi"}], max_tokens=4), str)
    assert next(lm.model.parameters()).requires_grad
    ids = torch.tensor([lm.tokenizer.encode("The capital of France is Paris.", bos=True)])
    with torch.no_grad():
        ref = lm.model(ids)
        for mode in ("int8", "int4", "bf16"):
            q = jackpeer.load(tmp_path, quantize=mode)
            assert (q.model(ids) - ref).abs().max() < 0.1 * ref.abs().max()
    with pytest.raises(ModelFileError, match="tokenizer.model"):
        (tmp_path / "tokenizer.model").unlink()
        jackpeer.load(tmp_path)
