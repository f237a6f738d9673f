"""Consent at the desk, without widgets: state, give and revoke with channel MANUAL, history newest first."""

from __future__ import annotations

from typing import Any

import pytest
from sending_kit import AYSE

from insurup_desk.api import InsurUpClient
from insurup_desk.services.consents import ConsentService


@pytest.mark.asyncio
async def test_give_revoke_and_history(client: InsurUpClient, sandbox: Any) -> None:
    me = await client.me()
    customer = await client.customers.get(AYSE)
    service = ConsentService(client.consents)
    start = await service.view(customer.id)
    assert start.is_active("KVKK") and not start.is_active("ETK") and len(start.history) == 1
    given = await service.set(customer.id, "ETK", True)
    assert given.is_active("ETK")
    revoked = await service.revoke(customer.id, "KVKK")
    assert not revoked.is_active("KVKK") and revoked.is_active("ETK")
    newest = revoked.history[:2]
    assert [(e.consent_type, e.action, e.channel) for e in newest] == [("KVKK", "REVOKED", "MANUAL"),
                                                                       ("ETK", "GIVEN", "MANUAL")]
    assert all(e.performed_by is not None and e.performed_by.id == me.id for e in newest)
    assert all(e.performed_at is not None for e in newest)
    # The customer record and its list row say the same.
    assert {c["consentType"]: c["isActive"] for c in sandbox.customers[customer.id].data["consents"]} == {
        "KVKK": False, "ETK": True}
