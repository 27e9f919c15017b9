"""Our C++ kernels (native.py): they build where the CPU has AVX-512 VNNI; the quantized matmuls
(qmatmul.cpp) agree with a float matmul of the dequantized weights and run inside a compiled graph;
the decode attention (decode_attention.cpp) agrees with SDPA; PyTorch's kernels take over where ours
cannot be used."""

import pytest
import torch
import torch.nn.functional as F

from jackpeer.model import native
from jackpeer.model.config import LlamaConfig
from jackpeer.model.generate import SamplingParams, generate
from jackpeer.model.quantize import (
    Int4Linear,
    Int8Linear,
    Q4Linear,
    Q8Linear,
    int4_groups,
    int8_rows,
    pack_q4,
    pack_q8,
    quantized_linear,
)
from jackpeer.model.transformer import Transformer

VNNI = "avx512_vnni" in native.cpu_flags() and "avx512bw" in native.cpu_flags()
needs_kernels = pytest.mark.skipif(not native.ensure_loaded(), reason=f"our kernels are not in use: {native.build_error()}")


def test_the_kernels_build_on_a_cpu_with_avx512_vnni():
    if not VNNI:
        pytest.skip("this CPU has no AVX-512 VNNI: PyTorch's kernels are used, as the other tests check")
    assert native.ensure_loaded(), native.build_error()


def relative_error(got: torch.Tensor, want: torch.Tensor) -> float:
    return ((got.float() - want).norm() / want.norm()).item()


@needs_kernels
@pytest.mark.parametrize("rows", [1, 3, 4, 5, 8, 17, 40])
@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16, torch.float16])
def test_q4_matches_the_dequantized_float_matmul(rows, dtype):
    torch.manual_seed(rows)
    w = torch.randn(96, 320)  # 6 blocks of 16 rows, 10 groups of 32
    q, scale, minimum = int4_groups(w, 32)
    # the kernel reads bf16 scales and minimums: dequantize with the same ones
    dequantized = q.view(96, 10, 32) * scale.bfloat16().float()[..., None] + minimum.bfloat16().float()[..., None]
    x = torch.randn(rows, 320).to(dtype)
    packed, scales_and_mins = pack_q4(q, scale, minimum)
    got = torch.ops.jackpeer.q4_mm(x, packed, scales_and_mins)
    assert got.dtype == dtype and got.shape == (rows, 96)
    # only the int8 activations differ from the float matmul (~0.5%)
    assert relative_error(got, x.float() @ dequantized.view(96, 320).t()) < 0.02


@needs_kernels
@pytest.mark.parametrize("rows", [12, 16, 21])
def test_q4_gives_each_row_what_it_gives_the_row_alone(rows):
    # From 12 rows on, a CPU with AMX multiplies on tiles: the same integer products, scaled in the same order.
    torch.manual_seed(rows)
    q, scale, minimum = int4_groups(torch.randn(48, 256), 32)
    packed, scales_and_mins = pack_q4(q, scale, minimum)
    x = torch.randn(rows, 256).bfloat16()
    alone = torch.cat([torch.ops.jackpeer.q4_mm(x[i : i + 1], packed, scales_and_mins) for i in range(rows)])
    assert torch.equal(torch.ops.jackpeer.q4_mm(x, packed, scales_and_mins), alone)


@needs_kernels
@pytest.mark.parametrize("rows", [12, 16, 21])
def test_q8_gives_each_row_what_it_gives_the_row_alone(rows):
    # From 12 rows on, a CPU with AMX multiplies the LM head on tiles too (int16 activations as two byte halves):
    # the same integer sums, scaled in the same order, so a reply does not depend on how many others share its step.
    torch.manual_seed(rows)
    q, scale = int8_rows(torch.randn(48, 256))
    x = torch.randn(rows, 256) * 3
    x[:, 5] = 80.0  # an outlier: every int16 activation of its group far from zero, both halves in use
    for dtype in (torch.float32, torch.bfloat16):
        xs = x.to(dtype)
        alone = torch.cat([torch.ops.jackpeer.q8_mm(xs[i : i + 1], pack_q8(q), scale, True) for i in range(rows)])
        assert torch.equal(torch.ops.jackpeer.q8_mm(xs, pack_q8(q), scale, True), alone)


@needs_kernels
@pytest.mark.parametrize("rows", [1, 2, 4, 7])
def test_q8_matches_the_dequantized_float_matmul(rows):
    torch.manual_seed(rows)
    w = torch.randn(64, 192)
    q, scale = int8_rows(w)
    x = torch.randn(rows, 192).bfloat16()
    got = torch.ops.jackpeer.q8_mm(x, pack_q8(q), scale)
    assert relative_error(got, x.float() @ (q.float() * scale[:, None]).t()) < 0.02


@needs_kernels
def test_the_linears_approximate_float_and_compile():
    torch.manual_seed(0)
    w, x = torch.randn(128, 256), torch.randn(2, 5, 256)
    for module, tol in [(Q4Linear(w), 0.15), (Q8Linear(w), 0.02)]:
        eager = module(x)
        assert eager.shape == (2, 5, 128)
        assert relative_error(eager, x @ w.t()) < tol
        compiled = torch.compile(module, fullgraph=True)(x)
        assert torch.equal(compiled, eager)  # the graph calls the same kernel


def test_shapes_and_settings_the_kernels_cannot_take_fall_back(monkeypatch):
    w = torch.randn(40, 64)  # 40 rows: not a whole number of 16-row blocks, for either int4 kernel
    assert isinstance(quantized_linear("layers.0.attention.wqkv", w, "int4", torch.float32), Int8Linear)
    monkeypatch.setattr(native, "_state", {})
    monkeypatch.setenv("JACK_NATIVE", "0")
    w = torch.randn(64, 64)
    assert isinstance(quantized_linear("layers.0.attention.wqkv", w, "int4", torch.float32), Int4Linear)
    assert native.build_error() == "turned off by JACK_NATIVE=0"


def test_a_missing_compiler_is_reported_not_raised(monkeypatch, tmp_path):
    monkeypatch.setenv("CXX", str(tmp_path / "no-such-compiler"))
    error = native.compile_library(tmp_path / "kernels.so")
    assert error and "no-such-compiler" in error
    assert not (tmp_path / "kernels.so").exists()


def sdpa_reference(q, k, v, visible):
    B = q.size(0)
    mask = visible.view(visible.size(0), 1, 1, -1)
    return F.scaled_dot_product_attention(q.float(), k[:B].float(), v[:B].float(), attn_mask=mask)


@needs_kernels
@pytest.mark.parametrize("dtype, tol", [(torch.float32, 1e-5), (torch.bfloat16, 1e-2), (torch.float16, 2e-3)])
@pytest.mark.parametrize(
    "batch, cache_rows, kv_heads, group, head_dim, keys",
    # the last three run several query heads per task (attend_heads): 4 and 5 heads of 64 (blocks of 4 and 1), 2 of 128
    [(1, 1, 3, 3, 64, 256), (2, 4, 2, 4, 128, 100), (3, 3, 1, 1, 64, 37), (8, 8, 3, 3, 64, 300), (5, 6, 2, 5, 64, 70),
     (6, 6, 2, 2, 128, 45)],
)
def test_decode_attention_matches_sdpa(dtype, tol, batch, cache_rows, kv_heads, group, head_dim, keys):
    torch.manual_seed(keys)
    q = torch.randn(batch, kv_heads, group, head_dim).to(dtype)
    k, v = (torch.randn(cache_rows, kv_heads, keys, head_dim).to(dtype) for _ in range(2))
    pos = torch.randint(3, keys, (batch,))
    visible = torch.arange(keys)[None] <= pos[:, None]  # causal up to each row's position
    visible[:, :3] = False  # left padding hidden
    if batch == 1:
        visible = visible[:1]
    got = torch.ops.jackpeer.decode_attention(q, k[:batch], v[:batch], visible.contiguous(), head_dim**-0.5)
    want = sdpa_reference(q, k, v, visible)
    assert got.dtype == dtype and got.shape == q.shape
    assert (got.float() - want).abs().max() <= tol * want.abs().max()


@needs_kernels
def test_decode_attention_reads_a_shared_prefix_from_its_donor_row():
    torch.manual_seed(7)
    q = torch.randn(4, 2, 3, 64)
    k, v = torch.randn(4, 2, 50, 64), torch.randn(4, 2, 50, 64)
    visible = torch.ones(4, 50, dtype=torch.bool)
    # rows 1 and 2 copied row 0's first 30 and 20 keys: their own copies may hold anything there
    shared = torch.tensor([[0, 0], [0, 30], [0, 20], [3, 0]])
    want_k, want_v = k.clone(), v.clone()
    want_k[1, :, :30], want_v[1, :, :30] = k[0, :, :30], v[0, :, :30]
    want_k[2, :, :20], want_v[2, :, :20] = k[0, :, :20], v[0, :, :20]
    got = torch.ops.jackpeer.decode_attention(q, k, v, visible, 0.125, shared)
    assert (got - sdpa_reference(q, want_k, want_v, visible)).abs().max() < 1e-4
    with pytest.raises(RuntimeError, match="shared"):
        torch.ops.jackpeer.decode_attention(q, k, v, visible, 0.125, torch.tensor([[0, 0], [0, 51], [0, 0], [0, 0]]))


@needs_kernels
def test_the_model_decodes_the_same_with_our_attention_and_with_sdpa(monkeypatch):
    torch.manual_seed(0)
    model = Transformer(LlamaConfig.preset("tiny")).eval()
    prompts = [[5, 6, 7, 8, 9], [3, 4]]  # left-padded in one batch: the mask hides the padding keys
    with torch.no_grad():
        monkeypatch.setattr(native, "loaded", False)
        want = generate(model, prompts, SamplingParams(max_tokens=6))
        monkeypatch.setattr(native, "loaded", True)
        got = generate(model, prompts, SamplingParams(max_tokens=6))
    assert got == want


def test_a_cpu_without_avx512_vnni_keeps_pytorchs_kernels_without_building(monkeypatch):
    monkeypatch.setattr(native, "_state", {})
    monkeypatch.setattr(native, "cpu_flags", lambda: "flags : fpu sse2 avx avx2 fma")
    monkeypatch.setattr(native, "compile_library", lambda out: pytest.fail("no build should be tried"))
    assert not native.ensure_loaded()
    assert "AVX-512 VNNI" in native.build_error()
    assert isinstance(quantized_linear("layers.0.attention.wqkv", torch.randn(64, 64), "int4", torch.float32),
                      Int4Linear)


@needs_kernels
def test_mismatched_scales_are_refused_not_read_past():
    q, scale, minimum = int4_groups(torch.randn(32, 64), 32)
    packed, scales_and_mins = pack_q4(q, scale, minimum)
    with pytest.raises(RuntimeError, match="scales"):
        torch.ops.jackpeer.q4_mm(torch.randn(1, 64), packed, scales_and_mins[:1])
    q8, row_scale = int8_rows(torch.randn(32, 64))
    with pytest.raises(RuntimeError, match="scale"):
        torch.ops.jackpeer.q8_mm(torch.randn(1, 64), pack_q8(q8), row_scale[:16])


@needs_kernels
def test_a_compiled_graph_keeps_the_rows_of_our_matmuls_dynamic():
    # The kernels' shape functions give symbolic sizes: a graph traced with 2 rows runs 5 and 16 rows as it
    # is (with x.size(0) it was pinned to 2, and the engine's batched step ran eagerly for every other count).
    torch.manual_seed(0)
    w = torch.randn(64, 96)
    for module in (Q4Linear(w), Q8Linear(w)):
        step = torch.compile(module, fullgraph=True, dynamic=True)
        step(torch.randn(2, 96))
        with torch.compiler.set_stance("fail_on_recompile"):
            for rows in (5, 16):
                assert step(torch.randn(rows, 96)).shape == (rows, 64)


@needs_kernels
@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float32])
def test_kv_write_writes_what_indexing_writes_into_its_layer_alone(dtype):
    torch.manual_seed(0)
    storage = torch.randn(3, 6, 2, 40, 32).to(dtype)  # [layers, slots, KV, positions, dh]
    store_k, store_v = storage[:, :4, :, :24], storage.clone()[:, :4, :, :24]  # strided views, as the engine's
    want_k, want_v = store_k.clone(), store_v.clone()
    k, v = torch.randn(3, 2, 5, 32).to(dtype), torch.randn(3, 2, 5, 32).to(dtype)
    pos = torch.tensor([[1, 2, 3, 4, 5], [7, 8, 9, 10, 11], [0, 20, 21, 22, 23]])  # each row its own positions
    torch.ops.jackpeer.kv_write(store_k, store_v, 1, pos, k, v)
    rows = torch.arange(3).view(3, 1)
    want_k[1][rows, :, pos], want_v[1][rows, :, pos] = k.transpose(1, 2), v.transpose(1, 2)
    assert torch.equal(store_k, want_k) and torch.equal(store_v, want_v)
    shared = torch.tensor([10, 11])  # every row at the same positions, from a non-contiguous source
    k2 = torch.randn(2, 3, 2, 32).to(dtype).transpose(0, 1)
    torch.ops.jackpeer.kv_write(store_k, store_v, 2, shared, k2, k2)
    want_k[2][:3, :, shared], want_v[2][:3, :, shared] = k2, k2
    assert torch.equal(store_k, want_k) and torch.equal(store_v, want_v)
    with pytest.raises(RuntimeError, match="position"):
        torch.ops.jackpeer.kv_write(store_k, store_v, 0, torch.tensor([24, 25]), k2, k2)
    with pytest.raises(RuntimeError, match="layer"):
        torch.ops.jackpeer.kv_write(store_k, store_v, 3, shared, k2, k2)
