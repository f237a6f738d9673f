"""The realistic answer profile: the less comfortable shapes the reference documents for the real API.

With ``SandboxConfig.realistic`` (the default) the sandbox answers the way the real server may, so the desk's
handling of these shapes is exercised by every test: unknown extra properties on REST objects (§1.5), the sync
purchase answering only ``{policyId}`` (§16 #27), a 2FA login carrying a placeholder token the API refuses,
.NET's seven-digit fractional seconds on records created through the API, identity/tax numbers, phones and
e-mails masked in GraphQL list rows (an agency setting; filters and search still match the real values), and
documented enum values outside the SDK lists (§16 #28, #35). Training can switch the profile off.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Mapping
from typing import Any

from starlette.responses import JSONResponse, Response

# Properties a newer server version adds to its objects; a client must ignore what it does not know (§1.5).
EXTRA_PROPERTIES: dict[str, Any] = {"concurrencyStamp": "6f1d2c3b", "extraProperties": {}}
# GraphQL row fields the agency's privacy setting masks in list answers.
MASKED_FIELDS = frozenset({
    "identityNumber", "taxNumber", "passportNumber", "primaryEmail", "primaryPhoneNumber",
    "insuredCustomerIdentityNumber", "insurerCustomerIdentityNumber", "insuredCustomerTaxNumber",
    "insurerCustomerTaxNumber", "insuredCustomerPhoneNumber", "insurerCustomerPhoneNumber",
    "insuredCustomerEmail", "insurerCustomerEmail", "customerIdentityNumber", "customerTaxNumber",
    "customerPhoneNumber", "customerEmail",
})


def with_extras(payload: Any, top: bool = True) -> Any:
    """The payload with the extra properties on every object that has an ``id`` and on the top object."""
    if isinstance(payload, list):
        return [with_extras(item, top) for item in payload]
    if not isinstance(payload, dict):
        return payload
    out = {k: (with_extras(v, False) if isinstance(v, dict | list) else v) for k, v in payload.items()}
    if top or "id" in out:
        for key, value in EXTRA_PROPERTIES.items():
            out.setdefault(key, value)
    return out


def decorate(response: Response) -> Response:
    """Add the extra properties to a JSON (not problem+json) answer."""
    if not isinstance(response, JSONResponse) or isinstance(response, ExactJSONResponse):
        return response
    if response.media_type != "application/json":
        return response
    payload = json.loads(bytes(response.body))
    headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")}
    return JSONResponse(with_extras(payload), status_code=response.status_code, headers=headers)


class ExactJSONResponse(JSONResponse):
    """An answer served exactly as built: GraphQL bodies, and the bare ``{policyId}`` of a sync purchase."""


def net_timestamp(moment: dt.datetime, realistic: bool) -> str:
    """``2026-03-10T14:30:00Z``, or with .NET's seven fractional digits (``…:00.1234567Z``)."""
    base = moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    if not realistic:
        return base + "Z"
    ticks = moment.microsecond * 10 + secrets.randbelow(10)
    return f"{base}.{ticks:07d}Z"


def placeholder_token() -> str:
    """What a 2FA-pending login carries in ``accessToken``: shaped like a token, accepted by nothing."""
    return "pending-2fa." + secrets.token_urlsafe(24)


def mask_text(value: str) -> str:
    """``11111111110`` → ``111******10``; ``ayse@example.com`` → ``a***@example.com``."""
    if "@" in value:
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    if len(value) <= 4:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 5) + value[-2:]


def masked(node: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (mask_text(v) if k in MASKED_FIELDS and isinstance(v, str) and v else v) for k, v in node.items()}
