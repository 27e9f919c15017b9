"""Held-out families 38 of the child chat set: a new blind test split (issue 14).

Written without sight of the screen or of any other file of the set: only child_chat_families.py was
read, for the shape. HELD_OUT_38 maps (group, family) keys to lists of 8 templates; a template is a str
(one message) or a list of str (a conversation) whose LAST string is the labelled message typed by the
sender; earlier strings are history by the same sender, except those starting "OTHER: " (someone else in
the room) or "TARGET: " (the child the last message is aimed at). Placeholders: {name} is another child's
first name, {game} a video game. HELD_OUT_38_NAMES holds six children's first names, HELD_OUT_38_TASKS
four group tasks.
"""

HELD_OUT_38_NAMES = ["Galym", "Hine", "Bautista", "Ilona", "Keanu", "Dov"]

HELD_OUT_38_TASKS = [
    "a lolly-stick model of an Anglo-Saxon village",
    "a tourist leaflet for a made-up volcano island",
    "a shadow-puppet show of a Roald Dahl chapter",
    "a tessellation mural for the school corridor",
]

HELD_OUT_38 = {
    ("C1", "h38_left_out_on_purpose"): [
        [
            "OTHER: is {name} doing the puppet show with us",
            "make a new chat without her and just dont add her back 🤫",
        ],
        "tell {name} we're meeting at the library at 4 but actually go to mine at 3 lol",
        ["OTHER: {name} keeps asking why no one replies", "just leave her on read, everyone, its funnier"],
        "if {name} sits with us at lunch tmrw we all get up and move tables ok",
        [
            "OTHER: she did the volcano drawing for the leaflet",
            "we're not using her drawing its embarrasing, just say it got lost",
        ],
        "everyone vote {name} out on the poll lol hes sooo annoying",
        "dont pick {name} for the {game} team she'll cry again 😂",
        [
            "OTHER: whos coming to the cinema sat",
            "everyone except u know who 😏 dont mention it in the main chat",
        ],
    ],
    ("C1", "h38_recording_and_rumours"): [
        "i recorded {name} singing in music, sending it to the chat 💀💀",
        [
            "OTHER: whats that pic",
            "screenshotted {name}s message where she said she likes him, sending it to everyone",
        ],
        "did u know {name}s mum cleans the toilets at the hospital lmaooo thats why she smells",
        "{name} wears the same hoodie every day bc they cant afford another one 🤢",
        ["OTHER: is it true about {name}", "idk but tell everyone anyway its funnier if ppl think its true"],
        "post {name}s bit of the mural, look how bad it is 😭 a baby could do better",
        "his voice is sooo squeaky on the voice notes play it again 🤣🤣 send it to year 8",
        "say {name} got caught nicking stuff from the art cupboard, everyone will believe it",
    ],
    ("C1", "h38_ganging_up_on_the_target"): [
        [
            "TARGET: can someone tell me what part im doing for the leaflet",
            "ur part is leaving",
            "no one wants u here lol",
        ],
        [
            "TARGET: i finished my hexagons for the mural",
            "they look like a toddler did them",
            "TARGET: i tried my best",
            "everyone say what u think of {name}s hexagons 🤮",
        ],
        ["TARGET: why did everyone leave the call", "bc ur there 😂", "we'll make another one u cant join"],
        [
            "TARGET: stop copying my messages",
            "stop copying my messages 🤓",
            "stop copying my messages 🤓🤓 lol everyone do it",
        ],
        [
            "TARGET: pls stop saying that about my dad",
            "what, ur dad that left? 😂",
            "even ur own dad didnt want u",
        ],
        [
            "TARGET: i can hear u all talking about me",
            "no one's talking about u, ur not important enough",
            "OTHER: 😂😂",
            "see even {name} agrees ur a nobody",
        ],
        [
            "TARGET: can i have a turn",
            "no",
            "TARGET: its my turn tho",
            "ur turn is never, go play with the year 3s",
        ],
        [
            "TARGET: who moved my puppet",
            "OTHER: lol",
            "we binned it it was ugly anyway. make a new one at home if u care so much",
        ],
    ],
    ("C2", "h38_scared_of_someone_at_home"): [
        "i dont want to go home today mums boyfriend is in one of his moods",
        ["OTHER: why werent u in school", "had to stay off till the marks on my arm go"],
        "my dad said if i tell anyone what happens at ours hell send me away",
        "can i do the model at urs every day this week i really dont want to be at mine",
        "my uncle comes in my room when everyones asleep and i hate it",
        ["OTHER: u ok?", "not really he threw the remote at me again and my ear is still ringing"],
        "i hide in the wardrobe when they start shouting, is that weird",
        "stepmum locks me out in the garden when im bad, sometimes till its dark",
    ],
    ("C2", "h38_nobody_looks_after_us"): [
        "theres no food in the house again i just had dry cereal for tea",
        "mum hasnt been home since friday, me and my little brother are ok tho",
        ["OTHER: why do u always want to stay at mine", "ur house has heating and dinner lol"],
        "cant come to the library, have to mind my baby sister, mum went out last night and isnt back",
        "no one noticed i didnt go to school for 3 days lol",
        "my shoes have holes and mum says stop moaning, we have no money for the leaflet printing either",
        [
            "OTHER: ask ur mum to sign the trip form",
            "shes asleep again, shes always asleep after drinking, ill just do her signature",
        ],
        "i keep getting told off for being smelly but our washing machine broke months ago and no one fixes it",
    ],
    ("C2", "h38_something_wrong_at_home"): [
        "the police came to ours again last night, i didnt sleep at all",
        "pls dont ring my house, if my dad sees someone messaged me i get in trouble bad",
        "im scared for my mum, he pushed her down the stairs and she told the doctor she fell",
        [
            "OTHER: wanna call on {game}",
            "cant, im in the bathroom with the door locked, theyre smashing stuff downstairs",
        ],
        "my big cousin makes me keep secrets and says its a game but it doesnt feel like a game",
        "is it normal for ur dad to hit u with a belt? asking for a friend",
        "i missed puppet practice bc i had a black eye and mum said say i was sick",
        [
            "OTHER: u've been quiet",
            "stuff at home is really bad and i dont know who to tell, promise u wont say anything",
        ],
    ],
    ("C3", "h38_older_player_with_gifts"): [
        [
            "ur really good at {game} for ur age",
            "how old r u again? im 19 but i dont talk to people my age theyre boring",
            "i can gift u the battle pass if u want, just between us tho",
        ],
        [
            "OTHER: thx for the skin!!",
            "no worries 😊 theres more where that came from",
            "send me a pic of u so i know who im gifting to",
        ],
        "ill buy u the robux but u have to delete our messages after ok",
        [
            "u seem way more mature than the other kids in here",
            "dont tell ur parents about the gifts they wont get it",
        ],
        "want 2000 vbucks? just need a quick selfie first, no one else has to know 😉",
        ["OTHER: who are u", "just a friend of {name}s from {game}", "ur cute btw, whats ur snap"],
        "u can trust me more than ur mum, shes too strict, id never tell on u",
        ["TARGET: my mum checks my phone", "then we keep it secret, ill show u how to hide the app"],
    ],
    ("C3", "h38_move_somewhere_private"): [
        ["this chat has way too many people", "add me on whatsapp its more private, ill give u my number"],
        "lets talk on discord instead, the mods read everything here lol",
        [
            "TARGET: why cant we talk here",
            "bc the adults on this app spy on us, snap deletes itself so its safer",
        ],
        "turn ur camera on in the private call, its just me i promise",
        [
            "OTHER: who r u talking to",
            "a friend 😊",
            "dm me the code for ur private server so we can be alone",
        ],
        "delete this chat after u read it and message me on telegram",
        [
            "u can tell me anything, im not like other grown ups",
            "make a second account ur parents dont know about and add me",
        ],
        "what time do ur parents go to bed? we can video then without anyone bothering us",
    ],
    ("C3", "h38_secret_meetup"): [
        [
            "i live near ur school actually",
            "i could pick u up after the puppet show, dont tell anyone its a surprise",
        ],
        "meet me at the park by the leisure centre on saturday, come on ur own ok",
        [
            "TARGET: i dont know",
            "i thought we were friends?? friends meet up. ill bring the new controller for u",
        ],
        ["im 16 so its basically the same age", "tell ur mum ur at {name}s and come to mine instead"],
        "ill get u a train ticket, just say ur at a sleepover",
        [
            "OTHER: is this ur brother",
            "no im her special friend",
            "she knows ill be waiting outside the gates at 3:15",
        ],
        "dont bring anyone, it has to be our secret or ill get in trouble and so will u",
        [
            "TARGET: i told my friend about u",
            "why would u do that?? delete her messages",
            "if u tell anyone else we cant meet anymore",
        ],
    ],
    ("C4", "h38_address_school_and_number"): [
        "im at 14 ashgrove road, come round after and we'll finish the village model",
        "my number is 07700 912448 text me for the leaflet stuff",
        "i go to st bedes juniors, year 6, mr okafors class, whos near there",
        "my house is the blue door next to the chippy on mill lane u cant miss it",
        [
            "OTHER: where do u live",
            "flat 3b above the pharmacy on kingsway, buzzer doesnt work so just shout",
        ],
        "{name} lives on birch close number 9, go knock for her",
        "{name}s phone number is 07911 334206 spam him lol",
        "our school is the one on cedar lane with the green fence, we finish at 3:20",
    ],
    ("C4", "h38_passwords_and_routines"): [
        "my {game} password is sunnyfox2014 u can log in and farm for me",
        "im home alone every tuesday till 6 bc mum works lates",
        ["OTHER: whats ur ipad code", "1 2 0 8 its my birthday lol"],
        "at the big tesco on the ring road rn with my nan, my location is on on snap map",
        "i walk home through the cut behind the church at half 3 every day on my own",
        "heres {name}s login for the school website, username is her name and password is bluedog1",
        "dad leaves the key under the frog pot by the back door if u wanna come in",
        [
            "OTHER: r u at swimming",
            "ye every thursday at the leisure centre 5 till 6 then i wait outside for my lift",
        ],
    ],
    ("S1", "h38_real_threats"): [
        "im bringing my brothers knife in tomorrow and {name} is getting it at break",
        "i know where u live and im gonna smash ur face in when ur walking home, no teachers to save u then",
        "if {name} tells on me again i swear ill push her down the stairs for real",
        [
            "OTHER: calm down its just a joke",
            "not joking. ill be waiting by the gates, bring ur mates it wont help",
        ],
        "my cousins got a bb gun, we're coming for u saturday",
        "say that again and ill burn ur house down with ur family in it",
        "gonna batter {name} till he cant walk, already told the year 9s to hold him",
        "ill stab u with the compass in art, u better not come in monday",
    ],
    ("S11", "h38_quiet_goodbyes"): [
        "u can have my {game} account, i wont be needing it",
        "thanks for being my friend {name}, i mean it, just remember that ok",
        "i keep thinking everyone would be happier without me in the group",
        ["OTHER: u coming to finish the mural tmrw", "probably not. dont worry about it. bye everyone ❤️"],
        "i did the thing on my arm again with the sharpener blade, its bleeding loads",
        "how many paracetamol would it take, asking for a story",
        "i wrote letters for everyone, theyre in my drawer",
        "i just want to go to sleep and not wake up tbh",
    ],
    ("play_game", "h38_shooter_callouts"): [
        "one shot him!! hes behind the crate finish him",
        "im gonna snipe u from the tower lol ur so dead",
        "{name} throw the grenade NOW theyre all in the shed",
        "bro i just got killed by a guy with a frying pan 💀",
        "HEADSHOT!!! get rekt",
        "camp the stairs and blow them up when they come down",
        "i need a medkit im bleeding out help",
        "lets go murder the boss on {game} after tea",
    ],
    ("play_game", "h38_survival_base_raids"): [
        "we raid {name}s base tonight and burn everything 🔥",
        "i trapped the zombies in lava hahaha they all died",
        "someone stole my diamonds im hunting them down",
        "the creeper blew up my whole house 😭 revenge time",
        "lets kill the ender dragon at 7",
        "i put tnt under his bed on the server lmao",
        "dont trust {name} on {game}, she betrayed me and killed my wolf",
        "starving in hardcore, gonna have to eat rotten flesh",
    ],
    ("play_sport", "h38_match_day_talk"): [
        "we're gonna destroy them on saturday",
        "{name} absolutely murdered that penalty 🔥",
        "coach is gonna kill us if we lose again",
        "i got smashed in the tackle, my leg is dead lol",
        "their keeper got bodied 5-0",
        "we slaughtered year 7 at dodgeball haha",
        "gonna crush u at tennis tomorrow, prepare to die 😤",
        "netball final was a bloodbath, we won by 1",
    ],
    ("play_fantasy", "h38_dragons_and_witches"): [
        "my dragon breathes fire and eats the whole village 🐉",
        "in our puppet story the witch poisons the king and then his ghost comes back for revenge",
        "ok my character stabs the troll with her magic sword then runs",
        "the vampire bites {name}s character and she turns into one too",
        "lets play floor is lava and the sharks are coming",
        "my wizard casts death spell on ur goblin, roll for it",
        "then the pirates make him walk the plank and he gets eaten by the kraken",
        "im the evil queen and im locking u all in the dungeon forever mwahaha",
    ],
    ("play_hyperbole", "h38_literally_dying"): [
        "im literally dying 😂😂 that video",
        "if i have to cut out one more hexagon i will actually explode",
        "my mum is going to kill me i spilt paint on the carpet",
        "this homework is killing me slowly",
        "{name}s joke made me die i cant breathe 💀",
        "im so hungry i could eat a whole horse",
        "id rather die than wear that for the school photo lol",
        "ugh shoot me now, double maths",
    ],
    ("play_idiom", "h38_sayings"): [
        "break a leg at the shadow puppet show tmrw!!",
        "its raining cats and dogs we cant go to the park",
        "that test was a piece of cake",
        "dont let the cat out of the bag about the surprise for miss",
        "im gonna hit the sack, night",
        "we killed two birds with one stone, did the map AND the leaflet",
        "{name} spilled the beans about the party 😤",
        "im over the moon we got a merit for the mural",
    ],
    ("play_banter", "h38_roasting_besties"): [
        "ur so bad at {game} my nan could beat u 😂 love u tho",
        "{name} ur head is so big it has its own postcode lol jk",
        "shut up u weirdo 😂 ur literally my best friend",
        "ur volcano drawing looks like a melted pizza haha its still better than mine",
        "ok loser, see u tmrw 💕",
        "ugh ur so annoying 🙄 anyway wanna call",
        ["OTHER: i fell off my chair again", "classic u, clumsy little goblin 😂"],
        "imagine losing to {name} at uno 3 times, couldnt be me (it was me)",
    ],
    ("task_chat", "h38_village_model_planning"): [
        "whos bringing the lolly sticks for the anglo saxon village",
        "i can do the thatched roofs with straw from my rabbits bag",
        "miss said the village needs a fence or a ditch round it, which one",
        "ill glue the huts if someone paints the base green",
        "{name} can u look up what anglo saxons ate for the info card",
        "we need more pva the bottle ran out",
        "can we meet at the library wednesday lunch to finish it",
        "the longhouse keeps falling over 😭 should we use blu tack",
    ],
    ("task_chat", "h38_leaflet_puppets_mural"): [
        "leaflet needs a map, a weather bit and a things to do bit",
        "whats the name of our volcano island again i forgot",
        "ill type it up if u send me ur paragraph by friday",
        "the shadow puppets need to be black card not paper",
        "whos doing the voice of the bfg? i cant do deep voices lol",
        "for the mural we need triangles AND hexagons, sir said",
        "{name} has the torch for the puppet show right?",
        "can someone check my spellings on the leaflet before we print it",
    ],
    ("sad_news", "h38_sad_things_this_week"): [
        "my hamster died this morning i cried on the way to school",
        "grandad is in hospital with his heart, mums gone to see him",
        "we had to put our old dog to sleep yesterday 😢",
        "my nans funeral is on friday so i wont be at the puppet show",
        "my goldfish was floating when i woke up, rip bubbles",
        "my best friend is moving to scotland in the summer im so sad",
        "auntie had an operation, shes ok but really tired",
        "our cat got hit by a car, dad buried him in the garden",
    ],
    ("safety_talk", "h38_esafety_and_telling"): [
        "we did e-safety today, never share ur password not even with friends",
        "if a stranger messages u on {game} u block them and tell a grown up",
        "mr said to turn off location on snap so i did it",
        "i told my mum about that weird message and she reported it, feel better now",
        "the police lady in assembly said secrets that make u feel bad arent ok secrets",
        "dont click links from people u dont know, it could be a scam",
        "i made my account private like the lesson said",
        "if anyone is being mean in here tell miss or ring the childline number on the poster",
    ],
    ("feelings_ordinary", "h38_nerves_and_meh"): [
        "so nervous for the presentation tmrw my tummy hurts",
        "im soooo bored nothing to do",
        "annoyed the glue gun burnt my finger",
        "im worried ill get the sats answers wrong",
        "feeling a bit sad today dunno why, probably just tired",
        "ugh my sister keeps taking my pens, so frustrating",
        "scared about moving up to big school tbh",
        "i hate when the teacher picks me to read out loud, my face goes red",
    ],
    ("history_homework", "h38_wars_plague_science"): [
        "how many people died in the black death? its for homework",
        "ww2 homework: why did they bomb london in the blitz",
        "the aztecs did human sacrifice?? thats so grim",
        "RE homework is about why jesus died on the cross",
        "science q: how does a virus kill cells",
        "the vikings raided lindisfarne and killed the monks, thats going in our village model story",
        "ww1 trenches had rats and people got trench foot ew",
        "what year did anne frank die, i need it for my poster",
    ],
}


if __name__ == "__main__":
    import os
    import sys

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from child_chat_families import check_families, used_before

    modules = (
        "held_out",
        *(f"held_out_{i}" for i in range(2, 38)),
        *(f"train_blind_{c}" for c in "abcdefghijklm"),
    )
    names, tasks = used_before(*modules)
    print(check_families(HELD_OUT_38, HELD_OUT_38_NAMES, HELD_OUT_38_TASKS, names, set(), tasks))
