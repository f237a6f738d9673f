"""The GraphQL engine behind the sandbox's HTTP endpoint, with the seeded demo data."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from insurup_desk.sandbox.graphql.textmatch import fold

LIST_QUERY = """
query Policies($first: Int, $after: String, $filter: filtering_QueryPoliciesResultFilterInput,
               $search: searching_QueryPoliciesResultFilterInput,
               $order: [sorting_QueryPoliciesResultSortInput!]) {
  policiesNew(first: $first, after: $after, filter: $filter, search: $search, order: $order) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id state productBranch grossPremium endDate insuredCustomerName vehiclePlateCode } }
  }
}
"""


async def bearer(http: httpx.AsyncClient) -> dict[str, str]:
    response = await http.post(
        "/api/authentication:agent-user/login", json={"email": "gise@demo.acente", "password": "Demo1234!"}
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['accessToken']}"}


async def graphql(
    http: httpx.AsyncClient,
    path: str,
    variables: dict[str, Any],
    query: str = LIST_QUERY,
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    response = await http.post(path, json={"query": query, "variables": variables}, headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/api/graphql", "/graphql"])
async def test_filtered_ordered_page_over_http(asgi_http: httpx.AsyncClient, path: str) -> None:
    headers = await bearer(asgi_http)
    variables = {
        "first": 20,
        "filter": {"and": [{"state": {"eq": "ACTIVE"}}, {"productBranch": {"in": ["KASKO", "TRAFIK"]}}]},
        "order": [{"endDate": "ASC"}],
    }
    body = await graphql(asgi_http, path, variables, headers=headers)
    assert "errors" not in body, body
    connection = body["data"]["policiesNew"]
    nodes = [edge["node"] for edge in connection["edges"]]
    assert connection["totalCount"] > len(nodes) > 0
    assert all(n["state"] == "ACTIVE" and n["productBranch"] in ("KASKO", "TRAFIK") for n in nodes)
    assert [n["endDate"] for n in nodes] == sorted(n["endDate"] for n in nodes)

    following = await graphql(
        asgi_http, path, {**variables, "after": connection["pageInfo"]["endCursor"]}, headers=headers
    )
    next_ids = {edge["node"]["id"] for edge in following["data"]["policiesNew"]["edges"]}
    assert next_ids and not next_ids & {n["id"] for n in nodes}


@pytest.mark.asyncio
async def test_search_finds_seeded_customer_names_case_insensitively(asgi_http: httpx.AsyncClient) -> None:
    headers = await bearer(asgi_http)
    page = await graphql(asgi_http, "/api/graphql", {"first": 1}, headers=headers)
    name = page["data"]["policiesNew"]["edges"][0]["node"]["insuredCustomerName"]
    fragment = name.split()[0].replace("i", "İ").upper()  # Turkish upper case: i → İ
    body = await graphql(
        asgi_http,
        "/api/graphql",
        {"first": 100, "search": {"insuredCustomerName": {"contains": {"value": fragment}}}},
        headers=headers,
    )
    assert "errors" not in body, body
    names = [edge["node"]["insuredCustomerName"] for edge in body["data"]["policiesNew"]["edges"]]
    assert name in names
    assert all(fold(fragment) in fold(n) for n in names)


@pytest.mark.asyncio
async def test_b2b_doc_root_name_is_refused_over_http(asgi_http: httpx.AsyncClient) -> None:
    headers = await bearer(asgi_http)
    body = await graphql(asgi_http, "/api/graphql", {}, query="{ getPoliciesNew { totalCount } }", headers=headers)
    assert body["errors"][0]["extensions"]["code"] == "VALIDATION_ERROR"


@pytest.mark.asyncio
async def test_schema_sdl_is_served_anonymously(asgi_http: httpx.AsyncClient) -> None:
    for path in ("/graphql/schema", "/api/graphql/schema"):
        response = await asgi_http.get(path)
        assert response.status_code == 200
        assert "searching_QueryPoliciesResultFilterInput" in response.text


def _selection(type_name: str) -> str:
    """Every field of a node type (nested objects with all their fields)."""
    from graphql import GraphQLObjectType, build_schema, get_named_type

    from insurup_desk.sandbox.graphql.schema import SDL

    schema = build_schema(SDL)
    node_type = schema.type_map[type_name]
    assert isinstance(node_type, GraphQLObjectType)
    parts = []
    for name, field in node_type.fields.items():
        inner = get_named_type(field.type)
        if isinstance(inner, GraphQLObjectType):
            parts.append(f"{name} {{ {' '.join(inner.fields)} }}")
        else:
            parts.append(name)
    return " ".join(parts)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("root", "node_type"),
    [
        ("customersNew", "QueryCustomerModel"),
        ("proposalsNew", "QueryProposalsResult"),
        ("policiesNew", "QueryPoliciesResult"),
        ("casesNew", "QueryCaseModel"),
    ],
)
async def test_every_field_of_the_seeded_rows_fits_the_schema(
    asgi_http: httpx.AsyncClient, root: str, node_type: str
) -> None:
    headers = await bearer(asgi_http)
    query = f"{{ {root}(first: 100) {{ totalCount nodes {{ {_selection(node_type)} }} }} }}"
    body = await graphql(asgi_http, "/api/graphql", {}, query=query, headers=headers)
    assert "errors" not in body, body["errors"][:3]
    assert body["data"][root]["totalCount"] > 0
