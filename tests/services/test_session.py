"""The session against the in-process sandbox: remember-me round trip through the keyring, resume,
rotation written back, a rejected token forgotten, sign-out wiping every stored secret."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.services.secrets import SecretVault
from insurup_desk.services.session import Session

SERVICE = "InsurUp Desk test"


def _client(app: Any) -> InsurUpClient:
    return InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=app))


def _session(client: InsurUpClient) -> Session:
    return Session(client.auth, client.me, SecretVault(SERVICE), profile="sandbox")


def _stored(mem_keyring: Any) -> dict[str, str]:
    return {name: value for (service, name), value in mem_keyring.store.items() if service == SERVICE}


@pytest.mark.asyncio
async def test_remember_me_round_trip(sandbox_app: Any, mem_keyring: Any) -> None:
    async with _client(sandbox_app) as client:
        session = _session(client)
        assert await session.login("gise@demo.acente", "Demo1234!", remember=True) is False
        assert session.user is not None and session.user.email == "gise@demo.acente"
        stored = _stored(mem_keyring)
        assert stored["sandbox/password"].endswith("Demo1234!")
        assert stored["sandbox/email"].endswith("gise@demo.acente")
        assert stored["sandbox/refresh_token"].endswith(str(client.auth.refresh_token))

    # A new process: same keyring, nothing in memory.
    async with _client(sandbox_app) as client:
        session = _session(client)
        saved = await session.saved_login()
        assert (saved.email, saved.password, saved.has_refresh_token) == ("gise@demo.acente", "Demo1234!", True)
        assert await session.resume() is True
        assert session.user is not None and session.user.email == "gise@demo.acente"
        # Resuming rotated the token; the keyring holds the new one, not the spent one.
        assert _stored(mem_keyring)["sandbox/refresh_token"].endswith(str(client.auth.refresh_token))
        await session.logout()
        assert _stored(mem_keyring) == {}
        assert await session.saved_login() == type(saved)(None, None, False)


@pytest.mark.asyncio
async def test_without_remember_me_no_password_is_stored(sandbox_app: Any, mem_keyring: Any) -> None:
    async with _client(sandbox_app) as client:
        session = _session(client)
        await session.login("gise@demo.acente", "Demo1234!", remember=True)
        await session.logout()
        await session.login("gise@demo.acente", "Demo1234!", remember=False)
        assert set(_stored(mem_keyring)) == {"sandbox/email", "sandbox/refresh_token"}


@pytest.mark.asyncio
async def test_each_rotation_reaches_the_keyring(sandbox_app: Any, mem_keyring: Any) -> None:
    async with _client(sandbox_app) as client:
        session = _session(client)
        await session.login("gise@demo.acente", "Demo1234!", remember=False)
        first = client.auth.refresh_token
        await session.refresh()
        await session.flush()
        assert client.auth.refresh_token != first
        assert _stored(mem_keyring)["sandbox/refresh_token"].endswith(str(client.auth.refresh_token))


@pytest.mark.asyncio
async def test_a_rejected_stored_token_is_forgotten(sandbox_app: Any, mem_keyring: Any) -> None:
    mem_keyring.store[(SERVICE, "sandbox/refresh_token")] = "v1:not-a-token"
    async with _client(sandbox_app) as client:
        session = _session(client)
        assert await session.resume() is False
        assert "sandbox/refresh_token" not in _stored(mem_keyring)
        assert session.user is None


@pytest.mark.asyncio
async def test_expired_listeners_fire_when_the_server_refuses_the_refresh(
    sandbox_app: Any, asgi_http: Any, mem_keyring: Any
) -> None:
    from insurup_desk.api import SessionExpired

    async with _client(sandbox_app) as client:
        session = _session(client)
        fired: list[bool] = []
        session.add_expired_listener(lambda: fired.append(True))
        await session.login("gise@demo.acente", "Demo1234!", remember=False)
        # Someone else spends our refresh token: the next rotation must fail.
        stolen = await asgi_http.post(
            "/api/authentication:agent-user/refresh", json={"refreshToken": client.auth.refresh_token}
        )
        assert stolen.status_code == 200
        with pytest.raises(SessionExpired):
            await session.refresh()
        await session.flush()
        assert fired == [True]
        assert "sandbox/refresh_token" not in _stored(mem_keyring)


@pytest.mark.asyncio
async def test_password_and_every_token_are_masked_by_value_once_handled(sandbox_app: Any, mem_keyring: Any) -> None:
    from insurup_desk.api.redaction import redact

    async with _client(sandbox_app) as client:
        session = _session(client)
        await session.login("gise@demo.acente", "Demo1234!", remember=True)
        first = client.auth.refresh_token
        await session.refresh()
        second = client.auth.refresh_token
        access = await client.auth.access_token()
        assert first and second and first != second
        line = f"call('sandbox/password', 'Demo1234!') {first} {second} {access}"
        assert redact(line) == "call('sandbox/password', '***') *** *** ***"
        await session.logout()
