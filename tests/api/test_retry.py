from __future__ import annotations

import random
from collections.abc import Callable

import httpx
import pytest
from api_fakes import FakeApi, Sleeps, ok, problem, signed_in

from insurup_desk.api import (
    ApiError,
    CustomerUpdate,
    IndividualCustomerCreate,
    InsurUpClient,
    NetworkError,
    ProposalCreate,
    RateLimited,
    RetryPolicy,
    ServerError,
    UpstreamFailure,
)


def fail(status: int, headers: dict[str, str] | None = None) -> Callable[[httpx.Request], httpx.Response]:
    return lambda r: httpx.Response(status, headers=headers or {})


def drop(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def test_backoff_follows_the_sdk_schedule_with_jitter_and_cap() -> None:
    policy = RetryPolicy(rng=random.Random(3))
    for n, (low, high) in enumerate([(1, 2), (2, 4), (4, 8)], start=1):
        for _ in range(20):
            assert low <= policy.delay(n) < high
    assert policy.delay(6) == 10.0
    assert policy.delay(1, retry_after_s=5) == 5


@pytest.mark.asyncio
async def test_get_is_retried_on_503_until_it_succeeds(
    fake: FakeApi, sleeps: Sleeps, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("GET", "vehicle-parameters/brands", fail(503), fail(504), ok([{"value": "1", "text": "BMW"}]))
    async with make_client() as client:
        await signed_in(client)
        brands = await client.vehicles.brands()
    assert [b.text for b in brands] == ["BMW"]
    assert len(fake.calls("GET", "vehicle-parameters/brands")) == 3
    assert len(sleeps.delays) == 2 and 1 <= sleeps.delays[0] < 2 and 2 <= sleeps.delays[1] < 4


@pytest.mark.asyncio
async def test_at_most_three_retries_then_the_typed_error(
    fake: FakeApi, sleeps: Sleeps, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("GET", "vehicle-parameters/brands", lambda r: problem(502, "upstream-service", "Sigortacı yanıt vermedi."))
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises(UpstreamFailure) as info:
            await client.vehicles.brands()
    assert str(info.value) == "Sigortacı yanıt vermedi."
    assert len(fake.calls("GET", "vehicle-parameters/brands")) == 4
    assert len(sleeps.delays) == 3


@pytest.mark.asyncio
async def test_retry_after_is_honoured(
    fake: FakeApi, sleeps: Sleeps, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("GET", "vehicle-parameters/brands", fail(429, {"Retry-After": "3"}), ok([]))
    async with make_client() as client:
        await signed_in(client)
        await client.vehicles.brands()
    assert sleeps.delays == [3.0]


@pytest.mark.asyncio
async def test_500_is_retried_for_get_but_not_for_put(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("GET", "policies/p1", fail(500), ok({"id": "p1"}))
    fake.on("PUT", "customers/c1", fail(500), ok(status=204))
    async with make_client() as client:
        await signed_in(client)
        assert (await client.policies.get("p1")).id == "p1"
        with pytest.raises(ServerError):
            await client.customers.update("c1", CustomerUpdate(kind="individual", id="c1"))
    assert len(fake.calls("PUT", "customers/c1")) == 1


@pytest.mark.asyncio
async def test_put_is_retried_on_503(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("PUT", "customers/c1", fail(503), ok(status=204))
    async with make_client() as client:
        await signed_in(client)
        await client.customers.update("c1", CustomerUpdate(kind="individual", id="c1"))
    assert len(fake.calls("PUT", "customers/c1")) == 2


@pytest.mark.asyncio
async def test_get_is_retried_when_the_line_drops(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.on("GET", "policies/p1", drop, ok({"id": "p1"}))
    async with make_client() as client:
        await signed_in(client)
        assert (await client.policies.get("p1")).id == "p1"


@pytest.mark.asyncio
@pytest.mark.parametrize("failure", [fail(503), fail(429, {"Retry-After": "1"}), drop])
async def test_customer_and_proposal_creation_are_never_retried(
    fake: FakeApi,
    sleeps: Sleeps,
    make_client: Callable[..., InsurUpClient],
    failure: Callable[[httpx.Request], httpx.Response],
) -> None:
    fake.on("POST", "customers", failure, ok({"id": "c1"}))
    fake.on("POST", "proposals", failure, ok({"proposalId": "p1"}))
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises((ApiError, NetworkError)):
            await client.customers.create(IndividualCustomerCreate(identity_number="11111111110"))
        with pytest.raises(ApiError):
            await client.proposals.create(
                ProposalCreate(discriminator="trafik", insurer_customer_id="c1", insured_customer_id="c1")
            )
    assert len(fake.calls("POST", "customers")) == 1
    assert len(fake.calls("POST", "proposals")) == 1
    assert sleeps.delays == []


@pytest.mark.asyncio
async def test_rate_limit_error_carries_retry_after_when_retries_are_off(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("GET", "vehicle-parameters/brands", fail(429, {"Retry-After": "12"}))
    async with make_client(retry=RetryPolicy(max_retries=0)) as client:
        await signed_in(client)
        with pytest.raises(RateLimited) as info:
            await client.vehicles.brands()
    assert info.value.retry_after_s == 12.0
