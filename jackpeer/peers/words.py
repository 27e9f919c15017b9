"""Word lists and helpers the turn rules share: content words, numbers as digits or words, first names."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z0-9']+")
NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                "sixteen seventeen eighteen nineteen twenty").split()
STOPWORDS = frozenset("""
a an the and or but if then so to of in on at by for with from up down out over under into onto about as is are
was were be been being am do does did doing have has had having i me my mine we us our ours you your yours he him
his she her hers it its they them their theirs this that these those there here what which who whom whose when
where why how all any both each few more most other some such no nor not only own same than too very can could
will would shall should may might must just now also again ever still yet too lol ok okay yeah yes yep nah no
oh um uh hmm like really so much many lot lots get got go going gonna wanna let lets let's i'm im you're youre
it's its that's thats we're were they're dont don't can't cant won't wont didn't isn't aren't i'll we'll you'll
one two three four five six seven eight nine ten minute minutes min mins
""".split())
# Talk words a turn may use freely: they carry no idea of their own (used when judging invention and topic).
_GENERIC = frozenset("""
idea ideas think thought great good nice cool love like fun work works working way ways thing things something
anything everything everyone someone anyone group team together time left next phase start talk say said tell
share question questions answer help want need know sure maybe try trying pick choose chose decide make made
hear heard thank thanks hello welcome hi hey jack ai helper moderator member today us let everybody well
first last more kind best better add build part plan plans job really else other each new one own see look
""".split())
NAMES = frozenset(n.lower() for n in """
Aaliyah Aaron Abby Adam Aiden Alex Alice Amara Amelia Amir Amy Ana Anna Ava Ben Bella Caleb Carla Carlos Chloe
Chris Clara Daniel David Dylan Ella Ellie Emma Eli Eva Ethan Finn Freya Grace Hannah Harry Hugo Isla Ivy Jacob
James Jake Jamal Jamie Jasmine Jay Jess Jesse Joe John Jonah Josh Julia Kai Kate Katie Kim Layla Lea Leo Liam
Lily Lina Lucas Lucy Luis Luke Maya Max Mia Mila Milo Mohammed Nadia Nia Noah Nora Olivia Omar Oscar Owen Priya
Rosa Ruby Ryan Sam Sammy Sara Sarah Sofia Sophie Theo Tom Tomas Tyler Yara Yusuf Zara Zoe Jack Mike Ali Amina
Ines Kofi Ravi Aisha Hana Marco Nina Pablo Tariq Wen Felix Lena Mateo Ruth Sami Dev Tara Iris Ayla Elif Jonas
Marta Sven Ada Kenji Luca Rahul Ivan Teo Nils Erin Joy Paul Peter Mary Ann Susan Tim Bob Anne Lisa Mark
""".split())


# Chat spellings Jack writes out when he repeats a learner's words ("do u know why bridges dont fall down" was
# repeated as it was typed). Only those with one reading: "ur" (your, you're) and "ill" (ill, I'll) stay.
_SPELLED = {"u": "you", "r": "are", "im": "I'm", "i": "I", "ive": "I've", "dont": "don't", "cant": "can't",
            "wont": "won't", "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "arent": "aren't",
            "wasnt": "wasn't", "shouldnt": "shouldn't", "couldnt": "couldn't", "wouldnt": "wouldn't",
            "whats": "what's", "thats": "that's", "theres": "there's", "pls": "please", "plz": "please",
            "bc": "because", "cuz": "because", "coz": "because", "tho": "though", "wat": "what", "wot": "what",
            "thx": "thanks", "ppl": "people", "rn": "right now", "idk": "I don't know", "dunno": "don't know"}
_CHAT_WORD = re.compile(r"(?<![\w'])(" + "|".join(sorted(_SPELLED, key=len, reverse=True)) + r")(?![\w'])", re.I)


def spelled_out(text: str) -> str:
    """text with chat spellings written out ("do u know why it doesnt float" -> "do you know why it doesn't float")."""
    return _CHAT_WORD.sub(lambda m: _SPELLED[m.group(1).lower()], text)


def words(text: str) -> list[str]:
    """The words of a text (letters, digits and apostrophes)."""
    return _WORD.findall(text)


def stem(word: str) -> str:
    """A light stem so 'tomatoes'/'tomato' and 'planting'/'plant' match."""
    w = word.lower().strip("'")
    for suffix in ("ing", "ies", "es", "ed", "s"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            return w[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return w


def content_words(text: str) -> set[str]:
    """Stemmed words of three or more letters that are not function words."""
    return {stem(w) for w in words(text) if len(w) >= 3 and w.lower() not in STOPWORDS and not w.isdigit()}


def number_in(text: str, n: int) -> bool:
    """Whether the text states the number n (as digits, or as a word up to twenty)."""
    if re.search(rf"(?<![\d.]){n}(?![\d])", text):
        return True
    return 0 <= n < len(NUMBER_WORDS) and re.search(rf"\b{NUMBER_WORDS[n]}\b", text, re.I) is not None


GENERIC_WORDS = frozenset(stem(w) for w in _GENERIC)


# Phase names that are verbs (the room's default phases are "understand, ideas, choose, build, present"), with the
# -ing form Jack says them in: "Now it's time for choosing", not "Now it's time for choose".
_PHASE_VERBS = dict(pair.split(":") for pair in """
agree:agreeing begin:beginning brainstorm:brainstorming build:building check:checking choose:choosing clean:cleaning
create:creating debate:debating decide:deciding design:designing discuss:discussing draw:drawing edit:editing
evaluate:evaluating explore:exploring finish:finishing imagine:imagining improve:improving investigate:investigating
listen:listening look:looking make:making measure:measuring observe:observing pick:picking plan:planning play:playing
practice:practicing practise:practising prepare:preparing present:presenting prototype:prototyping read:reading
record:recording reflect:reflecting rehearse:rehearsing research:researching review:reviewing set:setting
share:sharing show:showing sketch:sketching sort:sorting start:starting sum:summing test:testing think:thinking
try:trying understand:understanding vote:voting warm:warming wrap:wrapping write:writing
""".split())


def phase_said(name: str) -> str:
    """A phase's name as Jack says it in a sentence: a verb as its -ing form ("choose" -> "choosing", "pick one" ->
    "picking one", "Warm up" -> "Warming up", "understand" alone -> "understanding the task"), anything else as the
    facilitator typed it ("ideas")."""
    first, _, rest = name.partition(" ")
    if first.lower() == "understand" and not rest:  # "Right now it's time for understanding." read stiffly in a room
        rest = "the task"
    said = _PHASE_VERBS.get(first.lower())
    if said is None:
        return name
    said = said.capitalize() if first[:1].isupper() else said
    return f"{said} {rest}" if rest else said
