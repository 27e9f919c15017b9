"""The serving engine: per-row cache positions, continuous batching parity, queue bound, tool streaming, 503."""

import threading

import pytest
import torch
from fastapi.testclient import TestClient

from jackpeer.errors import InputError
from jackpeer.model import LlamaConfig, Transformer
from jackpeer.model.chat_format import ChatReply, ToolCall
from jackpeer.model.generate import SamplingParams, generate
from jackpeer.model.tokenizer import StreamDecoder
from jackpeer.serve import ServeState, create_app
from jackpeer.serve.engine import Engine, QueueFull
from jackpeer.serve.protocol import ToolStream, chat_response, shown_upto
from jackpeer.serve.sequences import Done, Request


@pytest.fixture(scope="module")
def model():
    torch.manual_seed(0)
    return Transformer(LlamaConfig.preset("tiny")).eval()


class Letters:
    """A stand-in tokenizer: token t is the letter 'a' + t % 26."""

    def stream_decoder(self) -> StreamDecoder:
        return StreamDecoder(lambda t: bytes([97 + t % 26]))


def letters(ids: list[int]) -> str:
    return "".join(chr(97 + t % 26) for t in ids)


def test_per_row_positions_match_each_row_alone(model):
    """One decode step over rows at different positions gives each row's own next-token logits."""
    torch.manual_seed(2)
    prompts = [torch.randint(0, 512, (n,)).tolist() for n in (3, 17, 9)]
    alone = [model(torch.tensor([p + [5]]))[0, -1] for p in prompts]  # full recompute, no cache
    with torch.no_grad():
        model.setup_caches(3, 64)
        # Prefill right-padded: row b's keys past its own length are junk, which its mask hides.
        ids = torch.zeros(3, 17, dtype=torch.long)
        for b, p in enumerate(prompts):
            ids[b, : len(p)] = torch.tensor(p)
        model.hidden(ids, torch.arange(17).repeat(3, 1))
        step = model(torch.tensor([[5], [5], [5]]), torch.tensor([[len(p)] for p in prompts]))[:, -1]
        model.clear_caches()
    for b in range(3):
        assert (step[b] - alone[b]).abs().max() < 1e-4


def run(engine: Engine, jobs: list[tuple[list[int], SamplingParams, list[str]]]) -> list[list]:
    events: list[list] = [[] for _ in jobs]
    done = [threading.Event() for _ in jobs]
    for i, (prompt, params, stops) in enumerate(jobs):
        def emit(e, i=i):
            events[i].append(e)
            if isinstance(e, Done):
                done[i].set()
        engine.submit(Request(prompt, params, emit, stops))
    for d in done:
        assert d.wait(60)
    return events


def test_continuous_batching_matches_one_at_a_time(model):
    torch.manual_seed(1)
    prompts = [torch.randint(0, 512, (n,)).tolist() for n in (5, 23, 11, 40, 7)]
    lengths = [10, 20, 5, 30, 12]  # more requests than slots, finishing at different steps
    expected = [generate(model, [p], SamplingParams(max_tokens=n))[0] for p, n in zip(prompts, lengths, strict=True)]
    engine = Engine(model, Letters(), slots=3, context=128, max_queue=8).start()
    try:
        events = run(engine, [(p, SamplingParams(max_tokens=n), []) for p, n in zip(prompts, lengths, strict=True)])
        assert engine.max_batch_seen == 3 and engine.steps < sum(lengths)  # rows really decoded together
        # a stop string cuts the text (and is not included); sampling with a seed repeats
        stop = letters(expected[1])[6:8]
        sampled = SamplingParams(max_tokens=8, temperature=1.0, top_p=0.9, seed=3)
        cut, s1, s2 = run(engine, [(prompts[1], SamplingParams(max_tokens=20), [stop]),
                                   (prompts[0], sampled, []), (prompts[0], sampled, [])])
    finally:
        engine.close()
    model.clear_caches()
    for ev, p, ids, n in zip(events, prompts, expected, lengths, strict=True):
        assert "".join(e for e in ev if isinstance(e, str)) == letters(ids)
        assert ev[-1] == Done("length", len(p), n)
    text = letters(expected[1])
    assert "".join(e for e in cut[:-1]) == text[: text.find(stop)] and cut[-1].finish_reason == "stop"
    assert s1[:-1] == s2[:-1] and s1[-1].completion_tokens == s2[-1].completion_tokens
    assert s2[-1].reused_tokens == len(prompts[0]) - 1  # the same prompt in another row: copied, not run again


def test_requests_arriving_together_are_prefilled_in_one_pass_and_decode_as_alone(model):
    torch.manual_seed(4)
    prompts = [torch.randint(0, 512, (n,)).tolist() for n in (5, 23, 11, 70)]  # 70: more than one pass's share
    expected = [generate(model, [p], SamplingParams(max_tokens=12))[0] for p in prompts]
    engine = Engine(model, Letters(), slots=4, context=128, max_queue=8).start(compile=False)
    events: list[list] = [[] for _ in prompts]
    done = [threading.Event() for _ in prompts]
    try:
        with engine._wake:  # hold the queue: the model thread admits all four at once
            for i, p in enumerate(prompts):
                engine.submit(Request(p, SamplingParams(max_tokens=12),
                                      lambda e, i=i: (events[i].append(e), isinstance(e, Done) and done[i].set())))
        assert all(d.wait(60) for d in done)
    finally:
        engine.close()
    model.clear_caches()
    for ev, ids in zip(events, expected, strict=True):
        assert "".join(e for e in ev if isinstance(e, str)) == letters(ids)
    assert engine.prefills == 2  # all four rows' first 64 tokens in one pass, the long prompt's last 6 in another

def test_queue_bound_and_bad_prompts(model):
    engine = Engine(model, Letters(), slots=1, context=64, max_queue=1)
    engine.start()
    try:
        with pytest.raises(InputError, match="context"):
            engine.submit(Request(list(range(64)), SamplingParams(), lambda e: None))
        with pytest.raises(InputError, match="empty"):
            engine.submit(Request([], SamplingParams(), lambda e: None))
        gate = threading.Event()
        first = Request([1, 2, 3], SamplingParams(max_tokens=60), lambda e: gate.wait(10))  # blocks the model
        engine.submit(first)
        engine.submit(Request([1, 2], SamplingParams(max_tokens=2), lambda e: None))
        with pytest.raises(QueueFull):
            engine.submit(Request([1], SamplingParams(max_tokens=2), lambda e: None))
        first.cancelled = True
        gate.set()
    finally:
        engine.close()
    model.clear_caches()


def test_tool_stream_shows_text_before_a_call_and_returns_the_call():
    def parse(text):
        if "<tool_call>" in text:
            return ChatReply("Let me check.", [ToolCall("get_weather", {"city": "Oslo"})])
        return ChatReply(text)

    ts = ToolStream(parse)
    shown = "".join(ts.feed(p) for p in ["Let me ", "check.", " <tool", "_call>{\"name\":", " ...}</tool_call>"])
    assert shown == "Let me check. "
    rest, reply = ts.finish()
    assert rest == "" and reply.tool_calls[0].name == "get_weather"
    assert shown_upto('  {"name": "f"') == 0 and shown_upto("[f(a=1)]") == 0  # bare JSON / pythonic: held
    assert shown_upto("Hello <tool") == len("Hello ")  # a marker may be starting
    body = chat_response("id", "m", reply, "stop", {})
    call = body["choices"][0]["message"]["tool_calls"][0]
    assert body["choices"][0]["finish_reason"] == "tool_calls"
    assert call["function"] == {"name": "get_weather", "arguments": '{"city": "Oslo"}'}


def test_not_ready_is_503_in_openai_format():
    client = TestClient(create_app(ServeState()))
    r = client.post("/v1/chat/completions", json={"model": "m", "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 503 and r.json()["error"]["code"] == "not_ready"
    assert client.get("/health").status_code == 503
    state = ServeState()
    state.load_in_background(lambda: (_ for _ in ()).throw(InputError("no such model"))).join()
    r = TestClient(create_app(state)).get("/v1/models")
    assert r.status_code == 503 and "no such model" in r.json()["error"]["message"]


def texts(events: list[list]) -> list[str]:
    return ["".join(e for e in ev if isinstance(e, str)) for ev in events]


def test_prefix_reuse_and_idle_prefill_give_the_tokens_of_a_cold_prompt(model):
    """A prompt that extends a slot's tokens runs only the new part, and decodes exactly as a cold one."""
    torch.manual_seed(3)
    base = torch.randint(0, 512, (30,)).tolist()
    longer = base + torch.randint(0, 512, (9,)).tolist()
    other = torch.randint(0, 512, (12,)).tolist()
    want = generate(model, [longer], SamplingParams(max_tokens=12))[0]
    engine = Engine(model, Letters(), slots=2, context=128).start()
    try:
        run(engine, [(base, SamplingParams(max_tokens=5), [])])
        # another request decodes in row 1 while row 0 idles: row 0's cached prefix must survive its junk writes
        run(engine, [(other, SamplingParams(max_tokens=20), [])])
        (warm,) = run(engine, [(longer, SamplingParams(max_tokens=12), [])])
        assert warm[-1].reused_tokens == len(base)
        done = threading.Event()
        engine.submit(Request(longer + [7, 8, 9], SamplingParams(), lambda e: done.set(), warm_only=True))
        assert done.wait(30)
        (prepared,) = run(engine, [(longer + [7, 8, 9, 10], SamplingParams(max_tokens=3), [])])
        assert prepared[-1].reused_tokens == len(longer) + 3  # the idle prefill was kept
        engine.reuse_prefix = False
        (cold,) = run(engine, [(longer, SamplingParams(max_tokens=12), [])])
        assert cold[-1].reused_tokens == 0
    finally:
        engine.close()
    assert texts([warm]) == texts([cold]) == [letters(want)]


def test_a_prompt_borrows_the_start_another_row_holds_and_decodes_as_a_cold_one(model):
    """Requests sharing a system prompt: the later ones copy its keys and values from a row that holds
    them (even one still decoding) and run only the rest; the tokens are those of a cold prompt."""
    torch.manual_seed(6)
    system = torch.randint(0, 512, (24,)).tolist()
    first, second = system + [5, 6, 7], system + [9, 10]
    want = [generate(model, [p], SamplingParams(max_tokens=n))[0] for p, n in ((first, 30), (second, 10))]
    engine = Engine(model, Letters(), slots=2, context=128).start(compile=False)
    try:
        a, b = run(engine, [(first, SamplingParams(max_tokens=30), []), (second, SamplingParams(max_tokens=10), [])])
    finally:
        engine.close()
    assert (a[-1].reused_tokens, b[-1].reused_tokens) == (0, len(system))
    assert texts([a, b]) == [letters(w) for w in want]


def test_a_row_reads_a_copied_prefix_from_its_donor_only_while_the_donor_holds_it(model):
    engine = Engine(model, Letters(), slots=3, context=64)  # not started: the cache's bookkeeping alone
    a, b, c = engine.cache.slots
    a.tokens = list(range(10))
    engine.cache.copy_prefix(a, b, 8)
    assert engine.cache.sharing(3).tolist() == [[0, 0], [0, 8], [2, 0]]
    b.tokens.append(99)  # b decodes on; a's rows above the step's rows are out of reach
    assert engine.cache.sharing(3)[1].tolist() == [0, 8] and engine.cache.sharing(1).tolist() == [[0, 0]]
    a.cut(5)  # a new request keeps a's first 5 tokens and writes new ones after them
    assert engine.cache.sharing(3)[1].tolist() == [1, 0]
    engine.cache.copy_prefix(a, c, 5)
    assert engine.cache.sharing(3)[2].tolist() == [0, 5]
    engine.cache.swap(a, b)  # a's contents move to row 1: c reads its own copy
    assert engine.cache.sharing(3)[2].tolist() == [2, 0]


def test_candidates_share_one_prefill_and_repeat_with_a_seed(model):
    torch.manual_seed(4)
    prompt = torch.randint(0, 512, (20,)).tolist()
    greedy = letters(generate(model, [prompt], SamplingParams(max_tokens=10))[0])
    engine = Engine(model, Letters(), slots=4, context=64).start()
    try:
        got = engine.candidates(prompt, SamplingParams(max_tokens=10), 3)
        assert [t for t, _ in got] == [greedy] * 3 and engine.max_batch_seen == 3
        sampled = SamplingParams(max_tokens=10, temperature=50.0, seed=11)  # flat: candidates differ
        a, b = engine.candidates(prompt, sampled, 3), engine.candidates(prompt, sampled, 3)
        assert [t for t, _ in a] == [t for t, _ in b] and len({t for t, _ in a}) > 1
        with pytest.raises(InputError, match="candidates"):
            engine.candidates(prompt, sampled, 5)  # more than the slots
    finally:
        engine.close()


def test_one_request_at_a_time_decodes_one_row_and_keeps_every_cached_prompt(model):
    """Requests land in the lowest idle row (contents swapped), so a step never runs idle rows below
    its request; the prompts cached in other rows stay reusable."""
    torch.manual_seed(5)
    prompts = [torch.randint(0, 512, (n,)).tolist() for n in (14, 9, 21, 6)]
    engine = Engine(model, Letters(), slots=4, context=96).start(compile=False)
    rows_run: list[int] = []
    step = engine.step_fn

    def counting(tokens, pos):
        rows_run.append(tokens.size(0))
        return step(tokens, pos)

    engine.step_fn = counting
    try:
        firsts = [run(engine, [(p, SamplingParams(max_tokens=4), [])])[0] for p in prompts]
        again = [run(engine, [(p + [1, 2], SamplingParams(max_tokens=4), [])])[0] for p in prompts]
    finally:
        engine.close()
    assert set(rows_run) == {1}
    assert [e[-1].reused_tokens for e in again] == [len(p) for p in prompts]
    want = [letters(generate(model, [p + [1, 2]], SamplingParams(max_tokens=4))[0]) for p in prompts]
    assert texts(again) == want and len(texts(firsts)) == 4


def test_an_idle_prefill_waits_while_a_reply_decodes(model):
    """A prepared prompt (warm_only) is prefilled only when nothing decodes: its chunks slowed every reply."""
    torch.manual_seed(4)
    reply = torch.randint(0, 512, (8,)).tolist()
    prepared = torch.randint(0, 512, (200,)).tolist()
    order, finished = [], threading.Event()

    def emit(name):
        def on(e):
            if isinstance(e, Done):
                order.append(name)
                if len(order) == 2:
                    finished.set()
        return on

    engine = Engine(model, Letters(), slots=2, context=256).start()
    try:
        engine.submit(Request(reply, SamplingParams(max_tokens=30), emit("reply")))
        engine.submit(Request(prepared, SamplingParams(), emit("prepared"), warm_only=True))
        assert finished.wait(60)
    finally:
        engine.close()
    assert order == ["reply", "prepared"]  # 4 chunks of 64 would have fitted between its 30 steps
