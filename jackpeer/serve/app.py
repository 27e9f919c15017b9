"""The HTTP API: OpenAI-compatible routes over the batching engine (FastAPI, server-sent events)."""

import asyncio
import json
import logging
import secrets
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException

from jackpeer.errors import InputError, JackError, NoChatFormatError
from jackpeer.model.chat_format import ChatMLFormat, ChatReply
from jackpeer.model.generate import SamplingParams
from jackpeer.serve import protocol as P
from jackpeer.serve.engine import Engine, NotReady, QueueFull
from jackpeer.serve.sequences import Done
from jackpeer.serve.sequences import Request as GenRequest
from jackpeer.torch_threads import CORES, use_cores

log = logging.getLogger("jackpeer.serve")

MAX_BODY_BYTES = 1_000_000
MAX_MESSAGES = 512
STREAM_INTERVAL_S = 0.025  # streamed pieces made closer together than this go out as one chunk


class ApiError(Exception):
    """An error answered to the client in the OpenAI format."""

    def __init__(self, status: int, message: str, type_: str, code: str | None = None, param: str | None = None):
        super().__init__(message)
        self.status, self.body = status, P.error_body(message, type_, code, param)


class ServeState:
    """What the routes share: the loaded model and its engine (None while loading), or why loading failed."""

    def __init__(self, slots: int = 8, context: int = 2048, max_queue: int = 64,
                 stream_interval_s: float = STREAM_INTERVAL_S):
        self.slots, self.context, self.max_queue = slots, context, max_queue
        self.stream_interval_s = stream_interval_s
        self.lm = None
        self.engine: Engine | None = None
        self.model_name = "loading"
        self.created = int(time.time())
        self.error: str | None = None

    def start(self, lm) -> None:
        """Take a loaded LanguageModel and start its engine."""
        self.engine = Engine(lm.model, lm.tokenizer, self.slots, self.context, self.max_queue,
                             source=(lm.path, lm.quantize)).start()
        path = Path(str(lm.path))
        self.model_name = path.stem if path.suffix == ".gguf" else path.name
        self.lm = lm

    def load_in_background(self, load: Callable[[], object], on_error: Callable[[str], None] | None = None):
        """Load the model on a thread (requests get 503 until it is ready)."""

        def run():
            use_cores(CORES)  # a thread that ends: its OpenMP team goes with it (torch_threads.py)
            try:
                self.start(load())
            except Exception as err:  # reported through /health and 503s; a JackError says what to do
                self.error = str(err) if isinstance(err, JackError) else f"{type(err).__name__}: {err}"
                if on_error:
                    on_error(self.error)
                else:
                    log.error("could not load the model: %s", self.error)

        thread = threading.Thread(target=run, name="jack-serve-load", daemon=True)
        thread.start()
        return thread

    def ready_engine(self) -> Engine:
        """The running engine, or a 503."""
        if self.engine is None or not self.engine.alive:
            why = self.error or ("the model is still loading" if self.engine is None else "the engine stopped")
            raise ApiError(503, f"not ready: {why}; retry shortly", "server_error", "not_ready")
        return self.engine


def _validation_error(err: RequestValidationError) -> ApiError:
    first = err.errors()[0] if err.errors() else {}
    loc = [str(x) for x in first.get("loc", ())][1:]  # drop "body"
    param = ".".join(loc) or None
    message = first.get("msg", "invalid request")
    if first.get("type") == "json_invalid":
        message = "the request body is not valid JSON"
    return ApiError(400, f"{param + ': ' if param else ''}{message}", "invalid_request_error", "invalid_value", param)


class RequestGuard:
    """ASGI middleware: the API key (when set) on /v1/ routes, and a Content-Length within max_body_bytes on POSTs.

    Plain ASGI rather than FastAPI's @app.middleware("http"), which passes every piece of a streamed reply
    through its own memory stream and task: that doubled the Python calls on the event loop per token
    (a streamed single reply, cProfile: 368k calls against 184k without it).
    """

    def __init__(self, app, api_key: str | None, max_body_bytes: int):
        self.app, self.api_key, self.max_body_bytes = app, api_key, max_body_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            try:
                self.check(scope)
            except ApiError as err:
                await JSONResponse(err.body, status_code=err.status)(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def check(self, scope) -> None:
        """Raise the ApiError a request gets before it reaches a route, if any."""
        headers = Headers(scope=scope)
        if self.api_key is not None and scope["path"].startswith("/v1/"):
            auth = headers.get("authorization", "")
            given = auth[7:] if auth.lower().startswith("bearer ") else ""
            if not secrets.compare_digest(given.encode(), self.api_key.encode()):
                raise ApiError(401, "invalid or missing API key (send Authorization: Bearer KEY)",
                               "invalid_request_error", "invalid_api_key")
        if scope["method"] == "POST":
            length = headers.get("content-length")
            if length is None:
                raise ApiError(411, "send a Content-Length header", "invalid_request_error", "length_required")
            if not length.isdigit() or int(length) > self.max_body_bytes:
                raise ApiError(413, f"request body over {self.max_body_bytes} bytes", "invalid_request_error",
                               "request_too_large")


def create_app(state: ServeState, api_key: str | None = None, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The FastAPI app serving `state`'s model; `api_key` (optional) is required as a Bearer token."""
    app = FastAPI(title="jackpeer OpenAI-compatible API", docs_url=None, redoc_url=None)
    app.state.serve = state

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, err: ApiError):
        return JSONResponse(err.body, status_code=err.status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, err: RequestValidationError):
        e = _validation_error(err)
        return JSONResponse(e.body, status_code=e.status)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, err: StarletteHTTPException):
        type_ = "not_found_error" if err.status_code == 404 else "invalid_request_error"
        return JSONResponse(P.error_body(str(err.detail), type_), status_code=err.status_code)

    @app.exception_handler(Exception)
    async def _crash(request: Request, err: Exception):  # never a traceback to the client
        log.exception("unexpected error")
        return JSONResponse(P.error_body("internal server error", "server_error", "internal_error"), status_code=500)

    app.add_middleware(RequestGuard, api_key=api_key, max_body_bytes=max_body_bytes)

    @app.get("/health")
    async def health():
        """200 with engine stats when ready; 503 while loading or after a failed load."""
        if state.engine is None or not state.engine.alive:
            status = "error" if state.error else "loading"
            return JSONResponse({"status": status, "error": state.error}, status_code=503)
        return {"status": "ok", "model": state.model_name, **state.engine.stats()}

    @app.get("/v1/models")
    async def models():
        """The one model this server runs."""
        state.ready_engine()
        return {"object": "list", "data": [
            {"id": state.model_name, "object": "model", "created": state.created, "owned_by": "jackpeer"}]}

    @app.get("/v1/models/{model_id}")
    async def model(model_id: str):
        """One model by id (404 for any other id)."""
        state.ready_engine()
        if model_id != state.model_name:
            raise ApiError(404, f"no model {model_id!r} here; this server runs {state.model_name!r}",
                           "invalid_request_error", "model_not_found", "model")
        return {"id": state.model_name, "object": "model", "created": state.created, "owned_by": "jackpeer"}

    @app.post("/v1/chat/completions")
    async def chat_completions(body: P.ChatRequest):
        """Chat: a reply to `messages`, whole or streamed, with tool calls parsed when `tools` are given."""
        engine = state.ready_engine()
        _check_common(body)
        if len(body.messages) > MAX_MESSAGES:
            raise ApiError(400, f"at most {MAX_MESSAGES} messages", "invalid_request_error", "invalid_value",
                           "messages")
        tools = [t.model_dump(exclude_none=True) for t in body.tools or []] or None
        fmt = state.lm.chat_format
        tools, forced = _tool_choice(fmt, body.tool_choice, tools)
        messages = []
        for m in body.messages:
            d = m.model_dump(exclude_none=True)
            if d["role"] == "developer":
                d["role"] = "system"
            messages.append(d)
        try:
            # Off the event loop: tokenizing a long conversation must not stall other streams.
            ids = await asyncio.to_thread(fmt.encode_dialog, messages, True, tools)
        except NoChatFormatError as err:  # a base model: only /v1/completions can use it
            raise ApiError(400, str(err), "invalid_request_error", "no_chat_format", "model") from err
        except (JackError, KeyError, TypeError, ValueError) as err:
            raise ApiError(400, f"could not format these messages: {err}", "invalid_request_error",
                           "invalid_value", "messages") from err
        ids += state.lm.tokenizer.encode(forced) if forced else []
        stream = _submit(engine, ids, body, fmt.stop_ids, state.stream_interval_s)
        rid, name = P.new_id("chatcmpl"), state.model_name
        if body.stream:
            return _sse(_chat_events(stream, rid, name, fmt.parse_reply if tools else None, body, forced))
        text, done = await stream.collect()
        reply = fmt.parse_reply(forced + text) if tools else ChatReply(text)
        return P.chat_response(rid, name, reply, done.finish_reason, P.usage(done.prompt_tokens,
                                                                              done.completion_tokens))

    @app.post("/v1/completions")
    async def completions(body: P.CompletionRequest):
        """Plain text continuation of `prompt`."""
        engine = state.ready_engine()
        _check_common(body)
        prompt = body.prompt
        if isinstance(prompt, list):
            if len(prompt) != 1:
                raise ApiError(400, "give one prompt per request", "invalid_request_error", "invalid_value",
                               "prompt")
            prompt = prompt[0]
        ids = await asyncio.to_thread(state.lm.tokenizer.encode, prompt, state.lm.add_bos)
        stream = _submit(engine, ids, body, frozenset({state.lm.tokenizer.eos_id}), state.stream_interval_s)
        rid, name = P.new_id("cmpl"), state.model_name
        if body.stream:
            return _sse(_completion_events(stream, rid, name, body))
        text, done = await stream.collect()
        use = P.usage(done.prompt_tokens, done.completion_tokens)
        return P.completion_response(rid, name, text, done.finish_reason, use, "text_completion")

    return app


def _tool_choice(fmt, choice, tools: list[dict] | None) -> tuple[list[dict] | None, str]:
    """The tools to offer and the text the reply is made to start with, for OpenAI's `tool_choice`.

    "required" and a named function are enforced by writing the opening of a call into the
    prompt after the assistant header, so the model can only continue a call (with the
    named function's name already written when one is named).
    """
    if choice == "none" or not tools:
        if choice not in (None, "none", "auto"):
            raise ApiError(400, "tool_choice needs `tools` to choose from", "invalid_request_error",
                           "invalid_value", "tool_choice")
        return None if choice == "none" else tools, ""
    if choice in (None, "auto"):
        return tools, ""
    opener, args_key = ("<tool_call>\n", "arguments") if isinstance(fmt, ChatMLFormat) else ("", "parameters")
    if choice == "required":
        return tools, opener + '{"name": "'
    name = (choice.get("function") or {}).get("name") if choice.get("type") == "function" else None
    chosen = [t for t in tools if t["function"]["name"] == name]
    if not chosen:
        raise ApiError(400, f"tool_choice names {name!r}, which is not among `tools`; name one of "
                       f"{[t['function']['name'] for t in tools]}", "invalid_request_error", "invalid_value",
                       "tool_choice")
    return chosen, opener + json.dumps({"name": name})[:-1] + f', "{args_key}": '


def _check_common(body: P.Sampling) -> None:
    if body.logprobs not in (None, False, 0):
        raise ApiError(400, "logprobs are not supported by this server", "invalid_request_error",
                       "unsupported_parameter", "logprobs")
    if body.echo:
        raise ApiError(400, "echo is not supported by this server", "invalid_request_error",
                       "unsupported_parameter", "echo")
    stops = body.stop_list()
    if len(stops) > 4 or any(len(s) > 200 for s in stops):
        raise ApiError(400, "give at most 4 stop strings of at most 200 characters", "invalid_request_error",
                       "invalid_value", "stop")


class _Events:
    """A request's events, carried from the model thread to this request's asyncio task.

    whole: the reply is sent in one piece, so its text is gathered on the model thread and only the final
    event wakes the event loop, not every token (16 clients × 48 tokens: 16 wake-ups instead of 784).
    Streamed, the first piece wakes the loop at once and later ones at most every interval_s: the pieces
    made in between go out together as one chunk. Each wake-up handed the GIL to the event loop for
    its chunk's work (JSON, starlette, h11), about 0.5 ms that the model thread waited out on every token.
    """

    def __init__(self, whole: bool = False, interval_s: float = STREAM_INTERVAL_S):
        self.loop = asyncio.get_running_loop()
        self.interval_s = interval_s
        self.queue: asyncio.Queue = asyncio.Queue()
        self.req: GenRequest | None = None
        self.pieces: list[str] | None = [] if whole else None
        self.made: deque[str] = deque()  # streamed pieces the loop has not taken yet (deque: thread-safe ends)
        self.woken_at: float | None = None

    def emit(self, event) -> None:
        """Called on the model thread."""
        if not isinstance(event, str):
            self.loop.call_soon_threadsafe(self._take, event)
        elif self.pieces is not None:
            self.pieces.append(event)
        else:
            self.made.append(event)
            now = time.monotonic()
            if self.woken_at is None or now - self.woken_at >= self.interval_s:
                self.woken_at = now
                self.loop.call_soon_threadsafe(self._take)

    def _take(self, done: Done | None = None) -> None:
        """On the event loop: queue the pieces made so far (as one unless interval_s is 0), then done (if given)."""
        parts = []
        while self.made:
            parts.append(self.made.popleft())
        if parts and self.interval_s > 0:
            parts = ["".join(parts)]
        for piece in parts:
            self.queue.put_nowait(piece)
        if done is not None:
            self.queue.put_nowait(done)

    async def next(self) -> "str | Done":
        """The next text piece or the final Done."""
        return await self.queue.get()

    def cancel(self) -> None:
        """Tell the engine nobody is listening any more (it frees the slot at its next step)."""
        self.req.cancelled = True

    async def collect(self) -> tuple[str, Done]:
        """All the text and the final event; an engine error becomes a 500."""
        pieces = self.pieces if self.pieces is not None else []
        try:
            while not isinstance(event := await self.next(), Done):
                pieces.append(event)
        finally:  # also when the client disconnects and this task is cancelled
            self.cancel()
        if event.finish_reason == "error":
            raise ApiError(500, event.error or "generation failed", "server_error", "generation_failed")
        return "".join(pieces), event


def _submit(engine: Engine, ids: list[int], body: P.Sampling, stop_ids: frozenset[int],
            interval_s: float) -> _Events:
    """Queue one generation and return its event stream (429 when full, 400 on bad input)."""
    max_tokens = body.max_completion_tokens or body.max_tokens or engine.context
    params = SamplingParams(max_tokens=max_tokens, temperature=body.temperature, top_k=body.top_k,
                            top_p=body.top_p, repetition_penalty=body.repetition_penalty, stop_ids=stop_ids,
                            seed=body.seed)
    events = _Events(whole=not body.stream, interval_s=interval_s)
    events.req = GenRequest(ids, params, events.emit, body.stop_list())
    try:
        engine.submit(events.req)
    except QueueFull as err:
        raise ApiError(429, str(err), "rate_limit_error", "queue_full") from err
    except NotReady as err:
        raise ApiError(503, str(err), "server_error", "not_ready") from err
    except InputError as err:
        code = "context_length_exceeded" if "context" in str(err) else "invalid_value"
        raise ApiError(400, str(err), "invalid_request_error", code) from err
    return events


def _sse(events: AsyncIterator[str]) -> StreamingResponse:
    return StreamingResponse(events, media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


def _error_event(done: Done) -> str:
    return P.sse(P.error_body(done.error or "generation failed", "server_error", "generation_failed"))


async def _chat_events(stream: _Events, rid: str, name: str, parse, body: P.ChatRequest,
                       forced: str = "") -> AsyncIterator[str]:
    """chat.completion.chunk events: role, content pieces, tool calls (if any), finish, [DONE]."""
    try:
        async for chunk in _chat_chunks(stream, rid, name, parse, body, forced):
            yield chunk
    finally:  # the client may leave mid-stream: free its slot
        stream.cancel()


async def _chat_chunks(stream: _Events, rid: str, name: str, parse, body: P.ChatRequest,
                       forced: str) -> AsyncIterator[str]:
    yield P.sse(P.chat_chunk(rid, name, {"role": "assistant", "content": ""}))
    tools = P.ToolStream(parse) if parse else None
    if tools and forced:
        tools.feed(forced)  # the call's opening, written into the prompt: held back like any call
    while True:
        event = await stream.next()
        if isinstance(event, Done):
            if event.finish_reason == "error":
                yield _error_event(event)
                break
            finish = event.finish_reason
            if tools:
                rest, reply = tools.finish()
                if rest:
                    yield P.sse(P.chat_chunk(rid, name, {"content": rest}))
                if reply.tool_calls:
                    calls = [{"index": i, **c} for i, c in enumerate(P.tool_calls_json(reply))]
                    yield P.sse(P.chat_chunk(rid, name, {"tool_calls": calls}))
                    finish = "tool_calls"
            yield P.sse(P.chat_chunk(rid, name, {}, finish))
            if body.stream_options and body.stream_options.include_usage:
                use = P.usage(event.prompt_tokens, event.completion_tokens)
                yield P.sse(P.usage_chunk(rid, name, "chat.completion.chunk", use))
            break
        piece = tools.feed(event) if tools else event
        if piece:
            yield P.sse(P.chat_chunk(rid, name, {"content": piece}))
    yield P.sse("[DONE]")


async def _completion_events(stream: _Events, rid: str, name: str, body: P.CompletionRequest) -> AsyncIterator[str]:
    """text_completion chunks, then [DONE]."""
    try:
        async for chunk in _completion_chunks(stream, rid, name, body):
            yield chunk
    finally:
        stream.cancel()


async def _completion_chunks(stream: _Events, rid: str, name: str, body: P.CompletionRequest) -> AsyncIterator[str]:
    while True:
        event = await stream.next()
        if isinstance(event, Done):
            if event.finish_reason == "error":
                yield _error_event(event)
                break
            yield P.sse(P.completion_response(rid, name, "", event.finish_reason, None, "text_completion"))
            if body.stream_options and body.stream_options.include_usage:
                use = P.usage(event.prompt_tokens, event.completion_tokens)
                yield P.sse(P.usage_chunk(rid, name, "text_completion", use))
            break
        yield P.sse(P.completion_response(rid, name, event, None, None, "text_completion"))
    yield P.sse("[DONE]")


def serve(host: str, port: int, model: str | None, api_key: str | None, slots: int, context: int,
          max_queue: int, max_body_bytes: int = MAX_BODY_BYTES, quantize: str | None = "default",
          device: str = "cpu", stream_interval_s: float = STREAM_INTERVAL_S) -> None:
    """Run the server: answer 503 while the model loads, then serve; exit if loading fails."""
    import uvicorn

    import jackpeer

    use_cores(1)  # the model computes on the engine's thread; this one only serves HTTP
    state = ServeState(slots, context, max_queue, stream_interval_s)
    server = uvicorn.Server(uvicorn.Config(create_app(state, api_key, max_body_bytes), host=host, port=port,
                                           log_level="warning", timeout_graceful_shutdown=5))

    def failed(message: str) -> None:
        server.should_exit = True

    # compile=False: the engine compiles its own batched decode step (the lm's batch-1 one would be unused).
    state.load_in_background(lambda: jackpeer.load(model, quantize=quantize, device=device, compile=False), failed)
    server.run()
    if state.engine is not None:
        state.engine.close()
    if state.error:
        raise JackError(f"could not load the model: {state.error}")
