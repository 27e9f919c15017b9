import pytest
import torch

from jackpeer.errors import JackError
from jackpeer.model import LlamaConfig, Transformer

PUBLISHED = {
    "llama3-8b": 8_030_261_248,
    "llama3-70b": 70_553_706_496,
    "llama3-405b": 405_853_388_800,
    "llama3.2-1b": 1_235_814_400,
    "llama3.2-3b": 3_212_749_824,
    "smollm2-135m": 134_515_008,
}


@pytest.mark.parametrize("name", ["llama3-8b", "llama3-70b", "llama3-405b", "llama3.2-1b", "llama3.2-3b"])
def test_preset_parameter_count_on_meta_device(name):
    config = LlamaConfig.preset(name)
    with torch.device("meta"):
        model = Transformer(config)
    counted = sum(p.numel() for p in model.parameters())  # tied weights are counted once
    assert abs(counted - PUBLISHED[name]) / PUBLISHED[name] < 0.005
    assert config.num_params() == PUBLISHED[name]


def test_meta_ffn_rule():
    assert LlamaConfig.ffn_dim_from_multiplier(4096, 1.3, 1024) == 14336
    assert LlamaConfig.ffn_dim_from_multiplier(16384, 1.2, 4096) == 53248


def test_bad_config_and_unknown_preset_raise_jack_errors():
    with pytest.raises(JackError, match="multiple of n_kv_heads"):
        LlamaConfig(100, 64, 1, 4, 3, 128)
    with pytest.raises(JackError, match="choose one of"):
        LlamaConfig.preset("llama9")


def test_kv_cache_decode_matches_full_forward():
    torch.manual_seed(0)
    config = LlamaConfig.preset("tiny")
    model = Transformer(config).eval()
    ids = torch.randint(0, config.vocab_size, (2, 20))
    with torch.no_grad():
        full = model(ids)
        model.setup_caches(2, 64)
        steps = [model(ids[:, :12], torch.arange(12))]
        steps += [model(ids[:, t : t + 1], torch.tensor([t])) for t in range(12, 20)]
    assert torch.allclose(full, torch.cat(steps, dim=1), atol=1e-4)
