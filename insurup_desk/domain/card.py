"""Payment card checks. Nothing here stores or logs a card; callers keep card data in memory only."""

from __future__ import annotations

import datetime as dt
import re

_NON_DIGIT = re.compile(r"[^0-9]")


def card_digits(value: str) -> str:
    return _NON_DIGIT.sub("", value)


def luhn_ok(number: str) -> bool:
    digits = card_digits(number)
    if not 12 <= len(digits) <= 19 or digits != number.replace(" ", "").replace("-", ""):
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def group_card_number(value: str) -> str:
    """'4242424242424242' -> '4242 4242 4242 4242' (as typed, for display while typing)."""
    digits = card_digits(value)[:19]
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def parse_expiry(value: str) -> tuple[int, int] | None:
    """'12/30', '12/2030', '1230' -> (12, 2030); None when malformed."""
    m = re.fullmatch(r"\s*(?:([0-9]{1,2})\s*/\s*|([0-9]{2}))([0-9]{2}|[0-9]{4})\s*", value)
    if not m:
        return None
    # Without a slash the month is two digits, so "10100" is not month 1 of year 100.
    month, year = int(m.group(1) or m.group(2)), int(m.group(3))
    if not 1 <= month <= 12:
        return None
    if year < 100:
        year += 2000
    return month, year


def expiry_in_future(month: int, year: int, today: dt.date | None = None) -> bool:
    """A card is valid through the last day of its expiry month."""
    today = today or dt.date.today()
    return (year, month) >= (today.year, today.month)


def cvc_ok(value: str) -> bool:
    return bool(re.fullmatch(r"[0-9]{3,4}", value))


def card_number_complete(value: str) -> bool:
    """As many digits as the card's scheme has (15 for American Express, else 16) and a valid check digit."""
    digits = card_digits(value)
    wanted = 15 if digits[:2] in ("34", "37") else 16
    return len(digits) == wanted and luhn_ok(digits)


def expiry_complete(value: str, today: dt.date | None = None) -> bool:
    """'AA/YY' typed in full and not in the past.

    A four-digit year typed as '12/20…' reads as the past at '12/20', so it is never taken as complete early.
    """
    if not re.fullmatch(r"\s*[0-9]{2}\s*/\s*[0-9]{2}\s*", value):
        return False
    parsed = parse_expiry(value)
    return parsed is not None and expiry_in_future(*parsed, today=today)
