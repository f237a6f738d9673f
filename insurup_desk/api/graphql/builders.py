"""Typed builders for GraphQL ``filter``, ``search`` and ``order`` arguments.

    field("state").eq("ACTIVE") & field("endDate").lte(date(2026, 12, 31))
    search("insuredCustomerName").contains("Ayşe")
    order(desc("createdAt"))

Dotted names nest: ``field("createdBy.id").eq(x)`` → ``{"createdBy": {"id": {"eq": x}}}``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Literal

Scalar = str | int | float | bool | Decimal | dt.date | dt.datetime | enum.Enum | None
Direction = Literal["ASC", "DESC"]


def _wire(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return _wire(value.value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple | set | frozenset):
        return [_wire(v) for v in value]
    return value


def _nest(path: str, leaf: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = leaf
    for part in reversed(path.split(".")):
        out = {part: out}
    return out


class Condition:
    """A filter or search expression; combine with ``&`` / ``|`` or ``all_of`` / ``any_of``."""

    __slots__ = ("_body",)

    def __init__(self, body: Mapping[str, Any]) -> None:
        self._body = dict(body)

    def to_wire(self) -> dict[str, Any]:
        return self._body

    def __and__(self, other: Condition) -> Condition:
        return all_of(self, other)

    def __or__(self, other: Condition) -> Condition:
        return any_of(self, other)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Condition) and other._body == self._body

    def __hash__(self) -> int:
        return hash(repr(self._body))

    def __repr__(self) -> str:
        return f"Condition({self._body!r})"


def _flatten(op: str, parts: Iterable[Condition]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for part in parts:
        body = part.to_wire()
        if list(body) == [op]:
            out.extend(body[op])  # (a & b) & c → and: [a, b, c]
        else:
            out.append(body)
    return out


def all_of(*conditions: Condition) -> Condition:
    return Condition({"and": _flatten("and", conditions)})


def any_of(*conditions: Condition) -> Condition:
    return Condition({"or": _flatten("or", conditions)})


class FilterField:
    """Operations of the filter inputs (string, number, date, enum, id)."""

    __slots__ = ("_path",)

    def __init__(self, path: str) -> None:
        self._path = path

    def _op(self, op: str, value: Any) -> Condition:
        return Condition(_nest(self._path, {op: _wire(value)}))

    def eq(self, value: Scalar) -> Condition:
        return self._op("eq", value)

    def neq(self, value: Scalar) -> Condition:
        return self._op("neq", value)

    def in_(self, values: Iterable[Scalar]) -> Condition:
        return self._op("in", list(values))

    def nin(self, values: Iterable[Scalar]) -> Condition:
        return self._op("nin", list(values))

    def contains(self, value: str) -> Condition:
        return self._op("contains", value)

    def starts_with(self, value: str) -> Condition:
        return self._op("startsWith", value)

    def gt(self, value: Scalar) -> Condition:
        return self._op("gt", value)

    def gte(self, value: Scalar) -> Condition:
        return self._op("gte", value)

    def lt(self, value: Scalar) -> Condition:
        return self._op("lt", value)

    def lte(self, value: Scalar) -> Condition:
        return self._op("lte", value)

    def between(self, low: Scalar, high: Scalar) -> Condition:
        return all_of(self.gte(low), self.lte(high))


class SearchField:
    """Search operations; on the wire every text op takes ``{value}`` and ``in``/``nin`` take ``{values}``."""

    __slots__ = ("_path",)

    def __init__(self, path: str) -> None:
        self._path = path

    def _op(self, op: str, value: str, boost: float | None = None) -> Condition:
        arg: dict[str, Any] = {"value": value}
        if boost is not None:
            arg["score"] = {"boost": boost}
        return Condition(_nest(self._path, {op: arg}))

    def eq(self, value: str) -> Condition:
        return self._op("eq", value)

    def contains(self, value: str, *, boost: float | None = None) -> Condition:
        return self._op("contains", value, boost)

    def starts_with(self, value: str) -> Condition:
        return self._op("startsWith", value)

    def autocomplete(self, value: str) -> Condition:
        return self._op("autocomplete", value)

    def text_search(self, value: str) -> Condition:
        return self._op("textSearch", value)

    def in_(self, values: Iterable[str]) -> Condition:
        return Condition(_nest(self._path, {"in": {"values": list(values)}}))

    def nin(self, values: Iterable[str]) -> Condition:
        return Condition(_nest(self._path, {"nin": {"values": list(values)}}))


def field(path: str) -> FilterField:
    return FilterField(path)


def search(path: str) -> SearchField:
    return SearchField(path)


class Sort:
    __slots__ = ("direction", "path")

    def __init__(self, path: str, direction: Direction) -> None:
        if direction not in ("ASC", "DESC"):
            raise ValueError(f"sort direction must be ASC or DESC, not {direction!r}")
        self.path = path
        self.direction = direction

    def to_wire(self) -> dict[str, Any]:
        return _sort_nest(self.path, self.direction)


def _sort_nest(path: str, direction: str) -> dict[str, Any]:
    parts = path.split(".")
    out: Any = direction
    for part in reversed(parts):
        out = {part: out}
    return dict(out)


def asc(path: str) -> Sort:
    return Sort(path, "ASC")


def desc(path: str) -> Sort:
    return Sort(path, "DESC")


def order(*sorts: Sort) -> list[dict[str, Any]]:
    """The ``order`` argument: a list with one single-key object per sort field, applied in order."""
    return [s.to_wire() for s in sorts]
