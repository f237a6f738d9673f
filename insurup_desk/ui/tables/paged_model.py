"""A table model over a GraphQL cursor connection, loaded page by page as the view scrolls.

Rules that keep the rows exactly the server's:
- only one page request is in flight (``canFetchMore`` is False meanwhile, so a fast scroll cannot ask twice);
- every query change bumps a generation counter and cancels the request in flight; an answer that still
  arrives for an older generation is dropped, so no stale row ever lands in a newer list;
- a failed page stops automatic fetching (the view would otherwise hammer a broken line) until ``refresh``;
- pages served from the local cache carry their fetch time; ``fetched_at`` is the oldest of those shown
  (None while every row is live), so the page can say how old what it shows is.

Cheap to hold and to paint at a million rows: rows are packed page by page (``RowStore``); the cells of a
row are formatted once, when it is first painted, and kept for the rows painted last; ``cell`` and
``paint_cell`` hand a delegate a cell's text, alignment and colour in one call (``ListCellDelegate``), where
Qt's own delegate would ask seven roles one Python call at a time.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from insurup_desk.services.list_queries import FetchPage, ListQuery, Page
from insurup_desk.ui.tables.columns import TableSpec
from insurup_desk.ui.tables.formatting import RIGHT_ALIGNED, make_formatter
from insurup_desk.ui.tables.row_store import RowStore

Row = tuple[Any, ...]
AnyIndex = QModelIndex | QPersistentModelIndex

RAW_ROLE = Qt.ItemDataRole.UserRole + 1  # the unformatted field value (for sorting helpers, export, tests)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ANSWERED = frozenset({_DISPLAY, _ALIGNMENT, _FOREGROUND, int(RAW_ROLE)})
_FORMATTED_KEPT = 1024  # rows whose cell texts are kept: several screenfuls, a few hundred KB at most
_RIGHT_FLAG = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT_FLAG = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = int(_RIGHT_FLAG)
_LEFT = int(_LEFT_FLAG)


class PagedTableModel(QAbstractTableModel):
    totalCountChanged = Signal(int)  # -1 while unknown
    loadingChanged = Signal(bool)
    fetchFailed = Signal(object)  # the exception
    pageInserted = Signal(int, float)  # rows inserted, perf_counter() when the insert finished
    dataAgeChanged = Signal(float)  # epoch seconds of the oldest cached page shown; -1 when all rows are live

    def __init__(
        self,
        spec: TableSpec,
        fetch_page: FetchPage,
        *,
        page_size: int = 100,
        query: ListQuery | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        if not 1 <= page_size <= 100:
            raise ValueError("page_size must be between 1 and 100")
        self._spec = spec
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._query = query if query is not None else ListQuery()
        self._formatters = [make_formatter(spec, c) for c in spec.columns]
        self._flags = [_RIGHT_FLAG if c.kind in RIGHT_ALIGNED else _LEFT_FLAG for c in spec.columns]
        self._alignments = [int(flag) for flag in self._flags]
        self._colors: list[dict[str, QColor] | None] = [
            {k: QColor(v) for k, v in c.colors.items()} if c.colors else None for c in spec.columns
        ]
        self._color_fields = [spec.index_of(c.key) for c in spec.columns]
        self._rows = RowStore()
        # row number -> ((text, colour or None) per column), for the rows painted last
        self._formatted: dict[int, tuple[tuple[str, QColor | None], ...]] = {}
        self._formatted_on = date.today()
        self._cursor: str | None = None
        self._exhausted = False
        self._failed = False
        self._total: int | None = None
        self._generation = 0
        self._task: asyncio.Task[None] | None = None
        self._started = False
        self._fetched_at: float | None = None
        # Told of each row as it is formatted for drawing (the lists read the homes of the rows on screen).
        self.row_formatted: Callable[[Row], None] | None = None

    # --- public API ---------------------------------------------------------------------------------

    @property
    def spec(self) -> TableSpec:
        return self._spec

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total_count(self) -> int | None:
        return self._total

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def is_loading(self) -> bool:
        return self._task is not None

    @property
    def is_exhausted(self) -> bool:
        return self._exhausted

    @property
    def fetched_at(self) -> float | None:
        """When the oldest cached page on show was fetched; None when all rows came live from the server."""
        return self._fetched_at

    @property
    def page_size(self) -> int:
        return self._page_size

    @property
    def fetch_page(self) -> FetchPage:
        return self._fetch_page

    def row(self, row: int) -> Row:
        return self._rows.row(row)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def iter_rows(self) -> Iterator[Row]:
        """Every row in order, unpacked a page at a time (a million rows never exist as tuples at once)."""
        return iter(self._rows)

    def value(self, row: int, key: str) -> Any:
        return self._rows.row(row)[self._spec.index_of(key)]

    def reformat(self) -> None:
        """Cell texts depend on something besides the row (a label map filled later): draw them again."""
        self._formatted = {}
        if self._rows.count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows.count - 1, len(self._spec.columns) - 1))

    def set_query(self, query: ListQuery) -> None:
        """Start over with another question; whatever is in flight for the old one is abandoned."""
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        was_loading = self._task is not None
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.beginResetModel()
        self._rows.clear()
        self._formatted = {}
        self._cursor = None
        self._exhausted = False
        self._failed = False
        self._started = True
        # The request exists before the reset ends, so a view asking canFetchMore during it gets False.
        self._start_fetch()
        self.endResetModel()
        if self._total is not None:
            self._total = None
            self.totalCountChanged.emit(-1)
        if not was_loading:
            self.loadingChanged.emit(True)
        self._set_fetched_at(None)

    def start(self) -> None:
        """Load the first page if nothing was asked yet (views also trigger this through fetchMore)."""
        if not self._started:
            self.refresh()

    def shutdown(self) -> None:
        """Cancel the request in flight (page closing); late answers are ignored by generation."""
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self.loadingChanged.emit(False)

    # --- Qt model interface -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows.count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._spec.columns)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED:
            return None
        r = index.row()
        c = index.column()
        if r < 0 or c < 0 or r >= len(self._rows) or c >= len(self._formatters):
            return None
        if role == _ALIGNMENT:
            return self._alignments[c]
        if role == RAW_ROLE:
            return self._rows.row(r)[self._color_fields[c]]
        cells = self._formatted.get(r) or self._format(r)
        return cells[c][0] if role == _DISPLAY else cells[c][1]

    def cell(self, r: int, c: int) -> tuple[str, Qt.AlignmentFlag, QColor | None]:
        """Text, alignment and colour of one cell, for a delegate that paints without asking role by role."""
        if r < 0 or c < 0 or r >= self._rows.count or c >= len(self._formatters):
            return "", self._flags[0] if self._flags else _LEFT_FLAG, None
        text, color = (self._formatted.get(r) or self._format(r))[c]
        return text, self._flags[c], color

    def paint_cell(self, r: int, c: int) -> tuple[str, int, QColor | None]:
        """``cell`` with the alignment as ``QPainter.drawText`` flags, for the rows the view paints (in range)."""
        text, color = (self._formatted.get(r) or self._format(r))[c]
        return text, self._alignments[c], color

    def _format(self, r: int) -> tuple[tuple[str, QColor | None], ...]:
        row = self._rows.row(r)
        cells = tuple(
            (formatter(row), None if colors is None else colors.get(row[field]))
            for formatter, colors, field in zip(self._formatters, self._colors, self._color_fields, strict=True)
        )
        if self.row_formatted is not None:
            self.row_formatted(row)
        formatted = self._formatted
        if len(formatted) >= _FORMATTED_KEPT:
            del formatted[next(iter(formatted))]  # the row formatted longest ago
        formatted[r] = cells
        return cells

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._spec.columns):
            column = self._spec.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return self._alignments[section]
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        if parent.isValid():
            return False
        return not self._exhausted and not self._failed and self._task is None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._started = True
        self._start_fetch()
        self.loadingChanged.emit(True)

    # --- loading ------------------------------------------------------------------------------------

    def _start_fetch(self) -> None:
        generation = self._generation
        self._task = asyncio.ensure_future(self._load(generation, self._cursor))
        self._task.add_done_callback(partial(self._on_done, generation))

    async def _load(self, generation: int, after: str | None) -> None:
        page = await self._fetch_page(self._query, self._page_size, after)
        if generation != self._generation:
            return  # answer to a question nobody asks any more
        self._apply(page)

    def _apply(self, page: Page) -> None:
        rows = page.rows
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if self._formatted and self._formatted_on != date.today():
            self._formatted = {}  # "3 gün" kalan yesterday is "2 gün" today
        self._formatted_on = date.today()
        self._cursor = page.end_cursor
        # An empty page with hasNextPage would loop forever; treat it as the end.
        self._exhausted = not page.has_next or not rows or page.end_cursor is None
        total = page.total_count
        if total is not None and total != self._total:
            self._total = total
            self.totalCountChanged.emit(total)
        if page.fetched_at is not None:
            self._set_fetched_at(min(page.fetched_at, self._fetched_at or page.fetched_at))
        self.pageInserted.emit(len(rows), time.perf_counter())

    def _set_fetched_at(self, fetched_at: float | None) -> None:
        if fetched_at == self._fetched_at:
            return
        self._fetched_at = fetched_at
        self.dataAgeChanged.emit(-1.0 if fetched_at is None else fetched_at)

    def _on_done(self, generation: int, task: asyncio.Task[None]) -> None:
        if generation != self._generation or task is not self._task:
            if not task.cancelled():
                task.exception()  # consumed: a stale failure is nobody's business
            return
        self._task = None
        error = None if task.cancelled() else task.exception()
        if error is not None:
            self._failed = True
        self.loadingChanged.emit(False)
        if error is not None:
            self.fetchFailed.emit(error)


