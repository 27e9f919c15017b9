"""A sum a learner asks Jack ("jack wat is 6 times 4", "whats 12 divided by 5?"), worked out exactly.

The bundled model says 6 x 4 is 120, so a sum is never left to it: code finds the two numbers and the
operation, and the turn says the result, with what is left over for a division that does not come out even.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jackpeer.peers.words import NUMBER_WORDS

_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
         "hundred": 100}
_NUMBER_WORD = {w: i for i, w in enumerate(NUMBER_WORDS)} | _TENS
_NUMBER = r"(\d{1,7}|" + "|".join(sorted(_NUMBER_WORD, key=len, reverse=True)) + r")"
# The operation's spoken and written forms, and the word Jack says for it.
_OPS = (
    ("plus", r"plus|\+|add(?:ed to)?"),
    ("minus", r"minus|-|take away|takeaway"),
    ("times", r"times|x|\*|×|multiplied by"),
    ("divided by", r"divided by|/|÷|over"),
)
_SUM = re.compile(rf"(?<![\w.]){_NUMBER}\s*({'|'.join(p for _, p in _OPS)})\s*{_NUMBER}(?![\w.])", re.I)


@dataclass(frozen=True)
class Sum:
    """Two whole numbers and an operation; `result` exact, `left_over` the remainder of a division."""

    a: int
    op: str
    b: int
    result: int
    left_over: int = 0

    def said(self) -> str:
        """The sum and its result in words a child reads: '6 times 4 is 24', '12 divided by 5 is 2, 2 left over'."""
        head = f"{self.a} {self.op} {self.b} is {self.result}"
        return f"{head}, with {self.left_over} left over" if self.left_over else head


def _number(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBER_WORD[token.lower()]


def sum_in(text: str) -> Sum | None:
    """The first sum of two whole numbers in a message, worked out; None when there is none (or it divides by 0)."""
    m = _SUM.search(text)
    if m is None:
        return None
    a, b = _number(m.group(1)), _number(m.group(3))
    op = next(name for name, pattern in _OPS if re.fullmatch(pattern, m.group(2), re.I))
    if op == "plus":
        return Sum(a, op, b, a + b)
    if op == "minus":
        return Sum(a, op, b, a - b)
    if op == "times":
        return Sum(a, op, b, a * b)
    if b == 0:
        return None
    return Sum(a, op, b, a // b, a % b)
