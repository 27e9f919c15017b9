"""Room moments as situation JSON (issue 13's shape) and back: what the facilitator's feedback stores
with each of Jack's turns, and what `jack voice train` turns into the real prompt of that moment.

Shape: {"id", "role", "task", "phases": [[name, minutes], ...], "phase", "minutes_left",
"members": [names], "board": [{"by", "text"}], "history": [{"from", "text"}] (oldest first),
"trigger": {"kind", "target"?, "next"?}}. Unknown fields are ignored.
"""

from __future__ import annotations

from jackpeer.errors import InputError
from jackpeer.peers.agent import Agent
from jackpeer.peers.policy import Policy, PolicyConfig, Trigger
from jackpeer.peers.session import Idea, Member, Session, Turn, parse_phases
from jackpeer.peers.talk_moves import situation_kind
from jackpeer.peers.turn_checks import KINDS

# The situation's trigger kinds that the agent knows under another name (authority asks are addressed turns).
TO_AGENT = {"idea": "idea_feedback", "authority": "addressed"}
HISTORY_TURNS = 8  # turns kept with a stored situation: more than the prompt's 6, fewer than a transcript
AGENT_ID, FIRST_LEARNER_ID = 1, 10


def session_from_situation(sit: dict, now: float = 100_000.0) -> tuple[Session, Trigger]:
    """The session state and the trigger of a situation, with the clock at `now`; InputError when malformed."""
    try:
        kind = sit["trigger"]["kind"]
        phases = parse_phases([{"name": n, "minutes": m} for n, m in sit["phases"]])
        session = Session(sit["task"], sit["role"], phases)
        names = list(sit["members"])
        history = list(sit.get("history", []))
    except (KeyError, TypeError, ValueError) as err:
        raise InputError(f"situation {sit.get('id', '?')!r} is malformed ({err}); see peers/turn_situation.py") from err
    if kind not in KINDS:
        raise InputError(f"situation {sit.get('id', '?')!r}: unknown trigger kind {kind!r}")
    session.members[AGENT_ID] = Member(AGENT_ID, session.agent_name, "agent", 0.0, True)
    ids = {}
    for i, name in enumerate(names):
        ids[name] = FIRST_LEARNER_ID + i
        session.members[ids[name]] = Member(ids[name], name, "learner", 0.0, True)
    index = next((i for i, p in enumerate(phases) if p.name == sit.get("phase")), 0)
    left_s = float(sit.get("minutes_left", phases[index].budget_s / 60)) * 60
    session.start(now - 60 * (index + 1) - (phases[index].budget_s - left_s))
    session.phase_index = index
    session.phase_started = now - (phases[index].budget_s - left_s)
    for i, b in enumerate(sit.get("board", []), start=1):
        session.board.append(Idea(i, b["by"], b["text"], session.phase_started))
    for seq, h in enumerate(history, start=1):
        who = h["from"]
        is_agent = who == session.agent_name
        mid = AGENT_ID if is_agent else ids.setdefault(who, FIRST_LEARNER_ID + len(ids))
        if mid not in session.members:  # someone who spoke but left: known by name only
            session.members[mid] = Member(mid, who, "learner", 0.0, False)
        ts = now - 5 * (len(history) - seq + 1)
        session.add_turn(Turn(seq, mid, who, "agent" if is_agent else "learner", h["text"], ts, session.phase.name))
    target = sit["trigger"].get("target")
    last = session.turns[-1] if session.turns else None
    about = last.seq if last and kind in ("addressed", "idea", "authority") else None
    target_id = ids.get(target) if target else (last.member_id if about else None)
    trigger = Trigger(TO_AGENT.get(kind, kind), f"situation {sit.get('id', '')}", target_id, about)
    return session, trigger


def prompt_messages(sit: dict, now: float = 100_000.0, moves: bool = False) -> list[dict]:
    """The chat messages Jack's model gets for this situation, through the room's own plan and prompt code:
    the talk move's prompt the room samples best-of-N from (`moves`), else the plan's streamed directive."""
    session, trigger = session_from_situation(sit, now)
    agent = Agent(session, Policy(session.role, PolicyConfig.for_role(session.role), session.agent_name))
    return agent.messages(agent.plan_for(trigger, now), now, moves=moves)


def situation_of(session: Session, trigger: Trigger, now: float, situation_id: str = "") -> dict:
    """The situation JSON of a live room moment (stored with each of Jack's turns for the facilitator's feedback)."""
    about = next((t for t in reversed(session.turns) if t.seq == trigger.about_seq), None)
    kind = situation_kind(trigger.kind, about) or trigger.kind  # a kind the composer has no move for keeps its name
    out_trigger: dict = {"kind": kind}
    target = session.members.get(trigger.target_member_id) if trigger.target_member_id is not None else None
    if target is not None:
        out_trigger["target"] = target.name
    if kind == "phase_end":
        nxt = session.phase_index + 1
        out_trigger["next"] = session.phases[nxt].name if nxt < len(session.phases) else None
    left = session.phase_left(now) if session.started is not None else session.phase_budget()
    return {"id": situation_id, "role": session.role, "task": session.task,
            "phases": [[p.name, round(p.budget_s / 60, 2)] for p in session.phases], "phase": session.phase.name,
            "minutes_left": max(0, round(left / 60)),
            "members": [m.name for m in session.members.values() if m.kind == "learner"],
            "board": [{"by": i.author, "text": i.text} for i in session.open_ideas()],
            "history": [{"from": t.name, "text": t.text} for t in session.turns[-HISTORY_TURNS:]],
            "trigger": out_trigger}
