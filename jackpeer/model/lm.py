"""LanguageModel: a loaded model with its tokenizer and chat format — text in, text (or a stream) out."""

import threading
from collections.abc import Iterator
from pathlib import Path

import torch

from jackpeer.errors import InputError
from jackpeer.model.generate import SamplingParams, StepFn, _step, generate, stream_tokens
from jackpeer.model.transformer import Transformer


def load_tokenizer(source, meta: dict, path: Path):
    """The checkpoint's tokenizer and chat format: GGUF-embedded, or an HF folder's tokenizer.model/.json."""
    from jackpeer.model.chat_format import chat_format_for
    from jackpeer.model.tokenizer import GGUFTokenizer, folder_tokenizer

    if isinstance(source, Path):
        tok = folder_tokenizer(source)
    else:
        tok = GGUFTokenizer.from_gguf(source)
    return tok, chat_format_for(tok, meta)


def _held_back(text: str, stops: list[str]) -> int:
    """Length of the longest suffix of text that could still grow into a stop string."""
    best = 0
    for s in stops:
        for n in range(min(len(s) - 1, len(text)), best, -1):
            if text.endswith(s[:n]):
                best = n
                break
    return best


class LanguageModel:
    """A transformer plus tokenizer and chat format; `complete` and `chat` return text or stream it."""

    def __init__(self, model: Transformer, tokenizer, chat_format, metadata: dict, path: Path, quantize: str):
        self.model = model
        self.config = model.config
        self.tokenizer = tokenizer
        self.chat_format = chat_format
        self.metadata = metadata
        self.path = path
        self.quantize = quantize
        self._step: StepFn = _step
        self._lock = threading.Lock()  # one KV cache: generations run one at a time

    def __repr__(self) -> str:
        return (
            f"LanguageModel({self.path.name}, {self.config.num_params() / 1e6:.0f}M params, {self.quantize})"
        )

    @property
    def add_bos(self) -> bool:
        """Whether plain-text prompts start with BOS (GGUF add_bos_token; Meta's Llama 3 tokenizer always)."""
        return self.tokenizer.bos_id is not None and bool(getattr(self.tokenizer, "add_bos", True))

    def compile(self, cache_lengths: tuple[int, ...] = (256, 512)) -> bool:
        """torch.compile the one-token decode step and warm it for these KV-cache lengths (batch 1).

        Compiling takes tens of seconds, so it happens here, never inside a reply: other shapes
        (longer contexts, batches) keep running eagerly instead of triggering a recompile.
        Returns False, keeping eager decoding, when compiling fails (e.g. no C++ compiler).
        """
        compiled = torch.compile(_step, fullgraph=True, dynamic=False)
        warmed = set()
        try:
            with self._lock:
                for length in cache_lengths:
                    n = min(length - 8, self.config.max_seq_len - 8)
                    params = SamplingParams(max_tokens=length - n)  # the cache gets exactly `length` slots
                    generate(self.model, [[self.tokenizer.eos_id] * n], params, compiled)
                    warmed.add((1, self.model.layers[0].attention.kv_cache.k.size(2)))
        except Exception:  # no C compiler, an unsupported op...: eager decoding still works
            return False

        def step(model: Transformer, tokens: torch.Tensor, pos: torch.Tensor, pad: torch.Tensor | None):
            shape = (tokens.size(0), model.layers[0].attention.kv_cache.k.size(2))
            return compiled(model, tokens, pos, pad) if shape in warmed and pad is None else _step(model, tokens, pos, pad)

        self._step = step
        return True

    def _params(
        self, max_tokens, temperature, top_k, top_p, repetition_penalty, seed, stop_ids
    ) -> SamplingParams:
        params = SamplingParams(
            max_tokens=max_tokens,
            temperature=temperature,
            top_k=top_k,
            top_p=top_p,
            repetition_penalty=repetition_penalty,
            stop_ids=frozenset(stop_ids),
            seed=seed,
        )
        params.check()
        return params

    def _text_stream(self, ids: list[int], params: SamplingParams, stop: list[str] | None) -> Iterator[str]:
        """Decoded text pieces, cut before the first stop string (text that might start one is held back)."""
        stops = [s for s in (stop or []) if s]
        with self._lock:
            decoder = self.tokenizer.stream_decoder()
            pending = ""
            for token in stream_tokens(self.model, ids, params, self._step):
                pending += decoder.feed(token)
                if not pending:
                    continue
                if stops:
                    hits = [i for i in (pending.find(s) for s in stops) if i >= 0]
                    if hits:
                        if min(hits) > 0:
                            yield pending[: min(hits)]
                        return
                    keep = _held_back(pending, stops)
                    if len(pending) > keep:
                        yield pending[: len(pending) - keep]
                        pending = pending[len(pending) - keep :]
                else:
                    yield pending
                    pending = ""
            pending += decoder.flush()
            if stops:
                hits = [i for i in (pending.find(s) for s in stops) if i >= 0]
                pending = pending[: min(hits)] if hits else pending
            if pending:
                yield pending

    def _run(self, ids: list[int], stream: bool, stop: list[str] | None, params: SamplingParams):
        pieces = self._text_stream(ids, params, stop)
        return pieces if stream else "".join(pieces)

    def complete(
        self,
        prompt: str,
        max_tokens: int = 128,
        temperature: float = 0.0,
        top_k: int | None = None,
        top_p: float | None = None,
        repetition_penalty: float = 1.0,
        stop: list[str] | None = None,
        seed: int | None = None,
        stream: bool = False,
    ) -> str | Iterator[str]:
        """Continue plain text; stops at max_tokens, an EOS token or a stop string (not included)."""
        if not isinstance(prompt, str):
            raise InputError("prompt must be a string")
        ids = self.tokenizer.encode(prompt, bos=self.add_bos)
        if not ids:
            raise InputError("the prompt is empty; give some text to continue")
        params = self._params(
            max_tokens, temperature, top_k, top_p, repetition_penalty, seed, {self.tokenizer.eos_id}
        )
        return self._run(ids, stream, stop, params)

    def complete_batch(self, prompts: list[str], max_tokens: int = 128, **kw) -> list[str]:
        """Complete several prompts in one batch (left-padded; each row decodes as it would alone)."""
        ids = [self.tokenizer.encode(p, bos=self.add_bos) for p in prompts]
        if any(not x for x in ids):
            raise InputError("every prompt needs some text")
        params = SamplingParams(max_tokens=max_tokens, stop_ids=frozenset({self.tokenizer.eos_id}), **kw)
        with self._lock:
            outs = generate(self.model, ids, params, self._step)
        return [self.tokenizer.decode(o) for o in outs]

    def chat(
        self,
        messages: list[dict],
        stream: bool = False,
        tools: list[dict] | None = None,
        max_tokens: int = 128,
        temperature: float = 0.0,
        top_k: int | None = None,
        top_p: float | None = None,
        repetition_penalty: float = 1.0,
        stop: list[str] | None = None,
        seed: int | None = None,
    ) -> str | Iterator[str]:
        """The assistant's next message for an OpenAI-style message list, as text or a stream of pieces."""
        if not messages:
            raise InputError("chat needs at least one message")
        ids = self.chat_format.encode_dialog(messages, add_generation_prompt=True, tools=tools)
        params = self._params(
            max_tokens, temperature, top_k, top_p, repetition_penalty, seed, self.chat_format.stop_ids
        )
        return self._run(ids, stream, stop, params)

    def chat_reply(self, messages: list[dict], tools: list[dict] | None = None, **kw):
        """The assistant's next message parsed into content and tool calls (a ChatReply)."""
        return self.chat_format.parse_reply(self.chat(messages, stream=False, tools=tools, **kw))
