"""Every fault switch of the sandbox, in-process (ASGI) and over a real loopback socket."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import pytest_asyncio
from api_fakes import Sleeps
from sandbox_helpers import GISE, SUCCESS_CARD, create_customer_and_vehicle, new_tckn, priced_proposal

from insurup_desk.api import (
    ApiConfig,
    ApiError,
    BusinessRuleViolation,
    CardDetails,
    Duplicate,
    Forbidden,
    IndividualCustomerCreate,
    InsurUpClient,
    NetworkError,
    NotFound,
    PurchaseOutcomeUnknown,
    RateLimited,
    RequestTimeout,
    RetryPolicy,
    ServerError,
    Unauthorized,
    UpstreamFailure,
    ValidationFailed,
)

BRANDS = "/api/vehicle-parameters/brands"
PURCHASE = "/api/proposals/*/purchase/sync"


class OffsetClock:
    """Monotonic time that tests can push forward together with the sandbox clock."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.offset


class CountingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.paths: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.raw_path.decode())
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()

    def count(self, suffix: str) -> int:
        return sum(p.split("?")[0].endswith(suffix) for p in self.paths)


@dataclass
class Rig:
    client: InsurUpClient
    admin: httpx.AsyncClient
    wire: CountingTransport
    sleeps: Sleeps
    clock: OffsetClock
    sandbox: Any
    kind: str

    async def fault(self, **rule: Any) -> None:
        response = await self.admin.post("/_sandbox/faults", json=rule)
        assert response.status_code == 200, response.text

    async def advance(self, seconds: float) -> None:
        response = await self.admin.post("/_sandbox/clock", json={"advanceS": seconds})
        assert response.status_code == 200
        self.clock.offset += seconds


@pytest_asyncio.fixture(params=["asgi", "socket"])
async def rig(request: pytest.FixtureRequest, sandbox_app: Any, sandbox: Any) -> AsyncIterator[Rig]:
    if request.param == "asgi":
        inner: httpx.AsyncBaseTransport = httpx.ASGITransport(app=sandbox_app)
        origin = "http://127.0.0.1"
        admin = httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox_app), base_url="http://sandbox")
    else:
        server = request.getfixturevalue("live_sandbox")
        inner = httpx.AsyncHTTPTransport()
        origin = server.url
        admin = httpx.AsyncClient(base_url=server.url)
    wire = CountingTransport(inner)
    sleeps = Sleeps()
    clock = OffsetClock()
    client = InsurUpClient(
        ApiConfig.for_origin(origin, timeout_s=1.0),
        transport=wire,
        retry=RetryPolicy(sleep=sleeps, rng=random.Random(7)),
        clock=clock,
    )
    async with admin, client:
        await client.auth.login(*GISE)
        yield Rig(client, admin, wire, sleeps, clock, sandbox, request.param)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, ValidationFailed),
        (403, Forbidden),
        (404, NotFound),
        (409, Duplicate),
        (422, BusinessRuleViolation),
        (429, RateLimited),
        (500, ServerError),
        (502, UpstreamFailure),
        (503, ServerError),
    ],
)
async def test_forced_statuses_become_typed_errors(rig: Rig, status: int, cls: type[ApiError]) -> None:
    await rig.fault(route=BRANDS, status=status)
    with pytest.raises(cls) as info:
        await rig.client.vehicles.brands()
    assert info.value.status == status and str(info.value)
    assert info.value.codes == [f"SANDBOX_FAULT_{status}"]
    retried = status in (429, 500, 502, 503)
    assert rig.wire.count("brands") == (4 if retried else 1)


@pytest.mark.asyncio
async def test_429_retry_after_is_waited_out_then_the_call_succeeds(rig: Rig) -> None:
    await rig.fault(route=BRANDS, status=429, retryAfterS=3, count=1)
    assert await rig.client.vehicles.brands()
    assert rig.sleeps.delays == [3.0]
    assert rig.wire.count("brands") == 2


@pytest.mark.asyncio
async def test_transient_503s_on_reads_are_retried_with_backoff(rig: Rig) -> None:
    await rig.fault(route="/api/coverage-groups", status=502, count=2)
    assert await rig.client.coverage.groups()
    assert rig.wire.count("coverage-groups") == 3
    assert 1 <= rig.sleeps.delays[0] < 2 and 2 <= rig.sleeps.delays[1] < 4


@pytest.mark.asyncio
async def test_graphql_queries_are_retried(rig: Rig) -> None:
    await rig.fault(route="/api/graphql", status=503, count=1)
    page = await rig.client.graphql.policies(first=5)
    assert len(page.nodes) == 5
    assert rig.wire.count("graphql") == 2


@pytest.mark.asyncio
async def test_customer_creation_is_never_retried(rig: Rig) -> None:
    tckn = new_tckn(random.Random(21))
    await rig.fault(route="/api/customers", method="POST", status=503, count=1)
    with pytest.raises(ServerError):
        await rig.client.customers.create(IndividualCustomerCreate(identity_number=tckn))
    await rig.fault(route="/api/customers", method="POST", drop=True, count=1)
    with pytest.raises(NetworkError):
        await rig.client.customers.create(IndividualCustomerCreate(identity_number=tckn))
    assert rig.wire.count("/api/customers") == 2
    assert rig.sleeps.delays == []
    assert await rig.client.customers.find_by_identity(tckn) is None


@pytest.mark.asyncio
async def test_dropped_connection_on_a_read_is_retried(rig: Rig) -> None:
    await rig.fault(route=BRANDS, drop=True, count=2)
    assert await rig.client.vehicles.brands()
    assert rig.wire.count("brands") == 3


@pytest.mark.asyncio
async def test_latency_beyond_the_timeout(rig: Rig) -> None:
    await rig.fault(route=BRANDS, latencyS=0.3)
    started = time.perf_counter()
    assert await rig.client.vehicles.brands()  # slow but inside the timeout
    assert time.perf_counter() - started >= 0.3
    if rig.kind != "socket":
        return  # in-process transport has no socket to time out on
    await rig.admin.delete("/_sandbox/faults")
    await rig.fault(route=BRANDS, latencyS=1.5, count=1)
    assert await rig.client.vehicles.brands()  # first attempt times out (1 s), the retry succeeds
    assert rig.wire.count("brands") == 3
    await rig.fault(route=BRANDS, latencyS=1.0)
    no_retry = InsurUpClient(ApiConfig.for_origin(rig.client.config.hub, timeout_s=0.3),
                             retry=RetryPolicy(max_retries=0))
    async with no_retry:
        await no_retry.auth.login(*GISE)
        with pytest.raises(RequestTimeout):
            await no_retry.vehicles.brands()


@pytest.mark.asyncio
async def test_short_token_lifetime_refreshes_before_calls(rig: Rig) -> None:
    await rig.fault(tokenLifetimeS=5)
    await rig.client.auth.login(*GISE)
    assert rig.client.auth.lifetime_s == 5
    assert rig.client.auth.proactive_refresh_delay() == pytest.approx(4.0, abs=0.2)
    await rig.advance(6)
    assert await rig.client.vehicles.brands()
    assert rig.wire.count("agent-user/refresh") == 1


@pytest.mark.asyncio
async def test_refresh_storm_fifty_calls_one_refresh_no_failures(rig: Rig) -> None:
    await rig.fault(tokenLifetimeS=5)
    await rig.client.auth.login(*GISE)
    await rig.advance(6)
    results = await asyncio.gather(*(rig.client.vehicles.brands() for _ in range(50)), return_exceptions=True)
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert rig.wire.count("agent-user/refresh") == 1
    assert rig.wire.count("brands") == 50


@pytest.mark.asyncio
async def test_401_refreshes_once_and_replays_once(rig: Rig) -> None:
    await rig.fault(route=BRANDS, status=401, count=1)
    assert await rig.client.vehicles.brands()
    assert rig.wire.count("agent-user/refresh") == 1
    assert rig.wire.count("brands") == 2
    await rig.fault(route=BRANDS, status=401)
    with pytest.raises(Unauthorized):
        await rig.client.vehicles.brands()
    assert rig.wire.count("agent-user/refresh") == 2
    assert rig.wire.count("brands") == 4


def _card(number: str = SUCCESS_CARD) -> CardDetails:
    return CardDetails(number=number, cvc="123", expiry_month="12", expiry_year="2030", holder_name="DENEME")


async def _buyable(rig: Rig, seed: int) -> tuple[str, str]:
    cid, vid = await create_customer_and_vehicle(rig.client, random.Random(seed))
    proposal = await priced_proposal(rig.client, cid, vid)
    product = next(
        p
        for p in proposal.products
        if p.state == "ACTIVE" and p.product_type == "WEB_SERVICE" and "SYNC_CREDIT_CARD" in p.supported_payment_options
    )
    return proposal.proposal_id, product.id


@pytest.mark.asyncio
async def test_lost_purchase_answer_is_reconciled_to_one_policy_one_charge(rig: Rig) -> None:
    pid, ppid = await _buyable(rig, 31)
    policies_before = len(rig.sandbox.policies)
    await rig.fault(route=PURCHASE, method="POST", loseResponse=True, count=1)
    with pytest.raises(PurchaseOutcomeUnknown) as info:
        await rig.client.purchases.pay_by_card(pid, ppid, 1, _card())
    assert (info.value.proposal_id, info.value.proposal_product_id) == (pid, ppid)
    assert rig.wire.count("purchase/sync") == 1
    outcome = await rig.client.purchases.reconcile(pid, ppid)
    assert outcome.status == "PURCHASED"
    assert outcome.policy is not None and outcome.policy.proposal_product_id == ppid
    assert len(rig.sandbox.charges) == 1 and rig.sandbox.charges[0]["policyId"] == outcome.policy.id
    assert len(rig.sandbox.policies) == policies_before + 1


@pytest.mark.asyncio
async def test_lost_answer_of_a_declined_purchase_reconciles_to_not_purchased(rig: Rig) -> None:
    pid, ppid = await _buyable(rig, 32)
    await rig.fault(route=PURCHASE, method="POST", loseResponse=True, count=1)
    with pytest.raises(PurchaseOutcomeUnknown):
        await rig.client.purchases.pay_by_card(pid, ppid, 1, _card("4000000000009995"))
    outcome = await rig.client.purchases.reconcile(pid, ppid)
    assert outcome.status == "NOT_PURCHASED" and outcome.policy is None
    assert rig.sandbox.charges == []
    result = await rig.client.purchases.pay_by_card(pid, ppid, 1, _card())  # the operator may now try again
    assert result.policy_id and len(rig.sandbox.charges) == 1


@pytest.mark.asyncio
async def test_purchase_5xx_and_drop_are_outcome_unknown_never_retried(rig: Rig) -> None:
    pid, ppid = await _buyable(rig, 33)
    for rule in ({"status": 503}, {"drop": True}, {"status": 500}):
        await rig.fault(route=PURCHASE, method="POST", count=1, **rule)
        with pytest.raises(PurchaseOutcomeUnknown):
            await rig.client.purchases.pay_by_card(pid, ppid, 1, _card())
        assert (await rig.client.purchases.reconcile(pid, ppid)).status == "NOT_PURCHASED"
    assert rig.wire.count("purchase/sync") == 3
    assert rig.sandbox.charges == [] and rig.sleeps.delays == []
