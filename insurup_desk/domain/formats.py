"""Turkish display formats for money and dates."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, localcontext

_CURRENCY_SIGNS = {"TURKISH_LIRA": "₺", "UNITED_STATES_DOLLAR": "$", "EURO": "€"}


def format_money(amount: Decimal | float | int | None, currency: str = "TURKISH_LIRA") -> str:
    """Decimal('1234.5') -> '₺1.234,50'."""
    if amount is None:
        return ""
    raw = Decimal(str(amount))
    if not raw.is_finite():
        return ""  # NaN/infinity from a hostile answer: show nothing rather than crash
    with localcontext() as ctx:
        ctx.prec = max(28, raw.adjusted() + 4)  # room for huge amounts plus two decimals
        value = raw.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    whole, frac = f"{abs(value):.2f}".split(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    symbol = _CURRENCY_SIGNS.get(currency, "")
    number = f"{'.'.join(groups)},{frac}"
    return f"{sign}{symbol}{number}" if symbol else f"{sign}{number} {currency}"


def format_date(value: dt.date | dt.datetime | str | None) -> str:
    """date(2026, 11, 27) or '2026-11-27' -> '27.11.2026'."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        text = value
        try:
            value = dt.date.fromisoformat(text[:10])
        except ValueError:
            return text  # a non-ISO server string is shown as sent, never a crash
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    return f"{format_date(local)} {local.hour:02d}:{local.minute:02d}"


def parse_tr_date(text: str) -> dt.date | None:
    """'27.11.2026' or '2026-11-27' -> date; None when not a real date."""
    text = text.strip()
    try:
        if "." in text:
            parts = text.split(".")
            if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts):
                return None
            day, month, year = (int(p) for p in parts)
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
