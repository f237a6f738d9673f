"""Sending documents to the customer, without widgets, against the in-process sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from sending_kit import AYSE, policy_of, priced_proposal

from insurup_desk.api import InsurUpClient, RateLimited, ValidationFailed
from insurup_desk.api.sending import EmailTo, Recipient, SmsTo
from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.sending import RecipientInvalid, SendingService, SendJob, recipient


def test_recipient_checks_what_the_operator_typed() -> None:
    assert recipient("email", "  ayse@example.com ") == EmailTo("ayse@example.com")
    assert recipient("sms", "0532 123 45 67") == SmsTo("5321234567")
    assert recipient("sms", "+90 (532) 123-45-67") == SmsTo("5321234567")
    for channel, text, reason in (("email", "ayse@", "email_syntax"), ("email", "", "empty"),
                                  ("sms", "0212 123 45 67", "not_mobile"), ("sms", "532 12", "not_mobile")):
        with pytest.raises(RecipientInvalid) as caught:
            recipient(channel, text)  # type: ignore[arg-type]
        assert caught.value.reason == reason


@pytest.mark.asyncio
async def test_each_document_reaches_the_customer_by_its_channel(client: InsurUpClient, sandbox: Any) -> None:
    customer_id, pid, ids = await priced_proposal(client, sandbox)
    service = SendingService(client)
    jobs = [SendJob("comparison", customer_id, pid, ids[:3]), SendJob("offer", customer_id, pid, ids[:1]),
            SendJob("information", customer_id, pid, ids[:1]),
            SendJob("policy", customer_id, policy_id=policy_of(sandbox, customer_id))]
    recipients: list[Recipient] = [EmailTo("ayse@example.com"), SmsTo("5321234567"), EmailTo("a@b.co"),
                                   SmsTo("5551112233")]
    for job, to in zip(jobs, recipients, strict=True):
        await service.send(job, to)
    got = [(m["document"], m["channel"], m["to"], m["customerId"]) for m in sandbox.messages]
    assert got == [("comparison", "email", "ayse@example.com", customer_id),
                   ("offer", "sms", "+90 532 123 45 67", customer_id),
                   ("information", "email", "a@b.co", customer_id),
                   ("policy", "sms", "+90 555 111 22 33", customer_id)]
    assert sandbox.messages[0]["proposalProductIds"] == list(ids[:3])


@pytest.mark.asyncio
async def test_contact_is_read_fresh_and_knows_the_etk_consent(client: InsurUpClient, sandbox: Any) -> None:
    service = SendingService(client)
    ayse = await client.customers.get(AYSE)
    first = await service.contact(ayse.id)
    assert first.email == ayse.primary_email and first.mobile.startswith("+90 5") and first.etk_active is False
    offer = SendJob("offer", ayse.id, "p", ("x",))
    assert service.needs_consent_confirmation(offer, first)
    assert not service.needs_consent_confirmation(SendJob("policy", ayse.id, policy_id="y"), first)
    sandbox.customers[ayse.id].data["primaryEmail"] = "yeni@example.com"  # changed at another desk meanwhile
    await client.consents.give(ayse.id, "ETK")
    second = await service.contact(ayse.id)
    assert second.email == "yeni@example.com" and second.etk_active is True
    assert not service.needs_consent_confirmation(offer, second)


@pytest.mark.asyncio
async def test_information_form_falls_back_to_the_older_route(client: InsurUpClient, sandbox: Any) -> None:
    customer_id, pid, ids = await priced_proposal(client, sandbox)
    sandbox.faults.add(FaultRule(route="*/information-form-document/send", status=405, count=1))
    await SendingService(client).send(SendJob("information", customer_id, pid, ids[:1]), EmailTo("a@b.co"))
    assert [m["document"] for m in sandbox.messages] == ["information"]


@pytest.mark.asyncio
async def test_a_refused_or_throttled_send_is_not_repeated(client: InsurUpClient, sandbox: Any) -> None:
    customer_id, pid, ids = await priced_proposal(client, sandbox)
    service = SendingService(client)
    rule = FaultRule(route="*/document/send", status=429, retry_after_s=7, count=1)
    sandbox.faults.add(rule)
    with pytest.raises(RateLimited) as throttled:
        await service.send(SendJob("offer", customer_id, pid, ids[:1]), EmailTo("a@b.co"))
    assert throttled.value.retry_after_s == 7 and rule.hits == 1 and sandbox.messages == []
    with pytest.raises(ValidationFailed) as refused:
        await service.send(SendJob("offer", customer_id, pid, ids[:1]), SmsTo("2121234567"))
    assert "cep telefonu" in str(refused.value) and service.sent == []
