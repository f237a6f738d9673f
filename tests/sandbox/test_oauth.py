"""The sandbox's authorization server: discovery, PAR, authorize pages, code and refresh grants, revocation."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
import pytest_asyncio

from insurup_desk.sandbox import Sandbox
from insurup_desk.sandbox.oauth import create_auth_app, s256
from insurup_desk.sandbox.oauth_robot import RobotRefused, sign_in_on_page
from insurup_desk.sandbox.oauth_state import DESK_CLIENT_ID

AUTH = "http://auth.sandbox.test"
REDIRECT = "http://127.0.0.1:53412/callback"
SCOPE = "openid profile offline_access core-api"


@pytest_asyncio.fixture
async def auth_http(sandbox: Sandbox) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_auth_app(sandbox))
    async with httpx.AsyncClient(transport=transport, base_url=AUTH) as http:
        yield http


def _params(challenge: str, **over: str) -> dict[str, str]:
    base = {"client_id": DESK_CLIENT_ID, "response_type": "code", "redirect_uri": REDIRECT, "scope": SCOPE,
            "state": "st-1", "code_challenge": challenge, "code_challenge_method": "S256"}
    base.update(over)
    return base


async def _code(http: httpx.AsyncClient, verifier: str, email: str = "gise@demo.acente", **over: str) -> str:
    pushed = await http.post("/connect/par", data=_params(s256(verifier), **over))
    assert pushed.status_code == 201, pushed.text
    url = f"{AUTH}/connect/authorize?" + urlencode({"client_id": DESK_CLIENT_ID,
                                                   "request_uri": pushed.json()["request_uri"]})
    location = await sign_in_on_page(http, url, email, "Demo1234!")
    query = parse_qs(urlsplit(location).query)
    assert location.startswith(over.get("redirect_uri", REDIRECT) + "?")
    assert query["state"] == [over.get("state", "st-1")] and query["iss"] == [AUTH]
    return query["code"][0]


def _exchange(code: str, verifier: str | None, redirect: str = REDIRECT) -> dict[str, str]:
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect, "client_id": DESK_CLIENT_ID}
    if verifier is not None:
        data["code_verifier"] = verifier
    return data


@pytest.mark.asyncio
async def test_discovery_names_every_endpoint_on_its_own_origin(auth_http: httpx.AsyncClient) -> None:
    doc = (await auth_http.get("/.well-known/openid-configuration")).json()
    assert doc["issuer"] == AUTH
    assert doc["pushed_authorization_request_endpoint"] == f"{AUTH}/connect/par"
    assert doc["code_challenge_methods_supported"] == ["S256"]
    assert doc["authorization_response_iss_parameter_supported"] is True
    assert "password" not in doc["grant_types_supported"]


@pytest.mark.asyncio
async def test_code_flow_gives_tokens_the_api_accepts(auth_http: httpx.AsyncClient,
                                                      asgi_http: httpx.AsyncClient) -> None:
    verifier = secrets.token_urlsafe(48)
    code = await _code(auth_http, verifier)
    r = await auth_http.post("/connect/token", data=_exchange(code, verifier))
    body = r.json()
    assert r.status_code == 200 and body["token_type"] == "Bearer" and body["expires_in"] == 600
    me = await asgi_http.get("/api/agent-users/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200 and me.json()["email"] == "gise@demo.acente"
    info = await auth_http.get("/connect/userinfo", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert info.json()["email"] == "gise@demo.acente"


@pytest.mark.asyncio
async def test_two_factor_step_on_the_authorize_page(auth_http: httpx.AsyncClient) -> None:
    verifier = secrets.token_urlsafe(48)
    code = await _code(auth_http, verifier, email="mudur@demo.acente")
    assert (await auth_http.post("/connect/token", data=_exchange(code, verifier))).status_code == 200


@pytest.mark.asyncio
async def test_wrong_redirect_uri_is_refused_without_redirecting(auth_http: httpx.AsyncClient) -> None:
    challenge = s256(secrets.token_urlsafe(48))
    for bad in ("https://evil.example/callback", "http://127.0.0.1/callback", "http://127.0.0.1:5000/other"):
        r = await auth_http.post("/connect/par", data=_params(challenge, redirect_uri=bad))
        assert r.status_code == 400 and r.json()["error"] == "invalid_request"
        page = await auth_http.get("/connect/authorize", params=_params(challenge, redirect_uri=bad))
        assert page.status_code == 400 and "location" not in page.headers


@pytest.mark.asyncio
async def test_localhost_redirect_is_accepted_and_must_match_at_the_token_endpoint(
    auth_http: httpx.AsyncClient,
) -> None:
    verifier = secrets.token_urlsafe(48)
    other = "http://localhost:53999/callback"
    code = await _code(auth_http, verifier, redirect_uri=other)
    r = await auth_http.post("/connect/token", data=_exchange(code, verifier, redirect=REDIRECT))
    assert r.status_code == 400 and r.json()["error"] == "invalid_grant"


@pytest.mark.asyncio
async def test_missing_or_wrong_pkce_verifier_is_refused(auth_http: httpx.AsyncClient) -> None:
    verifier = secrets.token_urlsafe(48)
    for wrong in (None, secrets.token_urlsafe(48)):
        code = await _code(auth_http, verifier)
        r = await auth_http.post("/connect/token", data=_exchange(code, wrong))
        assert r.status_code == 400 and r.json()["error"] == "invalid_grant"
    no_pkce = _params("x")
    del no_pkce["code_challenge"], no_pkce["code_challenge_method"]
    assert (await auth_http.post("/connect/par", data=no_pkce)).status_code == 400


@pytest.mark.asyncio
async def test_reused_code_is_refused_and_revokes_what_it_gave(auth_http: httpx.AsyncClient,
                                                               asgi_http: httpx.AsyncClient) -> None:
    verifier = secrets.token_urlsafe(48)
    code = await _code(auth_http, verifier)
    first = (await auth_http.post("/connect/token", data=_exchange(code, verifier))).json()
    again = await auth_http.post("/connect/token", data=_exchange(code, verifier))
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
    me = await asgi_http.get("/api/agent-users/me", headers={"Authorization": f"Bearer {first['access_token']}"})
    assert me.status_code == 401


@pytest.mark.asyncio
async def test_expired_code_is_refused(auth_http: httpx.AsyncClient, sandbox: Sandbox) -> None:
    verifier = secrets.token_urlsafe(48)
    code = await _code(auth_http, verifier)
    sandbox.clock.advance(61)
    r = await auth_http.post("/connect/token", data=_exchange(code, verifier))
    assert r.status_code == 400 and "süresi" in r.json()["error_description"]


@pytest.mark.asyncio
async def test_missing_state_and_spent_request_uri_are_refused(auth_http: httpx.AsyncClient) -> None:
    challenge = s256(secrets.token_urlsafe(48))
    assert (await auth_http.post("/connect/par", data=_params(challenge, state=""))).status_code == 400
    pushed = (await auth_http.post("/connect/par", data=_params(challenge))).json()
    url = "/connect/authorize?" + urlencode({"client_id": DESK_CLIENT_ID, "request_uri": pushed["request_uri"]})
    assert (await auth_http.get(url)).status_code == 200
    assert (await auth_http.get(url)).status_code == 400


@pytest.mark.asyncio
async def test_wrong_password_stays_on_the_page(auth_http: httpx.AsyncClient) -> None:
    url = "/connect/authorize?" + urlencode(_params(s256(secrets.token_urlsafe(48))))
    with pytest.raises(RobotRefused) as refused:
        await sign_in_on_page(auth_http, f"{AUTH}{url}", "gise@demo.acente", "nope")
    assert refused.value.status == 401 and "parola hatalı" in refused.value.page


@pytest.mark.asyncio
async def test_refresh_rotates_and_revocation_ends_the_chain(auth_http: httpx.AsyncClient,
                                                             sandbox: Sandbox) -> None:
    verifier = secrets.token_urlsafe(48)
    code = await _code(auth_http, verifier)
    tokens = (await auth_http.post("/connect/token", data=_exchange(code, verifier))).json()
    grant = {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"], "client_id": DESK_CLIENT_ID}
    rotated = (await auth_http.post("/connect/token", data=grant)).json()
    assert rotated["refresh_token"] != tokens["refresh_token"]
    assert (await auth_http.post("/connect/token", data=grant)).json()["error"] == "invalid_grant"
    r = await auth_http.post("/connect/revocation", data={"token": rotated["refresh_token"],
                                                          "token_type_hint": "refresh_token",
                                                          "client_id": DESK_CLIENT_ID})
    assert r.status_code == 200 and sandbox.auth.oauth.revoked == [rotated["refresh_token"]]
    grant["refresh_token"] = rotated["refresh_token"]
    assert (await auth_http.post("/connect/token", data=grant)).status_code == 400


@pytest.mark.asyncio
async def test_token_endpoint_wants_a_form_and_the_known_client(auth_http: httpx.AsyncClient) -> None:
    assert (await auth_http.post("/connect/token", json={"grant_type": "password"})).status_code == 400
    r = await auth_http.post("/connect/token", data={"grant_type": "password", "client_id": DESK_CLIENT_ID})
    assert r.json()["error"] == "unsupported_grant_type"
    r = await auth_http.post("/connect/token", data={"grant_type": "refresh_token", "client_id": "cli"})
    assert r.status_code == 401 and r.json()["error"] == "invalid_client"
