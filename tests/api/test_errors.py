from __future__ import annotations

import email.utils
import json
import time

import pytest

from insurup_desk.api import errors as e


def body(**kw: object) -> bytes:
    return json.dumps(kw).encode()


def test_validation_problem_gives_field_errors_keyed_by_camel_case_property() -> None:
    err = e.error_from_problem(
        422,
        body(
            type="https://api.insurup.com/problems/input-validation",
            status=422,
            detail="Kimlik numarası geçersiz.",
            codes=["IDENTITY_NUMBER_INVALID"],
            traceId="00-abc-00",
            suggestions=["11 haneli TC kimlik numarasını kontrol edin."],
            validationErrors=[
                {"propertyName": "IdentityNumber", "errorMessage": "Geçersiz TCKN", "attemptedValue": "1"},
                {"propertyName": "phoneNumber.number", "errorMessage": "Eksik", "attemptedValue": ""},
            ],
        ),
    )
    assert isinstance(err, e.ValidationFailed)
    assert str(err) == "Kimlik numarası geçersiz."
    assert err.field_errors == {"identityNumber": ["Geçersiz TCKN"], "phoneNumber.number": ["Eksik"]}
    assert err.codes == ["IDENTITY_NUMBER_INVALID"]
    assert err.trace_id == "00-abc-00"
    assert err.suggestions == ["11 haneli TC kimlik numarasını kontrol edin."]
    assert err.status == 422


def test_aspnet_errors_map_is_understood_and_supplies_the_message() -> None:
    err = e.error_from_problem(
        400, body(title="One or more validation errors occurred.", errors={"TaxNumber": ["VKN 10 haneli olmalı."]})
    )
    assert isinstance(err, e.ValidationFailed)
    assert err.field_errors == {"taxNumber": ["VKN 10 haneli olmalı."]}
    assert str(err) == "VKN 10 haneli olmalı."


@pytest.mark.parametrize(
    ("status", "slug", "cls"),
    [
        (422, "business-validation", e.BusinessRuleViolation),
        (404, "resource-not-found", e.NotFound),
        (403, "access-denied", e.Forbidden),
        (401, "unauthorized", e.Unauthorized),
        (502, "upstream-service", e.UpstreamFailure),
        (409, "resource-duplicate", e.Duplicate),
        (500, "something-new", e.ServerError),
    ],
)
def test_problem_type_selects_the_error_class(status: int, slug: str, cls: type[e.ApiError]) -> None:
    err = e.error_from_problem(status, body(type=f"https://api.insurup.com/problems/{slug}", detail="x"))
    assert type(err) is cls
    assert err.status == status


@pytest.mark.parametrize(
    ("status", "content", "cls"),
    [
        (500, b"", e.ServerError),
        (503, b"<html>Service Unavailable</html>", e.ServerError),
        (404, b"", e.NotFound),
        (401, b"", e.Unauthorized),
        (408, b"", e.RequestTimeout),
        (429, b"", e.RateLimited),
        (502, b"Bad gateway", e.UpstreamFailure),
    ],
)
def test_empty_or_non_json_bodies_still_give_typed_errors_with_a_message(
    status: int, content: bytes, cls: type[e.ApiError]
) -> None:
    err = e.error_from_problem(status, content)
    assert type(err) is cls
    assert str(err) == cls.default_detail
    assert str(err)  # never an empty message in the UI


def test_duplicate_carries_the_existing_resource_id() -> None:
    err = e.error_from_problem(
        409,
        body(
            type="https://api.insurup.com/problems/resource-duplicate",
            detail="Müşteri zaten kayıtlı.",
            existingId="c-42",
        ),
    )
    assert isinstance(err, e.Duplicate)
    assert err.existing_id == "c-42"


def test_retry_after_in_seconds_and_as_http_date() -> None:
    err = e.error_from_problem(429, b"", {"Retry-After": "7"})
    assert isinstance(err, e.RateLimited) and err.retry_after_s == 7.0
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    err = e.error_from_problem(429, b"", {"retry-after": when})
    assert isinstance(err, e.RateLimited)
    assert err.retry_after_s is not None and 25 <= err.retry_after_s <= 31
    assert e.parse_retry_after("garbage") is None


def test_graphql_errors_use_extensions_code() -> None:
    err = e.error_from_graphql(
        [{"message": "Filtre gerekli", "extensions": {"code": "FILTER_REQUIRED", "traceId": "t-9"}}]
    )
    assert isinstance(err, e.ValidationFailed)
    assert str(err) == "Filtre gerekli"
    assert err.codes == ["FILTER_REQUIRED"] and err.trace_id == "t-9"
    assert isinstance(e.error_from_graphql([{"message": "x", "extensions": {"code": "UNAUTHORIZED"}}]), e.Unauthorized)
    assert isinstance(e.error_from_graphql([{"message": "x", "extensions": {"code": "NOT_FOUND"}}]), e.NotFound)
    assert isinstance(e.error_from_graphql([{"message": "x", "extensions": {"code": "WEIRD"}}]), e.ServerError)


def test_session_expired_is_an_unauthorized() -> None:
    assert issubclass(e.SessionExpired, e.Unauthorized)
    assert "giriş" in str(e.SessionExpired())


def test_message_is_one_line() -> None:
    err = e.error_from_problem(422, body(detail="Satır bir.\n  Satır iki."))
    assert str(err) == "Satır bir. Satır iki."
