"""LoRA adapters for Jack's voice: the module, merging before quantization, and `jack voice train` on a tiny model."""

import base64
import json
import os

import pytest
import torch
from safetensors.torch import save_file
from test_tokenizer_llama3 import read_quicktok_vocab

import jackpeer
from jackpeer.errors import InputError, ModelFileError
from jackpeer.model import LlamaConfig, Transformer
from jackpeer.peers.turn_checks import KINDS
from jackpeer.peers.turn_situation import prompt_messages
from jackpeer.voice.lora import (
    LoRAConfig,
    LoRALinear,
    adapter_state,
    add_lora,
    load_adapter,
    merge_into,
    merge_stream,
    save_adapter,
)
from jackpeer.voice.train import CORPUS, VoiceConfig, gather, read_examples, train_voice


def tiny_folder(path, seed=0):
    """An HF Llama folder with random weights (dim 32, 2 layers) and the Llama 3 tokenizer and chat format."""
    torch.manual_seed(seed)
    dim, ffn = 32, 64
    sd = {"model.embed_tokens.weight": torch.randn(128256, dim) * 0.02, "model.norm.weight": torch.ones(dim),
          "lm_head.weight": torch.randn(128256, dim) * 0.02}
    for i in range(2):
        pre = f"model.layers.{i}."
        q, k, v = (torch.randn(n, dim) * 0.1 for n in (dim, dim // 2, dim // 2))
        sd |= {pre + "self_attn.q_proj.weight": q, pre + "self_attn.k_proj.weight": k,
               pre + "self_attn.v_proj.weight": v, pre + "self_attn.o_proj.weight": torch.randn(dim, dim) * 0.1,
               pre + "input_layernorm.weight": torch.ones(dim), pre + "post_attention_layernorm.weight": torch.ones(dim),
               pre + "mlp.gate_proj.weight": torch.randn(ffn, dim) * 0.1,
               pre + "mlp.up_proj.weight": torch.randn(ffn, dim) * 0.1,
               pre + "mlp.down_proj.weight": torch.randn(dim, ffn) * 0.1}
    save_file({n: t.contiguous() for n, t in sd.items()}, str(path / "model.safetensors"))
    (path / "config.json").write_text(json.dumps({
        "architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 128256, "hidden_size": dim,
        "num_hidden_layers": 2, "num_attention_heads": 2, "num_key_value_heads": 1, "intermediate_size": ffn,
        "rope_theta": 10000.0, "max_position_embeddings": 1024, "rms_norm_eps": 1e-5, "tie_word_embeddings": False}))
    import quicktok

    ranks = read_quicktok_vocab(os.path.join(os.path.dirname(quicktok.__file__), "data", "llama3.vocab"))
    (path / "tokenizer.model").write_text("".join(base64.b64encode(t).decode() + f" {r}\n" for t, r in ranks.items()))
    return path


def test_lora_linear_starts_as_the_base_and_merges_exactly():
    torch.manual_seed(0)
    base = torch.nn.Linear(16, 12, bias=False)
    lora = LoRALinear(base, rank=4, scale=2.0)
    x = torch.randn(3, 16)
    assert torch.equal(lora(x), base(x))  # B starts at zero: training starts from the base model
    with torch.no_grad():
        lora.lora_b.normal_()
    want = lora(x)
    assert not torch.allclose(want, base(x), atol=1e-4)
    holder = torch.nn.Sequential(lora)
    merge_into(holder)
    assert isinstance(holder[0], torch.nn.Linear)
    torch.testing.assert_close(holder[0](x), want, atol=1e-5, rtol=1e-5)


def test_add_lora_freezes_the_base_and_adapts_only_the_last_blocks():
    model = Transformer(LlamaConfig(100, 32, 4, 2, 1, 64, max_seq_len=64))
    names = add_lora(model, LoRAConfig(rank=2, layers=2))
    assert names and all(n.startswith(("layers.2.", "layers.3.")) for n in names)
    trainable = [n for n, p in model.named_parameters() if p.requires_grad]
    assert trainable and all(".lora_" in n for n in trainable)


def test_merge_stream_adds_the_update_and_refuses_an_adapter_for_another_model():
    a, b = torch.randn(2, 8), torch.randn(6, 2)
    state = {"format": "jackpeer-lora-1", "config": {"rank": 2, "alpha": 4.0, "targets": ["wo"], "layers": 0},
             "base": "x", "tensors": {"layers.0.attention.wo": {"a": a, "b": b}}}
    w = torch.randn(6, 8)
    out = dict(merge_stream([("layers.0.attention.wo.weight", w), ("norm.weight", torch.ones(8))], state))
    torch.testing.assert_close(out["layers.0.attention.wo.weight"], w + 2.0 * (b @ a))
    assert torch.equal(out["norm.weight"], torch.ones(8))
    with pytest.raises(ModelFileError, match="another model"):
        list(merge_stream([("layers.0.attention.wo.weight", torch.randn(6, 9))], state))
    with pytest.raises(ModelFileError, match="does not have"):
        list(merge_stream([("norm.weight", torch.ones(8))], state))


def test_a_file_that_is_no_adapter_is_refused(tmp_path):
    (tmp_path / "x.pt").write_bytes(b"not a torch file")
    with pytest.raises(ModelFileError, match="adapter"):
        load_adapter(tmp_path / "x.pt")
    torch.save({"format": "other"}, tmp_path / "y.pt")
    with pytest.raises(ModelFileError, match="not a jackpeer LoRA adapter"):
        load_adapter(tmp_path / "y.pt")
    with pytest.raises(ModelFileError, match="jack voice train"):
        load_adapter(tmp_path / "missing.pt")


def test_the_shipped_corpus_is_large_varied_and_builds_real_prompts():
    rows = read_examples(CORPUS)
    assert len(rows) >= 1000
    kinds = {(r["situation"]["trigger"]["kind"], r["situation"]["role"]) for r in rows}
    assert {k for k, _ in kinds} == set(KINDS) and {r for _, r in kinds} == {"moderator", "participant"}
    assert len({r["situation"]["task"] for r in rows}) >= 8
    assert len({r["turn"] for r in rows}) == len(rows)  # no turn twice
    assert max(len(r["turn"].split()) for r in rows) <= 45
    for row in rows[::50]:
        messages = prompt_messages(row["situation"])
        assert messages[0]["role"] == "system" and "Your turn" in messages[-1]["content"]


def test_voice_train_on_a_tiny_model_writes_an_adapter_that_load_merges(tmp_path):
    (tmp_path / "m").mkdir()
    folder = tiny_folder(tmp_path / "m")
    corpus = tmp_path / "c.jsonl"
    rows = read_examples(CORPUS)[::100]
    corpus.write_text("\n".join(json.dumps(r) for r in rows))
    out = tmp_path / "adapter.pt"
    summary = train_voice(VoiceConfig(corpus=[str(corpus)], out=str(out), model=str(folder), steps=2, batch_size=2,
                                      lr=1e-2, rank=2, layers=1, threads=1, progress=False))
    assert summary["steps"] == 2 and summary["examples"] == len(rows) and summary["tokens_per_s"] > 0
    state = load_adapter(out)
    assert set(state["tensors"]) == {f"layers.1.{m}" for m in
                                     ("attention.wqkv", "attention.wo", "feed_forward.w13", "feed_forward.w2")}
    assert any(t["b"].abs().sum() > 0 for t in state["tensors"].values())  # training moved B off zero

    ids = torch.tensor([[128000, 9906, 11, 1268, 527, 499, 30]])
    merged = jackpeer.load(folder, quantize=None, compile=False, adapter=out).model
    wrapped = jackpeer.load(folder, quantize=None, compile=False).model
    add_lora(wrapped, LoRAConfig(**state["config"]))
    for name, t in state["tensors"].items():
        module = wrapped.get_submodule(name)
        module.lora_a.data, module.lora_b.data = t["a"], t["b"]
    with torch.no_grad():
        torch.testing.assert_close(merged(ids), wrapped(ids), atol=1e-4, rtol=1e-4)
    # merged before quantization: an int8 model with the adapter differs from one without it
    with torch.no_grad():
        q_plain = jackpeer.load(folder, quantize="int8", compile=False).model(ids)
        q_adapted = jackpeer.load(folder, quantize="int8", compile=False, adapter=out).model(ids)
    assert not torch.allclose(q_plain, q_adapted)


def test_voice_train_refuses_a_bad_corpus_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"situation": {}, "turn": "hi"}\n{"turn": "no situation"}\n')
    with pytest.raises(InputError, match="bad.jsonl:2"):
        train_voice(VoiceConfig(corpus=[str(bad)], out=str(tmp_path / "a.pt")))


def test_the_facilitators_rewrites_join_the_corpus_weighted(tmp_path):
    from jackpeer.peers.store import Store

    store = Store(tmp_path / "rooms.sqlite3")
    rid, _, _ = store.create_room("Plan a class garden.", "moderator", "English", [], "Jack", {})
    jack = next(m["id"] for m in store.members(rid) if m["kind"] == "agent")
    seq = store.add_message(rid, jack, "What is the answer?", "ideas", 0)
    situation = read_examples(CORPUS)[0]["situation"]
    store.save_turn_situation(rid, seq, situation)
    store.set_turn_feedback(rid, seq, -1, "Hi all! I'm Jack, an AI helper.")
    store.close()
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps(read_examples(CORPUS)[1]) + "\n")
    examples, n = gather(VoiceConfig(corpus=[str(corpus)], db=str(tmp_path / "rooms.sqlite3"), rewrite_weight=3))
    assert n == 1 and len(examples) == 4 and examples[-1] == {"situation": situation,
                                                              "turn": "Hi all! I'm Jack, an AI helper."}
    with pytest.raises(InputError, match="no such room database"):
        gather(VoiceConfig(db=str(tmp_path / "missing.sqlite3")))


def test_saved_adapter_round_trips(tmp_path):
    model = Transformer(LlamaConfig(100, 32, 2, 2, 1, 64, max_seq_len=64))
    add_lora(model, LoRAConfig(rank=2))
    save_adapter(adapter_state(model, LoRAConfig(rank=2)), tmp_path / "a.pt")
    state = load_adapter(tmp_path / "a.pt")
    assert state["config"]["rank"] == 2 and len(state["tensors"]) == 8


@pytest.mark.slow
def test_voice_train_on_the_default_model_and_room_backend_loads_the_adapter(tmp_path):
    from jackpeer.peers.backends import LocalBackend

    out = tmp_path / "adapter.pt"
    summary = train_voice(VoiceConfig(out=str(out), steps=2, batch_size=2, layers=1, progress=False))
    assert summary["first_loss"] < 5  # a trained chat model on the room's own prompts: low NLL from the start
    assert load_adapter(out)["train"]["steps"] == 2
    backend = LocalBackend(adapter=str(out))  # merged, then quantized like the plain default model
    assert backend.short_name.endswith("+ adapter.pt")
    text = "".join(p for p in backend.stream([{"role": "user", "content": "Say hi."}], max_tokens=8) if isinstance(p, str))
    assert text.strip()
