"""Seed data: deterministic, realistic, large enough, and the GraphQL node views behind it."""

from __future__ import annotations

import datetime as dt
import re
import time

import httpx
import pytest
from rest_helpers import Demo, MakeProposal

from insurup_desk.domain.identity import is_valid_tckn, is_valid_vkn
from insurup_desk.domain.plate import parse_plate
from insurup_desk.sandbox import Sandbox, SandboxConfig, create_app

POLICY_FIELDS = {
    "id", "state", "productBranch", "channel", "insurerCustomerId", "insuredCustomerId", "installmentNumber",
    "paymentType", "netPremium", "grossPremium", "commission", "currency", "insuranceCompanyProposalNumber",
    "insuranceCompanyPolicyNumber", "createdAt", "startDate", "endDate", "arrangementDate", "insuranceCompanyId",
    "insuranceCompanyName", "insuranceCompanyLogo", "productId", "productName", "campaign", "insuredCustomerName",
    "insuredCustomerIdentityNumber", "insuredCustomerTaxNumber", "insuredCustomerType", "insuredCustomerCityText",
    "insuredCustomerCityValue", "insuredCustomerDistrictText", "insuredCustomerDistrictValue",
    "insuredCustomerBirthDate", "insurerCustomerName", "insurerCustomerIdentityNumber", "insurerCustomerTaxNumber",
    "insurerCustomerCityText", "insurerCustomerCityValue", "insurerCustomerDistrictText",
    "insurerCustomerDistrictValue", "insurerCustomerBirthDate", "vehicleId", "vehiclePlateCode", "vehiclePlateCity",
    "vehicleDocumentSerialCode", "vehicleDocumentSerialNumber", "vehicleModelBrandText", "vehicleModelBrandValue",
    "vehicleModelTypeText", "vehicleModelTypeValue", "vehicleModelYear", "vehicleFuelType", "propertyId",
    "propertyNumber", "daskOldPolicyNumber", "daskPolicyNumber", "agentBranchId", "agentBranch", "createdBy",
    "representedBy", "exchangeRate", "netPremiumTL", "grossPremiumTL", "commissionTL", "renewalNumber",
    "endorsementNumber", "endorsementType", "updateReasonText", "endorsementTimestamp",
}
PROPOSAL_FIELDS = {
    "id", "productBranch", "state", "channel", "insurerCustomerId", "insuredCustomerId", "productsCount",
    "succeedProductsCount", "successRate", "createdAt", "agentUserCreatedBy", "insuredCustomerName",
    "insuredCustomerIdentityNumber", "insuredCustomerTaxNumber", "insuredCustomerType", "lowestPremium",
    "highestPremium", "insuredCustomerCityText", "insuredCustomerCityValue", "insuredCustomerDistrictText",
    "insuredCustomerDistrictValue", "insuredCustomerPhoneNumber", "insuredCustomerPhoneNumberCountryCode",
    "insuredCustomerEmail", "insuredCustomerBirthDate", "vehicleId", "vehiclePlateCode", "vehiclePlateCity",
    "vehicleDocumentSerialCode", "vehicleDocumentSerialNumber", "vehicleModelBrandText", "vehicleModelBrandValue",
    "vehicleModelTypeText", "vehicleModelTypeValue", "vehicleModelYear", "vehicleFuelType", "utilizationStyle",
    "propertyId", "agentBranchId", "agentBranch",
}
CUSTOMER_FIELDS = {
    "id", "name", "type", "identityNumber", "taxNumber", "primaryEmail", "primaryPhoneNumber",
    "primaryPhoneNumberCountryCode", "cityText", "cityValue", "districtText", "districtValue", "createdAt",
    "birthDate", "gender", "educationStatus", "nationality", "maritalStatus", "job", "passportNumber",
    "agentBranchId", "agentBranch", "consents", "creationChannel", "emailCount", "phoneCount", "vehicleCount",
    "propertyCount", "proposalCount", "policyCount", "caseCount",
}


def fresh(**overrides: object) -> Sandbox:
    config = SandboxConfig.for_tests()
    for key, value in overrides.items():
        setattr(config, key, value)
    sandbox: Sandbox = create_app(config).state.sandbox
    return sandbox


def test_same_seed_same_data() -> None:
    a, b = fresh(), fresh()
    assert [c.data for c in a.customers.values()] == [c.data for c in b.customers.values()]
    assert [p.node for p in a.policies.values()] == [p.node for p in b.policies.values()]
    assert list(a.proposals) == list(b.proposals)
    c = fresh(seed=8)
    assert [x.data["id"] for x in c.customers.values()] != [x.data["id"] for x in a.customers.values()]


def test_people_are_realistic(sandbox: Sandbox) -> None:
    kinds = {c.data["type"] for c in sandbox.customers.values()}
    assert {"INDIVIDUAL", "COMPANY"} <= kinds
    for rec in sandbox.customers.values():
        d = rec.data
        if d["type"] == "INDIVIDUAL":
            assert is_valid_tckn(d["identityNumber"]) and " " in d["fullName"]
        elif d["type"] == "COMPANY":
            assert is_valid_vkn(d["taxNumber"]) and d["title"]
        assert re.fullmatch(r"5\d{9}", d["primaryPhoneNumber"]["number"])
        assert d["city"]["text"] and d["district"]["text"]
    for v in sandbox.vehicles.values():
        assert parse_plate(f"{v.data['plate']['city']:02d}{v.data['plate']['code']}") is not None


def test_documented_test_data_is_present(demo: Demo, sandbox: Sandbox) -> None:
    ayse = sandbox.customers[demo.customer_id].data
    assert ayse["fullName"] == "Ayşe Yılmaz" and ayse["birthDate"] == "1990-01-01"
    assert ayse["primaryPhoneNumber"] == {"countryCode": 90, "number": "5321234567"}
    assert sandbox.vehicles[demo.vehicle_id].data["plate"] == {"city": 34, "code": "ABC123"}
    assert sandbox.customers[demo.company_id].data["title"] == "Örnek Lojistik A.Ş."


def test_policy_states_follow_the_calendar(sandbox: Sandbox) -> None:
    today = sandbox.config.reference_day().isoformat()
    soon = (sandbox.config.reference_day() + dt.timedelta(days=30)).isoformat()
    nodes = [p.node for p in sandbox.policies.values()]
    assert all(n["endDate"] < today for n in nodes if n["state"] == "END_OF_LIFE")
    assert all(n["endDate"] >= today for n in nodes if n["state"] == "ACTIVE")
    assert any(n["state"] == "CANCELLED" for n in nodes)
    big = fresh(policies=2000)
    assert any(n.node["state"] == "ACTIVE" and n.node["endDate"] <= soon for n in big.policies.values())


def test_node_field_names_match_the_reference(sandbox: Sandbox, demo: Demo) -> None:
    assert set(sandbox.graphql_nodes("policies", demo.agent_id)[0]) == POLICY_FIELDS
    assert set(sandbox.graphql_nodes("proposals", demo.agent_id)[0]) == PROPOSAL_FIELDS
    assert set(sandbox.graphql_nodes("customers", demo.agent_id)[0]) == CUSTOMER_FIELDS
    case = sandbox.graphql_nodes("cases", demo.agent_id)[0]
    assert {"id", "ref", "mainState", "subState", "customerName", "vehiclePlateCode", "priorityScore"} <= set(case)
    other_agent = next(a for a in sandbox.agents if a != demo.agent_id)
    mine = {n["id"] for n in sandbox.graphql_nodes("policies", demo.agent_id)}
    assert mine.isdisjoint(n["id"] for n in sandbox.graphql_nodes("policies", other_agent))
    with pytest.raises(ValueError):
        sandbox.graphql_nodes("planets", demo.agent_id)


@pytest.mark.asyncio
async def test_nodes_follow_writes_and_pricing(asgi_http: httpx.AsyncClient, auth: dict[str, str],
                                               sandbox: Sandbox, demo: Demo, make_proposal: MakeProposal) -> None:
    sandbox.clock.freeze()
    before = sandbox.data_version
    pid = await make_proposal("trafik")
    after_create = sandbox.data_version
    assert after_create > before
    node = next(n for n in sandbox.graphql_nodes("proposals", demo.agent_id) if n["id"] == pid)
    assert node["state"] == "WAITING" and node["lowestPremium"] is None
    sandbox.clock.advance(sandbox.config.latency_max_s + 0.01)
    assert sandbox.data_version > after_create
    node = next(n for n in sandbox.graphql_nodes("proposals", demo.agent_id) if n["id"] == pid)
    assert node["state"] == "ACTIVE" and node["lowestPremium"] > 0
    customer = next(n for n in sandbox.graphql_nodes("customers", demo.agent_id) if n["id"] == demo.customer_id)
    assert customer["proposalCount"] >= 1 and customer["vehicleCount"] == 1


def test_hundred_thousand_policies_seed_quickly() -> None:
    start = time.monotonic()
    sandbox = fresh(policies=100_000, customers=300)
    elapsed = time.monotonic() - start
    demo_agent = next(a.id for a in sandbox.agents.values() if a.name.startswith("Demo"))
    assert len(sandbox.graphql_nodes("policies", demo_agent)) == 100_000
    assert elapsed < 15, f"seeding took {elapsed:.1f} s"
