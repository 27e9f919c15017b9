"""The idea a group chose: the board card most learners named while choosing.

In a live room Ana and Bo both said "treasure hunt" in the choosing phase, and Jack opened building with
every idea on the board, as if nothing had been chosen. A learner's message names a card when it holds a
word only that card has ("treasure" against "make a quiz game about animals" and "a board game with dice";
"game" is on two cards and names neither); each learner counts once, for the card they named last.
"""

from __future__ import annotations

import re
from collections import Counter

from jackpeer.peers.session import Idea, Session
from jackpeer.peers.words import GENERIC_WORDS, content_words

CHOOSING = re.compile(r"\b(choos\w*|chose|vote|voting|decid\w*|pick\w*|select\w*)\b", re.I)
# Not a vote: "not the quiz", "no to the quiz".
_AGAINST = re.compile(r"\b(not|no|never|nah|hate|don'?t like|dont like)\b", re.I)


def _own_words(cards: list[Idea]) -> dict[int, set[str]]:
    """Each card's content words that no other card has."""
    words = {c.id: content_words(c.text) - GENERIC_WORDS for c in cards}
    return {c.id: words[c.id] - set().union(*(w for i, w in words.items() if i != c.id)) for c in cards}


def chosen_idea(s: Session) -> Idea | None:
    """The card that more learners named in the choosing phases than any other, when at least two did; else None."""
    cards = s.open_ideas()
    if len(cards) < 2:
        return None
    own = _own_words(cards)
    learners = {m.id for m in s.learners(online_only=False)}
    named: dict[int, int] = {}  # learner -> the card they named last
    for t in s.turns:
        if t.member_id not in learners or not CHOOSING.search(t.phase) or _AGAINST.search(t.text):
            continue
        said = content_words(t.text)
        hits = [c.id for c in cards if own[c.id] & said]
        if len(hits) == 1:
            named[t.member_id] = hits[0]
    votes = Counter(named.values()).most_common(2)
    if not votes or votes[0][1] < 2 or len(votes) > 1 and votes[1][1] == votes[0][1]:
        return None
    return next(c for c in cards if c.id == votes[0][0])
