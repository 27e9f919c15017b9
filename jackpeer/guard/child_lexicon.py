"""Rules for the children's categories C1–C3 over canonical text (C4 comes from personal_info.py).

As in lexicon.py, a rule needs a target and an intent, not a single word: "you're so dumb"
is aimed at a child, "this game is dumb" is not. The room's member names are the targets a
child can aim at; `mark_peers` turns each into the token `peerkid` before the rules look,
so one pattern covers every name ("Mia is so ugly", "mia's teeth lol").
"""

import re
from collections.abc import Iterable

from jackpeer.guard.lexicon import compile_patterns
from jackpeer.guard.normalize import canonical

PEER = "peerkid"
# A child as the target: you, a named peer, or he/she.
_TARGET = r"(?:you|u|ya|ur|you'?re|peerkid|he|she|him|her|they|them)"
# Words that only insult a person (said of a thing they are not insults, so any subject counts).
_PERSON_INSULT = (r"(?:loser|losers|idiot|moron|ugly|fat|freak|crybaby|cry baby|weirdo|smelly|thick|dumbest|stupidest|"
                  r"ugliest|fatso|pig|cow|nobody|no one|baby|worthless|pathetic|useless|stupid|dumb|trash|rubbish|"
                  r"gross|disgusting|annoying|a waste of space|a joke)")
_FILLER = r"(?:so |such (?:a |an )?|a |an |the |really |very |literally |just |totally |the most |a total |a complete |an absolute |too |always |still )*"
_ADULT = (r"(?:dad|mum|mom|stepdad|step dad|stepmum|step mum|stepmom|mum'?s boyfriend|mom'?s boyfriend|dad'?s girlfriend|"
          r"uncle|aunt|auntie|brother|sister|cousin|grandad|grandpa|granddad|nan|grandma|babysitter|parents|"
          r"mum'?s friend|mom'?s friend|dad'?s friend|neighbou?r|carer|foster \w+)")
_HOME_ACTOR = rf"(?:my {_ADULT}|someone at home|somebody at home|a grown ?up|an adult|a man|a lady|he|she|they)"
_HARM = (r"(?:hits|hit|hurts|hurt|kicks|kicked|beats|beat|slaps|slapped|punches|punched|pushed|pushes|burns|burned|"
         r"chokes|choked|strangles|bites|whips|throws things at|locks|locked|shakes|shook|touches|touched)")
_APPS = (r"(?:snap|snapchat|insta|instagram|tiktok|tik tok|discord|whatsapp|whats app|kik|telegram|signal|wechat|"
         r"facebook|messenger|skype|zoom|facetime|dms?|private chat|private server)")

CHILD_RULES: dict[str, list[str]] = {
    "C1": [
        # Insults aimed at a child.
        rf"\b{_TARGET}(?:'s| is| are| r| was|'re)? {_FILLER}{_PERSON_INSULT}\b",
        r"\b(?:your|ur|peerkid'?s) (?:face|hair|teeth|nose|clothes|body|voice|drawing|work) (?:is |are |looks? )?(?:so |really )?(?:ugly|gross|disgusting|trash|like a \w+)",
        r"\b(?:look at|ew|eww) (?:peerkid'?s|your|ur) \w+\b.*\b(?:gross|ugly|disgusting|lol|ew)\b",
        rf"\b{_TARGET} (?:smells?|stinks?)\b", r"\bpeerkid (?:has|wears|draws|types|talks) (?:like )?(?:a )?(?:baby|ugly|smelly)\b",
        r"\bpeerkid \w+ like a baby\b",
        r"\b(?:no ?one|nobody|noone) (?:likes|wants|cares about|cares what|asked|wants to wait for) (?:you|u|peerkid|him|her)\b",
        r"\b(?:no ?one|nobody|noone) (?:cares|asked)\b",
        r"\bwhy are (?:you|u) even here\b", r"\b(?:go away|just leave|get lost)\b.*\bruin everything\b",
        r"\b(?:shut up|go away|get lost|just leave) (?:peerkid|you|u)\b", r"\bpeerkid (?:go away|just leave|shut up)\b",
        r"\bcry more\b", r"\bpeerkid is (?:gonna |going to )?cry(?:ing)? again\b",
        # Exclusion.
        r"\b(?:don'?t|do not|never) let peerkid (?:in|play|join|sit|be)\b",
        r"\b(?:everyone|everybody|let'?s all|we should all|let'?s|all of us) (?:ignore|block|leave out|unfriend) peerkid\b",
        r"\b(?:nobody|no one|noone|don'?t|do not|never) (?:talk|speak|play|sit) (?:to|with|next to) peerkid\b",
        r"\b(?:group|team|chat|club|game|server)s? without peerkid\b",
        r"\b(?:kick|throw|leave|vote) peerkid out\b", r"\bpeerkid (?:can'?t|cannot|isn'?t allowed to) (?:play|join|sit|come) with us\b",
        r"\bpretend peerkid (?:isn'?t|is not|doesn'?t|does not) (?:here|exist)\b",
        r"\bwe (?:don'?t|do not) want peerkid\b",
        # Intimidation of a peer.
        r"\bor else\s*[.!]*$", r"\b(?:you'?ll|you will) regret it\b", r"\b(?:say|do) that again and\b",
        r"\bmake (?:your|ur|his|her|peerkid'?s) life (?:miserable|hell)\b", r"\b(?:you'?d|you had|peerkid) better watch out\b",
        r"\bmake peerkid cry\b", r"\b(?:or|and) (?:you'?re|you are|ur) (?:dead|finished|toast)\b",
        r"\bgive me (?:your|ur) (?:snack|lunch|money|dinner money|phone)\b",
        r"\bpeerkid (?:better|had better) do what i say\b", r"\btell everyone (?:her|his|peerkid'?s|your) secret\b",
        # Mocking through posts, photos and fake accounts.
        r"\b(?:post|share|send|spread) peerkid'?s (?:\w+ )?(?:photo|pic|picture|video|secret|message)s?\b",
        r"\b(?:screenshot|screenshotted)\b.*\b(?:share|post|send)\b",
        r"\b(?:make|post) (?:a )?(?:meme|video|joke) (?:of|about) peerkid\b",
        r"\b(?:spam|roast) peerkid\b", r"\bfake (?:account|profile) (?:pretending to be|of|as) peerkid\b",
        r"\bvote peerkid (?:the|as)\b", r"\btell everyone (?:that )?peerkid\b",
        r"\b(?:laughing|laugh at|send|spam)\b.*\bevery time (?:peerkid|she|he|they) (?:talks|speaks|says|posts)\b",
    ],
    "C2": [
        rf"\b{_HOME_ACTOR} (?:\w+ )?{_HARM} (?:me|us)\b", r"\b(?:he|she|they) (?:touches|touched|keeps touching) me\b", rf"\b{_HOME_ACTOR} (?:\w+ )?{_HARM} my mum\b",
        rf"\bmy {_ADULT} (?:\w+ )?(?:hurt|hit|beat|beats|kicks|hits) (?:me|us|my mum|my mom)\b",
        r"\b(?:beats|beat) me up\b.*\b(?:parents|mum|mom|dad)\b",
        r"\bno (?:food|dinner|breakfast|heating|electricity) (?:at home|in the house|in our house)\b",
        r"\bthere'?s (?:never|no) (?:any )?food\b", r"\b(?:don'?t|do not|never) have (?:any )?(?:heating|food|electricity|hot water) at home\b",
        r"\b(?:don'?t|do not) have (?:any )?(?:heating|food)\b.*\bhome\b", r"\btaken away if i tell\b", r"\b(?:always|so) hungry because\b",
        r"\b(?:hasn'?t|haven'?t|didn'?t|never) (?:come|came) (?:back )?home (?:for|in) (?:\w+ )?(?:days|nights|a week)\b",
        r"\b(?:leaves?|left) (?:me|us) (?:alone|on our own|by ourselves) (?:for|all) (?:\w+ )?(?:days|night|weekend|week)\b",
        r"\b(?:nobody|no one|noone) (?:gave|gives|made|makes|feeds|fed) (?:me|us) (?:\w+ )?(?:food|breakfast|lunch|dinner|tea)\b",
        r"\b(?:nobody|no one|noone)'?s (?:ever )?home\b", r"\bsame clothes all week\b",
        r"\b(?:scared|afraid|frightened|terrified) (?:to go|of going|to be) (?:back )?home\b",
        rf"\b(?:scared|afraid|frightened|terrified) of (?:my {_ADULT}|what my {_ADULT})\b",
        r"\b(?:don'?t|do not|never) feel safe (?:at home|in my house|with my \w+)\b",
        r"\b(?:don'?t|do not) want to go (?:back )?home\b", r"\b(?:shout|scared|angry|drunk)\w*\b.*\bhide (?:under|in) (?:my|the) (?:bed|wardrobe|cupboard)\b",
        r"\b(?:shouts?|shouting|screams?) and throws? things\b", rf"\bmy {_ADULT} gets? (?:really |so )?(?:scary|violent)\b",
        rf"\b{_HOME_ACTOR} (?:touches|touched|keeps touching) me\b", r"\btouch(?:es|ed|ing)? me where\b",
        r"\b(?:comes|came|goes) (?:in|into) my (?:room|bed) at night\b",
        r"\bmakes? me (?:take (?:my|off my) clothes|do things|touch|keep (?:a )?secret)\b",
        r"\b(?:secret|secrets) about (?:touching|home|my body)\b", r"\brude (?:pictures|photos|videos)\b",
        r"\b(?:not allowed|not supposed) to (?:tell|say)\b.*\b(?:home|dad|mum|mom|bruises|marks|why|happens)\b",
        r"\bif i tell\b.*\b(?:hurt|trouble|taken away|kill|angry)\b", r"\b(?:please )?don'?t tell (?:anyone|anybody) but my \w+ (?:hurts|hits)\b",
        r"\b(?:lock|locks|locked) me (?:in my room|outside|out of the house)\b", r"\bget locked in my room\b",
        r"\bsays? (?:it'?s|its) (?:our|a) secret\b",
    ],
    "C3": [
        # Moving to a private app.
        rf"\b(?:add|message|msg|text|dm|find|follow|chat with|talk to|call|facetime) me (?:on|in|over|at|through) {_APPS}\b",
        rf"\b(?:let'?s|lets|we can|we could|we should|shall we) (?:move|go|switch|talk|chat|continue) (?:to|on|in|over) {_APPS}\b",
        rf"\b(?:what'?s|whats|what is|give me|send me|tell me) (?:your|ur) {_APPS}(?: name| username| handle)?\b",
        rf"\b(?:download|get|install) {_APPS} so\b", r"\b(?:join|come to) my (?:private|secret) (?:server|chat|group|discord)\b",
        r"\bso (?:nobody|no one|noone|the teacher|your (?:mum|mom|dad|parents)) (?:sees|can see|knows|will know|reads)\b",
        r"\bwithout (?:the teacher|your (?:mum|mom|dad|parents|teacher)) (?:seeing|knowing|reading)\b",
        r"\bchat without the teacher\b", rf"\bon {_APPS}\b.*\b(?:more private|privately|just us|just you)\b",
        rf"\b{_APPS}\b.*\b(?:instead|more private|privately)\b",
        # Secrets from parents and teachers.
        r"\b(?:don'?t|do not|never) tell (?:your|ur) (?:teacher|mum|mom|dad|parents|family|folks|friends)\b",
        r"\b(?:don'?t|do not|never) tell (?:anyone|anybody) (?:i'?m|i am|we'?re|we are|that we|about (?:me|us))\b",
        r"\b(?:just between (?:us|you and me)|between you and me|this is between us)\b", r"\bour (?:little |special )?secret\b(?! (?:club|plan|base|code|mission|recipe|handshake|den|hideout|weapon|move|level))",
        r"\b(?:delete|clear|erase) (?:our|the|this|these|your) (?:\w+ )?(?:messages|chats?|texts|history|conversation)\b",
        r"\b(?:promise|swear) (?:you won'?t|not to|you will not) tell\b", r"\b(?:your|ur) parents (?:wouldn'?t|won'?t|don'?t|would not) understand\b",
        r"\bso (?:your|ur) (?:mum|mom|dad|parents) (?:doesn'?t|don'?t|won'?t) (?:see|know|find out)\b",
        # Flattery, age and special relationship.
        r"\bmature for (?:your|ur) age\b", r"\b(?:more )?grown ?up than (?:the )?other (?:kids|children|girls|boys)\b",
        r"\bhow old are (?:you|u) really\b", r"\bage is just a number\b", r"\bnot like the others\b",
        r"\bi only talk to (?:you|u)\b", r"\bunderstand (?:you|u) better than (?:your|ur) (?:parents|mum|mom|dad|friends)\b",
        r"\btrust me more than\b", r"\b(?:you|u) should be a model\b",
        r"\b(?:your|ur) (?:mum|mom|dad|parents) (?:doesn'?t|don'?t) understand (?:you|u) like i do\b",
        r"\b(?:special|secret) (?:connection|friendship|relationship)\b", r"\bthe only one who (?:gets|understands) (?:you|u)\b",
        # Meeting, gifts and being alone.
        r"\b(?:meet|see) (?:me|up)\b.*\b(?:just us|alone|don'?t tell|secret|without)\b",
        r"\b(?:free robux|free vbucks|free v-bucks|gift card|buy you|give you|send you)\b.*\b(?:if you|photo|pic|meet|don'?t tell|just don'?t)\b",
        r"\bif you (?:send|show|meet)\b.*\b(?:robux|vbucks|gift|buy|give)\b",
        r"\b(?:walk|go) home alone\b", r"\b(?:are|r|will) (?:you|u) (?:be )?(?:home )?alone (?:at home|tonight|now|right now)?\b",
        r"\b(?:are|r) (?:your|ur) parents (?:home|around|in|out)\b",
        r"\bcome to my (?:house|place|flat)\b.*\b(?:don'?t tell|alone|secret|just us)\b", r"\bdo (?:your|ur) parents (?:check|read|see) (?:your|ur)\b",
        # Pictures of the child.
        r"\bsend me (?:a |some |more |your )?(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|video|vid)s?\b(?! of (?:the|our|a|that|this|it|my)\b)",
        r"\bsend (?:a |me a )?selfie\b", r"\b(?:pic|pics|picture|pictures|photo|photos|video)s? of (?:you|u|yourself|urself)\b",
        r"\b(?:turn|switch|put) on (?:your|ur) (?:camera|cam|webcam)\b", r"\bshow me what (?:you|u) look like\b",
        r"\b(?:in|wearing) (?:your|ur) (?:pyjamas|pajamas|underwear|swimsuit|bikini)\b",
        r"\bdo (?:you|u) have (?:a phone of (?:your|ur) own|more (?:pics|pictures|photos))\b",
    ],
}
CHILD_COMPILED: dict[str, re.Pattern] = {code: compile_patterns(pats) for code, pats in CHILD_RULES.items()}

# Signals of grooming that are weak alone; two kinds from one sender across messages make C3.
GROOMING_SIGNALS: dict[str, re.Pattern] = {
    "flattery": compile_patterns([
        r"\b(?:you'?re|you are|ur|u r) (?:really |so |very |such a )?(?:clever|smart|talented|mature|special|pretty|cute|beautiful|gorgeous|amazing) (?:for|in|girl|boy)\b",
        r"\b(?:you'?re|you are|ur) (?:so |really )?(?:cute|pretty|beautiful|mature|special)\b", r"\bmy favou?rite\b",
        r"\bspecial connection\b", r"\b(?:more )?mature than\b", r"\b(?:you|u) can tell me anything\b",
        r"\bi'?m the only one\b", r"\b(?:you|u) seem lonely\b", r"\b(?:i can|i'?ll) be (?:your|ur) (?:friend|best friend)\b",
        r"\b(?:love|like) (?:your|ur) (?:drawings|pictures|photos|profile)\b", r"\bso talented\b", r"\bshould be a model\b",
        r"\bdoesn'?t understand (?:you|u)\b"]),
    "probing": compile_patterns([
        r"\bhow old are (?:you|u)\b", r"\b(?:are|r|is) (?:your|ur) (?:parents|mum|mom|dad) (?:around|home|in|out|there)\b",
        r"\b(?:phone|tablet|laptop|computer) of (?:your|ur) own\b", r"\bdo (?:your|ur) parents (?:check|read|see|know)\b",
        r"\b(?:chat|online|awake|up) (?:online )?at night\b", r"\b(?:what'?s|whats|what is) (?:your|ur) (?:username|user name|account|gamertag)\b",
        r"\busername on\b", r"\bmore (?:pictures|pics|photos)\b", r"\bwhere do (?:you|u) (?:live|go to school|walk)\b",
        r"\b(?:home )?alone\b", r"\bdo (?:you|u) have (?:a )?(?:boyfriend|girlfriend|phone|snap|insta)\b"]),
}


def mark_peers(text: str, names: Iterable[str]) -> str:
    """text with each of the room's member names (whole words, any case, with 's) replaced by `peerkid`."""
    words = sorted({n.strip() for n in names if n and len(n.strip()) >= 2}, key=len, reverse=True)
    if not words:
        return text
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    return pattern.sub(PEER, text)


def child_rule_hits(text: str, names: Iterable[str] = ()) -> dict[str, str]:
    """Children's categories (C1–C3) whose rules fire on text, each with the phrase that fired."""
    canon = canonical(mark_peers(text, names))
    return {code: m.group(0) for code, pat in CHILD_COMPILED.items() if (m := pat.search(canon))}


def grooming_signals(text: str) -> set[str]:
    """The kinds of weak grooming signal (flattery, probing) in one message."""
    canon = canonical(text)
    return {kind for kind, pat in GROOMING_SIGNALS.items() if pat.search(canon)}
