"""Synchronous purchase: success, declines, guards, and never two charges for one product."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from rest_helpers import VALID_CARD, MakeProposal, problem_of

from insurup_desk.sandbox import Sandbox
from insurup_desk.sandbox.records import ProductRec


async def priced_proposal(sandbox: Sandbox, make_proposal: MakeProposal, branch: str = "trafik") -> str:
    pid = await make_proposal(branch)
    sandbox.clock.advance(sandbox.config.latency_max_s + 0.01)
    return pid


def buyable(sandbox: Sandbox, pid: str, option: str = "SYNC_CREDIT_CARD") -> ProductRec:
    now = sandbox.clock.now()
    return next(p for p in sandbox.proposals[pid].products
                if p.state(now) == "ACTIVE" and p.product_type == "WEB_SERVICE" and option in p.payment_options)


def card_body(pid: str, ppid: str, **card: Any) -> dict[str, Any]:
    return {"$type": "credit-card", "proposalId": pid, "proposalProductId": ppid, "installmentNumber": 1,
            "card": {**VALID_CARD, **card}}


def buy_path(pid: str, ppid: str) -> str:
    return f"/api/proposals/{pid}/products/{ppid}/purchase/sync"


@pytest.mark.asyncio
async def test_card_purchase_issues_a_policy_and_one_charge(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                            sandbox: Sandbox, make_proposal: MakeProposal) -> None:
    pid = await priced_proposal(sandbox, make_proposal)
    prod = buyable(sandbox, pid)
    r = await asgi_http.post(buy_path(pid, prod.id), json=card_body(pid, prod.id), headers=auth)
    assert r.status_code == 200, r.text
    result = r.json()
    assert result == {"policyId": result["policyId"]}  # the realistic profile answers what the SDK promises
    policy = (await asgi_http.get(f"/api/policies/{result['policyId']}", headers=auth)).json()
    assert policy["insuranceCompanyPolicyNumber"].startswith("POL-")
    product = (await asgi_http.get(f"/api/proposals/{pid}/products/{prod.id}", headers=auth)).json()
    assert product["state"] == "PURCHASED" and product["policyId"] == result["policyId"]
    proposal = (await asgi_http.get(f"/api/proposals/{pid}", headers=auth)).json()
    assert proposal["state"] == "PURCHASED"
    assert len(sandbox.charges) == 1
    charge = sandbox.charges[0]
    assert charge["policyId"] == result["policyId"] and charge["cardLast4"] == "4242"
    assert charge["amount"] == prod.premium(1)["grossPremium"]  # type: ignore[index]
    assert "number" not in charge and "cvc" not in charge


@pytest.mark.asyncio
async def test_second_purchase_is_refused_without_charging(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                           sandbox: Sandbox, make_proposal: MakeProposal) -> None:
    pid = await priced_proposal(sandbox, make_proposal)
    prod = buyable(sandbox, pid)
    first = await asgi_http.post(buy_path(pid, prod.id), json=card_body(pid, prod.id), headers=auth)
    again = await asgi_http.post(buy_path(pid, prod.id), json=card_body(pid, prod.id), headers=auth)
    body = problem_of(again, 409)
    assert body["policyId"] == first.json()["policyId"]
    assert len(sandbox.charges) == 1


@pytest.mark.asyncio
async def test_concurrent_purchases_cannot_both_succeed(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                        sandbox: Sandbox, make_proposal: MakeProposal) -> None:
    pid = await priced_proposal(sandbox, make_proposal)
    prod = buyable(sandbox, pid)
    results = await asyncio.gather(*(asgi_http.post(buy_path(pid, prod.id), json=card_body(pid, prod.id),
                                                    headers=auth) for _ in range(3)))
    assert sorted(r.status_code for r in results) == [200, 409, 409]
    assert len(sandbox.charges) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize(("number", "status", "words"), [
    ("4000000000009995", 422, "Yetersiz bakiye"),
    ("4000000000000002", 422, "reddedildi"),
    ("4000000000000119", 502, "Sigorta şirketi"),
])
async def test_declines_leave_the_product_payable_again(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                     sandbox: Sandbox, make_proposal: MakeProposal, number: str,
                                                     status: int, words: str) -> None:
    pid = await priced_proposal(sandbox, make_proposal)
    prod = buyable(sandbox, pid)
    body = problem_of(await asgi_http.post(buy_path(pid, prod.id), json=card_body(pid, prod.id, number=number),
                                           headers=auth), status)
    assert words in body["detail"]
    assert prod.state(sandbox.clock.now()) == "PURCHASE_FAILED" and sandbox.charges == []
    product = (await asgi_http.get(f"/api/proposals/{pid}", headers=auth)).json()["products"]
    assert next(p for p in product if p["id"] == prod.id)["premiums"]
    ok = await asgi_http.post(buy_path(pid, prod.id), json=card_body(pid, prod.id), headers=auth)
    assert ok.status_code == 200


@pytest.mark.asyncio
async def test_card_is_validated_without_echoing_it(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                    sandbox: Sandbox, make_proposal: MakeProposal) -> None:
    pid = await priced_proposal(sandbox, make_proposal)
    prod = buyable(sandbox, pid)
    bad = card_body(pid, prod.id, number="4242424242424241", expiryYear="2020", cvc="1", holderName="")
    r = await asgi_http.post(buy_path(pid, prod.id), json=bad, headers=auth)
    body = problem_of(r, 422)
    fields = {e["propertyName"] for e in body["validationErrors"]}
    assert fields == {"card.number", "card.expiryYear", "card.cvc", "card.holderName"}
    assert "4242424242424241" not in r.text
    assert prod.state(sandbox.clock.now()) == "ACTIVE"


@pytest.mark.asyncio
async def test_guards_on_state_installment_and_payment_option(
    asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox, make_proposal: MakeProposal
) -> None:
    sandbox.clock.freeze()
    pid = await make_proposal("trafik")
    waiting = sandbox.proposals[pid].products[0]
    problem_of(await asgi_http.post(buy_path(pid, waiting.id), json=card_body(pid, waiting.id), headers=auth), 422)
    sandbox.clock.advance(sandbox.config.latency_max_s + 0.01)
    now = sandbox.clock.now()
    robot = next(p for p in sandbox.proposals[pid].products if p.product_type == "ROBOT")
    assert robot.state(now) == "ACTIVE"
    body = problem_of(await asgi_http.post(buy_path(pid, robot.id), json=card_body(pid, robot.id), headers=auth), 422)
    assert body["codes"] == ["PRODUCT_NOT_PURCHASABLE"]
    failed = next(p for p in sandbox.proposals[pid].products if p.state(now) == "FAILED")
    problem_of(await asgi_http.post(buy_path(pid, failed.id), json=card_body(pid, failed.id), headers=auth), 422)
    prod = buyable(sandbox, pid)
    wrong_plan = {**card_body(pid, prod.id), "installmentNumber": 12}
    problem_of(await asgi_http.post(buy_path(pid, prod.id), json=wrong_plan, headers=auth), 422)
    prod.payment_options = ["SYNC_CREDIT_CARD"]
    open_account = {"$type": "open-account", "proposalId": pid, "proposalProductId": prod.id, "installmentNumber": 1}
    body = problem_of(await asgi_http.post(buy_path(pid, prod.id), json=open_account, headers=auth), 422)
    assert body["codes"] == ["PAYMENT_OPTION_NOT_SUPPORTED"]
    async_type = {"$type": "3d-secure", "installmentNumber": 1, "card": VALID_CARD}
    problem_of(await asgi_http.post(buy_path(pid, prod.id), json=async_type, headers=auth), 400)
    assert sandbox.charges == []


@pytest.mark.asyncio
async def test_open_account_and_inferred_type(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                              sandbox: Sandbox, make_proposal: MakeProposal) -> None:
    pid = await priced_proposal(sandbox, make_proposal, "kasko")
    prod = buyable(sandbox, pid, "SYNC_OPEN_ACCOUNT")
    r = await asgi_http.post(buy_path(pid, prod.id), json={"installmentNumber": 3}, headers=auth)
    assert r.status_code == 200, r.text
    assert sandbox.charges[0]["paymentType"] == "SYNC_OPEN_ACCOUNT" and sandbox.charges[0]["installmentNumber"] == 3
    # Another insurer's product of the same, already sold proposal cannot be bought too.
    other = buyable(sandbox, pid)
    untyped = {"installmentNumber": 1, "card": VALID_CARD}
    body = problem_of(await asgi_http.post(buy_path(pid, other.id), json=untyped, headers=auth), 409)
    assert body["codes"] == ["PROPOSAL_ALREADY_PURCHASED"]
    pid2 = await priced_proposal(sandbox, make_proposal, "trafik")
    fresh = buyable(sandbox, pid2)
    assert (await asgi_http.post(buy_path(pid2, fresh.id), json=untyped, headers=auth)).status_code == 200
    assert [c["paymentType"] for c in sandbox.charges] == ["SYNC_OPEN_ACCOUNT", "SYNC_CREDIT_CARD"]
