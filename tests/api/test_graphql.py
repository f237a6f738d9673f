from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from api_fakes import FakeApi, signed_in

from insurup_desk.api import InsurUpClient, NotFound, ValidationFailed
from insurup_desk.api.graphql import all_of, any_of, asc, desc, field, load_query, order, search
from insurup_desk.api.graphql.client import parse_policies_page


def test_filter_builder_covers_operations_and_nesting() -> None:
    cond = (
        field("state").eq("ACTIVE")
        & field("endDate").lte(dt.date(2026, 12, 31))
        & field("productBranch").in_(["KASKO", "TRAFIK"])
    )
    assert cond.to_wire() == {
        "and": [
            {"state": {"eq": "ACTIVE"}},
            {"endDate": {"lte": "2026-12-31"}},
            {"productBranch": {"in": ["KASKO", "TRAFIK"]}},
        ]
    }
    assert field("createdBy.id").neq("u").to_wire() == {"createdBy": {"id": {"neq": "u"}}}
    ops = [
        field("a").nin([1]),
        field("a").contains("x"),
        field("a").starts_with("y"),
        field("a").gt(1),
        field("a").gte(2),
        field("a").lt(3),
    ]
    assert [next(iter(c.to_wire()["a"])) for c in ops] == ["nin", "contains", "startsWith", "gt", "gte", "lt"]
    either = any_of(field("a").eq(1), field("b").eq(2)) | field("c").eq(3)
    assert either.to_wire() == {"or": [{"a": {"eq": 1}}, {"b": {"eq": 2}}, {"c": {"eq": 3}}]}
    assert all_of(field("x").between(1, 5)).to_wire() == {"and": [{"x": {"gte": 1}}, {"x": {"lte": 5}}]}


def test_search_values_are_wrapped_objects() -> None:
    assert search("name").contains("Ayşe").to_wire() == {"name": {"contains": {"value": "Ayşe"}}}
    assert search("name").in_(["a", "b"]).to_wire() == {"name": {"in": {"values": ["a", "b"]}}}
    assert search("name").contains("x", boost=2).to_wire() == {
        "name": {"contains": {"value": "x", "score": {"boost": 2}}}
    }


def test_order_builder() -> None:
    assert order(desc("createdAt"), asc("endDate")) == [{"createdAt": "DESC"}, {"endDate": "ASC"}]


@pytest.mark.parametrize(
    ("name", "root", "prefix"),
    [
        ("policies", "policiesNew", "QueryPoliciesResult"),
        ("proposals", "proposalsNew", "QueryProposalsResult"),
        ("customers", "customersNew", "QueryCustomerModel"),
    ],
)
def test_query_documents_use_the_real_input_type_names(name: str, root: str, prefix: str) -> None:
    text = load_query(name)
    assert f"{root}(" in text
    assert f"filtering_{prefix}FilterInput" in text
    assert f"searching_{prefix}FilterInput" in text
    assert f"[sorting_{prefix}SortInput!]" in text
    compact = " ".join(text.split())
    assert "edges { cursor node {" in compact
    assert "get" + root[0].upper() not in text


def page(nodes: list[dict[str, Any]], *, has_next: bool, end: str | None, edges: bool = True) -> dict[str, Any]:
    conn: dict[str, Any] = {
        "totalCount": 5,
        "pageInfo": {"hasNextPage": has_next, "hasPreviousPage": False, "startCursor": None, "endCursor": end},
    }
    if edges:
        conn["edges"] = [{"cursor": f"c{n['id']}", "node": n} for n in nodes]
    else:
        conn["nodes"] = nodes
    return {"data": {"policiesNew": conn}}


def test_connection_accepts_edges_and_nodes() -> None:
    node = {"id": "1", "grossPremium": 9000.1, "startDate": "2026-03-10", "state": "BRAND_NEW_STATE", "x": 1}
    for edges in (True, False):
        conn = parse_policies_page(json.dumps(page([node], has_next=False, end="c1", edges=edges)).encode())
        assert [n.id for n in conn.nodes] == ["1"]
        assert conn.nodes[0].state == "BRAND_NEW_STATE" and conn.nodes[0].start_date == dt.date(2026, 3, 10)
        assert str(conn.nodes[0].gross_premium) == "9000.1"
        assert conn.total_count == 5


def test_errors_fail_even_with_data() -> None:
    raw = {"data": {"policiesNew": None}, "errors": [{"message": "Kayıt yok", "extensions": {"code": "NOT_FOUND"}}]}
    with pytest.raises(NotFound):
        parse_policies_page(json.dumps(raw).encode())
    raw = {
        **page([], has_next=False, end=None),
        "errors": [{"message": "Filtre gerekli", "extensions": {"code": "FILTER_REQUIRED"}}],
    }
    with pytest.raises(ValidationFailed):
        parse_policies_page(json.dumps(raw).encode())


@pytest.mark.asyncio
async def test_policy_pages_follow_the_cursor_with_after_and_send_variables(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    pages = [
        page([{"id": "1"}, {"id": "2"}], has_next=True, end="c2"),
        page([{"id": "3"}, {"id": "4"}], has_next=True, end="c4"),
        page([{"id": "5"}], has_next=False, end="c5"),
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages.pop(0))

    fake.on("POST", "graphql", handler)
    async with make_client() as client:
        await signed_in(client)
        ids: list[str] = []
        after: str | None = None
        while True:
            connection = await client.graphql.policies(
                first=2, after=after, filter=field("state").eq("ACTIVE"), order=[desc("createdAt")])
            ids += [n.id for n in connection.nodes]
            if not connection.has_next_page:
                break
            after = connection.end_cursor
    assert ids == ["1", "2", "3", "4", "5"]
    bodies = [json.loads(r.content) for r in fake.calls("POST", "graphql")]
    assert [b["variables"].get("after") for b in bodies] == [None, "c2", "c4"]
    assert bodies[0]["variables"]["first"] == 2
    assert bodies[0]["variables"]["filter"] == {"state": {"eq": "ACTIVE"}}
    assert bodies[0]["variables"]["order"] == [{"createdAt": "DESC"}]
    assert bodies[0]["query"].lstrip().startswith("query Policies(")


@pytest.mark.asyncio
async def test_page_size_is_clamped_and_graphql_is_retried(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on(
        "POST",
        "graphql",
        lambda r: httpx.Response(503),
        lambda r: httpx.Response(200, json=page([], has_next=False, end=None)),
    )
    async with make_client() as client:
        await signed_in(client)
        conn = await client.graphql.policies(first=500)
    assert conn.nodes == []
    bodies = [json.loads(r.content) for r in fake.calls("POST", "graphql")]
    assert len(bodies) == 2 and bodies[0]["variables"]["first"] == 100
