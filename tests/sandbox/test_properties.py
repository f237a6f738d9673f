"""Properties (addendum §A): CRUD with the SDK body, the documented alternatives accepted and noted, drifts
refused with problem details, customer assets, and the UAVT and DASK old-policy lookups."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from branch_helpers import ayse_uavt, free_flat, plain, property_body, rules
from rest_helpers import Demo, problem_of

from insurup_desk.sandbox import Sandbox
from insurup_desk.sandbox.properties import GATEWAY_DOWN_NUMBER
from insurup_desk.sandbox.seed_assets import AYSE_DASK_OLD_POLICY


def props_path(demo: Demo) -> str:
    return f"/api/customers/{demo.customer_id}/properties"


@pytest.mark.asyncio
async def test_create_read_update_delete(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                         demo: Demo) -> None:
    number = free_flat(sandbox, demo.customer_id)
    r = await asgi_http.post(props_path(demo), json=property_body(demo.customer_id, number), headers=auth)
    assert r.status_code == 200, r.text
    pid = r.json()["newPropertyId"]
    got = (await asgi_http.get(f"{props_path(demo)}/{pid}", headers=auth)).json()
    assert got["number"] == number and got["address"]["apartment"]["value"] == str(number)
    assert got["address"]["district"]["text"] == "Kadıköy" and got["daskOldPolicy"] is None
    assert got["floor"] == {"totalFloors": {"$type": "range", "min": 4, "max": 7}, "currentFloor": 2}
    listed = (await asgi_http.get(props_path(demo), headers=auth)).json()
    mine = next(p for p in listed if p["id"] == pid)
    assert "daskOldPolicy" not in mine and mine["squareMeter"] == 95
    update = property_body(demo.customer_id, number, squareMeter=140, propertyId=pid)
    del update["number"]
    r = await asgi_http.put(f"{props_path(demo)}/{pid}", json=update, headers=auth)
    assert r.status_code == 204, r.text
    assert (await asgi_http.get(f"{props_path(demo)}/{pid}", headers=auth)).json()["squareMeter"] == 140
    assert (await asgi_http.delete(f"{props_path(demo)}/{pid}", headers=auth)).status_code == 204
    problem_of(await asgi_http.get(f"{props_path(demo)}/{pid}", headers=auth), 404)


@pytest.mark.asyncio
async def test_same_flat_twice_is_a_duplicate(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                              demo: Demo) -> None:
    body = property_body(demo.customer_id, ayse_uavt())  # Ayşe's seeded flat
    problem = problem_of(await asgi_http.post(props_path(demo), json=body, headers=auth), 409)
    assert problem["codes"] == ["PROPERTY_ALREADY_EXISTS"] and problem["existingId"]


@pytest.mark.asyncio
@pytest.mark.parametrize(("change", "status", "rule"), [
    ({"address": "Moda Cad. No 5"}, 422, "property-address-field"),
    ({"balcony": True}, 422, "unknown-field"),
    ({"number": "5768330572"}, 422, "field-type"),
    ({"squareMeter": "120"}, 422, "field-type"),
    ({"structure": "MASONRY"}, 422, "structure-outside-sdk"),
    ({"structure": "steel_reinforced_concrete"}, 422, "enum-casing"),
    ({"floor": {"totalFloors": {"min": 4, "max": 7, "$type": "range"}, "currentFloor": 2}}, 422,
     "type-discriminator"),
    ({"floor": {"totalFloors": {"$type": "between", "min": 4, "max": 7}, "currentFloor": 2}}, 422,
     "type-discriminator"),
    ({"floor": {"totalFloors": None}}, 422, "missing-field"),
])
async def test_drifts_are_refused(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                  demo: Demo, change: dict[str, Any], status: int, rule: str) -> None:
    body = property_body(demo.customer_id, free_flat(sandbox, demo.customer_id), **change)
    problem = problem_of(await asgi_http.post(props_path(demo), json=body, headers=auth), status)
    assert problem["errors"]  # InsurUp's own site reads errors[] (addendum §L)
    assert rules(sandbox) == [rule]


@pytest.mark.asyncio
async def test_missing_required_field_is_refused(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                 sandbox: Sandbox, demo: Demo) -> None:
    body = property_body(demo.customer_id, free_flat(sandbox, demo.customer_id))
    del body["ownershipType"]
    problem = problem_of(await asgi_http.post(props_path(demo), json=body, headers=auth), 422)
    assert problem["validationErrors"][0]["propertyName"] == "ownershipType"


@pytest.mark.asyncio
@pytest.mark.parametrize(("change", "field"), [
    ({"squareMeter": 4}, "squareMeter"),
    ({"constructionYear": 2999}, "constructionYear"),
    ({"number": 1234567890}, "number"),
    ({"floor": {"totalFloors": {"$type": "range", "min": 7, "max": 4}, "currentFloor": 2}}, "floor.totalFloors"),
    ({"floor": {"totalFloors": {"$type": "range", "min": 1, "max": 3}, "currentFloor": 9}}, "floor.currentFloor"),
    ({"lossPayeeClause": {"type": "BANK", "bank": {"id": "999", "name": "?"}, "bankBranch": None,
                          "financialInstitution": None, "creditAgreementNumber": None}}, "lossPayeeClause.bank"),
])
async def test_bad_values_name_the_field(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                         demo: Demo, change: dict[str, Any], field: str) -> None:
    body = property_body(demo.customer_id, free_flat(sandbox, demo.customer_id), **change)
    problem = problem_of(await asgi_http.post(props_path(demo), json=body, headers=auth), 422)
    assert [e["propertyName"] for e in problem["validationErrors"]] == [field]
    assert problem["errors"] == [problem["validationErrors"][0]["errorMessage"]]


@pytest.mark.asyncio
async def test_documented_alternatives_are_accepted_and_noted(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                              sandbox: Sandbox, demo: Demo) -> None:
    number = free_flat(sandbox, demo.customer_id)
    body = property_body(demo.customer_id, number, daskOldPolicyNumber="34512876",
                         floor={"totalFloors": 6, "currentFloor": 5})
    r = await asgi_http.post(props_path(demo), json=body, headers=auth)
    assert r.status_code == 200, r.text
    pid = r.json()["newPropertyId"]
    got = (await asgi_http.get(f"{props_path(demo)}/{pid}", headers=auth)).json()
    assert got["floor"]["totalFloors"] == {"$type": "exact", "value": 6}
    assert got["daskOldPolicy"]["number"] == 34512876 and got["daskOldPolicy"]["endDate"]
    update = property_body(demo.customer_id, number, propertyId=pid)  # InsurUp's site keeps `number` in PUT
    assert (await asgi_http.put(f"{props_path(demo)}/{pid}", json=update, headers=auth)).status_code == 204
    assert set(rules(sandbox, "note")) >= {"total-floors-number", "dask-old-policy-string", "property-put-number"}
    moved = property_body(demo.customer_id, free_flat(sandbox, demo.customer_id), propertyId=pid)
    problem_of(await asgi_http.put(f"{props_path(demo)}/{pid}", json=moved, headers=auth), 422)
    assert rules(sandbox) == ["property-number-change"]


@pytest.mark.asyncio
async def test_loss_payee_bank_from_the_bank_lists(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                   sandbox: Sandbox, demo: Demo) -> None:
    banks = (await asgi_http.get("/api/banks", headers=auth)).json()
    bank = next(b for b in banks if b["name"].startswith("Akbank"))
    branch = (await asgi_http.get(f"/api/banks/{bank['id']}/branches", headers=auth)).json()[0]
    assert branch["bankId"] == bank["id"]
    assert (await asgi_http.get("/api/financial-institutions", headers=auth)).json()
    clause = {"type": "BANK", "bank": bank, "bankBranch": branch, "financialInstitution": None,
              "creditAgreementNumber": "KRD2026001"}
    body = property_body(demo.customer_id, free_flat(sandbox, demo.customer_id), lossPayeeClause=clause)
    r = await asgi_http.post(props_path(demo), json=body, headers=auth)
    assert r.status_code == 200, r.text


@pytest.mark.asyncio
async def test_assets_list_vehicles_and_properties(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                   demo: Demo) -> None:
    assets = (await asgi_http.get(f"/api/customers/{demo.customer_id}/assets", headers=auth)).json()
    kinds = {a["$type"] for a in assets}
    assert kinds == {"vehicle", "property"}
    prop = next(a for a in assets if a["$type"] == "property")
    assert prop["number"] == {"value": ayse_uavt()}  # wrapped here, plain in the property routes (§L #15)
    assert prop["address"]["street"]["text"] == "Moda Caddesi"
    vehicle = next(a for a in assets if a["$type"] == "vehicle")
    assert vehicle["id"] == demo.vehicle_id and vehicle["plate"] == {"city": 34, "code": "ABC123"}
    customer = (await asgi_http.get(f"/api/customers/{demo.customer_id}", headers=auth)).json()
    assert customer["propertyCount"] == 1


@pytest.mark.asyncio
async def test_uavt_lookup_post_and_the_docs_get(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                 sandbox: Sandbox) -> None:
    route = "/api/properties/query-address-by-property-number"
    r = await asgi_http.post(route, json={"propertyNumber": ayse_uavt()}, headers=auth)
    assert r.status_code == 200, r.text
    address = r.json()
    assert [address[k]["text"] for k in ("city", "district", "neighborhood", "street")] == [
        "İstanbul", "Kadıköy", "Caferağa Mahallesi", "Moda Caddesi"]
    assert address["apartment"]["value"] == str(ayse_uavt())
    got = await asgi_http.get(f"{route}?propertyNumber={ayse_uavt()}", headers=auth)
    assert plain(got.json()) == plain(address) and rules(sandbox, "note") == ["uavt-lookup-get"]
    missing = problem_of(await asgi_http.post(route, json={"propertyNumber": 1234567890}, headers=auth), 404)
    assert missing["errors"] == ["Mahalle koduna ait kayıt bulunamadı."]
    down = problem_of(await asgi_http.post(route, json={"propertyNumber": GATEWAY_DOWN_NUMBER}, headers=auth), 502)
    assert "InsurGateway" in down["errors"][0]
    problem_of(await asgi_http.post(route, json={"propertyNumber": str(ayse_uavt())}, headers=auth), 422)
    problem_of(await asgi_http.post(route, json={"uavt": ayse_uavt()}, headers=auth), 422)
    assert rules(sandbox) == ["field-type", "unknown-field"]


@pytest.mark.asyncio
async def test_dask_old_policy_lookup_both_keys(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                sandbox: Sandbox) -> None:
    route = "/api/properties/query-property-by-dask-old-policy"
    r = await asgi_http.post(route, json={"daskPolicyNumber": AYSE_DASK_OLD_POLICY}, headers=auth)
    assert r.status_code == 200, r.text
    found = r.json()
    assert found["propertyNumber"] == ayse_uavt() and found["squareMeter"] == 120
    assert found["daskOldPolicy"]["number"] == AYSE_DASK_OLD_POLICY and found["address"]["city"]["text"]
    alt = await asgi_http.post(route, json={"daskOldPolicyNumber": AYSE_DASK_OLD_POLICY}, headers=auth)
    assert plain(alt.json()) == plain(found) and rules(sandbox, "note") == ["dask-old-policy-key"]
    other = (await asgi_http.post(route, json={"daskPolicyNumber": 27364512}, headers=auth)).json()
    check = await asgi_http.post("/api/properties/query-address-by-property-number",
                                 json={"propertyNumber": other["propertyNumber"]}, headers=auth)
    assert plain(check.json()) == plain(other["address"])  # a registry answer is a real flat of the address tree
    missing = problem_of(await asgi_http.post(route, json={"daskPolicyNumber": 27360000}, headers=auth), 404)
    assert "kriterlere uygun kayıt bulunamadı" in missing["errors"][0]
