"""Sending documents to the customer by e-mail or SMS (addendum §G, REF §6.6 and §8).

Every send is a POST the server acts on at once (a message leaves): none is ever retried automatically. The
information-form send has two spellings (§K): the newer ``information-form-document/send`` is tried first and the
older ``information-form/send`` only when the server says the newer route does not exist (404 endpoint, 405).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .errors import ApiError
from .session import ApiSession, segment


@dataclass(frozen=True, slots=True)
class EmailTo:
    address: str

    def wire(self) -> dict[str, Any]:
        # The plain key ``type``: it is not one of the SDK's ``$type`` renames (§G).
        return {"type": "email", "email": self.address}


@dataclass(frozen=True, slots=True)
class SmsTo:
    number: str  # the ten national digits, e.g. "5321234567"
    country_code: int = 90

    def wire(self) -> dict[str, Any]:
        return {"type": "sms", "phoneNumber": {"countryCode": self.country_code, "number": self.number}}


Recipient = EmailTo | SmsTo


def _route_missing(error: ApiError) -> bool:
    """The server does not know the route (as opposed to not knowing the proposal on a known route)."""
    if error.status == 405:
        return True
    return error.status == 404 and error.slug != "resource-not-found"


def _product_path(pid: str, ppid: str) -> str:
    return f"proposals/{segment(pid)}/products/{segment(ppid)}"


class SendingApi:
    def __init__(self, session: ApiSession) -> None:
        self._s = session

    async def _post(self, path: str, body: dict[str, Any]) -> None:
        await self._s.request("POST", path, json_body=body, idempotent=False)

    async def offer_document(self, proposal_id: str, proposal_product_id: str, customer_id: str,
                             to: Recipient) -> None:
        body = {"proposalId": proposal_id, "proposalProductId": proposal_product_id, "customerId": customer_id,
                "communication": to.wire()}
        await self._post(f"{_product_path(proposal_id, proposal_product_id)}/document/send", body)

    async def information_form(self, proposal_id: str, proposal_product_id: str, customer_id: str,
                               to: Recipient) -> None:
        body = {"proposalId": proposal_id, "proposalProductId": proposal_product_id, "customerId": customer_id,
                "communication": to.wire()}
        base = _product_path(proposal_id, proposal_product_id)
        try:
            await self._post(f"{base}/information-form-document/send", body)
        except ApiError as exc:
            if not _route_missing(exc):
                raise
            await self._post(f"{base}/information-form/send", body)

    async def comparison(self, proposal_id: str, proposal_product_ids: Sequence[str], customer_id: str,
                         to: Recipient, excluded_coverage_fields: Sequence[str] = ()) -> None:
        body = {"proposalId": proposal_id, "proposalProductIds": list(proposal_product_ids),
                "excludedCoverageFields": list(excluded_coverage_fields), "customerId": customer_id,
                "communication": to.wire()}
        await self._post(f"proposals/{segment(proposal_id)}/products/compare-pdf/send", body)

    async def policy_document(self, policy_id: str, customer_id: str, to: Recipient) -> None:
        body = {"policyId": policy_id, "customerId": customer_id, "communication": to.wire()}
        await self._post(f"policies/{segment(policy_id)}/document/send", body)
