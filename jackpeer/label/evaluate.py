"""Scoring a replayed stream (spec §6.2): known-label accuracy, unknown detection at first sight,
new-label purity and Hungarian-matched overall accuracy. Ground truth is used only here."""

import numpy as np
from scipy.optimize import linear_sum_assignment
from sklearn.metrics import roc_auc_score

from jackpeer.label.openset import unknown_score


def unknown_detection(first_novel: np.ndarray, truly_novel: np.ndarray) -> dict:
    """Precision / recall / F1 of "this item is of no known label", decided at first sight."""
    tp = float(np.sum(first_novel & truly_novel))
    precision = tp / max(1.0, float(first_novel.sum()))
    recall = tp / max(1.0, float(truly_novel.sum()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return {"unknown_precision": precision, "unknown_recall": recall, "unknown_f1": f1}


def score(final: list, first_novel: np.ndarray, truth: np.ndarray, known: list[str]) -> dict:
    """final: each item's final label (None = unknown); labels not in `known` are created ones.
    first_novel: the item was flagged as of no known label (UNKNOWN, or a created label) at first sight."""
    final = np.array([f if f is not None else "" for f in final], dtype=object)
    truth = np.asarray(truth).astype(object)
    is_known = np.isin(truth, known)
    created = sorted({f for f in final if f and f not in known})
    out = {"known_accuracy": float(np.mean(final[is_known] == truth[is_known])) if is_known.any() else 0.0}
    out.update(unknown_detection(np.asarray(first_novel, dtype=bool), ~is_known))
    novel_classes = sorted(set(truth[~is_known]))
    in_created = np.isin(final, created)
    purity = 0.0
    if in_created.any():
        purity = sum(max(np.sum((final == c) & (truth == t)) for t in set(truth[final == c]))
                     for c in created) / float(in_created.sum())
    correct = final == truth
    if created and novel_classes:
        # Hungarian matching of created labels to held-out classes, maximising overlap
        table = np.array([[np.sum((final == c) & (truth == t)) for t in novel_classes] for c in created])
        rows, cols = linear_sum_assignment(-table)
        for r, c in zip(rows, cols, strict=True):
            correct |= (final == created[r]) & (truth == novel_classes[c])
    out.update({"new_label_purity": float(purity), "labels_created": len(created),
                "accuracy": float(np.mean(correct)),
                "novel_accuracy": float(np.mean(correct[~is_known])) if (~is_known).any() else 0.0})
    return out


def replay(labeler, stream, batch_size: int, on_batch=None) -> dict:
    """Feed a stream through a seeded AutoLabeler in arrival batches; apply revisions; score it.
    Returns the scores plus labels_per_s (items over time spent in process, extraction included)."""
    import time

    start = time.perf_counter()
    labeler.fit_seed(stream.seed_items, stream.seed_labels)
    n = len(stream.labels)
    final: list = [None] * n
    first_novel = np.zeros(n, dtype=bool)
    u_score = np.zeros(n)
    known = set(stream.known)
    busy = 0.0
    for items, _, offset in stream.batches(batch_size):
        t0 = time.perf_counter()
        decisions = labeler.process(items, ids=range(offset, offset + len(items)))
        busy += time.perf_counter() - t0
        for d in decisions:
            final[d.id] = d.label if d.kind != "unknown" else None
            first_novel[d.id] = d.kind == "unknown" or d.label not in known
            u_score[d.id] = unknown_score(np.array([d.confidence]), np.array([d.ratio]))[0]
        for d in labeler.take_revisions():
            final[d.id] = d.label if d.kind != "unknown" else None
        if on_batch is not None:
            on_batch(len(items))
    t0 = time.perf_counter()
    for d in labeler.finish():  # the stream ended: last discovery, U judged by the final model
        final[d.id] = d.label if d.kind != "unknown" else None
    busy += time.perf_counter() - t0
    # names may have been created after first sight; score against the labeler's final names
    out = score(final, first_novel, stream.labels, stream.known)
    novel = ~np.isin(np.asarray(stream.labels).astype(object), list(known))
    if 0 < novel.sum() < n:  # AUROC of u(x) = max(r, 1 - s), held-out vs known items, at first sight
        out["unknown_auroc"] = float(roc_auc_score(novel, np.nan_to_num(u_score, posinf=1e6)))
    out["labels_per_s"] = n / busy if busy > 0 else 0.0
    out["wall_s"] = time.perf_counter() - start
    return out
