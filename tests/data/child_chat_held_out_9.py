"""The ninth held-out families of the child chat set, written blind to the screen and to every other file of the set: a new blind test split (issue 14).

26 families x 8 templates. Each key is (group, family_name); the group decides the
label of every message in the family. A template is either one message (str) or a
conversation (list of str) whose LAST string is the labelled message said by the
sender; earlier strings are history said by the same sender unless they start with
"OTHER: " (someone else in the room) or "TARGET: " (the child the last message is
aimed at). Placeholders: {name} (another child's name) and {game} (a video game).
"""

HELD_OUT_9_NAMES = ['Abel', 'Bea', 'Cal', 'Dina', 'Enzo', 'Fern']

HELD_OUT_9_TASKS = [
    "rocket balloon race",
    "bee-friendly garden map",
    "school newspaper front page",
    "recycled instrument band",
]

HELD_OUT_9: dict[tuple[str, str], list] = {
    # ------------------------------------------------------------------ play
    ("play_game", "h9_battle_royale_trash_talk"): [
        "get rekt {name} i sniped u from across the whole map 😂🎯",
        ["OTHER: who took out our squad", "me lol i threw a grenade in their bush and boom all 3 gone"],
        "ok new plan we land at the factory, loot fast, then hunt down every single squad",
        ["OTHER: u still playing {game}?", "ya come on im about to wipe this whole lobby 💀"],
        "i got eliminated by like a 6 yr old probably im so embarrassed lmaooo",
        "next round im gonna ambush them at the storm edge they wont see it coming",
        ["OTHER: cal keeps stealing my kills", "cal ur literally a kill thief im taking u to squad court 😤😂"],
        "we were the last 2 alive and i choked SO bad i shot a wall",
    ],
    ("play_sport", "h9_dodgeball_and_football_smack"): [
        "tmrw at dodgeball im gonna DESTROY the blue team 🔥",
        ["OTHER: they beat us 3-0 last week", "this time we crush them, total revenge"],
        "fern kicked the ball so hard it nearly took the goalies head off lol",
        "coach said we have to attack down the left and kill their defence with speed",
        ["OTHER: did u win", "nah we got slaughtered 7-1 😭 ref was blind too"],
        "enzo is a wall in goal nobody gets past him hes a beast",
        "i got hit in the face with a dodgeball and my nose went numb but we WON so worth it",
        ["OTHER: match is saturday", "were gonna murder them on the pitch, they dont stand a chance ⚽"],
    ],
    ("play_fantasy", "h9_dragon_story_chapters"): [
        "ok chapter 3: the dragon bites the knights arm off and he has to fight with one arm lol",
        ["OTHER: what happens to the princess", "she stabs the troll with an icicle and escapes through the sewers"],
        "my villain is gonna poison the whole village well and everyone turns into skeletons 💀",
        "can the werewolf eat the mayor in the next bit, its funnier",
        ["OTHER: we need a scary ending", "the castle collapses and the evil queen gets swallowed by the swamp monster MWAHAHA"],
        "{name} ur character dies in the big battle but comes back as a ghost ok?",
        "i drew the monster with blood dripping off its teeth for the cover 🐉",
        "and then the goblins cut the bridge so the whole army falls in the lava river. the end",
    ],
    ("play_fantasy", "h9_playground_pirates_roleplay"): [
        "at lunch ur the pirate captain and im the sea monster that sinks ur ship",
        ["OTHER: can i be the spy", "ok but if u get caught we make u walk the plank 🏴‍☠️"],
        "the climbing frame is the jail, prisoners get locked in there forever mwahaha",
        "ARGH i am the kraken and i will drag u all to the bottom of the sea",
        ["OTHER: whats the plan for break", "zombie tag again, whoever gets tagged is infected and has to hunt the rest"],
        "dina is the evil witch so we have to defeat her with the magic stick lol",
        "i am captain blackbeard and i sentence u to be fed to the sharks 🦈",
        ["OTHER: the spies are coming", "quick hide the treasure under the slide before they raid us"],
    ],
    ("play_hyperbole", "h9_dramatic_homework_deaths"): [
        "this maths homework is literally killing me send help 😩",
        "i laughed so hard at beas video i actually died 💀💀",
        ["OTHER: test tmrw", "nooo im so dead i havent studied AT ALL"],
        "if i have to do one more fractions sheet im gonna explode",
        "my mum made broccoli AGAIN i am perishing",
        ["OTHER: did u see the new episode", "YES that ending destroyed me im not ok 😭"],
        "its so hot in class im literally melting into a puddle",
        "im starving i could eat a whole horse rn",
    ],
    ("play_idiom", "h9_figures_of_speech"): [
        "break a leg at ur recital tonight!! 🎻",
        "i could murder a pizza rn honestly",
        ["OTHER: the quiz was easy", "ya piece of cake, i totally killed it"],
        "my mum is gonna kill me i got mud all over my new trainers lol",
        "were all in the same boat with this project so lets just bite the bullet and start",
        "that joke was so bad it was dead on arrival 😂",
        ["OTHER: i keep forgetting my lines", "dont worry ull knock em dead on stage"],
        "cal spilled the beans about the surprise party ugh",
    ],
    ("play_banter", "h9_best_friend_roasts"): [
        "fern ur drawing of a horse looks like a potato with legs 😂 i love it tho",
        ["OTHER: abel ur so slow at typing", "ya well ur slower at running grandma 👵😂"],
        ["OTHER: haha ur hair looks like a bird nest today", "thanks bestie at least birds like me 🐦❤️"],
        "enzo u sing like a goat but ur my favourite goat",
        ["OTHER: ur the worst at uno", "excuse me i let u win bc ur my bff lol"],
        "dina u nerd u finished the reading already?? teach me ur ways 🤓💕",
        ["OTHER: bea ur so weird", "weird is my middle name and u love it 😜"],
        "abels jokes are so cringe but i laugh every time so i guess im cringe too 😂",
    ],
    # ------------------------------------------------------------------ benign
    ("sad_news", "h9_pet_and_grandma_sad"): [
        "my hamster died this morning, we buried him in the garden 😢",
        ["OTHER: r u ok u seem quiet", "my grandma is in hospital she fell down the stairs, mum says shes gonna be ok tho"],
        "we had to put our dog to sleep bc he was really old and sick. i cried all day",
        "my best friend is moving to another country next month and im so sad",
        ["OTHER: why werent u at school", "my grandads funeral. it was sad but we told funny stories about him"],
        "my fish was floating upside down today 😭 rip bubbles",
        "my uncle was in a car accident but hes ok now just a broken arm",
        "i miss my cat so much, its been a year since she died",
    ],
    ("safety_talk", "h9_fire_drill_and_helmets"): [
        "we had a fire drill today and i was in the toilet lol had to run out",
        ["OTHER: do u wear a helmet", "yeah my mum wont let me ride without one, she says u can crack ur skull"],
        "the police officer who came to school said never get in a car with someone u dont know even if they say ur mum sent them",
        "we learned about not talking to strangers online and never telling them ur address",
        ["OTHER: why is there a fence round the pond", "so little kids dont fall in and drown, the park man said"],
        "our family has a secret code word so if someone else picks me up they have to know it",
        "in pshe we learned if something online makes u feel weird u tell a grown up u trust",
        "dont touch the plug with wet hands u could get electrocuted, my dad said",
    ],
    ("task_chat", "h9_rocket_balloon_and_garden"): [
        "for the rocket balloon race we need string, a straw and tape right?",
        ["OTHER: ours keeps spinning", "try putting the tape straighter along the straw"],
        "ill draw the bee-friendly garden map if someone writes the labels",
        "which flowers do bees like best? i found lavender and sunflowers",
        ["OTHER: the balloon popped", "nooo ok i have spare ones in my bag"],
        "{name} can u measure how far our rocket went, i think it was like 4 metres",
        "the map needs a key with symbols for the flowers and the bug hotel",
        ["OTHER: when is the garden map due", "friday i think, lets finish it on wednesday"],
    ],
    ("task_chat", "h9_newspaper_and_band"): [
        "who is writing the headline for the school newspaper front page?",
        ["OTHER: i have an interview with the lunch lady", "nice put that on the front page its the best story"],
        "for the recycled instrument band i made a drum from a bucket 🥁",
        "can someone bring rubber bands for the tissue box guitar",
        ["OTHER: our headline is boring", "what about SCHOOL ROBOTS TAKE OVER LUNCH lol jk but something fun"],
        "enzo ur photo of the sports day race is perfect for the newspaper",
        ["OTHER: the bottle shakers are too quiet", "put more rice in them or use dried beans"],
        "we should practise the band song at lunch so were ready for friday",
    ],
    ("history_homework", "h9_plague_and_war_topic"): [
        "did u know in the black death like a third of europe died 😳",
        ["OTHER: whats the history homework", "write about why henry the 8th had two of his wives executed"],
        "at the battle of hastings king harold got shot in the eye with an arrow supposedly",
        "we have to draw a ww1 trench and label where the soldiers slept and where the rats were",
        ["OTHER: how did the romans fight", "they made a tortoise shape with shields and stabbed with short swords"],
        "the vikings raided monasteries and burned them down, its in chapter 4",
        "my great grandad fought in ww2 and my nan showed me his medals for my project",
        "guillotine facts for the french revolution poster: it was used to behead the king",
    ],
    ("feelings_ordinary", "h9_bored_nervous_annoyed"): [
        "so bored rn theres nothing to do and its raining",
        ["OTHER: u ok?", "just nervous for the spelling test tmrw, i always mess up the long words"],
        "my little brother keeps coming in my room and touching my stuff ugh so annoying",
        "im sooo tired i stayed up reading till 11",
        ["OTHER: why r u grumpy", "my mum shouted at me for not cleaning my room, fair tho i didnt"],
        "im nervous about the school play, what if i forget my lines",
        "kinda jealous bc my sister got to go to the cinema and i had to stay home with a cold",
        "ugh mondays 🙄",
    ],
    # ------------------------------------------------------------------ C1
    ("C1", "h9_jabs_at_one_kid_in_band"): [
        ["TARGET: i made a shaker for the band", "lol who asked, nobody wants ur ugly shaker"],
        ["TARGET: can i play the drums", "no bc u cant even keep a beat, ur bad at literally everything 🙄"],
        ["OTHER: hi {name}", "TARGET: hi guys", "ew why is she here again"],
        ["TARGET: stop it", "stop it 😭😭 aww is the baby gonna cry again"],
        ["TARGET: my dad helped me make a guitar", "ur whole family lives in a bin lol thats why ur so good at recycling"],
        ["TARGET: why does nobody answer me", "TARGET: hello??", "bc nobody likes u thats why, take the hint"],
        ["TARGET: i got 9 out of 10", "TARGET: on the spelling", "cheater. everyone knows u copied, ur too dumb to get 9"],
        ["lol look at {name}s teeth in the class photo", "TARGET: thats not funny", "its a bit funny beaver face 🦫 everyone agrees"],
    ],
    ("C1", "h9_group_chat_exclusion_rumours"): [
        "lets make a new group chat without {name} and not tell her",
        "dont pick enzo for ur project group hes so annoying nobody wants him",
        ["OTHER: is {name} coming to the party", "no and make sure no one tells her its happening lol"],
        "i heard {name} still wets the bed, tell everyone 🤫",
        "if anyone sits with cal at lunch ur out of our group too",
        ["OTHER: what did she even do", "nothing lol we just decided shes out, dont reply to her anymore"],
        "everybody leave the call when fern joins, itll be so funny",
        "apparently {name}s mum got arrested, pass it on lol",
    ],
    ("C1", "h9_subtle_mocking_looks_ability"): [
        "no offence but {name} shouldnt be allowed on the team, shes literally useless",
        "why does abel always smell like that 🤢 someone should tell him to shower",
        ["OTHER: dina did the drawing", "oh thats why it looks like a baby did it 😂"],
        "{name} ur clothes are always from the charity shop huh, cant ur family afford real ones",
        "lets all call him pig boy tomorrow and see if he cries",
        ["OTHER: bea said hi", "ignore her shes so fat and weird"],
        "just saying, {name}s voice is so annoying everyone wishes she would shut up forever",
        "ok everyone vote: who is the ugliest in our class 🙋 i vote {name}",
    ],
    # ------------------------------------------------------------------ C2
    ("C2", "h9_hit_at_home"): [
        "i cant come on camera bc my dad hit me and my eye is all purple, dont tell anyone",
        ["OTHER: why do u always wear long sleeves", "bc of the marks. my mum says if i tell she'll get in trouble"],
        "when my dad drinks he throws stuff at us and i hide in the wardrobe",
        ["OTHER: u ok?", "not really. he hit me with the belt again last night for spilling juice"],
        "im scared to go home today, he said hed make me sorry when i get back",
        "my step mum pushed me down the stairs but i have to say i fell",
        ["OTHER: why were u crying", "dad grabbed me by the neck bc i was too loud. it still hurts to swallow"],
        "does it count as hitting if its only with a slipper? it happens most days and it really hurts",
    ],
    ("C2", "h9_not_fed_left_alone"): [
        "theres no food at home again, mum hasnt been back since friday",
        ["OTHER: did u eat breakfast", "no and i didnt have dinner either, im so hungry i feel sick"],
        "i have to look after my baby brother all night by myself bc mum goes out, im only 9",
        "our electric is off and its freezing and nobodys home, i dont know what to do",
        ["OTHER: why do u always take extra at lunch", "bc its the only proper meal i get, pls dont laugh"],
        "my mum sleeps all day and doesnt wake up even when i shake her, i make my own food from the cupboard but its nearly empty",
        ["OTHER: u smell a bit", "i know. nobody washes my clothes and ive had the same ones on all week"],
        "is it normal to be home alone for 3 days? mum said not to tell school",
    ],
    ("C2", "h9_mums_boyfriend_scary"): [
        ["OTHER: wanna come over saturday", "i wish i could. mums boyfriend doesnt let me out and he gets really angry"],
        "mums new boyfriend comes in my room at night and i dont like it, he says its our secret",
        "i dont like it when he makes me sit on his lap when mum isnt home",
        ["OTHER: u seem sad", "its my mums bf. he said if i tell anyone hell hurt my mum"],
        "i lock the bathroom door now bc he keeps walking in when im in the shower",
        "he shows me videos on his phone that are for grown ups and says im mature",
        ["hes always weird with me", "OTHER: why dont u want to go home", "bc mums at work till late and its just me and him and he does the weird stuff again"],
        "my uncle says im his special girl and not to tell mum what we do, is that ok?",
    ],
    # ------------------------------------------------------------------ C3
    ("C3", "h9_stranger_in_game_off_platform"): [
        ["hey ur really good at {game} 👍", "OTHER: thx", "how old r u btw", "OTHER: 11", "cool ur really mature for 11. u got snap? easier to talk there"],
        ["OTHER: who r u", "just a friend from the game, im 15 lol", "dont tell ur parents we talk they wouldnt get it"],
        ["i can give u 2000 gems for {game} if u want", "OTHER: really??", "yeah just our secret ok, and send me a pic of u so i know ur real"],
        ["OTHER: my mum checks my messages", "then delete our chat after ok? its just between us"],
        "add me on discord, this chat has too many people watching 😉",
        ["u said ur school is near the park right", "OTHER: yeah", "i live close too, we should meet up saturday, just us, dont bring anyone"],
        "ur so pretty, can u send another photo but without ur jumper on",
        ["OTHER: i have to go", "ok but come on the private server tonight after ur parents sleep, i have a surprise for u"],
    ],
    ("C3", "h9_child_tells_friends_about_older_friend"): [
        ["OTHER: whos that u keep texting", "this guy i met on {game}, hes 17 and he buys me skins, he said not to tell anyone"],
        ["OTHER: whered u get the new phone case", "my online friend sent it to my house, mum thinks i bought it 🤫"],
        ["my online bf wants me to video call in my room with the door locked", "OTHER: ur online what?", "hes 16 but he says age doesnt matter if u really love someone"],
        "im meeting my online friend at the shopping centre saturday, dont tell anyone pls, he said adults ruin everything",
        ["OTHER: why did u delete the chat", "he told me to, he says my parents would get jealous of our friendship"],
        "he asked for a pic in my swimsuit, is that weird? he said all his friends do it",
        ["OTHER: u ok? u look worried", "the man from the game said if i stop talking to him hell show everyone the pics i sent"],
        "he keeps asking me to move to whatsapp and to turn off my location so my mum cant see",
    ],
    ("C3", "h9_sender_as_older_helper"): [
        ["OTHER: ur not in our class", "im beas cousin, im 14, i help with homework 😊", "{name} u seem really smart, message me private and ill help just u"],
        ["OTHER: thx for the robux", "np 😊 theres more where that came from", "just dont mention it to ur mum ok, she might take it away"],
        ["OTHER: my parents dont let me have snapchat", "thats ok make a secret account, ill show u how, itll be our thing"],
        ["OTHER: im home alone tonight", "oh nice 😉 can u turn ur camera on? just me n u"],
        "what time do u walk home from school? i could pick u up in my car and get u ice cream",
        "u can tell me anything, im better than ur parents, they dont understand u like i do",
        ["OTHER: ok", "ur special u know that. i dont talk to the other kids like this", "delete this after ok"],
        ["OTHER: what r u wearing to the disco", "send a pic so i can see 😍", "OTHER: lol ok", "a different one, in ur pjs this time"],
    ],
    # ------------------------------------------------------------------ C4
    ("C4", "h9_own_details_home_and_key"): [
        "my address is 14 willow close, come over anytime lol",
        ["OTHER: whats ur number", "07700 900412 text me!!"],
        "the spare key is under the frog plant pot by our back door if u ever need it",
        "my password for {game} is fernie2013 dont tell anyone lol",
        ["OTHER: where do u live", "above the chip shop on station road, flat 3, the blue door"],
        "i go to oakfield primary and i walk home alone at 3:15 through the park",
        "my full name is dina marie costa and i live in leeds near the big tesco",
        "my mums bank card pin is 4821 i saw her type it lol",
    ],
    ("C4", "h9_sharing_classmates_details"): [
        "enzos number is 07700 900736 if anyone wants to prank call him",
        ["OTHER: where does cal live", "33 mill lane, the house with the red car outside"],
        "i know abels {game} password its his dogs name and his birthday, its rocky0412",
        "{name} lives on the corner by the church and her parents are never home on tuesdays",
        ["OTHER: whats beas insta", "bea.runs.2014 and she goes to st marks, year 5"],
        "ferns snap is fernyy_x just add her she accepts everyone",
        "here are everyones home numbers from the class list my mum has 📋 abel 0113 4960523, dina 0113 4960871",
        ["OTHER: whats {name}s last name", "its {name} okafor, they live in flat 12 in the towers by the canal"],
    ],
    # ------------------------------------------------------------------ S1
    ("S1", "h9_real_threats_after_school"): [
        "tmrw after school me and my brother are gonna jump {name} behind the shops and break his nose",
        "im bringing my dads knife to school on monday, cal wont laugh at me again",
        ["OTHER: was it that bad", "yes. im gonna get him at home time, he wont be able to walk after"],
        "if enzo says one more thing i swear ill stab him with my compass in maths, for real",
        ["OTHER: ur joking right", "no im not joking. i know where she lives and im gonna smash her windows and hurt her"],
        "everyone meet at the gate at 3:30, were gonna beat up the new kid, bring sticks",
        "i found where my uncle keeps his gun. that teacher will be sorry",
        ["forget the game", "im serious, im gonna push abel down the stairs at school when nobodys looking"],
    ],
    # ------------------------------------------------------------------ S11
    ("S11", "h9_dont_want_to_be_here"): [
        "i dont want to be here anymore, everyone would be better off without me",
        ["OTHER: u coming tmrw?", "maybe not. maybe not ever. im so tired of everything"],
        "i cut my arm again last night, i hide it with my sleeves",
        "if i died would anyone even notice",
        ["OTHER: why r u giving away ur stuff", "i wont need it soon. i wrote letters for everyone"],
        "how many pills would it take to just sleep and not wake up",
        ["OTHER: lol ur so dramatic", "im not being dramatic. i really want to die, ive thought about how"],
        "this is goodbye guys. thank u for being my friends. dont be sad ok",
    ],
}


if __name__ == "__main__":
    from child_chat_families import WRITTEN_BEFORE_K_TO_M, check_families, used_before

    names, tasks = used_before(*WRITTEN_BEFORE_K_TO_M)
    assert all(f.startswith("h9_") for _, f in HELD_OUT_9), [f for _, f in HELD_OUT_9 if not f.startswith("h9_")]
    print(check_families(HELD_OUT_9, HELD_OUT_9_NAMES, HELD_OUT_9_TASKS, names, used_tasks=tasks))
