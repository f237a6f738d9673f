"""Seeded DASK, Konut, TSS and İMM records: consistent with the seeded customers and assets, in the GraphQL
lists with their branch fields, filterable and searchable by them."""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx
import pytest
from rest_helpers import Demo

from insurup_desk.sandbox import Sandbox, addresses
from insurup_desk.sandbox.renewals import is_seeded_renewal

BRANCHES = {"DASK", "KONUT", "TSS", "IMM"}


def branch_policies(sandbox: Sandbox, demo: Demo) -> list[Any]:
    return [n for n in sandbox.graphql_nodes("policies", demo.agent_id) if n["productBranch"] in BRANCHES]


def test_every_branch_is_seeded_within_the_configured_counts(sandbox: Sandbox, demo: Demo) -> None:
    policies = Counter(n["productBranch"] for n in sandbox.graphql_nodes("policies", demo.agent_id)
                       if not is_seeded_renewal(n["insuranceCompanyPolicyNumber"] or ""))
    proposals = Counter(n["productBranch"] for n in sandbox.graphql_nodes("proposals", demo.agent_id))
    assert set(policies) >= BRANCHES and BRANCHES & set(proposals)
    assert sum(policies.values()) == sandbox.config.policies  # carved out of the configured total
    assert sum(proposals.values()) == sandbox.config.proposals


def test_seeded_policies_match_their_assets(sandbox: Sandbox, demo: Demo) -> None:
    for node in branch_policies(sandbox, demo):
        insured = node["insuredCustomerId"]
        if node["productBranch"] in ("DASK", "KONUT"):
            prop = sandbox.properties[node["propertyId"]]
            assert prop.customer_id == insured and node["propertyNumber"] == prop.data["number"]
            assert addresses.uavt_path(node["propertyNumber"]) is not None
            assert node["vehicleId"] is None
        if node["productBranch"] == "DASK":
            number = int(node["daskPolicyNumber"])
            assert len(node["daskPolicyNumber"]) == 8 and sandbox.dask_registry[number]["propertyNumber"] == \
                node["propertyNumber"]
        else:
            assert node["daskPolicyNumber"] is None
        if node["productBranch"] == "TSS":
            assert insured in sandbox.health_info and node["propertyId"] is None
        if node["productBranch"] == "IMM":
            assert sandbox.vehicles[node["vehicleId"]].customer_id == insured and node["vehiclePlateCode"]


def test_a_property_remembers_its_last_dask_policy(sandbox: Sandbox, demo: Demo) -> None:
    newest: dict[str, Any] = {}
    for n in branch_policies(sandbox, demo):
        older = newest.get(n["propertyId"])
        if n["productBranch"] == "DASK" and n["state"] != "CANCELLED" and (
                older is None or older["startDate"] < n["startDate"]):
            newest[n["propertyId"]] = n
    assert newest
    for prop_id, node in newest.items():
        old = sandbox.properties[prop_id].data["daskOldPolicy"]
        assert old == {"number": int(node["daskPolicyNumber"]), "endDate": node["endDate"]}


def test_customer_nodes_count_properties(sandbox: Sandbox, demo: Demo) -> None:
    node = next(n for n in sandbox.graphql_nodes("customers", demo.agent_id) if n["id"] == demo.customer_id)
    assert node["propertyCount"] == 1
    owners = Counter(p.customer_id for p in sandbox.properties.values())
    for n in sandbox.graphql_nodes("customers", demo.agent_id):
        assert n["propertyCount"] == owners[n["id"]]


QUERY = """
query Policies($filter: filtering_QueryPoliciesResultFilterInput, $search: searching_QueryPoliciesResultFilterInput) {
  policiesNew(first: 100, filter: $filter, search: $search) {
    totalCount nodes { id productBranch daskPolicyNumber propertyNumber insuredCustomerName }
  }
}
"""


@pytest.mark.asyncio
async def test_lists_filter_and_search_by_branch_fields(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                        sandbox: Sandbox, demo: Demo) -> None:
    async def run(variables: dict[str, Any]) -> dict[str, Any]:
        r = await asgi_http.post("/api/graphql", json={"query": QUERY, "variables": variables}, headers=auth)
        body: dict[str, Any] = r.json()
        assert "errors" not in body, body
        page: dict[str, Any] = body["data"]["policiesNew"]
        return page

    homes = await run({"filter": {"productBranch": {"in": ["DASK", "KONUT"]}}})
    expected = sum(n["productBranch"] in ("DASK", "KONUT") for n in sandbox.graphql_nodes("policies", demo.agent_id))
    assert homes["totalCount"] == expected > 0
    one = next(n for n in branch_policies(sandbox, demo) if n["productBranch"] == "DASK")
    found = await run({"search": {"daskPolicyNumber": {"eq": {"value": one["daskPolicyNumber"]}}}})
    assert [n["id"] for n in found["nodes"]] == [one["id"]]
    by_uavt = await run({"filter": {"propertyNumber": {"eq": one["propertyNumber"]}}})
    assert one["id"] in {n["id"] for n in by_uavt["nodes"]}
    assert all(n["productBranch"] in ("DASK", "KONUT") for n in by_uavt["nodes"])


@pytest.mark.asyncio
async def test_seeded_policy_detail_has_the_branch_snapshot(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                            sandbox: Sandbox, demo: Demo) -> None:
    for branch, key in (("DASK", "property"), ("TSS", "height"), ("IMM", "vehicle")):
        node = next(n for n in branch_policies(sandbox, demo) if n["productBranch"] == branch)
        detail = (await asgi_http.get(f"/api/policies/{node['id']}", headers=auth)).json()
        assert detail["productBranch"] == branch and detail["snapshot"][key]
        if branch == "DASK":
            assert detail["daskPolicyNumber"] == node["daskPolicyNumber"]
            assert detail["snapshot"]["property"]["number"] == {"value": node["propertyNumber"]}


@pytest.mark.asyncio
async def test_seeded_branch_proposals_read_like_created_ones(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                                              sandbox: Sandbox, demo: Demo) -> None:
    seeded = [p for p in sandbox.proposals.values() if p.branch in BRANCHES]
    bought = [p for p in seeded if p.state(sandbox.clock.now()) == "PURCHASED"]
    assert bought and len(bought) < len(seeded)  # every other seeded proposal was bought
    for p in bought:
        product = next(x for x in p.products if x.override == "PURCHASED")
        policy = (await asgi_http.get(f"/api/policies/{product.policy_id}", headers=auth)).json()
        assert policy["proposalId"] == p.id and policy["grossPremium"] == product.premiums[0]["grossPremium"]
    for p in seeded:
        detail = (await asgi_http.get(f"/api/proposals/{p.id}", headers=auth)).json()
        assert detail["state"] in ("ACTIVE", "FAILED", "PURCHASED") and detail["products"]
        if p.branch in ("DASK", "KONUT"):
            assert detail["snapshot"]["property"]["id"] == p.property_id
