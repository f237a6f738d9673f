"""Policies: detail with versions, the policy PDF, sending the document, and seeded policies."""

from __future__ import annotations

import httpx
import pytest
from rest_helpers import VALID_CARD, Demo, MakeProposal, problem_of, sign_in

from insurup_desk.sandbox import Sandbox


async def bought_policy(http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                        make_proposal: MakeProposal) -> str:
    pid = await make_proposal("kasko")
    sandbox.clock.advance(sandbox.config.latency_max_s + 0.01)
    now = sandbox.clock.now()
    prod = next(p for p in sandbox.proposals[pid].products if p.state(now) == "ACTIVE" and p.product_type ==
                "WEB_SERVICE" and "SYNC_CREDIT_CARD" in p.payment_options)
    r = await http.post(f"/api/proposals/{pid}/products/{prod.id}/purchase/sync", headers=auth,
                        json={"$type": "credit-card", "installmentNumber": 6, "card": VALID_CARD,
                              "metadata": {"campaign": "kis-2026"}})
    assert r.status_code == 200, r.text
    return str(r.json()["policyId"])


@pytest.mark.asyncio
async def test_purchased_policy_detail(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                       make_proposal: MakeProposal, demo: Demo) -> None:
    policy_id = await bought_policy(asgi_http, auth, sandbox, make_proposal)
    body = (await asgi_http.get(f"/api/policies/{policy_id}", headers=auth)).json()
    assert body["id"] == policy_id and body["state"] == "ACTIVE" and body["productBranch"] == "KASKO"
    assert body["installmentNumber"] == 6 and body["paymentType"] == "SYNC_CREDIT_CARD"
    assert body["insuredCustomerId"] == demo.customer_id and body["metadata"] == {"campaign": "kis-2026"}
    assert body["currentVersion"] == 1 and body["versions"][0]["versionType"] == "INITIAL"
    assert body["snapshot"]["vehicle"]["plate"] == {"city": 34, "code": "ABC123"}
    assert body["coverage"]["$type"] == "kasko" and body["grossPremium"] > body["netPremium"]
    expected = {"proposalId", "proposalProductId", "insuranceCompanyPolicyNumber", "startDate", "endDate",
                "netPremiumTL", "grossPremiumChange", "insuranceServicesPolicyReference", "createdBy"}
    assert expected <= set(body)
    customer = (await asgi_http.get(f"/api/customers/{demo.customer_id}", headers=auth)).json()
    assert customer["policyCount"] >= 1


@pytest.mark.asyncio
async def test_policy_document_and_send(asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox,
                                        make_proposal: MakeProposal, demo: Demo) -> None:
    policy_id = await bought_policy(asgi_http, auth, sandbox, make_proposal)
    url = (await asgi_http.get(f"/api/policies/{policy_id}/document", headers=auth)).json()["url"]
    pdf = await asgi_http.get(httpx.URL(url).path)
    number = sandbox.policies[policy_id].node["insuranceCompanyPolicyNumber"]
    assert pdf.headers["content-type"] == "application/pdf" and number.encode() in pdf.content
    send = {"policyId": policy_id, "customerId": demo.customer_id,
            "communication": {"type": "sms", "phoneNumber": {"countryCode": 90, "number": "5321234567"}}}
    r = await asgi_http.post(f"/api/policies/{policy_id}/document/send", json=send, headers=auth)
    assert r.status_code == 204
    stranger = {**send, "customerId": demo.company_id}
    problem_of(await asgi_http.post(f"/api/policies/{policy_id}/document/send", json=stranger, headers=auth), 422)


@pytest.mark.asyncio
async def test_seeded_cancelled_policy_has_a_cancellation_version(asgi_http: httpx.AsyncClient,
                                                                  auth: dict[str, str], demo: Demo,
                                                                  sandbox: Sandbox) -> None:
    cancelled = next(p for p in sandbox.policies.values()
                     if p.node["state"] == "CANCELLED" and p.agent_id == demo.agent_id)
    body = (await asgi_http.get(f"/api/policies/{cancelled.id}", headers=auth)).json()
    assert [v["versionType"] for v in body["versions"]] == ["INITIAL", "CANCELLATION"]
    assert body["grossPremiumChange"] == -body["grossPremium"]
    assert body["snapshot"]["insuredCustomer"]["id"] == body["insuredCustomerId"]


@pytest.mark.asyncio
async def test_unknown_and_foreign_policies_are_404(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                    sandbox: Sandbox, demo: Demo) -> None:
    problem_of(await asgi_http.get("/api/policies/000000000000000000000000", headers=auth), 404)
    mine = next(p for p in sandbox.policies.values() if p.agent_id == demo.agent_id)
    other = await sign_in(asgi_http, "diger@ornek.acente")
    problem_of(await asgi_http.get(f"/api/policies/{mine.id}", headers=other), 404)
    problem_of(await asgi_http.get(f"/api/policies/{mine.id}/document", headers=other), 404)
