"""Revise (addendum §H) and renewals (§J): strict bodies, re-pricing, the renewal-period precheck, the seed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest
from rest_helpers import Demo, MakeProposal, problem_of

from insurup_desk.sandbox import Sandbox
from insurup_desk.sandbox.renewals import RENEWAL_PERIOD_DAYS

pytestmark = pytest.mark.asyncio


def _groups(sandbox: Sandbox, demo: Demo, branch: str) -> list[dict[str, Any]]:
    return [g for g in sandbox.coverage_groups.values() if g["agentId"] == demo.agent_id
            and g["productBranch"] == branch]


async def _priced(http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox, pid: str) -> dict[str, Any]:
    sandbox.clock.advance(5)
    r = await http.get(f"/api/proposals/{pid}", headers=auth)
    assert r.status_code == 200
    body: dict[str, Any] = r.json()
    return body


async def test_whole_proposal_revise_answers_a_new_id_priced_again_by_the_same_insurers(
        asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox, demo: Demo,
        make_proposal: MakeProposal) -> None:
    narrow, wide = (next(g for g in _groups(sandbox, demo, "KASKO") if g["name"] == n)
                    for n in ("Dar Kasko", "Geniş Kasko"))
    pid = await make_proposal("kasko", coverageGroupIds=[narrow["id"]])
    before = await _priced(asgi_http, auth, sandbox, pid)
    sandbox.clock.freeze()
    r = await asgi_http.post(f"/api/proposals/{pid}/revise", headers=auth,
                             json={"proposalId": pid, "coverageGroupIds": [wide["id"]]})
    assert r.status_code == 200, r.text
    new_id = r.json()["proposalId"]
    assert new_id != pid
    waiting = (await asgi_http.get(f"/api/proposals/{new_id}", headers=auth)).json()
    assert {p["state"] for p in waiting["products"]} == {"WAITING"}
    assert all(p["revised"] for p in waiting["products"])
    assert [g["id"] for g in waiting["coverageGroups"]] == [wide["id"]]
    sandbox.clock.unfreeze()
    after = await _priced(asgi_http, auth, sandbox, new_id)
    old_ids = {p["id"] for p in before["products"]}
    assert not old_ids & {p["id"] for p in after["products"]}, "a revision has products of its own"
    assert sorted(p["insuranceCompanyId"] for p in after["products"]) == sorted(
        p["insuranceCompanyId"] for p in before["products"])
    by_insurer = {p["insuranceCompanyId"]: p for p in before["products"] if p["premiums"]}
    dearer = [p for p in after["products"] if p["premiums"] and p["insuranceCompanyId"] in by_insurer
              and p["premiums"][0]["grossPremium"] > by_insurer[p["insuranceCompanyId"]]["premiums"][0]["grossPremium"]]
    assert dearer, "the wider group costs more at the same insurers"
    old = (await asgi_http.get(f"/api/proposals/{pid}", headers=auth)).json()
    assert not any(p["revised"] for p in old["products"]), "the revised proposal leaves the old one as it was"


@pytest.mark.parametrize("body, status", [
    ({"coverageGroupIds": None}, 422),  # proposalId missing
    ({"proposalId": "other", "coverageGroupIds": None}, 422),
    ({"proposalId": "$pid", "coverageGroupIds": ["not-a-group"]}, 422),
    ({"proposalId": "$pid", "groups": []}, 400),
])
async def test_whole_revise_body_is_strict(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                           make_proposal: MakeProposal, body: dict[str, Any], status: int) -> None:
    pid = await make_proposal("kasko")
    sent = {k: (pid if v == "$pid" else v) for k, v in body.items()}
    problem_of(await asgi_http.post(f"/api/proposals/{pid}/revise", headers=auth, json=sent), status)


async def test_product_revise_reprices_that_product_with_the_chosen_coverage(
        asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox, make_proposal: MakeProposal) -> None:
    pid = await make_proposal("kasko")
    before = await _priced(asgi_http, auth, sandbox, pid)
    product = next(p for p in before["products"] if p["state"] == "ACTIVE")
    path = f"/api/proposals/{pid}/products/{product['id']}/revise"
    coverage = {"$type": "kasko", "productBranch": "KASKO", "onarimServisTuru": "YETKILI_SERVIS",
                "immLimitiAyrimsiz": {"$type": "LIMITLESS"}}
    sandbox.clock.freeze()
    r = await asgi_http.post(path, headers=auth, json={"proposalId": pid, "proposalProductId": product["id"],
                                                       "guaranteeGroupId": None, "coverage": coverage})
    assert r.status_code == 204, r.text
    now = (await asgi_http.get(f"/api/proposals/{pid}", headers=auth)).json()
    revised = next(p for p in now["products"] if p["id"] == product["id"])
    assert (revised["state"], revised["revised"], revised["premiums"]) == ("WAITING", True, [])
    assert sum(p["revised"] for p in now["products"]) == 1
    sandbox.clock.unfreeze()
    after = next(p for p in (await _priced(asgi_http, auth, sandbox, pid))["products"] if p["id"] == product["id"])
    assert after["state"] == "ACTIVE" and after["revised"]
    assert after["premiums"][0]["grossPremium"] > product["premiums"][0]["grossPremium"]
    assert after["optimalCoverage"]["onarimServisTuru"] == "YETKILI_SERVIS"
    # While it is pricing again, a second revision is refused.
    sandbox.clock.freeze()
    assert (await asgi_http.post(path, headers=auth, json={"proposalId": pid, "proposalProductId": product["id"],
                                                           "coverage": None})).status_code == 204
    problem_of(await asgi_http.post(path, headers=auth, json={"proposalId": pid, "proposalProductId": product["id"]}),
               422)


@pytest.mark.parametrize("extra, status", [
    ({"coverage": {"productBranch": "KASKO", "$type": "kasko"}}, 422),  # $type not first
    ({"coverage": {"$type": "trafik", "productBranch": "TRAFIK"}}, 422),
    ({"coverage": {"$type": "kasko", "kiralikArac": {"$type": "NUMBER"}}}, 422),
    ({"guaranteeGroupId": "no-such-group"}, 422),
    ({"coverageGroupIds": []}, 400),
])
async def test_product_revise_body_is_strict(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                             make_proposal: MakeProposal, extra: dict[str, Any], status: int) -> None:
    pid = await make_proposal("kasko")
    product = next(p for p in (await _priced(asgi_http, auth, sandbox, pid))["products"] if p["state"] == "ACTIVE")
    body = {"proposalId": pid, "proposalProductId": product["id"], **extra}
    problem_of(await asgi_http.post(f"/api/proposals/{pid}/products/{product['id']}/revise", headers=auth,
                                    json=body), status)


def _due(sandbox: Sandbox, agent_id: str, low: int, high: int) -> list[Any]:
    today = sandbox.config.reference_day()
    return [p.node for p in sandbox.policies.values() if p.agent_id == agent_id and p.node["state"] == "ACTIVE"
            and p.node["productBranch"] in ("KASKO", "TRAFIK") and p.node.get("vehicleId")
            and low <= (dt.date.fromisoformat(p.node["endDate"]) - today).days <= high]


async def test_renewals_are_seeded_on_existing_customers_and_vehicles(sandbox: Sandbox, demo: Demo) -> None:
    due = _due(sandbox, demo.agent_id, 0, RENEWAL_PERIOD_DAYS)
    assert len(due) >= 4
    for node in due:
        assert node["vehicleId"] in sandbox.vehicles and node["insuredCustomerId"] in sandbox.customers
        assert sandbox.vehicles[node["vehicleId"]].customer_id == node["insuredCustomerId"]
    assert _due(sandbox, demo.agent_id, RENEWAL_PERIOD_DAYS + 1, 50), "some are just outside the period"


async def _propose(http: httpx.AsyncClient, auth: dict[str, str], node: Any, **extra: Any) -> httpx.Response:
    branch = str(node["productBranch"])
    body = {"$type": branch.lower(), "productBranch": branch, "insurerCustomerId": node["insuredCustomerId"],
            "insuredCustomerId": node["insuredCustomerId"], "vehicleId": node["vehicleId"],
            "channel": "CALL_CENTER", **extra}
    return await http.post("/api/proposals", headers=auth, json=body)


async def test_renewal_period_precheck_and_bypass(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                  sandbox: Sandbox, demo: Demo) -> None:
    inside = _due(sandbox, demo.agent_id, 0, RENEWAL_PERIOD_DAYS)
    outside = [n for n in _due(sandbox, demo.agent_id, RENEWAL_PERIOD_DAYS + 1, 50)
               if not _due_for(sandbox, n, 0, RENEWAL_PERIOD_DAYS)]
    assert (await _propose(asgi_http, auth, inside[0])).status_code == 200
    problem = problem_of(await _propose(asgi_http, auth, outside[0]), 422)
    assert "RENEWAL_PERIOD_OUTSIDE" in problem["codes"] and "Yenileme Dönemi Dışında" in problem["detail"]
    assert (await _propose(asgi_http, auth, outside[0], forceBypassRenewalPeriod=True)).status_code == 200
    problem_of(await _propose(asgi_http, auth, outside[0], forceBypassRenewalPeriod="yes"), 422)


def _due_for(sandbox: Sandbox, node: Any, low: int, high: int) -> list[Any]:
    return [n for n in _due(sandbox, str(sandbox.customers[node["insuredCustomerId"]].agent_id), low, high)
            if n["vehicleId"] == node["vehicleId"] and n["productBranch"] == node["productBranch"]]
