"""The many-rows decode path: oneDNN int8 matmuls for decode steps of ROWS_MIN sequences or more."""

import copy

import pytest
import torch

from jackpeer.model import int8_rows
from jackpeer.model.int8_rows import ROWS_MIN, PackedInt8, int8_rows_linear, takes_rows_path
from jackpeer.model.quantize import Int4Linear, Int8Linear

pytestmark = pytest.mark.skipif(not int8_rows.available(), reason="this PyTorch build has no oneDNN int8 linear")


def weight(n: int = 192, k: int = 128) -> torch.Tensor:
    return torch.randn(n, k, generator=torch.Generator().manual_seed(0)) * 0.05


def rel_err(got: torch.Tensor, want: torch.Tensor) -> float:
    return float((got.float() - want).norm() / want.norm())


def test_int8_rows_linear_is_close_to_the_float_matmul_for_every_row():
    w = weight()
    x = torch.randn(ROWS_MIN + 3, 128, generator=torch.Generator().manual_seed(1))
    x[0] *= 50  # one loud row must not flatten the others: each row has its own scale
    packed = PackedInt8(w)
    got = int8_rows_linear(x.bfloat16(), packed.handle)
    assert got.dtype == torch.bfloat16 and got.shape == (ROWS_MIN + 3, 192)
    want = x @ w.t()
    for r in range(x.size(0)):
        assert rel_err(got[r], want[r]) < 0.03, r


@pytest.mark.parametrize("cls", [Int4Linear, Int8Linear])
def test_only_decode_steps_of_many_rows_take_the_int8_path(cls):
    w = weight()
    layer = cls(w, torch.bfloat16)
    assert layer.rows is not None
    many = torch.randn(ROWS_MIN, 1, 128).bfloat16()
    assert takes_rows_path(many)
    assert torch.equal(layer(many).view(ROWS_MIN, -1), int8_rows_linear(many.view(ROWS_MIN, -1), layer.rows.handle))
    for x in (torch.randn(ROWS_MIN - 1, 1, 128), torch.randn(1, 3 * ROWS_MIN, 128)):  # few rows; a prefill
        x = x.bfloat16()
        assert not takes_rows_path(x)
        assert not torch.equal(layer(x), int8_rows_linear(x.reshape(-1, 128), layer.rows.handle).view(*x.shape[:-1], -1))
    assert rel_err(layer(many).view(ROWS_MIN, -1), many.view(ROWS_MIN, -1).float() @ w.t()) < 0.15


def test_a_copied_model_shares_the_packed_weight_and_a_dropped_one_frees_it():
    layer = Int4Linear(weight(), torch.bfloat16)
    twin = copy.deepcopy(layer)
    assert twin.rows is layer.rows
    handle = layer.rows.handle
    del layer, twin
    with pytest.raises(KeyError):
        int8_rows_linear(torch.zeros(ROWS_MIN, 128), handle)


def test_the_int8_op_compiles_into_a_graph():
    layer = Int4Linear(weight(), torch.bfloat16)
    x = torch.randn(ROWS_MIN + 2, 1, 128).bfloat16()
    with torch.no_grad():
        got = torch.compile(layer, fullgraph=True)(x)
    assert torch.equal(got, layer(x))
