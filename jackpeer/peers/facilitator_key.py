"""The server's facilitator key: the right to create rooms. Kept in the data folder (created on first
start, readable by its owner only) unless given with `jack room --facilitator-key`. A server listening
only on loopback lets the page on that machine create rooms without it; any other address needs it."""

from __future__ import annotations

import hmac
import ipaddress
import os
import secrets
from pathlib import Path

from jackpeer.errors import ConfigError

KEY_FILE = "facilitator.key"
MIN_KEY_CHARS = 12


def listens_on_loopback_only(host: str) -> bool:
    """True when `host` (what uvicorn binds) is a loopback address or `localhost`; 0.0.0.0, :: and LAN
    addresses are not."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve to anything


def load_or_create_key(folder: str | Path, given: str | None = None) -> str:
    """The facilitator key: `given` if set, else the one in `folder/facilitator.key`, created (random,
    mode 0600) when absent. ConfigError for a given key too short to resist guessing."""
    if given is not None:
        given = given.strip()
        if len(given) < MIN_KEY_CHARS:
            raise ConfigError(f"--facilitator-key must be at least {MIN_KEY_CHARS} characters; "
                              f"leave it out to use the generated key in {Path(folder) / KEY_FILE}")
        return given
    path = Path(folder) / KEY_FILE
    if path.exists():
        key = path.read_text(encoding="utf-8").strip()
        if len(key) >= MIN_KEY_CHARS:
            return key
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(18)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(key + "\n")
    return key


def key_matches(given: str | None, expected: str) -> bool:
    """Constant-time comparison, so response timing does not reveal how much of a guess was right."""
    return bool(given) and hmac.compare_digest(given.encode(), expected.encode())
