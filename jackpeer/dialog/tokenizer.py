"""A byte-level tokenizer for models trained from scratch: 256 byte ids plus PAD, BOS, EOS, SEP."""


class ByteTokenizer:
    """UTF-8 bytes as ids 0..255; specials above them. Small vocab, no training, any language."""

    pad_id, bos_id, eos_id, sep_id = 256, 257, 258, 259
    vocab_size = 260

    @property
    def stop_ids(self) -> frozenset[int]:
        """Ids that end a response."""
        return frozenset({self.eos_id})

    def encode(self, text: str, bos: bool = False) -> list[int]:
        """Text -> byte ids (with BOS first if asked)."""
        return ([self.bos_id] if bos else []) + list(text.encode("utf-8"))

    def decode(self, ids: list[int]) -> str:
        """Ids -> text; special ids are skipped, broken UTF-8 is replaced."""
        return bytes(i for i in ids if i < 256).decode("utf-8", errors="replace")
