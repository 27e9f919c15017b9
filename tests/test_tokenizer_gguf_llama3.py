"""GGUFTokenizer with "llama-bpe" pre-tokenization on the real Llama 3 vocabulary (from quicktok-v1).

A Llama 3 GGUF file stores tokens in GPT-2's byte alphabet plus "left right" merges. We build
those from quicktok's ranks the way llama.cpp's converter does (every split of a token into two
tokens, in rank order) and check the `tokenizers`-based BPE against quicktok's tiktoken-style BPE.
"""

import os

import pytest
from test_tokenizer_llama3 import read_quicktok_vocab
from test_tokenizer_strings import tokenizer_strings

from jackpeer.model.chat_format import Llama3ChatFormat, chat_format_for
from jackpeer.model.tokenizer import LLAMA3_SPECIAL_TOKENS, GGUFTokenizer, gpt2_byte_to_unicode


@pytest.fixture(scope="module")
def quicktok_enc():
    import quicktok

    return quicktok.get_encoding("llama3")


@pytest.fixture(scope="module")
def tok() -> GGUFTokenizer:
    import quicktok

    ranks = read_quicktok_vocab(os.path.join(os.path.dirname(quicktok.__file__), "data", "llama3.vocab"))
    alphabet = gpt2_byte_to_unicode()

    def spell(b: bytes) -> str:
        return "".join(alphabet[x] for x in b)

    merges = []
    for token, rank in ranks.items():
        splits = [(token[:i], token[i:]) for i in range(1, len(token)) if token[:i] in ranks and token[i:] in ranks]
        splits.sort(key=lambda p: (ranks[p[0]], ranks[p[1]]))
        merges += [(rank, spell(a) + " " + spell(b)) for a, b in splits]
    merges.sort(key=lambda m: m[0])
    assert len(merges) == 280147  # the count Llama 3 GGUF files carry (spec §5.2)
    tokens = [spell(t) for t, _ in sorted(ranks.items(), key=lambda x: x[1])] + LLAMA3_SPECIAL_TOKENS
    types = [1] * len(ranks) + [3] * len(LLAMA3_SPECIAL_TOKENS)
    return GGUFTokenizer(
        tokens, [m for _, m in merges], types, pre="llama-bpe", bos_id=128000, eos_id=128009, add_bos=True,
        source="llama3.gguf",
    )


def test_same_ids_as_quicktok(tok, quicktok_enc):
    for s in tokenizer_strings():
        assert tok.encode(s) == quicktok_enc.encode_ordinary(s), repr(s)
    assert tok.encode("Hello, world!", bos=True) == [128000, 9906, 11, 1917, 0]


def test_llama3_chat_format_from_gguf_tokens(tok):
    assert tok.stop_ids == {128001, 128008, 128009}
    fmt = chat_format_for(tok, {"tokenizer.chat_template": "...<|start_header_id|>..."})
    assert isinstance(fmt, Llama3ChatFormat)
    assert fmt.encode_dialog([{"role": "user", "content": "Hi"}]) == [
        128000, 128006, 882, 128007, 271, 13347, 128009, 128006, 78191, 128007, 271,
    ]
