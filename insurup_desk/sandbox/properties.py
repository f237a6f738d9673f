"""Property routes (addendum §A.1–§A.6): a customer's properties, the customer's assets, the UAVT address
lookup and the DASK old-policy lookup."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import addresses
from .auth import current_user
from .body_checks import (
    enum_value,
    int_or_null,
    is_int,
    known_keys,
    number_or_null,
    required_keys,
    type_first,
    with_error_list,
    wrong_type,
)
from .branch_enums import (
    DAMAGE_STATES,
    LOSS_PAYEE_TYPES,
    OWNERSHIP,
    QUANTITY_TYPES,
    STRUCTURE_OUTSIDE_SDK,
    STRUCTURES,
    UTILIZATION,
)
from .deviations import note, refuse, refuse_field
from .lookups_banks import bank_branch, find_bank, find_institution
from .problems import Problem, field_error, not_found, validation_problem
from .realistic import net_timestamp
from .records import CustomerRec, PropertyRec
from .state import Sandbox
from .web import json_body, no_content, ok, path_param, sandbox_of

REF = "addendum §A.2"
_FIELDS = ("customerId", "number", "daskOldPolicyNumber", "squareMeter", "constructionYear", "lossPayeeClause",
           "damageStatus", "floor", "structure", "utilizationStyle", "ownershipType")
_UPDATE_FIELDS = ("propertyId", *(f for f in _FIELDS if f != "number"))
# A UAVT number the sandbox's gateway fails on, to exercise the "InsurGateway" error path (addendum §A.5).
GATEWAY_DOWN_NUMBER = 9_999_999_999
_MAX_FLOOR_WITHOUT_TOP = 200


def customer_of(request: Request, sb: Sandbox) -> CustomerRec:
    user = current_user(request)
    rec = sb.customer_for(user.agent_id, path_param(request, "customer_id"))
    if rec is None:
        raise not_found("Müşteri", "CUSTOMER_NOT_FOUND")
    return rec


def _property_of(request: Request, sb: Sandbox, cust: CustomerRec) -> PropertyRec:
    rec = sb.properties.get(path_param(request, "property_id"))
    if rec is None or rec.customer_id != cust.id:
        raise not_found("Konut", "PROPERTY_NOT_FOUND")
    return rec


# --- body checks --------------------------------------------------------------------------------------


def _floor(request: Request, raw: Any, errors: list[dict[str, Any]]) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise wrong_type(request, "floor", "{totalFloors, currentFloor} nesnesi", raw, REF)
    known_keys(request, raw, ("totalFloors", "currentFloor"), REF, "floor.")
    required_keys(request, raw, ("totalFloors", "currentFloor"), REF, "floor.")
    total = raw["totalFloors"]
    top: int | None = None
    if is_int(total):
        # The older contract typed totalFloors as a plain number (addendum §L #3): accepted, read back exact.
        note(request, "total-floors-number", "addendum §L #3", "floor.totalFloors düz sayı olarak gönderildi")
        total = {"$type": "exact", "value": total}
    if total is not None:
        if not isinstance(total, dict):
            raise wrong_type(request, "floor.totalFloors", "bir NumericQuantity nesnesi ya da null", total, REF)
        kind = type_first(request, total, QUANTITY_TYPES, "floor.totalFloors", "addendum §A.4")
        keys = ("$type", "min", "max") if kind == "range" else ("$type", "value")
        known_keys(request, total, keys, "addendum §A.4", "floor.totalFloors.")
        required_keys(request, total, keys[1:], "addendum §A.4", "floor.totalFloors.")
        for key in keys[1:]:
            if not is_int(total[key]):
                raise wrong_type(request, f"floor.totalFloors.{key}", "bir tam sayı", total[key], "addendum §A.4")
        if kind == "range":
            if not 1 <= total["min"] < total["max"]:
                errors.append(field_error("floor.totalFloors", "Kat aralığında en az, en çoktan küçük olmalıdır.",
                                          total))
            top = total["max"]
        elif not 1 <= total["value"] <= 99:
            errors.append(field_error("floor.totalFloors", "Kat sayısı 1-99 arasında olmalıdır.", total))
        else:
            top = total["value"] if kind == "exact" else _MAX_FLOOR_WITHOUT_TOP
    current = int_or_null(request, raw, "currentFloor", REF, "floor.")
    if current is not None and not -5 <= current <= (top if top is not None else _MAX_FLOOR_WITHOUT_TOP):
        errors.append(field_error("floor.currentFloor", "Bulunduğu kat binanın kat sayısını aşamaz (en az -5).",
                                  current))
    return {"totalFloors": total, "currentFloor": current}


def _loss_payee(request: Request, raw: Any, errors: list[dict[str, Any]]) -> dict[str, Any] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise wrong_type(request, "lossPayeeClause", "bir nesne ya da null", raw, REF)
    keys = ("type", "bank", "bankBranch", "financialInstitution", "creditAgreementNumber")
    known_keys(request, raw, keys, "addendum §A.4", "lossPayeeClause.")
    required_keys(request, raw, keys, "addendum §A.4", "lossPayeeClause.")
    kind = enum_value(request, raw, "type", LOSS_PAYEE_TYPES, "addendum §A.4", "lossPayeeClause.")
    bank = raw["bank"]
    branch = raw["bankBranch"]
    institution = raw["financialInstitution"]
    if kind == "BANK":
        if not isinstance(bank, dict) or find_bank(str(bank.get("id"))) is None:
            errors.append(field_error("lossPayeeClause.bank", "Banka bulunamadı.", bank))
        elif branch is not None and (not isinstance(branch, dict)
                                     or bank_branch(str(bank.get("id")), str(branch.get("id"))) is None):
            errors.append(field_error("lossPayeeClause.bankBranch", "Şube bu bankaya ait değil.", branch))
    elif not isinstance(institution, dict) or find_institution(str(institution.get("id"))) is None:
        errors.append(field_error("lossPayeeClause.financialInstitution", "Finans kurumu bulunamadı.", institution))
    number = raw["creditAgreementNumber"]
    if number is not None and not (isinstance(number, str) and number.isalnum() and 6 <= len(number) <= 20):
        errors.append(field_error("lossPayeeClause.creditAgreementNumber",
                                  "Kredi sözleşme numarası 6-20 harf ya da rakam olmalıdır.", number))
    return {k: raw[k] for k in keys}


def _old_policy_number(request: Request, body: dict[str, Any], errors: list[dict[str, Any]]) -> int | None:
    raw = body.get("daskOldPolicyNumber")
    if raw is None:
        return None
    if isinstance(raw, str) and raw.isascii() and raw.isdigit():
        # InsurUp's own site sends the form's text here in its renewal path (addendum §A.2).
        note(request, "dask-old-policy-string", "addendum §A.2", "daskOldPolicyNumber metin olarak gönderildi")
        raw = int(raw)
    if not is_int(raw):
        raise wrong_type(request, "daskOldPolicyNumber", "bir sayı ya da null", raw, REF)
    if not 0 < raw < 10**15:
        errors.append(field_error("daskOldPolicyNumber", "DASK poliçe numarası en çok 15 haneli olmalıdır.", raw))
    return int(raw)


def check_property_body(request: Request, sb: Sandbox, body: dict[str, Any], *, create: bool,
                        stored_number: int | None) -> dict[str, Any]:
    """The stored facts of a create (``create``) or update body; refuses drifts, collects bad values."""
    fields = _FIELDS if create else _UPDATE_FIELDS
    if "address" in body:
        raise refuse_field(request, "property-address-field", REF, "address",
                           "Konut gövdesinde adres yoktur; adres UAVT numarasından (number) gelir.", body["address"],
                           code="UNKNOWN_PROPERTY")
    if not create and "number" in body:
        if body["number"] != stored_number:
            raise refuse_field(request, "property-number-change", REF, "number",
                               "UAVT numarası güncellemeyle değiştirilemez.", body["number"],
                               code="PROPERTY_NUMBER_IMMUTABLE")
        # InsurUp's own site sends the unchanged number in its PUT body (addendum §A.2).
        note(request, "property-put-number", REF, "güncelleme gövdesinde değişmeyen number var")
        body = {k: v for k, v in body.items() if k != "number"}
    known_keys(request, body, fields, REF)
    required_keys(request, body, fields, REF)
    errors: list[dict[str, Any]] = []
    structure = body.get("structure")
    if structure in STRUCTURE_OUTSIDE_SDK:
        raise refuse_field(request, "structure-outside-sdk", "addendum §A.4", "structure",
                           f"'{structure}' SDK'daki yapı tarzlarından biri değil (STEEL_REINFORCED_CONCRETE, OTHER, "
                           "UNKNOWN).", structure, code="ENUM_VALUE_INVALID")
    facts: dict[str, Any] = {
        "structure": enum_value(request, body, "structure", STRUCTURES, "addendum §A.4"),
        "damageStatus": enum_value(request, body, "damageStatus", DAMAGE_STATES, "addendum §A.4"),
        "utilizationStyle": enum_value(request, body, "utilizationStyle", UTILIZATION, "addendum §A.4"),
        "ownershipType": enum_value(request, body, "ownershipType", OWNERSHIP, "addendum §A.4"),
    }
    if create:
        number = body["number"]
        if not is_int(number):
            raise wrong_type(request, "number", "bir sayı (10 haneli UAVT adres kodu)", number, REF)
        if addresses.uavt_path(number) is None:
            errors.append(field_error("number", "Bu UAVT adres koduna ait kayıt bulunamadı.", number))
        facts["number"] = number
    square = number_or_null(request, body, "squareMeter", REF)
    if square is not None and not 10 <= square <= 10_000:
        errors.append(field_error("squareMeter", "Brüt alan 10-10.000 m² arasında olmalıdır.", square))
    facts["squareMeter"] = int(square) if square is not None and square.is_integer() else square
    year = int_or_null(request, body, "constructionYear", REF)
    this_year = sb.clock.utcnow().year
    if year is not None and not 0 <= year <= this_year:
        errors.append(field_error("constructionYear", f"İnşa yılı {this_year} yılından sonra olamaz.", year))
    facts["constructionYear"] = year
    facts["daskOldPolicyNumber"] = _old_policy_number(request, body, errors)
    facts["floor"] = _floor(request, body.get("floor"), errors)
    facts["lossPayeeClause"] = _loss_payee(request, body.get("lossPayeeClause"), errors)
    if errors:
        raise validation_problem(errors, "Konut bilgileri geçersiz.", "PROPERTY_INPUT_INVALID")
    return facts


# --- views ----------------------------------------------------------------------------------------------


def dask_old_policy(sb: Sandbox, number: int | None) -> dict[str, Any] | None:
    if number is None:
        return None
    known = sb.dask_registry.get(number)
    if known is not None:
        return {"number": number, "endDate": known.get("endDate")}
    return {"number": number, "endDate": None}  # `string | null` in the newest contract (addendum §L #14)


def make_property(sb: Sandbox, property_id: str, customer_id: str, facts: dict[str, Any]) -> dict[str, Any]:
    path = addresses.uavt_path(int(facts["number"]))
    assert path is not None
    return {
        "id": property_id,
        "number": facts["number"],
        "address": addresses.address_of(path),
        "squareMeter": facts["squareMeter"],
        "daskOldPolicy": dask_old_policy(sb, facts["daskOldPolicyNumber"]),
        "constructionYear": facts["constructionYear"],
        "damageStatus": facts["damageStatus"],
        "floor": facts["floor"],
        "structure": facts["structure"],
        "utilizationStyle": facts["utilizationStyle"],
        "ownershipType": facts["ownershipType"],
        "lossPayeeClause": facts["lossPayeeClause"],
        "customerId": customer_id,
    }


def list_item(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "daskOldPolicy"}


def add_property(sb: Sandbox, rec: PropertyRec) -> None:
    sb.properties[rec.id] = rec
    sb.counts["properties"][rec.customer_id] += 1


# --- routes ---------------------------------------------------------------------------------------------


async def list_properties(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        cust = customer_of(request, sb)
        return ok([list_item(p.data) for p in sb.properties.values() if p.customer_id == cust.id])


async def get_property(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        cust = customer_of(request, sb)
        return ok(dict(_property_of(request, sb, cust).data))


@with_error_list
async def create_property(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    body = await json_body(request)
    with sb.lock:
        cust = customer_of(request, sb)
        if body.get("customerId") not in (cust.id, path_param(request, "customer_id")):
            raise refuse_field(request, "property-customer-mismatch", REF, "customerId",
                               "Gövdedeki customerId adresteki müşteriyle aynı olmalıdır.", body.get("customerId"))
        facts = check_property_body(request, sb, body, create=True, stored_number=None)
        dup = next((p for p in sb.properties.values()
                    if p.customer_id == cust.id and p.data["number"] == facts["number"]), None)
        if dup is not None:
            raise Problem(409, "resource-duplicate", "Bu UAVT numarasıyla kayıtlı bir konut zaten var.",
                          codes=["PROPERTY_ALREADY_EXISTS"], extra={"existingId": dup.id},
                          template_args={"existingId": dup.id})
        pid = sb.ids.guid()
        created = net_timestamp(sb.clock.utcnow(), sb.config.realistic)
        add_property(sb, PropertyRec(cust.agent_id, cust.id, make_property(sb, pid, cust.id, facts), created))
        sb.refresh_customer_node(cust.id)
    # The status code is not documented (addendum §M): 200 with the body, as the customer and vehicle creates.
    return ok({"newPropertyId": pid})


@with_error_list
async def update_property(request: Request) -> Response:
    sb = sandbox_of(request)
    body = await json_body(request)
    with sb.lock:
        cust = customer_of(request, sb)
        rec = _property_of(request, sb, cust)
        if body.get("propertyId") != rec.id:
            raise refuse_field(request, "property-id-mismatch", REF, "propertyId",
                               "Gövdedeki propertyId adresteki konutla aynı olmalıdır.", body.get("propertyId"))
        if body.get("customerId") not in (cust.id, path_param(request, "customer_id")):
            raise refuse_field(request, "property-customer-mismatch", REF, "customerId",
                               "Gövdedeki customerId adresteki müşteriyle aynı olmalıdır.", body.get("customerId"))
        facts = check_property_body(request, sb, body, create=False, stored_number=rec.data["number"])
        facts["number"] = rec.data["number"]
        rec.data = make_property(sb, rec.id, cust.id, facts)
        sb.touch()
    return no_content()


async def delete_property(request: Request) -> Response:
    sb = sandbox_of(request)
    with sb.lock:
        cust = customer_of(request, sb)
        rec = _property_of(request, sb, cust)
        del sb.properties[rec.id]
        sb.counts["properties"][cust.id] -= 1
        sb.refresh_customer_node(cust.id)
    return no_content()


async def list_assets(request: Request) -> JSONResponse:
    """Vehicles and properties in one polymorphic list; the vehicle item's shape is not documented (§M), so it
    carries the vehicle's identifying fields beside the documented property item's."""
    sb = sandbox_of(request)
    with sb.lock:
        cust = customer_of(request, sb)
        out: list[dict[str, Any]] = []
        for v in sb.vehicles.values():
            if v.customer_id == cust.id:
                out.append({"$type": "vehicle", "id": v.id, "customerId": cust.id,
                            "createdAt": cust.data.get("createdAt"), "plate": v.data.get("plate"),
                            "model": v.data.get("model"), "utilizationStyle": v.data.get("utilizationStyle")})
        for p in sb.properties.values():
            if p.customer_id == cust.id:
                out.append({"$type": "property", "id": p.id, "customerId": cust.id, "createdAt": p.created_at,
                            "number": {"value": p.data["number"]}, "address": p.data["address"]})
        return ok(out)


def _gateway_down() -> Problem:
    return Problem(502, "upstream-service", "InsurGateway: adres servisi bilinmeyen bir nedenden dolayı başarısız "
                   "oldu.", codes=["ADDRESS_SERVICE_UNAVAILABLE"], suggestions=["Adresi listelerden seçin."])


@with_error_list
async def query_address(request: Request) -> JSONResponse:
    """UAVT number → PropertyAddress. POST {propertyNumber} per the SDK; the docs' GET (addendum §L #1) with
    ``?propertyNumber=`` is served too and noted."""
    sb = sandbox_of(request)
    current_user(request)
    if request.method == "GET":
        note(request, "uavt-lookup-get", "addendum §L #1", "UAVT sorgusu GET ile yapıldı")
        raw: Any = request.query_params.get("propertyNumber")
        if raw is None:
            raise refuse(request, "missing-field", "addendum §A.5", "'propertyNumber' parametresi zorunludur.",
                         code="REQUIRED_PROPERTY_MISSING")
        raw = int(raw) if raw.isascii() and raw.isdigit() else raw
    else:
        if request.query_params:
            raise refuse(request, "unknown-query-parameter", "addendum §A.5",
                         "UAVT sorgusu numarayı gövdede taşır ({propertyNumber}).", code="UNKNOWN_QUERY_PARAMETER")
        body = await json_body(request)
        known_keys(request, body, ("propertyNumber",), "addendum §A.5")
        required_keys(request, body, ("propertyNumber",), "addendum §A.5")
        raw = body["propertyNumber"]
    if not is_int(raw):
        raise wrong_type(request, "propertyNumber", "bir sayı (10 haneli UAVT adres kodu)", raw, "addendum §A.5")
    if raw == GATEWAY_DOWN_NUMBER:
        raise _gateway_down()
    path = addresses.uavt_path(int(raw))
    if path is None:
        # The gateway's own wording, which InsurUp's site matches on (addendum §A.5).
        raise Problem(404, "resource-not-found", "Mahalle koduna ait kayıt bulunamadı.",
                      codes=["PROPERTY_ADDRESS_NOT_FOUND"], suggestions=["UAVT adres kodunu kontrol edin."])
    with sb.lock:
        return ok(addresses.address_of(path))


def registry_answer(sb: Sandbox, number: int) -> dict[str, Any] | None:
    """What DASK's registry says about an old policy: the sandbox's own DASK policies first, then a
    deterministic building for any other eight-digit number (those ending in 0000 are not on record)."""
    known = sb.dask_registry.get(number)
    if known is not None:
        return known
    if not 10_000_000 <= number <= 99_999_999 or number % 10_000 == 0:
        return None
    rng = random.Random(f"dask-old:{number}")
    path = addresses.pick_flat(rng)
    today = sb.config.reference_day()
    facts = addresses.building_facts(path, today.year)
    floor = rng.randint(0, max(facts.total_floors - 1, 0))
    return {
        "daskOldPolicy": {"number": number, "endDate": (today + dt.timedelta(days=rng.randint(-30, 60))).isoformat()},
        "propertyNumber": int(addresses.encode(path)),
        "address": addresses.address_of(path),
        "floor": {"totalFloors": {"$type": "exact", "value": facts.total_floors}, "currentFloor": floor},
        "constructionYear": facts.construction_year,
        "structure": facts.structure,
        "damageStatus": "NONE",
        "utilizationStyle": "HOUSE",
        "ownershipType": rng.choice(("PROPRIETOR", "PROPRIETOR", "TENANT")),
        "squareMeter": rng.choice((65, 80, 90, 100, 110, 120, 135, 150, 180)),
    }


@with_error_list
async def query_dask_old_policy(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    current_user(request)
    body = await json_body(request)
    known_keys(request, body, ("daskPolicyNumber", "daskOldPolicyNumber"), "addendum §A.6")
    if "daskOldPolicyNumber" in body and "daskPolicyNumber" not in body:
        note(request, "dask-old-policy-key", "addendum §L #2", "eski poliçe sorgusunda daskOldPolicyNumber anahtarı")
        key = "daskOldPolicyNumber"
    else:
        required_keys(request, body, ("daskPolicyNumber",), "addendum §A.6")
        known_keys(request, body, ("daskPolicyNumber",), "addendum §A.6")
        key = "daskPolicyNumber"
    raw = body[key]
    if not is_int(raw):
        raise wrong_type(request, key, "bir sayı", raw, "addendum §A.6")
    if not 0 < raw < 10**15:
        raise validation_problem([field_error(key, "DASK poliçe numarası geçersiz.", raw)],
                                 "DASK poliçe numarası geçersiz.", "DASK_POLICY_NUMBER_INVALID")
    with sb.lock:
        answer = registry_answer(sb, int(raw))
    if answer is None:
        raise Problem(404, "resource-not-found", "Dask Tramer: kriterlere uygun kayıt bulunamadı.",
                      codes=["DASK_POLICY_NOT_FOUND"], suggestions=["Poliçe numarasını kontrol edin."])
    return ok(answer)
