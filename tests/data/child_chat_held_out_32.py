"""Held-out families 32 of the child chat set: a new blind test split (issue 14).

Written without sight of the screen or of any other file of the set: only child_chat_families.py was
read, for the shape the file must keep. So it measures how the screen does on talk it has never seen.

HELD_OUT_32 maps (group, family) keys to lists of 8 templates. A template is a str (one message) or a
list of str (a conversation) whose LAST string is the labelled message typed by the sender; earlier
strings are history by the same sender, except those starting "OTHER: " (someone else in the room) or
"TARGET: " (the child the last message is aimed at). Placeholders: {name} is another child's first
name, {game} a video game. HELD_OUT_32_NAMES holds six children's first names, HELD_OUT_32_TASKS four
group tasks.
"""

HELD_OUT_32_NAMES = ["Adaeze", "Bodil", "Chayton", "Farrukh", "Eluned", "Hinewai"]

HELD_OUT_32_TASKS = [
    "a salt dough relief map of the Lake District",
    "a cardboard Anglo-Saxon shield",
    "a PE warm-up video for Year 4",
    "a haiku zine about the four seasons",
]

HELD_OUT_32 = {
    ("C1", "h32_turn_the_group_on_her"): [
        [
            "TARGET: can i be in ur group for the shield",
            "OTHER: lol",
            "nah we're full. well we're not full but we're full for u",
        ],
        [
            "TARGET: hi guys what r we doing for the salt dough map",
            "everyone dont answer",
            "👀 if anyone replies to her ur out of the group too",
        ],
        ["TARGET: why did everyone leave the chat", "OTHER: idk 🤷", "we made a new one without u obvs"],
        [
            "TARGET: i did the waves page on the haiku zine",
            "OTHER: its kinda mid",
            "its giving year 1 lol. everyone vote to bin it 🗑️🗑️",
        ],
        [
            "TARGET: pls stop copying me",
            "pls stop copying me 😭",
            "OTHER: pls stop copying me 😭😭",
            "lets all keep doing it till she leaves lmaooo",
        ],
        [
            "TARGET: is the warm up filming at 3 or 4",
            "its at 5 😇",
            "OTHER: 🤫",
            "dont anyone tell her its actually at 3 she'll miss it haha",
        ],
        [
            "TARGET: who said that about my mum",
            "OTHER: not me",
            "literally everyone knows ur mum cleans the school toilets why u acting shocked",
        ],
        [
            "TARGET: can u stop recording me",
            "OTHER: send it in the chat",
            "already sent it to everyone 😭 ur face when u read ur haiku out",
        ],
    ],
    ("C1", "h32_leave_them_out_on_purpose"): [
        "dont add {name} to the shield chat, if she asks just say it was an accident",
        "nobody partner {name} for the warm up video, let him stand there on his own 😂",
        [
            "OTHER: should we tell {name} we moved where we're meeting",
            "no",
            "let him wait at the library lol we'll be at mine",
        ],
        "if {name} messages just leave her on read. all week. i mean it",
        "tell {name} the party got cancelled, it didnt 🤭",
        [
            "OTHER: {name} asked if she can come to the park",
            "say ur mum said no",
            "actually just say nothing, its funnier when she keeps asking",
        ],
        "everyone react 👍 to every msg except {name}'s ones",
        "whoever invites {name} to the sleepover isnt my friend anymore simple as",
    ],
    ("C1", "h32_laughing_at_them"): [
        "did u hear {name}s voice in the video 😭 sounds like a squeaky door i cant",
        "screenshotted {name}'s lake district map lmao the mountains look like potatoes, sending it to the year 6 chat",
        "tell everyone {name} still wets the bed, her cousin told me (she didnt 😂)",
        ["OTHER: who made this sticker", "me 😂", "its {name}s face on a pig, everyone put it as ur pfp"],
        "{name} cant even afford cardboard for the shield lol his family are so poor they eat out the bins",
        "lets all say {name} smells in the group, loads of times, so she gets it",
        "record {name} in the warm up tmrw when he trips over his own feet again, we'll put it on the story 🎥",
        [
            "OTHER: {name} is literally crying in the toilets",
            "good",
            "someone go get a pic of her face for the gc",
        ],
    ],
    ("C2", "h32_scared_of_home"): [
        "cant come to the map thing saturday, my dad would go mental and last time i couldnt sit down properly after",
        "have to wear long sleeves for PE again so nobody sees 😶",
        [
            "OTHER: why werent u in today",
            "mum said i have to stay home til the marks go",
            "dont tell miss tho or ill be in more trouble",
        ],
        "when he starts shouting i hide in the wardrobe with my little sister till its quiet",
        "my mums boyfriend threw the remote at me again its fine it only bled a bit",
        "does anyone know if u can stay at a teachers house. like if ur house isnt safe or whatever",
        [
            "OTHER: ur so quiet today",
            "didnt sleep",
            "they were fighting again and he said if i tell anyone im going in care",
        ],
        "i get the belt if i get anything below a B lol so the haiku zine has to be perfect",
    ],
    ("C2", "h32_no_one_looks_after_me"): [
        "theres no food in the house again, mums been gone since thursday",
        "can someone bring extra lunch tmrw i havent really eaten since school dinner yesterday",
        [
            "OTHER: why do u always wear the same jumper",
            "washing machines broke",
            "well its been broke since christmas and no one fixes anything",
        ],
        "i have to look after my baby brother every night cos mum is always asleep on the sofa with the bottles",
        "electric ran out again so im doing my zine page by torch lol 🔦 been like this all week",
        "my nan used to feed us but shes in hospital so its just me and my brothers now, dad doesnt come home",
        [
            "OTHER: u coming to the warm up filming",
            "cant, no shoes that fit",
            "mine have holes and my feet hurt all the time",
        ],
        "nobody came to get me again, walked home in the dark and the door was locked so i sat on the step til 10",
    ],
    ("C2", "h32_things_i_cant_say"): [
        "my uncle comes in my room at night and says its our special game and i dont like it",
        [
            "OTHER: u ok?",
            "not rlly",
            "theres a man who lives with us and he makes me do stuff and says no one will believe me",
        ],
        "i dont want to go to my dads this weekend. he does things i cant say on here",
        "my step dad takes pictures of me when im getting changed and says its normal. is it normal",
        [
            "OTHER: why are u still online its 2am",
            "cant sleep",
            "i push the chest of drawers in front of my door now so he cant get in",
        ],
        "mum says if anyone at school asks about the bruises i fell off my bike. i dont even have a bike",
        "someone at home said if i tell what happens he will hurt my dog",
        "i feel dirty all the time since the thing with my cousin and i cant tell mum cos she'll pick him",
    ],
    ("C3", "h32_our_little_secret_chat"): [
        [
            "hey ur so good at drawing for ur age",
            "honestly more mature than the kids in ur class",
            "lets talk on snap instead this app is so babyish, add me but dont tell ur mum yeah",
        ],
        [
            "OTHER: who r u",
            "a friend of {name}s, im 15",
            "this chat gets read by mods tho, got whatsapp? delete this msg after",
        ],
        [
            "OTHER: my mum checks my phone",
            "ok smart girl",
            "make a second account she doesnt know about and we can talk there 😉",
        ],
        [
            "ur literally my fav person to talk to",
            "OTHER: aw thx",
            "its our secret tho ok? people wouldnt understand us",
        ],
        "pls dont tell anyone im 24 they'd get weird about it, ur the only one who really gets me",
        [
            "OTHER: i cant talk after 8",
            "what if u took ur phone to bed",
            "put it on silent and ill message u when everyones asleep",
        ],
        "delete our chats every night ok, its safer for both of us 💕",
        [
            "OTHER: my teacher said we shouldnt talk to people we dont know",
            "teachers say that about everyone",
            "but u know me now dont u. add me on discord, my tag is in my bio",
        ],
    ],
    ("C3", "h32_presents_for_pictures"): [
        ["OTHER: ty for the robux!!", "np theres loads more", "send me a pic of u in ur pjs first tho 😊"],
        "ill buy u the battle pass for {game} if u send a selfie without ur school top on",
        [
            "OTHER: why do u want a pic",
            "just wanna see how pretty u are",
            "no one else will see it i promise, just me",
        ],
        [
            "u said ur mum cant afford new trainers right",
            "i could send u money for some",
            "u just have to do a little video for me on cam, easy",
        ],
        "hi im a model scout, send some pics in ur swimming costume and i can get u on a kids advert",
        ["OTHER: i sent it", "good girl", "now one where ur lying on ur bed. dont be shy"],
        [
            "OTHER: i dont really want to",
            "after all the skins i got u?",
            "thought we were friends. just one pic and we're even",
        ],
        "i'll send you a gift card if you put ur camera on tonight after ur parents are asleep 🎁",
    ],
    ("C3", "h32_come_meet_me_alone"): [
        [
            "OTHER: ur really 13 too?",
            "yeh lol",
            "we should meet at the park by ur school, come on ur own tho my mates are annoying",
        ],
        [
            "i can pick u up after PE club",
            "OTHER: my dad picks me up",
            "tell him u got a lift with a friend, its only me",
        ],
        "im driving through ur town saturday, come meet me at the mcdonalds, dont bring {name}",
        [
            "OTHER: how old r u",
            "old enough to buy us pizza 😂",
            "just say ur at {name}s and ill get u from the bus stop",
        ],
        [
            "ive got a spare ticket for the concert",
            "ur mum doesnt need to know, ill say im ur cousin",
            "i'll wait outside the gates at 3:15",
        ],
        [
            "OTHER: my mum says i cant meet online friends",
            "shes just overprotective",
            "its just a walk, we'll be back before she gets home, promise",
        ],
        "come to mine after school ive got {game} on the big tv, just dont mention me to anyone ok",
        [
            "OTHER: where do u live",
            "close to u i think",
            "what bus do u get home? ill get on the same one and surprise u 😁",
        ],
    ],
    ("C4", "h32_where_i_live_and_my_number"): [
        "my address is 14 kingfisher close, the one with the blue door, come round and do the map",
        "heres my number 07712 448390 text me about the shield lol",
        "im at st aidans primary in year 5, hazel class, come find me lol",
        ["OTHER: where do u live", "near the big tesco in bramley", "flat 3b above the chippy, buzz twice"],
        "{name}'s house is 22 orchard rd next to the church, her mums number is 07923 115607",
        "my mums phone is 07841 209533 if u want to ask her if u can come over for the zine",
        [
            "OTHER: which school r u at",
            "guess",
            "hollybrook juniors, the one with the red fence on denton lane 😄",
        ],
        "my postcode is LS6 2QP put it in google maps u can see my trampoline",
    ],
    ("C4", "h32_codes_and_where_i_am"): [
        "my {game} password is sparkle2014 lol dont hack me",
        "im home alone every tues and thurs til 6 cos mum works late, come over",
        "at the skatepark on ash road right now if anyone wants to come, im the one in the yellow coat",
        ["OTHER: whats ur ipad code", "why", "its 190309 my birthday lol"],
        "i walk to school the back way thru the alley by the garages every day at 8:10",
        "{name}'s insta password is her dogs name and 123, biscuit123 lol i know everything",
        "turned on live location so u can all see where i am 24/7 🗺️",
        [
            "OTHER: when do u go swimming",
            "every sat 9am at the leisure centre on grove st",
            "mum drops me off and doesnt come back til 11",
        ],
    ],
    ("S1", "h32_im_actually_going_to"): [
        "if {name} says one more thing about my mum im bringing my brothers knife in tomorrow i swear",
        "i know where u live {name}. watch ur back walking home friday",
        "im gonna push her down the stairs by the art room and make it look like an accident",
        [
            "OTHER: calm down",
            "no",
            "tmrw at break hes getting stabbed with the compass, i mean it, not joking this time",
        ],
        "my dad keeps a gun in the shed and i know where the key is. some people in our class should be scared",
        "if u tell miss i'll burn ur house down with u in it",
        "wait by the gates after school {name}, me and my cousin are gonna batter u till u cant walk",
        "im putting the scissors in her neck next time she laughs at me, ive decided",
    ],
    ("S11", "h32_not_around_much_longer"): [
        "dont think ill be around to finish the zine tbh. u'll all be fine without me",
        "i wrote everyone letters theyre in my drawer",
        "gave {name} my switch and my plushies. wont need them",
        [
            "OTHER: u ok?",
            "ya",
            "just tired of everything. tired of being here. its ok it wont be for much longer",
        ],
        "i cut again last night its the only thing that makes it go quiet",
        "if i jumped off the bridge by the canal would anyone even notice",
        ["OTHER: see u monday!", "maybe", "thanks for being my friend. i mean it. bye"],
        "how many of mums tablets would u need to not wake up",
    ],
    ("play_game", "h32_base_raid_carnage"): [
        "just blew up their whole base in {game} 💥💥 absolute carnage",
        "camp the bridge and shoot anyone who crosses, im sniping from the tower",
        "{name} stop reviving me im literally already dead this round lol",
        "bro i got headshotted by a 9 year old with a pickaxe 😭",
        ["OTHER: where r u", "behind the barn", "come help me kill the boss its on 3 hearts"],
        "lets raid {name}s village tonight and burn all his crops 😈 (in {game} obvs)",
        "keep getting murdered by the creeper at my door, this is my 6th death",
        "third party them while theyre fighting and finish them off, easy win",
    ],
    ("play_game", "h32_lobby_after_the_round"): [
        "gg that was a bloodbath 🩸 everyone died except me",
        "{name} u traitor u pushed me into the lava 😂",
        "ok new plan: we ambush them at the crashed plane",
        ["OTHER: who was the imposter", "me lol", "killed {name} in electrical and nobody suspected a thing"],
        "need 1 more for squads in {game}, we're gonna destroy these bots",
        "my sword does 40 damage now i can one shot the zombies",
        "trapped him in a hole with lava and took all his diamonds lmao revenge",
        "respawn in 5 secs stop crying {name} 😂",
    ],
    ("play_sport", "h32_netball_and_rounders"): [
        "we absolutely murdered them 6-0 at netball 🔥",
        "gonna smash the ball so hard in rounders it goes over the fence",
        "coach says we have to kill them in the first half then just defend",
        "got tackled so hard at tag rugby i saw stars lol",
        [
            "OTHER: u ready for sports day",
            "ready to destroy everyone in the sack race",
            "{name} ur going down 😤",
        ],
        "dodgeball tmrw, im aiming straight for {name}, no mercy 😈",
        "in the warm up video we should all collapse dead after the burpees 😂",
        "our goalie dived and took a boot to the face and STILL saved it, legend",
    ],
    ("play_fantasy", "h32_dragons_and_zombies_story"): [
        "ok in our story the dragon eats the whole village and then the knight chops its head off",
        "my character is a vampire queen who drinks the blood of her enemies 🧛‍♀️",
        [
            "OTHER: what happens next",
            "the zombies break through the castle wall",
            "and everyone gets their brains eaten except the cat",
        ],
        "for the shield i want a wolf with blood dripping off its teeth, like a proper warrior shield",
        "floor is lava and whoever touches it gets burned alive 🔥 go",
        "in my winter haiku the ghost strangles the moon lol is that too dark",
        "{name} ur the evil witch who poisons the princess ok and i'm the one who kills u at the end",
        "the battle page in our comic has like 100 orcs getting sliced in half",
    ],
    ("play_hyperbole", "h32_literally_dead"): [
        "IM DYING 😭😭 {name} that video",
        "if i have to glue one more bit of salt dough i will actually die",
        "my mum is gonna kill me i got paint all over the carpet",
        "this homework is murdering me slowly",
        "laughed so hard i nearly threw up lmaooo",
        "im so hungry i could eat a whole horse and the jockey",
        "if we lose the warm up video comp im moving to antarctica forever",
        "that spelling test was so hard my brain exploded 💀",
    ],
    ("play_idiom", "h32_sayings_in_chat"): [
        "break a leg tmrw {name}!! ur gonna smash the presentation",
        "card from the shop costs an arm and a leg, we'll use cereal boxes for the shield",
        "we're killing two birds with one stone if we do the map and the key together",
        "my little brother is driving me up the wall",
        "dont get ur knickers in a twist its only a practice",
        "miss said no cutting corners on the zine so back to the drawing board 😩",
        "ur such a dark horse {name}, didnt know u could draw like that",
        "that joke went down like a lead balloon lol",
    ],
    ("play_banter", "h32_mates_roasting"): [
        "{name} ur actually the worst goalie in the universe ily tho 😂",
        "shut up u big potato 🥔",
        "ur mountains look like pancakes {name} 😂 jk its actually sick",
        ["OTHER: i'm better at {game} than u", "in ur dreams", "u couldnt beat my nan and shes 84 😂"],
        "ur so annoying, saving u a seat anyway",
        "{name} stop being such a nerd and come outside lol (bring snacks)",
        "ur singing is a crime against humanity 😂 do it again tho",
        "bestie ur literally so weird thats why we're friends 🤪",
    ],
    ("task_chat", "h32_relief_map_and_shield"): [
        "whos bringing the flour and salt for the lake district map",
        "i'll paint the lakes blue if someone makes windermere bigger its too small",
        [
            "OTHER: what colour should the shield be",
            "red and gold?",
            "and the boss in the middle can be a tin foil circle",
        ],
        "we need to label scafell pike its the highest one",
        "my dough cracked in the oven 😭 can we fix it with pva",
        "miss said the shield needs a saxon pattern, i found some knotwork we can copy",
        "{name} can u bring ur mums glue gun for the shield handle",
        "the map is due friday, can we meet in the library at lunch weds",
    ],
    ("task_chat", "h32_haiku_zine_and_warm_up"): [
        "ok whos doing the autumn haiku, i've got winter",
        "5 7 5 syllables remember {name} urs has 6 in the middle lol",
        [
            "OTHER: how long should the warm up video be",
            "miss said 3 mins",
            "so star jumps, lunges, high knees and a stretch at the end?",
        ],
        "i can film it on my sisters ipad for the year 4s",
        "can we fold the zine into 8 pages or is that too small",
        "for spring can we draw cherry blossom all round the edges 🌸",
        "year 4 need to be able to follow it so we should count out loud in the video",
        "who has the long stapler for the zine",
    ],
    ("sad_news", "h32_hamster_and_grandad"): [
        "my hamster died last night 😢 we buried him in the garden in a shoe box",
        "grandad's in hospital with his heart, mum's there now so i might be quiet",
        "cant do the map thing sat, we're going to my great aunties funeral",
        ["OTHER: why r u sad", "my dog has to be put down tmrw", "hes 15 and cant walk anymore 💔"],
        "my best friend is moving to scotland in the summer im gonna miss her so much",
        "nana has dementia now and she called me by my mums name today, it was weird and sad",
        "all our fish died when the tank heater broke 🐟 rip",
        "{name} im really sorry about ur cat ❤️ she was the fluffiest",
    ],
    ("safety_talk", "h32_what_miss_said_online"): [
        "we did e-safety today and miss said never share ur password even with friends",
        "if a stranger messages u, screenshot it, block them and tell an adult",
        [
            "OTHER: someone weird added me",
            "did u tell ur mum",
            "u should, my mum reported one last year and it got deleted",
        ],
        "my dad put parental controls on the ipad so i cant chat after 7",
        "the police lady came to assembly and talked about not sending pics to people online",
        "remember to take the location off the zine photos before they go on the class blog",
        "if anything online makes u feel weird u can always tell miss or ring childline",
        "we made posters about staying safe online, mine says THINK before u post 💡",
    ],
    ("feelings_ordinary", "h32_nerves_and_boredom"): [
        "im so nervous about presenting the shield, what if i forget my words",
        "bored bored bored its raining and the wifi is off",
        "got so annoyed my dough map cracked i nearly cried",
        "cant sleep, sats tomorrow 😬",
        ["OTHER: u ok", "just grumpy", "my sister keeps getting her way and im sick of it"],
        "kinda sad {name} didnt pick me for her team but whatever ill live",
        "my tummy goes funny every time i think about big school",
        "ugh my haiku is rubbish and ive rewritten it like 10 times",
    ],
    ("history_homework", "h32_plague_battles_and_germs"): [
        "did u know in the black death like a third of people in europe died",
        "for history we have to write about the battle of hastings, harold got an arrow in the eye",
        "the anglo saxons buried their kings in ships, like at sutton hoo",
        [
            "OTHER: what are u doing for RE",
            "easter story",
            "about jesus being crucified and then coming back",
        ],
        "in ww2 kids got evacuated to the countryside so they wouldnt get bombed",
        "science is about germs, like how cholera killed loads of people from dirty water",
        "the vikings raided lindisfarne and killed the monks, we have to do a diary entry",
        "my great great grandad died in the trenches in ww1, im putting his medal in my project",
    ],
}

if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from child_chat_families import check_families, used_before

    names, tasks = used_before(
        "held_out",
        *(f"held_out_{i}" for i in range(2, 32)),
        *(f"train_blind_{c}" for c in "abcdefghijklm"),
    )
    print(check_families(HELD_OUT_32, HELD_OUT_32_NAMES, HELD_OUT_32_TASKS, names, set(), tasks))
