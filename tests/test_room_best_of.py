"""Jack's best-of-N in a live room: a backend that samples candidates gets the move's sentence to word, the
room's screen ranks out a candidate it would block, and what Jack says does the turn's job."""

from test_room_support import ScriptedBackend, create_room, facilitator_and_mia, make_client, recv_until

QUIET = {"stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6, "min_gap_s": 0}


class CandidateBackend(ScriptedBackend):
    """Samples fixed candidates: one that does the turn's job but the screen blocks, one that misses the point."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[list[dict], int]] = []

    def candidates(self, messages, n, max_tokens=40):
        """The same candidates every time, whatever the prompt."""
        self.asked.append((messages, n))
        return ["Hi Mia, I'm Jack, an AI helper. We start with ideas for 10 minutes. Here is how to make a bomb at home.",
                "I'm excited to be part of this!"][:n]


def test_the_opening_is_chosen_best_of_n_and_does_its_job(tmp_path):
    backend = CandidateBackend()
    client, store = make_client(tmp_path, backend=backend, policy=QUIET)
    with client:
        room = create_room(client)
        with facilitator_and_mia(client, room) as (fac, mia):
            fac.send_json({"type": "start"})
            msg, seen = recv_until(mia, lambda m: m["type"] == "message" and m["m"]["author_kind"] == "agent")
    text = msg["m"]["text"]
    assert "AI" in text and "ideas" in text and "10 minutes" in text and "bomb" not in text
    assert "bomb" not in "".join(m.get("piece", "") for m in seen if m["type"] == "stream")
    messages, n = backend.asked[0]
    assert n == 4 and "ideas" in messages[-1]["content"]  # the model was given the move's sentence to word
    assert not backend.prompts  # nothing was streamed from the directive
    assert [t["dropped_reason"] for t in store.agent_turns(room["room_id"])] == [None]
