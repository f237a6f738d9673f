"""TSS (addendum §B.2–§B.4) and İMM (§C) proposals: bodies, family rules, coverage choices, premiums."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from branch_helpers import rules
from rest_helpers import Demo, problem_of

from insurup_desk.sandbox import Sandbox
from insurup_desk.sandbox.branch_products import OFFERS
from insurup_desk.sandbox.seed_assets import AYSE_CHILD_TCKN, AYSE_SPOUSE_TCKN

pytestmark = pytest.mark.asyncio


def tss_body(demo: Demo, **extra: Any) -> dict[str, Any]:
    # the exact wire the SDK's contract test pins (addendum §B.2)
    return {"insurerCustomerId": demo.customer_id, "insuredCustomerId": demo.customer_id, "channel": "WEBSITE",
            "$type": "tss", "productBranch": "TSS", "additionalInsuredCustomers": [],
            "forceBypassRenewalPeriod": False, **extra}


def first_type(body: dict[str, Any]) -> dict[str, Any]:
    return {"$type": body["$type"], **{k: v for k, v in body.items() if k != "$type"}}


async def create(http: httpx.AsyncClient, auth: dict[str, str], body: dict[str, Any]) -> str:
    r = await http.post("/api/proposals", json=first_type(body), headers=auth)
    assert r.status_code == 200, r.text
    return str(r.json()["proposalId"])


async def priced(http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox, pid: str) -> dict[str, Any]:
    sandbox.clock.advance(sandbox.config.latency_max_s + 0.01)
    detail: dict[str, Any] = (await http.get(f"/api/proposals/{pid}", headers=auth)).json()
    return detail


def family(sandbox: Sandbox, demo: Demo) -> list[str]:
    return [sandbox.identity_index[(demo.agent_id, n)] for n in (AYSE_SPOUSE_TCKN, AYSE_CHILD_TCKN)]


async def test_tss_for_one_and_for_the_family(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                              sandbox: Sandbox, demo: Demo) -> None:
    alone = await priced(asgi_http, auth, sandbox, await create(asgi_http, auth, tss_body(demo)))
    assert alone["productBranch"] == "TSS" and len(alone["products"]) == len(OFFERS["TSS"])
    assert sum(p["productType"] == "WEB_SERVICE" for p in alone["products"]) == 8
    assert alone["snapshot"]["height"] == {"value": 168} and alone["snapshot"]["diseases"] == []
    members = family(sandbox, demo)
    pid = await create(asgi_http, auth, tss_body(demo, additionalInsuredCustomers=members))
    together = await priced(asgi_http, auth, sandbox, pid)
    assert together["lowestPremium"] > alone["lowestPremium"]
    extra = together["snapshot"]["additionalInsuredCustomers"]
    assert [(m["name"], m["relationType"]) for m in extra] == [("Mehmet Yılmaz", "SPOUSE"),
                                                                ("Zeynep Yılmaz", "CHILD")]
    active = next(p for p in together["products"] if p["state"] == "ACTIVE")
    assert [x["installmentNumber"] for x in active["premiums"]] == [1, 3, 6, 9]
    assert active["optimalCoverage"]["$type"] == "tss"


async def test_tss_body_of_insurup_site_is_noted(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                 sandbox: Sandbox, demo: Demo) -> None:
    body = {"$type": "tss", "insurerCustomerId": demo.customer_id, "insuredCustomerId": demo.customer_id,
            "coverageGroupIds": None, "channel": "WEBSITE"}
    r = await asgi_http.post("/api/proposals", json=body, headers=auth)
    assert r.status_code == 200, r.text
    assert rules(sandbox, "note") == ["product-branch-omitted"]


async def test_tss_coverage_changes_the_price(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                              sandbox: Sandbox, demo: Demo) -> None:
    def cov(network: str, package: dict[str, Any]) -> dict[str, Any]:
        return {"$type": "tss", "productBranch": "TSS", "hastaneAgi": network, "saglikPaketi": package}

    narrow = cov("DAR_KAPSAM", {"tedaviSekli": "YATARAK"})
    wide = cov("GENIS_KAPSAM", {"tedaviSekli": "YATARAK_AYAKTA", "ayaktaYillikTedaviSayisi": 8})
    low = await priced(asgi_http, auth, sandbox, await create(asgi_http, auth, tss_body(demo, coverage=narrow)))
    high = await priced(asgi_http, auth, sandbox, await create(asgi_http, auth, tss_body(demo, coverage=wide)))
    assert low["lowestPremium"] * 2 < high["lowestPremium"]
    assert low["initialCoverage"]["hastaneAgi"] == "DAR_KAPSAM"


@pytest.mark.parametrize(("change", "field"), [
    ({"coverage": {"$type": "tss", "productBranch": "TSS", "hastaneAgi": "ORTA_KAPSAM"}}, "coverage.hastaneAgi"),
    ({"coverage": {"$type": "tss", "productBranch": "TSS", "saglikPaketi": "YATARAK"}}, "coverage.saglikPaketi"),
    ({"coverage": {"$type": "kasko", "productBranch": "TSS"}}, "coverage.$type"),
    ({"coverage": {"$type": "tss", "productBranch": "KASKO"}}, "coverage.productBranch"),
    ({"additionalInsuredCustomers": "x"}, "additionalInsuredCustomers"),
    ({"propertyId": "x"}, "propertyId"),
])
async def test_tss_drifts_are_refused(asgi_http: httpx.AsyncClient, auth: dict[str, str], demo: Demo,
                                      change: dict[str, Any], field: str) -> None:
    r = await asgi_http.post("/api/proposals", json=first_type(tss_body(demo, **change)), headers=auth)
    assert problem_of(r, 422)["validationErrors"][0]["propertyName"] == field


async def test_tss_server_rules_in_order(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                         demo: Demo) -> None:
    async def code(**change: Any) -> str:
        r = await asgi_http.post("/api/proposals", json=first_type(tss_body(demo, **change)), headers=auth)
        return str(problem_of(r, 400)["codes"][0])

    members = family(sandbox, demo)
    stranger = next(c.id for c in sandbox.customers.values() if c.agent_id == demo.agent_id
                    and c.data["type"] == "INDIVIDUAL" and c.id not in sandbox.health_info)
    assert await code(additionalInsuredCustomers=[*members, "a", "b", "c"]) == "PROPOSAL_MAX_FAMILY_MEMBERS_EXCEEDED"
    assert await code(additionalInsuredCustomers=[members[0], members[0]]) == "PROPOSAL_ADDITIONAL_INSURED_DUPLICATE"
    assert await code(additionalInsuredCustomers=[demo.customer_id]) == "PROPOSAL_ADDITIONAL_INSURED_DUPLICATE"
    assert await code(additionalInsuredCustomers=[stranger]) == "PROPOSAL_ADDITIONAL_INSURED_NOT_RELATIVE"
    assert await code(insuredCustomerId=stranger) == "PROPOSAL_HEIGHT_REQUIRED"
    sandbox.health_info[stranger] = {"height": 170, "weight": None, "surgeries": [], "diseases": []}
    assert await code(insuredCustomerId=stranger) == "PROPOSAL_WEIGHT_REQUIRED"
    child = members[1]
    assert await code(insurerCustomerId=child, insuredCustomerId=child) == "PROPOSAL_INSURER_MUST_BE_ADULT"


async def test_tss_declared_illness_is_declined(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                sandbox: Sandbox, demo: Demo) -> None:
    sandbox.health_info[demo.customer_id]["diseases"] = ["CANCER"]
    detail = await priced(asgi_http, auth, sandbox, await create(asgi_http, auth, tss_body(demo)))
    assert detail["state"] == "FAILED"
    assert all("risk kabul edilmedi" in p["errorMessage"] for p in detail["products"])


async def test_tss_coverage_choices(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    choices = (await asgi_http.get("/api/coverage-choices:tss", headers=auth)).json()
    assert len(choices) == len(OFFERS["TSS"])
    assert all({"hastaneAgi", "saglikPaketi"} <= set(c["coverageChoices"]) for c in choices)
    assert {"tedaviSekli": "YATARAK"} in [
        {k: v for k, v in p.items() if k == "tedaviSekli" or k == "ayaktaYillikTedaviSayisi"}
        for p in choices[0]["coverageChoices"]["saglikPaketi"]]


def imm_body(demo: Demo, **extra: Any) -> dict[str, Any]:
    return {"$type": "imm", "productBranch": "IMM", "insurerCustomerId": demo.customer_id,
            "insuredCustomerId": demo.customer_id, "vehicleId": demo.vehicle_id, "channel": "CALL_CENTER", **extra}


async def test_imm_with_its_coverage(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                     demo: Demo) -> None:
    coverage = {"$type": "imm", "productBranch": "IMM", "immLimitiAyrimsiz": {"$type": "DECIMAL", "value": 5_000_000},
                "kiralikArac": {"$type": "NONE"}, "tasinanYuk": "YOK", "asistansHizmeti": {"$type": "INCLUDED"}}
    five = await priced(asgi_http, auth, sandbox, await create(asgi_http, auth, imm_body(demo, coverage=coverage)))
    (product,) = five["products"]
    assert product["insuranceCompanyName"] == "Anadolu Sigorta" and product["state"] == "ACTIVE"
    assert product["productType"] == "WEB_SERVICE"
    assert product["optimalCoverage"]["immLimitiAyrimsiz"] == {"$type": "DECIMAL", "value": 5_000_000}
    assert five["snapshot"]["vehicle"]["plate"] == {"city": 34, "code": "ABC123"}
    one = await priced(asgi_http, auth, sandbox, await create(asgi_http, auth, imm_body(demo)))
    assert one["lowestPremium"] < five["lowestPremium"]
    node = next(n for n in sandbox.graphql_nodes("proposals", demo.agent_id) if n["id"] == five["proposalId"])
    assert node["vehiclePlateCode"] == "ABC123" and node["productBranch"] == "IMM"


async def test_imm_bodies(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                          demo: Demo) -> None:
    site = imm_body(demo, coverageGroupIds=None, channel="WEBSITE")
    del site["productBranch"]
    await create(asgi_http, auth, site)
    assert rules(sandbox, "note") == ["product-branch-omitted"]
    kiralik = {"$type": "imm", "productBranch": "IMM", "kiralikArac": {"aracSegment": "C", "$type": "DEFINED"}}
    for change, field in (({"coverage": kiralik}, "coverage.kiralikArac.$type"),
                          ({"coverage": {"$type": "imm", "productBranch": "IMM", "tasinanYuk": "KOMUR"}},
                           "coverage.tasinanYuk"),
                          ({"vehicleId": None}, "vehicleId")):
        r = await asgi_http.post("/api/proposals", json=imm_body(demo, **change), headers=auth)
        assert problem_of(r, 422)["validationErrors"][0]["propertyName"] == field
    choices = (await asgi_http.get("/api/coverage-choices:imm", headers=auth)).json()
    assert [c["insuranceCompanyId"] for c in choices] == [7]
    assert {"immLimitiAyrimsiz", "kiralikArac", "tasinanYuk", "asistansHizmeti"} == set(choices[0]["coverageChoices"])
