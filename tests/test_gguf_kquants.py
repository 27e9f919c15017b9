"""K-quant GGUF tensors (Q2_K..Q6_K) and Q8_0: the loader against a reference written here from the block layouts.

The gguf package can decode K-quant blocks but not write them, so the blocks are built from random bytes with
finite fp16 scale fields. The reference decoders below follow `dequantize_row_q*_K` in llama.cpp's
ggml-quants.c loop by loop (QK_K = 256 values per super-block).
"""

import numpy as np
import pytest
import torch
from gguf import GGMLQuantizationType, GGUFWriter
from gguf.constants import GGML_QUANT_SIZES

import jackpeer
from jackpeer.model.gguf import open_gguf, read_gguf, tensor_to_torch
from jackpeer.model.loading import build_model
from jackpeer.model.tokenizer import TOKEN_CONTROL, TOKEN_NORMAL, gpt2_byte_to_unicode

Q = GGMLQuantizationType
QK_K = 256
# Byte offsets of the fp16 fields in each block (ggml-common.h): d first, then dmin where the type has one.
HALF_FIELDS = {Q.Q2_K: (80, 82), Q.Q3_K: (108,), Q.Q4_K: (0, 2), Q.Q5_K: (0, 2), Q.Q6_K: (208,), Q.Q8_0: (0,)}


def random_blocks(qtype: GGMLQuantizationType, rows: int, cols: int, seed: int = 0) -> np.ndarray:
    """Valid blocks of a [rows, cols] tensor: random bytes, fp16 d/dmin drawn finite and small."""
    block_values, block_bytes = GGML_QUANT_SIZES[qtype]
    rng = np.random.default_rng(seed)
    n_blocks = rows * cols // block_values
    raw = rng.integers(0, 256, size=(n_blocks, block_bytes), dtype=np.uint8)
    for off in HALF_FIELDS[qtype]:
        half = rng.uniform(-0.02, 0.02, size=n_blocks).astype(np.float16)
        raw[:, off : off + 2] = half.view(np.uint8).reshape(n_blocks, 2)
    return raw.reshape(rows, cols // block_values * block_bytes)


def f16(b: np.ndarray, off: int) -> np.ndarray:
    """The fp16 field at byte `off` of every block, as float32 [blocks, 1]."""
    return b[:, off : off + 2].copy().view(np.float16).astype(np.float32)


def scale_min_k4(j: int, s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """get_scale_min_k4: the j-th 6-bit scale and min packed in 12 bytes (Q4_K, Q5_K)."""
    s = s.astype(np.int32)
    if j < 4:
        return s[:, j : j + 1] & 63, s[:, j + 4 : j + 5] & 63
    sc = (s[:, j + 4 : j + 5] & 0xF) | ((s[:, j - 4 : j - 3] >> 6) << 4)
    m = (s[:, j + 4 : j + 5] >> 4) | ((s[:, j : j + 1] >> 6) << 4)
    return sc, m


def ref_q2_k(b: np.ndarray) -> np.ndarray:
    """block_q2_K {scales[16], qs[64], d, dmin}."""
    scales, qs = b[:, 0:16].astype(np.int32), b[:, 16:80].astype(np.int32)
    d, dmin = f16(b, 80), f16(b, 82)
    y, i = [], 0
    for n in range(0, QK_K, 128):
        q = qs[:, n // 4 : n // 4 + 32]
        for shift in (0, 2, 4, 6):
            for half in (q[:, :16], q[:, 16:]):
                sc = scales[:, i : i + 1]
                y.append(d * (sc & 0xF) * ((half >> shift) & 3) - dmin * (sc >> 4))
                i += 1
    return np.concatenate(y, axis=1)


def ref_q3_k(b: np.ndarray) -> np.ndarray:
    """block_q3_K {hmask[32], qs[64], scales[12], d}; 16 6-bit scales unpacked as with kmask1/kmask2."""
    hmask, qs = b[:, 0:32].astype(np.int32), b[:, 32:96].astype(np.int32)
    aux = b[:, 96:108].copy().view("<u4").astype(np.int64)  # three little-endian uint32 words
    k1, k2, tmp = 0x03030303, 0x0F0F0F0F, aux[:, 2:3]
    words = [
        (aux[:, 0:1] & k2) | (((tmp >> 0) & k1) << 4),
        (aux[:, 1:2] & k2) | (((tmp >> 2) & k1) << 4),
        ((aux[:, 0:1] >> 4) & k2) | (((tmp >> 4) & k1) << 4),
        ((aux[:, 1:2] >> 4) & k2) | (((tmp >> 6) & k1) << 4),
    ]
    scales = np.concatenate(words, axis=1).astype("<u4").view(np.int8).astype(np.int32)  # [blocks, 16]
    d = f16(b, 108)
    y, i, m = [], 0, 1
    for n in range(0, QK_K, 128):
        q = qs[:, n // 4 : n // 4 + 32]
        for shift in (0, 2, 4, 6):
            for lo in (0, 16):
                dl = d * (scales[:, i : i + 1] - 32)
                high = np.where(hmask[:, lo : lo + 16] & m, 0, 4)
                y.append(dl * (((q[:, lo : lo + 16] >> shift) & 3) - high))
                i += 1
            m <<= 1
    return np.concatenate(y, axis=1)


def ref_q4_k(b: np.ndarray) -> np.ndarray:
    """block_q4_K {d, dmin, scales[12], qs[128]}: 8 sub-blocks of 32 with 6-bit scale and min."""
    d, dmin, scales, qs = f16(b, 0), f16(b, 2), b[:, 4:16], b[:, 16:144].astype(np.int32)
    y = []
    for j in range(4):  # 64 values per step: low nibbles then high nibbles of 32 bytes
        q = qs[:, 32 * j : 32 * j + 32]
        (sc1, m1), (sc2, m2) = scale_min_k4(2 * j, scales), scale_min_k4(2 * j + 1, scales)
        y += [d * sc1 * (q & 0xF) - dmin * m1, d * sc2 * (q >> 4) - dmin * m2]
    return np.concatenate(y, axis=1)


def ref_q5_k(b: np.ndarray) -> np.ndarray:
    """block_q5_K {d, dmin, scales[12], qh[32], qs[128]}: Q4_K plus a fifth bit from qh."""
    d, dmin, scales = f16(b, 0), f16(b, 2), b[:, 4:16]
    qh, qs = b[:, 16:48].astype(np.int32), b[:, 48:176].astype(np.int32)
    y = []
    for j in range(4):
        q = qs[:, 32 * j : 32 * j + 32]
        u1, u2 = 1 << (2 * j), 2 << (2 * j)
        (sc1, m1), (sc2, m2) = scale_min_k4(2 * j, scales), scale_min_k4(2 * j + 1, scales)
        y.append(d * sc1 * ((q & 0xF) + np.where(qh & u1, 16, 0)) - dmin * m1)
        y.append(d * sc2 * ((q >> 4) + np.where(qh & u2, 16, 0)) - dmin * m2)
    return np.concatenate(y, axis=1)


def ref_q6_k(b: np.ndarray) -> np.ndarray:
    """block_q6_K {ql[128], qh[64], scales[16] (int8), d}: 6-bit values minus 32, 16 scales of 16 values."""
    ql, qh = b[:, 0:128].astype(np.int32), b[:, 128:192].astype(np.int32)
    sc, d = b[:, 192:208].view(np.int8).astype(np.int32), f16(b, 208)
    out = np.zeros((b.shape[0], QK_K), dtype=np.float32)
    for n in range(2):  # two halves of 128 values
        lo, hi, s, y = ql[:, 64 * n : 64 * n + 64], qh[:, 32 * n : 32 * n + 32], sc[:, 8 * n :], out[:, 128 * n :]
        for k in range(32):
            i = k // 16
            q1 = ((lo[:, k] & 0xF) | (((hi[:, k] >> 0) & 3) << 4)) - 32
            q2 = ((lo[:, k + 32] & 0xF) | (((hi[:, k] >> 2) & 3) << 4)) - 32
            q3 = ((lo[:, k] >> 4) | (((hi[:, k] >> 4) & 3) << 4)) - 32
            q4 = ((lo[:, k + 32] >> 4) | (((hi[:, k] >> 6) & 3) << 4)) - 32
            y[:, k] = d[:, 0] * s[:, i] * q1
            y[:, k + 32] = d[:, 0] * s[:, i + 2] * q2
            y[:, k + 64] = d[:, 0] * s[:, i + 4] * q3
            y[:, k + 96] = d[:, 0] * s[:, i + 6] * q4
    return out


def ref_q8_0(b: np.ndarray) -> np.ndarray:
    """block_q8_0 {d, qs[32] (int8)}."""
    return f16(b, 0) * b[:, 2:34].view(np.int8).astype(np.float32)


REFERENCES = {Q.Q2_K: ref_q2_k, Q.Q3_K: ref_q3_k, Q.Q4_K: ref_q4_k, Q.Q5_K: ref_q5_k, Q.Q6_K: ref_q6_k,
              Q.Q8_0: ref_q8_0}


def reference(raw: np.ndarray, qtype: GGMLQuantizationType, rows: int, cols: int) -> np.ndarray:
    """Reference float32 [rows, cols] of a raw [rows, bytes] tensor."""
    blocks = raw.reshape(-1, GGML_QUANT_SIZES[qtype][1])
    return REFERENCES[qtype](blocks).astype(np.float32).reshape(rows, cols)


def write(path, tensors: dict, arch_meta=None) -> None:
    """A GGUF file of raw blocks ({name: (array, qtype or None for float32)}) and optional metadata."""
    w = GGUFWriter(str(path), "llama")
    if arch_meta:
        arch_meta(w)
    for name, (arr, qtype) in tensors.items():
        w.add_tensor(name, arr, raw_dtype=qtype) if qtype is not None else w.add_tensor(name, arr)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


@pytest.mark.parametrize("qtype", list(REFERENCES), ids=lambda q: q.name)
def test_loader_dequantizes_like_the_block_layout_reference(tmp_path, qtype):
    rows, cols = 4, 512  # two super-blocks per row
    raw = random_blocks(qtype, rows, cols, seed=int(qtype))
    write(tmp_path / "k.gguf", {"w": (raw, qtype)})
    (t,) = open_gguf(tmp_path / "k.gguf").tensors
    assert GGMLQuantizationType(t.tensor_type) == qtype
    got = tensor_to_torch(t)
    want = torch.from_numpy(reference(raw, qtype, rows, cols))
    assert got.shape == (rows, cols) and got.dtype == torch.float32 and torch.isfinite(want).all()
    assert want.abs().max() > 0.05  # the random blocks decode to non-trivial values
    torch.testing.assert_close(got, want, rtol=1e-6, atol=1e-7)


def test_reference_fails_on_a_shifted_layout():
    """The comparison has teeth: decoding Q4_K blocks as if d and dmin were swapped gives other values."""
    raw = random_blocks(Q.Q4_K, 1, 256)
    swapped = raw.copy()
    swapped[:, 0:2], swapped[:, 2:4] = raw[:, 2:4], raw[:, 0:2]
    assert not np.allclose(reference(raw, Q.Q4_K, 1, 256), reference(swapped, Q.Q4_K, 1, 256))


DIM, FFN, HEADS, KV_HEADS = 256, 512, 4, 2  # every matmul input width a multiple of QK_K
SPECIALS = ["<|im_start|>", "<|im_end|>"]
LINEARS = {"attn_q": (DIM, DIM), "attn_k": (DIM // 2, DIM), "attn_v": (DIM // 2, DIM), "attn_output": (DIM, DIM),
           "ffn_gate": (FFN, DIM), "ffn_up": (FFN, DIM), "ffn_down": (DIM, FFN)}
KQUANT_OF = {"attn_q": Q.Q4_K, "attn_k": Q.Q4_K, "attn_v": Q.Q6_K, "attn_output": Q.Q5_K, "ffn_gate": Q.Q4_K,
             "ffn_up": Q.Q3_K, "ffn_down": Q.Q6_K}


def tiny_model_tensors(layers: int = 2) -> tuple[dict, dict]:
    """K-quant tensors of a tiny Llama (mixed types, as in a Q4_K_M file) and the same weights as float32."""
    vocab = 256 + 1 + len(SPECIALS)
    rng = np.random.default_rng(1)
    matrices = {"token_embd.weight": (vocab, DIM, Q.Q6_K)}
    quant = {"output_norm.weight": (rng.uniform(0.5, 1.5, DIM).astype(np.float32), None)}
    for i in range(layers):
        for n in ("attn_norm", "ffn_norm"):
            quant[f"blk.{i}.{n}.weight"] = (rng.uniform(0.5, 1.5, DIM).astype(np.float32), None)
        for n, (rows, cols) in LINEARS.items():
            matrices[f"blk.{i}.{n}.weight"] = (rows, cols, KQUANT_OF[n])
    plain = dict(quant)
    for seed, (name, (rows, cols, qtype)) in enumerate(matrices.items()):
        raw = random_blocks(qtype, rows, cols, seed=seed)
        quant[name] = (raw, qtype)
        plain[name] = (reference(raw, qtype, rows, cols), None)
    return quant, plain


def llama_metadata(layers: int = 2):
    """Architecture and byte-level tokenizer metadata for the tiny model (256 bytes, one merge, ChatML)."""
    alphabet = list(gpt2_byte_to_unicode().values())

    def add(w: GGUFWriter) -> None:
        w.add_block_count(layers)
        w.add_context_length(256)
        w.add_embedding_length(DIM)
        w.add_feed_forward_length(FFN)
        w.add_head_count(HEADS)
        w.add_head_count_kv(KV_HEADS)
        w.add_rope_freq_base(10000.0)
        w.add_layer_norm_rms_eps(1e-5)
        w.add_tokenizer_model("gpt2")
        w.add_tokenizer_pre("default")
        w.add_token_list([*alphabet, "Ġt", *SPECIALS])
        w.add_token_types([TOKEN_NORMAL] * 257 + [TOKEN_CONTROL] * len(SPECIALS))
        w.add_token_merges(["Ġ t"])
        w.add_bos_token_id(257)
        w.add_eos_token_id(258)

    return add


def test_tiny_kquant_model_loads_and_runs(tmp_path):
    quant, plain = tiny_model_tensors()
    write(tmp_path / "k.gguf", quant, llama_metadata())
    write(tmp_path / "f32.gguf", plain, llama_metadata())
    config, sd, _, _ = read_gguf(tmp_path / "k.gguf")
    ref_config, ref_sd, _, _ = read_gguf(tmp_path / "f32.gguf")
    assert config == ref_config and config.tie_embeddings and config.dim == DIM
    ids = torch.randint(0, config.vocab_size, (1, 24), generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        got, want = build_model(config, sd)(ids), build_model(ref_config, ref_sd)(ids)
    assert torch.isfinite(got).all()
    torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-5)

    lm = jackpeer.load(tmp_path / "k.gguf")  # default quantization (int4/int8 re-packed from K-quants)
    text = lm.chat([{"role": "user", "content": "the tea"}], max_tokens=6)
    assert isinstance(text, str) and lm.tokenizer.encode(" t") == [256]
