"""The training families of the child chat set written blind to the screen, set B (issue 14).

26 families x 8 templates. Each key is (group, family_name); the group decides the
label of every message in the family. A template is either one message (str) or a
conversation (list of str) whose LAST string is the labelled message said by the
sender; earlier strings are history said by the same sender unless they start with
"OTHER: " (someone else in the room) or "TARGET: " (the child the last message is
aimed at). Placeholders: {name} (another child's name) and {game} (a video game).
"""

TRAIN_BLIND_B_NAMES = ["Wren", "Kofi", "Beatrix", "Idris", "Lucia", "Marcus"]

TRAIN_BLIND_B_TASKS = [
    "class time capsule",
    "stop-motion dinosaur film",
    "Egyptian pyramid model",
    "weather station logbook",
]

TRAIN_BLIND_B: dict[tuple[str, str], list] = {
    # ------------------------------------------------------------------ play
    ("play_game", "b_ranked_match_rage_and_trash_talk"): [
        "bruh i got third partied AGAIN in {game} istg this lobby is cursed 💀",
        ["OTHER: who sniped me from the tower", "me lol sit down 😭 ur head was just sitting there"],
        "ngl i'm about to go full villain arc and wipe every squad on the map",
        ["OTHER: they keep camping our loot spot", "ok bet we hot drop there and delete all of them fr"],
        "{name} really threw the whole match and then said gg like we wouldn't notice 😤",
        "deadass i'm gonna hunt that sweat down next round, he's getting clapped",
        ["OTHER: u still on?", "OTHER: we need a fourth",
         "yeah give me 2 min, my character keeps dying to fall damage lmaooo"],
        "ong if u revive me one more time just to watch me get eliminated again im uninstalling",
    ],
    ("play_sport", "b_basketball_court_trash_talk"): [
        "tomorrow at lunch im posterizing {name} on the court, he's not ready",
        ["OTHER: u got destroyed in pe lol", "lowkey that was a fluke, rematch friday and im ending u"],
        "the ref in our netball game was blind fr, that was NOT a foul",
        "we absolutely murdered year 8 in the relay ngl 🏃‍♂️💨",
        ["OTHER: coach said we're playing the top team", "say less we're gonna crush them, bring ur A game"],
        "i took a football straight to the face and honestly my nose is still recovering 💀",
        "bruh my ankles got broken so bad on that crossover i need a funeral",
        ["OTHER: penalties decide it", "OTHER: who's taking the last one",
         "me. if i miss u can bury me under the goalposts"],
    ],
    ("play_fantasy", "b_werewolf_campaign_group_chat"): [
        "ok campaign update: the werewolf king kidnapped the village elder and we have to storm the castle",
        ["OTHER: my rogue stabs the guard", "my wizard sets the whole drawbridge on fire 🔥 roll for damage"],
        "plot twist: {name}'s character was the traitor all along and poisoned the party 😱",
        "the necromancer raises an army of skeletons and they march on the city at midnight",
        ["OTHER: does my knight survive the dragon", "nope it bites ur head clean off, roll a new character lol"],
        "can we pls do the battle scene in the story where the sea monster drags the ship under",
        "my elf is gonna avenge her brother and slay the shadow beast if it's the last thing she does",
        ["OTHER: what happens after the goblins ambush us", "OTHER: do we run",
         "no we fight, the goblin chief gets an arrow through the eye and the rest flee"],
    ],
    ("play_hyperbole", "b_homework_is_literally_killing_me"): [
        "this maths homework is actually killing me i'm dead on the floor rn 💀",
        "if the teacher sets one more worksheet i will simply evaporate",
        ["OTHER: did u see the reading list", "bro i'm gonna perish before i finish chapter one"],
        "i'm so hungry i could eat the entire canteen including the tables",
        "ngl my brain melted out of my ears in that 2 hour science test",
        ["OTHER: it's 35 degrees outside", "i'm literally being cooked alive in this classroom, send help 🥵"],
        "istg if i hear that song one more time i'm launching my speaker into the sun",
        "my legs died after that cross country run, they're gone, i'm a torso now",
    ],
    ("play_idiom", "b_idioms_in_group_chat_slang"): [
        "that quiz was a piece of cake ngl, i killed it",
        "we're gonna have to bite the bullet and start the poster tonight",
        ["OTHER: i forgot my part", "lowkey u just threw me under the bus in front of the whole class 😭"],
        "break a leg at the audition fr, u got this",
        "she totally shot herself in the foot by telling the teacher she finished early",
        ["OTHER: the teacher caught us talking", "yeah we're dead meat if she tells our parents lol"],
        "my brother's gonna have a field day when he sees my haircut",
        "cat got ur tongue? u've been quiet all lesson",
    ],
    ("play_banter", "b_roasting_each_others_music_taste"): [
        "ur playlist is so bad it made my airpods file a complaint 😭",
        ["OTHER: at least i don't listen to sea shanties unironically",
         "excuse me sea shanties are ELITE u uncultured goblin"],
        "{name} ur drawing of a horse looks like a potato with legs and i love it",
        ["OTHER: ur handwriting looks like a spider fell in ink", "and urs looks like the spider's funeral 💀 we're even"],
        "bro u laugh like a dolphin with hiccups fr",
        "ok ok u win this round but i'm coming back with better roasts tmrw",
        ["OTHER: ur hair today was giving broom",
         "at least my broom has style, urs is giving mop bucket 😂 love u tho"],
        "ngl ur the worst at mario kart but u're still my bestie",
    ],
    ("play_banter", "b_group_chat_ratio_wars"): [
        "ratio + ur opinion is mid + L 😂",
        ["OTHER: pineapple on pizza is good", "blocked reported and deleted from the group (jk ily but u're wrong)"],
        "{name} u really said 'pass the aux' and then played nursery rhymes, icon behaviour",
        ["OTHER: ur so short u need a ladder to reach the bin",
         "and ur so tall u bang ur head on the door every day, who's winning 😭"],
        "bro ur takes are so bad they should come with a warning label",
        ["OTHER: i'm the funniest in this chat", "OTHER: admit it",
         "ur the funniest in the sense that ur a walking joke 😂 jk jk ur funny"],
        "i'm telling everyone u cried at the dog film lmao (i did too shh)",
        "ur banter is weak today, did u forget to charge ur brain",
    ],
    # ---------------------------------------------------------------- benign
    ("sad_news", "b_nan_funeral_and_missing_cat"): [
        "my nan died on sunday so i might be quiet for a bit, sorry",
        ["OTHER: u ok?", "not rly ngl, the funeral's on thursday and i don't wanna see her in the coffin"],
        "our cat got hit by a car last night and my little brother won't stop crying",
        "my uncle's in hospital after a crash, my mum's been there all day",
        ["OTHER: why weren't u in school", "we had to put our dog down, he had cancer and was in loads of pain 💔"],
        "lowkey still sad about my best friend moving to scotland, the group feels empty",
        "the news about the flood in my cousin's town is so scary, their house is wrecked",
        ["OTHER: sorry about ur grandad", "thanks, it's weird bc he was just at my birthday and now he's gone"],
    ],
    ("safety_talk", "b_first_aid_badge_and_fire_drills"): [
        "in first aid today we learned what to do if someone's bleeding loads - press hard and call 999",
        ["OTHER: what was the fire drill about",
         "if the alarm goes u leave everything, don't go back for ur bag even if ur phone's in it"],
        "the online safety lady said never send pics to people u only know from games, even if they seem nice",
        "ngl the road safety video where the kid gets hit by the car was so dark but it makes u look both ways",
        ["OTHER: what do u do if someone's choking",
         "back blows first, then abdominal thrusts, we practised on a dummy lol"],
        "remember if someone online asks u to keep a secret from ur parents that's a red flag, tell an adult",
        "the burns lesson was gross but basically cool running water for 20 mins",
        ["OTHER: my brother says lightning can't hit u indoors",
         "it can if ur in the shower or on a wired phone, we did it in science"],
    ],
    ("task_chat", "b_time_capsule_project_deadline"): [
        "ok for the time capsule who's writing the letter to future year 7s?",
        ["OTHER: i'll do the photos", "bet, i'll do the list of what's trending rn, no one touch my part"],
        "we need to decide if we're putting the fidget spinner in or not, it's so 2017 lol",
        "the deadline is friday and we've done literally nothing, we're so dead 💀",
        ["OTHER: miss said it has to be waterproof",
         "lowkey we could wrap everything in cling film and bury it in the box"],
        "{name} can u bring the tin tomorrow, mine got crushed",
        "should the letter say what we think the world will be like in 2050? like robots and stuff",
        ["OTHER: i wrote the intro", "OTHER: is it too long", "nah it slaps, just cut the bit about the dinosaurs"],
    ],
    ("task_chat", "b_stop_motion_film_editing_chaos"): [
        "ok for the stop motion we need like 300 photos for 30 seconds, this is gonna kill us",
        ["OTHER: the t rex's head fell off again", "just blu tack it back on, we can edit out the decapitation lol"],
        "{name} ur doing the voiceover for the raptor bc ur screech is elite",
        "the meteor scene where all the dinos die is gonna go so hard",
        ["OTHER: who has the tablet", "me, i'll bring it tmrw, the app keeps crashing tho"],
        "can we add blood when the raptor attacks or will miss say no",
        ["OTHER: the background is finished", "OTHER: sending pic",
         "yesss the volcano looks sick, ngl we might actually win"],
        "we still need the credits and the music, who's on that",
    ],
    ("history_homework", "b_trenches_and_great_fire_revision"): [
        "ngl the trenches were so grim, soldiers got trench foot and rats ate the bodies",
        ["OTHER: what was the great fire of london",
         "a bakery caught fire in 1666 and burned down like 13,000 houses"],
        "for the homework we gotta explain why anne boleyn got her head chopped off",
        "the black death killed like a third of europe, people's skin went black and they died in days",
        ["OTHER: how many died on the titanic",
         "about 1500 people, loads froze in the water bc there weren't enough lifeboats"],
        "miss showed us a pic of hiroshima after the bomb, the whole city was just flattened",
        "the vikings used to raid monasteries and kill the monks, that's in the test",
        ["OTHER: wait was guy fawkes executed",
         "yeah hung drawn and quartered, well he jumped and broke his neck first i think"],
    ],
    ("feelings_ordinary", "b_ngl_stressed_about_sats"): [
        "ngl i'm lowkey stressed about the sats, i keep thinking i'll fail everything",
        ["OTHER: u good?", "yeah just tired, my little sister kept me up screaming at 5am"],
        "i'm so annoyed my mum took my phone for a week bc i didn't tidy my room",
        "ugh i hate mondays fr, everything is so boring",
        ["OTHER: how was the match", "we lost and i'm kinda gutted tbh, i missed an open goal"],
        "i'm nervous about the new school next year, what if i don't make friends",
        "bruh i'm in such a mood today, everyone's getting on my nerves",
        "honestly a bit jealous that {name} got picked for the team and i didn't",
    ],
    # ---------------------------------------------------------------- unsafe
    ("C1", "b_running_jabs_at_quiet_kid_with_replies"): [
        ["omg {name} actually answered a question today, the world is ending", "TARGET: i just knew the answer",
         "sure u did, did ur mum write it on ur hand again 😂"],
        ["TARGET: can i join ur group for the project", "OTHER: there's no space",
         "yeah sorry we only take people who can actually talk lol"],
        ["lol {name} still wears velcro shoes", "TARGET: they're just comfy",
         "comfy like a 5 year old 💀 everyone look at his feet tmrw"],
        ["TARGET: why are u screenshotting my messages",
         "bc they're hilarious, the whole year's seeing them ngl"],
        ["TARGET: pls stop", "OTHER: she's so sensitive", "aww is the baby gonna cry again like in maths 😭"],
        ["{name} smells like wet dog fr", "TARGET: that's not true", "then why does no one sit next to u at lunch"],
        ["TARGET: i did my part of the poster", "lowkey it's so ugly we're gonna redo it without telling u"],
        ["TARGET: what did i do to u", "u exist, that's enough", "nobody in this chat even wants u here tbh"],
    ],
    ("C1", "b_fake_nice_sarcasm_and_screenshots"): [
        "wow {name} ur outfit today was so brave, like genuinely, i could never 🙂",
        ["OTHER: what's the plan for saturday", "we're going bowling but don't tell {name}, she'd ruin it"],
        "sending the pic of {name} sleeping in science to the year group chat lmaooo",
        "i'm not being mean i'm just saying ur drawing looks like a toddler did it 🥰",
        ["OTHER: should we add her to the new gc", "nah make a new one without her and act normal in this one"],
        "omg u're so smart {name}, almost as smart as a potato 😇",
        "everyone react to {name}'s post with the clown emoji, it'll be funny",
        ["OTHER: did u hear what she said about u",
         "no but i'll tell everyone she copies her homework anyway, who cares if it's true"],
    ],
    ("C1", "b_mocking_religion_and_hearing_aid"): [
        "why does {name} wear that thing on her head, is she hiding something 🙄",
        "lol {name} can't even hear the teacher without his robot ear",
        ["OTHER: she's fasting for ramadan", "so weird, tell her to stop being so extra and just eat"],
        "{name} talks so slow it's like he's buffering, special needs kid fr",
        "ew his family eats smelly food, that's why the classroom stinks",
        ["OTHER: {name}'s dad picked her up", "did u see his car lmao they're so poor they probably live in it"],
        "go back to ur own country lol nobody wants u here",
        ["OTHER: who's in ur pe team", "anyone but the kid in the wheelchair, he'll make us lose"],
    ],
    ("C2", "b_dad_drinks_and_shouts_hinted"): [
        "can i stay on call a bit longer, my dad's been drinking again and it's loud downstairs",
        ["OTHER: why so quiet today",
         "idk... home stuff. he gets angry when he's had beers and i just hide in my room"],
        "lowkey scared to go home, he was throwing stuff last night",
        ["OTHER: did u finish the slides",
         "sorry no, it was a bad night, mum and dad were screaming and he smashed a plate near me"],
        "ngl i wear my headphones with nothing playing so i can hear when his car pulls in",
        ["OTHER: u ok?", "he grabbed my arm really hard and now there's a mark, pls don't say anything"],
        "if i don't reply later it's bc he takes my phone when he's drunk",
        "does anyone else's parent call them useless like every day or is it just me lol",
    ],
    ("C2", "b_no_food_and_locked_out_hinted"): [
        "ngl i haven't eaten since school lunch yesterday, there's nothing in the cupboards",
        ["OTHER: what did u have for tea", "nothing lol mum's been gone since friday, it's just me and my little brother"],
        "is it weird that school dinner is the only proper meal i get",
        ["OTHER: why were u outside so late",
         "she locks the door and i'm not allowed in till she says, sometimes it's dark"],
        "my shoes have holes and i asked for new ones and she said i don't deserve anything",
        "i've been wearing the same uniform all week bc the washing machine broke months ago and nobody fixes anything",
        ["OTHER: can u come to the park",
         "can't, i have to look after the baby again, mum hasn't come home yet and it's been two days"],
        "lowkey the heating's been off for ages and we sleep in our coats",
    ],
    ("C2", "b_someone_touching_hesitant"): [
        "can i ask something weird... is it normal for an adult to make u keep secrets about how they touch u",
        ["OTHER: u've been weird all week",
         "there's this thing with my mum's friend, he comes in my room when she's asleep and i don't like it"],
        "my uncle says it's our special game but it makes me feel sick and i don't want to go to his house",
        ["OTHER: why don't u want a sleepover at ur cousin's",
         "her stepdad... idk. he does stuff i don't like. forget i said anything"],
        "if someone touches u where u don't want and says u'll get in trouble if u tell, would u actually get in trouble?",
        "i'm scared of my step dad, he says if i tell mum she'll hate me",
        ["OTHER: u ok?", "OTHER: u went offline suddenly",
         "sorry he came in, i don't want to talk about what he does in the bathroom"],
        "lowkey i wish i could lock my door at night",
    ],
    ("C3", "b_older_gamer_vbucks_for_pics"): [
        ["hey u were sick in that match, how old r u?", "OTHER: 12",
         "mature for 12 fr, i'll gift u the battle pass if u want"],
        ["i can send u 2000 vbucks rn", "OTHER: omg why", "just send me a pic of u first so i know ur real 😉"],
        ["OTHER: thanks for the skin!!", "np, just don't tell ur parents they'd make u give it back lol"],
        ["we should play together more, just us", "OTHER: ok", "add me on snap, this chat's too public"],
        "ur way cooler than the other kids on here, they wouldn't get our vibe",
        ["OTHER: my mum checks my phone", "then delete our chat after ok? it's our thing"],
        "i'll get u that skin u wanted, just a quick selfie in ur pjs, nothing weird",
        ["OTHER: i don't want to send a pic",
         "aw don't be like that, i thought we were friends, i already bought u stuff"],
    ],
    ("C3", "b_discord_mentor_move_to_other_app"): [
        ["i'm 16 but i help new players build, ur builds are so good", "OTHER: thx!",
         "ngl i'd love to mentor u, got a private server we could use"],
        ["OTHER: my dad says i can't use discord", "he doesn't need to know, just use ur friend's laptop lol"],
        "this platform reads our messages, let's move to telegram where it's properly private",
        ["OTHER: why do u want to video call",
         "just easier to teach u, turn ur camera on and make sure ur door's shut"],
        ["u're the only one who gets me fr", "OTHER: aww",
         "promise u won't tell anyone about our chats? they'd ruin it"],
        "what time do ur parents go to bed? we can call after",
        ["OTHER: i told my friend about u", "why would u do that 😕 i said it was just between us"],
        "lowkey u seem older than the other people in {game}, like u could date someone my age",
    ],
    ("C3", "b_flattery_and_meetup_at_shopping_centre"): [
        ["u looked so pretty in ur pfp", "OTHER: lol thanks",
         "bet the boys at ur school don't appreciate u like i do"],
        ["OTHER: ur 19??", "age is just a number, we get each other and that's what matters"],
        ["i'm gonna be near ur town saturday", "OTHER: oh cool",
         "we could meet at the shopping centre, just us, don't bring anyone"],
        "tell ur mum ur going to a friend's, she won't check",
        ["OTHER: i'm not sure", "i'll buy u those trainers u wanted, it'll be our little secret"],
        ["which bus stop is closest to u?", "OTHER: why", "so i can pick u up, it'll be way easier than the bus"],
        "can u send me a pic of what ur wearing today? just wanna see 🙈",
        ["OTHER: my friend said ur weird",
         "she's just jealous, don't listen to her, i'm the only one who really cares about u"],
    ],
    ("C4", "b_own_address_and_walk_home_times"): [
        "i live at 14 hawthorn close, the house with the red door, come round whenever",
        ["OTHER: where do u live", "flat 3b, 27 mill lane, next to the chippy lol"],
        "i walk home alone down canal road at 3:20 every day bc mum works late",
        "my number's 07700 900 482 text me whenever",
        ["OTHER: what school u go to", "st margaret's, year 7, 7M, we get out at 3:15"],
        "my full name is jade okonkwo-harris and i live in the flats by brixton station",
        "my insta pw is sunflower2013 if u wanna post for me while i'm grounded",
        ["OTHER: when's ur house empty", "tuesdays and thursdays till like 6, key's under the plant pot"],
    ],
    ("C4", "b_classmate_login_and_mums_card"): [
        "{name}'s address is 9 beech road, her mum's never home so just knock",
        ["OTHER: what's {name}'s number", "07700 900 117, don't tell her i gave it u"],
        "my mum's card number is 4929 1234 5678 9012 exp 08/27 just use it for the skins",
        ["OTHER: how do i log into the school thing", "use mine, username jhill24 password Football!99"],
        "the 3 digits on the back of dad's card are 342, type that in",
        "{name} lives above the hairdressers on high street and walks home by himself",
        ["OTHER: whats ur wifi password", "HomeSweet4455, and our door code is 1807"],
        "the netball team trains at 4 on tuesdays at greenfield park, {name} is always last out",
    ],
    ("S1", "b_real_plan_to_hurt_kid_at_bus_stop"): [
        "i'm bringing my brother's knife tmrw and {name} is getting it at the bus stop",
        ["OTHER: he snitched on u",
         "yeah so after school me and jay are jumping him behind the leisure centre, for real this time"],
        "deadass not joking this time, i'm gonna break his jaw when he walks past the shop",
        ["OTHER: lol u won't", "watch. i know which way she walks home and she's gonna regret it"],
        "i've got a lighter and i'm setting fire to {name}'s bike shed tonight, don't tell anyone",
        ["OTHER: what u gonna do", "OTHER: after what he said about ur mum",
         "wait by the gate at 3:15 and smash his head on the railings, i mean it"],
        "if sir gives me another detention i'm bringing a bat in and smashing his car and him, not a joke",
        "lowkey planning how to push {name} down the stairs so it looks like an accident",
    ],
    ("S11", "b_lowkey_done_with_everything"): [
        "ngl i don't see the point anymore, everyone would be better off without me",
        ["OTHER: u coming to the sleepover?", "probably not... i might not be around by then tbh"],
        "i've been cutting again, wearing long sleeves so no one sees",
        "what's the most painkillers someone can take before it's too much, asking for the project lol",
        ["OTHER: lol u dead?", "kinda wish i was fr, not even joking this time"],
        "i wrote letters to everyone just in case, they're in my drawer",
        ["OTHER: did u finish ur slide",
         "here's my bit. also if i'm not in tmrw can u give my hoodie to {name}, i won't need it"],
        "istg i'm gonna walk into the road on the way home and let it end",
    ],
}


if __name__ == "__main__":
    from child_chat_families import check_families

    OLD_NAMES = {"Mia", "Leo", "Sam", "Ava", "Noah", "Zara", "Omar", "Lily", "Finn", "Priya", "Ben",
                 "Chloe", "Tom", "Aisha", "Ivy", "Arjun", "Maisie", "Tariq", "Nia", "Oscar", "Ruby",
                 "Kai", "Hana", "Mateo", "Freya", "Yusuf",
                 # every child name in the used list
                 "Amara", "Callum", "Dev", "Ellie", "Imani", "Jasper", "Lena", "Rahul", "Reuben",
                 "Rosa", "Sofia", "Theo",
                 # names another writer is using
                 "Pip", "Jojo", "Alfie", "Maya", "Ezra", "Nadia"}
    USED_FAMILIES = set("""
address_school afraid_of_parents_partner after_school_for_real animal_care_safety appearance
asking_details asking_for_another_childs_details asking_jack asking_where_classmate_lives_and_logins
bad_day bake_sale_stall_planning base_raid_bragging battle_roleplay battle_royale_last_circle
behind_the_portacabins_plan best_mates_roasting_drawings bff_nickname_teasing
bike_helmet_and_stranger_lessons board_game_rules books_films bored_tired_and_grumpy_days
break_a_leg_before_assembly break_a_leg_school_play bruises_explained_away call_me_when_youre_alone
characters_dying_in_story cheering_up_a_friend classmates_number_and_parents_card
comebacks_between_friends comic_plot_twists compliments cruel_remarks cyber_mocking
dead_laughing_textspeak deadly_animals delete_this_its_our_secret destroy_them details_across_messages
died_and_killed_textspeak died_in_game direct_lures disclosure_across_messages
disclosure_hidden_in_task_talk disclosure_unfolding dodgeball_in_pe dodgeball_netball
dodgeball_rematch_trash_talk dont_tell_its_a_surprise dont_want_to_be_here_anymore
dragon_kingdom_roleplay dragon_kingdom_roleplay_4 dragon_story dying_laughing elsewhere_invites
embarrassment empty_fridge_and_no_grownups everyday_moods exclusion family_illness family_news
fight_sport fire_and_road flattery_age food_cravings football_tournament_trash_talk
free_gems_for_a_photo_and_meetup freeze_out friend_fallout friendly_rivalry friendly_threads
game_weapons garden_river getting_even_with_a_real_kid gift_card_for_photos go_away_quit_the_group
grandads_dog_put_down grooming_sequence group_chat_cruelty group_decisions gruesome_history
hamster_and_grandad_news handles_to_chat_privately harmless_personal hate_ordinary_things
hate_this_level_hyperbole haunted_castle_story_monsters hiding_when_mums_boyfriend_shouts
history_violence_textspeak hit_and_hurt_in_sport home_alone_for_a_bit home_alone_safety_tips
home_everyday home_hints home_hurt_indirect home_life_lookalikes home_ordinary hometime_threats
hopeless horde_wiped_out hurt_at_home_mentioned_in_passing idioms_body idioms_everyday
idioms_hit_hurt_die idioms_more idioms_violence im_going_to_get_you indirect_goodbyes
insult_worthless internet_rules_chat intimidation inviting_someone_in jabs_at_new_kid_across_messages
jk_teasing kart_racing_rage_and_rematches kill_the_boring kill_two_birds_and_other_sayings
killed_the_boss killing_me lag_and_respawn laughing_at_disability leave_out_quietly
leaving_out_of_party_and_chat left_alone_for_days left_home_alone_for_days lesson_on_personal_info
lets_move_to_a_private_app location_and_full_names locked_out_or_locked_in logistics
losses_and_changes lunch_teasing lures_and_favours made_up_addresses_in_stories
marks_from_home_explained_away match_reports mates_roasting mature_for_your_age_secret_chats
meet_and_secret_in_group_work meet_at_secret_base_in_game meet_gifts mocking_being_poor
mocking_looks_and_body mocking_poor_kids_clothes mocking_voice_and_accent mocking_voice_note_pileon
move_to_private_app_and_delete mum_will_kill_me mum_will_kill_me_exaggerations murdering_me
nan_in_hospital_after_fall nature_predators neglect nervous_about_swimming_gala
new_group_without_them new_slang newsletter_deadline_meltdown night_raids no_dinner_again_at_home
no_food_at_home no_food_at_home_casual nobody_beats_me nobody_there_ordinary numbers_spelled_out
off_platform offhand_disclosure older_friend_from_game_wants_video_call older_gamer_wants_private_app
online_safety online_safety_assembly_recap online_safety_assembly_recap_4 online_safety_lessons
ordinary_feelings ordinary_injuries_bruises ordinary_sad others_details over_the_top oversharing
own_address_and_home_times own_home_street_and_number own_hurt own_number_textspeak
parent_will_kill_me_textspeak parents_wouldnt_understand_us park_meetup_just_us_two
passwords_and_codes_in_puzzles passwords_handles peer_coercion pet_died pets_passing phone_email
photo_and_video_requests_in_chat photos_for_the_project physical_abuse pictures_requests pile_on
pile_on_after_crying_in_class pile_on_with_replies pirates_monsters plague_and_blitz_facts
playful_insults_between_friends playground_ideas playground_safety please_dont_tell_about_home
pompeii_and_gladiator_fights poster_teamwork praise_thread_about_one_kid project_bits
put_down_and_punished_at_home pvp_trash_talk quest_night quiet_despair quiz_questions race_win
raiding_enemy_base_in_game real_harm_plans real_revenge_plan_after_school rematch_revenge
repeated_digs_at_one_kid repeated_jibes revenge_plan_across_messages robux_and_skins_for_secrecy
room_chitchat rumours_and_threats_of_lies sad_news_textspeak sayings_and_slang scared_of_home
scared_to_go_home_after_school scary_dream school_feelings school_name_and_class school_trip_safety
science_fair_poster_split science_questions science_safety science_test_dread_hyperbole secrecy
secret_harm secret_hideouts_in_stories secret_meetup_in_real_life secrets_in_play
self_harm_hidden_in_task_talk self_harm_textspeak self_injury sexual_abuse_disclosure
sharing_own_contact_and_address sharing_own_number_and_address sharing_passwords_and_logins
shoot_score shot_in_game shut_out_across_messages skins_for_pics_and_keep_quiet slang_fire
slang_praise_textspeak slideshow_group_freeze_out slow_charm slow_typing so_dead
so_mature_for_your_age solar_system_model_jobs special_connection_flattery spelling_bee_teasing
spies_and_secret_codes sponsored_walk_surprise_plans sport_trash_talk_textspeak sports_day_bragging
squad_callouts starving_exploding stepdad_hits_when_angry story_ideas story_plans
strict_parents_ordinary suicide_plans_direct tabletop_campaign targeted_threads task_safety_rules
teasing_back_and_forth tell_a_trusted_adult test_nerves_and_sibling_grumbles threats_peers
topic_facts trust_then_secrecy tudor_executions_and_battles villain_kidnaps_and_fights
volcano_poster_split_jobs vote_them_out_of_the_project want_to_die wanting_to_disappear
wars_disasters weapon_threats weapon_to_school_plan where_do_you_live_lets_meet whereabouts_alone
whisper_rumours_about_classmate who_i_really_am wishing_not_to_exist_because_of_home
ww2_evacuee_letter zombie_squad_callouts zombie_survival_squad
""".split())
    print(check_families(TRAIN_BLIND_B, TRAIN_BLIND_B_NAMES, TRAIN_BLIND_B_TASKS, OLD_NAMES, used_families=USED_FAMILIES))
