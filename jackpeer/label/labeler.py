"""The Flame-style streaming auto-labeler (spec §4.6): one call of `process` runs the whole per-batch
algorithm — extract, assign, decide, adapt, detect drift, discover new labels, retrain, re-evaluate.
What happens to the items it parks (the ABSTAIN backlog, the unknown buffer U, new labels made from U) is
in parked_items.py.

Our design, after the spec: the paper's own algorithm is not public, so this is "Flame-style"."""

import time
from collections import OrderedDict, deque
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field

import numpy as np
import torch

from jackpeer.errors import InputError
from jackpeer.label.adapt import Adwin, Reservoir
from jackpeer.label.config import LabelConfig
from jackpeer.label.ensemble import Ensemble
from jackpeer.label.features import default_extractor
from jackpeer.label.openset import ABSTAIN, ACCEPT, UNKNOWN, class_radii, decide
from jackpeer.label.parked_items import ParkedItem, Parking

STAGES = ("feat", "assign", "cluster", "update")


@dataclass
class Decision:
    """One labeling decision: kind is accept / abstain / unknown; label is the (guessed) label name
    (None for unknown); s = confidence, a = member agreement, r = distance ratio (<= 1: inside a class)."""

    id: int | str
    kind: str
    label: str | None
    confidence: float
    agreement: float
    ratio: float
    revised: bool = False

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        d = asdict(self)
        d["ratio"] = d["ratio"] if np.isfinite(d["ratio"]) else None
        return d


@dataclass
class Placement:
    """Where each stage runs: device and CPU threads, set by the runtime. Without one, every stage
    uses one thread: these tensors are small, and on a shared CPU extra threads mostly wait on each
    other (measured: 20-40x slower MiniLM calls with 2 threads on 2 busy cores)."""

    feat_device: str = "cpu"
    model_device: str = "cpu"
    threads: dict = field(default_factory=lambda: dict.fromkeys(STAGES, 1))


class AutoLabeler(Parking):
    """Streaming labeler for any stream of feature vectors, signals, images or texts.

    `fit_seed(items, labels)` (optional) -> `process(batch, ids)` per arriving batch -> decisions;
    `take_revisions()` gives earlier items whose label changed (unknown -> new label, abstain -> accept)."""

    def __init__(self, config: LabelConfig | None = None, extractor=None):
        self.cfg = config or LabelConfig()
        self.extractor = extractor
        self.rng = np.random.default_rng(self.cfg.seed)
        self.placement = Placement()
        self.classes: list[str] = []
        self.n_seed_classes = 0  # labels from the seed set come first; created ones follow
        self.created = 0  # new labels made so far; names new_<n> are never reused
        self.prototypes = np.zeros((0, 0), dtype=np.float32)
        self.radii = np.zeros(0)
        self.overlapping = False  # the seed labels' regions overlap (decides the "auto" settings)
        self.floors = np.zeros(0)  # τ_c at seeding / creation: refreshes keep τ_c at least this (radius_floor)
        self.memories: list[Reservoir] = []
        self.validation: deque = deque(maxlen=self.cfg.validation_pool)
        self.unknown: OrderedDict = OrderedDict()
        self.backlog: OrderedDict = OrderedDict()
        self.ensemble: Ensemble | None = None
        self.adwin_unknown = Adwin(self.cfg.adwin_delta)
        self.adwin_confidence = Adwin(self.cfg.adwin_delta)
        self.recent_unknown: deque = deque(maxlen=self.cfg.feature_refresh_window)
        self.batches = 0
        self.next_id = 0
        self.counts = {ACCEPT: 0, ABSTAIN: 0, UNKNOWN: 0, "revised": 0, "drift_alarms": 0,
                       "retrains": 0, "feature_refreshes": 0, "clusterings": 0}
        self.revisions: list[Decision] = []
        self.foreground_busy = False  # set by the host (or Runtime.foreground) while it needs the CPU
        self.owed_background = False
        self.timings: dict[str, float] = dict.fromkeys(STAGES, 0.0)

    # ---------------------------------------------------------------- set-up
    def fit_seed(self, items, labels) -> "AutoLabeler":
        """Start from a few labelled items per known label (replaces any earlier state)."""
        labels = [str(v) for v in labels]
        if len(items) != len(labels) or not labels:
            raise InputError(f"seed set has {len(items)} items and {len(labels)} labels; give one label per item")
        if self.extractor is None:
            self.extractor = default_extractor(items, len(labels), len(set(labels)), self.cfg.pca_dims)
        self.extractor.fit(items, labels)
        z = self.extractor.transform(items)
        self.classes = sorted(set(labels))
        self.n_seed_classes = len(self.classes)
        y = np.array([self.classes.index(v) for v in labels])
        self.memories = [Reservoir(self.cfg.memory_per_class, self.rng) for _ in self.classes]
        for zi, yi, raw in zip(z, y, self._raws(items), strict=True):
            # seed items are the only ground truth: pinned, so self-training's own (partly wrong)
            # accepts cannot push them out of the memories the members retrain on
            self.memories[yi].add(zi, raw, pin=self.cfg.pin_seeds)
            self.validation.append((zi, yi, raw, None))
        self.prototypes = np.stack([z[y == c].mean(axis=0) for c in range(len(self.classes))])
        self.radii = class_radii(self.prototypes, [m.matrix() for m in self.memories], self.cfg)
        self.floors = self.radii.copy()
        self.overlapping = self._overlapping()
        self.ensemble = Ensemble(z.shape[1], self.cfg, self.placement.model_device)
        self.ensemble.reset_heads(len(self.classes))
        self.ensemble.to(self.placement.model_device)
        self._sync_ensemble()
        with self._stage("update"):
            self._retrain()
        return self

    def place(self, placement: Placement) -> None:
        """Move stages to the runtime's chosen devices and thread counts."""
        self.placement = placement
        if self.extractor is not None:
            self.extractor.device = placement.feat_device
        if self.ensemble is not None:
            self.ensemble.to(placement.model_device)

    @contextmanager
    def _stage(self, name: str):
        threads = torch.get_num_threads()
        torch.set_num_threads(max(1, int(self.placement.threads.get(name, threads))))
        start = time.perf_counter()
        try:
            yield
        finally:
            if "cuda" in (self.placement.feat_device + self.placement.model_device) and torch.cuda.is_available():
                torch.cuda.synchronize()
            self.timings[name] += time.perf_counter() - start
            torch.set_num_threads(threads)

    def _raws(self, items) -> list:
        # raw items are kept with memories only when the extractor can be refitted from them
        refit = getattr(self.extractor, "refittable", False)
        return [items[i] if refit else None for i in range(len(items))]

    # ---------------------------------------------------------------- assignment
    def _assign(self, z: np.ndarray, exclude_self: bool = False):
        """Ensemble decision statistics for embeddings z: label index, s, a, r, kind."""
        n = len(z)
        if not self.classes:
            return (np.zeros(n, dtype=int), np.zeros(n), np.zeros(n), np.full(n, np.inf),
                    np.full(n, UNKNOWN, dtype=object))
        zt = torch.as_tensor(z, dtype=torch.float32, device=self.ensemble.device)
        dist = self.ensemble.distances(zt)
        probs = self.ensemble.member_probs(zt, dist, exclude_self)
        ratios = self.ensemble.ratios(zt, dist)
        seeded = self.n_seed_classes
        if self.cfg.created_claim_outside_only and 0 < seeded < len(self.classes):
            # a created label is learnt from a few (partly mixed) members; it may claim only items that
            # lie outside every seed label's region, so it cannot grow into the known classes
            inside = ratios[:, :seeded].min(-1).values <= 1.0
            probs[:, inside, seeded:] = 0.0
            probs = probs / probs.sum(-1, keepdim=True).clamp_min(1e-12)
        yhat, s, a = self.ensemble.combine(probs)
        r = ratios.min(-1).values
        s, a, r = s.cpu().numpy().astype(float), a.cpu().numpy().astype(float), r.cpu().numpy().astype(float)
        return yhat.cpu().numpy(), s, a, r, decide(s, a, r, self.cfg)

    def _decision(self, item_id, kind, yhat, s, a, r, revised=False) -> Decision:
        label = None if kind == UNKNOWN else self.classes[int(yhat)]
        return Decision(item_id, kind, label, round(float(s), 4), round(float(a), 4), float(r), revised)

    def _check_ids(self, n: int, ids) -> list:
        if ids is None:
            ids = list(range(self.next_id, self.next_id + n))
            self.next_id += n
        ids = list(ids)
        if len(ids) != n:
            raise InputError(f"{n} items but {len(ids)} ids; give one id per item")
        return ids

    def assign(self, items, ids=None) -> list[Decision]:
        """Label items with the current model without learning from them (the fast path)."""
        ids = self._check_ids(len(items), ids)
        with self._stage("feat"):
            z = self.embed(items)
        with self._stage("assign"):
            out = self._assign(z)
        return [self._decision(i, k, y, s, a, r) for i, y, s, a, r, k in zip(ids, *out, strict=True)]

    def check(self, items) -> None:
        """Validate items without labeling them (InputError says what is wrong); changes nothing."""
        if len(items) == 0:
            raise InputError("empty batch; send at least one item")
        extractor = self.extractor or default_extractor(items, pca_dims=self.cfg.pca_dims)
        extractor.check(items)

    def embed(self, items) -> np.ndarray:
        """Features of items (fits the extractor on them first when there was no seed set)."""
        if self.extractor is None:
            self.extractor = default_extractor(items, pca_dims=self.cfg.pca_dims)
        if not self.extractor.fitted:
            # no seed set: fit the scaling on the first (warm-up) batch
            self.extractor.fit(items)
        return self.extractor.transform(items)

    # ---------------------------------------------------------------- the per-batch algorithm
    def process(self, batch, ids=None, features: np.ndarray | None = None) -> list[Decision]:
        """Run spec §4.6 on one arriving batch; returns its decisions (revisions: take_revisions).
        `features`, when given, are the batch's embeddings already computed (e.g. by the runtime)."""
        if batch is None or len(batch) == 0:
            raise InputError("empty batch; send at least one item")
        ids = self._check_ids(len(batch), ids)
        if features is None:
            with self._stage("feat"):
                z = self.embed(batch)  # validates everything before any state changes
        else:
            z = np.asarray(features, dtype=np.float32)
            if z.shape != (len(batch), self.extractor.dim):
                raise InputError(f"features shaped {list(z.shape)}, expected [{len(batch)}, {self.extractor.dim}]")
        if self.ensemble is None:
            self.ensemble = Ensemble(z.shape[1], self.cfg, self.placement.model_device)
        self.batches += 1
        raws = self._raws(batch)
        with self._stage("assign"):
            yhat, s, a, r, kinds = self._assign(z)
        decisions = [self._decision(i, k, y, si, ai, ri) for i, y, si, ai, ri, k in zip(ids, yhat, s, a, r, kinds, strict=True)]
        with self._stage("update"):
            drift = self._adapt(ids, z, raws, yhat, s, a, kinds)
        periodic = self.batches % self.cfg.refresh_every == 0
        if self.foreground_busy:
            # the host needs the processor: CLUSTER and RETRAIN wait for the next quiet batch
            self.owed_background |= periodic or drift
            created = qualified = owed = False
        else:
            owed, self.owed_background = self.owed_background, False
            with self._stage("cluster"):
                created, qualified = self._discover(drift or owed)
        with self._stage("update"):
            periodic = periodic or owed
            if periodic or drift:
                self._refresh_radii()
            if (periodic or drift or created) and not self.foreground_busy:
                self._retrain()
            if periodic or drift or qualified:
                # "re-evaluation after model updates": the backlog is re-judged when the model changed
                self._reevaluate(set(ids))
            self._age_unknowns()
            if not self.foreground_busy:
                self._maybe_refresh_features(qualified)
        for d in decisions:
            self.counts[d.kind] += 1
        return decisions

    def _adapt(self, ids, z, raws, yhat, s, a, kinds) -> bool:
        """ADAPT: prototype EMA, reservoirs, validation pool, parking, member weights, ADWINs."""
        for i, item_id in enumerate(ids):
            if kinds[i] == ACCEPT:
                c = int(yhat[i])
                if a[i] >= 1.0:
                    self.memories[c].add(z[i], raws[i], item_id=item_id)
                    self.validation.append((z[i], c, raws[i], item_id))
                    if s[i] >= self.cfg.ema_min_confidence:
                        self.prototypes[c] = (1 - self.cfg.alpha) * self.prototypes[c] + self.cfg.alpha * z[i]
            elif kinds[i] == UNKNOWN:
                self._park(item_id, z[i], raws[i])
            else:
                self.backlog[item_id] = ParkedItem(z[i], raws[i], self.batches)
                if len(self.backlog) > self.cfg.unknown_capacity:  # bounded: the oldest waits in U instead
                    key, item = self.backlog.popitem(last=False)
                    self._park(key, item.z, item.raw, abstained=True)
        if self.classes:
            self._sync_ensemble()
            val = list(self.validation)
            self.ensemble.update_weights(np.stack([v[0] for v in val]), np.array([v[1] for v in val]))
        frac_unknown = float(np.mean(kinds == UNKNOWN))
        self.recent_unknown.append(frac_unknown)
        alarm = self.adwin_unknown.update((kinds == UNKNOWN).astype(float))
        alarm = self.adwin_confidence.update([float(np.mean(s))]) or alarm
        if alarm:
            self.counts["drift_alarms"] += 1
        return alarm

    def _refresh_radii(self) -> None:
        if self.classes:
            self.radii = class_radii(self.prototypes, [m.matrix() for m in self.memories], self.cfg)
            if self.cfg.radius_floor and len(self.floors) == len(self.radii):
                # memories hold only items accepted inside τ_c, so their quantile is truncated and each
                # refresh would shrink τ_c a little more (measured: 14.0 -> 7.2 on digits), rejecting
                # ever more known items as unknown
                self.radii = np.maximum(self.radii, self.floors)
            self._sync_ensemble()

    def _sync_ensemble(self) -> None:
        mem = [(zi, c) for c, m in enumerate(self.memories) for zi in m.z]
        mem_z = np.stack([v[0] for v in mem]) if mem else np.zeros((0, self.prototypes.shape[1]))
        self.ensemble.use_knn = self.cfg.openset_score == "prototype+knn" or (
            self.cfg.openset_score == "auto" and self.overlapping)
        self.ensemble.set_state(self.prototypes, self.radii, mem_z, np.array([v[1] for v in mem], dtype=int))

    def _retrain(self) -> None:
        if len(self.classes) >= 2:
            self.ensemble.retrain()
            self.counts["retrains"] += 1
            val = list(self.validation)
            self.ensemble.update_weights(np.stack([v[0] for v in val]), np.array([v[1] for v in val]))

    def _maybe_refresh_features(self, qualified: bool) -> None:
        """Feature refresh: mostly-UNKNOWN recent batches and no cluster qualifies -> refit φ on
        memories + U and re-embed everything stored."""
        window = self.recent_unknown
        if (qualified or not getattr(self.extractor, "refittable", False) or len(window) < window.maxlen
                or np.mean(window) <= self.cfg.feature_refresh_fraction or not self.classes):
            return
        raws = [r for m in self.memories for r in m.raw] + [p.raw for p in self.unknown.values()]
        old_dim = self.extractor.dim
        state = self.extractor.state_dict()
        self.extractor.fit(raws)
        if self.extractor.dim != old_dim:
            self.extractor.load_state_dict(state)  # too few items to keep the PCA width: keep the old map
            return
        for m in self.memories:
            m.z = list(self.extractor.transform(m.raw))
        for store in (self.unknown, self.backlog):
            for item in store.values():
                item.z = self.extractor.transform([item.raw])[0]
        self.validation = deque(((self.extractor.transform([raw])[0], c, raw, i) for _, c, raw, i in self.validation),
                                maxlen=self.cfg.validation_pool)
        self.prototypes = np.stack([m.matrix().mean(axis=0) for m in self.memories])
        self.radii = class_radii(self.prototypes, [m.matrix() for m in self.memories], self.cfg)
        self.floors = self.radii.copy()  # a new feature space: old lengths mean nothing
        self._sync_ensemble()
        self._retrain()
        self.recent_unknown.clear()
        self.counts["feature_refreshes"] += 1

    def finish(self) -> list[Decision]:
        """End of a finite stream (a file, a replay): one last new-label attempt on U, the backlog
        re-judged, and every item still in U leaves it as _leave says. Returns the revisions."""
        if self.classes or self.unknown:
            with self._stage("cluster"):
                created, _ = self._discover(drift=True)
            with self._stage("update"):
                if created:
                    self._retrain()
                self._reevaluate(set())
                leaving = list(self.unknown.items())
                self.unknown.clear()
                self._leave(leaving)
        return self.take_revisions()

    # ---------------------------------------------------------------- public helpers
    def take_revisions(self) -> list[Decision]:
        """Decisions for earlier items that changed since the last call (and forget them)."""
        out, self.revisions = self.revisions, []
        return out

    def forget(self, ids: set) -> int:
        """Drop the items with these ids from every memory, the unknown buffer, the ABSTAIN backlog, the
        validation pool and pending revisions (their source was deleted); returns how many were held.
        Prototypes and radii are aggregates and stay."""
        gone = sum(m.drop(ids) for m in self.memories)
        for parked in (self.unknown, self.backlog):
            for key in [k for k in parked if k in ids]:
                del parked[key]
                gone += 1
        before = len(self.validation)
        self.validation = deque((v for v in self.validation if v[3] is None or v[3] not in ids),
                                maxlen=self.cfg.validation_pool)
        self.revisions = [d for d in self.revisions if d.id not in ids]
        return gone + before - len(self.validation)

    def labels(self) -> list[str]:
        """Current label names: the seed labels, then created ones (new_<n> or renamed)."""
        return list(self.classes)

    def rename_label(self, old: str, new: str) -> None:
        """Give a label (typically a created new_<n>) a human-readable name."""
        if old not in self.classes:
            raise InputError(f"no label {old!r}; labels are {self.classes}")
        if not new.strip() or (new in self.classes and new != old):
            raise InputError(f"cannot rename {old!r} to {new!r}: the name is empty or already used")
        self.classes[self.classes.index(old)] = new

    def candidates(self) -> list[dict]:
        """Created labels (new_<n>, or renamed) with how many items joined them — new kinds for a person to name."""
        return [{"label": name, "members": self.memories[c].seen}
                for c, name in enumerate(self.classes) if c >= self.n_seed_classes]

    def state_dict(self) -> dict:
        """Everything needed to resume the stream later (numpy/torch values; save with torch.save)."""
        parked = {name: [(k, p.z, p.raw, p.batch, p.count, p.abstained) for k, p in store.items()]
                  for name, store in (("unknown", self.unknown), ("backlog", self.backlog))}
        return {
            "config": self.cfg.to_dict(), "classes": list(self.classes), "n_seed_classes": self.n_seed_classes,
            "overlapping": self.overlapping,
            "created": self.created, "prototypes": self.prototypes.copy(), "radii": self.radii.copy(),
            "memories": [(list(m.z), list(m.raw), m.seen, m.pinned, list(m.ids)) for m in self.memories],
            "validation": list(self.validation), **parked, "batches": self.batches, "next_id": self.next_id,
            "counts": dict(self.counts), "recent_unknown": list(self.recent_unknown),
            "adwin": [self.adwin_unknown.state_dict(), self.adwin_confidence.state_dict()],
            "rng": self.rng.bit_generator.state,
            "ensemble": self.ensemble.state_dict() if self.ensemble is not None else None,
            "extractor": self.extractor.state_dict() if hasattr(self.extractor, "state_dict") else None,
        }

    def load_state_dict(self, state: dict) -> None:
        """Resume from state_dict(); the extractor must be of the same kind as when saved."""
        self.cfg = LabelConfig.from_dict(state["config"])
        self.classes, self.n_seed_classes, self.created = list(state["classes"]), state["n_seed_classes"], state["created"]
        self.overlapping = bool(state.get("overlapping", False))
        self.prototypes, self.radii = state["prototypes"].copy(), state["radii"].copy()
        self.rng.bit_generator.state = state["rng"]
        self.memories = []
        for z, raw, seen, *rest in state["memories"]:  # older states lack pinned and ids
            m = Reservoir(self.cfg.memory_per_class, self.rng)
            m.z, m.raw, m.seen, m.pinned = list(z), list(raw), seen, (rest or [0])[0]
            m.ids = list(rest[1]) if len(rest) > 1 else [None] * len(m.z)
            self.memories.append(m)
        self.validation = deque((tuple(v) + (None,) * (4 - len(v)) for v in state["validation"]),
                                maxlen=self.cfg.validation_pool)
        self.unknown = OrderedDict((k, ParkedItem(*rest)) for k, *rest in state["unknown"])
        self.backlog = OrderedDict((k, ParkedItem(*rest)) for k, *rest in state["backlog"])
        self.batches, self.next_id, self.counts = state["batches"], state["next_id"], dict(state["counts"])
        self.recent_unknown = deque(state["recent_unknown"], maxlen=self.cfg.feature_refresh_window)
        self.adwin_unknown.load_state_dict(state["adwin"][0])
        self.adwin_confidence.load_state_dict(state["adwin"][1])
        if state["extractor"] is not None:
            self.extractor.load_state_dict(state["extractor"])
        if state["ensemble"] is not None:
            self.ensemble = Ensemble(self.prototypes.shape[1], self.cfg, self.placement.model_device)
            self.ensemble.load_state_dict(state["ensemble"])
            self._sync_ensemble()

    def stats(self) -> dict:
        """Counters and sizes, for summaries."""
        return {**self.counts, "batches": self.batches, "labels": len(self.classes),
                "created_labels": len(self.classes) - self.n_seed_classes, "unknown_buffer": len(self.unknown),
                "abstain_backlog": len(self.backlog), **{f"{k}_s": round(v, 4) for k, v in self.timings.items()}}
