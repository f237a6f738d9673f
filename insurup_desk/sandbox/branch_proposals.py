"""DASK, Konut, TSS and İMM proposal bodies (addendum §A.8, §B.2, §B.4, §C): strict checks, the snapshot and
the products.

The SDK body is the contract; InsurUp's own site's bodies are accepted and noted where the addendum records
them (§L #4: no ``productBranch``; §L #5: Konut's ``inflation`` instead of the two options).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from starlette.requests import Request

from .body_checks import is_int, is_number, known_keys, required_keys, wrong_type
from .branch_coverage import check_coverage
from .branch_enums import KONUT_INFLATION
from .branch_pricing import IMM_DEFAULT_LIMIT, build_branch_products
from .branch_products import BRANCH_TYPES
from .deviations import note, refuse_field
from .enums import CHANNELS
from .problems import Problem, field_error, validation_problem
from .proposal_views import snapshot_customer, snapshot_vehicle
from .realistic import net_timestamp
from .records import CustomerRec, ProposalRec, User
from .state import Sandbox

_BASE = ("$type", "productBranch", "insurerCustomerId", "insuredCustomerId", "coverageGroupIds", "channel",
         "agentBranchId", "policyStartDate", "coverageTable", "forceBypassRenewalPeriod")
_KONUT_ITEMS = ("furniturePrice", "electronicDevicePrice", "insulationPrice", "windowPrice")
_OWN = {
    "dask": ("propertyId",),
    "konut": ("propertyId", *_KONUT_ITEMS, "constructionCostPerSquareMeter", "earthquakeCoverageOption",
              "vacancyDurationOption", "coverage", "inflation"),
    "tss": ("coverage", "additionalInsuredCustomers"),
    "imm": ("vehicleId", "coverage"),
}
_REF = {"dask": "addendum §A.8", "konut": "addendum §A.8", "tss": "addendum §B.2", "imm": "addendum §C"}
ADULT_AGE = 20
MAX_FAMILY = 5


def age_on(birth: str | None, day: dt.date) -> int | None:
    try:
        born = dt.date.fromisoformat(str(birth))
    except ValueError:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _start_date(sb: Sandbox, body: dict[str, Any], errors: list[dict[str, Any]]) -> dt.date:
    today = sb.clock.utcnow().date()
    raw = body.get("policyStartDate")
    if not raw:
        return today
    try:
        start = dt.date.fromisoformat(str(raw))
    except ValueError:
        errors.append(field_error("policyStartDate", "Tarih YYYY-AA-GG biçiminde olmalıdır.", raw))
        return today
    if not today <= start <= today + dt.timedelta(days=60):
        errors.append(field_error("policyStartDate", "Başlangıç tarihi bugünden 60 gün sonrasına kadar olabilir.",
                                  raw))
    return start


def _shape(request: Request, body: dict[str, Any], kind: str) -> None:
    allowed = (*_BASE, *_OWN[kind], "agentId")
    if kind == "dask" and body.get("coverage") is not None:
        raise refuse_field(request, "dask-coverage", "addendum §A.8", "coverage",
                           "DASK teklifinin teminat nesnesi yoktur (tarife sabittir).", body["coverage"],
                           code="UNKNOWN_PROPERTY")
    if kind == "dask" and "coverage" in body:
        allowed = (*allowed, "coverage")  # null is what a generic client sends for "no coverage"
    known_keys(request, body, allowed, _REF[kind])
    if "agentId" in body:
        note(request, "proposal-agent-id", "§16 #34", "teklif gövdesinde agentId var (token acenteyi belirler)")
    required_keys(request, body, ("insurerCustomerId", "insuredCustomerId", "channel"), _REF[kind])
    if "productBranch" not in body:
        note(request, "product-branch-omitted", "addendum §L #4", f"{kind} teklifinde productBranch yok")
    ids = body.get("coverageGroupIds")
    if ids is not None and not (isinstance(ids, list) and all(isinstance(i, str) for i in ids)):
        raise wrong_type(request, "coverageGroupIds", "metin listesi ya da null", ids, "§6.1")


def _owned(sb: Sandbox, user: User, body: dict[str, Any]) -> set[str]:
    return {str(body.get(k)) for k in ("insurerCustomerId", "insuredCustomerId")}


def _konut_inputs(request: Request, body: dict[str, Any], errors: list[dict[str, Any]]) -> dict[str, Any]:
    required_keys(request, body, _KONUT_ITEMS, "addendum §A.8")
    items: dict[str, float] = {}
    for key in _KONUT_ITEMS:
        value = body[key]
        if not is_number(value):
            raise wrong_type(request, key, "bir sayı", value, "addendum §A.8")
        if value < 0:
            errors.append(field_error(key, "Bedel sıfırdan küçük olamaz.", value))
        items[key] = float(value)
    cost = body.get("constructionCostPerSquareMeter")
    if cost is not None and not is_number(cost):
        raise wrong_type(request, "constructionCostPerSquareMeter", "bir sayı ya da null", cost, "addendum §A.8")
    if cost is not None and cost <= 0:
        errors.append(field_error("constructionCostPerSquareMeter", "Metrekare maliyeti sıfırdan büyük olmalıdır.",
                                  cost))
    inflation = body.get("inflation")
    if inflation is not None:
        # InsurUp's own site sends an inflation percentage and leaves the two options out (addendum §L #5).
        note(request, "konut-inflation", "addendum §L #5", "Konut teklifinde inflation var")
        if not is_int(inflation):
            raise wrong_type(request, "inflation", "bir tam sayı (yüzde)", inflation, "addendum §A.8")
        if inflation not in KONUT_INFLATION:
            errors.append(field_error("inflation", "Enflasyon oranı listedeki değerlerden biri olmalıdır.",
                                      inflation))
    options: dict[str, int] = {}
    for key in ("earthquakeCoverageOption", "vacancyDurationOption"):
        if key not in body and inflation is not None:
            options[key] = 0
            continue
        required_keys(request, body, (key,), "addendum §A.8")
        value = body[key]
        if not is_int(value):
            raise wrong_type(request, key, "bir sayı (0 ya da 1)", value, "addendum §A.8")
        if value not in (0, 1):
            errors.append(field_error(key, "Seçenek 0 ya da 1 olmalıdır.", value))
        options[key] = int(value)
    return {"items": items, "constructionCostPerSquareMeter": float(cost) if cost else None,
            "earthquake": options["earthquakeCoverageOption"] == 1, "vacancy": options["vacancyDurationOption"] == 1,
            "inflation": int(inflation or 0)}


def _health_person(sb: Sandbox, cust: CustomerRec, start: dt.date, relation: str) -> dict[str, Any]:
    info = sb.health_info.get(cust.id) or {}
    height, weight = info.get("height"), info.get("weight")
    if not height:
        raise Problem(400, "business-validation", f"{cust.data.get('fullName')}: boy bilgisi girilmemiş.",
                      codes=["PROPOSAL_HEIGHT_REQUIRED"], template_args={"customerId": cust.id})
    if not weight:
        raise Problem(400, "business-validation", f"{cust.data.get('fullName')}: kilo bilgisi girilmemiş.",
                      codes=["PROPOSAL_WEIGHT_REQUIRED"], template_args={"customerId": cust.id})
    return {"customerId": cust.id, "name": cust.data.get("fullName"), "relation": relation,
            "age": age_on(cust.data.get("birthDate"), start) or 0, "height": height, "weight": weight,
            "surgeries": list(info.get("surgeries") or []), "diseases": list(info.get("diseases") or [])}


def _family_rule(code: str, detail: str) -> Problem:
    return Problem(400, "business-validation", detail, codes=[code])


def _tss_inputs(request: Request, sb: Sandbox, user: User, body: dict[str, Any], start: dt.date,
                coverage: dict[str, Any] | None) -> dict[str, Any]:
    """The server's family rules in their documented order (addendum §B.4)."""
    insurer = sb.customers[str(body["insurerCustomerId"])]
    insured = sb.customers[str(body["insuredCustomerId"])]
    extra = body.get("additionalInsuredCustomers") or []
    if not isinstance(extra, list) or not all(isinstance(x, str) for x in extra):
        raise wrong_type(request, "additionalInsuredCustomers", "GUID listesi", extra, "addendum §B.2")
    if insured.data.get("type") == "COMPANY":
        raise _family_rule("PROPOSAL_INSURED_MUST_BE_PERSON", "TSS yalnızca kişiler için düzenlenir.")
    if insurer.data.get("type") != "COMPANY" and (age_on(insurer.data.get("birthDate"), start) or 0) < ADULT_AGE:
        raise _family_rule("PROPOSAL_INSURER_MUST_BE_ADULT", "Sigorta ettiren en az 20 yaşında olmalıdır.")
    people = [_health_person(sb, insured, start, "SELF")]
    if 1 + len(extra) > MAX_FAMILY:
        raise _family_rule("PROPOSAL_MAX_FAMILY_MEMBERS_EXCEEDED", "Bir teklifte en çok 5 kişi sigortalanabilir.")
    if len(set(extra)) != len(extra) or insured.id in extra:
        raise _family_rule("PROPOSAL_ADDITIONAL_INSURED_DUPLICATE", "Ek sigortalılar tekrar edemez ve asıl "
                           "sigortalıdan farklı olmalıdır.")
    relatives = {r["relatedCustomerId"]: r["relationType"] for r in sb.relationships
                 if r["customerId"] == insured.id}
    members: list[tuple[CustomerRec, str]] = []
    for cid in extra:
        rec = sb.customer_for(user.agent_id, cid)
        if rec is None or cid not in relatives:
            raise _family_rule("PROPOSAL_ADDITIONAL_INSURED_NOT_RELATIVE",
                               "Ek sigortalı, sigortalının kayıtlı bir yakını olmalıdır.")
        members.append((rec, relatives[cid]))
    for rec, relation in members:
        if relation == "CHILD" and (age_on(rec.data.get("birthDate"), start) or 0) >= ADULT_AGE:
            raise _family_rule("PROPOSAL_ADDITIONAL_INSURED_CHILD_TOO_OLD",
                               "Çocuk olarak eklenen sigortalı 20 yaşından küçük olmalıdır.")
    for rec, relation in members:
        people.append(_health_person(sb, rec, start, relation))
    if all(p["age"] < ADULT_AGE for p in people):
        raise _family_rule("PROPOSAL_FAMILY_REQUIRES_ADULT", "Sigortalılardan en az biri 20 yaşında olmalıdır.")
    cov = coverage or {}
    return {"people": people, "network": cov.get("hastaneAgi") or "STANDART_KAPSAM",
            "package": cov.get("saglikPaketi") or {"tedaviSekli": "YATARAK_AYAKTA", "ayaktaYillikTedaviSayisi": 4},
            "additionalInsuredCustomers": list(extra)}


def _imm_inputs(vehicle: dict[str, Any], coverage: dict[str, Any] | None) -> dict[str, Any]:
    cov = coverage or {}
    limit_raw = cov.get("immLimitiAyrimsiz") or {"$type": "DECIMAL", "value": IMM_DEFAULT_LIMIT}
    limit = None if limit_raw["$type"] in ("LIMITLESS", "HIGHEST_LIMIT") else float(
        limit_raw.get("value") or IMM_DEFAULT_LIMIT)
    assistance = (cov.get("asistansHizmeti") or {}).get("$type") == "INCLUDED"
    return {"vehicle": {k: vehicle.get(k) for k in ("id", "plate", "utilizationStyle")}, "limit": limit,
            "rental": cov.get("kiralikArac") or {"$type": "NONE"}, "cargo": cov.get("tasinanYuk") or "YOK",
            "assistance": assistance}


def property_snapshot(data: dict[str, Any], branch: str) -> dict[str, Any]:
    """The property frozen in a proposal/policy snapshot: wrapped values (addendum §A.3)."""
    snap: dict[str, Any] = {
        "id": data["id"], "number": {"value": data["number"]}, "address": data["address"],
        "squareMeter": {"value": data["squareMeter"]} if data.get("squareMeter") is not None else None,
        "constructionYear": ({"value": data["constructionYear"]} if data.get("constructionYear") is not None
                             else None),
        "damageStatus": data["damageStatus"], "floor": data["floor"], "structure": data["structure"],
        "utilizationStyle": data["utilizationStyle"], "lossPayeeClause": data.get("lossPayeeClause"),
        "ownershipType": data["ownershipType"], "daskOldPolicy": data.get("daskOldPolicy"),
    }
    if branch == "DASK":
        snap["oldPolicy"] = data.get("daskOldPolicy")
    return snap


def branch_snapshot(branch: str, insurer: dict[str, Any], insured: dict[str, Any], *,
                    prop: dict[str, Any] | None = None, vehicle: dict[str, Any] | None = None,
                    people: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    snap: dict[str, Any] = {
        "productBranch": branch, "insurerCustomer": snapshot_customer(insurer),
        "insuredCustomer": snapshot_customer(insured),
        "isInsuredCustomerSameAsInsurerCustomer": insurer["id"] == insured["id"],
    }
    if prop is not None:
        snap["property"] = property_snapshot(prop, branch)
    if vehicle is not None:
        snap["vehicle"] = snapshot_vehicle(vehicle)
    if people:
        main = people[0]
        snap.update({"height": {"value": main["height"]}, "weight": {"value": main["weight"]},
                     "surgeries": main["surgeries"], "diseases": main["diseases"]})
        snap["additionalInsuredCustomers"] = [
            {"customerId": p["customerId"], "name": p["name"], "relationType": p["relation"],
             "height": {"value": p["height"]}, "weight": {"value": p["weight"]}, "surgeries": p["surgeries"],
             "diseases": p["diseases"]} for p in people[1:]]
    return snap


def property_inputs(data: dict[str, Any]) -> dict[str, Any]:
    """What pricing reads from a property."""
    return {"squareMeter": data.get("squareMeter"), "structure": data.get("structure"),
            "damageStatus": data.get("damageStatus"), "city": int(data["address"]["city"]["value"]),
            "ownershipType": data.get("ownershipType")}


def create_branch_proposal(request: Request, sb: Sandbox, user: User, body: dict[str, Any], kind: str) -> str:
    """Check the body, freeze the snapshot, start pricing; the new proposal's id. Callers hold no lock."""
    branch = BRANCH_TYPES[kind]
    _shape(request, body, kind)
    coverage = check_coverage(request, body.get("coverage"), kind) if kind != "dask" else None
    errors: list[dict[str, Any]] = []
    with sb.lock:
        if body.get("productBranch") not in (None, branch):
            errors.append(field_error("productBranch", "Ürün branşı '$type' ile aynı olmalıdır.",
                                      body.get("productBranch")))
        for key in ("insurerCustomerId", "insuredCustomerId"):
            cid = body.get(key)
            if not isinstance(cid, str) or sb.customer_for(user.agent_id, cid) is None:
                errors.append(field_error(key, "Müşteri bulunamadı.", cid))
        if body.get("channel") not in CHANNELS:
            errors.append(field_error("channel", "Kanal geçersiz.", body.get("channel")))
        branch_id = body.get("agentBranchId")
        if branch_id and sb.agent_of(user).branch(str(branch_id)) is None:
            errors.append(field_error("agentBranchId", "Şube bu acenteye ait değil.", branch_id))
        groups = []
        for gid in body.get("coverageGroupIds") or []:
            group = sb.coverage_groups.get(gid)
            if group is None or group["agentId"] != user.agent_id or group["productBranch"] != branch:
                errors.append(field_error("coverageGroupIds", "Teminat grubu bulunamadı.", gid))
            else:
                groups.append(group)
        if len(body.get("coverageGroupIds") or []) > 3:
            errors.append(field_error("coverageGroupIds", "En fazla 3 teminat grubu seçilebilir.", None))
        start = _start_date(sb, body, errors)
        owners = _owned(sb, user, body)
        prop = vehicle = None
        if kind in ("dask", "konut"):
            required_keys(request, body, ("propertyId",), _REF[kind])
            rec = sb.properties.get(str(body["propertyId"]))
            if rec is None or rec.agent_id != user.agent_id or rec.customer_id not in owners:
                errors.append(field_error("propertyId", "Konut bulunamadı.", body["propertyId"]))
            else:
                prop = rec.data
        if kind == "imm":
            required_keys(request, body, ("vehicleId",), _REF[kind])
            vrec = sb.vehicles.get(str(body["vehicleId"]))
            if vrec is None or vrec.agent_id != user.agent_id or vrec.customer_id not in owners:
                errors.append(field_error("vehicleId", "Araç bulunamadı.", body["vehicleId"]))
            else:
                vehicle = vrec.data
        konut = _konut_inputs(request, body, errors) if kind == "konut" else None
        if errors:
            raise validation_problem(errors, "Teklif bilgileri geçersiz.", "PROPOSAL_INPUT_INVALID")
        inputs: dict[str, Any] = {}
        people: list[dict[str, Any]] | None = None
        if prop is not None:
            inputs["property"] = property_inputs(prop)
        if konut is not None:
            scope = (coverage or {}).get("sigortaKapsami")
            if scope in (None, "BILINMIYOR"):
                # a tenant insures what is theirs: the contents
                scope = "SADECE_ESYA" if prop and prop.get("ownershipType") == "TENANT" else "KONUT_VE_ESYA"
            inputs.update(konut, scope=scope)
        if kind == "tss":
            inputs.update(_tss_inputs(request, sb, user, body, start, coverage))
            people = inputs["people"]
        if vehicle is not None:
            inputs.update(_imm_inputs(vehicle, coverage))
        pid = sb.ids.object_id()
        insurer = sb.customers[str(body["insurerCustomerId"])].data
        insured = sb.customers[str(body["insuredCustomerId"])].data
        products = build_branch_products(config=sb.config, ids=sb.ids, proposal_id=pid, branch=branch,
                                         inputs=inputs, group=groups[0] if groups else None, now=sb.clock.now())
        end = start.replace(year=start.year + 1) if not (start.month == 2 and start.day == 29) else (
            start + dt.timedelta(days=365))
        sb.add_proposal(ProposalRec(
            id=pid, agent_id=user.agent_id, branch=branch, channel=str(body["channel"]),
            created_at=net_timestamp(sb.clock.utcnow(), sb.config.realistic),
            insurer_customer_id=insurer["id"], insured_customer_id=insured["id"],
            vehicle_id=vehicle["id"] if vehicle else None,
            agent_branch_id=body.get("agentBranchId") or insured.get("agentBranchId"), created_by=user.ref(),
            policy_start=start.isoformat(), policy_end=end.isoformat(),
            coverage_group_ids=[g["id"] for g in groups], initial_coverage=coverage,
            snapshot=branch_snapshot(branch, insurer, insured, prop=prop, vehicle=vehicle, people=people),
            products=products, property_id=prop["id"] if prop else None, inputs=inputs,
        ))
    return pid
