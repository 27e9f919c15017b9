"""Real data that needs no download, and the stream builder that replays it as non-stationary
data in which some labels appear only later (spec §7.3–7.4, scenario A, optionally with drift B)."""

import importlib.util
import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from jackpeer.errors import InputError

DIALOG_ACTS = Path(__file__).parent / "data" / "dialog_acts.jsonl"


@dataclass
class Dataset:
    """Items (vectors or texts) with their true labels; `kind` is "vectors" or "text"."""

    name: str
    items: list | np.ndarray
    labels: np.ndarray
    kind: str
    source: str


def dialog_acts() -> Dataset:
    """The room's seed set: short child-like utterances labelled with six dialog acts."""
    rows = [json.loads(line) for line in DIALOG_ACTS.read_text().splitlines() if line.strip()]
    return Dataset("room_acts", [r["text"] for r in rows], np.array([r["label"] for r in rows]), "text",
                   "jackpeer/label/data/dialog_acts.jsonl")


def sklearn_set(name: str) -> Dataset:
    """iris, wine, breast_cancer or digits, bundled with scikit-learn."""
    from sklearn import datasets

    loader = {"iris": datasets.load_iris, "wine": datasets.load_wine,
              "breast_cancer": datasets.load_breast_cancer, "digits": datasets.load_digits}[name]
    bunch = loader()
    names = np.asarray(bunch.target_names).astype(str)
    return Dataset(name, bunch.data.astype(np.float64), names[bunch.target], "vectors", f"scikit-learn load_{name}")


def _chatterbot_root() -> Path:
    spec = importlib.util.find_spec("chatterbot_corpus")
    if spec is None:
        raise InputError("the text data sets need chatterbot-corpus: pip install --no-deps chatterbot-corpus")
    return Path(spec.submodule_search_locations[0]) / "data"


def _utterances(path: Path) -> list[str]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for conv in doc.get("conversations", []):
        for turn in conv if isinstance(conv, list) else [conv]:
            if isinstance(turn, str) and turn.strip():
                out.append(turn.strip())
    return list(dict.fromkeys(out))  # unique, in file order


def _capped(groups: dict[str, list[str]], cap: int, floor: int, rng: np.random.Generator) -> tuple[list, np.ndarray]:
    items, labels, seen = [], [], set()
    for label, texts in sorted(groups.items()):
        texts = [t for t in texts if t not in seen]  # an utterance in two files would be ambiguous
        if len(texts) < floor:
            continue
        pick = rng.permutation(len(texts))[:cap]
        items += [texts[i] for i in sorted(pick)]
        labels += [label] * len(pick)
        seen.update(texts)
    return items, np.array(labels)


def chatterbot_categories(language: str = "english", cap: int = 150, floor: int = 20, seed: int = 0) -> Dataset:
    """chatterbot-corpus utterances of one language, labelled by category file; categories with fewer
    than `floor` unique utterances are dropped and big ones capped at `cap` (tech_support is half the set)."""
    folder = _chatterbot_root() / language
    groups = {p.stem: _utterances(p) for p in sorted(folder.glob("*.yml"))}
    items, labels = _capped(groups, cap, floor, np.random.default_rng(seed))
    return Dataset(f"chatterbot_{language}", items, labels, "text",
                   f"chatterbot-corpus {language}/*.yml, label = category (cap {cap}, min {floor})")


def chatterbot_languages(languages=("english", "spanish", "portuguese", "italian", "german", "dutch",
                                    "french", "indonesian", "turkish", "swedish"),
                         cap: int = 100, seed: int = 0) -> Dataset:
    """chatterbot-corpus utterances labelled by language (Latin-script languages, `cap` each)."""
    root = _chatterbot_root()
    groups = {lang: [t for p in sorted((root / lang).glob("*.yml")) for t in _utterances(p)] for lang in languages}
    items, labels = _capped(groups, cap, 20, np.random.default_rng(seed))
    return Dataset("chatterbot_languages", items, labels, "text",
                   f"chatterbot-corpus, label = language ({len(languages)} languages, cap {cap})")


@dataclass
class Stream:
    """A replay: seed items, then the stream in arrival order, with true labels for scoring only."""

    seed_items: list | np.ndarray
    seed_labels: np.ndarray
    items: list | np.ndarray
    labels: np.ndarray
    known: list[str]
    held_out: list[str]

    def batches(self, size: int):
        """(items, true labels, start position) per arrival batch."""
        for start in range(0, len(self.labels), size):
            yield self.items[start:start + size], self.labels[start:start + size], start


def _take(items, idx):
    return items[idx] if isinstance(items, np.ndarray) else [items[i] for i in idx]


def _split(data: Dataset, rng: np.random.Generator, known_fraction: float, per_class: int | None):
    classes = sorted(set(data.labels.tolist()))
    n_known = min(len(classes) - 1, max(2, math.ceil(known_fraction * len(classes))))
    known = sorted(rng.choice(classes, n_known, replace=False).tolist())
    held = [c for c in rng.permutation(classes).tolist() if c not in known]
    return classes, known, held, per_class or (5 if len(data.labels) <= 300 else 10)


def _enters(rng: np.random.Generator, start: float, ramp: float) -> float:
    """A time drawn from a density ramping 0 -> 1 over [start, start + ramp], flat after (rejection)."""
    while True:
        t = rng.uniform(start, 1)
        if rng.uniform() < min(1.0, (t - start) / ramp):
            return t


def recurring_regimes(items: np.ndarray, data: Dataset, rng: np.random.Generator, period: float = 0.2) -> np.ndarray:
    """Scenario C: two drift states alternating every `period` of the stream. State 1 is scenario B's
    transform at u = 1 (x·1.5 + 0.5·σ⊙v) for tabular data, inverted intensities for 8x8 digits."""
    u = np.linspace(0, 1, len(items), endpoint=False)
    state = (np.floor(u / period) % 2 == 1)[:, None]
    if data.name == "digits":
        shifted = data.items.max() - items
    else:
        direction = rng.normal(size=items.shape[1])
        direction /= np.linalg.norm(direction)
        shifted = items * 1.5 + 0.5 * data.items.std(axis=0) * direction
    return np.where(state, shifted, items)


def build_stream(data: Dataset, seed: int = 0, known_fraction: float = 0.6, per_class: int | None = None,
                 drift: float = 0.0, ramp: float = 0.1, recurring: bool = False) -> Stream:
    """Scenario A: ⌈0.6·C⌉ known classes (>= 2) give 5 (<= 300 items) or 10 seed items each; each
    held-out class enters at 0.3, 0.3 + 0.4/H, ... ramping up over `ramp` of the stream. With
    drift > 0 and vectors, scenario B on top: x <- x·(1 + drift·u) + drift·u·σ⊙v, u = stream position;
    with recurring and vectors, scenario C on top (recurring_regimes)."""
    rng = np.random.default_rng(seed)
    classes, known, held, per_class = _split(data, rng, known_fraction, per_class)
    seed_idx, rest = [], []
    for c in classes:
        idx = rng.permutation(np.nonzero(data.labels == c)[0])
        if c in known:
            seed_idx += idx[:per_class].tolist()
            idx = idx[per_class:]
        rest += idx.tolist()
    rest = np.array(rest)
    times = rng.uniform(0, 1, len(rest))
    for h, c in enumerate(held):
        start = 0.3 + h * 0.4 / len(held)
        for j in np.nonzero(data.labels[rest] == c)[0]:
            times[j] = _enters(rng, start, ramp)
    order = rest[np.argsort(times, kind="stable")]
    items = _take(data.items, order)
    if drift > 0 and data.kind == "vectors":
        u = np.linspace(0, 1, len(order))[:, None]
        direction = rng.normal(size=items.shape[1])
        direction /= np.linalg.norm(direction)
        items = items * (1 + drift * u) + drift * u * data.items.std(axis=0) * direction
    if recurring and data.kind == "vectors":
        items = recurring_regimes(items, data, rng)
    return Stream(_take(data.items, np.array(seed_idx)), data.labels[seed_idx], items, data.labels[order], known, held)


def build_ordered_stream(data: Dataset, seed: int = 0, known_fraction: float = 0.6, per_class: int | None = None,
                         ramp: float = 0.1) -> Stream:
    """Scenario D: `data` is already in time order (a drifting generator), so order is kept. Classes
    are masked as in scenario A: seed items are the first `per_class` of each known class, and an item
    of a held-out class entering at p is kept with probability ramping 0 -> 1 over [p, p + ramp]."""
    rng = np.random.default_rng(seed)
    _, known, held, per_class = _split(data, rng, known_fraction, per_class)
    n = len(data.labels)
    seed_idx = [i for c in known for i in np.nonzero(data.labels == c)[0][:per_class]]
    starts = {c: 0.3 + h * 0.4 / len(held) for h, c in enumerate(held)}
    keep = []
    for i in sorted(set(range(n)) - set(seed_idx)):
        start = starts.get(data.labels[i])
        if start is None or rng.uniform() < min(1.0, max(0.0, (i / n - start) / ramp)):
            keep.append(i)
    keep = np.array(keep)
    return Stream(_take(data.items, np.array(seed_idx)), data.labels[seed_idx], _take(data.items, keep),
                  data.labels[keep], known, held)
