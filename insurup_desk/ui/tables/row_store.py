"""Rows of a long list kept compact: each page of row tuples is packed into one ``marshal`` blob.

A row tuple of a policy holds about ten unique strings; as Python objects they cost ~0.9 KB a row, most of it
object headers. Packed, a page of 100 rows is one bytes object in which a value repeated across the page (a
state, an insurer, a date, pooled by the list reader) is written once and referred to after, about 0.25 KB a
row. Only the few pages on screen are unpacked, and the last ones unpacked are kept, so a repaint never
unpacks twice. A page holding a value ``marshal`` cannot write (none of the list readers make one) is kept
as it came.
"""

from __future__ import annotations

import marshal
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Any

Row = tuple[Any, ...]
_UNPACKED_KEPT = 6  # pages kept unpacked: a screenful spans two, the detail pane and export may want others


class RowStore:
    def __init__(self) -> None:
        self._pages: list[bytes | tuple[Row, ...]] = []
        self._starts: list[int] = []  # first row number of each page
        self.count = 0  # an attribute, not only ``len``: a repaint asks for it for every cell
        self._unpacked: dict[int, tuple[Row, ...]] = {}

    def __len__(self) -> int:
        return self.count

    def clear(self) -> None:
        self._pages = []
        self._starts = []
        self.count = 0
        self._unpacked = {}

    def extend(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        page = tuple(rows)
        packed: bytes | tuple[Row, ...]
        try:
            packed = marshal.dumps(page)
        except ValueError:  # a value marshal cannot write: keep the page as tuples
            packed = page
        self._starts.append(self.count)
        self._pages.append(packed)
        self.count += len(page)

    def row(self, row: int) -> Row:
        if not 0 <= row < self.count:
            raise IndexError(row)
        number = bisect_right(self._starts, row) - 1
        return self._page(number)[row - self._starts[number]]

    def __iter__(self) -> Iterator[Row]:
        for number in range(len(self._pages)):
            yield from self._page(number)

    def _page(self, number: int) -> tuple[Row, ...]:
        page = self._unpacked.get(number)
        if page is not None:
            return page
        packed = self._pages[number]
        page = packed if isinstance(packed, tuple) else marshal.loads(packed)
        if len(self._unpacked) >= _UNPACKED_KEPT:
            del self._unpacked[next(iter(self._unpacked))]  # the one unpacked longest ago
        self._unpacked[number] = page
        return page
