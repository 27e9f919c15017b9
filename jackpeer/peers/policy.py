"""When Jack speaks: triggers from the conversation's events, never a reply to every message (spec §8).

Hard triggers (addressed by name, the facilitator asks, the opening, a phase's time is up, the facilitator
moved the group to the next phase or ended the session) ignore the rate limits. Soft triggers (time warning,
ladder step of an ignored instruction, a quiet member, a new idea, a stall, off-task talk) respect a minimum
gap between Jack's turns, a cap on Jack's share of recent turns, and hold while a learner is typing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

from jackpeer.errors import ConfigError
from jackpeer.peers.asks import AWAY_RE, BORED_RE, LOST_RE, PUT_DOWN_RE
from jackpeer.peers.client_input import finite_number
from jackpeer.peers.instructions import InstructionTracker
from jackpeer.peers.session import Session, Turn

# Lower number = higher priority: safety > addressed > time > invite quiet > idea feedback > stall > off-task.
PRIORITY = {
    "safety": 0, "addressed": 1, "facilitator": 1, "open": 2, "phase_end": 2, "phase_start": 2, "time_warning": 3,
    "escalate": 4, "invite_quiet": 4, "idea_feedback": 5, "stall": 6, "off_task": 7,
}
HARD = {"safety", "addressed", "facilitator", "open", "phase_end", "phase_start"}
ADDRESSED_WINDOW = 8  # turns back in which a message to Jack still waits for his answer
# Phases where the group works with their hands: stay quiet unless addressed or time is up (spec §7.4).
HANDS_ON = {"build", "prototype", "make"}
# A child asking after another ("mia are u ok", "sorry about ur cat"): the group is looking after someone, and a
# steer back to the task then reads as not caring. In a live room Jack answered Ava's "mia are u ok", just after Mia's
# disclosure was held, with "I like the energy! Let's use it for understanding."
CHECK_IN = re.compile(
    r"\b(?:are|r) (?:u|you|ya) (?:ok|okay|alright|all right)\b(?! (?:with|at|to|if|for|doing|going)\b)|"
    r"^\W*(?:\w+,? )?(?:u|you) (?:ok|okay|alright)\W*$|"
    r"\bsorry (?:about|to hear about|for) (?:ur|your|his|her)\b|\bso sorry to hear\b|"
    r"\bhope (?:ur|you'?re|u r|youre|u'?re) (?:ok|okay|alright|feeling better)\b|"
    r"\bwhat'?s wrong\b(?! with (?:it|this|that|the)\b)", re.IGNORECASE)


@dataclass
class PolicyConfig:
    """Thresholds for one role; every field can be overridden per room."""

    stall_s: float = 45.0
    quiet_turns: int = 8
    quiet_s: float = 240.0
    idea_window_s: float = 15.0
    idea_window_msgs: int = 2
    off_task_run: int = 4
    warn_at: float = 0.8
    min_gap_s: float = 20.0
    max_share: float = 0.25
    share_window: int = 20
    typing_hold_s: float = 5.0
    typing_fresh_s: float = 2.0
    auto_advance: bool = True

    @classmethod
    def for_role(cls, role: str, **overrides: float) -> PolicyConfig:
        """Defaults of spec §8 for `role`, with overrides applied."""
        base = cls() if role == "moderator" else cls(stall_s=60.0, min_gap_s=30.0, max_share=0.15)
        names = {f.name for f in fields(cls)}
        for key, value in overrides.items():
            if key not in names:
                raise ConfigError(f"unknown policy setting {key!r}; known: {', '.join(sorted(names))}")
            kind = type(getattr(base, key))
            number = kind(value) if kind is bool else finite_number(value)
            if number is None:
                raise ConfigError(f"policy setting {key!r} needs a number, got {value!r}")
            setattr(base, key, kind(number))
        return base


@dataclass
class Trigger:
    """Why Jack should speak now, and about whom or what."""

    kind: str
    reason: str
    target_member_id: int | None = None
    about_seq: int | None = None
    instruction_id: int | None = None

    @property
    def hard(self) -> bool:
        """Whether rate limits are ignored for this trigger."""
        return self.kind in HARD

    @property
    def priority(self) -> int:
        """Lower fires first."""
        return PRIORITY[self.kind]


@dataclass
class Policy:
    """Decides, given the session at time `now`, whether Jack should speak and why."""

    role: str
    config: PolicyConfig
    agent_name: str = "Jack"
    opened: bool = False
    answered: set[int] = field(default_factory=set)
    warned_phase: int = -1
    ended_phase: int = -1
    phase_seen: int = 0  # the phase Jack announced or moved to himself: another one was the facilitator's move
    ideas_done: set[int] = field(default_factory=set)
    stall_marker: int = -1
    off_task_marker: int = -1
    hold_since: float | None = None
    dropped: list[dict] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._name_re = re.compile(rf"(?<![\w@])@?{re.escape(self.agent_name)}(?!\w)", re.I)

    def addresses_agent(self, text: str) -> bool:
        """Whether a message names the agent (\"Jack\" or \"@Jack\")."""
        return bool(self._name_re.search(text))

    def _calls_for_agent(self, t: Turn, earlier: list[Turn]) -> bool:
        """Whether a turn is Jack's to answer: it names him, a learner says they are lost in the task, or (to the
        moderator) a learner puts an idea down, asks to go out (the toilet, a drink) or says it is boring, once among
        the recent turns (five "boring"s get one answer)."""
        if self.addresses_agent(t.text):
            return True
        if t.kind != "learner":
            return False
        if LOST_RE.search(t.text):
            return True
        return self.role == "moderator" and bool(
            PUT_DOWN_RE.search(t.text) or AWAY_RE.search(t.text)
            or BORED_RE.search(t.text) and not any(BORED_RE.search(u.text) for u in earlier))

    def names_only_agent(self, text: str) -> bool:
        """Whether a message is only a call of the agent's name ("jack", "@Jack??")."""
        return not re.sub(r"\W", "", self._name_re.sub("", text))

    def candidates(self, s: Session, tracker: InstructionTracker, now: float) -> list[Trigger]:
        """Every trigger that holds right now, unsorted."""
        out: list[Trigger] = []
        if s.started is None:
            return out
        if s.finished:
            # The facilitator ended the session ("Next phase" on the last one): Jack thanks the group, once. When
            # he ended it on time himself, his phase_end turn did (ended_phase is this phase already).
            if self.role == "moderator" and self.ended_phase != s.phase_index:
                out.append(Trigger("phase_end", "the facilitator ended the session"))
            return out
        if not self.opened:
            out.append(Trigger("open", "session started"))
        # Every unanswered message to Jack among the last few turns, also one sent before his last turn: in a live room,
        # "jack what are we doing" came while he was answering Ava's "hello jack" and was never answered. A call of his
        # name alone ("jack??") waits for what the same member says next.
        recent = s.turns[-ADDRESSED_WINDOW:]
        for i, t in enumerate(recent):
            if t.kind not in ("learner", "facilitator") or t.seq in self.answered or not self._calls_for_agent(
                    t, recent[:i]):
                continue
            if self.names_only_agent(t.text) and any(u.member_id == t.member_id for u in recent[i + 1:]):
                continue
            kind = "facilitator" if t.kind == "facilitator" else "addressed"
            out.append(Trigger(kind, f"{t.name} addressed {self.agent_name}", t.member_id, t.seq))
        if self.role == "moderator":
            if s.phase_index != self.phase_seen:
                out.append(Trigger("phase_start", f"the facilitator moved the group to {s.phase.name!r}"))
            out += self._time_triggers(s, now)
        hands_on = s.phase.name.lower() in HANDS_ON
        if hands_on:
            return out
        if self.role == "moderator":
            for ins in tracker.due(s, now):
                out.append(Trigger("escalate", f"instruction {ins.id} ({ins.kind}) not followed in time",
                                   ins.target_member_id, ins.message_seq, ins.id))
            out += self._quiet_triggers(s, tracker, now)
            out += self._off_task_trigger(s)
        else:
            out += self._idea_triggers(s, now)
        out += self._stall_trigger(s, now)
        return out

    def decide(self, s: Session, tracker: InstructionTracker, now: float) -> Trigger | None:
        """The trigger Jack should act on now, or None to stay silent."""
        cands = sorted(self.candidates(s, tracker, now), key=lambda t: t.priority)
        for trig in cands:
            if trig.hard:
                self.hold_since = None
                return trig
            if not self._rate_ok(s, now):
                return None
            if self._typing(s, now):
                if self.hold_since is None:
                    self.hold_since = now
                if now - self.hold_since < self.config.typing_hold_s:
                    return None
            self.hold_since = None
            return trig
        return None

    def mark(self, trig: Trigger, s: Session, now: float) -> None:
        """Remember that Jack acted on `trig`, so it does not fire again."""
        if trig.kind == "open":
            self.opened = True
        elif trig.kind in ("addressed", "facilitator") and trig.about_seq is not None:
            # and the same member's call of his name alone just before it
            self.answered.update(t.seq for t in s.turns if t.seq < trig.about_seq and t.member_id == trig.target_member_id
                                 and self.names_only_agent(t.text))
            self.answered.add(trig.about_seq)
        elif trig.kind == "time_warning":
            self.warned_phase = s.phase_index
        elif trig.kind == "phase_end":
            self.ended_phase = s.phase_index
            self.phase_seen = s.phase_index + 1  # Jack's own move: his phase_end turn already names the next phase
        elif trig.kind == "phase_start":
            self.phase_seen = s.phase_index
        elif trig.kind == "idea_feedback" and trig.about_seq is not None:
            self.ideas_done.add(trig.about_seq)
        elif trig.kind == "stall":
            self.stall_marker = len(s.turns)
        elif trig.kind == "off_task":
            self.off_task_marker = len(s.turns)

    # --- individual triggers ------------------------------------------------
    def _time_triggers(self, s: Session, now: float) -> list[Trigger]:
        out = []
        budget = s.phase_budget()
        elapsed = s.phase_elapsed(now)
        if elapsed >= budget and self.ended_phase != s.phase_index and self.config.auto_advance:
            out.append(Trigger("phase_end", f"phase {s.phase.name!r} used its {budget:.0f} s"))
        elif elapsed >= self.config.warn_at * budget and self.warned_phase != s.phase_index:
            out.append(Trigger("time_warning", f"{elapsed / budget:.0%} of phase {s.phase.name!r} used"))
        return out

    def _quiet_triggers(self, s: Session, tracker: InstructionTracker, now: float) -> list[Trigger]:
        out = []
        for m in s.learners():
            if tracker.open("invite_member", m.id):
                continue
            own = [t for t in s.turns if t.member_id == m.id]
            since_seq = own[-1].seq if own else -1
            since_ts = max(own[-1].ts if own else m.joined, s.started or now)
            # The last invitation counts as a fresh start: don't re-invite before others talk again.
            invited = [i for i in tracker.items if i.kind == "invite_member" and i.target_member_id == m.id]
            if invited:
                since_ts = max(since_ts, invited[-1].given_ts)
                since_seq = max(since_seq, invited[-1].message_seq or -1)
            others = [t for t in s.turns if t.seq > since_seq and t.kind == "learner" and t.member_id != m.id]
            if len(others) >= self.config.quiet_turns or (others and now - since_ts >= self.config.quiet_s):
                out.append(Trigger("invite_quiet", f"{m.name} silent for {len(others)} turns of others",
                                   m.id))
        return out

    def _idea_triggers(self, s: Session, now: float) -> list[Trigger]:
        out = []
        learner = s.learner_turns()
        for i, t in enumerate(learner):
            if not t.idea or t.seq in self.ideas_done:
                continue
            later = len(learner) - i - 1
            if now - t.ts > self.config.idea_window_s or later >= self.config.idea_window_msgs:
                # Late feedback reads as irrelevant to children: drop it and log why (spec §8).
                self.ideas_done.add(t.seq)
                self.dropped.append({"trigger": "idea_feedback", "about_seq": t.seq, "ts": now,
                                     "reason": f"window passed ({now - t.ts:.0f} s, {later} later messages)"})
                continue
            out.append(Trigger("idea_feedback", f"{t.name} posted an idea", t.member_id, t.seq))
        return out

    def _stall_trigger(self, s: Session, now: float) -> list[Trigger]:
        last = max([t.ts for t in s.turns if t.kind != "agent"] + [s.phase_started])
        if now - last >= self.config.stall_s and self.stall_marker != len(s.turns) and s.learners():
            return [Trigger("stall", f"no learner message for {now - last:.0f} s")]
        return []

    def _off_task_trigger(self, s: Session) -> list[Trigger]:
        run = s.learner_turns()[-self.config.off_task_run:]
        if len(run) == self.config.off_task_run and all(t.off_task for t in run) \
                and not any(CHECK_IN.search(t.text) for t in run) \
                and self.off_task_marker < len(s.turns) - self.config.off_task_run:
            return [Trigger("off_task", f"{len(run)} off-task messages in a row", about_seq=run[-1].seq)]
        return []

    def _rate_ok(self, s: Session, now: float) -> bool:
        last = s.last_agent_turn()
        if last is not None and now - last.ts < self.config.min_gap_s:
            return False
        recent = s.turns[-self.config.share_window:]
        if recent:
            share = sum(1 for t in recent if t.kind == "agent") / max(len(recent), 1)
            # Allow one turn in a short conversation: with few turns any agent turn is a big share.
            if share > self.config.max_share and len(recent) >= 4:
                return False
        return True

    def _typing(self, s: Session, now: float) -> bool:
        return any(now - ts < self.config.typing_fresh_s for mid, ts in s.typing.items()
                   if mid in s.members and s.members[mid].kind == "learner")
