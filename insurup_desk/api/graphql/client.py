"""GraphQL list queries: one page at a time, or all pages through an async iterator.

Pages are parsed straight from the response bytes by pydantic-core (no intermediate dicts), which keeps a
100-row page well under a millisecond or two. GraphQL ``errors`` fail the call even when ``data`` is present.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from ..errors import ApiError, MalformedResponseError, error_from_graphql
from ..models.graphql import Connection, CustomerNode, GraphQLErrorItem, PolicyNode, ProposalNode
from ..parsing import malformed, parse_body, trace_id_of
from ..session import ApiSession
from ..transport import RawResponse
from .builders import Condition, Sort
from .builders import order as order_list
from .documents import load_query

N = TypeVar("N")
D = TypeVar("D")

MAX_PAGE_SIZE = 100


class _Envelope(BaseModel, Generic[D]):
    model_config = ConfigDict(extra="ignore")

    data: D | None = None
    errors: list[GraphQLErrorItem] | None = None


class _ErrorsOnly(BaseModel):
    """Read when the full envelope does not validate: the ``errors`` say more than a shape complaint would."""

    model_config = ConfigDict(extra="ignore")

    errors: list[GraphQLErrorItem] | None = None


_ERRORS_ONLY = TypeAdapter(_ErrorsOnly)


class _PoliciesData(BaseModel):
    connection: Connection[PolicyNode] | None = Field(default=None, alias="policiesNew")


class _ProposalsData(BaseModel):
    connection: Connection[ProposalNode] | None = Field(default=None, alias="proposalsNew")


class _CustomersData(BaseModel):
    connection: Connection[CustomerNode] | None = Field(default=None, alias="customersNew")


_POLICIES = TypeAdapter(_Envelope[_PoliciesData])
_PROPOSALS = TypeAdapter(_Envelope[_ProposalsData])
_CUSTOMERS = TypeAdapter(_Envelope[_CustomersData])

OrderArg = list[Sort] | tuple[Sort, ...] | list[dict[str, Any]] | None
FilterArg = Condition | dict[str, Any] | None


def parse_policies_page(raw: bytes) -> Connection[PolicyNode]:
    """Turn a raw ``policiesNew`` response into a typed page (raises the typed error on ``errors``)."""
    page: Connection[PolicyNode] = read_page(RawResponse(200, {}, raw, "POST graphql policies"), _POLICIES)
    return page


def _graphql_error(response: RawResponse, errors: list[GraphQLErrorItem]) -> ApiError:
    error = error_from_graphql([e.model_dump() for e in errors])
    error.route = response.route
    if error.trace_id is None:
        error.trace_id = trace_id_of(response)
    return error


def read_page(response: RawResponse, adapter: TypeAdapter[Any]) -> Any:
    """The page's connection, or the typed error: GraphQL ``errors`` (even beside data, even on a 200) or a
    body that is not a GraphQL answer of this shape."""
    try:
        envelope: _Envelope[Any] = parse_body(response, adapter)
    except MalformedResponseError:
        try:
            errors = _ERRORS_ONLY.validate_json(response.content).errors
        except ValueError:
            errors = None
        if errors:
            raise _graphql_error(response, errors) from None
        raise
    if envelope.errors:
        raise _graphql_error(response, envelope.errors)
    if envelope.data is None or envelope.data.connection is None:
        raise malformed(response, "GraphQL answer without data")
    return envelope.data.connection


def _variables(
    first: int | None, after: str | None, filter: FilterArg, search: FilterArg, order: OrderArg
) -> dict[str, Any]:
    variables: dict[str, Any] = {}
    if first is not None:
        variables["first"] = max(1, min(int(first), MAX_PAGE_SIZE))
    if after:
        variables["after"] = after
    for key, value in (("filter", filter), ("search", search)):
        if value is not None:
            variables[key] = value.to_wire() if isinstance(value, Condition) else value
    if order:
        items = list(order)
        variables["order"] = order_list(*items) if isinstance(items[0], Sort) else items  # type: ignore[arg-type]
    return variables


class GraphQLApi:
    def __init__(self, session: ApiSession) -> None:
        self._s = session

    async def execute(self, query: str, variables: dict[str, Any] | None = None) -> bytes:
        """POST a query document and return the raw answer (GraphQL queries are safe to retry)."""
        return (await self._send(query, variables)).content

    async def _send(self, query: str, variables: dict[str, Any] | None) -> RawResponse:
        body: dict[str, Any] = {"query": query}
        if variables:
            body["variables"] = variables
        # A query changes nothing: retried like a GET, a 500 included.
        return await self._s.request("POST", self._s.config.graphql, json_body=body, idempotent=True, read=True)

    async def _page(self, name: str, adapter: TypeAdapter[Any], variables: dict[str, Any]) -> Any:
        response = await self._send(load_query(name), variables)
        return read_page(replace(response, route=f"{response.route} {name}"), adapter)

    async def policies(self, *, first: int | None = 50, after: str | None = None, filter: FilterArg = None,
                       search: FilterArg = None, order: OrderArg = None) -> Connection[PolicyNode]:
        return await self._list(PolicyNode, "policies", _POLICIES, first, after, filter, search, order)

    async def proposals(self, *, first: int | None = 50, after: str | None = None, filter: FilterArg = None,
                        search: FilterArg = None, order: OrderArg = None) -> Connection[ProposalNode]:
        return await self._list(ProposalNode, "proposals", _PROPOSALS, first, after, filter, search, order)

    async def customers(self, *, first: int | None = 50, after: str | None = None, filter: FilterArg = None,
                        search: FilterArg = None, order: OrderArg = None) -> Connection[CustomerNode]:
        return await self._list(CustomerNode, "customers", _CUSTOMERS, first, after, filter, search, order)

    async def _list(self, _node: type[N], name: str, adapter: TypeAdapter[Any], first: int | None,
                    after: str | None, filter: FilterArg, search: FilterArg, order: OrderArg) -> Connection[N]:
        """One page of a list query (the three lists differ only in their query document and row type)."""
        page: Connection[N] = await self._page(name, adapter, _variables(first, after, filter, search, order))
        return page
