"""Text path: MiniLM embeddings and the room's dialog-act labeler (MiniLM loads once for this module)."""

import json
from collections import Counter

import numpy as np
import pytest

from jackpeer.errors import InputError
from jackpeer.label.datasets import DIALOG_ACTS
from jackpeer.label.utterance_labeler import UtteranceLabeler

ACTS = {"idea", "question", "agreement", "disagreement", "off-task", "organising"}


@pytest.fixture(scope="module")
def acts():
    """The room labeler on the shipped seed set (loads MiniLM once)."""
    return UtteranceLabeler(learn_every=4)


def test_seed_set_ships_six_acts():
    rows = [json.loads(line) for line in DIALOG_ACTS.read_text().splitlines()]
    counts = Counter(r["label"] for r in rows)
    assert set(counts) == ACTS and min(counts.values()) >= 15


def test_minilm_embeddings_are_normalised_and_cached(acts):
    feats = acts.labeler.extractor
    z = feats.transform(["can we use scissors", "my cat had kittens", "can we use scissors"])
    assert z.shape == (3, 384)
    assert np.allclose(np.linalg.norm(z, axis=1), 1.0, atol=1e-4)
    assert np.array_equal(z[0], z[2])
    assert "my cat had kittens" in feats.cache
    near, far = float(z[0] @ feats.transform(["are we allowed to use scissors"])[0]), float(z[0] @ z[1])
    assert near > far
    with pytest.raises(InputError):
        feats.transform(["fine", "   "])


def test_utterance_labeler_labels_learns_and_refuses_blank(acts):
    label, conf = acts.label("i think we should build it with straws")
    assert label in ACTS | {"unknown"} and 0.0 <= conf <= 1.0
    seen = [acts.label(t)[0] for t in ["why did the tower fall", "how many blocks do we need",
                                       "i got a new puppy yesterday", "my sister likes pizza"]]
    assert seen[:2].count("question") >= 1 and seen[2:].count("off-task") >= 1
    assert acts.labeler.batches >= 1  # learn_every=4: the learning step has run
    assert isinstance(acts.candidates(), list)
    with pytest.raises(InputError):
        acts.label("  ")
    assert acts.labels()[:6] == sorted(ACTS)
