"""Instructions Jack gives, whether the group follows them, and the escalation ladder (spec §9).

Each instruction has a predicate checked against every new message and a deadline in turns and
seconds. When a deadline passes unfollowed, the instruction climbs one step of the ladder:
1 rephrase (shorter, with a reason) → 2 address the target directly by name → 3 offer a choice
of two options → 4 hand over to the facilitator, after which Jack stops repeating it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jackpeer.peers.session import Session, Turn

# kind -> (deadline in turns, deadline in seconds)
DEADLINES: dict[str, tuple[int, float]] = {
    "invite_member": (3, 60.0),
    "return_to_task": (3, 90.0),
    "do_action": (3, 90.0),
}
LADDER = ("given", "rephrase", "address_directly", "offer_choice", "hand_to_facilitator")
MAX_LEVEL = len(LADDER) - 1


@dataclass
class Instruction:
    """One directive and its outcome: open → followed | ignored | superseded | withdrawn."""

    id: int
    kind: str
    text: str
    target_member_id: int | None
    target_name: str | None
    given_turn: int
    given_ts: float
    phase: str
    message_seq: int | None = None
    deadline_turns: int = 3
    deadline_s: float = 60.0
    status: str = "open"
    level: int = 0
    resolved_by_seq: int | None = None
    # turn index and time the current ladder step started
    step_turn: int = 0
    step_ts: float = 0.0
    history: list[dict] = field(default_factory=list)
    # learner turns seen since the current step (for "2 of the next 3 messages on task")
    seen: list[bool] = field(default_factory=list)

    def as_dict(self) -> dict:
        """A JSON-ready record of this instruction."""
        return {
            "id": self.id, "kind": self.kind, "text": self.text, "target_member_id": self.target_member_id,
            "target_name": self.target_name, "phase": self.phase, "message_seq": self.message_seq,
            "deadline_turns": self.deadline_turns, "deadline_s": self.deadline_s, "status": self.status,
            "escalation_level": self.level, "escalation_step": LADDER[self.level],
            "resolved_by_seq": self.resolved_by_seq, "history": self.history,
        }


class InstructionTracker:
    """Keeps every instruction Jack gave and decides when one needs the next ladder step."""

    def __init__(self, deadlines: dict[str, tuple[int, float]] | None = None, first_id: int = 1) -> None:
        self.deadlines = dict(DEADLINES, **(deadlines or {}))
        self.first_id = first_id
        self.items: list[Instruction] = []

    def give(self, kind: str, text: str, session: Session, now: float, target_member_id: int | None = None,
             message_seq: int | None = None) -> Instruction:
        """Record a new instruction; an open one of the same kind and target is superseded by it."""
        for old in self.open(kind, target_member_id):
            self._close(old, "superseded", None, now)
        turns, secs = self.deadlines[kind]
        target = session.members.get(target_member_id) if target_member_id is not None else None
        ins = Instruction(
            id=self.first_id + len(self.items), kind=kind, text=text, target_member_id=target_member_id,
            target_name=target.name if target else None, given_turn=len(session.turns), given_ts=now,
            phase=session.phase.name, message_seq=message_seq, deadline_turns=turns, deadline_s=secs,
            step_turn=len(session.turns), step_ts=now,
        )
        ins.history.append({"level": 0, "step": LADDER[0], "ts": now, "text": text})
        self.items.append(ins)
        return ins

    def open(self, kind: str | None = None, target_member_id: int | None = None) -> list[Instruction]:
        """Open instructions, optionally of one kind and target."""
        return [i for i in self.items if i.status == "open" and (kind is None or i.kind == kind)
                and (target_member_id is None or i.target_member_id == target_member_id)]

    def observe(self, turn: Turn, session: Session, now: float) -> list[Instruction]:
        """Check every open instruction against a new visible message; return the ones it resolved."""
        resolved = []
        if turn.kind != "learner":
            return resolved
        for ins in self.open():
            if ins.kind == "invite_member" and turn.member_id == ins.target_member_id:
                self._close(ins, "followed", turn.seq, now)
            elif ins.kind == "do_action" and turn.idea and turn.member_id == ins.target_member_id:
                self._close(ins, "followed", turn.seq, now)
            elif ins.kind == "return_to_task":
                ins.seen.append(turn.off_task is not True)
                if sum(ins.seen[:3]) >= 2:
                    self._close(ins, "followed", turn.seq, now)
            if ins.status != "open":
                resolved.append(ins)
        return resolved

    def on_phase_change(self, now: float) -> list[Instruction]:
        """A new phase makes open task-steering instructions moot: they are superseded, not ignored."""
        changed = []
        for ins in self.open():
            if ins.kind in ("return_to_task", "do_action"):
                self._close(ins, "superseded", None, now)
                changed.append(ins)
        return changed

    def withdraw_for(self, member_id: int, now: float) -> list[Instruction]:
        """A member left: instructions aimed at them are withdrawn; return those."""
        out = self.open(target_member_id=member_id)
        for ins in out:
            self._close(ins, "withdrawn", None, now)
        return out

    def due(self, session: Session, now: float) -> list[Instruction]:
        """Open instructions whose current step's deadline (turns or seconds) has passed."""
        out = []
        for ins in self.open():
            turns = sum(1 for t in session.turns[ins.step_turn:] if t.kind == "learner")
            if ins.kind == "return_to_task":
                turns = len(ins.seen)
            if turns >= ins.deadline_turns or now - ins.step_ts >= ins.deadline_s:
                out.append(ins)
        return out

    def escalate(self, ins: Instruction, session: Session, now: float, text: str = "") -> str:
        """Climb one ladder step; return its name. The last step closes the instruction as ignored."""
        ins.level = min(ins.level + 1, MAX_LEVEL)
        step = LADDER[ins.level]
        ins.step_turn = len(session.turns)
        ins.step_ts = now
        ins.seen = []
        ins.history.append({"level": ins.level, "step": step, "ts": now, "text": text})
        if ins.level == MAX_LEVEL:
            self._close(ins, "ignored", None, now)
        return step

    def note_text(self, ins: Instruction, text: str, message_seq: int | None) -> None:
        """Attach the words actually said at the current step (after the reply was generated)."""
        if ins.history:
            ins.history[-1]["text"] = text
            ins.history[-1]["message_seq"] = message_seq
        if ins.message_seq is None:
            ins.message_seq = message_seq

    def summary(self) -> dict:
        """Counts by status and by kind, plus the highest ladder step reached."""
        by_status: dict[str, int] = {}
        by_kind: dict[str, dict[str, int]] = {}
        for ins in self.items:
            by_status[ins.status] = by_status.get(ins.status, 0) + 1
            k = by_kind.setdefault(ins.kind, {})
            k[ins.status] = k.get(ins.status, 0) + 1
        return {"by_status": by_status, "by_kind": by_kind,
                "handed_to_facilitator": sum(1 for i in self.items if i.level == MAX_LEVEL),
                "max_level": max((i.level for i in self.items), default=0)}

    @staticmethod
    def _close(ins: Instruction, status: str, seq: int | None, now: float) -> None:
        ins.status = status
        ins.resolved_by_seq = seq
        ins.history.append({"status": status, "ts": now, "resolved_by_seq": seq})
