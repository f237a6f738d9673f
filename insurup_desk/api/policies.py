"""``policies`` resource."""

from __future__ import annotations

from .documents import Document, download, fetch_document
from .models.policies import Policy
from .session import ApiSession, segment


class PoliciesApi:
    def __init__(self, session: ApiSession) -> None:
        self._s = session

    async def get(self, policy_id: str) -> Policy:
        return await self._s.call("GET", f"policies/{segment(policy_id)}", Policy)

    async def document_url(self, policy_id: str) -> Document:
        return await fetch_document(self._s, "GET", f"policies/{segment(policy_id)}/document")

    async def send_document_by_email(self, policy_id: str, customer_id: str, email: str) -> None:
        body = {
            "policyId": policy_id,
            "customerId": customer_id,
            "communication": {"type": "email", "email": email},
        }
        await self._s.request("POST", f"policies/{segment(policy_id)}/document/send", json_body=body, idempotent=False)

    async def download(self, document: Document | str) -> bytes:
        return await download(self._s, document)
