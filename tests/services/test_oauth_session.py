"""'InsurUp ile giriş' end to end without a browser: the test plays the browser on the sandbox's authorize page,
then the session refreshes through the token endpoint, resumes from the keyring and revokes on sign-out."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
import pytest_asyncio

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.api.errors import ProtocolError, SessionExpired
from insurup_desk.api.oauth import OAuthClient, OAuthSignInFailed
from insurup_desk.sandbox import Sandbox
from insurup_desk.sandbox.oauth import create_auth_app
from insurup_desk.sandbox.oauth_robot import sign_in_on_page
from insurup_desk.sandbox.oauth_state import DESK_CLIENT_ID
from insurup_desk.services.secrets import SecretVault
from insurup_desk.services.session import Session

SERVICE = "InsurUp Desk oauth test"
AUTH = "http://auth.sandbox.test"
REDIRECT = "http://127.0.0.1:50111/callback"


@pytest_asyncio.fixture
async def oauth(sandbox: Sandbox) -> AsyncIterator[OAuthClient]:
    client = OAuthClient(AUTH, DESK_CLIENT_ID, transport=httpx.ASGITransport(app=create_auth_app(sandbox)))
    yield client
    await client.aclose()


@pytest_asyncio.fixture
async def browser(sandbox: Sandbox) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_auth_app(sandbox)),
                                 base_url=AUTH) as http:
        yield http


@pytest_asyncio.fixture
async def api(sandbox_app: Any) -> AsyncIterator[InsurUpClient]:
    async with InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"),
                             transport=httpx.ASGITransport(app=sandbox_app)) as client:
        yield client


async def _callback(oauth: OAuthClient, browser: httpx.AsyncClient, email: str = "gise@demo.acente") -> tuple[
        Any, str]:
    pending = await oauth.begin(REDIRECT)
    return pending, await sign_in_on_page(browser, pending.authorize_url, email, "Demo1234!")


@pytest.mark.asyncio
async def test_whole_flow_signs_in_refreshes_resumes_and_revokes(
    oauth: OAuthClient, browser: httpx.AsyncClient, api: InsurUpClient, sandbox: Sandbox, sandbox_app: Any,
    mem_keyring: Any,
) -> None:
    pending, location = await _callback(oauth, browser, "mudur@demo.acente")
    assert "request_uri=" in pending.authorize_url and "code_challenge" not in pending.authorize_url  # PAR used
    session = Session(api.auth, api.me, SecretVault(SERVICE), profile="sandbox", oauth_grant=oauth)
    await session.login_oauth(await oauth.finish(pending, location))
    assert session.user is not None and session.user.email == "mudur@demo.acente"
    stored = {n: v for (s, n), v in mem_keyring.store.items() if s == SERVICE}
    assert stored["sandbox/login_method"].endswith("oauth") and "sandbox/password" not in stored
    first = api.auth.refresh_token
    assert first is not None and first in sandbox.auth.oauth.refresh

    # Single-flight: three callers, one refresh_token grant, the token rotated once.
    await asyncio.gather(api.auth.refresh(), api.auth.refresh(), api.auth.refresh())
    assert api.auth.refresh_count == 1 and first in sandbox.auth.oauth.spent_refresh
    await session.flush()
    assert api.auth.refresh_token is not None
    assert mem_keyring.store[(SERVICE, "sandbox/refresh_token")].endswith(api.auth.refresh_token)

    # A restart resumes from the keyring through the token endpoint, not the agent-user one.
    async with InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"),
                             transport=httpx.ASGITransport(app=sandbox_app)) as restarted:
        again = Session(restarted.auth, restarted.me, SecretVault(SERVICE), profile="sandbox", oauth_grant=oauth)
        assert await again.resume() is True and restarted.auth.via_oauth
        assert restarted.auth.refresh_count == 1
        held = restarted.auth.refresh_token
        await again.logout()
    assert held is not None and sandbox.auth.oauth.revoked == [held]
    assert not {n for (s, n) in mem_keyring.store if s == SERVICE}


@pytest.mark.asyncio
async def test_wrong_state_is_refused_before_the_code_is_used(
    oauth: OAuthClient, browser: httpx.AsyncClient, sandbox: Sandbox,
) -> None:
    pending, location = await _callback(oauth, browser)
    query = parse_qs(urlsplit(location).query)
    forged = REDIRECT + "?" + urlencode({"code": query["code"][0], "state": "someone-else", "iss": AUTH})
    with pytest.raises(OAuthSignInFailed, match="ait değil"):
        await oauth.finish(pending, forged)
    assert len(sandbox.auth.oauth.codes) == 1  # never presented


@pytest.mark.asyncio
async def test_answer_from_another_issuer_is_refused(oauth: OAuthClient, browser: httpx.AsyncClient) -> None:
    pending, location = await _callback(oauth, browser)
    query = parse_qs(urlsplit(location).query)
    for iss in ("https://evil.example", None):
        params = {"code": query["code"][0], "state": query["state"][0]}
        if iss:
            params["iss"] = iss
        with pytest.raises(OAuthSignInFailed, match="sunucusundan"):
            await oauth.finish(pending, REDIRECT + "?" + urlencode(params))


@pytest.mark.asyncio
async def test_code_used_twice_and_wrong_verifier_are_refused(
    oauth: OAuthClient, browser: httpx.AsyncClient,
) -> None:
    pending, location = await _callback(oauth, browser)
    await oauth.finish(pending, location)
    with pytest.raises(OAuthSignInFailed, match="daha önce"):
        await oauth.finish(pending, location)
    pending, location = await _callback(oauth, browser)
    with pytest.raises(OAuthSignInFailed, match="PKCE"):
        await oauth.finish(dataclasses.replace(pending, code_verifier="x" * 64), location)


@pytest.mark.asyncio
async def test_without_par_the_request_goes_in_the_authorize_url(
    oauth: OAuthClient, browser: httpx.AsyncClient,
) -> None:
    meta = await oauth.metadata()
    oauth._metadata = dataclasses.replace(meta, par_endpoint=None)
    pending, location = await _callback(oauth, browser)
    query = parse_qs(urlsplit(pending.authorize_url).query)
    assert query["code_challenge_method"] == ["S256"] and query["redirect_uri"] == [REDIRECT]
    assert "access_token" in await oauth.finish(pending, location)


@pytest.mark.asyncio
async def test_refused_refresh_ends_the_session(
    oauth: OAuthClient, browser: httpx.AsyncClient, api: InsurUpClient, sandbox: Sandbox,
) -> None:
    pending, location = await _callback(oauth, browser)
    api.auth.start_oauth_session(oauth, await oauth.finish(pending, location))
    sandbox.auth.oauth.refresh.clear()
    with pytest.raises(SessionExpired):
        await api.auth.refresh()
    assert not api.auth.is_authenticated


@pytest.mark.asyncio
async def test_discovery_naming_another_issuer_is_refused() -> None:
    doc = {"issuer": "https://evil.example", "authorization_endpoint": "https://evil.example/a",
           "token_endpoint": "https://evil.example/t"}
    client = OAuthClient(AUTH, DESK_CLIENT_ID, transport=httpx.MockTransport(lambda _: httpx.Response(200, json=doc)))
    try:
        with pytest.raises(ProtocolError, match="başka bir adla"):
            await client.metadata()
    finally:
        await client.aclose()
