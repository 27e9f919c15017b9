import pytest
import torch

from jackpeer.errors import ConfigError
from jackpeer.workloads import WORKLOADS, get_workload
from jackpeer.workloads.data import corpus_bytes, digits_images


def test_bundled_data_shapes():
    x, y = digits_images(32)
    assert x.shape == (1797, 1, 32, 32) and y.shape == (1797,)
    assert 0.0 <= float(x.min()) and float(x.max()) <= 1.0
    tokens = corpus_bytes()
    assert tokens.numel() > 10_000 and int(tokens.max()) < 256


@pytest.fixture
def one_thread():
    # One intra-op thread: on a CPU shared with other jobs two threads stall on OpenMP barriers.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.mark.parametrize("name", WORKLOADS)
def test_workload_trains(name, one_thread):
    w = get_workload(name, batch_size=4)
    x, target = next(w.batches)
    assert x.size(0) == 4 and target.size(0) == 4
    before = w.loss_fn(w.model, (x, target)).item()
    for _ in range(5):
        loss = w.step((x, target))
        assert torch.isfinite(loss)
    after = w.loss_fn(w.model, (x, target)).item()
    assert after < before  # fitting one batch must lower its loss


def test_loss_fn_is_forward_only():
    w = get_workload("cnn", batch_size=2)
    w.loss_fn(w.model, next(w.batches))
    assert all(p.grad is None for p in w.model.parameters())


def test_llama_starts_near_uniform_loss():
    w = get_workload("llama", batch_size=2)
    loss = w.loss_fn(w.model, next(w.batches)).item()
    vocab = w.model.config.vocab_size
    assert abs(loss - torch.log(torch.tensor(float(vocab))).item()) < 1.0


def test_unknown_names_raise():
    with pytest.raises(ConfigError):
        get_workload("vgg")
    with pytest.raises(ConfigError):
        get_workload("cnn", optimizer="lion")
    with pytest.raises(ConfigError):
        get_workload("cnn", device="tpu0")
    if not torch.cuda.is_available():
        with pytest.raises(ConfigError):
            get_workload("cnn", device="cuda")
