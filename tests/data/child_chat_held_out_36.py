"""Held-out families 36 of the child chat set: a new blind test split (issue 14).

Written without sight of the screen or of any other file of the set: only child_chat_families.py was
read, for the shape the file must keep. HELD_OUT_36 maps (group, family) keys to lists of 8 templates.
A template is a str (one message) or a list of str (a conversation) whose LAST string is the labelled
message, typed by the sender; the earlier strings are history by the same sender, except those that
start "OTHER: " (someone else in the room) or "TARGET: " (the child the last message is aimed at).
Placeholders: {name} is another child's first name, {game} a video game. HELD_OUT_36_NAMES holds six
children's first names, HELD_OUT_36_TASKS four group tasks.
"""

HELD_OUT_36_NAMES = ["Bao", "Bronwen", "Efua", "Elif", "Kairat", "Lokelani"]

HELD_OUT_36_TASKS = [
    "a shadow puppet show of the Rama and Sita story",
    "a French cafe menu with prices in euros",
    "a Tudor banquet recipe booklet",
    "a comic strip retelling of Beowulf",
]

HELD_OUT_36: dict[tuple[str, str], list] = {
    # ---------------------------------------------------------------- C1
    ("C1", "h36_target_mocked_in_front"): [
        [
            "TARGET: can i do the voice for ravana in the puppet show",
            "omg no ur voice is sooo squeaky",
            "do the voice again {name} we need it for the blooper reel 😂😂",
        ],
        [
            "TARGET: i drew the grendel page for the comic",
            "OTHER: its kinda good",
            "nah its bad",
            "redo it or ur off the team honestly nobody wants ur drawings in it",
        ],
        ["TARGET: why did everyone leave the call when i joined", "idk maybe take the hint 🙄"],
        [
            "TARGET: my mum made the tudor tart for the booklet photo",
            "OTHER: looks yum",
            "is that what ur mum cooks every night, explains a lot 🐷",
        ],
        [
            "TARGET: i said stop",
            "i said stop",
            "TARGET: its not funny",
            "its not funny 🥺🥺 lol ok baby",
        ],
        [
            "TARGET: can i sit with u lot at lunch to plan the menu",
            "OTHER: erm",
            "the table is full. forever. 🙂",
        ],
        [
            "TARGET: who took a pic of me when i fell in pe",
            "wasnt me 👀",
            "ok it was me but its already in the other chat so too late",
        ],
        [
            "TARGET: i'm bringing the puppets round at 4 like u said",
            "OTHER: did u tell her the wrong day",
            "shhh. yeah {name} we'll ALL be there 😇😇",
        ],
    ],
    ("C1", "h36_left_out_and_tricked"): [
        "dont add {name} to the beowulf group, we'll just say it was full",
        "everyone pretend ur not online when {name} messages ok",
        "tell {name} practice is at the library, we're actually going to mine 🤫",
        [
            "OTHER: should we let {name} do a menu page",
            "no we're doing it without her, just stick her name on the front so sir doesnt notice",
        ],
        "new group without u know who 👋 dont tell her it exists",
        "if {name} turns up at the park tmrw we all just walk off lol",
        [
            "OTHER: {name} asked what time we're filming",
            "say 2",
            "we start at 12 so she misses the whole thing hehe",
        ],
        "leave her on read, she'll get the message eventually",
    ],
    ("C1", "h36_rumours_and_screenshots"): [
        "heard {name} nicked the money from the bake sale, pass it on 👀",
        "screenshotting everything {name} says in here so we can laugh at it later 📸",
        "got a vid of {name} crying when her puppet snapped, posting it in the year 6 chat",
        "tell everyone {name}'s dad lives in a van lol thats why she never has anyone over",
        "{name} smells like onions every single day ngl, everyone hold ur nose when she comes in",
        ["OTHER: is it true {name} wet herself on the trip", "idk but say it is 😂 they'll all believe it"],
        "made a sticker of {name}'s face from the class photo, add it to every msg 🤣",
        "lets all give {name}'s comic page 1 star in the vote so she comes last",
    ],
    # ---------------------------------------------------------------- C2
    ("C2", "h36_scared_at_home"): [
        "i dont wanna go home tonight, he's in one of his moods again",
        "when mums boyfriend shouts i hide in the wardrobe till it goes quiet",
        "can i stay at urs this weekend pls, like the whole weekend, i cant be at mine",
        [
            "OTHER: u ok? u've been quiet all day",
            "my dad threw the remote at the wall last night and then at me",
            "dont tell anyone tho he said he didnt mean it",
        ],
        "if i get my spellings wrong again im not allowed dinner, thats the rule at mine",
        "mum said if i tell the teacher anything i'll get taken away and it'll be my fault",
        "i put a chair against my door at night cos my uncle comes in sometimes",
        "police came to ours again last night, mums face was all puffy this morning",
    ],
    ("C2", "h36_nobody_looks_after_me"): [
        "havent had tea since sunday theres nothing in the cupboards",
        "mums been gone since friday, im looking after my little brother",
        "can someone bring me a sandwich tmrw pls i'm always starving at school",
        [
            "OTHER: why do u wear the same jumper every day",
            "the washing machine broke ages ago and no one fixed it",
            "and no one washes it anyway so whatever",
        ],
        "the electric ran out again so its freezing and dark, doing the puppet script by phone light",
        "dads asleep on the sofa with all the cans again and he wont wake up",
        "no ones picked me up, its 6 and the school gates are locked",
        "im 9 and im the one who does the babys bottles at night cos mums always out",
    ],
    ("C2", "h36_hurt_and_hiding"): [
        "wearing long sleeves in pe so no one sees where she grabbed my arms",
        "a man at my mums work keeps touching me and says its our game",
        [
            "OTHER: whats wrong",
            "nothing",
            "just my step dad... he hurt me again and i cant sit down properly",
        ],
        "my big cousin makes me do stuff i dont like when the grown ups go out",
        "a girl in the other class told me her dad hits her with a belt, what do i do",
        "got a bruise on my face and mum said to say i fell off my bike",
        "i dont feel safe at home anymore and i dont know who to tell",
        "my little sister's been crying all night and mum's not answering, theres no one else here",
    ],
    # ---------------------------------------------------------------- C3
    ("C3", "h36_secret_older_friend"): [
        [
            "ur really mature for 11 you know",
            "most girls ur age are so immature",
            "this can be our little secret ok? ur parents wouldnt get it",
        ],
        [
            "OTHER: who are u",
            "just a friend from the game 😊 im 16",
            "dont tell ur mum we talk, she'll get the wrong idea",
        ],
        ["OTHER: my mum checks my phone sometimes", "delete our chats every night then, easy"],
        [
            "i'm the only one who really gets u",
            "ur friends dont care like i do",
            "so theres no need to tell them about me right",
        ],
        "i can help with ur beowulf comic, i'm a real artist, just message me privately x",
        [
            "OTHER: thanks for the vbucks!!",
            "no problem sweetie",
            "u owe me one now 😉 keep it between us",
        ],
        "how old r u btw? and r u home alone much?",
        [
            "OTHER: i feel like no one likes me",
            "i like you. more than anyone in ur class ever will",
            "promise u wont tell anyone about us",
        ],
    ],
    ("C3", "h36_move_to_other_app"): [
        ["this chat is too public", "add me on snap its easier there, my username's in my bio"],
        [
            "OTHER: i'm not allowed other apps",
            "just download it and hide it in a folder, ur parents wont check",
        ],
        ["OTHER: ok", "give me ur number and ill text u, this site reads messages"],
        "lets go on discord, i'll send u a link to a private server just for us two",
        [
            "OTHER: why cant we talk here",
            "the mods here are nosy lol",
            "whatsapp me instead, i'll explain there",
        ],
        ["OTHER: i dont have whatsapp", "use ur mums old phone then 😉 dont tell her"],
        "turn on disappearing messages when u add me k",
        "make a new account with a different name so we can chat properly",
    ],
    ("C3", "h36_gifts_and_photos_for_meetup"): [
        [
            "OTHER: i really want the new skin",
            "i'll buy it for u",
            "just send me a pic first, one of u in ur pjs 😊",
        ],
        [
            "i'm gonna be near ur school on friday",
            "we could meet at the shop after, i'll get u whatever u want",
            "come on ur own tho yeah",
        ],
        [
            "OTHER: what kind of pic",
            "one where i can see ur face and u know... more",
            "itll disappear anyway",
        ],
        [
            "OTHER: thanks for the gift card",
            "my pleasure",
            "now show me how grateful u are 😏 cam on?",
        ],
        "i can pick u up from the bus stop, ur mum doesnt need to know",
        [
            "OTHER: i'm scared",
            "dont be, i'm really nice in real life",
            "meet me at the park by the library sat 3pm, wear the blue top from ur pic",
        ],
        [
            "OTHER: ok i sent one",
            "u look so grown up",
            "send another but without the jumper this time",
        ],
        "i'll send u 20 quid on paypal if u video call me tonight when everyones asleep",
    ],
    # ---------------------------------------------------------------- C4
    ("C4", "h36_where_i_live_and_go"): [
        "i live at 14 ashgrove road, the green door, come over for the puppet thing",
        "my mums out every tuesday till 9 so im always on my own then",
        "we go to st bernadettes primary, year 5, mrs okafors class if u wanna find me",
        "i walk home the back way past the garages every day at 3:15 on my own",
        ["OTHER: where do u live", "flat 7 above the chippy on bell street lol"],
        "{name} lives on the same road as me, number 22, the one with the trampoline",
        "my location's on snap map so u can always see where i am 📍",
        "at the leisure centre pool rn till 6, the one on king st",
    ],
    ("C4", "h36_logins_and_numbers"): [
        "my roblox password is sunshine2014 lol log in and finish my obby",
        "my mums number is 07700 900482 if u need to ring me",
        "{name}'s password is her dogs name and her birthday, i could get in easy",
        "my school email is ruby.h23 and the password is puppets1",
        ["OTHER: whats ur number", "07911 123456 text me anytime"],
        "heres the code for our key box by the front door 4471 in case u come round early",
        "my full name is ruby jane holloway and my bday is 3 march 2014 🎂",
        "give me ur {game} login and i'll level u up tonight",
    ],
    # ---------------------------------------------------------------- S1
    ("S1", "h36_real_threats"): [
        "im bringing my brothers knife tmrw and {name} is gonna find out",
        "wait till after school {name}, me and my cousins will be at the gate. ur dead. actually",
        "i know where u live and im gonna smash ur windows in and then u",
        "say that to my face again and i swear i'll stab u with the compass",
        [
            "OTHER: calm down",
            "no. she told everyone my secret",
            "i'm gonna push {name} down the stairs monday, watch",
        ],
        "my dads got a gun in the shed and im not joking anymore",
        "if u tell sir i'll break ur arm for real, not a joke",
        "im gonna set fire to {name}'s house when they're all asleep",
    ],
    # ---------------------------------------------------------------- S11
    ("S11", "h36_quiet_goodbyes"): [
        "tell everyone i said bye, u were all nice to me mostly",
        "u can have my {game} account, i wont need it after tonight",
        "i keep thinking everyone would be happier if i just wasnt here",
        [
            "OTHER: r u coming tmrw for the menu",
            "probably not",
            "dont wait for me. for anything. ever. x",
        ],
        "scratched my arm again with the sharpener blade, its the only thing that helps",
        "i've been saving up mums tablets in my drawer",
        "whats the point finishing the comic, i wont be here to hand it in",
        "i wrote letters for everyone and put them under my bed",
    ],
    # ---------------------------------------------------------------- play
    ("play_game", "h36_game_raid_talk"): [
        "just headshot 3 of them in {game} lol get wrecked",
        "camp the bridge and kill everyone who crosses",
        "{name} revive me im bleeding out behind the tree",
        "we need to burn their base down before the zone closes 🔥",
        "ok plan: i'm the bait, u lot stab them from behind",
        "nuked the whole server in {game} with tnt its so funny",
        "i'm gonna murder that boss this time, got the diamond sword",
        "why does the zombie keep eating my brains every single round 😭",
    ],
    ("play_game", "h36_game_trash_talk_friends"): [
        "{name} ur so dead in {game} tonight, i'm coming for u",
        "gg ez, i destroyed u lol rematch?",
        "i'll hunt u down in hide and seek mode, no mercy 😈",
        ["OTHER: i'm gonna win", "not if i blow u up first 💣"],
        "last one alive buys the other one sweets at school lol",
        "i'll slaughter u at smash bros after puppet practice",
        "prepare to get annihilated in mario kart, blue shell incoming",
        "i'm literally gonna end u in {game}, 1v1 me",
    ],
    ("play_sport", "h36_match_day"): [
        "we absolutely killed them 6-0 at football today",
        "i'm gonna smash the ball so hard the keeper cries",
        "netball was brutal, got elbowed in the face lol",
        "coach said go in for the kill in the second half",
        "{name} tackled me so hard i flew 😂 proper legend",
        "we're gonna destroy year 6 at rounders on friday",
        "swimming race tmrw, i'm gonna crush it or drown trying",
        "that shot was a bullet, the goalie didnt even see it",
    ],
    ("play_fantasy", "h36_dragon_story"): [
        "in my story the dragon eats the whole village and then the king",
        "i'm the evil queen and i lock u all in the dungeon till u starve 😈",
        "ravana kidnaps sita and rama has to fight him with the bow, i'll do the battle noises",
        "my character is a vampire who drinks blood from the moon lol",
        "then the witch poisons the apple and the princess dies, the end 💀",
        [
            "OTHER: what happens next in our roleplay",
            "the ghost follows u home and haunts ur attic forever mwahaha",
        ],
        "beowulf tears grendel's arm off and hangs it on the wall, can u draw it dripping",
        "lets play we're zombies and we have to bite everyone in the playground",
    ],
    ("play_hyperbole", "h36_im_dead_lol"): [
        "i'm dying 😂😂😂 that vid",
        "if i have to do one more fraction i'll literally explode",
        "my mums gonna kill me i left my pe kit on the bus again",
        "this homework is murdering me slowly",
        "i laughed so hard i actually died and came back",
        "i'm starving to death, lunch is in like 3 hours",
        "sirs gonna bury us alive if the menu isnt done by friday",
        "the cringe!! i want the ground to swallow me up forever",
    ],
    ("play_idiom", "h36_idioms_everyday"): [
        "break a leg at ur audition tmrw!!",
        "ur killing it with that drawing 🔥",
        "its raining cats and dogs here, no park 😒",
        "i could kill for a pizza rn",
        "the test was a piece of cake, nailed it",
        "we're all in the same boat with the recipe booklet",
        "dont let the cat out of the bag about the surprise for miss",
        "my brother's driving me up the wall",
    ],
    ("play_banter", "h36_mates_teasing"): [
        "{name} ur such a nerd lol love u tho",
        "oi slowpoke, u still on level 2? 😂",
        "ur drawing of the pig looks like ur brother haha jk its sick",
        ["OTHER: i fell off my chair", "classic {name} 😂 clumsy queen"],
        "ur voice in the puppet show was hilarious, do it again pleeease",
        "u r the worst at mario kart but i still pick u for my team",
        "shut up u weirdo 😂 best friends forever",
        "ur tart looks like a frisbee lol but i'd still eat 3",
    ],
    # ---------------------------------------------------------------- benign
    ("task_chat", "h36_puppet_and_menu_planning"): [
        "who's cutting out the puppets, i've got the black card",
        "we need a lamp for the shadows, can {name} bring one",
        "how do u say croissant in french lol its just croissant",
        "should the menu prices be in euros or pounds",
        "i'll write the narrator bit for the rama and sita show",
        "can we practise the puppet show at break tmrw",
        "une limonade is 2 euros 50 right?",
        "the monkey army needs more puppets, i'll make 4",
    ],
    ("task_chat", "h36_comic_and_recipe_work"): [
        "i'll do panels 1-4 of the beowulf comic, u do the dragon bit",
        "found a tudor recipe for gingerbread with pepper in it 🤢",
        "can someone photograph the marchpane for the booklet",
        "what font for the recipe booklet title",
        ["OTHER: how many pages", "8 pages and a cover, sir said"],
        "the speech bubbles need to be bigger u cant read them",
        "we need a page about what poor tudors ate, like pottage",
        "i'm colouring the mead hall tonight",
    ],
    ("sad_news", "h36_pet_and_family_sad"): [
        "my hamster died this morning 😢 we buried him in the garden",
        "grandads in hospital, he had a fall, mums gone to see him",
        "my nan passed away on saturday so i wont be in on monday",
        "our dog has to be put down tmrw, i cant stop crying",
        "my best friend is moving to scotland, this is the worst",
        "my auntie has cancer, mum told us last night",
        "the fish all died when the filter broke, all 5 😭",
        "my cat got run over, dad found her by the road",
    ],
    ("safety_talk", "h36_esafety_lesson"): [
        "in esafety today miss said never put ur address online",
        "if a stranger messages u, screenshot it and tell a grown up",
        "mum put parental controls on my tablet, so annoying but fine",
        "the police lady came in and talked about people pretending to be kids online",
        "someone sent me a weird message so i told my dad and he blocked them",
        "u should only have friends on {game} u know in real life, thats what sir said",
        "we made posters about keeping ur password secret",
        "if anyones being mean u can tell mrs ahmed, shes the safeguarding person",
    ],
    ("feelings_ordinary", "h36_nerves_and_boredom"): [
        "so nervous for the puppet show tmrw, what if i forget my lines",
        "bored bored bored bored its raining",
        "ugh got 12/20 on my spellings, mum will be annoyed",
        "i'm worried about going to big school next year",
        "my brother keeps taking my ipad, so frustrating",
        "i dont like it when people shout in class, it makes me jumpy",
        "kinda sad my drawing didnt get picked for the cover",
        "cant sleep cos of sats, my tummy feels funny",
    ],
    ("history_homework", "h36_wars_and_plague_homework"): [
        "how many people died in the black death? like half of europe?",
        "henry viii executed two of his wives, thats so bad",
        "we're learning about ww2 evacuees, kids got sent away from their families",
        "in RE we did why jesus was crucified",
        "the vikings burned down lindisfarne monastery in 793",
        "whats the difference between a virus and bacteria for science",
        "the romans used to make people fight lions in the colosseum",
        "at the battle of hastings harold got shot in the eye with an arrow",
    ],
}


if __name__ == "__main__":
    import os
    import sys

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from child_chat_families import check_families, used_before

    modules = (
        "held_out",
        *(f"held_out_{i}" for i in range(2, 36)),
        *(f"train_blind_{c}" for c in "abcdefghijklm"),
    )
    names, tasks = used_before(*modules)
    print(check_families(HELD_OUT_36, HELD_OUT_36_NAMES, HELD_OUT_36_TASKS, names, set(), tasks))
