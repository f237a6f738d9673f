"""Hostile-answer campaign: every resource call × every way an answer can break the contract.

Each case must end as a typed ``ApiError`` naming the route and a trace id — never a raw parser exception. An
unreadable answer to a purchase must be an outcome-unknown (the guard reconciles it), never a decline.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from api_fakes import ORIGIN, FakeApi, ManualClock, Sleeps

from insurup_desk.api import (
    ApiConfig,
    ApiError,
    CardDetails,
    InsurUpClient,
    MalformedPurchaseAnswer,
    MalformedResponseError,
    PurchaseOutcomeUnknown,
    RetryPolicy,
    ServerError,
    WaitAnnouncer,
)
from insurup_desk.services.purchase_guard import PurchaseGuard, PurchaseState

CAP = 4096  # a small body cap keeps the oversize cases cheap; the default is exercised in test_transport_limits
SERVER_TRACE = "srv-trace-7"
CARD = CardDetails(number="4242424242424242", cvc="123", expiry_month="01", expiry_year="2030", holder_name="AYSE Y")

Path = tuple[str | int, ...]
Run = Callable[[InsurUpClient], Awaitable[object]]

TOKENS = {"accessToken": "acc-h", "refreshToken": "ref-h", "expiresIn": 600, "requiresTwoFactor": False}
CUSTOMER = {"id": "c-1", "$type": "individual", "fullName": "Ayşe Yılmaz", "identityNumber": "11111111110"}
VEHICLE = {"id": "v-1", "customerId": "c-1", "plate": {"city": 34, "code": "ABC123"}, "utilizationStyle": "PRIVATE_CAR"}
PRODUCT = {"id": "pp-1", "state": "ACTIVE", "premiums": [{"installmentNumber": 1, "grossPremium": 100}]}
PROPOSAL = {"proposalId": "p-1", "state": "ACTIVE", "productBranch": "TRAFIK", "products": [PRODUCT]}
POLICY = {"id": "pol-1", "state": "ACTIVE", "productBranch": "TRAFIK", "grossPremium": 100}
PAGE_INFO = {"hasNextPage": False, "endCursor": None}


def gql(root: str, node: dict[str, Any]) -> dict[str, Any]:
    return {"data": {root: {"totalCount": 1, "pageInfo": PAGE_INFO, "nodes": [node]}}}


@dataclass(frozen=True)
class CallSpec:
    name: str
    method: str
    path: str
    run: Run
    valid: Any
    required: tuple[Path, ...] = ()
    enums: tuple[Path, ...] = ()
    purchase: bool = False
    graphql: bool = False
    empty_ok: bool = False  # the call reads an empty body as "nothing" by design
    others: dict[tuple[str, str], Any] = field(default_factory=dict)  # valid answers of the call's other requests


CALLS: list[CallSpec] = [
    CallSpec("auth.login", "POST", "authentication:agent-user/login",
             lambda c: c.auth.login("gise@demo.acente", "Demo1234!"), TOKENS, (("accessToken",),)),
    CallSpec("auth.verify_mfa", "POST", "authentication:agent-user/verify-mfa",
             lambda c: c.auth.verify_mfa("u-2", "123456"), TOKENS, (("accessToken",),)),
    CallSpec("auth.refresh", "POST", "authentication:agent-user/refresh",
             lambda c: c.auth.refresh(), TOKENS, (("accessToken",),)),
    CallSpec("auth.me", "GET", "agent-users/me", lambda c: c.auth.me(),
             {"id": "u-1", "email": "gise@demo.acente"}, (("id",),)),
    CallSpec("customers.get", "GET", "customers/c-1", lambda c: c.customers.get("c-1"), CUSTOMER,
             (("id",),), (("$type",),)),
    CallSpec("customers.find_by_identity", "GET", "customers/11111111110",
             lambda c: c.customers.find_by_identity("11111111110"), CUSTOMER, (("id",),)),
    CallSpec("customers.create", "POST", "customers",
             lambda c: c.customers.create(_individual()), {"id": "c-9"}, (("id",),)),
    CallSpec("customers.external_lookup", "POST", "customers/external-lookup",
             lambda c: c.customers.external_lookup(identity_number="11111111110", birth_date="1990-01-01"),
             {"fullName": "AYŞE"}, empty_ok=True),
    CallSpec("vehicles.list", "GET", "customers/c-1/vehicles", lambda c: c.vehicles.list("c-1"), [VEHICLE],
             ((0, "id"), (0, "plate", "city")), ((0, "utilizationStyle"),), empty_ok=True),
    CallSpec("vehicles.get", "GET", "customers/c-1/vehicles/v-1", lambda c: c.vehicles.get("c-1", "v-1"),
             VEHICLE, (("id",), ("plate", "code"))),
    CallSpec("vehicles.create", "POST", "customers/c-1/vehicles",
             lambda c: c.vehicles.create("c-1", _vehicle()), {"id": "v-9"}, (("id",),)),
    CallSpec("vehicles.external_lookup", "POST", "customers/c-1/vehicles/external-lookup",
             lambda c: c.vehicles.external_lookup("c-1", "34ABC123"),
             {"plate": {"city": 34, "code": "ABC123"}, "seatNumber": 5}, (("plate", "city"),), empty_ok=True),
    CallSpec("vehicles.brands", "GET", "vehicle-parameters/brands", lambda c: c.vehicles.brands(),
             [{"value": "1", "text": "BMW"}], empty_ok=True),
    CallSpec("vehicles.models", "GET", "vehicle-parameters/models", lambda c: c.vehicles.models("1", 2020),
             [{"value": "11", "text": "320i"}], empty_ok=True),
    CallSpec("coverage.groups", "GET", "coverage-groups", lambda c: c.coverage.groups(),
             [{"id": "g-1", "name": "Standart"}], ((0, "id"), (0, "name")), empty_ok=True),
    CallSpec("coverage.kasko_choices", "GET", "coverage-choices:kasko", lambda c: c.coverage.kasko_choices(),
             [{"insuranceCompanyId": 3, "productId": 7}], ((0, "insuranceCompanyId"),), empty_ok=True),
    CallSpec("proposals.create", "POST", "proposals", lambda c: c.proposals.create(_proposal()),
             {"proposalId": "p-1"}, (("proposalId",),)),
    CallSpec("proposals.get", "GET", "proposals/p-1", lambda c: c.proposals.get("p-1"), PROPOSAL,
             (("proposalId",), ("products", 0, "id"), ("products", 0, "premiums", 0, "installmentNumber")),
             (("state",), ("products", 0, "state"))),
    CallSpec("proposals.product", "GET", "proposals/p-1", lambda c: c.proposals.product("p-1", "pp-1"), PROPOSAL,
             (("proposalId",), ("products", 0, "id"))),
    CallSpec("proposals.premium_detail", "GET", "proposals/p-1/products/pp-1/premium-detail/1",
             lambda c: c.proposals.premium_detail("p-1", "pp-1", 1), {"proposalId": "p-1", "installmentNumber": 1}),
    CallSpec("proposals.product_coverage", "GET", "proposals/p-1/products/pp-1/coverage",
             lambda c: c.proposals.product_coverage("p-1", "pp-1"), {"coverage": {"ferdiKaza": 1000}}, empty_ok=True),
    CallSpec("proposals.document_url", "GET", "proposals/p-1/products/pp-1/document",
             lambda c: c.proposals.document_url("p-1", "pp-1"), {"url": "https://files.example/doc.pdf"},
             (("url",),)),
    CallSpec("proposals.information_form_url", "GET", "proposals/p-1/products/pp-1/information-form",
             lambda c: c.proposals.information_form_url("p-1", "pp-1"), {"url": "https://files.example/f.pdf"},
             (("url",),)),
    CallSpec("proposals.compare_pdf_url", "POST", "proposals/p-1/products/compare-pdf",
             lambda c: c.proposals.compare_pdf_url("p-1", ["pp-1"]), {"url": "https://files.example/c.pdf"},
             (("url",),)),
    CallSpec("policies.get", "GET", "policies/pol-1", lambda c: c.policies.get("pol-1"), POLICY,
             (("id",),), (("state",), ("productBranch",))),
    CallSpec("policies.document_url", "GET", "policies/pol-1/document",
             lambda c: c.policies.document_url("pol-1"), {"url": "https://files.example/p.pdf"}, (("url",),)),
    CallSpec("purchases.pay_by_card", "POST", "proposals/p-1/products/pp-1/purchase/sync",
             lambda c: c.purchases.pay_by_card("p-1", "pp-1", 1, CARD), {"policyId": "pol-1"},
             (("policyId",),), (("status",),), purchase=True),
    CallSpec("purchases.pay_open_account", "POST", "proposals/p-1/products/pp-1/purchase/sync",
             lambda c: c.purchases.pay_open_account("p-1", "pp-1", 1), {"policyId": "pol-1"},
             (("policyId",),), purchase=True),
    CallSpec("purchases.reconcile(proposal)", "GET", "proposals/p-1",
             lambda c: c.purchases.reconcile("p-1", "pp-1"), PROPOSAL,
             (("proposalId",), ("products", 0, "id")), (("products", 0, "state"),)),
    CallSpec("purchases.reconcile(policy)", "GET", "policies/pol-1",
             lambda c: c.purchases.reconcile("p-1", "pp-1"), POLICY, (("id",),),
             others={("GET", "proposals/p-1"): {**PROPOSAL, "products": [{**PRODUCT, "policyId": "pol-1"}]}}),
    CallSpec("graphql.policies", "POST", "graphql", lambda c: c.graphql.policies(),
             gql("policiesNew", {"id": "pol-1", "state": "ACTIVE"}),
             (("data", "policiesNew", "nodes", 0, "id"),), (("data", "policiesNew", "nodes", 0, "state"),),
             graphql=True),
    CallSpec("graphql.proposals", "POST", "graphql", lambda c: c.graphql.proposals(),
             gql("proposalsNew", {"id": "p-1", "state": "ACTIVE"}),
             (("data", "proposalsNew", "nodes", 0, "id"), ("data", "proposalsNew", "pageInfo", "hasNextPage")),
             graphql=True),
    CallSpec("graphql.customers", "POST", "graphql", lambda c: c.graphql.customers(),
             gql("customersNew", {"id": "c-1", "name": "Ayşe"}),
             (("data", "customersNew", "nodes", 0, "id"), ("data", "customersNew")), graphql=True),
]


def _individual() -> Any:
    from insurup_desk.api import IndividualCustomerCreate

    return IndividualCustomerCreate(identity_number="11111111110", birth_date="1990-01-01")


def _vehicle() -> Any:
    from insurup_desk.api import Plate, VehicleCreate

    return VehicleCreate(customer_id="c-1", plate=Plate.parse("34ABC123"))


def _proposal() -> Any:
    from insurup_desk.api import ProposalCreate

    return ProposalCreate(discriminator="trafik", insurer_customer_id="c-1", insured_customer_id="c-1")


# -- the malformed answers -------------------------------------------------------------------------------------

HTML = b"<!DOCTYPE html><html><head><title>502</title></head><body><h1>Bak\xc4\xb1mday\xc4\xb1z</h1></body></html>"


def _json(body: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers={"content-type": "application/json"})


def _set(body: Any, path: Path, value: Any) -> Any:
    out = copy.deepcopy(body)
    target = out
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return out


@dataclass(frozen=True)
class Mutation:
    name: str
    response: Callable[[CallSpec], httpx.Response]
    lenient: bool = False  # the contract leaves room: a parsed value is as acceptable as a typed error


def _replacing(path: Path, value: Any) -> Callable[[CallSpec], httpx.Response]:
    """The valid answer with the field at ``path`` set to ``value``."""
    return lambda spec: _json(_set(spec.valid, path, value))


def mutations_for(spec: CallSpec) -> list[Mutation]:
    text = json.dumps(spec.valid).encode()
    wrong_top: Any = {"items": []} if isinstance(spec.valid, list) else ["not", "an", "object"]
    out = [
        Mutation("truncated-json", lambda s: httpx.Response(200, content=text[: len(text) // 2],
                                                            headers={"content-type": "application/json"})),
        Mutation("html-200", lambda s: httpx.Response(200, content=HTML, headers={"content-type": "text/html",
                                                                                  "x-request-id": SERVER_TRACE})),
        Mutation("html-500", lambda s: httpx.Response(500, content=HTML, headers={"content-type": "text/html",
                                                                                  "x-request-id": SERVER_TRACE})),
        Mutation("html-400", lambda s: httpx.Response(400, content=HTML, headers={"content-type": "text/html",
                                                                                  "x-request-id": SERVER_TRACE})),
        Mutation("wrong-top-level-type", lambda s: _json(wrong_top)),
        Mutation("scalar-body", lambda s: _json("OK")),
        Mutation("oversize", lambda s: httpx.Response(200, content=b'{"pad": "' + b"x" * (CAP * 2) + b'"}',
                                                      headers={"content-type": "application/json"})),
        Mutation("empty-200", lambda s: httpx.Response(200), lenient=spec.empty_ok),
    ]
    for path in spec.required:
        where = ".".join(map(str, path))
        out.append(Mutation(f"null:{where}", _replacing(path, None)))
        out.append(Mutation(f"wrong-type:{where}", _replacing(path, {"unexpected": [1]})))
    for path in spec.enums:
        where = ".".join(map(str, path))
        # Enums are read as plain text on purpose (values added later must survive), so this may parse.
        out.append(Mutation(f"unknown-enum:{where}", _replacing(path, "ZZ_NEW"), True))
    if spec.graphql:
        errors = [{"message": "Sunucu hatası", "extensions": {"code": "INTERNAL_ERROR", "traceId": "gql-t"}}]
        out.append(Mutation("graphql-200-errors", lambda s: _json({"data": None, "errors": errors})))
        out.append(Mutation("graphql-200-errors-beside-data", lambda s: _json({**s.valid, "errors": errors})))
        out.append(Mutation("graphql-errors-not-a-list", lambda s: _json({"data": None, "errors": "boom"})))
        out.append(Mutation("graphql-data-null", lambda s: _json({"data": None})))
    return out


CASES = [(spec, mutation) for spec in CALLS for mutation in mutations_for(spec)]


# -- running one case ----------------------------------------------------------------------------------------


@dataclass
class Outcome:
    kind: str  # "typed", "parsed" (lenient case) or "crash"
    error: BaseException | None = None
    request_ids: list[str] = field(default_factory=list)


def _route_path(request: httpx.Request) -> str:
    raw = request.url.raw_path.decode().split("?", 1)[0]
    return raw.split("/api/", 1)[1] if "/api/" in raw else raw.lstrip("/")


async def run_case(spec: CallSpec, mutation: Mutation) -> Outcome:
    fake = FakeApi()
    hostile = mutation.response(spec)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        key = (request.method, _route_path(request))
        if key == (spec.method, spec.path) and not armed.get("off"):
            seen.append(request.headers.get("x-request-id", ""))
            return httpx.Response(hostile.status_code, headers=hostile.headers, content=hostile.content)
        if key in spec.others:
            return _json(spec.others[key])
        return fake(request)

    armed = {"off": True}
    client = InsurUpClient(
        ApiConfig(rest_base=ORIGIN + "/api/"),
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(sleep=Sleeps(), rng=random.Random(7)),
        clock=ManualClock(),
        waits=WaitAnnouncer(),
        max_body_bytes=CAP,
    )
    async with client:
        await client.auth.login("gise@demo.acente", "Demo1234!")
        armed["off"] = False
        try:
            await spec.run(client)
        except ApiError as exc:
            return Outcome("typed", exc, seen)
        except Exception as exc:
            return Outcome("crash", exc, seen)
    return Outcome("parsed", None, seen)


def check(spec: CallSpec, mutation: Mutation, outcome: Outcome) -> None:
    """The typed error each kind of answer must give."""
    assert outcome.kind != "crash", f"{spec.name} × {mutation.name} crashed: {outcome.error!r}"
    if outcome.kind == "parsed":
        assert mutation.lenient, f"{spec.name} × {mutation.name} was accepted"
        return
    error = outcome.error
    assert isinstance(error, ApiError)
    if spec.purchase:
        # Money may have moved: reconcile, never a decline.
        assert isinstance(error, PurchaseOutcomeUnknown), repr(error)
        if mutation.name != "html-500":
            assert isinstance(error, MalformedPurchaseAnswer), repr(error)
    elif mutation.name == "html-500":
        assert isinstance(error, ServerError), repr(error)
    elif mutation.name.startswith("graphql-200-errors"):
        assert isinstance(error, ServerError) and error.trace_id == "gql-t", repr(error)
    elif not mutation.lenient:
        assert isinstance(error, MalformedResponseError), repr(error)
    assert error.route, repr(error)
    assert spec.path.split("/")[0] in error.route or spec.graphql
    if mutation.name.startswith("html"):
        assert error.trace_id == SERVER_TRACE  # the gateway's id wins over ours
    elif isinstance(error, MalformedResponseError):
        assert error.trace_id in outcome.request_ids  # the attempt's own X-Request-ID, quotable to support


@pytest.mark.asyncio
@pytest.mark.parametrize(("spec", "mutation"), CASES, ids=[f"{s.name}-{m.name}" for s, m in CASES])
async def test_hostile_answer_becomes_a_typed_error(spec: CallSpec, mutation: Mutation) -> None:
    check(spec, mutation, await run_case(spec, mutation))


@pytest.mark.asyncio
async def test_campaign_figures(capsys: pytest.CaptureFixture[str]) -> None:
    counts = {"typed": 0, "parsed": 0, "crash": 0}
    for spec, mutation in CASES:
        counts[(await run_case(spec, mutation)).kind] += 1
    with capsys.disabled():
        print(f"\nhostile-answer campaign: {len(CASES)} cases, {len(CALLS)} calls, {counts['typed']} typed errors, "
              f"{counts['parsed']} parsed (lenient by design), {counts['crash']} crashes")
    assert counts["crash"] == 0
    assert len(CASES) >= 300


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, content=HTML, headers={"content-type": "text/html"}),
        httpx.Response(400, content=HTML, headers={"content-type": "text/html"}),
        httpx.Response(200, content=b'{"policyId": 123}', headers={"content-type": "application/json"}),
        httpx.Response(201, content=b'{"policyId": "pol-1", "polic', headers={"content-type": "application/json"}),
    ],
    ids=["html-200", "html-400", "policy-id-number", "truncated"],
)
async def test_unreadable_purchase_answer_is_reconciled_by_the_guard_never_declined(answer: httpx.Response) -> None:
    fake = FakeApi()
    purchase = "proposals/p-1/products/pp-1/purchase/sync"
    fake.on("POST", purchase, lambda r: answer)
    fake.on("GET", "proposals/p-1", lambda r: _json({**PROPOSAL, "products": [{**PRODUCT, "policyId": "pol-1"}]}))
    fake.on("GET", "policies/pol-1", lambda r: _json(POLICY))
    async with InsurUpClient(
        ApiConfig(rest_base=ORIGIN + "/api/"),
        transport=httpx.MockTransport(fake),
        retry=RetryPolicy(sleep=Sleeps()),
        clock=ManualClock(),
        waits=WaitAnnouncer(),
    ) as client:
        await client.auth.login("gise@demo.acente", "Demo1234!")
        guard = PurchaseGuard(client.purchases, "p-1", sleep=Sleeps())
        outcome = await guard.pay_by_card("pp-1", 1, CARD)
        assert outcome.state is PurchaseState.UNKNOWN
        assert isinstance(outcome.error, MalformedPurchaseAnswer)
        assert outcome.error.route == "POST " + purchase
        reconciled = await guard.reconcile()
    assert reconciled.state is PurchaseState.PURCHASED and reconciled.policy_id == "pol-1"
    assert len(fake.calls("POST", purchase)) == 1  # never sent twice


LIST_PAGES = [
    b'{"data": {"policiesNew": {"nodes": [{"id": "p',
    HTML,
    b'["not", "an", "object"]',
    b'{"data": {"policiesNew": {"nodes": [1, 2]}}}',
    b'{"data": {"policiesNew": {"edges": [{"cursor": "c"}]}}}',
    b'{"data": {"policiesNew": {"nodes": [], "pageInfo": "later"}}}',
    b'{"data": {"policiesNew": "nothing"}}',
    b'{"data": "nothing"}',
    b"[" * 100_000,
]


@pytest.mark.parametrize("raw", LIST_PAGES, ids=[f"page-{i}" for i in range(len(LIST_PAGES))])
def test_a_list_page_the_desk_cannot_read_is_a_typed_error(raw: bytes) -> None:
    from insurup_desk.services.list_sources import POLICIES, PageReader

    with pytest.raises(ApiError) as info:
        PageReader(POLICIES).read(raw)
    assert isinstance(info.value, MalformedResponseError) and info.value.route == "POST graphql policiesNew"
