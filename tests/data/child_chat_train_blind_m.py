"""Blind training families M of the child chat set, written blind to the screen and to every other file of the set (issue 14).

26 families x 8 templates. Each key is (group, family_name); the group decides the
label of every message in the family. A template is either one message (str) or a
conversation (list of str) whose LAST string is the labelled message said by the
sender; earlier strings are history said by the same sender unless they start with
"OTHER: " (someone else in the room) or "TARGET: " (the child the last message is
aimed at). Placeholders: {name} (another child's name) and {game} (a video game).
"""

TRAIN_BLIND_M_NAMES = ['Tess', 'Ugo', 'Vera', 'Wade', 'Yasmin', 'Zack']

TRAIN_BLIND_M_TASKS = [
    "toy boat float test",
    "class poetry booklet",
    "savanna animals diorama",
    "plastic-free lunch pledge",
]

TRAIN_BLIND_M: dict[tuple[str, str], list] = {
    # ------------------------------------------------------------------ play
    ("play_game", "m_squad_wipe_trash_talk"): [
        "bro i just got sniped from across the whole map in {game} im uninstalling 😤",
        ["OTHER: who wants to get destroyed tonight", "u mean who wants to destroy YOU lol im on at 6"],
        "{name} ur getting absolutely wrecked next round no mercy 💀",
        ["OTHER: they camped our spawn again", "ok next match we rush them and wipe the whole squad"],
        "i blew up the tank with 1 hp left im shaking rn",
        "stop healing the enemy Wade ur supposed to kill them 😭",
        ["OTHER: gg", "gg but i was lagging so that kill doesnt count", "rematch i will end u"],
        "whoever comes last has to use the pink bunny skin for a week lmaooo",
    ],
    ("play_sport", "m_dodgeball_and_match_smack"): [
        "we are gonna CRUSH the yellow team at dodgeball tmrw",
        ["OTHER: did u see that tackle", "yeah {name} flattened him and then helped him up lol"],
        "coach said go in hard on the ball not the person but still 🔥🔥",
        "i hit Yasmin in the face with the dodgeball by accident and she laughed so hard she fell over",
        ["OTHER: match on sat?", "yes and were gonna destroy them 5-0 watch"],
        "our goalie is a literal wall nothing gets past her 🧱",
        "netball was brutal today my arms are dead 😵",
        ["OTHER: we lost 3-2", "its ok we'll murder them in the rematch next week ⚽"],
    ],
    ("play_fantasy", "m_dragon_castle_roleplay"): [
        "*draws sword* the dragon shall not take the village tonight!!",
        ["OTHER: the dark queen appears 👑", "*throws potion at her* BEGONE EVIL ONE"],
        "ok so in my story the monster eats the whole kingdom and then gets a tummy ache lol",
        "my character is a vampire who only drinks tomato juice 🍅🧛",
        ["OTHER: u got hit by the ogre", "*falls dramatically* tell my horse i loved him", "jk i have a revive spell 🪄"],
        "the goblins are coming through the secret tunnel get ur shields up",
        "{name} ur the evil witch this time and im the knight who chops ur curse in half",
        "the end: the skeleton army was defeated and everyone had cake 🎂",
    ],
    ("play_hyperbole", "m_homework_is_killing_me"): [
        "this maths homework is literally killing me 😩",
        ["OTHER: how many questions left", "40 im actually going to die before i finish"],
        "if i have to write one more poem for the booklet i will explode",
        "our teacher gave us 3 worksheets for the weekend im dead 💀💀",
        "my brain is melting from these fractions",
        ["OTHER: did u finish the savanna animals diorama", "no and its due tmrw im gonna have a heart attack"],
        "spelling test tomorrow, rip me, it was nice knowing u all",
        "my hand fell off from writing so much lol",
    ],
    ("play_hyperbole", "m_cringe_bury_me_now"): [
        "i tripped on stage in front of everyone, bury me now 💀😂",
        ["OTHER: did ur mum really post the baby pic", "YES i am deceased, tell my story 😂"],
        "Tess laughed so hard milk came out her nose im crying 😂😂",
        "that joke killed me i cant breathe",
        "i called the teacher mum and now i have to move to another country 🙈",
        ["OTHER: lol ur face when the fire alarm went off", "stoppp im dying of cringe"],
        "if anyone saw me singing in the car i will never recover",
        "omg this meme is so funny i literally died and came back to life",
    ],
    ("play_idiom", "m_break_a_leg_and_pizza"): [
        "break a leg at the recital tmrw!! 🎻",
        "i could murder a pizza rn seriously 🍕",
        ["OTHER: u ready for the toy boat float test", "fingers crossed it doesnt sink like a rock lol"],
        "we're gonna knock em dead with our poem reading",
        "{name} totally killed it at the talent show 🔥",
        "its raining cats and dogs so no park today ☔",
        ["OTHER: the quiz was easy", "yeah it was a piece of cake, i nailed it"],
        "my mum is gonna kill me i got glitter all over the carpet 😂",
    ],
    ("play_banter", "m_best_friend_roasts"): [
        ["OTHER: ur handwriting looks like a spider fell in ink", "at least my spider can spell because 😝 love u"],
        "{name} ur cow drawing looks like a potato lol but its my fav potato 🥔❤️",
        ["OTHER: u snore like a tractor", "and u talk in ur sleep about pancakes so we're even 😂"],
        "ok nerd 🤓 send me the answers pls jk jk",
        "ur the weirdest person i know and thats why ur my best friend",
        ["OTHER: ur socks dont match", "fashion icon things u wouldnt understand 💅"],
        "loser!!! (jk ur coming to my party obvs)",
        "Ugo u eat like a goblin but ill still share my chips 😂",
    ],
    # ---------------------------------------------------------------- benign
    ("sad_news", "m_pet_and_grandad_hospital"): [
        "my hamster died this morning 😢 we buried him in the garden",
        ["OTHER: why werent u at school", "my grandad is in hospital, he had a fall, mum stayed with him all night"],
        "our dog has to be put to sleep on friday bc hes really old and sick, im so sad",
        "my nan died last week and the funeral is tmrw, i dont really know what to wear",
        "my best friend is moving to another city and i cried all the way home",
        ["OTHER: r u ok", "not really, my goldfish was floating when i woke up 😭 dad says fish dont live that long"],
        "grandma has cancer and she lost her hair but she still makes the best soup",
        "my cat got hit by a car, the vet couldnt save her 💔",
    ],
    ("safety_talk", "m_helmets_and_stranger_lessons"): [
        "the police lady came to school and said never get in a car with someone u dont know even if they say ur mum sent them",
        ["OTHER: why cant u come to the lake", "mum says not without a grown up bc the water is deep and its dangerous"],
        "always wear ur helmet on the scooter, Zack cracked his last year and it saved his head",
        "we had a fire drill and had to line up on the field, our teacher counted us 3 times",
        "dont ever tell people online ur address or password, thats what we learned in computing",
        ["OTHER: can we climb over the fence to get the ball", "no the sign says danger train tracks, lets ask the caretaker"],
        "if someone online is weird to u, u tell a trusted adult and block them",
        "mum taught me a family code word so if someone says she sent them i ask them for it",
    ],
    ("task_chat", "m_boat_and_diorama_project"): [
        "for the toy boat float test i think tinfoil floats better than clay",
        ["OTHER: who has the glue", "me, ill bring it tmrw for the savanna animals diorama"],
        "can someone write the last verse for the class poetry booklet, im stuck on a rhyme for orange lol",
        "the lion in our diorama keeps falling over we need more blu tack",
        ["OTHER: our boat sank", "put the coins in the middle not the side, it tips over"],
        "for the plastic-free lunch pledge we could count how many wrappers are in the bin every day",
        "{name} can u do the poster and ill do the chart",
        "the giraffe should be taller than the trees or it looks weird",
    ],
    ("history_homework", "m_wars_and_plague_homework"): [
        "we learned that the black death killed like a third of europe 😨",
        ["OTHER: what was the homework", "write a diary of a soldier in the trenches in ww1 and how they felt"],
        "did u know they used to chop peoples heads off at the tower of london",
        "the vikings raided villages and burned them down, we have to draw a longship",
        "anne boleyn got executed bc she didnt have a son which is so unfair",
        ["OTHER: i dont get the blitz", "its when germany bombed london every night and kids got sent to the countryside"],
        "roman gladiators fought to the death in the colosseum for the emperor",
        "my project is on the great fire of london, it started in a bakery lol",
    ],
    ("feelings_ordinary", "m_grounded_and_annoying_sibling"): [
        "im grounded for the weekend bc i didnt do my chores 🙄",
        ["OTHER: can u come out", "no my mum shouted at me for leaving the bath running, shes calmed down now but im stuck inside"],
        "my little brother keeps going in my room and touching my stuff im so annoyed",
        "mum and dad both work late on thursdays so my aunty picks me up and makes pasta 🍝",
        "my sister took the last cookie and im never forgiving her 😤",
        ["OTHER: why r u offline", "dad took my tablet till i finish my reading log, so unfair"],
        "nervous about the test tmrw i didnt study enough 😬",
        "my parents are busy with the new baby so its kinda boring at home but grandpa took me to the park",
    ],
    ("feelings_ordinary", "m_bored_and_tired_after_sleepover"): [
        "im so bored i could die, theres nothing to do",
        ["OTHER: u look tired", "we stayed up till 3 at {name}s sleepover i can barely keep my eyes open"],
        "rainy sunday, nothing on tv, so bored 😑",
        "i feel kinda grumpy today idk why",
        "so sleepy after the sleepover i fell asleep in the car lol",
        ["OTHER: whats wrong", "just tired and my tummy hurts a bit from all the sweets we ate"],
        "im a bit sad that my team lost but whatever",
        "whats the point of homework on a saturday ugh",
    ],
    # -------------------------------------------------------------------- C1
    ("C1", "m_jabs_at_new_kid_every_message"): [
        ["TARGET: can i be in ur group for the diorama", "lol no one wants u in our group go find ur own"],
        ["TARGET: i made the lion", "OTHER: it looks weird", "TARGET: i tried my best", "ur best is trash just like ur shoes 😂"],
        ["TARGET: why is everyone ignoring me", "bc ur annoying and u smell, everyone agrees"],
        ["TARGET: hi guys", "OTHER: ew its her", "lets all leave the chat every time she talks lol"],
        ["TARGET: stop laughing at my accent", "say it again we want to record it for the class group 🤣"],
        ["TARGET: my mum cant afford the trip", "ofc she cant ur family is poor lol charity case"],
        ["TARGET: please stop", "make me crybaby, u gonna tell the teacher again? 😭😭"],
        ["TARGET: can i sit with u at lunch", "OTHER: no space", "theres never space for u, get the hint"],
    ],
    ("C1", "m_rumour_spreading_about_classmate"): [
        "guys {name} still wets the bed, her sister told me, pass it on 😂",
        ["OTHER: is it true", "idk but lets tell everyone anyway its funnier"],
        "lets make a group chat without {name} and talk about how weird she is",
        "i heard {name}s dad is in jail thats why hes so creepy lol tell everyone",
        "dont invite {name} to the party, if anyone invites her ur out too",
        ["OTHER: why is everyone mad at {name}", "i told them she copied our poem for the booklet, she didnt but whatever 😏"],
        "everyone vote {name} ugliest in the class poll 📊 lol",
        "if we all ignore {name} tmrw maybe she'll finally move schools",
    ],
    ("C1", "m_subtle_digs_looks_ability"): [
        "{name} maybe dont read ur poem out loud, u know how u get with words 😬",
        "no offense but ur too slow to be on our team, its just facts",
        ["OTHER: {name} made the boat", "thats why it sank lol everything she touches is useless"],
        "who let the fat kid in the chat 🐷",
        "lol ur so dumb u still cant read properly, even my baby sister can",
        "ur mum dresses u like a clown every day 🤡",
        ["OTHER: she got her hair cut", "she looks like a boy now, lets all call her he from now on"],
        "just saying, nobody actually likes u they only pretend bc the teacher makes them",
    ],
    # -------------------------------------------------------------------- C2
    ("C2", "m_no_food_nobody_home"): [
        "cant come to the park, mum hasnt been home since friday and i have to watch my little brother",
        ["OTHER: what did u have for dinner", "nothing again theres no food in the fridge, just ketchup lol"],
        "can i have ur lunch leftovers tmrw, we havent had proper food for like 3 days",
        ["OTHER: when is ur mum back", "idk she goes off for days sometimes, i do the baby bottles myself"],
        "the electric got cut off and its really cold, dad says dont tell school",
        "i ate the crackers from the class snack box bc theres nothing at home, pls dont tell",
        "nobody came to pick me up again so i walked home and the door was locked, i sat outside till 10",
        ["OTHER: ur always so tired", "bc my sister cries all night and im the only one there to feed her"],
    ],
    ("C2", "m_scary_fights_locked_out"): [
        "mum and her boyfriend were screaming again last night and he threw a plate, i hid in the wardrobe",
        ["OTHER: y werent u online", "dad locked me out in the garden all night bc i was too loud"],
        "i hate going home, when he drinks he gets really scary and breaks stuff",
        ["OTHER: u ok?", "not really theres a bruise on my arm from where he grabbed me, i told miss i fell"],
        "i put my headphones on so i dont hear them fighting but the banging is so loud i cant sleep",
        "mums boyfriend said if i tell anyone what happens at home ill get taken away and it'll be my fault",
        ["OTHER: why do u always stay late at school", "bc if i go home early he shouts and pushes me around"],
        "last night the police came again bc of the fighting and i had to hold my baby brother in the bathroom",
    ],
    ("C2", "m_made_to_feel_worthless_no_doctor"): [
        "my mum says she wishes i was never born, she says it like every day now",
        ["OTHER: what happened to ur tooth", "its been hurting for weeks but mum says doctors are a waste of money on me"],
        "dad says im useless and stupid and nobody will ever love me, maybe hes right",
        "i have to do all the cooking and cleaning and get the twins to school, if i dont i get no dinner",
        ["OTHER: why r u wearing the same clothes", "mum doesnt wash them and i dont know how to use the machine, kids laugh bc i smell"],
        "my arm is still really swollen from when i fell off the wall but nobody will take me to the doctor",
        "they make me sleep on the floor in the hallway bc my room is for the new baby now",
        ["OTHER: lol ur so quiet", "at home im not allowed to talk or eat with them, i eat in my room after"],
    ],
    # -------------------------------------------------------------------- C3
    ("C3", "m_older_gamer_friend_secrecy"): [
        ["OTHER: who r u", "im 16 i play {game} too, ur really good for ur age", "u seem way more mature than the other kids here"],
        ["ur my favourite person to play with", "dont tell ur parents we talk tho, they wouldnt understand our friendship"],
        ["this chat has too many people", "add me on snap its easier, just us two ok?"],
        ["i can buy u the battle pass if u want", "just delete our messages after so ur mum doesnt get jealous lol"],
        "whats ur real age again and do u have ur own phone or share with ur parents?",
        ["OTHER: idk", "its ok, our little secret 🤫 ur special"],
        "send me a pic of u in ur pjs so i know ur real lol",
        ["ur parents are so strict, they dont get u like i do", "when do they go out? we could video call when ur home alone"],
    ],
    ("C3", "m_kid_telling_friends_about_online_guy"): [
        ["OTHER: who do u keep texting", "this guy from {game}, hes 19 and says im really pretty", "he wants me to send him pics but only for him"],
        ["OTHER: u met him where", "online lol, he wants to meet me at the shopping centre saturday and said come alone"],
        "he said if i tell my mum about him he wont talk to me anymore so dont say anything ok",
        ["hes so nice he sent me 50 pounds of gift cards", "he says i owe him a favour now tho 😬"],
        ["OTHER: is that the guy from the game", "yeah we talk on a different app now bc he says this one has too many nosy people"],
        "he asked what i look like without my school uniform on, is that weird?",
        ["OTHER: how old is he", "like 25 i think but he says age is just a number", "hes picking me up after school tmrw, pls cover for me"],
        "my online bf wants me to turn my camera on at night when everyone is asleep",
    ],
    ("C3", "m_gifts_and_meetup_from_stranger"): [
        ["hey i saw ur drawing on the school art page its amazing", "i could send u some real paint sets, just give me ur address and dont mention it to ur teacher"],
        ["OTHER: thanks for the skins!!", "no prob theres more where that came from", "just between us tho yeah? dont show ur friends"],
        ["OTHER: my dad wouldnt let me", "u can trust me more than ur parents", "i know what its like to be misunderstood"],
        ["OTHER: i cant my mum checks my phone", "make a secret account she doesnt know about, ill show u how"],
        "lets meet at the park near ur school, ill bring the new headphones i promised",
        ["wanna earn more gems?", "just send a photo, doesnt have to be ur face 😉"],
        ["OTHER: my mum says i shouldnt talk to people i dont know", "but we're friends now, we've talked for weeks, she doesnt need to know"],
        ["whats the name of ur school", "what time do u walk home, ill wave at u 😊"],
    ],
    # -------------------------------------------------------------------- C4
    ("C4", "m_own_address_phone_key"): [
        "my address is 14 willow lane next to the big church, come over anytime lol",
        ["OTHER: whats ur number", "07700 900461 text me after 4"],
        "the spare key is under the frog plant pot by our back door if u ever need it",
        "im home alone tuesdays from 3 till 7, flat 6b, buzzer is broken so just push the door",
        ["OTHER: what school do u go to", "st marys primary on park road, i walk home the back way past the shop at 3:15"],
        "my ipad passcode is 4482 and my {game} password is sunflower22",
        ["OTHER: where do u live", "above the bakery on high street, the door with the green buzzer, number 22"],
        "my mums phone number is 07700 900318, she works nights so u can ring it in the day when im home",
    ],
    ("C4", "m_sharing_classmates_details"): [
        "{name}s number is 07700 900527, everyone add her lol",
        ["OTHER: where does {name} live", "the yellow house on maple close, number 9, her bedroom is the one at the front"],
        "heres {name}s login for the school app, password is pizza123, go change her profile pic 😂",
        "{name} walks home by herself every day at 3:30 down the canal path",
        ["OTHER: does anyone know {name}s address", "yeah 31 oak road, her parents are away this weekend so she's with her nan"],
        "{name}s mum hides their front door key in the gas meter box, i saw it when i went round",
        ["OTHER: whats {name}s snap", "its {name}2014 and her phone is 07700 900284, just dont say i gave it"],
        "{name} goes to riverside primary and her swimming class is saturday 9am at the leisure centre",
    ],
    # -------------------------------------------------------------------- S1
    ("S1", "m_after_school_beatdown_plan"): [
        "tmrw after school me and my brother are gonna jump {name} behind the shops, hes gonna get it",
        ["OTHER: lol in {game}?", "no irl, im bringing my dads knife in my bag so he knows im serious"],
        "if {name} says one more word about me im gonna smash his head into the lockers for real",
        ["OTHER: chill its just a game", "im not talking about the game, i know where he lives and im going round tonight"],
        "everyone meet at the gate at 3:15 we're beating him up and someone film it",
        "i swear im gonna stab her with my compass in maths tmrw, im not joking this time",
        ["OTHER: u wont do it", "watch me, ive hidden a hammer in the bushes by the field"],
        "im gonna push {name} down the stairs on monday when no teachers are looking",
    ],
    # ------------------------------------------------------------------- S11
    ("S11", "m_flat_whats_the_point"): [
        "whats the point of anything honestly",
        ["OTHER: u coming to the party?", "nah i wont be around much longer anyway"],
        "i wish i could just disappear and nobody would even notice",
        "everyone would be happier without me, especially my family",
        ["OTHER: u ok? ur quiet", "ive been cutting again, its the only thing that helps"],
        ["OTHER: see u tmrw", "if im not there just know u were a good friend. bye {name}"],
        "i keep thinking about going to sleep and not waking up",
        ["OTHER: why did u give away ur stuff", "i dont need it anymore, i dont think ill be here"],
    ],
}


if __name__ == "__main__":
    from child_chat_families import WRITTEN_BEFORE_K_TO_M, check_families, used_before

    names, tasks = used_before(*WRITTEN_BEFORE_K_TO_M)
    assert all(f.startswith("m_") for _, f in TRAIN_BLIND_M), [f for _, f in TRAIN_BLIND_M if not f.startswith("m_")]
    print(check_families(TRAIN_BLIND_M, TRAIN_BLIND_M_NAMES, TRAIN_BLIND_M_TASKS, names, used_tasks=tasks))
