"""Dialog-act labels for the room: every utterance gets one of the seed acts (idea, question,
agreement, disagreement, off-task, organising) or a newly discovered kind of talk."""

import json
import os
import re
from collections import OrderedDict
from pathlib import Path

import numpy as np
import torch

from jackpeer.errors import InputError
from jackpeer.label.config import LabelConfig
from jackpeer.label.datasets import DIALOG_ACTS
from jackpeer.label.features import TextFeatures, check_texts
from jackpeer.label.labeler import AutoLabeler, Decision

OFF_TASK = "off-task"
UNKNOWN = "unknown"
STATE_FORMAT = "jackpeer.utterance-labeler/1"
MAX_NAME = 40  # characters in a name a person gives a new kind of talk
MAX_EXAMPLES = 20  # utterances kept per new kind to show a person (the newest)
# "/" cannot travel in a URL path segment; ";" and "()" are the CSV export's separators of labels.
_BAD_NAME = re.compile(r"[/;()\x00-\x1f\x7f]")


def check_label_name(old: str, new: object, taken: set[str]) -> str:
    """The name a person gives the kind of talk `old`, spaces tidied; InputError if it is empty, too long,
    has a character a URL or the CSV export cannot carry, or is `unknown` or one of `taken`."""
    name = " ".join(str(new).split())
    if not name or len(name) > MAX_NAME:
        raise InputError(f"choose a name of 1 to {MAX_NAME} characters for {old!r}")
    if _BAD_NAME.search(name):
        raise InputError(f"a label name cannot contain / ; ( ) or control characters: {name!r}")
    if name.lower() in {t.lower() for t in taken} | {UNKNOWN}:
        raise InputError(f"the name {name!r} is already a label; choose another name for {old!r}")
    return name


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
        self.examples: dict[int, list[tuple[int, str]]] = {}  # label index -> (item id, utterance) that formed it
        self.next_id = 0
        self.dismissed: set[str] = set()  # new kinds a person said are not a kind of talk worth a label
        self.keys: dict[int, object] = {}  # item id -> the caller's key for it, while learning may revise it
        # item id -> key of every keyed utterance still held anywhere (memories, buffers, examples), so a
        # deleted room's utterances can be forgotten by room and message, never by equal text
        self.item_keys: dict[int, object] = {}
        self.revised: list[tuple[object, str, float]] = []  # (key, new label, confidence), for take_revised

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

    def label(self, text: str, key: object = None) -> tuple[str, float]:
        """(label, confidence) for one utterance; label is "unknown" when it fits no known kind. With a
        key (e.g. room and message), a later change of this label comes back from take_revised()."""
        if key is not None:
            check_texts([text])  # a refused text must not leave its key on the next utterance's id
            self.keys[self.next_id] = self.item_keys[self.next_id] = key
        d = self.decide(text)
        return self._name(d), d.confidence

    def _name(self, d: Decision) -> str:
        return UNKNOWN if d.kind == "unknown" or not d.label or d.label in self.dismissed else d.label

    def take_revised(self) -> list[tuple[object, str, float]]:
        """(key, label, confidence) of keyed utterances whose label a learning step changed (e.g. they
        formed a new kind), since the last call."""
        out, self.revised = self.revised, []
        return out

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
                    self.examples.setdefault(c, []).append((d.id, self.texts[d.id]))
                    del self.examples[c][:-MAX_EXAMPLES]
            if d.id in self.keys:
                self.revised.append((self.keys[d.id], self._name(d), d.confidence))
        # only items still waiting in the unknown buffer or the backlog can be revised later
        waiting = set(self.labeler.unknown) | set(self.labeler.backlog) | {i for i, _ in self.pending}
        self.keys = {i: k for i, k in self.keys.items() if i in waiting}
        held = waiting | self._held_ids()
        self.item_keys = {i: k for i, k in self.item_keys.items() if i in held}

    def _held_ids(self) -> set:
        """Ids of utterances kept in memories, the validation pool, the examples or the recent texts."""
        lab = self.labeler
        return ({i for m in lab.memories for i in m.ids if i is not None}
                | {v[3] for v in lab.validation if v[3] is not None}
                | {i for ex in self.examples.values() for i, _ in ex} | set(self.texts))

    def candidates(self, room: object = None) -> list[dict]:
        """New kinds of talk found so far: label name, how many utterances joined, a few examples (with
        `room`: only utterances whose key is (room, ...), e.g. one room's messages)."""
        out = []
        for cand in self.labeler.candidates():
            if cand["label"] in self.dismissed:
                continue
            c = self.labeler.classes.index(cand["label"])
            ex = [t for i, t in self.examples.get(c, []) if room is None or self._room_of(i) == room]
            out.append({**cand, "examples": ex[:5]})
        return out

    def _room_of(self, item_id: int) -> object:
        key = self.item_keys.get(item_id)
        return key[0] if isinstance(key, tuple) and key else None

    def rename(self, old: str, new: str) -> str:
        """Name a discovered kind (e.g. new_1 -> "jokes"); returns the name as stored (spaces tidied).
        Only new kinds are renamed: the seed acts keep their names (the moderator reacts to off-task)."""
        self._check_candidate(old)
        name = check_label_name(old, new, {lab for lab in self.labeler.classes if lab != old})
        self.labeler.rename_label(old, name)
        return name

    def dismiss(self, name: str) -> None:
        """A person says a new kind is not a kind of talk: it leaves the candidates and its utterances
        are labelled unknown from now on. Its class stays in the model, so the same talk is not
        discovered again as yet another candidate."""
        self._check_candidate(name)
        self.dismissed.add(name)

    def _check_candidate(self, name: str) -> None:
        if name not in self.labeler.classes:
            raise InputError(f"there is no label {name!r}; the new kinds are {[c['label'] for c in self.candidates()]}")
        if self.labeler.classes.index(name) < self.labeler.n_seed_classes:
            raise InputError(f"{name!r} is one of the seed acts; only new kinds of talk can be renamed or dismissed")
        if name in self.dismissed:
            raise InputError(f"{name!r} was dismissed")

    def forget_room(self, room: object) -> bool:
        """Forget every utterance whose key is (room, ...): its vectors in the memories, the unknown buffer,
        the backlog and the validation pool, and its text in the examples and queues. Matched by key, so
        another room's identical sentence stays. True if any were held."""
        ids = {i for i, k in self.item_keys.items() if isinstance(k, tuple) and k and k[0] == room}
        if not ids:
            return False
        self.labeler.forget(ids)
        self.examples = {c: [(i, t) for i, t in ex if i not in ids] for c, ex in self.examples.items()}
        self.texts = OrderedDict((i, t) for i, t in self.texts.items() if i not in ids)
        self.pending = [(i, t) for i, t in self.pending if i not in ids]
        self.keys = {i: k for i, k in self.keys.items() if i not in ids}
        self.item_keys = {i: k for i, k in self.item_keys.items() if i not in ids}
        self.revised = [r for r in self.revised if not (isinstance(r[0], tuple) and r[0][0] == room)]
        return True

    def state_dict(self) -> dict:
        """What was learned since the seed set (new kinds, names, dismissals, memories, the unknown buffer),
        with the texts of utterances still waiting in it; plain values and tensors (torch.load weights_only)."""
        lab = self.labeler
        waiting = set(lab.unknown) | set(lab.backlog) | {i for i, _ in self.pending}
        return {"format": STATE_FORMAT, "labeler": _pack(lab.state_dict()),
                "examples": {c: [[i, t] for i, t in ex] for c, ex in self.examples.items()},
                "dismissed": sorted(self.dismissed), "item_keys": [[i, k] for i, k in self.item_keys.items()],
                "pending": [list(p) for p in self.pending], "next_id": self.next_id,
                "keys": [[i, k] for i, k in self.keys.items()],
                "texts": [[i, t] for i, t in self.texts.items() if i in waiting]}

    def load_state_dict(self, state: dict) -> None:
        """Resume from state_dict(); InputError (and no change) if it is not one or another seed set made it."""
        if not isinstance(state, dict) or state.get("format") != STATE_FORMAT:
            raise InputError(f"not a saved utterance-labeler state (expected format {STATE_FORMAT!r})")
        before = (self.labeler.state_dict(), self.examples, self.dismissed, self.pending, self.texts, self.next_id,
                  self.keys, self.item_keys)
        try:
            lab = _unpack(state["labeler"])
            seeds = self.labeler.classes[: self.labeler.n_seed_classes]
            if list(lab["classes"][: lab["n_seed_classes"]]) != seeds:
                raise InputError(f"the saved state was learned from other seed labels "
                                 f"({lab['classes'][: lab['n_seed_classes']]}, here {seeds})")
            self.labeler.load_state_dict(lab)
            # older states kept example texts without their item ids
            self.examples = {int(c): [(int(e[0]), str(e[1])) if isinstance(e, list | tuple) else (-1, str(e))
                                      for e in ex] for c, ex in state["examples"].items()}
            self.dismissed = {str(d) for d in state["dismissed"]}
            self.pending = [(int(i), str(t)) for i, t in state["pending"]]
            self.texts = OrderedDict((int(i), str(t)) for i, t in state["texts"])
            self.next_id = int(state["next_id"])
            self.keys = {int(i): tuple(k) if isinstance(k, list) else k for i, k in state.get("keys", [])}
            self.item_keys = {int(i): tuple(k) if isinstance(k, list) else k
                              for i, k in state.get("item_keys", state.get("keys", []))}
        except Exception as err:  # noqa: BLE001 - any malformed field: back to the state before, then say so
            self.labeler.load_state_dict(before[0])
            self.examples, self.dismissed, self.pending, self.texts, self.next_id, self.keys, self.item_keys = before[1:]
            if isinstance(err, InputError):
                raise
            raise InputError(f"the saved state is malformed ({type(err).__name__}: {err})") from err

    def save(self, path: str | Path) -> None:
        """Write state_dict() to `path` atomically: a crash mid-write leaves the previous file whole."""
        path = Path(path)
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "wb") as f:
            torch.save(self.state_dict(), f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)

    def load(self, path: str | Path) -> None:
        """Resume from a file save() wrote; InputError saying why if it cannot be read (nothing changes then)."""
        try:
            state = torch.load(path, map_location="cpu", weights_only=True)
        except Exception as err:  # noqa: BLE001 - a truncated or foreign file fails in many ways; all mean unreadable
            raise InputError(f"{path}: cannot read the saved labels ({type(err).__name__}): the file is damaged "
                             "or was not written by this labeler") from err
        try:
            self.load_state_dict(state)
        except InputError as err:
            raise InputError(f"{path}: {err}") from err

    @property
    def learn_steps(self) -> int:
        """Learning steps run so far (the room saves the state when this grows)."""
        return self.labeler.batches

    def labels(self) -> list[str]:
        """All current labels."""
        return self.labeler.labels()


def _pack(value):
    """numpy values -> tensors and plain numbers, so the state loads with torch.load(weights_only=True)."""
    if isinstance(value, np.ndarray):
        return {"__ndarray__": torch.from_numpy(np.ascontiguousarray(value))}
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, dict):
        return {k: _pack(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_pack(v) for v in value]
    return value


def _unpack(value):
    """Inverse of _pack."""
    if isinstance(value, dict):
        if set(value) == {"__ndarray__"}:
            return value["__ndarray__"].numpy()
        return {k: _unpack(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_unpack(v) for v in value]
    return value
