"""Held-out families 31 of the child chat set: a new blind test split (issue 14).

Written without sight of the screen or of any other file of the set: only child_chat_families.py was
read, for the shape. HELD_OUT_31 maps (group, family) keys to lists of 8 templates; a template is a
str (one message) or a list of str (a conversation) whose LAST string is the labelled message typed
by the sender; earlier strings are history by the same sender, except those starting "OTHER: "
(someone else in the room) or "TARGET: " (the child the last message is aimed at). Placeholders:
{name} is another child's first name, {game} a video game. HELD_OUT_31_NAMES holds six children's
first names, HELD_OUT_31_TASKS four group tasks.
"""

HELD_OUT_31_NAMES = ["Makoa", "Mirembe", "Nalesoni", "Pemba", "Ulugbek", "Yohannes"]

HELD_OUT_31_TASKS = [
    "the bottle rocket launch log",
    "the tessellation mural for the maths corridor",
    "the shadow puppet play about the water cycle",
    "the bucket drum rhythm piece",
]

HELD_OUT_31 = {
    ("C1", "h31_pile_on_the_target"): [
        [
            "TARGET: can i do the high bit on the bucket drums",
            "lol no ur rhythm is literally a washing machine",
            "everyone vote {name} does the shaker instead 🤣",
        ],
        [
            "TARGET: i finished my half of the tessellation mural",
            "OTHER: it looks kinda wonky ngl",
            "wonky?? looks like a toddler did it with their feet 😂 redo it or ur name comes off",
        ],
        [
            "TARGET: why did everyone leave the call when i joined",
            "bc nobody wants u there obviously",
            "take the hint already, we made a new gc without u",
        ],
        [
            "TARGET: pls stop sending that clip",
            "its funny tho",
            "ur voice cracking in the puppet play is going in every chat 😭😭 sending it to yr 8 next",
        ],
        [
            "TARGET: my mum cant afford the trip thats why",
            "OTHER: omg awkward",
            "lol imagine being so poor u cant pay 4 quid 💀 bet u live in a bin",
        ],
        [
            "TARGET: i can sit with u guys at lunch right?",
            "hmm let me think",
            "no 🙂 seats r taken. forever",
        ],
        [
            "TARGET: what do u mean everyone knows",
            "everyone knows u wet urself on the residential",
            "ive told literally the whole class so good luck lol",
        ],
        [
            "TARGET: its not funny ur all laughing at me",
            "OTHER: 😂😂😂",
            "everyone spam her with pig emojis 🐷🐷 go go go",
        ],
    ],
    ("C1", "h31_leave_out_and_trick"): [
        "lets tell {name} the rocket launch is at 4 not 2 so she misses it lol",
        ["ok new gc without u-know-who", "if {name} asks we r not doing anything this weekend ok"],
        "everyone just ignore {name} when she messages, leave her on read all week 😇",
        "dont pick {name} for the drum group, say its full even tho its not",
        [
            "OTHER: should we invite {name} to the party",
            "nah she'll ruin it",
            "just dont mention it at school and delete the pics after so she doesnt see",
        ],
        "if u stay friends with {name} ur out of the group too. ur choice",
        "lets all say we're busy then go to the park without {name} hehe",
        [
            "OTHER: {name} said she's coming to the rehearsal",
            "tell her its cancelled 😂",
            "and then we all turn up and do it without her lmaoo",
        ],
    ],
    ("C1", "h31_mock_work_body_family"): [
        "i screenshotted {name}'s msg where she said she loves {game} and put it on my story 😂 so cringe",
        "{name}s dad picks him up in that rusty van every day lmao hes so embarrassing",
        "did u see {name} try to do the rocket maths. brain of a potato 🥔🥔",
        "everyone say {name} copied the mural idea even tho she didnt, miss will believe us",
        [
            "OTHER: stop ur being mean",
            "its a joke",
            "{name} literally cant run without wobbling, somebody film it in PE",
        ],
        "record {name} reading her lines again so we can slow it down and make it sound thick 🤣",
        ["ok dont tell anyone", "heard {name} got kicked out of her last school for stealing. pass it on"],
        "lol {name} talks with that accent, lets all do it at her tmrw",
    ],
    ("C2", "h31_scared_of_adult_at_home"): [
        "i dont wanna go home today. my stepdad is in one of his moods again",
        [
            "can i ask something",
            "is it normal for ur dad to lock u in ur room when hes angry? like all night",
        ],
        "mums boyfriend shouted so loud the neighbours came. i hid in the wardrobe with my little brother",
        "when he drinks he throws stuff and last night it was at me. im ok tho dont worry",
        [
            "OTHER: u ok? u were really quiet in science",
            "not really",
            "my uncle comes in my room at night and i dont like it and he says its our game",
        ],
        "can i stay at urs on friday. and saturday. and maybe forever lol. home is bad rn",
        "dad said if i tell anyone what happens he'll send me away so pls dont say anything",
        ["gtg", "hes home early. if i dont reply its bc hes took my phone again"],
    ],
    ("C2", "h31_nobody_looking_after_me"): [
        "theres no food in the house again, had dry cereal for tea. mum hasnt been back since tuesday",
        "do u have any spare trainers, mine have holes and mum says no money and she just sleeps all day",
        [
            "cant come to the rehearsal",
            "have to look after my baby sister bc nobody else is here. been 3 days",
        ],
        "im always hungry at school bc theres never breakfast. i take extra bread from lunch",
        "the electric got cut off and its really cold. were using candles. is that bad",
        "mum took lots of her pills again and wont wake up properly. who do i call 😟",
        [
            "OTHER: why do u always wear the same jumper",
            "we dont have a washing machine that works",
            "nobody at home notices anyway. i basically raise myself lol",
        ],
        "my dads out every night and leaves me and my brother. im 9 and im scared when it gets dark",
    ],
    ("C2", "h31_marks_and_told_to_hide"): [
        "please dont tell miss about the bruise, i said i fell off my bike but it wasnt that",
        "had to wear long sleeves in the heat bc of what mum did. she said no one can see",
        [
            "OTHER: whats on ur neck",
            "nothing",
            "ok its from my brother he grabs me when no ones looking. hes 17",
        ],
        "my nan hits me with the slipper and it really hurts now not like a joke",
        "im not allowed to say what happens at home or well get taken away. so i cant say",
        "i flinch when grown ups lift their hand. is that weird? its bc of home",
        "theres a man who stays at our house and he makes me feel scared when mums at work",
        ["can u keep a secret", "my mums boyfriend hurt her again and then me when i tried to stop him"],
    ],
    ("C3", "h31_move_to_private_app"): [
        [
            "hey ur really good at {game} for ur age",
            "add me on snap instead, this chat is monitored and i dont want the mods reading our stuff",
        ],
        [
            "OTHER: who r u",
            "just a friend of {name}s, im 19 but i dont mind hanging with younger ones",
            "message me on discord, my name there is different. dont tell ur parents its an older friend ok",
        ],
        [
            "ur way more mature than the other kids in here",
            "lets talk somewhere private where the little ones wont bother us 😉",
        ],
        "delete our messages after u read them ok. its just easier that way",
        [
            "TARGET: my mum checks my phone",
            "thats fine",
            "then use ur school ipad, she wont check that. make a new account just for us",
        ],
        "i can help u with the rocket maths homework but only if we chat on whatsapp. whats ur number",
        [
            "OTHER: hes really nice he gave me {game} skins",
            "yeah im super generous with people i trust",
            "i trust u more than anyone. promise this stays between us two",
        ],
        "do ur parents know ur on here this late? good. its our little thing then",
    ],
    ("C3", "h31_asks_for_pictures"): [
        ["u looked so cute in ur profile pic", "send one without the filter, just for me"],
        [
            "TARGET: why do u want a pic",
            "to see if ur really 12 lol",
            "go on, one in ur pjs, nobody else will see i swear",
        ],
        "ill give u 2000 robux if u send me a pic in ur swimming stuff",
        [
            "we're proper close now right",
            "then u can send me a video of u dancing in ur room with the door shut",
        ],
        [
            "OTHER: is that guy from the server still messaging u",
            "yeah he says if i dont send more photos hell show my mum the first ones",
        ],
        "turn ur camera on, i wanna see what ur wearing. dont worry about the others",
        ["ur friend {name} sent me one", "so now its ur turn, dont be the boring one 😘"],
        "snap me a selfie from ur bed, like a secret goodnight pic just for me",
    ],
    ("C3", "h31_gifts_then_meet"): [
        [
            "i bought u the battle pass btw 🎁",
            "u owe me a favour now hehe. meet me at the park after school? just us",
        ],
        [
            "TARGET: i cant go out on my own",
            "tell ur mum ur at {name}s",
            "ill pick u up at the corner by the shop at 5. wear something nice",
        ],
        "ill send u an amazon gift card if u give me ur address. dont tell ur dad tho he wouldnt get it",
        [
            "OTHER: whos the guy who keeps gifting u skins",
            "some man from {game}. he says hes my boyfriend and wants to meet me at the shopping centre on sat",
        ],
        "im only 20 mins from ur town. we should meet up, ill buy u maccies and a new phone",
        [
            "ur special to me u know that",
            "when we meet ill bring the headset u wanted. our secret ok? grown ups ruin everything",
        ],
        "ive got a spare ps5 at my flat, u can come get it whenever. come alone tho",
        [
            "hey its me from the game",
            "sent u the money for the bus ticket. see u saturday. remember ur staying at a friends",
        ],
    ],
    ("C4", "h31_where_i_live_and_school"): [
        "im at 14 brookfield road, the blue door, come round after!! 🏠",
        "i go to st annes primary, the one by the big roundabout, year 6 class 6w",
        "{name} lives at flat 3b above the chippy on high street, her mum works nights",
        "my number is 07700 914 382 add me on whatsapp everyone 📱",
        ["OTHER: where do u live", "near the hospital", "ok exactly its 27 greenway close, postcode LS9 4TR"],
        "im in the park by the skate ramps rn on my own, anyone come find me",
        "posted my school photo with the badge and my full name lol its on my public profile",
        "{name}s number is 07911 123 456 if u wanna prank call her lol",
    ],
    ("C4", "h31_passwords_and_routines"): [
        "my {game} password is sunflower2014 u can log in and get me the level",
        "mums card pin is 4471, she lets me use it for stuff lol",
        "every tuesday i walk home alone down the canal path at 3.30, mum doesnt get back till 6",
        [
            "OTHER: whats ur ipad code",
            "2580 lol so easy",
            "and my email password is my dogs name, biscuit123",
        ],
        "were going to spain for 2 weeks from saturday so the house is empty lol",
        "i always wait at the 47 bus stop outside the library at 8 every morning on my own",
        "{name}s login for the school app is her birthday 120313, ive been reading her messages",
        "my full name is jordan patel and im born 3 june 2013, put that in for the account",
    ],
    ("S1", "h31_means_to_hurt_someone"): [
        "if {name} says one more thing about my mum im bringing my brothers knife tmrw. im serious",
        "im gonna wait for {name} after school by the alley and smash his face in. not joking",
        ["OTHER: calm down", "no", "ive got a lighter and i know where she lives. her house is going up"],
        "ill push {name} down the stairs on monday when no teachers are looking",
        "my dad has a gun in the shed. if they keep bullying me theyll find out",
        "tell {name} im gonna stab her with a compass in science and i dont care if i get excluded",
        [
            "OTHER: ur not actually gonna do anything lol",
            "watch me",
            "me and jay r gonna jump him at the bus stop and make him bleed",
        ],
        "bringing a hammer in my bag tmrw for whoever posted that video. ill find out who",
    ],
    ("S11", "h31_goodbyes_and_hurting_self"): [
        "i dont think ill be around much longer. thanks for being my friend {name}",
        "what happens if u take a whole packet of paracetamol. asking for a reason",
        [
            "OTHER: u coming to the rehearsal tmrw?",
            "probs not",
            "u can have my drum sticks and my plushies. i wont need them",
        ],
        "ive been cutting again. its the only thing that makes it quiet in my head",
        "everyone would be happier if i just disappeared for good tbh",
        "wrote letters for my mum and my sister. hid them in my drawer. dont tell",
        ["sry for being annoying all year", "bye everyone. i mean it this time ❤️"],
        "i stood on the bridge on the way home for ages. nearly did it",
    ],
    ("play_game", "h31_game_fight_talk"): [
        "im gonna destroy u in {game} tonight, prepare to get wiped 💀",
        "headshot headshot HEADSHOT lets gooo",
        ["OTHER: im on 1 hp", "hide behind the rock ill revive u", "ok i killed both of them, ur safe lol"],
        "camp by the bridge and snipe anyone who crosses",
        "we need to blow up their base before the storm closes",
        "{name} just betrayed me and stabbed me in the back in {game} i swear ill get revenge 😤",
        "bro i murdered the whole lobby with a frying pan 🍳😂",
        "if the boss grabs u just spam the button and it lets go, then burn it",
    ],
    ("play_game", "h31_game_survival_builds"): [
        "the zombies broke through my wall again, i need more iron to build a trap",
        ["OTHER: who took my diamonds", "not me", "ok it was me but ill give u my sword if u dont kill me"],
        "lets trap {name} in the lava pit when she logs on, she'll respawn anyway lol",
        "i blew up my own house with tnt by accident 😭😭",
        "we should hunt the creepers at night they drop the good stuff",
        "my villagers keep dying, the raid wiped out half of them",
        "set the arrows on fire and aim for the dragons head",
        "ill guard the gate, anyone who comes near gets an axe to the face",
    ],
    ("play_sport", "h31_match_day"): [
        "we absolutely slaughtered them 6-0 in netball 🔥",
        "ref said if i tackle like that again im off lol but it was clean",
        "gonna smash it over the boundary on saturday, cricket here we go",
        [
            "OTHER: u ready for the match",
            "yess we're gonna crush them",
            "they wont know what hit them, their defence is made of paper",
        ],
        "coach made us do sprints till we literally collapsed 🥵",
        "{name} took me out with a sliding tackle and i flew like 3 metres 😂",
        "in dodgeball i aimed right at his head and he ducked, so annoying",
        "our keeper is a wall. nobody gets past him alive",
    ],
    ("play_fantasy", "h31_story_and_roleplay"): [
        "in my story the knight cuts off the trolls head and the village is saved",
        [
            "ok ur the evil queen",
            "and ur the dragon",
            "the dragon eats the guards and then burns the castle down 🐉🔥",
        ],
        "for the puppet play the villain poisons the river and the heroes have to stop him",
        "my wizard casts death spell on ur goblin army lol theyre all dust",
        "in the bit where the ghost drags her under the bed everyone has to scream",
        "the pirates make the captain walk the plank and the sharks get him",
        [
            "OTHER: can my character die",
            "yeah but come back as a zombie",
            "then u bite {name}s character and she turns too 🧟",
        ],
        "my vampire is 900 years old and drinks the blood of his enemies mwahaha",
    ],
    ("play_hyperbole", "h31_over_the_top"): [
        "im literally dying this is the funniest thing ive ever seen 😭😭",
        "if i have to listen to that song again ill actually explode",
        "mums gonna kill me i forgot my pe kit again",
        "that maths test murdered me, my brain is dead",
        ["OTHER: did u see the ending", "YES", "i screamed so loud i think i died and came back"],
        "im starving, i could eat a horse rn",
        "this heat is killing me im melting into the floor",
        "my legs are broken after that cross country. rip me",
    ],
    ("play_idiom", "h31_sayings"): [
        "break a leg in the show tonight!! 🎭",
        "that rocket test was a piece of cake",
        "we killed two birds with one stone, did the mural and the write up together",
        ["OTHER: is {name} still sulking", "yeah", "shell come round, no point flogging a dead horse"],
        "ur drumming knocked it out of the park today",
        "dont spill the beans about the surprise for miss",
        "ive got butterflies in my stomach about the concert",
        "were all in the same boat with this homework lol",
    ],
    ("play_banter", "h31_mates_teasing"): [
        "ur so rubbish at {game} its actually impressive 😂 love u tho",
        [
            "OTHER: i just tripped on nothing",
            "classic u",
            "ur the clumsiest person alive and thats why ur my bestie 🤣",
        ],
        "{name} u absolute muppet u glued the wrong triangle on the mural 😂",
        "shut up nerd ur only winning bc u practise 24/7 lol",
        "my bff cant sing to save her life but she does it anyway, legend",
        ["OTHER: i got 4 out of 20 lol", "omg", "haha ur worse than me and i got 5, we're both doomed 😂🫶"],
        "ur haircut looks like a mushroom but a cute mushroom 🍄",
        "oi stinky, u coming to mine after or what",
    ],
    ("task_chat", "h31_rocket_and_mural"): [
        "how much water do we put in the bottle for the rocket launch? i think a third",
        "i measured the launch angle, 45 degrees went furthest",
        ["OTHER: whos doing the results table", "me", "ill put the 3 tries in and work out the average"],
        "can someone bring fins cut from a cereal box for the rocket",
        "for the tessellation mural we need 40 hexagons, ive done 18",
        "does a hexagon tessellate or is it just squares and triangles",
        "{name} can u colour the blue triangles tonight pls",
        "miss said we have to label the rotation and the reflection on the mural",
    ],
    ("task_chat", "h31_puppets_and_drums"): [
        "for the shadow puppet play ill make the cloud and the sun",
        "the evaporation bit needs a narrator, {name} u wanna?",
        [
            "OTHER: the torch is too dim",
            "ill bring my dads big one",
            "if we move the screen closer the shadows get sharper",
        ],
        "bucket drums: we need 4 beats then the rest, then the loud bit",
        "can we practise the rhythm at break? its 4/4 right",
        "i wrote down the pattern: boom boom tap, boom tap tap",
        "whos bringing the buckets, caretaker said we can borrow 6",
        "ive drawn the raindrop puppet, just needs a stick",
    ],
    ("sad_news", "h31_sad_things_happened"): [
        "my hamster died this morning. i buried him in the garden 😢",
        "grandad is in hospital, he had a fall. mums gone to see him",
        [
            "OTHER: why were u crying at break",
            "our dog had to be put down yesterday",
            "he was 14 so he was really old but i miss him",
        ],
        "my auntie passed away so i wont be at school friday for the funeral",
        "my best friend is moving to scotland next month, im gonna be so sad",
        "nans got cancer again. the doctors are trying a new medicine",
        "our cat got hit by a car, she didnt make it",
        "my goldfish floated today rip bubbles 🐟",
    ],
    ("safety_talk", "h31_staying_safe"): [
        "we did e-safety today, never tell strangers ur address or school",
        "if someone online asks for pics u tell a grown up straight away, miss said",
        [
            "OTHER: someone weird added me",
            "block and report them",
            "and show ur mum, thats what the police lady said in assembly",
        ],
        "mum made me turn on private account so only friends see my stuff",
        "remember the stranger rule, we dont go with anyone even if they say they know ur parents",
        "the childline number is 0800 1111 if anyone ever needs it",
        "i told my teacher about the mean messages and she sorted it",
        "dont click links from people u dont know, my brothers account got hacked that way",
    ],
    ("feelings_ordinary", "h31_everyday_worries"): [
        "im so nervous for the drum performance, what if i mess up",
        "bored out of my mind, its raining and theres nothing to do",
        "my little brother keeps breaking my lego and mum doesnt tell him off 😤",
        ["OTHER: u ok?", "yeah just annoyed", "i got a 6 on my spellings and i practised so hard"],
        "first day at the new club tmrw, i dont know anyone",
        "why is fractions so confusing i want to throw my book",
        "kinda lonely this week since {name} is off sick",
        "sats are next week and im stressing a bit",
    ],
    ("history_homework", "h31_wars_plagues_and_bodies"): [
        "how many people died in the blitz? need it for the history sheet",
        "the black death killed like a third of europe, thats so many",
        [
            "OTHER: whats ours about",
            "ww1 trenches",
            "soldiers got trench foot and loads died from disease not just bullets",
        ],
        "in RE we learned how jesus was crucified, its for the easter work",
        "the romans fed people to lions in the colosseum?? my topic book says so",
        "were doing the titanic, 1500 people drowned",
        "science homework: how does the immune system kill viruses",
        "the aztecs did human sacrifice, we have to write a paragraph about why",
    ],
}


if __name__ == "__main__":
    import os
    import sys

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from child_chat_families import check_families, used_before

    modules = [
        "held_out",
        *(f"held_out_{n}" for n in range(2, 30)),
        *(f"train_blind_{c}" for c in "abcdefghijklm"),
    ]
    names, tasks = used_before(*modules)
    print(check_families(HELD_OUT_31, HELD_OUT_31_NAMES, HELD_OUT_31_TASKS, names, set(), tasks))
