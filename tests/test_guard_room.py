"""The screen's actions in the room (issue 14): disclosure flow, kind notices, alerts with severity, review marks."""

from test_room_support import create_room, join, make_client, recv_until, say

from jackpeer.guard.verdict import Verdict
from jackpeer.peers.live_room import load_live_room

QUIET = {"stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6, "min_gap_s": 0}
DISCLOSURE = "my dad hits me when he's angry"


def sockets(client, room, names):
    """The facilitator's socket and one per learner (joined now), in a list."""
    rid = room["room_id"]
    keys = [join(client, room["join_code"], n)["key"] for n in names]
    return [client.websocket_connect(f"/ws/{rid}?key={k}") for k in [room["facilitator_token"], *keys]]


def test_a_disclosure_gets_a_kind_private_reply_and_a_high_alert_and_peers_see_nothing(tmp_path):
    client, store = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client)
        rid = room["room_id"]
        f, m, o = sockets(client, room, ["Mia", "Leo"])
        with f as fac, m as mia, o as leo:
            alerts, _ = recv_until(fac, lambda d: d["type"] == "guard_alerts")
            assert alerts["alerts"] == []
            ack = say(mia, DISCLOSURE, client_id=1)
            assert ack["shown"] is False
            notice, _ = recv_until(mia, lambda d: d["type"] == "notice")
            assert "not shown" not in notice["text"] and "facilitator" in notice["text"]
            reply, _ = recv_until(mia, lambda d: d["type"] == "private")
            assert reply["author"] == "Jack" and "trusted adult" in reply["text"] and "Mia" in reply["text"]
            alert, _ = recv_until(fac, lambda d: d["type"] == "guard_alert")
            a = alert["alert"]
            assert a["who"] == "Mia" and "C2" in a["categories"] and a["severity"] == "high"
            assert a["action"] == "hide_alert" and a["status"] == "open" and a["text"] == DISCLOSURE
            assert say(mia, "ok what's next", client_id=2)["shown"] is True
            _, seen = recv_until(leo, lambda d: d["type"] == "message" and d["m"]["text"] == "ok what's next")
            assert DISCLOSURE not in str(seen) and "trusted adult" not in str(seen)
        assert [r["text"] for r in store.messages(rid)] == ["ok what's next"]
        assert store.events(rid, "private_reply")[0]["to"] == "Mia"


def test_bullying_is_blocked_kindly_and_play_language_is_shown(tmp_path):
    client, store = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client)
        f, m, o = sockets(client, room, ["Mia", "Leo"])
        with f as fac, m as mia, o as leo:
            assert say(leo, "Mia you're so stupid nobody likes you", client_id=1)["shown"] is False
            notice, _ = recv_until(leo, lambda d: d["type"] == "notice")
            assert "kinder" in notice["text"]
            alert, _ = recv_until(fac, lambda d: d["type"] == "guard_alert")
            assert alert["alert"]["categories"] == ["C1"] and alert["alert"]["severity"] == "medium"
            for i, text in enumerate(["I want to kill this game its boring", "lol mia is so slow at typing"]):
                assert say(leo, text, client_id=10 + i)["shown"] is True
                recv_until(mia, lambda d, t=text: d["type"] == "message" and d["m"]["text"] == t)
        assert store.alerts(room["room_id"])[0]["who"] == "Leo" and len(store.alerts(room["room_id"])) == 1


def test_the_facilitator_marks_alerts_and_the_marks_are_stored_and_exported(tmp_path):
    client, store = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client)
        rid = room["room_id"]
        f, m = sockets(client, room, ["Mia"])
        with f as fac, m as mia:
            say(mia, DISCLOSURE, client_id=1)
            say(mia, "my number is 07700 900123", client_id=2)
            first, _ = recv_until(fac, lambda d: d["type"] == "guard_alert")
            second, _ = recv_until(fac, lambda d: d["type"] == "guard_alert")
            assert second["alert"]["categories"] == ["S7", "C4"] and second["alert"]["action"] == "block"
            fac.send_json({"type": "mark_alert", "id": first["alert"]["id"], "status": "reviewed"})
            marked, _ = recv_until(fac, lambda d: d["type"] == "guard_alert")
            assert marked["alert"]["status"] == "reviewed" and marked["alert"]["marked_ms"]
            fac.send_json({"type": "mark_alert", "id": second["alert"]["id"], "status": "false_alarm"})
            recv_until(fac, lambda d: d["type"] == "guard_alert" and d["alert"]["status"] == "false_alarm")
            fac.send_json({"type": "mark_alert", "id": second["alert"]["id"], "status": "maybe"})
            err, _ = recv_until(fac, lambda d: d["type"] == "error")
            assert err["code"] == "bad_mark" and "false_alarm" in err["text"]
            mia.send_json({"type": "mark_alert", "id": first["alert"]["id"], "status": "open"})
            refused, _ = recv_until(mia, lambda d: d["type"] == "error")
            assert refused["code"] == "not_facilitator"
        with client.websocket_connect(f"/ws/{rid}?key={room['facilitator_token']}") as fac:
            listed, _ = recv_until(fac, lambda d: d["type"] == "guard_alerts")
            assert [a["status"] for a in listed["alerts"]] == ["reviewed", "false_alarm"]
        exported = client.get(f"/api/rooms/{rid}/export.json", params={"token": room["facilitator_token"]}).json()
        assert [a["status"] for a in exported["alerts"]] == ["reviewed", "false_alarm"]
        assert "07700" not in str(exported["alerts"])  # the flagged text is masked like the transcript
        assert client.delete(f"/api/rooms/{rid}", params={"token": room["facilitator_token"]}).status_code == 200
    assert store.alerts(rid) == []  # deleted with the room


def test_the_facilitator_shows_a_message_held_back_by_mistake_but_never_a_disclosure(tmp_path):
    client, store = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client)
        rid = room["room_id"]
        f, m, o = sockets(client, room, ["Mia", "Leo"])
        with f as fac, m as mia, o as leo:
            assert say(leo, "hi all", client_id=1)["shown"] is True
            held = "Mia you're so stupid lol"  # banter the screen read as bullying
            assert say(leo, held, client_id=2)["shown"] is False
            bullying, _ = recv_until(fac, lambda d: d["type"] == "guard_alert")
            assert bullying["alert"]["held"] == 1 and bullying["alert"]["can_show"]
            assert say(leo, "ok whats next", client_id=3)["shown"] is True
            say(mia, DISCLOSURE, client_id=4)
            disclosure, _ = recv_until(fac, lambda d: d["type"] == "guard_alert" and "C2" in d["alert"]["categories"])
            assert disclosure["alert"]["held"] == 1 and not disclosure["alert"]["can_show"]
            mia.send_json({"type": "show_held", "id": bullying["alert"]["id"]})
            assert recv_until(mia, lambda d: d["type"] == "error")[0]["code"] == "not_facilitator"
            fac.send_json({"type": "show_held", "id": disclosure["alert"]["id"]})
            refused, _ = recv_until(fac, lambda d: d["type"] == "error")
            assert refused["code"] == "bad_show" and "disclosure" in refused["text"]
            fac.send_json({"type": "show_held", "id": bullying["alert"]["id"]})
            shown, _ = recv_until(mia, lambda d: d["type"] == "held_shown")
            assert shown["m"]["text"] == held and shown["m"]["author"] == "Leo" and "guard" not in shown["m"]
            marked, _ = recv_until(fac, lambda d: d["type"] == "guard_alert")
            assert marked["alert"]["status"] == "false_alarm" and marked["alert"]["held"] == 0
            assert not marked["alert"]["can_show"]
            fac.send_json({"type": "show_held", "id": bullying["alert"]["id"]})
            assert "already shown" in recv_until(fac, lambda d: d["type"] == "error")[0]["text"]
        # in its place for everyone who loads the room later; the disclosure stays held back
        assert [r["text"] for r in store.messages(rid)] == ["hi all", held, "ok whats next"]
        assert store.events(rid, "shown_after_all")[0]["seq"] == shown["m"]["seq"]


class HoldsStupid:
    """A stand-in screen that reads any message with "stupid" as bullying (C1) and passes everything else."""

    name = "holds stupid"

    def check_user(self, text, history=None, task=None, names=(), speaker=None):
        if "stupid" in text:
            return Verdict(False, ["C1"], 0.9, "bullying (stand-in)", self.name)
        return Verdict(True, screen=self.name)

    check_agent = check_user


def test_a_message_shown_after_all_joins_the_conversation_and_jack_answers_it(tmp_path):
    client, store = make_client(tmp_path, policy=QUIET, screen=HoldsStupid())
    with client:
        room = create_room(client)
        rid = room["room_id"]
        f, o = sockets(client, room, ["Leo"])
        with f as fac, o as leo:
            fac.send_json({"type": "start"})
            recv_until(leo, lambda d: d["type"] == "message" and d["m"]["author_kind"] == "agent")
            assert say(leo, "jack this game is so stupid lol what do we do", client_id=1)["shown"] is False
            alert, _ = recv_until(fac, lambda d: d["type"] == "guard_alert")
            fac.send_json({"type": "show_held", "id": alert["alert"]["id"]})
            shown, _ = recv_until(leo, lambda d: d["type"] == "held_shown")
            answer, _ = recv_until(leo, lambda d: d["type"] == "message" and d["m"]["author_kind"] == "agent")
        turn = store.agent_turns(rid)[-1]
        assert turn["trigger"] == "addressed" and turn["trigger_seq"] == shown["m"]["seq"]


def test_actions_are_configured_per_room(tmp_path):
    client, store = make_client(tmp_path, policy=QUIET)
    with client:
        bad = client.post("/api/rooms", json={"task": "x", "guard_actions": {"C2": "block"}})
        assert bad.status_code == 400 and "disclosure" in bad.json()["error"]
        room = create_room(client, guard_actions={"C1": "show_alert:low"})
        f, m, o = sockets(client, room, ["Mia", "Leo"])
        with f as fac, m as mia, o as leo:
            text = "Mia you're so stupid nobody likes you"
            assert say(leo, text, client_id=1)["shown"] is True
            recv_until(mia, lambda d: d["type"] == "message" and d["m"]["text"] == text)
            alert, _ = recv_until(fac, lambda d: d["type"] == "guard_alert")
            assert alert["alert"]["action"] == "show_alert" and alert["alert"]["severity"] == "low"


def test_a_grooming_pattern_across_messages_in_the_room(tmp_path):
    client, store = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client)
        f, m, o = sockets(client, room, ["Mia", "Max"])
        with f as fac, m as mia, o as max_:
            for i, text in enumerate(["I love your drawings, you're so talented", "you're my favourite in this room"]):
                assert say(max_, text, client_id=i)["shown"] is True
            assert say(max_, "how old are you?", client_id=9)["shown"] is False
            alert, _ = recv_until(fac, lambda d: d["type"] == "guard_alert")
            assert alert["alert"]["categories"] == ["C3"] and alert["alert"]["severity"] == "high"
            assert "grooming pattern over 3 messages from Max" in alert["alert"]["reason"]
            _, seen = recv_until(mia, lambda d: d["type"] == "message" and "favourite" in d["m"]["text"])
            assert "how old" not in str(seen)


def test_jibes_the_screen_held_back_still_count_toward_the_third(tmp_path):
    client, store = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client)
        f, m, o = sockets(client, room, ["Mia", "Leo"])
        with f as fac, m as mia, o as leo:
            assert say(leo, "Mia you're so stupid nobody likes you", client_id=1)["shown"] is False
            assert say(leo, "Mia ur such a loser", client_id=2)["shown"] is False
            # mild alone ("lol mia is so slow at typing" is shown in a room with no jibes before it), not after two
            assert say(leo, "lol mia is so slow at typing", client_id=3)["shown"] is False
            recv_until(fac, lambda d: d["type"] == "guard_alert" and "3 jibes at Mia" in d["alert"]["reason"])
            # what the others answer is what they saw: a hidden grooming turn makes no "ok" grooming
            assert say(leo, "send me a pic of u first, just between us", client_id=4)["shown"] is False
            assert say(mia, "ok", client_id=5)["shown"] is True
        assert [r["text"] for r in store.messages(room["room_id"])] == ["ok"]
    # a restarted server reads the held-back messages back for the screen
    held = load_live_room(store, room["room_id"], {}).held
    assert [t.text for t in held][-2:] == ["lol mia is so slow at typing", "send me a pic of u first, just between us"]
