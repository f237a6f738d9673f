import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from insurup_desk.domain.card import expiry_in_future, group_card_number, luhn_ok, parse_expiry
from insurup_desk.domain.formats import format_date, format_money, parse_tr_date
from insurup_desk.domain.identity import is_valid_tckn, is_valid_vkn, tckn_check_digits, vkn_check_digit
from insurup_desk.domain.phone import format_mobile, parse_mobile
from insurup_desk.domain.plate import parse_plate


@pytest.mark.parametrize("value", ["11111111110", "10000000146"])
def test_known_valid_tckn(value: str) -> None:
    assert is_valid_tckn(value)


@pytest.mark.parametrize("value", ["11111111111", "01111111110", "1111111111", "1111111111a", "12345678900"])
def test_invalid_tckn(value: str) -> None:
    assert not is_valid_tckn(value)


@given(st.from_regex(r"[1-9][0-9]{8}", fullmatch=True))
def test_generated_tckn_valid_and_single_digit_change_detected(first_nine: str) -> None:
    full = first_nine + tckn_check_digits(first_nine)
    assert is_valid_tckn(full)
    wrong_last = full[:10] + str((int(full[10]) + 1) % 10)
    assert not is_valid_tckn(wrong_last)


def test_vkn() -> None:
    assert is_valid_vkn("6130782524")
    assert not is_valid_vkn("6130782525")
    assert not is_valid_vkn("613078252")


@given(st.from_regex(r"[0-9]{9}", fullmatch=True))
def test_generated_vkn_valid(first_nine: str) -> None:
    assert is_valid_vkn(first_nine + vkn_check_digit(first_nine))


@pytest.mark.parametrize("typed", ["34abc123", "34 ABC 123", "34-abc-123", " 34 abc123 "])
def test_plate_normalised(typed: str) -> None:
    plate = parse_plate(typed)
    assert plate is not None
    assert (plate.city, plate.code, plate.display()) == (34, "ABC123", "34 ABC 123")


@pytest.mark.parametrize("typed", ["99 ABC 123", "34 ABCD 12", "ABC123", "34 123", ""])
def test_not_a_plate(typed: str) -> None:
    assert parse_plate(typed) is None


def test_mobile() -> None:
    assert parse_mobile("+90 532 123 45 67") == "5321234567"
    assert parse_mobile("05321234567") == "5321234567"
    assert parse_mobile("212 123 45 67") is None
    assert format_mobile("5321234567") == "+90 532 123 45 67"


def test_card_rules() -> None:
    assert luhn_ok("4242424242424242")
    assert not luhn_ok("4242424242424241")
    assert group_card_number("4242424242424242") == "4242 4242 4242 4242"
    assert parse_expiry("12/30") == (12, 2030)
    assert parse_expiry("13/30") is None
    today = dt.date(2026, 11, 27)
    assert expiry_in_future(11, 2026, today)
    assert not expiry_in_future(10, 2026, today)


def test_turkish_formats() -> None:
    assert format_money(Decimal("1234.56")) == "₺1.234,56"
    assert format_money(Decimal("-5")) == "-₺5,00"
    assert format_money(Decimal("1234567.891")) == "₺1.234.567,89"
    assert format_date(dt.date(2026, 11, 27)) == "27.11.2026"
    assert parse_tr_date("27.11.2026") == dt.date(2026, 11, 27)
    assert parse_tr_date("31.02.2026") is None


def test_the_wire_plate_follows_the_one_plate_rule() -> None:
    from insurup_desk.api.models.vehicles import Plate as WirePlate

    assert WirePlate.parse("34 abc 123").compact == "34ABC123"
    for bad in ("99ABC123", "34", "ABC123", "34ABCD123"):
        with pytest.raises(ValueError):
            WirePlate.parse(bad)
