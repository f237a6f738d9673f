"""Vehicle routes (§4): list/get/create/update/delete (SDK and flat doc shapes) and the Tramer lookup."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .auth import current_user
from .catalog import INSURERS
from .deviations import note, refuse_field
from .enums import FUEL_TYPES, UTILIZATION_STYLES
from .parameters import ALL_MODELS, describe_model
from .problems import Problem, field_error, not_found, validation_problem
from .records import CustomerRec, VehicleRec
from .rules import plate as parse_plate
from .shapes import upper_enums
from .state import Sandbox
from .web import json_body, no_content, ok, path_param, sandbox_of


def _customer(request: Request, sb: Sandbox) -> CustomerRec:
    user = current_user(request)
    rec = sb.customer_for(user.agent_id, path_param(request, "customer_id"))
    if rec is None:
        raise not_found("Müşteri", "CUSTOMER_NOT_FOUND")
    return rec


_FLAT_KEYS = ("documentSerialCode", "documentSerialNumber", "brandCode", "modelCode", "year", "fuelType")


def check_vehicle_shape(request: Request, body: dict[str, Any], path_ids: tuple[str, ...],
                        vehicle_id: str | None) -> None:
    """The SDK body of §4.1 only: the docs' flat shape (§16 #16) and a body about another customer are refused."""
    flat = [k for k in _FLAT_KEYS if k in body] + (["plate"] if isinstance(body.get("plate"), str) else [])
    if flat:
        raise refuse_field(request, "vehicle-flat-body", "§16 #16", flat[0],
                           "Araç gövdesi SDK biçiminde olmalıdır (plate {city, code}, documentSerial {code, number}, "
                           "brandReference, modelTypeReference, modelYear).", body.get(flat[0]))
    if body.get("customerId") not in path_ids:
        raise refuse_field(request, "vehicle-customer-mismatch", "§4.1", "customerId",
                           "Gövdedeki customerId adresteki müşteriyle aynı olmalıdır.", body.get("customerId"))
    if vehicle_id is not None and body.get("vehicleId") not in (None, vehicle_id):
        raise refuse_field(request, "vehicle-id-mismatch", "§4", "vehicleId",
                           "Gövdedeki vehicleId adresteki araçla aynı olmalıdır.", body.get("vehicleId"))
    if "utilizationStyle" not in body or not isinstance(body.get("accessories"), list):
        missing = "utilizationStyle" if "utilizationStyle" not in body else "accessories"
        raise refuse_field(request, "vehicle-required-field", "§4.1", missing, f"'{missing}' alanı zorunludur.",
                           body.get(missing))
    upper_enums(request, body, ("utilizationStyle",))
    if isinstance(body.get("fuel"), dict):
        upper_enums(request, body["fuel"], ("type",), prefix="fuel.")
    serial = body.get("documentSerial")
    if isinstance(serial, dict) and not (len(str(serial.get("code") or "")) == 2
                                         and len(str(serial.get("number") or "")) == 6):
        # §16 #17: the docs' test value A/1234567 breaks the SDK's 2+6 rule; the sandbox must not reject it.
        shown = f"{serial.get('code')}/{serial.get('number')}"
        note(request, "document-serial-doc-format", "§16 #17", f"ruhsat seri {shown}")


def normalise_vehicle(body: dict[str, Any], vehicle_id: str, customer_id: str) -> dict[str, Any]:
    """Validate an SDK-shaped body (already shape-checked) and return the stored (read) shape."""
    errors: list[dict[str, Any]] = []
    raw_plate = body.get("plate")
    if isinstance(raw_plate, dict):
        plate = parse_plate(f"{int(raw_plate.get('city') or 0):02d}{raw_plate.get('code', '')}")
    else:
        plate = parse_plate(str(raw_plate or ""))
    if plate is None:
        errors.append(field_error("plate", "Plaka geçersiz.", raw_plate))
    serial = body.get("documentSerial")
    if not isinstance(serial, dict):
        code, number = body.get("documentSerialCode"), body.get("documentSerialNumber")
        serial = {"code": code, "number": number} if code or number else None
    serial_ok = serial is None or (
        str(serial.get("code") or "").isalpha() and str(serial.get("number") or "").isdigit()
    )
    if not serial_ok:
        errors.append(field_error("documentSerial", "Ruhsat seri numarası geçersiz.", serial))
    year = body.get("modelYear", body.get("year"))
    this_year = dt.date.today().year
    if year is not None and (not isinstance(year, int) or not 1950 <= year <= this_year + 1):
        errors.append(field_error("modelYear", "Model yılı geçersiz.", year))
    style = body.get("utilizationStyle", "PRIVATE_CAR" if "brandCode" in body or "year" in body else None)
    if style not in UTILIZATION_STYLES:
        errors.append(field_error("utilizationStyle", "Kullanım tarzı zorunludur.", style))
    fuel = body.get("fuel") if isinstance(body.get("fuel"), dict) else None
    if fuel is None and body.get("fuelType"):
        fuel = {"type": body["fuelType"]}
    if fuel is not None and fuel.get("type") not in FUEL_TYPES:
        errors.append(field_error("fuel.type", "Yakıt tipi geçersiz.", fuel.get("type")))
    model_ref = body.get("modelTypeReference") or body.get("modelCode")
    brand_ref = body.get("brandReference") or body.get("brandCode")
    described = describe_model(str(model_ref)) if model_ref else None
    if model_ref and described is None:
        errors.append(field_error("modelTypeReference", "Model bulunamadı.", model_ref))
    seat = body.get("seatNumber")
    if seat is not None and (not isinstance(seat, int) or not 1 <= seat <= 50):
        errors.append(field_error("seatNumber", "Koltuk sayısı 1-50 arasında olmalıdır.", seat))
    if errors:
        raise validation_problem(errors, "Araç bilgileri geçersiz.", "VEHICLE_INPUT_INVALID")
    assert plate is not None
    model: dict[str, Any] = {"brand": None, "year": year, "type": None}
    if described:
        model["brand"] = {"value": described[0], "text": described[1]}
        model["type"] = {"value": described[2], "text": described[3]}
    elif brand_ref:
        model["brand"] = {"value": str(brand_ref), "text": str(brand_ref)}
    return {
        "id": vehicle_id,
        "customerId": customer_id,
        "hasPlate": True,
        "plate": {"city": plate.city, "code": plate.code},
        "model": model,
        "utilizationStyle": style,
        "fuel": {"type": fuel.get("type"), "customLpg": bool(fuel.get("customLpg")),
                 "customLpgPrice": fuel.get("customLpgPrice")} if fuel else None,
        "engineNumber": body.get("engine") or body.get("engineNumber"),
        "chassisNumber": body.get("chassis") or body.get("chassisNumber"),
        "registrationDate": body.get("registrationDate"),
        "seatNumber": seat,
        "documentSerial": serial,
        "accessories": list(body.get("accessories") or []),
        "kaskoOldPolicy": body.get("kaskoOldPolicy"),
        "trafikOldPolicy": body.get("trafikOldPolicy"),
        "lossPayeeClause": body.get("lossPayeeClause"),
    }


def _same_plate(sb: Sandbox, customer_id: str, plate: dict[str, Any], skip: str | None) -> VehicleRec | None:
    for rec in sb.vehicles.values():
        if rec.customer_id == customer_id and rec.id != skip and rec.data["plate"] == plate:
            return rec
    return None


async def list_vehicles(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        cust = _customer(request, sb)
        return ok([dict(v.data) for v in sb.vehicles.values() if v.customer_id == cust.id])


async def get_vehicle(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        cust = _customer(request, sb)
        rec = sb.vehicle_for(cust.agent_id, cust.id, path_param(request, "vehicle_id"))
        if rec is None:
            raise not_found("Araç", "VEHICLE_NOT_FOUND")
        return ok(dict(rec.data))


async def create_vehicle(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    body = await json_body(request)
    with sb.lock:
        cust = _customer(request, sb)
        check_vehicle_shape(request, body, (cust.id, path_param(request, "customer_id")), None)
        vid = sb.ids.guid()
        data = normalise_vehicle(body, vid, cust.id)
        dup = _same_plate(sb, cust.id, data["plate"], None)
        if dup is not None:
            raise Problem(409, "resource-duplicate", "Bu plakayla kayıtlı bir araç zaten var.",
                          codes=["VEHICLE_ALREADY_EXISTS"], extra={"existingId": dup.id},
                          template_args={"existingId": dup.id})
        sb.vehicles[vid] = VehicleRec(cust.agent_id, cust.id, data)
        sb.counts["vehicles"][cust.id] += 1
        sb.refresh_customer_node(cust.id)
    return ok({"id": vid})


async def update_vehicle(request: Request) -> Response:
    sb = sandbox_of(request)
    body = await json_body(request)
    with sb.lock:
        cust = _customer(request, sb)
        vid = path_param(request, "vehicle_id")
        rec = sb.vehicle_for(cust.agent_id, cust.id, vid)
        if rec is None:
            raise not_found("Araç", "VEHICLE_NOT_FOUND")
        check_vehicle_shape(request, body, (cust.id, path_param(request, "customer_id")), vid)
        data = normalise_vehicle(body, vid, cust.id)
        if _same_plate(sb, cust.id, data["plate"], vid) is not None:
            raise Problem(409, "resource-duplicate", "Bu plakayla kayıtlı bir araç zaten var.",
                          codes=["VEHICLE_ALREADY_EXISTS"])
        rec.data = data
        sb.touch()
    return no_content()


async def delete_vehicle(request: Request) -> Response:
    sb = sandbox_of(request)
    with sb.lock:
        cust = _customer(request, sb)
        rec = sb.vehicle_for(cust.agent_id, cust.id, path_param(request, "vehicle_id"))
        if rec is None:
            raise not_found("Araç", "VEHICLE_NOT_FOUND")
        del sb.vehicles[rec.id]
        sb.counts["vehicles"][cust.id] -= 1
        sb.refresh_customer_node(cust.id)
    return no_content()


def lookup_vehicle(plate_text: str, serial: dict[str, Any] | None, today: dt.date) -> dict[str, Any]:
    """What the Tramer/EGM lookup would say about a plate: deterministic from the plate."""
    plate = parse_plate(plate_text)
    assert plate is not None
    rng = random.Random(f"vehicle:{plate.compact()}")
    brand_code, brand_name, model = rng.choice(ALL_MODELS)
    year = rng.randint(max(model.first_year, today.year - 12), min(model.last_year, today.year))
    fuel = "ELECTRIC" if brand_name == "Togg" else rng.choice(("GASOLINE", "DIESEL", "LPG_GASOLINE", "HYBRID"))
    reg = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    old_end_kasko = today + dt.timedelta(days=rng.randint(-20, 60))
    old_end_trafik = today + dt.timedelta(days=rng.randint(-10, 45))
    insurer = rng.choice(INSURERS)
    return {
        "registrationDate": reg.isoformat(),
        "plate": {"city": plate.city, "code": plate.code},
        "documentSerial": serial or {"code": "".join(rng.choices("ABCDEFGHKLMNPRS", k=2)),
                                     "number": f"{rng.randint(0, 999999):06d}"},
        "model": {"brand": {"value": brand_code, "text": brand_name}, "year": year,
                  "type": {"value": f"{brand_code}-{model.code}", "text": model.name}},
        "chassis": "NM" + "".join(rng.choices("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", k=15)),
        "engine": "".join(rng.choices("0123456789ABCDEF", k=10)),
        "fuelType": fuel,
        "price": float(rng.randint(45, 380) * 10_000),
        "currency": "TURKISH_LIRA",
        "utilizationStyle": "PRIVATE_CAR",
        "seatNumber": 5,
        "kaskoOldPolicy": {"insuranceCompanyPolicyNumber": f"{rng.randint(10**8, 10**9 - 1)}",
                           "insuranceCompanyRenewalNumber": str(rng.randint(0, 4)),
                           "insuranceCompanyReference": str(insurer.id), "agentNumber": None,
                           "endDate": old_end_kasko.isoformat()},
        "trafikOldPolicy": {"insuranceCompanyPolicyNumber": f"{rng.randint(10**8, 10**9 - 1)}",
                            "insuranceCompanyRenewalNumber": str(rng.randint(0, 6)),
                            "insuranceCompanyReference": str(insurer.id), "agentNumber": None,
                            "endDate": old_end_trafik.isoformat()},
    }


async def external_lookup_vehicle(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    body = await json_body(request)
    with sb.lock:
        _customer(request, sb)
    raw_plate = body.get("plate")
    if isinstance(raw_plate, dict):
        raw_plate = f"{int(raw_plate.get('city') or 0):02d}{raw_plate.get('code', '')}"
    if parse_plate(str(raw_plate or "")) is None:
        raise validation_problem([field_error("plate", "Plaka geçersiz.", raw_plate)], "Plaka geçersiz.",
                                 "PLATE_INVALID")
    serial = body.get("documentSerial")
    if isinstance(serial, str):
        letters = "".join(c for c in serial if c.isalpha())
        digits = "".join(c for c in serial if c.isdigit())
        serial = {"code": letters.upper(), "number": digits}
    if isinstance(serial, dict) and str(serial.get("code", "")).upper() == "XX":
        raise Problem(502, "upstream-service", "Tramer servisine şu an ulaşılamıyor.",
                      codes=["VEHICLE_LOOKUP_UNAVAILABLE"], suggestions=["Araç bilgilerini elle girin."])
    return ok(lookup_vehicle(str(raw_plate), serial if isinstance(serial, dict) else None,
                             sb.config.reference_day()))
