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
    """The last few visible messages as 'Name: text' lines (the prompt carries recent turns only)."""
    lines = [f"{t.name}: {t.text[:chars]}" for t in session.turns[-turns:]]
    return "\n".join(lines) if lines else "(nobody has spoken yet)"
