"""Text a client sent, made safe to keep: whatever a hand-made client puts in a field is stored as a string."""


def typed_text(value: object) -> str:
    """value as a str that SQLite and JSON can take: a lone UTF-16 surrogate (valid JSON, "\\ud800": half of an emoji
    cut by a client) becomes U+FFFD instead of failing the write ("surrogates not allowed") and dropping the socket."""
    return str(value).encode("utf-16", "surrogatepass").decode("utf-16", "replace")
