"""TSS resources: a customer's health info, the customer's relatives (family TSS) and ``coverage-choices:tss``."""

from __future__ import annotations

from pydantic import TypeAdapter

from .errors import ApiError, NotFound
from .models.common import IdResponse
from .models.health import HealthInfo, HealthInfoUpdate, Relationship, TssCoverageChoice
from .parsing import parse_body
from .session import ApiSession, segment

_RELATIONSHIPS = TypeAdapter(list[Relationship])
_CHOICES = TypeAdapter(list[TssCoverageChoice])


def _route_missing(error: ApiError) -> bool:
    """A server without the relationships routes (they are documented, but not in the SDK) says so by status."""
    if error.status == 405:
        return True
    return isinstance(error, NotFound) and error.slug in (None, "endpoint-not-found")


class HealthApi:
    def __init__(self, session: ApiSession) -> None:
        self._s = session

    def _path(self, customer_id: str) -> str:
        return f"customers/{segment(customer_id)}/health-info"

    async def get(self, customer_id: str) -> HealthInfo | None:
        """The stored health info, or ``None`` when none was ever saved (the server answers 404 then)."""
        try:
            return await self._s.call("GET", self._path(customer_id), HealthInfo)
        except NotFound as exc:
            if exc.slug not in (None, "resource-not-found") or "CUSTOMER_NOT_FOUND" in exc.codes:
                raise
            return None

    async def update(self, body: HealthInfoUpdate) -> HealthInfo:
        """Save the health info. The SDK answers no content, a guide says the updated info comes back: both are
        read — the answer's body when there is one, else what was sent (the server took it as it was)."""
        response = await self._s.request("PUT", self._path(body.customer_id), json_body=body.to_wire())
        if not response.content.strip():
            return body.as_info()
        return parse_body(response, HealthInfo)

    async def relationships(self, customer_id: str) -> list[Relationship] | None:
        """The customer's relatives, or ``None`` when this server has no relationships routes."""
        path = f"customers/{segment(customer_id)}/relationships"
        try:
            return await self._s.call("GET", path, _RELATIONSHIPS, empty=b"[]")
        except ApiError as exc:
            if _route_missing(exc):
                return None
            raise

    async def add_relationship(self, customer_id: str, related_customer_id: str, relation_type: str) -> str:
        """Link a relative (``SPOUSE`` or ``CHILD``; the server adds the reverse and sibling links itself)."""
        body = {"relatedCustomerId": related_customer_id, "relationType": relation_type}
        path = f"customers/{segment(customer_id)}/relationships"
        created = await self._s.call("POST", path, IdResponse, json_body=body, idempotent=False)
        return created.id

    async def tss_choices(self) -> list[TssCoverageChoice]:
        """Per-product TSS options: hospital networks and health packages."""
        return await self._s.call("GET", "coverage-choices:tss", _CHOICES, empty=b"[]")
