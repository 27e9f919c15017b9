"""The training families of the child chat set written blind to the screen, set E (issue 14).

26 families x 8 templates. Each key is (group, family_name); the group decides the
label of every message in the family. A template is either one message (str) or a
conversation (list of str) whose LAST string is the labelled message said by the
sender; earlier strings are history said by the same sender unless they start with
"OTHER: " (someone else in the room) or "TARGET: " (the child the last message is
aimed at). Placeholders: {name} (another child's name) and {game} (a video game).
"""

TRAIN_BLIND_E_NAMES = ["Poppy", "Harvey", "Anya", "Elliot", "Saanvi", "Malik"]

TRAIN_BLIND_E_TASKS = [
    "river journey map",
    "class novel character diary",
    "castle timeline",
    "holiday brochure",
]

TRAIN_BLIND_E: dict[tuple[str, str], list] = {
    # ------------------------------------------------------------------ play
    ("play_game", "e_youtuber_boss_fight_and_lobby_wipes"): [
        "that youtuber beat the final boss in {game} with just a frying pan im trying it tonight 🍳⚔️",
        ["OTHER: u on after tea?", "ya bring ur best sword we r slaughtering the whole goblin camp"],
        "i got sniped from across the map AGAIN who even is this guy 😤",
        ["OTHER: {name} keeps stealing my kills", "{name} if u take my kill one more time im pushing u off the cliff in {game} lol"],
        "we should film our squad wiping the lobby and post it, we'd go viral fr",
        "my cousin showed me a glitch where u can blow up the whole village with one arrow 💣",
        ["OTHER: the dragon one shot me", "same it burned me to a crisp twice, we need fire potions"],
        "gg ez we destroyed them 15-2 🔥🔥",
    ],
    ("play_sport", "e_cousins_beach_football_on_holiday"): [
        "we played football on the beach vs my cousins and absolutely smashed them 7-1 ⚽🏖️",
        ["OTHER: did u win the rounders", "ya i whacked the ball so hard it nearly hit a seagull lol"],
        "my cousin tackled me into the sand and i ate like half the beach 😂",
        "next summer we r crushing them again no mercy",
        ["OTHER: ur team lost at netball", "we got destroyed but the ref was blind fr 🙄"],
        "{name} ur going DOWN in the swimming race tmrw 🏊",
        "i dived for the ball and smacked my head on the goalpost, still saved it tho 🧤",
        ["OTHER: theyre saying we cant beat them", "they wish, we'll annihilate them on sports day"],
    ],
    ("play_fantasy", "e_class_novel_shipwreck_sea_monster_roleplay"): [
        "ok in our story the kraken grabs the ship and drags captain {name} under the waves 🐙",
        ["OTHER: whats my character do", "ur the pirate queen and u stab the sea witch with a cursed dagger"],
        "lets pretend we r the kids from the class book and we escape the island before the volcano erupts",
        "my knight chops the trolls head off and it rolls into the moat lol 🗡️",
        ["OTHER: the monster is coming", "i cast a fireball and burn its whole lair down 🔥🐉"],
        "what if the ghost in the lighthouse is actually the captain who drowned 👻",
        "the evil king locks everyone in the dungeon and we have to break them out at midnight",
        ["OTHER: can the dragon eat people", "yes but only the bad guys, it ate the whole enemy army for breakfast"],
    ],
    ("play_hyperbole", "e_new_phone_cracked_and_holiday_wifi_dying"): [
        "i dropped my new phone on day 2 mum is literally going to murder me 💀",
        "the wifi on holiday is so bad im actually dying",
        ["OTHER: did u see the new trend", "STOP that video killed me i cant breathe 😂😂"],
        "if my brother touches my tablet again i will explode",
        "my cousin keeps sending me the same tiktok 40 times im gonna lose my mind",
        ["OTHER: ur battery?", "2% i am going to perish"],
        "ive been waiting for this update for like 100 years",
        "the car journey to nanas took 6 hours i aged like 80 years 😩",
    ],
    ("play_hyperbole", "e_book_report_due_tmrw_end_of_me"): [
        "this book report is killing me slowly 😭",
        ["OTHER: how many pages u read", "like 3 chapters my brain has officially died"],
        "if miss makes us read aloud again i will actually dissolve into the floor",
        "geography homework has destroyed my entire soul",
        "i have to learn 20 capital cities by friday im so dead",
        ["OTHER: the spelling test is tmrw", "nooo bury me now honestly"],
        "writing this persuasive letter is torture i want to throw my pencil into space",
        "the dates for the history test are murdering my brain cells 🧠💀",
    ],
    ("play_idiom", "e_english_lesson_idioms_and_sayings"): [
        "we have 10 mins left lets kill time by doing the title in bubble writing",
        "break a leg in ur poem reading tmrw {name}!! 🎭",
        ["OTHER: want pizza after", "omg yes i could murder a pizza rn"],
        "miss said we r in hot water if the map isnt done lol",
        "that question was a piece of cake, dunno why everyone panicked",
        ["OTHER: i forgot the homework again", "ur gonna get it in the neck from sir 😬"],
        "my dad says im skating on thin ice with my screen time",
        "ok lets bite the bullet and just start the essay",
    ],
    ("play_banter", "e_cousins_roasting_each_others_tiktok_dances"): [
        "ur dance in that video looked like a flamingo having a sneeze 😂 love u tho",
        ["OTHER: at least i can do the moves", "u did every move 3 secs late 🤪 ok fine it was kinda good"],
        ["OTHER: ur singing hurts my ears lol", "ur just jealous of my golden voice 🎤😂"],
        "{name} u r the worst at charades in the entire universe and i mean that with love ❤️",
        ["OTHER: ur hair is so messy today", "says the one who looked like a mop on the video call 😜"],
        "best friend but also ur taste in youtubers is TRAGIC 😂",
        ["OTHER: haha ur cat has more followers than u", "ok thats true and honestly deserved 😭😂"],
        "bestie ur jokes r so bad they go all the way round and become funny again",
    ],
    # ---------------------------------------------------------------- benign
    ("sad_news", "e_gran_in_hospital_and_guinea_pig_died"): [
        "my gran is in hospital bc she fell on holiday, mum says shes ok but im worried",
        ["OTHER: where were u today", "my guinea pig died this morning, we buried him in the garden 😢"],
        "my cousins dog got hit by a car and died, shes been crying all day",
        "grandad has to have an operation on his heart next week",
        ["OTHER: u ok?", "not really my nan passed away at the weekend, sorry if im quiet"],
        "my fish died and my little sister thinks hes just sleeping 😔",
        "we cant go on holiday anymore bc my uncle is really ill",
        "the vet said our old cat might not have long left 😿",
    ],
    ("safety_talk", "e_beach_flags_and_new_tablet_settings"): [
        "the lifeguard said only swim between the red and yellow flags, a red flag means danger",
        ["OTHER: i got a new tablet", "make sure ur mum turns on the parental controls and dont put ur real name on ur profile"],
        "on youtube if a comment asks where u live u just block and report it",
        "my dad showed me how to set my tiktok to private so randoms cant message me",
        ["OTHER: someone added me on {game} idk them", "dont accept it and tell a grown up, thats what the police lady said in assembly"],
        "always wear ur helmet when cycling on the holiday trails even if its hot",
        "the hotel had a fire drill and we had to go to the meeting point in our pyjamas lol",
        "mum said if i ever get lost at the theme park find someone who works there with a badge",
    ],
    ("task_chat", "e_river_map_geography_project_split"): [
        "ok for the river journey map who is drawing the source and who is doing the mouth?",
        ["OTHER: i can do the meanders", "cool ill do the waterfall and the delta then"],
        "we need to label the tributaries in blue and the towns in black",
        "{name} can u look up how long the river thames is",
        ["OTHER: is it due monday", "yeah monday, lets finish the key by friday"],
        "i printed the satellite pic for the holiday brochure, its so pretty",
        "should the compass go top right or bottom left?",
        "ive written the bit about erosion can someone check my spellings",
    ],
    ("task_chat", "e_class_novel_character_diary_planning"): [
        "for the character diary im doing the chapter where they run away from the orphanage",
        ["OTHER: which character r u", "im doing the grandma, shes the nicest one"],
        "we need 5 diary entries each, lets split the chapters",
        "{name} did u finish chapter 9? the ending was so sad",
        ["OTHER: what do we write for the feelings part", "put how scared she felt when the storm hit the boat"],
        "miss said we can stain the paper with tea so it looks old",
        "can we do the castle timeline after this or is that next week?",
        "ill bring the book tmrw i left it at my dads",
    ],
    ("history_homework", "e_castle_sieges_and_black_death_homework"): [
        "did u know in sieges they catapulted dead animals over the castle walls to spread disease 🤢",
        ["OTHER: what was the black death", "a plague that killed like a third of people in europe, rats had fleas that carried it"],
        "for the castle timeline i need the date william the conqueror invaded, 1066 right?",
        "they used to pour boiling oil on people climbing the walls, thats so grim",
        ["OTHER: what happened to the traitors", "they got hung drawn and quartered, sir said we dont need to draw it lol"],
        "the battle of hastings ended when harold got shot in the eye with an arrow apparently",
        "the vikings raided monasteries and burned them, thats going on our timeline",
        "plague doctors wore those bird masks stuffed with herbs bc they thought bad air made u sick",
    ],
    ("feelings_ordinary", "e_annoying_little_brother_and_rainy_holiday"): [
        "my little brother keeps singing the same song from tiktok i want to scream",
        "so bored its raining the whole holiday and theres nothing to do",
        ["OTHER: r u ok", "just tired, my sister kept me up snoring lol"],
        "kinda nervous about the geography test tomorrow",
        "mum shouted at me for leaving my wet towel on the bed, fair tho",
        ["OTHER: why r u grumpy", "my cousin got the new phone and i didnt 😒"],
        "i dont want to go back to school after the holidays ugh",
        "my tablet got taken off me for a day bc i was on it at midnight 🙄",
    ],
    # ---------------------------------------------------------------- unsafe
    ("C1", "e_jabs_at_slow_reader_with_replies"): [
        ["TARGET: can i read the next bit", "lol we'll be here till christmas then"],
        ["OTHER: {name}s turn to read", "TARGET: the... the cap-tain...", "omg its like listening to a robot with no battery 🙄"],
        ["TARGET: i finished my page", "wow only took u the whole lesson, baby books next time?"],
        ["TARGET: stop laughing at me", "nobodys laughing AT u lol", "ok we r", "maybe just dont read out loud ever again"],
        ["TARGET: i can do the diary entry", "no offence but we want a good mark, ur spelling is a disaster"],
        ["TARGET: why did u take my name off the slide", "bc ur slow and ull drag us down, just watch"],
        ["TARGET: i did try really hard", "lol try harder then", "everyone in class thinks ur thick btw"],
        ["TARGET: can i sit with u guys at lunch", "tables full 🙂", "it will always be full for u"],
    ],
    ("C1", "e_leaving_out_of_holiday_vlog_group"): [
        "lets make a new group for the holiday vlog without {name} dont tell her",
        ["OTHER: should we add {name}", "no way she ruins every video, just say the group is full"],
        "if {name} asks were not doing the project together anymore, we're doing it on the other chat 🤫",
        "everyone unfollow {name} at the same time itll be so funny",
        ["OTHER: she keeps asking why no one replies", "just leave her on seen forever lol"],
        "nobody actually wants u in this group {name} u just added urself",
        "were all going to the cinema saturday but shh dont mention it in front of {name}",
        "lets vote {name} off the brochure team, she can do it on her own",
    ],
    ("C1", "e_mocking_kids_old_phone_and_family"): [
        "{name} still has a phone from like 1900 lol is ur family too poor for a new one",
        ["OTHER: {name} got new trainers", "fake ones from the market 😂 everyone can tell"],
        "ur mum picks u up in that rusty car every day its so embarrassing",
        "tell everyone {name} got nits on holiday, itll spread round the whole year",
        ["OTHER: stop being mean", "im just saying what everyone thinks, {name} smells like wet dog"],
        "lets make a tiktok copying how {name} talks with the accent 🤣",
        "{name} ur so ugly in the class photo we should crop u out",
        ["OTHER: whos {name} sitting with", "no one bc no one likes her lol"],
    ],
    ("C2", "e_dad_hits_when_school_report_is_bad"): [
        "i cant do bad on the test again last time dad hit me with his belt",
        ["OTHER: whats that on ur arm", "nothing i just fell", "ok its not really from falling"],
        "if i tell my dad i lost the new phone hell go mad and hurt me again",
        ["OTHER: u coming to the park", "cant, got grounded and dad pushed me into the wall, my head still hurts"],
        "i wear long sleeves so miss doesnt see the marks",
        "my mums boyfriend slaps me when mum isnt home, i dont know who to tell",
        ["OTHER: why r u scared of report day", "bc every time its bad i get hit and locked in my room"],
        "please dont say anything but my dad threw a book at me and i have a bruise on my face",
    ],
    ("C2", "e_left_alone_all_holiday_and_no_food"): [
        "my mum went away for the holiday and left me and my brother on our own for 4 days",
        ["OTHER: what did u have for tea", "nothing theres no food again, i had dry cereal"],
        "im so hungry i havent eaten since school lunch yesterday",
        "theres been no one home since friday and the electric ran out",
        ["OTHER: why do u always want my crisps", "bc we dont really get fed at home tbh"],
        "i look after my little sister every night cuz mum is always out and doesnt come back till morning",
        "my clothes are dirty bc no one does the washing and kids laugh at me",
        ["OTHER: did ur mum sign the trip letter", "shes not been back for days, i signed it myself"],
    ],
    ("C2", "e_scared_of_mums_new_partner_at_home"): [
        "i dont like being at home when mums new boyfriend is there he comes in my room at night",
        ["OTHER: u ok? ur quiet", "not rly", "my step dad does stuff i dont like and says its our secret"],
        "he says if i tell mum shell cry and it will be my fault",
        "i lock the bathroom door now bc he keeps walking in when im in there",
        ["OTHER: why dont u want to go home", "bc of him", "hes scary when he drinks and he grabs me really hard"],
        "my uncle touches me in ways i dont like and tells me not to tell anyone",
        "is it normal for a grown up to make u keep secrets from ur mum? he said id get in trouble",
        ["OTHER: sleepover at urs?", "no pls not mine, i hate being there with him"],
    ],
    ("C3", "e_youtuber_fan_account_wants_private_chat"): [
        ["hey its me from the gaming channel u commented on 😊", "ur so much more mature than my other fans", "can we talk on snap instead its more private"],
        ["u seem really smart for 11", "dont tell ur parents we chat tho they wont get it"],
        "i can make u famous on my channel if u send me some pics first 📸",
        ["OTHER: how old r u", "im 15 lol dw", "whats ur whatsapp ill add u"],
        ["i sent u the skins like i promised", "now u owe me one tiny favour 😉", "just a video of u, nobody else will see"],
        "delete our messages after ok? its our little secret",
        ["ur my favourite person to talk to", "do u have ur own room? is ur door shut?"],
        "me and my mates are at the shopping centre sat, come on ur own and ill buy u the new phone case",
    ],
    ("C3", "e_telling_friends_about_older_online_friend"): [
        "theres this guy on tiktok who said hes 16 and he wants me to video call him when my mums asleep",
        ["OTHER: who is ur new friend", "someone from {game}, hes older", "he sends me gift cards and says not to tell anyone"],
        ["OTHER: did u tell ur mum", "no he said shed take my tablet away", "he wants to meet at the park on sunday just us"],
        "he asked me for a pic in my pyjamas is that weird",
        ["OTHER: why did u delete the chat", "he told me to", "he said we should talk on telegram now"],
        "my online friend says im his girlfriend and wants me to keep it secret",
        ["OTHER: whos texting u", "the man from the youtube comments", "he knows what school i go to now and said hed wait outside"],
        "he says hell send me v bucks if i send him a pic of me in my swimsuit from the holiday",
    ],
    ("C3", "e_helper_in_project_room_wants_it_private"): [
        ["OTHER: who wants to work on the holiday brochure", "i can help, im actually a bit older lol", "lets move to discord so the teachers cant see"],
        ["{name} ur really pretty in ur profile pic", "can u send me another one just for me?"],
        ["hey {name} i bought u the battle pass", "u dont have to pay me back", "just keep it between us ok"],
        "what time do ur parents go to bed? we could chat then",
        ["ur so grown up for ur age", "most people our age are so immature", "wanna meet up at the library saturday? dont bring anyone"],
        ["OTHER: why do u want to go private", "just easier 😊", "{name} add me on my other account, the one my mum doesnt know about"],
        "if anyone asks say im ur cousin",
        ["i trust u more than anyone", "send me ur address and ill post u a surprise 🎁"],
    ],
    ("C4", "e_own_address_and_phone_for_holiday_postcards"): [
        "send me a postcard!! my address is 14 maple close, hatfield al10 9pt",
        ["OTHER: whats ur number", "07700 912 345 text me after 4"],
        "im at st marys primary in year 5, we get out at 3:15 and i walk home on my own down park road",
        "my full name is lola jane harris and i live above the chip shop on the high street in ashford",
        "the spare key is under the blue plant pot by our back door if u come round",
        ["OTHER: where r u going on holiday", "my nans, 22 seaview road whitby, were there all august so our house is empty lol"],
        "my mums mobile is 07911 123456 if u need to reach me",
        "my email is harvey.m2014@gmail.com and my password is harvey2014 lol",
    ],
    ("C4", "e_classmates_number_and_tablet_passcode"): [
        "{name}s number is 07822 456 789, i got it off the class trip list",
        ["OTHER: where does {name} live", "number 8 elm street, the one with the red door next to the park"],
        "my tablet passcode is 4682 if anyone wants to go on it lol",
        "heres {name}s tiktok login: bookworm_11 password sunflower99",
        ["OTHER: whats {name}s real name", "its sophie khan, she goes to oakfield primary in class 6b"],
        "{name}s mum works nights so shes home alone from 7 at 3 fern lane",
        "my brothers snapchat password is liverpool2012 dont tell him i told u 😂",
        ["OTHER: how do i get on ur ipad", "the code is my birthday 120314 and the apple id is my mums email"],
    ],
    ("S1", "e_going_to_batter_him_after_school_for_real"): [
        "tmrw after school im waiting behind the sports hall and im gonna smash {name}s face in for real",
        ["OTHER: lol in {game}?", "no not in the game, in real life, hes getting it"],
        "im bringing my dads knife in my bag tomorrow so {name} stops messing with me",
        ["OTHER: chill its just a book report", "he ripped up my work, im gonna punch him till he bleeds at home time"],
        "me and my cousins r gonna jump {name} on the way home from school, hes walking alone",
        "ill push her down the stairs on monday and make it look like an accident",
        ["OTHER: ur joking right", "no im serious", "i know where he lives and im gonna throw bricks through his window"],
        "if {name} tells on me again ill hurt her so bad she wont come back to school",
    ],
    ("S11", "e_not_wanting_to_wake_up_hidden_in_chat"): [
        "sometimes i wish i could go to sleep and not wake up",
        ["OTHER: whats the date for the timeline", "1348 i think", "also doesnt matter i wont be here for the presentation anyway"],
        "i hurt myself with the compass from my pencil case again so i dont feel as bad",
        ["OTHER: u ok?", "not really", "i wrote notes for everyone saying goodbye"],
        "everyone would be better off without me tbh",
        "i looked up how many pills it takes, dont tell anyone",
        ["OTHER: lol ur so dramatic", "no im serious i really dont want to be alive anymore"],
        "if i disappear please look after my hamster for me",
    ],
}


if __name__ == "__main__":
    from child_chat_families import check_families

    OLD_NAMES = {"Mia", "Leo", "Sam", "Ava", "Noah", "Zara", "Omar", "Lily", "Finn", "Priya", "Ben",
                 "Chloe", "Tom", "Aisha", "Ivy", "Arjun", "Maisie", "Tariq", "Nia", "Oscar", "Ruby",
                 "Kai", "Hana", "Mateo", "Freya", "Yusuf",
                 "Amara", "Beatrix", "Bodhi", "Callum", "Dev", "Ellie", "Esme", "Felix", "Idris",
                 "Imani", "Jasper", "Juno", "Kofi", "Lena", "Lucia", "Marcus", "Rahul", "Reuben",
                 "Rosa", "Sofia", "Theo", "Wren"}
    OLD_TASKS = {t.lower() for t in (
        "Build a castle in Minecraft", "Design a new playground for the school",
        "Design a poster for the school science fair", "Design a robot that helps at home",
        "Egyptian pyramid model", "Invent a board game", "Invent a new sport",
        "Make a poster about keeping the river clean", "Make a slideshow about endangered animals",
        "Organise a sponsored walk for the animal shelter", "Plan a class quiz",
        "Plan a class trip to the museum", "Plan a school garden", "Tudor family tree",
        "Why do plants need light?", "Write a class newsletter about the school trip",
        "Write a fantasy story together", "Write a spooky story for Halloween", "bake sale plan",
        "bug hotel build", "class assembly script", "class time capsule", "healthy lunchbox menu",
        "rainforest diorama", "recycling campaign leaflet", "school podcast episode",
        "solar system model", "stop-motion dinosaur film", "volcano poster", "weather diary chart",
        "weather station logbook")}
    USED_FAMILIES = set("""
        address_school afraid_of_parents_partner after_school_for_real animal_care_safety appearance
        asking_details asking_for_another_childs_details asking_jack
        asking_where_classmate_lives_and_logins b_basketball_court_trash_talk
        b_classmate_login_and_mums_card b_dad_drinks_and_shouts_hinted
        b_discord_mentor_move_to_other_app b_fake_nice_sarcasm_and_screenshots
        b_first_aid_badge_and_fire_drills b_flattery_and_meetup_at_shopping_centre
        b_group_chat_ratio_wars b_homework_is_literally_killing_me b_idioms_in_group_chat_slang
        b_lowkey_done_with_everything b_mocking_religion_and_hearing_aid b_nan_funeral_and_missing_cat
        b_ngl_stressed_about_sats b_no_food_and_locked_out_hinted b_older_gamer_vbucks_for_pics
        b_own_address_and_walk_home_times b_ranked_match_rage_and_trash_talk
        b_real_plan_to_hurt_kid_at_bus_stop b_roasting_each_others_music_taste
        b_running_jabs_at_quiet_kid_with_replies b_someone_touching_hesitant
        b_stop_motion_film_editing_chaos b_time_capsule_project_deadline
        b_trenches_and_great_fire_revision b_werewolf_campaign_group_chat bad_day
        bake_sale_stall_planning base_raid_bragging battle_roleplay battle_royale_last_circle
        behind_the_portacabins_plan best_mates_roasting_drawings bff_nickname_teasing
        bike_helmet_and_stranger_lessons board_game_rules books_films bored_tired_and_grumpy_days
        break_a_leg_before_assembly break_a_leg_school_play bruises_explained_away
        bug_hotel_who_brings_what call_me_when_youre_alone characters_dying_in_story
        cheering_up_a_friend classmates_number_and_parents_card come_to_my_other_app_hidden
        comebacks_between_friends comic_plot_twists compliments cruel_remarks cyber_mocking
        daddy_gets_cross_bumps dead_laughing_textspeak deadly_animals delete_this_its_our_secret
        destroy_them details_across_messages died_and_killed_textspeak died_in_game
        dinosaur_stomp_pretend direct_lures disclosure_across_messages disclosure_hidden_in_task_talk
        disclosure_unfolding dodgeball_in_pe dodgeball_netball dodgeball_rematch_trash_talk
        dont_tell_its_a_surprise dont_want_to_be_here_anymore dragon_kingdom_roleplay
        dragon_kingdom_roleplay_4 dragon_story dying_laughing elsewhere_invites embarrassment
        empty_fridge_and_no_grownups everyday_moods exclusion family_illness family_news fight_sport
        fire_and_road flattery_age food_cravings football_tournament_trash_talk
        free_gems_for_a_photo_and_meetup freeze_out friend_fallout friendly_rivalry friendly_threads
        game_weapons garden_river getting_even_with_a_real_kid gift_card_for_photos
        go_away_quit_the_group goldfish_gone_and_poorly_auntie gonna_hurt_him_for_real_tomorrow
        grandads_dog_put_down green_cross_and_pool_rules grooming_sequence group_chat_cruelty
        group_decisions gruesome_history hamster_and_grandad_news handles_to_chat_privately
        harmless_personal hate_ordinary_things hate_this_level_hyperbole haunted_castle_story_monsters
        hiding_when_mums_boyfriend_shouts history_violence_textspeak hit_and_hurt_in_sport
        home_alone_for_a_bit home_alone_safety_tips home_everyday home_hints home_hurt_indirect
        home_life_lookalikes home_ordinary hometime_threats hopeless horde_wiped_out
        hurt_at_home_mentioned_in_passing idioms_body idioms_everyday idioms_hit_hurt_die idioms_more
        idioms_violence im_going_to_get_you indirect_goodbyes insult_worthless internet_rules_chat
        intimidation inviting_someone_in jabs_at_new_kid_across_messages jk_teasing
        kart_racing_rage_and_rematches kill_the_boring kill_two_birds_and_other_sayings killed_the_boss
        killing_me lag_and_respawn laughing_at_disability leave_out_quietly
        leaving_out_of_party_and_chat left_alone_for_days left_home_alone_for_days
        lesson_on_personal_info lets_move_to_a_private_app location_and_full_names
        locked_out_or_locked_in logistics losses_and_changes lunch_teasing lures_and_favours
        made_up_addresses_in_stories marks_from_home_explained_away match_reports mates_roasting
        mature_for_your_age_secret_chats mean_notes_about_glasses_and_mum meet_and_secret_in_group_work
        meet_at_secret_base_in_game meet_at_the_sweet_shop_alone meet_gifts mocking_being_poor
        mocking_looks_and_body mocking_poor_kids_clothes mocking_voice_and_accent
        mocking_voice_note_pileon move_to_private_app_and_delete mum_will_kill_me
        mum_will_kill_me_exaggerations mums_card_numbers_for_skins murdering_me
        my_house_is_number_and_road nan_in_hospital_after_fall nature_predators neglect
        nervous_about_swimming_gala new_group_without_them new_slang newsletter_deadline_meltdown
        nice_big_friend_sends_coins night_raids ninja_cat_game_bonking no_dinner_again_at_home
        no_food_at_home no_food_at_home_casual nobody_beats_me nobody_there_ordinary
        numbers_spelled_out off_platform offhand_disclosure older_friend_from_game_wants_video_call
        older_gamer_wants_private_app online_safety online_safety_assembly_recap
        online_safety_assembly_recap_4 online_safety_lessons ordinary_feelings
        ordinary_injuries_bruises ordinary_sad others_details over_the_top oversharing
        own_address_and_home_times own_home_street_and_number own_hurt own_number_textspeak
        parent_will_kill_me_textspeak parents_wouldnt_understand_us park_meetup_just_us_two
        passwords_and_codes_in_puzzles passwords_handles peer_coercion pet_died pets_passing
        phone_email photo_and_video_requests_in_chat photos_for_the_project physical_abuse
        pictures_requests pile_on pile_on_after_crying_in_class pile_on_with_replies pirates_monsters
        plague_and_blitz_facts playful_insults_between_friends playground_ideas playground_safety
        please_dont_tell_about_home pompeii_and_gladiator_fights poster_teamwork
        praise_thread_about_one_kid project_bits put_down_and_punished_at_home pvp_trash_talk
        pyramid_model_glue_and_jobs quest_night quiet_despair quiz_questions race_win
        raiding_enemy_base_in_game raining_cats_and_dogs_lol real_harm_plans
        real_revenge_plan_after_school rematch_revenge repeated_digs_at_one_kid repeated_jibes
        revenge_plan_across_messages robux_and_skins_for_secrecy room_chitchat
        rumours_and_threats_of_lies sad_news_textspeak sayings_and_slang scared_of_home
        scared_to_go_home_after_school scary_dream school_feelings school_name_and_class
        school_trip_safety science_fair_poster_split science_questions science_safety
        science_test_dread_hyperbole secrecy secret_harm secret_hideouts_in_stories
        secret_meetup_in_real_life secrets_in_play self_harm_hidden_in_task_talk self_harm_textspeak
        self_injury sexual_abuse_disclosure sharing_own_contact_and_address
        sharing_own_number_and_address sharing_passwords_and_logins shoot_score shot_in_game
        shut_out_across_messages skins_for_pics_and_keep_quiet slang_fire slang_praise_textspeak
        slideshow_group_freeze_out slow_charm slow_typing smelly_jokes_at_one_kid_with_replies so_dead
        so_mature_for_your_age solar_system_model_jobs special_connection_flattery spelling_bee_teasing
        spellings_will_end_me spies_and_secret_codes sponsored_walk_surprise_plans
        sport_trash_talk_textspeak sports_day_bragging squad_callouts starving_exploding
        stepdad_hits_when_angry stinky_socks_teasing_besties story_ideas story_plans
        strict_parents_ordinary suicide_plans_direct tabletop_campaign tag_and_bulldog_at_break
        targeted_threads task_safety_rules teasing_back_and_forth tell_a_trusted_adult
        test_nerves_and_sibling_grumbles threats_peers topic_facts trust_then_secrecy
        tudor_executions_and_battles tummy_rumbly_no_tea_at_home uncle_tickles_secret_game
        unicorn_vs_goblin_army_story vikings_and_great_fire_facts villain_kidnaps_and_fights
        volcano_poster_split_jobs vote_them_out_of_the_project want_to_die want_to_go_to_sleep_forever
        wanting_to_disappear wars_disasters weapon_threats weapon_to_school_plan
        where_do_you_live_lets_meet whereabouts_alone whisper_rumours_about_classmate who_i_really_am
        wishing_not_to_exist_because_of_home wobbly_tooth_bored_and_grumpy ww2_evacuee_letter
        you_cant_play_with_us_club zombie_squad_callouts zombie_survival_squad
    """.split())

    assert all(f.startswith("e_") for _, f in TRAIN_BLIND_E), [f for _, f in TRAIN_BLIND_E]
    print(check_families(TRAIN_BLIND_E, TRAIN_BLIND_E_NAMES, TRAIN_BLIND_E_TASKS, OLD_NAMES, used_families=USED_FAMILIES, used_tasks=OLD_TASKS))
