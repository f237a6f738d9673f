"""The table behind every dashboard chart, and its Excel file through the desk's list export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from insurup_desk.domain.formats import format_date, format_money
from insurup_desk.domain.numbers import format_count, format_percent
from insurup_desk.services.export import ExportColumn, ExportFormat, export_list
from insurup_desk.services.list_queries import CellKind, ListQuery, Page

Index = QModelIndex | QPersistentModelIndex
Row = tuple[Any, ...]


class Kind(StrEnum):
    TEXT = "text"
    MONEY = "money"
    DATE = "date"
    COUNT = "count"
    PERCENT = "percent"


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    kind: Kind = Kind.TEXT


_EXPORT_KIND = {Kind.TEXT: CellKind.TEXT, Kind.MONEY: CellKind.MONEY, Kind.DATE: CellKind.DATE,
                Kind.COUNT: CellKind.INT, Kind.PERCENT: CellKind.MONEY}  # a percentage is a 2-decimal number


def cell_text(kind: Kind, value: Any) -> str:
    if value is None:
        return ""
    if kind is Kind.MONEY:
        return format_money(value)
    if kind is Kind.DATE:
        return format_date(value)
    if kind is Kind.COUNT:
        return format_count(value)
    if kind is Kind.PERCENT:
        return format_percent(float(value))
    return str(value)


class FigureTable(QAbstractTableModel):
    """Read-only rows of one figure, shown in Turkish formats; ``Qt.UserRole`` gives the raw value."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = [tuple(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < len(
                self.columns):
            return None
        column = self.columns[index.column()]
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(column.kind, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in (Kind.MONEY, Kind.COUNT, Kind.PERCENT):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.UserRole:
            if isinstance(value, Decimal):
                return float(value)
            if isinstance(value, dt.date):
                return value.isoformat()
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


async def export_table(model: FigureTable, path: Path, sheet_name: str) -> int:
    """The table as an .xlsx file, written by the same export the lists use (typed money and date cells)."""
    columns = [ExportColumn(c.title, _EXPORT_KIND[c.kind], i) for i, c in enumerate(model.columns)]
    rows = list(model.rows)

    async def one_page(_query: ListQuery, _first: int, _after: str | None) -> Page:
        return Page(rows=rows, total_count=len(rows), end_cursor=None, has_next=False)

    return await export_list(one_page, ListQuery(), columns, path, ExportFormat.XLSX, sheet_name=sheet_name)
