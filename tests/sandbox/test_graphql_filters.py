"""filter, search and order arguments of the list queries, checked against plain-Python expectations."""

from __future__ import annotations

from typing import Any

import pytest
from graphql_rows import AGENT, CUSTOMERS_QUERY, POLICIES_QUERY, expect_ok, make_source, run

from insurup_desk.sandbox.graphql import GraphQLEngine
from insurup_desk.sandbox.graphql.memory import MemoryNodeSource
from insurup_desk.sandbox.graphql.textmatch import fold


@pytest.fixture
def source() -> MemoryNodeSource:
    return make_source()


@pytest.fixture
def engine(source: MemoryNodeSource) -> GraphQLEngine:
    return GraphQLEngine(source)


def policies(source: MemoryNodeSource) -> list[dict[str, Any]]:
    return [dict(n) for n in source.graphql_nodes("policies", AGENT)]


def filtered_ids(engine: GraphQLEngine, flt: dict[str, Any]) -> set[str]:
    data = expect_ok(run(engine, POLICIES_QUERY, {"first": 100, "filter": flt}))["policiesNew"]
    assert data["totalCount"] == len(data["edges"])
    return {e["node"]["id"] for e in data["edges"]}


def ids_where(source: MemoryNodeSource, keep: Any) -> set[str]:
    return {p["id"] for p in policies(source) if keep(p)}


@pytest.mark.parametrize(
    ("flt", "keep"),
    [
        ({"state": {"eq": "ACTIVE"}}, lambda p: p["state"] == "ACTIVE"),
        ({"state": {"neq": "ACTIVE"}}, lambda p: p["state"] != "ACTIVE"),
        ({"productBranch": {"in": ["KASKO", "DASK"]}}, lambda p: p["productBranch"] in ("KASKO", "DASK")),
        ({"productBranch": {"nin": ["KASKO"]}}, lambda p: p["productBranch"] != "KASKO"),
        ({"netPremium": {"gt": 10000}}, lambda p: p["netPremium"] is not None and p["netPremium"] > 10000),
        ({"netPremium": {"ngt": 10000}}, lambda p: not (p["netPremium"] is not None and p["netPremium"] > 10000)),
        (
            {"netPremium": {"gte": 5000, "lt": 9000}},
            lambda p: p["netPremium"] is not None and 5000 <= p["netPremium"] < 9000,
        ),
        ({"netPremium": {"eq": None}}, lambda p: p["netPremium"] is None),
        (
            {"vehicleModelYear": {"lte": 2015}},
            lambda p: p["vehicleModelYear"] is not None and p["vehicleModelYear"] <= 2015,
        ),
        (
            {"vehicleModelYear": {"nlte": 2015}},
            lambda p: not (p["vehicleModelYear"] is not None and p["vehicleModelYear"] <= 2015),
        ),
        ({"vehicleModelYear": {"in": [2011, 2012]}}, lambda p: p["vehicleModelYear"] in (2011, 2012)),
        ({"installmentNumber": {"nin": [1]}}, lambda p: p["installmentNumber"] != 1),
        ({"startDate": {"gte": "2026-07-01"}}, lambda p: p["startDate"] >= "2026-07-01"),
        ({"startDate": {"nlt": "2026-07-01"}}, lambda p: p["startDate"] >= "2026-07-01"),
        ({"createdAt": {"lt": "2026-04-01T00:00:00Z"}}, lambda p: p["createdAt"] < "2026-04-01T00:00:00Z"),
        # The same instant written with an offset: 03:00+03:00 is midnight UTC.
        ({"createdAt": {"lt": "2026-04-01T03:00:00+03:00"}}, lambda p: p["createdAt"] < "2026-04-01T00:00:00Z"),
        (
            {"insuredCustomerId": {"eq": "7B0B3C1E-0000-4000-8000-000000000003"}},
            lambda p: p["insuredCustomerId"].endswith("000000000003"),
        ),
        ({"id": {"eq": "673b4cb4524a0a5187d00004"}}, lambda p: p["id"] == "673b4cb4524a0a5187d00004"),
        (
            {"insuranceCompanyPolicyNumber": {"startsWith": "POL-2026-10001"}},
            lambda p: p["insuranceCompanyPolicyNumber"].startswith("POL-2026-10001"),
        ),
        (
            {"insuranceCompanyPolicyNumber": {"notStartsWith": "POL-2026-10001"}},
            lambda p: not p["insuranceCompanyPolicyNumber"].startswith("POL-2026-10001"),
        ),
        ({"vehiclePlateCode": {"endsWith": "7"}}, lambda p: p["vehiclePlateCode"].endswith("7")),
        ({"vehiclePlateCode": {"notEndsWith": "7"}}, lambda p: not p["vehiclePlateCode"].endswith("7")),
        ({"insuranceCompanyName": {"contains": "Sigorta"}}, lambda p: "Sigorta" in p["insuranceCompanyName"]),
        # Filters are exact: a lower-case fragment does not match "Sigorta".
        ({"insuranceCompanyName": {"contains": "sigorta"}}, lambda p: False),
        ({"insuranceCompanyName": {"notContains": "Sigorta"}}, lambda p: "Sigorta" not in p["insuranceCompanyName"]),
        ({"insuredCustomerName": {"eq": "Ali Demir"}}, lambda p: p["insuredCustomerName"] == "Ali Demir"),
        (
            {"insuredCustomerName": {"in": ["Ali Demir", None]}},
            lambda p: p["insuredCustomerName"] in ("Ali Demir", None),
        ),
        (
            {"insuredCustomerName": {"or": [{"startsWith": "Ali"}, {"endsWith": "Yılmaz"}]}},
            lambda p: (
                (p["insuredCustomerName"] or "").startswith("Ali")
                or (p["insuredCustomerName"] or "").endswith("Yılmaz")
            ),
        ),
        (
            {"vehiclePlateCode": {"and": [{"startsWith": "ABC0"}, {"endsWith": "1"}]}},
            lambda p: p["vehiclePlateCode"].startswith("ABC0") and p["vehiclePlateCode"].endswith("1"),
        ),
        ({"createdBy": {"name": {"eq": "Gişe Kullanıcısı"}}}, lambda p: True),
        ({"representedBy": {"name": {"eq": "Gişe Kullanıcısı"}}}, lambda p: False),
        (
            {"agentBranchId": {"eq": "b1"}, "state": {"eq": "ACTIVE"}},
            lambda p: p["agentBranchId"] == "b1" and p["state"] == "ACTIVE",
        ),
        (
            {"or": [{"state": {"eq": "CANCELLED"}}, {"productBranch": {"eq": "DASK"}}]},
            lambda p: p["state"] == "CANCELLED" or p["productBranch"] == "DASK",
        ),
        (
            {
                "and": [
                    {"or": [{"state": {"eq": "CANCELLED"}}, {"state": {"eq": "END_OF_LIFE"}}]},
                    {"grossPremium": {"gt": 3000}},
                ]
            },
            lambda p: p["state"] in ("CANCELLED", "END_OF_LIFE") and (p["grossPremium"] or 0) > 3000,
        ),
    ],
)
def test_filter_matches_plain_python(
    engine: GraphQLEngine, source: MemoryNodeSource, flt: dict[str, Any], keep: Any
) -> None:
    expected = ids_where(source, keep)
    assert filtered_ids(engine, flt) == expected


def test_filters_are_not_vacuous(source: MemoryNodeSource) -> None:
    """Each state and branch occurs in the seed, so the cases above select proper subsets."""
    rows = policies(source)
    assert {p["state"] for p in rows} == {"ACTIVE", "END_OF_LIFE", "CANCELLED"}
    assert {p["productBranch"] for p in rows} == {"KASKO", "TRAFIK", "DASK"}
    assert any(p["netPremium"] is None for p in rows)


def customers(engine: GraphQLEngine, **variables: Any) -> dict[str, Any]:
    connection: dict[str, Any] = expect_ok(run(engine, CUSTOMERS_QUERY, {"first": 100, **variables}))["customersNew"]
    return connection


def test_list_filter_on_consents(engine: GraphQLEngine, source: MemoryNodeSource) -> None:
    rows = source.graphql_nodes("customers", AGENT)
    etk_active = {"consentType": {"eq": "ETK"}, "isActive": {"eq": True}}
    some = customers(engine, filter={"consents": {"some": etk_active}})
    none = customers(engine, filter={"consents": {"none": {"consentType": {"eq": "ETK"}}}})
    every = customers(engine, filter={"consents": {"all": {"isActive": {"eq": True}}}})
    assert {n["id"] for n in some["nodes"]} == {
        r["id"] for r in rows if any(c["consentType"] == "ETK" and c["isActive"] for c in r["consents"])
    }
    assert {n["id"] for n in none["nodes"]} == {
        r["id"] for r in rows if all(c["consentType"] != "ETK" for c in r["consents"])
    }
    assert {n["id"] for n in every["nodes"]} == {r["id"] for r in rows if all(c["isActive"] for c in r["consents"])}
    assert 0 < some["totalCount"] < len(rows)
    assert 0 < none["totalCount"] < len(rows)


def search_names(engine: GraphQLEngine, search: dict[str, Any]) -> list[str | None]:
    data = customers(engine, search=search)
    return [n["name"] for n in data["nodes"]]


@pytest.mark.parametrize(
    ("op", "value", "expected"),
    [
        # Turkish case folding: İ↔i and I↔ı.
        ("contains", "ışık", {"İSMAİL IŞIK", "ismail ışık"}),
        ("eq", "ismail ışık", {"İSMAİL IŞIK", "ismail ışık"}),
        ("startsWith", "işil", set()),  # "Işıl" begins with dotless I, which folds to ı, not i.
        ("startsWith", "ışıl", {"Işıl Çelik"}),
        ("startsWith", "İRMAK", set()),  # İRMAK folds to "irmak" but Irmak to "ırmak".
        ("startsWith", "IRMAK", {"Irmak İnce"}),
        ("endsWith", "ÇELİK", {"Işıl Çelik"}),
        ("autocomplete", "yıl ay", {"Ayşe Yılmaz"}),
        ("autocomplete", "öy", {"Öykü Şahin"}),
        ("wildcard", "*şah?n", {"Öykü Şahin"}),
        ("textSearch", "demir kaya", {"Ali Demir", "Ilgaz Kaya"}),
    ],
)
def test_search_ops_fold_turkish_case(engine: GraphQLEngine, op: str, value: str, expected: set[str]) -> None:
    found = search_names(engine, {"name": {op: {"value": value}}})
    assert set(found) == expected


def test_search_negative_ops_and_lists(engine: GraphQLEngine, source: MemoryNodeSource) -> None:
    all_names = [r["name"] for r in source.graphql_nodes("customers", AGENT)]
    not_containing = search_names(engine, {"name": {"notContains": {"value": "IŞIK"}}})
    assert sorted(map(str, not_containing)) == sorted(str(n) for n in all_names if "ışık" not in fold(n or ""))
    listed = search_names(engine, {"name": {"in": {"values": ["ALİ DEMİR", "öykü şahin"]}}})
    assert set(listed) == {"Ali Demir", "Öykü Şahin"}
    excluded = search_names(engine, {"name": {"nin": {"values": ["ALİ DEMİR"]}}})
    assert "Ali Demir" not in excluded and len(excluded) == len(all_names) - all_names.count("Ali Demir")
    assert search_names(engine, {"name": {"neq": {"value": "ali demir"}}}).count("Ali Demir") == 0


def test_search_and_or_across_fields(engine: GraphQLEngine) -> None:
    either = customers(
        engine, search={"or": [{"name": {"contains": {"value": "demir"}}}, {"cityText": {"eq": {"value": "ISPARTA"}}}]}
    )
    rows = either["nodes"]
    assert rows and all("demir" in fold(r["name"] or "") or fold(r["cityText"] or "") == "ısparta" for r in rows)
    both = customers(
        engine, search={"and": [{"name": {"contains": {"value": "ı"}}}, {"cityText": {"startsWith": {"value": "is"}}}]}
    )
    assert all("ı" in fold(r["name"]) and fold(r["cityText"]).startswith("is") for r in both["nodes"])
    assert both["totalCount"] < either["totalCount"] + 18


def test_search_is_and_combined_with_filter(engine: GraphQLEngine) -> None:
    searched = customers(engine, search={"name": {"contains": {"value": "ışık"}}})
    narrowed = customers(
        engine, search={"name": {"contains": {"value": "ışık"}}}, filter={"type": {"eq": "INDIVIDUAL"}}
    )
    assert searched["totalCount"] >= 2
    assert {n["id"] for n in narrowed["nodes"]} == {n["id"] for n in searched["nodes"] if n["type"] == "INDIVIDUAL"}


def test_search_score_is_exposed_and_sorts_by_relevance(engine: GraphQLEngine) -> None:
    plain = customers(engine)
    assert all(n["searchScore"] is None for n in plain["nodes"])
    search = {
        "or": [
            {"name": {"eq": {"value": "ali demir"}}},
            {"name": {"contains": {"value": "a", "score": {"boost": 0.5}}}},
        ]
    }
    ranked = customers(engine, search=search, order=[{"searchScore": "DESC"}])
    scores = [n["searchScore"] for n in ranked["nodes"]]
    assert scores == sorted(scores, reverse=True)
    assert ranked["nodes"][0]["name"] == "Ali Demir"
    assert scores[-1] == 0.5
    constant = customers(engine, search={"name": {"contains": {"value": "a", "score": {"constant": 7}}}})
    assert {n["searchScore"] for n in constant["nodes"]} == {7.0}
    ascending = customers(engine, search=search, order=[{"searchScore": "ASC"}])
    assert [n["searchScore"] for n in ascending["nodes"]] == sorted(scores)


def test_search_score_needs_either_boost_or_constant(engine: GraphQLEngine) -> None:
    body = run(
        engine,
        CUSTOMERS_QUERY,
        {"search": {"name": {"contains": {"value": "a", "score": {"boost": 2, "constant": 1}}}}},
    )
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


def sort_value(node: dict[str, Any], field: str) -> Any:
    return node[field]


@pytest.mark.parametrize(
    "field", ["netPremium", "grossPremium", "createdAt", "startDate", "endDate", "arrangementDate", "vehicleModelYear"]
)
@pytest.mark.parametrize("direction", ["ASC", "DESC"])
def test_order_by_each_sortable_policy_field(
    engine: GraphQLEngine, source: MemoryNodeSource, field: str, direction: str
) -> None:
    data = expect_ok(run(engine, POLICIES_QUERY, {"first": 100, "order": [{field: direction}]}))["policiesNew"]
    got = [e["node"]["id"] for e in data["edges"]]
    rows = sorted(policies(source), key=lambda p: p["id"])
    present = sorted((p for p in rows if p[field] is not None), key=lambda p: p[field], reverse=direction == "DESC")
    missing = [p for p in rows if p[field] is None]
    # Nulls sort as the smallest value; ties keep id order.
    expected = missing + present if direction == "ASC" else present + missing
    assert got == [p["id"] for p in expected]


def test_multi_key_order_with_id_tie_break(engine: GraphQLEngine, source: MemoryNodeSource) -> None:
    order = [{"vehicleModelYear": "DESC"}, {"netPremium": "ASC"}]
    data = expect_ok(run(engine, POLICIES_QUERY, {"first": 100, "order": order}))["policiesNew"]
    got = [e["node"]["id"] for e in data["edges"]]

    def key(p: dict[str, Any]) -> tuple[Any, ...]:
        year = p["vehicleModelYear"]
        net = p["netPremium"]
        return (-(year if year is not None else -1), net is not None, net or 0, p["id"])

    assert got == [p["id"] for p in sorted(policies(source), key=key)]


@pytest.mark.parametrize("field", ["name", "createdAt", "birthDate"])
def test_order_customers(engine: GraphQLEngine, source: MemoryNodeSource, field: str) -> None:
    data = customers(engine, order=[{field: "ASC"}])
    values = [n[field] for n in data["nodes"]]
    nulls = [v for v in values if v is None]
    assert values[: len(nulls)] == nulls
    rest = values[len(nulls) :]
    if field == "createdAt":
        from insurup_desk.sandbox.graphql.scalars import to_datetime

        assert [to_datetime(v) for v in rest] == sorted(to_datetime(v) for v in rest)  # type: ignore[type-var]
    else:
        assert rest == sorted(rest)
    assert len(values) == len(source.graphql_nodes("customers", AGENT))
