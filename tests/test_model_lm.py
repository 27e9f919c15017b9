"""The default model end to end: jackpeer.load(), chat (streaming), completion, sampling, stop strings."""

import pytest
from typer.testing import CliRunner

import jackpeer
from jackpeer.cli import app
from jackpeer.errors import InputError

QUESTION = [{"role": "user", "content": "What is the capital of France?"}]


@pytest.fixture(scope="module")
def lm():
    return jackpeer.load()


def test_default_model_answers_in_a_stream(lm):
    pieces = list(lm.chat(QUESTION, stream=True, max_tokens=32))
    assert len(pieces) > 1
    assert "".join(pieces) == "The capital of France is Paris."
    assert lm.chat(QUESTION, max_tokens=32) == "The capital of France is Paris."


def test_chat_prompt_ids_match_the_spec(lm):
    ids = lm.chat_format.encode_dialog(QUESTION)
    assert len(ids) == 37 and ids[:3] == [1, 9690, 198] and ids[-3:] == [520, 9531, 198]


def test_sampling_is_reproducible_with_a_seed(lm):
    kw = dict(max_tokens=8, temperature=0.9, top_p=0.9, top_k=50)
    a = lm.complete("Once upon a time", seed=3, **kw)
    b = lm.complete("Once upon a time", seed=3, **kw)
    assert a == b and len(a) > 0


def test_stop_strings_cut_the_text_in_both_modes(lm):
    full = lm.complete("The three primary colors are", max_tokens=16)
    assert "," in full
    cut = lm.complete("The three primary colors are", max_tokens=16, stop=[","])
    assert cut == full[: full.index(",")]
    assert "".join(lm.complete("The three primary colors are", max_tokens=16, stop=[","], stream=True)) == cut


def test_max_tokens_and_bad_arguments(lm):
    assert lm.complete("Hello", max_tokens=0) == ""
    few = lm.complete("The three primary colors are", max_tokens=3)
    assert len(lm.tokenizer.encode(few)) <= 4
    with pytest.raises(InputError):
        lm.complete("Hello", temperature=-1)
    with pytest.raises(InputError):
        lm.chat([])


def test_batch_rows_match_single_prompts(lm):
    prompts = ["Once upon a time", "The three primary colors are red, yellow and"]
    batch = lm.complete_batch(prompts, max_tokens=8)
    assert batch == [lm.complete(p, max_tokens=8) for p in prompts]


def test_jack_chat_streams_a_reply_and_exits_on_eof(lm, monkeypatch):
    monkeypatch.setattr(jackpeer, "load", lambda *args, **kwargs: lm)
    result = CliRunner().invoke(app, ["chat", "--max-tokens", "16"], input="What is the capital of France?\n")
    assert result.exit_code == 0, result.output
    assert "The capital of France is Paris." in result.output
    result = CliRunner().invoke(app, ["chat"], input="/quit\nnot read\n")
    assert result.exit_code == 0 and "jack>" not in result.output


def test_tests_run_eagerly(lm):
    assert lm.compile_state == "off"  # tests/conftest.py sets JACK_COMPILE=0


@pytest.mark.slow
def test_compiled_decode_step_agrees_with_eager(lm):
    import torch

    from jackpeer.model.generate import decode_logits, ensure_caches

    assert lm.compile(), lm.compile_error
    ids = lm.tokenizer.encode("The three primary colors are")
    for length in (256, 1024):  # one graph serves every cache length
        ensure_caches(lm.model, 1, length)
        with torch.no_grad():
            lm.model.hidden(torch.tensor([ids[:-1]]), torch.arange(len(ids) - 1))
            tok, pos = torch.tensor([[ids[-1]]]), torch.tensor([len(ids) - 1])
            eager, compiled = decode_logits(lm.model, tok, pos, None), lm._step(lm.model, tok, pos, None)
        # Inductor fuses the bf16 ops differently (fp32 intermediates), so logits agree only closely.
        assert (eager - compiled).abs().max() < 0.05 * eager.abs().max()
        assert eager.argmax() == compiled.argmax()
    assert lm.chat(QUESTION, max_tokens=32) == "The capital of France is Paris."
