"""Scoring a replayed stream (spec §6.2). Ground truth is used only here.

Every method (the labeler and each baseline) is reduced to the same `Labels` record — its final label
per item, its label at first sight, the final decision kind and when each created label appeared —
and scored by `score_labels`:

- accuracy: correct final labels / all items; a held-out-class item is correct iff its final label is
  the created label Hungarian-matched to its class (matching maximises overlap on the created-label x
  held-out-class table; unmatched created labels are wrong); known_accuracy / novel_accuracy: the same
  on known-class / held-out-class items only;
- coverage = ACCEPTed / all items; precision = correct ACCEPTs / ACCEPTs (final decision kind);
- unknown detection at first sight: precision / recall / F1 of "of no known label";
- new labels: labels_created vs held_out_classes, labels_matched (created labels matched to a class
  they overlap), purity, ARI and NMI between the created labels and the true classes on held-out-class
  items (an item without a created label counts as one "no new label" group; 0 if none has one), delay = items between a
  held-out class's first arrival and the creation of the label matched to it (0 if created before);
- drift: first-sight accuracy (the label at arrival, created labels matched as above) in windows of
  10 arrival batches, and the recovery time after each drift point (items until a 3-batch window is
  back within 5 points of the 3 batches before it; censored at the stream's end, see recovered_share)."""

import time
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score, roc_auc_score

from jackpeer.label.openset import unknown_score

WINDOW_BATCHES = 10  # spec §6.2: accuracy in windows of 10 batches
# recovery compares shorter windows: C's regimes last 20 % of a stream, often fewer than 10 batches
RECOVERY_WINDOW_BATCHES = 3
RECOVERY_TOLERANCE = 0.05  # back within 5 accuracy points of the window before the drift point


@dataclass
class Labels:
    """One method's labels for a replayed stream. final/first: a label name per item (None = unknown),
    after all revisions / at arrival; kinds: final decision kind per item (accept / abstain / unknown);
    created_at: created label -> stream items seen when it first appeared (len(stream) = at the end)."""

    final: list
    first: list
    kinds: list
    created_at: dict = field(default_factory=dict)


def unknown_detection(first_novel: np.ndarray, truly_novel: np.ndarray) -> dict:
    """Precision / recall / F1 of "this item is of no known label", decided at first sight."""
    tp = float(np.sum(first_novel & truly_novel))
    precision = tp / max(1.0, float(first_novel.sum()))
    recall = tp / max(1.0, float(truly_novel.sum()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return {"unknown_precision": precision, "unknown_recall": recall, "unknown_f1": f1}


def _names(labels) -> np.ndarray:
    return np.array([v if v is not None else "" for v in labels], dtype=object)


def match_created(final, truth, known) -> dict[str, str]:
    """Hungarian matching of created labels to held-out classes, maximising overlap; only pairs that
    share at least one item are returned (created label -> true class)."""
    final, truth = _names(final), np.asarray(truth).astype(object)
    created = sorted({f for f in final if f and f not in known})
    novel = sorted(set(truth[~np.isin(truth, list(known))]))
    if not created or not novel:
        return {}
    table = np.array([[np.sum((final == c) & (truth == t)) for t in novel] for c in created])
    rows, cols = linear_sum_assignment(-table)
    return {created[r]: novel[c] for r, c in zip(rows, cols, strict=True) if table[r, c] > 0}


def correct_items(labels, truth, matches: dict[str, str]) -> np.ndarray:
    """Per item: its label equals its true class, or is the created label matched to it."""
    labels, truth = _names(labels), np.asarray(truth).astype(object)
    mapped = np.array([matches.get(v, v) for v in labels], dtype=object)
    return (mapped == truth) & (labels != "")


def new_label_agreement(final, truth, known) -> dict:
    """ARI and NMI between created labels and true classes on held-out-class items."""
    final, truth = _names(final), np.asarray(truth).astype(object)
    novel = ~np.isin(truth, list(known))
    if novel.sum() < 2:
        return {"new_label_ari": float("nan"), "new_label_nmi": float("nan")}
    pred = [f if f and f not in known else "<no new label>" for f in final[novel]]
    if set(pred) == {"<no new label>"}:  # nothing discovered (ARI would read 1 with one held-out class)
        return {"new_label_ari": 0.0, "new_label_nmi": 0.0}
    true = truth[novel].astype(str)
    return {"new_label_ari": float(adjusted_rand_score(true, pred)),
            "new_label_nmi": float(normalized_mutual_info_score(true, pred))}


def label_delay(created_at: dict, matches: dict[str, str], truth) -> float:
    """Mean over matched held-out classes of items from the class's first arrival to its label's
    creation (0 when the label existed before); NaN when no class was matched."""
    truth = np.asarray(truth).astype(object)
    delays = []
    for label, cls in matches.items():
        first = int(np.argmax(truth == cls))
        delays.append(max(0, created_at.get(label, len(truth)) - first))
    return float(np.mean(delays)) if delays else float("nan")


def windowed_accuracy(correct: np.ndarray, batch_size: int, window_batches: int = WINDOW_BATCHES) -> list[float]:
    """Accuracy in consecutive windows of `window_batches` arrival batches (the last may be shorter)."""
    w = batch_size * window_batches
    return [float(np.mean(correct[s:s + w])) for s in range(0, len(correct), w)]


def recovery_items(correct: np.ndarray, points: list[int], batch_size: int,
                   window_batches: int = RECOVERY_WINDOW_BATCHES, tolerance: float = RECOVERY_TOLERANCE) -> list[int]:
    """Per drift point p (an item index): items after p until a window of `window_batches` batches,
    sliding by one batch from p, is back within `tolerance` of the accuracy of the window just before
    p. 0 = no visible loss; never recovered: the items left to the end (a censored time)."""
    w = batch_size * window_batches
    out = []
    for p in points:
        before = correct[max(0, p - w):p]
        if len(before) == 0 or p >= len(correct):
            continue
        target = float(np.mean(before)) - tolerance
        t = p
        while t < len(correct) and np.mean(correct[t:t + w]) < target:
            t += batch_size
        out.append(int(min(t, len(correct)) - p))
    return out


def score(final: list, first_novel: np.ndarray, truth: np.ndarray, known: list[str], kinds: list | None = None) -> dict:
    """final: each item's final label (None = unknown); labels not in `known` are created ones.
    first_novel: the item was flagged as of no known label (UNKNOWN, or a created label) at first sight.
    kinds (optional): final decision kind per item, for coverage and precision."""
    names = _names(final)
    truth = np.asarray(truth).astype(object)
    is_known = np.isin(truth, list(known))
    created = sorted({f for f in names if f and f not in known})
    out = {"known_accuracy": float(np.mean(names[is_known] == truth[is_known])) if is_known.any() else 0.0}
    out.update(unknown_detection(np.asarray(first_novel, dtype=bool), ~is_known))
    in_created = np.isin(names, created)
    purity = 0.0
    if in_created.any():
        purity = sum(max(np.sum((names == c) & (truth == t)) for t in set(truth[names == c]))
                     for c in created) / float(in_created.sum())
    matches = match_created(final, truth, known)
    correct = correct_items(final, truth, matches)
    out.update({"new_label_purity": float(purity), "labels_created": len(created), "labels_matched": len(matches),
                "held_out_classes": len(set(truth[~is_known])),
                "accuracy": float(np.mean(correct)),
                "novel_accuracy": float(np.mean(correct[~is_known])) if (~is_known).any() else 0.0})
    out.update(new_label_agreement(final, truth, known))
    if kinds is not None:
        accepted = np.asarray(kinds, dtype=object) == "accept"
        out["coverage"] = float(np.mean(accepted))
        out["precision"] = float(np.mean(correct[accepted])) if accepted.any() else 0.0
    return out


def score_labels(labels: Labels, truth, known, batch_size: int, drift_points: list[int] = ()) -> dict:
    """Every §6.2 labeling metric of one method on one stream (see the module docstring); the
    windowed first-sight accuracy curve comes back as the list `window_accuracy`."""
    known = list(known)
    first_novel = np.array([f is None or f not in known for f in labels.first])
    out = score(labels.final, first_novel, truth, known, labels.kinds)
    matches = match_created(labels.final, truth, known)
    out["new_label_delay"] = label_delay(labels.created_at, matches, truth)
    online = correct_items(labels.first, truth, matches)
    out["online_accuracy"] = float(np.mean(online))
    out["window_accuracy"] = windowed_accuracy(online, batch_size)
    points = [p for p in drift_points if 0 < p < len(online)]
    rec = recovery_items(online, points, batch_size)
    out["recovery_items"] = float(np.mean(rec)) if rec else float("nan")
    # a censored time (never back by the stream's end) reads as the items left: say how many recovered
    out["recovered_share"] = float(np.mean([r < len(online) - p for r, p in zip(rec, points, strict=True)])) \
        if rec else float("nan")
    out["recovery_each"] = rec
    return out


def replay_labels(labeler, stream, batch_size: int, on_batch=None) -> tuple[Labels, float, float]:
    """Feed a stream through an AutoLabeler in arrival batches, applying revisions; returns its
    Labels, the time spent in process()/finish() (extraction included) and the first-sight u(x)."""
    labeler.fit_seed(stream.seed_items, stream.seed_labels)
    n = len(stream.labels)
    final: list = [None] * n
    first: list = [None] * n
    kinds: list = ["unknown"] * n
    created_at: dict = {}
    u_score = np.zeros(n)
    seeded = set(stream.known)
    busy = 0.0

    def apply(d, seen: int) -> None:
        final[d.id] = d.label if d.kind != "unknown" else None
        kinds[d.id] = d.kind
        if final[d.id] is not None and final[d.id] not in seeded:
            created_at.setdefault(final[d.id], seen)

    for items, _, offset in stream.batches(batch_size):
        t0 = time.perf_counter()
        decisions = labeler.process(items, ids=range(offset, offset + len(items)))
        busy += time.perf_counter() - t0
        seen = offset + len(items)
        for d in decisions:
            apply(d, seen)
            first[d.id] = final[d.id]
            u_score[d.id] = unknown_score(np.array([d.confidence]), np.array([d.ratio]))[0]
        for d in labeler.take_revisions():
            apply(d, seen)
        if on_batch is not None:
            on_batch(len(items))
    t0 = time.perf_counter()
    for d in labeler.finish():  # the stream ended: last discovery, U judged by the final model
        apply(d, n)
    busy += time.perf_counter() - t0
    # a created label may have been renamed later: creation times under the labeler's final names
    created_at = {k: v for k, v in created_at.items() if k in set(final)}
    return Labels(final, first, kinds, created_at), busy, u_score


def replay(labeler, stream, batch_size: int, on_batch=None, drift_points: list[int] = ()) -> dict:
    """Feed a stream through a seeded AutoLabeler in arrival batches; apply revisions; score it.
    Returns the scores plus labels_per_s (items over time spent in process, extraction included)
    and, for the caller that wants to compare, the Labels record under "labels"."""
    start = time.perf_counter()
    labels, busy, u_score = replay_labels(labeler, stream, batch_size, on_batch)
    out = score_labels(labels, stream.labels, stream.known, batch_size, drift_points)
    novel = ~np.isin(np.asarray(stream.labels).astype(object), list(stream.known))
    if 0 < novel.sum() < len(novel):  # AUROC of u(x) = max(r, 1 - s), held-out vs known items, at first sight
        out["unknown_auroc"] = float(roc_auc_score(novel, np.nan_to_num(u_score, posinf=1e6)))
    out["labels_per_s"] = len(novel) / busy if busy > 0 else 0.0
    out["wall_s"] = time.perf_counter() - start
    out["labels"] = labels
    return out
