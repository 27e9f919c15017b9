"""Backends: the local model's prefix-cache reuse gives the same tokens as a cold prompt; the
OpenAI-compatible backend reads streamed SSE text and tool calls."""

import json

import httpx
import pytest

from jackpeer.errors import ConfigError
from jackpeer.peers.backends import LocalBackend, OpenAIBackend, marker_held_back, visible_prefix
from jackpeer.peers.tools import ToolRequest

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def local():
    return LocalBackend(temperature=0.0, repetition_penalty=1.0)


def test_prefix_reuse_matches_a_cold_prompt(local):
    system = {"role": "system", "content": "You are Jack, a helpful AI in a group of children. Task: design a playground."}
    first = [system, {"role": "user", "content": "Recent chat:\nMia: a slide\n\nSay something short."}]
    second = [system, {"role": "user", "content": "Recent chat:\nMia: a slide\nLeo: and swings\n\nSay one word."}]
    "".join(p for p in local.stream(first, max_tokens=2))
    warm = "".join(p for p in local.stream(second, max_tokens=6))
    assert local.last["reused_tokens"] > 20  # the system prompt and the shared chat were not run again
    local.reuse_prefix = False
    cold = "".join(p for p in local.stream(second, max_tokens=6))
    local.reuse_prefix = True
    assert local.last["reused_tokens"] == 0
    assert warm == cold and warm.strip()
    # idle prefill: a later prompt that extends the prepared part reuses it
    assert local.prepare([system, {"role": "user", "content": "Recent chat:\nMia: a slide\nLeo: and swings\nAda: a pond"}],
                         wait=True)
    "".join(local.stream([system, {"role": "user", "content": "Recent chat:\nMia: a slide\nLeo: and swings\n"
                                                          "Ada: a pond\n\nSay hi."}], max_tokens=1))
    assert local.last["prompt_tokens"] - local.last["reused_tokens"] < 12


def test_candidates_are_sampled_in_one_batch_and_leave_the_prefix_cache_intact(local):
    system = {"role": "system", "content": "You are Jack, a helpful AI in a group of children. Task: plan a garden."}
    prompt = [system, {"role": "user", "content": "Recent chat:\nMia: tomatoes\n\nSay: 'We have 3 minutes left.'"}]
    texts = local.candidates(prompt, 3, max_tokens=8)
    assert len(texts) == 3 and all(isinstance(t, str) for t in texts) and any(t.strip() for t in texts)
    warm = "".join(local.stream(prompt, max_tokens=6))
    assert local.last["reused_tokens"] > 20  # the prompt prefilled for the candidates is still cached
    local.reuse_prefix = False
    cold = "".join(local.stream(prompt, max_tokens=6))
    local.reuse_prefix = True
    assert warm == cold


def test_tool_markup_is_never_shown():
    assert visible_prefix('Sure! <tool_call>{"name": "x"}') == ("Sure! ", True)
    assert visible_prefix("plain text") == ("plain text", False)
    assert marker_held_back("text <tool_") == len("<tool_")
    assert marker_held_back("text") == 0


def _sse(chunks: list[dict]) -> bytes:
    return b"".join(f"data: {json.dumps(c)}\n\n".encode() for c in chunks) + b"data: [DONE]\n\n"


def test_openai_backend_streams_text_and_tool_calls():
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen["url"] = str(request.url)
        seen["body"] = json.loads(request.content)
        chunks = [{"choices": [{"delta": {"content": "Nice "}}]}, {"choices": [{"delta": {"content": "idea!"}}]},
                  {"choices": [{"delta": {"tool_calls": [{"index": 0, "function": {"name": "add_idea", "arguments": '{"te'}}]}}]},
                  {"choices": [{"delta": {"tool_calls": [{"index": 0, "function": {"arguments": 'xt": "a pond"}'}}]}}]}]
        return httpx.Response(200, content=_sse(chunks), headers={"content-type": "text/event-stream"})

    backend = OpenAIBackend("http://school-server:8080/v1", model="big")
    backend.client = httpx.Client(transport=httpx.MockTransport(handler))
    out = list(backend.stream([{"role": "user", "content": "hi"}], tools=[{"type": "function"}], max_tokens=5))
    assert out == ["Nice ", "idea!", ToolRequest("add_idea", {"text": "a pond"})]
    assert seen["url"] == "http://school-server:8080/v1/chat/completions"
    assert seen["body"]["stream"] is True and seen["body"]["model"] == "big" and seen["body"]["tools"]
    assert backend.remote


def test_openai_backend_errors_are_clear():
    with pytest.raises(ConfigError):
        OpenAIBackend("school-server:8080")
    backend = OpenAIBackend("http://127.0.0.1:9/v1")
    backend.client = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(500, text="boom")))
    with pytest.raises(ConfigError, match="500"):
        list(backend.stream([{"role": "user", "content": "hi"}]))


def test_openai_backend_error_event_mid_stream_is_raised_after_the_text_so_far():
    chunks = [{"choices": [{"delta": {"content": "Let me "}}]},
              {"error": {"message": "the model ran out of memory", "type": "server_error"}}]
    backend = OpenAIBackend("http://127.0.0.1:9/v1")
    backend.client = httpx.Client(transport=httpx.MockTransport(
        lambda r: httpx.Response(200, content=_sse(chunks), headers={"content-type": "text/event-stream"})))
    pieces = []
    with pytest.raises(ConfigError, match="mid-reply: the model ran out of memory"):
        for piece in backend.stream([{"role": "user", "content": "hi"}]):
            pieces.append(piece)
    assert pieces == ["Let me "]
