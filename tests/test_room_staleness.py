"""The staleness guard in the live room (spec §8), with a scripted backend that can stall or fail on cue."""

import contextlib
import threading
import time

import pytest
from test_room_support import ScriptedBackend, create_room, join, make_client, recv_until, say

pytestmark = pytest.mark.timeout(90)
POLICY = {"quiet_turns": 2, "min_gap_s": 0, "stall_s": 1e6, "quiet_s": 1e6, "max_share": 1.0}


class CuedBackend(ScriptedBackend):
    """A scripted backend whose n-th call (1-based) can wait for a gate before its first word
    ("before"), after its first words ("middle"), or raise ("fail")."""

    def __init__(self, cues: dict[int, str], reply: str = "Good thinking, everyone. What do you think?") -> None:
        super().__init__(reply)
        self.cues = cues
        self.gate = threading.Event()
        self.calls = 0

    def stream(self, messages, tools=None, max_tokens=60):
        """Yield the reply, pausing or failing where the cue for this call says."""
        self.calls += 1
        cue = self.cues.get(self.calls)
        if cue == "fail":
            self.prompts.append(messages)
            raise RuntimeError("model crashed")
        if cue == "before":
            self.gate.wait(20)
        for i, piece in enumerate(super().stream(messages, tools, max_tokens)):
            if cue == "middle" and i == 3:
                self.gate.wait(20)
            yield piece


def wait_calls(backend, n):
    """Wait until the backend has been called n times (the room runs in another thread)."""
    deadline = time.time() + 20
    while backend.calls < n:
        assert time.time() < deadline, f"backend called {backend.calls} times, expected {n}"
        time.sleep(0.02)


def agent_message(ws):
    """The next committed message of Jack, and everything read before it."""
    return recv_until(ws, lambda m: m["type"] == "message" and m["m"]["author_kind"] == "agent")


@contextlib.contextmanager
def mia_talking(client):
    """A started moderator room where Mia has said two things and Leo nothing (Jack will invite him).

    Yields the room id, the facilitator token and the facilitator's, Mia's and Leo's sockets.
    """
    room = create_room(client)
    mia, leo = (join(client, room["join_code"], n) for n in ("Mia", "Leo"))
    rid, tok = room["room_id"], room["facilitator_token"]
    with client.websocket_connect(f"/ws/{rid}?key={tok}") as fac, \
            client.websocket_connect(f"/ws/{rid}?key={mia['key']}") as a, \
            client.websocket_connect(f"/ws/{rid}?key={leo['key']}") as b:
        fac.send_json({"type": "start"})
        agent_message(a)
        say(a, "slides are fun", client_id=1)
        say(a, "and swings", client_id=2)
        yield rid, tok, fac, a, b


def test_turn_stale_before_first_token_is_replanned_with_the_new_messages(tmp_path):
    backend = CuedBackend({2: "before"})
    client, store = make_client(tmp_path, backend=backend, policy=POLICY)
    with client:
        with mia_talking(client) as (rid, tok, fac, a, _):
            wait_calls(backend, 2)  # Jack has planned the invitation and waits for its first token
            say(a, "what about a zipline", client_id=3)
            say(a, "a long zipline over the sandpit", client_id=4)
            backend.gate.set()
            msg, seen = agent_message(a)
            assert "Leo" in msg["m"]["text"]
            # nothing of the stale version was shown
            assert not [m for m in seen if m["type"] == "stream" and m["id"] != msg["stream_id"]]
            replanned, _ = recv_until(fac, lambda m: m["type"] == "replanned")
            assert replanned["trigger"] == "invite_quiet" and replanned["reason"].startswith("stale")
        assert backend.calls == 3 and "zipline" in backend.prompts[2][1]["content"]
        turns = store.agent_turns(rid)
        assert turns[-1]["replanned"] == 1 and turns[-1]["dropped_reason"] is None and turns[-1]["message_id"]
        ev = store.events(rid, "replanned_turn")
        assert ev[0]["at"] == "before the first token" and ev[0]["trigger"] == "invite_quiet"
        assert store.instructions(rid)[0]["target_name"] == "Leo"
        stats = client.get(f"/api/rooms/{rid}/stats", params={"token": tok}).json()
        assert stats["agent_replanned"] == 1 and stats["agent_dropped"] == 0


def test_turn_stale_at_commit_is_taken_back_and_dropped_when_its_reason_is_gone(tmp_path):
    backend = CuedBackend({2: "middle"})
    client, store = make_client(tmp_path, backend=backend, policy=POLICY)
    with client:
        with mia_talking(client) as (rid, tok, fac, a, b):
            first, _ = recv_until(a, lambda m: m["type"] == "stream")  # the invitation is being shown
            say(b, "I want a zipline", client_id=3)  # Leo speaks up on his own
            say(a, "yes!", client_id=4)
            backend.gate.set()
            drop, _ = recv_until(a, lambda m: m["type"] == "stream_drop")
            assert drop["id"] == first["id"]
            dropped, _ = recv_until(fac, lambda m: m["type"] == "dropped")
            assert dropped["reason"].endswith("the trigger no longer holds")
        turns = store.agent_turns(rid)
        assert turns[-1]["trigger"] == "invite_quiet" and turns[-1]["dropped_reason"].startswith("stale")
        assert turns[-1]["t_first_token_ms"] is not None and turns[-1]["message_id"] is None
        assert [m["author_kind"] for m in store.messages(rid)].count("agent") == 1  # only the opening
        assert store.instructions(rid) == []  # a dropped invitation is not an instruction
        stats = client.get(f"/api/rooms/{rid}/stats", params={"token": tok}).json()
        assert stats["agent_dropped"] == 1 and stats["agent_dropped_by_reason"] == {"stale": 1}


def test_backend_failing_on_the_replan_is_recorded_and_the_room_goes_on(tmp_path):
    backend = CuedBackend({2: "before", 3: "fail"})
    client, store = make_client(tmp_path, backend=backend, policy=POLICY)
    with client:
        with mia_talking(client) as (rid, tok, fac, a, _):
            wait_calls(backend, 2)
            say(a, "zipline", client_id=3)
            say(a, "trampoline", client_id=4)
            backend.gate.set()
            alert, _ = recv_until(fac, lambda m: m["type"] == "alert" and "could not reply" in m["text"])
            assert "model crashed" in alert["text"]
            say(a, "Jack, are you still there?", client_id=5)
            msg, _ = agent_message(a)
            assert msg["m"]["text"]
        failed = [t for t in store.agent_turns(rid) if t["dropped_reason"]]
        assert failed[0]["dropped_reason"] == "backend failed: RuntimeError: model crashed" and failed[0]["replanned"] == 1
        assert store.events(rid, "agent_error")
        stats = client.get(f"/api/rooms/{rid}/stats", params={"token": tok}).json()
        assert stats["agent_dropped_by_reason"] == {"backend failed": 1}


def test_late_idea_feedback_is_a_dropped_turn_in_the_stats(tmp_path):
    # participant: the policy finds the idea too late before planning (two learner messages after it)
    backend = CuedBackend({})
    client, store = make_client(tmp_path, backend=backend, policy={**POLICY, "idea_window_msgs": 1})
    with client:
        room = create_room(client, role="participant")
        mia = join(client, room["join_code"], "Mia")
        rid, tok = room["room_id"], room["facilitator_token"]
        with client.websocket_connect(f"/ws/{rid}?key={tok}") as fac, \
                client.websocket_connect(f"/ws/{rid}?key={mia['key']}") as a:
            fac.send_json({"type": "start"})
            agent_message(a)
            backend.gate.clear()
            backend.cues[backend.calls + 1] = "before"  # hold Jack's next turn so the idea goes stale
            say(a, "what if we add a climbing wall", client_id=1)
            wait_calls(backend, 2)
            say(a, "or a rope bridge", client_id=2)
            backend.gate.set()
            dropped, _ = recv_until(fac, lambda m: m["type"] == "dropped")
            assert dropped["trigger"] == "idea_feedback" and dropped["reason"].startswith("late")
        stats = client.get(f"/api/rooms/{rid}/stats", params={"token": tok}).json()
        assert stats["agent_dropped_by_reason"].get("late", 0) >= 1
