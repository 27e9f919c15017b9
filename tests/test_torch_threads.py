"""One thread per serving process computes with every core, every other thread on one (jackpeer/torch_threads.py):
a second multi-core thread makes libgomp stop spinning, and the engine's steps then ran twice as slow."""

import threading

import pytest
import torch
from test_room_support import StandInLabeler, create_room, facilitator_and_mia, make_client, recv_until, say
from test_serve_engine import Letters

from jackpeer.model import LlamaConfig, Transformer
from jackpeer.model.generate import SamplingParams
from jackpeer.serve.engine import Engine
from jackpeer.serve.sequences import Done, Request
from jackpeer.torch_threads import CORES, use_cores


@pytest.fixture
def default_restored():
    """The calling thread and the process-wide default back at CORES after the test."""
    yield
    use_cores(CORES)


def test_a_threads_count_stays_when_another_thread_moves_the_default(default_restored):
    counts: list[int] = []
    moved = threading.Event()

    def side() -> None:
        use_cores(1)
        moved.wait(10)
        torch.ones(1 << 20).sum()  # the thread's first parallel op
        counts.append(torch.get_num_threads())

    t = threading.Thread(target=side)
    t.start()
    use_cores(2)  # moves the process-wide default that a new thread's first parallel op would take
    moved.set()
    t.join(10)
    assert counts == [1]


def test_the_engines_model_thread_computes_with_every_core(default_restored):
    use_cores(1)  # the serving process's other threads: a new thread would start with 1
    torch.manual_seed(0)
    engine = Engine(Transformer(LlamaConfig.preset("tiny")).eval(), Letters(), slots=2, context=64).start(compile=False)
    counts, done = [], threading.Event()

    def emit(event) -> None:  # called on the model thread
        counts.append(torch.get_num_threads())
        if isinstance(event, Done):
            done.set()

    try:
        engine.submit(Request([1, 2, 3], SamplingParams(max_tokens=3, temperature=0), emit))
        assert done.wait(60)
    finally:
        engine.close()
    assert set(counts) == {CORES}


class CountsThreads(StandInLabeler):
    """Remembers how many intra-op threads the thread that labels a message has."""

    def __init__(self):
        self.counts: list[int] = []

    def label(self, text, key=None):
        """(label, confidence)."""
        self.counts.append(torch.get_num_threads())
        return "idea", 0.8


def test_the_rooms_screen_and_labels_run_on_one_core(tmp_path, default_restored):
    use_cores(CORES)  # without the room's own executor its threads would start with every core
    labeler = CountsThreads()
    client, _ = make_client(tmp_path, labeler=labeler)
    with client:
        room = create_room(client)
        with facilitator_and_mia(client, room) as (fac, mia):
            ack = say(mia, "we could paint the fence blue", client_id=1)
            recv_until(fac, lambda m: m["type"] == "label" and m["seq"] == ack["seq"])
    assert labeler.counts and set(labeler.counts) == {1}
