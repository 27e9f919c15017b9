"""`jack serve` end to end: the official openai client against a live server on 127.0.0.1.

The server runs (as a subprocess, the real CLI) a tiny Llama 3 model saved as an HF folder
whose next token depends only on the last one (attention and MLP zeroed, one-hot
embeddings), so every reply is known in advance: after the assistant header it writes the
pythonic tool call `[get_weather(city="Paris")]`, and after " tick" it cycles " tock tick ...".
"""

import base64
import contextlib
import json
import os
import subprocess
import sys
import time

import httpx
import openai
import pytest
import torch
from safetensors.torch import save_file
from test_tokenizer_llama3 import read_quicktok_vocab

from jackpeer.model import LlamaConfig, Transformer
from jackpeer.ports import free_port

KEY = "sk-test-key"
NL2, EOT, TICK, TO, CK = 271, 128009, 9525, 311, 377
CALL = [58, 456, 70464, 44602, 429, 60704, 32017]  # [ get _weather (city =" Paris ")]
CALL_TEXT = '[get_weather(city="Paris")]'
OSLO_ARGS = [5018, 9103, 794, 330, 29967, 385, 32075]  # {" city ": ␣" Os lo "}}
WEATHER = {"type": "function", "function": {
    "name": "get_weather", "description": "Weather in a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}
CONTEXT = 4096


def bigram_folder(path, transitions: dict[int, int]) -> None:
    """Save an HF Llama folder whose greedy next token after token a is transitions[a]."""
    dim = 32  # one embedding axis per transition
    model = Transformer(LlamaConfig(128256, dim, 1, 2, 1, 32, rope_theta=10000.0, max_seq_len=CONTEXT))
    with torch.no_grad():
        for p in model.parameters():
            p.zero_()
        for norm in (model.norm, model.layers[0].attention_norm, model.layers[0].ffn_norm):
            norm.weight.fill_(1.0)
        for k, (src, dst) in enumerate(transitions.items()):
            model.tok_embeddings.weight[src, k] = 1.0
            model.output.weight[dst, k] = 9.0 / dim**0.5
    layer, pre = model.layers[0], "model.layers.0."
    q, k, v = layer.attention.wqkv.weight.split([dim, dim // 2, dim // 2])
    gate, up = layer.feed_forward.w13.weight.chunk(2)
    sd = {"model.embed_tokens.weight": model.tok_embeddings.weight, "model.norm.weight": model.norm.weight,
          "lm_head.weight": model.output.weight,
          pre + "self_attn.q_proj.weight": q, pre + "self_attn.k_proj.weight": k,
          pre + "self_attn.v_proj.weight": v, pre + "self_attn.o_proj.weight": layer.attention.wo.weight,
          pre + "input_layernorm.weight": layer.attention_norm.weight,
          pre + "post_attention_layernorm.weight": layer.ffn_norm.weight,
          pre + "mlp.gate_proj.weight": gate, pre + "mlp.up_proj.weight": up,
          pre + "mlp.down_proj.weight": layer.feed_forward.w2.weight}
    save_file({n: t.detach().contiguous() for n, t in sd.items()}, str(path / "model.safetensors"))
    (path / "config.json").write_text(json.dumps({
        "architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 128256, "hidden_size": dim,
        "num_hidden_layers": 1, "num_attention_heads": 2, "num_key_value_heads": 1, "intermediate_size": 32,
        "rope_theta": 10000.0, "max_position_embeddings": CONTEXT, "rms_norm_eps": 1e-5,
        "tie_word_embeddings": False}))
    import quicktok

    ranks = read_quicktok_vocab(os.path.join(os.path.dirname(quicktok.__file__), "data", "llama3.vocab"))
    (path / "tokenizer.model").write_text("".join(base64.b64encode(t).decode() + f" {r}\n" for t, r in ranks.items()))


@contextlib.contextmanager
def jack_serve(*args: str, wait_s: float = 120):
    """Run `jack serve ARGS` on a free port until ready; yield its base URL; stop it afterwards."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "jackpeer", "serve", "--port", str(port), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            assert proc.poll() is None, proc.stdout.read()
            try:
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        else:
            pytest.fail(f"jack serve did not become ready in {wait_s} s")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A live `jack serve` on the bigram model (2 slots, 1 waiting place); yields its base URL."""
    folder = tmp_path_factory.mktemp("bigram")
    chain = [NL2, *CALL, EOT]
    forced = [220, *OSLO_ARGS, EOT]  # after a forced call's opening: {"city": "Oslo"}}
    bigram_folder(folder, {**dict(zip(chain, chain[1:], strict=False)), TICK: TO, TO: CK, CK: TICK,
                           **dict(zip(forced, forced[1:], strict=False))})
    with jack_serve("--model", str(folder), "--api-key", KEY, "--slots", "2", "--max-queue", "1",
                    "--context", str(CONTEXT), "--stream-interval-ms", "0") as base:
        yield base


@pytest.fixture
def client(server):
    return openai.OpenAI(base_url=server + "/v1", api_key=KEY, max_retries=0, timeout=60)


def ask(client, **kw):
    kw.setdefault("model", "bigram")
    kw.setdefault("temperature", 0)
    kw.setdefault("messages", [{"role": "user", "content": "What is the weather in Paris?"}])
    return client.chat.completions.create(**kw)


def test_models_and_health(client, server):
    (model,) = client.models.list().data
    assert model.owned_by == "jackpeer" and model.id
    assert client.models.retrieve(model.id).id == model.id
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("gpt-4")
    health = httpx.get(server + "/health").json()
    assert health["status"] == "ok" and health["slots"] == 2 and health["context"] == CONTEXT


def test_plain_chat(client):
    r = ask(client, max_tokens=20)
    choice = r.choices[0]
    assert choice.message.content == CALL_TEXT and not choice.message.tool_calls  # no tools offered: plain text
    assert choice.finish_reason == "stop"
    assert r.usage.completion_tokens == len(CALL) and r.usage.prompt_tokens > 5
    assert r.object == "chat.completion" and r.id.startswith("chatcmpl-")


def test_max_tokens_ends_with_length(client):
    r = ask(client, max_tokens=3)
    assert r.choices[0].message.content == "[get_weather" and r.choices[0].finish_reason == "length"


def test_streaming_chat(client):
    chunks = list(ask(client, max_tokens=20, stream=True, stream_options={"include_usage": True}))
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == CALL_TEXT
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes == ["stop"]
    assert chunks[-1].usage.completion_tokens == len(CALL) and not chunks[-1].choices
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) >= 3  # piece by piece


def test_streamed_pieces_made_close_together_go_out_as_one_chunk(tmp_path):
    """The first piece wakes the event loop at once; those made within the interval after it go out with it (if
    the loop has not taken it yet) or at the end: at most two chunks, where test_streaming_chat's server sends 3+."""
    chain = [NL2, *CALL, EOT]
    bigram_folder(tmp_path, dict(zip(chain, chain[1:], strict=False)))
    with jack_serve("--model", str(tmp_path), "--context", str(CONTEXT), "--stream-interval-ms", "60000") as base:
        http = openai.OpenAI(base_url=base + "/v1", api_key="none", max_retries=0, timeout=60)
        chunks = list(ask(http, max_tokens=20, stream=True))
    contents = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert "".join(contents) == CALL_TEXT and len(contents) <= 2
    assert [c.choices[0].finish_reason for c in chunks if c.choices[0].finish_reason] == ["stop"]


def test_sse_ends_with_done(server):
    body = {"model": "x", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 4, "stream": True}
    with httpx.stream("POST", server + "/v1/chat/completions", json=body,
                      headers={"Authorization": f"Bearer {KEY}"}) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        lines = [x for x in r.iter_lines() if x]
    assert lines[-1] == "data: [DONE]" and all(x.startswith("data: ") for x in lines)
    assert json.loads(lines[-2][6:])["choices"][0]["finish_reason"] == "length"


def test_tool_call(client):
    r = ask(client, tools=[WEATHER], max_tokens=20)
    choice = r.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.content is None
    (call,) = choice.message.tool_calls
    assert call.type == "function" and call.id.startswith("call_")
    assert call.function.name == "get_weather" and json.loads(call.function.arguments) == {"city": "Paris"}


def test_tool_call_streamed(client):
    chunks = list(ask(client, tools=[WEATHER], max_tokens=20, stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == ""  # the call is not shown as text
    calls = [tc for c in chunks for tc in c.choices[0].delta.tool_calls or []]
    assert [(tc.index, tc.function.name, json.loads(tc.function.arguments)) for tc in calls] == [
        (0, "get_weather", {"city": "Paris"})]
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


def test_tool_choice_none_leaves_text(client):
    r = ask(client, tools=[WEATHER], tool_choice="none", max_tokens=20)
    assert r.choices[0].message.content == CALL_TEXT and not r.choices[0].message.tool_calls


def test_tool_choice_naming_a_function_forces_its_call(client):
    choice = {"type": "function", "function": {"name": "get_weather"}}
    r = ask(client, tools=[WEATHER], tool_choice=choice, max_tokens=20)
    call = r.choices[0].message.tool_calls[0].function
    assert (call.name, json.loads(call.arguments)) == ("get_weather", {"city": "Oslo"})
    assert r.choices[0].finish_reason == "tool_calls" and not r.choices[0].message.content
    streamed = list(ask(client, tools=[WEATHER], tool_choice=choice, max_tokens=20, stream=True))
    assert not "".join(c.choices[0].delta.content or "" for c in streamed)
    calls = [tc for c in streamed for tc in c.choices[0].delta.tool_calls or []]
    assert [(tc.function.name, json.loads(tc.function.arguments)) for tc in calls] == [("get_weather",
                                                                                     {"city": "Oslo"})]
    with pytest.raises(openai.BadRequestError, match="not among"):
        ask(client, tools=[WEATHER], tool_choice={"type": "function", "function": {"name": "get_time"}})
    with pytest.raises(openai.BadRequestError, match="needs `tools`"):
        ask(client, tool_choice="required")


def test_tool_choice_required_opens_a_call_in_each_format():
    from jackpeer.model.chat_format import ChatMLFormat, Llama3ChatFormat
    from jackpeer.serve.app import _tool_choice

    chatml, llama3 = object.__new__(ChatMLFormat), object.__new__(Llama3ChatFormat)
    assert _tool_choice(chatml, "required", [WEATHER]) == ([WEATHER], '<tool_call>\n{"name": "')
    assert _tool_choice(llama3, "required", [WEATHER]) == ([WEATHER], '{"name": "')
    named = {"type": "function", "function": {"name": "get_weather"}}
    assert _tool_choice(chatml, named, [WEATHER])[1] == '<tool_call>\n{"name": "get_weather", "arguments": '
    assert _tool_choice(llama3, "none", [WEATHER]) == (None, "")
    assert _tool_choice(llama3, "auto", [WEATHER]) == ([WEATHER], "")


def test_stop_strings(client):
    r = ask(client, stop=["(city"], max_tokens=20)
    assert r.choices[0].message.content == "[get_weather" and r.choices[0].finish_reason == "stop"
    streamed = ask(client, stop="Paris", max_tokens=20, stream=True)
    assert "".join(c.choices[0].delta.content or "" for c in streamed) == '[get_weather(city="'


def test_text_completion(client):
    r = client.completions.create(model="bigram", prompt="The clock says tick", max_tokens=5, temperature=0)
    assert r.choices[0].text == " tock tick tock" and r.choices[0].finish_reason == "length"
    r = client.completions.create(model="bigram", prompt="The clock says tick", max_tokens=50, temperature=0,
                                  stop=[" tick"])
    assert r.choices[0].text == " tock" and r.choices[0].finish_reason == "stop"
    pieces = client.completions.create(model="bigram", prompt="The clock says tick", max_tokens=4, temperature=0,
                                       stream=True)
    assert "".join(c.choices[0].text for c in pieces) == " tock tick to"


def test_sampling_with_a_seed_repeats(client):
    kw = dict(model="bigram", prompt="The clock says tick", max_tokens=8, temperature=1.5, top_p=0.9, seed=7)
    assert client.completions.create(**kw).choices[0].text == client.completions.create(**kw).choices[0].text


def test_bad_api_key(server):
    bad = openai.OpenAI(base_url=server + "/v1", api_key="wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as err:
        ask(bad, max_tokens=2)
    assert err.value.status_code == 401 and err.value.body["code"] == "invalid_api_key"
    r = httpx.get(server + "/v1/models")
    assert r.status_code == 401 and set(r.json()["error"]) == {"message", "type", "param", "code"}


def test_bad_params(client):
    with pytest.raises(openai.BadRequestError) as err:
        ask(client, temperature=5)
    assert err.value.body["param"] == "temperature" and err.value.body["type"] == "invalid_request_error"
    with pytest.raises(openai.BadRequestError):
        ask(client, messages=[])
    with pytest.raises(openai.BadRequestError) as err:
        ask(client, messages=[{"role": "wizard", "content": "hi"}])
    assert err.value.body["param"].startswith("messages.0")
    with pytest.raises(openai.BadRequestError) as err:
        ask(client, n=2)
    with pytest.raises(openai.BadRequestError) as err:
        ask(client, stop=["a", "b", "c", "d", "e"])
    assert err.value.body["param"] == "stop"


def test_oversize_and_malformed_requests(client, server):
    with pytest.raises(openai.APIStatusError) as err:
        ask(client, messages=[{"role": "user", "content": "x" * 1_100_000}])
    assert err.value.status_code == 413 and err.value.body["code"] == "request_too_large"
    with pytest.raises(openai.BadRequestError) as err:  # fits the body limit, not the context
        ask(client, messages=[{"role": "user", "content": "hello " * 5000}])
    assert err.value.body["code"] == "context_length_exceeded"
    auth = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
    r = httpx.post(server + "/v1/chat/completions", content=b"{not json", headers=auth)
    assert r.status_code == 400 and "JSON" in r.json()["error"]["message"]
    r = httpx.get(server + "/v1/nothing", headers=auth)
    assert r.status_code == 404 and "error" in r.json()


def test_queue_full_gives_429_and_closed_streams_free_their_slots(client, server):
    long = dict(model="bigram", prompt="The clock says tick", max_tokens=CONTEXT - 10, temperature=0, stream=True)
    running = [client.completions.create(**long) for _ in range(2)]
    for s in running:
        next(iter(s))  # both slots are decoding
    waiting = client.completions.create(**long)  # takes the one waiting place
    with pytest.raises(openai.RateLimitError) as err:
        client.completions.create(**long)
    assert err.value.status_code == 429 and err.value.body["code"] == "queue_full"
    for s in [*running, waiting]:
        s.close()
    deadline = time.monotonic() + 30
    while httpx.get(server + "/health").json()["active"] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert httpx.get(server + "/health").json()["active"] == 0
    assert ask(client, max_tokens=3).choices[0].message.content == "[get_weather"


def test_concurrent_requests_all_answer(client):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(3) as pool:  # 2 slots + 1 waiting place: all are served
        texts = list(pool.map(lambda n: ask(client, max_tokens=n).choices[0].message.content, [2, 4, 7]))
    assert texts == ["[get", "[get_weather(city", CALL_TEXT]


def test_room_backend_against_jack_serve(server):
    """The room's "OpenAI-compatible endpoint" backend, built as `jack room --backend-key` builds it."""
    from jackpeer.peers.backends import make_backend
    from jackpeer.peers.tools import ToolRequest

    backend = make_backend(backend_url=server, backend_model="bigram", backend_key=KEY)
    backend.temperature = 0.0  # the room samples at 0.6; greedy keeps this test's reply known
    assert backend.warm() >= 0
    assert "".join(backend.stream([{"role": "user", "content": "hi"}], max_tokens=20)) == CALL_TEXT
    out = list(backend.stream([{"role": "user", "content": "weather?"}], tools=[WEATHER], max_tokens=20))
    assert out == [ToolRequest("get_weather", {"city": "Paris"})]


def test_a_model_that_cannot_load_ends_jack_serve_with_a_message():
    proc = subprocess.run([sys.executable, "-m", "jackpeer", "serve", "--model", "/no/such/model.gguf",
                           "--port", str(free_port())], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "no such model file" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


@pytest.mark.slow
def test_default_model_plain_and_streamed():
    """The bundled SmolLM2 behind `jack serve`: greedy replies agree whole and streamed, and run concurrently."""
    from concurrent.futures import ThreadPoolExecutor

    with jack_serve("--slots", "4", "--context", "512", wait_s=600) as base:
        # both replies on the same decode step: the eager and the compiled step differ in bf16 rounding, and a
        # greedy near-tie may then pick another token (seen: "The most obvious" vs "This is the most obvious")
        deadline = time.time() + 600
        while httpx.get(base + "/health", timeout=30).json().get("decode_step") == "compiling":
            assert time.time() < deadline, "the engine's compiled step was not ready within 600 s"
            time.sleep(1)
        client = openai.OpenAI(base_url=base + "/v1", api_key="none", max_retries=0, timeout=600)
        kw = dict(model="default", temperature=0, max_tokens=12,
                  messages=[{"role": "user", "content": "Name three colours."}])
        cold = client.chat.completions.create(**kw).choices[0].message.content
        # The same prompt again reuses the cold request's cached prefix and recomputes only its last token, on the
        # decode step instead of the prefill: in bf16 that can flip a greedy near-tie a few tokens in (seen:
        # "1. Red: The most obvious" cold vs "1. Red: This is the most obvious" reused). So the streamed reply
        # is compared with a whole reply that took the same cached path.
        streamed = "".join(c.choices[0].delta.content or "" for c in client.chat.completions.create(**kw, stream=True))
        whole = client.chat.completions.create(**kw).choices[0].message.content
        assert cold and whole and streamed == whole
        with ThreadPoolExecutor(4) as pool:
            texts = list(pool.map(lambda _: client.chat.completions.create(**kw).choices[0].message.content, range(4)))
        assert all(t for t in texts)
