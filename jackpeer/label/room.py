"""Dialog-act labels for the room: every utterance gets one of the seed acts (idea, question,
agreement, disagreement, off-task, organising) or a newly discovered kind of talk."""

import json
from collections import OrderedDict
from pathlib import Path

from jackpeer.errors import InputError
from jackpeer.label.config import LabelConfig
from jackpeer.label.datasets import DIALOG_ACTS
from jackpeer.label.features import TextFeatures, check_texts
from jackpeer.label.labeler import AutoLabeler, Decision

OFF_TASK = "off-task"


class UtteranceLabeler:
    """Label utterances as they are said. `label(text)` answers from the current model at once (one
    cached MiniLM pass plus the ensemble); every `learn_every` utterances the Flame-style update runs
    on the queued ones (adaptation, unknown discovery, retraining) — or call `learn()` when idle."""

    def __init__(self, seed_path: str | Path | None = None, config: LabelConfig | None = None,
                 device: str = "cpu", learn_every: int | None = 8, keep_texts: int = 5000):
        path = Path(seed_path) if seed_path else DIALOG_ACTS
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if not rows or any("text" not in r or "label" not in r for r in rows):
            raise InputError(f"{path}: every line must be a JSON object with 'text' and 'label'")
        self.labeler = AutoLabeler(config, TextFeatures(device=device))
        self.labeler.fit_seed([r["text"] for r in rows], [r["label"] for r in rows])
        self.learn_every = learn_every
        self.pending: list[tuple[int, str]] = []
        self.texts: OrderedDict[int, str] = OrderedDict()  # recent utterances, to show examples of new kinds
        self.keep_texts = keep_texts
        self.examples: dict[int, list[str]] = {}  # label index -> a few utterances that formed it
        self.next_id = 0

    def decide(self, text: str) -> Decision:
        """Full decision (kind, label, confidence, agreement, ratio) for one utterance."""
        check_texts([text])
        item_id = self.next_id
        self.next_id += 1
        decision = self.labeler.assign([text], ids=[item_id])[0]
        self.pending.append((item_id, text))
        self.texts[item_id] = text
        while len(self.texts) > self.keep_texts:
            self.texts.popitem(last=False)
        if self.learn_every and len(self.pending) >= self.learn_every:
            self.learn()
        return decision

    def label(self, text: str) -> tuple[str, float]:
        """(label, confidence) for one utterance; label is "unknown" when it fits no known kind."""
        d = self.decide(text)
        return (d.label if d.kind != "unknown" and d.label else "unknown", d.confidence)

    def is_off_task(self, text: str) -> bool:
        """True when the utterance is labelled off-task (what the moderator role reacts to)."""
        return self.label(text)[0] == OFF_TASK

    def learn(self) -> None:
        """Run the learning step on the utterances said since the last one."""
        if not self.pending:
            return
        ids, texts = zip(*self.pending, strict=True)
        self.pending = []
        self.labeler.process(list(texts), ids=list(ids))
        for d in self.labeler.take_revisions():
            if d.kind == "accept" and d.label in self.labeler.classes and d.id in self.texts:
                c = self.labeler.classes.index(d.label)
                if c >= self.labeler.n_seed_classes:
                    self.examples.setdefault(c, []).append(self.texts[d.id])

    def candidates(self) -> list[dict]:
        """New kinds of talk found so far: label name, how many utterances joined, a few examples."""
        out = []
        for cand in self.labeler.candidates():
            c = self.labeler.classes.index(cand["label"])
            out.append({**cand, "examples": self.examples.get(c, [])[:5]})
        return out

    def rename(self, old: str, new: str) -> None:
        """Name a discovered kind (e.g. new_1 -> "jokes")."""
        self.labeler.rename_label(old, new)

    def labels(self) -> list[str]:
        """All current labels."""
        return self.labeler.labels()
