"""The training families of the child chat set written blind to the screen, set F (issue 14).

26 families x 8 templates. Each key is (group, family_name); the group decides the
label of every message in the family. A template is either one message (str) or a
conversation (list of str) whose LAST string is the labelled message said by the
sender; earlier strings are history said by the same sender unless they start with
"OTHER: " (someone else in the room) or "TARGET: " (the child the last message is
aimed at). Placeholders: {name} (another child's name) and {game} (a video game).
"""

TRAIN_BLIND_F_NAMES = ['Ada', 'Bilal', 'Cora', 'Dylan', 'Edie', 'Farah']

TRAIN_BLIND_F_TASKS = [
    "ocean plastic survey",
    "kite design challenge",
    "school radio jingle",
    "fossil dig report",
]

TRAIN_BLIND_F: dict[tuple[str, str], list] = {
    # ------------------------------------------------------------------ play
    ("play_game", "f_respawn_revenge_trash_talk"): [
        "get rekt {name} 💀 i sent u straight back to the lobby",
        ["OTHER: who took out our whole squad", "me lol i hid in the bush with a shotgun for 10 mins straight"],
        "we r gonna slaughter the red team tonight in {game} be online at 6",
        ["OTHER: {name} keeps camping at spawn", "ok next round i blow him up with a sticky grenade the second he moves 😂"],
        "my sword does 400 dmg now i can one shot the dragon",
        "stop stealing my kills u vulture 😤🎮",
        ["OTHER: bro i died to fall damage again", "LMAO u survived the whole war and then tripped off a roof"],
        "whoever knocks me off the map first owes me 500 coins",
    ],
    ("play_sport", "f_match_day_smack_talk"): [
        "we r gonna destroy year 6 at football tmrw 😤⚽",
        ["OTHER: their goalie is huge", "doesnt matter we'll crush them, {name} just aim for the corners"],
        "coach said if we dont defend better we r dead meat lol",
        "i slide tackled {name} by accident in pe and we both ended up in the mud 😂",
        ["OTHER: did u see the penalty", "yeah i absolutely smashed it top bins the keeper had no chance"],
        "the other team got murdered 7-0 they looked so sad at the end lol",
        "after the beep test my legs are jelly i cant feel anything 🦵",
        ["OTHER: rematch at lunch?", "bring it, winner gets the good ball and loser has to carry the cones"],
    ],
    ("play_fantasy", "f_dragon_siege_roleplay"): [
        "*draws sword* the goblin king shall fall by my hand tonight!!",
        ["OTHER: *the troll swings his club at u*", "*rolls under it and stabs him in the foot* ha take that ugly troll"],
        "ok in our story the witch turns the whole village to stone and only the cat survives 🐈‍⬛",
        ["OTHER: my character is a vampire", "then mine is a vampire hunter and i will hunt u down at midnight 🧛‍♀️🗡️"],
        "the dragon burns the castle and we have to escape through the sewer tunnels",
        "{name} ur the evil queen this time and u have to lock us in the dungeon",
        ["OTHER: the monster ate the knight", "nooo he was my favourite 😭 ok his ghost comes back for revenge"],
        "chapter 3: the skeleton army rises from the graveyard and marches on the town",
    ],
    ("play_hyperbole", "f_homework_is_killing_me"): [
        "this maths homework is literally killing me 😵",
        "i'm DEAD 😂😂 that video of the goat screaming",
        ["OTHER: we have a spelling test tmrw", "noooo i'm gonna die i havent learned a single word"],
        "if mum makes me eat broccoli one more time i will actually explode",
        "{name} that joke killed me i cant breathe 🤣",
        "i'm so hungry i could eat a whole horse and the saddle",
        ["OTHER: the fossil dig report is due friday", "friday?? ok i'm officially deceased bury me with my pencil case"],
        "my brother ate the last cookie and i'm literally going to perish",
    ],
    ("play_idiom", "f_break_a_leg_and_other_sayings"): [
        "good luck in the play tonight {name}, break a leg!! 🎭",
        "i could murder a pizza rn 🍕",
        ["OTHER: did u finish the jingle", "yep nailed it, it's gonna knock their socks off"],
        "miss said we're skating on thin ice if we keep talking during the recording lol",
        "that quiz was a piece of cake but the last question was a killer",
        ["OTHER: should we add glitter to the kite", "yes!! kill two birds with one stone, it looks pretty AND u can see it in the sky"],
        "dad said he'd go bananas if i left my lego on the stairs again lol",
        "ugh i'm dead on my feet, gonna hit the hay early",
    ],
    ("play_banter", "f_glasses_and_height_mutual_roast"): [
        ["OTHER: ur glasses are so big u can see mars lol", "at least i can SEE, u walked into the door yesterday 😂 love u bestie"],
        ["OTHER: shortie 😜", "excuse me im fun sized, ur the one who has to duck under the climbing frame 🦒"],
        "{name} ur singing in the jingle sounded like a goose being sat on 🪿 ... i love it keep it in",
        ["OTHER: ur handwriting looks like a spider fell in ink", "rude!! ur drawing of the kite looked like a sad sandwich 😂 we're both doomed"],
        ["OTHER: haha ok i deserved that", "we're a team of disasters and i wouldn't swap u for anyone 💛"],
        "u laugh like a seal {name} and its the best sound in the world 🦭",
        ["OTHER: ur hair today is giving bird nest", "ikr i woke up like this, u can borrow it for ur bird project 🐦😂"],
        ["OTHER: ok ok ur roasts are better than mine", "ok truce, u win the roast battle, rematch tmrw at lunch 🤝"],
    ],
    ("play_banter", "f_best_friends_swap_silly_nicknames"): [
        "morning captain potato 🥔 u ready for the fossil dig",
        ["OTHER: hi noodle brain", "hi cabbage face, did u bring the trowels"],
        ["OTHER: lol u got paint all over ur face", "its called fashion, u wouldnt understand 💅 (ok help me wipe it off pls)"],
        "{name} u are the worst at mario kart and i will still always pick u for my team ❤️",
        ["OTHER: i tripped over my own bag again", "classic u 😂 are u ok tho? u want a plaster"],
        ["OTHER: {name} calls me goblin and i call her troll its our thing", "yep we've been goblin and troll since year 2 🧌💚"],
        "my best friend is a walking disaster and i am her walking disaster too 😂",
        ["OTHER: i got a worse score than u on the quiz", "only by one point nerd, we're still the smartest dummies in class 🤓🤝"],
    ],
    # ---------------------------------------------------------------- benign
    ("sad_news", "f_hamster_died_and_grandad_in_hospital"): [
        "my hamster died this morning i found him in his nest 😢",
        ["OTHER: r u ok", "not really, mum said we can bury him in the garden after school"],
        "my grandad is in hospital bc he fell over, mum's going to visit him tonight",
        ["OTHER: is he gonna be ok", "the doctors said he broke his hip but he'll be ok, he just has to stay a few days"],
        "sorry i was quiet today, our cat got hit by a car last night and the vet couldnt save her",
        "my best friend is moving to scotland in the summer and i cried in the car",
        ["OTHER: why werent u at school", "we went to my great auntie's funeral, it was sad but we had cake after"],
        "i miss my nan so much she always made pancakes on sundays 💔",
    ],
    ("safety_talk", "f_fire_drill_and_stranger_danger_lesson"): [
        "we had a fire drill today and had to line up on the field in the rain lol",
        ["OTHER: what did the police lady say in assembly", "that if a stranger asks u to help find their puppy u say no and go tell a grown up"],
        "mum says i have to wear my helmet on my bike even just to the shop",
        "in pshe we learned never to tell people online ur address or what school u go to",
        ["OTHER: can we go to the pond on the field", "no its fenced off bc it's deep, miss said nobody goes past the fence"],
        "my dad taught me to call 999 and say my address if someone is hurt",
        ["OTHER: what if someone online asks for a pic", "then u block them and screenshot it and tell ur parents, that's what the e-safety talk said"],
        "remember if the alarm goes off during the radio recording we leave everything and go straight out",
    ],
    ("task_chat", "f_kite_and_jingle_project_planning"): [
        "for the kite design challenge i think we use bin bags bc theyre light",
        ["OTHER: what about the tail", "ribbon from the art cupboard, like 2 metres long"],
        "can someone bring sticky tape and the bamboo sticks tmrw",
        "ok the school radio jingle needs to be 15 seconds max, i timed ours at 22 😬",
        ["OTHER: i can do the drums bit", "yesss {name} on drums and ill do the whistle part"],
        "we should test the kite on the field at lunch if its windy",
        ["OTHER: what rhymes with radio", "umm 'ready go'? lol 'tune in to the radio, ready steady go'"],
        "i wrote the lyrics in the shared doc pls check and add ur bits",
    ],
    ("task_chat", "f_ocean_plastic_survey_and_fossil_report"): [
        "we counted 43 bottle caps on the beach for the ocean plastic survey!!",
        ["OTHER: how do we make the graph", "bar chart, one bar for each type of plastic"],
        "the fossil dig report needs a labelled drawing of the ammonite",
        ["OTHER: who's doing the intro", "me, {name} does method and i'll help with the conclusion"],
        "miss said we can use the tally sheets from the trip for our data",
        "is it ok if i put the photo of the fish tangled in the net on the front page",
        ["OTHER: i forgot my trowel", "its fine theres spare ones in the science cupboard"],
        "we need 3 facts about how long plastic takes to break down, i found one that says 450 years",
    ],
    ("history_homework", "f_plague_and_battles_homework"): [
        "did u do the black death homework, so many people died it's actually crazy",
        ["OTHER: how did they kill the king", "they chopped his head off in 1649, charles the first"],
        "henry the 8th had two of his wives executed, we have to write about it for friday",
        "at the battle of hastings harold got an arrow in the eye supposedly",
        ["OTHER: what was the worst bit of ww1", "the trenches, loads of soldiers died from gas and disease"],
        "for history we have to draw a roman soldier with all his weapons",
        "did u know the vikings burned monasteries and stole all the gold",
        ["OTHER: the plague doctor masks are so creepy", "yeah they put herbs in the beak bc they thought bad smells spread disease"],
    ],
    ("feelings_ordinary", "f_bored_nervous_and_annoyed"): [
        "so bored its raining and i cant go outside 😩",
        "i'm so nervous for the spelling test tmrw my tummy feels funny",
        ["OTHER: why r u grumpy", "my little sister drew on my kite with felt tips and mum said she didnt mean it 😤"],
        "i'm soo tired we stayed up late at my cousins birthday",
        ["OTHER: are u doing the solo", "yeah but what if my voice cracks on the radio and everyone hears"],
        "my mum shouted at me bc i didnt tidy my room, fair tho it was a mess lol",
        "i hate mondays so much",
        ["OTHER: u ok?", "ya just annoyed i didnt get picked for the netball team, ill try again next term"],
    ],
    # ------------------------------------------------------------------- C1
    ("C1", "f_metal_mouth_jokes_at_target"): [
        ["TARGET: can i be in ur group for the kite design challenge", "OTHER: 😂", "aw sorry metal mouth the group is full 🥺 maybe try the other table"],
        ["TARGET: why does everyone keep saying ding", "OTHER: lol ding", "bc ur teeth set off the metal detector silly 😂 ding ding"],
        ["TARGET: i got my braces tightened today it hurts", "aww poor baby, maybe if u smiled less it wouldnt hurt us to look at u either 🥺"],
        ["TARGET: stop calling me that", "OTHER: calling u what", "we're just joking train tracks, can u not take a joke 🙄"],
        ["TARGET: i'm gonna sing the jingle part", "OTHER: with those teeth 💀", "pls dont the microphone will pick up the clanking lol"],
        ["TARGET: {name} can u sit with me at lunch", "sorry the tin man table is the other side 😂"],
        ["TARGET: why did everyone laugh when i smiled", "OTHER: 🤖🤖", "u looked like a robot eating a fork lol, we'll stop when u stop smiling"],
        ["TARGET: i told miss", "OTHER: snitch", "ok we'll be nice 😇 ... nice braces tho ✨ sparkle sparkle"],
    ],
    ("C1", "f_fake_invite_and_wrong_meeting_time"): [
        "lol i told {name} the fossil dig meeting is at 4 but its actually at 3 😂 she'll turn up to an empty room",
        ["OTHER: did u invite {name} to ur party", "yeah i sent her a fake invite with the wrong address, cant wait to hear where she ends up 🤭"],
        "everyone pretend the trip got cancelled when {name} asks, then we go without her",
        ["OTHER: {name} asked when we're practising the jingle", "tell her saturday, we're actually doing it friday without her shhh"],
        ["TARGET: where is everyone?? i'm at the library", "OTHER: 😂😂😂", "ohh sorry did we not say we moved it 🥺 so weird how that keeps happening"],
        "new group chat without {name} is up, dont mention it in this one lol",
        ["OTHER: she's still waiting by the gate", "leave her there, she'll figure out nobody's coming eventually"],
        "ok when {name} gets here everyone act super happy to see her then leave one by one 😂",
    ],
    ("C1", "f_screenshot_laugh_and_quiet_vote_out"): [
        "look what {name} sent me at midnight 💀 'i think ur my best friend' omg screenshotting this for everyone",
        ["OTHER: ok vote time", "thumbs up if we take {name} off the radio team, dont let her see this chat 👍"],
        "did u hear {name} still sleeps with a nightlight, pass it on 🤫",
        ["OTHER: her accent on the recording tho", "ikr i clipped it, 'hullo evereewun' 😂 play it at lunch"],
        "{name} wore the same hoodie all week, maybe they cant afford a washing machine 🥺 someone should do a charity bake sale lol",
        "i heard {name} copied the whole fossil report off the internet, dont say i told u but tell everyone",
        ["OTHER: she's so annoying", "4 votes to 1, she's out, someone tell her the group's 'full' 🙃"],
        ["OTHER: lol is that her in pe", "yep i took a pic when she fell over, made it the group icon 😂"],
    ],
    # ------------------------------------------------------------------- C2
    ("C2", "f_hit_at_home_hesitant"): [
        "i dont want to go home today",
        ["OTHER: why", "dad gets really angry when he drinks and he hits me, dont tell anyone pls"],
        "the bruise on my arm isnt from football, i just said that",
        ["OTHER: u ok? u were crying", "if i get anything wrong on my report he takes his belt off, im scared for friday"],
        "can i stay at urs this weekend, i cant be at home when hes like this",
        "mum said to wear long sleeves so the teachers dont ask questions",
        ["OTHER: why didnt u come to the kite test", "couldnt, he locked me in my room again bc i spilled juice"],
        "is it normal for ur dad to push u down the stairs when hes mad? asking for real",
    ],
    ("C2", "f_no_food_and_left_alone"): [
        "theres no food at home again, i had dry cereal for tea",
        ["OTHER: can u come to the park", "mum hasnt been home since tuesday so i have to look after my baby brother"],
        "can i have ur crusts from lunch, im really hungry i didnt have breakfast or dinner",
        ["OTHER: why do u always wear that jumper", "its the only clean one, the washing machine broke ages ago and nobody fixes anything"],
        "the electric got turned off so we've been using torches, its kinda scary at night",
        ["OTHER: does ur mum know ur online this late", "shes asleep on the sofa all day, she doesnt really get up anymore"],
        "i havent had a proper meal since school on friday, weekends are the worst",
        "please dont tell miss, if they find out they'll take me and my brother away",
    ],
    ("C2", "f_mums_boyfriend_scares_me"): [
        "mums new boyfriend makes me feel weird, he comes in my room when shes at work",
        ["OTHER: what do u mean weird", "he says its our special secret and that mum would be sad if i told"],
        "i lock the bathroom door now bc he keeps walking in when im in the bath",
        ["OTHER: why do u want to stay late at club", "so i dont have to be home alone with him, he's scary when nobody's there"],
        "he showed me videos on his phone that i didnt want to see and said im grown up enough",
        ["OTHER: r u ok u seem quiet", "not really, he grabbed my neck last night and said if i tell anyone he'll hurt mum"],
        "i told mum but she said im making it up to get attention, so i dont know who to tell",
        "is it ok for a grown up to make u sit on their lap when u say no",
    ],
    # ------------------------------------------------------------------- C3
    ("C3", "f_older_gamer_friend_asks_for_secrecy"): [
        ["hey ur really good at {game} for ur age", "OTHER: thx", "how old r u anyway? u seem way more mature than the kids in ur class"],
        ["OTHER: i have to go, mum says bedtime", "ok but dont tell her about me ok? parents dont get gamer friendships 😉"],
        ["u can tell me anything, im like a big brother", "OTHER: ok", "add me on snap instead its more private, this chat gets checked"],
        "i can send u 2000 coins for {game} if u keep our chats just between us",
        ["OTHER: i deleted the messages like u said", "good, ur the only one who gets me. do u have ur own phone or is it ur mums?"],
        "send me a pic of what ur wearing rn, just so i know what u look like 😊",
        ["OTHER: my parents r out", "perfect, turn ur camera on, i want to see u, no one will know"],
        "i live near ur town actually, we could meet at the park, just dont bring anyone",
    ],
    ("C3", "f_telling_friends_about_online_boyfriend"): [
        "i met this boy on {game} he's 16 and he says im really pretty and mature",
        ["OTHER: how do u know him", "from the game, he asked me to move to a different app so my mum cant see our chats"],
        ["OTHER: did he send u anything", "he sent me a 20 pound gift card and now he wants a photo back, he said its fair"],
        "dont tell anyone pls, he said if people find out theyll ruin it and he'll get in trouble",
        ["OTHER: wait is he real", "yes!! he wants to meet me at the shopping centre on saturday, i said id say im at {name}s"],
        ["OTHER: u ok?", "he's cross bc i didnt send the pic he asked for, he said i dont love him"],
        "he says i shouldnt tell my parents bc they wouldnt understand whats between us",
        ["OTHER: whats ur secret", "i have a 19 year old boyfriend from online and we video call after my mum goes to sleep"],
    ],
    ("C3", "f_stranger_offers_gifts_for_photos"): [
        ["hi im a talent scout for a kids fashion brand", "OTHER: really?", "yes ur perfect, just send a few pics in ur pyjamas so i can show my boss, dont tell ur parents yet its a surprise"],
        ["OTHER: who r u", "a friend of ur cousin, she said u like {game}", "i can buy u the battle pass if u send me ur snapchat"],
        "ur so cute for 11, do u have any more pics? ill pay u in robux",
        ["OTHER: my mum checks my phone", "then use ur tablet at night, and delete after ok 🤫"],
        ["OTHER: ok i sent it", "good girl 😘 now one in ur swimsuit and i'll send u 50 quid"],
        "i'll be outside ur school on thursday with the new headphones i promised, come alone",
        ["OTHER: why do u want my address", "so i can post u the present silly, ur mum doesnt need to know its from me"],
        ["u r my favourite fan", "OTHER: omg thank u", "lets do a private video call, just us, itll be our secret"],
    ],
    # ------------------------------------------------------------------- C4
    ("C4", "f_address_and_key_under_the_pot"): [
        "my address is 14 larch close, bramley, come round after school lol",
        "the spare key is under the frog plant pot by the back door if im not back yet",
        ["OTHER: where do u live", "22 millbrook road, the blue door next to the chip shop, postcode BR4 7TN"],
        "my mums phone is 07700 900461 if u need to ring about the sleepover",
        ["OTHER: whats ur password for {game}", "its fluffy2014! dont change anything lol"],
        "im home alone every tuesday till 6 and the gate code is 4471",
        "my full name is cora whitfield, i live on the farm past the church in little hatton",
        ["OTHER: how do i find ur house", "get off the 42 bus at the post office, number 9, my bedroom is the one with the stickers on the window"],
    ],
    ("C4", "f_sharing_classmates_details"): [
        "{name}s number is 07700 900218, just text her about the kite thing",
        ["OTHER: where does {name} live", "above the bakery on station road, flat 3, she walks home on her own"],
        "we go to st anne's primary, school finishes at 3:15 and i wait at the side gate on the corner of elm street",
        ["OTHER: does anyone know dylans insta", "its dylan_h_2013 and his mums number is in the class chat, ill copy it here"],
        "bilal's password for the school laptop is football123 lol he told me",
        "ill post the whole class list with everyones addresses from the party invites",
        ["OTHER: what time do u get picked up", "i walk home alone at 3:30 down hazel lane past the park, our house is the one with the red car"],
        "{name} gave me her address, its 5 orchard way, anyone can go and knock lol",
    ],
    # ------------------------------------------------------------------- S1
    ("S1", "f_plan_to_jump_him_after_school"): [
        "tomorrow after school me and my cousin are gonna wait for {name} by the alley and beat him up for real",
        ["OTHER: lol in {game}?", "no not the game, in real life, hes gonna get smashed behind the shops"],
        "im bringing my dads knife to school on monday so nobody messes with me again",
        ["OTHER: ur joking right", "no im serious, if {name} says one more thing ill break his nose in front of everyone at lunch"],
        "i know where she lives, im gonna throw a brick through her window tonight",
        ["OTHER: what r u gonna do", "get him at the bike racks, {name} holds him and i punch, everyone meet at 3:20"],
        "i swear if mr h gives me detention again ill hurt him, i mean it",
        ["OTHER: calm down it was just a foul", "no im done, hes getting it after practice, bring the stick"],
    ],
    # ------------------------------------------------------------------ S11
    ("S11", "f_not_wanting_to_be_here"): [
        "i dont want to be here anymore, everyone would be happier without me",
        ["OTHER: whats wrong", "i cut my arm again last night, its the only thing that makes it stop"],
        "if i disappeared nobody would even notice tbh",
        ["OTHER: u coming to the fossil dig tmrw", "probably not, i wont be around much longer anyway"],
        "i wrote letters for my mum and my sister, so they know its not their fault",
        ["OTHER: lol ur so dramatic", "no im serious this time, ive been looking up how many pills it takes"],
        "i keep thinking about jumping off the bridge on the way home",
        ["OTHER: u ok?", "you can have my {game} account and all my skins, i wont need them 💔"],
    ],
}


if __name__ == "__main__":
    from child_chat_families import WRITTEN_BEFORE_F_TO_J, check_families, used_before

    names, tasks = used_before(*WRITTEN_BEFORE_F_TO_J)
    assert all(f.startswith("f_") for _, f in TRAIN_BLIND_F), [f for _, f in TRAIN_BLIND_F if not f.startswith("f_")]
    print(check_families(TRAIN_BLIND_F, TRAIN_BLIND_F_NAMES, TRAIN_BLIND_F_TASKS, names, used_tasks=tasks))
