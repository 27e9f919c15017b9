"""Sampling decisions of each exposure-bias strategy on hand-computed cases (spec §9)."""

import math

import pytest
import torch

from jackpeer.dialog.corpora import Pair
from jackpeer.dialog.data import ByteEncoder, collate
from jackpeer.dialog.strategies import (
    DialogLM,
    StrategyConfig,
    beam_oracle,
    bilevel_pi,
    confidence_aware_decision,
    exponential_eps,
    gold_probability,
    inverse_sigmoid_eps,
    inverse_sigmoid_h,
    linear_eps,
    oracle_gold_probability,
    ramp,
    sentence_bleu_ids,
    sentence_cosine,
    step_generator,
    strategy_loss,
    token_nll,
)
from jackpeer.errors import ConfigError
from jackpeer.model import LlamaConfig, Transformer

STOP = frozenset({258})


def tiny_model(seed: int = 0) -> DialogLM:
    torch.manual_seed(seed)
    return DialogLM(Transformer(LlamaConfig.preset("tiny").with_(vocab_size=260)))


def tiny_batch():
    enc = ByteEncoder(max_context=32, max_response=12)
    pairs = [Pair(["hello there"], "hi, how are you?"), Pair(["what is up", "not much"], "ok then")]
    return collate([enc.encode(p) for p in pairs], enc.pad_id)


def run(cfg, model, batch, step=10, total=100, seed=0):
    return strategy_loss(cfg, model, batch, step=step, total_steps=total, steps_per_epoch=10.0, seed=seed,
                         stop_ids=STOP, from_scratch=False)


# ---- schedules


def test_linear_and_exponential_decay_values():
    assert linear_eps(0, 100, 0.5) == 1.0
    assert linear_eps(50, 100, 0.5) == pytest.approx(0.75)
    assert linear_eps(100, 100, 0.5) == pytest.approx(0.5)
    assert linear_eps(150, 100, 0.5) == pytest.approx(0.5)  # never below eps_end
    assert 0.5 ** (1 / 1e4) == pytest.approx(0.999931, abs=1e-6)
    assert exponential_eps(10_000, 10_000, 0.5) == pytest.approx(0.5)
    assert exponential_eps(5_000, 10_000, 0.5) == pytest.approx(math.sqrt(0.5))


def test_inverse_sigmoid_solved_for_eps_end():
    h = inverse_sigmoid_h(1e4, 0.5)
    assert h == pytest.approx(1382.77, abs=0.05)
    assert inverse_sigmoid_eps(1e4, h) == pytest.approx(0.5, abs=1e-6)
    assert inverse_sigmoid_eps(0, h) == pytest.approx(h / (h + 1))
    cfg = StrategyConfig(name="ss_inverse_sigmoid")
    assert gold_probability(cfg, 10_000, 10_000) == pytest.approx(0.5, abs=1e-6)


def test_oracle_epoch_decay_and_ramp():
    assert oracle_gold_probability(3.0, 3.0) == pytest.approx(0.5, abs=1e-6)
    assert oracle_gold_probability(0.0, 3.0) > oracle_gold_probability(1.5, 3.0) > 0.5
    assert ramp(10, 20, 10) == 0.0 and ramp(25, 20, 10) == 0.5 and ramp(40, 20, 10) == 1.0


# ---- bilevel formulas


def test_sentence_bleu_hand_check():
    i, am, fine, thanks, good = 1, 2, 3, 4, 5
    assert sentence_bleu_ids([i, am, fine, thanks], [i, am, good, thanks], 2) == pytest.approx(0.6124, abs=1e-4)
    assert sentence_bleu_ids([i, am], [i, am, good, thanks], 2) == pytest.approx(math.exp(1 - 2) * 1.0)
    assert sentence_bleu_ids([], [i], 2) == 0.0


def test_sentence_cosine_range():
    emb = torch.eye(4)
    assert sentence_cosine([0, 1], [0, 1], emb) == pytest.approx(1.0)
    assert sentence_cosine([0], [1], emb) == pytest.approx(0.5)


def test_bilevel_pi_hand_check():
    pi = bilevel_pi(torch.tensor([0.95, 0.20]), torch.tensor([0.6, 0.6]), StrategyConfig(name="bilevel_ss"))
    assert pi.tolist() == pytest.approx([0.7668, 0.1073], abs=1e-4)


def test_bilevel_hard_threshold_limit_and_product():
    cfg = StrategyConfig(name="bilevel_ss", kappa=1e4, pi_min=0.0, pi_max=1.0)
    pi = bilevel_pi(torch.tensor([0.95, 0.5, 0.2]), torch.tensor([0.6, 0.6, 0.6]), cfg)  # q = .775, .55, .4
    assert pi.tolist() == [1.0, 0.0, 0.0]
    prod = StrategyConfig(name="bilevel_ss", combine="product")
    q = 0.81**0.5 * 0.25**0.5  # 0.45
    expected = 0.9 / (1 + math.exp(-10 * (q - 0.6)))
    assert bilevel_pi(torch.tensor([0.81]), torch.tensor([0.25]), prod).item() == pytest.approx(expected)


def test_confidence_aware_thresholds():
    assert confidence_aware_decision(torch.tensor([0.50, 0.92, 0.97])).tolist() == [0, 1, 2]


def test_unknown_strategy_is_config_error():
    with pytest.raises(ConfigError):
        StrategyConfig(name="nope")
    with pytest.raises(ConfigError):
        StrategyConfig.from_dict({"name": "bilevel_ss", "kapa": 3})


# ---- decisions inside a training step


def test_pi_zero_is_teacher_forcing():
    model, batch = tiny_model(), tiny_batch()
    cfg = StrategyConfig(name="bilevel_ss", pi_min=0.0, pi_max=0.0)
    out = run(cfg, model, batch)
    tf = token_nll(model(batch.ids), batch)
    assert torch.equal(out.inputs, batch.ids)
    assert out.loss.item() == pytest.approx(tf.item(), abs=1e-6)


def test_pi_one_feeds_exactly_the_argmax():
    model, batch = tiny_model(), tiny_batch()
    cfg = StrategyConfig(name="bilevel_ss", pi_min=1.0, pi_max=1.0, k0_frac=0.0, ramp_frac=0.0)
    out = run(cfg, model, batch)
    argmax = model(batch.ids).argmax(-1)
    rmask = batch.tmask & torch.cat([batch.tmask[:, 1:], torch.zeros_like(batch.tmask[:, :1])], 1)
    fed = out.inputs[:, 1:][rmask[:, :-1]]
    assert torch.equal(fed, argmax[:, :-1][rmask[:, :-1]])
    keep = ~torch.cat([torch.zeros_like(rmask[:, :1]), rmask[:, :-1]], 1)
    assert torch.equal(out.inputs[keep], batch.ids[keep])  # context, EOS input and padding stay gold
    assert out.stats["frac_sampled"] == 1.0


def test_masks_reproducible_per_step():
    model, batch = tiny_model(), tiny_batch()
    cfg = StrategyConfig(name="bilevel_ss", pi_min=0.5, pi_max=0.5, k0_frac=0.0, ramp_frac=0.0)
    a, b, c = run(cfg, model, batch, step=3), run(cfg, model, batch, step=3), run(cfg, model, batch, step=4)
    assert torch.equal(a.inputs, b.inputs)
    assert not torch.equal(a.inputs, c.inputs)


def test_vanilla_ss_decisions_follow_epsilon():
    model, batch = tiny_model(), tiny_batch()
    cfg = StrategyConfig(name="ss_linear", eps_end=0.5)
    out = run(cfg, model, batch, step=50, total=100)  # ε = 0.75: sample the prediction where u < 0.25
    rmask = batch.tmask & torch.cat([batch.tmask[:, 1:], torch.zeros_like(batch.tmask[:, :1])], 1)
    u = torch.ones(batch.ids.shape)  # each example's generator: first draw = one uniform per real position
    for b in range(len(batch)):
        n = int(batch.tmask[b].nonzero().max()) + 2
        u[b, :n] = torch.rand(n, generator=step_generator(0, 50, b))
    m = (u < 0.25) & rmask
    argmax = model(batch.ids).argmax(-1)
    expected = batch.ids.clone()
    expected[:, 1:] = torch.where(m[:, :-1], argmax[:, :-1], batch.ids[:, 1:])
    assert torch.equal(out.inputs, expected)
    assert out.stats["gold_prob"] == pytest.approx(0.75)


def test_confidence_aware_feeds_gold_soft_and_random():
    model, batch = tiny_model(), tiny_batch()
    # thresholds below every confidence: all positions random-token; above: all gold
    out = run(StrategyConfig(name="confidence_aware", t_gold=-1.0, t_rand=-0.5), model, batch)
    assert out.stats["frac_sampled"] == 1.0
    out = run(StrategyConfig(name="confidence_aware", t_gold=2.0, t_rand=3.0), model, batch)
    assert torch.equal(out.inputs, batch.ids)


def test_first_pass_leaks_no_gradient_and_copies_nothing():
    model, batch = tiny_model(), tiny_batch()
    ids_before = [id(p) for p in model.parameters()]
    probe = torch.nn.Parameter(torch.ones(()))
    calls = []

    def scale_first_pass(module, args, output):  # the probe touches only the first pass's logits
        calls.append(1)
        return output * probe if len(calls) == 1 else output

    handle = model.register_forward_hook(scale_first_pass)
    cfg = StrategyConfig(name="bilevel_ss", mix_input="soft", pi_min=0.9, pi_max=0.9, k0_frac=0.0, ramp_frac=0.0)
    out = run(cfg, model, batch)
    out.loss.backward()
    handle.remove()
    assert len(calls) == 2  # the same module ran both passes
    assert probe.grad is None
    assert [id(p) for p in model.parameters()] == ids_before


def test_gradient_is_the_second_pass_gradient():
    model, batch = tiny_model(), tiny_batch()
    cfg = StrategyConfig(name="bilevel_ss", pi_min=0.9, pi_max=0.9, k0_frac=0.0, ramp_frac=0.0)
    out = run(cfg, model, batch)
    out.loss.backward()
    g_strategy = [p.grad.clone() for p in model.parameters()]
    model.zero_grad()
    token_nll(model(out.inputs), batch).backward()  # only the second pass, on the recorded mixed inputs
    for a, p in zip(g_strategy, model.parameters(), strict=True):
        assert torch.allclose(a, p.grad, atol=1e-7)
    assert not torch.equal(out.inputs, batch.ids)


def test_sentence_oracle_has_forced_length():
    model = tiny_model()
    ctx = [257, 104, 105, 259]
    ref = [104, 105, 33]
    got = beam_oracle(model, ctx, ref, length=4, beam=3, stop_ids=STOP)
    assert len(got) == 4 and got[-1] == 258 and 258 not in got[:-1]


@pytest.mark.parametrize("name", ["vanilla_ss", "ss_exponential", "oracle_word", "oracle_sentence",
                                  "confidence_aware", "bilevel_ss"])
def test_every_strategy_trains(name):
    model, batch = tiny_model(), tiny_batch()
    out = run(StrategyConfig(name=name, oracle_subset=1), model, batch)
    out.loss.backward()
    assert math.isfinite(out.loss.item())
    assert all(p.grad is not None for p in model.parameters())
