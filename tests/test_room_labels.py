"""Labels in the room: every message is labelled and the facilitator sees it (live, in history and in
the exports); new kinds of talk the labeler finds can be renamed or dismissed by the facilitator;
what the labeler learned survives a restart; Jack's moderator reacts to the off-task label.

The real UtteranceLabeler (MiniLM on CPU) is fitted once per module and copied for each test; it is
taught a new kind of talk (dinosaur facts) once, so every test starts from the same candidate. Which
name the labeler gives it (new_1, new_2, ...) is the algorithm's business: the tests read it off."""

import copy
import csv
import io

import pytest
import torch
from test_room_support import (
    StandInLabeler,
    create_room,
    facilitator_and_mia,
    join,
    make_client,
    recv_until,
    say,
)

from jackpeer.errors import InputError
from jackpeer.peers.rate_limit import Limits
from jackpeer.peers.room_labels import labels_path

pytestmark = pytest.mark.timeout(120)
QUIET = {"stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6, "min_gap_s": 0}
DINOSAURS = [
    "the dinosaur fossil is from the jurassic period", "a t-rex had tiny arms", "stegosaurus had plates on its back",
    "the triceratops had three horns", "velociraptors were smaller than in the movies",
    "pterodactyls could fly over the sea", "the brachiosaurus had a very long neck", "dinosaurs laid eggs in nests",
    "a meteor wiped out the dinosaurs", "ankylosaurus had a club tail", "some dinosaurs had feathers",
    "the biggest dinosaur was argentinosaurus", "spinosaurus lived near rivers", "the allosaurus was a big hunter",
    "diplodocus ate leaves from tall trees", "iguanodon had thumb spikes", "dinosaur bones are in the museum",
    "paleontologists dig up dinosaur skeletons"]


@pytest.fixture(scope="module")
def seeded():
    """The room's labeler as `jack room` starts it: fitted on the shipped dialog-act seed set."""
    from jackpeer.label import UtteranceLabeler

    return UtteranceLabeler()


@pytest.fixture(scope="module")
def taught(seeded):
    """The seeded labeler after a stretch of talk about dinosaurs, with no utterance queued for learning."""
    lab = copy.deepcopy(seeded)
    for i in range(80):
        lab.label(DINOSAURS[i % len(DINOSAURS)] + " again" * (i // len(DINOSAURS)))
    lab.learn()
    return lab


@pytest.fixture(scope="module")
def dino_text(taught):
    """An utterance the new kind was formed from (one of its examples) that the taught labeler puts in it.
    Fewer than learn_every (8) utterances never change the model, so within a test this text keeps
    getting the same label."""
    found = {c["label"]: c for c in taught.candidates()}
    said = predict(taught, DINOSAURS)
    for text, label in zip(DINOSAURS, said, strict=True):
        if label in found and text in found[label]["examples"]:
            return text
    raise AssertionError(f"the labeler found no new kind in talk about dinosaurs: {found}, {said}")


@pytest.fixture(scope="module")
def dino(taught, dino_text):
    """The name of that new kind (new_<n>)."""
    return predict(taught, [dino_text])[0]


@pytest.fixture
def labeler(taught):
    """A fresh copy of the taught labeler for one test."""
    return copy.deepcopy(taught)


def predict(labeler, texts):
    """What the labeler says to each text now (on a copy that does not learn from them)."""
    twin = copy.deepcopy(labeler)
    twin.learn_every = None
    return [twin.label(t)[0] for t in texts]


def make_app(tmp_path, labeler):
    """A room server on tmp_path/rooms.sqlite3 with this labeler (its state kept next to the database)."""
    return make_client(tmp_path, limits=Limits(rate_per_s=50, burst=50), policy=QUIET, labeler=labeler)


def said_and_labelled(mia, fac, text, i):
    """Mia says `text`; return the label the facilitator is shown for it."""
    ack = say(mia, text, client_id=i)
    assert ack["type"] == "ack", ack
    return recv_until(fac, lambda m: m["type"] == "label" and m["seq"] == ack["seq"])[0]


def test_facilitator_renames_a_new_kind_everywhere(tmp_path, labeler, dino, dino_text):
    pizza = "i like pizza and my birthday party"
    [other] = predict(labeler, [pizza])
    assert other != dino
    client, store = make_app(tmp_path, labeler)
    with client:
        room = create_room(client)
        rid, token = room["room_id"], room["facilitator_token"]
        mia = join(client, room["join_code"], "Mia")
        fac_h = {"X-Facilitator-Token": token}
        with client.websocket_connect(f"/ws/{rid}?key={token}") as fac, \
                client.websocket_connect(f"/ws/{rid}?key={mia['key']}") as a:
            assert said_and_labelled(a, fac, dino_text, 1)["label"] == dino
            assert said_and_labelled(a, fac, pizza, 2)["label"] == other
            # only the facilitator may see or change labels
            assert client.get(f"/api/rooms/{rid}/labels").status_code == 401
            r = client.patch(f"/api/rooms/{rid}/labels/{dino}", json={"name": "x"}, headers={"X-Facilitator-Token": mia["key"]})
            assert r.status_code == 401 and "facilitator token" in r.json()["error"]
            got = client.get(f"/api/rooms/{rid}/labels", headers=fac_h).json()
            assert "off-task" in got["labels"] and got["dismissed"] == []
            cand = {c["label"]: c for c in got["candidates"]}[dino]
            # examples are this room's utterances only (the labeler serves every room on the server): the
            # kind was formed from talk elsewhere, so none here, though this room said an identical sentence
            assert cand["in_room"] == 1 and cand["examples"] == [] and cand["members"] >= 8
            # a bad name is a clear 400, and changes nothing
            for label, body, words in [(dino, {"name": "  "}, "1 to 40 characters"),
                                       (dino, {"name": "d" * 41}, "1 to 40 characters"),
                                       (dino, {"name": "Question"}, "already a label"),
                                       (dino, {"name": "unknown"}, "already a label"),
                                       (dino, {"name": "a/b"}, "cannot contain"),
                                       (dino, {"nom": "dinos"}, '{"name"'),
                                       ("question", {"name": "asking"}, "seed acts"),
                                       ("new_9", {"name": "dinos"}, "no label 'new_9'")]:
                r = client.patch(f"/api/rooms/{rid}/labels/{label}", json=body, headers=fac_h)
                assert r.status_code == 400 and words in r.json()["error"], (label, body, r.text)
            r = client.patch(f"/api/rooms/{rid}/labels/{dino}", content=b"dinos", headers=fac_h)
            assert r.status_code == 400 and "JSON" in r.json()["error"]
            assert dino in labeler.labels() and store.labels(rid)[0]["code"] == dino

            r = client.patch(f"/api/rooms/{rid}/labels/{dino}", json={"name": "  dinosaur   facts "}, headers=fac_h)
            assert r.status_code == 200, r.text
            out = r.json()
            assert out["label"] == "dinosaur facts" and out["relabelled"] == 1 and "warning" not in out
            assert "dinosaur facts" in [c["label"] for c in out["candidates"]]
            assert dino not in [c["label"] for c in out["candidates"]]
            note = recv_until(fac, lambda m: m["type"] == "label_renamed")[0]
            assert note == {"type": "label_renamed", "old": dino, "label": "dinosaur facts"}
            # later messages get the new name
            assert said_and_labelled(a, fac, dino_text, 3)["label"] == "dinosaur facts"
        # a facilitator who reconnects sees each message's label in the history; learners never see labels
        with client.websocket_connect(f"/ws/{rid}?key={token}") as fac:
            history = recv_until(fac, lambda m: m["type"] == "history")[0]["messages"]
            assert [m.get("label") for m in history] == ["dinosaur facts", other, "dinosaur facts"]
            assert all(0 <= m["label_confidence"] <= 1 for m in history)
        with client.websocket_connect(f"/ws/{rid}?key={mia['key']}") as a:
            history = recv_until(a, lambda m: m["type"] == "history")[0]["messages"]
            assert len(history) == 3 and all("label" not in m for m in history)
        exported = client.get(f"/api/rooms/{rid}/export.json", headers=fac_h).json()
        assert [[lab["code"] for lab in m["labels"]] for m in exported["messages"]] == [
            ["dinosaur facts"], [other], ["dinosaur facts"]]
        rows = list(csv.DictReader(io.StringIO(client.get(f"/api/rooms/{rid}/export.csv", headers=fac_h).text)))
        assert [r["labels"].split("(")[0] for r in rows] == ["dinosaur facts", other, "dinosaur facts"]
        st = client.get(f"/api/rooms/{rid}/stats", headers=fac_h).json()
        assert st["labels"] == {"dinosaur facts": 2, other: 1}
        assert {c["label"]: c["in_room"] for c in st["label_candidates"]}["dinosaur facts"] == 2
        # the old name is gone
        r = client.patch(f"/api/rooms/{rid}/labels/{dino}", json={"name": "dinos"}, headers=fac_h)
        assert r.status_code == 400 and f"no label {dino!r}" in r.json()["error"]


def test_dismissed_kind_is_labelled_unknown(tmp_path, labeler, dino, dino_text):
    client, store = make_app(tmp_path, labeler)
    with client:
        room = create_room(client)
        rid, token = room["room_id"], room["facilitator_token"]
        fac_h = {"X-Facilitator-Token": token}
        with facilitator_and_mia(client, room) as (fac, a):
            assert said_and_labelled(a, fac, dino_text, 1)["label"] == dino
            r = client.delete(f"/api/rooms/{rid}/labels/{dino}", headers=fac_h)
            assert r.status_code == 200, r.text
            assert r.json()["dismissed"] == dino and r.json()["relabelled"] == 1
            assert dino not in [c["label"] for c in r.json()["candidates"]]
            assert recv_until(fac, lambda m: m["type"] == "label_dismissed")[0]["label"] == dino
            assert said_and_labelled(a, fac, dino_text, 2)["label"] == "unknown"
        assert [lab["code"] for lab in store.labels(rid)] == ["unknown", "unknown"]
        assert client.get(f"/api/rooms/{rid}/labels", headers=fac_h).json()["dismissed"] == [dino]
        for method in ("delete", "patch"):
            r = client.request(method.upper(), f"/api/rooms/{rid}/labels/{dino}", headers=fac_h, json={"name": "dinos"})
            assert r.status_code == 400 and "was dismissed" in r.json()["error"]
        r = client.delete(f"/api/rooms/{rid}/labels/off-task", headers=fac_h)
        assert r.status_code == 400 and "seed acts" in r.json()["error"]


def test_names_and_new_kinds_survive_a_restart(tmp_path, labeler, seeded, dino, dino_text):
    kinds = [c["label"] for c in labeler.candidates()]
    created = labeler.labeler.created
    client, store = make_app(tmp_path, labeler)
    with client:
        room = create_room(client)
        rid, fac_h = room["room_id"], {"X-Facilitator-Token": room["facilitator_token"]}
        r = client.patch(f"/api/rooms/{rid}/labels/{dino}", json={"name": "dinosaur facts"}, headers=fac_h)
        assert r.status_code == 200, r.text
    path = labels_path(tmp_path / "rooms.sqlite3")
    assert path.exists() and not path.with_name(path.name + ".tmp").exists()
    store.close()
    fresh = copy.deepcopy(seeded)  # what a restarted server builds from the seed set
    assert fresh.candidates() == []
    client, store = make_app(tmp_path, fresh)
    with client:
        got = client.get(f"/api/rooms/{rid}/labels", headers=fac_h).json()
        assert [c["label"] for c in got["candidates"]] == [k if k != dino else "dinosaur facts" for k in kinds]
        with facilitator_and_mia(client, room) as (fac, a):
            assert said_and_labelled(a, fac, dino_text, 1)["label"] == "dinosaur facts"
        # the count of kinds created goes on: new_<n> names are never handed out twice, even across a restart
        assert fresh.labeler.created == created


def test_unreadable_saved_labels_start_afresh_with_a_message(tmp_path, seeded, capsys):
    path = labels_path(tmp_path / "rooms.sqlite3")
    path.write_bytes(b"not a labeler state")
    fresh = copy.deepcopy(seeded)
    client, store = make_app(tmp_path, fresh)
    err = capsys.readouterr().err
    assert "cannot read the saved labels" in err and "Starting the labels again from the seed set" in err
    aside = list(tmp_path.glob("rooms.sqlite3.labels.pt.unreadable-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == b"not a labeler state"  # kept for a person to look at
    with client:
        room = create_room(client)
        with facilitator_and_mia(client, room) as (fac, a):
            assert said_and_labelled(a, fac, "can we use scissors for this", 1)["label"] in fresh.labels()
    assert path.exists()  # a good state replaced it


def test_saved_state_of_another_seed_set_is_refused_unchanged(taught, seeded):
    state = taught.state_dict()
    state["labeler"]["classes"][0] = "greeting"
    fresh = copy.deepcopy(seeded)
    with pytest.raises(InputError, match="other seed labels"):
        fresh.load_state_dict(state)
    with pytest.raises(InputError, match="not a saved utterance-labeler state"):
        fresh.load_state_dict({"format": "something else"})
    broken = taught.state_dict()
    del broken["labeler"]["memories"]
    with pytest.raises(InputError, match="malformed"):
        fresh.load_state_dict(broken)
    assert fresh.labels() == seeded.labels() and fresh.candidates() == []
    assert fresh.label("can we use scissors for this") == seeded.label("can we use scissors for this")


def test_deleting_a_room_forgets_it_in_the_labeler_by_room_not_by_text(tmp_path, labeler, dino_text):
    client, store = make_app(tmp_path, labeler)
    path = labels_path(tmp_path / "rooms.sqlite3")
    with client:
        rooms = [create_room(client), create_room(client)]
        for room in rooms:  # both rooms say the same sentences, then the labeler learns from them
            with facilitator_and_mia(client, room) as (fac, a):
                for i, text in enumerate([dino_text, "can we use scissors for this", "i like the red one"]):
                    said_and_labelled(a, fac, text, i)
        gone, kept = rooms[0]["room_id"], rooms[1]["room_id"]
        labels = client.app.state.server.labels
        with labels.lock:
            labeler.learn()
            labels.save()

        def ids_of(room_id):
            return {i for i, k in labeler.item_keys.items() if k[0] == room_id}
        gone_ids, kept_ids = ids_of(gone), ids_of(kept)
        assert len(gone_ids) == len(kept_ids) == 3
        r = client.delete(f"/api/rooms/{gone}", headers={"X-Facilitator-Token": rooms[0]["facilitator_token"]})
        assert r.status_code == 200
        lab = labeler.labeler
        held = ({i for m in lab.memories for i in m.ids} | set(lab.unknown) | set(lab.backlog)
                | {v[3] for v in lab.validation} | set(labeler.texts) | {i for i, _ in labeler.pending}
                | {i for ex in labeler.examples.values() for i, _ in ex})
        assert not held & gone_ids and ids_of(gone) == set()
        assert kept_ids <= held  # the other room's identical sentences stay
        state = torch.load(path, weights_only=True)  # the saved state too
        assert all(k[0] != gone for _, k in state["item_keys"]) and any(k[0] == kept for _, k in state["item_keys"])
        assert not {i for i, _ in state["texts"]} & gone_ids
        # a labelling step that ends after the deletion leaves no label row and nothing in the labeler
        labels.label("a message screened before the deletion", gone, 99)
        assert store.labels(gone) == [] and ids_of(gone) == set()


class SaysOffTask(StandInLabeler):
    """A labeler that calls a message off-task when it mentions dinosaurs, else an idea (no keyword list)."""

    def label(self, text, key=None):
        """(label, confidence)."""
        return ("off-task", 0.9) if "dinosaur" in text else ("idea", 0.8)


def test_moderator_follows_the_labelers_off_task_label(tmp_path):
    policy = {**QUIET, "off_task_run": 3, "max_share": 1.0}
    client, store = make_client(tmp_path, limits=Limits(rate_per_s=50, burst=50), policy=policy, labeler=SaysOffTask())
    with client:
        room = create_room(client)
        rid, token = room["room_id"], room["facilitator_token"]
        with facilitator_and_mia(client, room) as (fac, a):
            fac.send_json({"type": "start"})
            recv_until(a, lambda m: m["type"] == "message" and m["m"]["author_kind"] == "agent")
            # words on the keyword list, labelled on task by the labeler: Jack does not steer back
            for i, text in enumerate(["a minecraft game for lunch", "the youtube football game", "roblox movie"]):
                assert said_and_labelled(a, fac, text, i)["label"] == "idea"
            turns = client.app.state.server.rooms[rid].session.turns
            assert [t.off_task for t in turns if t.kind == "learner"] == [False, False, False]
            # no keyword at all, labelled off-task by the labeler: three in a row and Jack steers back
            for i, text in enumerate(["dinosaur eggs are big", "my dinosaur toy", "the dinosaur film"], start=3):
                assert said_and_labelled(a, fac, text, i)["label"] == "off-task"
            recv_until(a, lambda m: m["type"] == "message" and m["m"]["author_kind"] == "agent")
        assert store.agent_turns(rid)[-1]["trigger"] == "off_task"
        assert [i["kind"] for i in store.instructions(rid)] == ["return_to_task"]
        got = client.get(f"/api/rooms/{rid}/labels", headers={"X-Facilitator-Token": token})
        assert got.status_code == 200 and got.json()["candidates"] == []
        r = client.patch(f"/api/rooms/{rid}/labels/idea", json={"name": "x"}, headers={"X-Facilitator-Token": token})
        assert r.status_code == 400 and "not a new kind of talk" in r.json()["error"]


def test_a_new_kind_found_in_the_room_relabels_the_messages_that_formed_it(tmp_path, seeded):
    labeler = copy.deepcopy(seeded)
    client, store = make_app(tmp_path, labeler)
    with client:
        room = create_room(client)
        rid, token = room["room_id"], room["facilitator_token"]
        first, revised = {}, {}
        with facilitator_and_mia(client, room) as (fac, a):
            for i in range(80):  # the talk the `taught` fixture learned from, now said in the room
                ack = say(a, DINOSAURS[i % len(DINOSAURS)] + " again" * (i // len(DINOSAURS)), client_id=i)
                _, seen = recv_until(fac, lambda m, s=ack["seq"]: m["type"] == "label" and m["seq"] == s)
                for m in seen:
                    if m["type"] == "label":
                        (revised if m.get("revised") else first)[m["seq"]] = m["label"]
        kinds = {c["label"] for c in labeler.candidates()}
        assert kinds, "no new kind of talk was found"
        # messages first labelled something else were moved into the new kind, in the store and on the page
        moved = {seq: label for seq, label in revised.items() if label in kinds and first[seq] != label}
        assert moved, (first, revised)
        stored = {lab["seq"]: lab["code"] for lab in store.labels(rid)}
        assert all(stored[seq] == label for seq, label in revised.items())
        got = client.get(f"/api/rooms/{rid}/labels", headers={"X-Facilitator-Token": token}).json()
        assert sum(c["in_room"] for c in got["candidates"]) >= len(moved)
        assert all(c["examples"] for c in got["candidates"])
    # messages still waiting in the unknown buffer keep their room and seq across a restart
    assert labeler.keys
    restarted = copy.deepcopy(seeded)
    restarted.load(labels_path(tmp_path / "rooms.sqlite3"))
    assert restarted.keys == labeler.keys and all(k[0] == rid for k in restarted.keys.values())


def test_a_failed_save_is_reported_not_raised(tmp_path, labeler, capsys):
    client, store = make_app(tmp_path, labeler)
    with client:
        room = create_room(client)
        client.app.state.server.labels.path = tmp_path / "gone" / "rooms.sqlite3.labels.pt"
        with facilitator_and_mia(client, room) as (fac, a):
            for i in range(labeler.learn_every):  # a learning step, whose state cannot be saved
                said_and_labelled(a, fac, f"we could paint the bench blue {i}", i)
        warning = client.app.state.server.labels.save_error
        assert "could not save the labels" in warning and "lost when the server restarts" in warning
        assert "could not save the labels" in capsys.readouterr().err


def test_a_facilitator_renames_and_dismisses_only_in_their_own_room(tmp_path, labeler, dino, dino_text):
    client, store = make_app(tmp_path, labeler)
    with client:
        ra, rb = create_room(client), create_room(client)
        ha, hb = ({"X-Facilitator-Token": r["facilitator_token"]} for r in (ra, rb))
        with facilitator_and_mia(client, ra) as (fac_a, mia_a), facilitator_and_mia(client, rb) as (fac_b, mia_b):
            assert said_and_labelled(mia_a, fac_a, dino_text, 1)["label"] == dino
            assert said_and_labelled(mia_b, fac_b, dino_text, 1)["label"] == dino
            r = client.patch(f"/api/rooms/{ra['room_id']}/labels/{dino}", json={"name": "dinosaurs"}, headers=ha)
            assert r.status_code == 200 and r.json()["relabelled"] == 1
            # room B keeps the labeler's name: stored labels, names, candidates, later messages
            assert [lab["code"] for lab in store.labels(rb["room_id"])] == [dino]
            got_b = client.get(f"/api/rooms/{rb['room_id']}/labels", headers=hb).json()
            assert dino in got_b["labels"] and "dinosaurs" not in got_b["labels"]
            assert dino in [c["label"] for c in got_b["candidates"]]
            assert "dinosaurs" not in [c["label"] for c in got_b["candidates"]]
            assert said_and_labelled(mia_b, fac_b, dino_text, 2)["label"] == dino
            assert said_and_labelled(mia_a, fac_a, dino_text, 2)["label"] == "dinosaurs"
            # B's facilitator was not told about A's rename; B may dismiss it for B alone
            r = client.delete(f"/api/rooms/{rb['room_id']}/labels/{dino}", headers=hb)
            assert r.status_code == 200
            note = recv_until(fac_b, lambda m: m["type"].startswith("label_"))[0]
            assert note == {"type": "label_dismissed", "label": dino}
            assert said_and_labelled(mia_a, fac_a, dino_text, 3)["label"] == "dinosaurs"
            assert said_and_labelled(mia_b, fac_b, dino_text, 3)["label"] == "unknown"
        assert [lab["code"] for lab in store.labels(ra["room_id"])] == ["dinosaurs"] * 3
        assert [lab["code"] for lab in store.labels(rb["room_id"])] == ["unknown"] * 3
        assert client.get(f"/api/rooms/{ra['room_id']}/labels", headers=ha).json()["dismissed"] == []
        # a token of room B cannot touch room A's labels
        r = client.patch(f"/api/rooms/{ra['room_id']}/labels/dinosaurs", json={"name": "x"}, headers=hb)
        assert r.status_code == 401


def test_what_the_labeler_keeps_per_kind_is_bounded(taught):
    from jackpeer.label.utterance_labeler import MAX_EXAMPLES

    assert taught.examples and all(len(ex) <= MAX_EXAMPLES for ex in taught.examples.values())
    assert len(taught.texts) <= taught.keep_texts
    lab = taught.labeler
    assert len(lab.unknown) <= lab.cfg.unknown_capacity and len(lab.backlog) <= lab.cfg.unknown_capacity
    assert all(len(m) <= lab.cfg.memory_per_class for m in lab.memories)
