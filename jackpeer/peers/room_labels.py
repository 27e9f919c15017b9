"""The auto-labeler in the room: labelling each message as it is said, the new kinds of talk it finds
(named or dismissed by a facilitator), forgetting deleted rooms, and keeping what it learned on disk."""

from __future__ import annotations

import sys
import threading
from collections import Counter, deque
from pathlib import Path
from typing import Protocol

from jackpeer.errors import InputError, JackError
from jackpeer.peers.store import Store, now_ms

# Words that mark chat as off-task when no auto-labeler is present (keyword fallback, spec §8).
OFF_TASK_WORDS = {"minecraft", "fortnite", "roblox", "youtube", "tiktok", "lunch", "football", "netflix",
                  "pokemon", "birthday", "weekend", "homework", "movie", "videogame", "game"}


class RoomLabeler(Protocol):
    """What the room needs of an auto-labeler (jackpeer.label.UtteranceLabeler is the one that ships)."""

    dismissed: set[str]

    @property
    def learn_steps(self) -> int:
        """Learning steps run so far; the room saves the state when this grows."""

    def label(self, text: str, key: object = None) -> tuple[str, float]:
        """(label, confidence) of one utterance; `key` names it for later revisions."""

    def take_revised(self) -> list[tuple[object, str, float]]:
        """(key, new label, confidence) of utterances a learning step relabelled since the last call."""

    def labels(self) -> list[str]:
        """Every current label."""

    def candidates(self) -> list[dict]:
        """New kinds of talk: {"label", "members", "examples"}."""

    def rename(self, old: str, new: str) -> str:
        """Name a new kind of talk; returns the name given. InputError for a bad or taken name."""

    def dismiss(self, name: str) -> None:
        """Dismiss a new kind of talk: its utterances are unknown from now on."""

    def forget(self, texts: set[str]) -> bool:
        """Drop these utterances from every memory and queue; True if any were held."""

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
        self.revised: deque[tuple[str, int, str, float]] = deque()

    def label(self, text: str, room_id: str | None, seq: int | None) -> tuple[str | None, float | None]:
        """Label a message and store the label, under the lock, so a facilitator's rename cannot fall between
        labelling and storing; so are the changes a learning step made to earlier messages' labels (e.g. those
        that formed a new kind of talk). (None, None) without a labeler or when it fails."""
        if self.labeler is None:
            return None, None
        try:
            with self.lock:
                keyed = seq is not None and room_id is not None
                label, conf = self.labeler.label(text, key=(room_id, seq) if keyed else None)
                label, conf = str(label), float(conf)
                if keyed:
                    self.store.add_label(room_id, seq, label, conf)
                for (rid, rseq), rlabel, rconf in self.labeler.take_revised():
                    self.store.set_auto_label(rid, rseq, rlabel, rconf)
                    self.revised.append((rid, rseq, rlabel, rconf))
                self.save(learned_only=True)
        except Exception:  # noqa: BLE001 - a labeler failure must not stop the room
            return None, None
        return label, conf

    def names(self) -> dict:
        """The labels in use and those dismissed."""
        if self.labeler is None:
            return {"labels": [], "dismissed": []}
        with self.lock:
            names, dismissed = list(self.labeler.labels()), sorted(self.labeler.dismissed)
        return {"labels": [n for n in names if n not in dismissed], "dismissed": dismissed}

    def candidates(self, room_id: str) -> list[dict]:
        """New kinds of talk the auto-labeler found, for the facilitator to name or dismiss. The labeler
        serves every room on this server: examples are only this room's utterances, and `in_room`
        counts this room's messages that carry the label."""
        if self.labeler is None:
            return []
        with self.lock:
            found = [{"label": str(c["label"]), "members": int(c["members"]), "examples": list(c.get("examples", []))}
                     for c in self.labeler.candidates()]
        said = {m["text"] for m in self.store.messages(room_id)}
        counts = Counter(lab["code"] for lab in self.store.labels(room_id) if lab["source"] == "auto")
        return [{**c, "examples": [t for t in c["examples"] if t in said], "in_room": counts.get(c["label"], 0)}
                for c in found]

    def rename(self, old: str, new: str) -> dict:
        """Name a new kind of talk: later messages get the new name, every stored label of it (all rooms)
        is renamed, and the labeler's state is saved. InputError for a bad or taken name."""
        if self.labeler is None:
            raise InputError("This server runs without the auto-labeler, so there are no labels to rename.")
        with self.lock:
            name = self.labeler.rename(old, new)
            changed = self.store.rename_auto_label(old, name)
            warning = self.save()
        return {"old": old, "label": name, "relabelled": changed, **({"warning": warning} if warning else {})}

    def dismiss(self, name: str) -> dict:
        """Dismiss a new kind of talk: it leaves the candidates, and its messages (stored and later) are unknown."""
        if self.labeler is None:
            raise InputError("This server runs without the auto-labeler, so there are no labels to dismiss.")
        with self.lock:
            self.labeler.dismiss(name)
            changed = self.store.rename_auto_label(name, "unknown")
            warning = self.save()
        return {"dismissed": name, "relabelled": changed, **({"warning": warning} if warning else {})}

    def forget(self, texts: set[str]) -> None:
        """Make the labeler forget these utterances (a deleted room's) and save that."""
        if self.labeler is None or not texts:
            return
        with self.lock:
            if self.labeler.forget(texts):
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
