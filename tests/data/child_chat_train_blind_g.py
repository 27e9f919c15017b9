"""The training families of the child chat set written blind to the screen, set G (issue 14).

26 families x 8 templates. Each key is (group, family_name); the group decides the
label of every message in the family. A template is either one message (str) or a
conversation (list of str) whose LAST string is the labelled message said by the
sender; earlier strings are history said by the same sender unless they start with
"OTHER: " (someone else in the room) or "TARGET: " (the child the last message is
aimed at). Placeholders: {name} (another child's name) and {game} (a video game).
"""

TRAIN_BLIND_G_NAMES = ['Gus', 'Hattie', 'Ishaan', 'Jada', 'Kit', 'Lola']

TRAIN_BLIND_G_TASKS = [
    "marble run build",
    "local park clean-up plan",
    "greek myth comic",
    "pen pal letter",
]

TRAIN_BLIND_G: dict[tuple[str, str], list] = {
    # ------------------------------------------------------------------ play
    ("play_game", "g_revenge_raid_trash_talk"): [
        "ur getting absolutely destroyed in {game} tonight dont even bother logging on 😂",
        ["OTHER: who took my diamonds", "it was {name} lol we raid his base at 6 and take it all back 😤"],
        "i literally blew up their whole base with one rocket im so good",
        ["OTHER: gg", "gg ez u guys got wiped 💀 rematch tmrw?"],
        "{name} stop spawn killing me its not even fair anymore 😭",
        ["OTHER: {name} keeps camping on the roof in {game}", "ok on 3 we all rush him and slice him up with the diamond swords lol"],
        "im gonna snipe every single one of u from the tower just watch",
        ["OTHER: ur team is trash", "ur aim is trash, we beat u 5 rounds in a row in {game} so shush 🤫"],
    ],
    ("play_sport", "g_football_tackle_smack_talk"): [
        "we are gonna smash year 6 at football on friday they have no chance",
        ["OTHER: did u see my tackle", "bro u flattened him 😂 he got straight back up laughing tho"],
        "coach says we have to kill it in the second half or were out of the cup",
        "my shins are DEAD from netball practice lol",
        ["OTHER: penalty shootout tmrw", "im gonna absolutely destroy the keeper top corner every time ⚽🔥"],
        "{name} ur throwing arm is a weapon, nobody can catch ur rounders throws",
        "we got slaughtered 7-0 at the match im never recovering 💀",
        ["OTHER: they were so rough in the match", "yeh but we'll crush them in the rematch, fair and square tho"],
    ],
    ("play_fantasy", "g_dragon_quest_story_battle"): [
        "ok in the story my knight chops the dragons head off and saves the village",
        ["OTHER: my wizard casts fireball", "the goblin army is burning 🔥 now my elf shoots the goblin king with a poison arrow"],
        "wait the ghost should possess the headteacher in chapter 3 thats so creepy lol",
        ["OTHER: whats the monster like", "it has 8 eyes and eats kids who stay up past midnight mwahaha 👹"],
        "the vampire queen drinks the blood of her enemies and laughs at the moon",
        "{name} ur character dies in the battle but comes back as a zombie ok??",
        ["OTHER: our story needs a villain", "an evil sorceress who turns everyone into stone and then smashes them 😈"],
        "lets have the heroes stab the shadow beast with the magic sword at the end",
    ],
    ("play_fantasy", "g_greek_myth_comic_monster_fights"): [
        "for the greek myth comic i'll draw perseus cutting medusas head off, so gross and cool",
        ["OTHER: what myth are we doing", "the minotaur!! theseus stabs it in the maze and finds his way out with the string"],
        "the cyclops should smash the ship with a massive rock in panel 4",
        ["OTHER: is it too scary for the comic", "nah its just myths, the hydra grows two heads every time u chop one off 🐍🐍"],
        "can hercules strangle the lion in the first panel lol thats what actually happens in the myth",
        "i drew zeus throwing a lightning bolt at the titans and they all get fried ⚡",
        ["OTHER: {name} wants to be the monster", "ok {name} is the kraken and drags the boat under the sea 🌊"],
        "the sirens sing and the sailors crash and drown, put that on the last page of the comic",
    ],
    ("play_hyperbole", "g_homework_is_killing_me"): [
        "this maths homework is literally killing me 😭😭",
        ["OTHER: did u see the new trailer", "IM DYING its so good i screamed"],
        "if i have to do one more fraction i will actually explode",
        ["OTHER: mr said the test is tmrw", "welp rip me, it was nice knowing u all 💀"],
        "im so hungry im literally going to die before lunch",
        "{name} ur joke killed me i cant breathe 😂😂",
        "my mum is gonna kill me i spilled juice on the new sofa lol",
        ["OTHER: 5 more minutes of assembly", "i am actually dead and this is my ghost typing 👻"],
    ],
    ("play_idiom", "g_murder_a_pizza_idioms"): [
        "i could murder a pizza right now tbh 🍕",
        ["OTHER: its my dance show tonight", "break a leg!! ur gonna be amazing"],
        "that test was a piece of cake, i totally killed it",
        "we killed two birds with one stone and did the letter and the drawing at the same time",
        ["OTHER: u still annoyed at me", "nah im over it, lets bury the hatchet 🤝"],
        "{name} u knocked em dead at the talent show",
        "my dad is gonna hit the roof when he sees my messy room lol",
        ["OTHER: shall we start the marble run", "yesss im dying to see if the marble makes it round the loop"],
    ],
    ("play_banter", "g_mutual_roast_best_friends"): [
        ["OTHER: ur hair looks like a bird nest lol", "says u, ur fringe looks like u cut it with a spoon 😂 love u tho"],
        "{name} ur the worst singer in the world and i will always be ur backup dancer 💃",
        ["OTHER: haha u fell over in pe", "and u tripped on NOTHING last week so we're even bestie 🤝"],
        "ur such a nerd lol, ok help me with my spellings nerd 🤓❤️",
        ["OTHER: im gonna roast u back", "go on then do ur worst, i can take it 😎"],
        "shut up ur so annoying 😂😂 same time tmrw at the park?",
        ["OTHER: lol ur laugh sounds like a goose", "HONK HONK 🪿 thats our new team call now"],
        "we're both terrible at drawing so our comic is gonna be a masterpiece of ugly lol",
    ],
    # ---------------------------------------------------------------- benign
    ("sad_news", "g_pet_died_grandad_in_hospital"): [
        "my hamster died this morning and i cried all the way to school 😢",
        ["OTHER: u ok?", "my grandad is in hospital, he had a fall, mum says hes gonna be ok but im worried"],
        "we buried my fish in the garden and said a prayer for him",
        ["OTHER: why are u so quiet today", "my nan died last week, i keep thinking about her at the funeral"],
        "{name} can u sit with me at lunch, my dog has to be put down at the vet today and im really sad",
        "my best friend is moving to scotland and i wont see her anymore 😭",
        ["OTHER: i heard ur auntie is sick", "yeh shes having an operation tmrw, we're visiting her after school"],
        "i didnt get picked for the team and im a bit sad but its ok",
    ],
    ("safety_talk", "g_esafety_lesson_online_strangers"): [
        "in e-safety today miss said never tell people online ur address or ur school",
        ["OTHER: what did u learn in pshe", "that if someone online asks u to keep a secret u tell a grown up straight away"],
        "the video said some people pretend to be kids online but theyre actually adults, so creepy",
        ["OTHER: what do u do if someone random adds u on {game}", "block and report them and tell ur mum, thats what we learned"],
        "my dad made me set my account to private and turn off chat with strangers",
        "{name} remember dont accept friend requests from people u dont know in real life",
        ["OTHER: what if someone online asks for a pic", "dont send anything!! screenshot it and show ur parents or a teacher, miss said they wont be mad"],
        "we made posters saying never meet up with someone u only know from the internet",
    ],
    ("safety_talk", "g_park_cleanup_safety_rules"): [
        "for the park clean-up plan we need gloves and litter pickers so nobody touches broken glass",
        ["OTHER: what if we find a needle", "dont touch it!! tell a grown up, its on our safety list"],
        "remember helmets if ur biking to the park, my mum wont let me go without one",
        "we have to stay in pairs and not go near the edge of the pond",
        ["OTHER: why did the fire alarm go off", "it was just a fire drill, we lined up on the field and waited for the register"],
        "{name} stranger danger rule: if a grown up u dont know says come with me u say no and run to a teacher",
        "dont cross the road by the park without the lollipop lady lol she's strict",
        ["OTHER: can we go in the woods for the clean-up", "not without a grown up, we put that in the risk assessment bit"],
    ],
    ("task_chat", "g_marble_run_and_pen_pal_project"): [
        "ok for the marble run build we need loads of toilet rolls and tape",
        ["OTHER: the marble keeps falling off", "make the ramp steeper and add a wall on the side"],
        "{name} can u write the intro to the pen pal letter and i'll do the bit about our hobbies",
        "who has the glue stick, i need to stick the comic panels down",
        ["OTHER: how long does the pen pal letter have to be", "miss said one page, and we have to ask them 3 questions"],
        "we should test the marble run with a timer and write the results in a table",
        ["OTHER: my part of the greek myth comic is done", "yesss send me a pic of it and i'll add the speech bubbles"],
        "for the clean-up plan lets draw a map of the park with where all the bins are",
    ],
    ("history_homework", "g_plague_war_executions_homework"): [
        "did u know in the black death the bodies got piled up in carts, so grim",
        ["OTHER: what we doing for history", "the battle of hastings, harold got an arrow in the eye apparently"],
        "henry the 8th had two of his wives executed, i have to write about it for homework",
        "my history homework is about the blitz and how the bombs destroyed half of london",
        ["OTHER: why did they fight like that", "in roman times gladiators fought to the death for the crowd, its in our book"],
        "{name} what year did ww1 start, i need it for my timeline",
        "the vikings raided monasteries and killed the monks, we read about it today",
        ["OTHER: so gross", "yeh they used to chop peoples heads off at the tower of london and put them on spikes"],
    ],
    ("feelings_ordinary", "g_older_cousins_and_ordinary_moods"): [
        "my cousin is 17 and she's coming to stay this weekend, she's gonna do my nails 💅",
        ["OTHER: whos that man in ur pic", "my dads friend from school, hes known my family forever, we had a bbq at theirs"],
        "im so nervous for the spelling test tmrw my tummy hurts",
        ["OTHER: ur quiet today", "just tired, my baby brother kept crying all night"],
        "my big sister is so annoying, she took the remote AGAIN 😤",
        "my older cousin got me the new {game} for my birthday, mum made me ring him to say thank u lol",
        ["OTHER: wanna play", "cant, my mum shouted at me for not tidying my room so im stuck inside till tea time 🙄"],
        "soooo bored, nothing to do, its raining again",
    ],
    # ------------------------------------------------------------------ C1
    ("C1", "g_repeated_jabs_at_one_child"): [
        ["TARGET: can i be in ur group for the comic", "OTHER: lol", "no ur drawings are so bad they'd ruin it, go find someone else"],
        ["TARGET: i finished my bit of the letter", "OTHER: it's got like 10 spelling mistakes", "yeh its so bad, can u even read 😂 baby level"],
        ["TARGET: stop it", "aww is she gonna cry again 😭 crybaby crybaby"],
        ["TARGET: my mum made my jumper", "thats why it looks like a bin bag lol ur family is so poor"],
        ["TARGET: why are u all laughing", "OTHER: 🤣🤣", "bc ur face is so funny looking, even ur pen pal will be scared of u"],
        ["TARGET: please can i just help with the marble run", "nobody wants u here, every time u touch it it breaks, just leave"],
        ["TARGET: i'm telling miss", "go on then snitch, everyone already thinks ur weird, this'll just prove it"],
        ["TARGET: hi guys", "OTHER: ew its her", "quick everyone stop talking, the smelly one is here 🤢"],
    ],
    ("C1", "g_quietly_leaving_one_out"): [
        "lets make a new group chat without {name}, just dont tell her 🤫",
        ["OTHER: is Kit coming to ur party", "no lol we all agreed to ignore him all week, dont sit with him at lunch either"],
        "everyone ignore {name} tmrw, if she says hi just walk off 😂",
        ["OTHER: {name} asked to play with us", "say the game is full, it isnt but we dont want her"],
        "i told everyone not to pick Gus for teams, he always ruins it and nobody likes him",
        ["OTHER: she's sitting on her own again", "good, maybe she'll finally get the hint that nobody likes her"],
        "if u stay friends with {name} then ur out of our group, ur choice",
        "we should all leave the chat when Jada joins so she's in there by herself lol",
    ],
    ("C1", "g_rumours_and_mocking_family"): [
        "lets tell everyone {name}'s dad is in prison, it's not true but it'll be so funny",
        ["OTHER: why does Ishaan smell", "bc his family cant afford soap lol pass it on"],
        "someone start the rumour that {name} still wets the bed 😂😂",
        "i screenshotted what Lola said and sent it to the whole year, everyone's laughing at her",
        ["OTHER: she got a bad mark again", "lol thick as a brick, even the year 2s are smarter than her"],
        "{name}'s mum looks like a witch, go look at her at pickup 🧙‍♀️ lmaooo",
        ["OTHER: stop its mean", "its just jokes, anyway everyone says hes weird and has no friends so who cares"],
        "we should all copy {name}'s stutter in class tmrw and see if she cries",
    ],
    # ------------------------------------------------------------------ C2
    ("C2", "g_scared_of_mums_boyfriend"): [
        "i dont like going home when my mums boyfriend is there, he shouts and grabs my arm really hard",
        ["OTHER: u ok?", "not really, mums boyfriend said if i tell anyone what he does i'll get taken away"],
        "he comes in my room at night and i dont like it, i'm not allowed to say anything",
        ["OTHER: why u falling asleep in class lol", "cant sleep at home, they fight and he threw a plate at mum last night and i hid in the wardrobe"],
        "can i come to urs after school, i'm scared of the man my mum lives with",
        ["OTHER: why do u always wear long sleeves even in pe", "dont tell anyone but he did it, he said i was being cheeky"],
        "he locked me in the shed again bc i forgot to do the dishes",
        "{name} if i tell u something do u promise not to tell, someone at home is hurting me",
    ],
    ("C2", "g_no_food_at_home_left_alone"): [
        "theres no food at home again, i only had the school lunch yesterday",
        ["OTHER: wanna get sweets after school", "i cant, i havent eaten since friday lunch and theres nobody home"],
        "mum's been gone for 3 days, i'm looking after my little brother on my own",
        ["OTHER: why didnt u come to school", "no clean clothes and mum wouldnt get out of bed, i had to feed my sister dry cereal"],
        "can i have ur crusts, im starving, we ran out of food last week",
        "the electric got turned off and its freezing, mum says dont tell the school or they'll take us",
        ["OTHER: why are u always so tired", "dad comes home drunk every night and screams, i sleep in the bathroom with the door locked"],
        "nobody picked me up yesterday so i walked home in the dark and the house was empty till midnight",
    ],
    ("C2", "g_hit_at_home_hiding_bruises"): [
        "my dad hits me with his belt when i get stuff wrong in my homework",
        ["OTHER: what happened to ur face", "i said i fell off my bike but really my step dad pushed me into the door"],
        "if i get a bad mark my mum will hit me again, i'm so scared to go home",
        ["OTHER: lol why are u so jumpy", "bc when people shout i think im gonna get smacked like at home"],
        "i have to hide the bruises for pe, dont tell miss pls",
        ["OTHER: can u come to my party", "no my uncle wont let me leave the house and he gets angry if i ask, last time he kicked me"],
        "{name} is it normal for ur parents to hit u with a shoe? mine does it like every day",
        "my brother's 19 and he punches me when mum's at work, he says it's our secret",
    ],
    # ------------------------------------------------------------------ C3
    ("C3", "g_telling_friends_about_older_online_friend"): [
        ["OTHER: where'd u get that skin", "omg so i met this guy on {game}, hes 19 and he just gifted me 2000 coins for nothing!!", "he says im really mature for my age and he only talks to me 🥰"],
        ["OTHER: whos ur new friend", "shes 16 but really nice, she sends me makeup and stuff in the post", "she said dont tell my mum bc mums get jealous of friendships like ours lol"],
        "my online friend said if i send him a pic in my swimsuit he'll buy me the battle pass 😁",
        ["OTHER: u keep checking ur phone", "its my friend from {game}, hes older and he wants to video call tonight when my parents are asleep"],
        ["OTHER: how old is he", "idk like 20 something, but he said age is just a number and we have a special bond", "he asked what school i go to so he can send me a present there 🎁"],
        "he gave me his number and said text him on there instead bc the game chat gets checked 🤫",
        ["OTHER: thats a bit weird", "nah hes so kind, he listens to me more than my parents do", "he said i'm the only one who gets him and i cant tell anyone or he'll get in trouble"],
        "shes gonna give me 50 pounds if i send her my address and a pic of me in my pjs",
    ],
    ("C3", "g_older_persons_slow_friendly_messages"): [
        ["OTHER: im 11", "no way, u seem way older, ur so mature for 11", "do ur parents check ur messages?"],
        ["OTHER: thanks for the skin!!", "anything for my favourite player 😊", "just keep it between us yeah, the others might get jealous"],
        ["OTHER: gg", "gg ur really good at this, how old r u?", "cool, this chat is so laggy, u got whatsapp? add me there its easier and nobody reads it 😊"],
        "u can tell me anything, i wont judge u like ur parents do",
        ["OTHER: i had a bad day", "aw im sorry, ur mum doesnt get u like i do", "if u send me a pic of u smiling it'll cheer us both up 😘"],
        ["OTHER: my mum is calling me", "ok quick delete our chat before she sees it, our little secret 🤐"],
        ["OTHER: i'm bored", "wanna meet up at the shopping centre saturday? i'll buy u whatever u want", "just say ur going to a friends house ok"],
        "u looked so cute in ur profile pic, what are u wearing right now?",
    ],
    ("C3", "g_secret_meetup_and_new_app"): [
        ["OTHER: what u doing saturday", "dont tell anyone but im meeting my online friend at the train station 😬", "he said to come on my own and not tell my mum"],
        ["OTHER: what app is that", "its this new chat app my gaming friend told me to get, it deletes messages after u read them", "he said we should only talk on there now so nobody sees"],
        "Hattie promise u wont tell, the girl from {game} says shes 15 but her voice on the call sounded like a grown man and she still wants to meet me",
        ["OTHER: is he a kid", "no hes at uni i think but hes really nice", "hes picking me up from the park after school on friday and taking me for food 🍔"],
        ["OTHER: ur mum will kill u", "thats why i'm not telling her 🤫 pinky promise u wont either", "he's already bought my train ticket"],
        "my friend online said he'll give me a new phone so my parents cant see our chats, he's posting it to me",
        ["OTHER: {name} said ur going somewhere", "yeh to meet this person i met online, shes 16 and said she'll bring her older brother", "but u have to promise not to say anything, i'll send u a pic when i get there"],
        ["OTHER: why did u delete the chat", "bc my online bf said to, hes 18 and says my parents wouldnt understand us"],
    ],
    # ------------------------------------------------------------------ C4
    ("C4", "g_sharing_own_address_and_key"): [
        "come over mine after lol i live at 14 willow road, the blue door next to the chippy",
        ["OTHER: where do u live", "flat 3, 22 station street, just ring the top buzzer"],
        "the spare key is under the frog plant pot by our back door, mum and dad work till 6",
        ["OTHER: whats ur number", "07700 900418 text me anytime 😊"],
        "my full name is Lola Bright and i go to st marys primary in ashford, add me on everything",
        ["OTHER: how do u get home", "i walk home alone down park lane at 3:15 every day, my house is the one with the trampoline"],
        "my password for everything is sunshine2014 lol dont hack me",
        ["OTHER: what school u go to", "oakfield primary, year 5, we finish at 3:20 and i wait by the back gate"],
    ],
    ("C4", "g_sharing_classmates_details"): [
        "heres {name}'s number for everyone 07700 900762, she wont mind",
        ["OTHER: whats Gus's address", "27 mill lane, its the house with the red car, i'll put it here for everyone"],
        "i know {name}'s password its her dogs name and 123, i logged in last night lol",
        ["OTHER: where does Jada live", "above the hairdressers on king street, flat b, her mum works nights so shes home alone"],
        "posting the whole class list with everyones phone numbers in the {game} group so we can all chat",
        ["OTHER: whens Ishaan's party", "saturday at his house, 9 elm close ashford, postcode TN23 4QX, anyone can come"],
        "Hattie's full name is Hattie Marsh and she lives by the big church in ashford, her insta is hattie_m_2014",
        ["OTHER: can u send me Kit's number", "ya here 07700 900233, and his mums is 07700 900871, dont say u got it from me"],
    ],
    # ------------------------------------------------------------------ S1
    ("S1", "g_plan_to_beat_up_after_school"): [
        "after school we're gonna jump {name} behind the shops, bring ur mates",
        ["OTHER: he told on u", "right im gonna punch his teeth in at home time, for real not joking"],
        "im bringing my dads knife to school tmrw to scare Gus, he wont laugh at me after that",
        ["OTHER: lol u wont", "watch me, i'll wait for her at the gate and smash her head on the wall"],
        "i swear if {name} says one more thing i'm gonna hurt him so bad he ends up in hospital",
        ["OTHER: who's coming to the park", "everyone meet at 4, we're gonna beat up that year 6 kid properly this time"],
        "i've got my brothers lighter and i'm gonna set fire to her hair at break",
        ["OTHER: chill", "no im serious, i know where he lives and i'm gonna throw bricks through his window tonight"],
    ],
    # ------------------------------------------------------------------ S11
    ("S11", "g_dont_want_to_be_here_anymore"): [
        "i dont want to be here anymore, everyone would be better off without me",
        ["OTHER: u ok?", "not really, i've been cutting my arm again and i cant stop"],
        "if i wasnt alive nobody would even notice tbh",
        ["OTHER: see u tmrw", "maybe, i wrote a letter for my mum in case i'm not here tmrw"],
        "i keep thinking about taking all the pills in the cupboard",
        ["OTHER: lol ur so dramatic", "im not joking this time, i want to die, i have a plan"],
        "{name} thanks for being my friend, i'm giving u my {game} account bc i wont need it after tonight",
        "i hit myself till it bruises so i feel something, dont tell anyone",
    ],
}


if __name__ == "__main__":
    from child_chat_families import WRITTEN_BEFORE_F_TO_J, check_families, used_before

    names, tasks = used_before(*WRITTEN_BEFORE_F_TO_J)
    assert all(f.startswith("g_") for _, f in TRAIN_BLIND_G), [f for _, f in TRAIN_BLIND_G if not f.startswith("g_")]
    print(check_families(TRAIN_BLIND_G, TRAIN_BLIND_G_NAMES, TRAIN_BLIND_G_TASKS, names, used_tasks=tasks))
