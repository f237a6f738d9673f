"""DASK and Konut proposals (addendum §A.8–§A.10): the SDK bodies, InsurUp's own site's bodies accepted and
noted, drifts refused, per-branch insurers and premiums, purchase with the DASK policy number."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from branch_helpers import new_property, rules
from rest_helpers import VALID_CARD, Demo, problem_of

from insurup_desk.sandbox import Sandbox
from insurup_desk.sandbox.branch_pricing import SEVERE_DAMAGE
from insurup_desk.sandbox.branch_products import OFFERS

pytestmark = pytest.mark.asyncio


def ayse_property(sandbox: Sandbox, demo: Demo) -> str:
    return next(p.id for p in sandbox.properties.values() if p.customer_id == demo.customer_id)


def dask_body(demo: Demo, property_id: str, **extra: Any) -> dict[str, Any]:
    return {"$type": "dask", "productBranch": "DASK", "insurerCustomerId": demo.customer_id,
            "insuredCustomerId": demo.customer_id, "propertyId": property_id, "channel": "CALL_CENTER", **extra}


def konut_body(demo: Demo, property_id: str, **extra: Any) -> dict[str, Any]:
    body = {"$type": "konut", "productBranch": "KONUT", "insurerCustomerId": demo.customer_id,
            "insuredCustomerId": demo.customer_id, "propertyId": property_id, "channel": "CALL_CENTER",
            "furniturePrice": 150_000, "electronicDevicePrice": 60_000, "insulationPrice": 5_000,
            "windowPrice": 10_000, "constructionCostPerSquareMeter": None, "earthquakeCoverageOption": 1,
            "vacancyDurationOption": 0}
    body.update(extra)
    return body


async def create(http: httpx.AsyncClient, auth: dict[str, str], body: dict[str, Any]) -> str:
    r = await http.post("/api/proposals", json=body, headers=auth)
    assert r.status_code == 200, r.text
    return str(r.json()["proposalId"])


async def priced(http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox, pid: str) -> dict[str, Any]:
    sandbox.clock.advance(sandbox.config.latency_max_s + 0.01)
    detail: dict[str, Any] = (await http.get(f"/api/proposals/{pid}", headers=auth)).json()
    return detail


async def test_dask_sdk_body_prices_one_tariff_and_sells_with_a_dask_number(
        asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox, demo: Demo) -> None:
    prop_id = ayse_property(sandbox, demo)
    pid = await create(asgi_http, auth, dask_body(demo, prop_id, coverageGroupIds=None))
    waiting = (await asgi_http.get(f"/api/proposals/{pid}", headers=auth)).json()
    assert waiting["state"] == "WAITING" and waiting["productBranch"] == "DASK"
    assert len(waiting["products"]) == len(OFFERS["DASK"]) >= 16
    snapshot = waiting["snapshot"]["property"]
    assert snapshot["number"]["value"] == sandbox.properties[prop_id].data["number"]
    assert snapshot["squareMeter"] == {"value": 120} and snapshot["oldPolicy"]["number"] == 34512876
    detail = await priced(asgi_http, auth, sandbox, pid)
    web = [p for p in detail["products"] if p["state"] == "ACTIVE" and p["productType"] == "WEB_SERVICE"]
    assert len(web) >= 10
    assert len({p["premiums"][0]["grossPremium"] for p in web}) == 1  # DASK is one state tariff
    assert all([x["installmentNumber"] for x in p["premiums"]] == [1] for p in web)
    assert {p["productType"] for p in detail["products"]} == {"WEB_SERVICE", "ROBOT"}
    assert all(p["productName"] == "Zorunlu Deprem Sigortası (DASK)" for p in detail["products"])
    node = next(n for n in sandbox.graphql_nodes("proposals", demo.agent_id) if n["id"] == pid)
    assert node["propertyId"] == prop_id and node["vehicleId"] is None and node["productBranch"] == "DASK"
    prod = web[0]
    r = await asgi_http.post(f"/api/proposals/{pid}/products/{prod['id']}/purchase/sync", headers=auth, json={
        "$type": "credit-card", "proposalId": pid, "proposalProductId": prod["id"], "installmentNumber": 1,
        "card": VALID_CARD})
    assert r.status_code == 200, r.text
    policy = (await asgi_http.get(f"/api/policies/{r.json()['policyId']}", headers=auth)).json()
    assert policy["productBranch"] == "DASK" and len(policy["daskPolicyNumber"]) == 8
    assert policy["snapshot"]["property"]["id"] == prop_id
    # next year, DASK's registry knows the new policy (the renewal path of addendum §J)
    again = await asgi_http.post("/api/properties/query-property-by-dask-old-policy",
                                 json={"daskPolicyNumber": int(policy["daskPolicyNumber"])}, headers=auth)
    assert again.json()["propertyNumber"] == sandbox.properties[prop_id].data["number"]


async def test_dask_body_of_insurup_site_is_accepted_and_noted(
        asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox, demo: Demo) -> None:
    body = dask_body(demo, ayse_property(sandbox, demo), coverageGroupIds=None)
    del body["productBranch"]
    body["channel"] = "WEBSITE"
    await create(asgi_http, auth, body)
    assert rules(sandbox, "note") == ["product-branch-omitted"]


@pytest.mark.parametrize(("change", "status", "rule"), [
    ({"coverage": {"$type": "empty", "productBranch": "DASK"}}, 422, "dask-coverage"),
    ({"vehicleId": "x"}, 422, "unknown-field"),
    ({"coverageGroupIds": "abc"}, 422, "field-type"),
])
async def test_dask_drifts_are_refused(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                       demo: Demo, change: dict[str, Any], status: int, rule: str) -> None:
    body = dask_body(demo, ayse_property(sandbox, demo), **change)
    problem_of(await asgi_http.post("/api/proposals", json=body, headers=auth), status)
    assert rules(sandbox) == [rule]


async def test_dask_of_someone_elses_property_or_a_mismatched_branch(
        asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox, demo: Demo) -> None:
    other = next(p for p in sandbox.properties.values() if p.customer_id != demo.customer_id)
    problem = problem_of(await asgi_http.post("/api/proposals", json=dask_body(demo, other.id), headers=auth), 422)
    assert problem["validationErrors"][0]["propertyName"] == "propertyId"
    wrong = dask_body(demo, ayse_property(sandbox, demo), productBranch="KONUT")
    problem = problem_of(await asgi_http.post("/api/proposals", json=wrong, headers=auth), 422)
    assert problem["validationErrors"][0]["propertyName"] == "productBranch"


async def test_dask_refuses_a_severely_damaged_building(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                        sandbox: Sandbox, demo: Demo) -> None:
    prop_id = await new_property(asgi_http, auth, sandbox, demo.customer_id, damageStatus="SEVERELY_DAMAGED")
    pid = await create(asgi_http, auth, dask_body(demo, prop_id))
    detail = await priced(asgi_http, auth, sandbox, pid)
    assert detail["state"] == "FAILED"
    assert {p["errorMessage"] for p in detail["products"]} == {SEVERE_DAMAGE}


async def test_dask_premium_follows_the_flat(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                             sandbox: Sandbox, demo: Demo) -> None:
    lows = []
    for area, structure in ((80, "STEEL_REINFORCED_CONCRETE"), (150, "STEEL_REINFORCED_CONCRETE"), (150, "OTHER")):
        prop_id = await new_property(asgi_http, auth, sandbox, demo.customer_id, squareMeter=area,
                                     structure=structure)
        detail = await priced(asgi_http, auth, sandbox, await create(asgi_http, auth, dask_body(demo, prop_id)))
        lows.append(detail["lowestPremium"])
    assert lows[0] < lows[1] < lows[2]


async def test_konut_sdk_body_with_coverage(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                            demo: Demo) -> None:
    coverage = {"$type": "konut", "productBranch": "KONUT", "sigortaKapsami": "SADECE_ESYA",
                "enflasyon": {"$type": "PERCENT", "value": 20}, "hirsizlik": {"$type": "INCLUDED"}}
    pid = await create(asgi_http, auth, konut_body(demo, ayse_property(sandbox, demo), coverage=coverage))
    detail = await priced(asgi_http, auth, sandbox, pid)
    assert detail["initialCoverage"]["sigortaKapsami"] == "SADECE_ESYA"
    active = [p for p in detail["products"] if p["state"] == "ACTIVE"]
    assert len(detail["products"]) == len(OFFERS["KONUT"]) >= 12 and active
    assert all(p["optimalCoverage"]["binaYanginYildirimInfilak"] == {"$type": "NOT_INCLUDED"} for p in active)
    assert len({p["premiums"][0]["grossPremium"] for p in active}) > 1  # insurers compete on Konut
    assert [x["installmentNumber"] for x in active[0]["premiums"]] == [1, 3, 6]
    whole = await create(asgi_http, auth, konut_body(demo, ayse_property(sandbox, demo)))
    assert (await priced(asgi_http, auth, sandbox, whole))["lowestPremium"] > detail["lowestPremium"]


async def test_konut_body_of_insurup_site_with_inflation(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                         sandbox: Sandbox, demo: Demo) -> None:
    body = konut_body(demo, ayse_property(sandbox, demo), inflation=60, coverageGroupIds=None,
                      constructionCostPerSquareMeter=25_000)
    del body["productBranch"], body["earthquakeCoverageOption"], body["vacancyDurationOption"]
    await create(asgi_http, auth, body)
    assert rules(sandbox, "note") == ["product-branch-omitted", "konut-inflation"]


@pytest.mark.parametrize(("change", "drop", "field"), [
    ({}, "earthquakeCoverageOption", "earthquakeCoverageOption"),
    ({}, "windowPrice", "windowPrice"),
    ({"vacancyDurationOption": "1"}, None, "vacancyDurationOption"),
    ({"furniturePrice": "50000"}, None, "furniturePrice"),
    ({"coverage": {"productBranch": "KONUT", "$type": "konut"}}, None, "coverage.$type"),
    ({"coverage": {"$type": "konut", "productBranch": "KONUT", "deprem": {"$type": "INCLUDED"}}}, None,
     "coverage.deprem"),
    ({"coverage": {"$type": "konut", "productBranch": "KONUT", "sigortaKapsami": "ESYA"}}, None,
     "coverage.sigortaKapsami"),
    ({"coverage": {"$type": "konut", "productBranch": "KONUT", "camKirilmasi": {"$type": "DECIMAL"}}}, None,
     "coverage.camKirilmasi.value"),
])
async def test_konut_drifts_are_refused(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                        demo: Demo, change: dict[str, Any], drop: str | None, field: str) -> None:
    body = konut_body(demo, ayse_property(sandbox, demo), **change)
    if drop:
        del body[drop]
    problem = problem_of(await asgi_http.post("/api/proposals", json=body, headers=auth), 422)
    assert problem["validationErrors"][0]["propertyName"] == field
    assert len(rules(sandbox)) == 1


async def test_konut_coverage_choices(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    choices = (await asgi_http.get("/api/coverage-choices:konut", headers=auth)).json()
    assert len(choices) == len(OFFERS["KONUT"])
    first = choices[0]
    assert first["productId"] and first["productType"] in ("WEB_SERVICE", "ROBOT")
    assert first["coverageChoices"]["sigortaKapsami"] == ["KONUT_VE_ESYA", "SADECE_ESYA", "SADECE_KONUT"]
    assert all(v["$type"] == "PERCENT" for v in first["coverageChoices"]["enflasyon"])
    assert (await asgi_http.get("/api/coverage-choices%3Akonut", headers=auth)).status_code == 200


async def test_a_failed_dask_product_prices_on_retry(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                     sandbox: Sandbox, demo: Demo) -> None:
    pid = await create(asgi_http, auth, dask_body(demo, ayse_property(sandbox, demo)))
    detail = await priced(asgi_http, auth, sandbox, pid)
    failed = next(p for p in detail["products"] if p["insuranceCompanyId"] in sandbox.config.failing_insurers)
    assert failed["state"] == "FAILED"
    r = await asgi_http.post(f"/api/proposals/{pid}/products/{failed['id']}/retry", headers=auth,
                             json={"proposalId": pid, "proposalProductId": failed["id"]})
    assert r.status_code == 204, r.text
    again = await priced(asgi_http, auth, sandbox, pid)
    retried = next(p for p in again["products"] if p["id"] == failed["id"])
    assert retried["state"] == "ACTIVE" and retried["premiums"][0]["grossPremium"] == again["lowestPremium"]
