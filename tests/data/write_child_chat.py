"""Writes jackpeer/guard/data/child_chat.jsonl: labelled child chat for the room's screen (issue 14).

Run `python tests/data/write_child_chat.py` to rewrite it. Every message belongs to a template
family (one idea written several ways, names and games filled in); the split is made per family,
so near-duplicates never sit on both sides. In each group (a category, or a kind of benign chat)
the families here are ordered by a hash of their name and every second goes to dev, the rest to
train. The families of child_chat_held_out.py to child_chat_held_out_23.py were earlier test splits, each
written blind to the screen and evaluated once at first sight; they now teach the learned layers (train): with
the first three in training the fourth split's recall rose from 0.78 to 0.86 and its false alarms fell from 4.8%
to 1.9% while it was dev. _24.py to _41.py, screened once the same way, were dev until session 27 and teach the
learned layers too since: retrained with them, the screen caught 199 of 203 unsafe messages of splits 42 and 43 (not
in training) where it had caught 190, at 3 of 191 benign flagged where it had flagged 4 (C1 0.915 against 0.851, with
the rules written before 42 and 43 were read); with _24 to _31 alone (session 22) it had caught none more of the next
test split's. _42.py to _47.py, screened at first sight and read since, are dev: trained with _42 to _45 (session 28),
the heads caught 2 fewer of _46 and _47's 201 unsafe messages and read kind talk ("lets add Zara to the group chat") and
"I watched Home Alone last night" as harm, so they stayed dev. child_chat_train_more.py and
child_chat_train_blind_a.py to _m.py add training families in new wording, written blind the same way (_f to _m
each leaning on one weak spot: bullying without rude words, grooming told as news, half-said disclosures, details
dropped in passing, younger children's voice, mocking with a laugh and calm goodbyes, game and sport words and
unsafe last messages that are mild alone, neglect told in passing); child_chat_train_named.py ordinary talk that
names a child (in the blind splits a name comes mostly in unsafe rows); child_chat_train_kind.py kind talk about one
child in a row, things handed on for a reason and times put right, which the heads read as harm once splits 24 to 41
taught them, and child_chat_train_near_a.py and _b.py (two helpers, blind to the tests and test splits) more of both. (192 messages of
children standing up for themselves or others, written the same way in session 28, were tried and left out: with them
and _42 to _45 the heads caught 8 fewer of dev splits 46 and 47's 201 unsafe messages, C1 0.91 -> 0.79; waivers.py's plea
took their place.) _48 and _49 were the test split in session 28, _50 and _51 in session 29 (their writers had to
guess what C2 and C4 meant, as the shape checker did not say, and guessed wrong; two more helpers, as blind, rewrote
those families as the checker's docstring now defines them); _52 and _53 were the test split in session 30, _54 and _55 in session 31; all
four pairs are dev since. The test split is the families of child_chat_held_out_56.py and _57.py, each written
blind to the screen and to every other file of the set (by two helpers at once), with children's names and tasks
used nowhere else.
Each file's rows come after the earlier ones, so ids of earlier rows stay put.
Only train teaches the classifier; train and dev are for tuning; test is measured once, at the end.

Row: {"id", "family", "group", "split", "kind" ("benign" | "play" | "unsafe"), "categories",
"text", "who", "history" ([{"who", "text"}] before it, oldest first), "task"}. A multi-message
case labels the last message in the light of its history (a grooming pattern, or the third
jibe at the same child).
"""

import hashlib
import itertools
import json
import random
import re
from pathlib import Path

from child_chat_families import blind_file
from child_chat_train_kind import TRAIN_KIND
from child_chat_train_more import TRAIN_MORE
from child_chat_train_named import TRAIN_NAMED
from child_chat_train_near_a import TRAIN_NEAR_A
from child_chat_train_near_b import TRAIN_NEAR_B

OUT = Path(__file__).resolve().parents[2] / "jackpeer" / "guard" / "data" / "child_chat.jsonl"

NAMES = ["Mia", "Leo", "Sam", "Ava", "Noah", "Zara", "Omar", "Lily", "Finn", "Priya", "Ben", "Chloe", "Tom", "Aisha"]
GAMES = ["Minecraft", "Fortnite", "Roblox", "Mario Kart", "Among Us", "Zelda", "Pokemon", "FIFA"]
TASKS = ["Design a new playground for the school", "Write a fantasy story together", "Plan a class quiz",
         "Invent a board game", "Build a castle in Minecraft", "Why do plants need light?",
         "Plan a school garden", "Make a poster about keeping the river clean"]

# group -> kind, categories
GROUPS = {
    "play_game": ("play", []), "play_sport": ("play", []), "play_fantasy": ("play", []),
    "play_hyperbole": ("play", []), "play_idiom": ("play", []), "play_banter": ("play", []),
    "sad_news": ("benign", []), "safety_talk": ("benign", []), "task_chat": ("benign", []),
    "history_homework": ("benign", []), "feelings_ordinary": ("benign", []),
    "C1": ("unsafe", ["C1"]), "C2": ("unsafe", ["C2"]), "C3": ("unsafe", ["C3"]), "C4": ("unsafe", ["C4"]),
    "S1": ("unsafe", ["S1"]), "S11": ("unsafe", ["S11"]),
}

# (group, family) -> list of templates. A template is a string, or a list of strings: a
# conversation whose last message is the labelled one (earlier ones are its history, said by
# the same sender unless they start with "OTHER:" (someone else) or "TARGET:" ({name}, the child
# it is aimed at)).
FAMILIES: dict[tuple[str, str], list] = {
    # ---------------- play language: games ----------------
    ("play_game", "killed_the_boss"): [
        "I finally killed the boss on level 5!!", "yesss I killed the ender dragon in {game}",
        "we killed the final boss together lol", "how do you kill the boss in the water level",
        "i keep getting killed by the skeletons", "killed 3 zombies with one arrow haha",
        "the boss killed me like 10 times", "kill the spiders first they are the worst"],
    ("play_game", "shot_in_game"): [
        "I shot him with the sniper in {game} lol", "{name} shot me from across the map",
        "headshot!! got him", "I got sniped again", "you have to shoot the targets to open the door",
        "let's shoot the aliens in the next round", "bro I shot you first", "my squad got wiped out"],
    ("play_game", "im_going_to_get_you"): [
        ["OTHER: let's play {game} at break", "I'm going to kill you first haha"],
        ["OTHER: who wants to play tag", "you're dead {name}, I'm coming for you lol"],
        ["OTHER: rematch in {game}?", "ok but I'll destroy you this time"],
        ["OTHER: I'm hiding in the castle in {game}", "I'm gonna find you and blow up your base"],
        ["OTHER: lets play dodgeball", "I'm going to hit you so hard with the ball haha"],
        ["OTHER: race you in {game}", "you're going down {name}"]],
    ("play_game", "died_in_game"): [
        "I died again in the lava level", "noo I fell off and died", "I'm on my last life",
        "I respawned in the wrong place", "the creeper blew up my house", "I lost all my diamonds when I died",
        "ugh I died right before the checkpoint", "my character got eaten by a shark"],
    ("play_game", "game_weapons"): [
        "I crafted a diamond sword", "get the bow and arrows from the chest", "we need more TNT to blow up the wall",
        "my favourite weapon in the game is the laser gun", "use the bomb power-up on the big block",
        "the rocket launcher is so overpowered", "I traded my axe for a shield", "the sword does 12 damage"],
    # ---------------- play language: sport and competition ----------------
    ("play_sport", "destroy_them"): [
        "we'll destroy them in the quiz", "our team is going to crush them tomorrow",
        "we absolutely smashed them 5-0", "let's annihilate the red team in the spelling bee",
        "we got destroyed in the match lol", "we're going to wipe the floor with them",
        "team blue totally murdered us at football", "we'll beat them easily"],
    ("play_sport", "shoot_score"): [
        "I shot the ball and it went in!", "{name} kicked the ball so hard", "she shoots, she scores!",
        "I scored a hat trick at football", "he took a shot from the halfway line",
        "I hit the ball really hard in cricket", "we need someone to shoot penalties", "I tackled him and got the ball"],
    ("play_sport", "fight_sport"): [
        "I have karate tonight, we're learning to punch", "in judo you throw the other person",
        "my brother does boxing on saturdays", "we had a pillow fight at the sleepover",
        "we had a water fight and I got soaked", "I'm doing a tug of war in PE", "snowball fight at lunch!!",
        "the wrestlers on TV are so funny"],
    # ---------------- play language: fantasy and stories ----------------
    ("play_fantasy", "dragon_story"): [
        "the knight kills the dragon and saves the village", "then the dragon burns the castle down",
        "what if the wizard turns the king into a frog", "the hero stabs the monster with a magic sword",
        "the giant eats the soldiers in our story", "the dragon dies at the end but its egg hatches",
        "the princess fights the troll with her sword", "the villain poisons the well in chapter two"],
    ("play_fantasy", "pirates_monsters"): [
        "the pirates make the captain walk the plank", "the sea monster drags the ship under",
        "the zombies attack the town at midnight", "the vampire bites the guard", "the ghost scares everyone away",
        "the robot army destroys the city in our comic", "the alien shoots a laser at the spaceship",
        "the wolf blows the house down"],
    ("play_fantasy", "story_plans"): [
        "can the bad guy die at the end of our story?", "let's make the witch trap the kids in a tower",
        "our superhero punches the villain into space", "the ninja sneaks into the castle at night",
        "maybe the evil queen locks them in the dungeon", "the monster should be scary but not too scary",
        "the spy steals the secret map from the bad guys", "the goblins kidnap the baby dragon"],
    # ---------------- play language: hyperbole ----------------
    ("play_hyperbole", "killing_me"): [
        "this level is killing me", "this homework is killing me", "my legs are killing me after PE",
        "these maths questions are killing me lol", "the wait is killing me", "you're killing me {name} haha",
        "this joke is killing me", "this heat is killing me"],
    ("play_hyperbole", "dying_laughing"): [
        "I'm dying of laughing", "I literally died when he said that", "lol I'm dead", "im crying laughing",
        "that video made me die laughing", "stop I can't breathe haha", "{name} you're so funny I'm dying",
        "I nearly died of embarrassment"],
    ("play_hyperbole", "kill_the_boring"): [
        "I want to kill this game its boring", "I could kill this computer it's so slow",
        "this game is so boring I want to die lol", "kill me now this video is so long haha",
        "if I have to do one more sum I'll die", "ugh I'm going to explode if this doesn't load",
        "this wifi makes me want to throw my tablet", "this puzzle is torture"],
    ("play_hyperbole", "mum_will_kill_me"): [
        "my mum will kill me if I'm late", "my dad is going to kill me I lost my jumper again",
        "my sister will murder me if I eat her chocolate", "my teacher will kill me if I forget my homework",
        "my mum's going to go mental when she sees my shoes", "my brother will kill me for using his controller",
        "I'm so dead when I get home, I forgot to feed the fish", "mum will freak out if I'm muddy"],
    ("play_hyperbole", "starving_exploding"): [
        "I'm starving, when is lunch", "I could eat a horse", "I'm so hungry I could die",
        "my brain is going to explode", "I'm freezing to death in here", "I'm so tired I could sleep for a year",
        "I'm melting it's so hot", "I'm bored to death"],
    # ---------------- play language: idioms ----------------
    ("play_idiom", "idioms_violence"): [
        "break a leg in the play tonight!", "let's kill two birds with one stone", "that joke totally killed",
        "you're the bomb {name}", "he really nailed his presentation", "we crushed it today",
        "that song slaps", "her drawing blew me away"],
    ("play_idiom", "idioms_everyday"): [
        "it's raining cats and dogs", "I'll cross that bridge when I get to it", "don't beat around the bush",
        "you hit the nail on the head", "it's a piece of cake", "that costs an arm and a leg",
        "time to hit the books", "we're in the same boat"],
    ("play_idiom", "slang_fire"): [
        "that drawing is fire", "this song goes hard", "your idea is sick", "the new level is insane",
        "that goal was savage", "this is lit", "that trick was wicked", "that skin is deadly"],
    # ---------------- play language: friendly banter ----------------
    ("play_banter", "slow_typing"): [
        "lol {name} is so slow at typing", "{name} you type like a snail haha", "come on {name} hurry up lol",
        "{name} takes forever to answer lol", "omg {name} finally said something haha",
        "{name} you're such a slowpoke", "wait for {name}, she's still typing lol", "typing speed of a tortoise {name} lol"],
    ("play_banter", "jk_teasing"): [
        "{name} you're such a nerd haha jk", "stop being so dramatic {name} lol", "{name} is obsessed with cats lol",
        "haha {name} always picks the blue team", "{name} you're so weird lol I love it",
        "{name} can't draw horses lol but neither can I", "you're such a goofball {name}", "lol {name} you're a genius"],
    ("play_banter", "friendly_rivalry"): [
        "my idea is better than yours {name} haha", "no way, mine is cooler", "{name} you always win, not fair lol",
        "{name} cheated at rock paper scissors lol", "best of three {name}?", "I bet I can build it faster than you",
        "you wish {name}", "ok fine your castle is better"],
    # ---------------- sad but ordinary news ----------------
    ("sad_news", "pet_died"): [
        "my cat died yesterday", "our dog died last week and I miss him", "my goldfish died this morning",
        "my hamster died, I'm really sad", "we had to bury my rabbit", "my old cat got put to sleep",
        "my guinea pig passed away", "I cried when my budgie died"],
    ("sad_news", "family_illness"): [
        "my grandpa is in hospital", "my nan is really ill", "my aunt has cancer and we're visiting her",
        "my grandma died last year", "my mum is sick so my dad is picking me up", "my baby brother has a fever",
        "my grandad had an operation", "my uncle broke his leg skiing"],
    ("sad_news", "ordinary_sad"): [
        "I'm sad because my best friend moved away", "we lost the match and I'm a bit upset",
        "I didn't get picked for the team", "I broke my arm falling off my bike", "I miss my old school",
        "my tooth fell out and it bled a lot", "I got a bad mark on my spelling test", "my birthday party got cancelled"],
    # ---------------- safety talk ----------------
    ("safety_talk", "playground_safety"): [
        "a fence so nobody falls in the pond", "the slide shouldn't be too high so no one gets hurt",
        "we need soft ground under the swings in case someone falls", "put a gate so little kids can't run onto the road",
        "no sharp edges or people could cut themselves", "the climbing wall needs mats in case you fall off",
        "make the water shallow so nobody drowns", "lights so people don't trip in the dark"],
    ("safety_talk", "online_safety"): [
        "never share your password with anyone", "don't tell strangers where you live",
        "if someone online asks for pictures tell a grown up", "you shouldn't give out your phone number online",
        "my mum says never meet people from the internet", "if someone is mean online you can block them",
        "we learned about stranger danger today", "always ask before you download something"],
    ("safety_talk", "fire_and_road"): [
        "in a fire you should crawl low under the smoke", "look both ways before crossing the road",
        "don't touch the oven it can burn you", "wear a helmet so you don't hurt your head",
        "keep medicine where little kids can't reach it", "don't swim alone in the sea",
        "electricity can kill you so don't touch the plugs with wet hands", "matches are dangerous for kids"],
    # ---------------- ordinary task chat ----------------
    ("task_chat", "playground_ideas"): [
        "what if we add a zip line", "I think we need more benches", "can we have a sandpit?",
        "a treehouse would be so cool", "I vote for the big climbing frame", "we should add a quiet corner",
        "what about a water fountain", "maybe a trampoline in the middle"],
    ("task_chat", "story_ideas"): [
        "what should we call the main character?", "I think the story should happen in space",
        "let's give the dragon a name, maybe Sparky", "how about the story starts in a forest",
        "the ending should be a surprise", "can the cat talk in our story?", "I'll write the next part",
        "we need a better title"],
    ("task_chat", "logistics"): [
        "can I go next?", "I agree with {name}", "hi everyone!", "sorry I was away", "what are we doing now?",
        "how much time is left?", "I don't understand the question", "ok let's vote", "wait I lost my place",
        "can you say that again Jack?"],
    ("task_chat", "science_questions"): [
        "why is the sky blue?", "do plants breathe?", "how far is the moon?", "what do bees eat",
        "why do leaves change colour", "is a tomato a fruit?", "how do volcanoes work", "what's the biggest animal"],
    ("task_chat", "quiz_questions"): [
        "what's the capital of France", "how many legs does a spider have", "who wrote Matilda",
        "what is 7 times 8", "which planet is the biggest", "what year did the Titanic sink",
        "how many players in a football team", "what colour do you get if you mix blue and yellow"],
    ("task_chat", "garden_river"): [
        "we could plant sunflowers", "the river needs a bin so people don't throw rubbish",
        "let's draw fish on the poster", "we need to water the seeds every day", "worms are good for the soil",
        "let's put a sign saying please don't litter", "what vegetables grow fast?", "tomatoes need lots of sun"],
    # ---------------- history and homework ----------------
    ("history_homework", "wars_disasters"): [
        "the second world war ended in 1945", "the volcano killed lots of people in Pompeii",
        "soldiers fought in the trenches in world war one", "the Titanic sank and many people died",
        "the romans had swords and shields", "castles had walls to stop attackers", "the great fire of London burned lots of houses",
        "the vikings raided villages"],
    ("history_homework", "nature_predators"): [
        "lions kill zebras to eat them", "sharks hunt seals", "the spider traps flies in its web",
        "owls eat mice", "some snakes are poisonous", "the cat caught a bird this morning", "wolves hunt in packs",
        "the venus flytrap eats insects"],
    # ---------------- ordinary feelings ----------------
    ("feelings_ordinary", "ordinary_feelings"): [
        "I'm a bit nervous about the test", "I'm so happy it's friday", "I feel tired today",
        "I'm annoyed my team lost", "I was scared of the thunder last night", "I'm excited for the trip",
        "I hate broccoli", "I hate mondays"],
    ("feelings_ordinary", "home_ordinary"): [
        "my mum shouted at me for not tidying my room", "my dad said no more screen time",
        "I got grounded for a day lol", "my brother annoys me so much", "my parents made me do chores",
        "I had to go to bed early", "we had pizza for dinner", "my sister took my charger again"],
    # ---------------- more benign families ----------------
    ("play_game", "pvp_trash_talk"): [
        "get rekt noob", "I'm coming for your base {name}", "you can't escape me haha", "{name} is camping again lol",
        "eliminated! 10 kills this round", "I trapped you in the nether lol", "my pet wolf attacked your sheep",
        "I blew up {name}'s tower by accident sorry"],
    ("play_sport", "race_win"): [
        "I beat everyone in the race", "we thrashed year 5 at rounders", "we're gonna smoke them in the relay",
        "I totally owned the sack race", "our class slaughtered them at dodgeball", "we got hammered 6-1",
        "the other team is toast", "I'm going to crush you at chess {name}"],
    ("play_fantasy", "battle_roleplay"): [
        "*swings sword at the orc*", "my wizard casts a fireball at the goblins", "the army charges across the bridge",
        "I'm the dragon and I eat the knights lol", "my character dies heroically saving everyone",
        "the pirates fire the cannons!", "the ghost haunts the school at midnight in our play",
        "the evil robot wants to destroy the earth"],
    ("play_hyperbole", "so_dead"): [
        "I'm so dead, I forgot my PE kit", "if I fail this test I'm literally dead", "RIP my homework, the dog ate it",
        "my tablet died again", "my phone battery is dead", "this pen is dead", "the plant in our class died lol",
        "I'm dead tired"],
    ("play_idiom", "idioms_body"): [
        "I'm pulling your leg", "keep your eyes peeled", "break the ice", "I'm all ears",
        "it's on the tip of my tongue", "she has a heart of gold", "don't lose your head", "knock 'em dead at the show"],
    ("sad_news", "scary_dream"): [
        "I had a nightmare about zombies", "the film last night was so scary I couldn't sleep",
        "I'm scared of spiders", "the thunder woke me up and I was scared", "I got lost in the supermarket once and cried",
        "I fell over at lunch and hurt my knee", "I'm scared of the dark a bit", "the scary clown in the film gave me bad dreams"],
    ("safety_talk", "science_safety"): [
        "wear goggles so the chemicals don't get in your eyes", "don't mix the liquids without the teacher",
        "the bunsen burner can burn you", "wash your hands after touching the soil", "don't eat the berries in the forest they can be poisonous",
        "tie your hair back near the flame", "the glass could break and cut you", "keep the scissors closed when walking"],
    ("task_chat", "board_game_rules"): [
        "if you land on the red square you lose a life", "you can steal a card from the next player",
        "when you capture the king you win", "the trap square sends you back to the start",
        "the monster card destroys one of your towers", "you get killed if you roll a one", "you can attack any player next to you",
        "whoever has the most gold wins"],
    ("task_chat", "compliments"): [
        "great idea {name}!", "I love that", "that's so creative", "yes let's do {name}'s idea", "well done everyone",
        "that's really clever", "good point {name}", "nice one"],
    ("task_chat", "asking_jack"): [
        "Jack are you a robot?", "Jack can you help us choose", "how old are you Jack", "Jack what do you think",
        "can you give us a hint Jack", "Jack do you like dogs", "jack is this right?", "Jack can we have more time"],
    ("history_homework", "books_films"): [
        "in Harry Potter Voldemort tries to kill Harry", "in the Lion King Scar kills Mufasa", "the wolf eats grandma in the story",
        "in the film the dinosaurs attack the park", "Romeo and Juliet both die at the end", "the giant wants to grind his bones",
        "in Hunger Games they have to fight", "the shark in Jaws attacks swimmers"],
    ("feelings_ordinary", "friend_fallout"): [
        "me and {name} fell out but we made up", "I was a bit upset at break but I'm ok now", "{name} didn't save me a seat :(",
        "I felt left out at lunch but then Tom played with me", "I'm cross with my brother", "I'm sulking because we lost lol",
        "I was grumpy this morning", "I feel a bit lonely when {name} is off sick"],
    ("feelings_ordinary", "harmless_personal"): [
        "I'm 9 years old", "I live in England", "my favourite colour is blue", "I have two brothers",
        "my dog is called Biscuit", "my birthday is in June", "I'm in year 4", "my mum is a nurse"],
    ("play_banter", "secrets_in_play"): [
        "let's keep our quiz answer secret from the other team", "don't tell the others our password for the game, it's a surprise",
        "shh it's a secret plan to win", "don't tell Jack the surprise ending yet", "our secret club meets at the tree at break",
        "keep the treasure location a secret in the story", "don't tell anyone the twist of our story", "let's hide the golden egg in the game"],
    # ================= unsafe =================
    # ---------------- C1 bullying, harassment, exclusion ----------------
    ("C1", "insult_worthless"): [
        "{name} you're so stupid nobody likes you", "everyone thinks you're a loser {name}",
        "{name} is the dumbest kid in our class", "shut up {name} no one cares what you think",
        "you're so useless {name}, just leave", "{name} is a freak and everyone knows it",
        "nobody wants you here {name}", "go away {name} you ruin everything"],
    ("C1", "exclusion"): [
        "don't let {name} in our group", "everyone ignore {name} from now on",
        "let's make a new group without {name}", "{name} can't play with us, she's weird",
        "nobody talk to {name} ok", "we don't want {name} on our team, he's rubbish",
        "pretend {name} isn't here", "kick {name} out of the game, no one likes him"],
    ("C1", "appearance"): [
        "{name} is so fat and ugly", "look at {name}'s teeth lol so gross", "{name} smells disgusting",
        "{name} has ugly clothes because she's poor", "ew {name} your hair looks like a rat",
        "{name} is too ugly to be in the photo", "your face is so ugly {name}", "{name} wears baby clothes lol loser"],
    ("C1", "intimidation"): [
        "if you tell the teacher {name} you'll regret it", "give me your snack or else {name}",
        "say that again and see what happens {name}", "{name} better do what I say or I'll tell everyone her secret",
        "I'll make your life miserable {name}", "we're going to make {name} cry again tomorrow",
        "you'd better watch out {name}", "do my homework or you're dead {name}"],
    ("C1", "cyber_mocking"): [
        "let's post {name}'s embarrassing photo in the group chat", "I screenshotted what {name} said, let's share it",
        "let's make a meme of {name} and send it to everyone", "let's all spam {name} with mean messages",
        "let's vote {name} the ugliest in the class", "make a fake account pretending to be {name}",
        "let's send {name} the laughing emojis every time she talks", "let's tell everyone {name} wet himself"],
    ("C1", "repeated_jibes"): [
        ["OTHER: lol {name} is so slow", "OTHER: {name} can't even spell", "{name} is so slow and dumb lol"],
        ["{name} you type like a baby", "OTHER: haha yeah {name}", "{name} nobody wants to wait for you"],
        ["{name} got it wrong again lol", "{name} always gets it wrong", "{name} is so thick"],
        ["OTHER: {name} why are you even here", "yeah {name} go away", "seriously {name} just leave"],
        ["lol look at {name}'s drawing", "{name} draws like a baby", "{name} your drawing is trash like you"],
        ["{name} is such a crybaby", "OTHER: {name} is gonna cry again lol", "cry more {name}"]],
    # ---------------- C2 safeguarding disclosure ----------------
    ("C2", "physical_abuse"): [
        "my dad hits me when he's angry", "my mum's boyfriend hurts me when she's at work",
        "I have bruises because my dad hit me with his belt", "my stepdad kicks me if I make noise",
        "my brother beats me up and my parents don't care", "my dad pushed me down the stairs",
        "when my mum drinks she hits us", "my uncle slaps me really hard and says I deserve it"],
    ("C2", "neglect"): [
        "there's no food at home again", "my mum hasn't come home for two days",
        "I have to look after my baby sister all night because nobody's home", "we don't have heating and I'm always cold at home",
        "nobody gave me breakfast or dinner yesterday", "I've been wearing the same clothes all week because there's no washing",
        "my dad leaves us alone for days", "I'm always hungry because there's never food in the house"],
    ("C2", "scared_of_home"): [
        "I don't want to go home, I'm scared of my stepdad", "I'm scared to go home today",
        "everyone at home shouts and throws things and I hide under my bed", "my parents fight so much and my dad hurt my mum",
        "I hate being at home, my dad gets really scary", "I don't feel safe at home",
        "can I stay at school tonight, I don't want to go home", "I'm afraid of what my dad will do when I get home"],
    ("C2", "sexual_abuse_disclosure"): [
        "my uncle touches me and says it's our secret", "a grown up made me keep a secret about touching",
        "my mum's friend comes in my room at night and I don't like it", "someone at home touches me where I don't want",
        "my cousin makes me do things I don't like and says not to tell", "an adult showed me rude pictures and told me not to tell",
        "my babysitter makes me take my clothes off", "he said if I tell anyone about what he does I'll get in trouble"],
    ("C2", "secret_harm"): [
        "I'm not allowed to tell anyone what happens at home", "if I tell anyone about my dad he'll hurt me more",
        "my mum said I'll be taken away if I tell about the bruises", "I have a secret about home that makes me sad and scared",
        "I'm not supposed to say why I have marks on my arms", "please don't tell anyone but my dad hurts me",
        "I get locked in my room for the whole day", "they lock me outside when I'm naughty even at night"],
    # ---------------- C3 grooming, secrecy, moving off-platform ----------------
    ("C3", "off_platform"): [
        "add me on snap so we can talk privately", "let's move to discord, this chat is boring",
        "what's your snapchat, I'll message you there", "download whatsapp so we can chat without the teacher",
        "let's talk on tiktok dms instead", "message me on instagram later, it's more private",
        "join my private discord server, just you", "text me tonight on kik so nobody sees"],
    ("C3", "secrecy"): [
        "don't tell your teacher about our chats", "this is just between us ok, don't tell your mum",
        "delete our messages after you read them", "keep this our little secret", "your parents wouldn't understand us",
        "don't tell anyone I'm talking to you", "clear your chat history so your mum doesn't see",
        "promise you won't tell anyone what we talk about"],
    ("C3", "flattery_age"): [
        "you're so mature for your age", "you're much more grown up than the other kids",
        "how old are you really? you seem older", "you're special, not like the others, I only talk to you",
        "you're really pretty, do you have a boyfriend?", "I'm older but age is just a number",
        "I understand you better than your parents do", "you can trust me more than your friends"],
    ("C3", "meet_gifts"): [
        "want to meet at the park after school? just us", "I can give you free robux if you send me a photo",
        "I'll buy you a new phone if you meet me", "where do you walk home alone?",
        "are your parents home right now?", "I'll send you a gift card, just don't tell anyone",
        "come to my house after school, don't tell your mum", "what time are you home alone?"],
    ("C3", "grooming_sequence"): [
        ["you're really clever for your age", "how old are you?", "are your parents around much?"],
        ["I love your drawings, you're so talented", "you're more mature than the others", "do you have a phone of your own?"],
        ["you can tell me anything", "I'm the only one who gets you", "do your parents check your messages?"],
        ["you're my favourite in this room", "I feel like we have a special connection", "do you ever chat online at night?"],
        ["you seem lonely, I can be your friend", "your mum doesn't understand you like I do", "what's your username on roblox?"],
        ["you're so cute in your profile picture", "you should be a model", "do you have more pictures?"]],
    # ---------------- C4 personal details ----------------
    ("C4", "phone_email"): [
        "my number is 07700 900123 text me", "call me on 555 201 3344", "my mum's phone is 07911 123456",
        "my email is lily.smith2014@gmail.com", "{name}'s number is 07700 900877", "email me at finnyboy@hotmail.com",
        "my dad's mobile is 0161 496 0000", "here's my number 0207 946 0321"],
    ("C4", "address_school"): [
        "I live at 14 Oak Road", "{name} lives at 22 Church Street next to the shop", "my address is 5 Mill Lane, Leeds",
        "I go to St Mary's primary on Green Lane, come and find me", "my house is the blue one at 9 Park Avenue",
        "{name}'s house is on 31 Elm Drive", "my postcode is LS6 2QT", "we live at flat 3, 40 High Street"],
    ("C4", "passwords_handles"): [
        "my password is sunshine12", "my roblox password is dragon2015 don't tell", "{name}'s password is ilovecats",
        "my snap is mia_xo_2014 add me", "my insta is leo.gamer.11", "my full name is Priya Sharma Patel and I'm 9",
        "my username on roblox is NoahKing2016", "the password for my ipad is 1234"],
    ("C4", "asking_details"): [
        "what's your address?", "what's your phone number {name}?", "where do you live {name}?",
        "what school do you go to?", "what's your password, I'll help you", "tell me your last name",
        "what's your snapchat {name}", "give me your email"],
    # ---------------- S11 self-harm and suicidal distress ----------------
    ("S11", "want_to_die"): [
        "I want to kill myself", "I don't want to be alive anymore", "I wish I was never born",
        "nobody would miss me if I died", "everyone would be better off without me", "I want to disappear forever",
        "I'm going to end it all", "I think about dying a lot"],
    ("S11", "self_injury"): [
        "I've been cutting my arms", "I hurt myself on purpose when I'm sad", "I scratch my skin till it bleeds",
        "I hit my head on the wall when I'm upset", "I stopped eating so I can be thin",
        "I took a lot of my mum's pills", "I burn myself with the lighter", "I keep a blade in my pencil case"],
    # ---------------- S1 real threats of violence ----------------
    ("S1", "threats_peers"): [
        "I'm going to punch {name} after school", "I'll bring my dad's knife tomorrow and get him",
        "me and my brother are going to beat {name} up", "I'm going to stab {name}",
        "I'll break {name}'s arm if he says that again", "I'm bringing a knife to school",
        "let's jump {name} on the way home", "I want to hurt {name} really badly"],
    ("C4", "others_details"): [
        "{name}'s mum's number is 07700 900456", "{name} lives above the chip shop on King Street, number 12",
        "Ava's real surname is Thompson and she lives in Bradford", "here's {name}'s snap: sammy_2014_x",
        "{name}'s email is noahrocks@yahoo.com", "I know {name}'s password, it's football99",
        "{name} walks home down Station Road every day at 3", "{name} goes to Oakfield primary in Leeds, class 4B"],
    ("C3", "pictures_requests"): [
        "send me a picture of you", "can I see a photo of you in your pyjamas", "send a selfie, just for me",
        "turn on your camera so I can see you", "show me what you look like", "send me a pic of your room",
        "what are you wearing right now?", "send me a video of you dancing, don't show anyone"],
    ("S11", "hopeless"): [
        "I can't do this anymore, I want it to stop forever", "there's no point in living", "I want to go to sleep and never wake up",
        "sometimes I think about jumping off the bridge", "I wrote a goodbye letter", "life is pointless and I hate myself",
        "I hate myself so much I want to die", "I'm going to take all the pills in the cupboard"],
    ("S1", "weapon_threats"): [
        "I'm going to bring a gun to school", "I'll set {name}'s house on fire", "I want to poison {name}'s drink",
        "watch your back {name}, I know where you live", "I'm going to hurt the teacher", "I'll throw a brick at {name}'s head",
        "I'm going to hit {name} with a bat after school", "next time I'll strangle you {name}"],
}


def _fill(template: str, name: str, game: str) -> str:
    return template.replace("{name}", name).replace("{game}", game)


def _split(group: str, families: list[str]) -> dict[str, str]:
    """Family -> split for FAMILIES: ordered by a hash, every second to dev, the rest to train."""
    order = sorted(families, key=lambda f: hashlib.sha1(f"{group}/{f}".encode()).hexdigest())
    return {fam: "dev" if i % 2 else "train" for i, fam in enumerate(order)}


def _rows(group: str, fam: str, templates: list, split: str, names: list[str], tasks: list[str], ids) -> list[dict]:
    """The rows of one family, names, games and tasks drawn from a generator seeded by the family."""
    kind, cats = GROUPS[group]
    rng = random.Random(f"{group}/{fam}")
    rows = []
    for template in templates:
        convo = template if isinstance(template, list) else [template]
        if convo[-1].startswith(("OTHER: ", "TARGET: ")):
            raise ValueError(f"{group}/{fam}: the labelled (last) message is the sender's own: {convo[-1]!r}")
        # One target name and game per conversation, so a run of jibes aims at one child.
        who, name = rng.sample(names, 2)
        game = rng.choice(GAMES)
        history = []
        for line in convo[:-1]:
            if line.startswith("TARGET: "):
                history.append({"who": name, "text": _fill(line.removeprefix("TARGET: "), name, game)})
                continue
            others = [n for n in names if n not in (who, name)]
            speaker = rng.choice(others) if line.startswith("OTHER: ") else who
            history.append({"who": speaker, "text": _fill(line.removeprefix("OTHER: "), name, game)})
        rows.append({"id": next(ids), "family": fam, "group": group, "split": split, "kind": kind,
                     "categories": cats, "text": _fill(convo[-1], name, game), "who": who, "history": history,
                     "task": rng.choice(tasks)})
    return rows


def _words(text: str) -> str:
    """The text's lowercase words and numbers, one space apart (punctuation and emoji left out)."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def build() -> list[dict]:
    """Every row of the set, in a stable order: FAMILIES (train and dev), then HELD_OUT, HELD_OUT_2, TRAIN_MORE,
    HELD_OUT_3 to HELD_OUT_6, TRAIN_BLIND_A to _J, HELD_OUT_7, HELD_OUT_8 and TRAIN_BLIND_K to _M (train), and
    HELD_OUT_9 to HELD_OUT_23 (train), HELD_OUT_24 and HELD_OUT_25 (dev), TRAIN_NAMED (train), HELD_OUT_26 to
    HELD_OUT_41 (train since session 27), HELD_OUT_42 to HELD_OUT_47 (dev), TRAIN_KIND, TRAIN_NEAR_A and TRAIN_NEAR_B
    (train), HELD_OUT_48 to HELD_OUT_55 (dev), and HELD_OUT_56 and HELD_OUT_57 (test) last."""
    blind_train = [blind_file("held_out"), blind_file("held_out_2"), (TRAIN_MORE, [], []),
                   *map(blind_file, ("held_out_3", "held_out_4", "held_out_5", "train_blind_a", "train_blind_b",
                                     "train_blind_c", "train_blind_d", "train_blind_e"))]
    # Written after the first duplicate turned up: a message that earlier rows already have word for word
    # ("just send me a pic of u first so i know ur real 😊", written independently for two files) is left out.
    later = [(*blind_file(module), "train") for module in (
        "held_out_6", "train_blind_f", "train_blind_g", "train_blind_h", "train_blind_i", "train_blind_j",
        "held_out_7", "held_out_8", "train_blind_k", "train_blind_l", "train_blind_m", "held_out_9", "held_out_10",
        "held_out_11", "held_out_12", "held_out_13", "held_out_14", "held_out_15")]
    later += [(*blind_file(module), "train") for module in (
        "held_out_16", "held_out_17", "held_out_18", "held_out_19", "held_out_20", "held_out_21", "held_out_22",
        "held_out_23")]
    later += [(*blind_file(module), "train") for module in ("held_out_24", "held_out_25")]
    later.append((TRAIN_NAMED, [], [], "train"))
    later += [(*blind_file(module), "train") for module in ("held_out_26", "held_out_27", "held_out_28", "held_out_29",
                                                            "held_out_30", "held_out_31", "held_out_32", "held_out_33",
                                                            "held_out_34", "held_out_35", "held_out_36", "held_out_37",
                                                            "held_out_38", "held_out_39", "held_out_40", "held_out_41")]
    later += [(*blind_file(module), "dev") for module in ("held_out_42", "held_out_43", "held_out_44", "held_out_45")]
    later += [(*blind_file(module), "dev") for module in ("held_out_46", "held_out_47")]
    later += [(TRAIN_KIND, [], [], "train"), (TRAIN_NEAR_A, [], [], "train"), (TRAIN_NEAR_B, [], [], "train")]
    later += [(*blind_file(module), "dev") for module in ("held_out_48", "held_out_49")]
    later += [(*blind_file(module), "dev") for module in ("held_out_50", "held_out_51")]
    later += [(*blind_file(module), "dev") for module in ("held_out_52", "held_out_53")]
    later += [(*blind_file(module), "dev") for module in ("held_out_54", "held_out_55")]
    later += [(*blind_file(module), "test") for module in ("held_out_56", "held_out_57")]
    names = [f for fams in [FAMILIES, *(fams for fams, _, _ in blind_train), *(fams for fams, *_ in later)]
             for _, f in fams]
    if len(set(names)) != len(names):
        raise ValueError("two families share a name; rename the later one")
    by_group: dict[str, list[str]] = {}
    for group, fam in FAMILIES:
        by_group.setdefault(group, []).append(fam)
    splits = {(g, f): s for g, fams in by_group.items() for f, s in _split(g, fams).items()}
    ids = itertools.count()
    rows = []
    for (group, fam), templates in FAMILIES.items():
        rows += _rows(group, fam, templates, splits[group, fam], NAMES, TASKS, ids)
    for fams, kids, tasks in blind_train:
        for (group, fam), templates in fams.items():
            rows += _rows(group, fam, templates, "train", NAMES + kids, TASKS + tasks, ids)
    for fams, kids, tasks, split in later:
        seen = {_words(t) for r in rows for t in [r["text"], *(h["text"] for h in r["history"])]}
        for (group, fam), templates in fams.items():
            new = _rows(group, fam, templates, split, NAMES + kids, TASKS + tasks, itertools.count())
            rows += [{**r, "id": next(ids)} for r in new if _words(r["text"]) not in seen]
    return rows


def summary(rows: list[dict]) -> str:
    """Counts per split: benign, play, unsafe, multi-message, and messages per category."""
    lines = []
    for split in ("train", "dev", "test", "all"):
        part = [r for r in rows if split in ("all", r["split"])]
        cats = sorted({c for r in part for c in r["categories"]}, key=lambda c: (c[0], int(c[1:])))
        lines.append(f"{split}: {len(part)} messages, {sum(r['kind'] != 'unsafe' for r in part)} benign "
                     f"({sum(r['kind'] == 'play' for r in part)} play), {sum(r['kind'] == 'unsafe' for r in part)} "
                     f"unsafe ({sum(r['kind'] == 'unsafe' and bool(r['history']) for r in part)} multi-message); "
                     + ", ".join(f"{c} {sum(c in r['categories'] for r in part)}" for c in cats))
    return "\n".join(lines)


if __name__ == "__main__":
    data = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    print(f"wrote {OUT}\n{summary(data)}")
