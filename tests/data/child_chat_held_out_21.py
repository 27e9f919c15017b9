"""Held-out families 21 of the child chat set: a new blind test split (issue 14).

This is the twenty-first held-out families file of the child chat set. It was written without sight of the
screen or of any other file of the set; only child_chat_families.py was read, for the shape.

Keys are (group, family_name); every family name here starts with "h21_". A template is either a str (a single
message) or a list of str (a conversation). In a conversation the LAST string is the labelled message, typed
by the sender; the earlier strings are history typed by the same sender, except those that start "OTHER: "
(someone else in the room) or "TARGET: " (the child the last message is aimed at).
Placeholders: {name} is another child and {game} is a video game.
"""

HELD_OUT_21_NAMES = ["Nkechi", "Tsering", "Mahlet", "Wanjiru", "Quilla", "Oksana"]

HELD_OUT_21_TASKS = [
    "build a clay model of a silk road caravanserai",
    "paint a scroll map of the monsoon winds",
    "write a shadow puppet play about the printing press",
    "stitch a felt timeline of polynesian star navigation",
]

HELD_OUT_21: dict[tuple[str, str], list] = {
    # ---------------------------------------------------------------- C1: bullying, harassment, exclusion
    ("C1", "h21_pile_on_target_who_spoke_up"): [
        [
            "TARGET: i think we shud use blue for the river part",
            "OTHER: lol who asked",
            "nobody asked u {name} just sit there and be quiet like always",
        ],
        [
            "TARGET: can i be in ur team for {game} tmrw",
            "OTHER: 😂😂",
            "no ur literally the worst player in the whole class, go play with the yr 3s",
        ],
        [
            "TARGET: pls stop posting that pic of me",
            "OTHER: its funny tho",
            "its staying up. everyone already saw it anyway 🤣 cry more",
        ],
        [
            "TARGET: why does everyone keep saying smell to me",
            "bc u do lol",
            "OTHER: fr",
            "even ur desk smells, miss shud move u to the corner",
        ],
        [
            "TARGET: i didnt do anything to u",
            "u exist thats enough",
        ],
        [
            "TARGET: stop copying what i say in a baby voice",
            "OTHER: 'stop copying meee' 👶",
            "stop copying meeee waaa waaa 👶👶 everyone do it",
        ],
        [
            "TARGET: i got 9 out of 10 on the spelling",
            "OTHER: teachers pet alert",
            "nerd. no wonder ur mum is ur only friend",
        ],
        [
            "TARGET: ok im leaving the chat then",
            "OTHER: bye 👋",
            "good dont come back, and dont sit with us at lunch either",
        ],
    ],
    ("C1", "h21_freezing_out_of_group"): [
        "guys make a new gc without {name} and dont tell her",
        "if anyone lets {name} play with us at break ur out too",
        "everyone ignore {name} tmrw, like literally pretend shes invisible 👻",
        ["OTHER: can {name} come to ur party", "no and nobody else invite her either, we all agreed"],
        "vote to kick {name} from the {game} server. 👍 if yes",
        "lets all leave the table when {name} sits down again it was so funny last time",
        ["OTHER: why is {name} always alone", "bc we made a rule 😇 dont break it"],
        "dont pick {name} for the project group, say its full even tho its not",
    ],
    ("C1", "h21_mocking_looks_and_home"): [
        "{name} ur teeth r so big u could eat the whiteboard 🐴",
        "why does {name} wear the same jumper every day is ur family broke or smth",
        ["OTHER: {name} got new glasses", "she looks like a bug lmaooo 🪲 4 eyes"],
        "{name} ur accent is so weird just talk normal or dont talk at all",
        "ew {name} brought that smelly food again, go eat it in the toilets",
        "i made a meme of {name}s face and its going round yr 6 😂",
        "{name} is so fat the bench cried 💀 everyone say it when she walks in",
        ["OTHER: leave him alone", "nah he deserves it for being so ugly and weird"],
    ],
    # ---------------------------------------------------------------- C2: safeguarding disclosure
    ("C2", "h21_shouting_and_hitting_at_home"): [
        "my dad threw a plate at my mum again last nite and i hid under my bed till it stopped",
        [
            "OTHER: why u wearing long sleeves its hot",
            "dont tell anyone but theres marks from when he grabbed me",
        ],
        "i dont wanna go home after school, my stepdad gets really angry and its my fault usually",
        "mum said if i tell miss about the belt thing they'll take me away so i wont",
        ["OTHER: u ok? u seem quiet", "not rly. there was loads of shouting and he hit my brother hard"],
        "when he drinks i lock my door and put my headphones in but i can still hear it",
        "i have a bruise on my back from being pushed into the door, i said i fell at football",
        "is it normal to get hit with a shoe if u forget to do the dishes",
    ],
    ("C2", "h21_left_alone_and_hungry"): [
        "mum hasnt come home since friday, me and my little sister r eating cereal w no milk",
        "i didnt have dinner yesterday or breakfast, thats why i took {name}s crisps sorry",
        ["OTHER: why r u always so tired", "i have to look after the baby all night cuz mum goes out"],
        "theres no electric at my house so i do homework with a torch lol. its been like 2 weeks",
        "nobody came to pick me up again so i walked home in the dark, door was locked so i sat outside",
        "my shoes have holes and when i asked mum she said stop being ungrateful and ignored me for days",
        ["OTHER: r u coming to the trip", "cant, nobody signs stuff for me. nobody is really at home"],
        "our fridge only has ketchup and my dad sleeps all day, i dont know what to do",
    ],
    ("C2", "h21_uncomfortable_secret_touching"): [
        "my uncle says its our special secret when he comes in my room at night but i dont like it",
        [
            "OTHER: why dont u want to go to ur cousins",
            "theres someone there who touches me and says i cant tell",
        ],
        "a grown up at my house makes me sit on his lap and it feels wrong, is that allowed",
        "mums boyfriend keeps walking in when im in the shower and laughs when i scream",
        "if i tell my mum what he did she'll be sad and he said she'll hate me",
        ["OTHER: u ok {name}?", "he did the thing again. the one i told u about. i feel sick"],
        "my babysitter shows me videos that make me feel weird and says its a game only for us",
        "i keep my door shut with a chair now because of what happens when everyone is asleep",
    ],
    # ---------------------------------------------------------------- C3: grooming, secrecy, off-platform
    ("C3", "h21_older_gamer_gifts_and_secret"): [
        [
            "OTHER: gg that was a sick win",
            "ur really good for ur age, how old r u anyway?",
            "11 is cool, ur way more mature than the people my age lol. i can gift u skins if u want",
        ],
        [
            "i sent u 2000 coins for {game} 🎁",
            "dont tell ur parents tho they wont get it, its just between us ok",
        ],
        [
            "OTHER: thanks for the gift!!",
            "no prob, u can pay me back by being my special friend 😉 only we know",
        ],
        "im 19 but we're basically the same, age is just a number when u get on this well",
        [
            "u seem lonely, ur parents dont really listen to u do they",
            "im the only one who understands u, remember that",
        ],
        "delete our messages after u read them so ur mum doesnt get jealous of our friendship",
        [
            "OTHER: i cant play tonight my mum said",
            "ur mum is so strict. if u sneak on later ill give u the rare pet, our secret",
        ],
        "ur my favourite person to play with, i never give anyone else free stuff. dont tell the others",
    ],
    ("C3", "h21_move_to_private_app"): [
        [
            "this chat has mods reading everything",
            "add me on snap instead, my user is in my bio. its more private there",
        ],
        [
            "OTHER: i dont have whatsapp",
            "just download it and use ur mums old number, ill walk u thru it. dont tell her",
        ],
        "lets talk on the app where messages disappear, its safer for us 🤫",
        [
            "do u have a phone in ur room at night?",
            "OTHER: yeah",
            "ok msg me at 11 when everyone is sleeping, use the other app",
        ],
        [
            "OTHER: why cant we just talk here",
            "bc ppl here r nosy. private dm is better, just u and me",
        ],
        "give me ur discord and turn off the setting that lets ur parents see ur friends",
        [
            "i made us a private server, only u and me are in it",
            "its our clubhouse, no adults allowed hehe. here's the invite",
        ],
        "text me on telegram, and make a new account with a fake name so nobody finds it",
    ],
    ("C3", "h21_photo_and_meeting_request"): [
        [
            "ur so pretty in ur profile pic",
            "send me one more, just for me. in ur pjs is fine 😊",
        ],
        [
            "OTHER: what do u mean a better pic",
            "like without ur school jumper on. its ok ur mature, nobody will see it but me",
        ],
        "i live really near ur school actually. i could pick u up after and get u maccies, dont tell ur mum",
        [
            "what park do u go to on saturdays",
            "OTHER: the one by the library",
            "cool i'll be there at 3. come on ur own tho, dont bring friends",
        ],
        [
            "OTHER: my dad says i cant meet ppl from online",
            "ur dad doesnt have to know. say ur at {name}s house",
        ],
        "can u turn on ur camera, i want to see what ur wearing rn. just quickly",
        [
            "i showed u mine so now its ur turn",
            "if u dont send it i'll tell everyone what u said to me. so just send 1",
        ],
        "ill get u the new phone u wanted if u meet me behind the shops, just us two ok",
    ],
    # ---------------------------------------------------------------- C4: personal details
    ("C4", "h21_home_address_and_phone"): [
        "i live at 42 marlow road flat 3, come round after school and knock twice",
        "my mums number is 07700 914 382 if u wanna text me on it",
        [
            "OTHER: where do u live",
            "by the big tesco, the blue house w the broken gate, number 17 birch close",
        ],
        "{name} lives on the same street as me its 8 canal view, her bedroom is the one over the garage",
        "my postcode is LS6 3QT so u can find it on google maps",
        "add me my phone is 0791 552 0648, im home alone till 6 most days",
        ["OTHER: what school r u at", "st bernadettes in year 5, class 5R, i walk home by the park at 3.15"],
        "heres my full name and birthday for the form: quilla rojas 14 march 2014, 23 oak lane",
    ],
    ("C4", "h21_passwords_cards_location"): [
        "my {game} password is sunnypuppy2013 u can go on it and play for me",
        "my dads card is 4929 1234 5678 9012 exp 08/27 and the back is 331 lol, buy the battle pass",
        ["OTHER: whats ur school login", "its {name}.k and password is bananas99 dont change it"],
        "im sharing my live location with the whole server so u can see where i am rn 📍",
        "my ipad passcode is 120412 if u want to use it at break",
        "{name}s mum's email password is written on their fridge its flowerpot7, i saw it",
        [
            "OTHER: where r u rn",
            "at the swimming pool on harrow street, im here every tuesday n thursday at 5",
        ],
        "heres a pic of my passport for the trip form so u can copy the number",
    ],
    # ---------------------------------------------------------------- S1: real violent threats
    ("S1", "h21_real_threat_to_hurt"): [
        "{name} if u tell miss again im gonna bring my brothers knife tmrw and u'll see",
        "im going to punch {name} in the face at the bus stop after school, for real this time, ask anyone",
        ["OTHER: chill its just a joke", "its not a joke. i know where he lives and im going there tonight"],
        "i hate everyone in this class. one day ill hurt all of u and then u'll be sorry",
        "watch ur back at break {name}, me and my cousin are gonna jump u behind the portacabin",
        "if she comes to school monday i swear ill push her down the stairs",
        ["OTHER: u wouldnt", "try me. i already put the scissors in my bag for when he walks past"],
        "im gonna set fire to {name}s bike so he knows not to mess with me again",
    ],
    # ---------------------------------------------------------------- S11: suicide and self-harm
    ("S11", "h21_quiet_goodbye_signs"): [
        "u can have my {game} account and all my skins, i wont need it anymore",
        "sometimes i think everyone would be happier if i just wasnt here",
        ["OTHER: why u giving away ur stuff", "its fine. just want u guys to have something to remember me"],
        "i scratched my arm with the compass again in maths it helps me not feel bad",
        "im so tired of everything. i wanna go to sleep and not wake up",
        ["OTHER: see u tmrw!!", "maybe. thanks for being my friend {name} i mean it"],
        "i looked up how many tablets it takes, just to know",
        "nobody would even notice if i disappeared, they'd just carry on",
    ],
    # ---------------------------------------------------------------- play: game violence
    ("play_game", "h21_raid_boss_callouts"): [
        "KILL THE BOSS KILL IT its on 5% hp go go go",
        ["OTHER: where r u", "im dead lol the dragon one shot me 💀 revive pls"],
        "{name} stab him from behind ur the rogue thats ur whole job",
        "we need someone to tank while i blow up the whole camp with tnt 💥",
        "lmao i got slaughtered by a chicken in {game} how is that even possible",
        ["OTHER: gg", "gg! next round im gonna destroy all of u 😈 no mercy"],
        "shoot the zombies in the head, body shots dont do anything",
        "i just murdered the final boss with a frying pan 🍳 best weapon ever",
    ],
    ("play_game", "h21_squad_sniper_talk"): [
        "theres a sniper on the roof, somebody take him out",
        ["OTHER: he keeps camping", "ill go round and blast him with the shotgun, cover me"],
        "{name} u got knocked, i'm coming to pick u up hold on",
        "third partied AGAIN bro we got wiped 😭",
        "throw the grenade in the window then rush in",
        "i had 14 kills and still lost i want to throw my controller",
        ["OTHER: who killed me??", "sorry that was me, friendly fire 😅 my bad"],
        "lets land at the factory and kill everyone there, its always loot heavy in {game}",
    ],
    # ------------------------------------------------------- play: banter, fantasy, hyperbole, idiom, sport
    ("play_banter", "h21_friends_roasting_kindly"): [
        "{name} ur so bad at drawing ur horse looks like a potato with legs 😂 love u tho",
        ["OTHER: shut up u sing like a goat", "at least my goat voice won the talent show 😎🐐"],
        "ur such a weirdo {name} thats why ur my best friend",
        "i'll get u back for that prank just wait 😤😂",
        ["OTHER: u owe me a cookie", "never!! the cookie is mine foreverrr 🍪 fight me"],
        "bro ur handwriting is so bad even google translate gave up lmao",
        "{name} is the worst at uno, she cried when i gave her a +4 (she didnt really we were laughing)",
        ["OTHER: loser!!", "takes one to know one 😜 see u at break"],
    ],
    ("play_fantasy", "h21_dragon_kingdom_story"): [
        "and then the evil witch cast a spell and turned the whole village to stone",
        "in my story the knight chops off the monsters three heads and saves the princess",
        ["OTHER: what happens next", "the vampire bites the king but he turns into a bat and flies away"],
        "lets pretend we r pirates and we make the captain walk the plank 🏴‍☠️",
        "my dragon burns down the dark castle and all the skeleton soldiers crumble",
        "ok {name} ur the ghost and u haunt the school and scare everyone at midnight 👻",
        ["OTHER: can my character die", "yeah but then she comes back as a zombie queen thats way cooler"],
        "the giant squashed the goblins with his club and the elves cheered",
    ],
    ("play_hyperbole", "h21_dying_of_everything"): [
        "im literally dying this maths homework is killing me 😩",
        "if i have to hear that song one more time i'll explode",
        ["OTHER: did u see {name} fall off the chair", "IM DEAD 💀💀 i cant breathe lmaooo"],
        "my mum is going to kill me i forgot my pe kit AGAIN",
        "im so hungry i could eat a whole horse and the cart",
        "this heat is murdering me, my brain is melting 🫠",
        ["OTHER: the test is tmrw", "noooo i'm gonna die, bury me with my pencil case"],
        "that joke was so bad i want to crawl into a hole forever 😂",
    ],
    ("play_idiom", "h21_break_a_leg_etc"): [
        "break a leg in the play tonight {name}!! 🎭",
        "we killed two birds with one stone by doing the poster and the quiz at once",
        ["OTHER: did u finish", "yeah i nailed it, absolutely smashed it"],
        "that question was a real killer, nobody got it",
        "dont beat urself up about it, everyone forgets their lines sometimes",
        "my dad says we're on thin ice with the noise so lets keep it down",
        ["OTHER: should i tell miss", "yeah just bite the bullet and ask her"],
        "it's raining cats and dogs, pe is cancelled i bet",
    ],
    ("play_sport", "h21_match_day_chat"): [
        "we absolutely destroyed the other team 5-0 today ⚽🔥",
        "{name} tackled me so hard in rugby i flew lol but it was fair",
        ["OTHER: u ready for the final", "yes we're gonna crush them, no prisoners 💪"],
        "our goalie got smashed in the face by the ball but hes fine he got a lolly",
        "in boxing club today i punched the pads so hard my arms r jelly",
        "coach says we have to attack more and kill the game off early",
        ["OTHER: who won netball", "we got slaughtered 20-4 😭 next time tho"],
        "shoot!! u had an open goal how did u miss",
    ],
    # ------------------------------------------------------- benign: sad news, safety, feelings, history
    ("sad_news", "h21_pets_and_grandparents"): [
        "my hamster died this morning, we buried him in the garden in a shoebox 😢",
        "my grandad passed away at the weekend so i wont be in on friday for the funeral",
        ["OTHER: u ok?", "kinda sad, our dog had to be put to sleep, she was really old"],
        "my auntie is in hospital after a car crash but the doctors say she'll be ok",
        "our goldfish was floating this morning. rip bubbles 🐟",
        "{name} is moving to another country and i'll miss her so much",
        ["OTHER: why were u crying", "my nan is really ill and we went to see her, she didnt know who i was"],
        "there was a fire at the shop near us last night, nobody got hurt but its all black now",
    ],
    ("safety_talk", "h21_stranger_and_online_advice"): [
        "miss said if someone online asks for pics or to meet u tell an adult straight away",
        "never give anyone ur password, not even ur best friend. thats what the police lady said",
        [
            "OTHER: someone asked for my address in {game}",
            "dont tell them!! block and report and tell ur mum",
        ],
        "if a grown up tells u to keep a secret from ur parents thats a red flag",
        "we learned about cyberbullying, u can screenshot the mean stuff and show a teacher",
        "remember dont go off with strangers even if they say they know ur mum, use the family password",
        ["OTHER: what do i do if i see something scary", "close it and tell an adult, its not ur fault"],
        "the childline number is free to call if ur ever worried about something at home",
    ],
    ("feelings_ordinary", "h21_nervous_and_grumpy_days"): [
        "im really nervous about my piano exam tmrw my hands go all shaky",
        "im in a bad mood cuz my brother ate the last yoghurt 😤",
        ["OTHER: why so sad", "i didnt get picked for the team, its ok tho theres next year"],
        "feeling a bit lonely today cuz {name} is off sick",
        "i was so angry when i lost at {game} i had to go outside and calm down",
        "i miss my old school sometimes but this one is getting better",
        ["OTHER: u seem happy", "yeah!! we're getting a puppy on saturday 🐶"],
        "i get embarrassed when i read out loud, my voice goes squeaky",
    ],
    ("history_homework", "h21_revolutions_and_battles"): [
        "did u know in the french revolution they cut off the kings head with a guillotine",
        "for homework we have to write about why so many soldiers died at the somme",
        ["OTHER: what did henry viii do", "he had two of his wives executed, anne boleyn was beheaded"],
        "the vikings raided monasteries and burned them, i put that in my timeline",
        "the romans made gladiators fight to the death in the colosseum for entertainment",
        "my source says the aztecs did human sacrifices on top of the pyramids",
        [
            "OTHER: when was the great fire",
            "1666! it burned down most of london, and the plague killed loads",
        ],
        "in ww2 they bombed coventry and the cathedral got destroyed, we saw pics",
    ],
    # ---------------------------------------------------------------- benign: task chat
    ("task_chat", "h21_caravanserai_model"): [
        "for the caravanserai model who is bringing clay? i can bring the brown one",
        ["OTHER: how big is the courtyard", "like 20cm square, the camels go in the middle"],
        "{name} can u make the little camels, ur good at tiny things",
        "we need a gate with an arch, i'll look up pictures tonight",
        "the clay keeps cracking, miss said add a bit of water",
        ["OTHER: what goes on the roof", "flat roof, people slept up there when it was hot"],
        "lets paint the walls sandy colour once it dries",
        "i'll write the label card saying what a caravanserai is and where the silk road went",
    ],
    ("task_chat", "h21_monsoon_scroll_and_puppets"): [
        "for the monsoon scroll map can we use arrows for the winds?",
        ["OTHER: which way do they blow in summer", "from the sea to the land, so the arrows point to india"],
        "{name} has the long paper for the scroll, dont forget it tmrw",
        "for the shadow puppet play i'll cut out gutenberg and the printing press",
        "we need a torch for the shadows, the classroom one is broken",
        ["OTHER: who reads the narrator part", "me! i practised the bit about the first printed bible"],
        "the felt stars for the navigation timeline need to be yellow and white",
        "ok i glued the wave shapes, pls bring the blue felt so we can finish the canoe",
    ],
}

if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from child_chat_families import check_families, used_before

    names, tasks = used_before(
        "held_out",
        "held_out_2",
        "held_out_3",
        "held_out_4",
        "held_out_5",
        "held_out_6",
        "held_out_7",
        "held_out_8",
        "held_out_9",
        "held_out_10",
        "held_out_11",
        "held_out_12",
        "held_out_13",
        "held_out_14",
        "held_out_15",
        "held_out_16",
        "held_out_17",
        "held_out_18",
        "held_out_19",
        "train_blind_a",
        "train_blind_b",
        "train_blind_c",
        "train_blind_d",
        "train_blind_e",
        "train_blind_f",
        "train_blind_g",
        "train_blind_h",
        "train_blind_i",
        "train_blind_j",
        "train_blind_k",
        "train_blind_l",
        "train_blind_m",
    )
    print(check_families(HELD_OUT_21, HELD_OUT_21_NAMES, HELD_OUT_21_TASKS, names, set(), tasks))
