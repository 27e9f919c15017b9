"""The labeler's quality guards: on streams where self-training can go wrong it must not end below a
classifier trained on the seed items alone, and a novel cluster must become one fairly pure label."""

import numpy as np
from sklearn.linear_model import LogisticRegression

from jackpeer.label import AutoLabeler, LabelConfig, VectorFeatures
from jackpeer.label.adapt import Reservoir
from jackpeer.label.datasets import build_ordered_stream, build_stream, sklearn_set
from jackpeer.label.energy import EnergyMeter
from jackpeer.label.synthetic import GENERATORS

# the spec's literal rules where our defaults deviate (see LabelConfig)
SPEC_LITERAL = dict(absorb_agreeing_only=False, drift_min_share=0.0, parked_abstain_reported_unknown=True,
                    radius_floor=False, reevaluate_unknowns=False, prototype_temperature="radius", pin_seeds=False)


def sphere_stream(seed, n_known=6, n_novel=2, dim=32, noise=2.2, per_class=10, n=640):
    """Text-like data: class directions on the unit sphere, items = direction + heavy noise, normalised
    (like MiniLM sentence vectors: every pair far apart, classes only weakly separated). Novel classes
    arrive after 30 % of the stream, less noisy, so an open-set rule has something to find."""
    rng = np.random.default_rng(seed)
    dirs = rng.normal(size=(n_known + n_novel, dim))
    dirs /= np.linalg.norm(dirs, axis=1, keepdims=True)

    def draw(c, k):
        x = dirs[c] + (noise if c < n_known else noise / 3) * rng.normal(size=(k, dim)) / np.sqrt(dim)
        return x / np.linalg.norm(x, axis=1, keepdims=True)

    seed_x = np.vstack([draw(c, per_class) for c in range(n_known)])
    seed_y = np.repeat(np.arange(n_known), per_class).astype(str)
    y = rng.integers(0, n_known, n)
    novel = (np.arange(n) > 0.3 * n) & (rng.uniform(size=n) < (0.3 if n_novel else 0.0))
    y[novel] = rng.integers(n_known, n_known + max(n_novel, 1), novel.sum())
    return seed_x, seed_y, np.vstack([draw(c, 1) for c in y]), y.astype(str), [str(c) for c in range(n_known)]


def replay(lab, x, batch=32):
    """Final label per item (None = unknown) and the first-sight decisions."""
    final, first = {}, {}
    for s in range(0, len(x), batch):
        ds = lab.process(x[s:s + batch], ids=range(s, min(len(x), s + batch)))
        first.update({d.id: d for d in ds})
        for d in ds + lab.take_revisions():
            final[d.id] = d.label if d.kind != "unknown" else None
    return final, first


def known_accuracies(seed, **cfg):
    """(labeler, seed-only logistic regression) accuracy on the known-class items of a sphere stream."""
    sx, sy, x, y, known = sphere_stream(seed)
    lab = AutoLabeler(LabelConfig(seed=seed, **cfg), VectorFeatures(scale="standard")).fit_seed(sx, sy)
    final, _ = replay(lab, x)
    k = np.nonzero(np.isin(y, known))[0]
    feats = VectorFeatures(scale="standard").fit(sx)
    static = LogisticRegression(max_iter=1000).fit(feats.transform(sx), sy).predict(feats.transform(x[k]))
    return float(np.mean([final[i] == y[i] for i in k])), float(np.mean(static == y[k])), lab


def test_known_accuracy_not_below_seed_only_classifier():
    ours, static, lab = known_accuracies(0)
    assert 0.5 < static < 0.95  # a stream where the seed-only classifier is neither hopeless nor perfect
    assert ours >= static - 0.02
    # the confirmation-bias failure this guards against: a central class swallowing the stream
    seen = np.array([m.seen for m in lab.memories])
    assert seen.max() < 0.5 * seen.sum()


def test_spec_literal_rules_still_available_and_collapse_here():
    # why the defaults deviate: with the spec's literal rules this stream's known accuracy collapses
    ours, static, _ = known_accuracies(0, **SPEC_LITERAL)
    assert ours < static - 0.1


def test_novel_cluster_is_promoted_with_high_purity():
    # 8-d blobs: four known classes, then a fifth one from a third of the stream on
    rng = np.random.default_rng(1)
    centres = rng.normal(0, 4, (5, 8))
    seed_x = np.vstack([rng.normal(centres[c], 1.0, (10, 8)) for c in range(4)])
    seed_y = np.repeat(["k0", "k1", "k2", "k3"], 10)
    y = rng.integers(0, 4, 640)
    y[(np.arange(640) > 200) & (rng.uniform(size=640) < 0.3)] = 4
    x = np.vstack([rng.normal(centres[c], 1.0, 8) for c in y])
    y = np.array([f"k{c}" for c in y])
    lab = AutoLabeler(LabelConfig(seed=1), VectorFeatures()).fit_seed(seed_x, seed_y)
    final, first = replay(lab, x)
    created = [c["label"] for c in lab.candidates()]
    labels = np.array([final[i] for i in range(len(y))], dtype=object)
    members = np.isin(labels, created)
    assert created and members.sum() >= 40
    purity = sum(max(np.sum((labels == c) & (y == t)) for t in set(y)) for c in created) / members.sum()
    assert purity > 0.9
    assert np.mean(labels[y == "k4"] == created[0]) > 0.6  # most of the new class ends in the created label
    novel = y == "k4"
    # "of no known label" at first sight: UNKNOWN, or already the created label
    flagged = np.array([first[i].kind == "unknown" or first[i].label in created for i in range(len(y))])
    assert flagged[novel].mean() > 0.8 and flagged[~novel].mean() < 0.2
    known = ~novel
    assert np.mean(labels[known] == y[known]) > 0.9


def test_radius_never_shrinks_below_its_seed_value_and_seeds_stay_in_memory():
    sx, sy, x, y, known = sphere_stream(2, n_novel=0)
    lab = AutoLabeler(LabelConfig(seed=2), VectorFeatures(scale="standard")).fit_seed(sx, sy)
    seeded = lab.radii.copy()
    replay(lab, x)
    assert np.all(lab.radii[: len(seeded)] >= seeded - 1e-9)
    assert all(m.pinned == 10 and len(m) <= 50 for m in lab.memories)
    res = Reservoir(5, np.random.default_rng(0))
    for i in range(3):
        res.add(np.full(2, i), pin=True)
    for i in range(100):
        res.add(np.full(2, 10 + i))
    assert [int(v[0]) for v in res.z[:3]] == [0, 1, 2] and len(res) == 5 and res.seen == 103


def test_calibrated_temperature_sharpens_the_prototype_member():
    sx, sy, x, _, _ = sphere_stream(3)
    conf = {}
    for mode in ("radius", "calibrated"):
        lab = AutoLabeler(LabelConfig(prototype_temperature=mode), VectorFeatures(scale="standard")).fit_seed(sx, sy)
        conf[mode] = float(np.mean([d.confidence for d in lab.assign(x[:64])]))
    assert conf["calibrated"] > conf["radius"]


def test_scenario_streams_and_generators():
    data = sklearn_set("wine")
    a, c = build_stream(data, seed=0), build_stream(data, seed=0, recurring=True)
    assert np.array_equal(a.labels, c.labels)
    n = len(a.labels)
    # regime 1 (20-40 % of the stream) is moved, regime 0 (0-20 %) is not
    assert np.allclose(a.items[: n // 5 - 1], c.items[: n // 5 - 1])
    assert not np.allclose(a.items[n // 5 + 1: 2 * n // 5 - 1], c.items[n // 5 + 1: 2 * n // 5 - 1])
    for name, gen in GENERATORS.items():
        d = gen(n=600, seed=0)
        assert np.array_equal(d.items, gen(n=600, seed=0).items), name
        s = build_ordered_stream(d, seed=0)
        held = np.isin(s.labels, s.held_out)
        # held-out classes enter from 30 % of the generated stream on (earlier items of theirs are dropped)
        assert not held[: len(held) // 10].any() and held[: len(held) // 2].mean() < held[len(held) // 2:].mean()
        assert set(s.seed_labels) == set(s.known)


def test_energy_meter_says_what_it_measured():
    with EnergyMeter(watts_per_core=10.0) as meter:
        sum(i * i for i in range(200000))
    r = meter.reading
    assert r.method in ("rapl", "estimate") and r.joules >= 0 and r.cpu_seconds > 0
    if r.method == "estimate":
        assert r.joules == 10.0 * r.cpu_seconds
