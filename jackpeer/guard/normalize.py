"""Canonical text for screening: undoes the usual obfuscations before rules or classifier look.

lower case, accents and zero-width characters removed, curly quotes made straight (a phone
types `Kai’s`), leetspeak letters mapped back
(`k1ll` -> `kill`, `$ex` -> `sex`), letters spaced or dotted apart joined (`k i l l`),
repeated letters collapsed (`kiiiill` -> `kil`, and `kill` -> `kil` alike, so patterns are
written through the same function).
"""

import re
import unicodedata

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                       "@": "a", "$": "s", "!": "i", "|": "l", "€": "e", "£": "l"})
# Runs of word and leet characters; _unleet maps them only in runs that have real letters.
_LEET_WORD = re.compile(r"[\w@$!|€£]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})
# Three or more single letters separated by one space/dot/dash/star/underscore: "k i l l".
_SPACED = re.compile(r"\b[a-z](?:[ .\-*_][a-z]){2,}\b")
_REPEAT = re.compile(r"([a-z])\1+")
_SPACES = re.compile(r"\s+")


# Numbers with units or ordinals ("5th", "10am", "15cm") are not leetspeak.
_NUMBER_WORD = re.compile(r"\d+(?:st|nd|rd|th|am|pm|cm|mm|km|kg|m|g|s|d|x|h|min)")


def _unleet(m: re.Match) -> str:
    word = m.group(0)
    if _NUMBER_WORD.fullmatch(word):
        return word
    # Keep pure numbers and trailing punctuation (e.g. "wow!") as they are.
    core = word.rstrip("!")
    return core.translate(_LEET) + word[len(core):] if re.search(r"[a-z]", core) else word


def canonical(text: str, collapse: bool = True) -> str:
    """The canonical form of text that lexicon patterns and the classifier see.

    collapse=False keeps doubled letters, for the few words whose double letter matters
    (a slur that would otherwise read as the country Niger).
    """
    t = unicodedata.normalize("NFKD", text)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = _ZERO_WIDTH.sub("", t).translate(_QUOTES).lower()
    t = _LEET_WORD.sub(_unleet, t)
    t = _SPACED.sub(lambda m: re.sub(r"[ .\-*_]", "", m.group(0)), t)
    if collapse:
        t = _REPEAT.sub(r"\1", t)
    return _SPACES.sub(" ", t).strip()


# What each canonical letter may have been typed as (a letter, doubled or not, or its leetspeak), and a straight quote.
_TYPED = {c: "[" + re.escape(c + "".join(chr(k) for k, v in _LEET.items() if v == c)) + "]+"
          for c in "abcdefghijklmnopqrstuvwxyz"}
_TYPED["'"] = "['\u2018\u2019\u02bc]"


def as_typed(phrase: str, text: str) -> str:
    """The words of `text` that a rule's canonical `phrase` came from, as the child typed them ("u smel" -> "u smell"),
    for the reason a facilitator reads; the phrase itself when accents or spaced letters hide them. A member's name
    that the rules saw as "peerkid" is matched by any word."""
    parts = ["\\S+" if word == "peerkid" else "".join(_TYPED.get(c, re.escape(c)) for c in word) for word in phrase.split(" ")]
    found = re.search(r"\s+".join(parts), text, re.I)
    return found.group(0) if found else phrase
