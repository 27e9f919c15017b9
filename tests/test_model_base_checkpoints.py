"""The checkpoints people have (issue 17 §4): SentencePiece-style tokenizer.json (Llama 2, Mistral, TinyLlama)
against transformers, base models that complete but refuse chat clearly, HF folders streamed tensor by
tensor, and bf16/fp16 safetensors kept in their dtype with quantize="keep".

The tokenizers are trained here with the `tokenizers` library in the two layouts those families ship
(Llama 2's normalizer-based file and the newer Metaspace one), with 256 `<0xAB>` byte-fallback tokens.
"""

import json
import subprocess
import sys

import pytest
import torch
from fastapi.testclient import TestClient
from test_tokenizer_strings import tokenizer_strings
from transformers import AutoTokenizer, LlamaForCausalLM
from transformers import LlamaConfig as HFConfig

import jackpeer
from jackpeer.errors import ConfigError, NoChatFormatError
from jackpeer.model import hf as hf_module
from jackpeer.model.chat_format import NoChatFormat
from jackpeer.model.hf_tokenizer import HFTokenizer, folder_tokenizer
from jackpeer.serve.app import ServeState, create_app

SPECIALS = ["<unk>", "<s>", "</s>"]
BYTE_TOKENS = [f"<0x{i:02X}>" for i in range(256)]


def write_sentencepiece_tokenizer(folder, layout: str, tokenizer_class: str, **config) -> None:
    """A trained SentencePiece-style BPE as tokenizer.json ("llama2": Prepend/Replace normalizer;
    "metaspace": Metaspace pre-tokenizer) plus tokenizer_config.json naming `tokenizer_class`."""
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

    tk = Tokenizer(models.BPE(unk_token="<unk>", byte_fallback=True, fuse_unk=True))
    if layout == "llama2":
        tk.normalizer = normalizers.Sequence([normalizers.Prepend("▁"), normalizers.Replace(" ", "▁")])
    else:
        tk.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="first", split=False)
    tk.decoder = decoders.Sequence([decoders.Replace("▁", " "), decoders.ByteFallback(), decoders.Fuse(),
                                    decoders.Strip(" ", 1, 0)])
    trainer = trainers.BpeTrainer(vocab_size=900, special_tokens=SPECIALS + BYTE_TOKENS, limit_alphabet=200,
                                  show_progress=False)
    tk.train_from_iterator(tokenizer_strings(300, seed=11), trainer)
    spec = json.loads(tk.to_str())
    # In these files the byte tokens are ordinary vocabulary, not added tokens; BOS comes from the post-processor.
    spec["added_tokens"] = [t for t in spec["added_tokens"] if t["content"] in SPECIALS]
    bos = {"SpecialToken": {"id": "<s>", "type_id": 0}}
    spec["post_processor"] = {
        "type": "TemplateProcessing", "single": [bos, {"Sequence": {"id": "A", "type_id": 0}}],
        "pair": [bos, {"Sequence": {"id": "A", "type_id": 0}}, bos, {"Sequence": {"id": "B", "type_id": 1}}],
        "special_tokens": {"<s>": {"id": "<s>", "ids": [1], "tokens": ["<s>"]}},
    }
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tokenizer.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    (folder / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": tokenizer_class, "add_bos_token": True, "add_eos_token": False, "bos_token": "<s>",
        "eos_token": "</s>", "unk_token": "<unk>", **config}))


def write_base_model(folder, dtype: torch.dtype = torch.float32) -> LlamaForCausalLM:
    """A tiny random Llama with the folder's 900-token vocabulary, saved in `dtype` (no chat template)."""
    torch.manual_seed(0)
    config = HFConfig(vocab_size=900, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, tie_word_embeddings=False,
                      bos_token_id=1, eos_token_id=2, max_position_embeddings=512)
    model = LlamaForCausalLM(config).to(dtype).eval()
    model.save_pretrained(folder)
    return model


@pytest.fixture(scope="module")
def base_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("llama2_base")
    write_sentencepiece_tokenizer(folder, "llama2", "LlamaTokenizer", legacy=False)
    write_base_model(folder)
    return folder


@pytest.mark.parametrize("layout", ["llama2", "metaspace"])
@pytest.mark.parametrize("tokenizer_class, config", [
    ("LlamaTokenizer", {"legacy": False}),  # Llama 2 / Mistral / TinyLlama folders: transformers rebuilds the pipeline
    ("LlamaTokenizerFast", {"legacy": True}),  # legacy: "▁" before every piece
    ("TokenizersBackend", {}),  # the file's own pipeline
])
def test_sentencepiece_ids_equal_transformers(tmp_path, layout, tokenizer_class, config):
    write_sentencepiece_tokenizer(tmp_path, layout, tokenizer_class, **config)
    tok, hf = folder_tokenizer(tmp_path), AutoTokenizer.from_pretrained(tmp_path)
    assert isinstance(tok, HFTokenizer) and tok.kind == "sentencepiece"
    assert (tok.bos_id, tok.eos_id, tok.add_bos, tok.vocab_size) == (1, 2, True, len(hf))
    byte_fallbacks = 0
    for s in tokenizer_strings():
        ids = tok.encode(s, bos=True)
        assert ids == hf(s, split_special_tokens=True)["input_ids"], repr(s)
        assert tok.decode(ids[1:]) in (s, " " + s), repr(s)  # the "▁" prepended to the text reads as a space
        byte_fallbacks += any(3 <= i < 259 for i in ids)
    assert byte_fallbacks > 50  # the strings do reach the <0xAB> byte tokens


def test_byte_fallback_decodes_whole_characters(base_folder):
    tok = HFTokenizer(base_folder)
    text = "naïve 𝄞 ᚠᚢ <s> ok"  # the music sign and the runes are not in the trained vocabulary
    ids = tok.encode(text)
    assert sum(3 <= i < 259 for i in ids) >= 10  # spelled with byte-fallback tokens
    assert tok.special_id("<s>") not in ids  # typed special-token text stays text
    dec = tok.stream_decoder()
    pieces = [dec.feed(i) for i in ids]
    assert "".join(pieces) + dec.flush() == " " + text
    assert "" in pieces  # a multi-byte character waited for its last byte token
    assert all("\ufffd" not in p for p in pieces)
    assert tok.token_bytes(tok._tk.token_to_id("<0x0A>")) == b"\n"


def test_base_model_completes_and_refuses_chat_clearly(base_folder, monkeypatch):
    # The folder is streamed: the whole-state-dict reader is never called.
    monkeypatch.setattr(hf_module, "read_hf", lambda *a: pytest.fail("load() read the whole state dict"))
    lm = jackpeer.load(base_folder, quantize=None)
    assert isinstance(lm.chat_format, NoChatFormat) and not lm.has_chat
    text = lm.complete("Once upon a time", max_tokens=8)
    assert isinstance(text, str) and text
    with pytest.raises(NoChatFormatError, match=r"llama2_base\w* has no chat format.*jack generate"):
        lm.chat([{"role": "user", "content": "Hi"}])
    with pytest.raises(NoChatFormatError):
        lm.chat_reply([{"role": "user", "content": "Hi"}])
    ref = LlamaForCausalLM.from_pretrained(base_folder).eval()
    ids = torch.tensor([lm.tokenizer.encode("Hello there, 12 cats", bos=lm.add_bos)])
    with torch.no_grad():
        assert (lm.model(ids) - ref(ids).logits).abs().max().item() < 1e-4
    greedy = ref.generate(ids, max_new_tokens=8, do_sample=False)[0, ids.shape[1]:].tolist()
    assert lm.complete("Hello there, 12 cats", max_tokens=8) == lm.tokenizer.decode(greedy)


@pytest.mark.parametrize("dtype, mode", [(torch.bfloat16, "bf16"), (torch.float16, "fp16"), (torch.float32, "none")])
def test_keep_keeps_the_stored_dtype(tmp_path, dtype, mode):
    write_sentencepiece_tokenizer(tmp_path, "metaspace", "LlamaTokenizer")
    ref = write_base_model(tmp_path, dtype)
    assert hf_module.stored_dtype(tmp_path) == dtype
    lm = jackpeer.load(tmp_path, quantize="keep", compile=False)
    assert lm.quantize == mode
    assert {p.dtype for p in lm.model.parameters()} == {dtype}
    ids = torch.tensor([lm.tokenizer.encode("Hello there, 12 cats", bos=True)])
    with torch.no_grad():
        ours, want = lm.model(ids).float(), ref.float()(ids).logits
    assert (ours - want).abs().max() < 0.05 * want.abs().max()  # the stored weights, computed in their dtype
    assert lm.complete("Hello", max_tokens=4) is not None
    int4 = jackpeer.load(tmp_path, compile=False)  # the default still quantizes a bf16/fp16 folder
    assert int4.quantize == "int4"


def test_keep_needs_a_safetensors_folder():
    with pytest.raises(ConfigError, match="keep"):
        jackpeer.load(quantize="keep")  # the bundled GGUF's blocks have no dtype to keep


def test_serve_completes_with_a_base_model_and_refuses_chat(base_folder):
    state = ServeState(slots=2, context=256)
    state.start(jackpeer.load(base_folder, compile=False))
    with TestClient(create_app(state)) as client:
        r = client.post("/v1/chat/completions", json={"model": "x", "messages": [{"role": "user", "content": "Hi"}]})
        assert r.status_code == 400
        assert r.json()["error"]["code"] == "no_chat_format" and "/v1/completions" in r.json()["error"]["message"]
        r = client.post("/v1/completions", json={"model": "x", "prompt": "Once upon a time", "max_tokens": 5})
        assert r.status_code == 200 and r.json()["choices"][0]["text"]
    state.engine.close()


def test_cli_generate_continues_and_chat_says_to_use_it(base_folder):
    run = [sys.executable, "-m", "jackpeer"]
    out = subprocess.run([*run, "generate", "--model", str(base_folder), "--max-tokens", "5", "--echo", "Once upon"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Once upon") and len(out.stdout.strip()) > len("Once upon")
    chat = subprocess.run([*run, "chat", "--model", str(base_folder)], input="Hi\n", capture_output=True,
                          text=True, timeout=300)
    assert chat.returncode == 2 and "has no chat format" in chat.stderr and "Traceback" not in chat.stderr
