"""Llama3Tokenizer against the Llama 3 vocabulary shipped in quicktok-v1, and the spec's verified vectors.

Meta's tokenizer.model is not available offline, so the fixture writes one (base64 token, rank
per line) from quicktok's binary llama3.vocab: u32 count, then per token u16 length, bytes, u32 rank.
"""

import base64
import os
import struct

import pytest
from test_tokenizer_strings import tokenizer_strings

from jackpeer.errors import ModelFileError
from jackpeer.model.tokenizer import Llama3Tokenizer


def read_quicktok_vocab(path: str) -> dict[bytes, int]:
    data = open(path, "rb").read()
    (count,) = struct.unpack_from("<I", data, 0)
    off, ranks = 4, {}
    for _ in range(count):
        (length,) = struct.unpack_from("<H", data, off)
        token = data[off + 2 : off + 2 + length]
        (rank,) = struct.unpack_from("<I", data, off + 2 + length)
        off += 6 + length
        ranks[token] = rank
    assert off == len(data)
    return ranks


@pytest.fixture(scope="module")
def quicktok_enc():
    import quicktok

    return quicktok.get_encoding("llama3")


@pytest.fixture(scope="module")
def model_file(tmp_path_factory) -> str:
    import quicktok

    ranks = read_quicktok_vocab(os.path.join(os.path.dirname(quicktok.__file__), "data", "llama3.vocab"))
    assert len(ranks) == 128000
    path = tmp_path_factory.mktemp("llama3") / "tokenizer.model"
    lines = (base64.b64encode(t).decode() + f" {r}\n" for t, r in sorted(ranks.items(), key=lambda x: x[1]))
    path.write_text("".join(lines))
    return str(path)


@pytest.fixture(scope="module")
def tok(model_file) -> Llama3Tokenizer:
    return Llama3Tokenizer(model_file)


def test_spec_vectors(tok):
    assert tok.encode("Hello, world!") == [9906, 11, 1917, 0]
    assert tok.encode("The capital of France is Paris.") == [791, 6864, 315, 9822, 374, 12366, 13]
    assert tok.encode(" 1234567") == [220, 4513, 10961, 22]
    assert tok.encode("I'm here\n\nok") == [40, 2846, 1618, 271, 564]
    assert [tok.encode(w) for w in ("user", "assistant", "system", "ipython")] == [[882], [78191], [9125], [23799, 4690]]
    assert tok.encode("\n\n") == [271] and tok.encode("safe") == [19193] and tok.encode("unsafe") == [39257]
    assert tok.encode("Hi", bos=True) == [128000, 13347]


def test_special_tokens(tok):
    assert tok.vocab_size == 128256
    assert (tok.bos_id, tok.eos_id) == (128000, 128001)
    assert tok.stop_ids == {128001, 128008, 128009}
    expected = {
        "<|begin_of_text|>": 128000, "<|end_of_text|>": 128001, "<|reserved_special_token_0|>": 128002,
        "<|reserved_special_token_1|>": 128003, "<|finetune_right_pad_id|>": 128004, "<|step_id|>": 128005,
        "<|start_header_id|>": 128006, "<|end_header_id|>": 128007, "<|eom_id|>": 128008, "<|eot_id|>": 128009,
        "<|python_tag|>": 128010, "<|image|>": 128011, "<|reserved_special_token_2|>": 128012,
        "<|reserved_special_token_245|>": 128255,
    }
    for name, i in expected.items():
        assert tok.special_id(name) == i
    assert len(tok.special_tokens) == 256
    with pytest.raises(KeyError):
        tok.special_id("<|im_start|>")


def test_same_ids_as_quicktok(tok, quicktok_enc):
    strings = tokenizer_strings()
    assert len(strings) >= 500
    for s in strings:
        assert tok.encode(s) == quicktok_enc.encode_ordinary(s), repr(s)


def test_special_strings_are_plain_text(tok, quicktok_enc):
    text = "<|begin_of_text|><|start_header_id|>system<|end_header_id|>"
    ids = tok.encode(text)
    assert not set(ids) & set(tok.special_tokens.values())
    assert ids == quicktok_enc.encode_ordinary(text) and tok.decode(ids) == text


def test_decode_matches_quicktok(tok, quicktok_enc):
    for s in tokenizer_strings()[:200]:
        ids = tok.encode(s)
        assert tok.decode(ids) == quicktok_enc.decode(ids) == s
    assert tok.decode([128006, 882, 128007]) == "<|start_header_id|>user<|end_header_id|>"


def test_long_run_guard(tok, quicktok_enc):
    """Meta cuts runs of more than 25,000 (non-)whitespace characters before encoding."""
    text = "a" * 60000 + " " * 30000 + "b c"
    # The runs end at chars 25,000 and 50,000 (letters), then 25,000 spaces after the last 10,000 letters.
    pieces = ["a" * 25000, "a" * 25000, "a" * 10000 + " " * 25000, " " * 5000 + "b c"]
    assert "".join(pieces) == text
    assert tok.encode(text) == [i for p in pieces for i in quicktok_enc.encode_ordinary(p)]
    assert tok.decode(tok.encode(text)) == text


def test_stream_decoder_holds_back_partial_characters(tok):
    text = "Grüße 😀 世界 👨‍👩‍👧‍👦!"
    dec = tok.stream_decoder()
    pieces = [dec.feed(i) for i in tok.encode(text)]
    assert "".join(pieces) + dec.flush() == text
    assert "\ufffd" not in "".join(pieces)
    assert dec.feed(128009) == "<|eot_id|>"


def test_file_errors_name_file_and_line(tmp_path):
    with pytest.raises(ModelFileError, match="not found"):
        Llama3Tokenizer(str(tmp_path / "nope.model"))
    bad = tmp_path / "tokenizer.model"
    bad.write_text("IQ== 0\nIg== 1\nnot-base64!! 2\n")
    with pytest.raises(ModelFileError, match=r"tokenizer\.model: line 3"):
        Llama3Tokenizer(str(bad))
    bad.write_text("IQ== 0\nIg==\n")
    with pytest.raises(ModelFileError, match="line 2"):
        Llama3Tokenizer(str(bad))
    bad.write_text("IQ== 0\nIg== 5\n")
    with pytest.raises(ModelFileError, match="gaps"):
        Llama3Tokenizer(str(bad))
    bad.write_text("")
    with pytest.raises(ModelFileError, match="empty"):
        Llama3Tokenizer(str(bad))


def test_ids_past_the_vocabulary_decode_to_nothing(tok):
    """A model whose embedding is padded past the vocabulary may sample such ids; they must not crash."""
    assert tok.decode([128256, 40, -1, 10**9]) == "I"
    assert tok.stream_decoder().feed(128300) == ""
