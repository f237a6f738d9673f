"""A whole sale of each new branch over a real socket, the way a desk makes it: a new customer, what is insured
(a property found by its UAVT number, health info, a vehicle), the proposal priced through hub events and REST,
the card purchase, and the policy in the GraphQL list with its branch fields."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from branch_helpers import free_flat, property_body
from hub_client import hub_peer, login, register
from rest_helpers import VALID_CARD

from insurup_desk.sandbox import Sandbox, SandboxServer
from insurup_desk.sandbox.rules import tckn_tail

pytestmark = pytest.mark.asyncio

POLICIES = """
query Policies($filter: filtering_QueryPoliciesResultFilterInput) {
  policiesNew(first: 10, filter: $filter) {
    totalCount
    nodes { id productBranch insuredCustomerName propertyId propertyNumber daskPolicyNumber daskOldPolicyNumber
            vehiclePlateCode insuranceCompanyName grossPremium }
  }
}
"""
PROPOSALS = """
query Proposals($filter: filtering_QueryProposalsResultFilterInput) {
  proposalsNew(first: 10, filter: $filter) { nodes { id productBranch state propertyId vehiclePlateCode } }
}
"""
SETTLED = {"ReceiveProposalProductSuccess", "ReceiveProposalProductFailed"}


async def new_customer(http: httpx.AsyncClient, seq: int) -> str:
    first = f"3{seq:02d}456789"[:9]
    body = {"$type": "individual", "identityNumber": first + tckn_tail(first), "fullName": "Selin Arslan",
            "birthDate": "1986-05-14", "gender": "FEMALE", "fillMissingFields": False}
    r = await http.post("/api/customers", json=body)
    assert r.status_code == 200, r.text
    return str(r.json()["id"])


async def what_we_insure(http: httpx.AsyncClient, sandbox: Sandbox, branch: str, cid: str) -> dict[str, Any]:
    """The branch's own fields of the proposal body, after entering what the branch insures."""
    if branch in ("dask", "konut"):
        number = free_flat(sandbox, cid, start=3)
        address = (await http.post("/api/properties/query-address-by-property-number",
                                   json={"propertyNumber": number})).json()
        assert address["apartment"]["value"] == str(number)
        r = await http.post(f"/api/customers/{cid}/properties", json=property_body(cid, number, squareMeter=110))
        assert r.status_code == 200, r.text
        fields: dict[str, Any] = {"propertyId": r.json()["newPropertyId"]}
        if branch == "konut":
            fields.update(furniturePrice=80_000, electronicDevicePrice=40_000, insulationPrice=3_000,
                          windowPrice=6_000, constructionCostPerSquareMeter=None, earthquakeCoverageOption=0,
                          vacancyDurationOption=0,
                          coverage={"$type": "konut", "productBranch": "KONUT", "sigortaKapsami": "KONUT_VE_ESYA"})
        return fields
    if branch == "tss":
        r = await http.put(f"/api/customers/{cid}/health-info",
                           json={"customerId": cid, "height": 166, "weight": 58, "surgeries": [], "diseases": []})
        assert r.status_code == 204, r.text
        return {"additionalInsuredCustomers": [],
                "coverage": {"$type": "tss", "productBranch": "TSS", "hastaneAgi": "STANDART_KAPSAM",
                             "saglikPaketi": {"tedaviSekli": "YATARAK_AYAKTA", "ayaktaYillikTedaviSayisi": 4}}}
    vehicle = {"customerId": cid, "plate": {"city": 6, "code": "BRN482"}, "modelYear": 2021,
               "brandReference": "130", "modelTypeReference": "130-512", "utilizationStyle": "PRIVATE_CAR",
               "fuel": {"type": "GASOLINE"}, "accessories": []}
    r = await http.post(f"/api/customers/{cid}/vehicles", json=vehicle)
    assert r.status_code == 200, r.text
    return {"vehicleId": r.json()["id"],
            "coverage": {"$type": "imm", "productBranch": "IMM",
                         "immLimitiAyrimsiz": {"$type": "DECIMAL", "value": 2_000_000}}}


@pytest.mark.parametrize("branch", ["dask", "konut", "tss", "imm"])
async def test_a_whole_sale(live_sandbox: SandboxServer, sandbox: Sandbox, branch: str) -> None:
    token = await login(live_sandbox.url)
    async with httpx.AsyncClient(base_url=live_sandbox.url, headers={"Authorization": f"Bearer {token}"}) as http:
        cid = await new_customer(http, ["dask", "konut", "tss", "imm"].index(branch))
        body = {"$type": branch, "productBranch": branch.upper(), "insurerCustomerId": cid,
                "insuredCustomerId": cid, "channel": "CALL_CENTER", **await what_we_insure(http, sandbox, branch, cid)}
        sandbox.clock.freeze()  # pricing waits for the registration below
        async with hub_peer(live_sandbox.url, token) as peer:
            assert await peer.next() == {}
            r = await http.post("/api/proposals", json=body)
            assert r.status_code == 200, r.text
            pid = r.json()["proposalId"]
            await peer.ws.send_text(register(pid, "1"))
            assert (await peer.next())["invocationId"] == "1"
            sandbox.clock.advance(sandbox.config.latency_max_s + 0.01)
            count = len(sandbox.proposals[pid].products)
            settled: dict[str, dict[str, Any]] = {}
            while len(settled) < count:
                event = await peer.next_event()
                if event["target"] in SETTLED:
                    (payload,) = event["arguments"]
                    settled[payload["proposalProductId"]] = event
        detail = (await http.get(f"/api/proposals/{pid}")).json()
        assert detail["state"] == "ACTIVE" and detail["productBranch"] == branch.upper()
        buyable = next(p for p in detail["products"] if p["state"] == "ACTIVE" and p["productType"] == "WEB_SERVICE"
                       and "SYNC_CREDIT_CARD" in p["supportedPaymentOptions"])
        event_premiums = settled[buyable["id"]]["arguments"][0]["premiums"]
        assert [p["grossPremium"] for p in event_premiums] == [p["grossPremium"] for p in buyable["premiums"]]
        r = await http.post(f"/api/proposals/{pid}/products/{buyable['id']}/purchase/sync", json={
            "$type": "credit-card", "proposalId": pid, "proposalProductId": buyable["id"], "installmentNumber": 1,
            "card": VALID_CARD})
        assert r.status_code == 200, r.text
        policy_id = r.json()["policyId"]
        query = {"query": POLICIES, "variables": {"filter": {"and": [
            {"productBranch": {"eq": branch.upper()}}, {"insuredCustomerId": {"eq": cid}}]}}}
        answer = (await http.post("/api/graphql", json=query)).json()
        assert "errors" not in answer, answer
        nodes = answer["data"]["policiesNew"]["nodes"]
        (node,) = nodes
        assert node["id"] == policy_id and node["insuredCustomerName"] == "Selin Arslan"
        assert node["grossPremium"] == buyable["premiums"][0]["grossPremium"]
        if branch in ("dask", "konut"):
            assert node["propertyId"] == body["propertyId"] and node["propertyNumber"]
            assert node["vehiclePlateCode"] is None
        if branch == "dask":
            assert len(node["daskPolicyNumber"]) == 8
        else:
            assert node["daskPolicyNumber"] is None
        if branch == "imm":
            assert node["vehiclePlateCode"] == "BRN482" and node["propertyId"] is None
        proposals = {"query": PROPOSALS, "variables": {"filter": {"productBranch": {"eq": branch.upper()},
                                                                  "insuredCustomerId": {"eq": cid}}}}
        (pnode,) = (await http.post("/api/graphql", json=proposals)).json()["data"]["proposalsNew"]["nodes"]
        assert pnode["state"] == "PURCHASED" and pnode["propertyId"] == body.get("propertyId")
