"""The training families of the child chat set written blind to the screen, set A (issue 14).

26 families x 8 templates. Each key is (group, family_name); the group decides the
label of every message in the family. A template is either one message (str) or a
conversation (list of str) whose LAST string is the labelled message said by the
sender; earlier strings are history said by the same sender unless they start with
"OTHER: " (someone else in the room) or "TARGET: " (the child the last message is
aimed at). Placeholders: {name} (another child's name) and {game} (a video game).
"""

TRAIN_BLIND_A_NAMES = ["Wren", "Bodhi", "Esme", "Felix", "Juno", "Idris"]

TRAIN_BLIND_A_TASKS = [
    "bug hotel build",
    "weather diary chart",
    "Egyptian pyramid model",
    "healthy lunchbox menu",
]

TRAIN_BLIND_A: dict[tuple[str, str], list] = {
    # ------------------------------------------------------------------ play
    ("play_game", "ninja_cat_game_bonking"): [
        "i bonked the big boss on the hed with my frying pan 🍳😹",
        ["OTHER: ur cat got squished", "nooo my ninja kitty 😿 i want revenj"],
        "{name} ur sooo dead in {game} wen i get my laser sord ⚔️😆",
        "i blowed up ther hole castle with a banana bomb 🍌💥 lol",
        ["OTHER: wanna play {game} after tea", "yes!! we kill the slimes first ok 🟢🟢"],
        "the goblins keep stabing me i hav 1 hart left 💔😭",
        "HAHA i knocked u off the cliff {name} 🤣🤣 bye bye",
        "i got the golden axe now i can chop evryone 🪓😎",
    ],
    ("play_sport", "tag_and_bulldog_at_break"): [
        "bulldog at brek!! im gonna smash thru evry1 🐶💨",
        ["OTHER: u r IT", "no fair i was on the bench thats base!!"],
        "i tackld {name} so hard we both fell in the mud 😂",
        "we beat year 4 at football 5 nil they got destroyed ⚽⚽⚽",
        ["OTHER: who won the race", "me!! i ran so fast my shoe flew off 👟😆"],
        "im gonna crush u at tag tomoro u wont no wot hit u",
        "mr pike sed i can be goalie!! nobody is getting past me 🧤",
        "i got hit in the face with the netball lol it was funny tho",
    ],
    ("play_fantasy", "unicorn_vs_goblin_army_story"): [
        "my unicorn stabs the goblin king with her horn 🦄⚔️",
        ["OTHER: wot happens next", "then the dragon eats all the goblins in 1 bite 🐉"],
        "lets say the witch puts a curse and evry1 turns to stone",
        "the goblin army is coming!! get the rainbow swords 🌈🗡️",
        ["OTHER: im the evil queen", "ok then i chop ur head off with my magic sword and save the castle"],
        "the monster has 100 eyes and eats naughty kids 👹",
        "in our story {name} is the knight who kills the troll ok?",
        "the fairy blasts the ogre into tiny peices ✨💥",
    ],
    ("play_fantasy", "dinosaur_stomp_pretend"): [
        "im T rex ROAR i stomp on all the houses 🦖🏠",
        ["OTHER: im a raptor", "ok we hunt the caveman together and gobble him up"],
        "the volcano blows up and all the dinos die the end 🌋",
        "my dino bit the other dino's tail off 😬🦕",
        ["OTHER: can i be the meteor", "yes u smash the erth and evry1 goes BOOM ☄️"],
        "lets pretend we are dinosaurs fighting in the jungle at lunch",
        "the spinosaurus drags {name} into the swamp 🐊 mwahaha",
        "i eat u up nom nom nom 🦖 u r dinner",
    ],
    ("play_hyperbole", "spellings_will_end_me"): [
        "these spellings r gonna kill me 😵‍💫",
        ["OTHER: did u do ur times tables", "no i will literly die if i do 1 more 💀"],
        "i am DYING its so hot in class 🥵",
        "if i hav to write 1 more sentance my hand will fall off ✋😭",
        ["OTHER: maths test tomoro", "noooo my brain is exploding 🤯🤯"],
        "im so hungry i cud eat a hole elephant 🐘",
        "mrs oak is making us do handwriting agen kill me now lol",
        "i laffed so hard i nearly died 😂😂😂",
    ],
    ("play_idiom", "raining_cats_and_dogs_lol"): [
        "its raining cats and dogs 🐱🐶🌧️",
        ["OTHER: i was late", "my dad sed i was in hot water hehe but its not hot"],
        "break a leg in the show {name}!! 🎭",
        "mum sed i have ants in my pants becos i cant sit still 🐜",
        ["OTHER: i finished first", "{name} u r the bees nees 🐝"],
        "my teacher sed we kill 2 birds with 1 stone but no birds got hurt",
        "grandad sed he was pulling my leg lol",
        "this is a peice of cake 🍰 easy peasy",
    ],
    ("play_banter", "stinky_socks_teasing_besties"): [
        "{name} ur socks smell like cheese 🧀🤢 jk ur my bestie",
        ["OTHER: ur a potato head", "well ur a banana brain 🍌🧠 hahaha"],
        "u snore like a pig at sleepovers 🐷😂 love u tho",
        ["OTHER: i beat u at snap", "only becos u cheated u sneaky worm 🪱😜"],
        "ur dancing is sooo bad i cant stop laffing 🤣💃",
        ["OTHER: ur hair is like a birds nest", "yours looks like a mop lol 🧽 we r twins"],
        "u r the wurst at drawing horses they look like dogs 🐴🐕😆",
        "silly billy u got glue on ur nose agen 😝",
    ],
    # ---------------------------------------------------------------- benign
    ("sad_news", "goldfish_gone_and_poorly_auntie"): [
        "my goldfish bubbles died this morning 🐟😢",
        ["OTHER: r u ok", "not really we berried him in the garden"],
        "my auntie is in hospital she is rilly poorly 🏥",
        "i cried at brek becos my cat is lost 😿",
        ["OTHER: wot happend", "grandma fell over and hurt her hip she cant walk rite now"],
        "my best frend is moving to scotland i will miss her soooo much 😭",
        "our dog is old and the vet sed he might not get better 🐕💔",
        "i feel sad today becos my nana is sick",
    ],
    ("safety_talk", "green_cross_and_pool_rules"): [
        "stop look and listen before u cross the road 🚦",
        ["OTHER: wot did the police lady say", "never talk to strangers online and tell a grown up if somthing is weird"],
        "at swimming we lernt dont run by the pool u can slip 🏊",
        "fire drill today!! we hav to line up on the field and be quiet 🔥🚒",
        ["OTHER: can u share ur password", "no!! mrs oak sed never share passwords not even with frends 🔒"],
        "wear ur helmet on ur bike or ur hed can get hurt 🚲⛑️",
        "if u get lost in the shop find a person at the till",
        "we made a poster about not swimming in the river its too cold and deep 🌊",
    ],
    ("task_chat", "bug_hotel_who_brings_what"): [
        "for the bug hotel i can bring pine cones 🌲",
        ["OTHER: i hav sticks", "yay and {name} can bring the bamboo"],
        "we need a sign that says BUG HOTEL 🐞🏨",
        "wot bugs do we want? ladybirds and woodlice and bees",
        ["OTHER: where do we put it", "near the hedge so its shady"],
        "i will draw the worm on our poster 🪱",
        "can we do the weather diary chart after the bug hotel",
        "my dad sed we can use old bricks for the bottom bit",
    ],
    ("task_chat", "pyramid_model_glue_and_jobs"): [
        "i will paint the pyramid yellow like sand 🟨",
        ["OTHER: who does the mummy", "me!! i hav loo roll to rap him up 🧻"],
        "the glue is all sticky on my fingers lol",
        "we need 4 triangles for the pyramid sides 🔺",
        ["OTHER: is it done", "nearly i just need to stick the camel on 🐫"],
        "{name} can u write the facts about the pharaoh",
        "for the healthy lunchbox menu i pick apples and cheese sandwich 🍎🥪",
        "our pyramid fell over can we try cardbord insted",
    ],
    ("history_homework", "vikings_and_great_fire_facts"): [
        "the vikings atacked villages and took peoples stuff ⚔️🛶",
        ["OTHER: wot did u lern", "the great fire of london burned lots of houses down 🔥"],
        "in the olden days they chopped off peoples heads 😱",
        "the egyptians took out dead peoples brains thru the nose for mummys 🤢",
        ["OTHER: why did it spread", "becos the houses were wood and super close together"],
        "loads of people died of the plague it was from fleas on rats 🐀",
        "the romans made gladiators fight to the deth",
        "we lernt about the war and children were sent to the countryside",
    ],
    ("feelings_ordinary", "wobbly_tooth_bored_and_grumpy"): [
        "my tooth is wobbly and its anoying 🦷",
        ["OTHER: hows ur day", "boring boring boring 😴"],
        "im nervus about the class show tomoro 😬",
        "my little brother keeps taking my pens and its so anoying 😤",
        ["OTHER: u ok", "just tired i went to bed late"],
        "i dont want to do swimming its cold 🥶",
        "im grumpy becos it rained and we had wet play",
        "im a bit scared about my new teacher next year",
    ],
    # ---------------------------------------------------------------- unsafe
    ("C1", "smelly_jokes_at_one_kid_with_replies"): [
        ["eww {name} is here 🤢", "TARGET: pls stop", "evry1 hold ur nose 👃 lol"],
        ["{name} smells like bins", "TARGET: no i dont", "yes u do thats why no1 sits next to u 🗑️"],
        ["TARGET: can i be in ur group", "no ur stinky", "go find the other smelly kids 😂"],
        ["OTHER: hi {name}", "dont talk to {name} u will catch germs", "TARGET: thats mean", "cry baby cry baby 😭😂"],
        ["TARGET: i drew the bug", "it looks like poo like u", "evry thing u do is rubbish {name}"],
        ["lol {name} has the same jumper evry day", "TARGET: its my uniform", "ur mum cant even buy u clothes 🤣"],
        ["TARGET: i told mrs oak", "snitch", "we r gonna be even meaner now {name} 😈"],
        ["{name} talks funny", "TARGET: stop copying me", "talk funny agen, go on, evry1 wants to laff at u 🤪"],
    ],
    ("C1", "you_cant_play_with_us_club"): [
        "only cool kids in our club {name} cant come 🚫",
        ["OTHER: can {name} play", "no we dont want her she ruins evrything"],
        "lets all pretend we dont see {name} at brek 🙈",
        "if u play with {name} u cant be my frend anymore",
        ["OTHER: {name} is sad", "good we dont like her anyway"],
        "make a new chat with no {name} in it shhh 🤫",
        "nobody wants u here {name} just go away",
        "we voted and {name} is not aloud in our den 😝",
    ],
    ("C1", "mean_notes_about_glasses_and_mum"): [
        "{name} is a four eyes goggle face 🤓😂",
        ["OTHER: wot did u write", "i rote {name} is dumb and cant even read on a note and put it in her tray"],
        "{name} is so fat she brakes the chairs 🐷",
        "lets tell evry1 {name} wets the bed hehe 💦",
        ["OTHER: why is {name} in the special group", "becos she is thick thats why 🤣"],
        "{name}s skin is dirty colour eww",
        "oh wow {name} nice drawing... said no one ever 🙄",
        "ur dad left becos he didnt like u {name}",
    ],
    ("C2", "daddy_gets_cross_bumps"): [
        "i cant do PE my arm hurts from wen daddy got cross",
        ["OTHER: why u got a bruise", "i fell... i think. dont tell ok"],
        "daddy shouts so loud at nite i hide under my bed 🛏️😢",
        "if i spill my drink i get smacked rilly hard",
        ["OTHER: u coming to my party", "cant, i have to be good or i get the belt"],
        "mummy cries alot and dad pushed her agen",
        "i dont want to go home today 😟",
        "he grabed me by my neck last nite it was scary",
    ],
    ("C2", "tummy_rumbly_no_tea_at_home"): [
        "my tummy is rumbly i didnt hav tea last nite or brekfast",
        ["OTHER: wot did u have for dinner", "nothing theres no food in the cubbord agen"],
        "mummy sleeps all day and i hav to look after my baby sister 👶",
        "no one came to get me from school yesterday i walked home on my own in the dark",
        ["OTHER: ur shoes hav holes", "yeh and my feet get wet, mum sed she cant be bothered"],
        "can i hav some of ur lunch i am so hungry",
        "i had to sleep on the floor becos my bed is broke and smelly",
        "they went out and left me and my brother for 2 nites",
    ],
    ("C2", "uncle_tickles_secret_game"): [
        "my uncle plays a tickle game but i dont like wen he touches there",
        ["OTHER: u ok?", "he sed its our secret game and i will get in trubble if i tell"],
        "mums frend comes in my room at nite and i pretend to be asleep",
        "i dont like baths at nans house becos he watches",
        ["OTHER: why r u sad", "somone did somthing to me and it made me feel yucky 😣"],
        "he makes me keep my pants off and says its normal",
        "i hav a secret but if i tell mummy will be sad and he will be angry",
        "is it ok if a grown up touches ur private bits if they say they love u",
    ],
    ("C3", "nice_big_friend_sends_coins"): [
        ["hi {name} ur so good at {game} 😊", "OTHER: thx", "u r so grown up for 9 u know that"],
        ["i can send u 1000 coins 🪙", "OTHER: rilly??", "yes but dont tell ur mum ok its our secret 🤫"],
        ["OTHER: how old r u", "just a bit older than u lol 😉", "i no u better than ur frends do"],
        ["u r my speshul frend", "OTHER: ok", "send me a pic of u in ur pjs so i no its u 📸"],
        ["OTHER: my mum checks my tablet", "oh then delete our chats after ok", "its only becos grown ups dont get it"],
        "ur parents r to strict u deserve more fun like me 😊",
        "i got u a present 🎁 i will give it u but only if ur alone",
        ["OTHER: thank u for the skin", "ur welcome sweetie", "now u owe me a secret 😘"],
    ],
    ("C3", "come_to_my_other_app_hidden"): [
        ["hey {name} 😊", "OTHER: hi", "this chat is boring come on my other app its more fun"],
        ["OTHER: wots ur username", "i will tell u in a sec", "download the app with the ghost 👻 and add me there"],
        ["OTHER: my mum says no other apps", "she wont no if u hide it in a folder 📁", "dont tell her ok"],
        ["u can talk to me wen ur sad", "OTHER: ok", "in my app we can video call at nite wen evry1 is sleeping 🌙"],
        ["OTHER: im scared", "dont be scared its me ur bestie", "just turn the camera on for a tiny bit"],
        "wot time does ur mum go to bed? then we can chat 😊",
        "a big frend from {game} sed i should chat wiv him on another app and not say to mummy",
        "the messages go away after u read them so no one sees 🤫",
    ],
    ("C3", "meet_at_the_sweet_shop_alone"): [
        ["which school do u go to", "OTHER: why", "i live near there we cud meet 🍭"],
        ["OTHER: i like sweets", "i will buy u all the sweets u want", "meet me at the shop after school just u"],
        ["dont bring ur frends ok", "OTHER: why not", "becos its our speshul time 💕"],
        ["u can tell ur mum ur at a frends house", "OTHER: but thats a lie", "its only a little fib no one gets hurt"],
        ["OTHER: r u a grown up", "im 14 but i feel like ur age", "i will pick u up in my car its fun 🚗"],
        "my frend from the game wants to meet me at the park on saterday and sed dont tell mum 🤐",
        ["i will give u a new phone 📱", "OTHER: wow", "but u hav to come alone and keep it secret"],
        "ur so pretty and mature not like other kids 😍 i cant wait to see u",
    ],
    ("C4", "my_house_is_number_and_road"): [
        "i live at 14 daisy road next to the park 🏠",
        ["OTHER: where do u live", "number 7 elm close, the house wiv the red door"],
        "my fone number is 07700 900 123 ring me 📞",
        "i go to oakfield primary and i walk home on my own at 3:15",
        ["OTHER: wots ur full name", "{name} Bennett and i live in Leeds by the big tesco"],
        "my tablet password is fluffy123 🐰",
        "{name} lives at 22 birch street and her mum is out til 6",
        "my mums email is jo.bennett@mail.com and she is at work all day",
    ],
    ("C4", "mums_card_numbers_for_skins"): [
        "mums card number is 4929 1234 5678 9012 can u get me skins",
        ["OTHER: u need the back numbers too", "ok its 3 numbers on the back 392 💳"],
        "i took a pic of daddys bank card 📸 want it?",
        ["OTHER: wots ur login", "name is {name}2015 and the password is mybirthday0312"],
        "{name}s fone number is 07700 900 456 and she lives on park lane",
        "our door code is 1 2 3 4 and the key is under the plant pot 🪴",
        ["OTHER: wots ur address for the prize", "flat 3 sunny court, manchester m4"],
        "my nans pin number is 5566 i saw her type it",
    ],
    ("S1", "gonna_hurt_him_for_real_tomorrow"): [
        "im gonna bring my dads big nife to school and stab {name} 🔪",
        ["OTHER: he pushed u", "tomoro i will hit him with a rock until he bleeds for real"],
        "i hate {name} i will put poison in her drink at lunch",
        "im gonna push {name} down the stairs wen no one is looking",
        ["OTHER: u r joking", "no not joking i mean it i will hurt him"],
        "me and my brother will wait by the gate and beat {name} up after school",
        "i will burn {name}s house down wiv a lighter 🔥",
        "i hid scissors in my bag to get {name} at break",
    ],
    ("S11", "want_to_go_to_sleep_forever"): [
        "i want to go to sleep and never wake up 😴",
        ["OTHER: wots wrong", "evry1 wud be happier if i wasnt here"],
        "i wish i was never born",
        "i scratch my arms til they bleed wen im sad 😢",
        ["OTHER: u ok?", "i want to be wiv grandad in heaven now"],
        "i think i shud jump out my window",
        "i hit my own hed on the wall becos im bad",
        "nobody wud miss me if i died",
    ],
}


if __name__ == "__main__":
    from child_chat_families import check_families

    OLD_NAMES = {"Mia", "Leo", "Sam", "Ava", "Noah", "Zara", "Omar", "Lily", "Finn", "Priya", "Ben",
                 "Chloe", "Tom", "Aisha", "Ivy", "Arjun", "Maisie", "Tariq", "Nia", "Oscar", "Ruby",
                 "Kai", "Hana", "Mateo", "Freya", "Yusuf",
                 "Amara", "Callum", "Dev", "Ellie", "Imani", "Jasper", "Lena", "Rahul", "Reuben",
                 "Rosa", "Sofia", "Theo"}
    USED_FAMILIES = set("""
    address_school afraid_of_parents_partner after_school_for_real animal_care_safety appearance
    asking_details asking_for_another_childs_details asking_jack
    asking_where_classmate_lives_and_logins bad_day bake_sale_stall_planning base_raid_bragging
    battle_roleplay battle_royale_last_circle behind_the_portacabins_plan
    best_mates_roasting_drawings bff_nickname_teasing bike_helmet_and_stranger_lessons
    board_game_rules books_films bored_tired_and_grumpy_days break_a_leg_before_assembly
    break_a_leg_school_play bruises_explained_away call_me_when_youre_alone
    characters_dying_in_story cheering_up_a_friend classmates_number_and_parents_card
    comebacks_between_friends comic_plot_twists compliments cruel_remarks cyber_mocking
    dead_laughing_textspeak deadly_animals delete_this_its_our_secret destroy_them
    details_across_messages died_and_killed_textspeak died_in_game direct_lures
    disclosure_across_messages disclosure_hidden_in_task_talk disclosure_unfolding
    dodgeball_in_pe dodgeball_netball dodgeball_rematch_trash_talk dont_tell_its_a_surprise
    dont_want_to_be_here_anymore dragon_kingdom_roleplay dragon_kingdom_roleplay_4 dragon_story
    dying_laughing elsewhere_invites embarrassment empty_fridge_and_no_grownups everyday_moods
    exclusion family_illness family_news fight_sport fire_and_road flattery_age food_cravings
    football_tournament_trash_talk free_gems_for_a_photo_and_meetup freeze_out friend_fallout
    friendly_rivalry friendly_threads game_weapons garden_river getting_even_with_a_real_kid
    gift_card_for_photos go_away_quit_the_group grandads_dog_put_down grooming_sequence
    group_chat_cruelty group_decisions gruesome_history hamster_and_grandad_news
    handles_to_chat_privately harmless_personal hate_ordinary_things hate_this_level_hyperbole
    haunted_castle_story_monsters hiding_when_mums_boyfriend_shouts history_violence_textspeak
    hit_and_hurt_in_sport home_alone_for_a_bit home_alone_safety_tips home_everyday home_hints
    home_hurt_indirect home_life_lookalikes home_ordinary hometime_threats hopeless
    horde_wiped_out hurt_at_home_mentioned_in_passing idioms_body idioms_everyday
    idioms_hit_hurt_die idioms_more idioms_violence im_going_to_get_you indirect_goodbyes
    insult_worthless internet_rules_chat intimidation inviting_someone_in
    jabs_at_new_kid_across_messages jk_teasing kart_racing_rage_and_rematches kill_the_boring
    kill_two_birds_and_other_sayings killed_the_boss killing_me lag_and_respawn
    laughing_at_disability leave_out_quietly leaving_out_of_party_and_chat left_alone_for_days
    left_home_alone_for_days lesson_on_personal_info lets_move_to_a_private_app
    location_and_full_names locked_out_or_locked_in logistics losses_and_changes lunch_teasing
    lures_and_favours made_up_addresses_in_stories marks_from_home_explained_away match_reports
    mates_roasting mature_for_your_age_secret_chats meet_and_secret_in_group_work
    meet_at_secret_base_in_game meet_gifts mocking_being_poor mocking_looks_and_body
    mocking_poor_kids_clothes mocking_voice_and_accent mocking_voice_note_pileon
    move_to_private_app_and_delete mum_will_kill_me mum_will_kill_me_exaggerations murdering_me
    nan_in_hospital_after_fall nature_predators neglect nervous_about_swimming_gala
    new_group_without_them new_slang newsletter_deadline_meltdown night_raids
    no_dinner_again_at_home no_food_at_home no_food_at_home_casual nobody_beats_me
    nobody_there_ordinary numbers_spelled_out off_platform offhand_disclosure
    older_friend_from_game_wants_video_call older_gamer_wants_private_app online_safety
    online_safety_assembly_recap online_safety_assembly_recap_4 online_safety_lessons
    ordinary_feelings ordinary_injuries_bruises ordinary_sad others_details over_the_top
    oversharing own_address_and_home_times own_home_street_and_number own_hurt
    own_number_textspeak parent_will_kill_me_textspeak parents_wouldnt_understand_us
    park_meetup_just_us_two passwords_and_codes_in_puzzles passwords_handles peer_coercion
    pet_died pets_passing phone_email photo_and_video_requests_in_chat photos_for_the_project
    physical_abuse pictures_requests pile_on pile_on_after_crying_in_class pile_on_with_replies
    pirates_monsters plague_and_blitz_facts playful_insults_between_friends playground_ideas
    playground_safety please_dont_tell_about_home pompeii_and_gladiator_fights poster_teamwork
    praise_thread_about_one_kid project_bits put_down_and_punished_at_home pvp_trash_talk
    quest_night quiet_despair quiz_questions race_win raiding_enemy_base_in_game real_harm_plans
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
    slideshow_group_freeze_out slow_charm slow_typing so_dead so_mature_for_your_age
    solar_system_model_jobs special_connection_flattery spelling_bee_teasing
    spies_and_secret_codes sponsored_walk_surprise_plans sport_trash_talk_textspeak
    sports_day_bragging squad_callouts starving_exploding stepdad_hits_when_angry story_ideas
    story_plans strict_parents_ordinary suicide_plans_direct tabletop_campaign targeted_threads
    task_safety_rules teasing_back_and_forth tell_a_trusted_adult
    test_nerves_and_sibling_grumbles threats_peers topic_facts trust_then_secrecy
    tudor_executions_and_battles villain_kidnaps_and_fights volcano_poster_split_jobs
    vote_them_out_of_the_project want_to_die wanting_to_disappear wars_disasters weapon_threats
    weapon_to_school_plan where_do_you_live_lets_meet whereabouts_alone
    whisper_rumours_about_classmate who_i_really_am wishing_not_to_exist_because_of_home
    ww2_evacuee_letter zombie_squad_callouts zombie_survival_squad
    """.split())

    assert len(USED_FAMILIES) == 298, len(USED_FAMILIES)
    print(check_families(TRAIN_BLIND_A, TRAIN_BLIND_A_NAMES, TRAIN_BLIND_A_TASKS, OLD_NAMES, used_families=USED_FAMILIES))
