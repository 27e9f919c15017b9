"""A small text classifier for the offline screen: TF-IDF n-grams + logistic regression (SGD).

Trained on a machine's first use (then cached) from the labelled sets that ship with the package
(`data/guard_train.jsonl`: one {"text", "label"} per line, label "safe" or an S-code; the
train split of `data/child_chat.jsonl`, which adds C1–C4 and play language; and
`data/child_everyday.jsonl`, everyday school-day talk labelled safe), in
about two seconds on two cores (SGD: lbfgs took 15+ s on the same data). It reads canonical text (normalize.py), so character n-grams
see `kill` in `k1ll` and `k i l l` alike; word n-grams catch paraphrases the rules miss.
"""

import hashlib
import json
import logging
import os
import pickle
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.pipeline import FeatureUnion, Pipeline

from jackpeer.errors import ModelFileError
from jackpeer.guard.child_lexicon import mark_peers
from jackpeer.guard.lexicon import rule_hits
from jackpeer.guard.normalize import canonical
from jackpeer.guard.personal_info import find_personal_info
from jackpeer.user_cache import forget_unused, user_cache, write_atomically

log = logging.getLogger("jackpeer.guard")

TRAIN_PATH = Path(__file__).parent / "data" / "guard_train.jsonl"
CHILD_PATH = Path(__file__).parent / "data" / "child_chat.jsonl"
# Hand-written everyday talk ("I walk my dog after school", "I go to school on my scooter", "I forgot my
# password again"): in the hazard and child sets phrases such as "after school", "go to school" and
# "password" appear only in unsafe rows, so without these the classifier flagged the ordinary uses. 240 more,
# written blind by a helper (clubs, family, pets, weekends, "we both do swimming lol"): with sets K-M in
# training the tuned head read "we both go to the same school" as grooming (C3 0.97) and "we both go to
# swimming club" as a personal detail (C4 0.92); with these 0.02 and 0.01. Over blind splits 1-8 in the same
# screen, each left out in turn, recall 0.911 -> 0.901 and benign flagged 31 -> 36 of 955: those splits' benign
# messages are task and game talk more than everyday news, and the cost is partly the tuned head's new draw.
# 32 more with children's names (friends who live near each other, not wanting to go home yet, a card for a
# friend after school): with blind splits 16-23 in training, where "lives near", "go home" and "after school"
# with a name come only in unsafe rows, the tuned head read "Kai lives near me" as a personal detail (C4 0.96).
EVERYDAY_PATH = Path(__file__).parent / "data" / "child_everyday.jsonl"
# Weight 1 (not CHILD_WEIGHT's 2): at 2 the S-code held-out set lost two more borderline catches (0.826 -> 0.804
# recall) for one fewer false alarm among hand-written everyday probes.
EVERYDAY_WEIGHT = 1.0


def read_labelled(path: str | Path) -> list[dict]:
    """Rows {"text", "label"} of a JSONL file; raises ModelFileError if it is missing or malformed."""
    path = Path(path)
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as err:
        raise ModelFileError(f"cannot read labelled messages from {path}: {err}. Reinstall jackpeer.") from err
    if not rows or any("text" not in r or "label" not in r for r in rows):
        raise ModelFileError(f"{path} needs one {{'text', 'label'}} object per line")
    return rows


# Names in the child chat that are also everyday words ("football kit", "ruby red"): not masked.
NAME_WORDS = frozenset({"dev", "hazel", "iris", "ivy", "kit", "lily", "olive", "opal", "poppy", "ruby", "wren"})


@lru_cache(maxsize=1)
def child_names(path: str | Path = CHILD_PATH) -> frozenset[str]:
    """Every child's name in the labelled child chat (its senders, all splits), less NAME_WORDS.

    The classifier's training texts carry each of them as one token (`peerkid`), which takes up what a name
    says in training and never occurs in what it screens: every name a child types is then a word it never
    saw. Before, names the hand-written families gave bullied children had become signs of harm: "sorry mia
    what did u say" was C1 0.40, "sorry Priya what did u say" 0.43, with a name the set never used 0.11–0.12;
    now 0.11–0.22 whatever the name. Reading the room's names as `peerkid` too kept the name's weight, for
    every child alike ("Kai lives near me": C4 0.71, flagged), and was not kept. Over blind splits 1–8, each
    left out in turn: recall 0.906 -> 0.900 (C1 0.74 -> 0.72), benign flagged 33 of 955 either way.
    """
    rows = all_child_chat_rows(path)
    names = {r["who"] for r in rows} | {h["who"] for r in rows for h in r["history"]}
    return frozenset(n for n in names if n.lower() not in NAME_WORDS)


class TextClassifier:
    """P(label | text) over "safe" and the S-codes seen in training; blind to children's names (child_names)."""

    def __init__(self, rows: list[dict], alpha: float = 3e-5, seed: int = 0, opening_weight: float = 0.3):
        features = FeatureUnion([
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)),
            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                                      token_pattern=r"(?u)\b\w+\b")),
        ])
        self.pipeline = Pipeline([
            ("features", features),
            ("lr", SGDClassifier(loss="log_loss", alpha=alpha, class_weight=safe_vs_unsafe_weights(rows), max_iter=50,
                                 tol=1e-4, random_state=seed)),
        ])
        names = child_names()
        rows = [{**r, "text": mark_peers(r["text"], names)} for r in rows]
        openings = opening_words(rows)
        weights = np.array([float(r.get("weight", 1.0)) for r in rows] + [opening_weight] * len(openings))
        rows = rows + openings
        self.pipeline.fit([canonical(r["text"]) for r in rows], [r["label"] for r in rows], lr__sample_weight=weights)
        self.labels: list[str] = [str(c) for c in self.pipeline.classes_]
        self._scorer = NgramScorer(self.pipeline)

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """[len(texts), len(labels)] class probabilities (NgramScorer: the pipeline's predict_proba, faster)."""
        return np.stack([self._scorer.probabilities(canonical(t)) for t in texts])

    def predict(self, text: str) -> dict[str, float]:
        """label -> probability for one text."""
        return dict(zip(self.labels, self.probabilities([text])[0].tolist(), strict=True))


class NgramScorer:
    """The fitted pipeline's predict_proba for one text, without scikit-learn's per-call overhead (about 4 ms a
    message on two cores, most of a check's time outside the MiniLM heads): each vectorizer's n-grams looked up in
    its vocabulary, tf-idf with sublinear tf, each part l2-normalized, one linear layer, and the one-vs-rest
    logistic probabilities normalized to sum to 1, as SGDClassifier(loss="log_loss") does."""

    def __init__(self, pipeline: Pipeline):
        self.parts = []
        offset = 0
        for _, vectorizer in pipeline.named_steps["features"].transformer_list:
            self.parts.append((vectorizer.build_analyzer(), vectorizer.vocabulary_, vectorizer.idf_, offset))
            offset += len(vectorizer.idf_)
        lr = pipeline.named_steps["lr"]
        self.weights = np.ascontiguousarray(lr.coef_.T)  # [features, classes]
        self.bias = lr.intercept_

    def probabilities(self, text: str) -> np.ndarray:
        """[classes] probabilities of one (canonical) text."""
        logits = self.bias.copy()
        for analyze, vocabulary, idf, offset in self.parts:
            counts: dict[int, int] = {}
            for gram in analyze(text):
                column = vocabulary.get(gram)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            if not counts:
                continue
            columns = np.fromiter(counts, dtype=np.int64, count=len(counts))
            values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * idf[columns]
            values /= np.sqrt(values @ values)
            logits += values @ self.weights[columns + offset]
        probs = 1.0 / (1.0 + np.exp(-logits))
        if len(probs) == 1:  # two classes: one logit, for the second
            return np.array([1.0 - probs[0], probs[0]])
        return probs / probs.sum()


def opening_words(rows: list[dict], max_words: int = 3) -> list[dict]:
    """The first 1..max_words words of every training text, labelled safe, unless a rule fires on them.

    A streaming reply is screened while it grows ("Let's", "Let's go", ...). Without these,
    the classifier learns that openings such as "let's" or "I'll" mostly start unsafe
    templates and blocks harmless fragments; rules still catch short harmful phrases.
    """
    seen = {canonical(r["text"]) for r in rows}
    out = []
    for r in rows:
        words = r["text"].split()
        for k in range(1, min(max_words, len(words) - 1) + 1):
            text = " ".join(words[:k])
            key = canonical(text)
            if key not in seen and not rule_hits(text) and not find_personal_info(text):
                seen.add(key)
                out.append({"text": text, "label": "safe"})
    return out


def safe_vs_unsafe_weights(rows: list[dict]) -> dict[str, float]:
    """Class weights giving "safe" and all unsafe classes together equal total weight.

    Per-class "balanced" weights would make each of 14 small unsafe classes as heavy as the
    large safe class, and the screen would then block ordinary chat far too often.
    """
    labels = [r["label"] for r in rows]
    n_safe = labels.count("safe")
    n_unsafe = len(labels) - n_safe
    return {lab: len(labels) / (2 * (n_safe if lab == "safe" else n_unsafe)) for lab in set(labels)}


# Child chat rows count double beside 5,000 hazard rows. With ~3,000 of them (five blind splits and six
# blind-written sets), leaving each blind split out of training in turn and screening it: weight 2 recall 0.81
# at 4.0% false alarms, weight 3 0.82 at 4.3%, weight 1 (child_threshold 0.65) 0.74 at 4.2% (2: 0.78, 4.0%).
CHILD_WEIGHT = 2.0


def child_training_rows(path: str | Path = CHILD_PATH) -> list[dict]:
    """The train split of the child chat set as {"text", "label", "kind"} rows (label: first category or "safe";
    kind: "benign", "play" or "unsafe").

    Only single messages: a multi-message case is unsafe (or play) because of its history, and
    its last message alone would teach the classifier the wrong thing. Dev and test stay out.
    """
    return [{"text": row["text"], "label": row["categories"][0] if row["categories"] else "safe",
             "weight": CHILD_WEIGHT, "source": "child", "kind": row["kind"]} for row in child_chat_rows("train", path) if not row["history"]]


def all_child_chat_rows(path: str | Path = CHILD_PATH) -> list[dict]:
    """Every row of the labelled child chat, all splits, as written."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def child_chat_rows(split: str, path: str | Path = CHILD_PATH) -> list[dict]:
    """The labelled child chat's rows of one split ("train", "dev" or "test"), as written."""
    return [r for r in all_child_chat_rows(path) if r["split"] == split]


def training_rows(child_path: str | Path = CHILD_PATH) -> list[dict]:
    """The shipped training rows: hazards, the child chat train split (of child_path) and everyday talk, with
    their weights ("source" is "child" or "everyday" for the children's rows)."""
    everyday = [{**r, "weight": EVERYDAY_WEIGHT, "source": "everyday"} for r in read_labelled(EVERYDAY_PATH)]
    return read_labelled(TRAIN_PATH) + child_training_rows(child_path) + everyday


@lru_cache(maxsize=1)
def default_classifier() -> TextClassifier:
    """The classifier trained on the shipped sets: trained on a machine's first use (about 7 s on two cores, most of
    the room's start), then read from the user's cache (under a second), keyed by the training rows, the children's
    names, the code that turns text into features and the library versions; one nobody loaded for a month is deleted
    when a new one is saved."""
    rows = training_rows()
    path = user_cache("guard") / f"classifier_{_classifier_key(rows)}.pkl"
    try:
        with path.open("rb") as f:
            classifier = pickle.load(f)
        os.utime(path)  # in use: kept by forget_unused
        return classifier
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as err:
        log.warning("the cached classifier %s could not be read (%s); training it again", path, err)
    classifier = TextClassifier(rows)
    try:
        write_atomically(path, lambda tmp: tmp.write_bytes(pickle.dumps(classifier, protocol=pickle.HIGHEST_PROTOCOL)))
        forget_unused(path.parent, "classifier_*.pkl")
    except OSError as err:  # a read-only home: train again next start
        log.warning("the classifier could not be cached at %s (%s)", path, err)
    return classifier


def _classifier_key(rows: list[dict]) -> str:
    """What the trained classifier depends on, hashed."""
    key = hashlib.sha256(json.dumps([[r["text"], r["label"], r.get("weight", 1.0)] for r in rows]).encode())
    key.update(json.dumps(sorted(child_names())).encode())
    # the modules that make its features and openings
    for module in ("classifier", "normalize", "lexicon", "child_lexicon", "bullying_no_excuse", "personal_info"):
        key.update((Path(__file__).parent / f"{module}.py").read_bytes())
    key.update(f"{sklearn.__version__} {np.__version__} {sys.version}".encode())
    return key.hexdigest()[:20]
