"""Deterministic fake registry answers for identity and tax numbers (the external-lookup services)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from .names import CITIES, COMPANY_FORMS, COMPANY_STEMS, COMPANY_TRADES, FEMALE_NAMES, MALE_NAMES, SURNAMES

KNOWN_PEOPLE: dict[str, tuple[str, str, str]] = {
    "11111111110": ("Ayşe Yılmaz", "1990-01-01", "FEMALE"),
}


def city_refs(rng: random.Random) -> tuple[dict[str, Any], dict[str, Any]]:
    code, city, districts = rng.choice(CITIES)
    dref, dname = rng.choice(districts)
    return {"value": str(code), "text": city}, {"value": dref, "text": dname}


def city_by_reference(city_ref: str | None, district_ref: str | None) -> tuple[dict[str, Any] | None,
                                                                             dict[str, Any] | None]:
    if not city_ref:
        return None, None
    for code, city, districts in CITIES:
        if str(code) == str(city_ref).lstrip("0"):
            district = next(({"value": r, "text": n} for r, n in districts if r == district_ref), None)
            if district is None and district_ref:
                district = {"value": str(district_ref), "text": str(district_ref)}
            return {"value": str(code), "text": city}, district
    return {"value": str(city_ref), "text": str(city_ref)}, (
        {"value": str(district_ref), "text": str(district_ref)} if district_ref else None
    )


def person_for(number: str) -> dict[str, Any]:
    rng = random.Random(f"person:{number}")
    known = KNOWN_PEOPLE.get(number)
    city, district = city_refs(rng)
    if known:
        name, birth, gender = known
    else:
        gender = rng.choice(("MALE", "FEMALE"))
        first = rng.choice(MALE_NAMES if gender == "MALE" else FEMALE_NAMES)
        name = f"{first} {rng.choice(SURNAMES)}"
        birth = (dt.date(1955, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 48))).isoformat()
    return {
        "identityNumber": number, "fullName": name, "birthDate": birth, "gender": gender,
        "nationality": "TURK", "maritalStatus": rng.choice(("SINGLE", "MARRIED")), "city": city,
        "district": district,
    }


def company_for(number: str) -> dict[str, Any]:
    rng = random.Random(f"company:{number}")
    city, district = city_refs(rng)
    title = f"{rng.choice(COMPANY_STEMS)} {rng.choice(COMPANY_TRADES)} {rng.choice(COMPANY_FORMS)}"
    return {"taxNumber": number, "title": title, "city": city, "district": district}
