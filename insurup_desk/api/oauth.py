"""Sign-in through InsurUp's authorization server: OAuth 2.1 authorization code with PKCE (S256).

The protocol pieces come from Authlib's transport-free RFC modules (PKCE S256 challenge, the authorize URL, the
state check on the redirect, the ``authorization_code``/``refresh_token`` token requests); httpx sends them.
Authlib's own httpx client is not used: it is moving to the ``httpx2`` package and warns under plain httpx.
This module adds discovery, a pushed authorization request (RFC 9126) when the server offers one, the
RFC 9207 ``iss`` check and RFC 7009 revocation, and maps every failure onto the client's own errors.
The client is public: there is no secret, PKCE is what binds the code to us.
Every code and token is registered with the log filter before anything could log it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
from authlib.common.security import generate_token
from authlib.oauth2.rfc6749.errors import MismatchingStateException, MissingCodeException
from authlib.oauth2.rfc6749.parameters import (
    parse_authorization_code_response,
    prepare_grant_uri,
    prepare_token_request,
)
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from .errors import ApiError, NetworkError, ProtocolError, RequestTimeout, ServerError, SessionExpired
from .secret_registry import register_secret

#: Reference §2.2: full API access needs ``core-api``; ``offline_access`` brings the refresh token.
DESK_SCOPES = "openid profile offline_access core-api"
DISCOVERY_PATH = "/.well-known/openid-configuration"


class OAuthSignInFailed(ApiError):
    """The browser sign-in did not produce a session (refused, tampered with, or the code was not accepted)."""

    default_detail = "InsurUp ile giriş tamamlanamadı."


@dataclass(frozen=True)
class ServerMetadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    par_endpoint: str | None
    revocation_endpoint: str | None
    iss_parameter_supported: bool


@dataclass(frozen=True)
class PendingAuthorization:
    """One sign-in attempt: what the browser opens and what the answer must be checked against."""

    authorize_url: str
    redirect_uri: str
    state: str
    code_verifier: str
    issuer: str
    expect_iss: bool

    def __repr__(self) -> str:  # the verifier and state are secrets of this attempt
        return f"PendingAuthorization(redirect_uri={self.redirect_uri!r})"


def _text(doc: dict[str, Any], key: str) -> str | None:
    value = doc.get(key)
    return value if isinstance(value, str) and value else None


def parse_metadata(doc: object, origin: str) -> ServerMetadata:
    if not isinstance(doc, dict):
        raise ProtocolError("Yetkilendirme sunucusunun tanım belgesi okunamadı.")
    issuer = _text(doc, "issuer")
    authorize = _text(doc, "authorization_endpoint")
    token = _text(doc, "token_endpoint")
    if issuer is None or authorize is None or token is None:
        raise ProtocolError("Yetkilendirme sunucusunun tanım belgesi eksik.")
    if issuer.rstrip("/") != origin.rstrip("/"):
        # OpenID Discovery §4.3: a document naming another issuer is not this server's.
        raise ProtocolError("Yetkilendirme sunucusu kendini başka bir adla tanıtıyor.")
    methods = doc.get("code_challenge_methods_supported")
    if isinstance(methods, list) and "S256" not in methods:
        raise ProtocolError("Yetkilendirme sunucusu PKCE (S256) desteklemiyor.")
    return ServerMetadata(issuer, authorize, token, _text(doc, "pushed_authorization_request_endpoint"),
                          _text(doc, "revocation_endpoint"),
                          doc.get("authorization_response_iss_parameter_supported") is True)


def _tokens(raw: object) -> dict[str, object]:
    if not isinstance(raw, dict) or not isinstance(raw.get("access_token"), str):
        raise ProtocolError("Yetkilendirme sunucusunun yanıtında erişim anahtarı yok.")
    body = {k: raw[k] for k in ("access_token", "refresh_token", "expires_in", "token_type", "scope") if k in raw}
    register_secret(cast(str, body["access_token"]),
                    body.get("refresh_token") if isinstance(body.get("refresh_token"), str) else None,
                    raw.get("id_token") if isinstance(raw.get("id_token"), str) else None)
    return body


class OAuthClient:
    """Talks to the authorization server at ``origin``; ``transport`` lets tests serve it in-process."""

    def __init__(self, origin: str, client_id: str, *, scope: str = DESK_SCOPES,
                 transport: httpx.AsyncBaseTransport | None = None, timeout_s: float = 15.0) -> None:
        self.origin = origin.rstrip("/")
        self.client_id = client_id
        self.scope = scope
        kwargs: dict[str, Any] = {"timeout": timeout_s}
        if transport is not None:
            kwargs["transport"] = transport
        self._http = httpx.AsyncClient(**kwargs)
        self._metadata: ServerMetadata | None = None

    def __repr__(self) -> str:
        return f"OAuthClient({self.origin!r}, client_id={self.client_id!r})"

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _call(self, coro: Any) -> Any:
        """Await one httpx call, turning its failures into the client's own errors."""
        try:
            return await coro
        except httpx.TimeoutException:
            raise RequestTimeout("Yetkilendirme sunucusu zamanında yanıt vermedi.") from None
        except httpx.TransportError:
            raise NetworkError("Yetkilendirme sunucusuna ulaşılamadı.") from None
        except ValueError:
            raise ProtocolError("Yetkilendirme sunucusunun yanıtı okunamadı.") from None

    async def metadata(self) -> ServerMetadata:
        if self._metadata is None:
            response = await self._call(self._http.get(self.origin + DISCOVERY_PATH))
            if response.status_code >= 500:
                raise ServerError("Yetkilendirme sunucusu şu an yanıt veremiyor.", status=response.status_code)
            if response.status_code != 200:
                raise ProtocolError("Yetkilendirme sunucusunun tanım belgesi bulunamadı.")
            self._metadata = parse_metadata(_json(response), self.origin)
        return self._metadata

    async def begin(self, redirect_uri: str) -> PendingAuthorization:
        """Prepare one attempt: PKCE pair and state, pushed to the server first when it accepts PAR."""
        meta = await self.metadata()
        verifier = generate_token(64)
        state = generate_token(32)
        register_secret(verifier, state)
        url = str(prepare_grant_uri(meta.authorization_endpoint, self.client_id, "code", redirect_uri, self.scope,
                                    state, code_challenge=create_s256_code_challenge(verifier),
                                    code_challenge_method="S256"))
        if meta.par_endpoint is not None:
            params = dict(parse_qsl(urlsplit(url).query))
            response = await self._call(self._http.post(meta.par_endpoint, data=params))
            body = _json(response)
            if response.status_code not in (200, 201) or not isinstance(body, dict) or "request_uri" not in body:
                raise OAuthSignInFailed(_described(body), status=response.status_code)
            url = meta.authorization_endpoint + "?" + urlencode(
                {"client_id": self.client_id, "request_uri": str(body["request_uri"])})
        return PendingAuthorization(url, redirect_uri, state, verifier, meta.issuer.rstrip("/"),
                                    meta.iss_parameter_supported)

    async def finish(self, pending: PendingAuthorization, callback_url: str) -> dict[str, object]:
        """Check the redirect the browser brought back and exchange its code for tokens."""
        params = dict(parse_qsl(urlsplit(callback_url).query))
        for key in ("code", "state"):
            if key in params:
                register_secret(params[key])
        # RFC 9207: an answer from another issuer (mix-up attack) is refused before the code is used.
        if (pending.expect_iss or "iss" in params) and params.get("iss", "").rstrip("/") != pending.issuer:
            raise OAuthSignInFailed("Giriş yanıtı beklenen yetkilendirme sunucusundan gelmedi.")
        if "error" in params:
            if params.get("state") != pending.state:
                raise OAuthSignInFailed("Giriş yanıtı bu giriş denemesine ait değil.")
            if params["error"] == "access_denied":
                raise OAuthSignInFailed("Giriş InsurUp sayfasında iptal edildi.")
            raise OAuthSignInFailed(params.get("error_description") or params["error"])
        try:
            code = str(parse_authorization_code_response(callback_url, state=pending.state)["code"])
        except MismatchingStateException:
            raise OAuthSignInFailed("Giriş yanıtı bu giriş denemesine ait değil.") from None
        except MissingCodeException:
            raise OAuthSignInFailed("Giriş yanıtında yetki kodu yok.") from None
        try:
            return await self._token_request(prepare_token_request(
                "authorization_code", code=code, redirect_uri=pending.redirect_uri, client_id=self.client_id,
                code_verifier=pending.code_verifier))
        except _TokenRefused as exc:
            raise OAuthSignInFailed(exc.detail, codes=[exc.error], status=exc.status) from None

    async def refresh(self, refresh_token: str) -> dict[str, object]:
        """The ``refresh_token`` grant; ``SessionExpired`` when the server no longer honours the token."""
        register_secret(refresh_token)
        try:
            return await self._token_request(prepare_token_request(
                "refresh_token", refresh_token=refresh_token, client_id=self.client_id))
        except _TokenRefused as exc:
            if exc.error in ("invalid_grant", "invalid_client", "unauthorized_client") or exc.status == 401:
                raise SessionExpired(exc.detail, codes=[exc.error], status=exc.status) from None
            raise ServerError(exc.detail, codes=[exc.error], status=exc.status) from None

    async def _token_request(self, body: str) -> dict[str, object]:
        meta = await self.metadata()
        response = await self._call(self._http.post(
            meta.token_endpoint, content=body.encode("ascii"),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}))
        if response.status_code >= 500:
            raise ServerError("Yetkilendirme sunucusu şu an yanıt veremiyor.", status=response.status_code)
        answer = _json(response)
        if response.status_code != 200 or (isinstance(answer, dict) and "error" in answer):
            error = str(answer.get("error") or "") if isinstance(answer, dict) else ""
            raise _TokenRefused(error, _described(answer), response.status_code)
        return _tokens(answer)

    async def revoke(self, refresh_token: str) -> bool:
        """RFC 7009 revocation when the server offers it; False when it does not (nothing to do then)."""
        meta = await self.metadata()
        if meta.revocation_endpoint is None:
            return False
        response = await self._call(self._http.post(meta.revocation_endpoint, data={
            "token": refresh_token, "token_type_hint": "refresh_token", "client_id": self.client_id}))
        if response.status_code != 200:
            raise ServerError("Oturum sunucuda kapatılamadı.", status=response.status_code)
        return True


def _json(response: httpx.Response) -> object:
    try:
        return cast(object, response.json())
    except ValueError:
        raise ProtocolError("Yetkilendirme sunucusunun yanıtı okunamadı.", status=response.status_code) from None


def _described(body: object) -> str:
    if isinstance(body, dict) and isinstance(body.get("error_description"), str):
        return str(body["error_description"])
    return OAuthSignInFailed.default_detail


class _TokenRefused(Exception):
    def __init__(self, error: str, detail: str, status: int) -> None:
        super().__init__(detail)
        self.error = error
        self.detail = detail
        self.status = status
