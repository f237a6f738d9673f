"""The realistic answer profile (on by default) and the comfortable one training may switch to."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from rest_helpers import Demo, sign_in

from insurup_desk.sandbox import Sandbox, SandboxConfig, create_app

CUSTOMERS = """query C($first: Int, $filter: filtering_QueryCustomerModelFilterInput,
  $search: searching_QueryCustomerModelFilterInput) {
  customersNew(first: $first, filter: $filter, search: $search) {
    edges { node { id identityNumber taxNumber primaryEmail primaryPhoneNumber } } } }"""
POLICIES = """query P($first: Int) { policiesNew(first: $first) { totalCount
  edges { node { id productBranch channel insuredCustomerIdentityNumber } } } }"""
SEVEN_DIGITS = re.compile(r"T\d{2}:\d{2}:\d{2}\.\d{7}Z$")


async def gql(http: httpx.AsyncClient, auth: dict[str, str], query: str, **variables: Any) -> dict[str, Any]:
    r = await http.post("/api/graphql", json={"query": query, "variables": variables}, headers=auth)
    body: dict[str, Any] = r.json()
    assert "errors" not in body, body
    data: dict[str, Any] = body["data"]
    return data


@pytest.mark.asyncio
async def test_rest_objects_carry_unknown_extra_properties(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                           demo: Demo) -> None:
    customer = (await asgi_http.get(f"/api/customers/{demo.customer_id}", headers=auth)).json()
    vehicles = (await asgi_http.get(f"/api/customers/{demo.customer_id}/vehicles", headers=auth)).json()
    assert "concurrencyStamp" in customer and "extraProperties" in customer
    assert all("concurrencyStamp" in v for v in vehicles)


@pytest.mark.asyncio
async def test_records_created_through_the_api_have_seven_fraction_digits(
    asgi_http: httpx.AsyncClient, auth: dict[str, str]
) -> None:
    body = {"$type": "individual", "identityNumber": "10000000146", "fillMissingFields": True}
    cid = (await asgi_http.post("/api/customers", json=body, headers=auth)).json()["id"]
    created = (await asgi_http.get(f"/api/customers/{cid}", headers=auth)).json()["createdAt"]
    assert SEVEN_DIGITS.search(created), created


@pytest.mark.asyncio
async def test_list_rows_mask_personal_data_while_filters_and_search_see_it(
    asgi_http: httpx.AsyncClient, auth: dict[str, str], demo: Demo
) -> None:
    by_filter = await gql(asgi_http, auth, CUSTOMERS, filter={"identityNumber": {"eq": "11111111110"}})
    by_search = await gql(asgi_http, auth, CUSTOMERS, search={"identityNumber": {"eq": {"value": "11111111110"}}})
    for data in (by_filter, by_search):
        [row] = [e["node"] for e in data["customersNew"]["edges"]]
        assert row["id"] == demo.customer_id
        assert row["identityNumber"] == "111******10" and "*" in (row["primaryEmail"] or "*")
    policies = await gql(asgi_http, auth, POLICIES, first=100)
    numbers = [e["node"]["insuredCustomerIdentityNumber"] for e in policies["policiesNew"]["edges"]]
    assert numbers and all("*" in n for n in numbers if n)


@pytest.mark.asyncio
async def test_documented_enum_values_outside_the_sdk_lists_appear(asgi_http: httpx.AsyncClient,
                                                                   auth: dict[str, str]) -> None:
    policies = await gql(asgi_http, auth, POLICIES, first=100)
    rows = [e["node"] for e in policies["policiesNew"]["edges"]]
    assert {"FERDI", "ISYERI"} <= {r["productBranch"] for r in rows}
    assert "API" in {r["channel"] for r in rows}
    companies = (await asgi_http.get("/api/insurance-companies", headers=auth)).json()
    assert companies  # the list itself stays the payment matrix; products add UNKNOWN (see the proposals)


@pytest.mark.asyncio
async def test_default_page_size_and_storage_order(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                   sandbox: Sandbox) -> None:
    data = await gql(asgi_http, auth, "{ policiesNew { edges { node { id } } } }")
    ids = [e["node"]["id"] for e in data["policiesNew"]["edges"]]
    agent = next(iter(sandbox.agents))
    stored = [n["id"] for n in sandbox.graphql_nodes("policies", agent)]
    assert ids == stored[: len(ids)] and 0 < len(ids) < len(stored)
    assert "totalCount" not in data["policiesNew"]


@pytest_asyncio.fixture
async def comfortable() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(dataclasses.replace(SandboxConfig.for_tests(), realistic=False))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox.test") as http:
        yield http


@pytest.mark.asyncio
async def test_the_comfortable_profile_answers_tidily(comfortable: httpx.AsyncClient) -> None:
    auth = await sign_in(comfortable)
    data = await gql(comfortable, auth, CUSTOMERS, filter={"identityNumber": {"eq": "11111111110"}})
    [row] = [e["node"] for e in data["customersNew"]["edges"]]
    assert row["identityNumber"] == "11111111110"
    customer = (await comfortable.get(f"/api/customers/{row['id']}", headers=auth)).json()
    assert "concurrencyStamp" not in customer
    pending = (await comfortable.post("/api/authentication:agent-user/login",
                                      json={"email": "mudur@demo.acente", "password": "Demo1234!"})).json()
    assert pending == {"requiresTwoFactor": True, "userId": pending["userId"]}


@pytest.mark.asyncio
async def test_a_write_to_one_entity_keeps_the_other_lists_cached(sandbox: Sandbox) -> None:
    policies, proposals = sandbox.entity_version("policies"), sandbox.entity_version("proposals")
    pid = next(iter(sandbox.proposals))
    with sandbox.lock:
        sandbox.refresh_proposal_node(pid)
    assert sandbox.entity_version("proposals") > proposals and sandbox.entity_version("policies") == policies
