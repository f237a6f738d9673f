"""``customers/{id}/consents``: read state and history, give (POST), revoke (DELETE) — addendum §D."""

from __future__ import annotations

from .models.consents import ConsentType, CustomerConsents
from .session import ApiSession, segment


class ConsentsApi:
    def __init__(self, session: ApiSession) -> None:
        self._s = session

    async def get(self, customer_id: str) -> CustomerConsents:
        return await self._s.call("GET", f"customers/{segment(customer_id)}/consents", CustomerConsents)

    async def give(self, customer_id: str, consent_type: ConsentType, channel: str = "MANUAL") -> None:
        # The deployed API wants the customer id in the body as well as in the path.
        body = {"consentType": consent_type, "channel": channel, "customerId": customer_id}
        await self._s.request("POST", f"customers/{segment(customer_id)}/consents", json_body=body,
                              idempotent=False)

    async def revoke(self, customer_id: str, consent_type: ConsentType) -> None:
        await self._s.request("DELETE", f"customers/{segment(customer_id)}/consents/{segment(consent_type)}")
