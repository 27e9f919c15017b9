"""The semantic head's fitted weights are cached: a later start loads them instead of fitting again."""

import numpy as np
import torch

from jackpeer.guard import semantic


class Words:
    """A stand-in embedder: a text's vector counts a few marker words (no model to load)."""

    MARKERS = ("hurt", "alone", "secret", "game", "lunch")

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.array([[t.count(w) + 0.01 * i for i, w in enumerate(self.MARKERS)] for t in texts], dtype=np.float32)

    def cached_embed(self, texts: list[str]) -> np.ndarray:
        return self.embed(texts)


ROWS = ([{"text": "i will hurt you", "label": "S1"}] * 6 + [{"text": "keep it secret from ur mum", "label": "C3"}] * 6
        + [{"text": "good game at lunch", "label": "safe"}] * 12)


def test_a_second_head_loads_the_first_ones_weights(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = semantic.SemanticHead(ROWS, Words())
    assert len(list((tmp_path / "jackpeer" / "guard").glob("head_*.npz"))) == 1

    def no_fit(*args, **kwargs):
        raise AssertionError("fitted again")

    monkeypatch.setattr(semantic.LogisticRegression, "fit", no_fit)
    second = semantic.SemanticHead(ROWS, Words())
    assert second.labels == first.labels == ["C3", "S1", "safe"]
    for text in ("i will hurt you", "its a secret", "lunch"):
        assert np.allclose(list(second.predict(text).values()), list(first.predict(text).values()))
    assert max(first.predict("i will hurt you").items(), key=lambda kv: kv[1])[0] == "S1"


def test_embedding_leaves_the_process_thread_count_alone(monkeypatch):
    """torch's thread count is the process's: the engine decodes on other threads meanwhile."""
    calls = []
    monkeypatch.setattr(torch, "set_num_threads", lambda n: calls.append(n))
    vecs = semantic.SentenceEmbedder().embed(["tired of being alive tbh", "good game"])
    assert vecs.shape == (2, 384) and np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert calls == []
