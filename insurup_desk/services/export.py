"""Export every row matching a list's query (not just the loaded ones) to .xlsx or CSV.

CSV is written for Turkish Excel: UTF-8 with a BOM (so "ş", "ğ", "İ" survive a double-click) and ';' as the
separator (',' is the decimal mark there). The file appears only when the export completes: rows go to a
temporary file that is renamed at the end and removed on failure or cancellation, so a half-written file never
poses as a complete list. Cancel by cancelling the task running :func:`export_list`.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import datetime as dt
import os
import tempfile
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

import xlsxwriter

from insurup_desk.domain.formats import format_date
from insurup_desk.domain.phone import format_mobile
from insurup_desk.domain.plate import format_plate
from insurup_desk.services.list_queries import CellKind, FetchPage, ListQuery, Page

Row = tuple[Any, ...]
_CENT = Decimal("0.01")
Progress = Callable[[int, int | None], None]  # (rows written, total or None)


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


@dataclass(frozen=True, slots=True)
class ExportColumn:
    title: str
    kind: CellKind
    index: int  # position of the value in the row tuple
    companion: int | None = None  # currency / plate province / phone country code / text fallback
    labels: Mapping[str, str] | None = None
    # The cell's words read from the whole row (a column that shows one of several fields, e.g. plate or address).
    text: Callable[[Row], str] | None = None


def _as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone().replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, dt.date):
        return value
    text = str(value)
    try:
        if len(text) > 10:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            return parsed.astimezone().replace(tzinfo=None) if parsed.tzinfo else parsed
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def typed_value(column: ExportColumn, row: Row) -> Any:
    """The cell as a typed value: Decimal for money, date/datetime for dates, display text otherwise."""
    if column.text is not None:
        return column.text(row) or None
    value = row[column.index]
    companion = row[column.companion] if column.companion is not None else None
    kind = column.kind
    if kind is CellKind.TEXT and value in (None, "") and companion not in (None, ""):
        value = companion  # fallback field, e.g. VKN where there is no TCKN
    if value is None:
        return None
    if kind is CellKind.MONEY:
        return value if isinstance(value, Decimal) else Decimal(str(value))
    if kind in (CellKind.DATE, CellKind.DATETIME):
        return _as_date(value)
    if kind is CellKind.INT:
        return int(value)
    if kind is CellKind.DAYS_LEFT:
        end = _as_date(value)
        return None if end is None else (end - dt.date.today()).days
    if kind is CellKind.PLATE:
        return format_plate(int(companion) if companion is not None else None, str(value))
    if kind is CellKind.PHONE:
        return format_mobile(str(value), int(companion) if companion is not None else 90)
    if kind is CellKind.ENUM and column.labels:
        return column.labels.get(str(value), str(value))
    return str(value)


def csv_text(column: ExportColumn, row: Row) -> str:
    value = typed_value(column, row)
    if value is None:
        return ""
    if isinstance(value, Decimal):
        # Rounded like the screen shows it; Turkish Excel reads "1234,50" as a number.
        return f"{value.quantize(_CENT, rounding=ROUND_HALF_UP)}".replace(".", ",")
    if isinstance(value, dt.datetime):
        return f"{format_date(value)} {value.hour:02d}:{value.minute:02d}"
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


class _Sink(Protocol):
    def write(self, rows: Sequence[Row]) -> None: ...
    def close(self) -> None: ...


class _CsvSink:
    def __init__(self, path: Path, columns: Sequence[ExportColumn]) -> None:
        self._columns = columns
        self._file = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._file, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        self._writer.writerow([c.title for c in columns])

    def write(self, rows: Sequence[Row]) -> None:
        columns = self._columns
        self._writer.writerows([csv_text(c, row) for c in columns] for row in rows)

    def close(self) -> None:
        self._file.close()


class _XlsxSink:
    def __init__(self, path: Path, columns: Sequence[ExportColumn], sheet_name: str) -> None:
        self._columns = columns
        # constant_memory streams rows to disk: 100k rows do not sit in memory twice.
        self._book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
        self._sheet = self._book.add_worksheet(sheet_name[:31])
        header = self._book.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 1})
        self._money = self._book.add_format({"num_format": "#,##0.00"})
        self._date = self._book.add_format({"num_format": "dd.mm.yyyy"})
        self._datetime = self._book.add_format({"num_format": "dd.mm.yyyy hh:mm"})
        for c, column in enumerate(columns):
            self._sheet.write_string(0, c, column.title, header)
            width = 14 if column.kind in (CellKind.MONEY, CellKind.DATE, CellKind.PLATE) else 22
            self._sheet.set_column(c, c, width)
        self._sheet.freeze_panes(1, 0)
        self._next_row = 1

    def write(self, rows: Sequence[Row]) -> None:
        sheet = self._sheet
        for row in rows:
            r = self._next_row
            for c, column in enumerate(self._columns):
                value = typed_value(column, row)
                if value is None:
                    continue
                if isinstance(value, Decimal):
                    sheet.write_number(r, c, float(value), self._money)
                elif isinstance(value, dt.datetime):
                    sheet.write_datetime(r, c, value, self._datetime)
                elif isinstance(value, dt.date):
                    sheet.write_datetime(r, c, dt.datetime(value.year, value.month, value.day), self._date)
                elif isinstance(value, int):
                    sheet.write_number(r, c, value)
                else:
                    sheet.write_string(r, c, value)
            self._next_row += 1

    def close(self) -> None:
        if self._next_row > 1:
            self._sheet.autofilter(0, 0, self._next_row - 1, len(self._columns) - 1)
        self._book.close()


async def iterate_pages(fetch_page: FetchPage, query: ListQuery, page_size: int = 100) -> AsyncIterator[Page]:
    """Walk the whole connection forward with first/after."""
    after: str | None = None
    while True:
        page = await fetch_page(query, page_size, after)
        yield page
        # A repeated cursor would loop forever (the same page again and again); stop rather than trust a
        # confused server.
        if not page.has_next or not page.rows or page.end_cursor is None or page.end_cursor == after:
            return
        after = page.end_cursor


async def export_list(
    fetch_page: FetchPage,
    query: ListQuery,
    columns: Sequence[ExportColumn],
    path: Path,
    fmt: ExportFormat,
    *,
    sheet_name: str = "Liste",
    progress: Progress | None = None,
    page_size: int = 100,
) -> int:
    """Write every row of ``query`` to ``path``; returns the number of rows written."""
    path = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=f".{fmt.value}.part", dir=path.parent)
    os.close(fd)
    temp = Path(temp_name)
    written = 0
    sink: _Sink | None = None
    writing: asyncio.Future[None] | None = None
    try:
        sink = _CsvSink(temp, columns) if fmt is ExportFormat.CSV else _XlsxSink(temp, columns, sheet_name)
        async for page in iterate_pages(fetch_page, query, page_size):
            if page.rows:
                writing = asyncio.get_running_loop().run_in_executor(None, sink.write, page.rows)
                await asyncio.shield(writing)
                written += len(page.rows)
            if progress is not None:
                progress(written, page.total_count)
        finalising, sink = sink, None
        await asyncio.to_thread(finalising.close)
        await asyncio.to_thread(temp.replace, path)
        return written
    finally:
        if sink is not None:
            # A cancelled await does not stop the worker thread; let it finish before closing the file.
            if writing is not None and not writing.done():
                with contextlib.suppress(BaseException):
                    await asyncio.wait([writing])
            with contextlib.suppress(Exception):
                sink.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)  # cheap; on the way out (maybe cancelled), no await wanted here
