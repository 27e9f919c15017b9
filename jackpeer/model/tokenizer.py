"""Tokenizers: Meta's exact Llama 3 BPE (tiktoken ranks) and the BPE a GGUF file carries.

Both encode plain text with special-token strings treated as ordinary text; only the chat
formatter inserts special ids (spec llama3.md §2). Both decode incrementally without ever
emitting half a UTF-8 character.
"""

import base64
import binascii
import codecs
import os
from collections.abc import Callable, Iterator
from functools import lru_cache

from jackpeer.errors import ModelFileError

# The Llama 3 pre-tokenizer split pattern (Meta's tokenizer.py; tiktoken/`regex` syntax).
LLAMA3_PATTERN = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}"
    r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"
)

# Meta's guards against tiktoken's stack overflow on huge inputs: encode at most this many
# characters at once, and break runs of this many whitespace / non-whitespace characters.
TIKTOKEN_MAX_ENCODE_CHARS = 400_000
MAX_NO_WHITESPACES_CHARS = 25_000

NUM_RESERVED_SPECIAL_TOKENS = 256

# Llama 3.1 names; ids follow the BPE ranks (128000.. for Meta's file).
LLAMA3_SPECIAL_TOKENS = [
    "<|begin_of_text|>",
    "<|end_of_text|>",
    "<|reserved_special_token_0|>",
    "<|reserved_special_token_1|>",
    "<|finetune_right_pad_id|>",
    "<|step_id|>",
    "<|start_header_id|>",
    "<|end_header_id|>",
    "<|eom_id|>",
    "<|eot_id|>",
    "<|python_tag|>",
    "<|image|>",
]
LLAMA3_SPECIAL_TOKENS += [
    f"<|reserved_special_token_{2 + i}|>"
    for i in range(NUM_RESERVED_SPECIAL_TOKENS - len(LLAMA3_SPECIAL_TOKENS))
]

# Control tokens that end a turn in the chat formats llama.cpp knows (its "end of generation" set).
END_OF_TURN_NAMES = ("<|eot_id|>", "<|eom_id|>", "<|im_end|>", "<|end_of_text|>", "<|endoftext|>", "<|end|>")


class StreamDecoder:
    """Turns token ids into text one at a time, holding back bytes of an unfinished character."""

    def __init__(self, token_bytes: Callable[[int], bytes]):
        self._token_bytes = token_bytes
        # errors="replace": a byte sequence that can never become valid shows as U+FFFD,
        # while an incomplete one waits for the next token.
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def feed(self, token_id: int) -> str:
        """The new text this token completes (possibly empty)."""
        return self._utf8.decode(self._token_bytes(token_id))

    def flush(self) -> str:
        """Whatever is still held back, with an unfinished character shown as U+FFFD."""
        return self._utf8.decode(b"", final=True)


def _split_long_runs(text: str, max_run: int) -> Iterator[str]:
    """Meta's guard: cut runs of more than `max_run` whitespace or non-whitespace characters."""
    run_len = 0
    run_is_space = False
    start = 0
    for i, ch in enumerate(text):
        is_space = ch.isspace()
        if is_space != run_is_space:
            run_len = 1
            run_is_space = is_space
        else:
            run_len += 1
            if run_len > max_run:
                yield text[start:i]
                start = i
                run_len = 1
    yield text[start:]


def read_tiktoken_ranks(path: str) -> dict[bytes, int]:
    """Read Meta's `tokenizer.model`: one `base64(token_bytes) rank` line per token."""
    if not os.path.isfile(path):
        raise ModelFileError(f"tokenizer file {path!r} not found; pass the path of Meta's tokenizer.model")
    ranks: dict[bytes, int] = {}
    with open(path, "rb") as f:
        for lineno, line in enumerate(f, start=1):
            if not line.strip():
                continue
            parts = line.split()
            try:
                if len(parts) != 2:
                    raise ValueError("expected two fields")
                token = base64.b64decode(parts[0], validate=True)
                rank = int(parts[1])
            except (ValueError, binascii.Error) as e:
                raise ModelFileError(
                    f"{path}: line {lineno} is not 'base64-token rank' ({e}); "
                    "is this a tiktoken tokenizer.model (Llama 3), not a SentencePiece one (Llama 2)?"
                ) from None
            ranks[token] = rank
    if not ranks:
        raise ModelFileError(f"{path}: no tokens found; the file is empty or truncated")
    if sorted(ranks.values()) != list(range(len(ranks))):
        raise ModelFileError(f"{path}: ranks are not 0..{len(ranks) - 1} without gaps; the file is damaged")
    return ranks


class Llama3Tokenizer:
    """Meta's Llama 3 tokenizer: tiktoken BPE over `tokenizer.model` ranks plus 256 special tokens."""

    def __init__(self, path: str):
        import tiktoken

        ranks = read_tiktoken_ranks(path)
        self.path = path
        n_base = len(ranks)
        self.special_tokens = {name: n_base + i for i, name in enumerate(LLAMA3_SPECIAL_TOKENS)}
        self._enc = tiktoken.Encoding(
            name=os.path.basename(path),
            pat_str=LLAMA3_PATTERN,
            mergeable_ranks=ranks,
            special_tokens=self.special_tokens,
        )
        self._special_by_id = {i: name.encode() for name, i in self.special_tokens.items()}
        self.vocab_size: int = n_base + len(self.special_tokens)
        self.bos_id: int | None = self.special_tokens["<|begin_of_text|>"]
        self.eos_id: int = self.special_tokens["<|end_of_text|>"]
        self.add_bos = True
        self.stop_ids: frozenset[int] = frozenset(
            self.special_tokens[n] for n in ("<|end_of_text|>", "<|eom_id|>", "<|eot_id|>")
        )

    def encode(self, text: str, bos: bool = False) -> list[int]:
        """Token ids of `text`; special-token strings in it are encoded as plain text."""
        ids = [self.bos_id] if bos else []
        for i in range(0, len(text), TIKTOKEN_MAX_ENCODE_CHARS):
            chunk = text[i : i + TIKTOKEN_MAX_ENCODE_CHARS]
            for piece in _split_long_runs(chunk, MAX_NO_WHITESPACES_CHARS):
                ids.extend(self._enc.encode_ordinary(piece))
        return ids

    def decode(self, ids: list[int]) -> str:
        """Text of `ids` (special tokens appear as their names; broken UTF-8 as U+FFFD)."""
        return b"".join(self.token_bytes(i) for i in ids).decode("utf-8", errors="replace")

    def token_bytes(self, token_id: int) -> bytes:
        """The bytes one token stands for (none for an id past the vocabulary, e.g. embedding padding)."""
        special = self._special_by_id.get(token_id)
        if special is not None:
            return special
        return self._enc.decode_single_token_bytes(token_id) if 0 <= token_id < self.vocab_size else b""

    def special_id(self, name: str) -> int:
        """Id of a special token by name, e.g. "<|eot_id|>"."""
        try:
            return self.special_tokens[name]
        except KeyError:
            raise KeyError(f"{name!r} is not a Llama 3 special token") from None

    def stream_decoder(self) -> StreamDecoder:
        """A decoder that turns ids into text incrementally."""
        return StreamDecoder(self.token_bytes)


# GGUF token types (llama.cpp `llama_token_type`).
TOKEN_NORMAL, TOKEN_UNKNOWN, TOKEN_CONTROL, TOKEN_USER_DEFINED, TOKEN_UNUSED, TOKEN_BYTE = 1, 2, 3, 4, 5, 6

# tokenizer.ggml.pre values whose split pattern is Llama 3's (llama.cpp `llama-vocab.cpp`).
LLAMA3_PRE_NAMES = {"llama-bpe", "llama3", "llama-v3", "smaug-bpe", "falcon3", "dbrx"}


@lru_cache(maxsize=1)
def gpt2_byte_to_unicode() -> dict[int, str]:
    """GPT-2's reversible map from bytes to printable characters (space -> 'Ġ')."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
    printable += list(range(ord("®"), ord("ÿ") + 1))
    mapping = {b: chr(b) for b in printable}
    extra = 0
    for b in range(256):
        if b not in mapping:
            mapping[b] = chr(256 + extra)
            extra += 1
    return mapping


def _pre_tokenizer(pre: str):
    """The `tokenizers` pre-tokenizer for a GGUF `tokenizer.ggml.pre` name."""
    from tokenizers import Regex, pre_tokenizers

    if pre in LLAMA3_PRE_NAMES:
        return pre_tokenizers.Sequence(
            [
                pre_tokenizers.Split(Regex(LLAMA3_PATTERN), behavior="isolated"),
                pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
            ]
        )
    byte_level = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)  # GPT-2 regex
    if pre == "smollm":
        # llama.cpp and SmolLM2's own tokenizer.json: every digit on its own, then GPT-2's regex.
        return pre_tokenizers.Sequence([pre_tokenizers.Digits(individual_digits=True), byte_level])
    return byte_level  # "default", "gpt2" and the rest: GPT-2's regex


def _read_gguf_fields(path_or_reader) -> tuple[str, dict]:
    """The tokenizer.* metadata of a GGUF file (a path, or the file opened by gguf.open_gguf) as Python values."""
    from jackpeer.model.gguf import open_gguf

    reader = open_gguf(path_or_reader) if isinstance(path_or_reader, str | os.PathLike) else path_or_reader
    return reader.path, {k: v for k, v in reader.metadata.items() if k.startswith("tokenizer.")}


class TokenizersBPE:
    """What the `tokenizers`-backed tokenizers share: encoding, byte-exact decoding, special ids.

    Subclasses set `_tk` (a `tokenizers.Tokenizer` with `encode_special_tokens` on), `_bytes`
    (each id's bytes), `special_tokens`, `source`, `bos_id`, `eos_id`, `add_bos`, `stop_ids`.
    """

    def encode(self, text: str, bos: bool = False) -> list[int]:
        """Token ids of `text`; special-token strings in it are encoded as plain text."""
        ids = self._tk.encode(text, add_special_tokens=False).ids
        return [self.bos_id, *ids] if bos and self.bos_id is not None else ids

    def decode(self, ids: list[int]) -> str:
        """Text of `ids` (special tokens appear as their names; broken UTF-8 as U+FFFD)."""
        return b"".join(self.token_bytes(i) for i in ids).decode("utf-8", errors="replace")

    def token_bytes(self, token_id: int) -> bytes:
        """The bytes one token stands for (none for an id past the vocabulary, e.g. embedding padding)."""
        return self._bytes[token_id] if 0 <= token_id < len(self._bytes) else b""

    def special_id(self, name: str) -> int:
        """Id of a special (control) token by name, e.g. "<|im_end|>"."""
        try:
            return self.special_tokens[name]
        except KeyError:
            raise KeyError(f"{name!r} is not a special token of {self.source}") from None

    def stream_decoder(self) -> StreamDecoder:
        """A decoder that turns ids into text incrementally."""
        return StreamDecoder(self.token_bytes)


class GGUFTokenizer(TokenizersBPE):
    """The byte-level BPE tokenizer a GGUF file carries, run by the `tokenizers` library."""

    def __init__(
        self,
        tokens: list[str],
        merges: list[str],
        token_types: list[int] | None = None,
        pre: str = "default",
        bos_id: int | None = None,
        eos_id: int | None = None,
        add_bos: bool = False,
        source: str = "<tokenizer>",
    ):
        from tokenizers import AddedToken, Tokenizer, decoders, models

        alphabet = gpt2_byte_to_unicode()
        unicode_to_byte = {c: b for b, c in alphabet.items()}
        spelled = set(unicode_to_byte)
        types = list(token_types) if token_types is not None else [TOKEN_NORMAL] * len(tokens)
        if len(types) != len(tokens):
            raise ModelFileError(
                f"{source}: {len(tokens)} tokens but {len(types)} token types; the file is damaged"
            )
        # A token outside the byte alphabet (a mislabelled control token) is respelled in it, as
        # transformers does, so every id keeps its place.
        vocab = {}
        for i, t in enumerate(tokens):
            key = t if set(t) <= spelled else "".join(alphabet[b] for b in t.encode("utf-8"))
            vocab.setdefault(key, i)
        pairs = []
        for index, m in enumerate(merges):
            parts = m.split(" ")
            if len(parts) != 2:
                raise ModelFileError(
                    f"{source}: merge #{index} {m!r} is not 'left right'; the file is damaged"
                )
            pairs.append((parts[0], parts[1]))
        model = models.BPE(vocab=vocab, merges=pairs, ignore_merges=pre in LLAMA3_PRE_NAMES)
        tk = Tokenizer(model)
        tk.pre_tokenizer = _pre_tokenizer(pre)
        tk.decoder = decoders.ByteLevel()
        specials = [
            t for t, ty in zip(tokens, types, strict=True) if ty == TOKEN_CONTROL and set(t) <= spelled
        ]
        tk.add_special_tokens([AddedToken(t, normalized=False, special=True) for t in specials])
        user = [t for t, ty in zip(tokens, types, strict=True) if ty == TOKEN_USER_DEFINED]
        tk.add_tokens([AddedToken(t, normalized=False, special=False) for t in user])
        # Special-token strings typed by a user stay plain text; chat formats insert the ids.
        tk.encode_special_tokens = True
        self._tk = tk
        self.source = source
        self.pre = pre
        self.special_tokens = {
            t: i for i, (t, ty) in enumerate(zip(tokens, types, strict=True)) if ty == TOKEN_CONTROL
        }
        self._bytes = [
            t.encode("utf-8")
            if ty in (TOKEN_CONTROL, TOKEN_USER_DEFINED) or not set(t) <= spelled
            else bytes(unicode_to_byte[c] for c in t)
            for t, ty in zip(tokens, types, strict=True)
        ]
        self.vocab_size: int = len(tokens)
        self.bos_id: int | None = bos_id
        if eos_id is None:
            raise ModelFileError(f"{source}: no tokenizer.ggml.eos_token_id; the file cannot end a reply")
        self.eos_id: int = eos_id
        self.add_bos = add_bos
        self.stop_ids: frozenset[int] = frozenset(
            [eos_id] + [self.special_tokens[n] for n in END_OF_TURN_NAMES if n in self.special_tokens]
        )

    @classmethod
    def from_gguf(cls, path_or_reader) -> "GGUFTokenizer":
        """Build from a GGUF file's `tokenizer.ggml.*` metadata (path, or the file opened by gguf.open_gguf)."""
        path, f = _read_gguf_fields(path_or_reader)
        kind = f.get("tokenizer.ggml.model")
        if kind != "gpt2":
            raise ModelFileError(
                f"{path}: tokenizer.ggml.model is {kind!r}; only byte-level BPE ('gpt2', as in Llama 3 "
                "and SmolLM2) is supported. Use a Llama 3 family checkpoint."
            )
        for key in ("tokenizer.ggml.tokens", "tokenizer.ggml.merges"):
            if key not in f:
                raise ModelFileError(f"{path}: metadata key {key} is missing; the file cannot be tokenized")
        return cls(
            tokens=f["tokenizer.ggml.tokens"],
            merges=f["tokenizer.ggml.merges"],
            token_types=f.get("tokenizer.ggml.token_type"),
            pre=f.get("tokenizer.ggml.pre", "default"),
            bos_id=f.get("tokenizer.ggml.bos_token_id"),
            eos_id=f.get("tokenizer.ggml.eos_token_id"),
            add_bos=bool(f.get("tokenizer.ggml.add_bos_token", False)),
            source=path,
        )
