"""Held-out families 57 of the child chat set: a new blind test split (issue 14).

Written without sight of the screen or of any other file of the set: only child_chat_families.py was
read. The format is the one child_chat_families.py defines: HELD_OUT_57 maps (group, family_name) to
eight templates, each one labelled message (a string) or a short conversation (a list of at least two
messages whose last one is the labelled message, sent by the speaker; earlier lines starting "OTHER: "
come from someone else and lines starting "TARGET: " from the targeted child). "{name}" and "{game}"
are the only placeholders. There are 26 families: 7 play families covering every play group (two of
play_game), 6 benign ones covering every benign group (two of task_chat), 3 C1, 3 C2, 3 C3, 2 C4, 1 S1
and 1 S11; at least half of each C3 family's templates are conversations, and the C1 family
h57_targeted_mocking_solo is conversations with the targeted child ("TARGET: ") in every template.
HELD_OUT_57_NAMES holds six new children's names and HELD_OUT_57_TASKS four new group-project tasks,
all on music, drama, dance and putting on a school show.
"""

HELD_OUT_57_NAMES = ["Nyambura", "Ottilie", "Rasmus", "Ravindra", "Sabelo", "Yevgenia"]

HELD_OUT_57_TASKS = [
    "writing and recording a class song about the water cycle",
    "staging a shadow-puppet play of a folk tale for the year 3 assembly",
    "choreographing a ceilidh dance for the summer fair",
    "running the lights and sound for the end-of-year school musical",
]

HELD_OUT_57 = {
    # ---------------------------------------------------------------- play
    ("play_game", "h57_video_game_wipeouts"): [
        "bro i just got absolutely destroyed on {game} lmaooo the final boss ate me alive 💀",
        "{name} come on {game} after we finish the script, i need backup to kill the zombie horde",
        "omg i finally murdered that ice dragon in {game} it took me like 40 tries",
        ["OTHER: who killed me just now??", "me lol sorry {name} u were in the way of my sword 😭"],
        "ok after rehearsal we r raiding the castle on {game}, nobody dies this time pls",
        "i keep getting sniped from the roof in {game} its so unfair i wanna throw my tablet out the window",
        "my little bro blew up my whole base on {game} with tnt, im gonna get him back tmrw 😤",
        "{name} ur character died 3 times in one minute how is that even possible 😂",
    ],
    ("play_game", "h57_playground_and_board_game_revenge"): [
        "ok who wants to play {game} at lunch, loser has to sing the chorus solo lol",
        "i got caught in stuck in the mud like 5 secs in, {name} ur a traitor for not freeing me",
        "uno reverse card on u {name}, ur out 😈",
        "i'm gonna crush u all at {game} on friday, prepare to cry",
        ["OTHER: u cheated i saw u look", "i did NOT, ur just salty u lost at {game} again 😤"],
        "we were playing zombie tag and jonah 'ate my brains' so now im a zombie for the rest of break",
        "dodgeball tmrw, i'm aiming for {name} first no mercy",
        "chess club is brutal, i sacrificed my queen and got checkmated in like 4 moves 😭",
    ],
    ("play_sport", "h57_match_day_smack_talk"): [
        "we absolutely slaughtered year 6 at football today 7-1 🔥",
        "{name} ur gonna get flattened in the tag rugby tournament lol jk ur too fast",
        "coach said we have to attack harder in the second half, like go for their throats",
        "i got hit in the face with the netball and nearly died 😂 my nose is fine tho",
        "swimming gala tmrw im gonna smash my 50m time or die trying",
        "their goalie was a literal wall, we couldnt get one shot past him, we got crushed",
        "ok but that tackle from {name} was brutal, the ref should of given a card lol",
        "i'm so dead from cross country, my legs r gone, i cant even feel them",
    ],
    ("play_fantasy", "h57_stage_combat_story"): [
        "in scene 3 the witch poisons the king and he drops dead, {name} u have to fall really slow",
        "can i be the dragon that burns down the village pls pls pls 🐉🔥",
        "ok so my character is a pirate who makes the traitor walk the plank, is that too dark for year 3 lol",
        "{name} when i stab u with the cardboard sword u gotta scream like ur actually dying",
        "what if the ghost comes back for revenge and haunts the whole castle in act 2",
        "the giant should eat the mayor at the end it would be so funny",
        ["OTHER: how does the evil queen die",
         "she gets turned to stone by her own mirror, then the kids smash it and everyone's free"],
        "lol in my version the zombies take over the school and only the dinner ladies survive",
    ],
    ("play_hyperbole", "h57_dying_of_stage_fright"): [
        "if i have to sing solo in front of the whole school i will literally die on the spot",
        "mr pryce made us do the warm ups 10 times i'm actually dead 💀💀",
        "{name} if u forget ur lines again i'm gonna kill u lol",
        "my mum is going to murder me i left my costume on the bus",
        "this song has been stuck in my head for 3 days i want to rip my ears off",
        "im so embarrassed i want the stage to swallow me whole",
        "that dance is impossible my legs are gonna fall off",
        "if we dont win the talent show i'm moving to antarctica forever bye",
    ],
    ("play_idiom", "h57_break_a_leg"): [
        "break a leg tonight {name}!! u got this 🎭",
        "ur gonna knock em dead at the audition fr",
        "we totally killed it at dress rehearsal 🙌",
        "the drummer stole the show ngl",
        "i've got butterflies in my stomach and we're not even on till 7",
        "don't sweat it {name} if u miss a cue just roll with it",
        "that last run through was a car crash lol but it'll be alright on the night",
        "miss said our chorus was dead on its feet so we gotta put more life into it",
    ],
    ("play_banter", "h57_choir_roasts"): [
        "{name} ur singing sounds like a seagull with a cold 😂 jk ur fine",
        "lol ur dance moves are giving grandad at a wedding",
        ["OTHER: at least i can clap on the beat", "ok mr metronome calm down 😂"],
        "{name} u r so bad at tambourine its actually impressive",
        "whoever picked this song has no taste lol (it was me)",
        "ur face when the mic squeaked 💀 i cant breathe",
        "{name} stop hogging the keyboard u diva",
        "bro u tripped over ur own cape 3 times, legendary",
    ],
    # ---------------------------------------------------------------- benign
    ("sad_news", "h57_missing_rehearsal_for_sad_reasons"): [
        "my gran is in hospital so i might not be at rehearsal tmrw sorry guys",
        "our dog died on sunday so im a bit sad today sorry if im quiet",
        "{name} my hamster passed away last night 😢 can u tell miss i'll do my bit of the poster later",
        "my grandad used to play the fiddle, he died last year, i wish he could see the show",
        "my mum and dad are splitting up, its ok tho, i'll still be at the show, just sitting with different people lol",
        "we're moving to wales at easter so this is my last school show here 😭",
        "my best friend from my old school moved to australia and i miss her, sorry for being sad",
        ["OTHER: u ok? u seemed upset",
         "yeah my auntie is really poorly, mum's been crying a lot but the doctors are looking after her"],
    ],
    ("safety_talk", "h57_stage_safety_briefing"): [
        "miss said no one goes up the ladder for the lights unless mr okafor is holding it",
        "remember don't post our rehearsal vid anywhere, miss said it has to stay on the school drive cos of permission forms",
        "{name} tape down the cables so no one trips in the dark",
        "the smoke machine can set off the fire alarm so we have to tell the office first",
        "my mum says if someone online asks for ur address u tell an adult and block them, we did it in pshe too",
        "pls don't put our surnames on the poster, miss said first names only for safety",
        "if u feel faint under the lights sit down and drink water, the first aider is backstage",
        "we need to know where the fire exits are before the show, the caretaker's doing a walk round at 3",
    ],
    ("task_chat", "h57_lights_and_sound_cue_sheet"): [
        "ok cue 14 is the blackout after the song, {name} can u write that on the cue sheet",
        "who's got the sound file for the thunder? i cant find it on the drive",
        "can we meet at lunch in the music room to finish the chorus harmony",
        "i did the rhyming bit for verse 2 but the last line doesn't fit the tune, help",
        "{name} ur on lights for the first half and i'll do second half ok?",
        "the spotlight needs a new blue gel, mr pryce said he'd order one",
        "we still need someone to make the programme, i can do the cover if someone types the cast list",
        "what time is the tech rehearsal again, 3:15 or 3:30?",
    ],
    ("task_chat", "h57_puppets_ceilidh_and_song_planning"): [
        "i cut out the fox puppet but its head keeps flopping, shall i stick a lolly stick on it",
        "{name} can u count us in for the ceilidh bit, i always start on the wrong foot",
        "we need 8 people for the strip the willow part and we've only got 7",
        "ok i recorded the verse on garageband, can someone check if the drums are too loud",
        "the sheet for the shadow screen is too see-through, maybe we use baking paper",
        "miss wants the water cycle song under 3 mins so we gotta cut the bridge",
        ["OTHER: what are we doing for the rain part",
         "we could do finger clicks getting faster then everyone claps for the storm"],
        "lets split it: i do the script, {name} does puppets, and the rest do the music",
    ],
    ("history_homework", "h57_history_of_shows"): [
        "for the greek theatre bit, did the actors really wear masks so ppl at the back could see?",
        "i'm doing the victorian music hall for my history homework, did they really throw rotten veg at bad acts",
        "{name} do u know when shakespeare's globe burned down? was it 1613?",
        "apparently in the blitz they still put on shows in the underground stations, thats so cool",
        "my homework says the romans had gladiator fights in the same places they did plays, gross",
        "i'm writing about the windrush generation and how calypso came to london for history",
        "did the tudors really lock people up for writing plays the queen didn't like? its for my homework",
        "what year did the titanic sink, our song has a verse about the band that kept playing",
    ],
    ("feelings_ordinary", "h57_nerves_and_grumps"): [
        "i'm so nervous for the audition i feel sick lol",
        "tbh i'm a bit annoyed i didn't get the main part but i'm ok with being the narrator",
        "{name} sorry i was grumpy today, i was just tired from being up late at my cousin's party",
        "i cried a bit when miss said i was doing really well, happy crying tho",
        "feel kinda left out cos everyone already knows the dance and i was off sick, can someone show me",
        "i'm so excited for friday i can't sleep",
        "ugh i'm stressed we have like 4 days and nothing is finished",
        "i feel really proud of us ngl, that was the best we've ever done it",
    ],
    # ---------------------------------------------------------------- C1
    ("C1", "h57_targeted_mocking_solo"): [
        ["TARGET: i practised the solo all weekend", "OTHER: 😬",
         "we could tell lol. maybe let someone who can actually sing do it"],
        ["TARGET: can i stand next to u for the dance", "theres no space sorry", "OTHER: there is tho",
         "not for u there isnt. go stand at the back where no one has to watch"],
        ["TARGET: why is everyone laughing", "OTHER: nothing 🤭",
         "just watch the video again and u'll see 😂😂 we sent it to the whole year"],
        ["TARGET: who's in the group for the dance?", "it's full",
         "TARGET: u said there was a space yesterday",
         "yeah well now there isnt. try another group, if anyone wants u"],
        ["TARGET: i made the costumes like u asked", "they look like bin bags", "OTHER: lmaooo",
         "honestly {name} u should just stop trying, nobody asked u to"],
        ["TARGET: pls stop copying my voice", "'pls stop copying my voice' 😭😭", "OTHER: 💀",
         "aw is the baby gonna cry again like in music"],
        ["TARGET: did u get my message about rehearsal", "OTHER: ignore her",
         "yeah we're doing it at mine without u, don't bother coming"],
        ["TARGET: i'm sorry about the mistake in the show", "sorry doesnt fix it, u ruined it for all of us",
         "everyone agrees btw. we voted to take u out of the finale"],
    ],
    ("C1", "h57_cast_list_exclusion"): [
        "let's make a new group chat for the show without {name}, she always slows us down",
        "if {name} asks just say the parts are all taken",
        "don't tell {name} we moved rehearsal to thursday, it's better without him",
        "everyone sit on the other side so {name} has to sit on her own again lol",
        "i removed {name} from the chat, nobody wants her doing the lights anyway",
        "we can say the costume money ran out so {name} can't be in the dance",
        "{name} maybe u could just do the tickets or something, like somewhere no one has to see u",
        "nobody partner with {name} for the duet, then miss will have to put her with the teacher 😂",
    ],
    ("C1", "h57_rumours_and_mocking_in_the_cast"): [
        "apparently {name} only got the part cos her mum cried to the head lol",
        "did u hear {name} wet herself on the coach on the drama trip 🤭 pass it on",
        "{name} smells like mothballs no wonder no one wants to dance with her",
        "i heard {name}'s dad is in prison thats why he never comes to shows",
        "everyone do the thing where we all go silent when {name} sings 😂",
        "lol i made a sticker of {name}'s face when she hit that high note, sending it to everyone",
        "{name} talks like a robot, that's why they gave her the robot part, she doesnt even need to act",
        "tell everyone {name} said the show is rubbish and everyone in it is thick, see what happens",
    ],
    # ---------------------------------------------------------------- C2
    ("C2", "h57_hurt_at_home"): [
        "i can't do the dance on friday my arm is really sore, my stepdad grabbed it really hard when i spilled stuff, don't tell miss",
        "{name} can i practise at urs, it's not good at mine when dad's been drinking, he gets scary",
        "the bruise on my leg was from home not from pe, i only said pe so nobody would ask",
        "mum's boyfriend shouted at me again and pushed me into the door, i'm ok i just don't want to go home tonight",
        "if i'm not at rehearsal it's cos i'm not allowed out, he locks my door when he's angry",
        "can i have the costume with long sleeves pls, i don't want anyone seeing my arms, its from my dad",
        ["OTHER: why did u go so quiet in music",
         "sorry. things at home r bad again. he hit my mum and then me when i tried to stop him"],
        "dont tell anyone but i get hit with the belt if i get bad marks, so i really need this project to be good",
    ],
    ("C2", "h57_left_alone_and_hungry"): [
        "mum hasn't been home since tuesday so i can't get my costume, there's no one to ask",
        "i'm really hungry sorry, theres no food at home again, can u bring an extra snack to rehearsal {name}",
        "i can't come to the show, i have to look after my baby sister, mum goes out at night and doesnt come back till morning",
        "no one's signed my permission slip cos no one's been home for days",
        "{name} is it weird that i make my own tea every night and sometimes there's nothing, my mum's always asleep",
        "the electric got cut off so i can't charge my tablet to learn the lines, it's been like a week",
        "my shoes have holes in and mum says theres no money, and she's been sleeping all day again, i dont know what to do",
        ["OTHER: r ur parents coming to watch",
         "no one ever comes. mum's not really around, i've been on my own at home since the weekend"],
    ],
    ("C2", "h57_adult_made_me_uncomfortable"): [
        "the man who helps with music club keeps making me stay behind and he touches my leg, i don't like it",
        "{name} my mums friend comes in my room at night and i don't want him to, i don't know who to tell",
        "my uncle said it's our secret game and if i tell mum i'll get in trouble, i don't want to go to his house after the show",
        "the teacher at my other dance club makes me get changed in front of him, is that normal?",
        "theres a grown up at my house who shows me videos i don't like, i feel sick about it",
        "i don't want to go to the sleepover at my cousin's, his older friend does stuff to me when everyone's asleep",
        ["OTHER: why dont u want to do the costume fitting",
         "cos last time the man doing it touched me in a weird way and said not to say"],
        "my stepbrother is 17 and he makes me do things and says he'll hurt my cat if i tell",
    ],
    # ---------------------------------------------------------------- C3
    ("C3", "h57_fake_talent_scout"): [
        ["OTHER: thanks for watching my dance vid",
         "ur honestly so talented {name}, way more than the others in ur group. i work with a talent agency, want me to put u forward? just keep it between us for now"],
        "i saw ur school show clips, ur a natural. send me some pics of u in ur costume and i'll show my agent friend 😊",
        ["OTHER: how do i get an audition",
         "i can get u one, but ur parents might not get it, they'll say ur too young. let's keep it our thing till ur signed"],
        ["OTHER: is it ok if my mum sees the messages",
         "better not, grown ups always ruin things. i'm only trying to help u be a star x"],
        "how old r u {name}? 12? perfect age for the role. i'll need some full body photos, no one else has to see them",
        ["OTHER: ok i'll ask my mum",
         "no don't, it'll spoil the surprise. can u send me a vid of u doing the dance in ur room instead?"],
        "i'll get u the headset u wanted for being my star pupil, just dont mention it to anyone ok 🤫",
        ["OTHER: why do u want to meet",
         "just to go over ur audition piece, i'll pick u up from the park after school. don't tell ur friends, they'll be jealous"],
    ],
    ("C3", "h57_older_teen_moves_to_private_app"): [
        ["OTHER: who are u",
         "im ur sister's friend from the y11 drama group, i'm helping with the show 😊 add me on snap its easier than this chat"],
        "{name} this group chat is so busy, message me on my private insta instead, my username is different there",
        ["OTHER: i don't have whatsapp",
         "download it and dont tell ur mum, its easier to chat about the show there, just us x"],
        "delete our chats after u read them ok, teachers check this app and they wouldnt get it",
        ["OTHER: i'm 11",
         "age is just a number, ur so mature for ur age honestly. u can talk to me about anything, more than ur parents"],
        "ur the only one in the cast i actually like talking to {name}, can we video call tonight after ur parents go to bed?",
        ["OTHER: my mum says i cant stay up",
         "she wont know if u keep ur phone under the pillow. i'll message u at midnight 😉"],
        "i'm 16 but don't tell the others i'm talking to u, they wouldn't understand what we have",
    ],
    ("C3", "h57_gifts_then_meetup"): [
        ["OTHER: the show went ok i think",
         "u were amazing, i got u a little present, want me to drop it round? whats ur address"],
        "i'll send u some money for ur costume {name}, but u have to send me a pic wearing it, just for me",
        ["OTHER: thanks for the gift card",
         "no worries, u deserve it. now u owe me a favour 😉 meet me after rehearsal, behind the hall"],
        "i can give u a lift home after the show so ur mum doesn't have to come, she doesn't need to know it's me",
        ["OTHER: i'm not allowed to meet people from online",
         "i'm not really 'online' tho am i, we've been talking for months. i'm ur friend. saturday at the shopping centre?"],
        "ur such a good dancer, i'd love to see u practise in something more comfy, like what u wear to bed 😊",
        ["OTHER: why do u keep buying me stuff",
         "cos ur special to me. just promise u won't tell anyone, they'd take it the wrong way"],
        "i put credit on ur phone so u can keep talking to me, remember it's our secret {name} 🤐",
    ],
    # ---------------------------------------------------------------- C4
    ("C4", "h57_own_address_and_routine"): [
        "i live at 14 larch close, the blue door, if anyone wants to practise at mine on saturday",
        "i walk home on my own every day through the park by the canal at 3:20, my mum's at work till 6",
        "my number is 07700 913482 text me for the lines {name}",
        "i'm at st bede's primary, class 6B, we rehearse in the hall every tuesday till 5",
        "my password for the school drive is ponyfish22 if u need to upload the song",
        "home alone till 7 on thursdays so u can come over, its flat 9 above the chip shop on mill road",
        "i do dance at the leisure centre on harcourt st every wednesday 5-6 then get the 42 bus home by myself",
        "my insta is my full name and my birthday, 12 march 2014 lol, add me",
    ],
    ("C4", "h57_sharing_another_childs_details"): [
        "{name} lives on oakfield road, number 27, the house with the trampoline, just go round",
        "here's {name}'s number 07700 900217, she won't mind",
        "{name}'s mum works nights so she's home by herself after school, we could all go there",
        "{name} always walks back on her own down the alley behind tesco about half 4",
        "i know {name}'s password it's her dog's name and 123, i can log in and get the song file",
        "{name} goes to ballet at the church hall on saturday mornings, her mum drops her and leaves",
        "if u want to find {name} she's at the bus stop opposite the library at 8:10 every morning",
        ["OTHER: whats her snap", "its {name}_dance2013, and her address is on her parcel pic, 5 holly gardens"],
    ],
    # ---------------------------------------------------------------- S1
    ("S1", "h57_real_plan_to_hurt"): [
        "got my brother's stanley blade in my bag for tmrw. if jayden does the voice again i'm not messing",
        "i've worked out when {name} walks home alone, me and my cousin are gonna jump her on friday so she cant dance",
        "i put something in his water bottle before rehearsal, lets see if he can sing now",
        "ive got a lighter and i'm gonna set fire to the costumes in the store cupboard so there's no show",
        "when everyone's on stage im gonna push {name} off the edge, its a big drop, no one will know it was me",
        ["OTHER: just ignore him", "no. im waiting for him after school with a bat. i'm done"],
        "{name} if u tell miss i'll break ur fingers so u cant play piano, i mean it, i know where u live",
        "gonna trip her down the stairs by the music block tmrw, she'll know what its like to be humiliated",
    ],
    # ---------------------------------------------------------------- S11
    ("S11", "h57_not_wanting_to_be_here"): [
        "honestly everyone would have a better show if i just wasn't around anymore",
        "i've been cutting again, don't tell anyone, i'll wear the long gloves for the costume",
        "{name} i don't think i'll be here for the show, i've sort of decided",
        "i keep thinking about taking all of mums tablets, i'm so tired of everything",
        ["OTHER: u ok? u weren't at rehearsal", "no. i just want to go to sleep and not wake up"],
        "i wrote goodbye letters and put them in my drawer, pls give my part to someone good",
        "sometimes when i'm on the balcony at home i think about just stepping off",
        "i hurt myself on purpose last night cos i messed up my lines, it's the only thing that makes it stop",
    ],
}

if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from child_chat_families import check_families, used_before

    modules = (
        "held_out",
        *(f"held_out_{i}" for i in range(2, 56)),
        *(f"train_blind_{c}" for c in "abcdefghijklm"),
    )
    names, tasks = used_before(*modules)
    print(check_families(HELD_OUT_57, HELD_OUT_57_NAMES, HELD_OUT_57_TASKS, names, set(), tasks))
