"""Every domain validator and formatter: no exception on any text, only ASCII digits accepted."""

from __future__ import annotations

import math
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from insurup_desk.domain.card import card_digits, cvc_ok, group_card_number, luhn_ok, parse_expiry
from insurup_desk.domain.formats import format_date, format_money, parse_tr_date
from insurup_desk.domain.identity import is_valid_tckn, is_valid_vkn
from insurup_desk.domain.phone import parse_mobile
from insurup_desk.domain.plate import parse_plate


def _ascii_digits_only(text: str) -> bool:
    return all(c.isascii() for c in text if c.isdigit())


@given(st.text())
def test_identity_never_raises_and_needs_ascii(text: str) -> None:
    for check in (is_valid_tckn, is_valid_vkn):
        if check(text):
            assert text.isascii() and text.isdigit()


@given(st.text())
def test_card_plate_phone_never_raise_and_need_ascii(text: str) -> None:
    assert card_digits(text).isascii()
    assert group_card_number(text).isascii()
    if luhn_ok(text) or cvc_ok(text):
        assert _ascii_digits_only(text)
    mobile = parse_mobile(text)
    assert mobile is None or (mobile.isascii() and mobile.isdigit())
    plate = parse_plate(text)
    if plate is not None:
        assert plate.compact().isascii()
        assert parse_plate(plate.display()) == plate  # round trip
    expiry = parse_expiry(text)
    if expiry is not None:
        assert 1 <= expiry[0] <= 12 and expiry[1] >= 2000


@given(st.text())
def test_dates_never_raise(text: str) -> None:
    format_date(text)
    parsed = parse_tr_date(text)
    if parsed is not None:
        assert parse_tr_date(format_date(parsed)) == parsed  # round trip


@given(st.floats(allow_nan=True, allow_infinity=True) | st.decimals(allow_nan=True, allow_infinity=True))
def test_format_money_never_raises(amount: float | Decimal) -> None:
    out = format_money(amount)
    if isinstance(amount, float) and not math.isfinite(amount):
        assert out == ""


def test_fuzz_findings_from_the_issue() -> None:
    assert not is_valid_tckn("1000000014²")
    assert not is_valid_vkn("123456789²")
    assert not is_valid_tckn("١١١١١١١١١١٠")
    assert parse_plate("٣٤ABC١٢٣") is None
    assert parse_mobile("٥٣٢١٢٣٤٥٦٧") is None
    assert not cvc_ok("١٢٣")
    assert card_digits("٤٢٤٢") == ""
    assert parse_expiry("10100") is None
    assert parse_expiry("12/30") == (12, 2030)
    assert parse_expiry("1230") == (12, 2030)
    assert format_money(float("nan")) == ""
    assert format_money(float("inf")) == ""
    assert format_money(1e26).startswith("₺100.000")
    assert format_date("yarın") == "yarın"
