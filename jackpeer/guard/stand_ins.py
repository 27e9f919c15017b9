"""Children's names as the learned heads read them: every room member's name becomes a name no training row uses.

The hand-written families gave bullied children a few names, and the tuned head learned them: with blind split
15 in training it read "lol mia is so slow at typing" as bullying (C1 0.90) and "lol Chloe is so slow at typing"
as play (C1 0.04), so a child called Mia would be silenced more often than one called Chloe. Read with a name
the rows never use, the same message is C1 0.34 ("Alex") or 0.18 ("Sasha"), while "nobody likes you Alex" stays
C1 0.90. Drawing the training rows' names anew at random instead (tried, not kept) made a name itself a sign of
bullying: "sorry Priya what did u say" C1 0.98. The rules and the classifier read the names as typed (the
classifier's training texts carry them as one token, classifier.child_names).
"""

from collections.abc import Iterable

from jackpeer.guard.child_lexicon import names_pattern

# Names that no training row of the heads (hazards, child chat, everyday talk) contains as a word.
STAND_INS = ("Alex", "Sasha", "Charlie", "Riley", "Casey", "Frankie", "Sami", "Remy", "Luka", "Ari", "Dani", "Avery",
             "Toni", "Lou", "Gabi", "Rio", "Noor", "Kim")


class StandIns:
    """The room's names, each with its stand-in (in sorted order; a room of more than 18 shares some)."""

    def __init__(self, names: Iterable[str]):
        words = sorted({n.strip().lower() for n in names if n and len(n.strip()) >= 2})
        self.of = {name: STAND_INS[i % len(STAND_INS)] for i, name in enumerate(words)}
        self._pattern = names_pattern(words)

    def text(self, text: str) -> str:
        """text with each room member's name (whole words, any case) replaced by its stand-in."""
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self.of[m.group(0).lower()], text)

    def name(self, name: str) -> str:
        """A sender's stand-in (the name itself when it is not a room member's)."""
        return self.of.get(name.strip().lower(), name)
