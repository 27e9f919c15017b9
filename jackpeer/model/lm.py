"""LanguageModel: a loaded model with its tokenizer and chat format — text in, text (or a stream) out."""

import threading
from collections.abc import Iterator
from pathlib import Path

import torch

from jackpeer.errors import InputError
from jackpeer.model.compiled import CompiledStep
from jackpeer.model.generate import SamplingParams, StepFn, generate, stream_tokens
from jackpeer.model.transformer import Transformer


def load_tokenizer(source, meta: dict, path: Path):
    """The checkpoint's tokenizer and chat format: GGUF-embedded, or an HF folder's tokenizer.model/.json."""
    from jackpeer.model.chat_format import chat_format_for
    from jackpeer.model.hf_tokenizer import folder_tokenizer
    from jackpeer.model.tokenizer import GGUFTokenizer

    if isinstance(source, Path):
        tok = folder_tokenizer(source)
    else:
        tok = GGUFTokenizer.from_gguf(source)
    return tok, chat_format_for(tok, meta, path.name)


def stop_prefix_len(text: str, stops: list[str]) -> int:
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
        # The compiled decode step swaps itself in when its background warm-up is done; it warms
        # up on a twin of the model with its own caches, so it needs no lock (see compiled.py).
        self._compiled = CompiledStep(model, source=(path, quantize))
        self._step: StepFn = self._compiled
        self._lock = threading.Lock()  # one KV cache: generations run one at a time

    def __repr__(self) -> str:
        return (
            f"LanguageModel({self.path.name}, {self.config.num_params() / 1e6:.0f}M params, {self.quantize})"
        )

    @property
    def add_bos(self) -> bool:
        """Whether plain-text prompts start with BOS (GGUF add_bos_token; Meta's Llama 3 tokenizer always)."""
        return self.tokenizer.bos_id is not None and bool(getattr(self.tokenizer, "add_bos", True))

    @property
    def compile_state(self) -> str:
        """off, compiling, ready (the compiled decode step is in use) or failed (eager; see compile_error)."""
        return self._compiled.state

    @property
    def compile_error(self) -> str | None:
        """Why compiling failed, when it did."""
        return self._compiled.error

    def compile(self, wait: bool = True, timeout: float | None = None) -> bool:
        """Compile the one-token decode step (see compiled.py); True once the compiled step is in use.

        `jackpeer.load()` already starts this in the background; generations use the eager step
        until the compiled one is ready. wait=False returns at once.
        """
        self._compiled.start()
        return self._compiled.wait(timeout) if wait else self.compile_state == "ready"

    @torch.no_grad()
    def decode_step(self, tokens: torch.Tensor, pos: int) -> torch.Tensor:
        """Float logits [B, V] for tokens [B, 1] written at cache position pos (caches already set up).

        For callers that run their own decode loop on `self.model`'s caches (the room's backend):
        compiled when ready, eager otherwise. The caller serializes calls, as with any KV cache.
        """
        return self._step(self.model, tokens, torch.tensor([pos], device=tokens.device), None)

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
                    keep = stop_prefix_len(pending, stops)
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

    @property
    def has_chat(self) -> bool:
        """False for a checkpoint without a chat format (a base model): it completes text only."""
        return self.chat_format.has_chat

    def require_chat(self) -> None:
        """Raise NoChatFormatError (saying to use completion instead) when the checkpoint cannot chat."""
        if not self.has_chat:
            raise self.chat_format.refusal()

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
        """The assistant's next message for an OpenAI-style message list, as text or a stream of pieces.

        A checkpoint without a chat format (a base model) raises NoChatFormatError; use `complete`.
        """
        self.require_chat()
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
