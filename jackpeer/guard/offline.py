"""The offline default screen: rules, a personal-information detector and a small classifier.

Needs no download and answers in about a millisecond, so a room can screen every learner
message and re-screen Jack's reply as it streams. Recall first, for children: a message is
blocked when any layer objects —
  1. personal information shared or asked for (phone, e-mail, address, handles) -> S7;
  2. a category rule fires (lexicon.py: intent phrases, slurs, obfuscations undone);
  3. the classifier's P(unsafe) = 1 - P(safe) reaches the threshold.
The score is the classifier's P(unsafe); the reason names the layer(s) that decided.
"""

import re
from collections.abc import Sequence

from jackpeer.guard.classifier import TextClassifier, default_classifier
from jackpeer.guard.lexicon import rule_hits
from jackpeer.guard.personal_info import REQUEST, find_personal_info
from jackpeer.guard.taxonomy import CODES, describe
from jackpeer.guard.verdict import Verdict

# In a reply to "what's your address?" even a bare "42 Elm" or "555 0123" gives it away.
_ANSWER_DETAIL = re.compile(r"\d{2,}|@|\b(?:street|road|avenue|lane|drive|st|rd|ave)\b", re.IGNORECASE)


class OfflineScreen:
    """Rules + personal-information detection + TF-IDF classifier; see the module docstring."""

    name = "offline screen (rules + classifier)"

    def __init__(self, threshold: float = 0.3, classifier: TextClassifier | None = None):
        self.threshold = threshold
        self.classifier = classifier or default_classifier()

    def check_user(self, text: str, history: Sequence[dict] | None = None) -> Verdict:
        """Screen a learner's message; history (OpenAI-style dicts) spots answers to requests for personal details."""
        return self._check(text, history or [], agent=False)

    def check_agent(self, text: str, history: Sequence[dict] | None = None) -> Verdict:
        """Screen Jack's reply (or the part streamed so far); an agent asking for personal details is blocked."""
        return self._check(text, history or [], agent=True)

    def _check(self, text: str, history: Sequence[dict], agent: bool) -> Verdict:
        if not text.strip():
            return Verdict(True, [], 0.0, "empty message", self.name)
        reasons: list[str] = []
        cats: dict[str, None] = {}  # ordered set
        pii = find_personal_info(text)
        if pii:
            cats["S7"] = None
            kinds = sorted({f.kind.split("_")[0] for f in pii})
            reasons.append(f"personal information ({', '.join(kinds)})")
        elif not agent and history and _asked_for_details(history[-1]) and _ANSWER_DETAIL.search(text):
            cats["S7"] = None
            reasons.append("answers a request for personal details")
        for code, phrase in rule_hits(text).items():
            cats[code] = None
            reasons.append(f"rule {code}: “{phrase}”")
        probs = self.classifier.predict(text)
        p_unsafe = 1.0 - probs.get("safe", 0.0)
        if p_unsafe >= self.threshold:
            ranked = sorted(((p, c) for c, p in probs.items() if c in CODES), reverse=True)
            # The top category, plus any other the classifier is nearly as sure of.
            picked = [c for p, c in ranked if p >= max(ranked[0][0] * 0.5, 0.15)][:3]
            cats.update(dict.fromkeys(picked))
            reasons.append(f"classifier P(unsafe)={p_unsafe:.2f} ({describe(picked)})")
        if not cats:
            return Verdict(True, [], p_unsafe, f"safe (classifier P(unsafe)={p_unsafe:.2f})", self.name)
        codes = sorted(cats, key=CODES.index)
        return Verdict(False, codes, p_unsafe, "; ".join(reasons), self.name)


def _asked_for_details(message: dict) -> bool:
    """Whether a history message asks for personal details."""
    return bool(REQUEST.search(str(message.get("content") or "")))
