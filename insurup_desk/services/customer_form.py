"""New-customer form rules: what the operator typed → field problems or an API create body.

Problems are returned as codes keyed by the API's camelCase property names, so server validation
errors (``ValidationFailed.field_errors``) land on the same fields; the UI turns codes into words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final, Literal

from insurup_desk.api.models import (
    CompanyCustomerCreate,
    CustomerCreate,
    ForeignCustomerCreate,
    IndividualCustomerCreate,
)
from insurup_desk.domain.formats import parse_tr_date
from insurup_desk.domain.identity import compact_number, is_valid_tckn, is_valid_vkn
from insurup_desk.domain.phone import parse_mobile

CustomerKind = Literal["individual", "company", "foreign"]
KINDS: Final[tuple[CustomerKind, ...]] = ("individual", "company", "foreign")

_EMAIL: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_FOREIGN_ID: Final = re.compile(r"^[A-Za-z0-9]{5,20}$")

# Field keys (API property names).
IDENTITY = "identityNumber"
FULL_NAME = "fullName"
BIRTH_DATE = "birthDate"
TITLE = "title"
TAX_NUMBER = "taxNumber"
PHONE = "phoneNumber"
EMAIL = "email"
CITY = "cityReference"
DISTRICT = "districtReference"


@dataclass(frozen=True, slots=True)
class CustomerDraft:
    kind: CustomerKind = "individual"
    identity_number: str = ""
    full_name: str = ""
    birth_date: str = ""  # as typed, 27.11.1990
    title: str = ""
    tax_number: str = ""
    phone: str = ""
    email: str = ""
    city: str = ""  # plate code "34"
    district: str = ""


def field_problems(draft: CustomerDraft, today: dt.date | None = None) -> dict[str, str]:
    """Codes: required, tckn_invalid, vkn_invalid, foreign_id_invalid, date_invalid, date_future,
    phone_invalid, email_invalid."""
    today = today or dt.date.today()
    problems: dict[str, str] = {}
    if draft.kind == "company":
        if not draft.title.strip():
            problems[TITLE] = "required"
        tax = compact_number(draft.tax_number)
        if not tax:
            problems[TAX_NUMBER] = "required"
        elif not is_valid_vkn(tax):
            problems[TAX_NUMBER] = "vkn_invalid"
    else:
        number = compact_number(draft.identity_number)
        if not number:
            problems[IDENTITY] = "required"
        elif draft.kind == "individual" and not is_valid_tckn(number):
            problems[IDENTITY] = "tckn_invalid"
        elif draft.kind == "foreign" and not _FOREIGN_ID.match(number):
            problems[IDENTITY] = "foreign_id_invalid"
        if not draft.full_name.strip():
            problems[FULL_NAME] = "required"
        if draft.birth_date.strip():
            born = parse_tr_date(draft.birth_date)
            if born is None:
                problems[BIRTH_DATE] = "date_invalid"
            elif born > today:
                problems[BIRTH_DATE] = "date_future"
            elif born.year < 1900:
                problems[BIRTH_DATE] = "date_invalid"
    if draft.phone.strip() and parse_mobile(draft.phone) is None:
        problems[PHONE] = "phone_invalid"
    if draft.email.strip() and not _EMAIL.match(draft.email.strip()):
        problems[EMAIL] = "email_invalid"
    return problems


def create_payload(draft: CustomerDraft) -> dict[str, object]:
    """The create body in API terms (camelCase, ``$type`` first); the client's model validates it."""
    body: dict[str, object] = {"$type": draft.kind}
    if draft.kind == "company":
        body["title"] = draft.title.strip()
        body["taxNumber"] = compact_number(draft.tax_number)
    else:
        body["identityNumber"] = compact_number(draft.identity_number)
        body["fullName"] = " ".join(draft.full_name.split())
        born = parse_tr_date(draft.birth_date) if draft.birth_date.strip() else None
        if born is not None:
            body["birthDate"] = born.isoformat()
    if draft.email.strip():
        body["email"] = draft.email.strip()
    mobile = parse_mobile(draft.phone) if draft.phone.strip() else None
    if mobile:
        body["phoneNumber"] = {"countryCode": 90, "number": mobile}
    if draft.city.strip():
        body["cityReference"] = draft.city.strip()
    if draft.district.strip():
        body["districtReference"] = draft.district.strip()
    body["fillMissingFields"] = True
    return body


def identity_of(draft: CustomerDraft) -> str:
    return compact_number(draft.tax_number if draft.kind == "company" else draft.identity_number)


def server_field(name: str) -> str:
    """Map a server property path ('PhoneNumber.Number', 'primaryEmail') onto a form field key."""
    head = name.split(".")[0]
    head = head[:1].lower() + head[1:]
    aliases = {"primaryEmail": EMAIL, "primaryPhoneNumber": PHONE, "city": CITY, "district": DISTRICT}
    return aliases.get(head, head)


def create_body(draft: CustomerDraft) -> CustomerCreate:
    """The typed create body for the client (built from the same payload the tests pin down)."""
    payload = {k: v for k, v in create_payload(draft).items() if k != "$type"}
    if draft.kind == "company":
        return CompanyCustomerCreate.model_validate(payload)
    if draft.kind == "foreign":
        return ForeignCustomerCreate.model_validate(payload)
    return IndividualCustomerCreate.model_validate(payload)
