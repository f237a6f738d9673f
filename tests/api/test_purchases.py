from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from api_fakes import FakeApi, ok, problem, signed_in

from insurup_desk.api import (
    BusinessRuleViolation,
    CardDetails,
    InsurUpClient,
    NetworkError,
    PurchaseOutcomeUnknown,
    ValidationFailed,
)

PURCHASE = "proposals/p-1/products/pp-1/purchase/sync"
CARD = CardDetails(number="4242 4242 4242 4242", cvc="123", expiry_month="1", expiry_year="30", holder_name="AYSE Y")


def product(state: str, policy_id: str | None = None) -> dict[str, Any]:
    return {
        "proposalId": "p-1",
        "state": "ACTIVE",
        "products": [{"id": "pp-1", "state": state, "policyId": policy_id, "premiums": []}],
    }


def read_timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def dropped(request: httpx.Request) -> httpx.Response:
    raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)


def refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


@pytest.mark.asyncio
async def test_card_purchase_body_and_result(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("POST", PURCHASE, ok({"policyId": "pol-1", "policyNumber": "POL-9", "status": "PURCHASED"}))
    async with make_client() as client:
        await signed_in(client)
        result = await client.purchases.pay_by_card("p-1", "pp-1", 1, CARD, metadata={"campaign": "x"})
    assert (result.policy_id, result.policy_number, result.status) == ("pol-1", "POL-9", "PURCHASED")
    request = fake.calls("POST", PURCHASE)[0]
    assert request.content.startswith(b'{"$type":"credit-card",')
    body = json.loads(request.content)
    assert body["card"] == {
        "identityNumber": None,
        "number": "4242424242424242",
        "cvc": "123",
        "expiryMonth": "01",
        "expiryYear": "2030",
        "holderName": "AYSE Y",
    }
    assert body["installmentNumber"] == 1 and body["metadata"] == {"campaign": "x"}
    assert "4242" not in repr(CARD) and "123" not in str(CARD)


@pytest.mark.asyncio
async def test_open_account_purchase_without_metadata(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("POST", PURCHASE, ok({"policyId": "pol-1"}))
    async with make_client() as client:
        await signed_in(client)
        result = await client.purchases.pay_open_account("p-1", "pp-1", 3)
    assert result.policy_id == "pol-1" and result.policy_number is None
    body = json.loads(fake.calls("POST", PURCHASE)[0].content)
    assert body == {"$type": "open-account", "proposalId": "p-1", "proposalProductId": "pp-1", "installmentNumber": 3}


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "failure",
    [
        read_timeout,
        dropped,
        lambda r: httpx.Response(500),
        lambda r: httpx.Response(503),
        lambda r: problem(502, "upstream-service", "Sigortacı yanıt vermedi."),
    ],
)
async def test_lost_or_failed_answers_are_outcome_unknown_and_never_retried(
    fake: FakeApi, make_client: Callable[..., InsurUpClient], failure: Callable[[httpx.Request], httpx.Response]
) -> None:
    fake.on("POST", PURCHASE, failure, ok({"policyId": "pol-1"}))
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises(PurchaseOutcomeUnknown) as info:
            await client.purchases.pay_by_card("p-1", "pp-1", 1, CARD)
    assert (info.value.proposal_id, info.value.proposal_product_id) == ("p-1", "pp-1")
    assert len(fake.calls("POST", PURCHASE)) == 1


@pytest.mark.asyncio
async def test_refused_connection_is_a_plain_network_error(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("POST", PURCHASE, refused)
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises(NetworkError) as info:
            await client.purchases.pay_by_card("p-1", "pp-1", 1, CARD)
    assert not isinstance(info.value, PurchaseOutcomeUnknown)
    assert len(fake.calls("POST", PURCHASE)) == 1


@pytest.mark.asyncio
async def test_declines_are_ordinary_typed_errors(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on(
        "POST",
        PURCHASE,
        lambda r: problem(422, "business-validation", "Yetersiz bakiye", codes=["CARD_DECLINED"]),
        lambda r: problem(
            422,
            "input-validation",
            "Kart geçersiz",
            validationErrors=[{"propertyName": "Card.Number", "errorMessage": "Geçersiz"}],
        ),
    )
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises(BusinessRuleViolation) as first:
            await client.purchases.pay_by_card("p-1", "pp-1", 1, CARD)
        with pytest.raises(ValidationFailed) as second:
            await client.purchases.pay_by_card("p-1", "pp-1", 1, CARD)
    assert str(first.value) == "Yetersiz bakiye" and first.value.codes == ["CARD_DECLINED"]
    assert second.value.field_errors == {"card.number": ["Geçersiz"]}


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("state", "policy_id", "expected"),
    [
        ("PURCHASED", "pol-1", "PURCHASED"),
        ("PURCHASING", None, "PROCESSING"),
        ("ACTIVE", None, "NOT_PURCHASED"),
        ("FAILED", None, "NOT_PURCHASED"),
        ("PURCHASE_FAILED", None, "NOT_PURCHASED"),
        # Nothing proves the customer was not charged: the purchase stays "being checked".
        ("PURCHASED", None, "PROCESSING"),
        ("WAITING", None, "PROCESSING"),
        ("REFUND_PENDING", None, "PROCESSING"),
    ],
)
async def test_reconcile_reads_product_and_policy(
    fake: FakeApi, make_client: Callable[..., InsurUpClient], state: str, policy_id: str | None, expected: str
) -> None:
    fake.on("GET", "proposals/p-1", ok(product(state, policy_id)))
    fake.on("GET", "policies/pol-1", ok({"id": "pol-1", "insuranceCompanyPolicyNumber": "POL-9"}))
    async with make_client() as client:
        await signed_in(client)
        outcome = await client.purchases.reconcile("p-1", "pp-1")
    assert outcome.status == expected
    if expected == "PURCHASED":
        assert outcome.policy is not None and outcome.policy.insurance_company_policy_number == "POL-9"
    else:
        assert outcome.policy is None


@pytest.mark.asyncio
async def test_reconcile_falls_back_to_the_single_product_path(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("GET", "proposals/p-1", ok({"proposalId": "p-1", "products": []}))
    fake.on("GET", "proposals/p-1/products/pp-1", ok({"id": "pp-1", "state": "PURCHASING"}))
    async with make_client() as client:
        await signed_in(client)
        outcome = await client.purchases.reconcile("p-1", "pp-1")
    assert outcome.status == "PROCESSING"
