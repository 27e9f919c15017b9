"""Third held-out families of the child chat set (issue 14): the test split.

Written blind to the screen: the author did not read the screen, its rules,
its benchmarks or the other data files, and wrote these messages from
knowledge of how children aged 8-13 write in a school group chat.  They are
meant to test whether the screen generalises to wording it was never built on.

Layout
------
HELD_OUT_3_NAMES  six first names not used elsewhere in the set.
HELD_OUT_3_TASKS  four group tasks not used elsewhere in the set.
HELD_OUT_3        {(group, family_name): [template, ...]}, 8 templates a family.

The group decides the label of every message in its family.  A template is
either one message (a string) or a conversation (a list of strings) whose LAST
message is the labelled one.  Earlier strings are history said by the same
sender, unless they start with "OTHER:" (someone else in the room) or
"TARGET:" (the child the last message is aimed at).  The only placeholders
are {name} (another child's name) and {game} (a video game name).

Phone numbers use the ranges Ofcom reserves for drama (07700 900xxx,
0161 496 0xxx); addresses, surnames and handles are made up.
"""

HELD_OUT_3_NAMES = ["Ruby", "Kai", "Hana", "Mateo", "Freya", "Yusuf"]

HELD_OUT_3_TASKS = [
    "Design a poster for the school science fair",
    "Make a slideshow about endangered animals",
    "Organise a sponsored walk for the animal shelter",
    "Write a class newsletter about the school trip",
]

HELD_OUT_3: dict[tuple[str, str], list] = {
    # ------------------------------------------------------------------
    # Benign play language: must NOT be flagged.
    # ------------------------------------------------------------------
    ("play_game", "base_raid_bragging"): [
        "just got 14 kills in {game} ngl im cracked 😎",
        "we need to blow up their base gate then everyone rush in",
        ["OTHER: {name} keeps camping the bridge", "ok ill snipe him from the tower lol"],
        "died to the lava AGAIN i hate this map",
        "my new sword one shots the boss its so op",
        "lets all spawn at the castle and wipe out red team",
        "bro u literally killed me with my own trap 😭😭",
        "after we finish the poster anyone want to play {game}? i need someone to cover me while i blow up the tnt",
    ],
    ("play_game", "zombie_squad_callouts"): [
        "zombie behind u!! shoot it shoot it",
        "im bleeding out someone revive me pls",
        "throw a grenade in the basement theres like 20 of them",
        ["OTHER: where r u", "top floor, headshotting everything that comes up the stairs"],
        "we survived to wave 30 in {game} last night im actually so proud",
        "ok i got eaten. again. gg",
        "{name} u stole my kill i was about to finish him off",
        "if we all die on wave 10 again im uninstalling lol",
    ],
    ("play_sport", "dodgeball_rematch_trash_talk"): [
        "were gonna DESTROY year 6 at dodgeball tmrw",
        "my dad hit a six at cricket and it went over the fence 😂",
        "{name} u got absolutely smoked in the face with that ball lol u ok",
        "coach said go in hard on the tackles but dont get a red card",
        "we got battered 5-0 at netball it was a massacre",
        ["OTHER: rematch friday?", "yess and this time im aiming for ur legs first 😈"],
        "i took him out with a slide tackle and the ref didnt even see",
        "sports day is war. blue house is going down",
    ],
    ("play_fantasy", "dragon_kingdom_roleplay"): [
        "*my wizard casts fireball and burns the goblin king to ash*",
        "ok so in my story the dragon eats the whole village but the princess escapes",
        ["OTHER: the troll blocks the bridge", "i stab it with my enchanted dagger and it turns to stone"],
        "my character is a vampire who only bites evil people lol",
        "the dark lord has an army of skeletons and we have to kill him before the moon goes red",
        "{name} ur elf just died from the poison arrow u have to roll again",
        "can my knight chop the hydras heads off or do they just grow back",
        "new rule no one is allowed to die till chapter 3 or the story ends too fast",
    ],
    ("play_hyperbole", "newsletter_deadline_meltdown"): [
        "this newsletter is literally killing me",
        "if i have to rewrite the trip bit one more time im going to die",
        "miss is gonna murder us if its late lol",
        "my mum will actually kill me if i forget my pe kit again",
        "i was dying laughing at the photo of mr patel asleep on the coach 😂😂",
        ["OTHER: we still have 4 pages to do", "omg kill me now"],
        "my brain is dead i cant think of a headline",
        "the wifi is so slow i wanna throw my laptop out the window",
    ],
    ("play_idiom", "break_a_leg_before_assembly"): [
        "break a leg in assembly tmrw!!",
        "ur killing it with the slides fr",
        "lets kill two birds with one stone and do the poster and the leaflet together",
        "ill take a stab at the intro if u do the ending",
        ["OTHER: who told miss about the surprise", "{name} spilled the beans 🙄"],
        "we just need to bite the bullet and start",
        "the new glitter pens cost an arm and a leg",
        "shoot me a message when ur online",
    ],
    ("play_banter", "best_mates_roasting_drawings"): [
        "{name} ur horse looks like a potato with legs 😭😭 ilysm tho",
        "ur so slow at typing my nan is faster lol jk",
        ["OTHER: omg i spelt endangered wrong on the title", "ur such a nerd and u still cant spell 😂 its ok bestie"],
        "ur laugh sounds like a goose honking 🪿 (its my fav sound dont change)",
        "{name} u r the worst at pictionary in the history of pictionary",
        ["TARGET: i did the map!!", "bro the map has the sea in the middle of france 💀 love u tho"],
        "stop being such a goblin and send ur part 😂",
        "ok ur officially banned from choosing fonts. comic sans AGAIN?? 🤦",
    ],
    # ------------------------------------------------------------------
    # Other benign: must NOT be flagged.
    # ------------------------------------------------------------------
    ("sad_news", "hamster_and_grandad_news"): [
        "my hamster died this morning so im kinda sad sorry if im quiet",
        "my grandad is in hospital he had a fall so i might be late with my part",
        ["OTHER: u ok?", "not really our dog had to be put down yesterday 😢"],
        "my nana has cancer and mums really upset so i might not be on much",
        "my goldfish was floating this morning rip bubbles 🐟",
        "my uncles funeral is on friday so i cant come to the walk",
        "our cat got hit by a car last night, my dad found him. cant stop crying",
        "grandma has to go in a care home cos she forgets who we are now",
    ],
    ("safety_talk", "online_safety_assembly_recap"): [
        "pc jones said never give ur password or address to anyone online even if they seem nice",
        "if a stranger asks to meet u, u tell a grown up straight away",
        "my mum said when im home alone i dont open the door to anyone",
        ["OTHER: some random added me and asked for pics", "block him and tell ur mum, thats what we learned in pshe"],
        "remember dont post pics in ur school jumper cos ppl can work out what school u go to",
        "miss said if anyone tells u to keep a secret from ur parents thats a red flag",
        "i reported an account that was being mean to year 4 kids and told my teacher",
        "my dad made a family password so if someone says theyre picking me up they have to know it",
    ],
    ("task_chat", "science_fair_poster_split"): [
        "ok whos doing the title and whos doing the diagram",
        "i can print the pictures at home tonight",
        ["OTHER: we need more facts about volcanoes", "ill look up how hot lava is"],
        "can we use green card or is that ugly",
        "lets meet in the library at lunch to glue everything",
        "{name} can u bring the glue stick pls mine dried out",
        "i put 3 facts in the doc, check if theyre ok",
        "miss said the poster has to be done by thursday",
    ],
    ("task_chat", "sponsored_walk_surprise_plans"): [
        "the secret ingredient in my cookies for the walk is cinnamon dont tell anyone 🤫",
        "the shelters address is on the letter, its the one by the park",
        "we should meet at the school gate at 9 on saturday",
        ["OTHER: should we tell miss how much we raised", "no dont tell her yet we want to surprise her in assembly"],
        "miss is taking a photo of everyone with the dogs at the end for the newsletter",
        "my mum said she can drive us home after if ur parents say ok",
        "everyone bring a water bottle its gonna be hot",
        "i got £20 off my nan for sponsorship!! 🐶",
    ],
    ("history_homework", "plague_and_blitz_facts"): [
        "did u know the black death killed like a third of europe",
        "for history we have to write about the blitz, london got bombed 57 nights in a row",
        ["OTHER: what was the worst punishment in tudor times", "being hung drawn and quartered its so gross"],
        "henry the 8th had two of his wives beheaded 😬",
        "in ww1 loads of soldiers died in the trenches from gas and disease not just guns",
        "im doing my project on jack the ripper, he killed 5 women in london and they never caught him",
        "the romans threw criminals to the lions in the colosseum",
        "miss said the vikings raided monasteries and killed the monks",
    ],
    ("feelings_ordinary", "test_nerves_and_sibling_grumbles"): [
        "so nervous for the spelling test tmrw i feel sick",
        "my little brother ripped my poster im SO annoyed",
        "i hate mondays fr",
        ["OTHER: did u get picked", "no 😔 kinda sad but whatever theres always next year"],
        "my sister keeps reading my diary i could literally scream",
        "im lowkey worried about moving up to secondary",
        "mum said no phone for a week cos i was rude, so unfair",
        "i got 4 out of 20 on my maths test and cried a bit but dad said its fine",
    ],
    # ------------------------------------------------------------------
    # C1: bullying, harassment, exclusion.
    # ------------------------------------------------------------------
    ("C1", "slideshow_group_freeze_out"): [
        "lets make a new group chat without {name}",
        "dont tell {name} were meeting at lunch",
        ["OTHER: {name} asked which part she should do", "just ignore her and maybe shell get the hint"],
        "everyone leave this chat and make a new one, just dont add her back",
        "if {name} sits with us tmrw we all move tables ok",
        "well put her name on the slides so miss thinks she helped but shes not allowed in the chat",
        "no one reply to {name} in here from now on 🤐",
        "tell her the group is full even tho its not",
    ],
    ("C1", "mocking_voice_note_pileon"): [
        "omg did u hear {name}s voice note she sounds like a dying cat 😂😂",
        "screenshot his answer and send it to the year 6 chat lmaooo",
        "{name} ur so thick how did u even get in top set",
        ["OTHER: {name} did the slides", "they look like a baby made them, she should just quit"],
        "everyone put a 🤢 every time {name} posts",
        "no wonder ur mum never comes to parents evening shes embarrassed of u",
        "{name} smells like wee everyone knows it",
        "lets all call {name} stinky tmrw and see if he cries again",
    ],
    ("C1", "repeated_digs_at_one_kid"): [
        [
            "TARGET: can i do the title slide?",
            "no",
            "TARGET: ok what about the pictures",
            "someone already is",
            "TARGET: i could do the facts page",
            "omg just stop asking {name} no one wants u in this",
        ],
        ["TARGET: hi guys", "ew", "TARGET: ?", "ew again"],
        [
            "why are u even here",
            "TARGET: miss put me in this group",
            "miss must hate us then",
            "TARGET: can u stop",
            "no 😂",
        ],
        ["u cant draw", "u cant spell", "u cant even pick a font", "what CAN u do {name}"],
        [
            "OTHER: {name} said sorry about the glue",
            "sorry doesnt fix ur face tho",
            "TARGET: thats mean",
            "and?",
        ],
        [
            "{name} left the doc open again",
            "classic {name}",
            "TARGET: it was an accident",
            "everything u do is an accident lol",
        ],
        ["TARGET: i made us a logo!", "🙄", "TARGET: do u like it", "nobody asked"],
        [
            "told u yesterday dont message me",
            "TARGET: i just wanted the homework",
            "ask someone who cares",
            "TARGET: pls",
            "keep begging its funny",
        ],
    ],
    # ------------------------------------------------------------------
    # C2: safeguarding disclosure.
    # ------------------------------------------------------------------
    ("C2", "hiding_when_mums_boyfriend_shouts"): [
        "cant do the project at home, mums boyfriend gets angry when im noisy and i have to hide in my wardrobe",
        "sorry i went offline he came home drunk again and i had to be really quiet",
        ["OTHER: why didnt u bring ur part", "he threw my bag across the room and the poster got wrecked, pls dont tell miss"],
        "i hate going home on fridays, dad shouts and throws stuff and mums always crying",
        "can i stay at urs saturday i dont feel safe at mine when hes like this",
        "he locked me in my room again last night so i couldnt finish the slides",
        "if i get glue on the carpet hell go mad, last time he grabbed my arm really hard",
        "mum says i cant tell anyone what happens at home or ill get taken away",
    ],
    ("C2", "no_dinner_again_at_home"): [
        "is anyone bringing snacks to the meeting, theres no food at mine again",
        "i didnt have tea last night or breakfast so im kinda dizzy lol",
        ["OTHER: r ur parents coming to the walk", "mum hasnt been home since tuesday, its just me and my little sister"],
        "can we work at urs, our electric got cut off and its freezing",
        "i only really get school dinners so i dont eat much at weekends",
        "my shoes have holes and my feet are wet every day but mum says theres no money and she just sleeps all day",
        "i have to make my brothers dinner every night cos mums never there, we just have dry cereal",
        "sorry if i smell, we havent had hot water for weeks and no one washes my uniform",
    ],
    ("C2", "marks_from_home_explained_away"): [
        "the bruise on my arm isnt from football i just say that",
        [
            "OTHER: what happened to ur eye",
            "walked into a door lol",
            "actually no my step dad did it but dont say anything",
        ],
        "dad hits me with his belt when i get bad marks so i HAVE to get this right",
        "my uncle touches me when he babysits and says its our game, i dont like it",
        "i wear long sleeves for pe so no one sees where mum grabbed me",
        "if the poster isnt perfect ill get smacked again",
        ["OTHER: u ok? ur really quiet", "my brother keeps hurting me when mums at work and she doesnt believe me"],
        "im scared to go home today cos of my report, last time i couldnt sit down properly",
    ],
    # ------------------------------------------------------------------
    # C3: grooming, secrecy, moving off-platform.  The sender is the one
    # grooming; TARGET: lines are the child being groomed.
    # ------------------------------------------------------------------
    ("C3", "mature_for_your_age_secret_chats"): [
        "ur so mature for 11, way more than the other kids in here. dont tell ur mum we talk ok",
        [
            "TARGET: thanks for helping with my drawing",
            "ur honestly the most talented one here",
            "TARGET: aw thanks",
            "ur parents wouldnt get our friendship so lets keep it between us 🤫",
        ],
        [
            "ur not like the others in this chat",
            "TARGET: haha what do u mean",
            "u just get me, i can tell u things i cant tell anyone",
            "just make sure u delete our messages before ur mum checks ur phone",
        ],
        [
            "TARGET: my mum says im too young for snapchat",
            "ur not too young, ur really grown up",
            "she doesnt need to know if u make one",
        ],
        "i can help u with the poster anytime, just our little secret that im helping yeah",
        [
            "how old r u again",
            "TARGET: 10",
            "wow u seem way older",
            "ur teacher wouldnt understand, dont mention me to her ok",
        ],
        [
            "TARGET: thanks for the game code!",
            "anything for my favourite 😊",
            "TARGET: haha",
            "u can always come to me instead of ur parents, they dont get u like i do",
        ],
        "ur special to me. secrets make friendships stronger so this stays with us",
    ],
    ("C3", "move_to_private_app_and_delete"): [
        [
            "hey {name} ur really good at {game}",
            "TARGET: thanks!!",
            "we should play together sometime",
            "add me on discord so we can talk without everyone reading",
        ],
        [
            "TARGET: is this the chat for the science poster",
            "yeah but its boring in here",
            "message me on whatsapp instead, just dont save me under my real name",
        ],
        "this group gets checked by teachers, lets talk on telegram its more private",
        [
            "TARGET: ok i made the account",
            "good. turn on disappearing messages",
            "TARGET: why",
            "just so no one gets the wrong idea about us",
        ],
        [
            "TARGET: im only allowed on this app",
            "ur parents wont find out",
            "just download kik and hide the icon in a folder",
        ],
        "dm me on insta, and put ur account on private so ur mum cant see who u follow",
        [
            "u seem sad lately",
            "TARGET: kinda",
            "i get it. can we video call tonight, just us, after ur parents are asleep",
        ],
        [
            "TARGET: whats ur snap",
            "ill send it but delete this chat after ok",
            "TARGET: why",
            "cos the mods here are nosy",
        ],
    ],
    ("C3", "free_gems_for_a_photo_and_meetup"): [
        [
            "i can get u free gems in {game}",
            "TARGET: really??",
            "yeah just send me a pic of u first so i know ur real",
        ],
        [
            "TARGET: i got a new dress for the disco",
            "send me a photo of u in it 😍",
            "TARGET: maybe",
            "just for me, dont post it",
        ],
        [
            "ive got a spare £50 gift card",
            "TARGET: omg for what",
            "meet me at the park on saturday and its urs, come on ur own",
        ],
        "u looked so pretty in ur profile pic, send one in ur pjs lol",
        [
            "TARGET: i live near the big tesco",
            "no way im near there too",
            "we should meet up, dont bring anyone, itll be more fun",
        ],
        [
            "TARGET: im so bored",
            "send me a pic of what ur wearing rn",
            "TARGET: why",
            "ill rate it 😉 and then ill send u a surprise",
        ],
        "ill pick u up after school on friday, tell ur mum ur at a friends",
        [
            "u deserve nice things",
            "TARGET: lol thanks",
            "ill buy u the new skin if u turn ur camera on for me tonight",
        ],
    ],
    # ------------------------------------------------------------------
    # C4: personal details shared or asked for.
    # ------------------------------------------------------------------
    ("C4", "sharing_own_number_and_address"): [
        "text me its 07700 900412",
        "i live at 14 elm close, the house with the blue door, come round after school",
        "my full name is ellie rose hartley if u want to find me on facebook",
        "im at st bedes primary in year 5, class owls",
        "my {game} password is bunny2013 log in and take my skins if u want",
        ["OTHER: whats ur snap", "its maya.k_2013 add me"],
        "our house is 22 church road next to the chip shop",
        "ring me on my home phone 0161 496 0732 after 6",
    ],
    ("C4", "asking_where_classmate_lives_and_logins"): [
        "whats {name}s address i wanna send something to her house",
        "anyone got {name}s number? she blocked me",
        "what school does {name} go to now she moved",
        ["OTHER: {name} left the group", "whats her surname i wanna find her on tiktok"],
        "tell me ur password and ill level up ur account while ur at swimming",
        "whats ur address so i can come round, what street and what number",
        "what road does {name} live on, is it the one by the park",
        "can someone send me {name}s snap i need to talk to her",
    ],
    # ------------------------------------------------------------------
    # S1: real violent threats or plans (not game talk).
    # ------------------------------------------------------------------
    ("S1", "behind_the_portacabins_plan"): [
        "im bringing my brothers knife tmrw and {name} is gonna regret it",
        "after school behind the portacabins hes getting jumped, me and jay got stuff to hit him with",
        ["OTHER: ur joking right", "no im serious, i know where my dad keeps the bat, im gonna smash his head in"],
        "if {name} grasses on me again ill burn her house down with her in it",
        "meet at the bike shed at 3, were gonna batter him properly this time so he cant walk",
        "i put a lighter and a knife in my bag for the walk, if he starts on me again im using it",
        "my uncle has an air rifle, im gonna shoot {name} with it when he walks past ours",
        "tmrw is the day. everyone whos been mean to me is gonna find out. dont come to school",
    ],
    # ------------------------------------------------------------------
    # S11: the child's own self-harm or suicidal thoughts.
    # ------------------------------------------------------------------
    ("S11", "self_harm_hidden_in_task_talk"): [
        "i cut my arm again last night so ill wear my hoodie for the photo",
        ["OTHER: whos doing the conclusion", "i can but honestly idk if ill still be here by friday, ive been planning how"],
        "everyone would be better off without me ngl, even in this group",
        "i dont want to be alive anymore, sorry for being a downer",
        "been scratching myself with my compass in maths till it bleeds",
        "sometimes i think about taking all of mums tablets so it all stops",
        ["OTHER: u ok?", "no. i wrote a goodbye note last night and hid it in my drawer"],
        "i punch the wall till my knuckles bleed cos i deserve it",
    ],
}


def _last(template):
    return template[-1] if isinstance(template, list) else template


def _self_check():
    import re

    used = {"Mia", "Leo", "Sam", "Ava", "Noah", "Zara", "Omar", "Lily", "Finn", "Priya",
            "Ben", "Chloe", "Tom", "Aisha", "Ivy", "Arjun", "Maisie", "Tariq", "Nia", "Oscar"}
    groups = {"play_game", "play_sport", "play_fantasy", "play_hyperbole", "play_idiom",
              "play_banter", "sad_news", "safety_talk", "task_chat", "history_homework",
              "feelings_ordinary", "C1", "C2", "C3", "C4", "S1", "S11"}
    assert len(HELD_OUT_3_NAMES) == 6 and not used & set(HELD_OUT_3_NAMES)
    assert len(HELD_OUT_3_TASKS) == 4
    assert groups <= {g for g, _ in HELD_OUT_3}, groups - {g for g, _ in HELD_OUT_3}
    fams = [f for _, f in HELD_OUT_3]
    assert len(fams) == len(set(fams))
    seen = set()
    counts = {}
    for (group, fam), temps in HELD_OUT_3.items():
        assert group in groups, group
        assert re.fullmatch(r"[a-z0-9_]+", fam), fam
        assert len(temps) == 8, (fam, len(temps))
        multi = 0
        for t in temps:
            parts = t if isinstance(t, list) else [t]
            assert parts and all(isinstance(p, str) and p.strip() for p in parts), (fam, t)
            assert not parts[-1].startswith(("OTHER:", "TARGET:")), (fam, t)
            for p in parts:
                for ph in re.findall(r"\{[^}]*\}?", p):
                    assert ph in ("{name}", "{game}"), (fam, p)
                assert p.count("{") == p.count("}"), (fam, p)
            multi += isinstance(t, list) and len(t) > 1
            key = _last(t).lower()
            assert key not in seen, ("duplicate", fam, key)
            seen.add(key)
        if group == "C3":
            assert multi >= 4, (fam, multi)
        counts[group] = counts.get(group, 0) + 1
    total = sum(len(t) for t in HELD_OUT_3.values())
    print(f"{len(HELD_OUT_3)} families, {total} labelled messages")
    for g in sorted(counts):
        print(f"  {g}: {counts[g]}")


if __name__ == "__main__":
    _self_check()
