"""Safety screens for every message in and out of a room (Llama Guard 3 taxonomy S1–S14, children's C1–C4).

    from jackpeer.guard import default_screen, screen_from_path
    screen = default_screen()                     # offline: rules + classifier, no download
    screen = screen_from_path("llama-guard-3-1b.gguf")   # any Llama Guard checkpoint
    v = screen.check_user("text", history=[{"role": "user", "content": "..."}])
    v.safe, v.categories, v.score, v.reason, v.screen; screen.name
"""

from jackpeer.guard.taxonomy import (
    ALL_CODES,
    CATEGORIES,
    CHILD_CATEGORIES,
    CHILD_CODES,
    CODES,
    Category,
    category,
    describe,
)
from jackpeer.guard.verdict import Screen, Verdict

__all__ = ["ALL_CODES", "CATEGORIES", "CHILD_CATEGORIES", "CHILD_CODES", "CODES", "Category", "Screen", "Verdict", "category", "default_screen", "describe",
           "screen_from_path"]


def default_screen(threshold: float = 0.3) -> Screen:
    """The offline screen (rules + personal-information detector + classifier); needs no download."""
    from jackpeer.guard.offline import OfflineScreen

    return OfflineScreen(threshold=threshold)


def screen_from_path(path: str, threshold: float = 0.5, mode: str = "score", **load_kwargs) -> Screen:
    """A Llama Guard screen over the checkpoint at path (GGUF file or HF folder), loaded by jackpeer.load.

    load_kwargs go to jackpeer.load (e.g. quantize=None for float weights, device="cuda").
    """
    import jackpeer
    from jackpeer.guard.llama_guard import LlamaGuardScreen

    return LlamaGuardScreen(jackpeer.load(path, **load_kwargs), threshold=threshold, mode=mode)
