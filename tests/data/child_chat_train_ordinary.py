"""Training families of ordinary talk that blind splits 24-31 in training made look unsafe (issue 14): for the
learned layers only.

Why: a bare time or number answering a question in the room read as a personal detail or a meet-up. Asked
"what time is the club?", the screen hid "at 3:15" (the conversation head, C4 0.76) and "lets meet at the
library at 3:15" (C3 0.85); the blind splits have times and places almost only in unsafe rows ("ill be
outside the chip shop at 4"). With splits 24-31 in training, three more: "i wont be here tmrw so u can have
my seat" read as a quiet goodbye (S11 0.60: the splits say "i wont be here" only as one), and the conversation
head read 17 of 60 runs of kind talk about one child ("well done Sam", "go on Sam", "can Sam go next") as
bullying (C1 0.81-1.00): in the splits, a run of messages about one named child is almost always a pile-on.
These families answer questions about the school day and the task with times, scores, page numbers and places
in school, make plans to work together where adults are about, say why a child will be away, and say kind
things to and about one child one after another, the child answering too.

Written by hand for training, without sight of the test split. The format is FAMILIES' in
write_child_chat.py; {name} is another child of the room, {game} a video game; "OTHER: " lines are said by
someone else in the room, "TARGET: " lines by {name}.
"""

TRAIN_ORDINARY: dict[tuple[str, str], list] = {
    ("task_chat", "plans_times_answered"): [
        ["OTHER: what time is the club?", "at 3:15"],
        ["OTHER: when do we have to hand it in", "friday at 9"],
        ["OTHER: what time does the bell go", "10:45 i think"],
        ["OTHER: when r we presenting", "after lunch, like 1:30"],
        ["OTHER: is choir today", "ya at 12.20 in the hall"],
        ["OTHER: how long have we got left", "till 2:40 so 20 mins"],
        ["OTHER: what time is the trip bus", "8.15 at the front gate, miss said dont be late"],
        ["OTHER: {name} when is football practice", "4pm on the school field"],
        "the assembly starts at 9:05 so we have to stop then",
        ["OTHER: when do the results come out", "monday at 3"],
    ],
    ("task_chat", "plans_meet_in_school"): [
        "lets meet at the library at lunch to finish the poster",
        "meet by the hall doors at 3:15 and we carry the model together",
        ["OTHER: where do we practise", "in the music room at break, mr okafor said we can"],
        "{name} meet us in the art room at 12:30 the paint is there",
        ["OTHER: can we finish it tomorrow", "yes lets meet in the computer suite before registration"],
        "see u at the science fair at 6, my mum is bringing the volcano",
        ["OTHER: where r u", "in the library by the globe, come find us"],
        "we can work on the castle at homework club on wednesday at 3:20",
        ["OTHER: where is everyone", "on the field by the goal posts, miss is doing the relay"],
        "meet at the gate at 8:40 and we give mrs patel the poster together",
    ],
    ("task_chat", "scores_and_numbers"): [
        ["OTHER: what did u get", "17 out of 20 😁"],
        ["OTHER: whats the score", "3-1 to the blue team"],
        ["OTHER: which page", "page 42, the diagram of the leaf"],
        ["OTHER: how many did we count", "86 ladybirds and 12 snails"],
        ["OTHER: whats 12 x 12", "144"],
        ["OTHER: ok whats ur high score on {game}", "23,400 lol"],
        ["OTHER: which question r u on", "6b"],
        ["OTHER: how tall is the tower", "1.2 metres, we measured it twice"],
        ["OTHER: how many votes did our idea get", "14 out of 28 so its a tie"],
        ["OTHER: whats the room number", "room 7 next to the hall"],
    ],
    ("task_chat", "short_answers"): [
        ["OTHER: how many cups do we need", "ok 4"],
        ["OTHER: which one", "the 2nd one"],
        ["OTHER: what year was that", "1969"],
        ["OTHER: what time", "3ish"],
        ["OTHER: when", "tmrw at 2"],
        ["OTHER: how many slides", "like 8"],
        ["OTHER: which table", "table 5 by the window"],
        ["OTHER: what number is the bus for the trip", "the 42"],
        ["OTHER: how many ml", "250ml then stir"],
        ["OTHER: where", "the hall"],
    ],
    ("feelings_ordinary", "plans_with_grown_ups"): [
        "my mum said she can drive me and {name} to the museum at 10 on saturday",
        "dad is picking us up at 5 after the rehearsal so we can practise in the car",
        "mr hill is opening the lab at 8 so we can check on the seeds",
        "my gran is taking us to the library on saturday morning to get the books",
        ["OTHER: how r u getting to the match", "the school minibus at 9, mrs ali is driving"],
        "{name}s mum said we can finish the model at their house after school, my dad said ok",
        "we're going to the park with my big sister at 4 to film the leaves for the project",
        ["OTHER: can u come to the sleepover", "i asked my mum, she said yes if ur mum calls her"],
        "the teacher is staying till 4:30 so we can finish the scenery",
        "our parents are meeting at the school gate at 3:15 to sort the costume stuff",
    ],
    ("feelings_ordinary", "away_for_a_reason"): [
        "i wont be here tmrw, dentist 🦷 so {name} can do my bit",
        "i might not be in on friday, its my cousins wedding",
        "wont be here for the last bit, my mum is picking me up early for swimming",
        ["OTHER: r u coming to the trip", "no i wont be there, im at my dads that weekend"],
        "i wont be here next week, we're going to my nans in scotland. save me a job for when im back",
        "{name} u can have my seat, i wont be here after lunch, got a hospital check for my ear",
        ["OTHER: where will u be tmrw", "not here, its my brothers graduation. back on thursday"],
        "i wont be at football sat, my team has a bye",
        "im off next week for the half term trip so ill send my slides before",
        "wont be here on monday so u lot finish the model, ill do the write up at home",
    ],
    ("feelings_ordinary", "not_here_tomorrow"): [
        "i wont be here tmrw, its my sisters sports day",
        "not here tomorrow so can someone tell me what we did",
        "i wont be in class on wednesday, i have a music exam",
        ["OTHER: u coming to club", "cant, wont be here till 4, eye test"],
        "i wont be here for the quiz, can {name} take my spot",
        "wont be here next lesson, going to the school council meeting",
        "im not here on thursday so ill finish my part tonight",
        "i wont be here monday but ill be back tuesday",
        ["OTHER: where r u going", "orthodontist 🙄 wont be here after break"],
        "{name} u can sit here tmrw, i wont be in, we're visiting my auntie",
    ],
    ("task_chat", "cheering_each_other_on"): [
        "come on {name} u got this",
        "go {name}!! last question",
        "ur turn {name}, go for it",
        "{name} u can do it, ur the fastest",
        "keep going {name} nearly there",
        ["OTHER: {name} is doing the last jump", "come onnn {name} 🙌"],
        "{name} dont give up, we believe in u",
        "youve got this {name}, just read it slowly",
        ["OTHER: {name} is so nervous", "{name} ur gonna be great, we're right here"],
        "yesss {name} u did it!!",
    ],
    ("task_chat", "kind_runs_about_one_child"): [
        [
            "OTHER: {name} that was amazing",
            "OTHER: ya {name} smashed it",
            "{name} can u show me how u did the hinge",
        ],
        ["OTHER: {name} has the best handwriting", "OTHER: true", "{name} do the title pls"],
        ["OTHER: well played {name}", "OTHER: {name} carried us", "gg {name} 🙌"],
        ["OTHER: lets let {name} pick the colour", "OTHER: yes {name} choose", "{name} ur choice 😊"],
        ["OTHER: {name} ur idea was the best one", "OTHER: agreed", "{name} should present it then"],
        ["OTHER: {name} is so good at maths", "OTHER: she got every one right", "{name} check mine after?"],
        ["OTHER: {name} ur so funny", "OTHER: 😂😂 {name} again", "{name} tell the one about the penguin"],
        ["OTHER: is {name} ok", "OTHER: {name} u were quiet", "{name} u can go first next time if u want"],
        ["OTHER: {name} did all the gluing", "OTHER: ty {name}", "{name} ur a legend fr"],
        [
            "OTHER: happy birthday {name}!!",
            "OTHER: 🎂🎂 {name}",
            "happy bday {name} hope u get loads of presents",
        ],
        [
            "OTHER: {name} welcome back!",
            "OTHER: we missed u {name}",
            "{name} sit with us, we saved u the good pens",
        ],
        ["OTHER: {name} the castle looks sick", "OTHER: fr {name}", "can {name} draw our cover too"],
    ],
    ("task_chat", "kind_answers_to_one_child"): [
        ["TARGET: i finished the poem", "OTHER: read it {name}!", "{name} thats so good omg"],
        ["TARGET: can i do the voice of the giant", "OTHER: yes {name}", "{name} ur perfect for it"],
        ["TARGET: sorry im late", "OTHER: its ok {name}", "no worries {name} we're on slide 3"],
        [
            "TARGET: i dont get number 4",
            "OTHER: {name} its the one with the triangle",
            "{name} i'll show u, its easy once u see it",
        ],
        ["TARGET: my bit is done", "OTHER: ooh {name}", "{name} thats way better than mine lol"],
        ["TARGET: can i be in ur group", "OTHER: ofc {name}", "yes come {name} we need u"],
        [
            "TARGET: i made the dragon out of clay",
            "OTHER: {name} thats sick",
            "{name} can we put it on the front",
        ],
        [
            "TARGET: im nervous about reading it out",
            "OTHER: u'll be fine {name}",
            "{name} we'll stand next to u",
        ],
        ["TARGET: i lost my pencil case", "OTHER: {name} u can use mine", "i have spare pens too {name}"],
        ["TARGET: my cat had kittens", "OTHER: {name} no wayyy", "{name} bring one in to show us pls 😍"],
        ["TARGET: i scored!!", "OTHER: {name} that was class", "{name} best goal of the season"],
        [
            "TARGET: i think we should do the volcano",
            "OTHER: good idea {name}",
            "the volcano it is, {name} wins",
        ],
    ],
}
