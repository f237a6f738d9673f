"""Fault switches over the admin endpoint, in-process and over a real socket."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from rest_helpers import VALID_CARD, MakeProposal, problem_of

from insurup_desk.sandbox import Sandbox, SandboxServer
from insurup_desk.sandbox.faults import FaultRule, parse_cli_fault

ME = "/api/agent-users/me"


async def add_fault(http: httpx.AsyncClient, **rule: Any) -> None:
    r = await http.post("/_sandbox/faults", json=rule)
    assert r.status_code == 200, r.text


@pytest.mark.asyncio
@pytest.mark.parametrize(("status", "slug"), [(401, "unauthorized"), (403, "access-denied"),
                                              (404, "resource-not-found"), (422, "business-validation"),
                                              (500, "internal-error"), (502, "upstream-service"),
                                              (503, "service-unavailable")])
async def test_forced_status_for_the_next_call_only(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                    status: int, slug: str) -> None:
    await add_fault(asgi_http, route=ME, status=status, count=1)
    body = problem_of(await asgi_http.get(ME, headers=auth), status)
    assert body["type"].endswith("/" + slug)
    assert (await asgi_http.get(ME, headers=auth)).status_code == 200


@pytest.mark.asyncio
async def test_429_carries_retry_after_and_count_is_honoured(asgi_http: httpx.AsyncClient,
                                                             auth: dict[str, str]) -> None:
    await add_fault(asgi_http, route="/api/*", method="GET", status=429, count=2, retryAfterS=4)
    for _ in range(2):
        r = await asgi_http.get(ME, headers=auth)
        problem_of(r, 429)
        assert r.headers["Retry-After"] == "4"
    assert (await asgi_http.get(ME, headers=auth)).status_code == 200


@pytest.mark.asyncio
async def test_route_pattern_and_method_limit_the_fault(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    await add_fault(asgi_http, route="/api/customers/*", method="POST", status=503)
    assert (await asgi_http.get("/api/customers/11111111110", headers=auth)).status_code == 200
    assert (await asgi_http.get(ME, headers=auth)).status_code == 200
    problem_of(await asgi_http.post("/api/customers/external-lookup", json={}, headers=auth), 503)


@pytest.mark.asyncio
async def test_extra_latency(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    await add_fault(asgi_http, route=ME, latencyS=0.2, count=1)
    start = time.monotonic()
    assert (await asgi_http.get(ME, headers=auth)).status_code == 200
    assert time.monotonic() - start >= 0.2
    start = time.monotonic()
    await asgi_http.get(ME, headers=auth)
    assert time.monotonic() - start < 0.2


@pytest.mark.asyncio
async def test_graphql_is_behind_the_same_faults(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    await add_fault(asgi_http, route="*graphql", status=502, count=1)
    query = {"query": "{ policiesNew(first: 1) { totalCount } }"}
    problem_of(await asgi_http.post("/api/graphql", json=query, headers=auth), 502)
    r = await asgi_http.post("/api/graphql", json=query, headers=auth)
    assert r.status_code == 200 and r.json()["data"]["policiesNew"]["totalCount"] > 0


@pytest.mark.asyncio
async def test_drop_in_process_raises_a_transport_error(asgi_http: httpx.AsyncClient, auth: dict[str, str]) -> None:
    await add_fault(asgi_http, route=ME, drop=True, count=1)
    with pytest.raises(httpx.TransportError):
        await asgi_http.get(ME, headers=auth)
    assert (await asgi_http.get(ME, headers=auth)).status_code == 200


@pytest.mark.asyncio
async def test_shortened_token_lifetime(asgi_http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    r = await asgi_http.post("/_sandbox/faults", json={"tokenLifetimeS": 5})
    assert r.json()["tokenLifetimeS"] == 5
    login = await asgi_http.post("/api/authentication:agent-user/login",
                                 json={"email": "gise@demo.acente", "password": "Demo1234!"})
    assert login.json()["expiresIn"] == 5
    sandbox.clock.advance(6)
    problem_of(await asgi_http.get(ME, headers={"Authorization": f"Bearer {login.json()['accessToken']}"}), 401)


@pytest.mark.asyncio
async def test_admin_state_and_clear(asgi_http: httpx.AsyncClient) -> None:
    await add_fault(asgi_http, route="/api/*", status=500, count=3)
    state = (await asgi_http.get("/_sandbox/faults")).json()
    assert state["rules"][0]["status"] == 500 and state["rules"][0]["count"] == 3
    assert (await asgi_http.delete("/_sandbox/faults")).status_code == 204
    assert (await asgi_http.get("/_sandbox/faults")).json() == {"rules": [], "tokenLifetimeS": None}
    problem_of(await asgi_http.post("/_sandbox/faults", json={"route": "*", "status": 418}), 400)
    problem_of(await asgi_http.post("/_sandbox/faults", json={"route": "*"}), 400)


def test_cli_fault_syntax() -> None:
    rule = parse_cli_fault('{"route": "/api/proposals*", "status": 503, "count": 2}')
    assert (rule.route, rule.status, rule.count) == ("/api/proposals*", 503, 2)
    assert rule.matches("POST", "/api/proposals/x") and not rule.matches("GET", "/api/customers")
    with pytest.raises(ValueError):
        parse_cli_fault("[1]")
    assert FaultRule.from_json({"drop": True}).drop


def test_drop_over_a_socket(live_sandbox: SandboxServer, sandbox: Sandbox) -> None:
    sandbox.faults.add(FaultRule(route=ME, drop=True, count=1))
    with httpx.Client(base_url=live_sandbox.url, timeout=5) as http, pytest.raises(httpx.TransportError):
        http.get(ME)


@pytest.mark.asyncio
async def test_purchase_commits_but_the_answer_is_lost(live_sandbox: SandboxServer, sandbox: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=live_sandbox.url, timeout=5) as http:
        login = await http.post("/api/authentication:agent-user/login",
                                json={"email": "gise@demo.acente", "password": "Demo1234!"})
        auth = {"Authorization": f"Bearer {login.json()['accessToken']}"}
        ayse = (await http.get("/api/customers/11111111110", headers=auth)).json()
        vehicle = (await http.get(f"/api/customers/{ayse['id']}/vehicles", headers=auth)).json()[0]
        body = {"$type": "trafik", "productBranch": "TRAFIK", "insurerCustomerId": ayse["id"],
                "insuredCustomerId": ayse["id"], "vehicleId": vehicle["id"], "channel": "CALL_CENTER"}
        pid = (await http.post("/api/proposals", json=body, headers=auth)).json()["proposalId"]
        sandbox.clock.advance(sandbox.config.latency_max_s + 0.01)
        now = sandbox.clock.now()
        prod = next(p for p in sandbox.proposals[pid].products
                    if p.state(now) == "ACTIVE" and p.product_type == "WEB_SERVICE")
        sandbox.faults.add(FaultRule(route="*/purchase/sync", lose_response=True, count=1))
        with pytest.raises(httpx.TransportError):
            await http.post(f"/api/proposals/{pid}/products/{prod.id}/purchase/sync", headers=auth,
                            json={"$type": "credit-card", "installmentNumber": 1, "card": VALID_CARD})
        assert len(sandbox.charges) == 1
        product = (await http.get(f"/api/proposals/{pid}/products/{prod.id}", headers=auth)).json()
        assert product["state"] == "PURCHASED" and product["policyId"] == sandbox.charges[0]["policyId"]


@pytest.mark.asyncio
async def test_lost_answer_in_process(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                      make_proposal: MakeProposal) -> None:
    pid = await make_proposal("trafik")
    sandbox.clock.advance(sandbox.config.latency_max_s + 0.01)
    now = sandbox.clock.now()
    prod = next(p for p in sandbox.proposals[pid].products
                if p.state(now) == "ACTIVE" and p.product_type == "WEB_SERVICE")
    await add_fault(asgi_http, route="*/purchase/sync", loseResponse=True, count=1)
    with pytest.raises(httpx.TransportError):
        await asgi_http.post(f"/api/proposals/{pid}/products/{prod.id}/purchase/sync", headers=auth,
                             json={"$type": "credit-card", "installmentNumber": 1, "card": VALID_CARD})
    assert prod.state(sandbox.clock.now()) == "PURCHASED" and len(sandbox.charges) == 1
