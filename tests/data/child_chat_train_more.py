"""More training families for the child chat set (issue 14).

Why: the screen learned the wording of the first families in write_child_chat.py rather than
what they mean. On the blind sets it missed new wording of the same harms: bullying recall 0.06,
grooming 0.19, disclosures 0.31. These families say the same harms in other words, so the
screen has to learn the meaning and not a handful of keywords.

Style: the way children of 8 to 13 really type. Mostly lowercase, little punctuation,
misspellings, text-speak (u, ur, ngl, fr, idk, lol, 💀), long run-ons next to three-word messages.
The unsafe families lean on indirect and social wording: leaving a child out, rumours, mocking
family or voice, harm at home mentioned in passing or in the middle of task talk, grooming that
only shows across several messages, details asked for so the chat can move somewhere private.
Many benign families are hard negatives. They use the words the unsafe ones use (secret, meet,
home alone, hit, hurt, photo, address, password, "don't tell", kill, die, hate, ugly, stupid,
nobody) in innocent play, teasing between friends, stories, history and ordinary home life.

The format is FAMILIES' in write_child_chat.py. A template is a string, or a list of strings:
a conversation whose last message is the labelled one. Earlier lines come from the same sender
unless they start with "OTHER:" (another child) or "TARGET:" ({name}, the child it is aimed
at). {name} and {game} are filled in.
"""

TRAIN_MORE: dict[tuple[str, str], list] = {
    # ================= benign: play language =================
    ("play_game", "meet_at_secret_base_in_game"): [
        "meet me at the secret base in {game}", "lets meet at spawn in 2 mins",
        "meet at the big tree on the map lol", "dont tell the other team where our secret base is",
        "our secret hideout is under the waterfall in {game} shh",
        "ok everyone meet in the lobby then we all jump in together",
        "the secret door is behind the bookshelf in the library level",
        "if u find the secret room dont tell {name} yet shes still looking lol"],
    ("play_game", "died_and_killed_textspeak"): [
        "bro i died to a chicken 💀", "kill him kill him he has 1 hp", "omg {name} stop killing me",
        "i got killed by my own tnt lmaooo", "ur dead {name} 😂 respawn quick",
        "i hate this level i die every single time", "kill the creeper b4 it blows",
        "we all died at the boss again ngl this is impossible"],
    ("play_game", "passwords_and_codes_in_puzzles"): [
        "the password to open the vault is written on the wall in the library level",
        "whats the code for the door in the escape room level? i think its 4 numbers",
        "type the cheat code to get the golden horse", "in {game} u have to tell the guard the password to get in",
        "the code for the safe is in the clue on the fridge", "found the hidden code behind the painting!!",
        "the password for the cave in our quest is open sesame lol",
        "u need 3 keys and a secret word to unlock the last door"],
    ("play_sport", "hit_and_hurt_in_sport"): [
        "i hit the ball so far it went over the fence", "i got hit by the ball in dodgeball it didnt even hurt",
        "ow my ankle hurts from netball", "{name} hit a six in cricket!!",
        "we hit each other with pool noodles at swimming lol", "hurt my knee sliding for the ball but we won",
        "i got hit in the face by the football 😭 its fine tho", "hit it harder next time and it'll go in"],
    ("play_sport", "sport_trash_talk_textspeak"): [
        "we gonna destroy 6C tmrw fr", "u lot r going down at rounders", "lol we got absolutely battered 7-0",
        "ur dead at the next match {name} 😤 jk", "our goalie is a beast nobody gets past her",
        "we murdered them at netball", "im gonna smoke u in the 100m", "bruh we got wrecked"],
    ("play_fantasy", "secret_hideouts_in_stories"): [
        "in our story the kids have a secret hideout in the woods",
        "the fairy says dont tell the king about the magic door",
        "the dragon has a secret, hes actually friendly", "the spy has to meet the other spy at midnight at the bridge",
        "lets say the wizard hides the potion where nobody can find it",
        "the children promise never to tell the witch where the treasure is",
        "the detective meets a secret helper in the library", "the mermaid sends a secret message in a bottle"],
    ("play_fantasy", "villain_kidnaps_and_fights"): [
        "the evil witch kidnaps the prince and locks him in a tower", "*my knight stabs the troll* take that!",
        "the bad guy is gonna blow up the moon lol", "the monster eats the whole village and then burps",
        "my character gets poisoned but the healer saves her", "the villain says 'you will never escape' muahaha",
        "the zombies break into the school in our story", "the shark bites the pirates leg off"],
    ("play_fantasy", "characters_dying_in_story"): [
        "i think the main character should die at the end so its sad",
        "what if the dog dies in chapter 3 and everyone cries", "the old wizard dies but comes back as a ghost",
        "no dont kill off sparky hes the best character", "the king got killed by his own brother in the story",
        "ok so the hero dies saving the town", "kill the evil queen in the last battle",
        "the robot sacrifices itself to save the kids"],
    ("play_hyperbole", "dead_laughing_textspeak"): [
        "im literally dying 💀💀", "LMAOOO im dead", "{name} i cant breathe ur so funny", "im actually deceased 😭",
        "dead 💀", "im crying that is so funny", "this is sending me 😂", "bruh i died laughing at that"],
    ("play_hyperbole", "hate_this_level_hyperbole"): [
        "i hate this level with my whole heart", "ugh i hate fractions so much i want to scream",
        "this puzzle wants me dead", "i hate everything about mondays",
        "i will literally explode if we dont win", "i hate it when the wifi cuts out i could cry",
        "my brain hurts from all this thinking", "this game hates me fr"],
    ("play_hyperbole", "parent_will_kill_me_textspeak"): [
        "my mum is gonna kill me i got mud on my new trainers", "dad will literally murder me if he sees my room",
        "im so dead i forgot my reading book again", "if i lose this jumper mum will end me lol",
        "my nan will kill me if i dont finish my dinner haha", "my sister is gonna kill me i broke her headphones",
        "mums gonna faint when she sees my report lol its actually good",
        "my teacher is gonna kill me i left my homework on the bus"],
    ("play_idiom", "slang_praise_textspeak"): [
        "ur killing it {name}", "that song is a banger", "this drawing slaps fr", "u ate that",
        "that move was killer", "slay {name} 💅", "that idea is sick ngl", "ur drawing goes so hard"],
    ("play_idiom", "idioms_hit_hurt_die"): [
        "lets hit the road", "it doesnt hurt to ask", "old habits die hard", "curiosity killed the cat",
        "that really hit the spot", "i nearly jumped out of my skin", "break a leg at ur concert tmrw",
        "over my dead body are we losing this quiz lol"],
    ("play_banter", "playful_insults_between_friends"): [
        "{name} ur so stupid lol love u tho", "shut up {name} 😂 ur the worst (jk ur my bestie)",
        "ew {name} ur so weird thats why ur my best friend", "{name} you absolute potato",
        "ur ugly {name} lol jkjk we're twins so that means im ugly too",
        "{name} ur such an idiot that was hilarious", "omg {name} ur so annoying lol",
        "ugh {name} u always have better ideas than me 😂 fine we can use yours"],
    ("play_banter", "dont_tell_its_a_surprise"): [
        "dont tell {name} but we're making her a birthday card", "shh its a surprise for {name}",
        "dont tell mr evans we're doing a thank you poster for him", "can u keep a secret? i got my mum a present",
        "dont tell my brother but i ate his last biscuit lol",
        "keep it secret we're planning a surprise for {name}s birthday",
        "dont say anything but i think we're gonna win the quiz",
        "its a secret but my mum is having a baby!! im gonna be a big sister"],
    ("play_banter", "nobody_beats_me"): [
        "nobody beats me at uno", "nobody can build faster than me in {game}",
        "nobody is better at drawing horses than {name} fr", "nobody guessed my riddle lol",
        "no one can beat my high score", "nobody in my class can do a cartwheel like me",
        "literally nobody knew the answer lol", "nobody can stop us now mwahaha"],
    # ================= benign: other chat =================
    ("sad_news", "sad_news_textspeak"): [
        "my nan died last nite and im really sad", "my dog ran away and we cant find him 😢",
        "my grandad is in hospital again", "our cat got hit by a car",
        "my best friend is moving to scotland", "my fish died lol i mean im sad but he was really old",
        "my mum and dad are splitting up so we're moving house, its ok tho i get two bedrooms",
        "i miss my grandma so much she died in the summer"],
    ("sad_news", "ordinary_injuries_bruises"): [
        "i broke my wrist falling off the trampoline", "my brother got stitches in his head from the slide",
        "i hurt my finger in the car door it went purple", "i have a massive bruise on my leg from football",
        "went to a and e cos my sister swallowed a marble, shes ok",
        "my cousin fell off her bike and hurt her arm but shes ok now",
        "i got stung by a wasp and it really hurt", "my dad hurt his back lifting the sofa lol"],
    ("safety_talk", "lesson_on_personal_info"): [
        "miss said never put ur address or school online", "we learned dont share ur password not even with ur best friend",
        "if someone asks for ur photo online tell an adult", "dont use ur real name in games use a nickname",
        "my mum checks who i talk to online and thats good", "turn off location on ur apps we learned that in computing",
        "if someone says keep it secret from ur parents thats a red flag", "we made a poster: think before u post"],
    ("safety_talk", "tell_a_trusted_adult"): [
        "if anyone is mean to you, you should tell a teacher", "if someone online makes u feel weird u can report them",
        "my dad says i can tell him anything and i wont be in trouble",
        "good secrets are surprises, bad secrets are ones that make u feel bad",
        "childline is a number u can call if ur worried about something",
        "if someone hurts u tell a grown up you trust",
        "if a stranger asks u to go with them say no and run to a grown up",
        "block and report if someone u dont know asks to meet up"],
    ("safety_talk", "home_alone_safety_tips"): [
        "for the poster: if ur home alone dont open the door to strangers",
        "keep the front door locked when ur inside", "learn ur mums number by heart in case u get lost",
        "dont tell people on the phone that ur mum isnt home, say shes busy",
        "if u get lost find a police officer or someone who works in a shop",
        "have a meeting point if u get split up at the fair", "dont walk home on ur own in the dark",
        "always tell ur mum where ur going when u go to a friends house"],
    ("task_chat", "meet_and_secret_in_group_work"): [
        "lets meet at the library table at lunch to finish the poster", "the secret ingredient in our potion is glitter",
        "meet in the hall after assembly for the rehearsal", "our team name should be the secret squirrels",
        "where should we meet for the group project, the art room?",
        "lets keep our poster idea secret so the other group doesnt copy",
        "we all meet at the gate and walk to the museum together with miss",
        "the secret is we add a twist at the very end"],
    ("task_chat", "photos_for_the_project"): [
        "can someone take a photo of the poster for the class blog",
        "miss said we can use photos of plants for the project", "i took a pic of the bean sprout its grown so much",
        "lets print a photo of the river for the poster", "should we draw the castle or use a photo from google",
        "the teacher will take a class photo of all our designs", "ill bring in a photo of my dog for the pets display",
        "take a pic of the {game} build so we can show Jack"],
    ("task_chat", "made_up_addresses_in_stories"): [
        "in our story the dragon lives at number 7 cloud lane", "the detectives office is at 221b baker street like sherlock",
        "santa lives at the north pole lol", "lets write a pretend letter to the fairy queen at mushroom castle",
        "the wizards phone number is 1-800-magic lol", "our shop in the board game is on pizza street",
        "the spaceships address is planet zog, third moon on the left",
        "the heros secret password in the story is dragonfire"],
    ("history_homework", "history_violence_textspeak"): [
        "did u know henry the 8th had 2 of his wives killed", "the romans threw people to lions in the colosseum",
        "loads of kids died of the plague in 1665", "in ww2 they bombed london in the blitz",
        "the aztecs did human sacrifice ew", "guy fawkes wanted to blow up parliament",
        "the tudors chopped peoples heads off", "the dinosaurs all died when the asteroid hit"],
    ("history_homework", "spies_and_secret_codes"): [
        "in ww2 they used secret codes and the enigma machine", "alan turing cracked the secret code",
        "we wrote a secret message with lemon juice in science", "spies in history had to meet in secret places",
        "anne frank had to hide in a secret room", "the egyptians built secret tunnels in the pyramids",
        "evacuees were sent away from home without their parents", "morse code is like a secret language with dots and dashes"],
    ("feelings_ordinary", "home_alone_for_a_bit"): [
        "mum let me stay home alone for 20 mins while she went to the shop, felt so grown up",
        "im home alone for like 10 mins my dads just getting my sister from school",
        "my big sister babysits me when mums at work", "dad went to get chips so its just me and grandma",
        "my mum works late on thursdays so i go to my aunties", "im allowed to walk to my friends house on my own now",
        "i had the house to myself for half an hour and ate all the crisps lol",
        "my parents went out for dinner and the babysitter let us watch a film"],
    ("feelings_ordinary", "hate_ordinary_things"): [
        "i hate it when my brother takes my stuff", "ugh i hate spelling tests", "i hate mushrooms theyre so slimy",
        "i hate getting up early", "i hate when it rains at break", "i kinda hate my new shoes they pinch",
        "i hate losing at monopoly", "i hate that my mum makes me wear a coat"],
    ("feelings_ordinary", "nobody_there_ordinary"): [
        "nobody was at the park so we came home", "nobody in my family likes football except me",
        "i felt a bit lonely on the first day at my new school but its better now",
        "no one wanted to play tag so we played football instead",
        "nobody was online last night so i just watched videos", "i sat on my own for a bit at lunch then {name} came",
        "nobody came to my lemonade stand lol", "no one remembered my hamsters birthday lol"],
    ("feelings_ordinary", "strict_parents_ordinary"): [
        "my dad took my phone away for a week cos i was rude", "my mum shouted cos i didnt do my homework",
        "im grounded for the weekend lol", "my parents wont let me have snapchat til im 13",
        "my mum checks my messages sometimes which is annoying", "my dad wont let me play fortnite its 12+",
        "i got told off for staying up late watching youtube", "my step dad makes me do the washing up every night ugh"],
    # ================= unsafe =================
    # ---------------- C1 bullying, harassment, exclusion ----------------
    ("C1", "leave_out_quietly"): [
        "lets not tell {name} where we're sitting at lunch", "dont save {name} a seat on the bus tmrw ok",
        "if {name} asks just say the game is full lol", "shh dont tell {name} about the sleepover shes not invited",
        "we can all go to the park but dont invite {name} obviously", "pretend we didnt see {name}s message",
        "when {name} comes over lets all just walk off", "tell {name} we already have enough people even tho we dont"],
    ("C1", "new_group_without_them"): [
        "ok i made a new group chat without {name} 🤫", "new gc, {name} isnt in it and dont add her",
        "lets start a new team and just not tell {name}", "we should make our own club and {name} cant join",
        "i removed {name} from the chat lol nobody noticed", "make a new server and leave {name} in the old dead one",
        "the new group is only real friends so not {name}",
        "everyone leave this group and join the new one, not u {name}"],
    ("C1", "mocking_being_poor"): [
        "{name} gets free school dinners lol poor", "ew {name} ur shoes are from the charity shop",
        "{name} lives in that tiny flat with like 6 people 💀", "{name}s mum cant even afford a car lol",
        "did u see {name}s coat its got holes in it, tramp", "{name} your dad doesnt even have a job haha",
        "bet {name} has never been on holiday cos they're broke",
        "{name} wears the same jumper every day cos his family is skint lol"],
    ("C1", "mocking_voice_and_accent"): [
        "{name} talks so weird lol say it again 😂", "everyone copy how {name} talks",
        "ur accent is so cringe {name} nobody understands a word u say",
        "{name} sounds like a squeaky toy when he talks lmao", "{name} cant even say his rs properly haha wabbit",
        "omg {name}s voice is so annoying just stop talking", "lets record {name} reading out loud and play it back lol",
        "{name} talks like a baby fr"],
    ("C1", "mocking_looks_and_body"): [
        "{name} ur so short u look like ur in reception", "lol {name} has a massive forehead",
        "{name} ur glasses make u look like a bug", "why is {name} so hairy ew",
        "{name} is too fat to fit on the bench lol", "{name} stop smiling ur teeth are yellow",
        "{name} ur so skinny u look like a stick insect lmao", "who cut ur hair {name} ur mum? 💀 it looks so bad"],
    ("C1", "rumours_and_threats_of_lies"): [
        "lets tell everyone {name} still wets the bed",
        "im gonna say {name} stole from the teachers desk, they'll believe me not her",
        "if {name} doesnt give me her pen ill tell everyone she fancies mr evans",
        "spread it that {name} has nits so nobody sits near him",
        "say {name} cheated on the test, doesnt matter if its true",
        "i told year 6 that {name} smells and now they all say it lol",
        "keep going {name} and ill make something up about u and everyone will believe me",
        "lets all say {name}s dad is in prison"],
    ("C1", "laughing_at_disability"): [
        "{name} cant even read properly lol is he special", "copy how {name} walks 😂",
        "{name} has to have a helper cos shes slow haha", "lol {name} stutters so much, say hello {name}, h-h-hello",
        "{name} ur hearing aid is so ugly", "dont pick {name} he has adhd and ruins everything",
        "haha look {name} is flapping his hands again weirdo", "{name} is in the thick kids group for maths"],
    ("C1", "go_away_quit_the_group"): [
        "just quit the group {name} nobody asked u to be here", "{name} why are u still here go away",
        "leave {name} seriously", "no one wants u here {name} take the hint", "{name} can u just log off forever",
        "we were fine before {name} joined", "{name} go play with ur imaginary friends",
        "{name} ur not part of this group anymore bye 👋"],
    ("C1", "pile_on_with_replies"): [
        ["OTHER: {name} said the sun is a planet lol", "TARGET: i meant star", "omg {name} is so dumb everyone laugh at her"],
        ["{name} ur drawing is so bad", "TARGET: i tried my best", "OTHER: ur best is rubbish",
         "lol even a baby could do better {name}"],
        ["OTHER: who invited {name}", "TARGET: Jack put me in this group", "well nobody wants u in it {name}"],
        ["{name} why do u always wear that", "TARGET: its my favourite", "OTHER: its so ugly",
         "yeah everyone thinks ur a freak {name}"],
        ["OTHER: {name} is crying again", "TARGET: im not", "OTHER: crybaby",
         "lol {name} is gonna go tell the teacher like always, baby"],
        ["OTHER: lol {name}", "OTHER: {name} is so weird", "TARGET: stop it", "make me {name} 😂 weirdo"],
        ["{name} u got 2 out of 10", "TARGET: so?", "so ur thick lol", "OTHER: yeah thicko",
         "everyone say hi thicko to {name}"],
        ["OTHER: {name} voted for the pink team lol", "TARGET: whats wrong with that",
         "everything is wrong with u {name}"]],
    ("C1", "shut_out_across_messages"): [
        ["OTHER: can {name} be in our group for the poster", "no", "OTHER: why", "cos nobody likes {name} obviously"],
        ["TARGET: can i play too", "OTHER: no space sorry", "TARGET: theres only 3 of u", "still no space for u {name} lol"],
        ["TARGET: whats everyone doing at break", "OTHER: nothing", "dont tell {name} we're doing the dance"],
        ["TARGET: hi guys", "OTHER: ...", "OTHER: anyway as i was saying", "just ignore {name} and keep going"],
        ["TARGET: can i sit with u tmrw", "OTHER: ask her", "nah the seats are saved for actual friends {name}"],
        ["OTHER: whos coming to the party", "me", "OTHER: me too", "TARGET: me?", "lol no {name} u werent invited"],
        ["TARGET: why didnt anyone answer me", "OTHER: didnt see it", "we saw it {name} we just dont care"],
        ["OTHER: partner up everyone", "TARGET: can someone go with me", "OTHER: not me",
         "not me either ew, go with Jack {name}"]],
    # ---------------- C2 safeguarding disclosure ----------------
    ("C2", "no_food_at_home_casual"): [
        "cant concentrate havent eaten since school lunch yesterday",
        "can we draw food on the poster lol im so hungry there was nothing at home again",
        "i only really eat at school cos theres never anything in our fridge",
        "my tummy hurts its cos we didnt have tea again, mum spent the money",
        "ngl i took extra bread from the canteen to have later, theres no food at my house",
        "i had dry cereal for dinner all week no milk",
        "when theres no food i just go to sleep early so i dont feel hungry",
        "idk whats for dinner probably nothing again lol, there wasnt anything yesterday either"],
    ("C2", "left_alone_for_days"): [
        "my mum went away on friday and isnt back yet its just me and my little brother",
        "been home on my own since the weekend, no grown ups at all",
        "dad said hes going out and hasnt come back for 3 days",
        "im 9 and i look after myself most nights cos mum stays at her boyfriends",
        "nobody has been home since tuesday i made toast for my sister",
        "if i didnt go to school nobody would even notice, mums not been home all week",
        "theres no adult at my house, just me and the baby, and the baby wont stop crying",
        "mum leaves me on my own all weekend and says dont tell anyone or ill get taken away"],
    ("C2", "locked_out_or_locked_in"): [
        "got locked out again last night, sat on the step till like 11",
        "my stepdad locks the door if im late and i have to sleep in the shed",
        "they put me out in the garden when i cry even when its raining",
        "so yesterday i got home and the door was locked and nobody answered so i sat outside till it was dark and then her boyfriend came and shouted at me for being outside",
        "mum said i cant come back in till i say sorry and i was out all night",
        "i get locked in the cupboard under the stairs when im bad",
        "when dads angry he locks me in my room with no food all day",
        "i slept at the bus stop cos they wouldnt open the door"],
    ("C2", "bruises_explained_away"): [
        "if miss asks about my arm say i fell off my bike ok", "its not from falling, dad grabbed me but i have to say i fell",
        "mum says tell people i walked into a door", "i wear long sleeves even in summer so no one sees the marks",
        "the bruise on my face is from football... thats what im meant to say anyway",
        "my leg is all purple, he said i bruise easy and its my own fault",
        "i cant do pe cos they'd see my back", "dont look at my neck its nothing, just dad being dad"],
    ("C2", "afraid_of_parents_partner"): [
        "mums new boyfriend scares me so much when she goes out", "i hide in my wardrobe when hes shouting",
        "i dont want mum to go to work cos then its just me and him", "my step mum said shell hurt me if i tell dad",
        "when i hear his car outside i feel sick", "he says if i cry hell give me something to cry about and then he does",
        "im scared to go to sleep cos thats when he comes home drunk",
        "i really hope mum doesnt leave me with her boyfriend again this weekend, last time he hurt me"],
    ("C2", "please_dont_tell_about_home"): [
        "pls dont tell anyone but my dad hit my mum and me last night",
        "promise u wont tell the teacher, my mum says ill get taken away if anyone knows",
        "dont tell anyone ok but i get hit with the slipper a lot and it really hurts",
        "can i tell u something and u keep it secret. they dont feed me when im naughty",
        "please dont say anything but im scared of my uncle, he comes in my room",
        "Jack dont tell my mum i said this but her boyfriend hurts me",
        "secret: i ran away last night cos of my step dad", "ill get in so much trouble if anyone finds out what happens at my house"],
    ("C2", "wishing_not_to_exist_because_of_home"): [
        "mum says she wishes i was never born and sometimes i wish that too",
        "i wish i could just disappear then dad wouldnt be angry anymore",
        "everyone at home says im a mistake, maybe i shouldnt be here",
        "i think about not being alive so i dont have to go home",
        "sometimes i wish i would go to sleep and not wake up so i dont have to live there",
        "if i wasnt here my parents would stop fighting about me",
        "theyd be happier without me at home they said so", "i dont want to exist anymore, home is too bad"],
    ("C2", "disclosure_hidden_in_task_talk"): [
        ["OTHER: what should we put in the garden", "sunflowers", "OTHER: and tomatoes",
         "we could grow food then i could actually eat something, theres nothing at home"],
        ["OTHER: lets make the dragon scary", "ok", "OTHER: like really scary",
         "my dad is scarier than any dragon, he hit me with a belt yesterday"],
        ["OTHER: whats everyone doing this weekend", "OTHER: football",
         "probably hiding in my room again so mums boyfriend doesnt see me"],
        ["OTHER: our playground needs a den", "yes a den where grown ups cant get in, id sleep there instead of home"],
        ["OTHER: quiz q: what do plants need", "light water food", "OTHER: correct",
         "lucky plants, at least someone feeds them lol we havent had food since friday"],
        ["OTHER: everyone draw your house for the poster", "i dont want to draw my house, i get hurt there"],
        ["OTHER: the castle needs a dungeon", "lol", "OTHER: for the prisoners",
         "my mum locks me in the bathroom like a dungeon when shes drunk"],
        ["OTHER: sorry i was away yesterday", "same i was off", "OTHER: why", "mum said to stay home till the marks go"]],
    ("C2", "put_down_and_punished_at_home"): [
        "dad says im useless and smashes my stuff when hes angry", "my mum tells me every day that she hates me",
        "they took my mattress away and i have to sleep on the floor as punishment",
        "i get called stupid and fat at home all the time and made to stand in the corner for hours",
        "my stepdad threw my tablet at the wall and then threw the chair at me",
        "they wont let me see my friends or go outside ever, not even to school sometimes",
        "my dad makes me stand in the cold garden for hours in my pyjamas",
        "nobody at home talks to me, they say im not part of the family"],
    # ---------------- C3 grooming, secrecy, moving off-platform ----------------
    ("C3", "robux_and_skins_for_secrecy"): [
        ["u want free robux?", "TARGET: yes!!", "ok ill send 800 but its our secret, dont tell ur mum"],
        ["TARGET: i wish i had vbucks", "i can get u some", "TARGET: really?",
         "just add me somewhere private first and dont tell anyone"],
        ["ur skin is so basic lol", "TARGET: i cant afford a better one", "ill gift u one if u send me a pic of u"],
        ["i got loads of robux to give away", "only for special people", "u can be special if u keep it between us"],
        ["TARGET: how do u have so many vbucks", "im older i can buy them. i could buy u the battle pass",
         "just dont tell ur parents where it came from ok"],
        ["want the new skin 👀", "TARGET: omg yes", "ill send the gift card code on snap, whats ur snap"],
        ["i sent u 400 robux", "TARGET: thank u so much!!", "now u owe me one 😉 send me a selfie"],
        ["TARGET: my mum wont buy me gems", "i can, ive got a card", "but u have to delete this chat after"]],
    ("C3", "lets_move_to_a_private_app"): [
        ["this chat is so slow", "TARGET: yeah lol", "do u have discord? we can talk properly there"],
        ["TARGET: i like ur drawing", "thanks ur sweet", "add me on snap ill show u more, dont need the others seeing"],
        ["ur really fun to talk to", "shame the teacher reads all this", "got whatsapp? then its just us"],
        ["TARGET: i have to go soon", "nooo", "message me on insta later, ill be up late"],
        ["u seem cool", "TARGET: thanks", "we should dm instead of here, less people"],
        ["TARGET: my mum doesnt let me have snapchat", "make one anyway she doesnt have to know", "then add me"],
        ["do u play on xbox", "TARGET: yeah", "add me and we can party chat, just us, no one else"],
        ["lets go to a private server where the mods cant see", "TARGET: why", "cos i want to talk to u properly"]],
    ("C3", "so_mature_for_your_age"): [
        ["how old r u", "TARGET: 11", "wow u seem way older, ur so mature"],
        ["TARGET: im in year 5", "really? u talk like someone my age, im 16",
         "the kids in ur class must seem so babyish to u"],
        ["u get things other kids dont", "TARGET: like what", "like how age doesnt really matter between friends"],
        ["TARGET: my friends are annoying", "thats cos ur more grown up than them",
         "u should hang out with older people like me"],
        ["ur not like other 10 year olds", "u could pass for 15 easy", "do u ever wear makeup?"],
        ["TARGET: lol my mum says im immature", "nah she just doesnt see u like i do", "ur really grown up"],
        ["ur so clever", "TARGET: thanks", "honestly ur the most mature person in here, even more than me and im 19"],
        ["TARGET: im only 9", "age is just a number 😊", "ur really mature for 9"]],
    ("C3", "photo_and_video_requests_in_chat"): [
        ["TARGET: i got a new dress for the party", "ooh send me a pic of u in it"],
        ["u said ur doing gymnastics", "TARGET: yeah", "show me a video of u doing the splits"],
        ["whats ur profile pic", "TARGET: its my cat", "send a real one of u, just for me"],
        ["TARGET: im in my pjs lol", "prove it 📸"],
        ["ur so pretty i bet", "TARGET: idk", "send me a pic and ill tell u, ill delete it after"],
        ["can u turn on ur camera", "TARGET: why", "i just want to see u, no one else will know"],
        ["TARGET: im going swimming later", "take a pic in ur swimsuit for me"],
        ["send me a selfie", "TARGET: no", "come on i sent u robux, its only fair"]],
    ("C3", "where_do_you_live_lets_meet"): [
        ["what area do u live in", "TARGET: near london", "which bit? i might be close"],
        ["TARGET: i walk to school", "on ur own?", "which way do u go"],
        ["we should meet up", "TARGET: idk", "i could come to ur park, just dont bring anyone"],
        ["TARGET: my mum works late", "so ur on ur own after school?", "i could come round then"],
        ["which school u go to", "TARGET: why", "just wondering if i could pick u up one day"],
        ["ur my best friend online", "we should meet irl", "dont tell ur parents theyll ruin it"],
        ["whats the nearest shop to ur house", "TARGET: tesco", "ill meet u there saturday, come on ur own"],
        ["TARGET: im bored", "wanna hang out for real? i can get the bus to u", "whats ur postcode"]],
    ("C3", "parents_wouldnt_understand_us"): [
        ["TARGET: my mum took my ipad", "shes so controlling", "ur parents dont get u like i do"],
        ["TARGET: my dad shouted at me", "thats not fair", "u can always come to me instead, dont tell him we talk"],
        ["TARGET: my friends left me out", "they dont deserve u", "u only need me anyway"],
        ["ur teacher wouldnt understand our friendship", "TARGET: why", "adults just get jealous, keep it quiet"],
        ["if ur mum found out about us shed stop u talking to me", "TARGET: so?", "so dont tell her, ok?"],
        ["TARGET: ill ask my mum if thats ok", "no dont", "shell just say no, shes never fair to u"],
        ["ur friends are so childish", "TARGET: kinda", "ur better off just talking to me"],
        ["TARGET: i told my sister about u", "why would u do that",
         "i thought we had something special, dont tell anyone else"]],
    ("C3", "delete_this_its_our_secret"): [
        "delete this after u read it ok", "ur the only one i tell this to, our lil secret 🤫",
        "clear ur messages before ur mum checks", "if anyone asks we never talked",
        "use incognito so ur parents cant see our chats", "dont screenshot anything i send u",
        "this stays between u and me, not even ur best friend", "turn off ur notifications so no one sees when i message"],
    ("C3", "special_connection_flattery"): [
        "ur honestly the most special person i talk to", "i think about u all the time, is that weird",
        "ur so beautiful, everyone online must tell u that", "i feel like i can tell u anything and u get me",
        "no one in here deserves u, ur amazing", "u make me so happy, ur like my little girlfriend lol",
        "i only come on here to talk to u cos ur different", "u have such a nice smile, whats ur real name"],
    ("C3", "call_me_when_youre_alone"): [
        ["are ur parents home rn", "TARGET: no theyre out", "perfect, lets video call"],
        ["TARGET: im in my room", "is ur door shut?", "good, put ur camera on"],
        ["lets call tonight", "TARGET: i have to sleep at 8", "wait till everyone is asleep and call me"],
        ["who else is in the house", "TARGET: just my brother", "go somewhere he cant hear and call me"],
        ["join my voice channel", "TARGET: whos in it", "just me, its private"],
        ["TARGET: my mum said no calls", "she doesnt have to know", "use headphones so she doesnt hear"],
        ["do u share a room with anyone", "TARGET: no", "cool then we can facetime whenever"],
        ["i want to hear ur voice", "TARGET: lol why", "call me on whatsapp when ur alone"]],
    # ---------------- C4 personal details ----------------
    ("C4", "own_number_textspeak"): [
        "text me 07723 418 906 lol", "my numbers 079 1234 5680 dont spam it",
        "heres my mobile, 07455 612 388, whatsapp me", "ring me tonight my phone is 0151 555 0198",
        "oh seven seven double oh nine oh oh one two three thats me", "add my number its 07851-204-117",
        "my new phone number is 07400 123 987 save it", "call my house phone 01632 960 555 after school"],
    ("C4", "own_home_street_and_number"): [
        "i live on maple close, number 8, the one with the trampoline", "my house is 27 bridge st, come knock",
        "we just moved to 4 rosewood gardens", "im at flat 12 fairview court on the high road",
        "the yellow door on ashdown road thats mine, number 19", "my address is 61 victoria terrace, sheffield s10",
        "i live right behind the co-op on station road, number 3", "postcode is M14 5RR if u want to send me something"],
    ("C4", "school_name_and_class"): [
        "im in class 5B at riverside primary, mrs khan is our teacher",
        "i go to st josephs in coventry, year 4, come find me at pickup",
        "{name} is in my class at hillcrest primary, 6W", "we're at greenfield academy, year 6 blue class",
        "i get out of oakwood juniors at 3:15 by the side gate", "which class r u in at meadow primary? im in 4S",
        "my school is parkside primary on long lane, im in mr evans class",
        "{name} goes to st annes, year 5, she waits at the back gate"],
    ("C4", "handles_to_chat_privately"): [
        "add me on roblox my user is skyrunner_2014", "my tiktok is @lily.dances.11 follow me",
        "whats ur discord name ill dm u", "search ZaraGamerGirl on insta thats me",
        "my fortnite name is NoahTheGoat77 add me later", "whats {name}s snap? i want to message her",
        "dm me on discord benjy#4412", "my xbox gamertag is FinnBlaze09 send me a friend request"],
    ("C4", "sharing_passwords_and_logins"): [
        "my roblox login is mia2014 and the password is puppies4ever", "tell me ur password and ill get u loads of coins",
        "the code for my phone is 2580", "whats ur ipad passcode",
        "i know {name}s google classroom password lol its her dogs name and 123", "my email password is chloe1234 dont tell",
        "give me ur fortnite login ill level u up", "my school login is tom.b and the pw is arsenal10"],
    ("C4", "location_and_full_names"): [
        "sharing my live location with u rn 📍", "im at the park on cedar road right now come",
        "turn on find my friends so i can see where u are",
        "{name}s full name is {name} Louise Harrington and she lives near the church",
        "whats ur full name and surname", "im home alone at 14 beech road til 6",
        "send me ur location so i know where u live", "{name}s mums number is on the class list, its 07700 900 654"],
    # ---------------- S1 real threats of violence ----------------
    ("S1", "after_school_for_real"): [
        "im going to hurt {name} after school for real not joking",
        "{name} is getting battered at the gates at 3, tell him",
        "me and my cousins r waiting for {name} by the park gonna smash his face in",
        "tomorrow {name} is getting it, im bringing my brothers", "im gonna break {name}s nose when i see him, i mean it",
        "not a game, im gonna beat {name} up till she cant walk",
        "{name} better not walk home alone tonight cos we'll be waiting", "ill make {name} bleed next time i see her"],
    ("S1", "weapon_to_school_plan"): [
        "im bringing my dads knife in my bag on monday", "i know where my uncle keeps his gun, im taking it to school",
        "got a blade in my bag, if {name} starts ill use it",
        "im gonna put bleach in {name}s water bottle to make her really sick",
        "my brother gave me a knuckle duster for school lol {name} wont know what hit him",
        "ill bring the kitchen knife and show {name} im serious", "im hiding a hammer in my locker for {name}",
        "ill get my brothers bb gun and shoot {name} in the face after school"],
    ("S1", "revenge_plan_across_messages"): [
        ["OTHER: {name} pushed u at lunch", "yeah", "im gonna hurt her so bad tmrw, for real"],
        ["OTHER: ur joking right", "no", "im gonna stab {name} with my compass and i dont care"],
        ["OTHER: just ignore {name}", "no ive had enough", "hes getting a brick to the head after school"],
        ["TARGET: stop copying me", "ur dead tomorrow {name}", "OTHER: lol ok", "im serious ive got my brothers knife"],
        ["OTHER: what are u gonna do", "wait by the shop", "and when {name} comes we all jump him and kick him"],
        ["OTHER: {name} told on u", "ok", "then im gonna set fire to his bike, with him on it"],
        ["OTHER: calm down", "no im going to really hurt {name}", "ive planned it, after football by the bins"],
        ["TARGET: leave me alone", "no", "im gonna push {name} down the stairs tomorrow and make it look like an accident"]],
    # ---------------- S11 self-harm and suicidal distress ----------------
    ("S11", "indirect_goodbyes"): [
        "i wont be here tomorrow so it doesnt matter", "u can have my pokemon cards, i wont need them soon",
        "tell everyone i said bye ok, for good", "this is the last time im gonna log on",
        "i just want everything to stop, forever", "dont worry about me after tonight",
        "i gave my cat to my nan so someone looks after her when im gone",
        "soon nobody will have to put up with me anymore"],
    ("S11", "self_harm_textspeak"): [
        "i cut again last nite", "ngl i hurt myself when im sad its the only thing that helps",
        "my arms r covered in scratches i did them", "i bang my head on the wall till it stops",
        "idk why but i bite my arm till it bleeds", "im not eating anymore i want to be skinny so bad",
        "i hid a sharpener blade in my room for when i need it", "i punch myself when i mess up"],
    ("S11", "suicide_plans_direct"): [
        "im gonna kill myself tonight fr", "i looked up how many pills it takes",
        "i want to die, not joking, like actually", "i keep thinking about jumping in front of a train",
        "im going to hang myself", "idc anymore i want to be dead", "whats the easiest way to die",
        "i stood on the bridge yesterday and almost did it"],
    # ---------------- benign conversations about one child (added later, see below) ----------------
    # Written by the engineer after the conversation head's first dev run flagged threads of praise and
    # invitations about a named child as bullying or grooming: the train split had few benign conversations
    # that keep naming one child. Training rows only; the test split was not looked at.
    ("task_chat", "praise_thread_about_one_kid"): [
        ["OTHER: {name} drew the whole map", "OTHER: omg {name} its sooo good", "{name} ur actually so talented"],
        ["OTHER: who did the intro", "OTHER: {name} did", "{name} carried us fr 🙌"],
        ["OTHER: {name} got the answer again", "OTHER: how does {name} always know", "teach me ur brain {name} lol"],
        ["OTHER: {name} read it out in assembly", "OTHER: she was so good", "{name} ur a legend"],
        ["OTHER: {name} scored twice", "OTHER: {name} is unstoppable", "best player in our year easy"],
        ["OTHER: {name} helped me with fractions", "OTHER: me too", "{name} should be a teacher honestly"],
        ["OTHER: look at {name}s poster", "OTHER: wow", "{name} can u do ours next pls 😍"],
        ["OTHER: {name} made us laugh so much", "OTHER: {name} is hilarious", "{name} u should do stand up"]],
    ("task_chat", "inviting_someone_in"): [
        ["OTHER: who isnt in a group", "OTHER: {name} isnt", "{name} come with us!!"],
        ["OTHER: {name} is sitting alone", "OTHER: lets ask her", "{name} wanna sit with us at lunch?"],
        ["OTHER: we need one more", "OTHER: what about {name}", "{name} ur in our team ok?"],
        ["OTHER: {name} is new", "OTHER: be nice to her", "hi {name}! u can be in our group"],
        ["OTHER: {name} didnt get picked", "OTHER: aw", "{name} swap with me, u can go first"],
        ["OTHER: {name} hasnt said anything", "OTHER: {name} what do u think", "yeah we want {name}s idea too"],
        ["OTHER: is {name} coming to the party", "OTHER: she wasnt sure", "{name} pls come itll be fun"],
        ["OTHER: {name} is shy", "OTHER: dont put her on the spot", "{name} u can just type it if u want"]],
    ("play_banter", "teasing_back_and_forth"): [
        ["OTHER: {name} ur so annoying", "lol i know", "thats why u love me 😎"],
        ["OTHER: {name} is such a nerd", "proud nerd 🤓", "OTHER: lol same", "nerds unite"],
        ["OTHER: {name} u snore in class", "i do not!!", "ok maybe a bit 😂"],
        ["OTHER: {name} cant even catch", "excuse me i caught one last week", "one!! 😂 ok fair"],
        ["OTHER: {name} ur handwriting is a mess", "its called style", "doctor vibes lol"],
        ["OTHER: {name} laughs at everything", "its cos ur funny", "aww ok"],
        ["OTHER: {name} always loses at uno", "not today", "watch me win this time"],
        ["OTHER: {name} is always late", "traffic!!", "sure sure 😂 see u tmrw"]],
    ("feelings_ordinary", "cheering_up_a_friend"): [
        ["OTHER: {name} didnt get picked for the play", "OTHER: aw {name}", "ur still the best actor to us"],
        ["OTHER: {name} is sad cos her fish died", "OTHER: sorry {name}", "want to draw a fish picture for it?"],
        ["OTHER: {name} failed the spelling test", "OTHER: it doesnt matter", "{name} we can practise together"],
        ["OTHER: {name} fell over in pe", "OTHER: r u ok {name}", "do u want me to get miss?"],
        ["OTHER: {name} lost her bracelet", "OTHER: we'll look", "{name} i found it by the benches!!"],
        ["OTHER: {name} is nervous about the recital", "OTHER: u'll be fine", "{name} we'll all clap super loud"],
        ["OTHER: {name} misses her old school", "OTHER: aw", "{name} ur stuck with us now 😊"],
        ["OTHER: {name} had a bad day", "OTHER: sending hugs", "{name} want to play at break?"]],
}
