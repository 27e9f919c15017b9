"""Jack: turns a trigger into a plan (what to do, what to say) and streams the words from the backend.

What must happen happens deterministically — moving the phase on time, recording instructions,
handing over to the facilitator (the room puts posted ideas on the board itself). What a turn says is decided
by code too (talk_moves: the move, the addressee, the ideas and numbers); with a backend that can sample
several candidates, the model rewords that sentence N times in one batch, the turn rules (turn_checks) rank
the candidates, and a slot template is said when none passes. With a plain streaming backend (best_of=1),
the model words the plan's directive once and a short fixed sentence is appended when its text misses the
point of the turn. Tool calls the model makes are applied too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from jackpeer.peers.asks import AUTHORITY_RE
from jackpeer.peers.instructions import Instruction, InstructionTracker
from jackpeer.peers.policy import Policy, Trigger
from jackpeer.peers.roles import recent_chat, situation, system_prompt
from jackpeer.peers.session import Session
from jackpeer.peers.talk_moves import TurnSpec, compose, situation_kind
from jackpeer.peers.tools import ToolRequest, tool_specs
from jackpeer.peers.turn_choice import choose_turn, sample_candidates
from jackpeer.peers.words import phase_said

# Tools offered per trigger: few, so the prompt stays short and the first token comes fast.
TOOLS_FOR = {"phase_end": ["summarise_board"], "stall": ["add_idea", "start_timer"]}
# Turns the staleness guard leaves alone: answers to someone who asked, the opening, and the phase move
# (the move already happened; its words announce it).
NEVER_STALE = {"addressed", "facilitator", "open", "phase_end"}


@dataclass
class Plan:
    """One agent turn: why, what to tell the model, what to do regardless, what to record."""

    trigger: Trigger
    directive: str = ""
    must_include: str | None = None
    fallback: str = ""
    tools: list[str] = field(default_factory=list)
    give: tuple[str, int | None] | None = None  # (instruction kind, target member id) to record
    escalation: Instruction | None = None
    escalation_step: str | None = None
    next_phase: bool = False
    facilitator_notice: str | None = None
    speak: bool = True
    max_tokens: int = 56
    seen_turns: int = 0
    seen_phase: int = 0
    learner_count: int = 0
    replanned: bool = False
    spec: TurnSpec | None = None  # what the turn says, decided by code (None: escalation steps)
    source: str = ""  # where the said text came from: "model", "template" or "stream" (best_of=1)


class Agent:
    """One room's Jack: session state, speaking policy, instruction tracker and a backend."""

    def __init__(self, session: Session, policy: Policy, tracker: InstructionTracker | None = None,
                 history_turns: int = 6, best_of: int = 4, screen=None) -> None:
        self.session = session
        self.policy = policy
        self.tracker = tracker or InstructionTracker()
        self.history_turns = history_turns
        self.ideas_given: set[int] = set()
        # Candidates sampled per turn when the backend can batch them; 1 streams the directive's wording as before.
        self.best_of = best_of
        # The room's safety screen, if given: candidates it would block rank last.
        self.screen = screen

    def plan(self, now: float) -> Plan | None:
        """Ask the policy whether to speak; if so, build the plan for that trigger."""
        trig = self.policy.decide(self.session, self.tracker, now)
        if trig is None:
            return None
        self.policy.mark(trig, self.session, now)
        return self.plan_for(trig, now)

    def plan_for(self, trig: Trigger, now: float, escalation_step: str | None = None) -> Plan:
        """The plan for a given trigger (public so tests and the benchmark can ask for a turn).

        `escalation_step` re-words a ladder step already taken (a re-plan) instead of climbing again."""
        s = self.session
        p = Plan(trig, tools=TOOLS_FOR.get(trig.kind, []), seen_turns=len(s.turns), seen_phase=s.phase_index,
                 learner_count=len(s.learner_turns()))
        target = s.members.get(trig.target_member_id) if trig.target_member_id is not None else None
        name = target.name if target else None
        about = next((t for t in reversed(s.turns) if t.seq == trig.about_seq), None)
        if trig.kind == "open":
            first = s.phases[0]
            if s.role == "moderator":
                p.directive = (f"Welcome the group, say you are {s.agent_name}, an AI helper who keeps time, and "
                               f"say we start with '{first.name}' for {first.budget_s / 60:.0f} minutes.")
                p.must_include, p.fallback = first.name, f"We start with {first.name}."
            else:
                p.directive = f"Say hi, say you are {s.agent_name}, an AI team member, and that you like the task."
                p.must_include, p.fallback = "AI", f"I'm {s.agent_name}, an AI helper."
        elif trig.kind in ("addressed", "facilitator"):
            text = about.text if about else ""
            if AUTHORITY_RE.search(text):
                p.directive = "Kindly say that decisions about people belong to the group, not to you."
            else:
                p.directive = f"Answer {name or 'them'} briefly and helpfully: \"{text[:160]}\""
        elif trig.kind == "phase_end":
            old = s.phase.name
            last = s.finished or s.phase_index + 1 >= len(s.phases)
            p.next_phase = not s.finished  # else the facilitator ended the session: Jack only says goodbye
            nxt = None if last else s.phases[s.phase_index + 1].name
            summary = s.board_summary(limit=3)
            if nxt:
                p.directive = (f"Say time is up for '{old}', sum up in a few words ({summary}), and say we now "
                               f"move on to '{nxt}'.")
                p.must_include, p.fallback = nxt, f"Time is up for {old}: next is {nxt}."
            else:
                p.directive = f"Say time is up and thank everyone for their work. {summary}"
                p.must_include, p.fallback = "thank", "Thank you all!"
        elif trig.kind == "phase_start":
            mins = round(s.phase_budget() / 60)
            p.directive = (f"Say that the group now starts '{s.phase.name}' for {mins} minutes, and ask who "
                           "wants to begin.")
            p.must_include, p.fallback = s.phase.name, f"Now it's time for {phase_said(s.phase.name)}."
        elif trig.kind == "time_warning":
            mins = max(1, round(s.phase_left(now) / 60))
            p.directive = f"Tell the group kindly that about {mins} minute(s) are left for '{s.phase.name}'."
            p.must_include, p.fallback = "min", f"About {mins} min left for {phase_said(s.phase.name)}."
        elif trig.kind == "invite_quiet" and name:
            topic = about.text[:80] if about else s.phase.name
            last_learner = next((t for t in reversed(s.learner_turns()) if t.member_id != trig.target_member_id), None)
            topic = last_learner.text[:80] if last_learner else topic
            p.directive = f"Ask {name}, who has not spoken yet, what they think about: \"{topic}\""
            p.must_include, p.fallback = name, f"{name}, what do you think?"
            p.give = ("invite_member", trig.target_member_id)
        elif trig.kind == "escalate":
            self._plan_escalation(p, now, escalation_step)
        elif trig.kind == "idea_feedback" and about:
            p.directive = (f"Give {about.name} quick, kind feedback on their idea \"{about.text[:140]}\": "
                           f"one thing you like and one question about how it would work.")
        elif trig.kind == "stall":
            if s.role == "moderator":
                p.directive = f"The group went quiet. Ask one easy question to help them with '{s.phase.name}'."
            elif s.phase_index not in self.ideas_given:
                self.ideas_given.add(s.phase_index)
                p.directive = "The group went quiet. Suggest one small new idea for the task and ask what they think."
            else:
                p.directive = "The group went quiet. Ask one question that builds on an idea on the board."
        elif trig.kind == "off_task":
            p.directive = f"Kindly steer the group back to the task ({s.task[:80]}) and give a reason."
            p.must_include, p.fallback = "?", "Shall we get back to our task?"
            p.give = ("return_to_task", None)
        else:
            p.speak = False
        kind = situation_kind(trig.kind, about)
        if p.speak and kind is not None:
            p.spec = compose(s, kind, now, about=about, target=name)
        return p

    def _plan_escalation(self, p: Plan, now: float, step: str | None = None) -> None:
        s = self.session
        ins = next(i for i in self.tracker.items if i.id == p.trigger.instruction_id)
        step = step or self.tracker.escalate(ins, s, now)
        p.escalation, p.escalation_step = ins, step
        who = ins.target_name or "everyone"
        ideas = [i.text[:40] for i in s.open_ideas()[-2:]]
        a, b = (ideas + ["add a new idea", "pick an idea you like"])[:2] if len(ideas) < 2 else ideas
        if step == "hand_to_facilitator":
            p.speak = False
            p.facilitator_notice = (f"{who} did not respond to: \"{ins.text[:120]}\" after {ins.level - 1} "
                                    f"reminders. {s.agent_name} will stop repeating it; could you help?")
            return
        if step == "rephrase":
            reason = "everyone's ideas count" if ins.kind == "invite_member" else "our time is short"
            p.directive = f"Ask {who} again in fewer words and give the reason: {reason}."
        elif step == "address_directly":
            p.directive = f"Speak directly to {who}: say you would really like to hear from them."
        else:  # offer_choice
            p.directive = f"Offer {who} a choice of two options: '{a}' or '{b}'."
            p.must_include, p.fallback = " or ", f"{who}, {a} or {b}?"
        if ins.target_name and not p.must_include:
            p.must_include, p.fallback = ins.target_name, f"{ins.target_name}, what do you think?"
        # What the step says is decided by code like any other move, worded best-of-N with the rules of the turn it
        # repeats (an invitation, or a steer back to the task) and its templates as the floor.
        kind = "invite_quiet" if ins.kind == "invite_member" and ins.target_name else "off_task"
        p.spec = compose(s, kind, now, target=ins.target_name, step=step)

    # --- staleness guard (spec §8) --------------------------------------------------
    def stale_reason(self, plan: Plan, now: float) -> str | None:
        """Why a planned turn is out of date, or None while it still fits the conversation.

        Out of date: ≥ 2 learner messages arrived since it was planned, or the phase changed; feedback on
        an idea also goes out of date once the idea is older than the feedback window (15 s or 2 learner
        messages by default)."""
        kind = plan.trigger.kind
        if kind in NEVER_STALE:
            return None
        s = self.session
        if kind == "idea_feedback":
            idea = next((t for t in s.turns if t.seq == plan.trigger.about_seq), None)
            if idea is not None:
                later = sum(1 for t in s.learner_turns() if t.seq > idea.seq)
                age = now - idea.ts
                cfg = self.policy.config
                if age > cfg.idea_window_s or later >= cfg.idea_window_msgs:
                    return f"late: feedback {age:.0f} s and {later} learner messages after the idea"
        newer = len(s.learner_turns()) - plan.learner_count
        if newer >= 2:
            return f"stale: {newer} learner messages arrived while planning"
        if s.phase_index != plan.seen_phase:
            return "stale: the phase changed"
        return None

    def still_holds(self, plan: Plan) -> bool:
        """Whether the reason for a stale turn still stands, so re-planning it with the new context makes sense."""
        s, trig = self.session, plan.trigger
        phase_same = s.phase_index == plan.seen_phase
        newer = [t for t in s.turns[plan.seen_turns:] if t.kind == "learner"]
        if trig.kind in ("time_warning", "phase_start"):
            return phase_same
        if trig.kind == "invite_quiet":
            target = s.members.get(trig.target_member_id)
            return bool(target and target.online) and all(t.member_id != trig.target_member_id for t in newer)
        if trig.kind == "escalate":
            return plan.escalation is not None and plan.escalation.status == "open"
        if trig.kind == "off_task":
            # still off-task: none of the new messages is known to be on task, and at least one is off
            return phase_same and all(t.off_task is not False for t in newer) and any(t.off_task for t in newer)
        # a stall is over once anyone spoke or the phase moved; late idea feedback is never re-planned
        return False

    def review(self, plan: Plan, now: float) -> tuple[Plan | None, str | None]:
        """The staleness guard: (plan, None) if it is fresh, (new plan, why) when re-planned once with the
        new context, (None, why) when dropped."""
        reason = self.stale_reason(plan, now)
        if reason is None:
            return plan, None
        if plan.trigger.kind == "idea_feedback":
            return None, reason
        if plan.replanned:
            return None, f"{reason}; already re-planned once"
        if not self.still_holds(plan):
            return None, f"{reason}; the trigger no longer holds"
        new = self.plan_for(plan.trigger, now, escalation_step=plan.escalation_step)
        new.replanned = True
        return new, reason

    def prefix_messages(self, now: float) -> list[dict]:
        """The part of the next prompt known before any trigger: role card, task, recent chat, situation."""
        chat = recent_chat(self.session, self.history_turns)
        return [{"role": "system", "content": system_prompt(self.session)},
                {"role": "user", "content": f"Recent chat:\n{chat}\n\n{situation(self.session, now)}\n"}]

    def messages(self, plan: Plan, now: float, moves: bool = False) -> list[dict]:
        """The prompt: the known prefix, then the directive for this turn (the move's, with `moves`)."""
        msgs = self.prefix_messages(now)
        directive = plan.spec.directive if moves and plan.spec is not None else plan.directive
        msgs[1]["content"] += f"Your turn, {self.session.agent_name}: {directive}"
        return msgs

    def uses_moves(self, plan: Plan, backend) -> bool:
        """Whether this turn is said best-of-N from the move's spec (else streamed from the directive)."""
        return (self.best_of > 1 and plan.spec is not None and bool(plan.spec.templates)
                and callable(getattr(backend, "candidates", None)))

    def reply(self, plan: Plan, backend, now: float) -> Iterator[str | ToolRequest]:
        """The reply's visible text: best-of-N from the move's spec when the backend samples candidates,
        else streamed pieces (cleaned), tool calls, and a fallback sentence if needed."""
        if self.uses_moves(plan, backend):
            texts = sample_candidates(backend, self.messages(plan, now, moves=True), self.best_of)
            cleaned = [clean_reply(t) for t in texts]
            text, plan.source = choose_turn(cleaned, plan.spec, self.screen)
            yield text
            return
        plan.source = "stream"
        yield from self._stream_reply(plan, backend, now)

    def _stream_reply(self, plan: Plan, backend, now: float) -> Iterator[str | ToolRequest]:
        """Stream the reply's visible pieces (cleaned), tool calls, and a fallback sentence if needed."""
        cleaner = ReplyCleaner()
        text = ""
        tools = tool_specs(plan.tools) if plan.tools else None
        for piece in backend.stream(self.messages(plan, now), tools=tools, max_tokens=plan.max_tokens):
            if isinstance(piece, ToolRequest):
                yield piece
                continue
            out = cleaner.feed(piece)
            if out:
                text += out
                yield out
            if cleaner.done:
                break
        tail = cleaner.flush()
        if tail:
            text += tail
            yield tail
        if plan.must_include and plan.must_include.lower() not in text.lower():
            # the model's words missed the point of the turn: add the plain sentence that makes it
            end = "" if not text or text.rstrip()[-1:] in ".!?" else "."
            yield end + (" " if text else "") + plan.fallback


class ReplyCleaner:
    """Shapes streamed model text into one short turn: drops a leading speaker tag ("Jack:", "Marcus:"),
    and ends the turn at a blank line, at a line where the model starts speaking for someone else, or
    after `max_sentences` sentences (spec §7.3: at most two sentences)."""

    _HEAD = re.compile(r"^\s*(\*\*)?[A-Z]\w*( [A-Z]\w*)?(\*\*)?\s*:\s*")
    _READY = re.compile(r"^\s*\S+\s+\S+\s|[:,.!?\n]")
    _OTHER = re.compile(r"\n\s*\S+( \S+)?\s*:")
    _SENTENCE_END = re.compile(r"[.!?]+(?=\s)")

    def __init__(self, max_sentences: int = 2) -> None:
        self.max_sentences = max_sentences
        self.buf = ""
        self.started = False
        self.done = False
        self.shown = 0

    def _start(self) -> None:
        self.buf = self._HEAD.sub("", self.buf, count=1).lstrip()
        self.started = True

    def _cut(self) -> int | None:
        """Where the turn ends in the buffer, if it already does."""
        ends = [m.end() for m in self._SENTENCE_END.finditer(self.buf)]
        cuts = [i for i in (self.buf.find("\n\n"), _search(self._OTHER, self.buf)) if i >= 0]
        if len(ends) >= self.max_sentences:
            cuts.append(ends[self.max_sentences - 1])
        return min(cuts) if cuts else None

    def feed(self, piece: str) -> str:
        """Take a piece of model text; return what can be shown now."""
        if self.done:
            return ""
        self.buf += piece
        if not self.started:
            # wait for two words or a punctuation mark: enough to see whether a speaker tag begins the reply
            if not self._READY.search(self.buf.lstrip()):
                return ""
            self._start()
        if self.shown == 0:
            self.buf = self.buf.lstrip()
        cut = self._cut()
        if cut is not None:
            self.done = True
            end = cut
        else:
            # keep a trailing line back: it may be another speaker's tag
            end = self.buf.rfind("\n") if "\n" in self.buf[self.shown:] else len(self.buf)
        end = max(end, self.shown)
        out = self.buf[self.shown:end]
        self.shown = end
        return out

    def flush(self) -> str:
        """Whatever is left once the model stops."""
        if not self.started:
            self._start()
        if self.done:
            return ""
        cut = self._cut()
        end = max(cut if cut is not None else len(self.buf), self.shown)
        out = self.buf[self.shown:end].rstrip()
        self.shown = end
        self.done = True
        return out


def clean_reply(text: str, max_sentences: int = 2) -> str:
    """A whole model reply shaped as one turn, as ReplyCleaner shapes a stream."""
    cleaner = ReplyCleaner(max_sentences)
    return (cleaner.feed(text) + cleaner.flush()).strip()


def _search(pattern: re.Pattern, text: str) -> int:
    m = pattern.search(text)
    return m.start() if m else -1
