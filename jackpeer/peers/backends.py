"""Where Jack's words come from: the local model (default) or any OpenAI-compatible endpoint by URL.

A backend streams a reply as pieces of visible text followed by any tool calls it parsed:
`stream(messages, tools, max_tokens) -> Iterator[str | ToolRequest]`.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from jackpeer.errors import ConfigError, JackError
from jackpeer.model.generate import SamplingParams
from jackpeer.peers.tools import ToolRequest
from jackpeer.serve.sequences import Done, Request

# Where a model starts writing a tool call; nothing from there on is shown as text.
_TOOL_MARKERS = ("<tool_call>", "<|python_tag|>", '{"name"', "{'name'", "```")


def visible_prefix(text: str) -> tuple[str, bool]:
    """The part of `text` before any tool-call marker, and whether a marker was found."""
    cut = min((text.find(m) for m in _TOOL_MARKERS if m in text), default=-1)
    return (text, False) if cut < 0 else (text[:cut], True)


def marker_held_back(text: str) -> int:
    """How many trailing characters could be the start of a tool-call marker (shown later, or never)."""
    for n in range(min(len(text), 16), 0, -1):
        tail = text[-n:]
        if any(m.startswith(tail) for m in _TOOL_MARKERS):
            return n
    return 0


class LocalBackend:
    """The local Llama-family model via `jackpeer.load()`, kept loaded and warm for the room's lifetime.

    Every room's replies, and best-of-N candidates, go through one continuous-batching engine
    (serve/engine.py): rooms that ask at once decode together in one batched step instead of
    waiting for each other. Each prompt lands in the cache slot whose tokens share the longest prefix
    with it — in practice its own room's slot — so a reply only runs the tokens after that prefix
    (the role card and task, and the recent chat once `prepare` has read it while the room was idle).
    """

    remote = False

    def __init__(self, model: str | None = None, temperature: float = 0.6, top_p: float = 0.9,
                 repetition_penalty: float = 1.15, reuse_prefix: bool = True, adapter: str | None = None,
                 slots: int = 32, context: int = 2048) -> None:
        # 32 rows: a class's 8 rooms asking at once, best-of-4 each, decode in one batch (with 24, two rooms
        # waited for the first six to finish: their replies came 4 s later). The cache is allocated
        # lazily by the OS: rows never written take no memory.
        import jackpeer
        from jackpeer.serve.engine import Engine

        # The engine compiles its own batched decode step; the lm's batch-1 one would be unused here.
        self.lm = jackpeer.load(model, adapter=adapter, compile=False)  # a LoRA adapter is merged first
        self.lm.require_chat()  # Jack chats: a base checkpoint is refused here, with what to use instead
        label = str(getattr(self.lm, "path", "") or model or "default").replace("\\", "/").rsplit("/", 1)[-1]
        if adapter:
            label += f" + {Path(adapter).name}"
        self.name = f"local model {label}"
        self.short_name = f"local: {label}"
        self.temperature, self.top_p, self.repetition_penalty = temperature, top_p, repetition_penalty
        self.engine = Engine(self.lm.model, self.lm.tokenizer, slots=slots, context=context,
                             max_queue=4 * slots, source=(self.lm.path, self.lm.quantize)).start()
        self.engine.reuse_prefix = reuse_prefix
        self.last: dict = {}  # prompt and reused token counts of the last reply (tests, benchmarks)

    @property
    def reuse_prefix(self) -> bool:
        """Whether prompts reuse the cached prefix of a slot (off: every prompt is prefilled whole)."""
        return self.engine.reuse_prefix

    @reuse_prefix.setter
    def reuse_prefix(self, on: bool) -> None:
        self.engine.reuse_prefix = on

    @property
    def compile_state(self) -> str:
        """The engine's decode step: off, compiling, ready (compiled) or failed (eager)."""
        return self.engine.step_fn.state

    def compile(self, timeout: float | None = None) -> bool:
        """Wait for the engine's compiled decode step (and its first run of each kind, done while idle);
        True once it is in use."""
        ready = self.engine.step_fn.wait(timeout)
        return ready and self.engine.traced.wait(timeout)

    def warm(self) -> float:
        """Run a tiny generation so the first real reply pays no start-up cost; return seconds taken."""
        t0 = time.perf_counter()
        for _ in self.stream([{"role": "user", "content": "Say hi."}], max_tokens=4):
            pass
        return time.perf_counter() - t0

    def close(self) -> None:
        """Stop the engine's model thread."""
        self.engine.close()

    def _ids(self, messages: list[dict], max_tokens: int, tools: list[dict] | None = None,
             generation: bool = True) -> list[int]:
        """The prompt's token ids, cut from the front when it would not fit the context with the reply."""
        ids = self.lm.chat_format.encode_dialog(messages, add_generation_prompt=generation, tools=tools)
        room = self.engine.context - max_tokens - 1
        return ids[-room:] if len(ids) > room else ids

    def _params(self, max_tokens: int, temperature: float) -> SamplingParams:
        return SamplingParams(max_tokens=max_tokens, temperature=temperature, top_p=self.top_p,
                              repetition_penalty=self.repetition_penalty,
                              stop_ids=frozenset(self.lm.chat_format.stop_ids))

    def prepare(self, messages: list[dict], wait: bool = False) -> bool:
        """While idle, run the prompt's known part through the model so a reply later starts sooner.

        Returns at once unless `wait` (the room calls it on a shared thread pool): the engine reads it
        when no reply is waiting, and a reply that comes first takes the slot over, keeping what was read."""
        if not self.reuse_prefix:
            return False
        done = threading.Event()
        req = Request(self._ids(messages, 0, generation=False), SamplingParams(max_tokens=0),
                      lambda e: isinstance(e, Done) and done.set(), warm_only=True)
        self.engine.submit(req)
        return done.wait(60) if wait else True

    def stream(self, messages: list[dict], tools: list[dict] | None = None,
               max_tokens: int = 60) -> Iterator[str | ToolRequest]:
        """Stream visible text pieces, then the tool calls parsed from the whole reply."""
        events: queue.Queue = queue.Queue()
        ids = self._ids(messages, max_tokens, tools or None)
        gen = Request(ids, self._params(max_tokens, self.temperature), events.put)
        self.engine.submit(gen)
        text, shown, in_tool = "", 0, False
        try:
            while not isinstance(event := events.get(), Done):
                text += event
                if in_tool:
                    continue
                visible, in_tool = visible_prefix(text)
                upto = len(visible) if in_tool else len(visible) - marker_held_back(visible)
                if upto > shown:
                    yield visible[shown:upto]
                    shown = upto
        finally:  # also when the caller stops reading: the engine frees the slot at its next step
            gen.cancelled = True
        if event.finish_reason == "error":
            raise JackError(f"the local model failed: {event.error}")
        self.last = {"prompt_tokens": event.prompt_tokens, "reused_tokens": event.reused_tokens}
        visible, in_tool = visible_prefix(text)
        if len(visible) > shown:
            yield visible[shown:]
        if tools and in_tool:
            for call in self.lm.chat_format.parse_reply(text).tool_calls:
                yield ToolRequest(call.name, dict(call.arguments or {}))

    def rows_in_flight(self) -> int:
        """Requests the engine is decoding or has waiting (candidates count one each)."""
        stats = self.engine.stats()
        return stats["active"] + stats["queued"]

    def candidates(self, messages: list[dict], n: int, max_tokens: int = 48) -> list[str]:
        """`n` sampled replies to one prompt, decoded side by side after one shared prefill (best-of-N).

        The prompt lands in the room's slot like a streamed reply (reusing its cached prefix); the other
        candidates get a copy of its keys and values and decode in the same batched steps."""
        ids = self._ids(messages, max_tokens)
        params = self._params(max_tokens, max(self.temperature, 0.7))
        out = self.engine.candidates(ids, params, n)
        if out and out[0][1].finish_reason != "error":
            self.last = {"prompt_tokens": out[0][1].prompt_tokens, "reused_tokens": out[0][1].reused_tokens}
        return [visible_prefix(text)[0] for text, done in out if done.finish_reason != "error"]


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
                    if isinstance(chunk, dict) and chunk.get("error"):
                        # OpenAI-compatible servers report a failure after the 200 as an `error` event.
                        err = chunk["error"]
                        detail = err.get("message", err) if isinstance(err, dict) else err
                        raise ConfigError(f"backend {self.endpoint} failed mid-reply: {detail}")
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


    def candidates(self, messages: list[dict], n: int, max_tokens: int = 48) -> list[str]:
        """`n` sampled replies to one prompt: one request with `n` (servers that ignore it are asked again)."""
        body = {"model": self.model, "messages": messages, "max_tokens": max_tokens, "n": n,
                "temperature": max(self.temperature, 0.7)}
        out: list[str] = []
        for _ in range(n):
            try:
                resp = self.client.post(self.endpoint, json=body)
            except httpx.HTTPError as err:
                raise ConfigError(f"could not reach backend {self.endpoint}: {err}") from err
            if resp.status_code != 200:
                raise ConfigError(f"backend {self.endpoint} answered {resp.status_code}: {resp.text[:200]}")
            try:
                choices = resp.json().get("choices") or []
            except ValueError as err:
                raise ConfigError(f"backend {self.endpoint} sent no JSON: {resp.text[:200]}") from err
            out += [(c.get("message") or {}).get("content") or "" for c in choices]
            if len(out) >= n or not choices:
                break
            body["n"] = n - len(out)
        return [visible_prefix(t)[0] for t in out[:n]]


def make_backend(model: str | None = None, backend_url: str | None = None,
                 backend_model: str = "default", backend_key: str | None = None,
                 adapter: str | None = None) -> LocalBackend | OpenAIBackend:
    """The backend the room uses: the endpoint at `backend_url` if given, else the local model (with the
    LoRA adapter given, or the shipped one for the default model; adapter="none" turns that off)."""
    if backend_url:
        if adapter and adapter != "none":
            raise ConfigError("--adapter applies to the local model; drop it or drop --backend-url")
        return OpenAIBackend(backend_url, model=backend_model, api_key=backend_key)
    if adapter is None and model is None:
        from jackpeer.voice.lora import shipped_adapter

        adapter = shipped_adapter()
    return LocalBackend(model, adapter=None if adapter == "none" else adapter)
