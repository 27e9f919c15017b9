"""The room's mechanics: access, limits, escaping, screening both ways, storage, history, Jack's turns."""

import csv
import io
import json
import re
import time
from pathlib import Path

import pytest
from test_room_support import (
    ScriptedBackend,
    create_room,
    facilitator_and_mia,
    join,
    make_client,
    recv_until,
    say,
)

from jackpeer.guard.offline import OfflineScreen
from jackpeer.peers.live_room import load_live_room
from jackpeer.peers.rate_limit import Limits

pytestmark = pytest.mark.timeout(90)
QUIET = {"stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6, "min_gap_s": 0}
UNSAFE_IN = "I want to kill myself tonight"


def test_page_and_info(tmp_path):
    client, _ = make_client(tmp_path)
    with client:
        page = client.get("/")
        assert page.status_code == 200 and "Jack room" in page.text
        # The page writes all text with textContent, never as HTML.
        assert "innerHTML" not in page.text and "insertAdjacentHTML" not in page.text
        info = client.get("/api/info").json()
        assert info["screen"] and info["backend"] == "scripted test backend"


def test_wrong_join_code_and_bad_key(tmp_path):
    client, _ = make_client(tmp_path)
    with client:
        room = create_room(client)
        r = client.post("/api/join", json={"code": "ZZZZZZ", "name": "Mia"})
        assert r.status_code == 404 and "join code" in r.json()["error"]
        with client.websocket_connect(f"/ws/{room['room_id']}?key=guess") as ws:
            msg = ws.receive_json()
            assert msg["type"] == "error" and msg["code"] == "auth"
        with client.websocket_connect(f"/ws/{room['room_id']}") as ws:
            assert ws.receive_json()["code"] == "auth"
        # a learner of another room cannot use their key here
        other = create_room(client)
        mia = join(client, other["join_code"], "Mia")
        with client.websocket_connect(f"/ws/{room['room_id']}?key={mia['key']}") as ws:
            assert ws.receive_json()["code"] == "auth"
        # the code is case-insensitive for children typing it
        assert client.post("/api/join", json={"code": room["join_code"].lower(), "name": "Leo"}).status_code == 200
        r = client.post("/api/join", json={"code": room["join_code"], "name": "leo"})
        assert r.status_code == 409 and "already used" in r.json()["error"]


def test_facilitator_actions_need_the_token(tmp_path):
    client, _ = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client)
        rid = room["room_id"]
        mia = join(client, room["join_code"], "Mia")
        for path in ("export.json", "export.csv", "stats"):
            r = client.get(f"/api/rooms/{rid}/{path}")
            assert r.status_code == 401 and "facilitator token" in r.json()["error"]
            assert client.get(f"/api/rooms/{rid}/{path}", params={"token": mia["key"]}).status_code == 401
            assert client.get(f"/api/rooms/{rid}/{path}",
                              headers={"X-Facilitator-Token": room["facilitator_token"]}).status_code == 200
        with client.websocket_connect(f"/ws/{rid}?key={mia['key']}") as ws:
            ws.send_json({"type": "next_phase"})
            err, _ = recv_until(ws, lambda m: m["type"] == "error")
            assert err["code"] == "not_facilitator"


def test_oversize_message_and_flood_are_refused_with_clear_messages(tmp_path):
    client, store = make_client(tmp_path, limits=Limits(max_chars=100, burst=3, rate_per_s=0.5), policy=QUIET)
    with client:
        room = create_room(client)
        mia = join(client, room["join_code"], "Mia")
        with client.websocket_connect(f"/ws/{room['room_id']}?key={mia['key']}") as ws:
            err = say(ws, "x" * 101, client_id=1)
            assert err["type"] == "error" and err["code"] == "too_long" and "100" in err["text"]
            results = [say(ws, f"message {i}", client_id=10 + i)["type"] for i in range(6)]
            assert results[:3] == ["ack"] * 3 and "error" in results[3:]
            assert say(ws, "again", client_id=99).get("code") == "too_fast"
        texts = [m["text"] for m in store.messages(room["room_id"], include_blocked=True)]
        assert texts == ["message 0", "message 1", "message 2"]


def test_room_full(tmp_path):
    client, _ = make_client(tmp_path, limits=Limits(max_learners=2))
    with client:
        room = create_room(client)
        join(client, room["join_code"], "A")
        join(client, room["join_code"], "B")
        r = client.post("/api/join", json={"code": room["join_code"], "name": "C"})
        assert r.status_code == 403 and "full" in r.json()["error"]
        r = client.post("/api/join", json={"code": room["join_code"], "name": "x" * 40})
        assert r.status_code == 400


def test_html_is_delivered_as_text_not_markup(tmp_path):
    # What arrives is the screen's call, not this test's: the learned heads read markup as they please (a script tag
    # as S14, '<b onclick="go()">our poster</b>' as C4 0.96 once retrained) and load in the background, so the room
    # here screens with the rules and the classifier alone.
    words_only = OfflineScreen(semantic_threshold=1.01, semantic_context_threshold=1.01, agree_head=1.01,
                               conversation_threshold=1.01)
    client, store = make_client(tmp_path, policy=QUIET, screen=words_only)
    attack = '<b onclick="go()">our poster</b> & <i>3 < 5</i> <script>alert(2)</script>'
    with client:
        room = create_room(client)
        mia, leo = (join(client, room["join_code"], n) for n in ("Mia", "Leo"))
        with client.websocket_connect(f"/ws/{room['room_id']}?key={mia['key']}") as a, \
                client.websocket_connect(f"/ws/{room['room_id']}?key={leo['key']}") as b:
            assert say(a, attack, client_id=1)["type"] == "ack"
            msg, _ = recv_until(b, lambda m: m["type"] == "message")
            # JSON carries the exact characters; the page renders them with textContent.
            assert msg["m"]["text"] == attack
        assert store.messages(room["room_id"])[0]["text"] == attack
    words_only.wait_semantic(600)  # no head still loading in a thread of its own when the test process exits


def test_unsafe_learner_message_is_blocked_and_facilitator_told(tmp_path):
    client, store = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client)
        rid = room["room_id"]
        mia, leo = (join(client, room["join_code"], n) for n in ("Mia", "Leo"))
        with client.websocket_connect(f"/ws/{rid}?key={room['facilitator_token']}") as fac, \
                client.websocket_connect(f"/ws/{rid}?key={mia['key']}") as a, \
                client.websocket_connect(f"/ws/{rid}?key={leo['key']}") as b:
            ack = say(a, UNSAFE_IN, client_id=1)
            assert ack["type"] == "ack" and ack["shown"] is False
            notice, _ = recv_until(a, lambda m: m["type"] == "notice")
            assert "kept private" in notice["text"]  # a disclosure (S11): never just "not shown" (issue 14)
            blocked, _ = recv_until(fac, lambda m: m["type"] == "blocked")
            assert blocked["who"] == "Mia" and blocked["direction"] == "in" and blocked["categories"]
            assert blocked["reason"] and blocked["screen"]
            assert say(a, "ok lets do slides", client_id=2)["shown"] is True
            msg, seen = recv_until(b, lambda m: m["type"] == "message")
            assert msg["m"]["text"] == "ok lets do slides"
            assert UNSAFE_IN not in str(seen)
        rows = store.messages(rid, include_blocked=True)
        assert rows[0]["blocked"] == 1 and rows[0]["text"] == UNSAFE_IN  # kept for the facilitator
        assert [m["text"] for m in store.messages(rid)] == ["ok lets do slides"]


def test_unsafe_reply_of_jack_is_blocked_before_anyone_sees_it(tmp_path):
    unsafe = "Here is how to make a bomb at home: mix the chemicals and light the fuse."
    backend = ScriptedBackend(unsafe)
    client, store = make_client(tmp_path, backend=backend, policy=QUIET)
    with client:
        room = create_room(client)
        rid = room["room_id"]
        with facilitator_and_mia(client, room) as (fac, a):
            fac.send_json({"type": "start"})
            blocked, _ = recv_until(fac, lambda m: m["type"] == "blocked")
            assert blocked["direction"] == "out" and blocked["who"] == "Jack" and blocked["categories"]
            _, seen = recv_until(a, lambda m: m["type"] == "stream_drop")
            shown = "".join(m.get("piece", "") for m in seen if m["type"] == "stream")
            assert "bomb" not in shown and "fuse" not in shown
        assert not [m for m in store.messages(rid) if m["author_kind"] == "agent"]
        assert store.agent_turns(rid)[0]["dropped_reason"] == "blocked by the safety screen"


def test_reconnect_gets_history_since_last_seq(tmp_path):
    client, _ = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client)
        rid = room["room_id"]
        mia = join(client, room["join_code"], "Mia")
        with client.websocket_connect(f"/ws/{rid}?key={mia['key']}") as a:
            seqs = [say(a, f"line {i}", client_id=i)["seq"] for i in range(3)]
        with client.websocket_connect(f"/ws/{rid}?key={mia['key']}&since={seqs[0]}") as a:
            hist, _ = recv_until(a, lambda m: m["type"] == "history")
            assert [m["text"] for m in hist["messages"]] == ["line 1", "line 2"]


def test_moderator_opens_invites_quiet_member_and_moves_phase_on_time(tmp_path):
    backend = ScriptedBackend("Let us keep going together.")
    policy = {"quiet_turns": 2, "min_gap_s": 0, "stall_s": 1e6, "quiet_s": 1e6, "max_share": 1.0}
    client, store = make_client(tmp_path, backend=backend, policy=policy)
    with client:
        room = create_room(client, phases=[{"name": "ideas", "seconds": 3}, {"name": "choose", "seconds": 600}])
        rid = room["room_id"]
        mia, leo = (join(client, room["join_code"], n) for n in ("Mia", "Leo"))
        with client.websocket_connect(f"/ws/{rid}?key={room['facilitator_token']}") as fac, \
                client.websocket_connect(f"/ws/{rid}?key={mia['key']}") as a, \
                client.websocket_connect(f"/ws/{rid}?key={leo['key']}"):
            fac.send_json({"type": "start"})
            opening, _ = recv_until(a, lambda m: m["type"] == "message" and m["m"]["author_kind"] == "agent")
            assert "ideas" in opening["m"]["text"]  # the deterministic part names the first phase
            say(a, "slides are fun", client_id=1)
            say(a, "and swings", client_id=2)
            invite, _ = recv_until(a, lambda m: m["type"] == "message" and m["m"]["author_kind"] == "agent")
            assert "Leo" in invite["m"]["text"]
            state, _ = recv_until(a, lambda m: m["type"] == "state" and m["phase"] == "choose")
            assert state["phase_index"] == 1
        time.sleep(0.2)
        phases = store.phase_events(rid)
        assert [p["phase"] for p in phases] == ["ideas", "choose"]
        assert phases[1]["started_ms"] - phases[0]["started_ms"] >= 3000
        ins = store.instructions(rid)
        assert ins and ins[0]["kind"] == "invite_member" and ins[0]["target_name"] == "Leo"
        stats = client.get(f"/api/rooms/{rid}/stats", params={"token": room["facilitator_token"]}).json()
        mia_stats = next(m for m in stats["members"] if m["name"] == "Mia")
        assert mia_stats["turns"] == 2 and mia_stats["talk_time_s"] > 0
        assert stats["agent_turns"] >= 2
        # the prompt carries only recent turns: it stays short however long the room runs
        assert all(sum(len(m["content"]) for m in p) < 2000 for p in backend.prompts)


def test_jack_says_what_comes_next_when_the_facilitator_moves_the_phase_and_thanks_the_group_at_the_end(tmp_path):
    client, store = make_client(tmp_path, backend=ScriptedBackend("Let us keep going together."), policy=QUIET)
    with client:
        room = create_room(client, phases=[{"name": "ideas", "seconds": 600}, {"name": "choose", "seconds": 300}])
        rid = room["room_id"]
        with facilitator_and_mia(client, room) as (fac, a):
            fac.send_json({"type": "start"})
            recv_until(a, lambda m: m["type"] == "message" and m["m"]["author_kind"] == "agent")
            fac.send_json({"type": "next_phase"})
            turn, _ = recv_until(a, lambda m: m["type"] == "message" and m["m"]["author_kind"] == "agent")
            assert "choosing" in turn["m"]["text"]
            fac.send_json({"type": "next_phase"})  # on the last phase: the facilitator ends the session
            goodbye, _ = recv_until(a, lambda m: m["type"] == "message" and m["m"]["author_kind"] == "agent")
            assert "thank" in goodbye["m"]["text"].lower()
        assert [t["trigger"] for t in store.agent_turns(rid)] == ["open", "phase_start", "phase_end"]
        events = store.phase_events(rid)  # ended once, not moved again by the goodbye
        assert [e["phase"] for e in events] == ["ideas", "choose"] and events[-1]["ended_ms"] is not None
    restarted = load_live_room(store, rid, QUIET).agent  # as after a server restart: the phase is not announced again
    assert restarted.session.phase.name == "choose" and restarted.session.finished
    assert restarted.policy.decide(restarted.session, restarted.tracker, time.time()) is None


def test_exports_mask_personal_data(tmp_path):
    client, _ = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client)
        rid = room["room_id"]
        mia = join(client, room["join_code"], "Mia")
        with client.websocket_connect(f"/ws/{rid}?key={mia['key']}") as a:
            say(a, "we could build a treehouse", client_id=1)
            say(a, "mail me at mia@example.com", client_id=2)
        tok = {"token": room["facilitator_token"]}
        data = client.get(f"/api/rooms/{rid}/export.json", params=tok).json()
        assert [m["text"] for m in data["messages"]][-1] == "mail me at [email]"
        assert data["board"][0]["text"] == "we could build a treehouse"
        assert "token_hash" not in data["room"] and all("key_hash" not in m for m in data["members"])
        rows = list(csv.DictReader(io.StringIO(client.get(f"/api/rooms/{rid}/export.csv", params=tok).text)))
        assert [r["author"] for r in rows] == ["Mia", "Mia"] and "[email]" in rows[1]["text"]


def test_ideas_said_in_chat_reach_the_board(tmp_path):
    """A live room's garden ideas stayed chat ("maybe tomatoes", "a rain barrel?"): in the ideas phase they are cards."""
    client, _ = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client, phases=[{"name": "ideas", "minutes": 10}, {"name": "choose", "minutes": 5}])
        rid = room["room_id"]
        leo = join(client, room["join_code"], "Leo")
        with client.websocket_connect(f"/ws/{rid}?key={leo['key']}") as a:
            for i, text in enumerate(["maybe tomatoes", "a rain barrel?", "lol", "maybe later"], start=1):
                say(a, text, client_id=i)
        data = client.get(f"/api/rooms/{rid}/export.json", params={"token": room["facilitator_token"]}).json()
        assert [b["text"] for b in data["board"]] == ["maybe tomatoes", "a rain barrel?"]


def test_remote_backend_needs_opt_in(tmp_path):
    backend = ScriptedBackend()
    backend.remote = True
    client, _ = make_client(tmp_path, backend=backend)
    with client:
        r = client.post("/api/rooms", json={"task": "x", "role": "moderator"})
        assert r.status_code == 400 and "remote" in r.json()["error"]
        assert client.post("/api/rooms", json={"task": "x", "role": "moderator", "allow_remote": True}).status_code == 200


def test_bad_room_settings(tmp_path):
    client, _ = make_client(tmp_path)
    with client:
        assert client.post("/api/rooms", json={"role": "boss"}).status_code == 400
        assert client.post("/api/rooms", json={"phases": [{"name": ""}]}).status_code == 400
        assert client.post("/api/rooms", content=b"not json").status_code == 400
        assert client.post("/api/rooms", content=b"[1]").status_code == 400
        assert client.post("/api/join", content=b"[1]").status_code == 400
        # what a hand-made client may send is refused with a reason, never a 500 or a room the page cannot show
        for body in ({"phases": [{"name": "x", "minutes": "inf"}]}, {"policy": {"stall_s": "abc"}},
                     {"policy": {"stall_s": float("inf")}}):
            r = client.post("/api/rooms", content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
            assert r.status_code == 400 and r.json()["error"], body
        half_emoji = b'{"task": "plan a \\ud83d garden"}'  # valid JSON: a lone surrogate, half of an emoji
        room = client.post("/api/rooms", content=half_emoji, headers={"Content-Type": "application/json"}).json()
        assert client.get(f"/api/rooms/{room['room_id']}/export.json",
                          params={"token": room["facilitator_token"]}).json()["room"]["task"] == "plan a \ufffd garden"


def test_odd_socket_messages_neither_drop_the_socket_nor_lose_a_message(tmp_path):
    client, store = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client)
        rid = room["room_id"]
        with facilitator_and_mia(client, room) as (fac, a):
            for odd in ({"type": ["say"]}, {"type": "extend", "minutes": "abc"}, {"type": "extend", "minutes": [1]},
                        {"type": "show_held", "id": [1]}, {"type": "mark_alert", "id": {"a": 1}, "status": None}):
                fac.send_json(odd)
            a.send_json({"type": "say", "text": None, "client_id": 2})  # nothing to say: not stored as "None"
            a.send_text('{"type": "say", "text": "half an emoji \\ud83d", "client_id": 1}')
            assert recv_until(a, lambda m: m["type"] == "ack")[0]["shown"] is True
            fac.send_json({"type": "ping"})
            recv_until(fac, lambda m: m["type"] == "pong")  # the facilitator's socket is still there
        assert [m["text"] for m in store.messages(rid)] == ["half an emoji \ufffd"]
        fac_token = {"X-Facilitator-Token": room["facilitator_token"], "Content-Type": "application/json"}
        seq = store.messages(rid)[0]["seq"]
        r = client.put(f"/api/rooms/{rid}/coding/{seq}", headers=fac_token,  # the same half emoji in a coder's memo
                       content=b'{"coder": "ana", "codes": ["agent_ignored"], "memo": "unsure \\ud83d"}')
        assert r.status_code == 200, r.text  # UnicodeEncodeError and a 500 before
        for route in ("feedback", "coding"):  # a seq past SQLite's integers in a hand-typed URL: refused, not a 500
            r = client.put(f"/api/rooms/{rid}/{route}/{10**30}", json={}, headers={"X-Facilitator-Token": room["facilitator_token"]})
            assert r.status_code == 422


def test_page_is_static_files_with_no_external_scripts():
    static = Path(__file__).parents[1] / "jackpeer" / "peers" / "static"
    html = (static / "room.html").read_text()
    # plain JS, no build step: inline, or a file of static/ that the room serves itself; nothing from elsewhere
    sources = re.findall(r"<script[^>]*\bsrc=\"([^\"]+)\"", html)
    assert html.count("<script") >= 1
    for src in sources:
        assert src.startswith("/") and not src.startswith("//") and (static / src.lstrip("/")).is_file(), src
    assert "http://" not in html and "https://" not in html


def test_off_task_run_is_steered_back_and_recorded(tmp_path):
    policy = {**QUIET, "off_task_run": 3, "max_share": 1.0}
    client, store = make_client(tmp_path, policy=policy)
    with client:
        room = create_room(client)
        rid = room["room_id"]
        with facilitator_and_mia(client, room) as (fac, a):
            fac.send_json({"type": "start"})
            recv_until(a, lambda m: m["type"] == "message" and m["m"]["author_kind"] == "agent")
            for i, text in enumerate(["did you watch youtube", "minecraft is cool", "my minecraft house"]):
                say(a, text, client_id=i)
            recv_until(a, lambda m: m["type"] == "message" and m["m"]["author_kind"] == "agent")
        ins = store.instructions(rid)
        assert [i["kind"] for i in ins] == ["return_to_task"] and ins[0]["status"] == "open"
        assert store.agent_turns(rid)[-1]["trigger"] == "off_task"


def test_facilitator_deletes_a_room_at_once(tmp_path):
    client, store = make_client(tmp_path, policy=QUIET)
    with client:
        room = create_room(client, consent=True)
        rid = room["room_id"]
        assert store.room(rid)["consent_at"]
        mia = join(client, room["join_code"], "Mia")
        with client.websocket_connect(f"/ws/{rid}?key={mia['key']}") as a:
            say(a, "hello", client_id=1)
            assert client.delete(f"/api/rooms/{rid}", params={"token": mia["key"]}).status_code == 401
            assert client.delete(f"/api/rooms/{rid}", params={"token": room["facilitator_token"]}).status_code == 200
            err, _ = recv_until(a, lambda m: m["type"] == "error")
            assert err["code"] == "deleted"
        assert store.room(rid) is None and store.messages(rid, include_blocked=True) == []
        assert client.post("/api/join", json={"code": room["join_code"], "name": "Leo"}).status_code == 404


def test_tool_calls_from_the_backend_change_the_room(tmp_path):
    from jackpeer.peers.tools import ToolRequest

    backend = ScriptedBackend("Shall we take two more minutes?", [ToolRequest("start_timer", {"minutes": 2, "label": "think"})])
    client, store = make_client(tmp_path, backend=backend, policy={**QUIET, "stall_s": 0.5, "max_share": 1.0})
    with client:
        room = create_room(client)
        rid = room["room_id"]
        with facilitator_and_mia(client, room) as (fac, a):
            fac.send_json({"type": "start"})
            state, _ = recv_until(a, lambda m: m["type"] == "state" and m["timer"] is not None)
            assert state["timer"]["label"] == "think" and 0 < state["timer"]["left_s"] <= 120
        tools = store.events(rid, "tool")
        assert tools[0]["name"] == "start_timer" and tools[0]["result"]["ok"]
        stall_tools = [t for t in backend.tools_offered if t]
        assert {t["function"]["name"] for t in stall_tools[0]} == {"add_idea", "start_timer"}
