"""Word error rate, on text normalised the same way for reference and transcript."""

from __future__ import annotations

import re

from jackpeer.speech.transcriber import FILLERS

_NUMBERS = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
            "8": "eight", "9": "nine", "10": "ten"}
_WORD = re.compile(r"[a-z0-9']+")


def normalise(text: str) -> list[str]:
    """Lower-case words without punctuation, apostrophes or fillers ('um'); single digits spelled out."""
    words = [w.replace("'", "") for w in _WORD.findall(text.lower())]
    return [_NUMBERS.get(w, w) for w in words if w and w not in FILLERS]


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(substitutions + deletions + insertions, reference words) after normalising both."""
    ref, hyp = normalise(reference), normalise(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[len(hyp)], len(ref)


def corpus_wer(pairs: list[tuple[str, str]]) -> float:
    """Word errors over reference words, summed over (reference, transcript) pairs."""
    errors = words = 0
    for ref, hyp in pairs:
        e, n = word_errors(ref, hyp)
        errors, words = errors + e, words + n
    return errors / words if words else 0.0
