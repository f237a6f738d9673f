"""Exports hold every matching row (not only the loaded ones), open in Excel's Turkish shape, and cancel cleanly."""

from __future__ import annotations

import asyncio
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from insurup_desk.services.export import ExportColumn, ExportFormat, export_list
from insurup_desk.services.list_queries import CellKind, ListQuery, Page

ROWS = [
    (f"P-{i:04d}", "Ayşe Yılmaz" if i % 2 else "İsmail Işık", 1234.5 + i, "TURKISH_LIRA", "2026-11-27", "ABC123", 34,
     "ACTIVE")
    for i in range(237)
]
COLUMNS = [
    ExportColumn("Poliçe No", CellKind.TEXT, 0),
    ExportColumn("Sigortalı", CellKind.TEXT, 1),
    ExportColumn("Brüt prim", CellKind.MONEY, 2, companion=3),
    ExportColumn("Bitiş", CellKind.DATE, 4),
    ExportColumn("Plaka", CellKind.PLATE, 5, companion=6),
    ExportColumn("Durum", CellKind.ENUM, 7, labels={"ACTIVE": "Yürürlükte"}),
]


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


class PagedRows:
    def __init__(self, rows: list[tuple[Any, ...]], gate: asyncio.Event | None = None) -> None:
        self.rows = rows
        self.calls: list[str | None] = []
        self.gate = gate
        self.second_call = asyncio.Event()

    async def __call__(self, query: ListQuery, first: int, after: str | None) -> Page:
        self.calls.append(after)
        if len(self.calls) >= 2:
            self.second_call.set()
        if self.gate is not None and after is not None:
            await self.gate.wait()
        start = int(after) + 1 if after else 0
        chunk = self.rows[start : start + first]
        end = start + len(chunk) - 1
        return Page(chunk, len(self.rows), str(end), end + 1 < len(self.rows))


@pytest.mark.asyncio
async def test_xlsx_holds_all_rows_with_typed_cells(tmp_path: Path) -> None:
    fetch = PagedRows(ROWS)
    progress: list[tuple[int, int | None]] = []
    target = tmp_path / "poliçeler.xlsx"
    written = await export_list(
        fetch, ListQuery(), COLUMNS, target, ExportFormat.XLSX, progress=lambda n, t: progress.append((n, t))
    )
    assert written == 237
    assert fetch.calls == [None, "99", "199"]
    assert progress[-1] == (237, 237)
    sheet = openpyxl.load_workbook(target).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("Poliçe No", "Sigortalı", "Brüt prim", "Bitiş", "Plaka", "Durum")
    assert len(values) == 238
    assert values[1][0] == "P-0000" and values[-1][0] == "P-0236"
    assert values[2][1] == "Ayşe Yılmaz"
    assert values[1][2] == pytest.approx(1234.5)
    assert values[1][3] == dt.datetime(2026, 11, 27)
    assert values[1][4] == "34 ABC 123"
    assert values[1][5] == "Yürürlükte"
    assert names(tmp_path) == ["poliçeler.xlsx"]


@pytest.mark.asyncio
async def test_csv_is_utf8_bom_semicolon_with_turkish_numbers(tmp_path: Path) -> None:
    target = tmp_path / "liste.csv"
    await export_list(PagedRows(ROWS[:3]), ListQuery(), COLUMNS, target, ExportFormat.CSV)
    raw = await asyncio.to_thread(target.read_bytes)
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "Poliçe No;Sigortalı;Brüt prim;Bitiş;Plaka;Durum"
    assert lines[1] == "P-0000;İsmail Işık;1234,50;27.11.2026;34 ABC 123;Yürürlükte"
    assert len(lines) == 4


@pytest.mark.asyncio
async def test_cancel_leaves_no_file_behind(tmp_path: Path) -> None:
    gate = asyncio.Event()
    fetch = PagedRows(ROWS, gate)
    target = tmp_path / "yarım.xlsx"
    task = asyncio.ensure_future(export_list(fetch, ListQuery(), COLUMNS, target, ExportFormat.XLSX))
    await asyncio.wait_for(fetch.second_call.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert names(tmp_path) == []


@pytest.mark.asyncio
async def test_failure_mid_export_leaves_no_file_and_propagates(tmp_path: Path) -> None:
    async def broken(query: ListQuery, first: int, after: str | None) -> Page:
        if after is not None:
            raise ConnectionError("hat koptu")
        return Page(ROWS[:100], 237, "99", True)

    with pytest.raises(ConnectionError):
        await export_list(broken, ListQuery(), COLUMNS, tmp_path / "x.csv", ExportFormat.CSV)
    assert names(tmp_path) == []


def test_money_is_rounded_half_up_like_the_screen() -> None:
    from insurup_desk.services.export import csv_text

    assert csv_text(COLUMNS[2], ("x", "", Decimal("9000.005"), None, None, None, None, None)) == "9000,01"


@pytest.mark.asyncio
async def test_a_server_repeating_its_cursor_ends_the_export_instead_of_looping(tmp_path: Path) -> None:
    calls: list[str | None] = []

    async def stuck(query: ListQuery, first: int, after: str | None) -> Page:
        # claims there is more, but hands back the cursor it was given after the first page
        calls.append(after)
        assert len(calls) <= 3, "the export kept asking for the same page"
        return Page(ROWS[:first], 1000, "c1", True)

    target = tmp_path / "liste.csv"
    written = await export_list(stuck, ListQuery(), COLUMNS, target, ExportFormat.CSV, page_size=5)
    assert calls == [None, "c1"]
    assert written == 10 and target.is_file()
