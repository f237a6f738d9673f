"""Retry-After is honoured up to a stated bound, beyond it the call fails at once and says when to come back;
every wait is announced and can be called off; GraphQL queries are retried like GETs."""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Callable

import httpx
import pytest
from api_fakes import ORIGIN, FakeApi, ManualClock, Sleeps, ok, signed_in

from insurup_desk.api import ApiConfig, InsurUpClient, RateLimited, RetryPolicy, Wait, WaitAnnouncer

BRANDS = "vehicle-parameters/brands"


def busy(seconds: str, status: int = 429) -> Callable[[httpx.Request], httpx.Response]:
    return lambda r: httpx.Response(status, headers={"Retry-After": seconds})


@pytest.mark.asyncio
async def test_a_retry_after_of_two_minutes_is_waited_out_in_full(
    fake: FakeApi, sleeps: Sleeps, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("GET", BRANDS, busy("120"), ok([]))
    async with make_client() as client:
        await signed_in(client)
        await client.vehicles.brands()
    assert sleeps.delays == [120.0]  # waking early only earns another 429


@pytest.mark.asyncio
async def test_a_retry_after_given_as_an_http_date_is_honoured(
    fake: FakeApi, sleeps: Sleeps, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("GET", BRANDS, busy(email.utils.formatdate(time.time() + 90, usegmt=True), 503), ok([]))
    async with make_client() as client:
        await signed_in(client)
        await client.vehicles.brands()
    assert len(sleeps.delays) == 1 and 85 <= sleeps.delays[0] <= 91


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [429, 503])
async def test_a_wait_beyond_the_bound_fails_at_once_and_says_when_to_come_back(
    fake: FakeApi, sleeps: Sleeps, make_client: Callable[..., InsurUpClient], status: int
) -> None:
    fake.on("GET", BRANDS, busy("300", status), ok([]))
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises(RateLimited) as info:
            await client.vehicles.brands()
    assert sleeps.delays == []
    assert len(fake.calls("GET", BRANDS)) == 1
    assert str(info.value) == "Sunucu çok yoğun; 300 saniye sonra yeniden deneyin."
    assert info.value.retry_after_s == 300 and info.value.status == status
    assert info.value.route == "GET " + BRANDS


@pytest.mark.asyncio
async def test_a_persistent_429_never_holds_a_call_longer_than_the_bound(
    fake: FakeApi, sleeps: Sleeps, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("GET", BRANDS, busy("60"))
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises(RateLimited) as info:
            await client.vehicles.brands()
    assert sum(sleeps.delays) <= RetryPolicy().retry_after_bound_s
    assert sleeps.delays == [60.0, 60.0]
    assert "60 saniye sonra" in str(info.value)


@pytest.mark.asyncio
async def test_the_bound_is_a_setting_of_the_policy(fake: FakeApi) -> None:
    sleeps = Sleeps()
    fake.on("GET", BRANDS, busy("5"), ok([]))
    retry = RetryPolicy(sleep=sleeps, retry_after_bound_s=4)
    async with InsurUpClient(
        ApiConfig(rest_base=ORIGIN + "/api/"), transport=httpx.MockTransport(fake), retry=retry, clock=ManualClock()
    ) as client:
        await signed_in(client)
        with pytest.raises(RateLimited):
            await client.vehicles.brands()
    assert sleeps.delays == []


@pytest.mark.asyncio
async def test_every_wait_is_announced_with_its_route_and_length(
    fake: FakeApi, sleeps: Sleeps, make_client: Callable[..., InsurUpClient]
) -> None:
    waits = WaitAnnouncer(clock=ManualClock())
    told: list[tuple[str, float, bool]] = []
    waits.subscribe(lambda wait, active: told.append((wait.route, wait.seconds, active)))
    fake.on("GET", BRANDS, busy("30"), ok([]))
    async with make_client(waits=waits) as client:
        await signed_in(client)
        await client.vehicles.brands()
    assert told == [("GET " + BRANDS, 30.0, True), ("GET " + BRANDS, 30.0, False)]
    assert waits.active == []


@pytest.mark.asyncio
async def test_calling_off_a_wait_ends_the_call_at_once_with_its_error(fake: FakeApi) -> None:
    clock = ManualClock()
    waits = WaitAnnouncer(clock=clock)
    started: list[Wait] = []
    waiting = asyncio.Event()

    def told(wait: Wait, active: bool) -> None:
        if active:
            started.append(wait)
            waiting.set()

    waits.subscribe(told)

    async def forever(seconds: float) -> None:
        await asyncio.Event().wait()  # a real minute would pass here; the test never waits for it

    fake.on("GET", BRANDS, busy("90"), ok([]))
    retry = RetryPolicy(sleep=forever, rng=random.Random(1))
    async with InsurUpClient(
        ApiConfig(rest_base=ORIGIN + "/api/"),
        transport=httpx.MockTransport(fake),
        retry=retry,
        clock=clock,
        waits=waits,
    ) as client:
        await signed_in(client)
        call = asyncio.ensure_future(client.vehicles.brands())
        await asyncio.wait_for(waiting.wait(), 1)
        clock.now += 30
        assert started[0].seconds_left() == 60.0
        started[0].cancel()
        with pytest.raises(RateLimited):
            await asyncio.wait_for(call, 1)
    assert len(fake.calls("GET", BRANDS)) == 1
    assert waits.active == []


@pytest.mark.asyncio
async def test_a_graphql_query_is_retried_on_500_like_a_get(
    fake: FakeApi, sleeps: Sleeps, make_client: Callable[..., InsurUpClient]
) -> None:
    page = {"data": {"policiesNew": {"nodes": [{"id": "pol-1"}], "pageInfo": {"hasNextPage": False}}}}
    fake.on("POST", "graphql", lambda r: httpx.Response(500), ok(page))
    async with make_client() as client:
        await signed_in(client)
        result = await client.graphql.policies()
    assert [n.id for n in result.nodes] == ["pol-1"]
    assert len(fake.calls("POST", "graphql")) == 2 and len(sleeps.delays) == 1
