"""Agent-user login, 2FA, rotating refresh tokens and the Bearer check every other route uses."""

from __future__ import annotations

import logging
import secrets

from starlette.requests import Request
from starlette.responses import JSONResponse

from .problems import Problem, field_error, validation_problem
from .realistic import placeholder_token
from .records import User
from .state import Sandbox
from .tokens import AuthState
from .web import json_body, ok, sandbox_of

log = logging.getLogger("insurup_desk.sandbox.auth")

DEMO_MFA_CODE = "123456"


def auth_state(sb: Sandbox) -> AuthState:
    return sb.auth


def lifetime(sb: Sandbox) -> int:
    return sb.faults.token_lifetime_s or sb.config.token_lifetime_s


def issue_tokens(sb: Sandbox, user: User) -> dict[str, object]:
    st = auth_state(sb)
    access = secrets.token_urlsafe(32)
    refresh = secrets.token_urlsafe(32)
    life = lifetime(sb)
    with st.lock:
        st.access[access] = (user.id, sb.clock.now() + life)
        st.refresh[refresh] = user.id
    return {
        "accessToken": access,
        "refreshToken": refresh,
        "expiresIn": life,
        "requiresTwoFactor": False,
        "userId": user.id,
    }


def _unauthorized(detail: str, code: str) -> Problem:
    return Problem(401, "unauthorized", detail, codes=[code], suggestions=["Yeniden giriş yapın."])


def current_user(request: Request) -> User:
    sb = sandbox_of(request)
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _unauthorized("Bu işlem için oturum açmanız gerekiyor.", "TOKEN_MISSING")
    st = auth_state(sb)
    with st.lock:
        entry = st.access.get(token.strip())
    if entry is None:
        raise _unauthorized("Oturum anahtarı geçersiz.", "TOKEN_INVALID")
    user_id, expires_at = entry
    if sb.clock.now() >= expires_at:
        raise _unauthorized("Oturum süresi doldu.", "TOKEN_EXPIRED")
    return sb.users[user_id]


async def login(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    body = await json_body(request)
    email = str(body.get("email") or "").strip().lower()
    password = str(body.get("password") or "")
    errors = []
    if not email:
        errors.append(field_error("email", "E-posta zorunludur.", body.get("email")))
    if not password:
        errors.append(field_error("password", "Parola zorunludur."))
    if errors:
        raise validation_problem(errors, "Giriş bilgileri eksik.", "LOGIN_FIELDS_REQUIRED")
    user = next((u for u in sb.users.values() if u.email == email), None)
    if user is not None and user.locked:
        raise Problem(423, "account-locked", "Hesap kilitlendi. Lütfen yöneticinize başvurun.",
                      codes=["ACCOUNT_LOCKED"])
    if user is None or not secrets.compare_digest(user.password, password):
        if user is not None:
            user.failed_logins += 1
            limit = sb.config.lockout_after
            if limit and user.failed_logins >= limit:
                user.locked = True
        raise Problem(401, "unauthorized", "E-posta adresi veya parola hatalı.", codes=["INVALID_CREDENTIALS"],
                      suggestions=["Bilgilerinizi kontrol edip tekrar deneyin."])
    user.failed_logins = 0
    if user.two_factor:
        code = f"{secrets.randbelow(1_000_000):06d}"
        st = auth_state(sb)
        with st.lock:
            st.pending_mfa[user.id] = code
        if sb.config.log_mfa_codes:
            log.info("2FA code for %s: %s", user.email, code)
        pending: dict[str, object] = {"requiresTwoFactor": True, "userId": user.id}
        if sb.config.realistic:
            # The real API fills the token fields even while 2FA is pending; the token opens nothing.
            pending.update({"accessToken": placeholder_token(), "refreshToken": None, "expiresIn": 300})
        return ok(pending)
    return ok(issue_tokens(sb, user))


async def verify_mfa(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    body = await json_body(request)
    user_id = str(body.get("userId") or "")
    code = str(body.get("code") or "").strip()
    st = auth_state(sb)
    with st.lock:
        expected = st.pending_mfa.get(user_id)
    if expected is None:
        raise _unauthorized("Doğrulama oturumu bulunamadı; yeniden giriş yapın.", "MFA_NOT_PENDING")
    if code not in (expected, DEMO_MFA_CODE):
        raise Problem(401, "unauthorized", "Doğrulama kodu hatalı.", codes=["MFA_CODE_INVALID"],
                      suggestions=["Telefonunuza gelen 6 haneli kodu girin."])
    with st.lock:
        st.pending_mfa.pop(user_id, None)
    return ok(issue_tokens(sb, sb.users[user_id]))


async def refresh(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    body = await json_body(request)
    token = str(body.get("refreshToken") or "")
    st = auth_state(sb)
    with st.lock:
        user_id = st.refresh.pop(token, None)
        if user_id is not None:
            st.spent_refresh.add(token)
        reused = token in st.spent_refresh
    if user_id is None:
        code = "REFRESH_TOKEN_REUSED" if reused else "REFRESH_TOKEN_INVALID"
        raise _unauthorized("Oturum yenilenemedi; yeniden giriş yapın.", code)
    return ok(issue_tokens(sb, sb.users[user_id]))


async def me(request: Request) -> JSONResponse:
    sb = sandbox_of(request)
    user = current_user(request)
    agent = sb.agent_of(user)
    return ok({
        "id": user.id,
        "email": user.email,
        "fullName": user.full_name,
        "name": user.full_name,
        "agentId": agent.id,
        "agentName": agent.name,
        "agentBranchIds": [b["id"] for b in agent.branches],
        "branches": [{"id": b["id"], "name": b["name"]} for b in agent.branches],
        "role": user.role,
        "twoFactorEnabled": user.two_factor,
        "isServiceAccount": False,
    })
