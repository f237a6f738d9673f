"""One typed error hierarchy for REST problem details, GraphQL errors and transport failures.

``str(error)`` is the server's ``detail`` (written for the operator, usually Turkish) or a Turkish fallback;
``suggestions`` are safe to show too. Nothing here ever includes a token or a request body.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Mapping
from typing import Any

_PROBLEM_PREFIX = "https://api.insurup.com/problems/"


class ApiError(Exception):
    """An answer or failure from the InsurUp API, ready to show: detail, suggestions and a trace id."""

    default_detail = "İşlem tamamlanamadı."

    def __init__(
        self,
        detail: str | None = None,
        *,
        suggestions: list[str] | None = None,
        trace_id: str | None = None,
        status: int | None = None,
        codes: list[str] | None = None,
        field_errors: dict[str, list[str]] | None = None,
        problem_type: str | None = None,
        title: str | None = None,
        route: str | None = None,
    ) -> None:
        # One line: the message lands in status bars and banners.
        self.detail = " ".join((detail or "").split()) or self.default_detail
        self.suggestions = list(suggestions or [])
        self.trace_id = trace_id
        self.status = status
        self.codes = list(codes or [])
        self.field_errors = dict(field_errors or {})
        self.problem_type = problem_type
        self.title = title
        # "GET proposals/{id}"-style name of the call, for support and logs (personal data already masked).
        self.route = route
        super().__init__(self.detail)

    def __str__(self) -> str:
        return self.detail

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, detail={self.detail!r}, "
            f"codes={self.codes!r}, trace_id={self.trace_id!r}, route={self.route!r})"
        )

    @property
    def slug(self) -> str | None:
        """The last part of the problem ``type`` URL, e.g. ``input-validation``."""
        if not self.problem_type:
            return None
        return self.problem_type.rstrip("/").rsplit("/", 1)[-1]


class ValidationFailed(ApiError):
    default_detail = "Girilen bilgiler geçersiz."


class BusinessRuleViolation(ApiError):
    default_detail = "İşlem iş kurallarına uymuyor."


class NotFound(ApiError):
    default_detail = "Kayıt bulunamadı."


class Duplicate(ApiError):
    default_detail = "Bu kayıt zaten var."

    def __init__(self, detail: str | None = None, *, existing_id: str | None = None, **kw: Any) -> None:
        super().__init__(detail, **kw)
        self.existing_id = existing_id


class Unauthorized(ApiError):
    default_detail = "Oturum doğrulanamadı."


class SessionExpired(Unauthorized):
    default_detail = "Oturumun süresi doldu; lütfen yeniden giriş yapın."


class Forbidden(ApiError):
    default_detail = "Bu işlem için yetkiniz yok."


class RateLimited(ApiError):
    default_detail = "Çok fazla istek gönderildi; lütfen biraz bekleyin."

    def __init__(self, detail: str | None = None, *, retry_after_s: float | None = None, **kw: Any) -> None:
        super().__init__(detail, **kw)
        self.retry_after_s = retry_after_s


def busy_detail(seconds: float) -> str:
    """What the operator reads when the server asks for a wait longer than the desk will sit through."""
    return f"Sunucu çok yoğun; {max(1, round(seconds))} saniye sonra yeniden deneyin."


class UpstreamFailure(ApiError):
    default_detail = "Sigorta şirketinin servisine ulaşılamadı."


class ServerError(ApiError):
    default_detail = "Sunucuda beklenmeyen bir hata oluştu."


class NetworkError(ApiError):
    default_detail = "Sunucuya bağlanılamadı; bağlantınızı kontrol edin."


class CertificateError(ApiError):
    """TLS verification failed (self-signed, expired or foreign certificate). The line works, so this is not a
    ``NetworkError``: going offline and telling the operator to check the cable would hide the real problem."""

    default_detail = (
        "Sunucunun sertifikası doğrulanamadı; bağlantı güvenli olmadığı için kesildi. Ağ yöneticinize başvurun."
    )


class RequestTimeout(ApiError):
    default_detail = "Sunucu zamanında yanıt vermedi."


class PurchaseOutcomeUnknown(ApiError):
    """The purchase request may have reached the insurer; its result must be read back, never retried blindly."""

    default_detail = "Ödeme sonucu alınamadı; poliçe durumu kontrol edilmeden tekrar denemeyin."

    def __init__(self, detail: str | None = None, *, proposal_id: str, proposal_product_id: str, **kw: Any) -> None:
        super().__init__(detail, **kw)
        self.proposal_id = proposal_id
        self.proposal_product_id = proposal_product_id


class ProtocolError(ApiError):
    """The server answered with something this client cannot read (wrong shape, not JSON)."""

    default_detail = "Sunucudan beklenmeyen bir yanıt geldi."


class MalformedResponseError(ProtocolError):
    """An answer that is not what the contract promises: truncated or non-JSON body, an HTML page, wrong types,
    missing required fields, an oversize body. ``route`` and ``trace_id`` say which call, for support."""

    default_detail = "Sunucudan okunamayan bir yanıt geldi; işlem tamamlanamadı. Sorun sürerse destek koduyla bildirin."

    def __init__(self, detail: str | None = None, *, reason: str = "", **kw: Any) -> None:
        super().__init__(detail, **kw)
        # Technical cause for the log (never shown, never holds body text).
        self.reason = reason


class MalformedPurchaseAnswer(MalformedResponseError, PurchaseOutcomeUnknown):
    """An unreadable answer to a purchase: the payment may have gone through, so it is reconciled, never
    taken for a decline, whatever the HTTP status said."""

    default_detail = "Ödeme yanıtı okunamadı; poliçe durumu kontrol edilmeden tekrar denemeyin."


class InsecureLink(ProtocolError):
    """A document link the desk refuses to follow: not https, and not this machine."""

    default_detail = "Belge bağlantısı güvenli değil (https değil); belge indirilmedi."


_SLUG_CLASSES: dict[str, type[ApiError]] = {
    "unauthorized": Unauthorized,
    "access-denied": Forbidden,
    "resource-not-found": NotFound,
    "endpoint-not-found": NotFound,
    "input-validation": ValidationFailed,
    "business-validation": BusinessRuleViolation,
    "resource-duplicate": Duplicate,
    "resource-invalid-state": BusinessRuleViolation,
    "feature-not-supported": BusinessRuleViolation,
    "unsupported-media-type": ValidationFailed,
    "method-not-allowed": ValidationFailed,
    "upstream-service": UpstreamFailure,
}


def _class_for_status(status: int) -> type[ApiError]:
    if status == 400:
        return ValidationFailed
    if status == 401:
        return Unauthorized
    if status == 403:
        return Forbidden
    if status == 404:
        return NotFound
    if status == 408:
        return RequestTimeout
    if status == 409:
        return Duplicate
    if status in (415, 422):
        return BusinessRuleViolation
    if status == 429:
        return RateLimited
    if status == 502:
        return UpstreamFailure
    if status >= 500:
        return ServerError
    return ApiError


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header given as seconds or as an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def _str_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if v is not None]
    return []


def _camel(name: str) -> str:
    """API property names arrive as ``IdentityNumber`` or ``identityNumber``; forms key on camelCase."""
    parts = name.split(".")
    return ".".join(p[:1].lower() + p[1:] for p in parts)


def _field_errors(body: Mapping[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    items = body.get("validationErrors")
    if isinstance(items, list):
        for item in items:
            if not isinstance(item, Mapping):
                continue
            name = _camel(str(item.get("propertyName") or ""))
            message = item.get("errorMessage")
            if message:
                out.setdefault(name, []).append(str(message))
    errors = body.get("errors")
    if isinstance(errors, Mapping):
        for name, messages in errors.items():
            out.setdefault(_camel(str(name)), []).extend(_str_list(messages))
    return out


def _existing_id(body: Mapping[str, Any]) -> str | None:
    for key in ("existingId", "existingResourceId", "resourceId", "id"):
        value = body.get(key)
        if isinstance(value, str | int) and value != "":
            return str(value)
    args = body.get("templateArgs")
    if isinstance(args, Mapping):
        for key in ("existingId", "id", "customerId", "vehicleId"):
            value = args.get(key)
            if isinstance(value, str | int) and value != "":
                return str(value)
    return None


def error_from_problem(
    status: int, body: bytes | str | Mapping[str, Any] | None, headers: Mapping[str, str] | None = None
) -> ApiError:
    """Build the typed error for a non-2xx answer from its problem-details (or ASP.NET, empty, HTML) body."""
    data: Mapping[str, Any] = {}
    if isinstance(body, Mapping):
        data = body
    elif body:
        try:
            parsed = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            parsed = None
        if isinstance(parsed, Mapping):
            data = parsed
    problem_type = data.get("type") if isinstance(data.get("type"), str) else None
    cls: type[ApiError] | None = None
    if problem_type and problem_type.startswith(_PROBLEM_PREFIX):
        cls = _SLUG_CLASSES.get(problem_type.rstrip("/").rsplit("/", 1)[-1])
    if cls is None:
        cls = _class_for_status(status)
    if cls is BusinessRuleViolation and (data.get("validationErrors") or isinstance(data.get("errors"), Mapping)):
        cls = ValidationFailed
    detail = data.get("detail") if isinstance(data.get("detail"), str) else None
    title = data.get("title") if isinstance(data.get("title"), str) else None
    kw: dict[str, Any] = {
        "suggestions": _str_list(data.get("suggestions")),
        "trace_id": str(data["traceId"]) if data.get("traceId") else None,
        "status": status,
        "codes": _str_list(data.get("codes")),
        "field_errors": _field_errors(data),
        "problem_type": problem_type,
        "title": title,
    }
    if not detail and isinstance(data.get("errors"), list):
        # Some routes answer a 4xx with a bare ``errors: string[]`` instead of problem details (§L).
        detail = " ".join(_str_list(data.get("errors"))) or None
    if not detail and kw["field_errors"]:
        first = next(iter(kw["field_errors"].values()))
        detail = first[0] if first else None
    if cls is Duplicate:
        return Duplicate(detail, existing_id=_existing_id(data), **kw)
    if cls is RateLimited:
        lower = {k.lower(): v for k, v in (headers or {}).items()}
        return RateLimited(detail, retry_after_s=parse_retry_after(lower.get("retry-after")), **kw)
    return cls(detail, **kw)


_GRAPHQL_CODES: dict[str, type[ApiError]] = {
    "UNAUTHORIZED": Unauthorized,
    "UNAUTHENTICATED": Unauthorized,
    "AUTH_NOT_AUTHENTICATED": Unauthorized,
    "FORBIDDEN": Forbidden,
    "AUTH_NOT_AUTHORIZED": Forbidden,
    "NOT_FOUND": NotFound,
    "BAD_REQUEST": ValidationFailed,
    "VALIDATION_ERROR": ValidationFailed,
    "GRAPHQL_VALIDATION_FAILED": ValidationFailed,
    "CONFLICT": Duplicate,
    "FILTER_REQUIRED": ValidationFailed,
    "FILTER_MAX_SPAN_EXCEEDED": ValidationFailed,
    "NOT_SUPPORTED": BusinessRuleViolation,
    "UPSTREAM_ERROR": UpstreamFailure,
    "INTERNAL_ERROR": ServerError,
    "TOO_MANY_REQUESTS": RateLimited,
}


def error_from_graphql(errors: list[Any]) -> ApiError:
    """Map a GraphQL ``errors`` array onto the REST hierarchy, keyed by the first error's ``extensions.code``."""
    first: Mapping[str, Any] = errors[0] if errors and isinstance(errors[0], Mapping) else {}
    raw_ext = first.get("extensions")
    ext: Mapping[str, Any] = raw_ext if isinstance(raw_ext, Mapping) else {}
    code = str(ext.get("code") or "")
    cls = _GRAPHQL_CODES.get(code.upper(), ServerError if code else ValidationFailed)
    messages = [str(e.get("message")) for e in errors if isinstance(e, Mapping) and e.get("message")]
    codes = [code] if code else []
    codes.extend(c for c in _str_list(ext.get("codes")) if c not in codes)
    return cls(
        "; ".join(messages) or None,
        suggestions=_str_list(ext.get("suggestions")),
        trace_id=str(ext["traceId"]) if ext.get("traceId") else None,
        status=None,
        codes=codes,
    )
