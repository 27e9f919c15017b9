"""An HF folder's tokenizer: Meta's tiktoken `tokenizer.model`, or `tokenizer.json` run by `tokenizers`.

`tokenizer.json` comes in two kinds. Byte-level BPE (Llama 3, SmolLM2, Qwen) spells every byte as a
printable character. SentencePiece-style BPE (Llama 2, Mistral, TinyLlama) writes a space as "▁",
prepends one to the text and falls back to `<0xAB>` byte tokens for characters outside its vocabulary.
For the second kind, a folder whose tokenizer_config.json names `LlamaTokenizer` is encoded the way
transformers 5 does it, which rebuilds the pipeline from the vocabulary instead of reading the file's:
a Metaspace pre-tokenizer that prepends "▁" to the text's first piece only (`legacy: true`: to every
piece; `add_prefix_space: false`: never). Other folders run the file's own pipeline.
"""

import json
import os
import re
from pathlib import Path

from jackpeer.errors import ModelFileError
from jackpeer.model.tokenizer import END_OF_TURN_NAMES, Llama3Tokenizer, TokenizersBPE, gpt2_byte_to_unicode

SPACE_MARK = "▁"  # SentencePiece's visible space
BYTE_TOKEN = re.compile(r"<0x([0-9A-Fa-f]{2})>")
LLAMA_TOKENIZER_CLASSES = {"LlamaTokenizer", "LlamaTokenizerFast", "CodeLlamaTokenizer", "CodeLlamaTokenizerFast"}


def _read_json(path: Path) -> dict:
    """A JSON object from an optional HF side file ({} when the file is absent)."""
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ModelFileError(f"{path}: not valid JSON ({err}); the file is damaged.") from None
    if not isinstance(data, dict):
        raise ModelFileError(f"{path}: expected a JSON object; the file is damaged.")
    return data


def _as_ids(value) -> list[int]:
    """Token ids from an HF config value: an int, a list of ints, or None."""
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, int) and not isinstance(v, bool)]
    return []


def tokenizer_kind(spec: dict) -> str | None:
    """'byte_level', 'sentencepiece' or None (a kind jackpeer cannot decode) for a tokenizer.json dict."""
    decoder = json.dumps(spec.get("decoder"))
    if "ByteLevel" in decoder:
        return "byte_level"
    model = spec.get("model") or {}
    if model.get("type") == "BPE" and (
        model.get("byte_fallback") or "ByteFallback" in decoder or "Metaspace" in decoder or SPACE_MARK in decoder
    ):
        return "sentencepiece"
    return None


def _llama_pipeline(tk, tok_cfg: dict) -> None:
    """Set transformers 5's LlamaTokenizer pipeline on a SentencePiece-style tokenizer (see the module docstring)."""
    from tokenizers import pre_tokenizers

    if tok_cfg.get("add_prefix_space", True) is False:
        scheme = "never"
    else:
        scheme = "always" if tok_cfg.get("legacy", False) else "first"
    tk.normalizer = None
    tk.pre_tokenizer = pre_tokenizers.Metaspace(replacement=SPACE_MARK, prepend_scheme=scheme, split=False)


class HFTokenizer(TokenizersBPE):
    """An HF folder's `tokenizer.json`, byte-level or SentencePiece-style BPE, run by `tokenizers`.

    BOS/EOS come from tokenizer_config.json's `bos_token`/`eos_token`, then generation_config.json,
    then config.json; every EOS id listed there stops generation. Prompts start with BOS when
    tokenizer_config.json says `add_bos_token`, or else when the tokenizer's post-processor adds it.
    Decoding gives the text the ids stand for inside a longer text: a SentencePiece "▁" is a space
    even at the start (transformers drops that one; a continuation needs it).
    """

    def __init__(self, folder: str | os.PathLike):
        from tokenizers import Tokenizer

        folder = Path(folder)
        path = folder / "tokenizer.json"
        try:
            text = path.read_text(encoding="utf-8")
            spec = json.loads(text)
            tk = Tokenizer.from_str(text)
        except Exception as err:  # OSError, JSON errors and the library's own parse errors
            raise ModelFileError(f"{path}: unreadable tokenizer.json ({err}); the file is damaged.") from None
        self.kind = tokenizer_kind(spec)
        if self.kind is None:
            raise ModelFileError(
                f"{path}: this tokenizer.json is neither byte-level BPE (Llama 3, SmolLM2, Qwen) nor "
                "SentencePiece-style BPE (Llama 2, Mistral, TinyLlama), the two kinds jackpeer reads."
            )
        tok_cfg = _read_json(folder / "tokenizer_config.json")
        gen_cfg = _read_json(folder / "generation_config.json")
        model_cfg = _read_json(folder / "config.json")
        if self.kind == "sentencepiece" and tok_cfg.get("tokenizer_class") in LLAMA_TOKENIZER_CLASSES:
            _llama_pipeline(tk, tok_cfg)
        added = tk.get_added_tokens_decoder()
        self._tk = tk
        self.source = str(path)
        self.special_tokens = {t.content: i for i, t in added.items() if t.special}
        self.vocab_size: int = tk.get_vocab_size(with_added_tokens=True)
        self._bytes = [b""] * self.vocab_size
        byte_fallback = bool((spec.get("model") or {}).get("byte_fallback"))
        unicode_to_byte = {c: b for b, c in gpt2_byte_to_unicode().items()}
        for token, i in tk.get_vocab(with_added_tokens=True).items():
            if i in added:
                self._bytes[i] = token.encode("utf-8")
            elif self.kind == "sentencepiece":
                byte = BYTE_TOKEN.fullmatch(token) if byte_fallback else None
                self._bytes[i] = bytes([int(byte[1], 16)]) if byte else token.replace(SPACE_MARK, " ").encode()
            elif set(token) <= unicode_to_byte.keys():
                self._bytes[i] = bytes(unicode_to_byte[c] for c in token)
            else:
                self._bytes[i] = token.encode("utf-8")

        def named(key: str) -> list[int]:
            value = tok_cfg.get(key)
            if isinstance(value, dict):  # {"content": "<|eot_id|>", ...} in older files
                value = value.get("content")
            i = tk.token_to_id(value) if isinstance(value, str) else None
            return [] if i is None else [i]

        bos = named("bos_token") + _as_ids(gen_cfg.get("bos_token_id")) + _as_ids(model_cfg.get("bos_token_id"))
        eos = named("eos_token") + _as_ids(gen_cfg.get("eos_token_id")) + _as_ids(model_cfg.get("eos_token_id"))
        if not eos:
            raise ModelFileError(
                f"{folder}: no EOS token in tokenizer_config.json, generation_config.json or config.json; "
                "add eos_token to tokenizer_config.json."
            )
        self.bos_id: int | None = bos[0] if bos else None
        self.eos_id: int = eos[0]
        if isinstance(tok_cfg.get("add_bos_token"), bool):
            self.add_bos = tok_cfg["add_bos_token"] and self.bos_id is not None
        else:
            self.add_bos = self.bos_id is not None and tk.encode("a").ids[:1] == [self.bos_id]
        self.stop_ids: frozenset[int] = frozenset(
            eos + [self.special_tokens[n] for n in END_OF_TURN_NAMES if n in self.special_tokens]
        )
        # Special-token strings typed by a user stay plain text; chat formats insert the ids.
        tk.encode_special_tokens = True


def folder_tokenizer(folder: str | os.PathLike) -> "Llama3Tokenizer | HFTokenizer":
    """An HF folder's tokenizer: Meta's tiktoken `tokenizer.model` when present, else `tokenizer.json`."""
    folder = Path(folder)
    json_path = folder / "tokenizer.json"
    for candidate in (folder / "tokenizer.model", folder / "original" / "tokenizer.model"):
        if candidate.is_file():
            try:
                return Llama3Tokenizer(str(candidate))
            except ModelFileError:
                # A SentencePiece tokenizer.model (Llama 2 style) sits next to its tokenizer.json.
                if not json_path.is_file():
                    raise
    if json_path.is_file():
        return HFTokenizer(folder)
    raise ModelFileError(
        f"{folder}: no tokenizer.model (Meta's tiktoken file) or tokenizer.json found; add one to the folder."
    )
