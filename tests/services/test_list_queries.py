"""What the operator types becomes the right GraphQL filter/search; pages are read into lean row tuples."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from insurup_desk.api.errors import Forbidden, ValidationFailed
from insurup_desk.domain.agency_day import agency_zone
from insurup_desk.services.list_queries import (
    CustomerFilters,
    ListQuery,
    PolicyFilters,
    ProposalFilters,
    classify_search,
)
from insurup_desk.services.list_sources import POLICIES, ListSource, PageReader, variables_for
from insurup_desk.services.renewals import days_left, renewal_query, renewal_target


def test_search_text_is_classified_turkish_style() -> None:
    assert classify_search("  ") is None
    assert classify_search("111 1111 1110").identity == "11111111110"  # type: ignore[union-attr]
    assert classify_search("6130782524").identity == "6130782524"  # type: ignore[union-attr]
    plate = classify_search("34 abc 123")
    assert plate is not None and (plate.plate_city, plate.plate_code) == (34, "ABC123")
    assert classify_search("34-ıbc-12") is not None  # dotless ı typed for I
    name = classify_search("Ayşe Yılmaz")
    assert name is not None and name.identity is None and name.plate_code is None


def test_policy_filters_build_the_reference_shapes() -> None:
    query = PolicyFilters(
        text="POL-2026",
        branches=("KASKO", "TRAFIK"),
        states=("ACTIVE",),
        end_from=dt.date(2026, 11, 27),
        end_to=dt.date(2026, 12, 27),
        agent_branch_id="67000b6be0462eeb0c2395df",
    ).to_query((("endDate", "ASC"),))
    assert query.filter == {
        "and": [
            {"productBranch": {"in": ["KASKO", "TRAFIK"]}},
            {"state": {"eq": "ACTIVE"}},
            {"endDate": {"gte": "2026-11-27", "lte": "2026-12-27"}},
            {"agentBranchId": {"eq": "67000b6be0462eeb0c2395df"}},
        ]
    }
    assert {"insuranceCompanyPolicyNumber": {"contains": {"value": "POL-2026"}}} in query.search["or"]  # type: ignore[index]
    assert query.order_input() == [{"endDate": "ASC"}]


def test_plate_search_narrows_by_province_and_identity_by_both_parties() -> None:
    plate = PolicyFilters(text="34abc123").to_query()
    assert plate.search == {"vehiclePlateCode": {"eq": {"value": "ABC123"}}}
    assert plate.filter == {"vehiclePlateCity": {"eq": 34}}
    tckn = PolicyFilters(text="11111111110").to_query()
    assert tckn.search == {"or": [
        {"insuredCustomerIdentityNumber": {"eq": {"value": "11111111110"}}},
        {"insurerCustomerIdentityNumber": {"eq": {"value": "11111111110"}}},
    ]}
    assert tckn.filter is None


def test_customer_phone_search_uses_the_national_number() -> None:
    query = CustomerFilters(text="+90 532 123 45 67").to_query()
    assert {"primaryPhoneNumber": {"contains": {"value": "5321234567"}}} in query.search["or"]  # type: ignore[index]
    assert CustomerFilters(text="0532 123").to_query().search["or"][-1] == {  # type: ignore[index]
        "primaryPhoneNumber": {"contains": {"value": "532123"}}
    }


def test_proposal_created_range_is_whole_days_in_the_agencys_day() -> None:
    query = ProposalFilters(created_from=dt.date(2026, 11, 1), created_to=dt.date(2026, 11, 30)).to_query()
    # 1 November in Istanbul begins at 21:00 UTC on 31 October; the range ends where 1 December begins there.
    assert query.filter == {"createdAt": {"gte": "2026-10-31T21:00:00Z", "lt": "2026-11-30T21:00:00Z"}}


def test_a_proposal_made_after_midnight_in_istanbul_belongs_to_that_day() -> None:
    made = dt.datetime(2026, 11, 1, 1, 30, tzinfo=agency_zone())  # 22:30 UTC on 31 October
    query = ProposalFilters(created_from=dt.date(2026, 11, 1), created_to=dt.date(2026, 11, 1)).to_query()
    assert query.filter is not None
    bounds = query.filter["createdAt"]
    wire = made.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert bounds["gte"] <= wire < bounds["lt"]


def test_equal_filters_are_equal_queries() -> None:
    assert PolicyFilters(text="x").to_query() == PolicyFilters(text="x").to_query()
    assert ListQuery(order=(("createdAt", "DESC"),)) != ListQuery()


def test_renewal_query_and_target() -> None:
    today = dt.date(2026, 11, 27)
    query = renewal_query(today, 30)
    assert query.order == (("endDate", "ASC"),)
    assert {"state": {"eq": "ACTIVE"}} in query.filter["and"]  # type: ignore[index]
    assert {"endDate": {"gte": "2026-11-27", "lte": "2026-12-27"}} in query.filter["and"]  # type: ignore[index]
    with pytest.raises(ValueError):
        renewal_query(today, 400)
    assert days_left("2026-12-01", today) == 4
    target = renewal_target({"id": "p1", "insuredCustomerId": "c1", "vehicleId": "v1", "productBranch": "KASKO"})
    assert target is not None and (target.customer_id, target.vehicle_id) == ("c1", "v1")
    assert renewal_target({"id": "p2"}) is None


def _answer(nodes: list[dict[str, object]], *, edges: bool = False, total: int = 2) -> bytes:
    body: dict[str, object] = {"totalCount": total, "pageInfo": {"hasNextPage": True, "endCursor": "MQ=="}}
    body["edges" if edges else "nodes"] = [{"cursor": "x", "node": n} for n in nodes] if edges else nodes
    return json.dumps({"data": {"policiesNew": body}}).encode()


def test_page_reader_turns_nodes_and_edges_into_tuples_in_field_order() -> None:
    reader = PageReader(POLICIES)
    node = {name: None for name in POLICIES.fields} | {"id": "a", "state": "ACTIVE", "grossPremium": 9000.0}
    page = reader.read(_answer([node, node | {"id": "b"}]))
    assert page.total_count == 2 and page.has_next and page.end_cursor == "MQ=="
    assert [row[POLICIES.fields.index("id")] for row in page.rows] == ["a", "b"]
    assert page.rows[0][POLICIES.fields.index("grossPremium")] == 9000.0
    assert reader.read(_answer([node], edges=True)).rows[0][0] == "a"
    sparse = reader.read(_answer([{"id": "c"}]))  # a server that omits nulls
    assert sparse.rows[0][0] == "c" and sparse.rows[0][1] is None


def test_page_reader_maps_graphql_errors_to_typed_errors() -> None:
    reader = PageReader(POLICIES)
    forbidden = json.dumps({"errors": [{"message": "Yetkiniz yok", "extensions": {"code": "FORBIDDEN"}}]})
    with pytest.raises(Forbidden, match="Yetkiniz yok"):
        reader.read(forbidden)
    invalid = json.dumps({"errors": [{"message": "Cannot query field", "extensions": {"code": "VALIDATION_ERROR"}}]})
    with pytest.raises(ValidationFailed):
        reader.read(invalid)


def test_document_uses_the_prefixed_input_type_names() -> None:
    source = ListSource(root="policiesNew", node_type="QueryPoliciesResult", fields=("id", "state"))
    document = source.document()
    assert "$filter: filtering_QueryPoliciesResultFilterInput" in document
    assert "$search: searching_QueryPoliciesResultFilterInput" in document
    assert "$order: [sorting_QueryPoliciesResultSortInput!]" in document
    assert "nodes { id state }" in document
    assert variables_for(ListQuery(order=(("endDate", "ASC"),)), 100, "MQ==") == {
        "first": 100, "after": "MQ==", "order": [{"endDate": "ASC"}]
    }
