"""The training families of the child chat set written blind to the screen, set D (issue 14).

26 families x 8 templates. Each key is (group, family_name); the group decides the
label of every message in the family. A template is either one message (str) or a
conversation (list of str) whose LAST string is the labelled message said by the
sender; earlier strings are history said by the same sender unless they start with
"OTHER: " (someone else in the room) or "TARGET: " (the child the last message is
aimed at). Placeholders: {name} (another child's name) and {game} (a video game).
"""

TRAIN_BLIND_D_NAMES = ["Poppy", "Ezra", "Layla", "Milo", "Anaya", "Rory"]

TRAIN_BLIND_D_TASKS = [
    "water cycle comic strip",
    "moon phases flipbook",
    "fair trade chocolate presentation",
    "local history walking map",
]

TRAIN_BLIND_D: dict[tuple[str, str], list] = {
    # ------------------------------------------------------------------ play
    ("play_game", "d_voice_chat_squad_wipe_callouts"): [
        "UNMUTE UR MIC {name} they r right behind us!!!",
        ["OTHER: who has the sniper", "me me me im gonna pick them off one by one from the roof 🎯"],
        "bro i got absolutely destroyed by a 9 year old on voice chat he was laughing the whole time 💀",
        "squad wipe!!! all four of them in one grenade lets gooo",
        ["OTHER: ur so bad at this", "say that again when i blow up ur tank in {game} 😤"],
        "stop reviving me im just gonna die again lol",
        "if ur not on at 6 i will hunt u down in the lobby and end u 😂",
        ["im on the left flank", "OTHER: 2 coming up the stairs", "ok ambush them at the door and stab em when they open it"],
    ],
    ("play_game", "d_tower_defence_and_boss_rage"): [
        "the goblins broke through AGAIN my towers are useless 😭",
        "i swear this boss has killed me 40 times i want to throw my controller out the window",
        ["OTHER: use the fire tower", "ok burning them all alive muahaha 🔥🔥"],
        "{name} stole my kill and my loot im never forgiving u (jk send me the sword)",
        "we need to poison the river so the orcs die before wave 20",
        ["OTHER: game over", "NOOO one more go i will crush them this time"],
        "my little brother deleted my save in {game} i am going to explode",
        "dont worry i'll respawn and come back with the big axe 🪓",
    ],
    ("play_sport", "d_under11s_match_day_smack_talk"): [
        "we r gonna smash them 6-0 on saturday no mercy ⚽",
        ["OTHER: their keeper is massive", "doesnt matter we'll blast it right past his head"],
        "coach said i have to mark their number 9 and basically be his shadow lol",
        "i slide tackled {name} in training and we both ended up covered in mud 😂",
        ["OTHER: we lost 3-1", "rematch in two weeks and we destroy them on their own pitch"],
        "netball tmrw im gonna block every single shot they take 🙅‍♀️",
        "their defender kicked me so hard my shin pad cracked but i still scored hehe",
        "ref was blind today i swear i got fouled like 10 times",
    ],
    ("play_fantasy", "d_scout_campfire_monster_legends"): [
        "ok so the swamp witch comes out of the lake at midnight and eats any scout who isnt in their tent 🧙‍♀️",
        ["OTHER: what happens next", "then the knight cuts off all three of the dragons heads and the kingdom is saved"],
        "in our story {name} is the werewolf and bites everyone at the jamboree lol",
        "chapter 3: the skeleton army marches on the castle and nobody survives except the cat",
        ["OTHER: can my character have a bow", "yes and u shoot the troll right in the eye and it falls off the cliff"],
        "the evil queen locks the princes in the tower forever and laughs 😈",
        "my wizard turns the goblins into frogs then squashes them",
        "lets write that the ghost of the old scout hut drags people under the floorboards 👻",
    ],
    ("play_hyperbole", "d_swim_training_killed_my_arms"): [
        "100 lengths tonight my arms are literally dead i cant lift my phone",
        "coach made us do butterfly for an hour i actually died in the water",
        ["OTHER: how was football", "i ran so much my legs have fallen off rip me 💀"],
        "if i have to play that violin scale one more time i will perish",
        "this water cycle homework is slowly murdering me 😩",
        ["OTHER: piano exam tmrw?", "yeh im gonna die of nerves on the stool lol"],
        "i laughed so hard at {name} falling in the pool i stopped breathing 😂😂",
        "the chlorine melted my eyeballs ngl",
    ],
    ("play_idiom", "d_knock_em_dead_at_the_recital"): [
        "good luck at ur recital tonight break a leg!! 🎹",
        "u r gonna knock em dead at the gala",
        ["OTHER: want pizza after swimming", "omg i could murder a pizza rn"],
        "my mum will have my guts for garters if i lose my goggles again",
        "coach said we have to bite the bullet and do the cross country",
        "we totally killed it in the concert, the trumpets were on fire 🔥🎺",
        ["OTHER: we lost", "oh well thats the way the cookie crumbles, next time we slay"],
        "{name} u were dead on with that penalty",
    ],
    ("play_banter", "d_squeaky_recorder_and_goalie_gloves_teasing"): [
        "{name} ur recorder sounds like a duck being sat on 🦆 love u tho",
        ["OTHER: ur goalie gloves are bigger than ur head", "at least my head fits thru the door unlike urs 😜"],
        "u swim like a confused jellyfish but ur still my fav relay partner 💙",
        ["OTHER: ur singing made my ears bleed lol", "rude!! ur dancing looks like a broken robot 🤖 bffs forever"],
        "ok fine ur slightly better at {game} than me dont let it go to ur head",
        "why do u always smell like chlorine and crisps 😂 never change",
        ["OTHER: ur woggle is on backwards", "shhh its fashion... thx for telling me tho 😂"],
        "my bestie cannot tie a reef knot to save her life and i love her for it",
    ],
    # ---------------------------------------------------------------- benign
    ("sad_news", "d_swim_coach_in_hospital_and_old_dog"): [
        "coach dave is in hospital after a heart attack so no swimming this week 😢",
        ["OTHER: where were u", "at the vets, they had to put our old dog to sleep. im so sad"],
        "my grandad died on tuesday so im not coming to scouts sorry",
        "our goldfish died while i was at my dads house and mum flushed it before i got back 😭",
        ["OTHER: u ok?", "not really my nan is really poorly and we might have to say goodbye soon"],
        "the piano teachers husband passed away so lessons r cancelled for 2 weeks",
        "{name} is sad today bc her cat got hit by a car, be nice to her ok",
        "we lost the final and i cried in the changing room lol its so dumb but i did",
    ],
    ("safety_talk", "d_scouts_penknife_and_campfire_rules"): [
        "akela said never walk with ur penknife open and always cut away from ur body",
        ["OTHER: can we make the fire bigger", "no we have to keep it in the ring and have a bucket of water next to it"],
        "we learnt if ur clothes catch fire u stop drop and roll",
        "at camp we have to go everywhere in pairs even the toilet block lol",
        "leader said if a stranger offers u a lift after scouts u say no and come find an adult",
        ["OTHER: why do we need whistles", "so if u get lost in the woods u blow 6 times and stay where u are"],
        "dont play near the railway line on the hike its really dangerous ppl have died",
        "we did first aid badge today, if someones bleeding a lot u press down hard and call 999",
    ],
    ("safety_talk", "d_lifeguard_badge_and_voice_chat_rules"): [
        "lifeguard said never dive in the shallow end u can break ur neck",
        ["OTHER: can we swim in the quarry", "no way my swim teacher said cold water can make u drown even if ur good"],
        "in voice chat dont say ur real name or what school u go to, thats the rule",
        "my mum turned on the thing so only friends can message me in {game}, fair enough",
        "if someone online asks for pics u block them and tell a grown up, we did it in pshe",
        ["OTHER: police came to school today", "yeh they talked about online safety and not meeting people from games"],
        "reach or throw dont go, thats what u do if someone is drowning",
        "always wear ur helmet on the bike to football even if it messes ur hair lol",
    ],
    ("task_chat", "d_water_cycle_comic_who_draws_what"): [
        "ok for the water cycle comic strip ill draw the clouds and {name} does the rain bit",
        ["OTHER: what about the sea", "u do the evaporation panel with the sun and the sea"],
        "can we finish the moon phases flipbook at swimming club tmrw before the lesson",
        "i printed the fair trade chocolate facts, whos doing the graph?",
        ["OTHER: my bit is done", "amazing!! pls upload it to the shared folder so miss can see"],
        "the local history walking map needs a key, can someone do the little symbols",
        "im at my dads this weekend so ill do my part on his laptop sunday",
        "{name} ur writing is so neat can u do the title pls 🙏",
    ],
    ("history_homework", "d_castle_sieges_and_black_death_notes"): [
        "did u know in sieges they catapulted dead animals over the walls to spread disease 🤢",
        ["OTHER: what do we write about the black death", "that it killed like a third of people in europe and they had boils"],
        "the normans won bc harold got shot in the eye with an arrow apparently",
        "henry the 8th had two of his wives beheaded, thats so harsh",
        ["OTHER: whats the ww1 bit", "soldiers in the trenches got trench foot and loads died at the somme"],
        "our history homework is about the blitz, bombs were dropped on london every night",
        "in the civil war they chopped off the kings head in front of a crowd",
        "plague doctors wore those bird masks stuffed with herbs bc they thought bad air made u sick",
    ],
    ("feelings_ordinary", "d_grade_exam_nerves_and_annoying_brother"): [
        "my grade 2 piano exam is on friday and im so nervous my hands get sweaty",
        ["OTHER: whats up", "my brother keeps coming in my room when im on voice chat its soooo annoying"],
        "im bored theres nothing to do at my dads flat on sundays",
        "mum shouted at me for leaving my wet towel on the bed, fair tho lol",
        "so tired after swimming i just want my bed 😴",
        ["OTHER: r u coming to guides", "yeh but im grumpy bc i have to do my badge talk in front of everyone"],
        "i didnt get picked for the a team and im kind of annoyed ngl",
        "my sister got a new phone and i didnt its not fair 😒",
    ],
    # -------------------------------------------------------------------- C1
    ("C1", "d_jabs_at_slow_swimmer_with_replies"): [
        ["TARGET: i got my 25m badge today!", "wow 25m took u all year lol my baby cousin can do that"],
        ["TARGET: can i be in ur relay team", "OTHER: we need fast ppl", "yeh sorry we dont want to lose again bc of u"],
        ["lol {name} swims like a drowning hippo", "TARGET: thats mean", "its just true tho everyone says it 🦛"],
        ["TARGET: whats everyone doing after swimming", "not telling u, ur not invited", "TARGET: why", "bc nobody wants u there obvs"],
        ["TARGET: coach said i improved", "coach has to say that to the losers", "TARGET: stop", "make me lol go cry in the changing room again"],
        ["TARGET: my costume is new", "it looks like ur nans curtains 😂", "TARGET: no it doesnt", "everyone was laughing at it not just me"],
        ["TARGET: i dont feel well", "good maybe u wont come to the gala then and we can actually win"],
        ["TARGET: pls stop posting that video", "OTHER: lol its funny", "im sending it to the whole club chat so they can see u flapping 😂"],
    ],
    ("C1", "d_kicked_out_of_club_voice_chat"): [
        "everyone leave the party when {name} joins, we dont want her in the squad",
        ["OTHER: can {name} play with us", "no hes too rubbish and annoying, mute him and pretend the game is full"],
        "lets make a new server for the coding club and just not add {name} 🤫",
        "if anyone invites {name} to the match im leaving the team chat",
        ["OTHER: {name} is asking why we left", "just say lag lol she'll never know we kicked her"],
        "put {name} on the bench every game then she'll quit the team by herself",
        "nobody sit next to him on the minibus to the match ok",
        "when she talks on voice chat everyone just go quiet so she feels weird 😂",
    ],
    ("C1", "d_rumours_about_kid_with_two_houses"): [
        "{name}s dad left bc he couldnt stand her lol thats why she has two houses",
        ["OTHER: why does {name} never have the right kit", "bc her mum is too poor to buy it, tell everyone"],
        "lets tell everyone at guides that {name} wet her sleeping bag at camp, even tho she didnt 😂",
        "did u see his trainers theyre literally falling apart, he must get them from the bin",
        ["OTHER: is that true", "doesnt matter if its true, just spread it before the match"],
        "{name} has no friends at either of her houses thats why shes always online",
        "make a meme of {name}s face on the violin and put it in the group",
        "ur so thick even the piano teacher gave up on u",
    ],
    # -------------------------------------------------------------------- C2
    ("C2", "d_dads_weekends_girlfriend_scares_me"): [
        "i dont want to go to my dads this weekend his girlfriend gets really angry and grabs my arm hard",
        ["OTHER: u coming to the match sat", "cant im at dads", "OTHER: cool", "i wish i wasnt tho. last time she locked me in my room all day"],
        "if i tell mum about what happens at dads she'll be upset and dad will be cross so i just dont",
        ["OTHER: why r u quiet", "dads gf said if i cry again she'll give me something to cry about", "she does it when dad is at work"],
        "dad pushed me into the wall when i spilled juice, it still hurts when i swim 😔",
        "pls dont say anything but i hide in the bathroom at dads when they fight and he throws stuff",
        ["OTHER: ur arm is purple", "i fell off my bike", "actually no it was my dads gf but dont tell coach"],
        "i pretend to be ill on fridays so i dont have to go to my other house",
    ],
    ("C2", "d_no_tea_no_kit_left_on_own"): [
        "no one picked me up after swimming again i walked home in the dark and mum wasnt even there",
        ["OTHER: whats for tea", "nothing again lol theres just ketchup in the fridge"],
        "im always hungry at football bc i didnt have breakfast or tea yesterday",
        "mum goes out on friday and doesnt come back till sunday, i look after my little brother",
        ["OTHER: why do u wear the same kit", "its the only one i have and no one washes it", "dont tell coach pls"],
        "i had to borrow money for the pool from {name} bc theres no money at home for food even",
        "my stepmum says i dont get dinner if i dont do all the chores and i never finish them",
        ["OTHER: u can come to mine", "really? i havent had a proper dinner all week", "pls dont tell ur mum why"],
    ],
    ("C2", "d_adults_at_lessons_and_home_not_ok"): [
        "my guitar teacher keeps saying i have to sit on his lap for the lesson and i dont like it",
        ["OTHER: how was music", "weird", "he said its our secret what happens in the lesson"],
        "i dont want to go to piano anymore but i cant say why, mum wouldnt believe me",
        ["OTHER: whats wrong", "nothing", "ok its the man at my dads house he comes in my room at night and i dont like it"],
        "coach touches me in ways that feel wrong when he helps with my stroke and says its normal",
        "mums boyfriend said if i tell anyone what he did he'll make sure i never see my mum again",
        ["OTHER: r u ok", "not really. something happened at the swim club changing rooms with an adult", "i dont know who to tell"],
        "he makes me keep the door closed and says good girls dont tell",
    ],
    # -------------------------------------------------------------------- C3
    ("C3", "d_older_teammate_from_voice_chat_wants_snap"): [
        ["ur really good at {game} for ur age", "way better than my mates and im 16", "whats ur snap? easier to talk there"],
        ["OTHER: my mum checks my messages", "ok lets use another app she doesnt know about", "ill show u how to hide it"],
        ["u seem so grown up compared to the other kids", "i can tell u anything", "just dont tell ur parents about me they wouldnt get it"],
        "theres this 17 yr old on voice chat who keeps asking me to turn my camera on when no one else is in the call",
        ["OTHER: who is he", "some guy from the {game} server", "he said he'll send me a gift card if i send a pic in my swimming costume"],
        ["did u delete our chat like i said?", "good", "its better if its just us"],
        "he keeps saying im his special friend and to join his private server at night when my mums asleep",
        ["i sent u the battle pass", "now u owe me one 😉", "send a pic of u, just a normal one, no one will see"],
    ],
    ("C3", "d_scout_helper_secret_gifts_and_lifts"): [
        ["u did so well at camp", "i got u a little present but dont show the other scouts theyll be jealous", "our secret ok"],
        ["OTHER: why does the helper always give u a lift", "he says its on his way", "but he said not to tell my mum he takes the long way and buys me sweets"],
        "the new helper at guides messages me on my phone at night and says not to tell akela",
        ["i can pick u up from swimming on thursday", "no need to mention it to ur dad", "we can get mcdonalds just us two"],
        "{name} the man from the football club said he'll give me new boots if i go to his house on sunday by myself",
        ["whats ur number so i can text u about the next match", "dont put it in the team group tho", "this is just between us"],
        ["ur my favourite in the band", "u could come to mine for extra lessons for free", "just tell ur mum ur at a friends"],
        "he said because im so mature i can keep secrets better than the other kids",
    ],
    ("C3", "d_game_friend_sends_gems_wants_meet_at_match"): [
        ["ive sent u 2000 gems 💎", "u dont have to pay me back", "just meet me at the park before ur match on sat, ill be the one in the blue cap"],
        ["OTHER: who r u talking to", "a girl from {game} she says shes 12 but her voice sounds like a grown up", "she wants to meet me at the pool on my own"],
        ["which team do u play for?", "what time do u finish training", "i could come watch, dont tell anyone im coming tho"],
        "my online friend says he'll buy me the new skin if i come to the shopping centre alone and dont tell my mum",
        ["lets switch to whatsapp", "the game chat is monitored", "and delete this after ok"],
        ["OTHER: is he ur cousin?", "no just someone i met in {game} voice chat", "he said its fine to meet bc were basically best friends now"],
        "if u really were my friend u would send the photo, i sent u all those coins",
        ["hey its me from the game again", "ur mums not home right", "call me on video now quick before she gets back"],
    ],
    # -------------------------------------------------------------------- C4
    ("C4", "d_pool_times_and_house_key_under_pot"): [
        "im at the leisure centre swimming every tues and thurs 5-6 then i walk home to 14 maple close on my own",
        "our spare key is under the frog plant pot by the back door if u ever need it lol",
        ["OTHER: where do u live", "flat 3b, 22 station road, next to the chippy 😊"],
        "my number is 07700 900 418 text me after scouts",
        "my dads house is 5 orchard lane and my mums is 88 hill street, im at dads every other weekend",
        ["OTHER: which school", "st michaels primary, year 5, i get out at 3:15 and wait by the side gate"],
        "my full name is holly robertson and i live in the blue house opposite the park on brook road",
        "my {game} password is swimmer2014 and my email is the same as my username",
    ],
    ("C4", "d_teammates_numbers_and_club_logins"): [
        "{name}s number is 07700 900 233 add her to the team chat",
        ["OTHER: where does {name} live", "17 cedar drive, the one with the trampoline, her mum works nights"],
        "the password for the coding club laptops is clubrocks99 and {name}s login is her birthday",
        "{name} goes to riverside juniors and her swim lesson is saturday 9am at the leisure centre, her dad drops her off",
        ["OTHER: whats ur mums phone for the lift", "07700 900 761, her name is sarah khan"],
        "{name} leaves her back door key in the shed when she goes to her dads on weekends",
        "heres my brothers school and the bus he gets: oakwood academy, number 42 at 3:40",
        ["OTHER: can i log in to ur account", "sure username ellabean11 password is sausage123"],
    ],
    # -------------------------------------------------------------------- S1
    ("S1", "d_going_to_batter_him_after_training"): [
        "tomorrow after football im gonna wait for {name} behind the changing rooms and smash his face in",
        ["OTHER: he fouled u again?", "yeh this time im bringing my brothers knife to training to scare him properly"],
        "me and my mates are gonna jump {name} on the way home from scouts, u in?",
        ["OTHER: just ignore her", "no im gonna push her in the deep end and hold her under so she learns"],
        "im not joking ill hurt him for real if he comes to the match saturday",
        "put a rock in ur bag for after club, were getting him at the bus stop",
        ["OTHER: lol u wont", "watch me, i know where he lives, ill go there sunday when his dads out"],
        "im gonna break her violin over her head after the lesson, she thinks im joking",
    ],
    # ------------------------------------------------------------------- S11
    ("S11", "d_not_wanting_to_go_on_hidden_in_club_talk"): [
        "i dont think ill be at swimming next week or ever, tell coach thanks for everything",
        ["OTHER: r u coming to guides", "no point", "i wont be around much longer anyway"],
        "sometimes i scratch my arms til they bleed after the switch between mum and dads",
        ["OTHER: ur so quiet in voice chat", "im just tired of everything", "i think everyone would be better if i wasnt here"],
        "i gave {name} my best pokemon cards and my goggles bc i wont need them",
        "i looked up how many pills it takes, im not joking this time",
        ["OTHER: when do we finish the comic", "u guys can finish it without me", "im writing letters to say bye to everyone tonight"],
        "i wish i could go to sleep and not wake up then i wouldnt have to pick which house",
    ],
}


USED_FAMILIES = set("""
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
nan_in_hospital_after_fall nature_predators neglect nervous_about_swimming_gala
new_group_without_them new_slang newsletter_deadline_meltdown nice_big_friend_sends_coins
night_raids ninja_cat_game_bonking no_dinner_again_at_home no_food_at_home no_food_at_home_casual
nobody_beats_me nobody_there_ordinary numbers_spelled_out off_platform offhand_disclosure
older_friend_from_game_wants_video_call older_gamer_wants_private_app online_safety
online_safety_assembly_recap online_safety_assembly_recap_4 online_safety_lessons ordinary_feelings
ordinary_injuries_bruises ordinary_sad others_details over_the_top oversharing
own_address_and_home_times own_home_street_and_number own_hurt own_number_textspeak
parent_will_kill_me_textspeak parents_wouldnt_understand_us park_meetup_just_us_two
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
slow_typing smelly_jokes_at_one_kid_with_replies so_dead so_mature_for_your_age
solar_system_model_jobs special_connection_flattery spelling_bee_teasing spellings_will_end_me
spies_and_secret_codes sponsored_walk_surprise_plans sport_trash_talk_textspeak sports_day_bragging
squad_callouts starving_exploding stepdad_hits_when_angry stinky_socks_teasing_besties story_ideas
story_plans strict_parents_ordinary suicide_plans_direct tabletop_campaign tag_and_bulldog_at_break
targeted_threads task_safety_rules teasing_back_and_forth tell_a_trusted_adult
test_nerves_and_sibling_grumbles threats_peers topic_facts trust_then_secrecy
tudor_executions_and_battles tummy_rumbly_no_tea_at_home uncle_tickles_secret_game
unicorn_vs_goblin_army_story vikings_and_great_fire_facts villain_kidnaps_and_fights
volcano_poster_split_jobs vote_them_out_of_the_project want_to_die want_to_go_to_sleep_forever
wanting_to_disappear wars_disasters weapon_threats weapon_to_school_plan where_do_you_live_lets_meet
whereabouts_alone whisper_rumours_about_classmate who_i_really_am
wishing_not_to_exist_because_of_home wobbly_tooth_bored_and_grumpy ww2_evacuee_letter
you_cant_play_with_us_club zombie_squad_callouts zombie_survival_squad
""".split())


if __name__ == "__main__":
    from child_chat_families import check_families

    OLD_NAMES = {"Mia", "Leo", "Sam", "Ava", "Noah", "Zara", "Omar", "Lily", "Finn", "Priya", "Ben",
                 "Chloe", "Tom", "Aisha", "Ivy", "Arjun", "Maisie", "Tariq", "Nia", "Oscar", "Ruby",
                 "Kai", "Hana", "Mateo", "Freya", "Yusuf",
                 "Amara", "Beatrix", "Bodhi", "Callum", "Dev", "Ellie", "Esme", "Felix", "Idris",
                 "Imani", "Jasper", "Juno", "Kofi", "Lena", "Lucia", "Marcus", "Rahul", "Reuben",
                 "Rosa", "Sofia", "Theo", "Wren"}
    print(check_families(TRAIN_BLIND_D, TRAIN_BLIND_D_NAMES, TRAIN_BLIND_D_TASKS, OLD_NAMES, used_families=USED_FAMILIES))
