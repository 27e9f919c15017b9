"""What a learner's message asks of Jack: a question's kind (the time, the task, a fact, a joke, ...), and the
unaddressed messages a moderator answers (a learner lost, an idea put down, asking to go out, bored).

talk_moves.compose turns the kind into the turn's move; policy.Policy decides which unaddressed messages call for him.
"""

from __future__ import annotations

import re

from jackpeer.peers.arithmetic import sum_in
from jackpeer.peers.words import spelled_out

# Children hand Jack power over others (spec §2.1, §9): he declines.
AUTHORITY_RE = re.compile(r"\b(kick|dismiss|punish|fire|ban|throw \w+ out|get rid of|make \w+ (leave|go away)|"
                          r"send \w+ (out|away)|remove|tell \w+ to (leave|go away|get out)|out of (the|our) group)\b",
                          re.I)
# A child asks Jack to bring a quiet child in ("jack can u tell mia to talk more"): he invites that child. "Let's hear
# from everyone: can you tell mia to talk more?" was said.
_INCLUDE = re.compile(r"\b(?:tell|ask|get) (\w+) (?:to )?(?:talk|speak|say|share|join in|answer)\b|"
                      r"\bask (\w+) what (?:she|he|they) thinks?\b", re.I)
# A learner lost in the task ("i dont get what we are doing", "im confused"): Jack says the task and the step, named
# or not. In a live room Nia's "i dont get what we are doing" went unanswered and "omg nia keep up" followed.
LOST_RE = re.compile(r"\b(?:i'?m|im|i am) (?:so |really |a bit |kinda |still )?(?:confused|lost)\b|"
                     r"\bi (?:don'?t|dont|do not) (?:get|understand|know) (?:what (?:we'?re|were|we are|we r|to do|"
                     r"we (?:have|need|are supposed|'re supposed) to)|the (?:task|project))\b|"
                     r"\bwhat (?:are|r) we (?:even |actually )?(?:doing|supposed to (?:do|be doing)|meant to (?:do|be doing))\b",
                     re.I)
# A learner's idea put down ("thats a dumb idea"): Jack the moderator keeps ideas welcome and asks how to improve it.
# In a live room "thats a dumb idea" after Ruby's first idea went by without a word.
PUT_DOWN_RE = re.compile(r"\b(?:that'?s|thats|that is|its|it'?s|ur|your|what a) (?:a |such a |so |the )?(?:really |so )?"
                         r"(?:dumb|stupid|bad|rubbish|lame|terrible|worst|silly|boring|babyish) (?:idea|plan|one)\b|"
                         r"\b(?:ur|your|that|this|his|her|their) (?:idea|plan) (?:is|was|'s|s) (?:so |really |well )?"
                         r"(?:dumb|stupid|bad|rubbish|lame|terrible|silly|boring|babyish)\b", re.I)
# A learner asks to leave the room for a moment ("can i go toilet"): the teacher's to answer, and the group catches them
# up. In a live room Maya's "can i go toilet" went unanswered. (Moderator only, like an idea put down.)
AWAY_RE = re.compile(r"\b(?:can|may|could) (?:i|we) (?:pls |please )?(?:go|get|have|nip) (?:to )?(?:the |a |some )?"
                     r"(?:toilet|toilets|loo|bathroom|drink|water|drink of water|wee)\b|"
                     r"\bi (?:really )?(?:need|have) to (?:go to the |go )?(?:toilet|loo|bathroom|wee)\b", re.I)
# A learner bored with the task ("this is so boring"): the moderator asks what would make it more fun. Went by without
# a word in a live room.
BORED_RE = re.compile(r"\b(?:this|it|that|the task|this task|the project)(?:'?s| is| s)? (?:so+ |really |rly |well |sooo+ )?"
                      r"(?:boring|borin|dull)\b|\b(?:i'?m|im|i am) (?:so+ |really |rly |sooo+ )?bored\b", re.I)
# A question of safety ("is baking soda safe to touch"): checked with the teacher, never put to the group's vote.
_SAFETY = re.compile(r"\b(?:safe|dangerous|poisonous|toxic) to (?:touch|eat|drink|lick|taste|smell|mix|hold|use|breathe)\b|"
                     r"\b(?:is|are) (?:it|this|that|they|these|those|the \w+|\w+)(?: \w+)? (?:safe|dangerous|poisonous|toxic)\b|"
                     r"\bcan (?:i|we|u|you) (?:eat|drink|lick|taste) (?:it|this|that|them|the \w+)\b|"
                     r"\bwill (?:it|this|that) (?:hurt|burn|explode|sting)\b", re.I)
# A question about what the group wants ("how tall should it be", "what colour should the sea be"): the group's
# choice, not a fact Jack is unsure of. "I'm not sure. What does everyone think: how tall should it be?" was said.
_CHOICE = re.compile(r"\b(?:should|shall|do we want|would (?:we|you|u) like)\b", re.I)
_ASKS = (
    # Only a hello ("hello jack", "hiii @Jack"): "Ava, I'm curious about a class garden too" answered it.
    # (read with the agent's name taken out)
    ("greeting", re.compile(r"^\W*(?:hi+|hello+|hey+|hiya|heya|yo|good (?:morning|afternoon))"
                            r"(?:\W+(?:everyone|all|guys))?\W*$", re.I)),
    # A child tells Jack off ("jack ur annoying"): he takes it well and goes back to the task. "Ruby, I'm curious about
    # annoying too. What do the others think?" was said in a live room.
    ("about_me", re.compile(r"\b(?:u|you|ur|you'?re|u r|you are)\b (?:so |really |rly |such an? |kinda |a bit |being )?"
                            r"(?:annoying|boring|dumb|stupid|useless|weird|cringe|rubbish|irritating)\b|\bshut up\b|"
                            r"\bgo away\b|\bi (?:hate|don'?t like|dont like) (?:u|you)\b", re.I)),
    # Asked whether he is a person ("jack r u a robot"): he says plainly he is an AI. "Let's hear from everyone: are you a
    # robot?" was said in a live room.
    ("are_you_ai", re.compile(r"\b(?:r|are) (?:u|you) (?:a |an |even )?(?:robot|bot|ai|human|real|person|computer|"
                              r"machine|alive|a real person)\b|\bwhat are (?:u|you)\b", re.I)),
    # Asked for a joke ("jack tell me a joke": "Good question, Theo! What does everyone think about joke?" was said).
    ("joke", re.compile(r"\b(?:tell|say|know) (?:me |us )?(?:a |any |another )?(?:joke|jokes|something funny)\b", re.I)),
    # Asked how the group did ("jack how did we do", when presenting): he asks the group to look back, not to vote on
    # "how did we do?" as a fact ("Good question, Bo! Let's hear from everyone: how did we do?" was said).
    ("reflect", re.compile(r"\bhow (?:did|have|'?ve) (?:we|our group|our team) (?:do|done|get on|got on)\b|"
                           r"\b(?:was|is) (?:it|ours|our \w+) (?:any )?good\b|\bdid we do (?:ok|okay|well|good)\b", re.I)),
    # ... "how long do we have" too: "Bo asked: how long do we have? I'm not sure myself." was said in a live room.
    ("time", re.compile(r"\b(how (much|long|many)\b.*\b(time|min\w*|left)|time left|minutes? left|"
                        r"how long (do|have|did|have got) (we|u|you) (got|have|get)|how long (is|till|until|til) (it|the end|"
                        r"this (part|bit|phase)|we (finish|stop))|when (is|does) .*\b(over|end))", re.I)),
    ("next", re.compile(r"\b(what'?s next|what is next|what comes next|wh?at (do|should) we do next|next phase|"
                        r"after this)\b", re.I)),
    ("task", re.compile(r"\b(wh?at (do|should|are|r) (we|u|you) (supposed to )?(do|doing)|wh?at'?s (the|our) "
                        r"(task|job|project)|what is the (task|project)|wh?at r we)\b", re.I)),
    ("task", LOST_RE),
    ("put_down", PUT_DOWN_RE),
    ("away", AWAY_RE),
    ("bored", BORED_RE),
    ("phase", re.compile(r"\b(what|which) (phase|part|step)\b", re.I)),
    ("board", re.compile(r"\b(sum (it )?up|summar\w*|recap|what ideas|which ideas?|best idea|ideas (do )?we (have|got))\b",
                         re.I)),
    # A child hands Jack the group's choice ("jack u decide the name"): he hands it back. "What does everyone think
    # about name?" was said in a live room.
    # ... or its work ("jack can u make the rules for us": "Omar asked: can you make the rules for us? What does
    # everyone think?" was said).
    ("decide", re.compile(r"\b(?:u|you) (?:decide|choose|pick)\b|\b(?:decide|choose|pick) for us\b|"
                          r"\b(?:u|you) (?:make|write|do|invent|think of|come up with) (?:the|our|all|it|them)\b"
                          r"[\w ']*\bfor (?:us|me)\b", re.I)),
    ("include", _INCLUDE),
    # Jack's own view ("jack what do u think we should make"): as a participant he gives one.
    ("opinion", re.compile(r"\bwhat do (?:u|you) think (?:we should|is best)\b|\bwhat would (?:u|you) "
                           r"(?:do|make|pick|choose|add)\b|\bwhat'?s (?:ur|your) (?:idea|favou?rite|opinion)\b|"
                           r"\b(?:u|you) have (?:an |any )?ideas?\b|\bany ideas\b|\bwhich (?:one )?do (?:u|you) like\b", re.I)),
    ("safety", _SAFETY),
    ("fact", re.compile(r"\b(how (many|much|tall|big|long|far|old|fast|often)|wh?at (is|are) (a|an|the)?|"
                        r"wh?at colou?r|why (do|does|is|are)|do \w+ need|wh?at do \w+ (make|eat|need)|is it true|"
                        r"which (animal|plant|planet))\b", re.I)),
)
# A learner's question rather than a statement: it ends with "?" or opens with a question word.
_ASKED = re.compile(r"\?\s*$|^\s*(how|wh?at'?s?|wh?y|where|who|when|which|should|shall|can|could|do|does|is|are|will|would)\b",
                    re.I)


def without_agent(text: str, agent: str = "Jack") -> str:
    """text without the calls of the agent's name in it ("@Jack", "jack,"): a room may name its agent otherwise."""
    return re.sub(rf"(?i)(?<!\w)@?{re.escape(agent)}\b[,:]?", "", text)


def classify_question(text: str, agent: str = "Jack") -> str:
    """What a message addressed to the agent (or one the policy answers unaddressed: a learner lost in the task, an
    idea put down, asking to go out, bored) asks: a greeting, the agent told off (about_me), time, next, task (or being
    lost in it), put_down, leave to go out (away), bored, phase, board, a choice or a piece of work handed to the agent
    (decide), a child to bring in (include), his opinion, how the group did (reflect), a sum, safety, a fact or
    other."""
    if is_question(text, agent) and sum_in(text) is not None:
        return "sum"
    plain = without_agent(text, agent)
    if not re.sub(r"\W", "", plain):  # only his name ("JACK JACK JACK"): "Good question, Maya!" was said to it
        return "call"
    for kind, pattern in _ASKS:
        if pattern.search(plain) and not (kind == "fact" and _CHOICE.search(plain)):
            return kind
    return "other"


def question_phrase(text: str, max_words: int = 12, agent: str = "Jack", names: list[str] | tuple[str, ...] = ()) -> str:
    """A learner's question as Jack repeats it, without the agent's name or the end punctuation ('how do we hang it'),
    with the room's names as they are spelled (Jack said "what should cal do?")."""
    t = " ".join(without_agent(text, agent).split())
    t = spelled_out(" ".join(t.strip(" ,.!?").split()[:max_words]))
    for name in names:
        t = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", name, t, flags=re.I)
    return t


def is_question(text: str, agent: str = "Jack") -> bool:
    """Whether a message asks something: it ends with "?" or opens with a question word after the agent's name."""
    return bool(_ASKED.search(text) or _ASKED.search(question_phrase(text, agent=agent)))


def included(text: str, learners: list[str], asker: str | None) -> str | None:
    """The learner a child asks Jack to bring in ("tell mia to talk more" -> "Mia"), if one of the room's others."""
    named = {name.lower() for m in _INCLUDE.finditer(text) for name in m.groups() if name}
    return next((n for n in learners if n.lower() in named and n != asker), None)
