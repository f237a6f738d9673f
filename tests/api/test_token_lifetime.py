"""Any token lifetime the server sends must plan a refresh a Qt timer can hold (< 2**31 ms)."""

from __future__ import annotations

import pytest

from insurup_desk.api.client import InsurUpClient


@pytest.mark.asyncio
@pytest.mark.parametrize("expires_in", [3_000_000, 10**400, float("inf"), 1e300, 600])
async def test_any_lifetime_gives_a_timer_sized_refresh_delay(expires_in: float) -> None:
    client = InsurUpClient(clock=lambda: 1000.0)
    try:
        tokens = client.auth
        tokens._store({"accessToken": "a", "refreshToken": "r", "expiresIn": expires_in})
        delay = tokens.proactive_refresh_delay()
        assert delay is not None
        assert 0 < int(delay * 1000) < 2**31
    finally:
        await client.aclose()
