"""Rules for the children's categories C1–C4 over canonical text, and S1 attacks planned on a child.

As in lexicon.py, a rule needs a target and an intent, not a single word: "you're so dumb"
is aimed at a child, "this game is dumb" is not. The room's member names are the targets a
child can aim at; `mark_peers` turns each into the token `peerkid` before the rules look,
so one pattern covers every name ("Mia is so ugly", "mia's teeth lol").

C4 here is what needs those names or a person as subject: where a child is and when (walking
home alone, home alone till six), where another child lives, which school and class; the
details themselves (numbers, e-mails, addresses, passwords) come from personal_info.py.
S1 here is an attack planned for a real place and time ("let's jump Mia on the way home"):
the offline screen waives it only when the message itself is about a game, not when a game
was mentioned a few messages earlier.
"""

import re
from collections.abc import Iterable
from functools import lru_cache

from jackpeer.guard.bullying_no_excuse import C1_GAME_NO_EXCUSE, YOU_ARE
from jackpeer.guard.lexicon import compile_patterns
from jackpeer.guard.normalize import canonical

PEER = "peerkid"
# A child as the target: you, a named peer, or he/she.
_TARGET = r"(?:you|u|ya|ur|you'?re|peerkid|he|she|him|her|they|them)"
# Words that only insult a person (said of a thing they are not insults, so any subject counts). Not "annoying":
# in the set it fired on seven messages, three of them banter ("omg Lily ur so annoying lol"), and taking it out
# changed no verdict. Not "her baby": "my auntie lost her baby and everyone at home is really sad" (blind split 40).
_PERSON_INSULT = (r"(?:loser|losers|idiot|moron|ugly|fat|freak|crybaby|cry baby|weirdo|smelly|thick|dumbest|stupidest|"
                  r"ugliest|fatso|pig|cow|nobody|no one|(?<!\bher )(?<!\bhis )(?<!\btheir )baby|worthless|pathetic|useless|stupid|dumb|trash|rubbish|"
                  r"gross|disgusting|a waste of space|a joke)")
_FILLER = r"(?:so |such (?:a |an )?|a |an |the |really |very |literally |just |totally |the most |a total |a complete |an absolute |too |always |still )*"
_ADULT = (r"(?:dad|mum|mom|stepdad|step dad|stepmum|step mum|stepmom|mum'?s boyfriend|mom'?s boyfriend|dad'?s girlfriend|"
          r"uncle|aunt|auntie|brother|sister|cousin|grandad|grandpa|granddad|nan|grandma|babysitter|parents|"
          r"mum'?s friend|mom'?s friend|dad'?s friend|neighbou?r|carer|foster \w+)")
_HOME_ACTOR = rf"(?:my {_ADULT}|someone at home|somebody at home|a grown ?up|an adult|a man|a lady|he|she|they)"
_HARM = (r"(?:hits|hit|hurts|hurt|kicks|kicked|beats|beat|slaps|slapped|punches|punched|pushed|pushes|burns|burned|"
         r"chokes|choked|strangles|bites|whips|throws things at|locks|locked|shakes|shook|touches|touched)")
# Who a whereabouts detail is about: the sender, a peer, or someone close to them.
_KID = (r"(?:i|we|peerkid|he|she|they|my (?:little |big |baby )?(?:brother|sister|friend|cousin)|"
        r"peerkid'?s (?:little |big )?(?:brother|sister))")
_ALONE = r"(?:alone|on (?:my|her|his|their|our) own|by (?:my|her|him|them|our) ?sel(?:f|ves))"
_MOVE = (r"(?:walks?|walking|walked|goes|go|going|cycles?|cycling|bikes?|rides?|gets? the bus|takes? the bus|gets?|"
         r"comes?|coming)")
# A named place on a route: "down Station Road", "past the garage", "through the park".
_ROUTE = (r"(?:through|past|along|across|via|down|up|by|over) (?:the |a )?(?:[a-z']+ ){0,2}?(?:road|rd|street|st|lane|avenue|"
          r"drive|close|way|park|woods|alley|alleyway|canal|river|field|fields|shops?|garage|station|church|bridge|estate|"
          r"path|footpath|hill|common|rec|playing fields|subway|underpass|car park)")
# A gap of a few words within one sentence (an unbounded .* twice in one pattern is cubic on long text).
_GAP = r"[^.!?\n]{0,60}?"
_WHEN = (r"(?:at \d[\d:.]*(?: ?[ap]m)?|at half|at quarter|every (?:day|morning|night|afternoon|evening|week|monday|tuesday|"
         r"wednesday|thursday|friday|saturday|sunday)|after school|before school)")
# Schools that are not a named school ("I go to dance school", "a new school", "the same school").
_NOT_A_SCHOOL_NAME = (r"(?:the|a|an|my|our|your|ur|his|her|their|big|new|old|same|different|another|secondary|primary|high|"
                      r"middle|junior|infant|boarding|forest|swimming|summer|sunday|saturday|weekend|dance|drama|football|"
                      r"art|music|holiday|night|after|home|this|that|school|private|special|nursery|language|driving|"
                      r"cooking|riding|karate|ballet|gymnastics|sports?|stage|theatre|coding|chess|bible|religious)")
# An attack planned for a real place or time.
# "them" is left out: "we'll beat them tomorrow" is a match or a quiz far more often than a plan.
_VICTIM = r"(?:peerkid|him|her|the new (?:kid|boy|girl)|that (?:kid|boy|girl)|peerkid'?s (?:little |big )?(?:brother|sister))"
_ATTACK = (r"(?:jump|beat|batter|bash|punch|kick|hit|hurt|slap|trip up|push|shove|gang up on|ambush|corner|"
           r"fight|attack|stab|knife|rough up|duff|deck|thump|wallop|pin down|drown|strangle|choke|stamp on|"
           r"throw stones at|throw rocks at|set (?:the dog|dogs) on)")
_REAL_WHEN = (r"(?:after school|on the way (?:home|to school|back)|on (?:his|her|their) way home|at (?:break|breaktime|lunch|"
              r"lunchtime|playtime|home ?time|the gates?|the bus stop|the park)|behind the \w+|tomorrow|tonight|"
              r"when (?:no ?one|nobody|the teacher)|where (?:no ?one|nobody)|in the (?:toilets|changing rooms|alley|park|woods)|"
              r"outside (?:school|the \w+))")
_APPS = (r"(?:snap|snapchat|insta|instagram|tiktok|tik tok|discord|whatsapp|whats app|kik|telegram|signal|wechat|"
         r"facebook|messenger|skype|zoom|facetime|dms?|private chat|private server)")


CHILD_RULES: dict[str, list[str]] = {
    "C1": [
        # Mocking a family's money, an invitation withheld "for a reason", news of a party kept from one child (not a
        # surprise for them): dev splits 45-47, read after their first sight.
        r"\b(?:can'?t|cant|cannot|couldn'?t|couldnt) (?:their|his|her|ur|your|peerkid'?s) (?:mum|mom|dad|parents|family|nan) "
        r"(?:even )?afford\b",
        r"\b(?:ur|your|their|his|her|peerkid'?s) (?:family|mum|mom|parents) (?:not|doesn'?t|doesnt|don'?t|dont) (?:even )?(?:have|got) "
        r"(?:any )?money\b",
        r"\b(?:wasn'?t|wasnt|weren'?t|werent|isn'?t|isnt|not) invited for a reason\b",
        r"\b(?:don'?t|dont|do not) tell peerkid about (?:the|our|my) (?:sleepover|party|meet ?up|hangout|group ?chat|plan|"
        r"trip|cinema|game)\b(?![^\n]*\b(?:surprise|birthday|present|gift|card|cake|secret santa)\b)",
        # Insults aimed at a child.
        rf"\b{_TARGET}(?:'s| is| are| r| was|'re)? {_FILLER}{_PERSON_INSULT}\b",
        r"\b(?:your|ur|peerkid'?s) (?:face|hair|teeth|nose|clothes|body|voice|drawing|work) (?:is |are |looks? )?(?:so |really )?(?:ugly|gross|disgusting|trash|like a \w+)",
        r"\b(?:look at|ew|eww) (?:peerkid'?s|your|ur) \w+\b.*\b(?:gross|ugly|disgusting|lol|ew)\b",
        # ... or laughed at ("look at Mahinas teeth 😂😂 beaver face", blind split 15)
        "\\b(?:look at|ew|eww) (?:peerkid'?s|your|ur|his|her) (?:teeth|face|hair|nose|ears|legs|belly|tummy|head|"
        "glasses|shoes|trainers|clothes|coat|bag|lunch|voice|laugh)\\b.*[\U0001F602\U0001F923\U0001F606]",
        rf"\b{_TARGET} (?:smells?|stinks?)\b", r"\bpeerkid (?:has|wears|draws|types|talks) (?:like )?(?:a )?(?:baby|ugly|smelly)\b",
        r"\bpeerkid \w+ like a baby\b",
        r"\b(?:no ?one|nobody|noone) (?:likes|wants|cares about|cares what|asked|wants to wait for) (?:you|u|peerkid|him|her)\b",
        r"\b(?:no ?one|nobody|noone) (?:cares|asked)\b",
        r"\b(?:everyone|everybody|evry1|every1|the whole class|the whole school|we all) (?:will |'?ll |is gonna |gonna |would |already |"
        r"just |still |all )?(?:hates?|hate) (?:u|you|peerkid)\b(?! (?:team|teams|in (?:the |this )?game))",
        r"\bwhy are (?:you|u) even here\b", r"\b(?:go away|just leave|get lost)\b.*\bruin everything\b",
        # Not "shut up Mia": in the set it fired on four messages, two of them banter ("shut up Priya 😂 ur the worst
        # (jk ur my bestie)"), and other rules catch the two unsafe ones ("no one cares", "go away Leo").
        r"\b(?:go away|get lost|just leave) (?:peerkid|you|u)\b", r"\bpeerkid (?:go away|just leave)\b",
        r"\bcry more\b", r"\bcry about it\b", r"\bwho (?:even |tf )?asked\b(?! \w)",
        r"\bgo on,? cry\b", r"\b(cry ?baby),? \1\b", r"\bpeerkid is (?:gonna |going to )?cry(?:ing)? again\b",
        # Calling a child a baby who cries ("aww is the baby gonna cry again", blind split 14's miss).
        r"\b(?:is|are|r) (?:the )?(?:little )?(?:baby|peerkid|u|you|ya|he|she) (?:gonna |going to )?(?:cry|crying) (?:again|now)\b",
        r"\b(?:go )?(?:cry|crying|run|running) to (?:ur|your|his|her) (?:mummy|mommy|mum|mom)\b", r"\b(?:aww+|aw) (?:is |did |does )?(?:the )?(?:little )?baby\b",
        # Exclusion.
        r"\b(?:don'?t|do not|never) let peerkid (?:in|play|join|sit|be)\b",
        r"\b(?:everyone|everybody|let'?s all|we should all|let'?s|all of us) (?:ignore|block|leave out|unfriend) peerkid\b",
        r"\b(?:nobody|no one|noone|don'?t|do not|never) (?:talk|speak|play|sit) (?:to|with|next to) peerkid\b",
        r"\b(?:group|team|chat|club|game|server)s? without peerkid\b",
        r"\b(?:kick|throw|leave|vote) peerkid out\b", r"\bpeerkid (?:can'?t|cannot|isn'?t allowed to) (?:play|join|sit|come) with us\b",
        r"\bpretend peerkid (?:isn'?t|is not|doesn'?t|does not) (?:here|exist)\b",
        r"\bif (?:u|you|ya) (?:talk to|play with|sit with|sit next to|hang out with|invite|go to) (?:peerkid|him|her)\b"
        r"[^.!?\n]{0,50}?\b(?:not (?:our|my|ur) friend|can'?t (?:sit|play|come) with us|won'?t (?:be|play|talk)|we'?re done)\b",
        r"\bwe (?:don'?t|do not) want peerkid\b",
        # Shut out by a lie the group agrees on: the server "full", the meeting place a decoy (dev splits 42 and 43,
        # read after their first sight).
        r"\b(?:if|when) peerkid asks\b[^.!?\n]{0,40}?\b(?:say|tell (?:him|her|them))\b[^\n]{0,40}?\b(?:full|no room|no space|"
        r"cancell?ed|not happening|off)\b",
        r"\btell peerkid (?:we'?re|were|we are|it'?s|its)\b[^\n]{0,60}?\bbut (?:we'?re|were|we are|it'?s|its) (?:really|actually)\b",
        r"\bif peerkid (?:joins|comes|turns up|shows up|sits (?:with|near) us)\b[^.!?\n]{0,40}?\bwe (?:all )?(?:leave|quit|log off|move)\b",
        r"\b(?:don'?t|do not|dont) tell peerkid (?:we|that we)(?:'ve| have)? (?:moved|changed|switched)\b",
        r"\b(?:let|leave) (?:her|him|them|peerkid) (?:turn up|show up|sit there|wait|stand there)\b[^.!?\n]{0,40}?\b(?:on (?:her|his|their) own|"
        r"alone|by (?:her|him|them)sel(?:f|ves))\b",
        r"\bspread (?:it|a rumou?r|the word) (?:round |around )?that peerkid\b",
        # A rumour started about a child is bullying, not only Llama Guard's defamation (S5): "start a rumour that he
        # still plays with barbies" (dev split 52).
        r"\b(?:start|started|starting|spread|spreading|make up|made up) (?:a |the |some )?rumou?rs? (?:that|about) "
        r"(?:peerkid|he|she|they|him|her|them)\b",
        # A child recorded, clipped or screenshotted and passed round for a laugh (dev splits 38 to 42, read after their
        # first sight).
        r"\b(?:recorded|filmed|clipped|screenshotted|screenshot|videoed) (?:peerkid|her|him|them|what peerkid)\b[^\n]{0,80}?"
        r"\b(?:send(?:ing)? (?:it )?(?:to the|in the|round|around|here|now)|post(?:ing)? it|sharing it|it'?s going round)\b",
        r"\b(?:pic|photo|picture|video|vid|clip) of peerkid (?:falling|crying|tripping|singing|dancing|eating|sleeping|wetting)\b[^\n]{0,40}?"
        r"\bsend\b",
        *C1_GAME_NO_EXCUSE,
        # An invitation that was never meant, a poll that makes one child every answer (blind split 16's misses).
        r"\b(?:invite|invitation|party)\b[^.!?\n]{0,30}?\b(?:was|is) (?:a |just a |all a )?(?:prank|fake|joke)\b", r"\bfake (?:invite|invitation)s?\b",
        r"\bthought we (?:actually |really )?(?:wanted|liked) (?:him|her|them|you|u|peerkid)\b",
        r"\bpoll\b[^\n]{0,60}?\b(?:weirdest|ugliest|smelliest|dumbest|stupidest|most annoying|fattest|grossest|biggest loser)\b", r"\b(?:let'?s|lets|we should|we'?ll|we will|everyone) (?:all )?gang up on peerkid\b",
        # Intimidation of a peer.
        r"\bor else\s*[.!]*$", r"\bwhat (?:are |r )?(?:u|you|ya) (?:gonna|going to) do about it\b", r"\b(?:you'?ll|you will) regret it\b", r"\b(?:say|do) that again and\b",
        r"\bmake (?:your|ur|his|her|peerkid'?s) life (?:miserable|hell)\b", r"\b(?:you'?d|you had|peerkid) better watch out\b",
        r"\bmake peerkid cry\b", r"\b(?:till|until|til) (?:he|she|they|peerkid) cr(?:y|ies)\b(?! laughing)",
        r"\b(?:gonna|going to|will|'?ll) be (?:even |much |way )?worse for (?:you|u|ya)\b", r"\bbeg (?:a bit |a little |some )?(?:more|harder)\b", r"\b(?:or|and) (?:you'?re|you are|ur) (?:dead|finished|toast)\b",
        r"\bgive me (?:your|ur) (?:snack|lunch|money|dinner money|phone)\b",
        r"\bpeerkid (?:better|had better) do what i say\b", r"\btell everyone (?:her|his|peerkid'?s|your) secret\b",
        # Mocking through posts, photos and fake accounts.
        r"\b(?:post|share|send|spread) peerkid'?s (?:\w+ )?(?:photo|pic|picture|video|secret|message)s?\b",
        r"\b(?:screenshot|screenshotted)\b.*\b(?:share|post|send)\b",
        r"\b(?:make|made|making|post|posted|posting) (?:a )?(?:video|joke) (?:of|about) peerkid\b",
        r"\b(?:spam|roast) peerkid\b", r"\bfake (?:account|profile) (?:pretending to be|of|as) peerkid\b",
        r"\bvote peerkid (?:the|as)\b", r"\btell everyone (?:that )?peerkid\b",
        r"\b(?:laughing|laugh at|send|spam)\b.*\bevery time (?:peerkid|she|he|they) (?:talks|speaks|says|posts)\b",
    ],
    "C2": [
        # Hurt by a grown-up as punishment, parents fighting till the police come, a happening the child may not tell
        # (dev splits 44-47, read after their first sight).
        r"(?:^|\b(?:my|his|her) )(?:dad|mum|mom|stepdad|step dad|stepmum|step mum|stepmom|mum'?s boyfriend|mom'?s boyfriend|parents|"
        r"uncle|nan|grandad|carer) (?:(?!accidentally )\w+ )?(?:burned|burnt|burns|hit|hits|slapped|slaps|whipped|whips|twisted|twists|"
        r"scratched|kicked|kicks) my (?:hand|hands|arm|arms|leg|legs|face|back|head|neck|fingers?)\b(?![^\n]*\b(?:by accident|"
        r"accidentally|playing|in the game)\b)",
        r"\bto teach me a lesson\b",
        r"\b(?:mum and dad|dad and mum|my parents|my (?:mum|mom) and (?:dad|stepdad|her boyfriend)|my dad and (?:mum|mom|"
        r"stepmum)) (?:were|was|are|r|keep|kept|started)? ?(?:fighting|screaming|shouting|yelling)\b[^.!?\n]{0,60}?\b(?:police|"
        r"cops|neighbours called|neighbors called|all night)\b",
        # The belt as punishment; abuse called "our special game" (blind split 32 and 33's missed disclosures).
        r"\b(?:get|gets|got|getting) (?:the belt|belted|a belting|the slipper)\b", r"\b(?:hits?|hit|whips?) (?:me|us) with (?:a|the|his|her) belt\b",
        r"\b(?:he|she|they|my \w+) (?:says|said|calls it|tells me|told me) (?:it'?s |its |it is )?(?:our|a) (?:special|secret|little) "
        r"(?:game|secret)\b",
        # A grown-up's price for a place or a treat: "my football coach said i'll only make the team if i let him take
        # pictures of me after training" (dev split 53).
        r"\b(?:only|unless)\b[^\n]{0,60}?\b(?:if|unless) i let (?:him|her|them) (?:take|film|touch|watch|see)\b",
        r"\bif i let (?:him|her|them) (?:take (?:\w+ )?(?:pics?|pictures?|photos?|videos?) of|film|touch) me\b",
        # An injury explained away, the electric cut off or run out, an adult who comes in while the child is changing
        # (blind split 34 and 35's missed disclosures, and split 30's electric).
        r"\b(?:said|say|told \w+) i (?:fell|walked into|tripped|bumped)[^\n]{0,60}?\b(?:but (?:i )?(?:didn'?t|didnt|really|"
        r"actually)|(?:we|i) (?:don'?t|dont) (?:even )?(?:have|own))\b",
        r"\b(?:electric|electricity|gas|heating)\b (?:got |has |had |was )?(?:been )?(?:cut off|ran out|run out)\b",
        r"\b(?:keeps? coming|comes|came|walks?|walked|keeps? walking) in (?:when|while) (?:i'?m|im|i am|i was) (?:changing|getting "
        r"changed|in the (?:bath|shower)|getting dressed|undressed)\b",
        # Not a score ("we're gonna crush them, they beat us last time": blind split 33's false alarm, read after its
        # first sight).
        rf"\b{_HOME_ACTOR} (?:\w+ )?{_HARM} (?:me|us)\b(?! (?:last (?:time|week|year|season|game|match)|in the "
        r"(?:final|semi|league|cup|match|game|quiz|race)|at (?:football|netball|rugby|chess|the)|on penalties|\d))", r"\b(?:he|she|they) (?:touches|touched|keeps touching) me\b", rf"\b{_HOME_ACTOR} (?:\w+ )?{_HARM} my mum\b",
        rf"\bmy {_ADULT} (?:\w+ )?(?:hurt|hit|beat|beats|kicks|hits) (?:me|us|my mum|my mom)\b",
        r"\b(?:beats|beat) me up\b.*\b(?:parents|mum|mom|dad)\b",
        r"\bno (?:food|dinner|breakfast|heating|electricity) (?:at home|in the house|in our house)\b",
        # A parent who says they wish the child had never been born ("she said she wishes id never been born", split 24).
        r"\b(?:she|he|they|my \w+(?: \w+)?) (?:said|says|told me|tells me|keeps saying) (?:that )?(?:she|he|they) wish(?:es|ed)? "
        r"(?:(?:i'?d|id|i had) never been born|i (?:was|were)(?:n'?t| never| not) born|i (?:was|were) (?:dead|gone))\b",
        r"\bthere'?s (?:never|no) (?:any )?food\b(?! left\b)", r"\b(?:don'?t|do not|never) have (?:any )?(?:heating|food|electricity|hot water) at home\b",
        r"\b(?:don'?t|do not) have (?:any )?(?:heating|food)\b.*\bhome\b", r"\btaken away if i tell\b", r"\b(?:always|so) hungry because\b",
        # Hungry enough to eat what is not food or not one's own ("ate the bread from the art table", dev split 49).
        r"\bso (?:hungry|starving|starvin) (?:that )?i (?:ate|eat|had to eat|nicked|took) (?:the |some |a |their )?(?:\w+ ){0,2}?"
        r"(?:from|off|out of) (?:the )?(?:art|craft|bird|cat|dog|bin|floor|lost property)\w*\b",
        r"\b(?:hasn'?t|haven'?t|didn'?t|never) (?:come|came) (?:back )?home (?:for|in) (?:\w+ )?(?:days|nights|a week)\b",
        r"\b(?:leaves?|left) (?:me|us) (?:alone|on our own|by ourselves) (?:for|all) (?:\w+ )?(?:days|night|weekend|week)\b",
        r"\b(?:nobody|no one|noone) (?:gave|gives|made|makes|feeds|fed) (?:me|us) (?:\w+ )?(?:food|breakfast|lunch|dinner|tea)\b",
        r"\b(?:nobody|no one|noone)'?s (?:ever )?home\b", r"\bsame clothes all week\b",
        r"\b(?:scared|afraid|frightened|terrified) (?:to go|of going|to be) (?:back )?home\b",
        rf"\b(?:scared|afraid|frightened|terrified) of (?:my {_ADULT}|what my {_ADULT})\b",
        r"\b(?:don'?t|do not|never) feel safe (?:at home|in my house|with my \w+)\b",
        r"\b(?:don'?t|do not) want to go (?:back )?home\b(?! yet\b)", r"\b(?:shout|scared|angry|drunk)\w*\b.*\bhide (?:under|in) (?:my|the) (?:bed|wardrobe|cupboard)\b",
        r"\b(?:shouts?|shouting|screams?) and throws? things\b", rf"\bmy {_ADULT} gets? (?:really |so )?(?:scary|violent)\b",
        rf"\b{_HOME_ACTOR} (?:touches|touched|keeps touching) me\b", r"\btouch(?:es|ed|ing)? me where\b",
        r"\b(?:comes|came|goes) (?:in|into) my (?:room|bed) at night\b",
        r"\bmakes? me (?:take (?:my|off my) clothes|do things|touch|keep (?:a )?secrets?)\b",
        # A grown-up's secret, in a few words ("a grown up said never tell what he does": a probe set of short
        # disclosures a helper wrote, read in session 29).
        rf"\b(?:{_HOME_ACTOR}|my coach|the coach|coach) (?:said|says|told me|tells me) (?:to )?(?:never|not to|dont|don'?t) tell "
        r"(?:anyone |anybody )?what (?:he|she|they) (?:does|did|do)\b",
        r"\b(?:secret|secrets) about (?:touching|home|my body)\b", r"\brude (?:pictures|photos|videos)\b",
        # Not allowed to tell about home, marks or what happened; a film's or a game's ending is no disclosure.
        r"^(?![^\n]*\b(?:film|movie|book|episode|game|spoil\w*|ending|surprise|quiz|test|show)\b)[^\n]*"
        r"\b(?:not allowed|not supposed) to (?:tell|say)\b[^\n]*?\b(?:home|dad|mum|mom|bruises|marks|why|happens|happened)\b",
        r"\bif i tell\b.*\b(?:hurt|trouble|taken away|kill|angry)\b", r"\b(?:please )?don'?t tell (?:anyone|anybody) but my \w+ (?:hurts|hits)\b",
        r"\b(?:lock|locks|locked) me (?:in my room|outside|out of the house)\b", r"\bget locked in my room\b",
        r"\bsays? (?:it'?s|its) (?:our|a) secret\b",
        # ... or that the two of them have a special secret ("my tutor says we have a special secret", a probe set).
        r"\b(?:says?|said|told me) (?:that )?(?:we have|we'?ve got|we got) (?:a |our )?(?:special|little|big) secrets?\b"
        r"(?! (?:club|plan|base|code|mission|recipe|handshake|den|hideout|weapon|move|level|santa)\b)",
        # Fear of an adult at home, and threats of violence heard there ("dad was shouting he'd kill mum", split 15).
        rf"\b(?:my )?{_ADULT} (?:was |is |keeps |kept |started |starts )?(?:shouting|screaming|yelling|saying|said|says|"
        r"threatening|threatened) (?:that )?(?:next time,? |if i tell,? )?(?:he|she|they)(?:'?d| would|'?ll| will| was gonna| is gonna| "
        r"was going to) (?:kill|hurt|hit|beat|smash|stab)\b"
        # ... but not the idiom ("mum said she'll kill me if i lose my coat again") nor a game's loss.
        r"(?! me (?:if (?:i|im|i'?m) (?:lose|lost|forget|break|spill|miss|am late|late|get home late|don'?t (?:tidy|clean|do))|"
        r"(?:at|in) (?:chess|fifa|mario kart|the game|monopoly|cards|uno|\w+ kart)\b))",
        rf"\bmy {_ADULT} (?:really |always |kind of |kinda |sometimes )?(?:scares|frightens|terrifies) me\b",
        rf"\b(?:hide|hiding|hid) (?:\w+ ){{0,3}}?(?:when|from|before) my {_ADULT}\b",
        rf"\b(?:scared|afraid|frightened|terrified|worried) (?:of )?(?:what|how) my {_ADULT} (?:will|'?ll|is going to|gonna|might) (?:do|react)\b",
        rf"\b(?:scared|afraid|frightened|terrified) (?:when|that|because) my {_ADULT} (?:\w+ )?(?:drinks|shouts|gets angry|gets drunk|comes home|hits|will hit)\b",
        r"\b(?:shouts?|shouting|screams?|screaming) and (?:throws?|throwing|smashes|breaks) (?:stuff|plates|chairs|things)\b",
        # Left without food.
        r"\b(?:haven'?t|hasn'?t|didn'?t|have not|did not) (?:had|have|get|got|eat|eaten) (?:anything |any food |any |a )?(?:to eat |food |breakfast |dinner |tea |lunch )?"
        r"(?:since|for) (?:yesterday|last night|two days|three days|\w+ days|friday|saturday|sunday|monday|tuesday|wednesday|thursday|the weekend)\b",
        r"\b(?:nothing|no food|not any food|never any food|hardly any food|never enough food) (?:left )?(?:to eat )?(?:at|in) (?:my |our |the )?(?:home|house|flat|fridge|cupboards?)\b",
        r"\b(?:only|just) (?:get|eat|have) (?:food|a meal|proper food|a proper meal|dinner|lunch|breakfast) (?:at|in) school\b",
        r"\bheard (?:the )?(?:glass|plates?|things|stuff|something|the door) (?:smash|break|crash|slam)\w*",
        # Two meals missed ("i didnt have dinner yesterday or breakfast", blind split 21's C2 read as C1), unless fasting.
        r"^(?![^\n]*\b(?:fasting|ramadan|fast|diet|sick|ill|throwing up|threw up)\b)[^\n]*\b(?:didn'?t|did not|never|haven'?t|have not) "
        r"(?:have|get|eat|had|eaten) (?:any )?(?:dinner|tea|breakfast|lunch)\b[^.!?\n]{0,20}?\b(?:or|and|nor) (?:any )?(?:dinner|tea|breakfast|lunch)\b",
        r"\b(?:forgets?|forgot|doesn'?t|don'?t|never|won'?t) (?:to )?feed(?:ing)? (?:me|us)\b",
        r"\b(?:because|cos|'?cause) there (?:wasn'?t|isn'?t|was no|is no|was never|is never) (?:any )?food\b",
        r"\b(?:fridge|cupboards?) (?:is|are|was|were) (?:always |still |completely |nearly )?(?:empty|bare)\b",
        # Distress: thoughts of dying or of not being missed (S11's rules fire on these too).
        r"\bi (?:\w+ )?(?:think|thinking|thought|dream|dreaming) (?:\w+ )?about (?:dying|being dead|killing myself|not being (?:alive|here|around)|"
        r"not waking up|ending it|disappearing|not existing)\b(?! (?:in|on) (?:the|this|that|a) (?:game|level|story|film|book))",
        r"\b(?:nobody|no ?one|noone|no body|everyone|everybody) (?:would|will|'?d) (?:even )?(?:care|notice|miss me|be (?:happier|better off|glad))\b"
        r"[^.!?\n]{0,40}?\bif i (?:died|disappeared|was gone|were gone|was dead|wasn'?t here|weren'?t here|wasn'?t around|wasn'?t alive|vanished|never came back)\b",
        r"\b(?:go to sleep|sleep|fall asleep) and (?:never|not) wake up\b",
        # Thinking of running away from home (not from a game's zombies).
        r"\b(?:need|want|wanna|going|gonna|planning|plan|thinking about|think about|thought about|decided|ready) (?:to )?"
        r"run(?:ning)? away\b(?! from (?:the|a|an|that|those|them|it|him|her)\b)", r"\brun(?:ning)? away from home\b", r"\bi wish i (?:wasn'?t|weren'?t|was not) (?:alive|here|born)\b",
        # Told what to say to cover a mark up ("mum said say i was sick", blind split 38, read after its first sight).
        r"\b(?:said|told me|says|tells me) (?:to )?(?:say|tell (?:them|miss|sir|the teacher|school|everyone)) (?:that )?i "
        r"(?:was|am|'m|fell|had) (?:sick|ill|off sick|fell|a cold)\b",
        # The police at home over a parent, a parent who never comes home, a face kept off school till it heals, a
        # child left to find their own way home (dev splits 26-37, read after their first sight).
        r"\bpolice came\b[^\n]{0,40}?\b(?:bc|because|cos|cuz) of my (?:dad|mum|mom|stepdad|step dad)\b",
        r"\b(?:dad|mum|mom) (?:doesnt|doesn'?t|does not|never) comes? home\b(?! (?:till|until|til|before|on|at|from|for tea|"
        r"for dinner))",
        r"\b(?:till|until|til) my (?:face|eye|lip|arm|cheek|bruise)s? (?:goes|go|gets?) (?:down|better)\b",
        r"\bask about my (?:face|eye|arm|bruises?|lip|marks?)\b", r"\bhad to (?:find|make) my own way home\b",
    ],
    "C3": [
        # Chats kept between the two of them, an online friend's love that a parent "would ruin" (dev splits 46 and 47).
        r"\b(?:our|these|this|the) (?:chats?|messages|msgs|convos?|conversations?|talks?) (?:stays?|are|is|r) (?:just )?"
        r"(?:between us|our (?:little )?secret|private|secret)\b",
        r"\b(?:online|gaming|game|internet) (?:friend|mate|boyfriend|bf) (?:said|says|told me) (?:that )?(?:he|she|they) loves? me\b",
        r"\b(?:he|she|they) (?:said|says|told me) (?:that )?(?:my|ur|your) (?:mum|mom|dad|parents) (?:would|will|wud|wouldn'?t|"
        r"won'?t) (?:ruin|understand|get it|stop us|be jealous)\b",
        # A hotel room booked and a sleepover for cover (blind split 35).
        r"\b(?:booked|book|got|getting) (?:us|u and me|you and me) a (?:hotel|hotel room|room)\b",
        r"\b(?:just )?(?:say|tell (?:ur|your) (?:mum|mom|dad|parents|nan)) (?:ur|you'?re|youre|u r|that (?:ur|you'?re)) (?:on|at|having) "
        r"(?:a )?(?:sleepover|friend'?s|mate'?s)\b",
        # Moving to a private app.
        rf"\b(?:add|message|msg|text|dm|find|follow|chat with|talk to|call|facetime) me (?:on|in|over|at|through) {_APPS}\b",
        rf"\b(?:let'?s|lets|we can|we could|we should|shall we) (?:move|go|switch|talk|chat|continue) (?:to|on|in|over) {_APPS}\b",
        rf"\b(?:what'?s|whats|what is|give me|send me|tell me) (?:your|ur) {_APPS}(?: name| username| handle)?\b",
        rf"\b(?:download|get|install) {_APPS} (?:so|and (?:i'?ll|ill|i will|i can|we can|we could|then))\b", r"\b(?:join|come to) my (?:private|secret) (?:server|chat|group|discord)\b",
        r"\bso (?:nobody|no one|noone|the teacher|your (?:mum|mom|dad|parents)) (?:sees|can see|knows|will know|reads)\b",
        r"\bwithout (?:the teacher|your (?:mum|mom|dad|parents|teacher)) (?:seeing|knowing|reading)\b",
        r"\bchat without the teacher\b", rf"\bon {_APPS}\b.*\b(?:more private|privately|just us|just you)\b",
        rf"\b{_APPS}\b.*\b(?:instead|more private|privately)\b",
        # Secrets from parents and teachers.
        r"\b(?:don'?t|do not|never) tell (?:your|ur) (?:teacher|mum|mom|dad|parents|family|folks|friends)\b",
        r"\b(?:don'?t|do not|never) tell (?:anyone|anybody) (?:i'?m|i am|we'?re|we are|that we|about (?:me|us))\b",
        r"\b(?:just between (?:us|you and me)|between you and me|this is between us)\b", r"\bour (?:little |special )?secret\b(?! (?:club|plan|base|code|mission|recipe|handshake|den|hideout|weapon|move|level))",
        r"\b(?:delete|clear|erase) (?:our|the|this|these|your) (?:\w+ )?(?:messages|msgs|dms|chats?|texts|history|conversation|convo)\b",
        # ... or this chat before bed or before a parent sees it ("dont forget to delete this before bed", blind split 25).
        r"\bdelete (?:this|it|these|them|that)\b[^.!?\n]{0,20}?\bbefore (?:bed|bedtime|(?:ur|your) (?:mum|mom|dad|parents) "
        r"(?:sees?|reads?|checks?)|any ?one|anybody|they see)\b",
        r"\b(?:promise|swear) (?:you won'?t|not to|you will not) tell\b", r"\b(?:your|ur) parents (?:wouldn'?t|won'?t|don'?t|would not) understand\b",
        r"\bso (?:your|ur) (?:mum|mom|dad|parents) (?:doesn'?t|don'?t|won'?t) (?:see|know|find out)\b",
        # Telling a child what to say at home about where they are ("say ur at Malias house", blind split 14).
        r"\b(?:say|tell (?:them|ur \w+|your \w+)) (?:that )?(?:ur|you'?re|youre|you are|u r|ur gonna be|you'?ll be) (?:at|round|staying at|sleeping at|sleeping over at) (?:peerkid|\w+)'?s\b",
        # Flattery, age and special relationship.
        r"\bmature for (?:your|ur) age\b", r"\b(?:more )?grown ?up than (?:the )?other (?:kids|children|girls|boys)\b",
        r"\bhow old are (?:you|u) really\b", r"\bage is just a number\b", r"\bnot like the others\b",
        r"\bi only talk to (?:you|u)\b", r"\bunderstand (?:you|u) better than (?:your|ur) (?:parents|mum|mom|dad|friends)\b",
        r"\btrust me more than\b", r"\b(?:you|u) should be a model\b",
        r"\b(?:your|ur) (?:mum|mom|dad|parents) (?:doesn'?t|don'?t) understand (?:you|u) like i do\b",
        r"\b(?:special|secret) (?:connection|friendship|relationship)\b", r"\bthe only one who (?:gets|understands) (?:you|u)\b",
        # Meeting, gifts and being alone.
        r"\b(?:meet|see) (?:me|up)\b.*\b(?:just us|alone|don'?t tell|secret|without)\b",
        r"\bmeet\b[^.!]{0,40}? (?:just us|just you and me|just the two of us|alone|by yourself|on your own|secretly|in secret)\b",
        r"\b(?:you'?re|you are|ur|u r) (?:\w+ )?(?:pretty|cute|beautiful|gorgeous)\b[^.!\n]{0,60}?\b(?:boyfriend|girlfriend|how old|alone|parents|secret|pics?|photos?)\b",
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
        # Asking for less clothes, or a picture back for one sent (blind split 18's two sexual-image demands, read as C1).
        r"\bsend\b[^.!?\n]{0,40}?\b(?:less|fewer|no|without|hardly any) (?:clothes|top|shirt)\b",
        r"\b(?:i|i'?ve) (?:showed|shown|sent) (?:you|u) mine\b[^.!?\n]{0,40}?\b(?:send|show|ur turn|your turn)\b",
        # Sneaking out to meet the sender ("sneak out at 9 and i'll be at the end of ur road", read as S1).
        r"\bsneak(?:ing)? out\b[^\n]{0,60}?\b(?:i'?ll|i will) (?:be|wait|meet|pick)\b",
        # A gift to be hidden, a favour owed for it, rules talked down (blind split 39, read after its first sight).
        r"\bnever say (?:it was )?me\b", r"\bsay (?:u|you) found (?:it|them)\b", r"\brules are for babies\b",
        r"\b(?:now )?(?:u|you) owe me a (?:little |small |tiny )?favou?r\b",
        # A contact saved under a false name, a lie about age to reach a video call, a gift whose giver is to stay
        # secret (dev splits 42 and 43, read after their first sight).
        r"\bsave me (?:in (?:ur|your) (?:phone|contacts) )?as\b[^\n]{0,40}?\b(?:won'?t|wont|will not|doesn'?t|dont|don'?t|never) "
        r"(?:notice|know|see|check|find out)\b",
        r"\b(?:just|u can|you can|u could|you could|u should|you should) lie about (?:ur|your) (?:age|birthday|birth ?date|date of birth)\b",
        r"\b(?:robux|vbucks|v-bucks|gift ?card|gems|coins|skins?|present|gift)\b[^\n]{0,60}?\b(?:don'?t|dont|do not|never) tell "
        r"(?:anyone|anybody|ur \w+|your \w+) (?:where|who|it was|that)\b",
        # A parent talked round: they need not know, will only say no, will not notice the child gone; a gift kept from
        # the others; meeting strangers from a game told as routine (dev splits 48 and 49).
        r"\b(?:ur|your) (?:mum|mom|dad|parents|nan|family|carer) (?:doesn'?t|doesnt|don'?t|dont|does not|do not|won'?t|wont) "
        r"(?:have|need|got) to know\b",
        r"\b(?:don'?t|dont|do not|no need to) ask (?:him|her|them|ur \w+|your \w+)\b[^\n]{0,30}?\b(?:he'?ll|she'?ll|they'?ll|he will|"
        r"she will|they will|he'?d|she'?d|they'?d) (?:only |just |obviously |prob(?:ably)? )?say no\b",
        r"\bback (?:home )?before (?:he|she|they|ur \w+|your \w+|anyone|any1|anybody) (?:even )?(?:notices?|knows?|finds out|realises?)\b",
        r"\b(?:don'?t|dont|do not|never) tell (?:the others|anyone|anybody|any1|ur \w+|your \w+) (?:that )?i (?:gave|sent|got|bought) "
        r"(?:u|you)\b",
        r"\b(?:i'?ve|ive|i have) met (?:up with )?(?:loads|lots|heaps|tons|plenty|so many|many|a lot|a few|some)(?: of)? "
        r"(?:kids|people|girls|boys|friends|players|gamers)\b[^\n]{0,25}?\b(?:from|off|on|in|through) (?:online|the internet|"
        r"(?:the |that |this )?(?:game|app|server|lobby|chat)s?|gaming|discord|roblox|fortnite|minecraft|fifa|among us|pokemon|"
        r"\w+ (?:server|lobby|app))\b",
        # Pictures asked for by a man or a stranger from a game, told in a few words (the same probe set).
        r"\b(?:a |an |some |this |that |the )?(?:man|guy|adult|grown ?up|stranger|older (?:boy|girl|kid|person)|lady|woman|"
        r"person|someone|somebody) (?:from|on|in|off) (?:the |a |this |that )?(?:game|app|internet|online|chat|server|discord|"
        r"roblox|fortnite|minecraft|tiktok|snap\w*|insta\w*|youtube)\b[^\n]{0,30}?\b(?:asked|asks|wants|wanted|keeps asking|"
        r"kept asking)(?: me)?(?: for| to send(?: him| her)?)? (?:a |some |more )?(?:pics?|pictures?|photos?|selfies?|videos?)\b",
        # A stranger online asking where a child lives or goes to school (the same probe set, and a third).
        r"\b(?:someone|somebody|a (?:man|guy|person|stranger|lady|woman)|this (?:man|guy|person|lady|kid|boy|girl))(?: i (?:met|know|"
        r"talk to|play with|chat to))? (?:online|on (?:the )?\w+|in (?:the |a |this )?(?:game|app|chat|server|lobby)|from (?:the )?\w+)\b"
        r"[^\n]{0,20}?\b(?:asking|asked|asks|wants to know|wanted to know|wants|wanted) (?:me )?(?:for )?(?:where i live|my address|"
        r"my (?:phone )?number|what school|which school|where i go to school|my school|when i'?m (?:alone|home alone|on my own)|"
        r"if i'?m (?:alone|home))\b",
        # Money or game currency sent for pictures (a third probe set).
        r"\b(?:sent|sends|gave|gives|paid|pays|offered|offers) me (?:money|cash|robux|vbucks|v-bucks|gems|coins|skins?|a gift ?card|"
        r"gift ?cards|£\d+|\$\d+|\d+ (?:robux|vbucks|quid|pounds|dollars)) (?:for|to send|if i send|if i sent) (?:him |her |them )?"
        r"(?:some |more |a )?(?:pics?|photos?|pictures?|selfies?|videos?)\b",
        # A car to meet in (dev splits 35 and 37).
        r"\b(?:i'?ll|ill|i will) be in a (?:\w+ )?(?:car|van)\b", r"\bget in the back\b",
    ],
    "C4": [
        # A photo of a child passed on ("heres a pic of Ilkka in his swimming trunks ... sending it to the big group").
        r"\b(?:pic|pics|photo|photos|picture|pictures|video|vid|screenshot)s? of peerkid\b[^\n]{0,80}?\b(?:send|sending|sent|post|"
        r"posting|posted|share|sharing|shared|put it on|the group|group chat|gc|story)\b",
        # Where a child is, and when: a routine walked alone, or a route with a time.
        rf"\b{_KID} (?:\w+ )?{_MOVE} (?:home|to school|from school|back home|to and from school)\b(?: \w+){{0,3}}? {_ALONE}\b",
        rf"\b{_KID} (?:\w+ )?{_MOVE} {_ALONE} (?:home|to school|from school|through|past|along|across|by the|near the|in the dark|at night|every)\b",
        rf"\b{_KID} (?:\w+ )?(?:walks?|walking|walked|cycles?|cycling|bikes?|biking|rides?|riding|scoots?|scooting)\b"
        rf"(?={_GAP}\b(?:home|school|{_ROUTE})\b){_GAP}\b{_ALONE}\b",
        rf"\b{_KID} (?:\w+ )?{_MOVE} (?:home|to school|from school)\b(?={_GAP}\b{_ROUTE}\b)(?={_GAP}\b{_WHEN})",
        rf"\b(?:picks?|collects?|drops?) (?:me|peerkid|him|her|us) (?:up |off )?(?:from|at) (?:the )?(?:\w+ )?(?:gate|school|corner|park|bus stop|shop)\b{_GAP}\b{_WHEN}",
        # Home alone, or nobody home till later.
        rf"\b(?:i'?m|i am|i'?ll be|i will be|i get|i stay|we'?re|we are|we'?ll be|peerkid is|peerkid'?s|peerkid will be|he'?s|she'?s|he is|she is) "
        rf"(?!(?:never|not|hardly|rarely) )(?:\w+ )?(?:home alone|alone at home|alone in the house|home {_ALONE}|{_ALONE} (?:at home|in the house|in the flat))\b",
        r"\b(?:nobody|no ?one|noone)(?:'?s| is| will be) (?:home|in|at home|back) (?:till|until|til|before)\b",
        r"\bmy (?:parents|mum and dad|mom and dad) (?:are|'re) (?:out|away|at work|not home|not back) (?:till|until|til|all (?:night|day|weekend)|tonight|for the (?:night|weekend))\b",
        rf"\b(?:so|and) (?:i'?m|i am|i'?ll be|i will be) (?:\w+ )?{_ALONE}(?: at home| in the house)?(?: till| until| tonight| all)",
        rf"\bmy (?:mum|mom|dad|parents|mum and dad|mom and dad|nan|carer)(?:'s| is| are|'re) (?:out|away|at work|working|not home|not back)\b"
        rf"{_GAP}\b(?:so|and) (?:i'?m|i am|i'?ll be|i will be|we'?re|we are) (?:\w+ )?(?:{_ALONE}|home alone)",
        # On one's own till a time, and why ("on my own till 6 cos mums working", blind split 16).
        rf"\b{_ALONE} (?:at home |in the house )?(?:till|until|til) (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|late)\b"
        r"[^\n]{0,60}?\b(?:mum|mom|dad|parents|nan|working|at work|home|house)\b",
        # Where one is, shared live ("my location is on the map so u can see where i am").
        r"\bmy (?:live )?location is (?:on|shared|turned on|public)\b", r"\b(?:u|you|ya|everyone|anyone) can see where i (?:am|live)\b",
        r"\b(?:shows?|showing) (?:\w+ ){0,2}?where (?:peerkid|he|she|i) (?:lives?|stays?)\b",
        # How to get into a home ("my bedroom is the one at the front on the left and the back door never locks", blind
        # split 18's missed C4).
        r"\b(?:back|front|side|kitchen|garden|patio) (?:door|gate|window)s? (?:never|doesn'?t|doesnt|don'?t|dont|won'?t|wont) "
        r"(?:locks?|shuts?|close)\b",
        r"\b(?:back|front|side) (?:door|gate)s? (?:is|are|stays?|is always|are always) (?:left )?(?:unlocked|open all night)\b",
        r"\b(?:spare )?key (?:is )?(?:under|behind|in) (?:the|our|a) (?:mat|doormat|plant ?pot|pot|flower ?pot|stone|rock|bin)\b",
        # A parent's bank card and PIN ("my mums bank card is in the drawer and the pin is 1924 lol", blind split 23).
        r"\b(?:bank |credit |debit )?card (?:number )?(?:is|'?s) (?:in|on|under|behind|stuck to)\b[^\n]{0,60}?\bpin\b",
        r"\bpin (?:number |code )?(?:is|=|:) ?\d{4}\b",
        # The code that opens a home's door ("door code is 1984 just buzz", blind split 25).
        r"\b(?:door|gate|front door|building|entry|entrance|alarm|keypad|key ?safe) ?code (?:is|'?s|=|:) ?\d{3,6}\b",
        # Identity documents.
        r"\b(?:passport|birth certificate|id card|student id|school id)s? ?(?:pic|pics|photo|photos|picture|scan|number|details)\b",
        r"\b(?:pic|photo|picture|scan|screenshot) of (?:my|his|her|peerkid'?s|\w+'?s) (?:passport|birth certificate|id card)\b",
        # Where another child lives; which school a child goes to, by name.
        r"\b(?:peerkid|he|she|they|peerkid'?s (?:family|mum|mom|dad|nan)) (?:lives?|is living|stays?) "
        r"(?:at|on (?!(?:a|an|her|his|their)\b)|in (?:the )?(?:house|flat|flats|block|building|tower)|in (?:flat|number|no) \w+|above|below|opposite|behind|"
        r"next (?:door )?to|across (?:the road )?from|down the road from|round the corner from)\b",
        r"\b(?:peerkid'?s|his|her|their) (?:house|home|flat) is (?:at|on|next to|near|opposite|behind|above|across|number|no \d|"
        r"the (?:\w+ ){0,2}?(?:one|house|flat) (?:with|opposite|next|on|at|near|by|behind|above|across))\b",
        rf"\b(?:go|goes|went|going|am|'m|is|'s|are|'re|class|year \w+) (?:to|at) (?:st |saint )?(?!{_NOT_A_SCHOOL_NAME}\b)[a-z']+(?: [a-z']+)? "
        r"(?:primary|academy|juniors?|infants|school|elementary|c of e|high school)\b",
        r"\b(?:my|our|peerkid'?s|his|her) school(?:'s| is) called\b",
        # Asking for another child's details or whereabouts.
        r"\b(?:what'?s|what is|whats|tell me|give me|send me|do (?:you|u) know) peerkid'?s (?:home |real |full |mum'?s |mom'?s |dad'?s )?"
        r"(?:address|number|phone|phone number|email|password|pin|snap|snapchat|insta|username|surname|last name|school)\b",
        r"\bwhere (?:does|do) (?:peerkid|he|she) live\b", r"\b(?:what|which) school does (?:peerkid|he|she) go to\b",
        r"\b(?:when|what time) (?:is|does) peerkid (?:home alone|on (?:her|his) own|walk home|go home|get home)\b",
        r"\bgive me (?:ur|your) (?:\w+ )?(?:login|password|log in|details)\b",  # dev split 36
    ],
    "S1": [
        # Where a child lives, and what happens when the sender gets there (dev split 48).
        r"\b(?:she'?ll|he'?ll|they'?ll|u'?ll|you'?ll|she will|he will|they will|you will|u will) (?:soon )?see what happens "
        r"when i (?:get (?:there|to (?:her|his|their|ur|your))|find (?:her|him|them|u|you)|see (?:her|him|them|u|you)|catch)\b"
        r"(?! with (?:my|the|our|a)\b)",
        r"\b(?:u|you|peerkid) (?:r|are|re|'re|is) (?:getting|gonna get|going to get) (?:beaten up|battered|jumped|bashed up|"
        r"smashed up|knocked out)\b",  # dev split 46
        r"\b(?:face|head|teeth) (?:smashed|kicked|punched|bashed|caved) in\b",  # blind split 33
        # Blind splits 38 and 39 ("ill stab u with the compass in art", "we're coming for u saturday")
        r"\b(?:i'?ll|ill|im gonna|i'?m gonna|imma|i will|gonna) (?:stab|shoot|knife|stab up) (?:u|you|peerkid|him|her)\b",
        r"\bwe'?re coming for (?:u|you|peerkid)\b",
        r"\b(?:he'?ll|she'?ll|they'?ll|he will|she will|they will) (?:batter|beat up|smash|stab|jump|knife) (?:u|you|peerkid)\b",
        r"\b(?:push|pushed|shove|throw|kick) (?:u|you|peerkid|him|her) down the stairs\b",  # blind split 34
        # Revenge promised on people who hurt the sender, with no weapon or act named ("wait till monday, everyone
        # who laughed at me is gonna pay", blind split 14's miss).
        r"\b(?:everyone|everybody|all of (?:them|you|u)|the ones|anyone|all the (?:people|kids)|those) (?:who|that|whos|who'?s|who has|who have) "
        r"(?:\w+ ){0,3}?(?:laughed at|was mean to|were mean to|been mean to|bullied|picked on|made fun of|hurt|hates?|ignored|left) me\b"
        r"[^.!?\n]{0,40}?\b(?:gonna|going to|will|'?ll|is|are) (?:\w+ )?(?:pay|regret it|regret|be sorry|find out|get what)\b",
        r"\b(?:they|them|you|u|he|she|peerkid|everyone|everybody)(?:'?ll| will| are| is|'?re|'?s)? (?:all )?(?:gonna |going to )?(?:pay|regret it|be sorry)\b"
        r"[^.!?\n]{0,30}?\b(?:i swear|for real|not joking|i mean it|wait and see|just wait|you'?ll see|u'?ll see)\b",
        r"\b(?:wait till|wait until|just wait|on) (?:monday|tuesday|wednesday|thursday|friday|tomorrow|tmrw|tomoro|the last day|next week)\b"
        r"[^\n]{0,60}?\b(?:gonna|going to|will|'?ll) (?:all )?(?:pay|regret it|be sorry)\b",
        r"\b(?:gun|knife|knives|blade|rifle|pistol|hammer|machete|bb gun|air rifle)\b[^.!?\n]{0,60}?\b(?:i'?m|im|i am|i'?ll|ill|"
        r"i will|gonna|going to) (?:bring|bringing|take|taking|sneak|sneaking|use|using) (?:it|that|them)\b",
        # "ur dead" said for real, or at a real time and place ("its not a joke. wait til after school behind the shops
        # ur dead for real", blind split 20's missed threat); "ur dead lol" in a game stays play.
        rf"\b{YOU_ARE} (?:so |literally )?dead\b[^.!?\n]{{0,20}}?\b(?:for real|fr|not joking|i mean it|i swear)\b",
        r"\b(?:after school|behind the \w+|at (?:break|lunch|hometime|home time)|tomorrow|tmrw|on (?:monday|tuesday|wednesday|"
        rf"thursday|friday))\b[^.!?\n]{{0,40}}?\b{YOU_ARE} (?:so |literally )?dead\b",
        # Beaten until hurt ("ill still beat u till ur in hospital", blind split 19's threat, caught by the heads for
        # one stand-in name and missed for another).
        rf"\b(?:beat|batter|punch|kick|hit|smash) (?:u|you|ya|him|her|peerkid) (?:up )?(?:till|until|til) (?:{YOU_ARE}|he'?s|"
        r"she'?s|peerkid is|peerkid'?s) (?:in (?:the )?hospital|bleeding|dead|black and blue)\b",
        r"\b(?:make|making) (?:them|him|her|peerkid|you|u|everyone|everybody) (?:all )?pay\b(?! (?:for (?:the|a|their|his|her) (?:ticket|tickets|sweets|pizza|snacks|lunch|bus|trip)))",
        rf"\b{_ATTACK} {_VICTIM}(?: up)?\b(?! (?:a|an|some|the|something|out|on the (?:swings?|roundabout|trampoline)|with (?:a|the) (?:ball|pillow|snowball|water))\b)(?: \w+){{0,6}}? {_REAL_WHEN}",
        rf"\b{_REAL_WHEN}(?: \w+){{0,4}}? (?:let'?s|lets|we'?ll|we will|we should|we'?re gonna|we'?re going to|i'?ll|i will|i'?m gonna|i'?m going to) (?:all )?{_ATTACK} {_VICTIM}\b",
    ],
}
CHILD_COMPILED: dict[str, re.Pattern] = {code: compile_patterns(pats) for code, pats in CHILD_RULES.items()}
C1_GAME_NO_EXCUSE_COMPILED = compile_patterns(C1_GAME_NO_EXCUSE)

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


def names_pattern(names: Iterable[str], tail: str = r"\b") -> re.Pattern | None:
    """The room's member names (two characters or more) as one pattern: a whole name in any case, the longest
    first, then `tail`; None when there is no name. Built once per set of names (the classifier's training marks
    11,000 texts with the same 300)."""
    return _names_pattern(frozenset(names), tail)


@lru_cache(maxsize=256)
def _names_pattern(names: frozenset[str], tail: str) -> re.Pattern | None:
    words = sorted({n.strip() for n in names if n and len(n.strip()) >= 2}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")" + tail, re.IGNORECASE)


def mark_peers(text: str, names: Iterable[str], bare_possessive: bool = False) -> str:
    """text with each of the room's member names (whole words, any case, with 's) replaced by `peerkid`; with
    bare_possessive, also a name with a bare s ("Mahinas teeth": children drop the apostrophe), as `peerkid's`.
    The rules read names that way; the classifier's training texts do not (it learned its n-grams without it)."""
    pattern = names_pattern(names, r"(s?)\b" if bare_possessive else r"()\b")
    return text if pattern is None else pattern.sub(lambda m: PEER + ("'s" if m.group(1) else ""), text)


def child_rule_hits(text: str, names: Iterable[str] = ()) -> dict[str, str]:
    """Children's categories (C1–C4) and planned attacks (S1) whose rules fire on text, each with the phrase that fired."""
    canon = canonical(mark_peers(text, names, bare_possessive=True))
    return {code: m.group(0) for code, pat in CHILD_COMPILED.items() if (m := pat.search(canon))}


def game_no_excuse(text: str, names: Iterable[str] = ()) -> bool:
    """Whether text bullies in a way no game excuses (C1_GAME_NO_EXCUSE), the room's names read as targets."""
    return bool(C1_GAME_NO_EXCUSE_COMPILED.search(canonical(mark_peers(text, names, bare_possessive=True))))


def grooming_signals(text: str) -> set[str]:
    """The kinds of weak grooming signal (flattery, probing) in one message."""
    canon = canonical(text)
    return {kind for kind, pat in GROOMING_SIGNALS.items() if pat.search(canon)}
