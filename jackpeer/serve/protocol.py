"""The OpenAI wire format: request bodies (validated), responses, stream chunks, errors, tool calls."""

import json
import time
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from jackpeer.model.chat_format import ChatReply
from jackpeer.model.lm import stop_prefix_len

# Where a reply may start writing a tool call (ChatML tags, Llama 3.1 python tag and <function=>).
TOOL_MARKERS = ("<tool_call>", "<|python_tag|>", "<function=")


class Message(BaseModel):
    """One chat message; fields we do not use (name, refusal, ...) are accepted and ignored."""

    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool", "ipython"]
    content: str | list[dict[str, Any]] | None = None
    tool_calls: list[dict[str, Any]] | None = None
    tool_call_id: str | None = None


class Function(BaseModel):
    """A function a tool call may name: its JSON-schema parameters are passed to the model as given."""

    model_config = ConfigDict(extra="allow")

    name: str = Field(min_length=1, max_length=64)
    description: str | None = None
    parameters: dict[str, Any] | None = None


class Tool(BaseModel):
    """An OpenAI tool spec; only function tools exist."""

    type: Literal["function"] = "function"
    function: Function


class StreamOptions(BaseModel):
    """`stream_options`: include a last chunk with token usage."""

    include_usage: bool = False


class Sampling(BaseModel):
    """Fields shared by chat and text completions (unknown OpenAI fields are accepted and ignored)."""

    model_config = ConfigDict(extra="allow")

    model: str | None = None
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    temperature: float = Field(1.0, ge=0, le=2)
    top_p: float = Field(1.0, gt=0, le=1)
    top_k: int | None = Field(None, ge=1)  # extension (llama.cpp, vLLM)
    repetition_penalty: float = Field(1.0, gt=0, le=10)  # extension (vLLM)
    stop: str | list[str] | None = None
    seed: int | None = None
    stream: bool = False
    stream_options: StreamOptions | None = None
    n: int = Field(1, ge=1, le=1, description="only one choice per request")
    logprobs: Any = None
    echo: bool = False

    def stop_list(self) -> list[str]:
        """The stop strings as a list (OpenAI allows one string or up to 4)."""
        stops = [self.stop] if isinstance(self.stop, str) else list(self.stop or [])
        return [s for s in stops if s]


class ChatRequest(Sampling):
    """POST /v1/chat/completions."""

    messages: list[Message] = Field(min_length=1)
    tools: list[Tool] | None = None
    tool_choice: Literal["none", "auto", "required"] | dict[str, Any] | None = None


class CompletionRequest(Sampling):
    """POST /v1/completions."""

    prompt: str | list[str]


def error_body(message: str, type_: str, code: str | None = None, param: str | None = None) -> dict:
    """The OpenAI error object."""
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def new_id(prefix: str) -> str:
    """A fresh response or tool-call id."""
    return f"{prefix}-{uuid.uuid4().hex[:24]}" if prefix != "call" else f"call_{uuid.uuid4().hex[:24]}"


def usage(prompt_tokens: int, completion_tokens: int) -> dict:
    """The `usage` object."""
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def tool_calls_json(reply: ChatReply) -> list[dict]:
    """The reply's tool calls as OpenAI `tool_calls` (arguments serialized as JSON text)."""
    return [
        {
            "id": new_id("call"),
            "type": "function",
            "function": {"name": c.name, "arguments": json.dumps(c.arguments, ensure_ascii=False)},
        }
        for c in reply.tool_calls
    ]


def chat_response(rid: str, model: str, reply: ChatReply, finish: str, use: dict) -> dict:
    """A whole (non-streamed) chat.completion."""
    message: dict = {"role": "assistant", "content": reply.content}
    if reply.tool_calls:
        message["tool_calls"] = tool_calls_json(reply)
        message["content"] = reply.content or None
        finish = "tool_calls"
    return {
        "id": rid,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
        "usage": use,
    }


def chat_chunk(rid: str, model: str, delta: dict, finish: str | None = None) -> dict:
    """One chat.completion.chunk."""
    return {
        "id": rid,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }


def completion_response(rid: str, model: str, text: str, finish: str | None, use: dict | None, obj: str) -> dict:
    """A text_completion (whole, or one streamed chunk when use is None)."""
    body = {
        "id": rid,
        "object": obj,
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "text": text, "logprobs": None, "finish_reason": finish}],
    }
    if use is not None:
        body["usage"] = use
    return body


def usage_chunk(rid: str, model: str, obj: str, use: dict) -> dict:
    """The last streamed chunk when `stream_options.include_usage` is set: no choices, only usage."""
    return {"id": rid, "object": obj, "created": int(time.time()), "model": model, "choices": [], "usage": use}


def sse(data: dict | str) -> str:
    """One server-sent event."""
    return f"data: {data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)}\n\n"


def shown_upto(text: str) -> int:
    """How much of a reply-so-far can be streamed as content while a tool call may still follow.

    A reply that starts with `{` or `[` may be a bare JSON or pythonic call, so it is held
    until the end; otherwise text is shown up to the first tool-call marker, keeping back
    a tail that could be the start of one.
    """
    stripped = text.lstrip()
    if not stripped or stripped[0] in "{[":
        return 0
    cuts = [i for i in (text.find(m) for m in TOOL_MARKERS) if i >= 0]
    if cuts:
        return min(cuts)
    return len(text) - stop_prefix_len(text, list(TOOL_MARKERS))


class ToolStream:
    """Streams a chat reply when tools are offered: content as it becomes safe to show, calls at the end."""

    def __init__(self, parse):
        self.parse = parse  # the chat format's parse_reply
        self.text = ""
        self.shown = 0

    def feed(self, piece: str) -> str:
        """Content that can be shown now."""
        self.text += piece
        upto = shown_upto(self.text)
        if upto <= self.shown:
            return ""
        out, self.shown = self.text[self.shown : upto], upto
        return out

    def finish(self) -> tuple[str, ChatReply]:
        """The rest of the content to show, and the parsed reply (its tool calls, if any)."""
        reply = self.parse(self.text)
        shown = self.text[: self.shown]
        if not reply.tool_calls:
            return self.text[self.shown :], reply
        rest = reply.content[len(shown) :] if reply.content.startswith(shown) else ""
        return rest, reply
