"""The sandbox ASGI application: routes, problem-details errors and the fault layer around everything."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.types import Receive, Scope, Send

from . import (
    address_routes,
    admin,
    analytics,
    auth,
    branch_products,
    consents,
    coverage,
    customers,
    documents,
    graphql_routes,
    health,
    hub,
    lookups,
    lookups_banks,
    messages,
    policies,
    properties,
    proposals,
    purchase,
    revise,
    vehicles,
)
from .config import SandboxConfig
from .contract import Endpoint, strict_route
from .faults import FaultRule
from .problems import Problem
from .seed import seed
from .state import Sandbox

log = logging.getLogger("insurup_desk.sandbox")

_COLON = re.compile("%3a", re.IGNORECASE)
_FORCED = {
    400: ("bad-request", "İstek geçersiz."),
    401: ("unauthorized", "Oturum süresi doldu."),
    403: ("access-denied", "Bu işlem için yetkiniz yok."),
    404: ("resource-not-found", "Kayıt bulunamadı."),
    409: ("resource-duplicate", "Kayıt zaten var."),
    422: ("business-validation", "İşlem iş kurallarına uymuyor."),
    429: ("too-many-requests", "Çok fazla istek gönderildi; biraz bekleyin."),
    500: ("internal-error", "Beklenmeyen bir sunucu hatası oluştu."),
    502: ("upstream-service", "Sigorta şirketi servisi yanıt vermedi."),
    503: ("service-unavailable", "Servis geçici olarak kullanılamıyor."),
}

P = "/api/proposals/{proposal_id}"
PP = P + "/products/{product_id}"
C = "/api/customers/{customer_id}"


# The query parameters each route binds (any other is refused, see contract.py).
_QUERY: dict[str, tuple[str, ...]] = {
    "/api/vehicle-parameters/models": ("brandReference", "year"),
    "/api/coverage-groups": ("productBranch",),
    "/api/coverage-choices:kasko": ("vehicleUtilizationStyle",),
    "/api/policies/{policy_id}": ("version",),
    # clients that negotiate first send the protocol version they speak
    "/hubs/proposal-detail/negotiate": ("negotiateVersion",),
    # the docs' GET spelling of the UAVT lookup carries the number in the query (addendum §L #1)
    "/api/properties/query-address-by-property-number": ("propertyNumber",),
    **address_routes.query_params(),
}


def _route(path: str, endpoint: Endpoint, methods: list[str]) -> Route:
    if path.startswith("/_sandbox/"):
        return Route(path, endpoint, methods=methods)
    return Route(path, strict_route(endpoint, _QUERY.get(path, ())), methods=methods)


def _routes() -> list[BaseRoute]:
    r = _route
    return [
        r("/api/authentication:agent-user/login", auth.login, methods=["POST"]),
        r("/api/authentication:agent-user/verify-mfa", auth.verify_mfa, methods=["POST"]),
        r("/api/authentication:agent-user/refresh", auth.refresh, methods=["POST"]),
        r("/api/agent-users/me", auth.me, methods=["GET"]),
        *(r(path, handler, methods=["POST"]) for path, handler in analytics.ROUTES),
        r("/api/customers", customers.create_customer, methods=["POST"]),
        r("/api/customers/external-lookup", customers.external_lookup, methods=["POST"]),
        r(C, customers.get_customer, methods=["GET"]),
        r(C, customers.update_customer, methods=["PUT"]),
        r(C, customers.delete_customer, methods=["DELETE"]),
        r(C + "/consents", consents.get_consents, methods=["GET"]),
        r(C + "/consents", consents.give_consent, methods=["POST"]),
        r(C + "/consents/revoke", consents.drift_revoke_route, methods=["POST"]),
        r(C + "/consents/{consent_type}", consents.revoke_consent, methods=["DELETE"]),
        r(C + "/vehicles", vehicles.list_vehicles, methods=["GET"]),
        r(C + "/vehicles", vehicles.create_vehicle, methods=["POST"]),
        r(C + "/vehicles/external-lookup", vehicles.external_lookup_vehicle, methods=["POST"]),
        r(C + "/vehicles/{vehicle_id}", vehicles.get_vehicle, methods=["GET"]),
        r(C + "/vehicles/{vehicle_id}", vehicles.update_vehicle, methods=["PUT"]),
        r(C + "/vehicles/{vehicle_id}", vehicles.delete_vehicle, methods=["DELETE"]),
        r(C + "/properties", properties.list_properties, methods=["GET"]),
        r(C + "/properties", properties.create_property, methods=["POST"]),
        r(C + "/properties/{property_id}", properties.get_property, methods=["GET"]),
        r(C + "/properties/{property_id}", properties.update_property, methods=["PUT"]),
        r(C + "/properties/{property_id}", properties.delete_property, methods=["DELETE"]),
        r(C + "/assets", properties.list_assets, methods=["GET"]),
        r(C + "/health-info", health.get_health_info, methods=["GET"]),
        r(C + "/health-info", health.put_health_info, methods=["PUT"]),
        r(C + "/relationships", health.list_relationships, methods=["GET"]),
        r(C + "/relationships", health.add_relationship, methods=["POST"]),
        r(C + "/relationships/{relationship_id}", health.delete_relationship, methods=["DELETE"]),
        r("/api/properties/query-address-by-property-number", properties.query_address, methods=["GET", "POST"]),
        r("/api/properties/query-property-by-dask-old-policy", properties.query_dask_old_policy, methods=["POST"]),
        r("/api/address-parameters/cities", address_routes.cities, methods=["GET"]),
        *(r(path, address_routes.level, methods=["GET"]) for path in address_routes.query_params()),
        r("/api/banks", lookups_banks.banks, methods=["GET"]),
        r("/api/banks/{bank_id}/branches", lookups_banks.bank_branches, methods=["GET"]),
        r("/api/financial-institutions", lookups_banks.financial_institutions, methods=["GET"]),
        r("/api/vehicle-parameters/brands", lookups.brands, methods=["GET"]),
        r("/api/vehicle-parameters/models", lookups.models, methods=["GET"]),
        r("/api/insurance-companies", lookups.companies, methods=["GET"]),
        r("/api/coverage-groups", coverage.list_groups, methods=["GET"]),
        r("/api/coverage-groups/{group_id}", coverage.get_group, methods=["GET"]),
        r("/api/coverage-choices:kasko", coverage.kasko_choices, methods=["GET"]),
        r("/api/coverage-choices:konut", branch_products.konut_coverage_choices, methods=["GET"]),
        r("/api/coverage-choices:tss", branch_products.tss_coverage_choices, methods=["GET"]),
        r("/api/coverage-choices:imm", branch_products.imm_coverage_choices, methods=["GET"]),
        r("/api/proposals", proposals.create_proposal, methods=["POST"]),
        r(P, proposals.get_proposal, methods=["GET"]),
        r(P + "/products", proposals.list_products, methods=["GET"]),
        r(P + "/coverage", proposals.proposal_coverage, methods=["GET"]),
        r(P + "/snapshot", proposals.proposal_snapshot, methods=["GET"]),
        r(P + "/revise", revise.revise_proposal, methods=["POST"]),
        r(PP + "/revise", revise.revise_product, methods=["POST"]),
        r(P + "/products/compare-pdf", documents.compare_pdf, methods=["GET", "POST"]),
        r(P + "/products/compare-pdf/send", messages.send_comparison, methods=["POST"]),
        r(PP, proposals.get_product, methods=["GET"]),
        r(PP + "/premium-detail/{installment}", proposals.premium_detail, methods=["GET"]),
        r(PP + "/premiums/{installment}", proposals.premium_detail, methods=["GET"]),
        r(PP + "/coverage", proposals.product_coverage, methods=["GET"]),
        r(PP + "/document", documents.product_document, methods=["GET"]),
        r(PP + "/document/send", messages.send_offer_document, methods=["POST"]),
        r(PP + "/information-form", documents.information_form, methods=["GET"]),
        r(PP + "/information-form-document", documents.information_form, methods=["GET"]),
        r(PP + "/information-form/send", messages.send_information_form, methods=["POST"]),
        r(PP + "/information-form-document/send", messages.send_information_form, methods=["POST"]),
        r(PP + "/retry", proposals.retry_product, methods=["GET", "POST"]),
        r(PP + "/purchase/sync", purchase.purchase_sync, methods=["POST"]),
        r("/api/policies/{policy_id}", policies.get_policy, methods=["GET"]),
        r("/api/policies/{policy_id}/document", documents.policy_document, methods=["GET"]),
        r("/api/policies/{policy_id}/document/send", messages.send_policy_document, methods=["POST"]),
        r("/api/graphql", graphql_routes.graphql, methods=["POST"]),
        r("/graphql", graphql_routes.graphql, methods=["POST"]),
        r("/api/graphql/schema", graphql_routes.schema, methods=["GET"]),
        r("/graphql/schema", graphql_routes.schema, methods=["GET"]),
        r("/_sandbox/health", admin.health, methods=["GET"]),
        r("/_sandbox/faults", admin.faults, methods=["GET", "POST", "DELETE"]),
        r("/_sandbox/clock", admin.clock, methods=["GET", "POST"]),
        r("/_sandbox/charges", admin.charges, methods=["GET"]),
        r("/_sandbox/deviations", admin.deviations, methods=["GET", "DELETE"]),
        r("/_sandbox/messages", messages.admin_messages, methods=["GET", "DELETE"]),
        r("/_sandbox/documents/{key}.pdf", documents.serve_document, methods=["GET"]),
        r("/_sandbox/hub", hub.admin, methods=["GET", "POST", "DELETE"]),
        r("/_sandbox/proposals/{proposal_id}/products/{product_id}/revise", hub.revise, methods=["POST"]),
        r(hub.PATH + "/negotiate", hub.negotiate, methods=["POST"]),
        WebSocketRoute(hub.PATH, hub.endpoint),
    ]


async def _on_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Problem)
    return exc.response(request.url.path)


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        problem = Problem(404, "endpoint-not-found", f"'{request.url.path}' adresinde bir uç nokta yok.",
                          codes=["ENDPOINT_NOT_FOUND"])
    elif exc.status_code == 405:
        problem = Problem(405, "method-not-allowed", f"Bu adres {request.method} yöntemini desteklemiyor.",
                          codes=["METHOD_NOT_ALLOWED"], headers=dict(exc.headers or {}))
    else:
        problem = Problem(exc.status_code, "bad-request", str(exc.detail), codes=["HTTP_ERROR"])
    return problem.response(request.url.path)


async def _on_crash(request: Request, exc: Exception) -> Response:
    log.exception("sandbox handler failed", exc_info=exc)
    return Problem(500, "internal-error", "Beklenmeyen bir sunucu hatası oluştu.",
                   codes=["INTERNAL_ERROR"]).response(request.url.path)


class ConnectionDropped(ConnectionResetError):
    """Raised in-process when a fault drops the connection (there is no socket to close)."""


async def _drop(send: Send) -> None:
    """Close the connection without an answer: over uvicorn abort the socket, in-process raise."""
    cycle: Any = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        try:
            import httpx
        except ImportError:  # pragma: no cover - httpx is a runtime dependency
            raise ConnectionDropped("connection dropped by the sandbox") from None
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
    transport.abort()
    # Let uvicorn see the lost connection so it does not try to answer with a 500.
    for _ in range(3):
        await asyncio.sleep(0)


_KEPT_HEAD = 8  # "%PDF-1.4": the answer still looks like its kind, but nothing after it can be read


def _damaging(send: Send) -> Send:
    """Pass the answer on with every body byte after the first few replaced (same length, so headers hold)."""
    seen = 0

    async def damaged(message: Any) -> None:
        nonlocal seen
        if message["type"] == "http.response.body":
            body = bytes(message.get("body", b""))
            keep = max(0, _KEPT_HEAD - seen)
            seen += len(body)
            message = {**message, "body": body[:keep] + b"\x00" * max(0, len(body) - keep)}
        await send(message)

    return damaged


class SandboxApp(Starlette):
    """Starlette plus the fault layer, which sits outside every route (GraphQL included)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        path = scope["path"]
        if "%" in path:
            scope = dict(scope)
            scope["path"] = path = _COLON.sub(":", path)
        if path.startswith("/_sandbox/") and not path.startswith("/_sandbox/documents/"):
            # Admin routes are never faulted; the document links stand for the insurer's storage, which can fail.
            await super().__call__(scope, receive, send)
            return
        sb: Sandbox = self.state.sandbox
        effect = sb.faults.take(scope["method"], path)
        if effect.latency_s:
            await asyncio.sleep(effect.latency_s)
        rule = effect.action
        if rule is None:
            await super().__call__(scope, receive, send)
        elif rule.drop:
            await _drop(send)
        elif rule.lose_response:
            async def swallow(message: Any) -> None:
                return None

            await super().__call__(scope, receive, swallow)
            await _drop(send)
        elif rule.damage_body:
            await super().__call__(scope, receive, _damaging(send))
        else:
            await self._forced(rule, scope, receive, send)

    async def _forced(self, rule: FaultRule, scope: Scope, receive: Receive, send: Send) -> None:
        status = rule.status or 500
        slug, detail = _FORCED.get(status, ("internal-error", "Beklenmeyen bir sunucu hatası oluştu."))
        headers = {"Retry-After": str(rule.retry_after_s)} if status in (429, 503) else {}
        problem = Problem(status, slug, detail, codes=[f"SANDBOX_FAULT_{status}"], headers=headers)
        await problem.response(scope["path"])(scope, receive, send)


def create_app(config: SandboxConfig | None = None) -> SandboxApp:
    config = config or SandboxConfig()
    sandbox = Sandbox(config)
    seed(sandbox)
    app = SandboxApp(
        routes=_routes(),
        exception_handlers={Problem: _on_problem, HTTPException: _on_http, Exception: _on_crash},
    )
    app.state.sandbox = sandbox
    return app
