"""The words the learned heads were taught with. A message mostly in other words (another language) is not theirs
to read closely: in a live room the conversation head read Sofi's "no entiendo" after "can i go toilet" as bullying
(C1 0.89, enough to flag with no dig), and the room held it."""

import functools
import re
from collections.abc import Iterable

from jackpeer.guard.classifier import TRAIN_PATH, child_chat_rows, read_labelled
from jackpeer.guard.normalize import canonical

_WORD = re.compile(r"[a-z']+")


@functools.cache
def taught_words() -> frozenset[str]:
    """Every word (canonical form) of the classifier's training set and of the child chat's train split."""
    texts = [r["text"] for r in read_labelled(TRAIN_PATH)]
    texts += [t for r in child_chat_rows("train") for t in (r["text"], *(h["text"] for h in r["history"]))]
    return frozenset(w for t in texts for w in _WORD.findall(canonical(t)))


def mostly_untaught(text: str, names: Iterable[str] = ()) -> bool:
    """Whether at least half of text's words (names aside: the room's, or their stand-ins) are words the heads never
    saw."""
    skip = {canonical(n) for n in names}
    words = [w for w in _WORD.findall(canonical(text)) if w not in skip]
    return bool(words) and 2 * sum(w not in taught_words() for w in words) >= len(words)
