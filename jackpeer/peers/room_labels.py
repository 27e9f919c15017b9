"""The auto-labeler in the room: labelling each message as it is said, the new kinds of talk it finds
(named or dismissed by a facilitator, for that facilitator's room only), forgetting deleted rooms, and
keeping what it learned on disk."""

from __future__ import annotations

import sys
import threading
from collections import Counter, deque
from pathlib import Path
from typing import Protocol

from jackpeer.errors import InputError, JackError
from jackpeer.label.utterance_labeler import UNKNOWN, check_label_name
from jackpeer.peers.store import Store, now_ms

# Words that mark chat as off-task when no auto-labeler is present (keyword fallback, spec §8).
OFF_TASK_WORDS = {"minecraft", "fortnite", "roblox", "youtube", "tiktok", "lunch", "football", "netflix",
                  "pokemon", "birthday", "weekend", "homework", "movie", "videogame", "game"}


class RoomLabeler(Protocol):
    """What the room needs of an auto-labeler (jackpeer.label.UtteranceLabeler is the one that ships)."""

    @property
    def learn_steps(self) -> int:
        """Learning steps run so far; the room saves the state when this grows."""

    def label(self, text: str, key: object = None) -> tuple[str, float]:
        """(label, confidence) of one utterance; `key` names it for later revisions."""

    def take_revised(self) -> list[tuple[object, str, float]]:
        """(key, new label, confidence) of utterances a learning step relabelled since the last call."""

    def labels(self) -> list[str]:
        """Every current label."""

    def candidates(self, room: object = None) -> list[dict]:
        """New kinds of talk: {"label", "members", "examples"}; examples only of keys (room, ...) if given."""

    def forget_room(self, room: object) -> bool:
        """Drop every utterance keyed (room, ...) from every memory, buffer and queue; True if any were held."""

    def save(self, path: str | Path) -> None:
        """Write the learned state to `path`."""

    def load(self, path: str | Path) -> None:
        """Resume from a file save() wrote; JackError if it cannot be read."""


def labels_path(db: str | Path) -> Path | None:
    """Where the labeler's learned state is kept: next to the room database (None for an in-memory one)."""
    return None if str(db) == ":memory:" else Path(f"{db}.labels.pt")


def load_labeler() -> RoomLabeler | None:
    """The auto-labeler (jackpeer.label) if it is installed, else None (keyword fallback for off-task)."""
    try:
        from jackpeer.label import UtteranceLabeler
    except ImportError:
        return None
    return UtteranceLabeler()


def keyword_off_task(text: str) -> bool:
    """The fallback off-task test when no labeler runs: a word from OFF_TASK_WORDS."""
    words = {w.strip(".,!?;:'\"").lower() for w in text.split()}
    return bool(words & OFF_TASK_WORDS)


class RoomLabels:
    """One labeler shared by every room on the server, behind one lock, with its state saved next to the
    database after each learning step."""

    def __init__(self, store: Store, labeler: RoomLabeler | None, path: Path | None) -> None:
        self.store = store
        self.labeler = labeler
        self.lock = threading.Lock()
        # The labeler's learned state (new kinds, their names) is saved here after each learning step.
        self.path = path if labeler is not None else None
        self.saved_steps = -1
        self.save_error: str | None = None
        # (room, seq, label, confidence) of stored labels a learning step changed, for the rooms to show
        self.revised: deque[tuple[str, int, str, float]] = deque(maxlen=10_000)

    def label(self, text: str, room_id: str | None, seq: int | None) -> tuple[str | None, float | None]:
        """Label a message and store the label under its room's name for it, under the lock, so a
        facilitator's rename cannot fall between labelling and storing; so are the changes a learning step
        made to earlier messages' labels (e.g. those that formed a new kind of talk). A message of a room
        deleted meanwhile leaves nothing behind. (None, None) without a labeler or when it fails."""
        if self.labeler is None:
            return None, None
        try:
            with self.lock:
                keyed = seq is not None and room_id is not None
                raw, conf = self.labeler.label(text, key=(room_id, seq) if keyed else None)
                label, conf = self.shown(room_id, str(raw)), float(conf)
                if keyed:
                    if self.store.room(room_id) is None:  # deleted while this message was being labelled
                        self.labeler.forget_room(room_id)
                    else:
                        self.store.add_label(room_id, seq, label, conf)
                for (rid, rseq), rlabel, rconf in self.labeler.take_revised():
                    rlabel = self.shown(rid, str(rlabel))
                    self.store.set_auto_label(rid, rseq, rlabel, rconf)
                    self.revised.append((rid, rseq, rlabel, rconf))
                self.save(learned_only=True)
        except Exception:  # noqa: BLE001 - a labeler failure must not stop the room
            return None, None
        return label, conf

    # --- each room's names for the shared labeler's kinds of talk -------------------------
    def room_names(self, room_id: str | None) -> dict[str, str]:
        """The labeler's label -> this room's name for it (UNKNOWN: dismissed in this room)."""
        return {} if room_id is None else self.store.room_label_names(room_id)

    def shown(self, room_id: str | None, label: str) -> str:
        """What room_id calls the labeler's label."""
        return self.room_names(room_id).get(label, label)

    def names(self, room_id: str) -> dict:
        """The labels in use in this room (its names) and the kinds it dismissed."""
        if self.labeler is None:
            return {"labels": [], "dismissed": []}
        with self.lock:
            return self._names(room_id)

    def _names(self, room_id: str) -> dict:
        labels, own = list(self.labeler.labels()), self.room_names(room_id)
        return {"labels": [own.get(lab, lab) for lab in labels if own.get(lab) != UNKNOWN],
                "dismissed": sorted(lab for lab, name in own.items() if name == UNKNOWN)}

    def candidates(self, room_id: str) -> list[dict]:
        """New kinds of talk the auto-labeler found, under this room's names, for its facilitator to name
        or dismiss. The labeler serves every room on this server: examples are only this room's messages
        (by room and message, not by text), and `in_room` counts this room's messages that carry the label."""
        if self.labeler is None:
            return []
        with self.lock:
            found = [{"label": str(c["label"]), "members": int(c["members"]), "examples": list(c.get("examples", []))}
                     for c in self.labeler.candidates(room=room_id)]
        own = self.room_names(room_id)
        counts = Counter(lab["code"] for lab in self.store.labels(room_id) if lab["source"] == "auto")
        out = []
        for c in found:
            name = own.get(c["label"], c["label"])
            if name != UNKNOWN:
                out.append({**c, "label": name, "in_room": counts.get(name, 0)})
        return out

    def _kind(self, room_id: str, name: str) -> str:
        """The labeler's label that room_id shows as `name`; InputError if it is no new kind there."""
        own = self.room_names(room_id)
        kinds = [str(c["label"]) for c in self.labeler.candidates()]
        for kind in kinds:
            if own.get(kind, kind) == name and own.get(kind) != UNKNOWN:
                return kind
        if own.get(name) == UNKNOWN:
            raise InputError(f"{name!r} was dismissed in this room")
        if name in self.labeler.labels() and name not in kinds:
            raise InputError(f"{name!r} is one of the seed acts, not a new kind of talk; only new kinds can be "
                             f"renamed or dismissed")
        shown = [own.get(k, k) for k in kinds if own.get(k) != UNKNOWN]
        raise InputError(f"there is no label {name!r} here; the new kinds are {shown}")

    def rename(self, room_id: str, old: str, new: str) -> dict:
        """Name a new kind of talk in this room only: its later messages get the name, its stored labels
        are renamed (other rooms keep theirs). InputError for a bad or taken name."""
        if self.labeler is None:
            raise InputError("This server runs without the auto-labeler, so there are no labels to rename.")
        with self.lock:
            kind = self._kind(room_id, old)
            taken = {n for n in self._names(room_id)["labels"] if n != old} | set(self.labeler.labels()) - {kind}
            name = check_label_name(old, new, taken)
            changed = self._name(room_id, kind, old, name)
        return {"old": old, "label": name, "relabelled": changed}

    def dismiss(self, room_id: str, name: str) -> dict:
        """Dismiss a new kind of talk in this room: it leaves this room's candidates, and this room's
        messages of it (stored and later) are unknown."""
        if self.labeler is None:
            raise InputError("This server runs without the auto-labeler, so there are no labels to dismiss.")
        with self.lock:
            changed = self._name(room_id, self._kind(room_id, name), name, UNKNOWN)
        return {"dismissed": name, "relabelled": changed}

    def _name(self, room_id: str, kind: str, old: str, name: str) -> int:
        self.store.set_room_label_name(room_id, kind, name)
        return self.store.rename_auto_label(old, name, room_id)

    def forget_room(self, room_id: str) -> None:
        """Make the labeler forget a deleted room's messages (by room and message) and save that."""
        if self.labeler is None:
            return
        with self.lock:
            if self.labeler.forget_room(room_id):
                self.save()

    def save(self, learned_only: bool = False) -> str | None:
        """Save the labeler's learned state next to the database (call with the lock held); `learned_only`:
        only if it learned since the last save. A failure is reported, never raised: returns its message."""
        if self.path is None or (learned_only and self.labeler.learn_steps == self.saved_steps):
            return None
        try:
            self.labeler.save(self.path)
        except Exception as err:  # noqa: BLE001 - a full disk or a bad state must not stop the labelling
            msg = (f"could not save the labels to {self.path} ({err}); names and new kinds learned since "
                   "the last save are lost when the server restarts. Check the disk and the folder's permissions.")
            if msg != self.save_error:
                print(f"jack room: {msg}", file=sys.stderr)
            self.save_error = msg
            return msg
        self.saved_steps, self.save_error = self.labeler.learn_steps, None
        return None

    def restore(self) -> None:
        """Resume the labeler from its saved state, if any. An unreadable file is moved aside (kept, never
        overwritten) with a message, and the labeler starts again from its seed set."""
        if self.path is None or not self.path.exists():
            return
        try:
            self.labeler.load(self.path)
        except JackError as err:
            aside = self.path.with_name(self.path.name + f".unreadable-{now_ms()}")
            try:
                self.path.replace(aside)
                kept = f"the file was moved to {aside}"
            except OSError as move_err:
                kept = f"the file could not be moved aside ({move_err}) and will be overwritten"
            print(f"jack room: {err}. Starting the labels again from the seed set; {kept}.", file=sys.stderr)
            return
        self.saved_steps = self.labeler.learn_steps
