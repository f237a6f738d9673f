"""The sandbox's authorization server (OAuth 2.1 with PKCE, PAR, RFC 9207 ``iss``, rotation, revocation).

It runs on an origin of its own (``create_auth_app``) but shares the sandbox's state, so the access tokens it
issues are the ones the API routes accept. Only the desk's public client is known; its redirect URIs are the
loopback ones of RFC 8252 §7.3, any port.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from . import auth
from .oauth_pages import login_page, mfa_page, refusal_page
from .oauth_state import (
    CODE_LIFETIME_S,
    DESK_CLIENT_ID,
    PAR_LIFETIME_S,
    SCOPES_SUPPORTED,
    AuthorizeRequest,
    CodeGrant,
    OAuthState,
    SignInTxn,
)
from .problems import Problem
from .server import SandboxServer
from .state import Sandbox
from .web import sandbox_of

REQUEST_URI_PREFIX = "urn:ietf:params:oauth:request_uri:"
_LOOPBACK_HOSTS = ("127.0.0.1", "localhost")


class OAuthError(Exception):
    """An error answer in the shape of RFC 6749 §5.2."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status

    def response(self) -> JSONResponse:
        return JSONResponse({"error": self.error, "error_description": self.description}, status_code=self.status,
                            headers={"Cache-Control": "no-store"})


def _ostate(sb: Sandbox) -> OAuthState:
    return sb.auth.oauth


def issuer_of(request: Request) -> str:
    return str(request.base_url).rstrip("/")


async def _form(request: Request) -> dict[str, str]:
    raw = (await request.body()).decode("utf-8", "replace")
    return dict(parse_qsl(raw, keep_blank_values=True))


def redirect_allowed(uri: str) -> bool:
    try:
        parts = urlsplit(uri)
        port = parts.port
    except ValueError:
        return False
    return (parts.scheme == "http" and parts.hostname in _LOOPBACK_HOSTS and port is not None
            and parts.path == "/callback" and not parts.query and not parts.fragment)


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


# --- discovery ---------------------------------------------------------------------------------------------


async def discovery(request: Request) -> JSONResponse:
    iss = issuer_of(request)
    return JSONResponse({
        "issuer": iss,
        "authorization_endpoint": f"{iss}/connect/authorize",
        "pushed_authorization_request_endpoint": f"{iss}/connect/par",
        "token_endpoint": f"{iss}/connect/token",
        "revocation_endpoint": f"{iss}/connect/revocation",
        "userinfo_endpoint": f"{iss}/connect/userinfo",
        "response_types_supported": ["code"],
        "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials"],
        "code_challenge_methods_supported": ["S256"],
        "scopes_supported": list(SCOPES_SUPPORTED),
        "token_endpoint_auth_methods_supported": ["none", "client_secret_post"],
        "authorization_response_iss_parameter_supported": True,
        "require_pushed_authorization_requests": False,
    })


# --- authorization requests --------------------------------------------------------------------------------


def _validated(sb: Sandbox, params: dict[str, str]) -> AuthorizeRequest:
    """Checks every parameter; raises OAuthError. Callers turn it into JSON (PAR) or a page (authorize)."""
    if params.get("client_id") != DESK_CLIENT_ID:
        raise OAuthError("invalid_client", "Bilinmeyen istemci.", 401)
    redirect_uri = params.get("redirect_uri", "")
    if not redirect_allowed(redirect_uri):
        raise OAuthError("invalid_request", "Yönlendirme adresi bu istemci için kayıtlı değil.")
    if params.get("response_type") != "code":
        raise OAuthError("unsupported_response_type", "Yalnızca 'code' yanıt türü desteklenir.")
    challenge = params.get("code_challenge", "")
    if params.get("code_challenge_method") != "S256" or not (43 <= len(challenge) <= 128):
        raise OAuthError("invalid_request", "PKCE (S256) zorunludur.")
    state = params.get("state", "")
    if not state:
        raise OAuthError("invalid_request", "'state' parametresi zorunludur.")
    scope = params.get("scope", "")
    unknown = [s for s in scope.split() if s not in SCOPES_SUPPORTED]
    if unknown or not scope:
        raise OAuthError("invalid_scope", "Geçersiz kapsam: " + " ".join(unknown))
    return AuthorizeRequest(DESK_CLIENT_ID, redirect_uri, scope, state, challenge,
                            sb.clock.now() + PAR_LIFETIME_S)


async def par(request: Request) -> Response:
    sb = sandbox_of(request)
    try:
        req = _validated(sb, await _form(request))
    except OAuthError as exc:
        return exc.response()
    uri = REQUEST_URI_PREFIX + secrets.token_urlsafe(24)
    with sb.auth.lock:
        _ostate(sb).pushed[uri] = req
    return JSONResponse({"request_uri": uri, "expires_in": int(PAR_LIFETIME_S)}, status_code=201)


def _request_of(sb: Sandbox, params: dict[str, str]) -> AuthorizeRequest:
    uri = params.get("request_uri")
    if uri is None:
        return _validated(sb, params)
    with sb.auth.lock:
        req = _ostate(sb).pushed.pop(uri, None)  # a request_uri is good for one authorization (RFC 9126 §4)
    if req is None or req.expires_at <= sb.clock.now():
        raise OAuthError("invalid_request_uri", "Giriş isteğinin süresi doldu; yeniden deneyin.")
    if params.get("client_id") != req.client_id:
        raise OAuthError("invalid_client", "İstemci kimliği istekle uyuşmuyor.", 401)
    return req


async def authorize_page(request: Request) -> Response:
    sb = sandbox_of(request)
    try:
        req = _request_of(sb, dict(request.query_params))
    except OAuthError as exc:
        return refusal_page(exc.description, exc.status)
    txn = secrets.token_urlsafe(18)
    with sb.auth.lock:
        _ostate(sb).txns[txn] = SignInTxn(req)
    return login_page(txn)


def _redirect_with_code(sb: Sandbox, request: Request, txn: SignInTxn) -> Response:
    assert txn.user_id is not None
    code = secrets.token_urlsafe(32)
    with sb.auth.lock:
        _ostate(sb).codes[code] = CodeGrant(txn.request, txn.user_id, sb.clock.now() + CODE_LIFETIME_S)
    query = urlencode({"code": code, "state": txn.request.state, "iss": issuer_of(request)})
    return RedirectResponse(f"{txn.request.redirect_uri}?{query}", status_code=302)


async def authorize_submit(request: Request) -> Response:
    sb = sandbox_of(request)
    form = await _form(request)
    key = form.get("txn", "")
    with sb.auth.lock:
        txn = _ostate(sb).txns.get(key)
    if txn is None:
        return refusal_page("Giriş oturumu bulunamadı; masaüstü uygulamasından yeniden başlayın.")
    if txn.user_id is not None:  # the 2FA step
        if form.get("code", "").strip() not in (txn.mfa_code, auth.DEMO_MFA_CODE):
            return mfa_page(key, "Doğrulama kodu hatalı.", 401)
        with sb.auth.lock:
            _ostate(sb).txns.pop(key, None)
        return _redirect_with_code(sb, request, txn)
    email = form.get("email", "").strip().lower()
    user = next((u for u in sb.users.values() if u.email == email), None)
    if user is not None and user.locked:
        return login_page(key, "Hesap kilitlendi. Lütfen yöneticinize başvurun.", 423)
    if user is None or not secrets.compare_digest(user.password, form.get("password", "")):
        return login_page(key, "E-posta adresi veya parola hatalı.", 401)
    txn.user_id = user.id
    if user.two_factor:
        txn.mfa_code = f"{secrets.randbelow(1_000_000):06d}"
        return mfa_page(key)
    with sb.auth.lock:
        _ostate(sb).txns.pop(key, None)
    return _redirect_with_code(sb, request, txn)


# --- tokens ------------------------------------------------------------------------------------------------


def _issue(sb: Sandbox, user_id: str, client_id: str, scope: str) -> dict[str, Any]:
    life = auth.lifetime(sb)
    access = secrets.token_urlsafe(32)
    refresh = secrets.token_urlsafe(32)
    with sb.auth.lock:
        sb.auth.access[access] = (user_id, sb.clock.now() + life)
        if "offline_access" in scope.split():
            _ostate(sb).refresh[refresh] = (user_id, client_id, scope)
    body: dict[str, Any] = {"access_token": access, "token_type": "Bearer", "expires_in": life, "scope": scope}
    if "offline_access" in scope.split():
        body["refresh_token"] = refresh
    return body


def _revoke_issued(sb: Sandbox, tokens: list[str]) -> None:
    with sb.auth.lock:
        for token in tokens:
            sb.auth.access.pop(token, None)
            _ostate(sb).refresh.pop(token, None)


def _code_grant(sb: Sandbox, form: dict[str, str]) -> dict[str, Any]:
    code = form.get("code", "")
    with sb.auth.lock:
        grant = _ostate(sb).codes.pop(code, None)
        reused = _ostate(sb).spent_codes.get(code)
    if grant is None:
        if reused is not None:
            _revoke_issued(sb, reused.issued)
            raise OAuthError("invalid_grant", "Yetki kodu daha önce kullanıldı.")
        raise OAuthError("invalid_grant", "Yetki kodu geçersiz.")
    with sb.auth.lock:
        _ostate(sb).spent_codes[code] = grant
    if grant.expires_at <= sb.clock.now():
        raise OAuthError("invalid_grant", "Yetki kodunun süresi doldu.")
    if form.get("client_id") != grant.request.client_id:
        raise OAuthError("invalid_grant", "Yetki kodu bu istemciye verilmedi.")
    if form.get("redirect_uri") != grant.request.redirect_uri:
        raise OAuthError("invalid_grant", "Yönlendirme adresi yetki isteğindekiyle aynı değil.")
    verifier = form.get("code_verifier", "")
    if not verifier or not secrets.compare_digest(s256(verifier), grant.request.code_challenge):
        raise OAuthError("invalid_grant", "PKCE doğrulayıcısı hatalı veya eksik.")
    body = _issue(sb, grant.user_id, grant.request.client_id, grant.request.scope)
    grant.issued.extend(t for t in (body["access_token"], body.get("refresh_token")) if t)
    return body


def _refresh_grant(sb: Sandbox, form: dict[str, str]) -> dict[str, Any]:
    token = form.get("refresh_token", "")
    with sb.auth.lock:
        entry = _ostate(sb).refresh.pop(token, None)
        if entry is not None:
            _ostate(sb).spent_refresh.add(token)
    if entry is None or entry[1] != form.get("client_id"):
        raise OAuthError("invalid_grant", "Oturum yenilenemedi; yeniden giriş yapın.")
    user_id, client_id, scope = entry
    return _issue(sb, user_id, client_id, scope)


async def token(request: Request) -> Response:
    sb = sandbox_of(request)
    if "application/x-www-form-urlencoded" not in request.headers.get("content-type", ""):
        return OAuthError("invalid_request", "Gövde form olarak kodlanmalıdır.").response()
    form = await _form(request)
    grant_type = form.get("grant_type")
    try:
        if form.get("client_id") != DESK_CLIENT_ID:
            raise OAuthError("invalid_client", "Bilinmeyen istemci.", 401)
        if grant_type == "authorization_code":
            body = _code_grant(sb, form)
        elif grant_type == "refresh_token":
            body = _refresh_grant(sb, form)
        else:
            raise OAuthError("unsupported_grant_type", "Bu istemci için desteklenmeyen yetki türü.")
    except OAuthError as exc:
        return exc.response()
    return JSONResponse(body, headers={"Cache-Control": "no-store"})


async def revocation(request: Request) -> Response:
    sb = sandbox_of(request)
    form = await _form(request)
    if form.get("client_id") != DESK_CLIENT_ID:
        return OAuthError("invalid_client", "Bilinmeyen istemci.", 401).response()
    value = form.get("token", "")
    with sb.auth.lock:
        entry = _ostate(sb).refresh.pop(value, None)
        access = sb.auth.access.pop(value, None)
        if entry is not None or access is not None:
            _ostate(sb).revoked.append(value)
    # RFC 7009 §2.2: an unknown token is answered 200 too.
    return Response(status_code=200)


async def userinfo(request: Request) -> Response:
    try:
        user = auth.current_user(request)
    except Problem:
        return Response(status_code=401, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
    return JSONResponse({"sub": user.id, "email": user.email, "name": user.full_name})


def auth_routes() -> list[Route]:
    return [
        Route("/.well-known/openid-configuration", discovery, methods=["GET"]),
        Route("/connect/par", par, methods=["POST"]),
        Route("/connect/authorize", authorize_page, methods=["GET"]),
        Route("/connect/authorize", authorize_submit, methods=["POST"]),
        Route("/connect/token", token, methods=["POST"]),
        Route("/connect/revocation", revocation, methods=["POST"]),
        Route("/connect/userinfo", userinfo, methods=["GET"]),
    ]


def start_auth_server(api_server: SandboxServer) -> SandboxServer:
    """Start the authorization server beside a running API server, on a port of its own."""
    auth_server = SandboxServer(create_auth_app(api_server.app.state.sandbox), host=api_server.host, port=0)
    api_server.auth_server = auth_server.start()
    return auth_server


def create_auth_app(sandbox: Sandbox) -> Starlette:
    """The authorization server on an origin of its own, over the same sandbox state as the API app."""
    app = Starlette(routes=auth_routes())
    app.state.sandbox = sandbox
    return app
