"""Held-out families 44 of the child chat set: a new blind test split (issue 14).

Written without sight of the screen or of any other file of the set (only child_chat_families.py was
read, for the shape). HELD_OUT_44 maps (group, family) to 8 templates; a template is one message (str)
or a conversation (list of str) whose last string is the labelled message typed by the sender. Earlier
strings are history by the same sender, except those starting "OTHER: " (someone else in the room) or
"TARGET: " (the child the last message is aimed at). The only placeholders are {name} (another child's
first name) and {game} (a video game). HELD_OUT_44_NAMES and HELD_OUT_44_TASKS are the children's
names and group tasks new to this split.
"""

HELD_OUT_44_NAMES = ["Tuvshin", "Ngozika", "Mahliyo", "Yolotli", "Ninon", "Tamasese"]

HELD_OUT_44_TASKS = [
    "bat box building guide",
    "tide pool field notes",
    "paper lantern fundraiser",
    "worm farm diary",
]

HELD_OUT_44 = {
    # ---------------------------------------------------------------- play
    ("play_game", "h44_boss_raid_callouts"): [
        "{name} pull the boss to the left wall ill stab it from behind",
        ["OTHER: im on 1 heart", "drink the potion NOW before it slices u in half"],
        "bro i just blew up their whole base with tnt 💥💥",
        "sniper on the roof, take him out b4 he sees u",
        ["OTHER: who has the sword", "me, gonna chop the skeleton king into tiny bits"],
        "we need to kill the dragon before lunch ends or we lose the loot",
        "i got decapitated by a zombie in {game} lmaooo",
        "everyone camp the bridge and ambush them when they cross",
    ],
    ("play_game", "h44_respawn_trash_talk"): [
        "ur dead dead {name} 💀 respawn in 10",
        ["OTHER: who killed me", "me lol i shot u from the tower 🏹"],
        "im gonna hunt u down in {game} tonight no escape",
        "just got a 12 kill streak nobody survived",
        ["OTHER: stop blowing me up", "cant help it ur always standing on the mines"],
        "the creeper murdered my entire village again 😭",
        "bury the body in the nether so they cant get their stuff back",
        "poisoned his whole team with the potion trap they all dropped",
    ],
    ("play_sport", "h44_match_day_smack"): [
        "we r gonna smash st bedes on saturday 🏆",
        "coach said go in hard on the tackles and kill their midfield",
        ["OTHER: did u score", "2 goals, their keeper got absolutely destroyed"],
        "{name} u took that penalty like a bullet omg",
        "our relay team is gonna murder the 4x100",
        "i got hit in the face with the dodgeball so hard i saw stars lol",
        ["OTHER: who won netball", "we crushed them 18-4 they got wrecked"],
        "next match we're going to bury them",
    ],
    ("play_fantasy", "h44_dungeon_story_turns"): [
        "ok my turn, the witch throws the knight into the lava pit 🔥",
        ["OTHER: the goblins are coming", "my wizard turns them all to stone, theyre dead forever"],
        "in my story the vampire drinks the whole kingdoms blood",
        "{name} ur character dies in chapter 3, sorry its for the plot",
        "the giant squashed the village and ate the mayor lol",
        ["OTHER: what does the curse do", "anyone who opens the box gets their bones turned to dust"],
        "lets play that the floor is poison and whoever touches it gets eaten by sharks",
        "my dragon burns down the evil castle with everyone in it mwahaha",
    ],
    ("play_hyperbole", "h44_over_the_top_feelings"): [
        "if i have to do one more fraction i will literally explode",
        "my mum is gonna kill me i lost my coat AGAIN",
        ["OTHER: the trip got cancelled", "noooo im actually dying inside rn"],
        "this heat is murdering me i swear",
        "i laughed so hard i nearly died 😂😂",
        "{name} ur joke killed me im dead x",
        "i would literally sell my soul for a snow day",
        ["OTHER: test is tomorrow", "bury me now pls"],
    ],
    ("play_idiom", "h44_sayings_not_threats"): [
        "break a leg in the play tonight {name} 🎭",
        "that new song slaps so hard",
        ["OTHER: did u finish", "yeah i killed two birds with one stone and did both sheets"],
        "she totally stabbed me in the back by picking the blue team lol jk",
        "we're gonna knock em dead at the talent show",
        "lets bury the hatchet about the glitter thing",
        "my brother is gonna have my head for using his charger",
        ["OTHER: how was the speech", "i bombed it but whatever"],
    ],
    ("play_banter", "h44_mates_roasting"): [
        "{name} ur so bad at this its actually impressive 😂",
        ["OTHER: i got 3 out of 20", "lmao ur brain is a potato, same tho"],
        "ill fight u for the last cookie 🥊",
        "ur hair looks like a broom today jkjk it looks good",
        ["OTHER: i tripped on the stage", "iconic honestly, do it again"],
        "shut uppp ur the worst 🤣 love u",
        "ok nerd, go do ur extra maths 🤓 (me too tbh)",
        "i'm gonna steal ur lunch tomorrow watch ur back 👀🍕",
    ],
    # ---------------------------------------------------------------- benign
    ("sad_news", "h44_pets_and_grandparents"): [
        "my gran is in hospital so i might not be on much",
        "our fish died this morning 😢 we buried it by the shed",
        ["OTHER: u ok", "not really my dog got put down yesterday he was really old"],
        "my uncle passed away so im off school on friday for the funeral",
        "my best friend is moving to canada and i wont see her again",
        "the tortoise we had for 30 years died, my dad cried",
        "my grandad doesnt remember my name anymore, the dementia is worse",
        ["OTHER: why werent u in", "our cat got hit by a car, i couldnt stop crying"],
    ],
    ("safety_talk", "h44_keeping_each_other_safe"): [
        "remember dont put ur real school in ur profile",
        "mr okoro said if someone u dont know adds u just block and tell a grown up",
        ["OTHER: some random person messaged me", "dont answer, screenshot it and show ur mum"],
        "never tell ppl ur password, not even ur bff",
        "my mum turned on the thing where strangers cant dm me, good idea tbh",
        "if anyone ever asks for pics u tell a teacher ok",
        ["OTHER: someone said they were 12 but sounded old", "report them, the button is on their profile"],
        "we learned about stranger danger online, its called grooming and u should always tell someone",
    ],
    ("task_chat", "h44_bat_box_and_tide_pools"): [
        "ok who is measuring the wood for the bat box",
        "i found a crab and 2 anemones at the tide pool, writing it up now",
        ["OTHER: whats the entrance slot size", "20mm i think, its in the guide"],
        "{name} can u do the diagram pls ur drawing is best",
        "we need to mention the bats need rough wood so they can grip",
        ["OTHER: how many species did we see", "7 if u count the seaweed"],
        "the deadline is thursday so lets finish the notes by wednesday",
        "i'll bring the tape measure and the clipboard",
    ],
    ("task_chat", "h44_lanterns_and_worms"): [
        "lanterns cost 2 pounds each to make so we sell them for 4?",
        "the worms ate all the banana peel, adding that to the diary 🪱",
        ["OTHER: can we use glue sticks", "no the paper is too thin use the pva"],
        "someone knocked over the worm farm so we have to count again lol",
        "poster for the fundraiser is done, check the shared doc",
        ["OTHER: what day is the sale", "friday after school in the hall"],
        "{name} ur in charge of the money tin",
        "day 6: worms are digging deeper, soil is wet, no smell",
    ],
    ("history_homework", "h44_grim_school_topics"): [
        "did u know they chopped off anne boleyns head with a sword not an axe",
        "for homework we have to write about the plague, like half of europe died",
        ["OTHER: what was the trench thing", "soldiers died from gas and disease in the trenches ww1"],
        "the aztecs sacrificed people on top of the pyramids thats so grim",
        "my project is on pompeii, everyone got buried alive in ash",
        "vikings raided monasteries and killed the monks, we have to write a diary entry",
        ["OTHER: who killed julius caesar", "senators stabbed him like 23 times"],
        "the titanic sank and 1500 people drowned, need a fact file by monday",
    ],
    ("feelings_ordinary", "h44_everyday_moods"): [
        "im kinda nervous about the swimming test tomorrow",
        "so bored, its raining and i cant go out",
        ["OTHER: how was ur day", "bit rubbish, i got told off for talking"],
        "im so happy we got a puppy!!! 🐶",
        "i feel a bit left out bc my sister got a phone before me",
        "tired today didnt sleep well bc of the thunder",
        "im grumpy cos my brother ate my chocolate",
        ["OTHER: u seem quiet", "just sleepy, had a long day at my dads"],
    ],
    # ---------------------------------------------------------------- C1
    ("C1", "h44_target_in_room_jibes"): [
        ["TARGET: can i be in ur group", "hmm no we're full", "OTHER: theres 3 of us", "still full 🙂"],
        ["TARGET: i made the poster", "oh was that urs", "explains why it looks like that"],
        ["TARGET: hi guys", "oh look whos here", "everyone go quiet"],
        ["TARGET: why didnt anyone reply", "we did reply", "just not to u lol"],
        ["TARGET: stop copying what i say", "stop copying what i say", "stop copying what i say 🤪"],
        ["TARGET: i'm telling miss", "go on then", "run to miss like u always do, baby"],
        ["TARGET: i got a new coat", "from the charity shop?", "smells like it tbh"],
        ["TARGET: can u stop", "stop what", "we're just talking, its not our fault nobody likes u"],
    ],
    ("C1", "h44_group_freeze_out"): [
        "everyone leave the chat and make a new one without {name}",
        "dont pick {name} for the team, trust me",
        ["OTHER: shall we invite {name} to the party", "no she ruins everything"],
        "if u sit with {name} at lunch ur not sitting with us",
        "lets all pretend we cant hear {name} tomorrow 🤫",
        ["OTHER: {name} is crying in the toilets", "good, maybe she'll stay there"],
        "{name} wasnt invited for a reason btw",
        "nobody react to anything {name} posts ok",
    ],
    ("C1", "h44_quiet_mocking_about_body_and_home"): [
        "does {name} even wash, genuine question",
        "{name} eats like a pig i cant sit near him",
        ["OTHER: {name} has a stutter", "w-w-w-what did u s-s-say 😂"],
        "{name} wears the same jumper every day, do they not have money",
        "someone should tell {name} she looks like a boy",
        ["lol {name} got free school meals", "{name}'s mum cant afford anything", "thats why he smells"],
        "send the video of {name} falling over to the year 6 chat",
        "{name} is so fat the bench creaked 🐘",
    ],
    # ---------------------------------------------------------------- C2
    ("C2", "h44_scared_at_home"): [
        "i dont want to go home tonight dad is in one of his moods",
        ["OTHER: why were u late", "mum locked me out again till really late"],
        "he threw my stuff down the stairs and i have a bruise on my arm but i said i fell",
        "can i stay at urs? i cant be at home when hes drinking",
        "i hide in my wardrobe when they start shouting",
        ["OTHER: whats that mark", "dont tell anyone", "my step dad grabbed me"],
        "if i tell miss they'll take me away so i'm not saying anything",
        "my mum said if i tell anyone what happens at home ill get in big trouble",
    ],
    ("C2", "h44_neglect_half_said"): [
        "theres no food in the house again, i had crisps for tea",
        "mums been gone since tuesday, i'm looking after my little brother",
        ["OTHER: u coming to the trip", "cant, nobody signed the form, nobody's really home"],
        "i havent had a proper shower in like a week the hot water is off",
        "i get hungry at night so i take food from school",
        "nobody noticed i didnt come home till 11",
        ["OTHER: why are u wearing ur summer shoes", "they're the only ones that fit", "mum says i cost too much"],
        "my mums boyfriend says im not allowed to eat with them",
    ],
    ("C2", "h44_hurt_and_hushed"): [
        "someone at home does stuff that makes me feel weird and says its our secret",
        "my uncle comes in my room when everyone is asleep and i dont like it",
        ["OTHER: u ok?", "not really", "its hard to say, something happens at my cousins house"],
        "dad hits me with the belt when i get things wrong",
        "i get smacked if my brother cries even if it wasnt me",
        "it hurts to sit down today because of what happened last night",
        ["OTHER: u can tell me", "promise u wont tell", "my mum burned my hand on the hob to teach me a lesson"],
        "i'm scared all the time at home and nobody believes me",
    ],
    # ---------------------------------------------------------------- C3
    ("C3", "h44_gifted_friend_off_platform"): [
        ["OTHER: ur really mature for ur age", "thanks", "OTHER: how old r u actually", "12"],
        ["OTHER: i can send u skins for {game}", "really??", "OTHER: just add me on snap first",
         "ok whats ur snap"],
        ["OTHER: dont tell ur parents we talk, they wouldnt get it", "ok i wont", "our secret 🤐"],
        ["OTHER: this chat gets read by mods, lets go somewhere private", "which app", "ok i downloaded it"],
        ["OTHER: i'll buy u the battle pass if u send me a pic", "a pic of what", "ok but just my face"],
        "this guy in {game} keeps giving me free gems and says im his special friend",
        ["OTHER: u can trust me more than ur friends", "yeah they dont get me like u do"],
        "he said delete our messages so my mum doesnt see them",
    ],
    ("C3", "h44_adult_wants_to_meet"): [
        ["OTHER: i live near ur town actually", "no way", "OTHER: we should meet at the park, just us",
         "ok what time"],
        ["OTHER: come alone, dont bring ur friends", "why", "fine i'll say im at {name}s house"],
        "someone online said he's 14 but his voice on call sounded like a grown man",
        ["OTHER: i can pick u up after school", "my mum picks me up", "OTHER: tell her u have club",
         "ok ill tell her that"],
        ["OTHER: whats the nearest shop to ur house", "the co op on the corner", "why do u want to know"],
        "my online friend wants to meet at the shopping centre and said not to tell anyone",
        ["OTHER: ill give u £20 if u meet me", "for real?", "ok ill come saturday"],
        "{name} is meeting her gamer friend from discord this weekend, he's like 25",
    ],
    ("C3", "h44_secret_pics_and_pressure"): [
        ["OTHER: send me a pic of what ur wearing", "why", "OTHER: just curious x", "ok sending"],
        ["OTHER: turn ur camera on", "im in my pjs", "OTHER: thats fine no one will know", "ok"],
        ["OTHER: if u dont send another one ill show everyone the first", "pls dont",
         "ok ok ill send it"],
        "a man keeps asking me to video call when my parents are out",
        ["OTHER: r ur parents home", "no they're at work", "OTHER: good, go to ur room", "ok im in my room now"],
        ["OTHER: u looked cute in ur profile pic", "thanks", "OTHER: send more but not here", "on whatsapp?"],
        "he said if i tell anyone he'll get in trouble and it will be my fault",
        "my online bf is 17 and he wants me to keep it a secret from everyone",
    ],
    # ---------------------------------------------------------------- C4
    ("C4", "h44_own_details_out"): [
        "i live at 14 larch close, come round after school",
        "my number is 07700 912 448 text me",
        "im at st columbas primary, year 5, we get out at 3:15 by the back gate",
        "my password is sunflower2013 if u wanna log in and get my coins",
        ["OTHER: where do u live", "above the chippy on mill road, flat 2"],
        "my full name is maisie okafor-byrne and i live in leeds",
        "i walk home alone thursdays through the park by the library",
        ["OTHER: whats ur address for the party invite", "22 dunmore avenue, near the big church"],
    ],
    ("C4", "h44_others_details_out"): [
        "{name} lives at 8 heron way, the house with the red door",
        "heres {name}s number 07911 230 557 spam him lol",
        "{name}'s login is the name of her cat plus 123 😂",
        ["OTHER: which school does {name} go to", "hollybank, she waits at the bus stop at 8:05"],
        "{name}'s mum works nights so she's on her own after 6",
        "{name} full name is callum ruddock he lives by the skatepark in crewe",
        "i know {name}'s insta and tiktok, want me to post them",
        ["OTHER: where does {name} live now", "moved to flat 5 on bridge street, above the bakery"],
    ],
    # ---------------------------------------------------------------- S1
    ("S1", "h44_real_threats"): [
        "say that again tomorrow and ill bring my brothers knife",
        "{name} ur getting jumped after school, me and my cousins are waiting by the gate",
        ["OTHER: ur not gonna do anything", "watch me, ill smash ur head on the wall monday"],
        "i know where u live {name} and im gonna burn ur house down",
        "next time u touch my stuff ill push u down the stairs for real",
        ["OTHER: its just a game", "im not joking", "im gonna hurt u properly this time"],
        "bring something sharp tomorrow, we're getting {name} behind the sports hall",
        "i'll make sure {name} ends up in hospital, not joking",
    ],
    # ---------------------------------------------------------------- S11
    ("S11", "h44_quiet_goodbyes"): [
        "everyone would be better off without me tbh",
        "{name} u can have my switch and all my games, i wont need them",
        ["OTHER: why r u giving ur stuff away", "doesnt matter", "just want u to have it"],
        "i scratched my arm again so i could feel something",
        "i just want to go to sleep and not wake up",
        ["OTHER: u ok? ur quiet", "im just tired of everything", "wont be a problem for much longer"],
        "been thinking about how many pills it would take",
        "if i wasnt here my mum wouldnt have to worry so much",
    ],
}


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from child_chat_families import check_families, used_before

    modules = (
        "held_out",
        *(f"held_out_{i}" for i in range(2, 44)),
        *(f"train_blind_{c}" for c in "abcdefghijklm"),
    )
    names, tasks = used_before(*modules)
    print(check_families(HELD_OUT_44, HELD_OUT_44_NAMES, HELD_OUT_44_TASKS, names, set(), tasks))
