"""Custom scalars of the sandbox schema: DateTime, LocalDate, UUID and ObjectId.

Inputs are parsed into comparable Python values (aware datetimes, dates, lower-case UUID strings) so filters
can compare them against node values normalised the same way (see ``normalise``).
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from graphql import GraphQLError, GraphQLScalarType, StringValueNode, ValueNode

_OBJECT_ID = re.compile(r"^[0-9a-fA-F]{24}$")


@lru_cache(maxsize=1 << 18)
def parse_datetime(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    # Naive timestamps are taken as UTC so they compare with the offset-carrying ones.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@lru_cache(maxsize=1 << 16)
def parse_local_date(text: str) -> date:
    return date.fromisoformat(text[:10])


def to_datetime(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return parse_datetime(str(value))


def to_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_local_date(str(value))


def to_uuid_text(value: Any) -> str | None:
    return None if value is None else str(value).lower()


def _serialize_datetime(value: Any) -> str:
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.isoformat().replace("+00:00", "Z")
    return str(value)


def _serialize_date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _parse_with(name: str, parse: Any) -> Any:
    def parse_value(value: Any) -> Any:
        if not isinstance(value, str):
            raise GraphQLError(f"{name} cannot represent a non-string value: {value!r}")
        try:
            return parse(value)
        except ValueError:
            raise GraphQLError(f"{name} cannot represent value: {value!r}") from None

    def parse_literal(node: ValueNode, _variables: Any = None) -> Any:
        if not isinstance(node, StringValueNode):
            raise GraphQLError(f"{name} cannot represent a non-string literal.", node)
        return parse_value(node.value)

    return parse_value, parse_literal


def _uuid(text: str) -> str:
    return str(uuid.UUID(text))


def _object_id(text: str) -> str:
    if not _OBJECT_ID.match(text):
        raise ValueError(text)
    return text.lower()


def _strict_date(text: str) -> date:
    if len(text) != 10:
        raise ValueError(text)
    return date.fromisoformat(text)


def _strict_datetime(text: str) -> datetime:
    if len(text) < 19:
        raise ValueError(text)
    return parse_datetime(text)


def configure_scalars(types: dict[str, Any]) -> None:
    """Give the SDL-declared scalars their parsing and serialisation."""
    table: dict[str, tuple[Any, Any]] = {
        "DateTime": (_strict_datetime, _serialize_datetime),
        "LocalDate": (_strict_date, _serialize_date),
        "UUID": (_uuid, str),
        "ObjectId": (_object_id, str),
    }
    for name, (parse, serialize) in table.items():
        scalar = types[name]
        assert isinstance(scalar, GraphQLScalarType)
        scalar.parse_value, scalar.parse_literal = _parse_with(name, parse)  # type: ignore[method-assign]
        scalar.serialize = serialize  # type: ignore[method-assign]
