"""Strict body checks for the property, health and branch-proposal routes.

The server binds these bodies to typed records: a property it does not know, a required one left out, a string
where a number belongs (System.Text.Json does not coerce), or a polymorphic object whose ``$type`` is not first,
is refused with problem details naming the property, and logged as a deviation.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .contract import Endpoint
from .deviations import refuse_field
from .problems import Problem


def known_keys(request: Request, body: dict[str, Any], allowed: Collection[str], reference: str,
               prefix: str = "") -> None:
    for key in body:
        if key not in allowed:
            raise refuse_field(request, "unknown-field", reference, prefix + key,
                               f"'{prefix}{key}' bu gövdenin bir alanı değil.", body[key], code="UNKNOWN_PROPERTY")


def required_keys(request: Request, body: dict[str, Any], keys: Iterable[str], reference: str,
                  prefix: str = "") -> None:
    for key in keys:
        if key not in body:
            raise refuse_field(request, "missing-field", reference, prefix + key,
                               f"'{prefix}{key}' alanı zorunludur (boş olabiliyorsa null gönderin).", None,
                               code="REQUIRED_PROPERTY_MISSING")


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def wrong_type(request: Request, prop: str, expected: str, value: Any, reference: str) -> Problem:
    return refuse_field(request, "field-type", reference, prop, f"'{prop}' {expected} olmalıdır.", value,
                        code="PROPERTY_TYPE_INVALID")


def int_or_null(request: Request, body: dict[str, Any], key: str, reference: str, prefix: str = "") -> int | None:
    value = body.get(key)
    if value is None:
        return None
    if not is_int(value):
        raise wrong_type(request, prefix + key, "bir tam sayı ya da null", value, reference)
    return int(value)


def number_or_null(request: Request, body: dict[str, Any], key: str, reference: str,
                   prefix: str = "") -> float | None:
    value = body.get(key)
    if value is None:
        return None
    if not is_number(value):
        raise wrong_type(request, prefix + key, "bir sayı ya da null", value, reference)
    return float(value)


def type_first(request: Request, obj: dict[str, Any], allowed: Collection[str], prop: str, reference: str) -> str:
    """The ``$type`` of a nested polymorphic object: present, first, and one of ``allowed``."""
    kind = obj.get("$type")
    if kind is None or next(iter(obj)) != "$type":
        raise refuse_field(request, "type-discriminator", reference, f"{prop}.$type",
                           f"'{prop}' nesnesinde '$type' ilk alan olmalıdır.", obj,
                           code="TYPE_DISCRIMINATOR_NOT_FIRST" if kind is not None else "TYPE_DISCRIMINATOR_MISSING")
    if kind not in allowed:
        raise refuse_field(request, "type-discriminator", reference, f"{prop}.$type",
                           f"'{kind}' değeri '{prop}' için geçerli değil ({', '.join(allowed)}).", kind,
                           code="TYPE_DISCRIMINATOR_UNKNOWN")
    return str(kind)


def enum_value(request: Request, body: dict[str, Any], key: str, values: Collection[str], reference: str,
               prefix: str = "", nullable: bool = False) -> str | None:
    value = body.get(key)
    if value is None and nullable:
        return None
    if isinstance(value, str) and value != value.upper():
        raise refuse_field(request, "enum-casing", "§1.5, §14", prefix + key,
                           f"'{value}' değeri büyük harfle yazılmalıdır ({value.upper()}).", value,
                           code="ENUM_VALUE_INVALID")
    if value not in values:
        raise refuse_field(request, "enum-value", reference, prefix + key,
                           f"'{value}' değeri '{prefix}{key}' için geçerli değil ({', '.join(values)}).", value,
                           code="ENUM_VALUE_INVALID")
    return str(value)


def with_error_list(endpoint: Endpoint) -> Endpoint:
    """Errors of these routes also carry ``errors: string[]``, which InsurUp's own site reads (addendum §L)."""

    @functools.wraps(endpoint)
    async def wrapped(request: Request) -> Response:
        try:
            return await endpoint(request)
        except Problem as problem:
            messages = [str(v.get("errorMessage")) for v in problem.validation_errors] or [problem.detail]
            problem.extra.setdefault("errors", messages)
            raise

    return wrapped
