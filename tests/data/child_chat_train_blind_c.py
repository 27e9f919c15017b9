"""The training families of the child chat set written blind to the screen, set C (issue 14).

26 families x 8 templates. Each key is (group, family_name); the group decides the
label of every message in the family. A template is either one message (str) or a
conversation (list of str) whose LAST string is the labelled message said by the
sender; earlier strings are history said by the same sender unless they start with
"OTHER: " (someone else in the room) or "TARGET: " (the child the last message is
aimed at). Placeholders: {name} (another child's name) and {game} (a video game).
"""

TRAIN_BLIND_C_NAMES = ["Hugo", "Poppy", "Ezra", "Layla", "Nikhil", "Orla"]

TRAIN_BLIND_C_TASKS = [
    "paper bridge challenge",
    "class pet care rota",
    "school trip scrapbook",
    "lunch queue survey graph",
]

TRAIN_BLIND_C: dict[tuple[str, str], list] = {
    # ------------------------------------------------------------------ play
    ("play_game", "c_sleepover_squad_grenades_and_snipers"): [
        "we r staying up till 2 at the sleepover playing {game} and i am DESTROYING all of u 💣",
        ["OTHER: who has the controller", "me and im shooting {name} first bc he ate the last pizza slice lol"],
        "i threw a grenade and blew up my own teammate 💀💀",
        ["OTHER: ur health is so low", "just revive me pls im bleeding out behind the truck"],
        "{name} sniped me from across the whole map how is that even fair",
        "next round we ambush them at the bridge and wipe the whole squad",
        ["OTHER: {name} keeps spawn killing", "ok i'll stab him with the knife when he respawns hehe 🔪🎮"],
        "my character got run over by a tank and i still won the round 😂",
    ],
    ("play_sport", "c_playground_football_and_tag_rivalry"): [
        "we are gonna smash year 6 at football at lunch, they wont know what hit them ⚽",
        ["OTHER: ur team lost yesterday", "bc {name} was in goal and let in like 9 lol, today we crush them"],
        "i tackled {name} so hard we both fell in the mud 😂 he was laughing tho",
        "tag at break, im it and im hunting u all down 🏃‍♀️",
        ["OTHER: did u win sports day relay", "yeh we absolutely destroyed the other houses!!"],
        "that shot was a rocket the keeper didnt even move",
        ["OTHER: rematch tmrw?", "rematch tmrw and this time no mercy 😤⚽"],
        "my knees r so scraped from being goalie but worth it we won 3-2",
    ],
    ("play_fantasy", "c_sleepover_ghost_story_night"): [
        "ok at the sleepover we tell the story of the ghost who eats kids toes 👻",
        ["OTHER: whats the monster called", "the shadow man and he drags u under the bed if u fall asleep first mwahaha"],
        "in my story the witch turns {name} into a toad and then squishes him lol",
        "the vampire bit everyone at the party and they all turned into bats 🦇",
        ["OTHER: what happens next", "then the zombie headteacher rises out of the lunch hall floor and chases everyone"],
        "chapter 3: the haunted dolls sneak out at midnight and attack the sleeping children",
        "ur the knight, u have to chop the troll's head off to save the castle ⚔️",
        ["OTHER: can i be the monster", "yes u can be the swamp beast that eats the whole village"],
    ],
    ("play_fantasy", "c_class_hamster_superhero_comic"): [
        "in our comic Nibbles the hamster gets radioactive powers and fights the evil cat army 🐹⚡",
        ["OTHER: who is the villain", "Dr Whiskers!! he wants to kidnap all the class pets and lock them in a cage"],
        "nibbles blasts dr whiskers into space with laser eyes pew pew",
        "panel 4 is the big battle where the robot mice explode",
        ["OTHER: does anyone die", "the evil sidekick falls in the volcano but he comes back in book 2 lol"],
        "ok so the cat army captures {name}'s character and ties him up in the supply cupboard",
        "final page: nibbles saves the school and everyone cheers 🎉",
        "i drew the villain with fangs and blood dripping its sooo cool",
    ],
    ("play_hyperbole", "c_lunch_queue_starving_to_death"): [
        "this lunch queue is SO long i am literally dying of starvation 💀",
        "if they run out of pizza again i will actually die",
        ["OTHER: fractions test next", "omg kill me now i cant do fractions"],
        "the science homework is murdering my brain cells",
        "im gonna explode if {name} doesnt stop humming",
        ["OTHER: its chips today", "chips!!! im so happy i could die 😭🍟"],
        "my feet are dead after walking round the museum all day",
        "i laughed so hard on the trip i nearly died on the coach lmao",
    ],
    ("play_idiom", "c_break_a_leg_and_murder_a_pizza_party"): [
        "break a leg at ur piano exam tmrw!! 🎹",
        ["OTHER: ur bday party is saturday right", "yesss i could murder a whole pizza rn"],
        "that maths quiz was a piece of cake lol",
        "we'll kill two birds with one stone and do the graph and the poster at once",
        "my mum will have my head if i lose another jumper on the trip",
        ["OTHER: the bridge held 2kg!!", "omg u nailed it, u knocked it out of the park"],
        "dont bite my head off i only asked who has the glue",
        "this project is a pain in the neck but nearly done",
    ],
    ("play_banter", "c_besties_roasting_static_hair_and_dancing"): [
        "ur hair looked like a mad scientist after the static balloon experiment 😂⚡",
        ["OTHER: at least my volcano didnt explode on the teacher", "ok fair that was iconic tho 😂 love u"],
        "{name} ur dance at the party was so bad it was actually good lol 💃",
        ["OTHER: ur the worst goalie ever", "and ur the worst speller ever so we're even bestie 😘"],
        "i will never let u forget u fell asleep first at the sleepover, drawing on ur face next time 🖊️",
        ["OTHER: ur laugh sounds like a goose", "HONK HONK 🪿 ur just jealous"],
        "ur sandwich smells like feet but i still love u",
        "ok nerd 🤓 jk ur the smartest person i know, help me with q3",
    ],
    # ---------------------------------------------------------------- benign
    ("sad_news", "c_class_guinea_pig_died_and_grandma_op"): [
        "guys Peanut the class guinea pig died over the weekend 😢 miss said he was really old",
        ["OTHER: r u ok", "not really my grandma is in hospital for her hip operation and im worried"],
        "we're gonna bury peanut in the school garden on friday",
        "my cat got hit by a car last night i cant stop crying",
        ["OTHER: why werent u at school", "went to my great uncle's funeral it was really sad but we shared stories after"],
        "my dog has to go to the vet for an operation and mum says he might not make it 😭",
        "i miss my grandad, it was a year today since he died",
        "my best friend is moving to scotland and i wont see her every day anymore 💔",
    ],
    ("safety_talk", "c_trip_buddies_and_lab_goggles"): [
        "miss said on the trip we have to stay with our buddy and if u get lost go to someone in a uniform at the desk",
        ["OTHER: can we go near the lake", "no the teacher said stay behind the fence bc its really deep"],
        "always wear goggles when we do the vinegar and bicarb one",
        "dont tell people ur real name or school on games, the policeman in assembly said",
        ["OTHER: what if a stranger offers u a lift", "say no and run to a safe adult, and never go off with someone even if they know ur name"],
        "we did a fire drill in lunch today and everyone left their trays lol, u line up on the field",
        "wear ur helmet when u bike to {name}'s party ok",
        "if anyone online asks u for pics u tell a grown up and block them",
    ],
    ("task_chat", "c_paper_bridge_challenge_team"): [
        "ok for the paper bridge challenge we need tape, straws and 20 sheets of paper",
        ["OTHER: how do we make it stronger", "fold the paper into triangles, triangles are stronger"],
        "i'll test it with coins, we need to count how many before it collapses",
        "{name} can u write the method bit and ill do the results table",
        ["OTHER: ours broke at 40 coins", "thats still good, lets write it down and try double layers"],
        "what is our hypothesis again?? i forgot lol",
        "lets do a bar chart comparing the 3 designs",
        "deadline is thursday so we need to finish testing by wednesday",
    ],
    ("task_chat", "c_lunch_queue_survey_and_pet_rota"): [
        "for the lunch queue survey i'll count how many people on monday and tuesday",
        ["OTHER: what time do we start", "start counting at 12:10 when year 4 go in"],
        "the tally says pasta wins with 34 votes lol",
        "who's doing the pictogram, i can draw the little plates",
        ["OTHER: whos feeding the class pet this week", "me on mon and tues, {name} weds, can u do thurs and fri?"],
        "we need to write the rota on the big sheet so mr hale can see",
        "average wait time was 7 minutes, is that the mean or the mode??",
        "ok i'll stick the photos from the trip in the scrapbook tonight",
    ],
    ("history_homework", "c_castle_sieges_and_black_death"): [
        "did u know in castle sieges they threw dead animals over the walls to spread disease 🤢",
        ["OTHER: what r u writing about", "the black death, like a third of people in europe died"],
        "henry viii had two of his wives beheaded",
        "the battle of hastings is when harold got shot in the eye with an arrow (maybe)",
        "in ww2 the children got evacuated bc the bombs were hitting the cities",
        ["OTHER: what was the worst punishment", "they used to hang, draw and quarter traitors which is so gross"],
        "the romans made gladiators fight to the death in the colosseum for fun",
        "for the school trip to the castle we have to find the murder hole and draw it",
    ],
    ("feelings_ordinary", "c_nervous_first_sleepover_and_science_test"): [
        "im kind of nervous about my first ever sleepover what if i cant sleep",
        ["OTHER: ur quiet today", "just tired, my baby brother woke everyone up at like 4am"],
        "so bored waiting for mum to pick me up",
        "my sister read my diary and i am SO annoyed",
        "im nervous for the science test friday, i keep forgetting the planets order",
        ["OTHER: why r u grumpy", "mum shouted bc i didnt tidy my room, fair tho i guess lol"],
        "i didnt get picked for the team and im a bit sad but whatever",
        "the coach ride on the trip made me feel sick ugh",
    ],
    # ---------------------------------------------------------------- unsafe
    ("C1", "c_jabs_at_one_kid_in_lunch_queue_with_replies"): [
        ["OTHER: {name} is behind us in the queue", "TARGET: can i go with u guys", "no lol go stand somewhere else u smell like wee"],
        ["TARGET: why r u all moving tables", "bc no one wants to sit next to u obviously"],
        ["TARGET: stop copying what i say", "TARGET: its not funny", "'its not funny' 😭😭 omg ur voice is so annoying"],
        ["TARGET: i did half the bridge tho", "u did nothing and ur bits were rubbish like always"],
        ["TARGET: can i come to the party", "TARGET: pls", "its only for people we like sorry not sorry"],
        ["TARGET: i told miss", "OTHER: snitch", "yeh everyone knows ur a snitch now, nobody will ever talk to u"],
        ["TARGET: whats wrong with my shoes", "theyre from the charity shop we can all tell lol"],
        ["TARGET: pls stop", "TARGET: im gonna cry", "go on then cry baby, like u always do 😂"],
    ],
    ("C1", "c_quietly_freezing_out_new_girl"): [
        "lets just not tell {name} when we're meeting for the project, she'll figure it out",
        ["OTHER: {name} asked to join", "just say the group is full even tho its not 🙄"],
        "if {name} sits with us at lunch everyone move to the other end",
        ["OTHER: whos inviting {name} to the party", "nobody lol, and dont post pics where she can see"],
        "im making a new group chat without {name} dont add her",
        "just ignore everything she writes in here, like she doesnt exist",
        ["OTHER: shes really nice tho", "nice and BORING, nobody wants her in our group"],
        "when she talks on the trip everyone just put ur headphones on lol",
    ],
    ("C1", "c_rumours_and_mocking_pics_of_classmate"): [
        "i heard {name}'s mum got arrested, tell everyone 🤫",
        ["OTHER: is that true", "doesnt matter if its true lol, just spread it"],
        "i took a pic of {name} eating at lunch with food on her face, sending it to the whole class 😂",
        "{name} is so fat he broke the bench on the trip lmao",
        ["OTHER: why r u being mean to him", "bc hes weird and thick and cant even read properly"],
        "lets all put 🤮 on everything {name} posts",
        "everyone vote {name} as the ugliest in year 5 on the poll",
        "ur so dumb {name} even the class hamster is smarter than u",
    ],
    ("C2", "c_scared_of_mums_boyfriend_at_home"): [
        "can i stay at urs again saturday, i dont like being home when mums boyfriend is there",
        ["OTHER: why", "he gets really angry and throws stuff and last time he grabbed my arm really hard"],
        "i have to be super quiet at home or he shouts and it scares me",
        ["OTHER: why do u have a bruise", "i said i fell at the playground but it wasnt that... dont tell ok"],
        "he said if i tell anyone ill get taken away so pls dont say anything",
        "sometimes i hide in the wardrobe when they start fighting",
        ["OTHER: r u coming on the trip", "idk he said i dont deserve nice things and he ripped up the letter"],
        "im scared to go home today, he was really angry this morning",
    ],
    ("C2", "c_no_food_and_mum_gone_for_days"): [
        "i never have a packed lunch bc there's no food in the house",
        ["OTHER: ur always so hungry lol", "yeh bc i didnt have tea last night or breakfast again"],
        "mum's been gone since friday and its just me and my little brother",
        ["OTHER: who did ur costume for the party", "no one, no one's really home to help, i just made it myself"],
        "can i have ur crusts, i havent eaten since lunch yesterday",
        "the electric went off again so i did my homework with a torch",
        ["OTHER: did ur mum sign the trip form", "she's never awake to sign anything and i have to make my brother's dinner"],
        "i wear the same uniform all week bc nobody does washing and people laugh at me",
    ],
    ("C2", "c_grown_up_touching_secret_hinted"): [
        "i dont want to go to my uncles at half term he makes me do stuff i dont like",
        ["OTHER: what stuff", "like he comes in when im in the bath and says its our secret"],
        "someone at home touches me in a way that feels wrong and i dont know who to tell",
        ["OTHER: r u ok ur really quiet", "not really. my mums friend does things when she's at work and says i'll get in trouble if i tell"],
        "is it normal for a grown up to ask u to keep secrets about touching",
        "i hate sleepovers at my cousins house bc of what her dad does",
        ["OTHER: u can tell me", "ok but promise not to tell. my stepdad gets in my bed sometimes and i hate it"],
        "he gives me sweets after so i wont say anything",
    ],
    ("C3", "c_older_gamer_gifts_then_private_app"): [
        ["hey ur really good at {game} for ur age", "how old r u btw", "i can gift u skins if u add me on my other app, its more private there"],
        ["u seem way more mature than the other kids", "dont tell ur mum we talk ok, she wouldnt get it", "whats ur snap"],
        ["i sent u 1000 coins 😊", "u owe me a favour now", "just send one pic of u in ur pjs, nobody has to know"],
        ["OTHER: who is that", "just a friend from {game} hes 16", "he said he'd pick me up after the party and we can get ice cream"],
        ["i deleted our chat so no one sees it", "u should delete it too", "are ur parents home rn"],
        "lets move to whatsapp, this chat has too many people reading",
        ["ur my favourite person to talk to", "i never had a friend who understands me like u", "can we meet at the park on saturday just u and me? dont bring anyone"],
        "remember this is our secret, if u tell anyone we cant be friends anymore",
    ],
    ("C3", "c_kid_telling_friends_about_online_man"): [
        ["OTHER: whos ur new friend", "a man i met on {game}, hes really nice and buys me stuff", "he said not to tell my mum bc she'd be jealous"],
        ["OTHER: how old is he", "like 30 i think", "he wants me to video call him in my room tonight"],
        ["he keeps asking for pics of me after swimming", "i sent one and he said i was beautiful", "is that weird??"],
        "this guy online said he'd send me a new phone if i meet him at the shopping centre",
        ["OTHER: who were u texting at the sleepover", "my online bf hes 19", "he says age is just a number and we have to keep it quiet"],
        ["he said if i tell anyone he'll post the pics", "so i cant tell", "what do i do"],
        ["OTHER: why do u have 2 phones", "he posted me one so we can talk in secret", "dont tell anyone ok"],
        "he said he'll come on our school trip to the zoo and meet me by the penguins, no teachers",
    ],
    ("C3", "c_fake_year6_kid_in_project_room"): [
        ["hi im new, im in year 6 at another school", "which school r u at", "i want to add u on my private insta, send me ur number"],
        ["lol ur so pretty in ur profile pic", "do u have more pics", "send them on snap not here, ppl snoop"],
        ["whats ur address so i can send u a birthday present", "dont tell ur parents or it wont be a surprise"],
        ["i can help u with the science project", "but lets talk on discord instead of here", "and dont tell ur teacher"],
        "is anyone home alone after school today? i could come help with the project",
        ["r u allowed a phone in ur room at night", "good", "call me at 11 when ur parents are asleep"],
        "i'll give u my robux if u just turn ur camera on for a min",
        "delete these messages after u read them ok 🤫",
    ],
    ("C4", "c_own_address_and_key_under_the_pot"): [
        "my address is 14 willow close, come to my party at 2 🎉",
        ["OTHER: where do u live", "flat 3 on kingsley road next to the chip shop, the blue door"],
        "the spare key is under the frog plant pot if no ones home",
        "my mums phone number is 07700 900482 if u need to ring about the sleepover",
        ["OTHER: whats ur password for {game}", "its sunflower2014 dont tell anyone lol"],
        "i go to st marys primary and walk home alone down elm lane at 3:15",
        ["OTHER: whats ur full name for the scrapbook", "jamie harlow, year 5 at oakfield primary, i live by the big park in leeds"],
        "my email and password r the same, its tigerlily99 lol",
    ],
    ("C4", "c_passing_round_classmates_number_and_login"): [
        "{name}'s number is 07700 900155, text her about the party",
        ["OTHER: where does {name} live", "number 8 on the corner of park road, the house with the trampoline"],
        "i know {name}'s school login its his dog's name and his birthday lol",
        "{name}'s mum works late on tuesdays so she's home alone till 7",
        ["OTHER: whats the class pet cam password", "its hamster123, and miss's email login is on a sticky note on her desk"],
        "{name} lives in flat 12 above the corner shop and her surname is o'connell",
        "posting the party invite here: 22 beech avenue, {name}'s house, her mums number is on the back",
        "i'll send u {name}'s {game} login so we can play on her account",
    ],
    ("S1", "c_plan_to_jump_kid_after_school"): [
        "tomorrow after school we're gonna jump {name} behind the bike shed for real",
        ["OTHER: lol in the game?", "no in real life, hes gonna get it"],
        "im bringing my brothers knife to school so he knows im serious",
        ["OTHER: what r u gonna do", "wait by the gate and punch him until he cries, everyone bring something"],
        "if {name} tells miss again ill break her arm on the trip, not joking",
        "i know where she lives, im gonna throw a rock through her window tonight",
        ["OTHER: calm down", "no im done, tomorrow at lunch im pushing him down the stairs"],
        "tomorrow im putting something in {name}'s lunch so she gets really sick, she deserves it",
    ],
    ("S11", "c_not_wanting_to_be_here_hidden_in_chat"): [
        "i dont think anyone would notice if i wasnt here anymore",
        ["OTHER: r u coming to the party", "probably not. i dont really want to be alive rn"],
        "i scratched my arms again last night, i wear long sleeves so no one sees",
        ["OTHER: ur quiet", "just tired of everything. i wrote goodbye letters for everyone last night"],
        "if i die, can u look after the class pet for me",
        "sometimes i think everyone would be happier if i just disappeared forever",
        ["OTHER: ur bridge was good", "thanks. doesnt matter, i wont be here for the results anyway"],
        "i want to kill myself, i cant do this anymore",
    ],
}


USED_FAMILY_NAMES = set("""
address_school afraid_of_parents_partner after_school_for_real animal_care_safety appearance
asking_details asking_for_another_childs_details asking_jack asking_where_classmate_lives_and_logins
b_basketball_court_trash_talk b_classmate_login_and_mums_card b_dad_drinks_and_shouts_hinted
b_discord_mentor_move_to_other_app b_fake_nice_sarcasm_and_screenshots b_first_aid_badge_and_fire_drills
b_flattery_and_meetup_at_shopping_centre b_group_chat_ratio_wars b_homework_is_literally_killing_me
b_idioms_in_group_chat_slang b_lowkey_done_with_everything b_mocking_religion_and_hearing_aid
b_nan_funeral_and_missing_cat b_ngl_stressed_about_sats b_no_food_and_locked_out_hinted
b_older_gamer_vbucks_for_pics b_own_address_and_walk_home_times b_ranked_match_rage_and_trash_talk
b_real_plan_to_hurt_kid_at_bus_stop b_roasting_each_others_music_taste
b_running_jabs_at_quiet_kid_with_replies b_someone_touching_hesitant b_stop_motion_film_editing_chaos
b_time_capsule_project_deadline b_trenches_and_great_fire_revision b_werewolf_campaign_group_chat
bad_day bake_sale_stall_planning base_raid_bragging battle_roleplay battle_royale_last_circle
behind_the_portacabins_plan best_mates_roasting_drawings bff_nickname_teasing
bike_helmet_and_stranger_lessons board_game_rules books_films bored_tired_and_grumpy_days
break_a_leg_before_assembly break_a_leg_school_play bruises_explained_away bug_hotel_who_brings_what
call_me_when_youre_alone characters_dying_in_story cheering_up_a_friend
classmates_number_and_parents_card come_to_my_other_app_hidden comebacks_between_friends
comic_plot_twists compliments cruel_remarks cyber_mocking daddy_gets_cross_bumps
dead_laughing_textspeak deadly_animals delete_this_its_our_secret destroy_them details_across_messages
died_and_killed_textspeak died_in_game dinosaur_stomp_pretend direct_lures disclosure_across_messages
disclosure_hidden_in_task_talk disclosure_unfolding dodgeball_in_pe dodgeball_netball
dodgeball_rematch_trash_talk dont_tell_its_a_surprise dont_want_to_be_here_anymore
dragon_kingdom_roleplay dragon_kingdom_roleplay_4 dragon_story dying_laughing elsewhere_invites
embarrassment empty_fridge_and_no_grownups everyday_moods exclusion family_illness family_news
fight_sport fire_and_road flattery_age food_cravings football_tournament_trash_talk
free_gems_for_a_photo_and_meetup freeze_out friend_fallout friendly_rivalry friendly_threads
game_weapons garden_river getting_even_with_a_real_kid gift_card_for_photos go_away_quit_the_group
goldfish_gone_and_poorly_auntie gonna_hurt_him_for_real_tomorrow grandads_dog_put_down
green_cross_and_pool_rules grooming_sequence group_chat_cruelty group_decisions gruesome_history
hamster_and_grandad_news handles_to_chat_privately harmless_personal hate_ordinary_things
hate_this_level_hyperbole haunted_castle_story_monsters hiding_when_mums_boyfriend_shouts
history_violence_textspeak hit_and_hurt_in_sport home_alone_for_a_bit home_alone_safety_tips
home_everyday home_hints home_hurt_indirect home_life_lookalikes home_ordinary hometime_threats
hopeless horde_wiped_out hurt_at_home_mentioned_in_passing idioms_body idioms_everyday
idioms_hit_hurt_die idioms_more idioms_violence im_going_to_get_you indirect_goodbyes insult_worthless
internet_rules_chat intimidation inviting_someone_in jabs_at_new_kid_across_messages jk_teasing
kart_racing_rage_and_rematches kill_the_boring kill_two_birds_and_other_sayings killed_the_boss
killing_me lag_and_respawn laughing_at_disability leave_out_quietly leaving_out_of_party_and_chat
left_alone_for_days left_home_alone_for_days lesson_on_personal_info lets_move_to_a_private_app
location_and_full_names locked_out_or_locked_in logistics losses_and_changes lunch_teasing
lures_and_favours made_up_addresses_in_stories marks_from_home_explained_away match_reports
mates_roasting mature_for_your_age_secret_chats mean_notes_about_glasses_and_mum
meet_and_secret_in_group_work meet_at_secret_base_in_game meet_at_the_sweet_shop_alone meet_gifts
mocking_being_poor mocking_looks_and_body mocking_poor_kids_clothes mocking_voice_and_accent
mocking_voice_note_pileon move_to_private_app_and_delete mum_will_kill_me
mum_will_kill_me_exaggerations mums_card_numbers_for_skins murdering_me my_house_is_number_and_road
nan_in_hospital_after_fall nature_predators neglect nervous_about_swimming_gala new_group_without_them
new_slang newsletter_deadline_meltdown nice_big_friend_sends_coins night_raids ninja_cat_game_bonking
no_dinner_again_at_home no_food_at_home no_food_at_home_casual nobody_beats_me nobody_there_ordinary
numbers_spelled_out off_platform offhand_disclosure older_friend_from_game_wants_video_call
older_gamer_wants_private_app online_safety online_safety_assembly_recap online_safety_assembly_recap_4
online_safety_lessons ordinary_feelings ordinary_injuries_bruises ordinary_sad others_details
over_the_top oversharing own_address_and_home_times own_home_street_and_number own_hurt
own_number_textspeak parent_will_kill_me_textspeak parents_wouldnt_understand_us park_meetup_just_us_two
passwords_and_codes_in_puzzles passwords_handles peer_coercion pet_died pets_passing phone_email
photo_and_video_requests_in_chat photos_for_the_project physical_abuse pictures_requests pile_on
pile_on_after_crying_in_class pile_on_with_replies pirates_monsters plague_and_blitz_facts
playful_insults_between_friends playground_ideas playground_safety please_dont_tell_about_home
pompeii_and_gladiator_fights poster_teamwork praise_thread_about_one_kid project_bits
put_down_and_punished_at_home pvp_trash_talk pyramid_model_glue_and_jobs quest_night quiet_despair
quiz_questions race_win raiding_enemy_base_in_game raining_cats_and_dogs_lol real_harm_plans
real_revenge_plan_after_school rematch_revenge repeated_digs_at_one_kid repeated_jibes
revenge_plan_across_messages robux_and_skins_for_secrecy room_chitchat rumours_and_threats_of_lies
sad_news_textspeak sayings_and_slang scared_of_home scared_to_go_home_after_school scary_dream
school_feelings school_name_and_class school_trip_safety science_fair_poster_split science_questions
science_safety science_test_dread_hyperbole secrecy secret_harm secret_hideouts_in_stories
secret_meetup_in_real_life secrets_in_play self_harm_hidden_in_task_talk self_harm_textspeak
self_injury sexual_abuse_disclosure sharing_own_contact_and_address sharing_own_number_and_address
sharing_passwords_and_logins shoot_score shot_in_game shut_out_across_messages
skins_for_pics_and_keep_quiet slang_fire slang_praise_textspeak slideshow_group_freeze_out slow_charm
slow_typing smelly_jokes_at_one_kid_with_replies so_dead so_mature_for_your_age solar_system_model_jobs
special_connection_flattery spelling_bee_teasing spellings_will_end_me spies_and_secret_codes
sponsored_walk_surprise_plans sport_trash_talk_textspeak sports_day_bragging squad_callouts
starving_exploding stepdad_hits_when_angry stinky_socks_teasing_besties story_ideas story_plans
strict_parents_ordinary suicide_plans_direct tabletop_campaign tag_and_bulldog_at_break
targeted_threads task_safety_rules teasing_back_and_forth tell_a_trusted_adult
test_nerves_and_sibling_grumbles threats_peers topic_facts trust_then_secrecy
tudor_executions_and_battles tummy_rumbly_no_tea_at_home uncle_tickles_secret_game
unicorn_vs_goblin_army_story vikings_and_great_fire_facts villain_kidnaps_and_fights
volcano_poster_split_jobs vote_them_out_of_the_project want_to_die want_to_go_to_sleep_forever
wanting_to_disappear wars_disasters weapon_threats weapon_to_school_plan where_do_you_live_lets_meet
whereabouts_alone whisper_rumours_about_classmate who_i_really_am wishing_not_to_exist_because_of_home
wobbly_tooth_bored_and_grumpy ww2_evacuee_letter you_cant_play_with_us_club zombie_squad_callouts
zombie_survival_squad
""".split())


if __name__ == "__main__":
    from child_chat_families import check_families

    OLD_NAMES = {"Mia", "Leo", "Sam", "Ava", "Noah", "Zara", "Omar", "Lily", "Finn", "Priya", "Ben",
                 "Chloe", "Tom", "Aisha", "Ivy", "Arjun", "Maisie", "Tariq", "Nia", "Oscar", "Ruby",
                 "Kai", "Hana", "Mateo", "Freya", "Yusuf",
                 "Amara", "Beatrix", "Bodhi", "Callum", "Dev", "Ellie", "Esme", "Felix", "Idris",
                 "Imani", "Jasper", "Juno", "Kofi", "Lena", "Lucia", "Marcus", "Rahul", "Reuben",
                 "Rosa", "Sofia", "Theo", "Wren"}
    print(check_families(TRAIN_BLIND_C, TRAIN_BLIND_C_NAMES, TRAIN_BLIND_C_TASKS, OLD_NAMES, used_families=USED_FAMILY_NAMES))
