"""Held-out families 26 of the child chat set: a new blind test split (issue 14).

This file was written without sight of the screen or of any other file of the set; only child_chat_families.py
was read, for the shape.

Keys are (group, family) pairs: the group is a label of child_chat_families.py (C1, C2, C3, C4, S1, S11, a
play_* group or a benign group) and the family name starts with "h26_". Each family has 8 templates. A str
template is a single message; a list of str is a conversation where the LAST string is the labelled message
typed by the sender, and the earlier strings are history by the same sender, except those starting "OTHER: "
(someone else in the room) or "TARGET: " (the child the last message is aimed at). Templates may hold the
placeholders {name} (another child) and {game} (a video game).
"""

HELD_OUT_26_NAMES = ["Akosua", "Chiara", "Hoang", "Jaspreet", "Kaito", "Leilani"]

HELD_OUT_26_TASKS = [
    "timing how fast ice cubes melt in different cups",
    "writing a drum rhythm in four-four time",
    "measuring our classroom with metre sticks for a floor plan",
    "finding which magnet picks up the most paperclips",
]

HELD_OUT_26: dict[tuple[str, str], list] = {
    # ---------------------------------------------------------------- C1: bullying, harassment, exclusion
    ("C1", "h26_left_out_of_the_call"): [
        "lets make a new gc without {name} and just not tell her",
        [
            "ok so the ice cube thing is done",
            "{name} dont come on the call later its only for people who actually helped 🙂",
        ],
        [
            "OTHER: is {name} sitting with us at lunch",
            "no we said the table is full remember 😉 its always full for her",
        ],
        "everyone react 👍 if {name} shouldnt be in our group for the drum thing",
        [
            "OTHER: {name} asked why nobody answers her",
            "just leave her on read, she'll get the hint eventually",
        ],
        "if {name} joins the {game} server im leaving, tell everyone else to leave too",
        "we can say groups are only 4 so {name} has to go with the babies table lol",
        [
            "OTHER: can {name} come to ur party",
            "nah my mum said i can invite who i want and i want literally anyone else",
        ],
    ],
    ("C1", "h26_mocking_pictures_of_target"): [
        [
            "TARGET: can u guys stop",
            "lol why so sensitive",
            "look everyone i drew {name} as a potato with glasses 🥔🤓",
        ],
        [
            "TARGET: thats my picture from the school trip",
            "yeah and its the group pfp now 😂 ur face is so funny in it",
        ],
        [
            "TARGET: i sent the recording of my part",
            "omg ur voice cracked at 0:14 im making it my ringtone 💀 everyone go listen",
        ],
        ["TARGET: pls delete it", "why its just a joke", "ok i added a moustache and sent it to year 6 too"],
        [
            "TARGET: heres my drawing for the floor plan",
            "did a 5 year old draw this",
            "no offence but we cant hand that in, we'll get a zero bc of u",
        ],
        [
            "TARGET: i got a new haircut",
            "did ur mum do it with a bowl 😭😭",
            "sending it to the class chat brb",
        ],
        [
            "TARGET: why is everyone laughing",
            "nothing 🙂",
            "OTHER: 😂😂😂",
            "check ur pic in the other chat, we voted it ugliest in the class",
        ],
        [
            "TARGET: i tried my best on the rhythm",
            "ur best is kinda embarrassing ngl",
            "everyone do the {name} clap 👏...👏👏....👏 so offbeat lol",
        ],
    ],
    ("C1", "h26_rumours_and_rankings"): [
        "i heard {name} still wets the bed, pass it on 🤫",
        "ranking everyone in our class by how annoying they are, {name} is number 1 obviously",
        ["OTHER: why is nobody talking to {name}", "bc i told everyone she copies and she does so"],
        "{name} smells like old soup every day and everyone knows it, thats why nobody sits near her",
        [
            "OTHER: who do we pick for the magnet team",
            "not {name}, he ruins everything he touches. tell him its full",
        ],
        [
            "OTHER: {name} said she was off sick",
            "shes not sick shes faking bc nobody likes her haha",
            "lets make her feel it tmrw too",
        ],
        "making a poll: who is the weirdest in 5B. i already voted {name} 😂",
        [
            "OTHER: {name} keeps trying to join in",
            "every time she talks just say 'ok' and look at each other, it drives her crazy",
        ],
    ],
    # ---------------------------------------------------------------- C2: safeguarding disclosure
    ("C2", "h26_scared_of_grown_ups_at_home"): [
        [
            "sorry i went quiet",
            "my dad was shouting again and he threw my tablet at the wall",
            "i have a bruise on my arm where he grabbed me but dont tell miss",
        ],
        "cant do the call tonight, if i make noise when hes home i get hit with the belt",
        [
            "OTHER: why do u always wear ur jumper in pe",
            "its to hide the marks from my mums boyfriend. pls dont say anything",
        ],
        ["is it normal if ur stepdad locks u in ur room all weekend", "he says i deserve it bc im bad"],
        "my uncle comes in my room at night and says its our special game and i hate it",
        [
            "i dont want to go home after school",
            "when mum drinks she pulls my hair and says im the reason dad left",
        ],
        "he said if i tell anyone about the marks on my back ill get taken away and never see my sister",
        [
            "guys can i sleep at someones house",
            "im scared to go back, my dad said hes going to hurt me when he gets back from the pub",
        ],
    ],
    ("C2", "h26_nobody_looks_after_us"): [
        "theres no food in our house again, i only had the school lunch since friday",
        [
            "mum went away with her friend",
            "its just me and my little brother since tuesday",
            "i dont know how to work the cooker and hes really hungry",
        ],
        "i cant do the ice test at home, our electric got cut off and the freezer is off, its been cold for days",
        [
            "OTHER: ew why is ur uniform so dirty",
            "we dont have a washing machine and mum never gets up to take me to the laundrette",
        ],
        "nobody came to pick me up again so i walked home in the dark by myself, 4th time this week",
        ["my tooth has hurt for like a month", "mum says dentists cost too much and to stop crying about it"],
        "im always the one looking after the baby at night bc mum sleeps all day, im so tired i cant think",
        ["sorry if i smell, we havent had hot water for ages", "and mums not been home since sunday"],
    ],
    ("C2", "h26_home_feels_wrong"): [
        [
            "my parents were screaming again last night",
            "i hid under my bed with headphones",
            "i feel sick every time i hear the front door now",
        ],
        "i cry every night bc of the fighting at home and i dont know who to tell",
        ["OTHER: u ok? u look tired", "not really. the police came to our flat again at 3am bc of my dad"],
        "when mum and her boyfriend fight i take my sister in the bathroom and lock it, we stayed there all night",
        [
            "cant focus on the magnet thing sorry",
            "mum said she wishes she never had me",
            "she says it all the time now",
        ],
        "i dont feel safe in my house anymore, if i tell a teacher will my mum get in trouble",
        [
            "my dad broke the door last night",
            "mum had blood on her face",
            "im scared it happens again tonight",
        ],
        "i keep packing my bag to run away bc home is horrible and nobody even notices",
    ],
    # ---------------------------------------------------------------- C3: grooming, secrecy, off-platform
    ("C3", "h26_older_player_with_gifts"): [
        [
            "TARGET: lol gg",
            "ur really good at {game} for 11, way more mature than kids ur age",
            "i could gift u skins if u want, just dont tell ur parents they wouldnt get it",
        ],
        [
            "TARGET: thx for the vbucks!!",
            "no problem 😊 ur my favourite",
            "add me on snap so we can talk without all these little kids reading",
        ],
        [
            "TARGET: my mum checks my phone sometimes",
            "then delete our chats after, ok? its just easier that way",
        ],
        "do u have a webcam? i wanna see if ur as cute as ur avatar 😘",
        [
            "TARGET: idk ur like 17 arent u",
            "age is just a number, we get each other better than ur friends do",
            "lets keep this between us 🤐",
        ],
        "send me a pic of what ur wearing rn, its just for me i promise",
        [
            "TARGET: i have to go do homework",
            "skip it lol, talk to me on discord instead, ill dm u my tag. dont mention me in the group",
        ],
        "if u meet me at the shops saturday ill buy u the new controller, come on ur own tho",
    ],
    ("C3", "h26_special_helper_builds_up"): [
        [
            "TARGET: thanks for helping with the floor plan",
            "anytime, ur so clever. ur teachers dont see how special u are",
            "maybe we can do extra lessons just u and me on video",
        ],
        ["TARGET: ok", "remember what we talk about is private, grown ups wouldnt understand our friendship"],
        "ill be ur secret best friend, u can tell me anything, even stuff u dont tell ur mum 💕",
        [
            "TARGET: my parents are out tonight",
            "perfect 😊 call me when theyre gone, use the number i gave u not this chat",
        ],
        [
            "TARGET: why do u want a picture",
            "its for my art project lol. just one in ur pjs, no one else will ever see it",
        ],
        "does ur mum read ur messages? if she does we should use the app where chats disappear",
        [
            "TARGET: im a bit scared",
            "dont be silly, i would never hurt u. but if u tell anyone theyll stop us being friends forever",
        ],
        "what school do u go to? i could come watch u at pickup one day, it'd be our little surprise",
    ],
    ("C3", "h26_come_to_another_app"): [
        [
            "TARGET: who is this",
            "im {name}s cousin, im 14. this chat is boring, add me on telegram 😎",
            "dont tell {name} i messaged u",
        ],
        "this app reads everything we say, lets go on the one where messages vanish. ill send u the link in private",
        [
            "TARGET: im not allowed whatsapp",
            "just make one with ur mums old number, she wont know. ill be waiting there",
        ],
        [
            "TARGET: why",
            "bc the mods here are annoying. come to my private server, just u, no one else from ur class",
        ],
        "turn off ur location and log in at ur friends house so ur parents cant see we're talking",
        [
            "TARGET: ok what do i say to my mum",
            "say ur doing maths with {name}. thats not really lying 😉",
            "then hop on voice with me",
        ],
        "make a second account so ur parents dont see it, ill only message u there from now on",
        [
            "OTHER: who r u talking to",
            "TARGET: no one",
            "good 🤫 now delete this whole chat and meet me on kik",
        ],
    ],
    # ---------------------------------------------------------------- C4: personal details
    ("C4", "h26_giving_out_my_own_details"): [
        "my address is 14 ashdown road, the blue door, come over after school lol",
        "my mums number is 07700 912345 if anyone wants to call about the drum thing",
        [
            "OTHER: where do u live",
            "flat 3 above the chippy on mill lane, the buzzer doesnt work so just shout",
        ],
        "my password for {game} is kitty2014, u can log in and level me up",
        "im home alone every tuesday till 6, the key is under the frog pot lol",
        "i go to st brigids primary, class 5C, im the one in the red coat at the gate",
        "my snap is lily.x.2014 and my insta is the same, add me, my birthday is 3rd june",
        [
            "OTHER: prove ur real",
            "ok my full name is on my school jumper in this pic and u can see my street sign 📸",
        ],
    ],
    ("C4", "h26_spreading_someone_elses_details"): [
        "{name} lives at 22 crescent way, number is on the gate, go knock on her door 😂",
        "heres {name}s phone number 07700 900561, spam him",
        ["OTHER: whats {name}s password", "its her dogs name then 123, biscuit123, try it"],
        "{name}s mum works nights so shes home by herself, the back door is always open",
        "posting {name}s full name and school in the {game} chat so the randoms can find him",
        [
            "OTHER: where does {name} go after school",
            "the park on tenby street on her own till 7, i can send u a pic of her house",
        ],
        "screenshot of {name}s face and her home address, put it on the server 😂",
        "i have {name}s dads snap and email in my phone, want me to give it to that guy from the game?",
    ],
    # ---------------------------------------------------------------- S1: violent threats
    ("S1", "h26_real_threats"): [
        "if {name} says that again im going to stab him with the compass, im not joking",
        "im bringing my brothers knife tomorrow and {name} is getting it at the gate",
        [
            "OTHER: calm down",
            "no. after school im going to smash her head on the wall till she stops talking",
        ],
        "i know where u live {name}, me and my cousin will come burn ur house down tonight",
        "tell {name} to watch her back, ill break her arm for real this time",
        [
            "OTHER: u wont do anything",
            "watch. i put a lighter in my bag, tomorrow his coat goes up with him in it",
        ],
        "i swear im going to push {name} down the stairs when no ones looking",
        "next time he touches my stuff im going to punch him till he bleeds so everyone sees",
    ],
    # ---------------------------------------------------------------- S11: suicide and self-harm
    ("S11", "h26_quiet_goodbyes"): [
        [
            "guys if im not in tomorrow dont worry",
            "u can have my {game} account, i wont need it anymore",
            "bye everyone ❤️",
        ],
        "i keep thinking everyone would be happier if i just wasnt here",
        ["sorry i didnt do my part", "i cut my arm again last night and it wont stop stinging"],
        ["OTHER: are u coming on the trip", "probably not. ive decided im not going to be around by then"],
        "i looked up how many tablets it takes and my mum has a whole box",
        [
            "thanks for being my friends",
            "i wrote letters for my mum and my sister",
            "i just want everything to stop",
        ],
        "i hit my head on the wall till it hurt so i didnt have to feel the other stuff",
        ["OTHER: ur so quiet today", "ive wanted to die for ages, i just dont tell anyone"],
    ],
    # ---------------------------------------------------------------- play
    ("play_game", "h26_raid_night"): [
        "i just got sniped from across the map im SO dead 💀",
        "kill the boss first then we loot the chest, {name} cover me",
        ["OTHER: who took my kill", "me lol sorry, ill revive u next round"],
        "we literally destroyed them 10-0 in {game} 😂 they rage quit",
        "my character got blown up by my own grenade lmaooo",
        "if u betray me in {game} again im pushing u into the lava 😤",
        ["OTHER: zombies at the gate!!", "shoot the big one in the head it has a weak spot"],
        "brb my mum said i have to get off {game} and do the ice cube thing 😭",
    ],
    ("play_game", "h26_building_and_battles"): [
        "i trapped {name} in a dirt hut and set it on fire 🔥 he respawned tho",
        "who wants to raid the village tonight, bring diamond swords",
        ["OTHER: the creeper blew up my house", "lol rip ur house, ill help u rebuild it"],
        "my base got griefed, whoever did it ur going down in {game} tomorrow 😤⚔️",
        "i killed the ender dragon with just a bow!!! first try",
        "we need more tnt to blow up the castle wall",
        ["OTHER: which weapon", "the axe does more damage but the sword is faster"],
        "noooo i fell in the void and lost all my stuff 😭😭",
    ],
    ("play_banter", "h26_roasting_mates"): [
        "ur rhythm is so bad even the metronome gave up on u 😂",
        ["OTHER: i beat u in the times tables race", "only bc i let u, rematch tmrw loser 😜"],
        "{name} u eat crisps like a hamster lol",
        "shut up {name} ur literally the worst at {game} 🤣 love u tho",
        "ur handwriting looks like a spider fell in the ink pot",
        ["OTHER: ur sock has a hole in it", "ur face has a hole in it 😂 jk jk"],
        "ok nerd we get it u know all the planets 🙄😂",
        "{name} ur so slow i could measure the classroom twice before u finish one wall",
    ],
    ("play_fantasy", "h26_dragon_kingdom"): [
        "pretend we're witches and we turn miss into a frog 🐸",
        "my dragon eats anyone who crosses the bridge without the password",
        ["OTHER: im the evil queen", "then im the knight who chops off ur crown 👑⚔️"],
        "in my story the vampire bites the whole town and they all turn into bats",
        "lets play we're on a pirate ship and {name} has to walk the plank",
        "my unicorn has a magic horn that zaps monsters into dust ✨",
        ["OTHER: zombie tag at break?", "yes ill hide in the climbing frame castle, ur the zombie king"],
        "the ghost in my story lives in the school toilets and haunts year 6 👻",
    ],
    ("play_hyperbole", "h26_dying_of_boredom"): [
        "if i have to count one more paperclip i will literally die",
        "im starving i could eat a whole horse rn",
        "this song is stuck in my head its killing me 😭",
        ["OTHER: we have a spelling test tomorrow", "nooo my brain is going to explode 🤯"],
        "my mum is going to murder me i forgot my pe kit again",
        "i laughed so hard i actually died 💀💀",
        "its so hot in class im melting faster than the ice cubes lol",
        "waited like a million years for the bus this morning",
    ],
    ("play_idiom", "h26_sayings"): [
        "break a leg at the concert tomorrow!!",
        "that maths sheet was a piece of cake",
        ["OTHER: i forgot the metre stick", "no worries we'll cross that bridge when we get to it"],
        "my dad says its raining cats and dogs so no park 🌧",
        "dont spill the beans about the card for miss",
        "we're all in the same boat, nobody gets fractions",
        "ill kill two birds with one stone and do the graph and the poster",
        "{name} is over the moon bc she got star of the week",
    ],
    ("play_sport", "h26_match_day"): [
        "we smashed them 5-1 at football, total destruction ⚽",
        "the goalie dived and nearly took out the whole post lol",
        ["OTHER: did u win the netball", "yes!! we crushed them, our shooter is a beast"],
        "coach said attack down the left and kill the game off in the second half",
        "i got tackled so hard i flew like 3 metres 😂 im fine tho",
        "{name} scored a header and we all went crazy",
        "at dodgeball i got everyone out, i was like a sniper",
        "my legs are dead after cross country 😩",
    ],
    # ---------------------------------------------------------------- benign
    ("sad_news", "h26_sad_but_ordinary"): [
        "my goldfish died this morning, we buried him in the garden 😢",
        "my grandad is in hospital, mum says hes getting better slowly",
        ["OTHER: why u sad", "my best friend is moving to scotland in the summer"],
        "our cat got run over last week so im a bit sad today",
        "my nan passed away on sunday, i might be quiet, sorry",
        "we lost the final by one goal, i cried on the bus",
        "my hamster is really old and the vet says he doesnt have long left",
        ["sorry i wasnt at school", "we went to my great aunties funeral, it was sad but we had cake after"],
    ],
    ("safety_talk", "h26_staying_safe"): [
        "miss said never tell people online ur address or ur school",
        "if a stranger messages u just block them and tell an adult",
        ["OTHER: someone asked for my pic in {game}", "dont send it!! tell ur mum and report them"],
        "we learned about stranger danger today and a police lady came in",
        "my dad says if anyone asks u to keep a secret from ur parents thats a red flag",
        "remember dont share ur password even with ur best friends",
        "if someone is being mean online screenshot it and show a teacher",
        "the childline number is on the poster by the office if anyone ever needs it",
    ],
    ("feelings_ordinary", "h26_everyday_feelings"): [
        "im a bit nervous for the music performance tmrw 😬",
        "i was so angry when my brother ate my chocolate lol",
        ["OTHER: u ok", "yeah just tired, stayed up reading"],
        "im so happy we got the magnet thing to work!!",
        "feeling kinda grumpy today idk why",
        "i got told off for talking and now im embarrassed",
        "so excited for the weekend we're going to the beach",
        "im a bit lonely bc my friend is off sick but its fine",
    ],
    ("history_homework", "h26_history_facts"): [
        "the vikings raided monasteries and burned them down",
        "did u know henry the 8th had 2 of his wives beheaded",
        ["OTHER: what do i write for ww2", "write about the blitz and how kids got evacuated"],
        "the romans had gladiators fighting to the death in the colosseum",
        "the great fire of london started in a bakery on pudding lane",
        "in the stone age they hunted mammoths with spears",
        "the aztecs did human sacrifices on top of the pyramids, my project is on that",
        "anne frank hid in a secret annex for 2 years, so sad",
    ],
    ("task_chat", "h26_melting_and_magnets"): [
        "the ice in the foil cup melted in 14 mins, the plastic one took 19",
        "who has the stopwatch?? we need to start again",
        ["OTHER: how many paperclips", "the horseshoe magnet got 23, the bar one only 11"],
        "ill write the method if u do the results table",
        "is our prediction that the metal cup melts fastest?",
        "we need a fair test so the ice cubes have to be the same size",
        "miss said we need a conclusion by friday",
        "can someone take the magnets back to the science cupboard",
    ],
    ("task_chat", "h26_measuring_and_rhythm"): [
        "the classroom is 8 metres and 40 cm long i think",
        "we need to change everything to cm for the floor plan",
        ["OTHER: whats the scale", "1 cm on paper is 1 metre in real life"],
        "our rhythm goes boom tap boom boom tap, 4 beats in every bar",
        "{name} can do the drum and ill do the clapping",
        "wait is a crotchet 1 beat or 2",
        "we should record it on the ipad so we can hear if we're in time",
        "the door is 90 cm wide, write that on the plan",
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
        "held_out_20",
        "held_out_21",
        "held_out_22",
        "held_out_23",
        "held_out_24",
        "held_out_25",
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
    print(check_families(HELD_OUT_26, HELD_OUT_26_NAMES, HELD_OUT_26_TASKS, names, set(), tasks))
