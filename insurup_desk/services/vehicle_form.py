"""New-vehicle form rules: free typing (plate '34abc123', serial 'ab 123456') → problems or a create body."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from insurup_desk.api.models import VehicleCreate
from insurup_desk.domain.plate import parse_plate

PLATE = "plate"
DOCUMENT_SERIAL = "documentSerial"
BRAND = "brandReference"
MODEL = "modelTypeReference"
YEAR = "modelYear"
USAGE = "utilizationStyle"
FUEL = "fuel"

USAGE_STYLES: Final = (
    "PRIVATE_CAR",
    "TAXI",
    "PICKUP_TRUCK",
    "MOTORCYCLE",
    "RENTAL_CAR",
    "JEEP",
    "MINIBUS_SHARED_TAXI",
    "TRUCK",
)
FUEL_TYPES: Final = ("GASOLINE", "DIESEL", "LPG", "LPG_GASOLINE", "HYBRID", "ELECTRIC")

_SERIAL: Final = re.compile(r"^([A-Z]{1,2})[\s/\-]*(\d{6,7})$")
_TR_UPPER = str.maketrans({"i": "I", "ı": "I", "İ": "I"})


@dataclass(frozen=True, slots=True)
class VehicleDraft:
    plate: str = ""
    document_serial: str = ""
    brand_reference: str = ""
    model_reference: str = ""
    model_year: str = ""
    usage: str = "PRIVATE_CAR"
    fuel: str = ""


def parse_serial(text: str) -> tuple[str, str] | None:
    """'AB123456', 'ab 123456', 'A/1234567' -> ('AB', '123456')."""
    m = _SERIAL.match(text.strip().translate(_TR_UPPER).upper())
    return (m.group(1), m.group(2)) if m else None


def field_problems(draft: VehicleDraft, today: dt.date | None = None) -> dict[str, str]:
    """Codes: required, plate_invalid, serial_invalid, year_invalid."""
    today = today or dt.date.today()
    problems: dict[str, str] = {}
    if not draft.plate.strip():
        problems[PLATE] = "required"
    elif parse_plate(draft.plate) is None:
        problems[PLATE] = "plate_invalid"
    if draft.document_serial.strip() and parse_serial(draft.document_serial) is None:
        problems[DOCUMENT_SERIAL] = "serial_invalid"
    if not draft.brand_reference:
        problems[BRAND] = "required"
    if not draft.model_reference:
        problems[MODEL] = "required"
    year = draft.model_year.strip()
    if not year:
        problems[YEAR] = "required"
    elif not year.isdigit() or not 1950 <= int(year) <= today.year + 1:
        problems[YEAR] = "year_invalid"
    if not draft.usage:
        problems[USAGE] = "required"
    return problems


def server_field(name: str) -> str:
    """Map a server property path ('Plate.City', 'documentSerial.number', 'year') onto a form field key."""
    head = name.split(".")[0]
    head = head[:1].lower() + head[1:]
    aliases = {"year": YEAR, "brandCode": BRAND, "modelCode": MODEL, "documentSerialCode": DOCUMENT_SERIAL,
               "documentSerialNumber": DOCUMENT_SERIAL}
    return aliases.get(head, head)


def create_payload(customer_id: str, draft: VehicleDraft) -> dict[str, object]:
    """The create body in the SDK shape (plate object, documentSerial object, references)."""
    plate = parse_plate(draft.plate)
    if plate is None:
        raise ValueError("plate is not valid")
    body: dict[str, object] = {
        "customerId": customer_id,
        "plate": {"city": plate.city, "code": plate.code},
        "modelYear": int(draft.model_year),
        "brandReference": draft.brand_reference,
        "modelTypeReference": draft.model_reference,
        "utilizationStyle": draft.usage,
        "accessories": [],
    }
    serial = parse_serial(draft.document_serial) if draft.document_serial.strip() else None
    if serial:
        body["documentSerial"] = {"code": serial[0], "number": serial[1]}
    if draft.fuel:
        body["fuel"] = {"type": draft.fuel}
    return body


def create_body(customer_id: str, draft: VehicleDraft) -> VehicleCreate:
    return VehicleCreate.model_validate(create_payload(customer_id, draft))
