"""jackpeer: Jack, a peer agent for groups of learners, running on the group's own machine."""

from jackpeer.errors import JackError
from jackpeer.user_cache import keep_compiled_kernels

keep_compiled_kernels()  # before anything imports torch._dynamo

__version__ = "0.1.0"
__all__ = ["JackError", "load", "__version__"]


def load(path: str | None = None, **kwargs):
    """Load a language model: the bundled default, a GGUF file or an HF folder."""
    from jackpeer.model.loading import load as _load

    return _load(path, **kwargs)
