"""Agent-user sessions: login, 2FA, rotating refresh tokens, single-flight refresh.

Tokens live only in this object's memory. The refresh token is handed to listeners (the app stores it in
the OS keyring); nothing here logs or prints a token, and ``repr`` shows only whether a session exists.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Protocol

from .errors import ApiError, MalformedResponseError, NetworkError, RequestTimeout, ServerError, SessionExpired
from .models.common import AgentUser
from .parsing import decode_json, malformed
from .secret_registry import register_secret
from .session import ApiSession
from .transport import RawResponse

log = logging.getLogger("insurup_desk.api.auth")

LOGIN_PATH = "authentication:agent-user/login"
VERIFY_MFA_PATH = "authentication:agent-user/verify-mfa"
REFRESH_PATH = "authentication:agent-user/refresh"

TokenListener = Callable[[str | None], None]


class RefreshGrant(Protocol):
    """The authorization server's side of an OAuth session (``insurup_desk.api.oauth.OAuthClient``)."""

    async def refresh(self, refresh_token: str) -> dict[str, object]: ...
    async def revoke(self, refresh_token: str) -> bool: ...


def _consume(future: asyncio.Future[None]) -> None:
    # Every waiter sees the outcome through the shield; this only silences "exception never retrieved".
    if not future.cancelled():
        future.exception()


@dataclass(frozen=True, slots=True)
class LoginOutcome:
    requires_two_factor: bool
    user_id: str


# Answers by which the server says the refresh token itself is no good.
_REJECTING_STATUSES = frozenset({400, 401, 403, 404, 409, 422})


class TokenManager:
    """Holds the access/refresh pair and keeps it fresh.

    ``clock`` is injectable (monotonic seconds) so expiry can be tested without waiting.
    """

    #: Fraction of the lifetime after which the app's timer should refresh proactively.
    PROACTIVE_FRACTION = 0.8
    #: Longest lifetime taken at its word: a Qt timer cannot wait past 2**31 ms (~24.8 days).
    MAX_LIFETIME_S = 7 * 24 * 3600.0

    def __init__(self, session: ApiSession, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._session = session
        self._clock = clock
        self._access: str | None = None
        self._refresh: str | None = None
        self._issued_at = 0.0
        self._lifetime = 0.0
        self._inflight: asyncio.Future[None] | None = None
        self._listeners: list[TokenListener] = []
        self.refresh_count = 0
        self.user_id: str | None = None
        # Set while the session came from the authorization server: refresh and sign-out go there.
        self._grant: RefreshGrant | None = None

    def __repr__(self) -> str:
        state = "authenticated" if self.is_authenticated else "signed out"
        return f"TokenManager({state})"

    # -- state ------------------------------------------------------------------------------------

    @property
    def is_authenticated(self) -> bool:
        return self._access is not None or self._refresh is not None

    @property
    def via_oauth(self) -> bool:
        return self._grant is not None

    def use_grant(self, grant: RefreshGrant | None) -> None:
        """Refresh through ``grant`` (the OAuth ``refresh_token`` grant) instead of the agent-user endpoint."""
        self._grant = grant

    @property
    def refresh_token(self) -> str | None:
        return self._refresh

    @property
    def lifetime_s(self) -> float:
        return self._lifetime

    def seconds_left(self) -> float:
        if self._access is None:
            return 0.0
        return self._issued_at + self._lifetime - self._clock()

    def proactive_refresh_delay(self) -> float | None:
        """Seconds until 80 % of the access token's lifetime has passed (0 if already past);
        ``None`` when there is no session to refresh."""
        if not self.is_authenticated:
            return None
        if self._access is None:
            return 0.0
        due = self._issued_at + self._lifetime * self.PROACTIVE_FRACTION
        return max(0.0, due - self._clock())

    def add_listener(self, callback: TokenListener) -> Callable[[], None]:
        """``callback(refresh_token)`` runs after every rotation, and with ``None`` when the session ends."""
        self._listeners.append(callback)

        def remove() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(callback)

        return remove

    def _notify(self) -> None:
        for callback in list(self._listeners):
            try:
                callback(self._refresh)
            except Exception:
                log.exception("token listener failed")

    def _store(self, body: Any, response: RawResponse | None = None) -> None:
        response = response or RawResponse(200, {}, b"", "POST authentication")
        if not isinstance(body, dict):
            raise malformed(response, "session answer is not an object")
        # The agent-user endpoints answer in camelCase, the OAuth token endpoint in snake_case.
        access = body.get("accessToken", body.get("access_token"))
        refresh = body.get("refreshToken", body.get("refresh_token"))
        if not isinstance(access, str) or not access:
            raise malformed(response, "session answer without an access token")
        # Known to the log filter before anything can log them, by value, wherever they turn up.
        register_secret(access, refresh if isinstance(refresh, str) else None)
        self._access = access
        if isinstance(refresh, str) and refresh:
            self._refresh = refresh
        expires_in = body.get("expiresIn", body.get("expires_in"))
        lifetime = 600.0
        if isinstance(expires_in, int | float) and not isinstance(expires_in, bool) and expires_in > 0:
            # A huge int overflows float(); an absurd lifetime is held to a week (an early refresh is harmless).
            lifetime = float(min(expires_in, self.MAX_LIFETIME_S))
        self._lifetime = lifetime
        self._issued_at = self._clock()
        if isinstance(body.get("userId"), str):
            self.user_id = body["userId"]
        self._notify()

    def _clear(self) -> None:
        had_session = self.is_authenticated
        self._access = None
        self._refresh = None
        self._lifetime = 0.0
        if had_session:
            self._notify()

    # -- flows ------------------------------------------------------------------------------------

    async def login(self, email: str, password: str) -> LoginOutcome:
        register_secret(password)
        self._grant = None  # an e-mail/password session refreshes at the agent-user endpoint
        response = await self._session.request(
            "POST", LOGIN_PATH, json_body={"email": email, "password": password}, auth=False
        )
        body = decode_json(response)
        if not isinstance(body, dict):
            raise malformed(response, "login answer is not an object")
        user_id = str(body.get("userId") or "")
        if body.get("requiresTwoFactor"):
            # Whatever token fields come with a pending 2FA answer are not usable yet.
            self._clear()
            self.user_id = user_id or None
            return LoginOutcome(True, user_id)
        self._store(body, response)
        return LoginOutcome(False, user_id)

    async def verify_mfa(self, user_id: str, code: str) -> None:
        register_secret(code)
        response = await self._session.request(
            "POST", VERIFY_MFA_PATH, json_body={"userId": user_id, "code": code.strip()}, auth=False
        )
        self._store(decode_json(response), response)

    async def resume(self, refresh_token: str) -> None:
        """Start a session from a stored refresh token; ``SessionExpired`` if the server rejects it."""
        register_secret(refresh_token)
        self._access = None
        self._refresh = refresh_token
        await self.refresh()

    def start_oauth_session(self, grant: RefreshGrant, tokens: dict[str, object]) -> None:
        """Take the token answer of a finished authorization-code exchange; later refreshes use ``grant``."""
        self._grant = grant
        self._store(tokens, RawResponse(200, {}, b"", "POST connect/token"))

    def logout(self) -> Coroutine[Any, Any, None] | None:
        """End the session here at once; for an OAuth session, return the revocation the caller awaits."""
        token, grant = self._refresh, self._grant
        self._clear()
        self.user_id = None
        if grant is None or token is None:
            return None
        return self._revoke(grant, token)

    async def _revoke(self, grant: RefreshGrant, token: str) -> None:
        try:
            await grant.revoke(token)
        except ApiError as exc:
            # Signed out locally regardless; the refresh token expires on its own at the server.
            log.info("the authorization server did not confirm the revocation: %s", exc)

    async def refresh(self) -> None:
        """Rotate the token pair. Concurrent callers share one in-flight request."""
        if self._inflight is None or self._inflight.done():
            self._inflight = asyncio.ensure_future(self._do_refresh())
            self._inflight.add_done_callback(_consume)
        # Shield so one caller's cancellation does not abort the refresh the others wait for.
        await asyncio.shield(self._inflight)

    async def _do_refresh(self) -> None:
        token = self._refresh
        if not token:
            self._clear()
            raise SessionExpired()
        self.refresh_count += 1
        if self._grant is not None:
            # The grant maps a refused token to SessionExpired itself; the session ends with it.
            try:
                body = await self._grant.refresh(token)
            except SessionExpired:
                self._clear()
                raise
            self._store(body, RawResponse(200, {}, b"", "POST connect/token"))
            return
        try:
            response = await self._session.request(
                "POST", REFRESH_PATH, json_body={"refreshToken": token}, auth=False, idempotent=False
            )
        except (NetworkError, RequestTimeout, ServerError):
            raise  # the line is down, not the session: keep the tokens and let the caller retry later
        except MalformedResponseError:
            raise  # an unreadable answer (a proxy's HTML page) says nothing about the token either
        except ApiError as exc:
            if exc.status not in _REJECTING_STATUSES:
                raise  # rate limiting or an upstream hiccup says nothing about the token itself
            self._clear()
            raise SessionExpired(status=exc.status, trace_id=exc.trace_id, codes=exc.codes) from None
        self._store(decode_json(response), response)

    def _needs_refresh(self) -> bool:
        if self._access is None:
            return True
        # Refresh slightly before expiry so the token does not lapse while the request is in flight.
        margin = min(30.0, self._lifetime * 0.1)
        return self.seconds_left() <= margin

    async def ensure_fresh(self) -> None:
        if not self.is_authenticated:
            raise SessionExpired("Oturum açılmamış.")
        if self._needs_refresh():
            await self.refresh()

    async def access_token(self) -> str:
        await self.ensure_fresh()
        if self._access is None:
            raise SessionExpired()
        return self._access

    async def refresh_after_unauthorized(self, rejected_token: str) -> None:
        """Called after a 401: refresh unless another caller already replaced the rejected token."""
        if self._inflight is not None and not self._inflight.done():
            await asyncio.shield(self._inflight)
            return
        if self._access is not None and self._access != rejected_token:
            return
        await self.refresh()

    async def me(self) -> AgentUser:
        return await self._session.call("GET", "agent-users/me", AgentUser)
