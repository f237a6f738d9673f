"""The SignalR JSON hub protocol as the proposal-detail hub speaks it (reference §11).

Each frame is one JSON record ended by the 0x1E record separator; a WebSocket message may carry several.
"""

from __future__ import annotations

import json
from typing import Any, Final

RS: Final = "\x1e"
HANDSHAKE_OK: Final = "{}" + RS

INVOCATION: Final = 1
STREAM_ITEM: Final = 2
COMPLETION: Final = 3
STREAM_INVOCATION: Final = 4
CANCEL_INVOCATION: Final = 5
PING: Final = 6
CLOSE: Final = 7


class FrameError(ValueError):
    """A frame that is not a JSON object: the peer does not speak the protocol."""


def encode(message: dict[str, Any]) -> str:
    return json.dumps(message, separators=(",", ":"), ensure_ascii=False) + RS


def decode(text: str) -> list[dict[str, Any]]:
    """Every complete record in ``text``; a trailing piece without a separator is a broken frame."""
    if not text.endswith(RS):
        raise FrameError("frame not terminated by the record separator")
    out: list[dict[str, Any]] = []
    for part in text.split(RS)[:-1]:
        try:
            value = json.loads(part)
        except ValueError as exc:
            raise FrameError(f"frame is not JSON: {exc}") from None
        if not isinstance(value, dict):
            raise FrameError("frame is not a JSON object")
        out.append(value)
    return out


def handshake_error(reason: str) -> str:
    return encode({"error": reason})


def close(error: str | None = None, *, allow_reconnect: bool = False) -> str:
    message: dict[str, Any] = {"type": CLOSE}
    if error is not None:
        message["error"] = error
        message["allowReconnect"] = allow_reconnect
    return encode(message)


def invocation(target: str, *arguments: Any) -> str:
    return encode({"type": INVOCATION, "target": target, "arguments": list(arguments)})


def ping() -> str:
    return encode({"type": PING})
