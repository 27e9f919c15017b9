"""Where Jack's words come from: the local model (default) or any OpenAI-compatible endpoint by URL.

A backend streams a reply as pieces of visible text followed by any tool calls it parsed:
`stream(messages, tools, max_tokens) -> Iterator[str | ToolRequest]`.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator

import httpx

from jackpeer.errors import ConfigError
from jackpeer.peers.tools import ToolRequest

# Where a model starts writing a tool call; nothing from there on is shown as text.
_TOOL_MARKERS = ("<tool_call>", "<|python_tag|>", '{"name"', "{'name'", "```")


def _visible_prefix(text: str) -> tuple[str, bool]:
    """The part of `text` before any tool-call marker, and whether a marker was found."""
    cut = min((text.find(m) for m in _TOOL_MARKERS if m in text), default=-1)
    return (text, False) if cut < 0 else (text[:cut], True)


def _held_back(text: str) -> int:
    """How many trailing characters could be the start of a tool-call marker (shown later, or never)."""
    for n in range(min(len(text), 16), 0, -1):
        tail = text[-n:]
        if any(m.startswith(tail) for m in _TOOL_MARKERS):
            return n
    return 0


class LocalBackend:
    """The local Llama-family model via `jackpeer.load()`, kept loaded and warm for the room's lifetime."""

    remote = False

    def __init__(self, model: str | None = None, temperature: float = 0.6, top_p: float = 0.9,
                 repetition_penalty: float = 1.15) -> None:
        import jackpeer

        self.lm = jackpeer.load(model)
        self.name = f"local model {getattr(self.lm, 'path', model) or 'default'}".replace("\\", "/")
        self.short_name = "local: " + str(getattr(self.lm, "path", "") or "default").rsplit("/", 1)[-1]
        self.sampling = {"temperature": temperature, "top_p": top_p, "repetition_penalty": repetition_penalty}
        # One generation at a time: the model's KV cache is shared state.
        self._lock = threading.Lock()

    def warm(self) -> float:
        """Run a tiny generation so the first real reply pays no start-up cost; return seconds taken."""
        t0 = time.perf_counter()
        for _ in self.stream([{"role": "user", "content": "Say hi."}], max_tokens=4):
            pass
        return time.perf_counter() - t0

    def stream(self, messages: list[dict], tools: list[dict] | None = None,
               max_tokens: int = 60) -> Iterator[str | ToolRequest]:
        """Stream visible text pieces, then the tool calls parsed from the whole reply."""
        with self._lock:
            text, shown, in_tool = "", 0, False
            for piece in self.lm.chat(messages, stream=True, tools=tools or None, max_tokens=max_tokens,
                                      **self.sampling):
                text += piece
                if in_tool:
                    continue
                visible, in_tool = _visible_prefix(text)
                upto = len(visible) if in_tool else len(visible) - _held_back(visible)
                if upto > shown:
                    yield visible[shown:upto]
                    shown = upto
            visible, in_tool = _visible_prefix(text)
            if len(visible) > shown:
                yield visible[shown:]
            if tools and in_tool:
                reply = self.lm.chat_format.parse_reply(text)
                for call in reply.tool_calls:
                    yield ToolRequest(call.name, dict(call.arguments or {}))


class OpenAIBackend:
    """Any OpenAI-compatible chat endpoint (`/v1/chat/completions`), streamed over server-sent events."""

    remote = True

    def __init__(self, url: str, model: str = "default", api_key: str | None = None, timeout_s: float = 60.0,
                 temperature: float = 0.6) -> None:
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"--backend-url must start with http:// or https://, got {url!r}")
        base = url.rstrip("/")
        self.endpoint = base if base.endswith("/chat/completions") else (
            base + ("/chat/completions" if base.endswith("/v1") else "/v1/chat/completions"))
        self.model = model
        self.name = f"remote endpoint {self.endpoint} (model {model})"
        self.short_name = "remote: " + httpx.URL(self.endpoint).host
        self.temperature = temperature
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.client = httpx.Client(timeout=timeout_s, headers=headers)

    def warm(self) -> float:
        """Send one tiny request so connection set-up is done before the first learner message."""
        t0 = time.perf_counter()
        for _ in self.stream([{"role": "user", "content": "Say hi."}], max_tokens=2):
            pass
        return time.perf_counter() - t0

    def stream(self, messages: list[dict], tools: list[dict] | None = None,
               max_tokens: int = 60) -> Iterator[str | ToolRequest]:
        """Stream `delta.content` pieces as they arrive, then the assembled `delta.tool_calls`."""
        body: dict = {"model": self.model, "messages": messages, "stream": True, "max_tokens": max_tokens,
                      "temperature": self.temperature}
        if tools:
            body["tools"] = tools
        calls: dict[int, dict] = {}
        try:
            with self.client.stream("POST", self.endpoint, json=body) as resp:
                if resp.status_code != 200:
                    resp.read()
                    raise ConfigError(f"backend {self.endpoint} answered {resp.status_code}: {resp.text[:200]}")
                for line in resp.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    try:
                        chunk = json.loads(data)
                    except json.JSONDecodeError:
                        continue
                    for choice in chunk.get("choices", []):
                        delta = choice.get("delta") or {}
                        if delta.get("content"):
                            yield delta["content"]
                        for tc in delta.get("tool_calls") or []:
                            slot = calls.setdefault(tc.get("index", 0), {"name": "", "arguments": ""})
                            fn = tc.get("function") or {}
                            slot["name"] += fn.get("name") or ""
                            slot["arguments"] += fn.get("arguments") or ""
        except httpx.HTTPError as err:
            raise ConfigError(f"could not reach backend {self.endpoint}: {err}") from err
        for slot in calls.values():
            try:
                args = json.loads(slot["arguments"] or "{}")
            except json.JSONDecodeError:
                continue
            yield ToolRequest(slot["name"], args if isinstance(args, dict) else {})


def make_backend(model: str | None = None, backend_url: str | None = None,
                 backend_model: str = "default") -> LocalBackend | OpenAIBackend:
    """The backend the room uses: the endpoint at `backend_url` if given, else the local model."""
    if backend_url:
        return OpenAIBackend(backend_url, model=backend_model)
    return LocalBackend(model)
