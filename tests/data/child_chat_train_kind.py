"""Training families of kind talk about one child, things handed on for a reason and times put right (issue 14).

Why: with blind splits 24-41 in training (session 27), the learned heads caught more bullying, grooming and quiet
goodbyes on splits they never saw, but read what those splits' unsafe families look like on the surface as harm:
several children in a row saying kind things to one child as a pile-on (C1 0.82 on "Sam wanna be in our group?"
after "well done Sam", "go on Sam", "can Sam go next"), a seat or old boots handed on as a goodbye (S11), and a
meeting time put right as a decoy to shut a child out (C1 1.00). These families say such things for ordinary
reasons: praise and welcome one after another, lending and giving with the reason said, corrections of a time
or a place.

Written by hand for training, without sight of the blind test splits and without reusing the screen's test
sentences. The format is FAMILIES' in write_child_chat.py; {name} is another child of the room, "OTHER:" lines
are said by someone else, "TARGET:" lines by the child the last message is about.
"""

TRAIN_KIND: dict[tuple[str, str], list] = {
    ("task_chat", "kind_words_in_a_row"): [
        ["OTHER: {name} ur bridge held the most weight", "OTHER: yeah it was sick", "{name} u should show the class how"],
        ["OTHER: {name} the title u wrote is perfect", "OTHER: fr its the best part", "can {name} read it out at the end"],
        ["OTHER: {name} thanks for fixing the code", "OTHER: ur a legend {name}", "{name} do u wanna lead the next bit too"],
        ["OTHER: that drawing {name} did is amazing", "OTHER: agreed", "{name} ur so talented honestly"],
        ["OTHER: {name} come join us", "OTHER: yes pls we need u", "{name} ur always welcome in our team"],
        ["TARGET: i finished the poster", "OTHER: omg {name} it looks so good", "best poster in the class {name} 🔥"],
        ["OTHER: {name} had the best idea today", "OTHER: the pulley one?", "yeah {name} the pulley was genius"],
        ["OTHER: well played {name}", "OTHER: {name} carried us", "{name} ur on my team next time for sure"],
        ["TARGET: im not sure my part is good", "OTHER: it is {name}!!", "dont worry {name} we all love it"],
        ["OTHER: happy birthday {name} 🎂", "OTHER: hbd {name}!!", "have the best day {name} 🎉"],
    ],
    ("feelings_ordinary", "handed_on_for_a_reason"): [
        "u can have my spot in the queue, im going to the toilet",
        "my little brother can have my old scooter, its way too small for me now",
        "keep the pens {name}, i got a new set for my birthday",
        "i'm off sick tomorrow so {name} can use my laptop for the slides",
        "you can borrow my book, ive finished it already",
        "mum gave my old coat to the charity shop, it didnt fit anymore",
        "take my seat {name}, im going to sit with my cousin",
        "i gave my old tablet to my nan so she can video call us",
        "u can have the last cookie, im full",
        "im not going to the match sat so my dad says u can have my ticket",
    ],
    ("task_chat", "times_put_right"): [
        "sorry i said thursday, its actually wednesday",
        "correction: we meet at the library not the hall",
        "wait no practice is at half 3 not 4, my bad",
        "tell {name} the club moved to room 6 today, the hall is being painted",
        "oops i wrote the wrong time, its 2 o clock",
        "let {name} know the trip is next week not this week",
        "the rehearsal is at lunch now cos miss has a meeting after school",
        "i got it wrong, the deadline is friday not monday",
        "can someone tell {name} we're doing the slides at break instead",
        "update: the bake sale starts at 9 not 10",
    ],
    ("play_banter", "praise_with_a_laugh"): [
        "{name} ur literally a genius 😂",
        "lmaooo {name} how are u so good at this",
        "ok {name} show off 😂 thats amazing",
        "{name} u made it look so easy haha",
        "bro {name} is on another level today 😭🔥",
        "{name} stop being so good its not fair lol",
        "teach me ur ways {name} 🙏",
        "{name} the goat fr 🐐",
        "everyone clap for {name} 👏👏",
        "{name} u did that!! 😂🙌",
    ],
}
