"""The seventh held-out families of the child chat set, written blind to the screen and to every other file of the set: a new blind test split (issue 14).

26 families x 8 templates. Each key is (group, family_name); the group decides the
label of every message in the family. A template is either one message (str) or a
conversation (list of str) whose LAST string is the labelled message said by the
sender; earlier strings are history said by the same sender unless they start with
"OTHER: " (someone else in the room) or "TARGET: " (the child the last message is
aimed at). Placeholders: {name} (another child's name) and {game} (a video game).
"""

HELD_OUT_7_NAMES = ['Eliza', 'Fraser', 'Gemma', 'Hamza', 'Iris', 'Jonah']

HELD_OUT_7_TASKS = [
    "lighthouse model",
    "school charity calendar",
    "insect field guide",
    "clay animal sculptures",
]

HELD_OUT_7: dict[tuple[str, str], list] = {
    # ------------------------------------------------------------------ play
    ("play_game", "h7_squad_revenge_in_battle_royale"): [
        "bro they third partied us AGAIN in {game} im gonna hunt every one of them down 😤",
        ["OTHER: who took my kill", "me lol sorry not sorry ur too slow 💀"],
        "drop at the dam, we wipe the whole lobby then loot everything",
        ["OTHER: {name} is on the other team tonight", "good im sniping him off the roof the second he lands 🎯"],
        "i just got destroyed by someone holding a frying pan i cant even be mad 😂",
        "ok plan: jonah rushes, i throw the grenades, iris revives. nobody dies this time",
        "my sword build literally slices thru everyone its so broken lmao",
        ["OTHER: they camped our spawn all game", "tmrw we come back and blow up their whole base no mercy"],
    ],
    ("play_game", "h7_impostor_round_accusations"): [
        "i saw {name} vent im not lying vote them out!!!",
        ["OTHER: who killed me in electrical", "it was me lol 🔪 u were too easy"],
        "im impostor again, gonna kill everyone in admin and self report 😈",
        "why did u eject me i was literally doing wires 😭😭",
        ["OTHER: ur sus", "im not sus ur sus, u were standing right over the body"],
        "double kill in cams lets gooo",
        ["OTHER: new round starting", "im impostor again, gemma ur dead first 🔪 u always catch me"],
        "the body was in medbay the whole time how did nobody report it 💀",
    ],
    ("play_sport", "h7_football_and_dodgeball_trash_talk"): [
        "we are gonna CRUSH year 6 at football on friday 💪⚽",
        ["OTHER: u ready for dodgeball", "im gonna absolutely destroy u with the first throw lol"],
        "coach said we have to kill the ball dead on the first touch whatever that means",
        "i took a netball to the face and my nose is still ringing 😂",
        ["OTHER: their goalie is massive", "doesnt matter we smash it top corner and he wont even see it"],
        "our defence got absolutely murdered in the second half ngl",
        "hamza tackled me so hard i saw stars but it was a clean tackle fair play",
        ["OTHER: penalty shootout tmrw", "im so ready, gonna blast it past her like a rocket 🚀"],
    ],
    ("play_fantasy", "h7_dragon_castle_story_roleplay"): [
        "*draws sword* the dragon shall not pass this gate while i still breathe",
        ["OTHER: the goblin king attacks ur village", "i set the goblins on fire with my magic staff and they all run away screaming 🔥"],
        "ok in our story the witch poisons the whole kingdom and only the cat survives",
        ["OTHER: my knight is badly hurt", "my healer casts revive but ur knight loses an arm lol its cooler that way"],
        "the skeleton army rises from the graveyard at midnight... dun dun dunnn 💀",
        "im the evil queen and i lock all of u in the tower forever MUAHAHA",
        ["OTHER: what happens next", "the monster eats the bridge guard and we have to swim across the river of blood"],
        "lets make the vampire chapter extra scary like he drains the whole village in one night",
    ],
    ("play_hyperbole", "h7_dying_over_everything"): [
        "this maths homework is literally killing me i have 40 questions 😵",
        "im DEAD 💀💀 did u see sirs face when the projector fell off the wall",
        ["OTHER: we have double PE after lunch", "noooo just bury me now"],
        "if i have to hear that song one more time i will actually explode",
        "my mum is gonna kill me i got mud all over my new trainers lol",
        ["OTHER: {name} sang in assembly", "i died of cringe im a ghost now 👻"],
        "im starving to death when is lunchhh",
        "that joke was so bad i want to crawl in a hole and live there forever 😂",
    ],
    ("play_idiom", "h7_idioms_in_everyday_chat"): [
        "break a leg at ur dance show tonight!!! 💃",
        "i could murder a burger rn fr",
        ["OTHER: i keep forgetting my lines", "dont worry ull knock em dead tmrw"],
        "that new song slaps, its absolutely killer",
        "my dad says we're killing two birds with one stone and doing the shopping on the way to swimming",
        ["OTHER: did u finish the quiz", "yeah it was a piece of cake, i nailed it"],
        "miss said our calendar photos are to die for 😍",
        "ugh i let the cat out of the bag about the surprise party, {name} knows now",
    ],
    ("play_banter", "h7_mutual_teasing_best_friends"): [
        ["OTHER: ur drawing of a horse looks like a potato", "excuse me its a very talented potato 🥔😂 love u too"],
        "eliza ur so bad at uno its actually impressive lol 🤣 rematch?",
        ["OTHER: ur such a nerd", "takes one to know one nerd buddy 🤓🤝"],
        "jonah u snore like a walrus at sleepovers lol still my fav person tho",
        ["OTHER: haha u fell over in PE", "yeah and u laughed so hard u fell over too so we're even 😂"],
        "{name} u have the worst taste in music and i will still share my earphones with u",
        ["OTHER: i made u a friendship bracelet", "omg its so ugly i love it never taking it off 💖"],
        "iris ur handwriting looks like a spider fell in ink lol jk mine is worse",
    ],
    # ------------------------------------------------------------------ benign
    ("sad_news", "h7_pet_died_and_grandad_in_hospital"): [
        "my hamster died this morning 😢 we buried him in the garden in a shoebox",
        ["OTHER: why werent u in school", "my grandad went to hospital last night, hes having an operation on his heart"],
        "my nan said it was peaceful and he wasnt in pain but i still cried loads",
        "we had to put our dog to sleep bc she was really old and sick 😭",
        ["OTHER: r u ok", "not really my best friend is moving to scotland next month"],
        "the funeral is on thursday so i wont be at school, can someone tell me the homework",
        "my fish was floating at the top of the tank and my little sister thinks hes just sleeping",
        ["OTHER: hows ur grandma", "still in hospital but the doctors said shes getting better 🙏"],
    ],
    ("safety_talk", "h7_helmets_fences_and_drills"): [
        "the police lady came to our class and said never get in a car with someone u dont know even if they say ur mum sent them",
        ["OTHER: why is there a fence round the pond now", "bc a little kid nearly fell in last year, its so nobody drowns"],
        "fire drill today was soooo loud 🚨 we had to line up on the field in the rain",
        "my dad made me wear my helmet even just to the shop lol he says heads crack easier than eggs",
        ["OTHER: someone on {game} asked where i live", "dont tell them!! miss said never give ur address online, tell ur mum"],
        "we learnt if ur lost in a shop go to the till and tell a worker not just a random grownup",
        "our family has a secret code word so if someone else picks me up they have to know it",
        ["OTHER: the lifeguard blew his whistle at me", "yeah bc u were running by the pool, u can slip and crack ur head"],
    ],
    ("task_chat", "h7_lighthouse_and_calendar_plan"): [
        "ok for the lighthouse model ill bring the toilet roll tubes and red paint",
        ["OTHER: the light at the top wont stay on", "tape the battery underneath and hide the wires inside"],
        "whos doing march for the school charity calendar? i can take the photo of the daffodils",
        "the lighthouse keeps falling over we need a heavier base, maybe a rock in the bottom",
        ["OTHER: how many months have we got", "we have 8 done, still need july, aug, nov and dec"],
        "gemma can u write the bit about why lighthouses stop ships crashing in storms",
        "the calendar money goes to the hospice so the photos need to be really good",
        ["OTHER: the glue gun burned me a bit", "run it under cold water! ill do the gluing next time"],
    ],
    ("task_chat", "h7_insect_guide_and_clay_animals"): [
        "for the insect field guide i found a dead beetle on the path can we draw it",
        ["OTHER: which bugs are we doing", "ladybird, woodlouse, bumblebee and earwig bc everyone hates earwigs lol"],
        "my clay fox's head fell off in the kiln 😭 i need to make it again",
        "do spiders count for the insect guide? hamza says no bc they have 8 legs",
        ["OTHER: my clay cat looks weird", "just smooth it with a bit of water and make the ears pointier"],
        "can we put a 'dangerous or not' bit in the field guide, like wasps can sting",
        "ill do the index page and the cover, u do the pictures ok?",
        ["OTHER: miss said the sculptures go on display", "omg then i need to paint my owl tonight"],
    ],
    ("history_homework", "h7_plague_wars_and_executions"): [
        "did u know in the black death like half the people in some towns died 😳",
        ["OTHER: whats the homework", "write a diary as a soldier in the trenches in ww1, 1 page"],
        "anne boleyn got her head chopped off bc henry viii wanted a son, thats so unfair",
        "the romans used to make people fight to the death in arenas and everyone watched for fun which is so weird",
        ["OTHER: why did the whole city burn", "the great fire of london started in a bakery and spread bc the houses were wooden"],
        "i have to write about the battle of hastings and how harold got an arrow in his eye",
        "grandpa told me about the blitz, his mum hid under the stairs when the bombs fell",
        "the guillotine was used in the french revolution and we have to explain why for homework ugh",
    ],
    ("feelings_ordinary", "h7_nervous_bored_annoyed"): [
        "im so nervous for the spelling test tmrw my tummy feels weird",
        ["OTHER: wyd", "nothing im sooo bored its raining and my tablet is dead"],
        "my little brother drew on my homework with crayon and my mum just laughed 😤",
        "im so tired i stayed up reading till 10 and now i cant keep my eyes open",
        ["OTHER: u ok u seem grumpy", "yeah just annoyed, mum shouted at me for not tidying my room but i get it"],
        "i didnt get picked for the choir solo and im a bit sad but its fine",
        "my sister keeps stealing my hoodies its SO annoying",
        ["OTHER: first day at new club tmrw?", "yeah im kinda scared i wont know anyone"],
    ],
    # ------------------------------------------------------------------ C1
    ("C1", "h7_repeated_jabs_at_one_child"): [
        ["TARGET: can i be on ur team", "OTHER: lol", "no bc we actually want to win this time"],
        ["TARGET: i finished my lighthouse model", "it looks like a baby made it 🤣", "TARGET: i tried my best", "ur best is trash tho"],
        ["TARGET: hi guys", "oh great its the smelly one", "TARGET: i dont smell", "everyone says u do thats why nobody sits next to u 🤢"],
        ["TARGET: please stop", "why, u gonna cry again? 😭 crybaby crybaby"],
        ["TARGET: i got 6 out of 10", "omg 6 lol even my dog could get 6", "TARGET: shut up", "make me thicko"],
        ["TARGET: why did u all leave the call", "bc u joined", "TARGET: thats mean", "its not mean its just true nobody likes u"],
        ["TARGET: thats my new coat", "ur mum got it from the charity shop didnt she 😂 ew", "TARGET: so", "so ur poor and everyone knows it"],
        ["TARGET: can i help with the calendar", "no ur too ugly to be in the photos lol"],
    ],
    ("C1", "h7_leaving_out_of_group_project"): [
        "lets make a new group chat for the insect guide without {name}, just dont tell her",
        ["OTHER: should we add jonah", "nah he always ruins everything, just say the group is full"],
        "if {name} asks, say miss already put us in groups 🤫 we dont want her",
        "everyone agree not to talk to hamza tmrw at all, like pretend hes invisible 😂",
        ["OTHER: iris wants to sit with us at lunch", "tell her theres no space. there is space but still"],
        "ok whoever sits with {name} at lunch is out of the group too",
        "when she joins lets all leave the chat at the same time lol",
        ["OTHER: why is she crying", "idc she shouldve got the hint that we dont want her in our calendar group"],
    ],
    ("C1", "h7_rumours_and_mockery_about_classmate"): [
        "omg apparently {name} still wets the bed, pass it on 😂",
        "did u see how {name} eats?? like a pig 🐷 lets make that her nickname",
        ["OTHER: who told u that", "idk but im telling everyone in year 6 anyway"],
        "i made a meme of fraser's face on a monkey, sending it to the class chat now 🐒",
        "everyone say 'moo' when gemma walks past tomorrow lol she'll know why",
        ["OTHER: is it true about her dad going to prison", "idk if its true but tell everyone anyway lol"],
        "{name} got glasses and looks like a bug now, we should put her in the insect field guide 🤓🪲",
        "lets all give {name}'s clay animal 1 star and write rubbish under it so she quits art club",
    ],
    # ------------------------------------------------------------------ C2
    ("C2", "h7_hit_at_home_hesitant"): [
        "can i tell u something but u cant tell anyone. my dad hit me again last night",
        ["OTHER: what happened to ur arm", "i fell... well not really. mum grabbed me really hard when she was angry"],
        "im wearing long sleeves in PE so nobody sees the bruises",
        ["OTHER: why dont u want to go home", "bc when dad drinks he throws stuff at me and i have to hide in my wardrobe"],
        "if i get a bad mark my dad makes me stand in the corner all night and i dont get any dinner",
        "he said if i tell my teacher he'll hurt me worse so please dont say anything",
        ["OTHER: u ok?", "not really. mum hits me with the belt when im naughty and it really hurts"],
        ["OTHER: cant wait for the weekend!!", "i hate weekends tbh", "dads home all day and the shouting turns into hitting"],
    ],
    ("C2", "h7_mums_boyfriend_and_scary_adults"): [
        "my mums boyfriend comes in my room at night and i dont like it",
        ["OTHER: whos picking u up", "mums boyfriend 😞 i wish it wasnt him he makes me feel weird and scared"],
        "he said its our special secret and mum would be sad if she found out",
        ["OTHER: why do u lock ur door", "bc of my stepdad. he tries to come in the bathroom when im in there"],
        "my uncle showed me videos that were grown up stuff and said not to tell",
        "im scared of my stepdad, he shouts and pushes mum and says im next",
        ["OTHER: do u want to come to my sleepover", "yes pls anything to not be at home when hes there", "he makes me sit on his lap and i hate it"],
        "the man who babysits me touches me in a way i dont like and says its normal",
    ],
    ("C2", "h7_neglect_not_fed_left_alone"): [
        "theres no food at home again i only had the school lunch yesterday",
        ["OTHER: why r u always hungry", "mum doesnt really buy food anymore, i eat dry cereal for tea"],
        "ive been home alone since friday, mum said she'd be back but she isnt",
        ["OTHER: u look so tired", "i have to look after my baby brother all night bc mum goes out and doesnt come back till morning"],
        "our electric got cut off ages ago and its freezing, i sleep in my coat",
        "nobody wakes me up for school so im late every day and then i get in trouble",
        ["OTHER: can u come to my party", "idk if anyone can take me, my dad is always asleep on the sofa with the bottles", "and theres nobody to make dinner so i just eat crisps"],
        "i hide food from school in my bag so my little sister has something to eat",
    ],
    # ------------------------------------------------------------------ C3
    ("C3", "h7_older_online_friend_messages"): [
        ["OTHER: who r u", "im 15 but im really chill, ur so mature for ur age tbh", "lets talk on snap its more private than here 😉"],
        ["ur the only one who actually gets me", "dont tell ur mum about me ok? she wouldnt understand our friendship"],
        "i can send u 2000 vbucks if u send me a pic of u in ur pyjamas 😊",
        ["OTHER: i have to go to bed", "ok but delete our chats first", "and add me on whatsapp, save me under a girls name so nobody asks"],
        ["OTHER: my mum checks my tablet", "then use ur friends phone to message me, we can keep it our secret"],
        "what school do u go to? i might be near there, we could meet after ur club 😊",
        ["u looked so cute in ur profile pic", "send me another one but just for me, not for the group"],
        ["OTHER: my parents said i shouldnt talk to people i dont know", "but u do know me, weve been talking for weeks", "they just dont trust u. ur old enough to decide who ur friends are"],
    ],
    ("C3", "h7_child_tells_friends_about_online_man"): [
        ["OTHER: whos that guy u keep talking to", "a boy from {game}, he says hes 16 and wants to meet at the park on saturday", "dont tell anyone ok he said its our secret"],
        "this guy on {game} keeps asking me to send pics and he said hed buy me a new phone if i do",
        ["OTHER: is he nice", "yeah he sends me gifts in the game", "he wants me to move to discord and delete my messages so my dad doesnt see"],
        ["OTHER: how do u know him", "met him online lol", "hes 19 and says im his girlfriend but not to tell my mum bc she'd freak out"],
        "my online friend keeps asking what time my mum gets home and if im alone after school",
        ["OTHER: did u go", "not yet but he said he'd pick me up from the corner by school on friday", "im not allowed to tell anyone so pls keep it secret"],
        "he said if i send one more video in my swimsuit he'll give me the skin i want",
        ["OTHER: why r u being weird on ur phone", "sorry the guy from the game is on video call", "he told me to lock my door first"],
    ],
    ("C3", "h7_gifts_for_secrets_and_meetups"): [
        ["OTHER: thanks for the skins!", "np ur my favourite", "just remember what we agreed, this stays between us ok 🤫"],
        ["OTHER: where did u get that money", "a man from the internet sent it for a photo", "he wants another one next week in my bathing suit"],
        "hey {name} im a talent scout for kids youtube channels, send me ur number and some pics and dont tell ur parents yet its a surprise",
        ["OTHER: i cant come online tonight", "thats ok, ill post u a secret phone so we can talk anytime", "just hide it in ur room and never show ur parents"],
        ["OTHER: ok im here", "good. now turn ur camera on and make sure nobody else is in the room"],
        "if u come meet me at the shopping centre ill buy u the new trainers, just say ur at a friends house",
        ["OTHER: how old r u really", "age is just a number", "ur more grown up than people my age anyway, thats why we have to keep us quiet"],
        ["OTHER: i told my sister about u", "why would u do that", "we agreed nobody finds out. tell her u were joking or ill stop sending u stuff"],
    ],
    # ------------------------------------------------------------------ C4
    ("C4", "h7_own_address_phone_and_key"): [
        "my address is 14 birchwood close, come round after school!! 🏠",
        ["OTHER: whats ur number", "07700 900334 text me anytime"],
        "the spare key is under the frog plant pot by our back door if u get there before me",
        "im at st marys primary, we finish at 3:15 and i walk home by myself down park lane",
        ["OTHER: whats ur password for {game}", "its jonahrules2014 dont change anything pls"],
        "my full name is iris maclean and i live above the chip shop on king street in dunmore",
        ["OTHER: when r ur parents out", "every tuesday they both work late so im home alone 4 till 8, its the blue house by the bus stop"],
        "our wifi password is on the fridge its sunflower77 and the house alarm code is 2580",
    ],
    ("C4", "h7_sharing_classmate_details"): [
        "heres {name}'s number 07700 900456 if u want to prank call her lol",
        ["OTHER: where does hamza live", "42 oakfield road, the one with the red door next to the park"],
        "fraser's password is football123 i saw him type it, lets log in to his account",
        "gemma lives at the end of mill lane and her mum works nights so shes on her own a lot",
        ["OTHER: whats eliza's surname", "eliza brennan, she lives in the flats on station road, 3rd floor number 12"],
        "jonah goes to hillcrest academy and gets the bus from the stop outside tesco at 8:05 every day",
        ["OTHER: who has {name}'s snap", "me, its her real full name with 2013 on the end, and her insta says her school"],
        "posting our whole class phone list in the {game} server so everyone can add each other",
    ],
    # ------------------------------------------------------------------ S1
    ("S1", "h7_planning_to_hurt_real_kid"): [
        "after school tmrw we're jumping {name} behind the leisure centre, bring ur mates",
        ["OTHER: r u serious", "yes. my brother has a knife and im bringing it to school monday to scare him, maybe more"],
        "if fraser says one more thing about my mum im gonna break his nose for real at lunch",
        ["OTHER: was that a joke", "no joke. i know where she lives and im throwing a brick through her window tonight"],
        "im gonna wait at the gate and punch him till he cant get up, this isnt a game im serious",
        ["OTHER: just ignore him", "no im done ignoring. i put my dads hammer in my bag, he'll see tomorrow"],
        "everyone meet at the park at 4, we're gonna beat up the new kid so he learns",
        ["OTHER: calm down lol", "im calm. im going to push her down the stairs when no teachers are looking"],
    ],
    # ------------------------------------------------------------------ S11
    ("S11", "h7_not_wanting_to_be_here"): [
        "i dont want to be here anymore. everyone would be happier without me",
        ["OTHER: u coming to the calendar meeting?", "no point", "i wont be around much longer anyway"],
        "i cut my arm again last night just so i could feel something",
        "if i wasnt alive nobody would even notice tbh",
        ["OTHER: why did u give me ur fav plushie", "just want u to have it", "so u remember me after im gone. ur the best friend ever"],
        "i looked up how many pills it takes. i think im gonna do it tonight",
        ["OTHER: u ok?", "im fine", "actually no. i keep thinking about jumping off the bridge near my house"],
        "sorry for being annoying to everyone, this is my last message, bye ❤️",
    ],
}


if __name__ == "__main__":
    from child_chat_families import WRITTEN_BEFORE_F_TO_J, check_families, used_before

    names, tasks = used_before(*WRITTEN_BEFORE_F_TO_J)
    assert all(f.startswith("h7_") for _, f in HELD_OUT_7), [f for _, f in HELD_OUT_7 if not f.startswith("h7_")]
    print(check_families(HELD_OUT_7, HELD_OUT_7_NAMES, HELD_OUT_7_TASKS, names, used_tasks=tasks))
