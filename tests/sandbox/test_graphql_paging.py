"""Cursor paging: walking pages in either direction visits every row exactly once, in order."""

from __future__ import annotations

from typing import Any

import pytest
from graphql_rows import POLICIES_QUERY, expect_ok, make_source, run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from insurup_desk.sandbox.graphql import GraphQLEngine
from insurup_desk.sandbox.graphql.paging import decode_cursor, encode_cursor, page_window

ENGINE = GraphQLEngine(make_source(policies=230))

FILTERS: list[dict[str, Any] | None] = [
    None,
    {"state": {"eq": "ACTIVE"}},
    {"or": [{"productBranch": {"eq": "DASK"}}, {"netPremium": {"lt": 4000}}]},
    {"state": {"eq": "CANCELLED"}, "vehicleModelYear": {"gte": 2016}},
    {"insuranceCompanyPolicyNumber": {"eq": "no such number"}},  # an empty result
]
ORDERS: list[list[dict[str, str]] | None] = [None, [{"grossPremium": "DESC"}], [{"startDate": "ASC"}]]


def page(variables: dict[str, Any]) -> dict[str, Any]:
    connection: dict[str, Any] = expect_ok(run(ENGINE, POLICIES_QUERY, variables))["policiesNew"]
    return connection


def everything(flt: dict[str, Any] | None, order: list[dict[str, str]] | None) -> list[str]:
    """The full ordered result, read in pages of 100 (the maximum)."""
    ids: list[str] = []
    after = None
    while True:
        connection = page({"first": 100, "after": after, "filter": flt, "order": order})
        ids += [n["id"] for n in connection["nodes"]]
        if not connection["pageInfo"]["hasNextPage"]:
            return ids
        after = connection["pageInfo"]["endCursor"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sizes=st.lists(st.integers(min_value=1, max_value=100), min_size=1, max_size=60),
    flt=st.sampled_from(FILTERS),
    order=st.sampled_from(ORDERS),
)
def test_forward_walk_yields_every_row_once_in_order(
    sizes: list[int], flt: dict[str, Any] | None, order: list[dict[str, str]] | None
) -> None:
    expected = everything(flt, order)
    seen: list[str] = []
    after: str | None = None
    for index in range(10_000):
        size = sizes[index % len(sizes)]
        connection = page({"first": size, "after": after, "filter": flt, "order": order})
        edges = connection["edges"]
        info = connection["pageInfo"]
        assert connection["totalCount"] == len(expected)
        assert len(edges) == min(size, len(expected) - len(seen))
        assert info["hasPreviousPage"] is (after is not None and len(seen) > 0)
        seen += [e["node"]["id"] for e in edges]
        if edges:
            assert info["startCursor"] == edges[0]["cursor"] and info["endCursor"] == edges[-1]["cursor"]
        assert info["hasNextPage"] is (len(seen) < len(expected))
        if not info["hasNextPage"]:
            break
        after = info["endCursor"]
    assert seen == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sizes=st.lists(st.integers(min_value=1, max_value=100), min_size=1, max_size=60),
    flt=st.sampled_from(FILTERS),
    order=st.sampled_from(ORDERS),
)
def test_backward_walk_yields_every_row_once_in_order(
    sizes: list[int], flt: dict[str, Any] | None, order: list[dict[str, str]] | None
) -> None:
    expected = everything(flt, order)
    seen: list[str] = []
    before: str | None = None
    for index in range(10_000):
        size = sizes[index % len(sizes)]
        connection = page({"last": size, "before": before, "filter": flt, "order": order})
        edges = connection["edges"]
        info = connection["pageInfo"]
        assert len(edges) == min(size, len(expected) - len(seen))
        assert info["hasNextPage"] is (before is not None and len(seen) > 0)
        seen = [e["node"]["id"] for e in edges] + seen
        assert info["hasPreviousPage"] is (len(seen) < len(expected))
        if not info["hasPreviousPage"]:
            break
        before = info["startCursor"]
    assert seen == expected


@given(st.integers(min_value=0, max_value=10**9))
def test_cursor_round_trip(position: int) -> None:
    assert decode_cursor(encode_cursor(position)) == position


@pytest.mark.parametrize(
    ("kwargs", "window"),
    [
        ({"first": 10, "after": None, "last": None, "before": None}, (0, 10)),
        ({"first": None, "after": None, "last": None, "before": None}, (0, 50)),
        ({"first": None, "after": None, "last": 10, "before": None}, (110, 120)),
        ({"first": 10, "after": encode_cursor(115), "last": None, "before": None}, (116, 120)),
        ({"first": None, "after": None, "last": 10, "before": encode_cursor(5)}, (0, 5)),
        ({"first": 10, "after": encode_cursor(3), "last": 4, "before": None}, (10, 14)),
        ({"first": 0, "after": None, "last": None, "before": None}, (0, 0)),
        ({"first": 5, "after": encode_cursor(500), "last": None, "before": None}, (120, 120)),
    ],
)
def test_page_window(kwargs: dict[str, Any], window: tuple[int, int]) -> None:
    result = page_window(120, **kwargs)
    assert (result.start, result.end) == window


def test_negative_page_size_is_refused() -> None:
    body = run(ENGINE, POLICIES_QUERY, {"last": -1})
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
