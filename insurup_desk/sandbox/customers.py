"""Customer routes (§3): create with `$type`, get by GUID/TCKN/VKN, update, delete, external lookup."""

from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .auth import current_user
from .deviations import note, refuse, refuse_field
from .people import city_by_reference, company_for, person_for
from .problems import Problem, field_error, not_found, validation_problem
from .realistic import net_timestamp
from .records import CustomerRec, User
from .rules import tckn_ok, vkn_ok
from .shapes import phone_object, upper_enums
from .state import Sandbox
from .web import discriminator, json_body, no_content, ok, path_param, sandbox_of

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PERSON_FIELDS = ("fullName", "birthDate", "gender", "maritalStatus", "nationality", "educationStatus", "job")
_ENUM_FIELDS = ("gender", "maritalStatus", "nationality", "educationStatus", "job")


def _check_contact(body: dict[str, Any], errors: list[dict[str, Any]], email_key: str, phone_key: str) -> None:
    email = body.get(email_key)
    if email and not _EMAIL.match(str(email)):
        errors.append(field_error(email_key, "E-posta adresi geçersiz.", email))
    phone = body.get(phone_key)
    if phone is not None:
        number = str(phone.get("number", "")) if isinstance(phone, dict) else ""
        if not number.isdigit() or not 7 <= len(number) <= 12:
            errors.append(field_error(phone_key, "Telefon numarası geçersiz.", phone))
    birth = body.get("birthDate")
    if birth and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(birth)):
        errors.append(field_error("birthDate", "Doğum tarihi YYYY-AA-GG biçiminde olmalıdır.", birth))


def _phone(raw: Any) -> dict[str, Any] | None:
    if not isinstance(raw, dict):
        return None
    return {"countryCode": int(raw.get("countryCode") or 90), "number": str(raw.get("number"))}


def _branch(sb: Sandbox, user: User, body: dict[str, Any], errors: list[dict[str, Any]]) -> str:
    agent = sb.agent_of(user)
    branch_id = body.get("agentBranchId")
    if branch_id and agent.branch(str(branch_id)) is None:
        errors.append(field_error("agentBranchId", "Şube bu acenteye ait değil.", branch_id))
    return str(branch_id or agent.branches[0]["id"])


def customer_view(sb: Sandbox, rec: CustomerRec) -> dict[str, Any]:
    view = dict(rec.data)
    cid = rec.id
    view["vehicleCount"] = sb.counts["vehicles"][cid]
    view["propertyCount"] = sb.counts["properties"][cid]
    view["proposalCount"] = sb.counts["proposals"][cid]
    view["policyCount"] = sb.counts["policies"][cid]
    view["caseCount"] = sb.counts["cases"][cid]
    view["emailCount"] = 1 if view.get("primaryEmail") else 0
    view["phoneCount"] = 1 if view.get("primaryPhoneNumber") else 0
    return view


async def create_customer(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    user = current_user(request)
    body = await json_body(request)
    kind = discriminator(body, ("individual", "company", "foreign"))
    if not isinstance(body.get("fillMissingFields"), bool):
        raise refuse_field(request, "fill-missing-fields-required", "§3.1", "fillMissingFields",
                           "'fillMissingFields' alanı zorunludur (true/false).", body.get("fillMissingFields"))
    upper_enums(request, body, _ENUM_FIELDS)
    phone_object(request, body, "phoneNumber")
    errors: list[dict[str, Any]] = []
    if kind == "company":
        number = str(body.get("taxNumber") or "")
        if not vkn_ok(number):
            errors.append(field_error("taxNumber", "Vergi kimlik numarası geçersiz.", body.get("taxNumber")))
        if not body.get("title") and not body.get("fillMissingFields"):
            errors.append(field_error("title", "Ünvan zorunludur.", body.get("title")))
    else:
        number = str(body.get("identityNumber") or "")
        if kind == "individual" and not tckn_ok(number):
            errors.append(field_error("identityNumber", "Geçersiz TCKN", body.get("identityNumber")))
        if kind == "foreign" and not re.fullmatch(r"[A-Za-z0-9]{5,20}", number):
            errors.append(field_error("identityNumber", "Yabancı kimlik/pasaport numarası geçersiz.", number))
    _check_contact(body, errors, "email", "phoneNumber")
    branch_id = _branch(sb, user, body, errors)
    if errors:
        raise validation_problem(errors, "Müşteri bilgileri geçersiz.", "CUSTOMER_INPUT_INVALID")
    with sb.lock:
        existing = sb.identity_index.get((user.agent_id, number))
        if existing:
            raise Problem(
                409, "resource-duplicate", "Bu kimlik numarasıyla kayıtlı bir müşteri zaten var.",
                codes=["CUSTOMER_ALREADY_EXISTS"], template_args={"existingId": existing, "identityNumber": number},
                extra={"existingId": existing},
                suggestions=["Mevcut müşteri kaydını açın."],
            )
        cid = sb.ids.guid()
        data = _new_data(sb, user, kind or "individual", number, body, branch_id, cid)
        rec = CustomerRec(user.agent_id, data)
        sb.customers[cid] = rec
        sb.identity_index[(user.agent_id, number)] = cid
        sb.refresh_customer_node(cid)
    return ok({"id": cid})


def _new_data(
    sb: Sandbox, user: User, kind: str, number: str, body: dict[str, Any], branch_id: str, cid: str
) -> dict[str, Any]:
    fill = bool(body.get("fillMissingFields"))
    looked = (company_for(number) if kind == "company" else person_for(number)) if fill else {}
    city, district = city_by_reference(body.get("cityReference"), body.get("districtReference"))
    data: dict[str, Any] = {"id": cid, "type": kind.upper()}
    if kind == "company":
        data["taxNumber"] = number
        data["title"] = body.get("title") or looked.get("title")
    else:
        data["identityNumber"] = number
        for key in _PERSON_FIELDS:
            data[key] = body.get(key) or looked.get(key)
        data["passportNumber"] = number if kind == "foreign" else None
        if kind == "foreign":
            data["fatherName"] = body.get("fatherName")
    data.update({
        "primaryEmail": body.get("email"),
        "primaryPhoneNumber": _phone(body.get("phoneNumber")),
        "city": city or looked.get("city"),
        "district": district or looked.get("district"),
        "createdAt": net_timestamp(sb.clock.utcnow(), sb.config.realistic),
        "createdBy": user.ref(),
        "representedBy": None,
        "creationChannel": "MANUAL",
        "agentBranchId": branch_id,
        "consents": [],
    })
    return data


def _lookup(request: Request, sb: Sandbox) -> CustomerRec:
    user = current_user(request)
    rec = sb.customer_for(user.agent_id, path_param(request, "customer_id"))
    if rec is None:
        raise not_found("Müşteri", "CUSTOMER_NOT_FOUND")
    return rec


async def get_customer(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        rec = _lookup(request, sb)
        return ok(customer_view(sb, rec))


async def update_customer(request: Request) -> Response:
    sb = sandbox_of(request)
    user = current_user(request)
    body = await json_body(request)
    with sb.lock:
        rec = _lookup(request, sb)
    kind = _update_kind(request, body)
    if str(kind).upper() != rec.data["type"]:
        raise Problem(422, "business-validation", "Müşteri tipi değiştirilemez.", codes=["CUSTOMER_TYPE_IMMUTABLE"])
    if body.get("id") not in (None, rec.id):
        raise validation_problem([field_error("id", "Gövdedeki id adresle aynı olmalıdır.", body.get("id"))],
                                 "Müşteri bilgileri geçersiz.", "CUSTOMER_ID_MISMATCH")
    email_key = "primaryEmail" if "primaryEmail" in body else "email"
    phone_key = "primaryPhoneNumber" if "primaryPhoneNumber" in body else "phoneNumber"
    upper_enums(request, body, _ENUM_FIELDS)
    phone_object(request, body, phone_key)
    doc_keys = sorted({"email", "phoneNumber", "firstName", "lastName"} & body.keys())
    if doc_keys:
        note(request, "customer-update-doc-fields", "§16 #15", f"güncelleme gövdesinde {', '.join(doc_keys)}")
    errors: list[dict[str, Any]] = []
    _check_contact(body, errors, email_key, phone_key)
    branch_id = _branch(sb, user, {"agentBranchId": body.get("agentBranchId") or rec.data.get("agentBranchId")},
                        errors)
    if "taxNumber" in body and body["taxNumber"] != rec.data.get("taxNumber"):
        errors.append(field_error("taxNumber", "Vergi kimlik numarası değiştirilemez.", body["taxNumber"]))
    if errors:
        raise validation_problem(errors, "Müşteri bilgileri geçersiz.", "CUSTOMER_INPUT_INVALID")
    with sb.lock:
        data = rec.data
        if email_key in body:
            data["primaryEmail"] = body[email_key]
        if phone_key in body:
            data["primaryPhoneNumber"] = _phone(body[phone_key])
        if "cityReference" in body:
            data["city"], data["district"] = city_by_reference(body.get("cityReference"),
                                                               body.get("districtReference"))
        if rec.data["type"] == "COMPANY":
            data["title"] = body.get("title") or data.get("title")
        else:
            if body.get("firstName") or body.get("lastName"):
                data["fullName"] = f"{body.get('firstName', '')} {body.get('lastName', '')}".strip()
            for key in _PERSON_FIELDS:
                if key in body:
                    data[key] = body[key]
        data["agentBranchId"] = branch_id
        sb.refresh_customer_node(rec.id)
    return no_content()


def _update_kind(request: Request, body: dict[str, Any]) -> str:
    """§3.3/§16 #15: the SDK sends ``type`` (UPPER), the branch doc ``$type`` (lower); both must agree."""
    dollar, plain = body.get("$type"), body.get("type")
    if dollar is None and plain is None:
        raise Problem(400, "bad-request", "'$type' veya 'type' alanı zorunludur.", codes=["TYPE_DISCRIMINATOR_MISSING"])
    if isinstance(plain, str) and plain != plain.upper():
        raise refuse_field(request, "enum-casing", "§1.5, §14", "type",
                           f"'{plain}' değeri büyük harfle yazılmalıdır ({plain.upper()}).", plain,
                           code="ENUM_VALUE_INVALID")
    if dollar is not None and plain is not None and str(dollar).upper() != str(plain):
        raise refuse(request, "customer-type-disagrees", "§3.3",
                     f"'$type' ({dollar}) ile 'type' ({plain}) aynı müşteri tipini göstermiyor.",
                     code="TYPE_DISCRIMINATOR_CONFLICT")
    if plain is None:
        note(request, "customer-update-dollar-type-only", "§16 #15", "güncelleme yalnızca '$type' ile geldi")
    return str(plain if plain is not None else dollar)


async def delete_customer(request: Request) -> Response:
    sb = sandbox_of(request)
    with sb.lock:
        rec = _lookup(request, sb)
        if sb.counts["policies"][rec.id]:
            raise Problem(422, "business-validation", "Poliçesi olan müşteri silinemez.",
                          codes=["CUSTOMER_HAS_POLICIES"])
        del sb.customers[rec.id]
        for vid in [v.id for v in sb.vehicles.values() if v.customer_id == rec.id]:
            del sb.vehicles[vid]
        sb.counts["vehicles"].pop(rec.id, None)
        for pid in [p.id for p in sb.properties.values() if p.customer_id == rec.id]:
            del sb.properties[pid]
        sb.counts["properties"].pop(rec.id, None)
        sb.health_info.pop(rec.id, None)
        sb.relationships[:] = [r for r in sb.relationships if rec.id not in (r["customerId"], r["relatedCustomerId"])]
        sb.identity_index.pop((rec.agent_id, rec.number), None)
        sb.drop_node("customers", rec.agent_id, rec.id)
    return no_content()


async def external_lookup(request: Request) -> JSONResponse:
    current_user(request)
    body = await json_body(request)
    if "taxNumber" in body:
        number = str(body["taxNumber"])
        if not vkn_ok(number):
            raise validation_problem([field_error("taxNumber", "Vergi kimlik numarası geçersiz.", number)],
                                     "Vergi kimlik numarası geçersiz.", "TAX_NUMBER_INVALID")
        return ok({"$type": "company", **company_for(number)})
    number = str(body.get("identityNumber") or "")
    if not tckn_ok(number):
        raise validation_problem([field_error("identityNumber", "Geçersiz TCKN", number)],
                                 "Kimlik numarası geçersiz.", "IDENTITY_NUMBER_INVALID")
    person = person_for(number)
    birth = body.get("birthDate")
    if birth and str(birth) != person["birthDate"] and number in ("11111111110",):
        raise Problem(422, "business-validation", "Doğum tarihi kimlik kaydıyla eşleşmedi.",
                      codes=["BIRTH_DATE_MISMATCH"])
    if birth:
        person["birthDate"] = str(birth)
    return ok({"$type": "individual", **person})
