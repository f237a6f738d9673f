"""Small, deterministic node rows and helpers for the GraphQL engine tests."""

from __future__ import annotations

import asyncio
import random
from datetime import date, timedelta
from typing import Any

from insurup_desk.sandbox.graphql import GraphQLEngine
from insurup_desk.sandbox.graphql.memory import MemoryNodeSource

AGENT = "agent-1"
OTHER_AGENT = "agent-2"
USER_ID = "0b9c5a52-1d2e-4c4f-9f0a-3c1d2e4f5a6b"

NAMES = [
    "Ayşe Yılmaz",
    "İSMAİL IŞIK",
    "Işıl Çelik",
    "ismail ışık",
    "Ali Demir",
    "Öykü Şahin",
    "Ilgaz Kaya",
    "Irmak İnce",
    None,
]
CITIES = ["İSTANBUL", "İzmir", "Ankara", "Isparta", "ısparta", None]
BRANDS = ["Renault", "Fiat", "Toyota", "Volkswagen"]


def policy(i: int, rnd: random.Random) -> dict[str, Any]:
    start = date(2026, 1, 1) + timedelta(days=rnd.randrange(0, 365))
    net = None if i % 11 == 5 else round(rnd.uniform(500, 20_000), 2)
    return {
        "id": f"{0x673B4CB4524A0A5187D00000 + i:024x}",
        "productBranch": rnd.choice(["KASKO", "TRAFIK", "DASK"]),
        "state": rnd.choice(["ACTIVE", "ACTIVE", "END_OF_LIFE", "CANCELLED"]),
        "channel": rnd.choice(["CALL_CENTER", "WEBSITE", "MANUAL"]),
        "insurerCustomerId": f"7b0b3c1e-0000-4000-8000-{i:012d}",
        "insuredCustomerId": f"7b0b3c1e-0000-4000-8000-{i:012d}",
        "installmentNumber": rnd.choice([1, 1, 3, 6]),
        "paymentType": "SYNC_CREDIT_CARD",
        "currency": "TURKISH_LIRA",
        "netPremium": net,
        "grossPremium": None if net is None else round(net * 1.18, 2),
        "commission": None if net is None else round(net * 0.1, 2),
        "insuranceCompanyProposalNumber": f"{142534200 + i}",
        "insuranceCompanyPolicyNumber": f"POL-2026-{100000 + i}",
        "createdAt": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:35:00Z",
        "startDate": start.isoformat(),
        "endDate": (start + timedelta(days=365)).isoformat(),
        "arrangementDate": None if i % 7 == 3 else start.isoformat(),
        "insuredCustomerName": NAMES[i % len(NAMES)],
        "insuredCustomerType": "INDIVIDUAL",
        "insuredCustomerCityText": CITIES[i % len(CITIES)],
        "insuranceCompanyId": 12,
        "insuranceCompanyName": rnd.choice(["Anadolu Sigorta", "Allianz", "Axa Sigorta"]),
        "vehiclePlateCode": f"ABC{i:03d}",
        "vehiclePlateCity": 34,
        "vehicleModelBrandText": BRANDS[i % len(BRANDS)],
        "vehicleModelYear": None if i % 9 == 4 else 2010 + i % 15,
        "createdBy": {"id": USER_ID, "name": "Gişe Kullanıcısı", "email": "gise@demo.acente", "userType": "AGENT"},
        "representedBy": None,
        "agentBranchId": "b1" if i % 2 else "b2",
    }


def customer(i: int) -> dict[str, Any]:
    return {
        "id": f"9d2f0a1c-0000-4000-8000-{i:012d}",
        "name": NAMES[i % len(NAMES)],
        "type": "COMPANY" if i % 5 == 0 else "INDIVIDUAL",
        "identityNumber": None if i % 5 == 0 else f"1{i:09d}0",
        "taxNumber": f"61307825{i:02d}" if i % 5 == 0 else None,
        "primaryEmail": f"musteri{i}@ornek.com.tr",
        "cityText": CITIES[i % len(CITIES)],
        "createdAt": f"2026-03-{1 + i:02d}T09:00:00+03:00",
        "birthDate": None if i % 4 == 0 else f"{1970 + i}-0{1 + i % 9}-15",
        "consents": [{"consentType": "KVKK", "isActive": True}]
        + ([{"consentType": "ETK", "isActive": i % 2 == 0}] if i % 3 else []),
    }


def make_source(policies: int = 40, customers: int = 18, seed: int = 7) -> MemoryNodeSource:
    rnd = random.Random(seed)
    source = MemoryNodeSource()
    source.add("policies", [policy(i, rnd) for i in range(policies)], visible_to=[AGENT])
    source.add("customers", [customer(i) for i in range(customers)], visible_to=[AGENT])
    return source


def run(
    engine: GraphQLEngine, query: str, variables: dict[str, Any] | None = None, agent: str = AGENT
) -> dict[str, Any]:
    return asyncio.run(engine.execute(query, variables, None, agent))


POLICIES_QUERY = """
query Policies($first: Int, $after: String, $last: Int, $before: String,
               $filter: filtering_QueryPoliciesResultFilterInput,
               $search: searching_QueryPoliciesResultFilterInput,
               $order: [sorting_QueryPoliciesResultSortInput!]) {
  policiesNew(first: $first, after: $after, last: $last, before: $before,
              filter: $filter, search: $search, order: $order) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id netPremium grossPremium createdAt startDate endDate arrangementDate
                          vehicleModelYear insuredCustomerName state searchScore } }
    nodes { id }
  }
}
"""

CUSTOMERS_QUERY = """
query Customers($first: Int, $filter: filtering_QueryCustomerModelFilterInput,
                $search: searching_QueryCustomerModelFilterInput,
                $order: [sorting_QueryCustomerModelSortInput!]) {
  customersNew(first: $first, filter: $filter, search: $search, order: $order) {
    totalCount
    nodes { id name type cityText birthDate createdAt searchScore consents { consentType isActive } }
  }
}
"""


def policy_ids(body: dict[str, Any]) -> list[str]:
    return [edge["node"]["id"] for edge in body["data"]["policiesNew"]["edges"]]


def expect_ok(body: dict[str, Any]) -> dict[str, Any]:
    assert "errors" not in body, body.get("errors")
    data: dict[str, Any] = body["data"]
    return data
