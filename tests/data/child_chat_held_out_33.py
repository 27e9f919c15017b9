"""Held-out families 33 of the child chat set: a new blind test split (issue 14).

Written without sight of the screen or of any other file of the set: only child_chat_families.py was
read, for the shape the file must keep. It measures how the screen does on talk it has never seen.

Format: HELD_OUT_33 maps (group, family) keys to lists of 8 templates. A template is a str (one
message) or a list of str (a conversation) whose LAST string is the labelled message, typed by the
sender; earlier strings are history by the same sender, except those starting "OTHER: " (someone else
in the room) or "TARGET: " (the child the last message is aimed at). Placeholders: {name} is another
child's first name, {game} a video game. HELD_OUT_33_NAMES holds six children's first names,
HELD_OUT_33_TASKS four group tasks.
"""

HELD_OUT_33_NAMES = ["Mihaela", "Oluwadamilare", "Paora", "Sunniva", "Xiadani", "Pouya"]

HELD_OUT_33_TASKS = [
    "a pinhole camera made from a shoebox",
    "a fractions board game with home-made dice",
    "a radio drama with kitchen sound effects",
    "a micro:bit step counter",
]

HELD_OUT_33 = {
    ("C1", "h33_left_out_of_the_group"): [
        "dont tell {name} we moved the pinhole camera meetup to break, let them wait in the library lol",
        [
            "OTHER: can {name} be in our radio drama",
            "nah we already have enough ppl",
            "just say the group is full even tho its not",
        ],
        "everyone leave the call when {name} joins 😂 on 3",
        "make a new gc without {name} and dont add them back this time",
        [
            "OTHER: {name} said they finished the micro:bit code",
            "we'll just put our names on it",
            "and say {name} didnt do anything, miss wont know who actually did it",
        ],
        "if {name} sits with us at lunch just all get up and move tables",
        "tell {name} the party is on sunday when its really saturday 🤫",
        [
            "OTHER: {name} keeps asking why nobody answers",
            "keep leaving them on read",
            "its funnier if they think their phone is broken",
        ],
    ],
    ("C1", "h33_mock_and_clip"): [
        "i recorded {name} singing at radio drama practice its so bad im sending it to everyone 💀",
        "screenshot {name}s message before they delete it we can put it on the story",
        "{name}s poster looks like a 4 yr old did it lmaooo shall we tell them",
        "did u hear {name}s mum at pick up, she cant even talk english properly 😂",
        [
            "OTHER: why is {name} always wearing the same hoodie",
            "bc they cant afford another one",
            "someone ask them if they live in a bin lol",
        ],
        "everyone say {name} smells in the chat and see how long til they cry",
        "i heard {name} still wets the bed, pass it on 🤭",
        "put 1 star on {name}s scratch game from all our accounts so they think everyone hates it",
    ],
    ("C1", "h33_pile_on_the_target"): [
        [
            "TARGET: can i join ur team for the micro:bit thing",
            "OTHER: lol no",
            "nobody wants u in it, go find ur own group",
        ],
        [
            "TARGET: why did everyone leave when i came in",
            "bc ur annoying obviously",
            "take the hint 🙄",
        ],
        [
            "TARGET: please stop sending that picture",
            "OTHER: 😂😂😂",
            "make me",
            "its already in 3 other chats anyway",
        ],
        [
            "TARGET: i worked really hard on the sound effects",
            "they sound like a cow being sick",
            "even miss was laughing at u not with u",
        ],
        [
            "TARGET: stop copying my voice",
            "stop copying my voice 🤓",
            "OTHER: 😭😭",
            "say it again squeaky",
        ],
        [
            "TARGET: where is everyone, im at the park",
            "OTHER: hahaha she actually went",
            "we're all at mine, enjoy the rain 😂",
        ],
        [
            "TARGET: who told everyone i cried",
            "OTHER: wasnt me",
            "everyone knows crybaby",
            "why dont u go cry about it some more",
        ],
        [
            "TARGET: i can help with the pinhole camera if u want",
            "we're fine without u",
            "u can hold the box i guess, thats all ur good for lol",
        ],
    ],
    ("C2", "h33_things_at_home"): [
        "cant do the call tonight, mum and her bf are screaming again and i dont want them to hear me",
        "i hate going home on fridays thats when he drinks",
        [
            "OTHER: u ok? u were quiet today",
            "not really",
            "my dad threw the remote at my mum and it hit me instead. i said i fell at school",
        ],
        "i sleep at my nans when its bad at home but she said i cant come this week and idk what to do",
        "if i tell miss will they take me away from my mum? thats what mum said would happen",
        "they locked me in my room all weekend again. still had the micro:bit tho so i did the coding lol",
        "im scared to go home, he said hes gonna sort me out when i get back",
        [
            "OTHER: why do u always wear long sleeves in pe",
            "just cold",
            "ok its not that. its bruises from my step dad, dont tell anyone pls",
        ],
    ],
    ("C2", "h33_hungry_and_on_my_own"): [
        "no ones been home since tuesday, ive been eating dry cereal",
        "can u bring an extra sandwich tmrw, theres no food at mine again",
        "mum didnt come back last night, i had to get my little brother ready for school by myself",
        [
            "OTHER: did u do the fractions homework",
            "no",
            "the electric got cut off so its dark and i cant charge anything, on the library comp rn",
        ],
        "my uniform hasnt been washed in like 2 weeks and ppl say i smell, idk how the machine works",
        "i have to look after the baby every night so i never sleep, mums just out",
        "im not allowed to tell anyone mum leaves us on our own or we'll get taken",
        "my tooth has hurt for months and nobody will take me to the dentist, i just chew on the other side",
    ],
    ("C2", "h33_someone_hurts_me"): [
        "my uncle keeps coming in my room at night and i dont like it",
        [
            "OTHER: why did u go quiet",
            "can i tell u something",
            "my cousins friend made me do stuff and said if i tell hed hurt my dog",
        ],
        "he says its our special game but it doesnt feel like a game",
        "my mums friend keeps touching me when shes not looking and i dont know who to tell",
        "my brother punches me every day and mum says im lying for attention",
        [
            "OTHER: r u coming to the radio drama rehearsal sat",
            "idk if im allowed out",
            "dad says if i go anywhere without asking i get the belt again",
        ],
        "someone at my dads house took pictures of me in the bath and im 11",
        "she hit me so hard theres a lump on my head, is that normal",
    ],
    ("C3", "h33_keep_it_between_us"): [
        [
            "OTHER: who is this",
            "im 14 but i go to college early lol",
            "ur way more mature than the kids in this chat",
            "add me on snap instead, this chat gets checked",
        ],
        [
            "hey {name} i saw ur pinhole camera pics on the class page, ur really talented",
            "dont tell ur parents we talk tho, they wouldnt understand",
            "delete our chat when ur done ok?",
        ],
        "my dms are safer than here, the mods read everything 😉 whats ur number",
        [
            "OTHER: {name} who is that person messaging u",
            "just a friend from {game}",
            "hes 19 but he says age doesnt matter between real friends",
            "he wants me to download another app so nobody can see what we say",
        ],
        [
            "u seem sad lately",
            "i get it, adults never listen",
            "im not like them, u can tell me anything",
            "just keep this between me and u ok, our secret 🤐",
        ],
        "lets move to whatsapp, ill explain why there",
        [
            "ur mum checks ur phone right?",
            "use the hidden vault app i told u about",
            "then she'll never see what we send each other",
        ],
        "im a coach for a {game} youth team, if u want a trial msg me privately, dont mention it in here",
    ],
    ("C3", "h33_gifts_for_pics"): [
        [
            "u still want the battle pass?",
            "i can gift it tonight",
            "just send me a pic first, one in ur pjs, no one else will see",
        ],
        [
            "ur so pretty for 12",
            "send one without the hoodie",
            "ill send 2000 vbucks after",
        ],
        "ill buy u that skin if u turn ur camera on for me, just us",
        [
            "OTHER: did he really send u robux??",
            "yeah 800",
            "he wants a photo of me in my swimsuit now tho as a thank u",
        ],
        [
            "dont show anyone our chat",
            "i sent u a gift card, check ur email",
            "now its ur turn, u know what i want 😘",
        ],
        "show me ur room on cam and ur new outfit and ill top up ur phone",
        [
            "im a modelling scout",
            "we pay kids ur age £50 per photo set",
            "send a few full body ones and ur age so i can check",
        ],
        [
            "u owe me now",
            "i gave u all those gems",
            "if u dont send the pic ill tell everyone what u said",
        ],
    ],
    ("C3", "h33_lets_meet_up"): [
        [
            "we've been chatting for ages now",
            "i could pick u up after school friday",
            "tell ur mum ur at a friends ok",
        ],
        [
            "my friend works at the {game} event in town",
            "i can get u in free",
            "come alone tho, theres only 1 ticket",
        ],
        "which bus stop is nearest ur school? ill wait there with the present 🎁",
        [
            "OTHER: {name} said ur meeting someone from online",
            "shhh",
            "hes 17 and hes taking me to the cinema sat, dont tell my parents",
        ],
        [
            "im actually near ur area this weekend",
            "we should finally meet irl",
            "dont bring anyone, i get shy lol",
        ],
        "if u sneak out at 10 ill be at the end of ur road in a blue car",
        [
            "u trust me right?",
            "after micro:bit club come to the car park round the back",
            "ill bring the headphones i promised",
        ],
        [
            "i think ur really special",
            "grown ups dont get what we have",
            "meet me at the shopping centre sat, just us, leave ur phone at home",
        ],
    ],
    ("C4", "h33_my_own_details"): [
        "my address is 14 Marlow Close, come round whenever lol",
        "my number is 07700 900458 text me",
        "my {game} password is sunflower2014 if anyone wants to do my dailies",
        "i walk home alone down the alley behind Greenfield Primary at 3:15 every day",
        [
            "OTHER: where do u live",
            "flat 6 above the chip shop on Kings Road, green door",
            "mums at work til 7 so im on my own after school",
        ],
        "im at the park on Elm Street rn by the swings, just me",
        "i go to St Aidans year 6, class 6R, im the one in the red coat",
        "my login for the school computers is just my birthday 12/03/2014",
    ],
    ("C4", "h33_other_kids_details"): [
        "{name} lives at 22 Birch Road, the house with the trampoline",
        "heres {name}s number 07700 900213 add her",
        "{name}s password for {game} is their dogs name then 123, i saw it",
        "{name} is home alone every wednesday til 6 bc their mum works late",
        [
            "OTHER: whats {name}s snap",
            "idk but her insta is",
            "lil.{name}.2013 and she posts pics in her school uniform lol",
        ],
        "{name}s dad drives the white van, they live next to the church on Mill Lane",
        [
            "OTHER: where does {name} go to school",
            "Hillside juniors",
            "she walks to the gate by herself at 8:20 every morning",
        ],
        "sending u a screenshot of {name}s passport pic they sent me for the trip lol",
    ],
    ("S1", "h33_means_it"): [
        "im bringing my brothers knife tmrw and {name} is getting it after school",
        "i know where u live {name}. watch ur back walking home",
        [
            "OTHER: ur joking right",
            "no",
            "im going to hit him with a brick properly this time, i mean it",
        ],
        "if {name} snitches again ill stab them in the hand with my compass, im not messing",
        "me and my cousins are gonna jump {name} at the bus stop friday, bring phones to film it",
        "next person who touches my stuff is getting their face smashed in, dead serious",
        [
            "i told u to stop",
            "im gonna burn ur house down while ur sleeping",
            "dont think i wont",
        ],
        "tmrw at break im going to push {name} down the stairs and make it look like an accident",
    ],
    ("S11", "h33_quiet_goodbye"): [
        "thanks for being my friend {name}, i mean it. bye",
        "u can have my {game} account, i wont need it after tonight",
        "ive been cutting again and this time i didnt stop when i should have",
        [
            "OTHER: see u tmrw!",
            "maybe",
            "actually probably not. look after my cat ok",
        ],
        "everyone would be happier if i just wasnt here anymore",
        "how many of my mums pills would it take, asking for real",
        "i wrote letters for everyone, theyre in my desk",
        "dont worry about the radio drama, give my part to someone else. i wont be around",
    ],
    ("play_game", "h33_raid_night"): [
        "im gonna destroy u all in {game} tonight 😈",
        "{name} get in the vent and kill the blue one",
        "HEADSHOT!!! he didnt even see me coming 💥",
        [
            "OTHER: where r u",
            "behind the tower",
            "cover me ill blow up their base",
        ],
        "we need to burn down the enemy village before night comes",
        "i keep dying to that stupid boss, it had like one pixel of hp left",
        "whoever gets the last kill picks the next map lol",
        "lets ambush them at the bridge and steal all their loot",
    ],
    ("play_game", "h33_party_chat_chaos"): [
        "{name} u absolute noob u walked straight into my tnt 💀",
        "im the imposter this time, dont be sus",
        "my dragon just ate ur whole army lmao",
        [
            "OTHER: who took my diamonds",
            "not me 👀",
            "ok it was me, revenge for last time",
        ],
        "ill snipe u from the hill just watch",
        "we got wiped by a squad of 10 yr olds with pickaxes 😭",
        "zombies broke through the door im surrounded send help",
        "gg {name}, u carried, i was dead the whole round",
    ],
    ("play_sport", "h33_match_day"): [
        "we absolutely murdered them 6-0 at football today ⚽",
        "coach said if we dont tackle harder hes gonna kill us lol",
        "got smashed in the face with the netball and im still alive somehow",
        [
            "OTHER: r u playing sunday",
            "yeah",
            "we're gonna crush them, they beat us last time",
        ],
        "{name} took me out with a slide tackle and the ref didnt even see",
        "dodgeball was a bloodbath, i got hit like 7 times",
        "my legs are dead after cross country, i cant walk",
        "we're gonna slaughter year 7 in the rounders final",
    ],
    ("play_fantasy", "h33_dragons_and_ghosts"): [
        "*draws sword* you shall not pass, foul goblin",
        "the witch poisons the kings cup and he falls down dead, thats the end of chapter 2",
        [
            "OTHER: what does my character do",
            "ur a vampire",
            "u bite the guard and steal his keys",
        ],
        "in my story the robot army wipes out the whole city but the cat survives lol",
        "the dragon roasts the knights alive and flies off with the treasure 🐉",
        "ok so in our radio drama the ghost kills the butler in scene 3, ill do the scream",
        "my wizard casts a death curse on ur orc",
        "pretend ur a zombie and im running from u and the floor is lava",
    ],
    ("play_hyperbole", "h33_literally_dead"): [
        "im actually dying 😂😂 {name} that was so funny",
        "if i have to do one more fraction i will literally explode",
        "my mums going to kill me i left my pe kit at school AGAIN",
        "that test nearly killed me fr",
        "im so hungry i could eat a whole horse",
        "this homework is murdering my brain cells",
        [
            "OTHER: did u see the new episode",
            "YES",
            "i screamed so loud i think i died and came back",
        ],
        "if {name} spoils the ending im moving to antarctica forever",
    ],
    ("play_idiom", "h33_sayings"): [
        "break a leg in the concert tonight {name}!!",
        "we killed two birds with one stone, finished the board AND the question cards",
        "that joke went right over my head",
        "ur pinhole camera idea knocked it out of the park",
        "miss said take the practice test with a pinch of salt",
        "its raining cats and dogs here, no park today",
        [
            "OTHER: r we still doing the fractions game",
            "yeah",
            "lets not beat around the bush, we're way behind",
        ],
        "ive got butterflies in my stomach about the show",
    ],
    ("play_banter", "h33_mates_roasting"): [
        "{name} ur drawing looks like a potato with legs 😂 love u tho",
        [
            "OTHER: {name} fell off the chair in maths",
            "HAHA classic",
            "ur so clumsy im buying u a helmet",
        ],
        "shut up nerd 😜 (ur still my bestie)",
        "ur singing is so bad even my dog left the room 🤣 jk ur fine",
        "bro ur aim is worse than my grandmas lol",
        "{name} u smell like cheese and onion crisps, standard",
        "ur laugh sounds like a seal i cant 😂😂",
        [
            "OTHER: who ate all the sweets",
            "{name} obviously",
            "greedy goblin 😂 save me some next time",
        ],
    ],
    ("task_chat", "h33_camera_and_counter"): [
        "whos bringing the shoebox for the pinhole camera",
        "i need tin foil and a pin, does anyone have black paint",
        [
            "OTHER: did the image come out",
            "its upside down!!",
            "miss said thats meant to happen, the light crosses over",
        ],
        "the step counter keeps counting when i just shake it, how do we fix the sensitivity",
        "can u send me the code so i can flash it onto mine",
        "ill do the slides for the step counter, {name} can do the demo",
        "we need tracing paper for the screen at the back of the box",
        "my micro:bit said 4000 steps and i only walked to the kitchen lol, bug somewhere",
    ],
    ("task_chat", "h33_board_game_and_radio_play"): [
        "for the fractions game should landing on a red square mean u lose half ur counters",
        [
            "OTHER: how many cards do we need",
            "like 30?",
            "ill write the 1/4 and 3/8 ones tonight",
        ],
        "whos recording the door creak for the radio drama",
        "i found out crunching cornflakes sounds like walking on snow lol",
        "can we meet in the music room at lunch to practise our lines",
        "{name} can u do the narrator voice, ur good at it",
        "all the dice in my house are lost can someone bring some",
        "i think the board should be a maze and u move by adding fractions",
    ],
    ("sad_news", "h33_sad_bits"): [
        "my hamster died this morning, we buried him in the garden 😢",
        "my grandad is in hospital with his heart, mums gone to see him",
        "wont be on tonight, we have to put our dog to sleep",
        [
            "OTHER: why werent u in today",
            "my nans funeral",
            "it was sad but we had cake after, she wouldve liked that",
        ],
        "my best friend is moving to scotland next month im so sad",
        "our goldfish got eaten by a heron 😭",
        "my aunties cancer came back, everyones been crying a lot",
        "{name}s cat got run over, maybe send her a nice message",
    ],
    ("safety_talk", "h33_esafety_lesson"): [
        "we did e-safety today, never tell people online ur address or school",
        "if someone online asks u to keep secrets from ur parents thats a red flag, tell a grown up",
        [
            "OTHER: someone random added me",
            "block and report them",
            "and tell ur mum, thats what miss said",
        ],
        "the police lady said if someone online asks for pics u screenshot it and tell an adult",
        "our class made posters about strong passwords, mine was about not using ur pets name",
        "mum put parental controls on my tablet after the e-safety letter came home",
        "i told the teacher about the mean messages and she sorted it, glad i did",
        "childline is 0800 1111 if anyone ever needs it, its on the wall by the library",
    ],
    ("feelings_ordinary", "h33_everyday_feels"): [
        "so nervous for my spelling test tmrw",
        "bored out of my mind, its rained all week",
        "im so annoyed my brother broke my lego again",
        [
            "OTHER: ready for the presentation?",
            "no",
            "my hands go all shaky when i talk in front of people",
        ],
        "bit gutted they went to the cinema without me but its ok they said next time",
        "im worried about going up to secondary, its so big",
        "ugh my code wont work and ive tried everything, so frustrated",
        "cant sleep before sports day, too excited",
    ],
    ("history_homework", "h33_wars_and_plague"): [
        "for history we have to write about the black death, like half of europe died",
        "did u know in ww1 soldiers died in the trenches from gas attacks",
        [
            "OTHER: whats the re homework",
            "about easter",
            "why jesus was crucified and what christians believe happened after",
        ],
        "the vikings burned monasteries and killed the monks, its in the chapter we read",
        "our science topic is germs and how cholera spread through dirty water",
        "im doing my project on the blitz, my great gran lived through it",
        "henry viii had two of his wives beheaded, so grim",
        "the romans made gladiators fight to the death for entertainment",
    ],
}


if __name__ == "__main__":
    import os
    import sys

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from child_chat_families import check_families, used_before

    modules = (
        "held_out",
        *(f"held_out_{i}" for i in range(2, 32)),
        *(f"train_blind_{c}" for c in "abcdefghijklm"),
    )
    names, tasks = used_before(*modules)
    print(check_families(HELD_OUT_33, HELD_OUT_33_NAMES, HELD_OUT_33_TASKS, names, set(), tasks))
