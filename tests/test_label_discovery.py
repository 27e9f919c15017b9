"""New-label discovery where class radii exceed the gaps between classes (spec §7.5's integration test
on digits, and the rules made for that geometry: projected separation, cohesion, k-NN regions)."""

import numpy as np
import torch
from scipy.optimize import linear_sum_assignment
from sklearn.metrics import adjusted_rand_score

from jackpeer.label import AutoLabeler, LabelConfig, VectorFeatures
from jackpeer.label.datasets import build_stream, sklearn_set
from jackpeer.label.discover import DRIFT, NEW, cohesion, qualify


def test_digits_scenario_a_creates_a_matched_label_with_ari_above_half():
    # spec §7.5: digits, scenario A (6 known digits from 10 seed items each, 4 held out entering from
    # 30 % of the stream on); thresholds set once on seed 1, then frozen
    stream = build_stream(sklearn_set("digits"), seed=1)
    lab = AutoLabeler(LabelConfig(seed=1), VectorFeatures(scale="standard"))
    lab.fit_seed(stream.seed_items, stream.seed_labels)
    final = {}
    for items, _, offset in stream.batches(32):
        for d in lab.process(items, ids=range(offset, offset + len(items))) + lab.take_revisions():
            final[d.id] = d.label if d.kind != "unknown" else None
    for d in lab.finish():
        final[d.id] = d.label if d.kind != "unknown" else None
    assert lab.overlapping and lab._separation() == "projected" and lab.ensemble.use_knn
    created = lab.labels()[lab.n_seed_classes:]
    held = np.nonzero(np.isin(stream.labels, stream.held_out))[0]
    got = np.array([final[i] if final[i] in created else "" for i in held], dtype=object)
    covered = got != ""
    assert covered.mean() > 0.3  # measured 0.48
    # Hungarian matching of created labels to held-out digits on the contingency table
    table = np.array([[np.sum((got == c) & (stream.labels[held] == t)) for t in stream.held_out] for c in created])
    rows, cols = linear_sum_assignment(-table)
    assert sum(table[r, c] > 0 for r, c in zip(rows, cols, strict=True)) >= 1
    # the created labels group the held-out items they took as the true digits do (measured 0.91)
    assert adjusted_rand_score(stream.labels[held][covered], got[covered]) > 0.5
    # known digits stay mostly with their labels (measured 0.93; seed-only logistic regression 0.95)
    known = np.nonzero(~np.isin(stream.labels, stream.held_out))[0]
    assert np.mean([final[i] == stream.labels[i] for i in known]) > 0.85


def _overlapping_blobs(rng, n_dim=32, n=30):
    """Two classes whose all-direction radii (~sqrt(d)) exceed the gap between their means (4)."""
    a = rng.normal(0.0, 1.0, (n, n_dim))
    b = rng.normal(0.0, 1.0, (n, n_dim))
    b[:, 0] += 4.0
    return a, b


def test_projected_separation_finds_a_new_kind_the_radius_rule_cannot():
    rng = np.random.default_rng(0)
    a, b = _overlapping_blobs(rng)
    novel = rng.normal(0.0, 1.0, (20, 32))
    novel[:, 1] += 4.0  # a third kind, as far from a as b is
    drifted = rng.normal(0.0, 1.0, (20, 32))
    drifted[:, 0] -= 0.5  # class a, moved a little
    protos = np.stack([a.mean(0), b.mean(0)])
    radii = np.array([np.quantile(np.linalg.norm(m - m.mean(0), axis=1), 0.95) for m in (a, b)])
    assert radii.min() > np.linalg.norm(protos[0] - protos[1])  # the geometry of 32-d PCA or MiniLM
    z = np.vstack([novel, drifted])
    ids = np.repeat([0, 1], 20)
    spec = [c.verdict for c in qualify(z, ids, protos, radii, LabelConfig(separation="radius", cohesion=0))]
    assert spec == [DRIFT, DRIFT]  # the literal rule calls everything drift here
    ours = [c.verdict for c in qualify(z, ids, protos, radii, LabelConfig(separation="projected"), [a, b])]
    assert ours == [NEW, DRIFT]


def test_cohesion_tells_a_kind_from_a_group_of_outliers():
    rng = np.random.default_rng(1)
    a, b = _overlapping_blobs(rng)
    kind = rng.normal(0.0, 0.6, (15, 32))
    kind[:, 2] += 5.0
    outliers = np.vstack([a[:8] * 1.3, b[:7] * 1.3])  # the edges of both known classes
    assert cohesion(kind, [a, b]) > 0.9
    assert cohesion(outliers, [a, b]) < 0.6


def test_auto_settings_follow_the_geometry():
    rng = np.random.default_rng(2)
    lo = AutoLabeler(LabelConfig(), VectorFeatures()).fit_seed(
        np.vstack([rng.normal(0, 0.5, (10, 2)), rng.normal(6, 0.5, (10, 2))]), ["a"] * 10 + ["b"] * 10)
    assert not lo.overlapping and lo._separation() == "radius" and not lo.ensemble.use_knn
    a, b = _overlapping_blobs(rng, n=10)
    hi = AutoLabeler(LabelConfig(), VectorFeatures(scale="standard")).fit_seed(np.vstack([a, b]), ["a"] * 10 + ["b"] * 10)
    assert hi.overlapping and hi._separation() == "projected" and hi.ensemble.use_knn
    spec = AutoLabeler(LabelConfig(separation="radius", openset_score="prototype"), VectorFeatures(scale="standard"))
    spec.fit_seed(np.vstack([a, b]), ["a"] * 10 + ["b"] * 10)
    assert spec._separation() == "radius" and not spec.ensemble.use_knn


def _sphere(rng, direction, n, noise, dim=64):
    """Unit vectors around a direction (MiniLM-like: heavy noise, every pair far apart)."""
    x = direction + noise * rng.normal(size=(n, dim)) / np.sqrt(dim)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_gap_ratio_refuses_a_group_between_the_classes_on_the_sphere():
    rng = np.random.default_rng(3)
    dirs = np.linalg.qr(rng.normal(size=(64, 6)))[0].T  # orthonormal class directions
    known = [_sphere(rng, dirs[c], 10, 1.5) for c in range(4)]
    protos = np.stack([k.mean(0) for k in known])
    radii = np.array([np.quantile(np.linalg.norm(k - k.mean(0), axis=1), 0.95) for k in known])
    kind = _sphere(rng, dirs[5], 12, 1.0)  # a new direction
    between = _sphere(rng, dirs[:4].mean(0), 12, 1.0)  # a group in the middle of the known ones
    z, ids = np.vstack([kind, between]), np.repeat([0, 1], 12)
    cfg = LabelConfig(separation="projected", cohesion=0)
    plain = [c.verdict for c in qualify(z, ids, protos, radii, cfg, known)]
    gapped = [c.verdict for c in qualify(z, ids, protos, radii, cfg, known, gap_ratio=0.85)]
    assert plain == [NEW, NEW] and gapped == [NEW, DRIFT]
    assert AutoLabeler()._gap_ratio() == 0.0  # no embeddings seen: no unit-length geometry to assume


def test_created_label_never_claims_an_item_inside_a_seed_region():
    rng = np.random.default_rng(4)
    a, b = _overlapping_blobs(rng, n=10)
    lab = AutoLabeler(LabelConfig(seed=4), VectorFeatures(scale="standard")).fit_seed(np.vstack([a, b]), ["a"] * 10 + ["b"] * 10)
    novel = rng.normal(0.0, 0.5, (40, 32))
    novel[:, 1] += 10.0
    for s in range(0, 40, 8):
        lab.process(np.vstack([novel[s:s + 8], rng.normal(0.0, 1.0, (8, 32))]))
    lab.finish()
    assert len(lab.labels()) > 2  # the third kind got a label
    between = rng.normal(0.0, 0.5, (30, 32))
    between[:, 1] += 6.0  # nearer the new kind's centre, yet inside a's region
    probe = np.vstack([between, novel[:10]])
    zt = torch.as_tensor(lab.extractor.transform(probe), dtype=torch.float32)
    inside = (lab.ensemble.ratios(zt, lab.ensemble.distances(zt))[:, :2].min(-1).values <= 1).numpy()
    assert inside[:30].mean() > 0.5 and not inside[30:].any()
    labels = [d.label for d in lab.assign(probe)]
    assert all(lab_ in (None, "a", "b") for lab_, ins in zip(labels, inside, strict=True) if ins)
    assert sum(lab_ == "new_1" for lab_ in labels[30:]) >= 8
