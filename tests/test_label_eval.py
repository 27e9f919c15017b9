"""Scoring (spec §6.2) on hand-made label arrays with known answers, and the comparison baselines on
small blob streams."""

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from jackpeer.label import baselines as base
from jackpeer.label.evaluate import (
    Labels,
    label_delay,
    match_created,
    new_label_agreement,
    recovery_items,
    score,
    score_labels,
    windowed_accuracy,
)


@pytest.fixture(autouse=True)
def one_thread():
    """As in the bench: tiny fits, where OpenMP threads on a shared machine mostly wait."""
    with threadpool_limits(1):
        yield


TRUTH = np.array(["a", "a", "b", "b", "x", "x", "y", "y"])
KNOWN = ["a", "b"]


def test_hungarian_matching_accuracy_coverage_precision():
    final = ["a", "b", "b", "b", "n1", "n1", "n2", None]
    kinds = ["accept", "abstain", "accept", "accept", "accept", "abstain", "accept", "unknown"]
    first_novel = np.array([0, 0, 0, 0, 1, 0, 1, 1], dtype=bool)
    assert match_created(final, TRUTH, KNOWN) == {"n1": "x", "n2": "y"}
    s = score(final, first_novel, TRUTH, KNOWN, kinds)
    assert s["known_accuracy"] == pytest.approx(3 / 4)
    assert s["accuracy"] == pytest.approx(6 / 8)  # item 1 (b for a) and item 7 (unknown) are wrong
    assert s["novel_accuracy"] == pytest.approx(3 / 4)
    assert s["coverage"] == pytest.approx(5 / 8)
    assert s["precision"] == pytest.approx(1.0)  # every ACCEPT is right; the wrong item 1 only ABSTAINed
    assert s["unknown_precision"] == pytest.approx(1.0)
    assert s["unknown_recall"] == pytest.approx(3 / 4)
    assert s["labels_created"] == 2 and s["labels_matched"] == 2 and s["held_out_classes"] == 2
    assert s["new_label_purity"] == pytest.approx(1.0)


def test_two_created_labels_for_one_class_only_one_is_matched():
    final = ["a", "a", "b", "b", "n1", "n2", "n3", "n3"]
    s = score(final, np.zeros(8, dtype=bool), TRUTH, KNOWN)
    # n3 -> y (overlap 2); one of n1/n2 -> x (overlap 1), the other is unmatched and wrong
    assert s["accuracy"] == pytest.approx(7 / 8)
    assert s["labels_created"] == 3 and s["labels_matched"] == 2


def test_ari_nmi_on_held_out_items():
    perfect = new_label_agreement(["a", "a", "b", "b", "n1", "n1", "n2", "n2"], TRUTH, KNOWN)
    assert perfect["new_label_ari"] == pytest.approx(1.0) and perfect["new_label_nmi"] == pytest.approx(1.0)
    lumped = new_label_agreement(["a", "a", "b", "b", "n1", "n1", "n1", "n1"], TRUTH, KNOWN)
    assert lumped["new_label_ari"] == pytest.approx(0.0) and lumped["new_label_nmi"] == pytest.approx(0.0)
    nothing = new_label_agreement(["a", "a", "b", "b", None, "a", "b", None], TRUTH, KNOWN)
    assert nothing == {"new_label_ari": 0.0, "new_label_nmi": 0.0}
    # one held-out class, nothing created: ARI would be 1 for two trivial partitions; we say 0
    one = new_label_agreement(["a", None, None], np.array(["a", "x", "x"]), ["a"])
    assert one["new_label_ari"] == 0.0


def test_delay_from_first_arrival_to_creation():
    truth = np.array(["a"] * 10 + ["x"] * 5 + ["a"] * 5 + ["y"] * 5)
    matches = {"n1": "x", "n2": "y"}
    # x first arrives at 10, its label appears after 14 items; y arrives at 20, label created before: 0
    assert label_delay({"n1": 14, "n2": 18}, matches, truth) == pytest.approx((4 + 0) / 2)
    assert np.isnan(label_delay({}, {}, truth))


def test_windowed_accuracy_and_recovery():
    correct = np.array([1] * 40 + [0] * 12 + [1] * 28, dtype=bool)  # batches of 4: 10 batches = 40 items
    assert windowed_accuracy(correct, 4) == [1.0, pytest.approx(28 / 40)]
    # a window of 40 starting at the drift point (40) or later reaches >= 0.95 only from item 52 on
    assert recovery_items(correct, [40], 4, window_batches=10) == [12]
    assert recovery_items(correct, [40], 4, window_batches=2) == [12]  # first all-correct 8-item window: 52
    assert recovery_items(np.ones(80, dtype=bool), [40], 4) == [0]
    never = np.array([1] * 40 + [0] * 40, dtype=bool)
    assert recovery_items(never, [40], 4) == [40]  # censored: the items left
    labels = Labels(final=list(never.astype(int).astype(str)), first=list(never.astype(int).astype(str)),
                    kinds=["accept"] * 80)
    s = score_labels(labels, np.array(["1"] * 80), ["1"], 4, drift_points=[40])
    assert s["recovery_items"] == 40 and s["recovered_share"] == 0.0


def test_score_labels_online_accuracy_uses_final_matching():
    labels = Labels(final=["a", "a", "b", "b", "n1", "n1", "n2", "n2"],
                    first=["a", "a", "b", "b", None, "n1", None, "n2"],
                    kinds=["accept"] * 8, created_at={"n1": 6, "n2": 8})
    s = score_labels(labels, TRUTH, KNOWN, batch_size=2)
    assert s["accuracy"] == 1.0 and s["online_accuracy"] == pytest.approx(6 / 8)
    assert s["new_label_delay"] == pytest.approx(((6 - 4) + (8 - 6)) / 2)
    assert s["unknown_recall"] == 1.0  # a created label at first sight also says "no known label"


def blobs(seed=0, n=320, novel=True, far=30.0):
    """3 known 2-D blobs (10 seed items each) and, from mid-stream, a 4th blob at (far, far)."""
    rng = np.random.default_rng(seed)
    centres = np.array([[0, 0], [6, 0], [0, 6], [far, far]], dtype=float)
    y0 = np.repeat([0, 1, 2], 10)
    z0 = centres[y0] + rng.normal(size=(30, 2))
    y = rng.integers(0, 3, n)
    if novel:
        y[n // 2:][rng.uniform(size=n - n // 2) < 0.3] = 3
    z = centres[y] + rng.normal(size=(n, 2))
    return z0, y0.astype(str), z, y.astype(str)


@pytest.mark.parametrize("method", ["self_training", "label_spreading", "boosting", "boosting_self_training"])
def test_closed_set_baselines_learn_separable_blobs(method):
    z0, y0, z, y = blobs(novel=False)
    run = {"self_training": lambda: base.self_training(z0, y0, z, 32),
           "label_spreading": lambda: base.label_spreading(z0, y0, z, 32, refit_every=2),
           "boosting": lambda: base.static_classifier(z0, y0, z, base.boosting()),
           "boosting_self_training": lambda: base.self_training(z0, y0, z, 32, base.boosting(), refit_every=5,
                                                                rounds=1)}[method]()
    s = score_labels(run, y, ["0", "1", "2"], 32)
    assert s["accuracy"] > 0.9  # chance is 1/3
    assert len(run.final) == len(z) and set(run.kinds) <= {"accept", "abstain"}


def test_closed_set_baselines_get_no_credit_on_new_classes():
    z0, y0, z, y = blobs()
    for labels in (base.static_classifier(z0, y0, z), base.self_training(z0, y0, z, 32, refit_every=5)):
        s = score_labels(labels, y, ["0", "1", "2"], 32)
        assert s["novel_accuracy"] == 0.0 and s["labels_created"] == 0
        assert s["known_accuracy"] > 0.9


def test_static_classifier_with_one_known_label():
    labels = base.static_classifier(np.zeros((3, 2)), ["a", "a", "a"], np.ones((5, 2)))
    assert labels.final == ["a"] * 5


def test_open_set_rejects_far_points_and_creates_a_label():
    z0, y0, z, y = blobs()
    labels = base.open_set_kmeans(z0, y0, z, seed=0)
    far = y == "3"
    assert all(labels.first[i] is None for i in np.nonzero(far)[0])  # rejected at arrival
    near_rejected = np.mean([labels.first[i] is None for i in np.nonzero(~far)[0]])
    assert near_rejected < 0.2
    s = score_labels(labels, y, ["0", "1", "2"], 32)
    assert s["labels_created"] >= 1 and s["labels_matched"] == 1
    assert s["unknown_recall"] == 1.0 and s["novel_accuracy"] > 0.5
    assert s["new_label_delay"] > 0  # created when the stream ended


def test_kmeans_alone_names_seeded_clusters_and_creates_new_ones():
    z0, y0, z, y = blobs(far=6.0)  # (a far-away 4th blob makes the silhouette prefer k = 2)
    labels = base.kmeans_alone(z0, y0, z, seed=0)
    s = score_labels(labels, y, ["0", "1", "2"], 32)
    assert s["labels_created"] >= 1
    assert s["accuracy"] > 0.8


def test_series_encoder_transfers_shapes_learnt_elsewhere():
    rng = np.random.default_rng(0)

    def series(kind, n, channels=1, length=90):
        grid = np.linspace(0, 4 * np.pi, length)
        wave = {"sine": np.sin(grid), "square": np.sign(np.sin(grid)), "ramp": (grid % np.pi) / np.pi}[kind]
        return [wave + 0.2 * rng.normal(size=(channels, length)) for _ in range(n)]

    source = series("sine", 40) + series("square", 40)
    enc = base.SeriesEncoder(steps=60).fit([(source, np.array(["s"] * 40 + ["q"] * 40))])
    # the target: 2-channel series of other lengths, classes the encoder never saw named
    seed_x = series("sine", 5, 2, 60) + series("ramp", 5, 2, 60)
    x = series("sine", 30, 2, 120) + series("ramp", 30, 2, 120)
    y = np.array(["a"] * 30 + ["b"] * 30)
    z0, z = enc.transform(seed_x), enc.transform(x)
    assert z.shape == (60, 64) and np.isfinite(z).all()
    s = score_labels(base.static_classifier(z0, np.array(["a"] * 5 + ["b"] * 5), z), y, ["a", "b"], 8)
    assert s["accuracy"] > 0.8


def test_silhouette_choice_survives_a_sample_that_misses_a_tiny_cluster():
    rng = np.random.default_rng(0)
    z = np.vstack([rng.normal(size=(2999, 2)) * 0.01, [[100.0, 100.0]]])  # a 1,000-item sample may miss the outlier
    ids = base._silhouette_kmeans(z, 3, seed=2)  # seed 2: the sample at k = 2 draws no outlier
    assert len(ids) == 3000 and len(set(ids.tolist())) >= 2
