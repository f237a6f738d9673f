"""The send and consent calls on the wire: bodies to the contract, the §K fallback, and no automatic repeat."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest
from api_fakes import FakeApi, ok, problem, signed_in

from insurup_desk.api import InsurUpClient, NotFound, ServerError
from insurup_desk.api.sending import EmailTo, SmsTo

PP = "proposals/p-1/products/pp-1"


def body(request: httpx.Request) -> object:
    return json.loads(request.content)


@pytest.mark.asyncio
async def test_send_bodies_follow_the_contract(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    for path in (f"{PP}/document/send", f"{PP}/information-form-document/send",
                 "proposals/p-1/products/compare-pdf/send", "policies/pol-1/document/send"):
        fake.on("POST", path, ok(status=204))
    async with make_client() as client:
        await signed_in(client)
        await client.sending.offer_document("p-1", "pp-1", "c-1", SmsTo("5321234567"))
        await client.sending.information_form("p-1", "pp-1", "c-1", EmailTo("a@b.co"))
        await client.sending.comparison("p-1", ["pp-1", "pp-2"], "c-1", EmailTo("a@b.co"))
        await client.sending.policy_document("pol-1", "c-1", EmailTo("a@b.co"))
    email = {"type": "email", "email": "a@b.co"}
    assert body(fake.calls("POST", f"{PP}/document/send")[0]) == {
        "proposalId": "p-1", "proposalProductId": "pp-1", "customerId": "c-1",
        "communication": {"type": "sms", "phoneNumber": {"countryCode": 90, "number": "5321234567"}}}
    assert body(fake.calls("POST", f"{PP}/information-form-document/send")[0]) == {
        "proposalId": "p-1", "proposalProductId": "pp-1", "customerId": "c-1", "communication": email}
    assert body(fake.calls("POST", "proposals/p-1/products/compare-pdf/send")[0]) == {
        "proposalId": "p-1", "proposalProductIds": ["pp-1", "pp-2"], "excludedCoverageFields": [],
        "customerId": "c-1", "communication": email}
    assert body(fake.calls("POST", "policies/pol-1/document/send")[0]) == {
        "policyId": "pol-1", "customerId": "c-1", "communication": email}


@pytest.mark.asyncio
async def test_information_form_uses_the_older_route_only_when_the_newer_is_unknown(
        fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("POST", f"{PP}/information-form/send", ok(status=204))  # the newer route answers endpoint-not-found
    async with make_client() as client:
        await signed_in(client)
        await client.sending.information_form("p-1", "pp-1", "c-1", EmailTo("a@b.co"))
        assert len(fake.calls("POST", f"{PP}/information-form/send")) == 1
        # The newer route exists but the proposal does not: no second try on the older one.
        fake.on("POST", f"{PP}/information-form-document/send",
                lambda _r: problem(404, "resource-not-found", "Teklif bulunamadı."))
        with pytest.raises(NotFound):
            await client.sending.information_form("p-1", "pp-1", "c-1", EmailTo("a@b.co"))
    assert len(fake.calls("POST", f"{PP}/information-form/send")) == 1


@pytest.mark.asyncio
async def test_a_failed_send_is_not_repeated(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("POST", f"{PP}/document/send", lambda _r: problem(503, "service-unavailable", "Geçici sorun."))
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises(ServerError):
            await client.sending.offer_document("p-1", "pp-1", "c-1", EmailTo("a@b.co"))
    assert len(fake.calls("POST", f"{PP}/document/send")) == 1


@pytest.mark.asyncio
async def test_consent_calls(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("POST", "customers/c-1/consents", ok(status=204))
    fake.on("DELETE", "customers/c-1/consents/ETK", ok(status=204))
    fake.on("GET", "customers/c-1/consents", ok({
        "consents": [{"consentType": "KVKK", "isActive": True}, {"consentType": "ETK", "isActive": False}],
        "history": [{"consentType": "ETK", "action": "REVOKED", "performedAt": "2026-12-03T10:00:00Z",
                     "performedBy": {"id": "u-1", "name": "Elif Demir"}, "channel": "MANUAL"}]}))
    async with make_client() as client:
        await signed_in(client)
        await client.consents.give("c-1", "KVKK")
        await client.consents.revoke("c-1", "ETK")
        state = await client.consents.get("c-1")
    assert body(fake.calls("POST", "customers/c-1/consents")[0]) == {
        "consentType": "KVKK", "channel": "MANUAL", "customerId": "c-1"}
    assert fake.calls("DELETE", "customers/c-1/consents/ETK")[0].content == b""
    assert state.is_active("KVKK") and not state.is_active("ETK")
    event = state.history[0]
    assert event.performed_by is not None and event.performed_by.name == "Elif Demir" and event.action == "REVOKED"
