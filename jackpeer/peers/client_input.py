"""What a hand-made client may send, made safe to use: JSON whose strings SQLite and the pages can take, and numbers
that are finite."""

import json
import math


def client_json(raw: str | bytes):
    """raw parsed as JSON (ValueError when it is not), each lone UTF-16 surrogate in its strings made U+FFFD: valid JSON
    ("\\ud83d", half an emoji a client cut) that failed the write it reached ("surrogates not allowed"), losing a
    child's message or answering a facilitator's feedback with a 500."""
    return _mended(json.loads(raw))


def _mended(value):
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, list):
        return [_mended(v) for v in value]
    if isinstance(value, dict):
        return {_mended(k): _mended(v) for k, v in value.items()}
    return value


def finite_number(value) -> float | None:
    """value as a finite float; None for text that is no number, a list, NaN or infinity."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
