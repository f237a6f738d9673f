"""GraphQL list sources: lean queries whose nodes become row tuples without any per-row model.

Each list asks for exactly the fields its table shows (plus the ids its actions need) and reads the answer
with one ``json.loads``: a 100-row page costs little more than parsing its bytes, and 100,000 rows kept as
tuples (with repeated values such as states, dates and insurer names shared) stay lean in memory.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from insurup_desk.api.errors import MalformedResponseError, error_from_graphql
from insurup_desk.services.api_ports import DeskClient, SaleClient
from insurup_desk.services.list_queries import FetchPage, ListQuery, Page

Execute = Callable[[str, dict[str, Any]], Awaitable[bytes]]


@dataclass(frozen=True)
class ListSource:
    root: str  # "policiesNew"
    node_type: str  # "QueryPoliciesResult" (input type names are derived from it, reference §10.3)
    fields: tuple[str, ...]  # row tuple layout == selected node fields
    shared: frozenset[str] = field(default_factory=frozenset)  # low-cardinality fields worth de-duplicating

    def document(self) -> str:
        t = self.node_type
        selection = " ".join(self.fields)
        return (
            f"query List($first: Int, $after: String, $filter: filtering_{t}FilterInput, "
            f"$search: searching_{t}FilterInput, $order: [sorting_{t}SortInput!]) "
            f"{{ {self.root}(first: $first, after: $after, filter: $filter, search: $search, order: $order) "
            f"{{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ {selection} }} }} }}"
        )


POLICIES = ListSource(
    root="policiesNew",
    node_type="QueryPoliciesResult",
    fields=(
        "id",
        "insuranceCompanyPolicyNumber",
        "insuredCustomerName",
        "insuredCustomerIdentityNumber",
        "insuredCustomerTaxNumber",
        "productBranch",
        "insuranceCompanyName",
        "productName",
        "vehiclePlateCode",
        "vehiclePlateCity",
        "vehicleModelBrandText",
        "grossPremium",
        "netPremium",
        "currency",
        "startDate",
        "endDate",
        "state",
        "createdAt",
        "insuredCustomerId",
        "vehicleId",
        "agentBranchId",
        "propertyId",
        "propertyNumber",
        "daskPolicyNumber",
        "campaign",
    ),
    shared=frozenset(
        {"productBranch", "insuranceCompanyName", "productName", "vehicleModelBrandText", "currency", "startDate",
         "endDate", "state", "agentBranchId", "campaign"}
    ),
)

PROPOSALS = ListSource(
    root="proposalsNew",
    node_type="QueryProposalsResult",
    fields=(
        "id",
        "createdAt",
        "productBranch",
        "state",
        "insuredCustomerName",
        "insuredCustomerIdentityNumber",
        "insuredCustomerTaxNumber",
        "vehiclePlateCode",
        "vehiclePlateCity",
        "vehicleModelBrandText",
        "productsCount",
        "succeedProductsCount",
        "lowestPremium",
        "insuredCustomerId",
        "vehicleId",
        "agentBranchId",
        "propertyId",
    ),
    shared=frozenset({"productBranch", "state", "vehicleModelBrandText", "agentBranchId"}),
)

CUSTOMERS = ListSource(
    root="customersNew",
    node_type="QueryCustomerModel",
    fields=(
        "id",
        "name",
        "type",
        "identityNumber",
        "taxNumber",
        "passportNumber",
        "primaryPhoneNumber",
        "primaryPhoneNumberCountryCode",
        "primaryEmail",
        "cityText",
        "districtText",
        "createdAt",
    ),
    shared=frozenset({"type", "cityText", "districtText"}),
)


def variables_for(query: ListQuery, first: int, after: str | None) -> dict[str, Any]:
    variables: dict[str, Any] = {"first": first}
    if after is not None:
        variables["after"] = after
    if query.filter:
        variables["filter"] = query.filter
    if query.search:
        variables["search"] = query.search
    order = query.order_input()
    if order:
        variables["order"] = order
    return variables


class PageReader:
    """Turns raw ``{root}`` response bytes into a :class:`Page`; keeps one pool of shared values per list."""

    def __init__(self, source: ListSource) -> None:
        self._source = source
        self._get = itemgetter(*source.fields)
        self._shared_at = tuple(i for i, name in enumerate(source.fields) if name in source.shared)
        self._pool: dict[Any, Any] = {}

    def read(self, raw: bytes | str) -> Page:
        try:
            return self._read(raw)
        except (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
            # A truncated page, an HTML body or nodes of the wrong shape: one typed error, not a parser crash.
            route = f"POST graphql {self._source.root}"
            raise MalformedResponseError(status=200, route=route, reason=type(exc).__name__) from None

    def _read(self, raw: bytes | str) -> Page:
        document = json.loads(raw)
        if not isinstance(document, Mapping):
            raise TypeError("answer is not an object")
        errors = document.get("errors")
        if errors:
            raise error_from_graphql(list(errors))
        data = document.get("data") or {}
        connection = data.get(self._source.root)
        if not isinstance(connection, Mapping):
            raise TypeError("answer without the list")
        nodes: Sequence[Mapping[str, Any]] = connection.get("nodes") or [
            edge["node"] for edge in connection.get("edges") or ()
        ]
        rows = self._rows(nodes)
        info = connection.get("pageInfo") or {}
        return Page(
            rows=rows,
            total_count=connection.get("totalCount"),
            end_cursor=info.get("endCursor"),
            has_next=bool(info.get("hasNextPage")),
        )

    def _rows(self, nodes: Sequence[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
        get = self._get
        names = self._source.fields
        try:
            raw_rows = [get(node) for node in nodes]
            if len(names) == 1:  # itemgetter of one name returns the bare value
                raw_rows = [(value,) for value in raw_rows]
        except KeyError:
            # A server that omits null fields: fall back to the slower, forgiving path.
            raw_rows = [tuple(node.get(name) for name in names) for node in nodes]
        if not self._shared_at:
            return raw_rows
        pool = self._pool
        if len(pool) > 50_000:  # a pool of unique values would only grow; start again
            pool.clear()
        shared = self._shared_at
        rows = []
        for row in raw_rows:
            values = list(row)
            for i in shared:
                value = values[i]
                if value is not None:
                    values[i] = pool.setdefault(value, value)
            rows.append(tuple(values))
        return rows


def graphql_fetcher(execute: Execute, source: ListSource) -> FetchPage:
    """A :data:`FetchPage` over ``execute(document, variables) -> bytes`` (the client's ``graphql.execute``)."""
    document = source.document()
    reader = PageReader(source)

    async def fetch(query: ListQuery, first: int, after: str | None) -> Page:
        raw = await execute(document, variables_for(query, first, after))
        return reader.read(raw)

    return fetch


def client_fetcher(client: SaleClient, source: ListSource) -> FetchPage:
    """The fetcher for an :class:`insurup_desk.api.InsurUpClient`."""
    return graphql_fetcher(client.graphql.execute, source)


async def insurer_names(client: DeskClient) -> list[str]:
    """Names of the insurance companies (GET insurance-companies), for the insurer filter."""
    body = await client.session.json("GET", "insurance-companies")
    items = body.get("items", body) if isinstance(body, Mapping) else body
    names = {str(item["name"]) for item in items or () if isinstance(item, Mapping) and item.get("name")}
    return sorted(names, key=str.casefold)
