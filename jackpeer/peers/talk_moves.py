"""What each of Jack's turns does, decided by code from the session: the talk move, whom it addresses,
which ideas and numbers it uses, a directive the model words, and slot templates as the floor.

The model never chooses content: it gets the sentence a turn needs and rewords it. When none of its
candidates passes the turn rules (turn_checks), one of the templates below is said instead.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field

from jackpeer.peers.arithmetic import sum_in
from jackpeer.peers.asks import (
    AUTHORITY_RE,
    classify_question,
    included,
    is_question,
    question_phrase,
    without_agent,
)
from jackpeer.peers.group_choice import CHOOSING, chosen_idea
from jackpeer.peers.instructions import LADDER
from jackpeer.peers.session import Session, Turn
from jackpeer.peers.turn_checks import TurnContext
from jackpeer.peers.words import GENERIC_WORDS, STOPWORDS, phase_said, spelled_out, words

# Phases where the group shows its work.
_SHOWING = re.compile(r"\b(present\w*|shar\w*|show\w*|demo\w*|perform\w*)\b", re.I)
# Asked which idea is best or liked most ("jack which idea is best"), a participant gives his own pick.
_BEST = re.compile(r"\b(?:best|favou?rite|like (?:the )?most|prefer)\b", re.I)
# Jokes for a child who asks for one: short, kind, about nobody.
_JOKES = ("What do you call a bear with no teeth? A gummy bear!",
          "Why did the scarecrow win a prize? He was outstanding in his field!",
          "What do you call a sleeping dinosaur? A dino-snore!",
          "Why did the cookie go to the doctor? It felt crummy!")
_DECIDED = re.compile(r"\b(decide|choose|pick|make|write|do|invent|think of|come up with)(?: for us)?\s+(?:on\s+)?"
                      r"((?:the|a|our|which|what|all|it|them)\b[\w ']*?)(?:\s+for (?:us|me))?\s*$", re.I)
_LEAD = re.compile(r"^\s*(idea\s*:|(what if (we|u|you)?|we (should|could|can) have|we could|how about|what about|"
                   r"maybe we (could|can)?|maybe|i think we should|i think|we (also )?need|let'?s|lol|omg|ok|so|um+|and|or|also|plus|"
                   r"ooh|oh)\b)\s*",
                   re.I)
_ACTION_LEAD = re.compile(r"^\W*(what if (we|u|you)|we could|maybe we (could|can)|i think we should|let'?s)\b",
                          re.I)
_TASK_VERB = re.compile(r"^\s*(design|plan|make|create|build|invent|write|choose|decide on|come up with)\s+", re.I)
_ONE_LINE = re.compile(r"\s+")
_TAIL = re.compile(r"(\s+(i think|lol|tho|though|haha|lmao|ok|too|as well|"
                   r"(would|could) be (so |really )?(cool|good|nice|fun|great|awesome|amazing)))+\s*$", re.I)
def task_phrase(task: str) -> str:
    """The task as a noun phrase ('a class garden for the school yard'), without what follows a colon: "What would make
    a tuck shop for the school fair: what it sells, its prices and its name more fun for you?" was said."""
    text = _TASK_VERB.sub("", task.strip().split(":")[0]).rstrip(".!?")
    return text or "our task"


def task_to_do(task: str) -> str:
    """The task as a verb phrase ('plan a class garden for the school yard')."""
    text = task.strip().rstrip(".!?")
    return text[:1].lower() + text[1:] if text else "work on our task"


def idea_phrase(text: str, max_words: int = 10, agent: str = "Jack") -> str:
    """An idea in the learner's own words, without lead-ins ('what if we', 'lol') or the agent's name."""
    t = without_agent(text, agent).strip()
    for _ in range(3):
        t = _LEAD.sub("", t)
    t = _TAIL.sub("", _ONE_LINE.sub(" ", t).strip(" ,.!?")).strip(" ,.!?")
    return spelled_out(" ".join(t.split()[:max_words]))


def is_action(text: str, agent: str = "Jack") -> bool:
    """Whether a learner's idea is worded as something to do ('we could make…') rather than a thing ('a pond')."""
    return bool(_ACTION_LEAD.search(without_agent(text, agent)))


def minutes(n: int) -> str:
    """'1 minute', '3 minutes'."""
    return f"{n} minute" if n == 1 else f"{n} minutes"


def topic_of(text: str, max_words: int = 3, agent: str = "Jack") -> str:
    """The last few content words of a message, in its own order ('rope bridge')."""
    kept = [w for w in words(without_agent(text, agent))
            if len(w) >= 3 and w.lower() not in STOPWORDS and w.lower() not in GENERIC_WORDS]
    return " ".join(kept[-max_words:])


@dataclass
class TurnSpec:
    """One turn decided by code: the move, the addressee, the facts, the floor templates, the directive."""

    move: str
    context: TurnContext
    addressee: str | None = None
    facts: dict = field(default_factory=dict)
    templates: list[str] = field(default_factory=list)
    directive: str = ""


def context_of(session: Session, kind: str, now: float, target: str | None = None, asks: str | None = None,
               history_turns: int = 8) -> TurnContext:
    """The turn rules' view of the live session (what a situation file holds)."""
    s = session
    phases = [(p.name, p.budget_s / 60) for p in s.phases]
    nxt = s.phases[s.phase_index + 1].name if s.phase_index + 1 < len(s.phases) else None
    members = [m.name for m in s.members.values() if m.kind in ("learner", "facilitator")]
    # rounded up: with 20 s to go a child hears "1 minute left", not "0 minutes left"
    left = max(0, math.ceil(s.phase_left(now) / 60)) if s.started is not None else round(s.phase.budget_s / 60)
    return TurnContext(
        kind=kind, role=s.role, task=s.task, phases=phases, phase=s.phase.name, minutes_left=left,
        members=members, board=[{"by": i.author, "text": i.text} for i in s.open_ideas()],
        history=[{"from": t.name, "text": t.text} for t in s.turns[-history_turns:]], agent=s.agent_name,
        target=target, next_phase=nxt, asks=asks)


def _names_list(names: list[str], last: str = "and") -> str:
    """'Mia', 'Mia and Leo', 'Mia, Leo and Ava' (or 'or' before the last)."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {last} " + names[-1]


def _board_ideas(s: Session, n: int | None = 2) -> list[str]:
    """The last n ideas on the board (all of them for None), quoted: learners write a card as a thing ("a rope bridge")
    or an action ("grow tomatos"), and a quote reads right in the same sentence either way."""
    cards = s.open_ideas()
    quoted = (idea_phrase(i.text, agent=s.agent_name) for i in (cards if n is None else cards[-n:]))
    return [f'"{q}"' for q in quoted if q]


def _board_listed(ideas: list[str], last: str = "and", most: int = 4) -> str:
    """The whole board (its quoted ideas) as Jack sums it up: every idea up to `most` (a live room's phase end named
    the last two of four, and the group then voted for one he had left out), else the first ones and how many more."""
    if len(ideas) <= most:
        return _names_list(ideas, last)
    return ", ".join(ideas[: most - 1]) + f" {last} {len(ideas) - most + 1} more ideas"


def _chosen(s: Session) -> str | None:
    """The card the group chose in its choosing phase (group_choice.chosen_idea), quoted; None if none was."""
    card = chosen_idea(s)
    return f'"{idea_phrase(card.text, agent=s.agent_name)}"' if card else None


def compose(session: Session, kind: str, now: float, about: Turn | None = None, target: str | None = None,
            rng: random.Random | None = None, step: str | None = None) -> TurnSpec:
    """The spec of a turn of `kind` (a situation kind: open, invite_quiet, addressed, idea, phase_end,
    phase_start, time_warning, off_task, authority, stall) for the session as it is at `now`. `step`: a ladder step
    (instructions.LADDER) of an invitation (invite_quiet) or a steer back to the task (off_task) nobody followed."""
    s, rng = session, rng or random.Random()
    asker = about.name if about else None
    agent = s.agent_name
    asks = classify_question(about.text, agent) if about is not None and kind == "addressed" else None
    ctx = context_of(s, kind, now, target=target, asks=asks)
    learners = [m.name for m in s.learners()] or [m for m in ctx.members]
    ideas, board = _board_ideas(s), _board_ideas(s, None)
    mins, phase = ctx.minutes_left, phase_said(ctx.phase)
    nxt = phase_said(ctx.next_phase) if ctx.next_phase else None
    thing, to_do = task_phrase(s.task), task_to_do(s.task)
    # "What should something that makes the playground more fun have?" was said: a task that is not a thing gets ideas.
    vague = thing.startswith(("something", "anything", "our task", "a plan", "a way", "ways", "ideas"))
    what_it_needs = f"Who has one more idea for {thing}?" if vague else f"What should {thing} have?"
    spec = TurnSpec(move="", context=ctx)
    if kind == "open":
        first, first_min = phase_said(ctx.phases[0][0]), round(ctx.phases[0][1])
        hello = f"Hi {_names_list(learners)}!" if learners else "Hi everyone!"
        if s.role == "moderator":
            spec.move, spec.templates = "welcome", [
                f"{hello} I'm {s.agent_name}, an AI helper. We start with {first} for {minutes(first_min)}.",
                f"{hello} I am {s.agent_name}, an AI who keeps time. First comes {first}: {minutes(first_min)}.",
                f"Hello and welcome! I'm {s.agent_name}, an AI helper. Our first part is {first}, for {minutes(first_min)}."]
        else:
            spec.move, spec.templates = "welcome", [
                f"{hello} I'm {s.agent_name}, an AI on your team. I can't wait to {to_do} with you!",
                f"Hello everyone! I am {s.agent_name}, an AI team member. Let's make {thing} together!",
                f"{hello} I'm {s.agent_name}, an AI helper in your group. What should we think about first?"]
    elif kind == "invite_quiet" and target:
        others = [t for t in s.learner_turns() if t.name != target and len(words(t.text)) >= 3]
        said = others[-1] if others else None
        topic = ideas[-1] if ideas else (f'"{idea_phrase(said.text, agent=agent)}"' if said else thing)
        if step in LADDER and len(board) > 1:
            # each step names another idea, newest first: a live room's three steps all asked about "a rain barrel"
            topic = board[-1 - LADDER.index(step) % len(board)]
        spec.move, spec.addressee = "invite", target
        spec.templates = [f"{target}, what do you think about {topic}?",
                          f"{target}, we'd love to hear from you. What do you think of {topic}?"]
        if step is not None:
            # The invitation went unanswered: the model's own words were said here ("i want to create my own indoor
            # garden at home where i can grow as many sunflowers as possible ... Mia, what do you think?").
            spec.move = f"invite_{step}"
            spec.templates = {
                "rephrase": [f"{target}, everyone's ideas count. What do you think about {topic}?",
                             f"{target}, your idea counts too! What about {topic}?"],
                "address_directly": [f"{target}, I'd really like to hear from you. What do you think about {topic}?",
                                     f"{target}, you can say just one word. What do you think of {topic}?"],
            }.get(step, [f"{target}, which do you like more: {ideas[-2]} or {ideas[-1]}?"] if len(ideas) >= 2 else
                  [f"{target}, do you like {topic}, or do you have another idea?"])
        elif said is not None and is_question(said.text, agent):  # "Do you agree that how do we hang it?" was said
            question = question_phrase(said.text, agent=agent, names=learners)
            spec.templates += [f"{target}, {said.name} asked: {question}? What do you think?",
                               f"What about you, {target}? {said.name} wants to know: {question}?"]
        elif said is not None:
            quote = idea_phrase(said.text, 12, agent)
            spec.templates += [f"{target}, {said.name} said {quote}. What do you think?",
                               f"What about you, {target}? Do you agree that {quote}?"]
        spec.facts = {"topic": topic}
    elif kind == "authority":
        spec.move, spec.addressee = "decline", asker
        who = f", {asker}" if asker else ""
        spec.templates = [f"I can't do that{who}. Decisions about people belong to the whole group, together.",
                          f"That's not up to me{who}. We decide things together as a group, and everyone is welcome.",
                          f"I won't decide that{who}. The group decides together, and we all keep working as a team."]
    elif kind == "addressed":
        spec.move, spec.addressee = "answer", asker
        name = asker or "friend"
        if asks == "time":
            spec.templates = [f"{name}, we have {minutes(mins)} left for {phase}.",
                              f"There are {minutes(mins)} left for {phase}, {name}.",
                              f"{minutes(mins).capitalize()} to go for {phase}, {name}!"]
        elif asks == "task" and CHOOSING.search(ctx.phase) and len(ideas) >= 2:
            # "jack what do we do now" while choosing got the task and the phase's name; the group needs the choice
            choice = _board_listed(board, "or")
            spec.templates = [f"Our task is to {to_do}, {name}. Now we pick one idea: {choice}?",
                              f"We want to {to_do}. Right now we choose, {name}: {choice}?"]
        elif asks == "task":
            spec.templates = [f"{name}, our task is to {to_do}. Right now it's time for {phase}.",
                              f"We want to {to_do}, {name}. This part is for {phase}.",
                              f"Our job is to {to_do}. Now it's time for {phase}, {name}."]
        elif asks == "next":
            after = f"after {phase} comes {nxt}" if nxt else f"{phase} is our last part, then we end"
            spec.templates = [f"{name}, {after}.", f"Good question, {name}: {after}."]
        elif asks == "phase":
            spec.templates = [f"{name}, now it's time for {phase}, with {minutes(mins)} left.",
                              f"Right now it's {phase}, {name}."]
        elif asks == "board" and len(ideas) >= 2 and s.role == "participant" and _BEST.search(about.text):
            # A team member asked which idea is best says which he likes: "On the board: ... What should we add, Bo?"
            # was said in a live room.
            spec.templates = [f"I like {ideas[-1]} best, {name}! What do the others think?",
                              f"My pick is {ideas[-1]}, {name}. Which one do you like?"]
        elif asks == "board" and board:
            listed = _board_listed(board)
            spec.templates = [f"{name}, so far we have {listed}. Which one do you like most?",
                              f"On the board: {listed}. Which one do you all like best, {name}?" if _BEST.search(
                                  about.text) else f"On the board: {listed}. What should we add, {name}?"]
        elif asks == "board":  # "so far we have no ideas yet. Which one do you like most?" was a template
            spec.templates = [f"We have no ideas on the board yet, {name}. What's one idea for {thing}?",
                              f"The board is still empty, {name}. Who has a first idea for {thing}?"]
        elif asks == "put_down":
            spec.move = "keep_ideas_welcome"
            topic = ideas[-1] if ideas else "that idea"
            spec.templates = [f"Every idea helps us think, {name}. What would you change to make {topic} better?",
                              f"Let's keep every idea welcome, {name}. What could make {topic} work?"]
        elif asks == "away":
            spec.templates = [f"That's one for your teacher, {name}. We'll catch you up when you're back!",
                              f"Check with your teacher, {name}. We'll keep your place!"]
        elif asks == "bored":
            spec.templates = [f"Let's make it more fun, {name}! Which part would you like to take on?",
                              f"Thanks for saying so, {name}. What would make it more fun for you?"]
        elif asks == "opinion" and s.role == "moderator":
            # The moderator wants the group's ideas first: "Omar asked: what do you think we should make? What does
            # everyone think?" read oddly in a live room.
            spec.templates = [f"I'd love to hear your ideas first, {name}! What would you like for {thing}?",
                              f"You all know best, {name}. What's one idea for {thing}?"]
        elif asks == "call":
            spec.templates = [f"Yes, {name}? I'm here. What would you like to ask?",
                              f"I'm here, {name}! What's up?"]
        elif asks == "are_you_ai":
            spec.templates = [f"I'm an AI, {name}: a computer program, not a person. I'm here to help with {thing}.",
                              f"I'm not a person, {name}. I'm an AI, and I help our group with {thing}."]
        elif asks == "reflect":
            spec.templates = [f"Let's look back, {name}: what went well, and what would we change next time?",
                              f"Good thing to ask, {name}! What are you proudest of, and what would you do differently?"]
        elif asks == "joke":
            joke = rng.choice(_JOKES)
            spec.templates = [f"Here's a joke, {name}: {joke} Now back to {thing}!"]
        elif asks == "about_me":
            spec.templates = [f"Sorry, {name}! I'll keep it short. What would help most with {thing} right now?",
                              f"Fair enough, {name}, I'll step back a bit. What's our next step for {thing}?"]
        elif asks == "opinion" and s.role == "participant":
            # A team member has a view: the newest idea on the board, else where he would start.
            spec.templates = [f"I like {ideas[-1]}, {name}! We could start there. What do the others think?",
                              f"My vote is {ideas[-1]}, {name}. Does everyone agree?"] if ideas else [
                f"I'd start with what {thing} needs most, {name}. What's the first thing it needs?",
                f"I think we should list what {thing} needs first, {name}. What's one thing?"]
        elif asks == "greeting":
            spec.templates = [f"Hi {name}! Right now it's time for {phase}.",
                              f"Hello {name}! We're on {phase} now, with {minutes(mins)} left."]
        elif asks == "sum":
            worked = sum_in(about.text)
            spec.templates = [f"{worked.said().capitalize()}, {name}.", f"{name}, {worked.said()}!"]
            spec.context.answers = [str(worked.result)]
        elif asks == "decide":
            said = _DECIDED.search(without_agent(about.text, agent).strip(" ?!."))
            verb, what = (said.group(1).lower(), spelled_out(" ".join(said.group(2).split()[:6]))) if said else (
                "decide", "it")
            # The board's ideas only when the choice is among them: "jack can u decide the name" got "That's for all of
            # us to choose, Lu: "sell smoothies" or "do cookies and lemonade"?", which no rule passed.
            among = what in ("it", "them", "one") or what.startswith(("which", "the best", "between", "the idea", "our idea"))
            choice = _board_listed(board, "or") if len(ideas) >= 2 and verb in ("decide", "choose", "pick") and among else None
            spec.templates = [f"Let's decide that together, {name}! Which do you all like: {choice}?",
                              f"That's for all of us to choose, {name}: {choice}?"] if choice else [
                f"Let's {verb} {what} together, {name}! What does everyone think?",
                f"I'd rather we all {verb} {what}, {name}. What does everyone think?"]
        elif asks == "include" and (quiet := included(about.text, learners, asker)) is not None:
            topic = ideas[-1] if ideas else thing
            spec.addressee = quiet
            spec.templates = [f"{quiet}, we'd love to hear from you too. What do you think about {topic}?",
                              f"{quiet}, your ideas count too! What do you think about {topic}?"]
        elif asks == "safety":
            question = question_phrase(about.text, agent=agent, names=learners)
            spec.templates = [f"Good that you asked, {name}! Check with your teacher before anyone tries it: {question}?",
                              f"Safety first, {name}: ask your teacher before you try it. {question.capitalize()}? "
                              "They'll know."]
        elif asks == "fact":
            # The bundled model gets facts wrong (blue and yellow make "pink"), so Jack says he is not sure and hands
            # the question to the group, where someone may know: a peer's move, not a dead end.
            question = question_phrase(about.text, agent=agent, names=learners)
            spec.templates = [f"Good question, {name}! I'm not sure. What does everyone think: {question}?",
                              f"{name} asked: {question}? I'm not sure myself. What do you all think?"]
        elif about is not None and is_question(about.text, agent):
            # A question for the group's opinion ("jack is a bug hotel a good idea"), passed on in its own words:
            # its last content words made "What does everyone think about paper monster funny?"
            question = question_phrase(about.text, agent=agent, names=learners)
            spec.templates = [f"{name} asked: {question}? What does everyone think?",
                              f"Good question, {name}! Let's hear from everyone: {question}?"]
        else:  # not a question: no "Good question" ("jack tell me a joke" got one)
            topic = topic_of(about.text if about else "", agent=agent) or thing
            spec.templates = [f"Thanks, {name}! What does everyone think about {topic}?",
                              f"{name}, I'm curious about {topic} too. What do the others think?"]
        spec.facts = {"asks": asks, "minutes_left": mins, "phase": phase}
    elif kind == "idea" and about is not None:
        idea = idea_phrase(about.text, agent=agent) or topic_of(about.text, agent=agent)
        spec.move, spec.addressee = ("revoice_press" if s.role == "moderator" else "build_on"), about.name
        if is_action(about.text, agent):
            spec.templates = [f"{about.name}, you want to {idea}. How would that work?",
                              f"I like that, {about.name}! What would we need to {idea}?",
                              f"So {about.name} says we could {idea}. Who would do which part?"]
        else:
            spec.templates = [f"{about.name}, you suggested {idea}. How would that work?",
                              f"I like that, {about.name}! What would we need for {idea}?",
                              f"{about.name} wants {idea}. Where could it go, and who would help?"]
        spec.facts = {"idea": idea, "author": about.name}
    elif kind == "phase_end":
        listed = _board_listed(board) or "some good thinking"
        spec.move = "summarise_move_on" if nxt else "summarise_close"
        if nxt and CHOOSING.search(ctx.phase) and (chosen := _chosen(s)):
            # Not "we chose": invents_nothing rejects such history from the model, and the choice is the votes' count
            spec.templates = [f"Time is up for {phase}! Our choice is {chosen}. Next is {nxt}.",
                              f"Time's up! Most votes went to {chosen}. Now we move on to {nxt}."]
        elif nxt:
            spec.templates = [f"Time is up for {phase}! We have {listed} on the board. Next is {nxt}.",
                              f"Time's up! So far: {listed}. Now we move on to {nxt}.",
                              f"That's time for {phase}. We have {listed}. Let's go to {nxt}!"]
        else:
            spec.templates = [f"Time is up! We made {listed}. Thank you all for your great work!",
                              f"Time's up, everyone. You shared {listed}. Thank you for working together!"]
        spec.facts = {"ideas": board, "next": nxt}
    elif kind == "phase_start":
        # The facilitator pressed "Next phase": Jack says what the group does now and asks who begins.
        # With ideas on the board, every wording names them: a group that moves on to choosing chooses among them.
        spec.move = "start_phase"
        chose_before = any(CHOOSING.search(p.name) for p in s.phases[:s.phase_index]) and not CHOOSING.search(ctx.phase)
        if chose_before and (chosen := _chosen(s)):
            doing = "show" if _SHOWING.search(ctx.phase) else "work on"  # "time for presenting ... to work on" was said
            spec.templates = [f"On to {phase}, everyone! Our choice is {chosen}, and we have {minutes(mins)}. What "
                              "should we do first?",
                              f"Now it's time for {phase}, with {minutes(mins)}, to {doing} {chosen}. Who wants to start?"]
        elif board:
            listed = _board_listed(board)
            spec.templates = [f"Now it's time for {phase}, with {minutes(mins)}. On the board: {listed}. Who wants to start?",
                              f"On to {phase}, everyone! We have {minutes(mins)}, with {listed} on the board. What "
                              "should we do first?",
                              f"Now it's time for {phase}: {minutes(mins)}. We have {listed} on the board. Where do we "
                              "start?"]
        else:
            spec.templates = [f"Now it's time for {phase}, with {minutes(mins)}. Who wants to start?",
                              f"On to {phase}, everyone! We have {minutes(mins)}. What should we do first?"]
        spec.facts = {"minutes_left": mins, "phase": phase}
    elif kind == "time_warning":
        spec.move = "time_check"
        spec.templates = [f"Heads up: {minutes(mins)} left for {phase}!",
                          f"We have {minutes(mins)} left for {phase}. Let's keep going!",
                          f"Just {minutes(mins)} left for {phase}, everyone."]
        spec.facts = {"minutes_left": mins, "phase": phase}
    elif kind == "off_task" and step is not None:
        spec.move = f"redirect_{step}"  # the group did not come back to the task when asked
        spec.templates = {
            "rephrase": [f"Our time is short, so let's get back to {phase}. {what_it_needs}"],
            "address_directly": [f"Everyone, let's come back to {thing} now. {what_it_needs}"],
        }.get(step, [f"Shall we work on {ideas[-2]} or {ideas[-1]} first?"] if len(ideas) >= 2 else
              [f"Shall we add one more idea for {thing}, or pick one we have?"])
    elif kind == "off_task":
        spec.move = "redirect"
        if ideas:
            spec.templates = [f"Ha, that sounds fun! Let's get back to {phase}: what do you think of {ideas[-1]}?",
                              f"Fun! Now back to {thing}. What could we add to {ideas[-1]}?",
                              f"I like the energy! Let's use it for {phase}: who has an idea to add to {ideas[-1]}?"]
        else:
            spec.templates = [f"Ha, that sounds fun! Let's get back to {phase}: what is one idea for {thing}?",
                              f"Fun! Now back to our task: how could we {to_do}?",
                              f"I like the energy! Let's use it for {phase}. {what_it_needs}"]
    elif kind == "stall":
        spec.move = "next_step"
        if ideas:
            spec.templates = [f"Let's keep going with {phase}. What would {ideas[-1]} need?",
                              f"Here's a small step: each of you say one thing you like about {ideas[-1]}.",
                              f"Let's look at {ideas[-1]}. What could make it even better?"]
        else:
            spec.templates = [f"Let's keep going with {phase}. {what_it_needs}",
                              f"Here's a small step: each of you write one idea for {thing}.",
                              f"What is one thing you would want in {thing}?"]
    last = {t.text.strip().lower() for t in s.turns if t.kind == "agent"}
    fresh = [t for t in spec.templates if t.strip().lower() not in last] or spec.templates
    rng.shuffle(fresh)
    spec.templates = fresh
    if spec.templates:
        spec.directive = ("Say this to the group in your own friendly words, in one or two short sentences, "
                          f"keeping every name and number: \"{spec.templates[0]}\"")
    return spec


def situation_kind(trigger_kind: str, about: Turn | None) -> str | None:
    """The turn kind of a policy trigger (None for turns the move composer does not handle)."""
    if trigger_kind in ("addressed", "facilitator"):
        return "authority" if about is not None and AUTHORITY_RE.search(about.text) else "addressed"
    return {"idea_feedback": "idea"}.get(trigger_kind, trigger_kind if trigger_kind in (
        "open", "invite_quiet", "phase_end", "phase_start", "time_warning", "off_task", "stall") else None)

