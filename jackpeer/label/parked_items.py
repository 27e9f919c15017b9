"""What AutoLabeler does with the items it could not accept (spec §4.3-4.4): the ABSTAIN backlog and
the unknown buffer U — parking, re-judging after model updates, leaving U — and CLUSTER with label
creation, which turns groups in U into new labels or moves them into a known label that drifted."""

from dataclasses import dataclass

import numpy as np

from jackpeer.label.adapt import Reservoir
from jackpeer.label.discover import DRIFT, NEW, cluster_unknowns, merge_compact, qualify
from jackpeer.label.openset import ABSTAIN, ACCEPT, UNKNOWN


@dataclass
class ParkedItem:
    """An item waiting in U or the ABSTAIN backlog."""

    z: np.ndarray
    raw: object
    batch: int
    count: int = 0
    abstained: bool = False  # came to U from the ABSTAIN backlog (inside a class region), not as UNKNOWN


class Parking:
    """AutoLabeler's methods for parked items and new labels. AutoLabeler is the one subclass: it holds all
    the state they use (unknown, backlog, memories, prototypes, radii, ...) and supplies _assign, _decision,
    _refresh_radii and _sync_ensemble."""

    # ---------------------------------------------------------------- parking and re-judging
    def _park(self, item_id, z, raw, abstained: bool = False) -> None:
        self.unknown[item_id] = ParkedItem(z, raw, self.batches, abstained=abstained)
        leaving = []
        while len(self.unknown) > self.cfg.unknown_capacity:
            leaving.append(self.unknown.popitem(last=False))  # FIFO: the oldest leaves U
        self._leave(leaving)

    def _reevaluate(self, fresh: set) -> None:
        """Re-run the decision on the ABSTAIN backlog (bounded) with the updated model; then, with
        reevaluate_unknowns, on U too: an item the updated model now ACCEPTs leaves U with that label."""
        keys = [k for k in self.backlog if k not in fresh][: self.cfg.reevaluate_limit]
        room = self.cfg.reevaluate_limit - len(keys)
        if self.cfg.reevaluate_unknowns and room > 0 and self.unknown and self.classes:
            parked = [k for k in self.unknown if k not in fresh][-room:]  # newest first kept: oldest leave soon anyway
            if parked:
                pz = np.stack([self.unknown[k].z for k in parked])
                yhat, s, a, r, kinds = self._assign(pz)
                for k, y, si, ai, ri, kind in zip(parked, yhat, s, a, r, kinds, strict=True):
                    if kind == ACCEPT:
                        del self.unknown[k]
                        self.revisions.append(self._decision(k, kind, y, si, ai, ri, revised=True))
                        self.counts["revised"] += 1
        if not keys or not self.classes:
            return
        z = np.stack([self.backlog[k].z for k in keys])
        yhat, s, a, r, kinds = self._assign(z)
        for k, y, si, ai, ri, kind in zip(keys, yhat, s, a, r, kinds, strict=True):
            item = self.backlog[k]
            item.count += 1
            if kind == ACCEPT:
                del self.backlog[k]
                self.revisions.append(self._decision(k, kind, y, si, ai, ri, revised=True))
                self.counts["revised"] += 1
            elif kind == UNKNOWN or item.count >= self.cfg.abstain_patience:
                del self.backlog[k]
                self._park(k, item.z, item.raw, abstained=kind != UNKNOWN)
                if self.cfg.parked_abstain_reported_unknown:
                    # by default the item keeps its first-sight ABSTAIN guess while it waits in U:
                    # re-judging it UNKNOWN after the model moved turned ~9 % of known items from a
                    # (mostly right) guess into a final UNKNOWN; a created label may still claim it
                    self.revisions.append(self._decision(k, UNKNOWN, y, si, ai, ri, revised=True))
                    self.counts["revised"] += 1

    def _age_unknowns(self) -> None:
        # items older than unknown_max_age batches leave U
        leaving = []
        while self.unknown and self.batches - next(iter(self.unknown.values())).batch > self.cfg.unknown_max_age:
            leaving.append(self.unknown.popitem(last=False))
        self._leave(leaving)

    def _leave(self, leaving: list) -> None:
        """Items leaving U unclaimed are final UNKNOWN (the spec) — unless, with final_reevaluation, the
        model as it is now places them in a known class: then they are final ABSTAIN with that guess.
        A young model (10 seeds per class) rejects many items of known classes that the grown one
        takes; unknown detection is scored at first sight, so this changes only the final labels."""
        fresh = [(k, p) for k, p in leaving if not p.abstained]  # parked ABSTAINs already report a guess
        if not (self.cfg.final_reevaluation and fresh and self.classes):
            return
        yhat, s, a, r, kinds = self._assign(np.stack([p.z for _, p in fresh]))
        for (k, _), y, si, ai, ri, kind in zip(fresh, yhat, s, a, r, kinds, strict=True):
            if kind != UNKNOWN or ri <= self.cfg.leave_guess_ratio:
                self.revisions.append(self._decision(k, ABSTAIN, y, si, ai, ri, revised=True))
                self.counts["revised"] += 1

    # ---------------------------------------------------------------- new labels
    def _discover(self, drift: bool) -> tuple[int, bool]:
        """CLUSTER + label creation when the trigger holds; returns (labels created, any cluster qualified)."""
        # items parked only for staying unsure sit inside known regions; clustered with the true
        # unknowns they blur novel groups into mixed ones (cluster_parked_abstains=True: the spec's U)
        keys = [k for k, p in self.unknown.items() if self.cfg.cluster_parked_abstains or not p.abstained]
        n = len(keys)
        periodic = self.batches % self.cfg.refresh_every == 0 and n >= self.cfg.m_min
        if not (n >= self.cfg.n_trig or periodic or (drift and n >= self.cfg.m_min)):
            return 0, False
        self.counts["clusterings"] += 1
        z = np.stack([self.unknown[k].z for k in keys])
        median_radius = float(np.median(self.radii)) if len(self.radii) else None
        ids = cluster_unknowns(z, self.cfg, median_radius, self._cluster_dims())
        if self.cfg.merge_compact and median_radius is not None and self._separation() == "radius":
            # not with the projected rule: where class radii exceed the gaps between classes, two
            # neighbouring kinds together are still "compact" and merging mixed them (digits: purity 0.7)
            ids = merge_compact(z, ids, median_radius, self.cfg)
        created, qualified = 0, False
        for j in sorted(set(ids.tolist()) - {-1}):
            # one cluster at a time against the labels as they are now, so two halves of one new kind
            # become one label (the second half is "not separated" from the first and joins it)
            cl = qualify(z, np.where(ids == j, 0, -1), self.prototypes, self.radii, self.cfg,
                         [m.matrix() for m in self.memories], self.n_seed_classes, self._gap_ratio(),
                         [m.pinned for m in self.memories], self._separation())[0]
            members = [keys[m] for m in cl.members]
            if cl.verdict == NEW:
                self._create_label(members, cl.centroid, cl.radius)
                created += 1
            elif cl.verdict == DRIFT:
                # a cluster that straddles classes must not pull them all into its nearest one (in
                # MiniLM space every mixed cluster looks compact and sits nearest the most central
                # class, which then swallows the stream): the ensemble must mostly agree, and only
                # the members it also places in that class move there
                guess, _, agree, _, _ = self._assign(z[cl.members])
                backs = (guess == cl.nearest) & (agree >= self.cfg.a_lo)  # the members agree on it too
                if np.mean(backs) < self.cfg.drift_min_share:
                    members = []
                elif self.cfg.absorb_agreeing_only:
                    members = [k for k, b in zip(members, backs, strict=True) if b]
                if members:
                    self._absorb(members, cl.nearest)
            qualified |= cl.verdict in (NEW, DRIFT)
        return created, qualified

    def _separation(self) -> str:
        """The separation rule in use ("auto": see _overlapping)."""
        if self.cfg.separation != "auto":
            return self.cfg.separation
        return "projected" if self.overlapping else "radius"

    def _overlapping(self) -> bool:
        """Whether the seed labels' regions overlap: most fail the spec's separation rule against their
        nearest neighbour (‖μ_c − μ_c'‖ <= τ_c + τ_c'/2). True in 32-d PCA or 384-d MiniLM space, where
        τ_c exceeds the gaps between class means; then "auto" settings use the rules made for that
        geometry (projected separation, k-NN regions), else the spec's."""
        k = self.n_seed_classes
        if k < 2:
            return False
        gaps = np.linalg.norm(self.prototypes[:k, None] - self.prototypes[None, :k], axis=-1) + np.diag(np.full(k, np.inf))
        nearest = gaps.argmin(axis=1)
        passes = gaps[np.arange(k), nearest] > self.radii[:k] + self.radii[nearest] / 2
        return bool(passes.mean() < 0.5)

    def _cluster_dims(self) -> int:
        """cluster_dims, where None means: 8 for unit-length embeddings, else 0 (the full space)."""
        if self.cfg.cluster_dims is not None:
            return self.cfg.cluster_dims
        return 8 if self._unit_length() else 0

    def _unit_length(self) -> bool:
        """Whether the embeddings are unit vectors (MiniLM text: cosine geometry, every radius alike)."""
        sample = [m.z[0] for m in self.memories if m.z]
        return bool(sample) and np.allclose(np.linalg.norm(np.stack(sample), axis=1), 1.0, atol=1e-3)

    def _gap_ratio(self) -> float:
        """separation_gap, where None means: 0.85 for unit-length embeddings, else 0."""
        if self.cfg.separation_gap is not None:
            return self.cfg.separation_gap
        return 0.85 if self._unit_length() else 0.0

    def _create_label(self, members: list, centroid: np.ndarray, radius: float) -> None:
        self.created += 1
        name = f"new_{self.created}"
        while name in self.classes:  # a person may have renamed something to new_<n>
            self.created += 1
            name = f"new_{self.created}"
        self.ensemble.add_class(centroid)
        self.classes.append(name)
        self.prototypes = np.vstack([self.prototypes.reshape(-1, len(centroid)), centroid[None]])
        self.radii = np.append(self.radii, max(radius, 1e-6))
        self.floors = np.append(self.floors, max(radius, 1e-6))
        self.memories.append(Reservoir(self.cfg.memory_per_class, self.rng))
        self._relabel(members, len(self.classes) - 1)
        self._sync_ensemble()

    def _absorb(self, members: list, c: int) -> None:
        """A compact cluster next to class c: c has drifted; take the members in and re-centre."""
        self._relabel(members, c)
        mem = self.memories[c].matrix()
        self.prototypes[c] = mem.mean(axis=0)
        self._refresh_radii()

    def _relabel(self, members: list, c: int) -> None:
        for key in members:
            item = self.unknown.pop(key)
            self.memories[c].add(item.z, item.raw, item_id=key)
            self.validation.append((item.z, c, item.raw, key))
            self.revisions.append(self._decision(key, ACCEPT, c, 1.0, 1.0, 0.0, revised=True))
            self.counts["revised"] += 1
