"""The sandbox's own checks of Turkish identity and tax numbers, cards, plates and dates.

Written from the published rules, deliberately not shared with the desk: a check the desk gets too lax must be
caught here, not repeated here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


def _digits(value: str, length: int) -> list[int] | None:
    if len(value) != length or not all("0" <= ch <= "9" for ch in value):
        return None
    return [ord(ch) - 48 for ch in value]


def tckn_tail(first_nine: str) -> str:
    """Digits 10 and 11 of a T.C. kimlik number: (7 × odd-place sum − even-place sum) mod 10, then the sum of
    the first ten mod 10."""
    d = _digits(first_nine, 9)
    if d is None:
        raise ValueError("nine digits expected")
    tenth = (7 * (d[0] + d[2] + d[4] + d[6] + d[8]) - (d[1] + d[3] + d[5] + d[7])) % 10
    eleventh = (sum(d) + tenth) % 10
    return f"{tenth}{eleventh}"


def tckn_ok(value: str) -> bool:
    d = _digits(value, 11)
    return d is not None and d[0] != 0 and value[9:] == tckn_tail(value[:9])


def vkn_tail(first_nine: str) -> str:
    """The tenth digit of a vergi kimlik number (Gelir İdaresi's weighting by powers of two, modulo 9)."""
    d = _digits(first_nine, 9)
    if d is None:
        raise ValueError("nine digits expected")
    total = 0
    for i, digit in enumerate(d):
        shifted = (digit + 9 - i) % 10
        if shifted:
            weighted = (shifted * 2 ** (9 - i)) % 9
            total += weighted or 9
    return str((10 - total % 10) % 10)


def vkn_ok(value: str) -> bool:
    return _digits(value, 10) is not None and value[9] == vkn_tail(value[:9])


def luhn(number: str) -> bool:
    """Card number check: 12–19 digits, every second digit from the right doubled, sum divisible by 10."""
    if not 12 <= len(number) <= 19 or not number.isascii() or not number.isdigit():
        return False
    total = 0
    for pos, ch in enumerate(reversed(number)):
        n = int(ch)
        if pos % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def card_not_expired(month: int, year: int, today: dt.date) -> bool:
    """A card is valid through the last day of its expiry month."""
    return (year, month) >= (today.year, today.month)


def cvc_shape(value: str) -> bool:
    return len(value) in (3, 4) and value.isascii() and value.isdigit()


# Turkish plates: province 01–81, then 1 letter + 4–5 digits, 2 letters + 3–4 digits or 3 letters + 2–3 digits.
_PLATE = re.compile(r"(\d{2})([A-Z]+)(\d+)")
_DIGITS_FOR_LETTERS = {1: (4, 5), 2: (3, 4), 3: (2, 3)}


@dataclass(frozen=True)
class SandboxPlate:
    city: int
    code: str

    def compact(self) -> str:
        return f"{self.city:02d}{self.code}"


def plate(text: str) -> SandboxPlate | None:
    cleaned = "".join(ch for ch in text.upper() if ch not in " -.")
    m = _PLATE.fullmatch(cleaned)
    if m is None:
        return None
    city, letters, digits = int(m.group(1)), m.group(2), m.group(3)
    lo_hi = _DIGITS_FOR_LETTERS.get(len(letters))
    if not 1 <= city <= 81 or lo_hi is None or not lo_hi[0] <= len(digits) <= lo_hi[1]:
        return None
    return SandboxPlate(city, letters + digits)


def iso_date(text: str) -> dt.date | None:
    """A strict ``YYYY-MM-DD`` date (§1.5), nothing else."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def tr_date(value: str | None) -> str:
    """'2026-11-27' → '27.11.2026' for the placeholder PDFs."""
    day = iso_date(str(value or "")[:10])
    return f"{day.day:02d}.{day.month:02d}.{day.year}" if day else str(value or "")


def tr_money(amount: float | int | str | None) -> str:
    """1234.5 → '₺1.234,50' for the placeholder PDFs."""
    if amount is None:
        return ""
    value = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole, frac = f"{abs(value):.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{'-' if value < 0 else ''}₺{grouped},{frac}"
