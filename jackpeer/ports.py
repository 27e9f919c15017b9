"""A free TCP port for servers started by tests and benches."""

import socket


def free_port(host: str = "127.0.0.1") -> int:
    """A port on host that was free a moment ago (the OS picks it; another process may still take it)."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]
