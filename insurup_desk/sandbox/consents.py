"""KVKK / ETK consents (addendum §D): state, history, give (POST) and revoke (DELETE), strict about the drifts.

The SDK's test names an earlier, wrong shape — a give body ``{consentType, consentDate, source}``, a
``POST …/consents/revoke`` route, response keys ``activeConsents``/``consentHistory`` — which is refused here (and
logged) so a client written to it fails in training rather than at the counter.

Where the reference is silent the sandbox chooses: giving an active consent (or revoking an inactive one) changes
nothing and adds no history line; a revoke, which carries no body, is recorded with channel ``MANUAL`` (an agent
user acting through the agency API). ``performedBy`` is the signed-in agent user.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .auth import current_user
from .deviations import refuse, refuse_field
from .problems import Problem, field_error, not_found, validation_problem
from .records import CustomerRec, User
from .state import Sandbox
from .web import json_body, no_content, ok, path_param, sandbox_of

TYPES = ("KVKK", "ETK")
CHANNELS = ("MANUAL", "WEB", "CHATBOT", "SMS", "EMAIL", "EXTERNAL")
_BODY_KEYS = frozenset({"consentType", "channel", "customerId"})
_DRIFT_KEYS = ("consentDate", "source")


def _customer(request: Request, sb: Sandbox, user: User) -> CustomerRec:
    rec = sb.customer_for(user.agent_id, path_param(request, "customer_id"))
    if rec is None:
        raise not_found("Müşteri", "CUSTOMER_NOT_FOUND")
    return rec


def _history(sb: Sandbox, rec: CustomerRec) -> list[dict[str, Any]]:
    """The customer's history; consents the seed gave start it with their own date, channel and creator."""
    history = sb.consent_history.get(rec.id)
    if history is None:
        history = [
            {"consentType": c.get("consentType"), "action": "GIVEN", "performedAt": c.get("createdAt"),
             "performedBy": rec.data.get("createdBy"), "channel": c.get("channel") or "MANUAL"}
            for c in rec.data.get("consents") or [] if c.get("isActive") and c.get("createdAt")
        ]
        sb.consent_history[rec.id] = history
    return history


def _active(rec: CustomerRec, consent_type: str) -> bool:
    return any(c.get("consentType") == consent_type and c.get("isActive") for c in rec.data.get("consents") or [])


def _set(sb: Sandbox, rec: CustomerRec, user: User, consent_type: str, active: bool, channel: str) -> None:
    """Caller holds the lock."""
    history = _history(sb, rec)
    if _active(rec, consent_type) == active:
        return
    now = sb.clock.utcnow().isoformat()
    kept = [c for c in rec.data.get("consents") or [] if c.get("consentType") != consent_type]
    kept.append({"consentType": consent_type, "isActive": active, "channel": channel, "createdAt": now})
    rec.data["consents"] = kept
    history.append({"consentType": consent_type, "action": "GIVEN" if active else "REVOKED", "performedAt": now,
                    "performedBy": user.ref(), "channel": channel})
    sb.refresh_customer_node(rec.id)


async def get_consents(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    user = current_user(request)
    with sb.lock:
        rec = _customer(request, sb, user)
        history = [dict(h) for h in _history(sb, rec)]
        consents = [{"consentType": t, "isActive": _active(rec, t)} for t in TYPES]
    return ok({"consents": consents, "history": history})


async def give_consent(request: Request) -> Response:
    sb = sandbox_of(request)
    user = current_user(request)
    body = await json_body(request)
    for key in _DRIFT_KEYS:
        if key in body:
            raise refuse_field(request, "consent-drift-body", "§D", key,
                               f"'{key}' rıza gövdesinin alanı değil; gövde {{consentType, channel, customerId}}.",
                               body[key])
    unknown = [k for k in body if k not in _BODY_KEYS]
    if unknown:
        raise refuse_field(request, "consent-unknown-property", "§D", unknown[0],
                           f"'{unknown[0]}' rıza gövdesinin bir alanı değil.", body[unknown[0]])
    customer_id = body.get("customerId")
    if customer_id != path_param(request, "customer_id"):
        raise refuse_field(request, "consent-customer-id", "§D", "customerId",
                           "'customerId' gövdede zorunludur ve adresteki müşteriyle aynı olmalıdır.", customer_id)
    errors = []
    consent_type = body.get("consentType")
    if consent_type not in TYPES:
        errors.append(field_error("consentType", "Rıza türü KVKK veya ETK olmalıdır.", consent_type))
    channel = body.get("channel")
    if channel not in CHANNELS:
        errors.append(field_error("channel", f"Kanal şunlardan biri olmalıdır: {', '.join(CHANNELS)}.", channel))
    if errors:
        raise validation_problem(errors, "Rıza bilgileri geçersiz.", "CONSENT_INPUT_INVALID")
    with sb.lock:
        rec = _customer(request, sb, user)
        _set(sb, rec, user, str(consent_type), True, str(channel))
    return no_content()


async def revoke_consent(request: Request) -> Response:
    sb = sandbox_of(request)
    user = current_user(request)
    consent_type = path_param(request, "consent_type")
    if await request.body():
        raise refuse(request, "consent-revoke-body", "§D", "Rıza geri alma isteği gövde taşımaz.",
                     code="BODY_NOT_EXPECTED")
    if consent_type not in TYPES:
        raise validation_problem([field_error("consentType", "Rıza türü KVKK veya ETK olmalıdır.", consent_type)],
                                 "Rıza bilgileri geçersiz.", "CONSENT_INPUT_INVALID")
    with sb.lock:
        rec = _customer(request, sb, user)
        _set(sb, rec, user, consent_type, False, "MANUAL")
    return no_content()


async def drift_revoke_route(request: Request) -> Response:
    """``POST …/consents/revoke`` is the SDK's earlier, wrong route: refused as the real server would not know it."""
    detail = "Rıza 'DELETE customers/{id}/consents/{KVKK|ETK}' ile geri alınır; '…/consents/revoke' yoktur."
    sandbox_of(request).deviations.record(request, "refused", "consent-revoke-route", "§D", detail)
    raise Problem(404, "endpoint-not-found", detail, codes=["ENDPOINT_NOT_FOUND"])
