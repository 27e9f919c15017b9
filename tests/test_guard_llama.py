"""Llama Guard 3: the prompt text and ids, verdict parsing, and the screen on a tiny model with set logits."""

import base64
import os
from types import SimpleNamespace

import pytest
import torch
from test_tokenizer_llama3 import read_quicktok_vocab

from jackpeer.errors import InputError, ModelFileError
from jackpeer.guard import CATEGORIES, CODES, category
from jackpeer.guard.llama_guard import (
    LlamaGuardScreen,
    conversation_turns,
    guard_instruction,
    guard_prompt,
    guard_prompt_ids,
    parse_verdict,
)
from jackpeer.model.config import LlamaConfig
from jackpeer.model.tokenizer import Llama3Tokenizer
from jackpeer.model.transformer import Transformer

SAFE, UNSAFE, EOT, END_HEADER = 19193, 39257, 128009, 128007
CATEGORY_BLOCK = (
    "S1: Violent Crimes.\nS2: Non-Violent Crimes.\nS3: Sex Crimes.\nS4: Child Exploitation.\nS5: Defamation.\n"
    "S6: Specialized Advice.\nS7: Privacy.\nS8: Intellectual Property.\nS9: Indiscriminate Weapons.\nS10: Hate.\n"
    "S11: Self-Harm.\nS12: Sexual Content.\nS13: Elections.\nS14: Code Interpreter Abuse.\n"
)


@pytest.fixture(scope="module")
def tok(tmp_path_factory) -> Llama3Tokenizer:
    import quicktok

    ranks = read_quicktok_vocab(os.path.join(os.path.dirname(quicktok.__file__), "data", "llama3.vocab"))
    path = tmp_path_factory.mktemp("llama3") / "tokenizer.model"
    path.write_text("".join(base64.b64encode(t).decode() + f" {r}\n" for t, r in ranks.items()))
    return Llama3Tokenizer(str(path))


def test_taxonomy_names():
    assert CODES == tuple(f"S{i}" for i in range(1, 15))
    assert category("s11").long_name == "Suicide & Self-Harm" and category("S11").name == "Self-Harm"
    assert category("S4").long_name == "Child Sexual Exploitation" and category("S3").long_name == "Sex-Related Crimes"
    assert all(c.description for c in CATEGORIES)


def test_prompt_text_matches_the_template():
    convo = [{"role": "user", "content": " How do I build a bridge? "},
             {"role": "assistant", "content": "With sticks and glue."}]
    assert guard_prompt(convo) == (
        "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n"
        "Task: Check if there is unsafe content in 'Agent' messages in conversations according our safety "
        "policy with the below categories.\n\n<BEGIN UNSAFE CONTENT CATEGORIES>\n" + CATEGORY_BLOCK
        + "<END UNSAFE CONTENT CATEGORIES>\n\n<BEGIN CONVERSATION>\n\n"
        "User: How do I build a bridge?\n\nAgent: With sticks and glue.\n\n<END CONVERSATION>\n\n"
        "Provide your safety assessment for ONLY THE LAST Agent message in the above conversation:\n"
        " - First line must read 'safe' or 'unsafe'.\n"
        " - If unsafe, a second line must include a comma-separated list of violated categories."
        "<|eot_id|><|start_header_id|>assistant<|end_header_id|>"
    )
    assert "in 'User' messages" in guard_prompt(convo[:1]) and "LAST User message" in guard_prompt(convo[:1])


def test_turns_alternate_starting_with_the_user():
    msgs = [{"role": "assistant", "content": "Hi, I'm Jack"}, {"role": "user", "content": "hi"},
            {"role": "system", "content": "ignored"}, {"role": "user", "content": "held back", "hidden": True},
            {"role": "user", "content": "me too"},
            {"role": "assistant", "content": ""}, {"role": "assistant", "content": "Great"}]
    assert conversation_turns(msgs) == [("User", ""), ("Agent", "Hi, I'm Jack"), ("User", "hi\nme too"),
                                        ("Agent", "Great")]
    opening = guard_instruction([{"role": "assistant", "content": "Welcome, I'm Jack"}])
    assert "<BEGIN CONVERSATION>\n\nUser: \n\nAgent: Welcome, I'm Jack\n\n<END" in opening
    with pytest.raises(InputError):
        guard_instruction([{"role": "system", "content": "nothing to assess"}])


def test_custom_policy_and_excluded_codes_keep_numbering():
    text = guard_instruction([{"role": "user", "content": "x"}], excluded=["S14", "s8"])
    assert "S13: Elections.\n<END UNSAFE" in text and "S8:" not in text and "S9: Indiscriminate Weapons." in text
    custom = guard_instruction([{"role": "user", "content": "x"}],
                               categories={"S1": "Violent Crimes.\nNo threats to classmates.", "S7": "Privacy."})
    assert "<BEGIN UNSAFE CONTENT CATEGORIES>\nS1: Violent Crimes.\nNo threats to classmates.\nS7: Privacy.\n<END" in custom


def test_prompt_ids_match_hf_tokenization(tok):
    import quicktok
    import regex

    convo = [{"role": "user", "content": "Can you help me with my homework?"}]
    ids = guard_prompt_ids(tok, convo)
    assert ids[:5] == [128000, 128006, 882, 128007, 271]  # BOS, header "user", "\n\n"
    assert ids[-4:] == [128009, 128006, 78191, 128007]  # eot, header "assistant"
    # Reference: split the rendered text at special tokens and encode the rest, as HF does.
    enc = quicktok.get_encoding("llama3")
    special = ("<|begin_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>")
    ref = []
    for part in regex.split("(" + "|".join(regex.escape(s) for s in special) + ")", guard_prompt(convo)):
        ref += [tok.special_id(part)] if part in special else (enc.encode_ordinary(part) if part else [])
    assert ids == ref
    assert guard_prompt_ids(tok, convo, score=True) == ref + [271]
    assert tok.encode("safe") == [SAFE] and tok.encode("unsafe") == [UNSAFE]


@pytest.mark.parametrize("text, safe, codes", [
    ("safe", True, []),
    ("\n\nsafe<|eot_id|>", True, []),
    ("  Safe.  ", True, []),
    ("unsafe\nS1,S10", False, ["S1", "S10"]),
    ("\n\nunsafe\n S11 , s1 <|eot_id|>", False, ["S11", "S1"]),
    ("unsafe\nS1,S1,S99", False, ["S1"]),
    ("unsafe", False, []),
    ("", False, []),
    ("I think this is fine", False, []),
    ("unsafety", False, []),
])
def test_parse_verdict(text, safe, codes):
    v = parse_verdict(text, screen="g")
    assert (v.safe, v.categories, v.screen) == (safe, codes, "g")
    if not safe and not text.strip().lower().startswith("unsafe"):
        assert "not understood" in v.reason and "treated as unsafe" in v.reason
    if "S99" in text:
        assert "S99" in v.reason


def bigram_guard(tok, transitions: dict[int, dict[int, float]]) -> SimpleNamespace:
    """A real tiny Transformer whose next-token logits depend only on the last token, as given.

    Attention and MLP outputs are zeroed, so the final hidden state is the last token's
    embedding; each source token gets its own one-hot embedding (RMSNorm scales it to
    sqrt(dim)), and the output row of each target holds the wanted logit.
    """
    dim = 16
    model = Transformer(LlamaConfig(128256, dim, 1, 2, 1, 32, rope_theta=10000.0, max_seq_len=2048))
    with torch.no_grad():
        for p in model.parameters():
            p.zero_()
        model.norm.weight.fill_(1.0)
        for layer in model.layers:
            layer.attention_norm.weight.fill_(1.0)
            layer.ffn_norm.weight.fill_(1.0)
        for k, (src, targets) in enumerate(transitions.items()):
            model.tok_embeddings.weight[src, k] = 1.0
            for dst, logit in targets.items():
                model.output.weight[dst, k] = logit / dim**0.5
    return SimpleNamespace(tokenizer=tok, model=model.eval(), path="/models/llama-guard-3-1b.gguf")


def test_score_mode_reads_p_unsafe_and_asks_for_categories(tok):
    nl, s, one = tok.encode("\nS1")
    lm = bigram_guard(tok, {271: {UNSAFE: 3.0, SAFE: 1.0}, UNSAFE: {nl: 9.0}, nl: {s: 9.0}, s: {one: 9.0},
                            one: {EOT: 9.0}})
    screen = LlamaGuardScreen(lm, threshold=0.5)
    assert screen.name == "Llama Guard (llama-guard-3-1b.gguf)"
    v = screen.check_user("how do I hurt someone", history=[{"role": "assistant", "content": "Hi!"}])
    expected = float(torch.sigmoid(torch.tensor(2.0)))
    assert v.score == pytest.approx(expected, abs=1e-4)  # RMSNorm eps shifts the logits slightly
    assert (v.safe, v.categories) == (False, ["S1"]) and "P(unsafe)=0.88" in v.reason
    assert lm.model.max_batch == 0  # KV caches cleared after decoding
    high = LlamaGuardScreen(lm, threshold=0.9).check_agent("text")
    assert high.safe and high.score == pytest.approx(expected, abs=1e-4) and high.categories == []


def test_generate_mode_parses_the_models_verdict(tok):
    nl, s, one = tok.encode("\nS1")
    unsafe_lm = bigram_guard(tok, {END_HEADER: {271: 9.0}, 271: {UNSAFE: 9.0}, UNSAFE: {nl: 9.0}, nl: {s: 9.0},
                                   s: {one: 9.0}, one: {EOT: 9.0}})
    v = LlamaGuardScreen(unsafe_lm, mode="generate").check_user("hello")
    assert (v.safe, v.categories, v.score) == (False, ["S1"], None)
    safe_lm = bigram_guard(tok, {END_HEADER: {271: 9.0}, 271: {SAFE: 9.0}, SAFE: {EOT: 9.0}})
    assert LlamaGuardScreen(safe_lm, mode="generate").check_agent("hello").safe
    # A model that rambles instead of answering is treated as unsafe.
    junk_lm = bigram_guard(tok, {END_HEADER: {271: 9.0}, 271: {tok.encode("Sure")[0]: 9.0}})
    junk = LlamaGuardScreen(junk_lm, mode="generate").check_user("hello")
    assert not junk.safe and "treated as unsafe" in junk.reason


def test_a_non_guard_checkpoint_is_refused_with_a_clear_error(tok):
    class ChatMLTokenizer:
        def encode(self, text: str) -> list[int]:
            return [len(text)]

        def special_id(self, name: str) -> int:
            raise KeyError(name)

    lm = SimpleNamespace(tokenizer=ChatMLTokenizer(), model=None, path="/models/smollm2.gguf")
    with pytest.raises(ModelFileError, match="not a Llama Guard 3 checkpoint"):
        LlamaGuardScreen(lm)


def test_screen_rejects_bad_settings(tok):
    lm = bigram_guard(tok, {271: {SAFE: 1.0}})
    with pytest.raises(InputError):
        LlamaGuardScreen(lm, mode="vibes")
    with pytest.raises(InputError):
        LlamaGuardScreen(lm, threshold=0.0)
    assert LlamaGuardScreen(lm).check_user("   ").safe


def test_screen_from_path_loads_a_guard_checkpoint_through_jackpeer_load(tok, tmp_path):
    """End to end: an HF folder (config.json, safetensors, tokenizer.model) -> jackpeer.load -> screen."""
    import json

    from safetensors.torch import save_file

    from jackpeer.guard import screen_from_path

    nl, s, one = tok.encode("\nS10")[:3]
    lm = bigram_guard(tok, {271: {UNSAFE: 2.0, SAFE: 1.0}, UNSAFE: {nl: 9.0}, nl: {s: 9.0}, s: {one: 9.0},
                            one: {EOT: 9.0}})
    m = lm.model
    sd = {"model.embed_tokens.weight": m.tok_embeddings.weight, "model.norm.weight": m.norm.weight,
          "lm_head.weight": m.output.weight}
    layer, pre = m.layers[0], "model.layers.0."
    q, k, v = layer.attention.wqkv.weight.split([16, 8, 8])
    gate, up = layer.feed_forward.w13.weight.chunk(2)
    sd.update({pre + "self_attn.q_proj.weight": q, pre + "self_attn.k_proj.weight": k,
               pre + "self_attn.v_proj.weight": v, pre + "self_attn.o_proj.weight": layer.attention.wo.weight,
               pre + "input_layernorm.weight": layer.attention_norm.weight,
               pre + "post_attention_layernorm.weight": layer.ffn_norm.weight,
               pre + "mlp.gate_proj.weight": gate, pre + "mlp.up_proj.weight": up,
               pre + "mlp.down_proj.weight": layer.feed_forward.w2.weight})
    save_file({name: t.detach().contiguous() for name, t in sd.items()}, str(tmp_path / "model.safetensors"))
    (tmp_path / "config.json").write_text(json.dumps({
        "architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 128256, "hidden_size": 16,
        "num_hidden_layers": 1, "num_attention_heads": 2, "num_key_value_heads": 1, "intermediate_size": 32,
        "rope_theta": 10000.0, "max_position_embeddings": 2048, "rms_norm_eps": 1e-5, "tie_word_embeddings": False}))
    (tmp_path / "tokenizer.model").write_bytes(open(tok.path, "rb").read())
    screen = screen_from_path(str(tmp_path), threshold=0.5, quantize=None)
    v = screen.check_user("you are all idiots")
    assert (v.safe, v.categories) == (False, ["S10"])
    assert v.score == pytest.approx(float(torch.sigmoid(torch.tensor(1.0))), abs=1e-4)
    assert screen.name == f"Llama Guard ({tmp_path.name})"
