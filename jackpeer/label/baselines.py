"""The comparison baselines of spec §6.2 (stand-ins for the paper's four families), on the same
features as the labeler: each takes the seed features z0 with their labels y0 and the stream's
features z in arrival order, and returns a `Labels` record that `evaluate.score_labels` scores.

1. closed-set static: softmax (logistic) regression on L0, never updated;
2. transfer learning: a frozen encoder pre-trained on other data + a softmax head fitted on L0 — for
   text MiniLM (`static_classifier` on its embeddings), for signals `SeriesEncoder`, a small 1-D CNN
   pre-trained on other labelled series (the bench uses aeon's bundled ArrowHead, GunPoint,
   ItalyPowerDemand, OSULeaf); the bench states where no such encoder exists (tabular, 8x8 images);
3. semi-supervised: self-training (threshold 0.75) and label spreading (kNN kernel, k = 7), refit on
   the seed items + a sliding window of the last 1,000 stream items;
4. boosting: histogram gradient boosting on L0, and its self-training variant on the same window;
5. open-set stand-in ("state-of-the-art labeling method", spec §8.4): nearest-class-mean with a
   distance-threshold rejection, then k-means on the rejects (k by silhouette) at the stream's end;
and, for the issue, clustering alone: k-means on seed + stream items, k by silhouette.

Streaming baselines label each arrival batch with the model fitted so far, then learn from it (as the
labeler does). Closed-set ones can only name known labels, so they get no credit on held-out-class
items. A probabilistic baseline ACCEPTs an item when its top probability is >= 0.75 (the spec's
self-training threshold), else ABSTAINs with its guess; clustering commits to every label it gives."""

from collections import deque

import numpy as np
import torch
from sklearn.base import clone
from sklearn.cluster import KMeans
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import silhouette_score
from sklearn.semi_supervised import LabelSpreading, SelfTrainingClassifier
from torch import nn

from jackpeer.label.evaluate import Labels
from jackpeer.label.features import ConvEncoder

ACCEPT_PROBABILITY = 0.75
WINDOW = 1000


def _closed_set(proba: np.ndarray, classes) -> Labels:
    """Labels of a closed-set method from its class probabilities (all decided at arrival)."""
    top = proba.argmax(axis=1)
    names = [str(classes[i]) for i in top]
    kinds = ["accept" if p >= ACCEPT_PROBABILITY else "abstain" for p in proba.max(axis=1)]
    return Labels(names, list(names), kinds, {})


def _constant(y0, n: int) -> Labels:
    """One known label: a closed-set classifier can only say that one."""
    name = str(y0[0])
    return Labels([name] * n, [name] * n, ["accept"] * n, {})


def logistic() -> LogisticRegression:
    """Softmax regression as in the static baseline (L2, lbfgs)."""
    return LogisticRegression(max_iter=1000)


def boosting(seed: int = 0) -> HistGradientBoostingClassifier:
    """Histogram gradient boosting sized for seed sets of 5-10 items per class: leaves of >= 2 items
    (the default 20 would leave a 5-per-class seed set unsplittable), 100 rounds."""
    return HistGradientBoostingClassifier(max_iter=100, min_samples_leaf=2, random_state=seed)


def static_classifier(z0: np.ndarray, y0, z: np.ndarray, model=None) -> Labels:
    """Baseline 1 (and 2 on a pre-trained encoder's features): a classifier fitted on the seed items
    only, never updated; `model` defaults to softmax regression (boosting() gives baseline 4)."""
    y0 = np.asarray(y0).astype(str)
    if len(set(y0)) < 2:
        return _constant(y0, len(z))
    clf = clone(model if model is not None else logistic()).fit(z0, y0)
    return _closed_set(clf.predict_proba(z), clf.classes_)


def _windowed(z0, y0, z, batch_size: int, fit_proba, window: int, refit_every: int) -> Labels:
    """Predict each arrival batch with the current model, then add it to the window and refit every
    `refit_every` batches on the seed items (labelled) + the window (unlabelled)."""
    y0 = np.asarray(y0).astype(str)
    if len(set(y0)) < 2:
        return _constant(y0, len(z))
    classes = np.array(sorted(set(y0)))
    codes = np.searchsorted(classes, y0)
    recent: deque = deque(maxlen=window)
    predict = fit_proba(z0, codes, np.zeros((0, z0.shape[1])))
    probas = []
    for b, start in enumerate(range(0, len(z), batch_size)):
        batch = z[start:start + batch_size]
        probas.append(predict(batch))
        recent.extend(batch)
        if (b + 1) % refit_every == 0:
            predict = fit_proba(z0, codes, np.asarray(recent))
    return _closed_set(np.vstack(probas), classes)


def self_training(z0, y0, z, batch_size: int, model=None, threshold: float = ACCEPT_PROBABILITY,
                  window: int = WINDOW, refit_every: int = 1, rounds: int = 10) -> Labels:
    """Baseline 3a (and 4b with model=boosting()): scikit-learn's self-training around `model`
    (softmax regression by default), pseudo-labels at probability >= threshold, at most `rounds`
    pseudo-labelling rounds per refit, on seed + window."""
    base = model if model is not None else logistic()

    def fit(zs, codes, unlabelled):
        if len(unlabelled) == 0:  # before the first refit: the seed items alone
            clf = clone(base).fit(zs, codes)
        else:
            x = np.vstack([zs, unlabelled])
            y = np.concatenate([codes, np.full(len(unlabelled), -1)])
            clf = SelfTrainingClassifier(clone(base), threshold=threshold, max_iter=rounds).fit(x, y)
        return lambda q: _full_proba(clf.predict_proba(q), clf.classes_, codes.max() + 1)

    return _windowed(z0, y0, z, batch_size, fit, window, refit_every)


def label_spreading(z0, y0, z, batch_size: int, k: int = 7, window: int = WINDOW, refit_every: int = 1) -> Labels:
    """Baseline 3b: label spreading with a kNN kernel (k = 7) on seed + window."""

    def fit(zs, codes, unlabelled):
        x = np.vstack([zs, unlabelled])
        y = np.concatenate([codes, np.full(len(unlabelled), -1)])
        model = LabelSpreading(kernel="knn", n_neighbors=min(k, len(x) - 1)).fit(x, y)
        return lambda q: _full_proba(_spread_proba(model, q), model.classes_, codes.max() + 1)

    return _windowed(z0, y0, z, batch_size, fit, window, refit_every)


def _spread_proba(model: LabelSpreading, q: np.ndarray) -> np.ndarray:
    """Label spreading's class probabilities; a point whose neighbours carry no label mass gets 0s
    (scikit-learn divides 0 by 0 there and warns)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.nan_to_num(model.predict_proba(q))


def _full_proba(proba: np.ndarray, present: np.ndarray, n_classes: int) -> np.ndarray:
    """Probabilities over all seed classes (columns of classes a model never saw stay 0)."""
    out = np.zeros((len(proba), n_classes))
    out[:, np.asarray(present, dtype=int)] = proba
    return out


def _silhouette_kmeans(z: np.ndarray, k_max: int, seed: int, max_candidates: int = 9) -> np.ndarray:
    """k-means cluster ids with k in [2, k_max] chosen by the silhouette (at most ~9 candidate k)."""
    k_max = min(k_max, len(z) - 1)
    best = None
    for k in np.unique(np.linspace(2, k_max, max_candidates).round().astype(int)) if k_max >= 2 else []:
        ids = KMeans(k, n_init=1, random_state=seed).fit_predict(z)
        if len(set(ids.tolist())) < 2:
            continue
        try:  # a random sample of 1,000 keeps the score cheap ...
            s = silhouette_score(z, ids, sample_size=min(1000, len(z)), random_state=seed)
        except ValueError:  # ... unless it drew from one cluster only: score them all
            s = silhouette_score(z, ids)
        if best is None or s > best[0]:
            best = (s, ids)
    return best[1] if best is not None else np.zeros(len(z), dtype=int)


def open_set_kmeans(z0, y0, z, quantile: float = 0.95, k_max: int = 10, seed: int = 0) -> Labels:
    """Baseline 5: nearest class mean; an item farther from every mean than τ is rejected (UNKNOWN at
    arrival). τ = `quantile` of the seed items' leave-one-out distances to their own class mean. When
    the stream ends, the rejects are clustered by k-means (k in 2..k_max by silhouette) and each
    cluster becomes a new label."""
    y0 = np.asarray(y0).astype(str)
    classes = sorted(set(y0))
    means = np.stack([z0[y0 == c].mean(axis=0) for c in classes])
    loo = []
    for c in classes:
        zc = z0[y0 == c]
        if len(zc) > 1:  # distance to the mean of the other seed items of the class
            others = (zc.sum(axis=0) - zc) / (len(zc) - 1)
            loo += np.linalg.norm(zc - others, axis=1).tolist()
    tau = float(np.quantile(loo, quantile)) if loo else float("inf")
    dist = np.linalg.norm(z[:, None, :] - means[None], axis=2)
    nearest = dist.argmin(axis=1)
    rejected = dist.min(axis=1) > tau
    first = [None if r else classes[i] for i, r in zip(nearest, rejected, strict=True)]
    final = list(first)
    kinds = ["unknown" if r else "accept" for r in rejected]
    created_at = {}
    idx = np.nonzero(rejected)[0]
    if len(idx) >= 3:
        ids = _silhouette_kmeans(z[idx], k_max, seed)
        for i, c in zip(idx, ids, strict=True):
            final[i], kinds[i] = f"new_{c}", "accept"
        created_at = {f"new_{c}": len(z) for c in set(ids.tolist())}
    return Labels(final, first, kinds, created_at)


def kmeans_alone(z0, y0, z, seed: int = 0, k_max: int = 20) -> Labels:
    """Clustering alone: k-means on seed + stream items (k in 2..min(k_max, n/10) by silhouette; the
    number of true classes is not used). A cluster holding seed items takes their majority label; the
    others are new labels, created when the stream ended (it is an offline method)."""
    y0 = np.asarray(y0).astype(str)
    allz = np.vstack([z0, z])
    ids = _silhouette_kmeans(allz, max(2, min(k_max, len(allz) // 10)), seed)
    seed_ids, ids = ids[: len(z0)], ids[len(z0):]
    names = {}
    for c in set(ids.tolist()) | set(seed_ids.tolist()):
        members = y0[seed_ids == c].tolist()
        names[c] = max(sorted(set(members)), key=members.count) if members else f"cluster_{c}"
    final = [names[c] for c in ids]
    created = {v: len(z) for v in final if v.startswith("cluster_")}
    return Labels(final, list(final), ["accept"] * len(z), created)


def _channels(items, points: int) -> np.ndarray:
    """Every channel of every series, linearly resampled to `points` values and z-normalised on its
    own (the usual convention for pre-training on series of other data sets): [n, channels, points]."""
    out = []
    for series in items:
        x = np.atleast_2d(np.asarray(series, dtype=np.float64))
        grid = np.linspace(0, x.shape[1] - 1, points)
        r = np.stack([np.interp(grid, np.arange(x.shape[1]), c) for c in x])
        out.append((r - r.mean(axis=1, keepdims=True)) / (r.std(axis=1, keepdims=True) + 1e-8))
    return np.stack(out).astype(np.float32)


class SeriesEncoder:
    """Baseline 2 for signals: the spec's small 1-D CNN (3 conv layers, 32 channels, kernel 5, global
    average pooling) pre-trained with cross-entropy on other labelled series sets (one softmax over
    all their classes), then frozen. A target series is embedded channel by channel; the channels'
    embeddings are concatenated."""

    def __init__(self, points: int = 64, steps: int = 300, lr: float = 3e-3, seed: int = 0):
        self.points, self.steps, self.lr, self.seed = points, steps, lr, seed
        self.net: ConvEncoder | None = None

    def fit(self, sources: list[tuple[list, np.ndarray]]) -> "SeriesEncoder":
        """Pre-train on (series, labels) of each source set; labels are kept apart per set."""
        xs, ys, names = [], [], []
        for k, (items, labels) in enumerate(sources):
            x = _channels(items, self.points)
            xs.append(x.reshape(-1, 1, self.points))  # every channel is a univariate example
            per = [f"{k}:{v}" for v in np.asarray(labels).astype(str)]
            ys += [label for label in per for _ in range(x.shape[1])]
            names += sorted(set(per) - set(names))
        x = torch.from_numpy(np.concatenate(xs))
        y = torch.tensor([names.index(v) for v in ys])
        torch.manual_seed(self.seed)
        self.net = ConvEncoder(1, len(names), two_d=False)
        opt = torch.optim.Adam(self.net.parameters(), lr=self.lr)
        gen = torch.Generator().manual_seed(self.seed)
        for _ in range(self.steps):
            idx = torch.randint(0, len(x), (64,), generator=gen)
            loss = nn.functional.cross_entropy(self.net(x[idx]), y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
        self.net.eval()
        return self

    def transform(self, items) -> np.ndarray:
        """Frozen embeddings [n, channels x 32] of target series [channels, length]."""
        x = _channels(items, self.points)
        n, c, _ = x.shape
        with torch.no_grad():
            z = self.net.embed(torch.from_numpy(x.reshape(n * c, 1, self.points)))
        return z.reshape(n, -1).numpy().astype(np.float64)
