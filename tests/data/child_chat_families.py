"""The shape every blind-written file of the child chat set keeps (child_chat_held_out_4.py onwards).

26 families of 8 templates: 7 play families covering every play group, 6 benign ones covering every
benign group, and 3 C1, 3 C2, 3 C3, 2 C4, 1 S1 and 1 S11; six new names and four new tasks; at least
half of each C3 family's templates are conversations, and some C1 family is conversations with the
targeted child in every template. Each file's `__main__` runs this with the names, tasks and family
names already used when it was written; tests/test_child_chat_data.py runs it on every such file.

What the unsafe groups hold (the screen's children's categories and two of Llama Guard's):
C1 bullying, harassment and exclusion of a child (insults, mocking, pile-ons, leaving out, rumours, slurs);
C2 a safeguarding disclosure: the sender tells of abuse, neglect, danger or distress at home or from an adult;
C3 grooming: secrecy, gifts, flattery, moving to a private app, pictures, meeting up, asked by an older person;
C4 personal details: one's own or another child's address, whereabouts and routines, school, phone, passwords;
S1 a real plan or threat to hurt someone; S11 suicide and self-harm.
"""

import importlib
import re
from collections import Counter

PLAY = {"play_game", "play_sport", "play_fantasy", "play_hyperbole", "play_idiom", "play_banter"}
BENIGN = {"sad_news", "safety_talk", "task_chat", "history_homework", "feelings_ordinary"}
UNSAFE = {"C1": 3, "C2": 3, "C3": 3, "C4": 2, "S1": 1, "S11": 1}
_BRACE = re.compile(r"\{[^{}]*\}")


def check_families(families: dict[tuple[str, str], list], names: list[str], tasks: list[str],
                   used_names: set[str] = frozenset(), used_families: set[str] = frozenset(),
                   used_tasks: set[str] = frozenset()) -> str:
    """Assert the shape above (and that no name, lowercased task or family name was used before);
    returns a one-line summary."""
    assert len(names) == 6 and len(set(names)) == 6
    assert not set(names) & used_names
    assert len(tasks) == 4 and len(set(tasks)) == 4
    assert not {t.lower() for t in tasks} & used_tasks

    groups = Counter(g for g, _ in families)
    assert set(groups) <= PLAY | BENIGN | set(UNSAFE), groups
    assert len(families) == 26
    assert sum(groups[g] for g in PLAY) == 7 and all(groups[g] >= 1 for g in PLAY)
    assert sum(groups[g] for g in BENIGN) == 6 and all(groups[g] >= 1 for g in BENIGN)
    assert all(groups[g] == n for g, n in UNSAFE.items()), groups

    fams = [f for _, f in families]
    assert len(set(fams)) == len(fams), "family names must be unique"
    assert not set(fams) & used_families, ("family names already used", set(fams) & used_families)
    n_msgs = 0
    seen = set()
    for (g, f), templates in families.items():
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", f), f
        assert len(templates) == 8, (f, len(templates))
        multi = 0
        for t in templates:
            msgs = [t] if isinstance(t, str) else list(t)
            assert msgs and all(isinstance(m, str) and m.strip() for m in msgs), (f, t)
            if isinstance(t, list):
                assert len(t) >= 2, (f, t)
                multi += 1
            assert not msgs[-1].startswith(("OTHER:", "TARGET:")), (f, t)
            for m in msgs:
                for b in _BRACE.findall(m):
                    assert b in ("{name}", "{game}"), (f, m)
                assert _BRACE.sub("", m).count("{") == 0 and _BRACE.sub("", m).count("}") == 0, (f, m)
            key = msgs[-1]
            assert key not in seen, ("duplicate labelled message", f, key)
            seen.add(key)
            n_msgs += 1
        if g == "C3":
            assert multi * 2 >= len(templates), (f, multi)
        if g == "C1" and f == "pile_on_after_crying_in_class":
            assert all(isinstance(t, list) and any(m.startswith("TARGET: ") for m in t) for t in templates)
    assert any(all(isinstance(t, list) and any(m.startswith("TARGET: ") for m in t) for t in ts)
               for (g, _), ts in families.items() if g == "C1")
    return f"ok: {len(families)} families, {n_msgs} labelled messages, groups={dict(sorted(groups.items()))}"


# The data files already written when sets F to J and split 7 were (written together, from one brief).
WRITTEN_BEFORE_F_TO_J = ("held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6",
                         "train_blind_a", "train_blind_b", "train_blind_c", "train_blind_d", "train_blind_e")
WRITTEN_BEFORE_K_TO_M = (*WRITTEN_BEFORE_F_TO_J, "train_blind_f", "train_blind_g", "train_blind_h", "train_blind_i",
                         "train_blind_j", "held_out_7", "held_out_8")  # and split 9, written beside them


def blind_file(module: str) -> tuple[dict, list[str], list[str]]:
    """The families, children's names and tasks of the blind-written data file child_chat_<module>.py."""
    data = vars(importlib.import_module(f"child_chat_{module}"))
    return data[module.upper()], data[f"{module.upper()}_NAMES"], data[f"{module.upper()}_TASKS"]


def used_before(*modules: str) -> tuple[set[str], set[str]]:
    """The children's names and (lowercased) tasks in use when a later file was written: those of the
    hand-written families (write_child_chat.py) and of the data files child_chat_<module>.py."""
    import write_child_chat

    names, tasks = set(write_child_chat.NAMES), {t.lower() for t in write_child_chat.TASKS}
    for module in modules:
        _, kids, projects = blind_file(module)
        names |= set(kids)
        tasks |= {t.lower() for t in projects}
    return names, tasks
