"""Proposals: lazy pricing on the sandbox clock, detail shapes, premiums, coverage, documents, retry."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from rest_helpers import Demo, MakeProposal, problem_of

from insurup_desk.sandbox import Sandbox


async def detail(http: httpx.AsyncClient, auth: dict[str, str], pid: str) -> dict[str, Any]:
    r = await http.get(f"/api/proposals/{pid}", headers=auth)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def settle(sandbox: Sandbox) -> None:
    sandbox.clock.advance(sandbox.config.latency_max_s + 0.01)


@pytest.mark.asyncio
async def test_pricing_timeline(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                make_proposal: MakeProposal) -> None:
    sandbox.clock.freeze()
    pid = await make_proposal("kasko")
    first = await detail(asgi_http, auth, pid)
    assert first["state"] == "WAITING"
    assert {p["state"] for p in first["products"]} == {"WAITING"}
    assert len(first["products"]) >= 12 and first["lowestPremium"] is None
    settle(sandbox)
    done = await detail(asgi_http, auth, pid)
    by_company = {p["insuranceCompanyId"]: p for p in done["products"]}
    failing = by_company[sandbox.config.failing_insurers[0]]
    robot = by_company[sandbox.config.robot_products[0]]
    assert failing["state"] == "FAILED" and failing["errorMessage"] and failing["premiums"] == []
    assert robot["state"] == "ACTIVE" and robot["productType"] == "ROBOT" and robot["premiums"]
    assert done["state"] == "ACTIVE"
    priced = [p for p in done["products"] if p["state"] == "ACTIVE"]
    assert done["succeedProductsCount"] == len(priced)
    singles = [p["premiums"][0]["grossPremium"] for p in priced]
    assert done["lowestPremium"] == min(singles) and done["highestPremium"] == max(singles)
    assert all(20_000 <= g <= 90_000 for g in singles)
    assert {x["installmentNumber"] for x in priced[0]["premiums"]} == {1, 3, 6, 9}


@pytest.mark.asyncio
async def test_products_price_one_by_one(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                         make_proposal: MakeProposal) -> None:
    sandbox.clock.freeze()
    pid = await make_proposal("trafik")
    proposal = sandbox.proposals[pid]
    ready = sorted(p.ready_at for p in proposal.products)
    sandbox.clock.advance(ready[len(ready) // 2] - sandbox.clock.now() + 1e-6)
    states = [p["state"] for p in (await detail(asgi_http, auth, pid))["products"]]
    assert "WAITING" in states and any(s != "WAITING" for s in states)
    assert (await detail(asgi_http, auth, pid))["state"] == "WAITING"


@pytest.mark.asyncio
async def test_trafik_premiums_are_realistic(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                             sandbox: Sandbox, make_proposal: MakeProposal) -> None:
    pid = await make_proposal("trafik")
    settle(sandbox)
    body = await detail(asgi_http, auth, pid)
    for p in body["products"]:
        for premium in p["premiums"]:
            assert 8_000 <= premium["grossPremium"] <= 25_000 * 1.1
            assert premium["netPremium"] < premium["grossPremium"] and premium["currency"] == "TURKISH_LIRA"
    assert body["snapshot"]["insuredCustomer"]["identityNumber"] == {"value": 11111111110}
    assert body["snapshot"]["vehicle"]["plate"] == {"city": 34, "code": "ABC123"}
    assert body["policyStartDate"] and body["policyEndDate"] > body["policyStartDate"]


@pytest.mark.asyncio
async def test_same_seed_prices_the_same(sandbox_app: Any, demo: Demo) -> None:
    from insurup_desk.sandbox import SandboxConfig, create_app
    from insurup_desk.sandbox.pricing import build_products

    other = create_app(SandboxConfig.for_tests()).state.sandbox
    prices = []
    for sb in (sandbox_app.state.sandbox, other):
        vehicle = sb.vehicles[demo.vehicle_id].data if demo.vehicle_id in sb.vehicles else None
        products = build_products(config=sb.config, ids=sb.ids, proposal_id="p1", branch="KASKO",
                                  vehicle=vehicle, groups=[], now=0.0, year_now=2026)
        prices.append([(p.insurer_id, p.outcome, [x["grossPremium"] for x in p.premiums]) for p in products])
    assert prices[0] == prices[1]


@pytest.mark.asyncio
async def test_create_validation(asgi_http: httpx.AsyncClient, auth: dict[str, str], demo: Demo) -> None:
    body = {"$type": "kasko", "productBranch": "TRAFIK", "insurerCustomerId": demo.customer_id,
            "insuredCustomerId": "00000000-0000-4000-8000-000000000000", "vehicleId": "nope", "channel": "FAX"}
    problem = problem_of(await asgi_http.post("/api/proposals", json=body, headers=auth), 422)
    fields = {e["propertyName"] for e in problem["validationErrors"]}
    assert fields == {"productBranch", "insuredCustomerId", "vehicleId", "channel"}
    problem_of(await asgi_http.post("/api/proposals", json={"productBranch": "KASKO"}, headers=auth), 400)
    dask = {"$type": "dask", "productBranch": "DASK"}
    problem_of(await asgi_http.post("/api/proposals", json=dask, headers=auth), 422)


@pytest.mark.asyncio
async def test_doc_shape_create_is_refused(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                           demo: Demo) -> None:
    body = {"type": "traffic", "customerId": demo.customer_id, "vehicleId": demo.vehicle_id, "channel": "website"}
    problem_of(await asgi_http.post("/api/proposals", json=body, headers=auth), 400)


@pytest.mark.asyncio
async def test_products_list_single_premium_detail_and_coverage(
    asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox, make_proposal: MakeProposal
) -> None:
    groups = (await asgi_http.get("/api/coverage-groups?productBranch=KASKO", headers=auth)).json()
    pid = await make_proposal("kasko", coverageGroupIds=[groups[0]["id"]])
    settle(sandbox)
    products = (await asgi_http.get(f"/api/proposals/{pid}/products", headers=auth)).json()
    assert products == (await detail(asgi_http, auth, pid))["products"]
    active = next(p for p in products if p["state"] == "ACTIVE")
    base = f"/api/proposals/{pid}/products/{active['id']}"
    assert (await asgi_http.get(base, headers=auth)).json() == active
    assert active["coverageGroupId"] == groups[0]["id"]
    for spelling in ("premium-detail", "premiums"):
        d = (await asgi_http.get(f"{base}/{spelling}/3", headers=auth)).json()
        assert d["proposalProductId"] == active["id"] and d["installmentNumber"] == 3
    problem_of(await asgi_http.get(f"{base}/premium-detail/12", headers=auth), 404)
    cov = (await asgi_http.get(f"{base}/coverage", headers=auth)).json()["coverage"]
    assert next(iter(cov)) == "$type" and cov["productBranch"] == "KASKO"
    assert (await asgi_http.get(f"/api/proposals/{pid}/coverage", headers=auth)).json()["coverage"]["$type"] == "kasko"
    snap = (await asgi_http.get(f"/api/proposals/{pid}/snapshot", headers=auth)).json()
    assert snap["isInsuredCustomerSameAsInsurerCustomer"] is True
    problem_of(await asgi_http.get(f"/api/proposals/{pid}/products/nope", headers=auth), 404)
    problem_of(await asgi_http.get("/api/proposals/000000000000000000000000", headers=auth), 404)


async def fetch_pdf(http: httpx.AsyncClient, auth: dict[str, str], path: str, method: str = "GET",
                    body: dict[str, Any] | None = None) -> bytes:
    r = await http.request(method, path, headers=auth, json=body)
    assert r.status_code == 200, r.text
    url = httpx.URL(r.json()["url"])
    pdf = await http.get(url.path)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-1.4") and pdf.content.rstrip().endswith(b"%%EOF")
    return pdf.content


@pytest.mark.asyncio
async def test_documents_are_real_pdfs(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                       make_proposal: MakeProposal, demo: Demo) -> None:
    pid = await make_proposal("trafik")
    settle(sandbox)
    products = (await detail(asgi_http, auth, pid))["products"]
    active = [p for p in products if p["state"] == "ACTIVE"]
    base = f"/api/proposals/{pid}/products/{active[0]['id']}"
    doc = await fetch_pdf(asgi_http, auth, f"{base}/document")
    assert b"Ayse Yilmaz" in doc and active[0]["insuranceCompanyName"].encode("cp1252", "replace")[:4] in doc
    await fetch_pdf(asgi_http, auth, f"{base}/information-form")
    await fetch_pdf(asgi_http, auth, f"{base}/information-form-document")
    ids = [p["id"] for p in active[:3]]
    await fetch_pdf(asgi_http, auth, f"/api/proposals/{pid}/products/compare-pdf", "POST",
                    {"proposalId": pid, "proposalProductIds": ids, "excludedCoverageFields": []})
    problem_of(await asgi_http.get(f"/api/proposals/{pid}/products/compare-pdf", headers=auth), 405)
    send = {"proposalId": pid, "proposalProductId": active[0]["id"], "customerId": demo.customer_id,
            "communication": {"type": "email", "email": "ayse@example.com"}}
    assert (await asgi_http.post(f"{base}/document/send", json=send, headers=auth)).status_code == 204
    assert (await asgi_http.post(f"{base}/information-form/send", json=send, headers=auth)).status_code == 204
    compare = {"proposalId": pid, "proposalProductIds": ids, "excludedCoverageFields": [],
               "customerId": demo.customer_id, "communication": send["communication"]}
    r = await asgi_http.post(f"/api/proposals/{pid}/products/compare-pdf/send", json=compare, headers=auth)
    assert r.status_code == 204
    bad = {**send, "communication": {"type": "fax"}}
    problem_of(await asgi_http.post(f"{base}/document/send", json=bad, headers=auth), 422)


@pytest.mark.asyncio
async def test_document_of_unpriced_product_is_refused(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                       sandbox: Sandbox, make_proposal: MakeProposal) -> None:
    sandbox.clock.freeze()
    pid = await make_proposal("trafik")
    ppid = sandbox.proposals[pid].products[0].id
    problem_of(await asgi_http.get(f"/api/proposals/{pid}/products/{ppid}/document", headers=auth), 422)


@pytest.mark.asyncio
async def test_retry_reprices_a_failed_product(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                               sandbox: Sandbox, make_proposal: MakeProposal) -> None:
    sandbox.clock.freeze()
    pid = await make_proposal("kasko")
    settle(sandbox)
    failed = next(p for p in (await detail(asgi_http, auth, pid))["products"] if p["state"] == "FAILED")
    path = f"/api/proposals/{pid}/products/{failed['id']}/retry"
    problem_of(await asgi_http.get(path, headers=auth), 405)  # the kasko doc's GET (§16 #23)
    body = {"proposalId": pid, "proposalProductId": failed["id"]}
    r = await asgi_http.post(path, json=body, headers=auth)
    assert r.status_code == 204
    waiting = (await asgi_http.get(f"/api/proposals/{pid}/products/{failed['id']}", headers=auth)).json()
    assert waiting["state"] == "WAITING"
    settle(sandbox)
    priced = (await asgi_http.get(f"/api/proposals/{pid}/products/{failed['id']}", headers=auth)).json()
    assert priced["state"] == "ACTIVE" and priced["premiums"] and priced["errorMessage"] is None
    problem_of(await asgi_http.post(path, json={}, headers=auth), 422)


@pytest.mark.asyncio
async def test_retry_can_fail_again_when_configured(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                    sandbox: Sandbox, make_proposal: MakeProposal) -> None:
    sandbox.config.retry_succeeds = False
    sandbox.clock.freeze()
    pid = await make_proposal("trafik")
    settle(sandbox)
    failed = next(p for p in sandbox.proposals[pid].products if p.outcome == "FAILED")
    r = await asgi_http.post(f"/api/proposals/{pid}/products/{failed.id}/retry", json={}, headers=auth)
    assert r.status_code == 204
    settle(sandbox)
    again = (await asgi_http.get(f"/api/proposals/{pid}/products/{failed.id}", headers=auth)).json()
    assert again["state"] == "FAILED" and again["errorMessage"]


@pytest.mark.asyncio
async def test_proposal_of_another_agency_is_404(asgi_http: httpx.AsyncClient, make_proposal: MakeProposal) -> None:
    from rest_helpers import sign_in

    pid = await make_proposal("trafik")
    other = await sign_in(asgi_http, "diger@ornek.acente")
    problem_of(await asgi_http.get(f"/api/proposals/{pid}", headers=other), 404)
