"""The result every screen returns, and what a screen offers (OfflineScreen, LlamaGuardScreen)."""

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Protocol


@dataclass
class Verdict:
    """A screen's decision on one message.

    safe: whether the message passed; categories: violated S- and C-codes (empty when safe);
    score: the screen's probability-like unsafety score in [0, 1] (None if it has none);
    reason: one line for the facilitator saying why; screen: the name of the screen that decided.
    """

    safe: bool
    categories: list[str] = field(default_factory=list)
    score: float | None = None
    reason: str = ""
    screen: str = ""

    def to_dict(self) -> dict:
        """A JSON-ready dict (for transcripts and the room's messages)."""
        return asdict(self)


class Screen(Protocol):
    """A safety screen: name is shown in the room; history is OpenAI-style {"role", "content", "name"} dicts.

    The context is optional: task (the room's task), names (its members, the children a message
    may target) and speaker (who sent the message); a screen may ignore what it cannot use.
    """

    name: str

    def check_user(self, text: str, history: Sequence[dict] | None = None, task: str | None = None,
                   names: Iterable[str] = (), speaker: str | None = None) -> Verdict:
        """Screen a learner's message."""
        ...

    def check_agent(self, text: str, history: Sequence[dict] | None = None, task: str | None = None,
                    names: Iterable[str] = (), speaker: str | None = None) -> Verdict:
        """Screen Jack's reply (or the part of it streamed so far)."""
        ...
