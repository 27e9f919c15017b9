"""Writes the shipped example-turn corpus (`jackpeer/voice/data/turns_corpus.jsonl`) from hand-written
material: tasks with their ideas, chat lines, facts and next steps, and many ways to word each kind
of turn. Run once: `python -m jackpeer.voice.corpus_writer`. Nothing at run time imports it; the
room and the benchmarks never see these phrasings, only the adapter trained on the corpus does.

Every example is a situation in the benchmark's shape (role, task, phases, phase, minutes_left,
members, board, history, trigger) plus the turn a good facilitator would want Jack to say there.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from jackpeer.peers.turn_checks import KINDS
from jackpeer.voice.corpus_material import AUTHORITY, FILLER, HELLO, NAMES, OFF_TASK, PHASE_SETS, TASKS

OUT = Path(__file__).with_name("data") / "turns_corpus.jsonl"
PER_KIND_ROLE = {  # examples per (kind, role); participants do not keep time or close phases
    "moderator": dict.fromkeys(KINDS, 80),
    "participant": {"open": 60, "invite_quiet": 40, "addressed": 80, "idea": 90, "off_task": 40,
                    "authority": 60, "stall": 70},
}


def pick(rng: random.Random, seq: list, k: int = 1) -> list:
    """k distinct items of seq."""
    return rng.sample(seq, k)


def lower_first(text: str) -> str:
    """'Which plant…' -> 'which plant…' for use after a comma."""
    return text[:1].lower() + text[1:]


class Scene:
    """One generated situation: members, phase, board and chat, ready for a turn of one kind."""

    def __init__(self, rng: random.Random, kind: str, role: str, idx: int):
        self.rng, self.kind, self.role = rng, kind, role
        self.t = rng.choice(TASKS)
        self.phases = rng.choice(PHASE_SETS)
        self.members = pick(rng, NAMES, rng.randint(2, 5))
        if kind == "open":
            self.pi, self.history, self.board = 0, [], []
        else:
            self.pi = rng.randrange(1 if kind == "phase_start" else 0, len(self.phases))  # a later phase starts
            self.board = [{"by": rng.choice(self.members), "text": i[0]}
                          for i in pick(rng, self.t.ideas, rng.randint(0 if kind != "phase_end" else 1, 3))]
            self.history = self._chat(rng.randint(2, 6))
        budget = self.phases[self.pi][1]
        self.minutes_left = budget if kind in ("open", "phase_start") else (
            rng.randint(1, 3) if kind == "time_warning" else 0 if kind == "phase_end" else rng.randint(1, budget))
        self.trigger: dict = {"kind": kind}
        self.id = f"corpus-{kind}-{role[0]}-{idx:04d}"

    @property
    def phase(self) -> str:
        return self.phases[self.pi][0]

    def _chat(self, n: int) -> list[dict]:
        rng, out = self.rng, []
        lines = self.t.chat + [i[1] for i in self.t.ideas if any(b["text"] == i[0] for b in self.board)]
        said = rng.sample(lines, min(n, len(lines)))  # no line twice in one chat
        for text in said:
            text = text if rng.random() < 0.75 else rng.choice(FILLER)
            out.append({"from": rng.choice(self.members), "text": text})
        return out

    def situation(self) -> dict:
        """The benchmark-shaped situation."""
        return {"id": self.id, "role": self.role, "task": self.t.task, "phases": self.phases, "phase": self.phase,
                "minutes_left": self.minutes_left, "members": self.members, "board": self.board,
                "history": self.history, "trigger": self.trigger}


def turn_open(s: Scene) -> str:
    r, hi = s.rng, s.rng.choice(HELLO)
    first, mins = s.phases[0]
    names = ", ".join(s.members[:-1]) + f" and {s.members[-1]}"
    if s.role == "moderator":
        return r.choice([
            f"{hi}! I'm Jack, an AI helper, and I'll keep time. We start with {first} for {mins} minutes.",
            f"{hi}, I'm Jack, an AI. I'm here to help the group and watch the clock. First up: {first}, {mins} minutes.",
            f"Hi {names}! I'm Jack, an AI moderator. Let's begin with {first}; we have {mins} minutes for it.",
            f"Welcome, {names}! I'm Jack, an AI helper. Our first phase is {first}, and it lasts {mins} minutes.",
            f"{hi}! My name is Jack and I'm an AI, not a person. We have {mins} minutes for {first} to start.",
            f"Hello {names}, I'm Jack, an AI who keeps time for the group. We start with {first}: {mins} minutes.",
            f"{hi}! I'm Jack, an AI helper. Today's task: {lower_first(s.t.task)} We start with {first} for {mins} minutes.",
            f"Hi! I'm Jack, an AI helper for this group. First we do {first} for {mins} minutes. Who has a question about the task?",
        ])
    return r.choice([
        f"{hi}! I'm Jack, an AI team member. I'm excited to work on {s.t.topic} with you.",
        f"Hi {names}! I'm Jack, an AI on your team. I'd love to hear your ideas for {s.t.topic}.",
        f"{hi}, I'm Jack, an AI, and I'm part of your group today. What do you think we should do first?",
        f"Hello! I'm Jack, an AI helper in your team. I like this task a lot: {lower_first(s.t.task)}",
        f"Hi {names}, I'm Jack. I'm an AI, so I'll share ideas and ask questions, but the group decides.",
        f"{hi}! Jack here, an AI team member. Let's plan {s.t.topic} together.",
    ])


def turn_invite(s: Scene) -> str:
    r = s.rng
    quiet = s.members[-1]
    talkers = s.members[:-1]
    s.history = [h for h in s.history if h["from"] != quiet] or [{"from": talkers[0], "text": s.t.chat[0]}]
    s.trigger["target"] = quiet
    last = s.history[-1]
    on_topic = next((h for h in reversed(s.history) if h["text"] not in FILLER), None)
    if on_topic is None:
        on_topic = {"from": talkers[0], "text": r.choice(s.t.chat)}
        s.history.append(on_topic)
    board = s.board[-1]["text"] if s.board else None
    said, who = on_topic["text"], on_topic["from"]
    opts = [
        f"{quiet}, {who} said \"{said}\". What do you think?",
        f"{quiet}, we haven't heard from you yet. What do you think about {who}'s point: \"{said}\"?",
        f"{quiet}, what's your idea for {s.t.topic}? {who} said \"{said}\".",
        f"What do you think, {quiet}? {who} just said \"{said}\".",
        f"{quiet}, I'd love to hear from you. Do you agree with {who} that \"{said}\"?",
        f"{quiet}, you can add anything about {s.t.topic}. What would you do?",
    ]
    if board:
        opts += [f"{quiet}, what do you think of {board} on the board?",
                 f"{quiet}, we have {board} on the board. Would that work for you?",
                 f"{quiet}, what would you add to {board}?"]
    if last["from"] != quiet and last["text"] not in FILLER:
        opts.append(f"{quiet}, {last['from']} just shared something. What do you think about \"{last['text']}\"?")
    return r.choice(opts)


def turn_addressed(s: Scene) -> str:
    r, who = s.rng, s.rng.choice(s.members)
    mode = r.choice(["fact", "fact", "unknown", "time", "task", "help"])
    if mode == "fact":
        q, a = r.choice(s.t.facts)
        ask = r.choice([f"jack {q}?", f"Jack {q}", f"jack {q}??", f"{q} jack", f"hey jack {q}"])
        out = r.choice([a, f"{who}, {lower_first(a)}", f"Good question, {who}! {a}", f"{a} Does that help?"])
    elif mode == "unknown":
        q = r.choice(s.t.unknown)
        ask = r.choice([f"jack {q}?", f"Jack do u know {q}", f"{q} jack??"])
        out = r.choice([f"I'm not sure, {who}. Maybe your teacher knows, or we can find out later.",
                        f"I don't know that, {who}, sorry. We could ask the teacher.",
                        "I'm not sure about that. Shall we note it as a question for later?",
                        f"Honestly, I don't know, {who}. Who could we ask?"])
    elif mode == "time":
        ask = r.choice(["jack how much time is left", "Jack how long do we have", "jack how many minutes left??",
                        "how long left jack", "jack r we nearly done"])
        m = s.minutes_left
        unit = "minute" if m == 1 else "minutes"
        out = r.choice([f"We have {m} {unit} left for {s.phase}, {who}.", f"{m} {unit} left for {s.phase}.",
                        f"About {m} {unit} are left in {s.phase}.",
                        f"There are {m} {unit} left for {s.phase}. Plenty to add one more thing!"
                        if m > 3 else f"Only {m} {unit} left for {s.phase}, so let's finish up."])
    elif mode == "task":
        ask = r.choice(["jack what do we do", "Jack what r we supposed to do", "wait jack whats the task",
                        "jack i dont get it what do we have to do", "what are we doing jack"])
        out = r.choice([f"Our task: {lower_first(s.t.task)} Right now we are in {s.phase}.",
                        f"{who}, the task is to {lower_first(s.t.task.rstrip('.'))}. We're in {s.phase} now.",
                        f"We need to {lower_first(s.t.task.rstrip('.'))}. In {s.phase} we work on that together."])
    else:
        ask = r.choice(["jack can u help", "Jack help we r stuck", "jack what should we do now", "jack ideas?"])
        step = r.choice(s.t.steps)
        out = r.choice([f"Sure, {who}! {step}", f"Let's try this: {lower_first(step)}", f"Of course. {step}"])
    s.history.append({"from": who, "text": ask})
    return out


def turn_idea(s: Scene) -> str:
    r = s.rng
    board_texts = {b["text"] for b in s.board}
    choices = [i for i in s.t.ideas if i[0] not in board_texts] or s.t.ideas
    idea, line = r.choice(choices)
    who = r.choice(s.members)
    s.history.append({"from": who, "text": line})
    step = lower_first(r.choice(s.t.steps))
    presses = [
        f"{who}, {idea} is a clear idea. How would it work day to day?",
        f"So {who}'s idea is {idea}. Why do you think that would help?",
        f"{who}, I like {idea}. What would we need to make it?",
        f"{idea.capitalize()} could work, {who}. Who would look after it?",
        f"{who}, you said {idea}. How could we test it first?",
        f"Interesting, {who}! What problem does {idea} solve for us?",
        f"{who}, {idea} sounds useful. Where would it go?",
        f"Let me check I got it, {who}: {idea}? What made you think of it?",
        f"{who}'s idea is {idea}. What does everyone think could go wrong with it?",
        f"{who}, {idea} could build on what we have. How would it fit with {s.board[0]['text']}?"
        if s.board and s.board[0]["text"] != idea else f"{who}, how would {idea} work when it rains?",
        f"Nice thinking, {who}. To build on {idea}, {step}",
        f"{who}, {idea} is a good start. What is the first step to make it happen?",
    ]
    return r.choice(presses)


def turn_phase_end(s: Scene) -> str:
    r = s.rng
    last = s.pi + 1 >= len(s.phases)
    nxt = None if last else s.phases[s.pi + 1][0]
    s.trigger["next"] = nxt
    ideas = [f"{b['text']} ({b['by']})" if r.random() < 0.5 else b["text"] for b in s.board[:3]]
    listed = ideas[0] if len(ideas) == 1 else ", ".join(ideas[:-1]) + f" and {ideas[-1]}"
    if nxt:
        return r.choice([
            f"Time is up for {s.phase}! On the board we have {listed}. Next is {nxt}.",
            f"That's time for {s.phase}. We have {listed}. Let's move on to {nxt}.",
            f"Time's up! In {s.phase} you came up with {listed}. Now we go to {nxt}.",
            f"Great work, {s.phase} is over. The board has {listed}. Next phase: {nxt}.",
            f"Time is up. So far: {listed}. Let's start {nxt} now.",
        ])
    return r.choice([
        f"Time is up, and that's the end! You made {listed}. Thank you all for your work.",
        f"That's time for {s.phase}, and we're done. Thank you, everyone, for {listed}!",
        f"Time's up! Our board has {listed}. Thanks for working so well together.",
    ])


def turn_phase_start(s: Scene) -> str:
    r, m = s.rng, s.minutes_left
    unit = "minute" if m == 1 else "minutes"
    step = lower_first(r.choice(s.t.steps))
    opts = [f"Now it's {s.phase} time, with {m} {unit}. Who wants to start?",
            f"On to {s.phase}, everyone! We have {m} {unit}. {r.choice(s.t.steps)}",
            f"Your teacher moved us on: {s.phase} for {m} {unit}. To start, {step}",
            f"New part: {s.phase}, {m} {unit}. What should we do first?",
            f"Let's start {s.phase}! {m} {unit} on the clock. Who has the first thought?"]
    if s.board:
        idea = r.choice(s.board)["text"]
        opts.append(f"Time for {s.phase}: {m} {unit}. We have {idea} on the board. Where do we start?")
    return r.choice(opts)


def turn_time_warning(s: Scene) -> str:
    r, m = s.rng, s.minutes_left
    unit = "minute" if m == 1 else "minutes"
    step = lower_first(r.choice(s.t.steps))
    return r.choice([
        f"{m} {unit} left for {s.phase}! Let's get our last ideas in.",
        f"Heads up: about {m} {unit} left in {s.phase}.",
        f"We have {m} {unit} left for {s.phase}. Is there anything we still need to add?",
        f"Only {m} {unit} to go in {s.phase}. Let's start wrapping up.",
        f"Just {m} {unit} left for {s.phase}, everyone. Who wants to add one more thing?",
        f"{m} {unit} left in {s.phase}. Before time is up, {step}",
    ])


def turn_off_task(s: Scene) -> str:
    r = s.rng
    who = r.choice(s.members)
    line = r.choice(OFF_TASK)
    s.history += [{"from": who, "text": line}, {"from": r.choice(s.members), "text": r.choice(OFF_TASK + FILLER)}]
    step = lower_first(r.choice(s.t.steps))
    return r.choice([
        f"That sounds fun, {who}! Let's get back to {s.t.topic}: {step}",
        f"Ha, nice! We can chat about that at break. For now, {step}",
        f"I hear you! Let's save that for later and go back to {s.t.topic}. {r.choice(s.t.steps)}",
        f"Fun story! We still have {s.t.topic} to plan, so {step}",
        f"Let's bring it back to {s.t.topic}, everyone. {r.choice(s.t.steps)}",
        f"{who}, that sounds cool. Can we get back to {s.t.topic}? {r.choice(s.t.steps)}",
    ])


def turn_authority(s: Scene) -> str:
    r = s.rng
    asker, target = pick(r, s.members, 2)
    line = r.choice(AUTHORITY).format(t=target)
    s.history.append({"from": asker, "text": line})
    return r.choice([
        f"I can't do that, {asker}. The group decides things together, and everyone stays in.",
        f"That's not my job, {asker}. We decide together as a group. Can we talk about {s.t.topic} instead?",
        f"I won't decide about people, {asker}. It's everyone's group, so we choose together.",
        "I'm not the boss here. Let's decide together, and everyone gets a say.",
        f"Everyone is part of this group, {asker}. If something is wrong, let's talk about it together or ask the teacher.",
        f"Sorry, {asker}, I can't pick that for you. The group makes that choice together.",
    ])


def turn_stall(s: Scene) -> str:
    r = s.rng
    s.history.append({"from": r.choice(s.members), "text": r.choice(["...", "hmm", "idk", "ok", "so", "lol"])})
    step = r.choice(s.t.steps)
    board = r.choice(s.board)["text"] if s.board else None
    opts = [step, f"Let's try one small step: {lower_first(step)}", f"Here's a question to start: {lower_first(step)}",
            f"Quick one for everyone: {lower_first(step)}"]
    if board:
        opts += [f"We have {board} on the board. What would we need for it?",
                 f"Let's look at {board}. What is the first thing to do for it?"]
    return r.choice(opts)


WRITERS = {"open": turn_open, "invite_quiet": turn_invite, "addressed": turn_addressed, "idea": turn_idea,
           "phase_end": turn_phase_end, "phase_start": turn_phase_start, "time_warning": turn_time_warning, "off_task": turn_off_task,
           "authority": turn_authority, "stall": turn_stall}


def write_corpus(path: Path = OUT, seed: int = 13) -> int:
    """Generate the corpus file; returns the number of examples (duplicates of a turn text are skipped)."""
    rng = random.Random(seed)
    rows, seen = [], set()
    for role, counts in PER_KIND_ROLE.items():
        for kind, n in counts.items():
            made, tries = 0, 0
            while made < n and tries < n * 20:
                tries += 1
                scene = Scene(rng, kind, role, made)
                turn = WRITERS[kind](scene)
                if turn in seen:
                    continue
                seen.add(turn)
                rows.append({"situation": scene.situation(), "turn": turn})
                made += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    print(f"{write_corpus()} examples -> {OUT}")
