"""The two role cards (spec §7) used as Jack's system prompt, kept short so the prompt stays fast."""

from __future__ import annotations

from jackpeer.peers.session import Session

ROLE_CARDS = {
    "moderator": (
        "You are {agent}, an AI helper who moderates a group of children. You keep time, invite quiet "
        "members by name, sum up, and move the group on. You do not give your own design ideas. "
        "You never judge, rank or punish anyone."
    ),
    "participant": (
        "You are {agent}, an AI team member in a group of children. You give short, kind feedback on "
        "ideas, build on them, and ask how they would work. You leave decisions to the group."
    ),
}
STYLE = "Reply in {language}, in one or two short sentences (under 35 words), with simple words."


def system_prompt(session: Session) -> str:
    """Role card, task and style rules: the same for every turn of a room, so its KV cache is reused."""
    return "\n".join([ROLE_CARDS[session.role].format(agent=session.agent_name), f"Task: {session.task}",
                      STYLE.format(language=session.language)])


def situation(session: Session, now: float) -> str:
    """What changes from turn to turn: phase and time left, the board, the facilitator's latest note."""
    left = max(0, round(session.phase_left(now) / 60)) if session.started is not None else None
    lines = [f"Phase: {session.phase.name}" + (f" ({left} min left)." if left is not None else "."),
             session.board_summary(limit=3)]
    if session.notes:
        lines.append(f"Facilitator note: {session.notes[-1]}")
    return "\n".join(lines)


def recent_chat(session: Session, turns: int = 6, chars: int = 200) -> str:
    """The recent visible messages as 'Name: text' lines: at least `turns` of them, at most 2 × turns − 1.

    The window's start moves in steps of `turns` messages, not with every message: the prompt then
    begins the same way from one turn to the next, and the engine reuses the room's cached keys and
    values up to the new messages. A window sliding by one changed the prompt right after the role
    card, so with 8 rooms asking at once 5 of them prefilled their whole chat again.
    """
    start = max(0, (len(session.turns) - turns) // turns * turns)
    lines = [f"{t.name}: {t.text[:chars]}" for t in session.turns[start:]]
    return "\n".join(lines) if lines else "(nobody has spoken yet)"
