"""Sorts filtered rows by an ``order`` argument, with the node id as the final, stable tie-break."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from graphql import GraphQLObjectType, get_named_type

from insurup_desk.sandbox.graphql.scalars import to_date, to_datetime, to_uuid_text

Node = Mapping[str, Any]
SEARCH_SCORE = "searchScore"

_NORMALISERS: dict[str, Callable[[Any], Any]] = {
    "DateTime": to_datetime,
    "LocalDate": to_date,
    "UUID": to_uuid_text,
}


def sort_keys(order: Sequence[Mapping[str, Any]]) -> list[tuple[str, bool]]:
    """(field, descending) pairs in the order they apply; a clause may name several fields."""
    keys: list[tuple[str, bool]] = []
    for clause in order:
        for field, direction in clause.items():
            if direction is not None:
                keys.append((field, direction == "DESC"))
    return keys


def sort_nodes(
    nodes: Sequence[Node],
    keys: Sequence[tuple[str, bool]],
    node_type: GraphQLObjectType,
    scores: Mapping[int, float] | None = None,
) -> list[Node]:
    """Nodes in ``keys`` order; nulls count as smaller than any value (first ascending, last descending).

    ``scores`` maps ``id(node)`` to its search score, for ordering by ``searchScore``. One stable sort per
    key, last key first, with the id order underneath, gives the multi-key order with an id tie-break.
    """
    ordered = sorted(nodes, key=_id_of)
    for field, descending in reversed(keys):
        if field == SEARCH_SCORE:
            table = scores or {}
            values = [table.get(id(node)) for node in ordered]
        else:
            type_name = get_named_type(node_type.fields[field].type).name
            values = _comparable([node.get(field) for node in ordered], type_name)
        ordered = _stable_sort(ordered, values, descending)
    return ordered


def _id_of(node: Node) -> str:
    value = node.get("id")
    return value if isinstance(value, str) else str(value)


def _stable_sort(nodes: list[Node], values: list[Any], descending: bool) -> list[Node]:
    missing = [node for node, value in zip(nodes, values, strict=True) if value is None]
    # Positions, not (value, position) tuples: plain ints do not wake the cyclic garbage collector,
    # which otherwise dominates sorting 100,000 rows.
    present = [i for i, value in enumerate(values) if value is not None]
    # Sorting on the value alone keeps equal values in their previous order (Python's sort is stable,
    # also with reverse=True), which is what carries the earlier passes' order through.
    present.sort(key=values.__getitem__, reverse=descending)
    ordered = [nodes[i] for i in present]
    return missing + ordered if not descending else ordered + missing


def _comparable(values: list[Any], type_name: str) -> list[Any]:
    """Values that compare like the typed ones; ISO strings already do when they share one shape."""
    normalise = _NORMALISERS.get(type_name)
    if normalise is None:
        return values
    present = [v for v in values if v is not None]
    if type_name == "LocalDate" and all(isinstance(v, str) and len(v) == 10 for v in present):
        return values
    if type_name == "DateTime" and present and all(isinstance(v, str) and v.endswith("Z") for v in present):
        width = len(present[0])
        if all(len(v) == width for v in present):
            return values
    return [None if v is None else normalise(v) for v in values]
