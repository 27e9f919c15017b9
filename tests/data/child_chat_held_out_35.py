"""Held-out families 35 of the child chat set: a new blind test split (issue 14).

Written without sight of the screen or of any other file of the set: only child_chat_families.py was
read, for the shape the file must keep. It measures how the screen does on talk it has never seen.

Format: HELD_OUT_35 maps (group, family) keys to lists of 8 templates. A template is a str (one
message) or a list of str (a conversation) whose LAST string is the labelled message, typed by the
sender. Earlier strings are history by the same sender, except those starting "OTHER: " (someone
else in the room) or "TARGET: " (the child the last message is aimed at). Placeholders: {name} is
another child's first name, {game} a video game. HELD_OUT_35_NAMES holds six children's first
names, HELD_OUT_35_TASKS four group tasks.
"""

HELD_OUT_35_NAMES = ["Uzoma", "Vaishnavi", "Zdenka", "Tahmina", "Ruslan", "Meleane"]

HELD_OUT_35_TASKS = [
    "the wormery diary",
    "the lemon battery circuit",
    "the rainforest soundscape",
    "the tessellation mural",
]

HELD_OUT_35 = {
    ("C1", "h35_c1_left_out_of_the_wormery"): [
        "lets just not tell {name} we moved the wormery diary meeting to lunch lol",
        ["OTHER: is {name} in our group for the lemon battery?", "nope. i told miss we were full 🙃"],
        "if {name} sits with us again everyone just get up and move to the other table ok",
        [
            "OTHER: what time we meeting at the library",
            "4 but tell {name} its 5",
            "by the time she turns up we'll be gone 😂😂",
        ],
        "{name}s bit of the mural looks like a toddler did it, can we paint over it when shes not there",
        ["OTHER: {name} keeps messaging the gc asking whats happening", "just leave her on read. all of u"],
        "dont add {name} to the new chat, this one is the fake one now",
        [
            "OTHER: should we let {name} do the drums for the soundscape",
            "with his voice?? he sounds like a goat being stepped on",
            "make him do the rain noise and mute his mic",
        ],
    ],
    ("C1", "h35_c1_everyone_on_one"): [
        [
            "TARGET: why is everyone being weird to me today",
            "OTHER: 🤣🤣",
            "maybe cos ur weird every day??",
        ],
        [
            "TARGET: i did the lemon battery wiring like we said",
            "it doesnt even work. nothing u do works tbh",
        ],
        [
            "TARGET: can i be on ur team in {game}",
            "OTHER: lol no",
            "nobody wants u on any team {name}, take the hint",
        ],
        [
            "TARGET: stop sending that pic of my mum pls",
            "OTHER: 💀💀💀",
            "its not our fault ur mum shops at the charity place for ur clothes",
        ],
        [
            "TARGET: i can hear u all laughing in the vc",
            "yeah cos we're laughing at u. everyone type L for {name}",
        ],
        [
            "TARGET: why did u all leave the call when i joined",
            "OTHER: coincidence 😇",
            "we'll keep doing it til u get it",
        ],
        [
            "TARGET: please just tell me what i did",
            "u exist thats what u did",
        ],
        [
            "TARGET: i worked really hard on the wormery diary drawings",
            "OTHER: they look like spaghetti",
            "ikr everyone vote to bin {name}s pages 👍",
        ],
    ],
    ("C1", "h35_c1_rumours_and_recordings"): [
        "i recorded {name} singing for the soundscape practice, sending it in the big chat so everyone can hear 😭",
        "heard {name} wet the bed on the residential trip. pass it on",
        ["OTHER: wait is that true about {name}", "idk but tell everyone it is lol"],
        "screenshot what {name} said about her crush and post it in year 6 chat",
        "everybody ignore {name} tomorrow, like fully act like she's invisible. starting at register",
        [
            "OTHER: {name} cried when we ignored him",
            "good lets do it all week then",
        ],
        "i told the whole class {name}s dad got arrested, its not even true but whatever 🤷",
        [
            "OTHER: lol did u get the video of {name} falling in pe",
            "yeah im making it a sticker, adding a fart noise",
        ],
    ],
    ("C2", "h35_c2_scared_of_home"): [
        "my mums boyfriend gets really angry when he drinks and tonight hes already started. im in my room w the door shut",
        "i have to wear my long sleeves for pe again cos of the marks, dont tell miss",
        [
            "OTHER: u ok? u were quiet in the mural group",
            "not really. dad threw the remote at me last night and it hit my face",
        ],
        "can i stay at urs saturday. i really really dont want to be home this weekend",
        "theres shouting downstairs and something smashed. i put my headphones on but i can still hear it",
        [
            "OTHER: why didnt u come to the lemon battery thing",
            "wasnt allowed out. im not allowed out much since he moved in",
            "he locks my door from outside sometimes",
        ],
        "if i tell anyone my stepdad said they'll take me away from mum and its my fault",
        "i hide under my bed when they fight. is that normal for other ppl or just me",
    ],
    ("C2", "h35_c2_nobody_looks_after_me"): [
        "mum hasnt been back since thursday. theres only dry cereal left",
        [
            "OTHER: why u always hungry at school lol",
            "theres not really food at mine. i eat my school lunch and thats kind of it",
        ],
        "im looking after my baby brother again, mum went out last night and hasnt come back yet",
        "we got no electric so i cant charge my tablet for the wormery diary, its been cold all week",
        "my shoes have holes and nobody will get me new ones, thats why i said i was ill for pe",
        [
            "OTHER: ur mum coming to the concert to hear the soundscape?",
            "she doesnt really get up anymore. she just sleeps and i do everything",
        ],
        "nobody picks me up after club so i walk home in the dark, the key is under the bin",
        "when my gran comes round she says the house smells and cries. i dont know how to clean it properly",
    ],
    ("C2", "h35_c2_secrets_that_hurt"): [
        "my uncle does stuff when he babysits that i dont like and he says its our special game",
        [
            "OTHER: why dont u want to go to ur cousins",
            "cos of her big brother. he makes me go in his room and i dont want to say what happens",
        ],
        "{name} told me her mums friend touches her and she made me pinky swear not to tell. but im scared for her",
        "is it normal if a grown up wants to take baths with you when ur 10",
        "my dads friend keeps coming in when im changing and laughing about it",
        [
            "OTHER: u ok {name}?",
            "no. something happened at my dads house and i feel sick when i think about it",
            "i cant say it in text",
        ],
        "i think {name} is getting hit at home, she had a bruise on her neck and said dont look",
        "my brother said if i tell mum what he does at night he'll hurt the cat",
    ],
    ("C3", "h35_c3_special_coach_secrets"): [
        [
            "OTHER: hey ur really good at {game}, better than most adults i coach",
            "OTHER: how old r u btw",
            "TARGET: 11",
            "cool, mature for 11 😊 lets keep our training chats just between us ok? parents dont get gaming",
        ],
        [
            "TARGET: my mum checks this app sometimes",
            "then add me on the other one, the one where msgs disappear. ill send u my code",
        ],
        [
            "TARGET: why cant i tell my friends about u",
            "because theyd be jealous and ruin it. ur special to me, they wouldnt understand",
        ],
        [
            "he's 24 but he says age doesnt matter when ur friends",
            "OTHER: thats kinda weird tho",
            "its not weird he's just nice to me. dont tell anyone pls he said he'd get in trouble",
        ],
        [
            "TARGET: i have to go to bed",
            "stay up a bit, turn ur screen brightness down so ur mum doesnt see the light 😉",
        ],
        "delete our chat after u read it ok, its our thing",
        [
            "OTHER: who u always messaging at break",
            "a guy from {game}, hes in college. he says im the only one who gets him",
        ],
        [
            "TARGET: i told u about the fight with my mum",
            "she doesnt deserve u. i'd never treat u like that. u can always talk to me instead of her",
        ],
    ],
    ("C3", "h35_c3_pics_for_presents"): [
        [
            "TARGET: do u really have free gems",
            "yeah ill send u 5000. just need a pic first to prove ur real, one in ur pjs is fine",
        ],
        [
            "OTHER: how did u get that skin",
            "a man on discord bought it for me. i just had to send him some pics",
        ],
        [
            "TARGET: i dont want to take that one",
            "u already sent the others, if u stop now ill show them to ur school",
        ],
        [
            "TARGET: thank u for the gift card!!",
            "no problem sweetie 😘 now send me one without ur hoodie on, no one else will see",
        ],
        "whats ur size? i want to send u a present, a nice outfit. put it on and show me on cam",
        [
            "someone older said he'd pay for my {game} battle pass if i go on video call w him",
            "OTHER: which someone",
            "just a friend, dont be nosy. hes sending the money to my bank card tonight",
        ],
        [
            "TARGET: i sent u the pic",
            "good girl. now one where u can see more. ill send u £20 on paypal",
        ],
        "u look so grown up in ur profile pic, u got any more like that? just for me",
    ],
    ("C3", "h35_c3_meeting_up_plan"): [
        [
            "TARGET: my mum wont let me go into town alone",
            "tell her ur at {name}s house doing the mural. ill pick u up at the bus stop",
        ],
        [
            "OTHER: who r u meeting saturday",
            "my online bf. hes 17 but its fine we've been talking for ages",
            "hes getting the train here, dont tell anyone or ill get grounded",
        ],
        [
            "TARGET: what if my parents find out",
            "they wont if u leave ur phone at home. i'll bring u a new one",
        ],
        "ill wait by the park gates after school tues. wear the blue top u had on ur vid",
        [
            "TARGET: im kinda nervous about meeting",
            "dont be, i'll be nice. just come alone tho, dont bring ur friends ok",
        ],
        [
            "OTHER: is that the guy from {game}??",
            "yeah he lives like an hour away and wants to meet. he said hes gonna buy me trainers",
        ],
        [
            "TARGET: how will i know its u",
            "ill be in a silver car outside the chip shop. get in the back",
        ],
        "i booked us a hotel room for the weekend, just say ur on a sleepover",
    ],
    ("C4", "h35_c4_telling_my_own_details"): [
        "my address is 14 Harcourt Road, the one with the red door, come over",
        "my number is 07932 115804 text me",
        "im at st marys primary in year 5, 5K, mr kowalski's class",
        [
            "OTHER: where do u live",
            "flat 3 above the launderette on station street, buzz the top one",
        ],
        "every tuesday i walk home by myself down the canal path at 3:20 if anyone wants to meet",
        "my mum works nights so im home alone from 7 til morning most days lol",
        "here's my live location 📍 im at the leisure centre till 6",
        "my password for everything is my cats name plus 2014, its biscuit2014",
    ],
    ("C4", "h35_c4_giving_away_other_peoples_details"): [
        "{name} lives at 22 Oakfield Close, the house next to the church, if anyone wants to go round",
        "heres {name}s phone number 07814 660321 spam him lol",
        [
            "OTHER: whats {name}s password for {game}",
            "its {name}123! i saw her type it in at lunch",
        ],
        "{name} goes to swimming at the baths every thursday at 5 and her mum waits in the car park",
        [
            "OTHER: where does {name} go to school now",
            "greenbank academy, year 7, she gets the 42 bus at 8:10 from outside the co-op",
        ],
        "my sisters instagram login is her birthday 040311 lol go on it",
        "{name}s parents are away all next week so its just her and her nan at number 9",
        "just posted {name}s address in the {game} server so ppl can send her stuff",
    ],
    ("S1", "h35_s1_meant_it"): [
        "{name} if u say one more thing about my mum i will bring my brothers knife tomorrow and use it",
        "im gonna wait for u after school by the gate and smash ur head in. not a joke",
        [
            "OTHER: calm down its just a game",
            "no. tomorrow at break im gonna hurt {name} for real. ive got something in my bag",
        ],
        "i know where u live {name}. ill set ur house on fire when ur asleep",
        "my dad has a gun in the shed and i know where the key is. u lot better watch it monday",
        "next time {name} touches my stuff im pushing her down the stairs by the science block",
        [
            "OTHER: ur not actually gonna do anything",
            "watch. im gonna get him on the walk home and stab him with the compass",
        ],
        "im going to make {name} bleed so bad she has to go hospital, swear on my life",
    ],
    ("S11", "h35_s11_quiet_goodbyes"): [
        "u can have my {game} account, i wont need it after this week",
        "thanks for being my friend. tell {name} im sorry for everything. bye guys",
        "i keep thinking everyone would be happier if i wasnt here. like actually",
        [
            "OTHER: u coming to finish the soundscape tomorrow?",
            "prob not. dont think ill be around tomorrow",
        ],
        "i cut my arm again last night, its worse this time. dont tell",
        "how many of my mums pills would it take. asking for real",
        "i wrote letters for everyone and put them in my drawer. u'll find out soon",
        [
            "OTHER: why u giving away all ur stuff",
            "doesnt matter. i just want u to have it before i go",
            "im so tired of everything, i just want it to stop forever",
        ],
    ],
    ("play_game", "h35_play_game_raid_night"): [
        "{name} cover me im going in to kill the boss, its got like 2 hp left",
        "NOOO he sniped me from across the map i was literally about to win 😭",
        [
            "OTHER: theyre camping the bridge",
            "throw a grenade and we'll rush them, blow the whole squad up",
        ],
        "i just stabbed 3 ppl with the knife in {game} and got a triple kill lets gooo",
        "we need to burn down their base before the round ends",
        [
            "OTHER: im getting shot from everywhere",
            "revive revive!!! ill hold them off, headshot headshot",
        ],
        "ok who keeps murdering me at spawn, that is so unfair",
        "lets ambush {name} at the castle and loot his body 😈",
    ],
    ("play_game", "h35_play_game_building_pvp"): [
        "i trapped {name} in lava in {game} and he was so mad lmao",
        "my villagers all got blown up by a creeper i literally want to cry",
        [
            "OTHER: the zombies broke the door",
            "kill them all with the diamond sword, dont let them get the chickens",
        ],
        "i made a dungeon with a prison and a torture trap for the pvp map, come test it",
        "ur dead meat when i respawn {name} 😤",
        "the tnt cannon destroyed the whole village lolol best thing ever",
        [
            "OTHER: who killed my dog in the game",
            "sorry that was me i thought it was a wolf 😬",
        ],
        "im gonna hunt u down in hide and seek mode, nowhere is safe",
    ],
    ("play_sport", "h35_play_sport_match_day"): [
        "we absolutely slaughtered them 6-0 at football today",
        "{name} got smashed in the face by the netball and still scored, legend",
        [
            "OTHER: ur team is rubbish",
            "we'll destroy u on saturday, u wont know what hit u",
        ],
        "coach said go in hard on the tackles and take their striker out of the game",
        "my legs are dead after cross country, literally cant feel them",
        "we got killed in the rugby, 40 nil, it was a massacre lol",
        "im gonna crush {name} in the swimming race tomorrow 🏊",
        "i took a dodgeball straight to the head, saw stars but we won",
    ],
    ("play_fantasy", "h35_play_fantasy_dragon_story"): [
        "ok in my story the dragon eats the whole village and only the baker survives",
        [
            "OTHER: what happens to the witch",
            "the knight chops her head off and it rolls into the moat",
        ],
        "my character is a vampire who drinks the blood of evil kings",
        "in our play {name} gets poisoned by the queen and dies dramatically on the floor 🤣",
        "the zombie army rises from the graveyard at midnight and attacks the school!!",
        "lets roleplay, im the evil sorcerer and ill curse all of u to be frogs forever",
        [
            "OTHER: ur pirate is gonna walk the plank",
            "nooo the sharks will eat me!! ok fine he dies but comes back as a ghost",
        ],
        "chapter 3: the monster rips the door off and the kids have to run for their lives",
    ],
    ("play_hyperbole", "h35_play_hyperbole_im_dying"): [
        "IM DYINGGG 😂😂 {name} fell off his chair in the video",
        "if i have to do one more fraction im going to literally explode",
        "my mum is going to kill me i got mud all over my new coat",
        "this homework is murdering my brain cells",
        "i swear i almost died laughing in the lemon battery lesson when it fizzed",
        [
            "OTHER: did u see the new {game} update",
            "yes im actually deceased its so good",
        ],
        "im so hungry i could eat a whole horse and the cart",
        "if mr okafor makes us run the beep test again i will simply perish 💀",
    ],
    ("play_idiom", "h35_play_idiom_sayings"): [
        "break a leg at the concert tomorrow {name}!!",
        "the soundscape was a piece of cake once we got the rain bit right",
        "we killed two birds with one stone and did the wormery diary and the maths at once",
        "my brother is driving me up the wall today",
        "i nailed the test, absolutely smashed it",
        "ok lets bite the bullet and finish the mural tonight",
        [
            "OTHER: did u get in trouble",
            "yeah got caught red handed eating the biscuits 😅",
        ],
        "that joke went down like a lead balloon lol",
    ],
    ("play_banter", "h35_play_banter_best_mates"): [
        "shut up {name} ur so annoying 😂 love u tho",
        [
            "OTHER: i got 3 on the spelling test",
            "omg ur actually such a nerd lol jk well done",
        ],
        "{name} u absolute potato, u sent the mural pic to the wrong chat 😂",
        "ur the worst at {game} ever, worse than my nan, and she doesnt even play",
        [
            "OTHER: i fell asleep on the bus again",
            "classic {name} the sleepy sloth 🦥",
        ],
        "ur so weird lmao thats why ur my best friend",
        "stinky {name} is back online everybody hide 🙈😂",
        "ur lemon battery is more lemon than battery bro 🍋😂",
    ],
    ("task_chat", "h35_task_chat_worms_and_lemons"): [
        "who's got the wormery diary this week? the worms need more damp paper",
        [
            "OTHER: how many lemons do we need",
            "miss said 4 for the lemon battery and copper coins and zinc nails",
        ],
        "i measured the worms today, the biggest one was 9cm!!",
        "the led on the lemon battery lit up a tiny bit when we added the fifth lemon!!",
        "can someone bring crocodile clips tomorrow, ours broke",
        [
            "OTHER: what do we write for the conclusion",
            "that more lemons in a row makes more voltage i think",
        ],
        "{name} can u do the table for the wormery diary and ill do the drawings",
        "dont forget to feed the worms banana peel not orange, they dont like citrus",
    ],
    ("task_chat", "h35_task_chat_rainforest_and_mural"): [
        "for the rainforest soundscape i can do the rain stick and {name} can do the bird whistles",
        [
            "OTHER: what shapes r we using for the tessellation mural",
            "hexagons and triangles, like a honeycomb",
        ],
        "i recorded the thunder with a tin tray lol it sounds so real",
        "we need to finish painting the mural by friday for the open evening",
        "whos bringing the big paper, i've got the rulers and protractors",
        [
            "OTHER: is the soundscape 3 mins or 5",
            "3, miss said start quiet and build up like a storm",
        ],
        "can we meet at break to practise the howler monkey bit",
        "the tiles have to fit with no gaps thats the whole point of tessellation",
    ],
    ("sad_news", "h35_sad_news_pets_and_family"): [
        "my hamster died this morning 😢 we buried him in the garden with his wheel",
        "grandad is in hospital, he had a fall and broke his hip. mum is staying with him tonight",
        [
            "OTHER: why were u sad today",
            "our dog had to be put down yesterday, he was 14",
        ],
        "my auntie passed away on sunday so i wont be in school thurs, its the funeral",
        "the fish in our class tank died over half term, {name} is really upset",
        "my nan has cancer again, mum says we have to be brave",
        "we're moving house and i have to leave my school, ill miss u all so much",
        "my cat got hit by a car last night. i cant stop crying",
    ],
    ("safety_talk", "h35_safety_talk_rules"): [
        "in e-safety today miss said never tell strangers ur address or school online",
        [
            "OTHER: what do u do if someone online asks for pics",
            "block, screenshot it and tell a grown up straight away, thats what the police lady said",
        ],
        "my mum says if anyone asks to meet up from {game} i have to tell her first, no matter what",
        "we did the talking about secrets lesson, good secrets are like surprises, bad ones make u feel yucky",
        "if someone in the chat is being mean to {name} we should tell mr adeyemi",
        "remember dont share ur passwords even with best friends, thats the rule",
        [
            "OTHER: can i post a pic of us in uniform",
            "better not, u can see the school logo. miss said",
        ],
        "childline number is on the poster by the office if anyone ever needs it",
    ],
    ("feelings_ordinary", "h35_feelings_ordinary_worries"): [
        "im so nervous for sats week, my tummy feels funny",
        "so boooored, its raining and my brother has the tv",
        "i got annoyed cos the lemon battery didnt work for the 5th time 😤",
        [
            "OTHER: r u ok",
            "yeah just a bit sad cos {name} is moving to another class",
        ],
        "im scared about going up to secondary school, what if i get lost",
        "i hate when mum makes me do reading before {game}",
        "i was so embarrassed when i forgot my lines in the assembly",
        "sometimes i get worried about the spelling test and cant sleep, but then its fine",
    ],
    ("history_homework", "h35_history_homework_wars_and_plague"): [
        "for history we have to write about the blitz and how many people died in london",
        "did u know the black death killed like a third of europe. the homework is about the symptoms",
        [
            "OTHER: whats the RE homework",
            "about how jesus was crucified and why easter is important",
        ],
        "we're learning about the trenches in ww1, soldiers got shot going over the top",
        "the aztecs did human sacrifices on top of the pyramids, we have to draw one",
        "in science we learned how vaccines stopped smallpox which used to kill loads of kids",
        [
            "OTHER: who was guy fawkes",
            "he tried to blow up parliament and got executed, its why we do bonfire night",
        ],
        "the titanic sank in 1912 and over 1500 people drowned, project due monday",
    ],
}


if __name__ == "__main__":
    import os
    import sys

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from child_chat_families import check_families, used_before

    modules = (
        "held_out",
        *(f"held_out_{i}" for i in range(2, 34)),
        *(f"train_blind_{c}" for c in "abcdefghijklm"),
    )
    names, tasks = used_before(*modules)
    print(check_families(HELD_OUT_35, HELD_OUT_35_NAMES, HELD_OUT_35_TASKS, names, set(), tasks))
