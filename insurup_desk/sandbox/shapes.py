"""Body-shape rules shared by the REST routes: enum casing and the phone number object (§1.5, §14, §16 #36)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from starlette.requests import Request

from .deviations import refuse_field


def upper_enums(request: Request, body: dict[str, Any], keys: Iterable[str], prefix: str = "") -> None:
    """Enums travel as UPPER_SNAKE strings; the server's converter does not match ``private_car``."""
    for key in keys:
        value = body.get(key)
        if isinstance(value, str) and value != value.upper():
            raise refuse_field(request, "enum-casing", "§1.5, §14", prefix + key,
                               f"'{value}' değeri büyük harfle yazılmalıdır ({value.upper()}).", value,
                               code="ENUM_VALUE_INVALID")


def phone_object(request: Request, body: dict[str, Any], key: str) -> None:
    """``{countryCode: number, number: string}``; a string country code is the docs' slip (§16 #36)."""
    phone = body.get(key)
    if phone is None:
        return
    if not isinstance(phone, dict):
        raise refuse_field(request, "phone-shape", "§1.5", key, "Telefon {countryCode, number} nesnesi olmalıdır.",
                           phone, code="PHONE_NUMBER_INVALID")
    code = phone.get("countryCode")
    if code is not None and (isinstance(code, bool) or not isinstance(code, int)):
        raise refuse_field(request, "phone-country-code-type", "§16 #36", f"{key}.countryCode",
                           "countryCode bir sayı olmalıdır (ör. 90).", code, code="PHONE_NUMBER_INVALID")
