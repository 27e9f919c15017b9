"""Token-level generation on a small random model: caching, chunked prefill, padded batches, sampling."""

import pytest
import torch

from jackpeer.errors import InputError
from jackpeer.model import LlamaConfig, Transformer
from jackpeer.model import generate as gen
from jackpeer.model.generate import SamplingParams, generate, sample, stream_tokens
from jackpeer.model.quantize import Int4Linear, Int8Linear, quantize_model


@pytest.fixture(scope="module")
def model():
    torch.manual_seed(0)
    return Transformer(LlamaConfig.preset("tiny")).eval()


def full_greedy(model, prompt, n):
    ids = list(prompt)
    with torch.no_grad():
        for _ in range(n):
            ids.append(int(model(torch.tensor([ids]))[0, -1].argmax()))
    return ids[len(prompt):]


def test_cached_greedy_equals_full_recompute(model):
    prompt = torch.randint(0, 512, (30,)).tolist()
    assert generate(model, [prompt], SamplingParams(max_tokens=12))[0] == full_greedy(model, prompt, 12)


def test_chunked_prefill_equals_single_shot(model, monkeypatch):
    prompt = torch.randint(0, 512, (70,)).tolist()
    whole = generate(model, [prompt], SamplingParams(max_tokens=8))
    monkeypatch.setattr(gen, "PREFILL_CHUNK", 16)
    assert generate(model, [prompt], SamplingParams(max_tokens=8)) == whole


def test_left_padded_rows_match_their_single_runs(model):
    torch.manual_seed(1)
    prompts = [torch.randint(0, 512, (n,)).tolist() for n in (5, 23, 11)]
    with torch.no_grad():  # padded full forward: each row's last logits equal the unpadded ones
        longest = 23
        ids = torch.zeros(3, longest, dtype=torch.long)
        for b, p in enumerate(prompts):
            ids[b, longest - len(p):] = torch.tensor(p)
        pad = torch.tensor([longest - len(p) for p in prompts])
        model.clear_caches()
        batched = model(ids, pad=pad)[:, -1]
        for b, p in enumerate(prompts):
            assert (batched[b] - model(torch.tensor([p]))[0, -1]).abs().max() < 1e-4
    params = SamplingParams(max_tokens=10)
    assert generate(model, prompts, params) == [generate(model, [p], params)[0] for p in prompts]


def test_stop_ids_end_a_row_without_the_stop_token(model):
    prompt = torch.randint(0, 512, (8,)).tolist()
    free = generate(model, [prompt], SamplingParams(max_tokens=10))[0]
    stopped = generate(model, [prompt], SamplingParams(max_tokens=10, stop_ids=frozenset({free[3]})))[0]
    assert stopped == free[: free.index(free[3])]
    assert list(stream_tokens(model, prompt, SamplingParams(max_tokens=4))) == free[:4]


def test_seeded_sampling_is_deterministic_and_seeds_differ(model):
    prompt = [1, 2, 3]
    p = SamplingParams(max_tokens=20, temperature=100.0, seed=7)
    a, b = generate(model, [prompt], p), generate(model, [prompt], p)
    c = generate(model, [prompt], SamplingParams(max_tokens=20, temperature=100.0, seed=8))
    assert a == b and a != c


def test_sampler_filters():
    logits = torch.tensor([[0.0, 1.0, 3.0, 2.0]])
    g = torch.Generator().manual_seed(0)
    assert sample(logits, SamplingParams(), None).item() == 2
    for _ in range(20):
        assert sample(logits, SamplingParams(temperature=5.0, top_k=1), g).item() == 2
        assert sample(logits, SamplingParams(temperature=5.0, top_k=2), g).item() in (2, 3)
        assert sample(logits, SamplingParams(temperature=1.0, top_p=0.5), g).item() == 2
    seen = torch.tensor([[False, False, True, False]])
    assert sample(logits, SamplingParams(repetition_penalty=2.0), None, seen).item() == 3


def test_bad_inputs_raise_input_errors(model):
    with pytest.raises(InputError):
        generate(model, [[]], SamplingParams())
    with pytest.raises(InputError):
        generate(model, [[10_000]], SamplingParams())
    with pytest.raises(InputError, match="context"):
        generate(model, [[1] * 600], SamplingParams())
    with pytest.raises(InputError):
        generate(model, [[1]], SamplingParams(top_p=0.0))


@pytest.mark.parametrize("cls, tol", [(Int8Linear, 0.02), (Int4Linear, 0.15)])
def test_quantized_linears_approximate_float(cls, tol):
    torch.manual_seed(0)
    w, x = torch.randn(128, 256), torch.randn(3, 256)
    q = cls(w, torch.float32)  # our Q4Linear/Q8Linear: test_model_native.py
    ref = x @ w.t()
    assert ((q(x) - ref).norm() / ref.norm()).item() < tol


def test_quantized_model_keeps_most_greedy_tokens(model):
    import copy

    prompt = torch.randint(0, 512, (16,)).tolist()
    ref = generate(model, [prompt], SamplingParams(max_tokens=8))[0]
    q = quantize_model(copy.deepcopy(model), "int8", torch.float32)
    assert not any(isinstance(m, torch.nn.Linear) for m in q.modules())
    got = generate(q, [prompt], SamplingParams(max_tokens=8))[0]
    assert got[:2] == ref[:2]


def test_training_still_works_after_generating():
    model = Transformer(LlamaConfig.preset("tiny"))
    generate(model, [[1, 2, 3]], SamplingParams(max_tokens=3))
    model.train()
    model(torch.randint(0, 512, (2, 20))).sum().backward()
    assert model.tok_embeddings.weight.grad is not None
