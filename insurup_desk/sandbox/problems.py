"""Problem-details errors (RFC 7807 as InsurUp shapes them) and the responses that carry them."""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from typing import Any

from starlette.responses import JSONResponse

PROBLEM_BASE = "https://api.insurup.com/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"

_TITLES = {
    "unauthorized": "Unauthorized",
    "access-denied": "Access denied",
    "resource-not-found": "Resource not found",
    "endpoint-not-found": "Endpoint not found",
    "input-validation": "Validation failed",
    "business-validation": "Business rule violated",
    "resource-duplicate": "Resource already exists",
    "resource-invalid-state": "Resource is in an invalid state",
    "feature-not-supported": "Feature not supported",
    "unsupported-media-type": "Unsupported media type",
    "method-not-allowed": "Method not allowed",
    "upstream-service": "Upstream service failed",
    "too-many-requests": "Too many requests",
    "service-unavailable": "Service unavailable",
    "internal-error": "Internal server error",
    "bad-request": "Bad request",
    "account-locked": "Account locked",
}


def trace_id() -> str:
    return f"00-{secrets.token_hex(16)}-{secrets.token_hex(8)}-00"


class Problem(Exception):
    """Raised anywhere in a handler; turned into an application/problem+json response."""

    def __init__(
        self,
        status: int,
        slug: str,
        detail: str,
        *,
        codes: Sequence[str] = (),
        suggestions: Sequence[str] = (),
        validation_errors: Sequence[Mapping[str, Any]] = (),
        template_args: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.slug = slug
        self.detail = detail
        self.codes = list(codes)
        self.suggestions = list(suggestions)
        self.validation_errors = [dict(v) for v in validation_errors]
        self.template_args = dict(template_args or {})
        self.extra = dict(extra or {})
        self.headers = dict(headers or {})

    def body(self, instance: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": PROBLEM_BASE + self.slug,
            "title": _TITLES.get(self.slug, self.slug.replace("-", " ").capitalize()),
            "status": self.status,
            "detail": self.detail,
            "instance": instance,
            "codes": self.codes,
            "traceId": trace_id(),
            "suggestions": self.suggestions,
        }
        if self.validation_errors:
            body["validationErrors"] = self.validation_errors
        if self.template_args:
            body["template"] = self.codes[0] if self.codes else self.slug
            body["templateArgs"] = self.template_args
        body.update(self.extra)
        return body

    def response(self, instance: str) -> JSONResponse:
        return JSONResponse(
            self.body(instance), status_code=self.status, media_type=PROBLEM_MEDIA_TYPE, headers=self.headers
        )


def field_error(prop: str, message: str, attempted: Any = None) -> dict[str, Any]:
    return {"propertyName": prop, "errorMessage": message, "attemptedValue": attempted}


def validation_problem(errors: Sequence[Mapping[str, Any]], detail: str, code: str) -> Problem:
    return Problem(
        422,
        "input-validation",
        detail,
        codes=[code],
        validation_errors=errors,
        suggestions=["İşaretli alanları düzeltip tekrar deneyin."],
    )


def not_found(what: str, code: str) -> Problem:
    return Problem(404, "resource-not-found", f"{what} bulunamadı.", codes=[code])


def bad_request(detail: str, code: str = "BAD_REQUEST") -> Problem:
    return Problem(400, "bad-request", detail, codes=[code])
