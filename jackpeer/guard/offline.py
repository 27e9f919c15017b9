"""The offline default screen: rules, a personal-information detector, conversation patterns and a classifier.

Needs no download and answers in about a millisecond, so a room can screen every learner
message and re-screen Jack's reply as it streams. Recall first, for children: a message is
flagged when any layer objects —
  1. personal information shared or asked for (phone, e-mail, address, handles, passwords) -> S7 and C4;
  2. a category rule fires (lexicon.py for S1–S14, also with the room's names as targets;
     child_lexicon.py for C1–C4 and attacks planned on a child, S1; its C4 adds S7);
  3. a conversation pattern (patterns.py): grooming across one sender's messages (C3), the
     third jibe at one child (C1);
  4. the classifier's P(unsafe) = 1 - P(safe) reaches the threshold (child_threshold for the
     categories children's talk is full of) — or, when the message reads as play (play.py: hyperbole,
     idioms, sad news and safety talk; games, stories or laughing in the message; any of these in the
     last messages or the task), the higher play_threshold, message_play_threshold or context_threshold;
  5. the semantic head (tuned.py: MiniLM fine-tuned on the training rows; semantic.py's frozen sentence
     embedding + logistic regression until this machine has tuned it), which catches new wording of a harm
     ("Tom can sit somewhere else, we're full"), reaches semantic_threshold (or agree_head when the classifier's
     likeliest harm is the head's and its P(unsafe) reaches agree_classifier) — only when nothing above
     flagged the message; semantic_context_threshold when a game, story or laugh is in the message or its
     context, and when a game, sport or story is talked about (a laugh alone is not enough), a harm games
     share words with is read by the frozen head (frozen_semantic). A message of play language is left to
     the layers above;
  6. the conversation head (tuned.py, or semantic.py's frozen one until tuned: the same, on the last three
     messages and this one as one text), which catches a group piling on one child or a grooming turn that
     no message shows alone ("weirdo" after three digs at Finn), reaches conversation_threshold — only for a message
     with history that nothing above flagged and that is not play language itself, and only when the classifier gives
     it or one of the last three messages P(unsafe) >= pile_on_support (kind talk about one child is not a pile-on) or
     the head itself reaches pile_on_waived_above (not for personal details: a run of short codes is not).
A violent-intent rule (S1) said inside a game ("I'm going to kill you first haha" after
"let's play Minecraft") is waived; an attack planned for a real place and time ("let's jump Mia
on the way home") only when the message itself is about a game; a C1 or S1 rule's hit when the tuned head
reads the message as play (banter, sport) and the classifier does not object; no other rule is. The score is
the classifier's P(unsafe) (the semantic head's when it flagged); the reason names the layer(s) that decided. Self-harm
(S11) said to someone else ("go kill urself", or a put-down the layers read as S11) is reported as bullying (C1): the
room answers an S11 flag as the sender's own disclosure. Context (task, the room's member names, the
sender) is optional: without it the screen reads the message and history alone.
"""

import logging
import re
import threading
from collections.abc import Iterable, Sequence

from jackpeer.guard.actions import DISCLOSURE_CODES
from jackpeer.guard.child_lexicon import child_rule_hits, game_no_excuse, mark_peers, names_pattern
from jackpeer.guard.classifier import TextClassifier, default_classifier
from jackpeer.guard.lexicon import rule_hits
from jackpeer.guard.normalize import as_typed
from jackpeer.guard.patterns import goes_along, grooming_pattern, repeated_jibes, tells_of_grooming
from jackpeer.guard.personal_info import REQUEST, find_personal_info
from jackpeer.guard.play import fond, game_in_context, meant_seriously, only_laughs, play_reason, safety_talk
from jackpeer.guard.semantic import (
    CONVERSATION_TURNS,
    SemanticHead,
    conversation_text,
    default_conversation_head,
    default_semantic_head,
)
from jackpeer.guard.stand_ins import StandIns
from jackpeer.guard.taught_words import mostly_untaught, taught_words
from jackpeer.guard.taxonomy import ALL_CODES, describe
from jackpeer.guard.tuned import TunedHead, cached_tuned_heads, default_tuned_heads
from jackpeer.guard.verdict import Verdict
from jackpeer.guard.waivers import (
    at_real_place,
    handed_on,
    keeps_a_surprise,
    on_school_day,
    ordinary_feeling,
    passes_on_advice,
    pleads,
    speaks_of_self,
    speaks_to_you,
    tells_to_self_harm,
)

log = logging.getLogger("jackpeer.guard")

# In a reply to "what's your address?" even a bare "42 Elm" or "555 0123" gives it away.
# Classifier categories whose words games, stories and banter share ("kill", "shoot", "bomb", "slow"): a
# playful setting discounts only these. Hyperbole, idioms, sad news and safety talk discount any category.
PLAY_PRONE = frozenset({"S1", "S9", "S7", "C1", "C3", "C4"})  # C3: games and stories keep secrets too
_ANSWER_DETAIL = re.compile(r"\d{2,}|@|\b(?:street|road|avenue|lane|drive|st|rd|ave)\b", re.IGNORECASE)


# Rules whose words are children's play too: banter ("shut up Tilly ur so annoying 😂❤️"), sport ("we'll murder them
# on our home pitch"). Their hits are waived when the tuned head (which learned play apart from safe talk) reads the
# message as play. With blind split 9 in training, on splits 10 and 11 (404 messages, measured before this existed):
# 4 of the 6 benign messages flagged were such rule hits, read as play at 0.72-0.99, while no unsafe message a rule
# caught was read as play above 0.41. At 0.7 until the heads were retrained with blind splits 12 and 13, which read
# "shut up noah ur so annoying lol love u ❤️" as play at 0.40: on splits 10-12 screened with 13 in training, 0.7 ->
# 0.5 flagged 9 -> 7 of 308 benign messages at the same recall (0.970), and 0.3 to 0.5 all scored alike; 0.4, the middle.
# S9 since blind splits 18 and 19, whose game talk ("throw the bomb at the wall, then kill the guards", after "how do u get
# past level 9") was flagged; never with a bomb at a real place (the head read "imagine we set off a bomb at the football
# match", an adult set's S9, as play).
PLAY_WORD_RULES = frozenset({"C1", "S1", "S9"})  # never S11: a child who says they want to die is always seen
# What the conversation head may flag: every category the children's set measures. First C1-C3 alone, as a personal detail
# seemed to be in the message itself; but on dev splits 24-29 it alone read a password given after a friend's ("mine is
# bluedragon11 lol", C4 1.00), a threat finished in a second message ("see how brave he is then", S1 0.96) and a
# goodbye said over two ("if im not here tmrw its not ur fault ok", S11 0.85): recall 659 -> 667 of 709, benign flagged
# 3 of 807 and 25 of 1,015 training messages with history either way.
CONVERSATION_CODES = frozenset({"C1", "C2", "C3", "C4", "S1", "S11"})
# Categories whose words fill ordinary children's talk (home, parents, games, secrets, feeling awful): the
# classifier alone needs child_threshold for them. Safety talk ("my mum said when im home alone i dont
# open the door") and game talk were most of a blind split's false alarms.
CHILD_TALK_PRONE = frozenset({"C1", "C2", "C3", "C4", "S1", "S7", "S11"})


class OfflineScreen:
    """Rules + personal-information detection + conversation patterns + TF-IDF classifier; see the module docstring."""

    name = "offline screen (rules + classifier + semantic head)"

    # Chosen on the child chat dev split (the first families' dev half and three blind splits, each measured
    # once at first sight before it became dev), the heads trained on train only. Confirming classifier
    # flags under 0.5 with the semantic head (at 0.2): old dev false alarms 3.5% -> 2.4%. The third blind
    # split then flagged 16.4% of its benign messages at first sight (safety talk about home and parents,
    # game talk); with child_threshold 0.6 for the categories children's talk is full of, dev with that
    # split in it: false alarms 4.7% -> 3.0%, recall 0.783 -> 0.735, and the adult S1-S14 sets keep their
    # recall (eval 0.976, unseen test 0.918). A higher threshold for every category (0.6) also cut false
    # alarms, but the adult unseen test's recall fell to 0.735. With every blind split in training, each left
    # out in turn: 0.6 -> 0.65 recall 0.81 -> 0.78 at the same 4.0% false alarms; asking the semantic head to
    # confirm these categories' classifier flags up to 0.7 likewise (0.81 -> 0.78, 3.9% either way).
    # The conversation head at 0.8 on the same dev split: recall 0.757 -> 0.788 (C2 0.90 -> 0.94, C3 0.66 ->
    # 0.71), false alarms 2.4% as before. At 0.7: recall 0.805, false alarms 2.6%, and 2 of 600 ordinary
    # playground messages in room-bench conversations flagged (with Jack's replies and the bench's "(L1 m5)"
    # tags in them); at 0.8 none. The tuned conversation head (tuned.py), over blind splits 1-8 each left out in
    # turn: at 0.8 recall 0.910 at 34 of 955 benign flagged, at 0.85 0.906 at 33, at 0.9 0.897 at 33 (the frozen
    # one at 0.8: 0.901 at 36). 0.85, because at 0.8 it hid a kind "you're my favourite in this room" after the
    # same child's "I love your drawings" (C3 0.83). 0.7 since the heads were tuned with blind splits 16-23: on splits
    # 24-27 (dev, all screened once before) recall 369 -> 374 of 411 at 0 of 405 benign flagged either way (0.6: 376 at 1),
    # and 27 of 1,015 benign training messages with history flagged at 0.85 and at 0.7.
    # The semantic head is the tuned one (tuned.py) since the sixth blind split: with each of the six blind splits
    # left out in turn (bench/guard_folds.py), frozen head at 0.6 recall 0.842 at 3.3% false alarms; tuned at 0.6
    # 0.911 at 4.4%, at 0.8 0.901 at 3.7%, at 0.7 0.904 at 4.1%. Confirming classifier flags up to 0.7 or 0.9
    # instead of 0.5 traded recall for false alarms about one for one (0.8: 0.896 at 3.6%, 0.893 at 3.5%).
    def __init__(self, threshold: float = 0.3, classifier: TextClassifier | None = None, play_threshold: float = 0.9,
                 context_threshold: float = 0.6, semantic: SemanticHead | TunedHead | None = None,
                 frozen_semantic: SemanticHead | None = None,
                 semantic_threshold: float = 0.8, semantic_context_threshold: float = 0.95,
                 confirm_below: float = 0.5, semantic_confirm: float = 0.2, child_threshold: float = 0.6,
                 conversation: SemanticHead | TunedHead | None = None, conversation_threshold: float = 0.7,
                 message_play_threshold: float = 0.75, agent_confirm_below: float = 0.8, play_rule_waiver: float = 0.4,
                 semantic_top_min: float = 0.4, either_below: float = 0.8, play_discount_min: float = 0.1,
                 agree_classifier: float = 0.3, agree_head: float = 0.5, pile_on_support: float = 0.3,
                 game_handover_below: float = 0.99, pile_on_waived_above: float = 0.8):
        self.threshold, self.child_threshold = threshold, child_threshold
        # A learner's message that the TF-IDF classifier flags with P(unsafe) under confirm_below is
        # flagged only if the semantic head gives it at least semantic_confirm: the classifier matches
        # words ("my stepdad taught me to ride" -> C2 0.69), the head reads the sentence.
        self.confirm_below, self.semantic_confirm = confirm_below, semantic_confirm
        # Up to either_below, a flag stands only if the tuned or the frozen semantic head gives it semantic_confirm:
        # the classifier learned "home alone" from disclosures ("i'm home alone every tuesday") and, with blind
        # splits 9-11 in training, flagged "I watched Home Alone last night" (C2, 0.64), which both heads read as
        # safe (0.11, 0.00). On splits 10 and 11 with split 9 in training, and on split 9 with them in training, it
        # changed nothing; asking the tuned head alone cost recall there (0.951 -> 0.941).
        self.either_below = either_below
        self.agent_confirm_below = agent_confirm_below  # the same for Jack's replies
        self.play_rule_waiver = play_rule_waiver  # the tuned head's P(play) that waives a play-word rule's hit
        self.play_threshold = play_threshold  # when the message itself is play language
        self.message_play_threshold = message_play_threshold  # when it names a game, story or laughs
        self.context_threshold = context_threshold  # when only its context (history, task) does
        self.classifier = classifier or default_classifier()
        # The semantic head loads in the background (MiniLM and its training rows: ~8 s, 36 s on a first
        # start that embeds them), so a room answers at once; until it is ready the other layers screen
        # alone. wait_semantic() blocks until then (a one-off check, a benchmark).
        self.semantic, self.conversation = semantic, conversation
        # The frozen head (semantic.py) beside the tuned one (None: the semantic head). When a game, sport or story
        # is talked about (game_in_context) and the semantic head's likeliest harm is one games share words with
        # (PLAY_PRONE), it reads the message instead. The tuned head read the issue's own "lol mia is so slow at
        # typing" as C1 0.97 and "I'm going to get you Kai haha" after a game invitation as S1 1.00, the frozen
        # head 0.28 and 0.43. It first read every playful setting, a laugh too: on the six blind splits (each left
        # out in turn) recall 0.872 at 3.6% false alarms; 0.901 at 3.7% with the tuned head in play too, whose
        # extra catches are mostly bullying with a laugh in it ("bet Chloe is gonna cry when she reads this 😂").
        # A laugh alone no longer hands the message over: on blind splits 1-8 (sets K-M in training, the play nouns of Among Us and sport
        # added) recall 0.888 -> 0.911 at 29 -> 31 of 955 benign flagged; the tuned head in every setting 0.918 at
        # 34, and it flags "I'm going to destroy Kai in Fortnite after school lol" (S1 0.96).
        self.frozen_semantic = frozen_semantic
        # ... unless the tuned head is this sure (P(unsafe) >= game_handover_below): "map" and "round" are game words, and
        # on dev splits 24-29 "put Omar on the map labels, the boring job, and dont let him touch the actual model" (C1
        # 1.00) and "someone edit her face onto the pig sticker and send it round" (C1 1.00) passed as the frozen head
        # read them: recall 667 -> 669 of 709, benign flagged 3 of 807 either way and 25 -> 26 of 1,015 training
        # messages with history. The "lol mia is so slow at typing" (C1 0.97) is still the frozen head's.
        self.game_handover_below = game_handover_below
        self.conversation_threshold = conversation_threshold
        self._semantic_ready = threading.Event()
        if semantic is None:
            threading.Thread(target=self._load_semantic, name="jack-guard-semantic", daemon=True).start()
        else:
            self._semantic_ready.set()
        self.semantic_threshold = semantic_threshold
        self.semantic_context_threshold = semantic_context_threshold
        self.semantic_top_min = semantic_top_min
        self.play_discount_min = play_discount_min
        self.agree_classifier, self.agree_head = agree_classifier, agree_head
        self.pile_on_support = pile_on_support
        # From pile_on_waived_above on, the conversation head needs no such supporting message: "its a joke chill, Chloes dad
        # literally lives in a caravan everyone knows" after "stop it ur being mean" (C1 0.97, no message over 0.3). On dev
        # splits 24-31 (30 and 31 after their first sight): recall 861 -> 866 of 915 at 7 of 1,011 benign flagged either
        # way (and 26 -> 27 of 1,015 training messages with history); 0.9: 864 at 7; 0.7 (none needed): 868 at 9. The
        # sixty kind exchanges about one child of the screen's tests pass at 0.7 too. Not for personal details (C4): a run
        # of short codes ("m3-2" after "m2-2", "table 3" after "room B7") read as C4 at 0.8-1.00, and hid 1,210 of
        # bench/room.py's 1,575 load-test messages; the details a child gives away follow a question or a word the
        # classifier sees ("whats ur ipad code" -> "its 190309"). Without the waiver for C4, the dev split's C4 recall
        # stays 208 of 208 and benign flagged 13 of 1,413.
        self.pile_on_waived_above = pile_on_waived_above

    def check_user(self, text: str, history: Sequence[dict] | None = None, task: str | None = None,
                   names: Iterable[str] = (), speaker: str | None = None) -> Verdict:
        """Screen a learner's message in its context.

        history: OpenAI-style dicts, oldest first ("name" = who sent it, "hidden": True for a message the room held
        back); task: the room's task; names: the room's members (targets of bullying); speaker: who sent this message.
        """
        return self._check(text, list(history or []), task, names, speaker, agent=False)

    def check_agent(self, text: str, history: Sequence[dict] | None = None, task: str | None = None,
                    names: Iterable[str] = (), speaker: str | None = None) -> Verdict:
        """Screen Jack's reply (or the part streamed so far); an agent asking for personal details is flagged."""
        return self._check(text, list(history or []), task, names, speaker, agent=True)

    def _check(self, text: str, history: list[dict], task: str | None, names: Iterable[str],
               speaker: str | None, agent: bool, answering: bool = True) -> Verdict:
        if not text.strip():
            return Verdict(True, [], 0.0, "empty message", self.name)
        # Messages marked "hidden" (held back by the room: nobody but the facilitator saw them) count only for their
        # sender's grooming pattern and for jibes at one child; what this message answers is what was shown.
        said, history = history, [m for m in history if not m.get("hidden")]
        # The agent is no peer: as one, "jack can u tell Mia to talk more" was read with a child's stand-in for "jack"
        # (the heads learned "Jack ..." as children talking to the agent), and the "lol" after it as a pile-on.
        agents = {str(m["name"]) for m in said if m.get("name") and m.get("role") == "assistant"}
        peers = ({str(n) for n in names} | {str(m["name"]) for m in said if m.get("name")}) - agents
        stand_ins = StandIns(peers)
        read = stand_ins.text(text)  # what the learned heads read: every member's name as one no training row uses
        reasons: list[str] = []
        cats: dict[str, None] = {}  # ordered set
        pii = find_personal_info(text)
        if pii:
            cats.update(dict.fromkeys(("S7", "C4")))
            kinds = sorted({f.kind.split("_")[0] for f in pii})
            reasons.append(f"personal information ({', '.join(kinds)})")
        elif not agent and history and _asked_for_details(history[-1]) and _ANSWER_DETAIL.search(text):
            cats.update(dict.fromkeys(("S7", "C4")))
            reasons.append("answers a request for personal details")
        hits = rule_hits(text)
        marked = mark_peers(text, peers, bare_possessive=True)  # the room's names as targets: "I'm going to punch Mia"
        if marked != text:
            hits.update({c: p for c, p in rule_hits(marked).items() if c not in hits})
        if "S1" in hits and (safety_talk(text) or not agent and game_in_context(text, history)):
            reasons.append(f"rule S1 waived in play or safety talk: “{as_typed(hits.pop('S1'), text)}”")
        if "S2" in hits and (game_in_context(text) or safety_talk(text)):
            reasons.append(f"rule S2 waived in a game or safety talk: “{as_typed(hits.pop('S2'), text)}”")
        if "S4" in hits:  # S4's rules are grooming and exploitation: in a children's room also C3
            hits.setdefault("C3", hits["S4"])
        kid = child_rule_hits(text, peers)
        if "S1" in kid and (safety_talk(text) or game_in_context(text)):
            reasons.append(f"planned attack waived, the message is about a game: “{as_typed(kid.pop('S1'), text)}”")
        if "C4" in kid:
            kid.setdefault("S7", kid["C4"])
        hits.update({c: p for c, p in kid.items() if c not in hits})
        if "C3" in hits and passes_on_advice(text):
            reasons.append(f"rule C3 waived in safety advice passed on: “{as_typed(hits.pop('C3'), text)}”")
        probs = self.classifier.predict(text)
        shown = play_reason(text, history, task)  # a sign of play in the message, the last messages or the task
        if (hits and not agent and not ("C1" in hits and game_no_excuse(text, peers))
                and (waiver := self._rules_read_as_play(read, history, hits, probs, shown))):
            reasons.append(waiver)
            hits = {}
        for code, phrase in hits.items():
            cats[code] = None
            reasons.append(f"rule {code}: “{as_typed(phrase, text)}”")
        if not agent:
            for code, found in (("C3", grooming_pattern(text, said, speaker)),
                                ("C1", repeated_jibes(text, said, peers))):
                if found:
                    cats[code] = None
                    reasons.append(found)
        ruled = bool(cats)  # a rule, a personal detail or a pattern flagged it; what follows are the learned layers
        p_unsafe = 1.0 - probs.get("safe", 0.0)
        ranked = sorted(((p, c) for c, p in probs.items() if c in ALL_CODES), reverse=True)
        play = None if cats else shown
        # Play language (hyperbole, idioms, sad news, safety talk) asks for play_threshold; a game, story or laugh
        # in the message for message_play_threshold, and the semantic head may still judge it. At 0.9 "lol",
        # "card" and "sleepover" let "dont invite Ben to the sleepover she ruins everything" (C1 0.79) pass. On
        # the dev split (the first families' dev half and the fourth blind split): 0.9 -> 0.75 recall 0.949 ->
        # 0.954 at 1.3% false alarms either way; at 0.6 "I'm going to destroy Kai in Fortnite after school lol"
        # (S1 0.51) was flagged.
        # A game, story or laugh discounts a play-prone harm only if the tuned head, which learned play apart, gives the
        # message P(play) >= play_discount_min: "Ben dont tell anyone but im sneaking out to meet the guy from Roblox
        # tonight" (C3 0.67, play 0.07). On splits 10 and 11 with 9 in training, 0.1: recall 0.951 -> 0.955 at the same
        # 2 of 204 false alarms; split 9 with 10 and 11 in training unchanged (0.990, 1 of 99).
        # Bullying (C1) laughed at is still bullying: for it a laugh, or any sign of play short of play language, discounts
        # only with a game talked about or a fond word, as for a C1 rule's waiver ("Chloes mum picks him up in that rusty
        # van every day lmaoo poor family": C1 0.74 against 0.75). On dev splits 24-31: recall 859 -> 861 of 915, benign
        # flagged 7 of 1,011 either way.
        taunt = play is not None and ranked[0][1] == "C1" and not (fond(text) or game_in_context(text, history))
        discount = play is not None and (play[1] == "strong" or ranked[0][1] in PLAY_PRONE and not taunt
                                         and self._tuned_play(read))
        plain = self.child_threshold if ranked[0][1] in CHILD_TALK_PRONE else self.threshold
        threshold = (plain if not discount else
                     self.play_threshold if play[1] == "strong" else
                     max(plain, self.message_play_threshold) if play[1] == "message" else
                     max(plain, self.context_threshold))
        # Unsafety spread thin over 18 categories (a one-word opening such as "Should": 0.31 spread, none
        # above 0.11) is not a flag: some category must reach 0.12.
        # Jack's replies are confirmed up to agent_confirm_below: the classifier learned children's and adults' chat,
        # and read his greetings and task talk as harm ("I can't wait to make a plan to recycle more at our school
        # with you!": S1 0.76), 4 of the turns bench's 234 replies.
        confirm_below = self.agent_confirm_below if agent else self.confirm_below
        if p_unsafe >= threshold and ranked[0][0] >= 0.12 and self._confirmed(read, p_unsafe, confirm_below):
            # The top category, plus any other the classifier is nearly as sure of.
            picked = [ranked[0][1]] + [c for p, c in ranked[1:] if p >= max(ranked[0][0] * 0.5, 0.15)][:2]
            if {"S7", "C4"} & set(picked):  # one concept, as the rules report it: privacy, a child's details
                picked += [c for c in ("S7", "C4") if c not in picked]
            cats.update(dict.fromkeys(picked))
            reasons.append(f"classifier P(unsafe)={p_unsafe:.2f} ({describe(picked)})")
        # Learners only: Jack's replies (and their streamed fragments) are not the chat the head learned from;
        # at threshold 0.6 it flagged 2 of 90 on the turns bench ("Just 1 minute left for vote, everyone.").
        # Not on play language; a game, story or laugh in the message or its context asks the head for
        # semantic_context_threshold.
        heads_read = not agent and (play is None or play[1] != "strong")
        if not cats and heads_read:
            bar = self.semantic_context_threshold if play else self.semantic_threshold
            p_unsafe = max(p_unsafe, self._semantic(read, bar, play is not None and game_in_context(text, history),
                                                    probs, cats, reasons))
        # Flagged on its own words, before the conversation head reads its context: an everyday feeling is waived
        # then, or when the context made it bullying (C1): "why is everyone ignoring me" bullies nobody.
        read_alone = bool(cats)
        if not cats and heads_read and history:
            to_agent = (agent_named := names_pattern(agents)) is not None and agent_named.search(text) is not None
            p_unsafe = max(p_unsafe, self._conversation(read, probs, history, speaker, stand_ins, to_agent, cats,
                                                        reasons))
        # Also when the reply gives a detail away ("ok ill say im at Sam's" after "come alone"): the alert says grooming.
        if set(cats) <= {"S7", "C4"} and not agent and answering and (shown is None or shown[1] == "context") and (
                went_along := self._goes_along_with_grooming(text, history, task, names, speaker)):
            cats["C3"] = None
            reasons.append(went_along)
        waived = None if ruled or agent or not cats else (
            "a plea to be left alone or to stop" if pleads(marked) else
            "a surprise kept for a child" if set(cats) == {"C1"} and keeps_a_surprise(marked) else
            "safety advice passed on" if passes_on_advice(marked) else
            "an everyday feeling, said alone" if (read_alone or set(cats) == {"C1"}) and ordinary_feeling(marked) else None)
        if waived:
            reasons.append(f"{waived}, which the learned layers alone never hide")
            return Verdict(True, [], p_unsafe, "safe (" + "; ".join(reasons) + ")", self.name)
        if not cats:
            why = f"; {play[0]}, so the classifier needs {threshold:.2f}" if discount else ""
            return Verdict(True, [], p_unsafe, f"safe (classifier P(unsafe)={p_unsafe:.2f}{why})", self.name)
        if "S11" in cats and "S11" not in hits and handed_on(text):
            del cats["S11"]
            reasons.append("self-harm (S11) waived: what is handed on is outgrown or broken, or a place or a turn")
            if not cats:
                return Verdict(True, [], p_unsafe, "safe (" + "; ".join(reasons) + ")", self.name)
        if "S11" in cats and not speaks_of_self(text) and (
                tells_to_self_harm(hits["S11"]) if "S11" in hits else self._put_down(read, probs)):
            cats = {("C1" if code == "S11" else code): None for code in cats}
            reasons.append("said to someone else, so bullying (C1), not the sender's self-harm (S11)")
        if "C2" in cats and "C3" not in cats and not agent and (told := tells_of_grooming(text)):
            cats["C3"] = None
            reasons.append(f"the disclosure tells of grooming (C3): “{as_typed(told, text)}”")
        codes = sorted(cats, key=ALL_CODES.index)
        return Verdict(False, codes, p_unsafe, "; ".join(reasons), self.name)

    def _goes_along_with_grooming(self, text: str, history: list[dict], task: str | None, names: Iterable[str],
                                  speaker: str | None) -> str | None:
        """A reason when this short reply goes along with (patterns.goes_along) a message from someone else that the
        screen, reading it as it was sent, flags as grooming (C3): "ok i wont tell" after "dont tell anyone we talk ok?
        our little secret", "how many more" after "just send me a few more pics first". The grooming turn is flagged
        too; this alerts that the child agreed. Asked only of replies nothing else flagged, or flagged as a personal
        detail only. On dev splits 42-47 it labels C3 9 of the 160 grooming messages that nothing else did (6 it alone
        flags, 3 flagged as details only): C3 recall 0.91 -> 0.98; benign flagged 5 of 792 either way."""
        turn = goes_along(text, history, speaker)
        if turn is None:
            return None
        asked, asker = str(history[turn].get("content") or ""), str(history[turn].get("name") or "someone")
        if "C3" not in self._check(asked, history[:turn], task, names, asker, agent=False, answering=False).categories:
            return None
        return f"goes along with a grooming turn from {asker}: “{asked[:60]}”"

    def _play_probability(self, text: str) -> float | None:
        """The tuned head's P(play) for text; None until the tuned head is loaded (the frozen one has no "play")."""
        return self.semantic.play_probability(text) if isinstance(self.semantic, TunedHead) else None

    def _tuned_play(self, text: str) -> bool:
        """Whether the tuned head (when loaded) gives the text P(play) >= play_discount_min."""
        p_play = self._play_probability(text)
        return p_play is None or p_play >= self.play_discount_min

    def _rules_read_as_play(self, text: str, history: Sequence[dict], hits: dict[str, str], probs: dict[str, float],
                            shown: tuple[str, str] | None) -> str | None:
        """Why the rule hits are waived, or None: every hit is in a category play language shares words with
        (PLAY_WORD_RULES), the message shows play (shown: play_reason's answer for it, its last messages and the
        task) and does not say it is meant seriously, the tuned head reads it as play with P >= play_rule_waiver and the classifier (probs)
        gives it P(unsafe) under 0.5. Without a sign of play the head alone read taunts as play: "run to ur mummy
        Kai" 0.94, "go cry to ur mummy Kai" 0.52. A taunt (C1) laughed off needs more than the laugh: a game in the
        message or the last messages, or affection or a joke mark ("seriously 😂 cry more" was waived, blind split 16).
        Affection alone is also a sign of play here: "ur such a weirdo Leo thats why ur my best friend" (blind split 21)."""
        if not set(hits) <= PLAY_WORD_RULES or (shown is None and not fond(text)) or meant_seriously(text):
            return None
        if "C1" in hits and not (fond(text) or game_in_context(text, history)):
            return None
        if "S9" in hits and at_real_place(text):
            return None
        if "S1" in hits and on_school_day(text) and not game_in_context(text):
            return None
        if (p_play := self._play_probability(text)) is None:
            return None
        if p_play < self.play_rule_waiver or 1.0 - probs.get("safe", 0.0) >= 0.5:
            return None
        said = ", ".join(f"{code} “{phrase}”" for code, phrase in hits.items())
        return f"rule {said} waived: the tuned head reads it as play (P={p_play:.2f})"

    def _put_down(self, text: str, alone: dict[str, float]) -> bool:
        """Whether a message the learned layers read as self-harm (S11) is a put-down aimed at someone else: it speaks
        to "you" (the caller checked it never speaks of "I"), and the classifier (alone: its probabilities) or the
        tuned head gives bullying (C1) 0.1. "nobody would actually want to be friends with u" (blind split 12) was S11
        0.42 to the classifier, which starts the disclosure flow for the child who said it. Of the set's 245
        self-harm messages one speaks only to "you": "sorry for everything guys. ur the best friends ever. bye 💔"
        (C1 0.03 and 0.01)."""
        if not speaks_to_you(text):
            return False
        heads = [alone] + ([self.semantic.predict(text)] if self.semantic is not None else [])
        return any(probs.get("C1", 0.0) >= 0.1 for probs in heads)

    def _load_semantic(self) -> None:
        try:
            # The tuned heads (tuned.py) when this machine has tuned them before; else the frozen ones until the
            # first tuning (about 10 minutes on two cores, in a low-priority process) is done.
            tuned = cached_tuned_heads()
            own_conversation = self.conversation is None
            self.frozen_semantic = default_semantic_head()
            self.semantic = tuned[0] if tuned else self.frozen_semantic
            if own_conversation:
                self.conversation = tuned[1] if tuned else default_conversation_head()
            taught_words()  # read once here, with heads in use already, not on a learner's first message
            if tuned is None and (tuned := default_tuned_heads()) is not None:
                self.semantic = tuned[0]
                if own_conversation:
                    self.conversation = tuned[1]
        except Exception as err:  # no MiniLM package, no memory...: the other layers still screen
            log.warning("the semantic head could not load (%s: %s); screening without it", type(err).__name__, err)
        finally:
            self._semantic_ready.set()

    def wait_semantic(self, timeout: float | None = None) -> bool:
        """Block until the semantic head has loaded, tuned on a first run (or failed to); True when it is in use."""
        self._semantic_ready.wait(timeout)
        return self.semantic is not None

    def _conversation(self, text: str, alone: dict[str, float], history: list[dict], speaker: str | None,
                      stand_ins: StandIns, to_agent: bool, cats: dict[str, None], reasons: list[str]) -> float:
        """Flag the conversation head's top category when its P(unsafe) reaches conversation_threshold;
        returns that P(unsafe) when it flagged, else 0 (also while the head is still loading). alone: the
        classifier's probabilities for the message alone; text, and the history and senders as read here, carry
        the members' stand-in names; to_agent: the message names the agent (a request to him, not talk among peers)."""
        if self.conversation is None:
            return 0.0
        # Learners' messages only: Jack's replies name children ("That's not up to me, Aisha.") and, in the
        # head's context, made ordinary chat after them look like bullying (5 of 600 messages).
        said = [(stand_ins.name(str(m.get("name") or "someone")), stand_ins.text(str(m.get("content") or "")))
                for m in history if m.get("role", "user") == "user"]
        speaker = stand_ins.name(speaker) if speaker else None
        if not said:
            return 0.0
        probs = self.conversation.predict(conversation_text(said, speaker or "someone", text))
        p_unsafe = 1.0 - probs.get("safe", 0.0)
        if p_unsafe < self.conversation_threshold:
            return 0.0
        code = max((c for c in probs if c in ALL_CODES), key=probs.get)
        # Not what only the adult sets measure (S2-S10, S12-S14): the children's set is what the head learned to read
        # across turns.
        if code not in CONVERSATION_CODES:
            return 0.0
        # A laugh alone ("lol") is a pile-on only after a dig the classifier sees: after "jack can u ask Mia what she
        # thinks" it was C1 0.82 in a live room, as after any message naming a child. So is a request to the agent:
        # "jack can u tell Mia to talk more" was C1 0.82 itself there. (Neither is among the set's conversation catches.)
        # Nor is a message mostly in words the heads never saw (another language: "no entiendo" after "can i go toilet"
        # was C1 0.89 in a live room).
        waived = (p_unsafe >= self.pile_on_waived_above and code != "C4" and not only_laughs(text) and not to_agent
                  and not mostly_untaught(text, stand_ins.of.values()))
        if not waived and not self._unsafe_word_said(text, alone, said[-CONVERSATION_TURNS:]):
            return 0.0
        senders = {who for who, _ in said[-CONVERSATION_TURNS:]}
        # For grooming the frozen head, as when this was chosen: the tuned one gives "how old are you?" C3 >= 0.2 (the
        # seven blind splits: one more C3 catch with it, no false alarm fewer; a question after two other children's
        # praise flagged).
        if code == "C3" and speaker not in senders and not self._leans_to(
                text, alone, ("C3", "S4"), self.frozen_semantic or self.semantic, 0.2):
            # Grooming is one sender's pattern: praise from two children and a third's question is not. Unless the
            # message itself leans that way: "good. what time do ur parents go to sleep? we can call then" after
            # the child's answer (conversation head C3 0.96) passed; with this the dev split's C3 recall 0.87 -> 0.96.
            return 0.0
        if code in DISCLOSURE_CODES and speaker not in senders and not self._leans_to(
                text, alone, ("C2", "S11"), self.semantic, 0.1):
            # A disclosure is the sender's own: other children's sad words before it do not make one of "jack how much
            # time is left" (S11 0.94 in a live room, after "i want to go home" and "i dont want to talk about it").
            return 0.0
        picked = [code]
        cats.update(dict.fromkeys(picked))
        reasons.append(f"conversation head P(unsafe)={p_unsafe:.2f} over the last messages ({describe(picked)})")
        return p_unsafe

    def _unsafe_word_said(self, text: str, alone: dict[str, float], said: list[tuple[str, str]]) -> bool:
        """Whether the classifier gives this message (alone: its probabilities) or one of the messages before it (said:
        (who, text)) P(unsafe) >= pile_on_support: a pile-on has a dig in it somewhere, a grooming turn a compliment too
        many or a question too far. Retrained with blind splits 12 and 13, the conversation head read "go on Noah"
        after "Noah what do u think", "Noah always has good ideas" and "yeah Noah" as bullying (C1 0.96). Over 60 such kind exchanges about one child (four messages drawn from twenty
        kind ones), it flagged 23 as bullying, 0 with pile_on_support 0.3 (the heads before splits 12 and 13: 10 of 60,
        and 3 at 0.3, as grooming). It costs a pile-on catch or so: on blind split 13 with 12 in training, C1 recall
        1.0 -> 0.96 ("for literally anyone except u"); on splits 10-12 with 13 in training 0.90 -> 0.89; benign
        flagged 1 of 104 and 7 -> 7 of 308. Asked of grooming (C3) and disclosure (C2) flags too, it cost nothing more
        there and flagged 6 of the 308, and it lets "you're my favourite in this room" after "I love your drawings,
        you're so talented" pass (C3 0.93)."""
        return any(1.0 - probs.get("safe", 0.0) >= self.pile_on_support
                   for probs in [alone, *(self.classifier.predict(t) for _, t in said)])

    def _leans_to(self, text: str, alone: dict[str, float], codes: tuple[str, ...], head: SemanticHead | TunedHead | None,
                  at: float) -> bool:
        """Whether the message alone leans to one of codes: the likeliest harm the classifier (alone: its probabilities
        for the message) or head gives it is one of them, at P >= at. Grooming (C3, S4) is asked of the frozen head at
        0.2 ("how old are you?" alone: S4 0.12); a disclosure (C2, S11) of the tuned head at 0.1: "maybe. i might not be
        around tomorrow" after "see u tmrw!" is S11 0.17 to the classifier and 0.54 to the tuned head, "cant, nobody
        signed the form, nobody's really home" C2 0.15 and 0.12, "jack how much time is left" 0.01 to every layer."""
        for probs in [alone] + ([head.predict(text)] if head is not None else []):
            code = _likeliest_harm(probs)
            if code in codes and probs[code] >= at:
                return True
        return False

    def _confirmed(self, text: str, p_unsafe: float, confirm_below: float) -> bool:
        """Whether a classifier flag stands: sure enough on its own (either_below), or the heads agree (or are not
        loaded): under confirm_below the semantic head gives it at least semantic_confirm, above it either head does."""
        if p_unsafe >= max(confirm_below, self.either_below) or self.semantic is None:
            return True
        heads = [self.semantic] if p_unsafe < confirm_below else [self.semantic, self.frozen_semantic]
        return any(1.0 - head.predict(text).get("safe", 0.0) >= self.semantic_confirm for head in heads if head)

    def _semantic(self, text: str, bar: float, game: bool, alone: dict[str, float], cats: dict[str, None],
                  reasons: list[str]) -> float:
        """Flag the semantic head's categories when its P(unsafe) reaches bar (adds to cats, reasons); game: a game,
        sport or story is talked about. Returns that P(unsafe) when it flagged, else 0 (also while the head is
        still loading)."""
        if self.semantic is None:
            return 0.0
        probs = self.semantic.predict(text)
        # A threat (S1) in a game's setting is the frozen head's however sure the tuned one is: retrained with blind splits
        # 24-41 (session 27) it read "I'm going to get you Kai haha" after "who wants to play Fortnite later?" as S1 0.99
        # and 1.00; raising the bar for every harm instead (0.9999) let two of dev's 115 bullying messages pass.
        if (game and self.frozen_semantic is not None and _likeliest_harm(probs) in PLAY_PRONE
                and (1.0 - probs.get("safe", 0.0) < self.game_handover_below or _likeliest_harm(probs) == "S1")):
            probs = self.frozen_semantic.predict(text)
        p_unsafe = 1.0 - probs.get("safe", 0.0)
        # Under the bar, the head still flags when the classifier (alone: its probabilities) names the same harm first,
        # each at least moderately sure (agree_head, agree_classifier): bullying said without a rude word ("if Anselm
        # asks, just say the sleepover got cancelled ok": classifier C1 first at P(unsafe) 0.42, the head 0.64), which
        # neither flags alone. With blind split 12 in training: on splits 10 and 11 recall 0.951 -> 0.960 and benign
        # flagged 3 -> 4 of 204 ("hide under the desks and stay really quiet till the teacher says its ok", C2); on
        # split 9 no change. On split 12 itself, whose misses it was written for (so this flatters): C1 0.79 -> 0.96.
        agreed = (p_unsafe >= self.agree_head and 1.0 - alone.get("safe", 0.0) >= self.agree_classifier
                  and _likeliest_harm(probs) == _likeliest_harm(alone))
        if p_unsafe < bar and not agreed:
            return 0.0
        # The top category and up to two the head is nearly as sure of: it often splits a child's harm between
        # an S-code and a C-code ("ur actual trash at everything": S10 0.38, C1 0.35). S4 (exploitation) is C3
        # in a children's room, as for the rules; S7 and C4 go together.
        ranked = sorted(((p, c) for c, p in probs.items() if c in ALL_CODES), reverse=True)
        if ranked[0][0] < self.semantic_top_min:
            # Unsure which harm: retrained with blind splits 9-11, the tuned head spread "Kai lives near me" over
            # S11 0.28, C4 0.22 and C3 0.10 (P(unsafe) 0.82). On splits 9-11 (each screened with the others in
            # training) asking 0.4 of the top harm changed neither recall nor false alarms.
            return 0.0
        if ranked[0][1] in ("C4", "S7") and len(_WORDS.findall(text)) < 2:
            # A personal detail is said in words ("12 oak road", "my pin is 1208"); a code alone is not one. The
            # room bench's load test sent "m105-4" and the like: the head read 38 of 800 as C4 (0.80-0.95).
            return 0.0
        picked = [ranked[0][1]] + [c for p, c in ranked[1:] if p >= max(ranked[0][0] * 0.4, 0.1)][:2]
        picked += [pair for code, pair in (("S4", "C3"), ("S7", "C4"), ("C4", "S7")) if code in picked]
        picked = list(dict.fromkeys(picked))
        cats.update(dict.fromkeys(picked))
        agree = " and the classifier agree" if p_unsafe < bar else ""
        reasons.append(f"semantic head P(unsafe)={p_unsafe:.2f}{agree} ({describe(picked)})")
        return p_unsafe


_WORDS = re.compile(r"[^\W\d_]{2,}")  # words of two or more letters


def _likeliest_harm(probs: dict[str, float]) -> str | None:
    """The label other than "safe" with the highest probability (None if there is none)."""
    return max((c for c in probs if c != "safe"), key=probs.get, default=None)


def _asked_for_details(message: dict) -> bool:
    """Whether a history message asks for personal details."""
    return bool(REQUEST.search(str(message.get("content") or "")))
