"""Tools Jack can call through the model's tool-call format: the idea board, the timer, a board
summary, and a question to the facilitator. Specs are OpenAI-style function definitions."""

from __future__ import annotations

from dataclasses import dataclass

from jackpeer.peers.session import Session, Timer


@dataclass
class ToolRequest:
    """A tool call the model (or the agent's own logic) asked for."""

    name: str
    arguments: dict


def _spec(name: str, description: str, properties: dict, required: list[str]) -> dict:
    return {"type": "function", "function": {
        "name": name, "description": description,
        "parameters": {"type": "object", "properties": properties, "required": required}}}


TOOLS: dict[str, dict] = {
    "add_idea": _spec("add_idea", "Put an idea on the group's idea board.",
                      {"text": {"type": "string"}, "builds_on": {"type": "integer"}}, ["text"]),
    "merge_ideas": _spec("merge_ideas", "Merge two or more board ideas into one.",
                         {"ids": {"type": "array", "items": {"type": "integer"}}, "text": {"type": "string"}},
                         ["ids", "text"]),
    "start_timer": _spec("start_timer", "Start a countdown everyone can see.",
                         {"minutes": {"type": "number"}, "label": {"type": "string"}}, ["minutes"]),
    "extend_timer": _spec("extend_timer", "Give the current phase more minutes.",
                          {"minutes": {"type": "number"}}, ["minutes"]),
    "summarise_board": _spec("summarise_board", "Summarise the ideas on the board.", {}, []),
    "ask_facilitator": _spec("ask_facilitator", "Send the facilitator a private question or notice.",
                             {"question": {"type": "string"}}, ["question"]),
}


def tool_specs(names: list[str]) -> list[dict]:
    """The specs for the named tools (only the few a turn needs, to keep the prompt short)."""
    return [TOOLS[n] for n in names]


def apply_tool(req: ToolRequest, session: Session, now: float, author: str) -> dict:
    """Run one tool call against the session; the result says what changed or why nothing did."""
    args = req.arguments if isinstance(req.arguments, dict) else {}
    try:
        if req.name == "add_idea":
            text = str(args.get("text", "")).strip()
            if not text:
                return {"ok": False, "error": "add_idea needs text"}
            if any(i.text.lower() == text.lower() for i in session.board):
                return {"ok": False, "error": "that idea is already on the board"}
            builds = args.get("builds_on")
            builds = int(builds) if builds is not None and any(i.id == int(builds) for i in session.board) else None
            idea = session.add_idea(text, author, now, builds)
            return {"ok": True, "idea_id": idea.id}
        if req.name == "merge_ideas":
            idea = session.merge_ideas([int(i) for i in args.get("ids", [])], str(args.get("text", "")), author, now)
            return {"ok": True, "idea_id": idea.id}
        if req.name == "start_timer":
            minutes = min(max(float(args.get("minutes", 0)), 0.1), 60.0)
            session.timer = Timer(str(args.get("label", session.phase.name))[:40], now + minutes * 60)
            return {"ok": True, "ends_at": session.timer.ends_at}
        if req.name == "extend_timer":
            minutes = min(max(float(args.get("minutes", 0)), 0.1), 30.0)
            session.extend_phase(minutes * 60)
            return {"ok": True, "phase_left_s": session.phase_left(now)}
        if req.name == "summarise_board":
            return {"ok": True, "summary": session.board_summary()}
        if req.name == "ask_facilitator":
            question = str(args.get("question", "")).strip()[:300]
            return {"ok": bool(question), "facilitator_notice": question}
    except (TypeError, ValueError) as err:
        return {"ok": False, "error": f"{req.name}: {err}"}
    return {"ok": False, "error": f"unknown tool {req.name!r}"}
