"""Training families of ordinary talk that names a child (issue 14): for the learned layers only.

Why: in the blind splits, a child's name comes in about half of the bullying messages (C1) and in a quarter of
the personal details (C4), but in fewer than one benign message in ten, and "lives near", "go home", "after
school" or "in our group" next to a name come almost only in unsafe rows. With blind splits 16-23 in
training, the tuned head read "Kai lives near me" as a personal detail (C4 0.96) and "Ava wanna be in our
group?" after three kind messages to Ava as bullying (C1 0.93). These families say ordinary things to and
about a named child: invitations, neighbours, plans, questions about the task, kind talk one after another.

Written by hand for training, without sight of the blind test splits. The format is FAMILIES' in
write_child_chat.py; {name} is another child of the room.
"""

TRAIN_NAMED: dict[tuple[str, str], list] = {
    ("task_chat", "named_invitations"): [
        "{name} do u want to join our group",
        "come sit with us {name} there's a chair here",
        "{name} ur in our team ok?",
        "we saved u a spot {name} 😊",
        "{name} can be our fourth person",
        "does {name} want to do the poster with us",
        "{name} join the call when ur ready",
        "lets ask {name} to be in our group, she draws really well",
        "our group needs one more, {name} wanna come?",
        "{name} u can be on our side for the quiz",
    ],
    ("task_chat", "named_task_questions"): [
        "{name} what did u get for number 3",
        "{name} are u done with ur bit",
        "sorry {name} what did u say",
        "{name} its ur turn to type",
        "{name} can u share ur screen",
        "wait for {name} shes still reading",
        "{name} said shell do the title",
        "ask {name}, he knows how to do the graph",
        "{name} ur mic is on mute lol",
        "did {name} send the file yet",
    ],
    ("feelings_ordinary", "named_neighbours"): [
        "{name} lives near me so we walk home together",
        "me and {name} are neighbours lol",
        "{name}s house is by the park, we play there at weekends",
        "{name} lives on my road, our mums are friends",
        "{name} lives really close so we share lifts to football",
        "i can see {name}s garden from my window lol",
        "{name} moved near my nan last year",
        "is {name} near u? she could bring the paints round",
        "{name} lives next to the school so she's never late",
        "we used to live near {name} before we moved",
    ],
    ("feelings_ordinary", "not_going_home_yet"): [
        "i dont want to go home, this sleepover is the best",
        "can we stay at {name}s a bit longer, i dont wanna go home",
        "noo i have to go home soon and we havent finished",
        "i never want to go home from the beach",
        "my dad is picking me up at 6 so i have to go home then",
        "{name} dont go home yet, one more game",
        "i wanted to stay but my mum said time to go home",
        "when i go home im telling my brother about the volcano experiment",
        "we all went home early cos of the snow",
        "i dont wanna go home yet the party is so fun",
    ],
    ("feelings_ordinary", "named_kind_plans"): [
        "lets make {name} a card after school, she's been sad",
        "we should get {name} a present for her birthday",
        "after school lets help {name} practise for the test",
        "can {name} come to mine after school? my mum said yes",
        "lets save {name} a seat at lunch",
        "after school we're making {name} a cake",
        "{name} ill walk with u to the gate after school",
        "lets get {name} some stickers for getting the award",
        "after school can we show {name} our den",
        "we should give {name} the first go cos she missed last time",
    ],
    ("feelings_ordinary", "kind_to_one_child"): [
        ["OTHER: {name} how did u draw the horse so well", "OTHER: its so good omg", "{name} can u teach me"],
        ["OTHER: {name} got full marks!!", "OTHER: she always does lol", "{name} ur a genius fr"],
        ["OTHER: {name}s plan is the best one", "OTHER: yeah lets vote for it", "lets do the one {name} said"],
        ["OTHER: {name} u were so funny in the play", "OTHER: everyone was laughing", "{name} ur the best actor"],
        ["OTHER: {name} fixed the code", "OTHER: {name} saved us", "{name} ur a legend"],
        ["OTHER: {name} u havent said ur idea yet", "OTHER: we want to hear it", "{name} tell us pls"],
        ["OTHER: {name} helped me with the glue", "OTHER: she helped me too", "we're lucky {name} is with us"],
        ["OTHER: {name} is so fast at times tables", "OTHER: its crazy", "{name} can u check mine after"],
    ],
    ("task_chat", "places_for_the_task"): [
        "the shop at number 14 sells the best pencils",
        "meet by the big tree on the field for the nature walk",
        "the trip bus leaves from by the park gates",
        "our classroom is number 14, by the hall",
        "the library is on the corner by the bakery",
        "for the map put the pond by the park and the school at number 2",
        "the museum is near the station, we went there in year 3",
        "put the bins by the gate on our playground design",
        "the garden centre by the roundabout has seeds",
        "on the map the church is next to the river",
    ],
}
