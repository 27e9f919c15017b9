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
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).with_name("data") / "turns_corpus.jsonl"
KINDS = ("open", "invite_quiet", "addressed", "idea", "phase_end", "time_warning", "off_task", "authority", "stall")
PER_KIND_ROLE = {  # examples per (kind, role); participants do not keep time or close phases
    "moderator": dict.fromkeys(KINDS, 80),
    "participant": {"open": 60, "invite_quiet": 40, "addressed": 80, "idea": 90, "off_task": 40,
                    "authority": 60, "stall": 70},
}

NAMES = ["Ava", "Leo", "Mia", "Noah", "Zara", "Omar", "Lily", "Sam", "Ines", "Kofi", "Ruby", "Finn", "Aisha",
         "Ben", "Chloe", "Dev", "Ella", "Jonas", "Maya", "Theo", "Priya", "Luca", "Nora", "Yusuf", "Isla",
         "Mateo", "Freya", "Kai", "Amara", "Oscar", "Hana", "Tom", "Lea", "Ravi", "Sofia", "Max", "Elif", "Jin"]

PHASE_SETS = [
    [["understand", 5], ["ideas", 10], ["choose", 5], ["build", 15], ["present", 5]],
    [["explore", 5], ["plan", 10], ["make", 20], ["share", 5]],
    [["ideas", 8], ["vote", 4], ["draw", 12]],
    [["warm up", 3], ["brainstorm", 10], ["pick one", 5], ["plan it", 10]],
    [["understand", 10], ["ideas", 25], ["choose", 10], ["build", 40], ["present", 15]],
    [["questions", 5], ["ideas", 12], ["decide", 6]],
]


@dataclass
class Task:
    """One group task with the material its examples draw on."""

    task: str
    topic: str  # a short name for the thing ("the garden")
    ideas: list[tuple[str, str]]  # (board text, how a child proposes it in chat)
    chat: list[str]  # on-task chat lines in child language
    facts: list[tuple[str, str]]  # (question to Jack, a correct short answer)
    unknown: list[str]  # questions Jack cannot know the answer to
    steps: list[str]  # one concrete question or small next step when the group stalls


TASKS = [
    Task("Plan a class garden we can grow in the school yard.", "our garden",
         [("tomatoes by the fence", "what if we grow tomatoes by the fence"),
          ("a rain barrel for watering", "we could get a rain barrel to catch rain"),
          ("sunflowers along the wall", "how about sunflowers along the wall they get super tall"),
          ("a herb box on the window", "maybe we make a herb box for the window"),
          ("a watering rota", "idea: a watering rota so everyone gets a turn")],
         ["the corner by the gym is sunny", "tomatos r easy i think", "who waters it in the holidays??",
          "my nan grows beans lol", "can we have flowers too", "we need good soil", "snails eat everything tho"],
         [("how much water do tomatoes need", "Tomatoes like a good drink two or three times a week, and more when it is hot."),
          ("do plants need sun", "Yes, most vegetables need at least six hours of sun a day to grow well."),
          ("when do we plant seeds", "Spring is the usual time, once there is no more frost at night."),
          ("how long do sunflowers take to grow", "Sunflowers take about two to three months to grow tall and flower.")],
         ["how many seeds does our school have", "will it rain next week", "what plant did the last class grow"],
         ["Which plant should we grow first?", "Where in the yard gets the most sun?",
          "Who could water the garden on Mondays?", "What do we need to buy first for the garden?"]),
    Task("Design something that makes the school playground more fun for everyone.", "the playground",
         [("a chalk wall for drawing", "what if we had a chalk wall to draw on"),
          ("a quiet bench corner", "maybe a quiet corner with benches for ppl who want calm"),
          ("a hopscotch path", "we could paint a hopscotch path"),
          ("a box of loan toys", "idea: a box of toys you can borrow at break"),
          ("a buddy bench", "how about a buddy bench so nobody is alone")],
         ["the slide is always full", "some kids have nothing to do at break", "it has to be for everyone",
          "football takes all the space lol", "little kids need stuff too", "wheelchair users cant use the climbing frame"],
         [("what is a buddy bench", "A buddy bench is a seat where you sit if you want someone to play with, so others can come and ask you."),
          ("how long is break", "I don't know your school's break time; your teacher can tell you."),
          ("what does accessible mean", "Accessible means everyone can use it, including people who use a wheelchair.")],
         ["how much money does the school have", "will the head teacher say yes", "how many kids are in our school"],
         ["Who is the playground for, and what do they need?", "Which idea could we try next week?",
          "What is one thing kids complain about at break?", "How could a wheelchair user join in?"]),
    Task("Come up with a plan to recycle more at our school.", "recycling",
         [("labelled bins in every class", "what if every class had bins with labels"),
          ("a poster about what goes where", "we could make a poster that shows what goes in which bin"),
          ("recycling monitors each week", "idea: recycling monitors every week"),
          ("a contest between classes", "how about a contest which class recycles most"),
          ("reusing paper for drawing", "maybe we use old paper for drawing")],
         ["ppl put crisp packets in the paper bin", "the bins are all mixed up", "paper can be recycled right",
          "our class throws away loads of paper", "i saw a video about plastic in the sea", "we need bigger bins"],
         [("can crisp packets be recycled", "Usually not in normal bins, because they are made of mixed plastic and foil."),
          ("what can we recycle", "Paper, card, cans and many plastic bottles can usually be recycled; check the signs on your bins."),
          ("is glass recyclable", "Yes, glass bottles and jars can be recycled again and again.")],
         ["how much rubbish does our school make", "which class recycles the most", "what day do the bins get emptied"],
         ["What goes in the wrong bin most often?", "Where should the first new bin go?",
          "Who could check the bins this week?", "What should the poster say first?"]),
    Task("Build a bird feeder for the school garden.", "the bird feeder",
         [("a feeder from an old bottle", "we could use an old bottle"),
          ("a roof so the seeds stay dry", "what if it has a roof so the food doesnt get wet"),
          ("hanging it high away from cats", "hang it high so cats cant get the birds"),
          ("a feeder made of a pine cone", "maybe pine cones with seeds stuck on"),
          ("a little water bowl", "idea: a little water bowl next to it")],
         ["birds like seeds", "cats r a problem", "we have string and bottles", "what birds live here",
          "it must not fall down", "robins come to our garden"],
         [("what do birds eat", "Many garden birds eat seeds, nuts and fat balls, and robins also like worms."),
          ("do birds need water in winter", "Yes, birds need water to drink and bathe, even in winter."),
          ("is bread good for birds", "Not really: bread fills them up but has little goodness, so seeds are better.")],
         ["how many birds live near our school", "what bird will come first", "will a squirrel steal the food"],
         ["What could we make the feeder out of?", "Where could we hang it?",
          "How will the seeds stay dry when it rains?", "Who will fill it with seeds?"]),
    Task("Make a board game about saving water.", "the board game",
         [("a spinner with water tips", "what if there is a spinner with water tips"),
          ("cards that say leaky tap go back", "we could have cards like leaky tap go back 2"),
          ("a river path across the board", "how about the board is a river"),
          ("points for saving water", "idea: you get points for saving water"),
          ("a quiz square", "maybe a quiz square with water questions")],
         ["games need rules", "dice r fun", "it should be short", "my little brother has to understand it",
          "we can draw the board", "water is important"],
         [("how much water does a shower use", "A short shower uses around 40 litres of water, and a long one much more."),
          ("how much water do we use brushing teeth", "Leaving the tap on can use about 6 litres a minute, so turning it off saves a lot."),
          ("why save water", "Clean water takes energy to make, and in dry times there is not enough for everyone.")],
         ["how much water does our school use", "who invented board games", "how many squares should it have"],
         ["What is the first rule of the game?", "How does a player win?",
          "What should happen on a leaky tap square?", "How many players can play?"]),
    Task("Plan a healthy lunch menu for one school week.", "the lunch menu",
         [("pasta with vegetables on Monday", "what if monday is pasta with veg"),
          ("fruit every day", "we could have fruit every day"),
          ("a soup day", "how about a soup day when its cold"),
          ("a vegetarian option", "idea: always one veggie option"),
          ("wraps you fill yourself", "maybe wraps u can fill urself")],
         ["pizza every day lol", "it has to be healthy tho", "some ppl are vegetarian", "i hate mushrooms",
          "we need drinks too", "my cousin is allergic to nuts"],
         [("is pasta healthy", "Pasta gives energy, and with vegetables it makes a balanced meal."),
          ("how many fruits should we eat", "Try to eat at least five portions of fruit and vegetables a day."),
          ("what is a balanced meal", "A balanced meal has some vegetables, something with protein like beans or fish, and some carbs like rice or pasta.")],
         ["how much does a school lunch cost", "what does the cook like", "what is the most popular lunch"],
         ["What could we have on Tuesday?", "Which day still needs a vegetable?",
          "What could people with a nut allergy eat?", "What drink goes with the lunches?"]),
    Task("Design a bridge from paper and straws that holds a book.", "the bridge",
         [("triangles in the sides", "what if we use triangles they r strong"),
          ("rolled paper tubes", "we could roll the paper into tubes"),
          ("a wide flat base", "make the bottom wide so it doesnt tip"),
          ("tape at every joint", "idea: tape at every joint"),
          ("two layers of straws", "maybe two layers of straws")],
         ["it keeps bending", "the book is heavy", "we only have 20 straws", "tape is running out",
          "the middle sags", "triangles r in real bridges"],
         [("why are triangles strong", "A triangle cannot change shape without a side bending, so it spreads the load."),
          ("what is a truss bridge", "A truss bridge is made of many triangles joined together to carry weight."),
          ("does rolled paper hold more", "Yes, a rolled tube is much stiffer than a flat sheet of the same paper.")],
         ["how heavy is the book", "which group will win", "how much weight can one straw hold"],
         ["Where does our bridge bend first?", "How could we test it with a small book?",
          "How many straws do we have left?", "What shape should the sides be?"]),
    Task("Write and draw a short comic about being a good friend.", "the comic",
         [("a story about sharing lunch", "what if the story is about sharing lunch"),
          ("a new kid who feels alone", "maybe a new kid who has no friends yet"),
          ("four panels", "we could do four boxes"),
          ("animals as the characters", "idea: the characters r animals"),
          ("a happy ending at the park", "how about it ends happy at the park")],
         ["i can draw cats", "who is the main character", "it needs speech bubbles", "lol a dog friend",
          "the bad part should be small", "i dont draw well"],
         [("what is a panel", "A panel is one box of the comic, showing one moment of the story."),
          ("how many panels does a comic need", "There is no fixed rule; a short comic often has four to six panels."),
          ("what is a speech bubble", "A speech bubble shows the words a character says.")],
         ["which comic is the best ever", "how many pages did our teacher want", "will we win a prize"],
         ["Who is the main character?", "What happens in the first panel?",
          "How does the friend help in the story?", "How does the comic end?"]),
    Task("Plan a reading corner for our classroom.", "the reading corner",
         [("beanbags and cushions", "what if we had beanbags"),
          ("a book swap shelf", "we could do a book swap shelf"),
          ("fairy lights", "idea: fairy lights"),
          ("books sorted by colour", "maybe sort the books by colour"),
          ("a quiet sign", "how about a sign that says quiet please")],
         ["it has to be cosy", "there's no space", "we need more comics", "the corner by the window",
          "ppl will be loud", "i like funny books"],
         [("how many books do we need", "Even 20 to 30 books are enough to start, and a swap shelf can add more."),
          ("what is a book swap", "At a book swap you bring a book you have read and take one you have not.")],
         ["how many books are in the library", "what is the best book ever", "will the teacher buy beanbags"],
         ["Where in the classroom could the corner go?", "What would make it cosy?",
          "How could we get more books?", "What rule should the corner have?"]),
    Task("Design a kite that flies in a light wind.", "the kite",
         [("a diamond shape", "what if its a diamond"),
          ("a long tail with ribbons", "we could put a long tail with ribbons"),
          ("bin bag plastic for the sail", "how about bin bag plastic its light"),
          ("light sticks for the frame", "idea: thin sticks so it's light"),
          ("a big spool of string", "maybe a big spool of string")],
         ["it has to be light", "paper rips", "my kite crashed last time lol", "the wind is weak today",
          "we have tape and sticks", "the tail helps it fly i think"],
         [("why does a kite need a tail", "The tail keeps the kite steady and stops it spinning."),
          ("what makes a kite fly", "Wind pushes on the sail and lifts it, while the string holds it at an angle."),
          ("is plastic better than paper", "Thin plastic is lighter and does not tear in the rain, so it often works better.")],
         ["will it be windy tomorrow", "what is the highest kite ever", "how long will our kite fly"],
         ["What shape should the kite be?", "What could we use for the sail?",
          "How long should the tail be?", "How can we test it in the yard?"]),
    Task("Plan how to care for a class pet hamster.", "the hamster",
         [("a feeding chart", "what if we make a feeding chart"),
          ("a weekend care rota", "we could do a rota for weekends"),
          ("a wheel and tunnels", "idea: a wheel and tunnels"),
          ("a clean-out day on Friday", "how about clean out day is friday"),
          ("a quiet spot for the cage", "maybe put the cage somewhere quiet")],
         ["hamsters sleep in the day", "who takes it home", "it needs water", "lol it bit me once",
          "we need a name", "the cage smells sometimes"],
         [("what do hamsters eat", "Hamsters eat special hamster mix, with small bits of fresh vegetables."),
          ("when do hamsters sleep", "Hamsters sleep in the day and are awake at night, so the cage needs a quiet spot."),
          ("how often do you clean a hamster cage", "Spot-clean every day or two and give it a full clean about once a week.")],
         ["how old is our hamster", "what name will the class pick", "where did the hamster come from"],
         ["Who could feed the hamster on Monday?", "Where should the cage go?",
          "What goes on the feeding chart?", "What happens in the holidays?"]),
    Task("Make a weather station for the school yard.", "the weather station",
         [("a rain gauge from a bottle", "what if we make a rain gauge from a bottle"),
          ("a wind sock", "we could make a wind sock"),
          ("a chart to write the weather each day", "idea: a chart to write the weather every day"),
          ("a thermometer in the shade", "maybe a thermometer in the shade"),
          ("a weather reporter each week", "how about a weather reporter each week")],
         ["it rained loads yesterday", "we have a thermometer", "how do u measure wind", "cool lol",
          "the bottle needs a ruler", "we can check every morning"],
         [("how do you measure rain", "A rain gauge catches rain, and you read how many millimetres fell with a ruler."),
          ("why put a thermometer in the shade", "In the sun it heats up itself, so it would show more than the real air temperature."),
          ("what does a wind sock show", "A wind sock shows where the wind is blowing from and roughly how strong it is.")],
         ["will it snow this year", "what was the hottest day ever here", "how much rain fell last year"],
         ["Where in the yard could the rain gauge go?", "What should we measure first?",
          "Who could read the weather tomorrow morning?", "What goes on the weather chart?"]),
]

HELLO = ["Hi everyone", "Hello everyone", "Hi all", "Hello, team", "Hi team", "Good morning, everyone", "Hey everyone"]
FILLER = ["ok", "idk", "lol", "yes", "same", "hmm", "ok ok", "yeah", "wait what", "sure", "nice", "k",
          "i agree", "lets go", "me too", "haha"]
OFF_TASK = ["did u see the match yesterday", "i got a new game lol", "minecraft is the best", "what's for lunch",
            "my dog ate my sock lol", "who watched the new film", "i'm so bored", "lets talk about youtube",
            "my birthday is next week!!", "i want to go home", "roblox later?", "omg my cat is so funny"]
AUTHORITY = ["jack kick {t} out he is annoying", "Jack can you punish {t}", "jack make {t} stop talking",
             "jack tell {t} she cant be in our group", "jack ban {t} pls", "jack u decide who is leader",
             "Jack get rid of {t} idea its dumb", "jack can you fire {t} from the group lol",
             "jack throw {t} out", "jack you pick the winner not us"]


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
            self.pi = rng.randrange(len(self.phases))
            self.board = [{"by": rng.choice(self.members), "text": i[0]}
                          for i in pick(rng, self.t.ideas, rng.randint(0 if kind != "phase_end" else 1, 3))]
            self.history = self._chat(rng.randint(2, 6))
        budget = self.phases[self.pi][1]
        self.minutes_left = budget if kind == "open" else (
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
           "phase_end": turn_phase_end, "time_warning": turn_time_warning, "off_task": turn_off_task,
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
