"""Dialog corpora: DailyDialog, PersonaChat (ConvAI2), JSONL, chatterbot-corpus and room transcripts.

Every reader returns `Dialogue`s plus a list of problems ("file:line: what is wrong"). A
problem is never dropped silently: `load_corpus(strict=True)` (the default) raises InputError
listing them; with strict=False the caller gets them back and must report them.
"""

import importlib.util
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from jackpeer.errors import InputError

DAILYDIALOG_ACTS = {1: "inform", 2: "question", 3: "directive", 4: "commissive"}
DAILYDIALOG_EMOTIONS = {
    0: "no emotion", 1: "anger", 2: "disgust", 3: "fear", 4: "happiness", 5: "sadness", 6: "surprise"
}
FORMATS = ("dailydialog", "personachat", "jsonl", "chatterbot", "room")


@dataclass
class Dialogue:
    """One conversation: its turns in order and what the corpus says about them."""

    turns: list[str]
    persona: list[str] = field(default_factory=list)  # the responder's persona (PersonaChat)
    partner_persona: list[str] = field(default_factory=list)
    acts: list[int] | None = None  # DailyDialog dialog act per turn
    emotions: list[int] | None = None  # DailyDialog emotion per turn
    candidates: list[list[str]] | None = None  # PersonaChat ranking candidates per response
    response_turns: list[int] | None = None  # indices that are responses; None = every turn after the first
    source: str = ""


@dataclass
class Pair:
    """One training example: up to `window` previous turns (and persona lines) and the response."""

    context: list[str]
    response: str
    persona: list[str] = field(default_factory=list)


@dataclass
class Corpus:
    """Dialogues read from files, with the problems found while reading them."""

    dialogues: list[Dialogue]
    problems: list[str] = field(default_factory=list)

    def extend(self, other: "Corpus") -> None:
        """Append another corpus's dialogues and problems."""
        self.dialogues += other.dialogues
        self.problems += other.problems


def make_pairs(dialogues: list[Dialogue], window: int = 5) -> list[Pair]:
    """Split dialogues into context/response pairs: each response turn with the `window` turns before it."""
    pairs = []
    for d in dialogues:
        responses = d.response_turns if d.response_turns is not None else range(1, len(d.turns))
        for i in responses:
            if i == 0:
                continue
            pairs.append(Pair(d.turns[max(0, i - window) : i], d.turns[i], d.persona))
    return pairs


# ---------------------------------------------------------------- DailyDialog


def _label_file(text_file: Path, kind: str) -> Path | None:
    """The act/emotion file next to a DailyDialog text file (dialogues_act.txt or dialogues_act_<split>.txt)."""
    stem = text_file.name.removeprefix("dialogues_")  # "text.txt" (full set) or "<split>.txt"
    name = f"dialogues_{kind}.txt" if stem == "text.txt" else f"dialogues_{kind}_{stem}"
    candidate = text_file.with_name(name)
    return candidate if candidate.exists() else None


def _read_labels(path: Path, counts: list[int], problems: list[str]) -> list[list[int]] | None:
    """Integer labels per dialogue; each line must hold one label per utterance of that dialogue."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) != len(counts):
        problems.append(f"{path}: {len(lines)} lines but the text file has {len(counts)} dialogues")
        return None
    out = []
    for i, (line, n) in enumerate(zip(lines, counts, strict=True), start=1):
        try:
            labels = [int(x) for x in line.split()]
        except ValueError:
            problems.append(f"{path}:{i}: labels must be integers, got {line.strip()[:60]!r}")
            labels = []
        if labels and len(labels) != n:
            problems.append(f"{path}:{i}: {len(labels)} labels for {n} utterances")
        out.append(labels)
    return out


def read_dailydialog(text_file: str | Path) -> Corpus:
    """DailyDialog: one dialogue per line, utterances ended by `__eou__`; acts and emotions if present."""
    text_file = Path(text_file)
    problems: list[str] = []
    dialogues: list[Dialogue] = []
    for i, line in enumerate(text_file.read_text(encoding="utf-8").splitlines(), start=1):
        parts = line.split("__eou__")
        if parts[-1].strip() or len(parts) < 2:
            problems.append(f"{text_file}:{i}: line does not end with __eou__ (truncated or wrong file?)")
            dialogues.append(None)
            continue
        turns = [p.strip() for p in parts[:-1]]
        if any(not t for t in turns):
            problems.append(f"{text_file}:{i}: empty utterance between __eou__ markers")
        dialogues.append(Dialogue(turns=turns, source=f"{text_file}:{i}"))
    counts = [len(d.turns) if d else -1 for d in dialogues]
    for kind in ("act", "emotion"):
        path = _label_file(text_file, kind)
        if path is None:
            continue
        labels = _read_labels(path, counts, problems)
        for d, lab in zip(dialogues, labels or [], strict=False):
            if d is not None and len(lab) == len(d.turns):
                setattr(d, "acts" if kind == "act" else "emotions", lab)
    return Corpus([d for d in dialogues if d is not None], problems)


# ---------------------------------------------------------------- PersonaChat


def read_personachat(path: str | Path) -> Corpus:
    """PersonaChat in the ConvAI2 text format: `<k> <content>` lines, k restarting at 1 per dialogue."""
    path = Path(path)
    problems: list[str] = []
    dialogues: list[Dialogue] = []
    current: Dialogue | None = None
    last_k = 0
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        head, _, content = line.partition(" ")
        if not head.isdigit() or not content:
            problems.append(f"{path}:{i}: expected '<number> <content>', got {line[:60]!r}")
            continue
        k = int(head)
        if current is None or k <= last_k:
            current = Dialogue(turns=[], candidates=[], response_turns=[], source=f"{path}:{i}")
            dialogues.append(current)
        last_k = k
        if content.startswith("your persona:"):
            current.persona.append(content[len("your persona:") :].strip())
        elif content.startswith("partner's persona:"):
            current.partner_persona.append(content[len("partner's persona:") :].strip())
        else:
            fields = content.split("\t")
            if len(fields) < 2 or not fields[1].strip():
                problems.append(f"{path}:{i}: turn line needs '<partner>\\t<response>[\\t\\t<cands>]'")
                continue
            current.turns += [fields[0].strip(), fields[1].strip()]
            current.response_turns.append(len(current.turns) - 1)
            current.candidates.append(fields[3].split("|") if len(fields) > 3 and fields[3] else [])
    return Corpus([d for d in dialogues if d.turns], problems)


# ---------------------------------------------------------------- JSONL


def _turn_text(turn) -> str | None:
    """A turn given as a string or as {"text"|"content": ...}."""
    if isinstance(turn, str):
        return turn
    if isinstance(turn, dict) and isinstance(turn.get("text", turn.get("content")), str):
        return turn.get("text", turn.get("content"))
    return None


def read_jsonl(path: str | Path) -> Corpus:
    """JSONL: {"context": [...], "response": "..."} or {"turns": [...]} per line (optional "persona")."""
    path = Path(path)
    problems: list[str] = []
    dialogues: list[Dialogue] = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{path}:{i}: invalid JSON ({err.msg})")
            continue
        if not isinstance(obj, dict):
            problems.append(f"{path}:{i}: expected a JSON object")
            continue
        persona = obj.get("persona", [])
        if "turns" in obj:
            turns = [_turn_text(t) for t in obj["turns"]] if isinstance(obj["turns"], list) else [None]
            responses = None
        elif "context" in obj and "response" in obj:
            ctx = obj["context"] if isinstance(obj["context"], list) else [obj["context"]]
            turns = [_turn_text(t) for t in ctx] + [_turn_text(obj["response"])]
            responses = [len(turns) - 1]
        else:
            problems.append(f"{path}:{i}: needs 'turns' or 'context' and 'response'")
            continue
        if None in turns or len(turns) < 2 or not isinstance(persona, list):
            problems.append(f"{path}:{i}: turns must be strings (or {{'text': ...}}), at least two of them")
            continue
        dialogues.append(Dialogue(turns=turns, persona=persona, response_turns=responses, source=f"{path}:{i}"))
    return Corpus(dialogues, problems)


# ---------------------------------------------------------------- chatterbot-corpus


def chatterbot_dir(language: str = "english") -> Path:
    """The bundled chatterbot-corpus folder for a language (found without importing the package)."""
    spec = importlib.util.find_spec("chatterbot_corpus")
    if spec is None or not spec.submodule_search_locations:
        raise InputError("chatterbot-corpus is not installed; run `make` (or pip install --no-deps chatterbot-corpus)")
    folder = Path(spec.submodule_search_locations[0]) / "data" / language
    if not folder.is_dir():
        raise InputError(f"chatterbot-corpus has no language {language!r} (looked in {folder})")
    return folder


def read_chatterbot(path: str | Path) -> Corpus:
    """A chatterbot-corpus .yml file (or a folder of them): `conversations:` lists of utterances."""
    path = Path(path)
    files = sorted(path.glob("*.yml")) if path.is_dir() else [path]
    corpus = Corpus([])
    for f in files:
        try:
            root = yaml.compose(f.read_text(encoding="utf-8"))
        except yaml.YAMLError as err:
            corpus.problems.append(f"{f}: invalid YAML ({err})")
            continue
        convs = None
        if isinstance(root, yaml.MappingNode):
            convs = next((v for k, v in root.value if k.value == "conversations"), None)
        if not isinstance(convs, yaml.SequenceNode):
            corpus.problems.append(f"{f}: no 'conversations:' list")
            continue
        for node in convs.value:
            line = node.start_mark.line + 1
            ok = isinstance(node, yaml.SequenceNode) and all(isinstance(u, yaml.ScalarNode) for u in node.value)
            if not ok or len(node.value) < 2:
                corpus.problems.append(f"{f}:{line}: a conversation must be a list of at least two utterances")
                continue
            corpus.dialogues.append(Dialogue(turns=[str(u.value) for u in node.value], source=f"{f}:{line}"))
    return corpus


# ---------------------------------------------------------------- room transcripts


def read_room_export(path: str | Path) -> Corpus:
    """A room transcript exported as JSON: a list of {"author", "text", ...} or the room's export object
    ({"room": ..., "messages": [...], ...}). Messages the safety screen blocked ("blocked": true) are
    not training data and are left out on purpose."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        return Corpus([], [f"{path}:{err.lineno}: invalid JSON ({err.msg})"])
    messages = data.get("messages") if isinstance(data, dict) else data
    if not isinstance(messages, list):
        return Corpus([], [f"{path}: expected a list of messages or {{'messages': [...]}}"])
    problems, turns, authors = [], [], []
    for i, msg in enumerate(messages):
        if not (isinstance(msg, dict) and isinstance(msg.get("author"), str) and isinstance(msg.get("text"), str)):
            problems.append(f"{path}: message #{i} needs string 'author' and 'text'")
            continue
        if msg.get("blocked"):
            continue
        if authors and authors[-1] == msg["author"]:  # one speaker's consecutive messages form one turn
            turns[-1] += "\n" + msg["text"]
        else:
            turns.append(msg["text"])
            authors.append(msg["author"])
    dialogues = [Dialogue(turns=turns, source=str(path))] if len(turns) >= 2 else []
    return Corpus(dialogues, problems)


# ---------------------------------------------------------------- dispatch


def detect_format(path: Path) -> str:
    """Guess a corpus format from a path (folder layout, suffix, first line)."""
    if path.is_dir():
        if list(path.glob("*.yml")):
            return "chatterbot"
        if list(path.glob("dialogues_*.txt")) or list(path.glob("*/dialogues_*.txt")):
            return "dailydialog"
        if list(path.glob("*.json")):
            return "room"
        raise InputError(f"{path}: cannot tell the corpus format of this folder; pass --format ({', '.join(FORMATS)})")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return "jsonl"
    if suffix == ".json":
        return "room"
    if suffix in (".yml", ".yaml"):
        return "chatterbot"
    if path.name.startswith("dialogues_"):
        return "dailydialog"
    with path.open(encoding="utf-8") as fh:
        first = fh.readline()
    if first.split(" ", 1)[0].isdigit():
        return "personachat"
    if "__eou__" in first:
        return "dailydialog"
    raise InputError(f"{path}: cannot tell the corpus format; pass --format ({', '.join(FORMATS)})")


def _read_one(path: Path, fmt: str) -> Corpus:
    """Read one file (or chatterbot folder) in a known format."""
    readers = {
        "dailydialog": read_dailydialog,
        "personachat": read_personachat,
        "jsonl": read_jsonl,
        "chatterbot": read_chatterbot,
        "room": read_room_export,
    }
    if fmt not in readers:
        raise InputError(f"unknown corpus format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return readers[fmt](path)


def _provided_splits(path: Path, fmt: str) -> dict[str, list[Path]] | None:
    """Files of the corpus's own train/valid/test split, where the layout has one."""
    if fmt == "dailydialog" and path.is_dir():
        found = {s: path / d / f"dialogues_{d}.txt" for s, d in (("train", "train"), ("valid", "validation"), ("test", "test"))}
        if all(p.exists() for p in found.values()):
            return {s: [p] for s, p in found.items()}
    if fmt == "personachat" and path.is_file() and path.name.startswith(("train_", "valid_", "test_")):
        rest = path.name.split("_", 1)[1]
        found = {s: path.with_name(f"{s}_{rest}") for s in ("train", "valid", "test")}
        if found["train"].exists() and found["valid"].exists():
            if not found["test"].exists():  # the ConvAI2 test set is hidden; many papers report on valid
                found["test"] = found["valid"]
            return {s: [p] for s, p in found.items()}
    return None


def load_corpus(path: str | Path | None = None, fmt: str = "auto", strict: bool = True) -> Corpus:
    """Read a corpus (None or "chatterbot" = the bundled English chatterbot conversations)."""
    if path is None or str(path) == "chatterbot":
        path, fmt = chatterbot_dir(), "chatterbot"
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder; give a corpus file or folder")
    fmt = detect_format(path) if fmt == "auto" else fmt
    if fmt == "dailydialog" and path.is_dir():
        corpus = Corpus([])
        for f in sorted(path.glob("dialogues_text.txt")) or sorted(path.glob("*/dialogues_*.txt")):
            if not any(k in f.name for k in ("_act", "_emotion", "_topic")):
                corpus.extend(read_dailydialog(f))
    elif fmt == "room" and path.is_dir():
        corpus = Corpus([])
        for f in sorted(path.glob("*.json")):
            corpus.extend(read_room_export(f))
    else:
        corpus = _read_one(path, fmt)
    if strict and corpus.problems:
        shown = "\n  ".join(corpus.problems[:10])
        more = f"\n  ... and {len(corpus.problems) - 10} more" if len(corpus.problems) > 10 else ""
        raise InputError(f"malformed corpus input:\n  {shown}{more}\nFix these lines, or pass --skip-malformed.")
    return corpus


def load_splits(
    path: str | Path | None = None, fmt: str = "auto", strict: bool = True, seed: int = 0,
    fractions: tuple[float, float] = (0.05, 0.05),
) -> tuple[dict[str, list[Dialogue]], list[str]]:
    """Train/valid/test dialogues: the corpus's own split where it has one, else a seeded shuffle."""
    p = Path(path) if path is not None and str(path) != "chatterbot" else None
    if p is not None and p.exists():
        fmt_found = detect_format(p) if fmt == "auto" else fmt
        files = _provided_splits(p, fmt_found)
        if files:
            splits, problems = {}, []
            for split, paths in files.items():
                corpus = Corpus([])
                for f in paths:
                    corpus.extend(load_corpus(f, fmt_found, strict))
                splits[split] = corpus.dialogues
                problems += corpus.problems
            return splits, problems
    corpus = load_corpus(path, fmt, strict)
    dialogues = list(corpus.dialogues)
    random.Random(seed).shuffle(dialogues)
    n = len(dialogues)
    n_valid, n_test = max(1, int(n * fractions[0])), max(1, int(n * fractions[1]))
    if n < 3:
        raise InputError(f"corpus has {n} dialogues; need at least 3 to split into train/valid/test")
    return {
        "test": dialogues[:n_test],
        "valid": dialogues[n_test : n_test + n_valid],
        "train": dialogues[n_test + n_valid :],
    }, corpus.problems
