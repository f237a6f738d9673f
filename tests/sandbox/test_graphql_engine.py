"""The sandbox GraphQL engine: schema names, connection shape, errors and caching."""

from __future__ import annotations

import pytest
from graphql import build_schema
from graphql_rows import (
    AGENT,
    OTHER_AGENT,
    POLICIES_QUERY,
    expect_ok,
    make_source,
    policy_ids,
    run,
)

from insurup_desk.sandbox.graphql import GraphQLEngine


@pytest.fixture
def engine() -> GraphQLEngine:
    return GraphQLEngine(make_source())


def test_sdl_declares_the_sdk_input_type_names(engine: GraphQLEngine) -> None:
    schema = build_schema(engine.sdl())
    query = schema.query_type
    assert query is not None
    assert set(query.fields) == {"customersNew", "proposalsNew", "policiesNew", "casesNew"}
    for field, model, node in (
        ("customersNew", "QueryCustomerModel", "QueryCustomerModel"),
        ("proposalsNew", "QueryProposalsResult", "QueryProposalsResult"),
        ("policiesNew", "QueryPoliciesResult", "QueryPoliciesResult"),
        ("casesNew", "QueryCaseModel", "QueryCaseModel"),
    ):
        args = {name: str(arg.type) for name, arg in query.fields[field].args.items()}
        assert args == {
            "first": "Int",
            "after": "String",
            "last": "Int",
            "before": "String",
            "filter": f"filtering_{model}FilterInput",
            "search": f"searching_{model}FilterInput",
            "order": f"[sorting_{model}SortInput!]",
        }
        assert node in schema.type_map


def test_sort_inputs_offer_exactly_the_sortable_fields(engine: GraphQLEngine) -> None:
    schema = build_schema(engine.sdl())
    policy_sort = schema.type_map["sorting_QueryPoliciesResultSortInput"]
    customer_sort = schema.type_map["sorting_QueryCustomerModelSortInput"]
    assert set(policy_sort.fields) == {  # type: ignore[attr-defined]
        "netPremium",
        "grossPremium",
        "createdAt",
        "startDate",
        "endDate",
        "arrangementDate",
        "vehicleModelYear",
    }
    assert set(customer_sort.fields) == {"name", "createdAt", "birthDate", "searchScore"}  # type: ignore[attr-defined]


def test_b2b_doc_root_name_fails_validation(engine: GraphQLEngine) -> None:
    body = run(engine, "{ getPoliciesNew(first: 5) { totalCount } }")
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "VALIDATION_ERROR"
    assert "getPoliciesNew" in body["errors"][0]["message"]


@pytest.mark.parametrize("wrong", ["PolicyFilterInput", "QueryPoliciesResultFilterInput"])
def test_unprefixed_input_type_names_fail_validation(engine: GraphQLEngine, wrong: str) -> None:
    query = POLICIES_QUERY.replace("filtering_QueryPoliciesResultFilterInput", wrong)
    body = run(engine, query, {"first": 1})
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "VALIDATION_ERROR"


def test_syntax_error_is_a_bad_request(engine: GraphQLEngine) -> None:
    body = run(engine, "{ policiesNew(first: 1) { totalCount ")
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


def test_variable_of_the_wrong_type_is_a_bad_request(engine: GraphQLEngine) -> None:
    body = run(engine, POLICIES_QUERY, {"first": "ten"})
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


def test_unknown_filter_field_is_refused(engine: GraphQLEngine) -> None:
    body = run(engine, POLICIES_QUERY, {"filter": {"plate": {"eq": "ABC001"}}})
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    assert "plate" in body["errors"][0]["message"]


def test_searching_a_non_searchable_field_is_refused(engine: GraphQLEngine) -> None:
    body = run(engine, POLICIES_QUERY, {"search": {"insuranceCompanyName": {"eq": {"value": "Allianz"}}}})
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


def test_bad_date_literal_is_refused(engine: GraphQLEngine) -> None:
    body = run(engine, '{ policiesNew(filter: {startDate: {gt: "2026-13-01"}}) { totalCount } }')
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] in ("VALIDATION_ERROR", "BAD_REQUEST")


def test_page_larger_than_100_is_refused_with_bad_request(engine: GraphQLEngine) -> None:
    body = run(engine, POLICIES_QUERY, {"first": 101})
    assert body["data"] == {"policiesNew": None}
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    assert body["errors"][0]["path"] == ["policiesNew"]
    assert "errors" not in run(engine, POLICIES_QUERY, {"first": 100})


def test_malformed_cursor_is_a_bad_request(engine: GraphQLEngine) -> None:
    body = run(engine, POLICIES_QUERY, {"first": 5, "after": "not-a-cursor"})
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


def test_missing_query_is_a_bad_request(engine: GraphQLEngine) -> None:
    body = run(engine, "   ")
    assert body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


def test_default_page_is_50_rows_with_correct_page_info() -> None:
    engine = GraphQLEngine(make_source(policies=120))
    data = expect_ok(run(engine, POLICIES_QUERY))["policiesNew"]
    assert data["totalCount"] == 120
    assert len(data["edges"]) == 50
    assert data["pageInfo"]["hasNextPage"] is True
    assert data["pageInfo"]["hasPreviousPage"] is False
    assert data["pageInfo"]["startCursor"] == data["edges"][0]["cursor"]
    assert data["pageInfo"]["endCursor"] == data["edges"][-1]["cursor"]


def test_edges_and_nodes_carry_the_same_rows(engine: GraphQLEngine) -> None:
    data = expect_ok(run(engine, POLICIES_QUERY, {"first": 7, "order": [{"grossPremium": "DESC"}]}))
    connection = data["policiesNew"]
    assert [n["id"] for n in connection["nodes"]] == [e["node"]["id"] for e in connection["edges"]]
    assert len({e["cursor"] for e in connection["edges"]}) == 7


def test_reference_example_query_answers_in_the_documented_shape(engine: GraphQLEngine) -> None:
    query = (
        "query Policies($first: Int, $after: String, $filter: filtering_QueryPoliciesResultFilterInput, "
        "$order: [sorting_QueryPoliciesResultSortInput!]) { policiesNew(first: $first, after: $after, "
        "filter: $filter, order: $order) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor "
        "endCursor } edges { cursor node { id state productBranch insuranceCompanyName "
        "insuranceCompanyPolicyNumber grossPremium currency startDate endDate insuredCustomerName "
        "vehiclePlateCode createdBy { name email } agentBranchId } } } }"
    )
    variables = {
        "first": 20,
        "filter": {
            "and": [
                {"state": {"eq": "ACTIVE"}},
                {"endDate": {"lte": "2027-06-30"}},
                {"productBranch": {"in": ["KASKO", "TRAFIK"]}},
            ]
        },
        "order": [{"endDate": "ASC"}],
    }
    connection = expect_ok(run(engine, query, variables))["policiesNew"]
    nodes = [e["node"] for e in connection["edges"]]
    assert nodes, "the seed has active kasko/trafik policies ending before mid-2027"
    assert all(n["state"] == "ACTIVE" and n["productBranch"] in ("KASKO", "TRAFIK") for n in nodes)
    assert all(n["endDate"] <= "2027-06-30" for n in nodes)
    assert [n["endDate"] for n in nodes] == sorted(n["endDate"] for n in nodes)
    assert nodes[0]["createdBy"] == {"name": "Gişe Kullanıcısı", "email": "gise@demo.acente"}
    assert connection["edges"][0]["cursor"] == "MA=="


def test_rows_are_limited_to_what_the_agent_may_see(engine: GraphQLEngine) -> None:
    mine = expect_ok(run(engine, POLICIES_QUERY, {"first": 1}, agent=AGENT))["policiesNew"]
    theirs = expect_ok(run(engine, POLICIES_QUERY, {"first": 1}, agent=OTHER_AGENT))["policiesNew"]
    assert mine["totalCount"] == 40
    assert theirs["totalCount"] == 0
    assert theirs["pageInfo"] == {
        "hasNextPage": False,
        "hasPreviousPage": False,
        "startCursor": None,
        "endCursor": None,
    }


def test_writes_are_visible_at_once_despite_the_cache() -> None:
    source = make_source()
    engine = GraphQLEngine(source)
    variables = {"first": 100, "filter": {"state": {"eq": "CANCELLED"}}}
    first_body = run(engine, POLICIES_QUERY, variables)
    expect_ok(first_body)
    before = policy_ids(first_body)
    target = next(n for n in source.graphql_nodes("policies", AGENT) if n["state"] != "CANCELLED")
    source.replace("policies", target["id"], {**target, "state": "CANCELLED"})
    after = policy_ids(run(engine, POLICIES_QUERY, variables))
    assert set(after) == set(before) | {target["id"]}


def test_operation_name_selects_the_operation(engine: GraphQLEngine) -> None:
    import asyncio

    document = "query A { policiesNew(first: 1) { totalCount } } query B { customersNew(first: 1) { totalCount } }"
    body = asyncio.run(engine.execute(document, None, "B", AGENT))
    assert expect_ok(body) == {"customersNew": {"totalCount": 18}}


class _BrokenSource:
    data_version = 1

    def entity_version(self, entity: str) -> int:
        return 1

    def masks_pii(self, agent_id: str) -> bool:
        return False

    def graphql_nodes(self, entity: str, agent_id: str) -> list[dict[str, object]]:
        raise RuntimeError("disk on fire at /secret/path")


def test_unexpected_failure_is_an_internal_error_without_internals() -> None:
    body = run(GraphQLEngine(_BrokenSource()), "{ policiesNew { totalCount } }")
    error = body["errors"][0]
    assert error["extensions"]["code"] == "INTERNAL_ERROR"
    assert "secret" not in error["message"]
    assert body["data"] == {"policiesNew": None}


def test_introspection_lists_the_root_fields(engine: GraphQLEngine) -> None:
    data = expect_ok(run(engine, '{ __type(name: "Query") { fields { name } } }'))
    assert sorted(f["name"] for f in data["__type"]["fields"]) == [
        "casesNew",
        "customersNew",
        "policiesNew",
        "proposalsNew",
    ]


def test_proposals_and_cases_lists() -> None:
    from insurup_desk.sandbox.graphql.memory import MemoryNodeSource

    source = MemoryNodeSource()
    source.add(
        "proposals",
        [
            {
                "id": f"673afd15f11de64fe1f2b0{i:02x}",
                "productBranch": "KASKO" if i % 2 else "TRAFIK",
                "state": "ACTIVE",
                "channel": "CALL_CENTER",
                "insurerCustomerId": f"7b0b3c1e-0000-4000-8000-{i:012d}",
                "insuredCustomerId": f"7b0b3c1e-0000-4000-8000-{i:012d}",
                "productsCount": 14,
                "succeedProductsCount": 12,
                "successRate": 0.8571,
                "createdAt": f"2026-05-{1 + i:02d}T10:00:00Z",
                "agentUserCreatedBy": {"id": "0b9c5a52-1d2e-4c4f-9f0a-3c1d2e4f5a6b", "name": "Gişe"},
                "insuredCustomerName": "Ayşe Yılmaz",
                "insuredCustomerType": "INDIVIDUAL",
                "utilizationStyle": "PRIVATE_CAR",
                "vehicleModelYear": 2015 + i,
                "vehiclePlateCode": f"AB{i:04d}",
            }
            for i in range(6)
        ],
    )
    source.add(
        "cases",
        [
            {
                "id": f"674b4cb4524a0a5187ddbe{i:02x}",
                "ref": f"C-{i}",
                "type": "SALE_OPPORTUNITY",
                "status": "OPEN",
                "mainState": "OPEN",
                "subState": "OPEN_INITIAL",
                "createdAt": "2026-05-01T10:00:00Z",
                "createdByName": "Gişe",
                "createdById": "0b9c5a52-1d2e-4c4f-9f0a-3c1d2e4f5a6b",
                "policyCount": i,
                "proposalCount": 1,
                "priorityScore": 10.0 - i,
                "customerName": "Işık Ticaret",
            }
            for i in range(4)
        ],
    )
    engine = GraphQLEngine(source)
    proposals = expect_ok(
        run(
            engine,
            """
        query($f: filtering_QueryProposalsResultFilterInput, $o: [sorting_QueryProposalsResultSortInput!]) {
          proposalsNew(filter: $f, order: $o) { totalCount nodes { id productBranch utilizationStyle
            vehicleModelYear agentUserCreatedBy { name } } } }""",
            {"f": {"productBranch": {"eq": "KASKO"}}, "o": [{"vehicleModelYear": "DESC"}]},
        )
    )["proposalsNew"]
    assert proposals["totalCount"] == 3
    assert [n["vehicleModelYear"] for n in proposals["nodes"]] == [2020, 2018, 2016]
    assert proposals["nodes"][0]["utilizationStyle"] == "PRIVATE_CAR"
    cases = expect_ok(
        run(
            engine,
            """
        query($s: searching_QueryCaseModelFilterInput, $o: [sorting_QueryCaseModelSortInput!]) {
          casesNew(search: $s, order: $o, first: 2) { totalCount edges { node { ref priorityScore } } } }""",
            {"s": {"customerName": {"startsWith": {"value": "IŞIK"}}}, "o": [{"priorityScore": "ASC"}]},
        )
    )["casesNew"]
    assert cases["totalCount"] == 4
    assert [e["node"]["ref"] for e in cases["edges"]] == ["C-3", "C-2"]


def test_row_the_schema_cannot_represent_is_a_server_error() -> None:
    from insurup_desk.sandbox.graphql.memory import MemoryNodeSource

    source = MemoryNodeSource()
    source.add("customers", [{"id": "9d2f0a1c-0000-4000-8000-000000000001", "type": None, "consents": []}])
    body = run(GraphQLEngine(source), "{ customersNew { nodes { id type } } }")
    assert body["errors"][0]["extensions"]["code"] == "INTERNAL_ERROR"
    assert body["errors"][0]["path"] == ["customersNew", "nodes", 0, "type"]
