"""``customers`` resource."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from .errors import NotFound
from .models.common import IdResponse
from .models.customers import Customer, CustomerCreate, CustomerUpdate
from .session import ApiSession, segment

_LOOKUP = TypeAdapter(dict[str, Any] | None)


class CustomersApi:
    def __init__(self, session: ApiSession) -> None:
        self._s = session

    async def create(self, body: CustomerCreate) -> str:
        """Create a customer and return its id. Never retried: a repeat could create a duplicate."""
        created = await self._s.call("POST", "customers", IdResponse, json_body=body.to_wire(), idempotent=False)
        return created.id

    async def get(self, id_or_identity: str) -> Customer:
        """By GUID, or by TCKN / VKN / foreign id (the server resolves all of them)."""
        return await self._s.call("GET", f"customers/{segment(id_or_identity)}", Customer)

    async def update(self, customer_id: str, body: CustomerUpdate) -> None:
        wire = body.to_wire()
        wire["id"] = customer_id
        await self._s.request("PUT", f"customers/{segment(customer_id)}", json_body=wire)

    async def find_by_identity(self, number: str) -> Customer | None:
        """The agency's customer with this TCKN/VKN, or ``None``."""
        try:
            return await self.get(number.strip())
        except NotFound:
            return None

    async def external_lookup(
        self,
        *,
        identity_number: str | None = None,
        tax_number: str | None = None,
        birth_date: str | None = None,
        foreign: bool = False,
    ) -> dict[str, Any]:
        """Ask the registry about a person (TCKN + birth date), a company (VKN) or a foreigner."""
        body: dict[str, Any]
        if tax_number:
            body = {"taxNumber": tax_number}
        elif identity_number and foreign:
            body = {"identityNumber": identity_number, "birthDate": birth_date}
        elif identity_number:
            # The SDK types a Turkish identity number as a number in this body.
            body = {"identityNumber": int(identity_number) if identity_number.isdigit() else identity_number}
            if birth_date:
                body["birthDate"] = birth_date
        else:
            raise ValueError("identity_number or tax_number is required")
        result = await self._s.call(
            "POST", "customers/external-lookup", _LOOKUP, json_body=body, idempotent=False, empty=b"null"
        )
        return result or {}
