from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from api_fakes import ORIGIN, FakeApi, ManualClock, ok, problem, signed_in

from insurup_desk.api import (
    ApiConfig,
    ApiError,
    InsurUpClient,
    RedactingFilter,
    RetryPolicy,
    SessionExpired,
    Unauthorized,
)


@pytest.mark.asyncio
async def test_login_without_two_factor_starts_a_session(make_client: Callable[..., InsurUpClient]) -> None:
    async with make_client() as client:
        outcome = await client.auth.login("gise@demo.acente", "Demo1234!")
        assert not outcome.requires_two_factor and outcome.user_id == "u-1"
        assert client.auth.is_authenticated
        assert client.auth.refresh_token == "ref-1"


@pytest.mark.asyncio
async def test_two_factor_login_needs_the_code_before_calls_work(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("GET", "agent-users/me", ok({"id": "u-2", "email": "mudur@demo.acente", "fullName": "Müdür"}))
    async with make_client() as client:
        outcome = await client.auth.login("mudur@demo.acente", "Demo1234!")
        assert outcome.requires_two_factor and outcome.user_id == "u-2"
        assert not client.auth.is_authenticated
        with pytest.raises(SessionExpired):
            await client.me()
        with pytest.raises(Unauthorized):
            await client.auth.verify_mfa("u-2", "000000")
        await client.auth.verify_mfa("u-2", "123456")
        me = await client.me()
    assert me.display_name == "Müdür"


@pytest.mark.asyncio
async def test_bad_password_is_a_typed_error_with_the_server_message(
    make_client: Callable[..., InsurUpClient],
) -> None:
    async with make_client() as client:
        with pytest.raises(Unauthorized) as info:
            await client.auth.login("gise@demo.acente", "yanlis")
    assert str(info.value) == "E-posta veya parola hatalı."


@pytest.mark.asyncio
async def test_refresh_rotates_tokens_and_tells_listeners(
    fake: FakeApi, make_client: Callable[..., InsurUpClient], clock: ManualClock
) -> None:
    seen: list[str | None] = []
    fake.on("GET", "agent-users/me", ok({"id": "u-1"}))
    async with make_client() as client:
        client.auth.add_listener(seen.append)
        await signed_in(client)
        assert client.auth.proactive_refresh_delay() == pytest.approx(480.0)
        clock.now += 500
        assert client.auth.proactive_refresh_delay() == 0.0
        await client.auth.refresh()
        assert client.auth.refresh_token == "ref-2"
        await client.me()
    assert seen == ["ref-1", "ref-2"]
    assert fake.calls("GET", "agent-users/me")[0].headers["authorization"] == "Bearer acc-2"


@pytest.mark.asyncio
async def test_lifetime_comes_from_expires_in(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    fake.expires_in = 1800
    async with make_client() as client:
        await signed_in(client)
        assert client.auth.lifetime_s == 1800
        assert client.auth.proactive_refresh_delay() == pytest.approx(1440.0)


@pytest.mark.asyncio
async def test_fifty_callers_at_expiry_cause_exactly_one_refresh(
    fake: FakeApi, make_client: Callable[..., InsurUpClient], clock: ManualClock
) -> None:
    fake.on("GET", "vehicle-parameters/brands", ok([]))
    async with make_client() as client:
        await signed_in(client)
        clock.now += 601
        results = await asyncio.gather(*(client.vehicles.brands() for _ in range(50)), return_exceptions=True)
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert fake.refresh_calls == 1
    assert {r.headers["authorization"] for r in fake.calls("GET", "vehicle-parameters/brands")} == {"Bearer acc-2"}


@pytest.mark.asyncio
async def test_a_401_forces_one_refresh_and_one_replay(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("GET", "vehicle-parameters/brands", ok([{"value": "1", "text": "AUDI"}]))
    async with make_client() as client:
        await signed_in(client)
        fake.access_tokens.clear()  # the server revoked the access token behind our back
        brands = await client.vehicles.brands()
    assert [b.text for b in brands] == ["AUDI"]
    assert fake.refresh_calls == 1
    calls = fake.calls("GET", "vehicle-parameters/brands")
    assert [c.headers["authorization"] for c in calls] == ["Bearer acc-1", "Bearer acc-2"]


@pytest.mark.asyncio
async def test_a_second_401_after_refresh_is_not_replayed_again(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("GET", "policies/p1", lambda r: problem(401, "unauthorized", "Yetkisiz."))
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises(Unauthorized):
            await client.policies.get("p1")
    assert fake.refresh_calls == 1
    assert len(fake.calls("GET", "policies/p1")) == 2


@pytest.mark.asyncio
async def test_rejected_refresh_ends_the_session_with_session_expired(
    fake: FakeApi, make_client: Callable[..., InsurUpClient], clock: ManualClock
) -> None:
    seen: list[str | None] = []
    fake.on("GET", "vehicle-parameters/brands", ok([]))
    async with make_client() as client:
        await signed_in(client)
        client.auth.add_listener(seen.append)
        fake.refresh_tokens.clear()
        clock.now += 700
        results = await asyncio.gather(*(client.vehicles.brands() for _ in range(5)), return_exceptions=True)
        assert all(isinstance(r, SessionExpired) for r in results)
        assert not client.auth.is_authenticated
        assert client.auth.proactive_refresh_delay() is None
    assert fake.refresh_calls == 1
    assert seen == [None]
    assert fake.calls("GET", "vehicle-parameters/brands") == []


@pytest.mark.asyncio
async def test_resume_from_a_stored_refresh_token(fake: FakeApi, make_client: Callable[..., InsurUpClient]) -> None:
    async with make_client() as first:
        await signed_in(first)
        stored = first.auth.refresh_token
    assert stored is not None
    async with make_client() as second:
        await second.auth.resume(stored)
        assert second.auth.refresh_token == "ref-2"
        with pytest.raises(SessionExpired):
            await second.auth.resume(stored)  # rotated: the old one is dead now
        assert not second.auth.is_authenticated


@pytest.mark.asyncio
async def test_tokens_never_show_in_reprs_errors_or_logs(
    fake: FakeApi, make_client: Callable[..., InsurUpClient], caplog: pytest.LogCaptureFixture
) -> None:
    fake.on("GET", "policies/p1", lambda r: problem(401, "unauthorized", "Yetkisiz."))
    caplog.set_level(logging.DEBUG, logger="insurup_desk")
    handler_filter = RedactingFilter()
    caplog.handler.addFilter(handler_filter)
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises(Unauthorized) as info:
            await client.policies.get("p1")
        texts = [repr(client), repr(client.auth), str(info.value), repr(info.value), caplog.text]
    for text in texts:
        for secret in ("acc-1", "acc-2", "ref-1", "ref-2", "Demo1234!"):
            assert secret not in text
    assert "policies/p1" in caplog.text  # the call itself is logged


@pytest.mark.asyncio
async def test_call_log_masks_identity_numbers_in_paths_without_any_filter(
    fake: FakeApi, make_client: Callable[..., InsurUpClient], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="insurup_desk.api")
    async with make_client() as client:
        await signed_in(client)
        assert await client.customers.find_by_identity("11111111110") is None
    assert "customers/111******10" in caplog.text
    assert "11111111110" not in caplog.text


@pytest.mark.asyncio
@pytest.mark.parametrize("status,slug", [(502, "upstream-service"), (429, "too-many-requests")])
async def test_a_refresh_refused_for_a_passing_reason_keeps_the_session(
    fake: FakeApi, sleeps: Any, clock: ManualClock, status: int, slug: str
) -> None:
    hiccups = [problem(status, slug, "Geçici bir sorun oluştu.")]

    def flaky(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("agent-user/refresh") and hiccups:
            fake.requests.append(request)
            return hiccups.pop()
        return fake(request)

    fake.on("GET", "vehicle-parameters/brands", ok([]))
    client = InsurUpClient(
        ApiConfig(rest_base=ORIGIN + "/api/"),
        transport=httpx.MockTransport(flaky),
        retry=RetryPolicy(sleep=sleeps, rng=random.Random(7)),
        clock=clock,
    )
    async with client:
        await signed_in(client)
        clock.now += 700
        with pytest.raises(ApiError) as failed:
            await client.auth.refresh()
        assert not isinstance(failed.value, SessionExpired)
        assert client.auth.refresh_token is not None  # still signed in: the next attempt may succeed
        await client.auth.refresh()
        assert await client.vehicles.brands() == []


@pytest.mark.asyncio
async def test_a_late_401_for_a_token_already_replaced_does_not_rotate_again(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    """A request sent with the old token comes back 401 after another caller has already refreshed."""
    async with make_client() as client:
        await signed_in(client)
        await client.auth.refresh()  # acc-1 → acc-2, e.g. by the proactive timer
        assert fake.refresh_calls == 1
        await client.auth.refresh_after_unauthorized("acc-1")  # the late answer to a request made with acc-1
        assert fake.refresh_calls == 1  # no second rotation: the newer pair stays
        assert await client.auth.access_token() == "acc-2"


@pytest.mark.asyncio
async def test_a_refresh_storm_against_a_slow_server_is_still_one_refresh(
    fake: FakeApi, make_client: Callable[..., InsurUpClient], clock: ManualClock
) -> None:
    """Another angle on single flight: callers arrive while the refresh request is still on its way."""
    release = asyncio.Event()
    started = asyncio.Event()
    fake.on("GET", "vehicle-parameters/brands", ok([]))
    async with make_client() as client:
        await signed_in(client)
        clock.now += 601  # the access token is about to lapse
        original = client.session.request

        async def slow_request(method: str, path: str, **kw: Any) -> Any:
            if path.endswith("refresh"):
                started.set()
                await release.wait()  # the server is slow to answer the refresh
            return await original(method, path, **kw)

        client.session.request = slow_request  # type: ignore[method-assign]
        first = [asyncio.ensure_future(client.vehicles.brands()) for _ in range(10)]
        await started.wait()
        late = [asyncio.ensure_future(client.vehicles.brands()) for _ in range(10)]  # arrive mid-refresh
        await asyncio.sleep(0)
        release.set()
        results = await asyncio.gather(*first, *late, return_exceptions=True)
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert fake.refresh_calls == 1
    assert {r.headers["authorization"] for r in fake.calls("GET", "vehicle-parameters/brands")} == {"Bearer acc-2"}
