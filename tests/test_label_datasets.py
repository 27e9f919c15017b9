"""Data side of the labeling bench: the .ts reader, the aeon / river / chatterbot loaders, scenario B
(covariate drift) and C (recurring regimes) for every modality, and signal features on
multichannel series of different lengths."""

import importlib.util

import numpy as np
import pytest

from jackpeer.errors import InputError
from jackpeer.label import datasets
from jackpeer.label.datasets import (
    AEON_SETS,
    Dataset,
    aeon_set,
    build_stream,
    chatterbot_categories,
    covariate_drift,
    fill_missing,
    image_segments,
    read_ts,
    sklearn_set,
)
from jackpeer.label.features import SignalFeatures, default_extractor

needs_aeon = pytest.mark.skipif(importlib.util.find_spec("aeon") is None, reason="aeon not installed (make installs it)")
needs_river = pytest.mark.skipif(importlib.util.find_spec("river") is None, reason="river not installed (make installs it)")

TS = """# a comment line
@problemName Toy
@timeStamps false
@univariate false
@dimensions 2
@equalLength false
@classLabel true walk run

@data
1,2,3:4,5,6:walk
1,?,3,4:5,6,7,NaN:run
0.5,1.5:2:run
"""


def test_read_ts_multichannel_variable_length_and_missing_values():
    series, labels = read_ts(TS)
    assert labels.tolist() == ["walk", "run", "run"]
    assert [s.shape for s in series] == [(2, 3), (2, 4), (2, 2)]
    assert np.array_equal(series[0], [[1, 2, 3], [4, 5, 6]])
    assert np.isnan(series[1][0, 1]) and np.isnan(series[1][1, 3])
    assert np.isnan(series[2][1, 1])  # the shorter channel is padded
    filled = fill_missing(series[1])
    assert np.allclose(filled, [[1, 2, 3, 4], [5, 6, 7, 7]])
    # trailing steps missing in every channel are padding: dropped
    assert fill_missing(np.array([[1.0, 2.0, np.nan], [3.0, np.nan, np.nan]])).tolist() == [[1, 2], [3, 3]]
    unlabelled, none = read_ts("@classLabel false\n@data\n1,2:3,4\n")
    assert none is None and unlabelled[0].shape == (2, 2)


@pytest.mark.parametrize("text", [
    "@data\n1,x,3:a\n",  # not a number
    "@classLabel true a\n@data\n1,2:3,4:a\n1,2:a\n",  # channel count changes
    "@dimensions 3\n@classLabel true a\n@data\n1,2:3,4:a\n",  # header disagrees
    "1,2,3\n",  # no header, no @data
    "@timeStamps true\n@data\n(0,1),(1,2):a\n",
])
def test_read_ts_rejects_malformed_files(text):
    with pytest.raises(InputError):
        read_ts(text)


@needs_aeon
@pytest.mark.parametrize("name,n,channels,classes,lengths,batch", [
    ("basic_motions", 80, 6, 4, (100, 100), 8),
    ("japanese_vowels", 640, 12, 9, (7, 29), 32),
    ("pickup_gesture", 100, 1, 10, (29, 361), 8),
    ("acsf1", 200, 1, 10, (1460, 1460), 32),
])
def test_aeon_sets(name, n, channels, classes, lengths, batch):
    data = aeon_set(name)
    assert data.kind == "signal" and data.name == name and data.arrival_batch == batch
    assert len(data.items) == len(data.labels) == n and len(set(data.labels.tolist())) == classes
    assert {s.shape[0] for s in data.items} == {channels}
    assert (min(s.shape[1] for s in data.items), max(s.shape[1] for s in data.items)) == lengths
    assert all(np.isfinite(s).all() for s in data.items)
    assert f"{n} series" in data.source and f"{classes} classes" in data.source
    again = aeon_set(AEON_SETS[name])  # by aeon's own name too
    assert np.array_equal(again.labels, data.labels)
    assert all(np.array_equal(a, b) for a, b in zip(again.items, data.items, strict=True))


@needs_aeon
def test_unknown_aeon_set_says_which_exist():
    with pytest.raises(InputError, match="basic_motions"):
        aeon_set("NoSuchSet")


@needs_river
def test_image_segments():
    data = image_segments()
    assert data.kind == "vectors" and data.items.shape == (2310, 18) and np.isfinite(data.items).all()
    labels, counts = np.unique(data.labels, return_counts=True)
    assert len(labels) == 7 and set(counts.tolist()) == {330}
    assert np.array_equal(image_segments().items, data.items)


def test_missing_data_package_says_how_to_install(monkeypatch):
    monkeypatch.setattr(datasets.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(InputError, match=r"make.*--no-deps aeon==1\.6\.0"):
        aeon_set("basic_motions")
    with pytest.raises(InputError, match=r"--no-deps river==0\.26\.1"):
        image_segments()


def test_scenario_b_tabular_is_identity_at_zero_and_grows():
    data = sklearn_set("wine")
    x = np.repeat(data.items[:1], 4, axis=0)
    out = covariate_drift(x, data.labels[:4], data, np.array([0.0, 0.25, 0.5, 1.0]), seed=3)
    assert np.array_equal(out[0], x[0])
    gaps = np.linalg.norm(out - x, axis=1)
    assert np.all(np.diff(gaps) > 0)
    # at u = 1: x·1.5 + 0.5·σ⊙v with v a unit vector
    v = (out[3] - 1.5 * x[3]) / (0.5 * data.items.std(axis=0))
    assert np.isclose(np.linalg.norm(v), 1.0)
    step = covariate_drift(x, data.labels[:4], data, np.array([0.0, 0.25, 0.5, 0.51]), seed=3, abrupt=True)
    assert np.array_equal(step[:3], x[:3]) and np.allclose(step[3], out[3])


def test_scenario_b_digits_shift_rotate_and_invert():
    data = sklearn_set("digits")
    x = np.repeat(data.items[:20], 4, axis=0)
    u = np.tile([0.0, 0.25, 0.5, 1.0], 20)
    out = covariate_drift(x, np.repeat(data.labels[:20], 4), data, u)
    assert np.array_equal(out[u == 0], x[u == 0])
    gaps = [np.linalg.norm(out[u == v] - x[u == v], axis=1).mean() for v in (0.25, 0.5, 1.0)]
    assert gaps[0] < gaps[1] < gaps[2]
    assert out.min() >= 0 and out.max() <= 16  # bilinear: no values outside the original range
    u = np.linspace(0, 1, 11)
    flipped = covariate_drift(data.items[:11], data.labels[:11], data, u, abrupt=True)
    assert np.array_equal(flipped[u <= 0.5], data.items[:11][u <= 0.5])
    assert np.array_equal(flipped[u > 0.5], 16 - data.items[:11][u > 0.5])


def _toy_signals(n=6, channels=2):
    rng = np.random.default_rng(0)
    items = [rng.normal(size=(channels, int(rng.integers(1500, 2500)))) for _ in range(n)]
    return Dataset("toy", items, np.array(["a", "b"] * (n // 2)), "signal", "toy")


def test_scenario_b_signals_gain_noise_and_offset_after_half():
    data = _toy_signals()
    u = np.array([0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
    out = covariate_drift(data.items, data.labels, data, u, seed=1)
    assert np.array_equal(out[0], data.items[0])
    assert [o.shape for o in out] == [s.shape for s in data.items]
    gaps = [np.abs(o - s).mean() for o, s in zip(out, data.items, strict=True)]
    assert np.all(np.diff(gaps) > 0)
    # the residual beyond the gain is noise (mean ~0) before u = 0.5, plus a constant offset of 0.5·σ after
    means = np.array([(o - s * (1 + 0.5 * ui)).mean(axis=1) for o, s, ui in zip(out, data.items, u, strict=True)])
    assert np.abs(means[:3]).max() < 0.05
    assert np.allclose(np.abs(means[3:]), 0.5, atol=0.06) and np.allclose(means[3:], means[3], atol=0.12)
    assert covariate_drift(data.items, data.labels, data, u, seed=1)[4].tolist() == out[4].tolist()


def test_scenario_b_text_switches_language_after_half():
    alternate = {"a": ["uno", "dos"], "b": ["tres"]}
    data = Dataset("toy", ["one", "two", "three", "four"], np.array(["a", "b", "a", "b"]), "text", "toy",
                   alternate=alternate)
    out = covariate_drift(data.items, data.labels, data, np.array([0.0, 0.5, 0.7, 1.0]))
    assert out[:2] == ["one", "two"] and out[2] in alternate["a"] and out[3] == "tres"
    plain = Dataset("toy", data.items, data.labels, "text", "toy")
    with pytest.raises(InputError, match="drift_language"):
        covariate_drift(plain.items, plain.labels, plain, np.array([0.0, 0.5, 0.7, 1.0]))


def test_chatterbot_english_to_spanish_keeps_shared_categories():
    data = chatterbot_categories("english", drift_language="spanish")
    classes = set(data.labels.tolist())
    assert data.name == "chatterbot_english_to_spanish" and set(data.alternate) == classes
    assert {"ai", "emotion", "money", "psychology"} <= classes and "coding" not in classes
    english = set(data.items)
    assert all(texts and not set(texts) <= english for texts in data.alternate.values())


def test_build_stream_scenarios_b_and_c():
    data = sklearn_set("wine")
    a, b = build_stream(data, seed=0), build_stream(data, seed=0, drift="gradual")
    assert np.array_equal(a.labels, b.labels) and np.array_equal(a.seed_items, b.seed_items)
    assert np.array_equal(a.items[0], b.items[0]) and not np.allclose(a.items[-1], b.items[-1])
    with pytest.raises(InputError):
        build_stream(data, drift="sideways")
    with pytest.raises(InputError):
        build_stream(data, drift="gradual", recurring=True)
    # scenario C on signals: the first regime as it is, the second drifted
    sig = _toy_signals(n=20)
    a, c = build_stream(sig, seed=0), build_stream(sig, seed=0, recurring=True)
    n = len(a.labels)
    assert all(np.array_equal(x, y) for x, y in zip(a.items[: n // 5], c.items[: n // 5], strict=True))
    assert not any(np.array_equal(x, y) for x, y in zip(a.items[n // 5 + 1: 2 * n // 5], c.items[n // 5 + 1: 2 * n // 5], strict=True))
    # and on text: the second regime speaks the other language
    text = Dataset("toy", [f"en {i}" for i in range(40)], np.array(["a", "b"] * 20), "text", "toy",
                   alternate={"a": ["es a"], "b": ["es b"]})
    c = build_stream(text, seed=0, recurring=True)
    n = len(c.labels)
    assert all(t.startswith("en") for t in c.items[: n // 5]) and all(t.startswith("es") for t in c.items[n // 5 + 1: 2 * n // 5])


def test_signal_features_multichannel_variable_length():
    rng = np.random.default_rng(0)
    waves = [rng.normal(size=(3, int(rng.integers(7, 300)))) * (1 + i % 3) for i in range(30)]
    feats = SignalFeatures().fit(waves)
    z = feats.transform(waves)
    assert z.shape == (30, 42) and z.dtype == np.float32 and np.isfinite(z).all()
    assert np.array_equal(z, SignalFeatures().fit(waves).transform(waves))
    state = feats.state_dict()
    other = SignalFeatures()
    other.load_state_dict(state)
    assert np.array_equal(other.transform(waves[:5]), z[:5])
    with pytest.raises(InputError):
        feats.transform([np.ones((2, 40))])
    with pytest.raises(InputError):  # a bad seed batch leaves the fitted extractor as it was
        feats.fit([np.ones((3, 40)), np.ones((2, 40))])
    assert feats.channels == 3 and np.array_equal(feats.transform(waves[:5]), z[:5])
    # many seeds per class, but series of different lengths: statistics, not the network
    assert isinstance(default_extractor(waves, n_seed=30, n_classes=1), SignalFeatures)


def test_agrawal_drift_switches_labelling_rule_at_half():
    from jackpeer.label.synthetic import agrawal_drift

    d = agrawal_drift(n=2000, seed=0)
    assert d.items.shape == (2000, 9) and np.array_equal(d.items, agrawal_drift(n=2000, seed=0).items)
    age, elevel = d.items[:, 2], d.items[:, 3]
    f0 = (age < 40) | (age >= 60)
    f2 = np.where(age < 40, elevel <= 1, np.where(age < 60, (elevel >= 1) & (elevel <= 3), elevel >= 2))
    a = d.labels == "group_a"
    assert np.array_equal(a[:900], f0[:900]) and np.array_equal(a[1100:], f2[1100:])
