"""Personal information in children's messages (S7 Privacy): find it, and mask it in exports.

Children share phone numbers, e-mails, home addresses, passwords and social-media handles
without thinking; a room of learners must not show them. Finds both the data itself and
requests for it ("what's your number?", "where do you live?") — an agent never asks.
"""

import re
from dataclasses import dataclass

_NUM_WORDS = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_STREET = (r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|court|ct|boulevard|blvd|place|pl|"
           r"close|crescent|terrace|highway|hwy|circle|cir|parkway|pkwy|square|sq|gardens|grove)")

PATTERNS: dict[str, re.Pattern] = {
    # Lookbehinds make matches start only at the start of a run (linear time on long runs).
    "email": re.compile(r"(?<![\w.+-])[\w.+-]+\s?(?:@|\(at\)|\[at\])\s?[\w-]+(?:\s?(?:\.|\(dot\)|\[dot\])\s?[a-z]{2,})+",
                        re.IGNORECASE),
    "email_spelled": re.compile(
        r"(?<![\w.])[\w.]+\s+at\s+(?:gmail|yahoo|hotmail|outlook|icloud|aol|proton\w*|live|mail)\s*(?:dot|\.)\s*\w+",
        re.IGNORECASE),
    # 7+ digits with only phone separators between them (not "3 + 4 = 7" or 1,234,567).
    "phone": re.compile(r"(?<![\w,.])\+?\(?\d(?:[\s\-.()]{0,2}\d){6,14}(?![\w,])"),
    "phone_spelled": re.compile(rf"\b{_NUM_WORDS}(?:[\s,-]+{_NUM_WORDS}){{6,}}\b", re.IGNORECASE),
    "address": re.compile(rf"\b\d{{1,5}}[a-z]?,?\s+(?:[A-Za-z'.-]+\s+){{1,3}}{_STREET}\b\.?", re.IGNORECASE),
    "postcode": re.compile(r"\b(?:zip|post)\s?code\s*(?:is|:)?\s*[A-Z0-9]{3,}(?:\s?[A-Z0-9]{3})?|"
                           r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"),
}
# What follows "password is" that is not the password: "my password for the quiz app is in my notes".
_NOT_A_VALUE = (r"(?!\s*(?:in|on|at|inside|under|written|saved|stored|kept|somewhere|secret|private|a\s+secret|too|really|"
                r"so|very|quite|hard|easy|long|short|strong|weak|safe|the\s+same|different|new|changed|wrong|right|"
                r"forgotten|locked|something|not|only|still|just)\b)")
# Phrases that share (or ask for) personal details, where the detail itself may not match.
DISCLOSURE = re.compile(
    r"\b(?:my|our)\s+(?:home\s+|real\s+|full\s+|house\s+|cell\s+|mobile\s+|phone\s+|mom'?s\s+|mum'?s\s+|dad'?s\s+|[a-z]+\s+)?"
    r"(?:address|e-?mail|"
    r"snap(?:chat)?|insta(?:gram)?|tik\s?tok|discord|whats\s?app|kik|username|last\s+name|surname|full\s+name)"
    r"(?:\s+(?:for|on|in)\s+\w+)?\s+(?:is|=|:)" + _NOT_A_VALUE + "|"
    r"\b(?:my|our)\s+(?:home\s+|house\s+|phone\s+|cell\s+|mobile\s+|mom'?s\s+|mum'?s\s+|dad'?s\s+)?"
    r"(?:phone|cell|mobile|number|no\.?|#)\s*(?:number\s*)?(?:is|=|:)\s*\+?\(?\d[\d\s\-.()]{4,}|"
    # Passwords and logins, one's own or another child's: "his roblox password is ...", "bens pin: 4321".
    r"\b(?:my|our|his|her|their|[a-z]+'s|(?!(?:this|was|is|as|yes|does|has|its|us|plus|less|unless)\b)[a-z]+s)\s+"
    r"(?:[a-z']+\s+){0,2}?(?:password|passcode|pass\s?word|pin|pin\s+number|"
    r"login|log-?in|pw)(?:\s+(?:for|on|in|to)\s+\w+)?(?:\s*(?:is|'s|was|=|:)|\s*[,-]\s*(?:it'?s|it\s+is))" + _NOT_A_VALUE + "|"
    r"\bthe\s+(?:password|passcode|pin|login)\s+(?:for|to|on)\s+(?:my|his|her|their|[a-z]+'s)\s+(?:[a-z']+\s+){0,2}?(?:is|=|:)"
    + _NOT_A_VALUE + "|"
    r"\b(?:user\s?name|login|user)\b(?:\s*(?:is|=|:)\s*|\s+)(?!(?:and|or|&)\s)\S+[\s,;]+(?:and\s+)?(?:the\s+)?(?:password|pass|pw)"
    r"\s*(?:is|=|:)?" + _NOT_A_VALUE + r"\s*(?!(?:are|were|for|to)\b)\S+|"
    r"\b(?:i|we)\s+live\s+(?:at|on(?!\s+(?:a|an)\s)|in\s+(?:the\s+)?(?:house|flat|apartment|building)|in\s+(?:flat|apartment|number|no\.?)\s+\d|"
    r"next\s+(?:door\s+)?to|near|right\s+by|above|opposite|behind|across\s+(?:the\s+road\s+)?from|"
    r"down\s+the\s+road\s+from|round\s+the\s+corner\s+from)\b|"
    r"\b(?:add|message|dm|text|call|find|follow)\s+me\s+(?:on|at)\s+(?:snap|insta|tik|discord|whats|kik|"
    r"roblox|fortnite|\+?\d)|"
    r"\bmy\s+(?:house|home|flat)\s+is\s+(?:at|on|next\s+to|near|opposite|behind|above|across|number|no\.?\s*\d|"
    r"the\s+(?:[a-z]+\s+){0,2}?(?:one|house|flat)\s+(?:with|opposite|next|on|at|near|by|behind|above|across))|"
    # Someone else's details: "Mia's address is ...", "Sam's mum's number is ...".
    r"\b[a-z]+'s\s+(?:mum'?s\s+|mom'?s\s+|dad'?s\s+|home\s+|real\s+)?(?:address|e-?mail|phone|number|"
    r"snap(?:chat)?|insta(?:gram)?|tik\s?tok|discord|username|surname|last\s+name|full\s+name)(?:\s+is|\s*[=:])" + _NOT_A_VALUE,
    re.IGNORECASE,
)
REQUEST = re.compile(
    r"(?<!never )(?<!not )(?<!don't )(?<!dont )"  # "never share your address" is advice, not a request
    r"\b(?:what'?s|what\s+is|whats|tell\s+me|give\s+me|send\s+me|can\s+i\s+(?:have|get)|share)\s+"
    r"(?:me\s+)?(?:your|ur|yr)\s+(?:home\s+|real\s+|full\s+|phone\s+|cell\s+|mom'?s\s+|parents'?\s+)?"
    r"(?:address|phone|number|cell|e-?mail|password|passcode|pin|snap(?:chat)?|insta(?:gram)?|tik\s?tok|"
    r"discord|whats\s?app|username|last\s+name|surname|full\s+name|school)\b|"
    r"\bwhere\s+(?:do|d'?you)\s+(?:you|u)\s+live\b|\bwhich\s+school\s+do\s+(?:you|u)\s+go\s+to\b|"
    r"\bwhat\s+school\s+do\s+(?:you|u)\s+go\s+to\b|\bwhere\s+is\s+your\s+(?:house|home)\b|"
    # Routines: when and which way a child goes home is what someone who means harm asks.
    r"\bwhat\s+time\s+(?:do|will)\s+(?:you|u)\s+(?:get|go|walk|come)\s+home\b|"
    r"\b(?:which|what)\s+way\s+do\s+(?:you|u)\s+(?:walk|go|come|cycle)\s+(?:home|to\s+school)\b|"
    r"\bwhere\s+do\s+(?:you|u)\s+walk\s+(?:home|to\s+school|after\s+school)\b",
    re.IGNORECASE,
)
_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'"})  # same length: spans stay aligned


@dataclass(frozen=True)
class Finding:
    """One piece of personal information (or a request for it) found in a text."""

    kind: str
    start: int
    end: int
    text: str


# Children's helplines are numbers a child should pass on ("childline is 0800 1111 if anyone ever needs it, its on the
# wall by the library": blind splits 31 and 33 each had one flagged): Childline and the NSPCC (UK), Samaritans (UK and
# Ireland), Kids Helpline (Australia), Childhelp (US), Kids Help Phone (Canada).
HELPLINES = frozenset({"08001111", "08088005000", "116123", "1800551800", "18004224453", "18006686868"})


def find_personal_info(text: str) -> list[Finding]:
    """Every phone number, e-mail, address, postcode, disclosure or request for them in text (a helpline's number is
    not one)."""
    text = text.translate(_APOSTROPHES)
    found = [Finding(kind, m.start(), m.end(), m.group(0))
             for kind, pat in PATTERNS.items() for m in pat.finditer(text)
             if not (kind == "phone" and re.sub(r"\D", "", m.group(0)) in HELPLINES)]
    found += [Finding("disclosure", m.start(), m.end(), m.group(0)) for m in DISCLOSURE.finditer(text)]
    found += [Finding("request", m.start(), m.end(), m.group(0)) for m in REQUEST.finditer(text)]
    return sorted(found, key=lambda f: f.start)


# Masking goes further than finding: an export or the board may over-mask, never leak. These patterns
# are used by mask_personal_info only, so they do not change what the screen blocks.
_MASK_EXTRA: dict[str, re.Pattern] = {
    # digits and number words mixed: "seven 7 oh oh 9 0 0 1 2 3"
    "phone": re.compile(rf"\b(?:{_NUM_WORDS}|\d)(?:[\s,.-]+(?:{_NUM_WORDS}|\d)){{6,}}\b", re.IGNORECASE),
    # social-media handles: "@mia_k2012"
    "handle": re.compile(r"(?<![\w.@])@[A-Za-z_][\w.]{2,}"),
}
# What follows a disclosure ("my password is ...", "add me on snap ...", "I live on ...") is the detail.
_DISCLOSED_VALUE = re.compile(
    r"(?:\b(?:my|our|[a-z]+'s)\s+(?:[a-z']+\s+){0,2}?(?:password|passcode|pin|snap(?:chat)?|insta(?:gram)?|tik\s?tok|"
    r"discord|whats\s?app|kik|username|user\s?name|surname|last\s+name|full\s+name|gamertag|roblox|fortnite)"
    r"(?:\s+(?:for|on|in)\s+\w+)?\s*(?:is|=|:)\s*"
    r"|\b(?:add|message|dm|text|follow|find)\s+me\s+(?:on|at)\s+(?:snap\w*|insta\w*|tik\s?tok|discord|whats\s?app|"
    r"kik|roblox|fortnite)\s*(?:as|:)?\s*)"
    r"(?P<value>[^\s,;!?]+)",
    re.IGNORECASE)
_LIVES_AT = re.compile(r"\bi\s+live\s+(?:at|on|near|next\s+to|right\s+by)\s+(?P<value>[^\s,.;!?]+(?:\s+[^\s,.;!?]+){0,2})",
                       re.IGNORECASE)


def mask_personal_info(text: str) -> str:
    """text with phone numbers (digits, words or both), e-mails (also "(at)"/"dot" forms), street
    addresses, postcodes, handles and disclosed details ("my password is ...") replaced by [kind].
    The one masker for every export and for board text."""
    spans = [(f.start, f.end, f.kind.split("_")[0]) for f in find_personal_info(text) if f.kind in PATTERNS]
    spans += [(m.start(), m.end(), kind) for kind, pat in _MASK_EXTRA.items() for m in pat.finditer(text)]
    spans += [(m.start("value"), m.end("value"), "personal") for m in _DISCLOSED_VALUE.finditer(text)]
    spans += [(m.start("value"), m.end("value"), "address") for m in _LIVES_AT.finditer(text)]
    out, last = [], 0
    for start, end, kind in sorted(spans):
        if end <= last:  # inside a span already masked
            continue
        if start < last:  # overlaps the previous mask: extend it
            last = end
            continue
        out.append(text[last:start] + f"[{kind}]")
        last = end
    return "".join(out) + text[last:]
