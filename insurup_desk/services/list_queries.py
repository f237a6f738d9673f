"""What a list asks the server for, and the page shape every list view consumes.

A list page knows nothing about GraphQL: it holds a ``ListQuery`` (filter, search, order as wire-ready
mappings) and a ``FetchPage`` function that turns (query, first, after) into a ``Page`` of lean row tuples.
The builders here turn what the operator typed into those mappings, the Turkish way (a plate typed as
"34 abc 123", a TCKN, a policy number or a name all land on the right field).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from typing import Any

from insurup_desk.domain.agency_day import day_start_utc
from insurup_desk.domain.plate import parse_plate
from insurup_desk.domain.turkish import turkish_fold

JsonMap = Mapping[str, Any]


class CellKind(StrEnum):
    """How a field is shown and exported."""

    TEXT = "text"
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"
    PLATE = "plate"
    INT = "int"
    ENUM = "enum"
    PHONE = "phone"
    DAYS_LEFT = "days_left"  # a date shown as the number of days from today
    ASSET = "asset"  # what the row insures: the plate, the home's address or the insured person, by branch


@dataclass(frozen=True, slots=True)
class ListQuery:
    """One server-side question. Equal queries ask the same thing (used to skip pointless reloads)."""

    filter: JsonMap | None = None
    search: JsonMap | None = None
    order: tuple[tuple[str, str], ...] = ()

    def order_input(self) -> list[dict[str, str]] | None:
        return [{name: direction} for name, direction in self.order] or None


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a cursor connection, already reduced to row tuples in the table's field layout."""

    rows: Sequence[tuple[Any, ...]]
    total_count: int | None
    end_cursor: str | None
    has_next: bool
    fetched_at: float | None = None  # epoch seconds when served from the local cache; None when live


FetchPage = Callable[[ListQuery, int, str | None], Awaitable[Page]]


# --- filter / search builders ---------------------------------------------------------------------


def _and(parts: Sequence[JsonMap]) -> JsonMap | None:
    parts = [p for p in parts if p]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return {"and": list(parts)}


def _text(value: str) -> dict[str, str]:
    return {"value": value}


def _date_range(name: str, start: dt.date | None, end: dt.date | None) -> JsonMap | None:
    ops: dict[str, str] = {}
    if start is not None:
        ops["gte"] = start.isoformat()
    if end is not None:
        ops["lte"] = end.isoformat()
    return {name: ops} if ops else None


def _in(name: str, values: Sequence[str] | Sequence[int]) -> JsonMap | None:
    if not values:
        return None
    if len(values) == 1:
        return {name: {"eq": values[0]}}
    return {name: {"in": list(values)}}


_DIGITS = re.compile(r"^\d+$")


@dataclass(frozen=True, slots=True)
class SearchTerms:
    """What a free-text search box means once classified."""

    text: str
    identity: str | None = None  # 11 digits (TCKN) or 10 digits (VKN)
    plate_city: int | None = None
    plate_code: str | None = None


def classify_search(text: str) -> SearchTerms | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    compact = cleaned.replace(" ", "")
    if _DIGITS.match(compact) and len(compact) in (10, 11):
        return SearchTerms(cleaned, identity=compact)
    plate = parse_plate(cleaned)
    if plate is not None:
        return SearchTerms(cleaned, plate_city=plate.city, plate_code=plate.code)
    return SearchTerms(cleaned)


def _plate_or_identity(
    terms: SearchTerms, *, identity_fields: Sequence[str], plate: bool
) -> tuple[JsonMap | None, JsonMap | None] | None:
    """(search, extra filter) for identity numbers and plates, or None when the text is neither."""
    if terms.identity is not None:
        ops = [{name: {"eq": _text(terms.identity)}} for name in identity_fields]
        return ({"or": ops} if len(ops) > 1 else ops[0]), None
    if plate and terms.plate_code is not None:
        # The plate code is stored without its province number; the province narrows it as a filter.
        return {"vehiclePlateCode": {"eq": _text(terms.plate_code)}}, {"vehiclePlateCity": {"eq": terms.plate_city}}
    return None


def _vehicle_list_search(
    text: str, filters: list[JsonMap | None], *, identity_fields: tuple[str, ...], text_fields: tuple[str, ...]
) -> JsonMap | None:
    """Search for a list of vehicle-bound records: a plate or identity number becomes an exact match (its
    filter part is appended to ``filters``); other text is looked for in ``text_fields``."""
    terms = classify_search(text)
    if terms is None:
        return None
    special = _plate_or_identity(terms, identity_fields=identity_fields, plate=True)
    if special is not None:
        search, extra_filter = special
        filters.append(extra_filter)
        return search
    value = _text(terms.text)
    return {"or": [{field: {"contains": value}} for field in text_fields]}


@dataclass(frozen=True, slots=True)
class PolicyFilters:
    text: str = ""
    branches: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    insurers: tuple[str, ...] = ()  # insuranceCompanyName (the id is not filterable, reference §10.8)
    start_from: dt.date | None = None
    start_to: dt.date | None = None
    end_from: dt.date | None = None
    end_to: dt.date | None = None
    agent_branch_id: str | None = None
    extra: tuple[JsonMap, ...] = field(default=())

    def to_query(self, order: tuple[tuple[str, str], ...] = ()) -> ListQuery:
        filters: list[JsonMap | None] = [
            _in("productBranch", self.branches),
            _in("state", self.states),
            _in("insuranceCompanyName", self.insurers),
            _date_range("startDate", self.start_from, self.start_to),
            _date_range("endDate", self.end_from, self.end_to),
            {"agentBranchId": {"eq": self.agent_branch_id}} if self.agent_branch_id else None,
            *self.extra,
        ]
        search = _vehicle_list_search(
            self.text,
            filters,
            identity_fields=("insuredCustomerIdentityNumber", "insurerCustomerIdentityNumber"),
            text_fields=("insuranceCompanyPolicyNumber", "insuranceCompanyProposalNumber", "insuredCustomerName",
                         "insurerCustomerName"),
        )
        return ListQuery(filter=_and([f for f in filters if f]), search=search, order=order)


@dataclass(frozen=True, slots=True)
class ProposalFilters:
    text: str = ""
    branches: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    created_from: dt.date | None = None
    created_to: dt.date | None = None
    agent_branch_id: str | None = None
    insured_customer_id: str | None = None

    def to_query(self, order: tuple[tuple[str, str], ...] = ()) -> ListQuery:
        created: JsonMap | None = None
        if self.created_from or self.created_to:
            ops: dict[str, str] = {}
            if self.created_from:
                ops["gte"] = day_start_utc(self.created_from)
            if self.created_to:
                ops["lt"] = day_start_utc(self.created_to + dt.timedelta(days=1))
            created = {"createdAt": ops}
        filters: list[JsonMap | None] = [
            _in("productBranch", self.branches),
            _in("state", self.states),
            created,
            {"agentBranchId": {"eq": self.agent_branch_id}} if self.agent_branch_id else None,
            {"insuredCustomerId": {"eq": self.insured_customer_id}} if self.insured_customer_id else None,
        ]
        search = _vehicle_list_search(
            self.text,
            filters,
            identity_fields=("insuredCustomerIdentityNumber", "insuredCustomerTaxNumber"),
            text_fields=("insuredCustomerName", "vehicleModelBrandText", "insuredCustomerEmail"),
        )
        return ListQuery(filter=_and([f for f in filters if f]), search=search, order=order)


@dataclass(frozen=True, slots=True)
class CustomerFilters:
    text: str = ""
    types: tuple[str, ...] = ()

    def to_query(self, order: tuple[tuple[str, str], ...] = ()) -> ListQuery:
        search: JsonMap | None = None
        terms = classify_search(self.text)
        if terms is not None:
            special = _plate_or_identity(terms, identity_fields=("identityNumber", "taxNumber"), plate=False)
            if special is not None:
                search = special[0]
            else:
                value = _text(terms.text)
                digits = re.sub(r"\D", "", terms.text)
                ops: list[JsonMap] = [
                    {"name": {"contains": value}},
                    {"primaryEmail": {"contains": value}},
                    {"passportNumber": {"eq": value}},
                ]
                if len(digits) >= 4:
                    # Phones are stored as the national number; "+90 532 ..." and "0532..." both mean it.
                    national = digits[2:] if digits.startswith("90") and len(digits) > 10 else digits.lstrip("0")
                    ops.append({"primaryPhoneNumber": {"contains": _text(national)}})
                search = {"or": ops}
        return ListQuery(filter=_in("type", self.types), search=search, order=order)


# --- the same questions answered over cached rows (offline) -----------------------------------------------


def _comparable(left: Any, right: Any) -> tuple[Any, Any] | None:
    """Both sides as numbers when both are numeric, else as text (ISO dates compare correctly as text)."""
    if isinstance(left, bool) or isinstance(right, bool):
        return (left, right) if type(left) is type(right) else None
    try:
        return float(left), float(right)
    except (TypeError, ValueError):
        return (str(left), str(right)) if left is not None and right is not None else None


def _equal(left: Any, right: Any) -> bool:
    if isinstance(left, str) and isinstance(right, str):
        return turkish_fold(str(left)) == turkish_fold(str(right))
    pair = _comparable(left, right)
    return pair is not None and pair[0] == pair[1]


def _op_holds(op: str, actual: Any, expected: Any) -> bool:
    if isinstance(expected, Mapping) and "value" in expected:
        expected = expected["value"]  # search inputs wrap their operand
    if op == "eq":
        return actual is None if expected is None else _equal(actual, expected)
    if op == "neq":
        return not _op_holds("eq", actual, expected)
    if op == "in":
        return any(_equal(actual, e) for e in expected or ())
    if op == "nin":
        return not _op_holds("in", actual, expected)
    if op in ("contains", "autocomplete"):
        return actual is not None and turkish_fold(str(expected)) in turkish_fold(str(actual))
    if op == "ncontains":
        return not _op_holds("contains", actual, expected)
    if op == "startsWith":
        return actual is not None and turkish_fold(str(actual)).startswith(turkish_fold(str(expected)))
    if op in ("gt", "gte", "lt", "lte"):
        pair = _comparable(actual, expected)
        if pair is None:
            return False
        a, e = pair
        return bool({"gt": a > e, "gte": a >= e, "lt": a < e, "lte": a <= e}[op])
    return False  # an operator this reader does not know never matches: better too few rows than wrong ones


def matches(node: Mapping[str, Any], condition: JsonMap | None) -> bool:
    """Whether a cached row (field -> value) satisfies a filter/search mapping built by this module."""
    if not condition:
        return True
    for name, spec in condition.items():
        if name == "and":
            if not all(matches(node, part) for part in spec):
                return False
        elif name == "or":
            if not any(matches(node, part) for part in spec):
                return False
        elif not _field_holds(node, name, spec):
            return False
    return True


def _field_holds(node: Mapping[str, Any], name: str, spec: Any) -> bool:
    if name not in node or not isinstance(spec, Mapping):
        return False  # a field the cached rows do not carry cannot be checked, so it does not match
    return all(_op_holds(op, node[name], expected) for op, expected in spec.items())


def local_rows(nodes: Sequence[Mapping[str, Any]], query: ListQuery) -> list[Mapping[str, Any]]:
    """``nodes`` that answer ``query`` (filter and search), in its order."""
    found = [n for n in nodes if isinstance(n, Mapping) and matches(n, query.filter) and matches(n, query.search)]
    for name, direction in reversed(query.order):
        present = [n for n in found if n.get(name) is not None]
        missing = [n for n in found if n.get(name) is None]
        present.sort(key=partial(_sort_value, name), reverse=direction.upper() == "DESC")
        found = present + missing  # empty values last either way, as the server does
    return found


def _sort_value(name: str, node: Mapping[str, Any]) -> tuple[int, Any]:
    return _sort_key(node[name])


def _sort_key(value: Any) -> tuple[int, Any]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (0, value)
    return (1, turkish_fold(str(value)))
