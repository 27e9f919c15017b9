"""serve/: an OpenAI-compatible HTTP API over jackpeer's model, with continuous batching."""

from jackpeer.serve.app import ServeState, create_app, serve
from jackpeer.serve.engine import Engine

__all__ = ["Engine", "ServeState", "create_app", "serve"]
