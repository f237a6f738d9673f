"""Executes GraphQL requests against the sandbox data: list queries with filter, search, order and paging."""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from graphql import (
    DocumentNode,
    ExecutionResult,
    GraphQLError,
    GraphQLResolveInfo,
    execute,
    parse,
    validate,
)

from insurup_desk.sandbox.graphql.errors import (
    BAD_REQUEST,
    INTERNAL_ERROR,
    VALIDATION_ERROR,
    bad_request,
    format_error,
)
from insurup_desk.sandbox.graphql.filtering import compile_filter
from insurup_desk.sandbox.graphql.ordering import SEARCH_SCORE, sort_keys, sort_nodes
from insurup_desk.sandbox.graphql.paging import encode_cursor, page_window
from insurup_desk.sandbox.graphql.schema import SDL, EntitySchema, build
from insurup_desk.sandbox.graphql.searching import compile_search
from insurup_desk.sandbox.graphql.source import NodeSource
from insurup_desk.sandbox.realistic import masked

Node = Mapping[str, Any]

_SCHEMA, _ENTITIES = build()


@dataclass(frozen=True, slots=True)
class _Ordered:
    """Rows that pass filter and search, in result order; scores are set only while a search is active."""

    nodes: list[Node]
    scores: list[float] | None


class GraphQLEngine:
    """The sandbox's GraphQL endpoint logic, independent of HTTP and authentication.

    Filtered and sorted row lists are cached per (entity, agent, filter, search, order) together with the
    entity's version; an entry is used only while that version stands, so answers never lag behind a write,
    and a write to one entity leaves the cached lists of the others in place.
    """

    def __init__(self, source: NodeSource, *, cache_size: int = 16, document_cache_size: int = 256) -> None:
        self._source = source
        self._cache_size = cache_size
        self._document_cache_size = document_cache_size
        self._results: OrderedDict[tuple[str, ...], tuple[int, _Ordered]] = OrderedDict()
        self._documents: OrderedDict[str, DocumentNode | list[GraphQLError]] = OrderedDict()

    def sdl(self) -> str:
        return SDL

    async def execute(
        self,
        query: str,
        variables: dict[str, Any] | None,
        operation_name: str | None,
        agent_id: str,
    ) -> dict[str, Any]:
        """Run one request; the answer is the GraphQL response body (``errors`` only when there are some)."""
        # The HTTP layer passes decoded JSON through, so the declared types are not guaranteed.
        raw_query: object = query
        raw_variables: object = variables
        if not isinstance(raw_query, str) or not raw_query.strip():
            return _failure([bad_request("The request has no GraphQL query.")], BAD_REQUEST)
        if raw_variables is not None and not isinstance(raw_variables, dict):
            return _failure([bad_request("'variables' must be a JSON object.")], BAD_REQUEST)
        document = self._document(query)
        if isinstance(document, list):
            return _failure(document, VALIDATION_ERROR)
        result = execute(
            _SCHEMA,
            document,
            variable_values=variables,
            operation_name=operation_name,
            context_value=_Context(self, agent_id),
        )
        assert isinstance(result, ExecutionResult)  # every resolver is synchronous
        return _response(result)

    def _document(self, query: str) -> DocumentNode | list[GraphQLError]:
        cached = self._documents.get(query)
        if cached is not None:
            self._documents.move_to_end(query)
            return cached
        try:
            document = parse(query)
        except GraphQLError as error:
            outcome: DocumentNode | list[GraphQLError] = [_with_code(error, BAD_REQUEST)]
        else:
            errors = validate(_SCHEMA, document)
            outcome = [_with_code(e, VALIDATION_ERROR) for e in errors] if errors else document
        self._documents[query] = outcome
        if len(self._documents) > self._document_cache_size:
            self._documents.popitem(last=False)
        return outcome

    def connection(self, entity: EntitySchema, agent_id: str, args: Mapping[str, Any]) -> dict[str, Any]:
        """The connection object of one list query, shaped for graphql-core's default dict resolver."""
        ordered = self._ordered(entity, agent_id, args.get("filter"), args.get("search"), args.get("order"))
        total = len(ordered.nodes)
        window = page_window(
            total,
            first=args.get("first"),
            after=args.get("after"),
            last=args.get("last"),
            before=args.get("before"),
        )
        nodes: list[Node] = ordered.nodes[window.start : window.end]
        if ordered.scores is not None:
            scores = ordered.scores[window.start : window.end]
            nodes = [{**node, SEARCH_SCORE: score} for node, score in zip(nodes, scores, strict=True)]
        if self._source.masks_pii(agent_id):
            nodes = [masked(node) for node in nodes]
        cursors = [encode_cursor(i) for i in range(window.start, window.end)]
        return {
            "totalCount": total,
            "pageInfo": {
                "hasNextPage": window.end < total,
                "hasPreviousPage": window.has_previous,
                "startCursor": cursors[0] if cursors else None,
                "endCursor": cursors[-1] if cursors else None,
            },
            "edges": [{"cursor": c, "node": n} for c, n in zip(cursors, nodes, strict=True)],
            "nodes": nodes,
        }

    def _ordered(
        self,
        entity: EntitySchema,
        agent_id: str,
        filter_arg: Mapping[str, Any] | None,
        search_arg: Mapping[str, Any] | None,
        order_arg: Sequence[Mapping[str, Any]] | None,
    ) -> _Ordered:
        version = self._source.entity_version(entity.entity)
        key = (entity.entity, agent_id, _canonical(filter_arg), _canonical(search_arg), _canonical(order_arg))
        cached = self._results.get(key)
        if cached is not None and cached[0] == version:
            self._results.move_to_end(key)
            return cached[1]
        keys = sort_keys(order_arg or [])
        if (filter_arg or search_arg is not None) and keys and all(field != SEARCH_SCORE for field, _ in keys):
            # The order is total (ids break ties), so the matching rows of the cached, fully ordered list
            # are already in order: a first filtered or searched page needs no sort of its own.
            base = self._ordered(entity, agent_id, None, None, order_arg)
            ordered = _evaluate(entity, base.nodes, filter_arg, search_arg, None, presorted=True)
        else:
            ordered = _evaluate(
                entity, self._source.graphql_nodes(entity.entity, agent_id), filter_arg, search_arg, order_arg
            )
        self._results[key] = (version, ordered)
        self._results.move_to_end(key)
        if len(self._results) > self._cache_size:
            self._results.popitem(last=False)
        return ordered


def _evaluate(
    entity: EntitySchema,
    source_nodes: Sequence[Node],
    filter_arg: Mapping[str, Any] | None,
    search_arg: Mapping[str, Any] | None,
    order_arg: Sequence[Mapping[str, Any]] | None,
    *,
    presorted: bool = False,
) -> _Ordered:
    """``presorted``: ``source_nodes`` are already in the wanted order (``order_arg`` is then None)."""
    nodes: Sequence[Node] = source_nodes
    if filter_arg:
        predicate = compile_filter(filter_arg, entity.filter_type)
        nodes = [n for n in nodes if predicate(n)]
    keys = sort_keys(order_arg or [])
    if search_arg is not None:
        scorer = compile_search(search_arg, entity.search_type)
        scores: dict[int, float] = {}
        matched: list[Node] = []
        for node in nodes:
            score = scorer(node)
            if score is not None:
                scores[id(node)] = score
                matched.append(node)
        if presorted:
            return _Ordered(matched, [scores[id(node)] for node in matched])
        # Without an explicit order the most relevant rows come first.
        ordered = sort_nodes(matched, keys or [(SEARCH_SCORE, True)], entity.node_type, scores)
        return _Ordered(ordered, [scores[id(node)] for node in ordered])
    if keys:
        return _Ordered(sort_nodes(nodes, keys, entity.node_type), None)
    return _Ordered(list(nodes), None)


class _Context:
    __slots__ = ("agent_id", "engine")

    def __init__(self, engine: GraphQLEngine, agent_id: str) -> None:
        self.engine = engine
        self.agent_id = agent_id


def _make_resolver(entity: EntitySchema) -> Any:
    def resolve(_root: Any, info: GraphQLResolveInfo, **args: Any) -> dict[str, Any]:
        context: _Context = info.context
        return context.engine.connection(entity, context.agent_id, args)

    return resolve


def _install_resolvers() -> None:
    query = _SCHEMA.query_type
    assert query is not None
    for root_field, entity in _ENTITIES.items():
        query.fields[root_field].resolve = _make_resolver(entity)


_install_resolvers()


def _canonical(value: Any) -> str:
    return "" if value is None else json.dumps(value, sort_keys=False, default=str, separators=(",", ":"))


def _with_code(error: GraphQLError, code: str) -> GraphQLError:
    extensions = dict(error.extensions or {})
    extensions.setdefault("code", code)
    return GraphQLError(
        error.message, error.nodes, error.source, error.positions, error.path, error.original_error, extensions
    )


def _failure(errors: Sequence[GraphQLError], code: str) -> dict[str, Any]:
    return {"data": None, "errors": [format_error(e, code) for e in errors]}


def _response(result: ExecutionResult) -> dict[str, Any]:
    body: dict[str, Any] = {"data": result.data}
    if result.errors:
        # Errors with no path happened before execution (variables that do not fit their types): the
        # caller's fault. Uncoded errors on a path are rows the schema cannot represent: the server's.
        body["errors"] = [format_error(e, BAD_REQUEST if e.path is None else INTERNAL_ERROR) for e in result.errors]
    return body
