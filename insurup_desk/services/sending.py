"""Sending a document to the customer: whom to (read fresh from the server each time), by which channel, and
whether the operator must confirm first. No Qt here; the send dialog draws this.

The recipient is always the customer of the sale or row on screen, read when the send starts: an address typed
for an earlier sale never carries over. A send that fails leaves everything as it was so the operator can retry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, Literal, Protocol

from insurup_desk.api.errors import ApiError
from insurup_desk.api.sending import EmailTo, Recipient, SmsTo
from insurup_desk.domain.phone import format_mobile, parse_mobile

from .api_ports import ConsentsPort, CustomersPort, SendingPort

DocumentKind = Literal["comparison", "offer", "information", "policy"]
Channel = Literal["email", "sms"]
_EMAIL: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class SendClient(Protocol):
    @property
    def customers(self) -> CustomersPort: ...
    @property
    def sending(self) -> SendingPort: ...
    @property
    def consents(self) -> ConsentsPort: ...


class RecipientInvalid(ValueError):
    """What the operator typed cannot be sent to; ``reason`` names the rule for the message."""

    def __init__(self, channel: Channel, reason: Literal["empty", "email_syntax", "not_mobile"]) -> None:
        super().__init__(f"{channel}: {reason}")
        self.channel = channel
        self.reason = reason


class SendJobInvalid(ValueError):
    """A send asked for without what it needs (no proposal, no offer chosen, no policy)."""


@dataclass(frozen=True, slots=True)
class SendJob:
    """One document for one customer. ``product_ids``: one offer for the offer document and the information
    form, the chosen offers for the comparison."""

    kind: DocumentKind
    customer_id: str
    proposal_id: str | None = None
    product_ids: tuple[str, ...] = ()
    policy_id: str | None = None

    @property
    def is_offer(self) -> bool:
        return self.kind != "policy"

    def check(self) -> None:
        if not self.customer_id:
            raise SendJobInvalid("customer")
        if self.kind == "policy":
            if not self.policy_id:
                raise SendJobInvalid("policy")
        elif not self.proposal_id or not self.product_ids:
            raise SendJobInvalid("offer")
        elif self.kind != "comparison" and len(self.product_ids) != 1:
            raise SendJobInvalid("one offer")


@dataclass(frozen=True, slots=True)
class Contact:
    """The customer's current address and mobile as the server has them, and their ETK consent."""

    customer_id: str
    name: str = ""
    email: str = ""
    mobile: str = ""  # shown form, '+90 532 123 45 67'; empty when the customer has none (or not a mobile)
    etk_active: bool | None = None  # None: the consents could not be read

    def default_channel(self) -> Channel:
        return "email" if self.email or not self.mobile else "sms"


def recipient(channel: Channel, text: str) -> Recipient:
    """The wire recipient for what the operator typed, or ``RecipientInvalid``."""
    value = text.strip()
    if not value:
        raise RecipientInvalid(channel, "empty")
    if channel == "email":
        if not _EMAIL.match(value):
            raise RecipientInvalid(channel, "email_syntax")
        return EmailTo(value)
    number = parse_mobile(value)
    if number is None:
        raise RecipientInvalid(channel, "not_mobile")
    return SmsTo(number)


def describe(to: Recipient) -> str:
    return to.address if isinstance(to, EmailTo) else format_mobile(to.number, to.country_code)


@dataclass(slots=True)
class SendingService:
    client: SendClient
    # The sends this service has made, newest last.
    sent: list[tuple[SendJob, Recipient]] = field(default_factory=list)

    async def contact(self, customer_id: str) -> Contact:
        customer = await self.client.customers.get(customer_id)
        phone = customer.primary_phone_number
        mobile = ""
        if phone is not None and phone.country_code == 90 and parse_mobile(phone.number):
            mobile = format_mobile(phone.number)
        try:
            etk: bool | None = (await self.client.consents.get(customer_id)).is_active("ETK")
        except ApiError:
            etk = None  # unknown: the operator is asked before an offer goes out, as for a missing consent
        name = customer.full_name or customer.title or ""
        return Contact(customer_id, name, customer.primary_email or "", mobile, etk)

    @staticmethod
    def needs_consent_confirmation(job: SendJob, contact: Contact) -> bool:
        """An offer is commercial communication: without an active ETK consent the operator confirms first."""
        return job.is_offer and contact.etk_active is not True

    async def send(self, job: SendJob, to: Recipient) -> None:
        job.check()
        api = self.client.sending
        if job.kind == "policy":
            assert job.policy_id is not None
            await api.policy_document(job.policy_id, job.customer_id, to)
        else:
            assert job.proposal_id is not None
            if job.kind == "comparison":
                await api.comparison(job.proposal_id, job.product_ids, job.customer_id, to)
            elif job.kind == "offer":
                await api.offer_document(job.proposal_id, job.product_ids[0], job.customer_id, to)
            else:
                await api.information_form(job.proposal_id, job.product_ids[0], job.customer_id, to)
        self.sent.append((job, to))
