"""Analytics routes: strict bodies, figures from the agency's own nodes, and a sale that shows up at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from rest_helpers import MakeProposal, problem_of, sign_in
from test_purchase import buy_path, buyable, card_body, priced_proposal

from insurup_desk.sandbox import Sandbox

CP = "/api/policies/analytics/count-and-premium"
TODAY = dt.date.today()
YEAR = {"startDate": (TODAY - dt.timedelta(days=364)).isoformat(), "endDate": TODAY.isoformat()}


def _local_day(created_at: str) -> dt.date:
    return (dt.datetime.fromisoformat(created_at.replace("Z", "+00:00")) + dt.timedelta(hours=3)).date()


def _policies(sandbox: Sandbox, agent_id: str, start: str, end: str) -> list[Mapping[str, Any]]:
    lo, hi = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return [n for n in sandbox.graphql_nodes("policies", agent_id)
            if n["state"] != "CANCELLED" and lo <= _local_day(n["createdAt"]) <= hi]


async def _post(http: httpx.AsyncClient, path: str, body: dict[str, Any], auth: dict[str, str]) -> httpx.Response:
    return await http.post(path, json=body, headers=auth)


@pytest.mark.asyncio
async def test_count_and_premium_adds_up_the_agencys_policies(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                             sandbox: Sandbox) -> None:
    agent_id = next(u.agent_id for u in sandbox.users.values() if u.email == "gise@demo.acente")
    r = await _post(asgi_http, CP, {**YEAR, "groupBy": "insuranceCompany"}, auth)
    assert r.status_code == 200, r.text
    got = r.json()
    rows = _policies(sandbox, agent_id, YEAR["startDate"], YEAR["endDate"])
    assert got["kpis"]["totalCount"] == len(rows) > 0
    assert got["kpis"]["totalPremium"] == pytest.approx(sum(n["grossPremium"] for n in rows), abs=0.01)
    assert len(got["timeSeries"]) == 365 and sum(p["count"] for p in got["timeSeries"]) == len(rows)
    assert sum(g["count"] for g in got["groupedData"]) == len(rows)
    names = {n["insuranceCompanyName"] for n in rows}
    assert {g["groupKey"] for g in got["groupedData"]} == names


@pytest.mark.asyncio
@pytest.mark.parametrize("body, prop", [
    ({}, "startDate"),
    ({"startDate": "27.11.2026", "endDate": "2026-11-27"}, "startDate"),
    ({"startDate": "2026-11-27", "endDate": "2026-11-01"}, "endDate"),
    ({"startDate": "2020-01-01", "endDate": "2026-11-01"}, "endDate"),
    ({**YEAR, "groupBy": "city"}, "groupBy"),
])
async def test_bad_bodies_are_refused_naming_the_field(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                       body: dict[str, Any], prop: str) -> None:
    problem = problem_of(await _post(asgi_http, CP, body, auth), 422)
    assert prop in [e["propertyName"] for e in problem["validationErrors"]]


@pytest.mark.asyncio
async def test_analytics_need_a_signed_in_user(asgi_http: httpx.AsyncClient) -> None:
    problem_of(await asgi_http.post(CP, json=YEAR), 401)


@pytest.mark.asyncio
async def test_another_agency_sees_only_its_own_figures(asgi_http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    other = await sign_in(asgi_http, "diger@ornek.acente")
    two_years = {"startDate": (TODAY - dt.timedelta(days=800)).isoformat(), "endDate": TODAY.isoformat()}
    got = (await _post(asgi_http, CP, two_years, other)).json()
    agent_id = next(u.agent_id for u in sandbox.users.values() if u.email == "diger@ornek.acente")
    assert got["kpis"]["totalCount"] == len(_policies(sandbox, agent_id, two_years["startDate"],
                                                      two_years["endDate"])) <= 10


@pytest.mark.asyncio
async def test_a_sale_shows_up_in_every_policy_figure_at_once(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                              sandbox: Sandbox, make_proposal: MakeProposal) -> None:
    # The sandbox issues policies on the UTC clock; the agency's day may already be tomorrow.
    span = {"startDate": (TODAY - dt.timedelta(days=1)).isoformat(),
            "endDate": (TODAY + dt.timedelta(days=1)).isoformat()}
    before = (await _post(asgi_http, CP, span, auth)).json()["kpis"]
    trend_before = (await _post(asgi_http, "/api/proposals/analytics/conversion-trend", span, auth)).json()
    earnings_before = (await _post(asgi_http, "/api/policies/analytics/representative-earnings", span, auth)).json()
    pid = await priced_proposal(sandbox, make_proposal)
    prod = buyable(sandbox, pid)
    bought = await asgi_http.post(buy_path(pid, prod.id), json=card_body(pid, prod.id), headers=auth)
    assert bought.status_code == 200, bought.text
    gross = prod.premium(1)["grossPremium"]  # type: ignore[index]
    after = (await _post(asgi_http, CP, span, auth)).json()["kpis"]
    assert after["totalCount"] == before["totalCount"] + 1
    assert after["totalPremium"] == pytest.approx(before["totalPremium"] + gross, abs=0.01)
    trend = (await _post(asgi_http, "/api/proposals/analytics/conversion-trend", span, auth)).json()
    assert sum(p["policyCount"] for p in trend["timeSeries"]) == \
        sum(p["policyCount"] for p in trend_before["timeSeries"]) + 1
    earnings = (await _post(asgi_http, "/api/policies/analytics/representative-earnings", span, auth)).json()
    assert sum(e["policyCount"] for e in earnings["earnings"]) == \
        sum(e["policyCount"] for e in earnings_before["earnings"]) + 1
    branches = (await _post(asgi_http, "/api/policies/analytics/distribution-by-branch", span, auth)).json()
    assert sum(b["count"] for b in branches["distribution"]) == after["totalCount"]
    assert sum(b["percentage"] for b in branches["distribution"]) == pytest.approx(100, abs=0.05)


@pytest.mark.asyncio
async def test_case_analytics_count_the_seeded_cases(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                     sandbox: Sandbox) -> None:
    funnel = (await _post(asgi_http, "/api/cases/analytics/sales-opportunity-funnel", {}, auth)).json()
    backlog = (await _post(asgi_http, "/api/cases/analytics/open-case-backlog-pivot", {}, auth)).json()
    failed = (await _post(asgi_http, "/api/cases/analytics/failed-cases-reason-distribution", {}, auth)).json()
    agent_id = next(u.agent_id for u in sandbox.users.values() if u.email == "gise@demo.acente")
    cases = sandbox.graphql_nodes("cases", agent_id)
    assert sum(s["count"] for s in funnel["stages"]) == len(cases)
    assert sum(c["count"] for c in backlog["pivotData"]) == sum(n["mainState"] in ("OPEN", "IN_PROGRESS")
                                                                 for n in cases)
    assert sum(r["count"] for r in failed["reasons"]) == sum(n["mainState"] == "FAIL" for n in cases)
