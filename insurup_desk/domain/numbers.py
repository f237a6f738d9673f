"""Turkish number formats beside ``formats``: counts (1.234), percentages (%12,5) and short money (₺1,2 Mn)."""

from __future__ import annotations

from decimal import Decimal

from .formats import format_money


def format_count(value: int | float | Decimal) -> str:
    """12345 -> '12.345' (dot groups thousands)."""
    return f"{round(value):,}".replace(",", ".")


def format_decimal(value: float | Decimal, places: int = 1) -> str:
    """1234.56 -> '1.234,6'."""
    text = f"{float(value):,.{places}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_percent(value: float | None, places: int = 1) -> str:
    """12.5 -> '%12,5' (the sign comes first in Turkish); '' when unknown."""
    if value is None:
        return ""
    sign = "-" if value < 0 else ""
    return f"{sign}%{format_decimal(abs(value), places)}"


def format_change(value: float | None) -> str:
    """A change against the previous period: '+%12,5', '-%3,0', '' when there is nothing to compare."""
    if value is None:
        return ""
    return ("+" if value >= 0 else "") + format_percent(value)


def compact_money(value: float | Decimal) -> str:
    """For chart axes: ₺850, ₺12,5 bin, ₺1,2 Mn."""
    amount = float(value)
    if abs(amount) >= 1_000_000:
        return f"₺{format_decimal(amount / 1_000_000)} Mn"
    if abs(amount) >= 1_000:
        return f"₺{format_decimal(amount / 1_000)} bin"
    return format_money(Decimal(str(round(amount))))[:-3]
