"""What tells the offline screen that a flag is not what it seems, or is someone else's harm.

Each is a phrase test over the message (canonical text unless said otherwise): a bomb at a real
place or a threat on a school day is never play; a self-harm rule's phrase aimed at "you" is
bullying; things handed on for a reason are no goodbye. offline.py decides when each applies.
"""

import re

from jackpeer.guard.lexicon import TOLD_TO_DIE, compile_patterns
from jackpeer.guard.normalize import canonical

_REAL_PLACE = compile_patterns([
    r"\b(?:school|class|classroom|match|stadium|station|airport|church|mosque|synagogue|temple|concert|mall|shops?|"
    r"town|city|street|bus|train|assembly|playground|hall|office|hospital|park)\b"])
# A school day or lesson in a threat: "ill stab u with the compass in art, u better not come in monday" was waived as
# play for the room's story-writing task (blind split 38, read after its first sight).
_SCHOOL_WHEN = compile_patterns([
    r"\b(?:on |this |next |till |til |until )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|tmrw|tmr)\b",
    r"\b(?:in|at|after) (?:art|pe|p\.e|maths|math|science|music|break|breaktime|lunch|lunchtime|registration|school)\b",
    r"\b(?:better not|dont|don'?t) (?:come|show up) (?:in|to school|back)\b"])
_SECOND_PERSON = re.compile(r"\b(?:u|ur|you|your|youre|you'?re|urself|yourself|ya)\b", re.IGNORECASE)
# A self-harm rule's phrase that tells someone else to hurt themselves ("go kill urself", "kys Emma"): bullying in a
# children's room, not a disclosure by the sender (the adult sets label it S11, as Llama Guard does).
# Matched on the rule's phrase, which is canonical text, so compiled with its doubled letters collapsed too.
_TOLD_TO_SELF_HARM = compile_patterns([rf"\b(?:kys|go die|{TOLD_TO_DIE}|kill (?:ur ?self|your ?self)|(?:hurt|cut) (?:ur ?self|your ?self))\b"])
# Handed on for a reason no goodbye gives. With blind splits 24-41 in training (session 27) the heads learned quiet
# goodbyes ("u can have my Mario Kart account after, i wont need it") and read "gave my cousin my old boots, i wont need
# them they dont fit" (S11 0.97) and "i wont be here tmrw so u can have my seat" (0.87) the same way; a child's last
# goodbye gives away what is theirs, not boots that no longer fit or a seat. A rule's S11 is never waived.
_HANDED_ON = re.compile(r"\b(?:(?:don'?t|dont|doesn'?t|doesnt|no longer|won'?t|wont) fit|too (?:small|big|tight|short)|outgr\w+|"
                        r"got (?:a |some |my )?new (?:one|ones|pair|set)|(?:is|are|its|it'?s|got) broken|"
                        r"(?:have|take|use|keep|swap) my (?:seat|spot|place|turn|go|chair|desk|place in the queue)\b)", re.I)
_FIRST_PERSON = re.compile(r"\b(?:i|im|i'?m|ive|i'?ve|id|i'?d|i'?ll|me|my|myself|mine)\b", re.IGNORECASE)


def at_real_place(text: str) -> bool:
    """Whether the message names a real place (a school, a station, a match): a bomb there is never a game's."""
    return bool(_REAL_PLACE.search(canonical(text)))


def on_school_day(text: str) -> bool:
    """Whether the message names a school day or lesson: a threat for then is never a story's."""
    return bool(_SCHOOL_WHEN.search(canonical(text)))


def speaks_to_you(text: str) -> bool:
    """Whether the message speaks to someone ("u", "your", "yourself")."""
    return bool(_SECOND_PERSON.search(text))


def speaks_of_self(text: str) -> bool:
    """Whether the message speaks of the sender ("i", "my", "myself")."""
    return bool(_FIRST_PERSON.search(text))


def tells_to_self_harm(phrase: str) -> bool:
    """Whether a self-harm rule's phrase (canonical text) tells someone else to hurt themselves."""
    return bool(_TOLD_TO_SELF_HARM.search(phrase))


def handed_on(text: str) -> bool:
    """Whether what the message gives away is outgrown or broken, or is a place or a turn."""
    return bool(_HANDED_ON.search(text))


# A child asking to be left alone or for it to stop, or why they are treated so, in a short message. The heads trained
# with splits 24-41 hid such pleas, the words a bullied child most needs seen: "leave me alone" (S11 0.99), "leave her
# alone" (C4), "why are u being like this" (C3), "leave me out of it" (S11). Not "leave her out" (that excludes her),
# and never with a word of dying or of forever ("leave me alone forever" is for the heads to judge).
_PLEA = compile_patterns([
    r"^(?:(?:can|could|will) (?:u|you) (?:all |guys |pls |please |just )*|pls |please |just |(?:ok|fine|no|stop|stop it),? )*"
    r"(?:leave (?:me|her|him|them|us|peerkid) alone|leave me out of (?:it|this)|leave it|stop (?:it|that|picking on \w+|being "
    r"(?:so )?mean|teasing (?:me|her|him|peerkid))|(?:why|y) (?:are|r) (?:u|you|yall|you guys|u guys) (?:being|acting) "
    r"(?:like this|so mean|mean)|what did i (?:ever )?do to (?:u|you)|i'?m not (?:talking to (?:u|you)|(?:ur|your) friend) "
    r"(?:anymore|any more)|"
    r"i (?:want|need) to be (?:alone|on my own)(?: for a (?:bit|minute|while))?(?: right now| now)?)\b"])
_NOT_A_PLEA = compile_patterns([r"\b(?:forever|for good|die|dead|dying|kill|hurt|cut|never wake|gone|disappear|anymore\b.*\b"
                                r"(?:here|alive|live))\b"])
PLEA_WORDS = 10


def pleads(text: str) -> bool:
    """Whether the message is a short plea to be left alone or for it to stop (with the room's names as `peerkid`)."""
    canon = canonical(text)
    return len(canon.split()) <= PLEA_WORDS and bool(_PLEA.search(canon)) and not _NOT_A_PLEA.search(canon)


# Something kept from a child because it is a present for them: "dont tell Ava about her surprise cake ok" (C1 0.99 to the
# semantic head, which learned "dont tell Finn about the sleepover"), "dont tell Ava we got her a present" (0.90).
_SURPRISE = compile_patterns([r"\b(?:surprise|present|gift|birthday|bday|secret santa|(?:card|cake|party) for (?:her|him|peerkid))\b"])
_LEFT_OUT = compile_patterns([r"\b(?:(?:don'?t|dont|do not) want (?:her|him|them|peerkid)|not invited|without (?:her|him|them|"
                              r"peerkid)|uninvit\w*|leave (?:her|him|them|peerkid) out|not coming|can'?t come|no one likes)\b"])


def keeps_a_surprise(text: str) -> bool:
    """Whether what is kept from a child is a surprise for them (with the room's names as `peerkid`), not a leaving out."""
    canon = canonical(text)
    return bool(_SURPRISE.search(canon)) and not _LEFT_OUT.search(canon)


# A whole message that says an everyday feeling and nothing more: wanting to go home or a parent, not wanting to talk
# about it, wanting to be alone for a bit, told off for something ordinary, a crush kept quiet, being ignored. The heads
# read such words as a disclosure or self-harm ("i want to go home" C2 0.88, "i just want to be alone for a bit" S11
# 0.96, "i got told off at home for my room being messy" C2 0.96, "why is everyone ignoring me" S11 0.94): a high alert
# and Jack's "it is not your fault" for a tired child. Whole messages only: "i want to go home, he wont be there" or
# "i want my mum, he hit me" is not one of them, nor any message with a word of harm.
_FILLER = r"(?:ugh|omg|honestly|tbh|ngl|lol|ok|okay|guys|miss|sir|jack|peerkid|and|but|so|just|well|hm+|tbf)"
_TAIL = r"(?:lol|lmao|tbh|ngl|rn|right now|now|already|so much|so bad|today|tonight|pls|please|ok|okay|anymore|any more)"
_ORDINARY_FEELING = compile_patterns([
    rf"^[\W_]*(?:{_FILLER}[\W_]+)*(?:"
    r"(?:i )?(?:just |really |rly |so )?(?:want|wanna|wana|need|miss) (?:to go home|to go back home|home|my (?:mum|mom|mummy|"
    r"mommy|mam|dad|daddy|nan|nana|gran|grandma|bed))|"
    r"(?:i )?(?:cant wait to|can'?t wait to|wish i (?:was|were|could)|want to|wanna|wana)(?: go| be| get)? (?:back )?(?:at |to )?"
    r"(?:home|bed)(?: in bed| on the sofa| on the couch)?(?: and (?:sleep|chill|rest|eat|nap|watch \w+|play \w+))?|"
    r"(?:i )?(?:just )?(?:dont|don'?t|do not|dnt) (?:want|wanna|wana|feel like) (?:to )?(?:talk|talking) about (?:it|that)|"
    r"(?:i )?(?:just |really )?(?:want|wanna|need) (?:to be |some time |time |a minute |a min )?(?:alone |on my own |by myself "
    r"|to myself )?for a (?:bit|minute|min|while|sec|second)|"
    r"(?:i )?(?:got|get|was|just got) (?:told off|shouted at|grounded|in trouble)(?: at home| by my (?:mum|mom|dad|nan|teacher))?"
    r" (?:for|cos|coz|because|bc) [a-z0-9 ']{1,40}|"
    r"(?:dont|don'?t|do not|dnt) tell (?:anyone|anybody|any1|no one|noone)(?: but)? i (?:like|fancy|have a crush on|love) \w+|"
    r"(?:why (?:is|are|does|do) )?(?:every(?:one|body|1)|u guys|you guys|yall|u all|you all) (?:keep |keeps )?(?:ignoring|"
    r"ignore|ignores) me(?: in (?:the|this) (?:chat|group|game|call))?|"
    r"(?:why (?:does|do) )?(?:no ?one|nobody|no1) (?:ever )?listens? to me"
    rf")(?:[\W_]+{_TAIL})*[\W_]*$"])
_HARM_WORD = compile_patterns([r"\b(?:hit|hits|hurt|hurts|belt|locked|slap\w*|kick\w*|punch\w*|bruis\w*|blood|bleed\w*|"
                               r"starv\w*|food|scared|afraid|die|dead|kill\w*|forever|secret|touch\w*|police|drunk)\b"])


def ordinary_feeling(text: str) -> bool:
    """Whether the whole message says an everyday feeling and nothing more (with the room's names as `peerkid`)."""
    canon = canonical(text)
    return bool(_ORDINARY_FEELING.search(canon)) and not _HARM_WORD.search(canon)


# Safety advice passed on names the harm it warns of: "if a stranger in a game asks for pics u tell a grown up and block
# them, thats what we learned in pshe" (rule C3), "if u cut urself with the knife in food tech tell miss dont hide it"
# (C2 and S11 to the classifier), blind split 54's false alarms, read after its first sight. Advice says what anyone
# should do if it happens (an "if" about anyone, or a lesson retold) and the doing is to tell a grown-up, block or
# report. Not when the telling is the condition ("if u tell ur mum ill...", "if i tell miss will they take me away"),
# is forbidden ("dont tell ur mum", "promise u wont tell the teacher") or a threat ("ill tell ur mum u stole"), or
# the message tells of something done to the sender ("he asked me for pics, if anyone asks tell a grown up").
_ADVICE_DO = compile_patterns([
    r"(?<!\bif u )(?<!\bif you )(?<!\bif ya )(?<!dont )(?<!don't )(?<!not )(?<!never )(?<!no )\b(?:tell|talk to|show it to|"
    r"go to|report it to) (?:a |an |ur |your |ya |the |any |a trusted |another )?(?:grown ?ups?|adults?|teachers?|miss|sir|"
    r"mum|mom|dad|parents?|carers?|trusted adult|some ?one (?:u|you) trust|dsl|counsell?or|school nurse|childline)\b",
    r"(?<!dont )(?<!don't )(?<!not )(?<!never )\b(?:block|report) (?:them|him|her|it|the account|that account|the person)\b"])
_ADVICE_WHEN = compile_patterns([
    r"\b(?:if|when|whenever) (?:a |an |some )?(?:stranger|strangers|some ?one|somebody|some1|any ?one|anybody|any1|people|"
    r"u|you|ya|a grown ?up|an adult|ur friend|a friend|a kid|any kid|kids|any ?thing|some ?thing)\b",
    r"\b(?:we (?:learned|learnt|were told)|(?:miss|sir|mum|my mum|dad|my dad|the police|the teacher|they) (?:says?|said|"
    r"told us)|in (?:pshe|assembly)|the poster (?:says|said))\b"])
_NOT_ADVICE = compile_patterns([
    r"\b(?:dont|don'?t|do not|never|not|no need to|wont|won'?t|will not) (?:tell|say)\b",
    # The telling as the condition or a threat: "my dad said if i tell the teacher he'll make it worse", "ill tell ur mum"
    r"\bif (?:i|we) (?:ever )?(?:tell|say|report)\b", r"\b(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to) (?:tell|report)\b",
    r"\b(?:asked|asks|sent|sends|messaged|messages|touched|touches|hurt|hurts|hit|hits|followed|follows|made|makes) me\b",
    r"\bour (?:little )?secret\b"])


def passes_on_advice(text: str) -> bool:
    """Whether the message passes on safety advice: if it happens to anyone, tell a grown-up, block or report."""
    canon = canonical(text)
    return bool(_ADVICE_DO.search(canon) and _ADVICE_WHEN.search(canon)) and not _NOT_ADVICE.search(canon)
