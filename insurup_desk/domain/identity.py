"""Turkish identity numbers: TCKN (people) and VKN (companies) checksums."""

from __future__ import annotations


def _ascii_digits(value: str) -> bool:
    # str.isdigit() accepts superscripts and Arabic-Indic digits; the wire takes only 0-9.
    return value.isascii() and value.isdigit()


def compact_number(text: str) -> str:
    """An identity or tax number as typed or pasted ('111 111 111 10'), without its spaces."""
    return "".join(text.split())


def is_valid_tckn(value: str) -> bool:
    """True for an 11-digit T.C. kimlik numarası whose two check digits agree."""
    if len(value) != 11 or not _ascii_digits(value) or value[0] == "0":
        return False
    d = [int(c) for c in value]
    odd = d[0] + d[2] + d[4] + d[6] + d[8]
    even = d[1] + d[3] + d[5] + d[7]
    if (odd * 7 - even) % 10 != d[9]:
        return False
    return sum(d[:10]) % 10 == d[10]


def is_valid_vkn(value: str) -> bool:
    """True for a 10-digit vergi kimlik numarası with a correct final check digit."""
    if len(value) != 10 or not _ascii_digits(value):
        return False
    d = [int(c) for c in value]
    total = 0
    for i in range(9):
        tmp = (d[i] + 10 - (i + 1)) % 10
        total += 9 if tmp == 9 else (tmp * 2 ** (9 - i)) % 9
    return (10 - total % 10) % 10 == d[9]


def tckn_check_digits(first_nine: str) -> str:
    """The two check digits that make ``first_nine`` a valid TCKN (used to generate test data)."""
    d = [int(c) for c in first_nine]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return f"{d10}{d11}"


def vkn_check_digit(first_nine: str) -> str:
    d = [int(c) for c in first_nine]
    total = 0
    for i in range(9):
        tmp = (d[i] + 10 - (i + 1)) % 10
        total += 9 if tmp == 9 else (tmp * 2 ** (9 - i)) % 9
    return str((10 - total % 10) % 10)
