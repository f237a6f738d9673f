"""The one place an answer's body becomes a typed value, and where anything else becomes one typed error.

Every resource validates through ``parse_body`` (or ``decode_json`` for the few free-form answers). A body that
is not what the contract promises — truncated, an HTML page, wrong types, a missing required field — ends as
``MalformedResponseError`` naming the route and the trace id, never as a raw parser exception. On a purchase it
is ``MalformedPurchaseAnswer`` instead, which the purchase guard reconciles (money may have moved).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from .errors import MalformedPurchaseAnswer, MalformedResponseError
from .transport import RawResponse

log = logging.getLogger("insurup_desk.api")

T = TypeVar("T")

#: Headers a server or gateway uses to name the exchange; the first found is quoted to support.
_TRACE_HEADERS = ("x-request-id", "x-correlation-id", "x-trace-id", "request-id")


@dataclass(frozen=True, slots=True)
class PurchaseIds:
    proposal_id: str
    proposal_product_id: str


def trace_id_of(response: RawResponse) -> str | None:
    """The id support can search for: what the server put in a header, else the id this attempt sent."""
    for name in _TRACE_HEADERS:
        value = response.headers.get(name)
        if value:
            return value.strip()[:128]
    return response.request_id or None


def malformed(response: RawResponse, reason: str, purchase: PurchaseIds | None = None) -> MalformedResponseError:
    """The typed error for an unreadable answer; ``reason`` is for the log only and never holds body text."""
    trace_id = trace_id_of(response)
    log.warning(
        "unreadable answer to %s (status %s, trace %s): %s", response.route or "?", response.status, trace_id, reason
    )
    if purchase is not None:
        return MalformedPurchaseAnswer(
            proposal_id=purchase.proposal_id,
            proposal_product_id=purchase.proposal_product_id,
            status=response.status,
            trace_id=trace_id,
            route=response.route,
            reason=reason,
        )
    return MalformedResponseError(status=response.status, trace_id=trace_id, route=response.route, reason=reason)


def _describe(exc: ValidationError) -> str:
    # Locations and error kinds only: the inputs are personal data (names, identity numbers) and stay out of logs.
    parts = []
    for item in exc.errors(include_url=False, include_input=False, include_context=False)[:5]:
        where = ".".join(str(p) for p in item.get("loc", ())) or "body"
        parts.append(f"{where}: {item.get('type', 'invalid')}")
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f" (+{more})" if more > 0 else "")


def parse_body(
    response: RawResponse,
    target: type[T] | TypeAdapter[T],
    *,
    empty: bytes | None = None,
    purchase: PurchaseIds | None = None,
) -> T:
    """Validate the body into ``target`` (a model class or a ``TypeAdapter``) straight from the bytes.

    ``empty`` is the body assumed when the server sent none (``b"[]"`` for lists); without it an empty body is
    malformed like any other.
    """
    raw = response.content
    if not raw.strip():
        if empty is None:
            raise malformed(response, "empty body", purchase)
        raw = empty
    adapter: TypeAdapter[T]
    if isinstance(target, TypeAdapter):
        adapter = target
    elif isinstance(target, type) and issubclass(target, BaseModel):
        try:
            value: T = target.model_validate_json(raw)
        except ValidationError as exc:
            raise malformed(response, _describe(exc), purchase) from None
        return value
    else:
        adapter = TypeAdapter(target)  # rare: resources keep module-level adapters for anything not a model
    try:
        return adapter.validate_json(raw)
    except ValidationError as exc:
        raise malformed(response, _describe(exc), purchase) from None


def decode_json(response: RawResponse, purchase: PurchaseIds | None = None) -> Any:
    """Free-form JSON (``None`` for an empty body), for the few answers without a model."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError) as exc:
        raise malformed(response, f"not JSON ({type(exc).__name__})", purchase) from None
