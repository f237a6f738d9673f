"""Cursor paging over an ordered row list (Relay connection arguments).

A cursor is the base64 of the row's position in the ordered result, so it stays valid only for the same
filter, search and order — which is how clients use it.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from insurup_desk.sandbox.graphql.errors import bad_request

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100


def encode_cursor(position: int) -> str:
    return base64.b64encode(str(position).encode("ascii")).decode("ascii")


def decode_cursor(cursor: str) -> int:
    try:
        text = base64.b64decode(cursor.encode("ascii"), validate=True).decode("ascii")
        position = int(text)
    except (ValueError, UnicodeError, binascii.Error):
        raise bad_request(f"The cursor '{cursor}' is not valid.") from None
    if position < 0 or not text.isdigit():
        raise bad_request(f"The cursor '{cursor}' is not valid.")
    return position


@dataclass(frozen=True, slots=True)
class Window:
    start: int
    end: int

    @property
    def has_previous(self) -> bool:
        return self.start > 0


def page_window(
    total: int,
    *,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
    max_size: int = MAX_PAGE_SIZE,
    default_size: int = DEFAULT_PAGE_SIZE,
) -> Window:
    """The slice of ``total`` rows selected by the paging arguments.

    Page sizes above ``max_size`` are refused (BAD_REQUEST) rather than silently clamped, so a client that
    asks for more rows than it can get learns it at once.
    """
    for name, size in (("first", first), ("last", last)):
        if size is not None and size < 0:
            raise bad_request(f"'{name}' must not be negative.")
        if size is not None and size > max_size:
            raise bad_request(f"'{name}' is {size}; at most {max_size} rows can be requested per page.")
    if first is None and last is None:
        first = default_size
    start, end = 0, total
    if after is not None:
        start = min(decode_cursor(after) + 1, total)
    if before is not None:
        end = max(min(decode_cursor(before), total), start)
    if first is not None:
        end = min(end, start + first)
    if last is not None:
        start = max(start, end - last)
    return Window(start, end)
