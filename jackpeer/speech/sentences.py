"""Cutting a streamed reply into sentences, so each can be spoken as soon as it is complete."""

from __future__ import annotations

import re

# A sentence ends at . ! ? (or an ellipsis, or a line break) followed by white space; "3.5" and "e.g.x" do not end one.
_END = re.compile(r"(?<=[.!?\u2026])[\"'\u201d)\]]*\s+|\n+")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = ("mr.", "mrs.", "ms.", "dr.", "e.g.", "i.e.", "etc.", "vs.", "st.")


class SentenceSplitter:
    """Feed streamed text in; complete sentences come out in order; `flush` returns the rest."""

    def __init__(self) -> None:
        self.buffer = ""

    def feed(self, piece: str) -> list[str]:
        """Add a piece of text; return the sentences it completed."""
        self.buffer += piece
        out: list[str] = []
        start = 0
        for m in _END.finditer(self.buffer):
            candidate = self.buffer[start:m.start()].strip()
            if candidate.lower().endswith(_ABBREVIATIONS):
                continue
            if candidate:
                out.append(candidate)
            start = m.end()
        self.buffer = self.buffer[start:]
        return out

    def flush(self) -> str | None:
        """The text after the last complete sentence (the reply's end), or None if there is none."""
        rest, self.buffer = self.buffer.strip(), ""
        return rest or None
