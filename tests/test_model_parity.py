"""Logit parity with Hugging Face transformers' LlamaForCausalLM (spec llama3.md §8)."""

import importlib.util

import pytest
import torch
from transformers import LlamaConfig as HFConfig
from transformers import LlamaForCausalLM

from jackpeer.model.generate import SamplingParams, generate
from jackpeer.model.hf import read_hf
from jackpeer.model.loading import build_model, default_model_path, read_checkpoint

ROPE31 = {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
          "original_max_position_embeddings": 64, "rope_theta": 10000.0}


def hf_model(tie: bool, rope: dict | None = None, head_dim: int | None = None) -> LlamaForCausalLM:
    torch.manual_seed(0)
    config = HFConfig(
        vocab_size=300, hidden_size=64, intermediate_size=96, num_hidden_layers=2, num_attention_heads=4,
        num_key_value_heads=2, head_dim=head_dim, max_position_embeddings=512, rms_norm_eps=1e-5,
        tie_word_embeddings=tie, rope_parameters=rope or {"rope_type": "default", "rope_theta": 10000.0},
    )
    model = LlamaForCausalLM(config).float().eval()
    with torch.no_grad():  # non-trivial norms so a mis-mapped norm weight shows
        for name, p in model.named_parameters():
            if "norm" in name:
                p.uniform_(0.5, 1.5)
    return model


@pytest.mark.parametrize(
    "tie, rope, head_dim, shard",
    [(True, None, None, None), (False, ROPE31, 32, "40KB")],
    ids=["tied-default-rope", "untied-llama3-rope-headdim-sharded"],
)
def test_random_hf_checkpoint_logits_match_transformers(tmp_path, tie, rope, head_dim, shard):
    ref = hf_model(tie, rope, head_dim)
    ref.save_pretrained(tmp_path, **({"max_shard_size": shard} if shard else {}))
    if shard:
        assert (tmp_path / "model.safetensors.index.json").is_file()
    config, sd, _ = read_hf(tmp_path)
    assert config.tie_embeddings == tie and config.head_dim == (head_dim or 16)
    ours = build_model(config, sd, str(tmp_path))
    ids = torch.randint(0, 300, (2, 100))
    with torch.no_grad():
        expected = ref(ids).logits
        got = ours(ids)
    assert (got - expected).abs().max().item() < 1e-4


@pytest.fixture(scope="module")
def smollm_pair():
    """Our fp32 model and transformers' model from the same bundled GGUF file."""
    if importlib.util.find_spec("accelerate") is None:
        pytest.skip("transformers needs accelerate to load GGUF files")
    path = default_model_path()
    config, sd, _, _ = read_checkpoint(path)
    ours = build_model(config, sd, str(path))
    ref = LlamaForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype=torch.float32).eval()
    return ours, ref


def test_default_model_logits_and_greedy_tokens_match_transformers(smollm_pair):
    ours, ref = smollm_pair
    torch.manual_seed(1)
    prompt = torch.randint(100, 40000, (1, 64))
    with torch.no_grad():
        diff = (ours(prompt) - ref(prompt).logits).abs().max().item()
    assert diff < 1e-3
    params = SamplingParams(max_tokens=32)
    mine = generate(ours, [prompt[0].tolist()], params)[0]
    theirs = ref.generate(prompt, max_new_tokens=32, do_sample=False, min_new_tokens=32)[0, 64:].tolist()
    assert len(mine) == 32 and mine == theirs
