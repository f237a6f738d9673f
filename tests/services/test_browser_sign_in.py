"""The browser round trip with the test as the browser: loopback listener, timeout, cancel, stray requests."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.api.oauth import OAuthClient
from insurup_desk.sandbox import Sandbox
from insurup_desk.sandbox.oauth import create_auth_app
from insurup_desk.sandbox.oauth_robot import play_browser
from insurup_desk.sandbox.oauth_state import DESK_CLIENT_ID
from insurup_desk.services.browser_sign_in import SignInTimedOut, sign_in_with_browser
from insurup_desk.services.loopback import LoopbackListener
from insurup_desk.services.secrets import MemoryVault
from insurup_desk.services.session import Session

AUTH = "http://auth.sandbox.test"


@pytest_asyncio.fixture
async def session(sandbox: Sandbox, sandbox_app: Any) -> AsyncIterator[Session]:
    oauth = OAuthClient(AUTH, DESK_CLIENT_ID, transport=httpx.ASGITransport(app=create_auth_app(sandbox)))
    async with InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"),
                             transport=httpx.ASGITransport(app=sandbox_app)) as api:
        yield Session(api.auth, api.me, MemoryVault(), profile="sandbox", oauth_grant=oauth)
    await oauth.aclose()


@pytest_asyncio.fixture
async def browser(sandbox: Sandbox) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_auth_app(sandbox)),
                                 base_url=AUTH) as http:
        yield http


async def _refused(port: int) -> bool:
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return True
    writer.close()
    await writer.wait_closed()
    return False


@pytest.mark.asyncio
async def test_browser_round_trip_signs_in(session: Session, browser: httpx.AsyncClient) -> None:
    seen: list[str] = []
    played: list[asyncio.Future[None]] = []

    async def open_url(url: str) -> None:
        seen.append(url)
        # Played in the background like a real browser: the listener must be waiting already.
        played.append(asyncio.ensure_future(play_browser(browser, url, "mudur@demo.acente", "Demo1234!")))

    await sign_in_with_browser(session, open_url)
    await played[0]
    assert session.user is not None and session.user.email == "mudur@demo.acente"
    assert seen and seen[0].startswith(AUTH + "/connect/authorize?client_id=insurup-desk&request_uri=")


@pytest.mark.asyncio
async def test_nobody_signs_in_and_the_wait_times_out(session: Session, sandbox: Sandbox) -> None:
    opened: list[str] = []
    with pytest.raises(SignInTimedOut, match="5 dakika"):
        await sign_in_with_browser(session, opened.append, timeout_s=0.2)
    assert session.user is None and "redirect_uri" not in opened[0]  # PAR: the request went to the server
    (pushed,) = sandbox.auth.oauth.pushed.values()
    assert await _refused(int(pushed.redirect_uri.split(":")[2].split("/")[0]))


@pytest.mark.asyncio
async def test_cancel_closes_the_listener(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    listeners: list[LoopbackListener] = []
    real_start = LoopbackListener.start

    async def spy(self: LoopbackListener) -> LoopbackListener:
        listeners.append(self)
        return await real_start(self)

    monkeypatch.setattr(LoopbackListener, "start", spy)
    opened = asyncio.Event()
    task = asyncio.ensure_future(sign_in_with_browser(session, lambda _url: opened.set()))
    await opened.wait()
    port = listeners[0].port
    assert not await _refused(port)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await _refused(port)


@pytest.mark.asyncio
async def test_listener_answers_in_turkish_and_ignores_strays() -> None:
    async with LoopbackListener() as listener, httpx.AsyncClient() as http:
        assert listener.redirect_uri == f"http://127.0.0.1:{listener.port}/callback"
        stray = await http.get(f"http://127.0.0.1:{listener.port}/favicon.ico")
        assert stray.status_code == 404
        empty = await http.get(listener.redirect_uri)
        assert empty.status_code == 404
        page = await http.get(listener.redirect_uri + "?code=abc&state=s")
        assert page.status_code == 200 and "sekmeyi kapat" in page.text
        assert await listener.wait(1.0) == listener.redirect_uri + "?code=abc&state=s"


@pytest.mark.asyncio
async def test_a_forged_callback_does_not_end_the_wait() -> None:
    async with LoopbackListener() as listener, httpx.AsyncClient() as http:
        listener.expect_state("the-real-state")
        forged = await http.get(listener.redirect_uri + "?code=evil&state=guess")
        assert forged.status_code == 400 and "tamamlanamadı" in forged.text
        with pytest.raises(TimeoutError):
            await listener.wait(0.05)
        real = await http.get(listener.redirect_uri + "?code=good&state=the-real-state")
        assert real.status_code == 200
        assert (await listener.wait(1.0)).endswith("?code=good&state=the-real-state")
