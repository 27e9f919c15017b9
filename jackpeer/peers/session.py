"""A group session: members, the task with timed phases, the idea board, decisions and a timer.

All methods that depend on time take `now` (seconds, wall clock) so tests can drive the clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jackpeer.errors import ConfigError
from jackpeer.guard.personal_info import mask_personal_info

ROLES = ("moderator", "participant")
# understand (10 min) -> ideas (25) -> choose (10) -> build (40) -> present (15), spec §6.
MAX_PHASE_S = 8 * 3600  # a phase longer than a school day is a typo
DEFAULT_PHASES: tuple[tuple[str, float], ...] = (
    ("understand", 600.0),
    ("ideas", 1500.0),
    ("choose", 600.0),
    ("build", 2400.0),
    ("present", 900.0),
)
SAMPLE_TASK = "Design something that makes the school playground more fun for everyone."

# Phrases that mark a chat message as an idea when the learner did not post it to the board. In a live room the
# board had only "what if we grow sunflowers by the fence" of three ideas: "maybe tomatoes", "we need water too" and
# "a rain barrel?" were chat. "maybe" as a hedge ("maybe later", "maybe its fine") is not an idea. A name for what the
# group makes is ("lets call it the snack shack" stayed chat in a live room's tuck shop task), and so is what to sell.
_IDEA_RE = re.compile(
    r"^\s*(idea:|what if\b|we could\b|how about\b|what about\b|maybe we\b|i think we should\b|"
    r"let'?s (make|build|add|grow|plant|put|have|use|draw|paint|write|sell|call it|name it)\b|"
    r"we (should|could|can) (have|add|make|build|grow|plant|put|get|use|paint|sell|call it|name it)\b|"
    r"we (also )?need (?!to\b|help\b|time\b|more time\b|a break\b)\w+|"
    r"i think (a|an|some) (?!lot\b|bit\b|little\b)\w+|(a|an|some) [\w ]{1,30}? (would|could) be (so |really )?(cool|good|nice|fun|great|awesome|amazing)\b|"
    r"maybe\b(?!\s*$|\s+(not|later|idk|i|im|i'm|it|its|it's|you|u|he|she|they|we|that|this|so|yes|no|tomorrow|next|"
    r"jack)\b))", re.I)
# In a phase for ideas, a bare thing is one too ("a rain barrel?", "some benches", "or a board game with dice"), not a
# remark ("a lot lol").
_IDEA_PHASE = re.compile(r"\b(ideas?|brainstorm\w*|explor\w*|imagin\w*|suggest\w*)\b", re.I)
_THING_RE = re.compile(r"^\s*((or|and|also|plus|ooh|oh)\s+)?(a|an|some|more)\s+(?!lot\b|bit\b|little\b|sec\b|second\b|minute\b|moment\b)[a-z'-]+"
                       r"(\s+[a-z'-]+){0,4}\s*[?!.]*\s*$", re.I)
_NOT_A_THING = re.compile(r"\b(is|was|are|were|i|you|u|it|lol|lmao|do|did|does|have|has|had|my|your|ur|idk)\b", re.I)


@dataclass
class Member:
    """Someone in the room: a learner, the facilitator or the agent."""

    id: int
    name: str
    kind: str  # learner | facilitator | agent
    joined: float
    online: bool = False


@dataclass
class Phase:
    """One stage of the task with its time budget in seconds."""

    name: str
    budget_s: float


@dataclass
class Turn:
    """One visible message in the session's conversation."""

    seq: int
    member_id: int
    name: str
    kind: str
    text: str
    ts: float
    phase: str
    idea: bool = False
    off_task: bool | None = None


@dataclass
class Idea:
    """A card on the shared idea board."""

    id: int
    author: str
    text: str
    created: float
    builds_on: int | None = None
    merged_into: int | None = None


@dataclass
class Timer:
    """A countdown shown in the room."""

    label: str
    ends_at: float


def parse_phases(spec: list[dict] | None) -> list[Phase]:
    """Phases from [{"name", "minutes" | "seconds" | "budget_s"}] (or the default five); ConfigError when malformed."""
    if not spec:
        return [Phase(n, b) for n, b in DEFAULT_PHASES]
    phases = []
    for item in spec:
        try:
            name = str(item["name"]).strip()[:40]
            budget = float(item.get("budget_s", item.get("seconds", float(item.get("minutes", 0)) * 60)))
        except (KeyError, TypeError, ValueError) as err:
            raise ConfigError(f"each phase needs a name and minutes, got {item!r}") from err
        if not name or not 0 < budget <= MAX_PHASE_S:  # not NaN nor infinite: the page's JSON has no Infinity
            raise ConfigError(f"phase {item!r} needs a non-empty name and a time budget of up to "
                              f"{MAX_PHASE_S // 3600} hours")
        phases.append(Phase(name, budget))
    if len(phases) > 12:
        raise ConfigError("at most 12 phases per task")
    return phases


def looks_like_idea(text: str, phase: str = "") -> bool:
    """Whether a chat message proposes an idea ("what if…", "we could…", "maybe tomatoes", "idea: …"); in a phase
    for ideas, a bare thing too ("a rain barrel?")."""
    if _IDEA_RE.search(text):
        return True
    return bool(_IDEA_PHASE.search(phase) and _THING_RE.match(text) and not _NOT_A_THING.search(text))


@dataclass
class Session:
    """The shared state of one group working on one task."""

    task: str
    role: str
    phases: list[Phase]
    language: str = "English"
    agent_name: str = "Jack"
    members: dict[int, Member] = field(default_factory=dict)
    turns: list[Turn] = field(default_factory=list)
    board: list[Idea] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    timer: Timer | None = None
    started: float | None = None
    finished: bool = False
    phase_index: int = 0
    phase_started: float = 0.0
    phase_extra_s: float = 0.0
    typing: dict[int, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ConfigError(f"role must be one of {', '.join(ROLES)}, got {self.role!r}")

    # --- members and turns -------------------------------------------------
    def learners(self, online_only: bool = True) -> list[Member]:
        """Learners in the room (by default only those connected)."""
        return [m for m in self.members.values() if m.kind == "learner" and (m.online or not online_only)]

    def add_turn(self, turn: Turn) -> None:
        """Add a visible message in seq order (a held-back message the facilitator shows after all goes in its
        place, not last)."""
        at = len(self.turns)
        while at and self.turns[at - 1].seq > turn.seq:
            at -= 1
        self.turns.insert(at, turn)
        self.typing.pop(turn.member_id, None)

    def learner_turns(self) -> list[Turn]:
        """Visible messages written by learners."""
        return [t for t in self.turns if t.kind == "learner"]

    def last_agent_turn(self) -> Turn | None:
        """The agent's most recent visible message."""
        for t in reversed(self.turns):
            if t.kind == "agent":
                return t
        return None

    # --- phases and time ---------------------------------------------------
    @property
    def phase(self) -> Phase:
        """The current phase."""
        return self.phases[min(self.phase_index, len(self.phases) - 1)]

    def start(self, now: float) -> None:
        """Start the session clock at the first phase."""
        if self.started is None:
            self.started = now
            self.phase_index = 0
            self.phase_started = now
            self.phase_extra_s = 0.0

    def phase_budget(self) -> float:
        """The current phase's budget including any extension."""
        return self.phase.budget_s + self.phase_extra_s

    def phase_elapsed(self, now: float) -> float:
        """Seconds spent in the current phase (0 before the start)."""
        return 0.0 if self.started is None else max(0.0, now - self.phase_started)

    def phase_left(self, now: float) -> float:
        """Seconds left in the current phase's budget (may be negative)."""
        return self.phase_budget() - self.phase_elapsed(now)

    def next_phase(self, now: float) -> bool:
        """Move to the next phase; False (and the session finished) after the last one."""
        if self.started is None or self.finished:
            return False
        if self.phase_index + 1 >= len(self.phases):
            self.finished = True
            return False
        self.phase_index += 1
        self.phase_started = now
        self.phase_extra_s = 0.0
        self.timer = None
        return True

    def extend_phase(self, seconds: float) -> None:
        """Give the current phase more time."""
        self.phase_extra_s += max(0.0, seconds)

    # --- board ---------------------------------------------------------------
    def add_idea(self, text: str, author: str, now: float, builds_on: int | None = None) -> Idea:
        """Put an idea card on the board."""
        # the board is shown to everyone in the room: personal details never reach it
        idea = Idea(len(self.board) + 1, author, mask_personal_info(text.strip())[:300], now, builds_on)
        self.board.append(idea)
        return idea

    def merge_ideas(self, ids: list[int], text: str, author: str, now: float) -> Idea:
        """Merge existing cards into a new one; the old cards point at it."""
        known = {i.id: i for i in self.board}
        missing = [i for i in ids if i not in known]
        if missing or len(ids) < 2:
            raise ValueError(f"merge needs two or more existing idea ids, unknown: {missing}")
        merged = self.add_idea(text, author, now)
        for i in ids:
            known[i].merged_into = merged.id
        return merged

    def open_ideas(self) -> list[Idea]:
        """Cards that have not been merged into another."""
        return [i for i in self.board if i.merged_into is None]

    def board_summary(self, limit: int = 6) -> str:
        """A one-line summary of the board for prompts and for the room."""
        ideas = self.open_ideas()
        if not ideas:
            return "The board is empty."
        shown = "; ".join(f"{i.author}: {i.text}" for i in ideas[-limit:])
        return f"{len(ideas)} idea(s) on the board: {shown}"
