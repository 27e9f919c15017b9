"""Conversation-level patterns: grooming across one sender's messages (C3), jibes again and again at one child (C1),
and a child's short reply going along with what someone else just asked (the screen judges whether that was grooming).

Neither shows in a single message: "you're so clever for your age", "how old are you?" and
"are your parents around much?" are each ordinary; from one sender in a row they are the
pattern safeguarding training describes. A tease ("lol Mia is so slow") passes alone; the
third jibe at Mia within a few messages is bullying even when each is mild. History items
are OpenAI-style dicts; "name" says who sent each (the room fills it in).
"""

import re
from collections.abc import Iterable, Sequence

from jackpeer.guard.child_lexicon import grooming_signals
from jackpeer.guard.lexicon import compile_patterns
from jackpeer.guard.normalize import canonical

WINDOW = 10  # messages of history a pattern may span
JIBES_FOR_C1 = 3  # jibes at one child within the window, the current one included
PILE_ON_WORDS = 4  # a jibe naming nobody this short ("cringe", "so weird lol") joins the jibes just before it
PILE_ON_AFTER = 3  # ... when JIBES_FOR_C1 - 1 of the last this many messages jibed at one child
ASSENT_WORDS = 10  # a reply that goes along is short: "ok i wont tell", "how many more", "ok adding u"

_JIBE = compile_patterns([
    r"\b(?:slow|slowest|wrong|baby|babies|dumb|stupid|thick|weird|weirdo|cry|cries|crying|crybaby|trash|rubbish|useless|"
    r"loser|ugly|gross|smells?|annoying|can'?t even|always gets?|go away|just leave|get lost|shut up|why are (?:you|u)|"
    r"nobody|no one|noone|like a baby|like a snail|idiot|thick|cringe|cringey|cringy|so bad|pathetic|lame|"
    r"can'?t (?:draw|read|spell|write|sing|dance|run|catch|kick|throw|do anything))\b"])

# Going along: agreeing, doing it now, or asking on about it ("what car do u have" after "i can pick u up").
_ASSENT = compile_patterns([
    r"^(?:ok|okay|oki|k|kk|fine|yes|yeah|yea|ya|yh|yep|yup|sure|alright|aight|done|deal|promise|i promise|i will|"
    r"i wont tell|i won'?t tell|what|whats|how|when|where|which)\b",
    r"^[a-z]+ing (?:it|u|you|them|now)\b"])
# ... and not turning it down, doubting it or telling on it.
_REFUSAL = compile_patterns([
    r"\b(?:no|nah|nope|never|stop|weird|creepy|creep|sus|scary|block|blocked|blocking|report|reporting|leave me alone|"
    r"why|who|not allowed|dont want|don'?t want|i'?m telling|im telling|i'?ll tell|ill tell|gonna tell|going to tell|"
    r"telling (?:my|miss|sir|mum|mom|dad|the teacher))\b"])


def goes_along(text: str, history: Sequence[dict], speaker: str | None) -> int | None:
    """Where in history the message is that this one goes along with: the last learner message by someone else, one
    of the last two, when this is a short reply from speaker that agrees, does it or asks on, and does not refuse."""
    said = canonical(text)
    if not speaker or len(said.split()) > ASSENT_WORDS or not _ASSENT.search(said) or _REFUSAL.search(said):
        return None
    learners = [i for i, m in enumerate(history) if m.get("role", "user") == "user"][-2:]
    for i in reversed(learners):
        if str(history[i].get("name") or "").lower() != speaker.lower():
            return i
    return None


def grooming_pattern(text: str, history: Sequence[dict], speaker: str | None) -> str | None:
    """A reason when this sender's recent messages, this one included, carry both flattery and probing."""
    now = grooming_signals(text)
    if not now or not speaker:
        return None
    kinds, hits = set(now), 1
    for msg in list(history)[-WINDOW:]:
        if msg.get("role", "user") == "user" and str(msg.get("name") or "").lower() == speaker.lower():
            found = grooming_signals(str(msg.get("content") or ""))
            kinds |= found
            hits += bool(found)
    if len(kinds) >= 2 and hits >= 2:
        return f"grooming pattern over {hits} messages from {speaker}: {', '.join(sorted(kinds))}"
    return None


def repeated_jibes(text: str, history: Sequence[dict], names: Iterable[str]) -> str | None:
    """A reason when this message is a jibe at a child who got JIBES_FOR_C1 - 1 more within the window, or a short
    jibe that names nobody ("cringe") right after JIBES_FOR_C1 - 1 jibes at one child: joining a pile-on."""
    if not _JIBE.search(canonical(text)):
        return None
    recent = [str(m.get("content") or "") for m in list(history)[-WINDOW:] if m.get("role", "user") == "user"]
    jibes = [t if _JIBE.search(canonical(t)) else "" for t in recent]  # "": that message was no jibe
    kids = {n.strip() for n in names if n and len(n.strip()) >= 2}
    at = {name: re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE) for name in kids}
    named = [name for name, pattern in at.items() if pattern.search(text)]
    for name in named:
        count = 1 + sum(bool(at[name].search(t)) for t in jibes)
        if count >= JIBES_FOR_C1:
            return f"{count} jibes at {name} within {WINDOW} messages"
    if named or len(text.split()) > PILE_ON_WORDS:
        return None
    last = jibes[-PILE_ON_AFTER:]
    for name, pattern in at.items():
        if sum(bool(pattern.search(t)) for t in last) >= JIBES_FOR_C1 - 1:
            return f"joins {JIBES_FOR_C1 - 1} jibes at {name} in the last {len(last)} messages"
    return None


# A disclosure that tells of grooming: what an adult or someone online does to win a child over (gifts or money, "his
# special girl", pictures asked for, secrecy he asks for). The learned layers read these as disclosures (C2) only: "he says
# im his special girl and buys me sweets every day after school" and "this man at the garden centre gave me £20 and said
# i can help in his greenhouse when no ones around" (blind split 55's C3 at first sight; 8 of dev's 352 C3 messages read
# so). The facilitator's alert then says grooming too; Jack's reply to the disclosure is the same. Not a parent's
# secrecy about home ("mum said if i tell anyone she'll get in trouble"), a disclosure of abuse at home, not grooming.
_GROOMING_TOLD = compile_patterns([
    r"\b(?:buys|bought|gives|gave|sends|sent|keeps (?:sending|buying|giving)) me (?:\w+ ){0,2}?(?:sweets|money|cash|presents?|"
    r"gifts?|robux|v-?bucks|credit|skins?|a phone|£ ?\d+|\d+ ?(?:pounds|quid))\b",
    r"\bgave me £ ?\d+", r"\b(?:his|her) (?:special|favou?rite|little) (?:girl|boy|one|friend|princess)\b",
    r"\bour (?:little |special )?(?:secret|game)\b",
    r"\b(?:he|she|they)(?:'?ll| will|s gonna|'?s gonna| is gonna) get in trouble\b",
    r"\b(?:he|the man|the lady|the guy)\b[^.!?]{0,40}?\bsaid (?:not to|never to|to never|i shouldn'?t) tell\b",
    r"\b(?:asks?|asking|asked|wants?|wanted) (?:me )?(?:for |to send (?:him |her )?)?(?:more )?(?:pics|photos|pictures|selfies|"
    r"what (?:i'?m|im|i am) wearing)\b", r"\bif i (?:don'?t|dont) send (?:pics|photos|pictures)\b"])
_PARENT_SAID = compile_patterns([r"\b(?:mum|mom|mam|dad|my parents)\b[^.!?]{0,15}?\b(?:says?|said|sed|told me)\b"])


def tells_of_grooming(text: str) -> str | None:
    """The phrase by which a disclosure tells of grooming, or None (also when a parent asked for the secrecy)."""
    canon = canonical(text)
    m = _GROOMING_TOLD.search(canon)
    return m.group(0) if m and not _PARENT_SAID.search(canon) else None
