"""Cell text the Turkish way: ₺1.234,56, 27.11.2026, 34 ABC 123, +90 532 123 45 67."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from insurup_desk.domain.formats import format_date, format_money
from insurup_desk.domain.phone import format_mobile
from insurup_desk.domain.plate import format_plate
from insurup_desk.services.list_queries import CellKind
from insurup_desk.ui.tables.asset_cells import asset_formatter
from insurup_desk.ui.tables.columns import Column, TableSpec

Row = tuple[Any, ...]
CellFormatter = Callable[[Row], str]

RIGHT_ALIGNED = frozenset({CellKind.MONEY, CellKind.INT, CellKind.DAYS_LEFT})


def _thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def format_count(value: int) -> str:
    """2431 -> '2.431' (Turkish digit grouping)."""
    return _thousands(value)


def _datetime(value: Any) -> str:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    if isinstance(value, dt.datetime):
        local = value.astimezone() if value.tzinfo else value
        return f"{format_date(local)} {local.hour:02d}:{local.minute:02d}"
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def _date(value: Any) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return format_date(value)
    try:
        return format_date(str(value))
    except ValueError:
        return str(value)


def _days_left(value: Any) -> str:
    if value in (None, ""):
        return ""
    end = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    days = (end - dt.date.today()).days
    if days == 0:
        return QCoreApplication.translate("Cells", "bugün")
    if days < 0:
        return QCoreApplication.translate("Cells", "%1 gün geçti").replace("%1", str(-days))
    return QCoreApplication.translate("Cells", "%1 gün").replace("%1", str(days))


def make_formatter(spec: TableSpec, column: Column) -> CellFormatter:
    """A closure reading one column's text from a row tuple; built once per column, called per cell."""
    i = spec.index_of(column.key)
    j = spec.index_of(column.companion) if column.companion else None
    kind = column.kind

    if kind is CellKind.MONEY:

        def money(row: Row) -> str:
            value = row[i]
            if value is None:
                return ""
            currency = (row[j] if j is not None else None) or "TURKISH_LIRA"
            return format_money(value if isinstance(value, Decimal) else Decimal(str(value)), currency)

        return money
    if kind is CellKind.DATE:
        return lambda row: "" if row[i] in (None, "") else _date(row[i])
    if kind is CellKind.DATETIME:
        return lambda row: "" if row[i] in (None, "") else _datetime(row[i])
    if kind is CellKind.PLATE:

        def plate(row: Row) -> str:
            city = row[j] if j is not None else None
            return format_plate(int(city) if city is not None else None, row[i])

        return plate
    if kind is CellKind.ASSET:
        return asset_formatter(spec)
    if kind is CellKind.PHONE:

        def phone(row: Row) -> str:
            number = row[i]
            if not number:
                return ""
            code = row[j] if j is not None and row[j] is not None else 90
            return format_mobile(str(number), int(code))

        return phone
    if kind is CellKind.DAYS_LEFT:
        return lambda row: _days_left(row[i])
    if kind is CellKind.INT:
        return lambda row: "" if row[i] is None else _thousands(int(row[i]))
    if kind is CellKind.ENUM:
        labels = column.labels or {}
        return lambda row: "" if row[i] is None else labels.get(row[i], str(row[i]))
    if j is not None:  # TEXT with a fallback field, e.g. TCKN, else VKN
        return lambda row: str(row[i] if row[i] not in (None, "") else (row[j] or ""))
    return lambda row: "" if row[i] is None else str(row[i])
