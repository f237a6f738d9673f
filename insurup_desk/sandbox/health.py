"""Health info (addendum §B.1) and family relationships (§B.4) of a customer, for TSS.

``PUT health-info`` answers 204 as the SDK contract says; the docs say the updated info is returned (§L #6) —
``SandboxConfig.health_info_put_returns_body`` switches to that answer so a client can be tested against both.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .body_checks import is_number, known_keys, required_keys, with_error_list, wrong_type
from .branch_enums import DISEASES, RELATION_TYPES, SURGERIES
from .deviations import refuse_field
from .problems import Problem, field_error, not_found, validation_problem
from .properties import customer_of
from .realistic import net_timestamp
from .records import CustomerRec
from .state import Sandbox
from .web import json_body, no_content, ok, path_param, sandbox_of

REF = "addendum §B.1"
HEIGHT_CM = (40, 250)
WEIGHT_KG = (3, 350)


def _person(request: Request, cust: CustomerRec) -> None:
    if cust.data.get("type") == "COMPANY":
        raise Problem(422, "business-validation", "Sağlık bilgisi yalnızca kişiler için girilir.",
                      codes=["HEALTH_INFO_PERSON_ONLY"])


def _measure(request: Request, body: dict[str, Any], key: str, bounds: tuple[int, int], unit: str,
             errors: list[dict[str, Any]]) -> int | None:
    value = body.get(key)
    if value is None:
        return None
    if not is_number(value):
        raise wrong_type(request, key, "bir sayı ya da null", value, REF)
    if value != int(value):
        errors.append(field_error(key, f"{key} tam sayı ({unit}) olmalıdır.", value))
        return None
    if not bounds[0] <= value <= bounds[1]:
        errors.append(field_error(key, f"{key} {bounds[0]}-{bounds[1]} {unit} arasında olmalıdır.", value))
    return int(value)


def _declarations(request: Request, body: dict[str, Any], key: str, values: tuple[str, ...],
                  errors: list[dict[str, Any]]) -> list[str]:
    raw = body.get(key)
    if not isinstance(raw, list):
        raise wrong_type(request, key, "bir liste (boş olabilir)", raw, REF)
    for item in raw:
        if isinstance(item, str) and item != item.upper():
            raise refuse_field(request, "enum-casing", "§1.5, §14", key,
                               f"'{item}' değeri büyük harfle yazılmalıdır ({item.upper()}).", item,
                               code="ENUM_VALUE_INVALID")
        if item not in values:
            raise refuse_field(request, "enum-value", REF, key, f"'{item}' değeri '{key}' için geçerli değil.",
                               item, code="ENUM_VALUE_INVALID")
    if len(set(raw)) != len(raw):
        errors.append(field_error(key, "Aynı beyan iki kez verilemez.", raw))
    return [str(x) for x in raw]


def health_view(info: dict[str, Any]) -> dict[str, Any]:
    return {"height": info.get("height"), "weight": info.get("weight"), "surgeries": list(info["surgeries"]),
            "diseases": list(info["diseases"])}


async def get_health_info(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        cust = customer_of(request, sb)
        info = sb.health_info.get(cust.id)
        if info is None:
            # InsurUp's own site reads a 404 as "nothing entered yet" (addendum §B.1).
            raise not_found("Sağlık bilgisi", "HEALTH_INFO_NOT_FOUND")
        return ok(health_view(info))


@with_error_list
async def put_health_info(request: Request) -> Response:
    sb = sandbox_of(request)
    body = await json_body(request)
    with sb.lock:
        cust = customer_of(request, sb)
        known_keys(request, body, ("customerId", "height", "weight", "surgeries", "diseases"), REF)
        required_keys(request, body, ("customerId", "surgeries", "diseases"), REF)
        if body["customerId"] not in (cust.id, path_param(request, "customer_id")):
            raise refuse_field(request, "health-customer-mismatch", REF, "customerId",
                               "Gövdedeki customerId adresteki müşteriyle aynı olmalıdır.", body["customerId"])
        _person(request, cust)
        errors: list[dict[str, Any]] = []
        info = {
            "height": _measure(request, body, "height", HEIGHT_CM, "cm", errors),
            "weight": _measure(request, body, "weight", WEIGHT_KG, "kg", errors),
            "surgeries": _declarations(request, body, "surgeries", SURGERIES, errors),
            "diseases": _declarations(request, body, "diseases", DISEASES, errors),
        }
        if errors:
            raise validation_problem(errors, "Sağlık bilgileri geçersiz.", "HEALTH_INFO_INVALID")
        sb.health_info[cust.id] = info
        sb.touch("customers")
    if sb.config.health_info_put_returns_body:
        return ok(health_view(info))
    return no_content()


# --- relationships (documented by the TSS family guide only, addendum §B.4) --------------------------------


def _relation_error(code: str, detail: str) -> Problem:
    return Problem(400, "business-validation", detail, codes=[code])


def links_of(sb: Sandbox, customer_id: str) -> list[dict[str, Any]]:
    return [r for r in sb.relationships if r["customerId"] == customer_id]


def _link(sb: Sandbox, a: str, b: str, relation: str) -> dict[str, Any]:
    existing = next((r for r in sb.relationships if r["customerId"] == a and r["relatedCustomerId"] == b), None)
    if existing is not None:
        return existing
    link = {"id": sb.ids.object_id(), "customerId": a, "relatedCustomerId": b, "relationType": relation,
            "createdAt": net_timestamp(sb.clock.utcnow(), sb.config.realistic)}
    sb.relationships.append(link)
    return link


def relate(sb: Sandbox, a: str, b: str, relation: str) -> dict[str, Any]:
    """Add ``b`` as ``a``'s SPOUSE or CHILD with the links the server derives (addendum §B.4)."""
    if relation == "SPOUSE":
        _link(sb, b, a, "SPOUSE")
        return _link(sb, a, b, "SPOUSE")
    link = _link(sb, a, b, "CHILD")
    _link(sb, b, a, "PARENT")
    spouse = next((r["relatedCustomerId"] for r in links_of(sb, a) if r["relationType"] == "SPOUSE"), None)
    if spouse is not None:
        _link(sb, spouse, b, "CHILD")
        _link(sb, b, spouse, "PARENT")
    for other in [r["relatedCustomerId"] for r in links_of(sb, a) if r["relationType"] == "CHILD"]:
        if other != b:
            _link(sb, b, other, "SIBLING")
            _link(sb, other, b, "SIBLING")
    return link


def _relation_view(sb: Sandbox, link: dict[str, Any]) -> dict[str, Any]:
    other = sb.customers[link["relatedCustomerId"]].data
    phone = other.get("primaryPhoneNumber") or {}
    return {**link, "relatedCustomerType": "Individual", "relatedCustomerName": other.get("fullName"),
            "relatedCustomerEmail": other.get("primaryEmail"),
            "relatedCustomerPhoneNumber": f"+{phone['countryCode']}{phone['number']}" if phone else None}


async def list_relationships(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    with sb.lock:
        cust = customer_of(request, sb)
        return ok([_relation_view(sb, r) for r in links_of(sb, cust.id)])


async def add_relationship(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    body = await json_body(request)
    with sb.lock:
        cust = customer_of(request, sb)
        ref = "addendum §B.4"
        known_keys(request, body, ("relatedCustomerId", "relationType"), ref)
        required_keys(request, body, ("relatedCustomerId", "relationType"), ref)
        relation = body["relationType"]
        if relation not in RELATION_TYPES:
            raise refuse_field(request, "enum-value", ref, "relationType",
                               f"'{relation}' değeri relationType için geçerli değil.", relation,
                               code="ENUM_VALUE_INVALID")
        if relation in ("PARENT", "SIBLING"):
            raise _relation_error("CUSTOMER_RELATIONSHIP_PARENT_MANUAL",
                                  "Ebeveyn ve kardeş bağları çocuk eklendiğinde kendiliğinden kurulur.")
        other = sb.customer_for(cust.agent_id, str(body["relatedCustomerId"]))
        if other is None:
            raise validation_problem([field_error("relatedCustomerId", "Müşteri bulunamadı.",
                                                  body["relatedCustomerId"])], "Yakın bulunamadı.",
                                     "CUSTOMER_NOT_FOUND")
        if other.id == cust.id:
            raise _relation_error("CUSTOMER_RELATIONSHIP_SELF", "Müşteri kendisine yakın olarak eklenemez.")
        if any(r["relatedCustomerId"] == other.id for r in links_of(sb, cust.id)):
            raise _relation_error("CUSTOMER_RELATIONSHIP_DUPLICATE", "Bu yakınlık zaten kayıtlı.")
        if relation == "SPOUSE" and (
                any(r["relationType"] == "SPOUSE" for r in links_of(sb, cust.id))
                or any(r["relationType"] == "SPOUSE" for r in links_of(sb, other.id))):
            raise _relation_error("CUSTOMER_RELATIONSHIP_SPOUSE_EXISTS", "Müşterinin kayıtlı bir eşi zaten var.")
        if relation == "CHILD":
            parents = {r["relatedCustomerId"] for r in links_of(sb, other.id) if r["relationType"] == "PARENT"}
            spouse = {r["relatedCustomerId"] for r in links_of(sb, cust.id) if r["relationType"] == "SPOUSE"}
            if parents - spouse - {cust.id} or len(parents) >= 2:
                raise _relation_error("CUSTOMER_RELATIONSHIP_CHILD_OTHER_FAMILY",
                                      "Bu çocuk başka bir ailede kayıtlı ya da iki ebeveyni zaten var.")
        link = relate(sb, cust.id, other.id, str(relation))
    return ok({"id": link["id"]})


async def delete_relationship(request: Request) -> Response:
    sb = sandbox_of(request)
    with sb.lock:
        cust = customer_of(request, sb)
        rid = path_param(request, "relationship_id")
        link = next((r for r in links_of(sb, cust.id) if r["id"] == rid), None)
        if link is None:
            raise not_found("Yakınlık", "CUSTOMER_RELATIONSHIP_NOT_FOUND")
        pair = {(link["customerId"], link["relatedCustomerId"]), (link["relatedCustomerId"], link["customerId"])}
        sb.relationships[:] = [r for r in sb.relationships
                               if (r["customerId"], r["relatedCustomerId"]) not in pair]
    return no_content()
