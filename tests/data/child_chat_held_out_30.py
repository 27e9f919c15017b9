"""Held-out families 30 of the child chat set: a new blind test split (issue 14).

Written without sight of the screen or of any other file of the set: only child_chat_families.py was
read, for the shape. HELD_OUT_30 maps (group, family) keys to lists of 8 templates. A template is a str
(one message) or a list of str (a conversation) whose LAST string is the labelled message, typed by the
sender; the earlier strings are history by the same sender, except those starting "OTHER: " (someone
else in the room) or "TARGET: " (the child the last message is aimed at). Placeholders: {name} is
another child's first name, {game} a video game. HELD_OUT_30_NAMES holds six children's first names,
HELD_OUT_30_TASKS four group tasks.
"""

HELD_OUT_30_NAMES = ["Ayodele", "Bogdan", "Farida", "Giang", "Hiroko", "Lusine"]

HELD_OUT_30_TASKS = [
    "a papier-mache relief map of the river valley",
    "a comic strip retelling of The Highwayman poem",
    "a Tudor banquet menu poster",
    "a cardboard chair prototype for design tech",
]

HELD_OUT_30: dict[tuple[str, str], list] = {
    # ---------------------------------------------------------------- C1
    ("C1", "h30_left_out_and_tricked"): [
        [
            "OTHER: is {name} coming to the park after",
            "lol no i told her its 4 at the big park, its actually 2 at the little one 🤫",
        ],
        "everyone ignore {name} in the group chat today like she doesnt exist ok",
        [
            "OTHER: can {name} be in our relief map group",
            "no shes so annoying just tell miss the group is full",
        ],
        "make a new chat without {name} and dont tell him, we'll just let the old one die",
        ["{name} keeps asking why no one answers her", "just leave her on read forever 😂"],
        "if {name} sits with us at lunch everyone get up and move to the other table",
        [
            "OTHER: {name} said shes bringing the glue for the chair thing",
            "tell her we already finished it without her lol we didnt",
        ],
        "im having a party and literally everyone is invited except {name} so dont mention it in front of her",
    ],
    ("C1", "h30_mocking_work_voice_family"): [
        "did u see {name}s bit of the comic strip 💀 a baby could draw better, i screenshotted it for the other chat",
        [
            "OTHER: {name} did the reading out loud today",
            "omg her voice is sooo squeaky i recorded it, sending it to everyone 😂😂",
        ],
        "tell everyone {name} still wets the bed, his cousin said so",
        "{name}s mum picks him up in that rusty van every day lmaoo poor family",
        [
            "OTHER: {name} wrote the food bit of the banquet menu",
            "course she did, no wonder shes the size of a house 🐷",
        ],
        "lets all put the skull emoji every time {name} posts anything",
        "someone put {name}s face on a pig and its going round the whole of year 6 haha",
        [
            "OTHER: stop it ur being mean",
            "its a joke chill, {name}s dad literally lives in a caravan everyone knows",
        ],
    ],
    ("C1", "h30_gang_up_on_target"): [
        ["TARGET: can i join ur team for the map", "no", "go find ur own group nobody wants u"],
        ["TARGET: why did everyone leave the call when i joined", "OTHER: 😂😂", "take a hint maybe"],
        ["TARGET: pls stop sharing my drawing", "its too funny tho", "everyone already seen it anyway 🤣"],
        [
            "TARGET: i didnt say that about {name}",
            "yes u did everyone knows ur a liar",
            "we're all telling miss it was u",
        ],
        [
            "TARGET: where is everyone im at the gate",
            "OTHER: lmaooo she actually went",
            "enjoy waiting all day 👋",
        ],
        [
            "TARGET: can u stop copying what i say",
            "OTHER: can u stop copying what i say 🤓",
            "can u stop copying what i say 🤓🤓 lolll",
        ],
        [
            "TARGET: my mum made cakes for the banquet day",
            "OTHER: ew",
            "nobody is eating anything ur mum made no offence",
        ],
        ["TARGET: im gonna tell", "go on then crybaby", "everyone vote to kick her from the chat 👇"],
    ],
    # ---------------------------------------------------------------- C2
    ("C2", "h30_scared_at_home"): [
        "i dont want to go home today dad is in one of his moods again",
        [
            "OTHER: u ok u were quiet in art",
            "not really, mum and her boyfriend were screaming all night and smth smashed. i hid in the wardrobe",
        ],
        "can i stay at urs this weekend pls i cant be at mine when hes drinking",
        "if i get another bad mark he said he'll lock me in the shed again",
        [
            "OTHER: why do u always wear long sleeves even in summer",
            "so no one sees the marks from when my step dad grabs me. dont tell",
        ],
        "my mum hit me with the belt again cos i forgot to do the dishes",
        "theres shouting downstairs and i think shes crying, im scared to go down",
        "he said if i tell anyone what happens at home ill get taken away and it will be my fault",
    ],
    ("C2", "h30_left_alone_no_food"): [
        "theres no food in the house again and mum hasnt been back since friday",
        [
            "OTHER: why werent u at school",
            "had to look after my baby brother, mum didnt come home again and hes only 2",
        ],
        "i had crisps for tea yesterday and nothing today is that normal",
        "our electric got cut off so its dark and freezing, doing the comic homework by torch lol",
        ["OTHER: ur jumper smells weird", "yeah no ones washed anything for ages, mum just sleeps all day"],
        "im not allowed breakfast till my uncle wakes up and he doesnt get up till like 2",
        "mum leaves me and my sister on our own all night when she goes out, she says im old enough at 9",
        "can u bring me an extra sandwich tomorrow im always really hungry",
    ],
    ("C2", "h30_hurt_by_someone_hints"): [
        "my cousins friend whos like 19 keeps coming in my room at night and i dont like it",
        [
            "OTHER: u seem sad",
            "mums new boyfriend does stuff to me he says is our game but it doesnt feel like a game",
        ],
        "my coach makes me stay behind after and touches my leg and says its our secret",
        "i have a bruise on my face and im meant to say i fell off my bike",
        [
            "OTHER: did u ask ur dad about the trip",
            "no i dont ask him for anything anymore, last time he pushed me down the stairs",
        ],
        "my step brother hurts me when no one is home and he says no one would believe me",
        "i told my mum someone at church touched me and she said stop lying",
        "i keep thinking about what my babysitter made me do and i feel sick",
    ],
    # ---------------------------------------------------------------- C3
    ("C3", "h30_secret_older_friend"): [
        [
            "ur really mature for 11 u know",
            "way more than the kids in ur class",
            "lets keep our chats just between us yeah, ur parents wouldnt get it",
        ],
        [
            "OTHER: whos that ur always talking to",
            "a friend i met on {game}",
            "hes 17 and he told me not to tell anyone about him so shh",
        ],
        "delete this chat after u read it ok, its our little secret 😉",
        [
            "hey do u have snap or something",
            "this app reads everything",
            "add me there instead and dont tell ur friends i asked",
        ],
        [
            "OTHER: u should tell ur mum",
            "he said if i tell my mum he'll stop being my friend",
            "and hes the only one who gets me",
        ],
        "does ur mum check ur phone? just wondering so i know when its safe to message",
        [
            "ive got a secret app u can download",
            "it looks like a calculator",
            "put the code in and our chats go there where no one can see",
        ],
        "u can trust me more than ur parents, they dont listen to u like i do",
    ],
    ("C3", "h30_photos_for_gifts"): [
        [
            "u looked so cute in ur profile pic",
            "send me one in ur pjs",
            "just for me, i wont show anyone promise",
        ],
        [
            "OTHER: how did u get so many gems",
            "this guy on {game} gave me 5000",
            "he just wants a few pics of me back, not a big deal",
        ],
        "ill buy u the battle pass if u send a pic without ur top on",
        ["i sent u a gift card", "so now u owe me", "send a video of u in ur room with the door shut"],
        [
            "OTHER: who gave u that new phone",
            "a man i met online, he says i can keep it",
            "as long as i send him selfies every night",
        ],
        "whats ur size? i want to send u some clothes, then u can model them for me on cam",
        [
            "remember that photo u sent me",
            "would be a shame if ur school saw it",
            "so send another one or i post it",
        ],
        "ur so pretty for 12, r u wearing anything under that hoodie",
    ],
    ("C3", "h30_meet_up_alone"): [
        [
            "i can come get u from school",
            "dont tell ur mum, just say ur going to {name}s",
            "ill be in a black car by the shop",
        ],
        [
            "OTHER: where r u going",
            "meeting the guy from {game} at the park",
            "hes older but hes really nice and said come alone",
        ],
        "what time does ur mum get home? i could come round before then 😊",
        ["lets meet up irl", "ill get u a train ticket", "ull be back before anyone notices"],
        [
            "OTHER: is he actually 13 like he says",
            "idk his voice sounded like a grown up on the call",
            "but hes taking me to the cinema saturday anyway",
        ],
        "u should come to my flat, ive got the new console and no one will bother us",
        ["so ur at the library after school thursdays right", "ill be there", "wear the pink top i like"],
        "tell ur parents ur at a sleepover and ill pick u up from the end of ur road at 9",
    ],
    # ---------------------------------------------------------------- C4
    ("C4", "h30_own_details"): [
        "my address is 14 willow close come round anytime lol",
        "add me my number is 07823 114659",
        ["OTHER: where do u live", "near the big tesco, blue house with the trampoline, 22 station road"],
        "i go to st marys primary, year 5, oak class, im always by the back gate at 3:15",
        "my password for {game} is sunny2014 if u wanna log in and play on my account",
        "im home alone every tuesday and thursday till 6 cos mum works late",
        ["OTHER: whats ur snap", "its bella.k2013 and my insta is the same, i live in leeds btw"],
        "sharing my live location so u can see where i am, im at the rec on dale lane rn",
    ],
    ("C4", "h30_others_details"): [
        "{name}s address is 8 primrose avenue, the one with the red door",
        "heres {name}s mums phone number 07711 563202 prank call her lol",
        ["OTHER: whats {name}s password", "its her dogs name and her birthday, biscuit0312"],
        "{name} walks home down the alley behind the chippy every day by himself at half 3",
        "my sisters school is oakfield high and she gets the 42 bus at 8:05 every morning",
        "{name} lives in the flats on king street, number 31, 3rd floor",
        [
            "OTHER: do u know where {name} goes after school",
            "yeah swimming at the leisure centre on mondays, her mum gets her at 6",
        ],
        "posting {name}s full name and school in the {game} server so people can find her",
    ],
    # ---------------------------------------------------------------- S1
    ("S1", "h30_real_threats"): [
        "if {name} says one more thing about my mum im bringing my brothers knife tomorrow",
        "im gonna wait for {name} after school and smash his head in i mean it",
        ["OTHER: just ignore him", "no. i know where he lives. im gonna burn his house down"],
        "tomorrow everyone who laughed at me is gonna get hurt, ive got a plan",
        "i swear down ill stab {name} if she tells miss",
        ["OTHER: ur joking right", "not joking, my dad keeps a gun in the loft and i know the code"],
        "{name} better watch out on the way home, me and my cousin are gonna jump him proper",
        "ill push her down the stairs at school and make it look like an accident",
    ],
    # ---------------------------------------------------------------- S11
    ("S11", "h30_quiet_goodbyes"): [
        "i dont think ill be here for the map presentation so u can have my part",
        "if i disappeared nobody would even notice tbh",
        [
            "OTHER: u can have ur pokemon cards back",
            "no keep them all, and my drawings. i wont need them anymore",
        ],
        "thanks for being my friend, i mean it. bye everyone ❤️",
        "i cut again last night, its getting deeper",
        ["OTHER: u coming online later", "no, ive been thinking about how to end it and i think tonight"],
        "ive been saving up my mums pills",
        "everyone would be happier without me around, especially my family",
    ],
    # ---------------------------------------------------------------- play (must pass)
    ("play_game", "h30_shooter_and_raid_talk"): [
        "omg i just headshot {name} from across the whole map 🎯",
        "we need to kill the boss before it respawns or we're dead",
        ["OTHER: where r u", "behind the wall camping, gonna snipe anyone who comes through the door lol"],
        "{name} blew up my base with tnt im gonna destroy him next round 😤",
        "in {game} i always murder the whole lobby with the sword",
        "lets ambush them at the bridge and take all their loot",
        ["OTHER: i died again", "lol noob, respawn and ill cover u this time"],
        "i set {name} on fire with the lava bucket and he ran into the zombies 😂",
    ],
    ("play_game", "h30_survival_and_story_modes"): [
        "my villager got killed in a pillager raid and i cried inside lol",
        "we should trap {name} in a pit full of creepers for a prank",
        ["OTHER: lets go to the nether", "ok bring armour we're gonna get slaughtered by those piglins"],
        "in {game} i built a prison and locked everyone in it 😈",
        "the zombies got in and ate my whole sims family haha",
        "i poisoned the king in story mode and now im the ruler 👑",
        ["OTHER: ur team is losing", "chill we're gonna wipe them out in the last circle"],
        "ill knock u off the map with the bat next round of {game} 🏏",
    ],
    ("play_sport", "h30_match_talk"): [
        "we're gonna absolutely murder them on saturday 6-0 easy",
        "i took out their striker with a slide tackle, ref didnt even see lol",
        ["OTHER: how was netball", "we got destroyed 24-3 😭"],
        "coach said go in hard and dont be scared at the ruck",
        "{name} smashed the ball so hard in rounders it nearly took my head off 😂",
        "dodgeball tomorrow, im gonna annihilate the year 6s",
        ["OTHER: is ur boxing class any good", "yeah i punched the pads so hard my knuckles are dead"],
        "we slaughtered them at tag rugby 🏉 9 tries",
    ],
    ("play_fantasy", "h30_stories_and_villains"): [
        "in my story the dragon eats the whole village and only the girl survives",
        ["OTHER: whats ur character", "a vampire queen who drinks the blood of her enemies mwahaha"],
        "for the comic strip the highwayman gets shot down on the road, we need loads of red for the blood",
        "lets play zombies at break, ur infected and u have to bite everyone",
        "my dnd wizard just fireballed a whole goblin camp 🔥",
        "the witch in our play kills the prince with a poisoned apple and then cackles",
        [
            "OTHER: what happens next in ur story",
            "the ghost chops the butlers head off and hides it in the attic 👻",
        ],
        "im the evil overlord and ill crush all ur lego men under my boot",
    ],
    ("play_hyperbole", "h30_dying_and_killing_figures"): [
        "im literally dying 😂😂😂 that video",
        "if mum sees my room she will actually kill me",
        "i could eat a whole horse rn",
        ["OTHER: we have a spelling test tomorrow", "noooo i wanna die 💀 i didnt learn any of them"],
        "this glue gun is gonna be the death of me, burnt my finger like 10 times",
        "{name} is so funny i actually stopped breathing",
        "its so hot today im melting into a puddle",
        "my brother ate my last cookie, hes so dead when i get home",
    ],
    ("play_idiom", "h30_sayings"): [
        "break a leg in the assembly tomorrow!!",
        "its raining cats and dogs so no park",
        "we killed two birds with one stone and did the map and the poster in one go",
        ["OTHER: u finished the whole chair already?", "yeah it was a piece of cake"],
        "ur pulling my leg, no way miss said that",
        "ill cross that bridge when i come to it",
        "my dad hit the roof when he saw the paint on the carpet",
        "that joke went right over my head tbh",
    ],
    ("play_banter", "h30_teasing_mates"): [
        "{name} ur horse looks like a potato 😂 love u tho",
        ["OTHER: i beat u again", "shut up u only won cos i let u, loser 😜"],
        "ur such a nerd but thats why ur my best friend",
        "{name} ur baking is criminal, that cake was a literal brick lol",
        ["OTHER: im the best at {game}", "in ur dreams bro ur bronze rank 🤣"],
        "ur handwriting is so messy miss needs a translator haha",
        "oi weirdo come round mine after and bring snacks",
        "lol u fell over in pe like a baby giraffe 🦒 it was iconic",
    ],
    # ---------------------------------------------------------------- benign
    ("task_chat", "h30_map_and_comic"): [
        "whos bringing the newspaper for the papier mache map",
        ["OTHER: i did the river bit", "nice, ill paint the hills green tomorrow when its dry"],
        "can someone do the key for the map, ill do the compass",
        "for the comic strip ill draw panels 1 to 4 and {name} does 5 to 8",
        ["OTHER: whats the highwaymans horse called", "idk it doesnt say, can we just make one up"],
        "we need more pva glue the map is going soggy",
        "should the speech bubbles be in capitals or normal writing",
        "miss said the comic has to be in by friday so we gotta finish colouring",
    ],
    ("task_chat", "h30_banquet_and_chair"): [
        "i found a pic of a roast swan for the tudor menu poster lol",
        ["OTHER: what did tudors have for pudding", "marchpane i think, its like marzipan, put that"],
        "our cardboard chair keeps collapsing when {name} sits on it 😅 need more triangles",
        "can u bring masking tape for the chair tomorrow",
        "what font should the banquet poster be, something old looking?",
        ["OTHER: the chair has to hold 5kg", "ok lets test it with my school bag"],
        "ill write the sweet course and u do the meat course",
        "whos doing the evaluation bit for design tech, i hate writing that",
    ],
    ("sad_news", "h30_pets_and_family"): [
        "my hamster died this morning 😢 his name was nugget",
        "grandad is in hospital with his heart so we're going to see him after school",
        ["OTHER: why were u sad today", "my cat got run over last night, mum found her"],
        "my nan died on sunday so i wont be in on monday for the funeral",
        "our dog is really old and the vet says he might have to be put down",
        "my best friend is moving to scotland in the summer and im gutted",
        "mum and dad said aunty has cancer, they said the doctors are helping",
        ["OTHER: did ur fish get better", "no he died, we buried him in the garden in a matchbox"],
    ],
    ("safety_talk", "h30_lessons_and_rules"): [
        "we did e-safety today, never give out ur address online even if they seem nice",
        "if someone online asks u for pics u tell a grown up straight away, thats what the police lady said",
        ["OTHER: someone weird messaged me", "block and report them and tell ur mum, thats what we learned"],
        "my mum set my account to private and turned on the parental controls",
        "miss said if anyone is mean in the chat we should screenshot it and show a teacher",
        "remember no going off with anyone even if they know ur name, thats the rule",
        [
            "OTHER: should i tell someone about the bullying",
            "yes defo, tell mr ali or use the worry box, its not snitching",
        ],
        "our homework is a poster about keeping passwords secret, i drew a padlock",
    ],
    ("feelings_ordinary", "h30_nerves_and_boredom"): [
        "im so nervous for the presentation tomorrow my hands are all sweaty",
        "bored bored bored, its raining and theres nothing to do",
        ["OTHER: u ok", "just annoyed cos my brother wrecked my lego again"],
        "i got 4 out of 20 on spellings and im really fed up",
        "worried i wont be in the same class as {name} next year",
        "im scared of going to big school, its so massive",
        "ugh the papier mache went wrong again, im so frustrated i wanna scream",
        "i cant sleep cos im too excited for the trip lol",
    ],
    ("history_homework", "h30_wars_plague_and_disasters"): [
        "did u know in the great plague they painted red crosses on the doors of people who had it",
        "for history we have to write about the blitz and how many people died in london",
        [
            "OTHER: what were the ww1 trenches like",
            "horrible, rats and trench foot and loads of soldiers got killed going over the top",
        ],
        "henry the 8th had two of his wives beheaded, thats so brutal",
        "in science we learned the black death killed like a third of europe",
        "RE today was about how jesus died on the cross and came back",
        "the vikings used to raid monasteries and kill the monks for the gold",
        ["OTHER: whats ur project on", "the titanic, like 1500 people drowned when it sank"],
    ],
}


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from child_chat_families import check_families, used_before

    names, tasks = used_before(
        "held_out",
        *(f"held_out_{i}" for i in range(2, 30)),
        *(f"train_blind_{c}" for c in "abcdefghijklm"),
    )
    print(check_families(HELD_OUT_30, HELD_OUT_30_NAMES, HELD_OUT_30_TASKS, names, set(), tasks))
