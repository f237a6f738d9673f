"""New-property form rules: what the operator typed (UAVT code, square metres, year, floors…) → problems or a body.

Problem codes are worded in Turkish by the widget; the rules follow the contract's ranges (10-digit UAVT code,
10–10,000 m², a year from 1900 to this one, the DASK old-policy number up to 15 digits).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from insurup_desk.api.models.properties import (
    DaskOldPolicyProperty,
    FloorCount,
    PropertyCreate,
    PropertyFloor,
)

NUMBER = "number"
DASK_POLICY = "daskOldPolicyNumber"
SQUARE_METER = "squareMeter"
CONSTRUCTION_YEAR = "constructionYear"
TOTAL_FLOORS = "totalFloors"
CURRENT_FLOOR = "currentFloor"
STRUCTURE = "structure"
USAGE = "utilizationStyle"
DAMAGE = "damageStatus"
OWNERSHIP = "ownershipType"

# The floor-count bands InsurUp's own forms send ("19+" goes out as 19–99).
FLOOR_BANDS: Final[tuple[tuple[int, int], ...]] = ((1, 3), (4, 7), (8, 18), (19, 99))
# The building-age bands the earthquake tariff reads a construction year into (first year, last year).
YEAR_BANDS: Final[tuple[tuple[int | None, int | None], ...]] = (
    (None, 1975), (1976, 1996), (1997, 1999), (2000, 2006), (2007, None))

MIN_SQUARE_METER: Final = 10
MAX_SQUARE_METER: Final = 10_000
MIN_YEAR: Final = 1900
LOWEST_FLOOR: Final = -5


@dataclass(frozen=True, slots=True)
class PropertyDraft:
    number: str = ""  # the UAVT address code
    dask_old_policy: str = ""
    square_meter: str = ""
    construction_year: str = ""
    floor_band: int = -1  # index into FLOOR_BANDS (-1: not chosen)
    current_floor: str = ""
    structure: str = "STEEL_REINFORCED_CONCRETE"
    usage: str = "HOUSE"
    damage: str = "NONE"
    ownership: str = "PROPRIETOR"


def digits(text: str) -> str:
    """A number as typed: spaces, dots and dashes between the digits are the operator's, not the number's."""
    return "".join(ch for ch in text if ch not in " .-\u00a0")


def uavt_number(text: str) -> int | None:
    """The UAVT address code (exactly 10 digits) or None."""
    value = digits(text)
    return int(value) if len(value) == 10 and value.isdigit() else None


def dask_policy_number(text: str) -> int | None:
    """An earlier DASK policy's number (1–15 digits) or None."""
    value = digits(text)
    return int(value) if value.isdigit() and 1 <= len(value) <= 15 and int(value) > 0 else None


def year_band(year: int) -> int:
    """Index into YEAR_BANDS for a construction year."""
    for index, (first, last) in enumerate(YEAR_BANDS):
        if (first is None or year >= first) and (last is None or year <= last):
            return index
    return len(YEAR_BANDS) - 1


def floor_band_of(floor: PropertyFloor | None) -> int:
    """Which band a floor count read back from the server falls in (-1 when it names none)."""
    count = floor.total_floors if floor is not None else None
    if count is None:
        return -1
    top = count.max if count.kind == "range" else count.value
    low = count.min if count.kind == "range" else count.value
    if low is not None and low >= 19:
        return len(FLOOR_BANDS) - 1
    for index, (first, last) in enumerate(FLOOR_BANDS):
        if top is not None and first <= top <= last:
            return index
    return -1


def field_problems(draft: PropertyDraft, today: dt.date | None = None) -> dict[str, str]:
    """Codes: required, uavt_invalid, dask_policy_invalid, square_meter_invalid, year_invalid, floor_invalid."""
    today = today or dt.date.today()
    problems: dict[str, str] = {}
    if not digits(draft.number):
        problems[NUMBER] = "required"
    elif uavt_number(draft.number) is None:
        problems[NUMBER] = "uavt_invalid"
    if digits(draft.dask_old_policy) and dask_policy_number(draft.dask_old_policy) is None:
        problems[DASK_POLICY] = "dask_policy_invalid"
    area = digits(draft.square_meter)
    if not area:
        problems[SQUARE_METER] = "required"
    elif not area.isdigit() or not MIN_SQUARE_METER <= int(area) <= MAX_SQUARE_METER:
        problems[SQUARE_METER] = "square_meter_invalid"
    year = draft.construction_year.strip()
    if not year:
        problems[CONSTRUCTION_YEAR] = "required"
    elif not year.isdigit() or not MIN_YEAR <= int(year) <= today.year:
        problems[CONSTRUCTION_YEAR] = "construction_year_invalid"
    if not 0 <= draft.floor_band < len(FLOOR_BANDS):
        problems[TOTAL_FLOORS] = "required"
    floor = draft.current_floor.strip()
    if floor:
        top = FLOOR_BANDS[draft.floor_band][1] if 0 <= draft.floor_band < len(FLOOR_BANDS) else 99
        if not floor.lstrip("-").isdigit() or not LOWEST_FLOOR <= int(floor) <= top:
            problems[CURRENT_FLOOR] = "floor_invalid"
    for key, value in ((STRUCTURE, draft.structure), (USAGE, draft.usage), (DAMAGE, draft.damage),
                       (OWNERSHIP, draft.ownership)):
        if not value:
            problems[key] = "required"
    return problems


def server_field(name: str) -> str:
    """Map a server property path ('Floor.TotalFloors', 'squareMeter') onto a form field key."""
    tail = name.split(".")[-1]
    key = tail[:1].lower() + tail[1:]
    known = (NUMBER, DASK_POLICY, SQUARE_METER, CONSTRUCTION_YEAR, TOTAL_FLOORS, CURRENT_FLOOR, STRUCTURE, USAGE,
             DAMAGE, OWNERSHIP)
    return key if key in known else name


def create_body(customer_id: str, draft: PropertyDraft) -> PropertyCreate:
    """The create body of a draft that passed ``field_problems``."""
    number = uavt_number(draft.number)
    if number is None or not 0 <= draft.floor_band < len(FLOOR_BANDS):
        raise ValueError("the property draft has problems; check field_problems first")
    low, high = FLOOR_BANDS[draft.floor_band]
    floor = draft.current_floor.strip()
    return PropertyCreate(
        customer_id=customer_id,
        number=number,
        dask_old_policy_number=dask_policy_number(draft.dask_old_policy),
        square_meter=int(digits(draft.square_meter)),
        construction_year=int(draft.construction_year.strip()),
        damage_status=draft.damage,
        floor=PropertyFloor(total_floors=FloorCount(kind="range", min=low, max=high),
                            current_floor=int(floor) if floor else None),
        structure=draft.structure,
        utilization_style=draft.usage,
        ownership_type=draft.ownership,
    )


def draft_from_dask(found: DaskOldPolicyProperty, policy_text: str) -> PropertyDraft:
    """What an earlier DASK policy tells about the building, as form values (unknown facts left to the operator)."""
    base = PropertyDraft()

    def known(value: str | None, default: str) -> str:
        return value if value and value != "UNKNOWN" else default

    return PropertyDraft(
        number=str(found.property_number or ""),
        dask_old_policy=policy_text.strip(),
        square_meter=str(found.square_meter or ""),
        construction_year=str(found.construction_year or ""),
        floor_band=floor_band_of(found.floor),
        current_floor=str(found.floor.current_floor) if found.floor and found.floor.current_floor is not None else "",
        structure=known(found.structure, base.structure),
        usage=known(found.utilization_style, base.usage),
        damage=known(found.damage_status, base.damage),
        ownership=known(found.ownership_type, base.ownership),
    )
