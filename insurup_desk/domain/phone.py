"""Turkish mobile numbers: '+90 532 123 45 67' on screen, {countryCode: 90, number} on the wire."""

from __future__ import annotations

import re


def parse_mobile(text: str) -> str | None:
    """Return the 10-digit national number ('5321234567') or None when it is not a Turkish mobile."""
    digits = re.sub(r"[^0-9]", "", text)
    if digits.startswith("90") and len(digits) == 12:
        digits = digits[2:]
    elif digits.startswith("0") and len(digits) == 11:
        digits = digits[1:]
    if len(digits) != 10 or not digits.startswith("5"):
        return None
    return digits


def format_mobile(number: str, country_code: int = 90) -> str:
    if country_code == 90 and len(number) == 10:
        return f"+90 {number[:3]} {number[3:6]} {number[6:8]} {number[8:]}"
    return f"+{country_code} {number}"
