"""The operator's session: sign-in, two-factor step, resume from the keyring, rotation and sign-out.

The access token lives only inside the API client's token manager. The refresh token is written to the
OS credential store after every rotation so a restart resumes without the password; the password is kept
only when the operator ticked "remember me". Sign-out wipes every stored entry of the profile.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from insurup_desk.api.auth import RefreshGrant
from insurup_desk.api.errors import ApiError, SessionExpired
from insurup_desk.api.models import AgentUser
from insurup_desk.api.secret_registry import register_secret

from .secrets import VaultUnavailable

log = logging.getLogger(__name__)

REFRESH_TOKEN = "refresh_token"
PASSWORD = "password"
EMAIL = "email"
# "oauth" when the stored refresh token came from the authorization server ("InsurUp ile giriş").
METHOD = "login_method"
OAUTH = "oauth"


class Vault(Protocol):
    async def get(self, name: str) -> str | None: ...
    async def set(self, name: str, value: str) -> None: ...
    async def delete(self, name: str) -> None: ...


class AuthBackend(Protocol):
    """The part of the API client's TokenManager the session relies on."""

    @property
    def is_authenticated(self) -> bool: ...
    @property
    def refresh_token(self) -> str | None: ...
    async def login(self, email: str, password: str) -> Any: ...
    async def verify_mfa(self, user_id: str, code: str) -> Any: ...
    async def resume(self, refresh_token: str) -> Any: ...
    async def refresh(self) -> Any: ...
    def proactive_refresh_delay(self) -> float | None: ...
    def add_listener(self, callback: Callable[[str | None], None]) -> Any: ...
    def logout(self) -> Any: ...
    @property
    def via_oauth(self) -> bool: ...
    def use_grant(self, grant: RefreshGrant | None) -> None: ...
    def start_oauth_session(self, grant: RefreshGrant, tokens: dict[str, object]) -> None: ...


@dataclass(frozen=True)
class SavedLogin:
    email: str | None
    password: str | None
    has_refresh_token: bool


class Session:
    def __init__(
        self,
        auth: AuthBackend,
        fetch_user: Callable[[], Awaitable[AgentUser]],
        vault: Vault,
        *,
        profile: str,
        oauth_grant: RefreshGrant | None = None,
    ) -> None:
        self._auth = auth
        # The authorization server's client for this profile; None where "InsurUp ile giriş" is not set up.
        self.oauth_grant = oauth_grant
        self._fetch_user = fetch_user
        self._vault = vault
        self._profile = profile
        self.user: AgentUser | None = None
        self.email: str | None = None
        self.vault_problem: str | None = None
        # Whether the operator chose "remember me" for the current sign-in (kept across a re-login).
        self.remembered = False
        self._pending_user_id: str | None = None
        self._pending_password: str | None = None
        self._closing = False
        self._expired_listeners: list[Callable[[], None]] = []
        self._desired_token: str | None = None
        self._token_dirty = False
        self._writer: asyncio.Task[None] | None = None
        auth.add_listener(self._on_tokens)

    # --- queries ------------------------------------------------------------------------------------

    @property
    def profile(self) -> str:
        return self._profile

    def refresh_delay(self) -> float | None:
        """Seconds until the proactive refresh is due; None when there is no session to refresh."""
        delay = self._auth.proactive_refresh_delay()
        return None if delay is None else max(0.0, float(delay))

    def add_expired_listener(self, callback: Callable[[], None]) -> None:
        """Called when the server rejected the refresh token while the operator was signed in."""
        self._expired_listeners.append(callback)

    async def saved_login(self) -> SavedLogin:
        try:
            email = await self._vault.get(self._entry(EMAIL))
            password = await self._vault.get(self._entry(PASSWORD))
            token = await self._vault.get(self._entry(REFRESH_TOKEN))
        except VaultUnavailable as exc:
            self._note_vault_problem(exc)
            return SavedLogin(None, None, False)
        # Read back from the keyring, they are in this process's memory now: mask them in every log line.
        register_secret(password, token)
        return SavedLogin(email, password, token is not None)

    # --- sign-in ------------------------------------------------------------------------------------

    async def login(self, email: str, password: str, *, remember: bool) -> bool:
        """Sign in; returns True when a two-factor code is needed before the session is usable."""
        self._closing = False
        register_secret(password)  # before any call that might log its arguments
        outcome = await self._auth.login(email.strip(), password)
        self.email = email.strip()
        self._pending_password = password if remember else None
        if bool(getattr(outcome, "requires_two_factor", False)):
            self._pending_user_id = str(outcome.user_id)
            return True
        await self._complete_sign_in()
        return False

    async def login_oauth(self, tokens: dict[str, object]) -> None:
        """Start the session from a finished authorization-code exchange (the browser sign-in)."""
        if self.oauth_grant is None:
            raise RuntimeError("no authorization server is configured")
        self._closing = False
        self._auth.start_oauth_session(self.oauth_grant, tokens)
        self.email = None
        self._pending_password = None
        self._pending_user_id = None
        await self._complete_sign_in()

    async def verify_mfa(self, code: str) -> None:
        if self._pending_user_id is None:
            raise RuntimeError("no two-factor step is pending")
        await self._auth.verify_mfa(self._pending_user_id, code.strip())
        self._pending_user_id = None
        await self._complete_sign_in()

    async def resume(self) -> bool:
        """Continue with the stored refresh token. False when there is none or the server refused it.

        Network failures propagate: the stored token is still good and must not be thrown away.
        """
        self._closing = False
        try:
            token = await self._vault.get(self._entry(REFRESH_TOKEN))
            self.email = await self._vault.get(self._entry(EMAIL))
        except VaultUnavailable as exc:
            self._note_vault_problem(exc)
            return False
        if not token:
            return False
        register_secret(token)
        try:
            method = await self._vault.get(self._entry(METHOD))
        except VaultUnavailable as exc:
            self._note_vault_problem(exc)
            return False
        if method == OAUTH and self.oauth_grant is None:
            return False  # only the authorization server can refresh it; keep it for when that is set up
        self._auth.use_grant(self.oauth_grant if method == OAUTH else None)
        try:
            await self._auth.resume(token)
        except SessionExpired:
            await self._forget(REFRESH_TOKEN)
            return False
        self.user = await self._fetch_user()
        try:
            self.remembered = await self._vault.get(self._entry(PASSWORD)) is not None
        except VaultUnavailable as exc:
            self._note_vault_problem(exc)
        self._schedule_token_write(self._auth.refresh_token)
        await self.flush()
        return True

    async def complete_resume(self) -> None:
        """Finish a resume the line interrupted: the token manager still holds the stored refresh token.

        Raises ``SessionExpired`` (the stored token is then forgotten) or a network error (try again later).
        """
        self._closing = False
        try:
            # Any authenticated call refreshes first when no access token is held yet.
            self.user = await self._fetch_user()
        except SessionExpired:
            await self._forget(REFRESH_TOKEN)
            raise
        self._schedule_token_write(self._auth.refresh_token)
        await self.flush()

    async def refresh(self) -> None:
        await self._auth.refresh()

    async def logout(self) -> None:
        """Sign out and wipe the stored refresh token, password and e-mail of this profile."""
        self._closing = True
        self.user = None
        self.remembered = False
        self._pending_user_id = None
        self._pending_password = None
        try:
            result = self._auth.logout()
            if inspect.isawaitable(result):
                await result
        except ApiError as exc:
            # The server may be unreachable; the local secrets are wiped regardless.
            log.info("server-side sign-out failed: %s", exc)
        await self.flush()
        for name in (REFRESH_TOKEN, PASSWORD, EMAIL, METHOD):
            await self._forget(name)

    async def flush(self) -> None:
        """Wait until the latest refresh token has reached the keyring."""
        while self._writer is not None and not self._writer.done():
            await asyncio.shield(self._writer)

    # --- internals ----------------------------------------------------------------------------------

    def _entry(self, name: str) -> str:
        return f"{self._profile}/{name}"

    async def _complete_sign_in(self) -> None:
        self.user = await self._fetch_user()
        self.remembered = self._pending_password is not None
        if self.email is None:
            self.email = getattr(self.user, "email", None)
        try:
            if self.email:
                await self._vault.set(self._entry(EMAIL), self.email)
            if self._pending_password is not None:
                await self._vault.set(self._entry(PASSWORD), self._pending_password)
            else:
                await self._vault.delete(self._entry(PASSWORD))
            if self._auth.via_oauth:
                await self._vault.set(self._entry(METHOD), OAUTH)
            else:
                await self._vault.delete(self._entry(METHOD))
        except VaultUnavailable as exc:
            self._note_vault_problem(exc)
        finally:
            self._pending_password = None
        self._schedule_token_write(self._auth.refresh_token)
        await self.flush()

    def _on_tokens(self, refresh_token: str | None) -> None:
        if refresh_token is not None:
            self._schedule_token_write(refresh_token)
            return
        if self._closing or self.user is None:
            return
        # The token manager cleared itself: the server refused our refresh token.
        self._schedule_token_write(None)
        for callback in list(self._expired_listeners):
            callback()

    def _schedule_token_write(self, value: str | None) -> None:
        if self._closing and value is not None:
            return
        self._desired_token = value
        self._token_dirty = True
        if self._writer is None or self._writer.done():
            self._writer = asyncio.ensure_future(self._write_tokens())

    async def _write_tokens(self) -> None:
        while self._token_dirty:
            self._token_dirty = False
            value = self._desired_token
            try:
                if value is None:
                    await self._vault.delete(self._entry(REFRESH_TOKEN))
                else:
                    await self._vault.set(self._entry(REFRESH_TOKEN), value)
            except VaultUnavailable as exc:
                self._note_vault_problem(exc)

    async def _forget(self, name: str) -> None:
        try:
            await self._vault.delete(self._entry(name))
        except VaultUnavailable as exc:
            self._note_vault_problem(exc)

    def _note_vault_problem(self, exc: Exception) -> None:
        if self.vault_problem is None:
            log.warning("the credential store is not usable; the session will not survive a restart: %s", exc)
        self.vault_problem = str(exc)


def refresh_retry_delay(attempt: int, *, base_s: float = 2.0, cap_s: float = 60.0) -> float:
    """Wait before retry ``attempt`` (1, 2, ...) of a refresh that failed because the line was down."""
    return float(min(cap_s, base_s * (2 ** max(0, attempt - 1))))


def user_branches(user: AgentUser | None) -> list[tuple[str, str]]:
    """(id, name) of the agency branches the signed-in user works for, as far as the profile says."""
    if user is None:
        return []
    pairs: list[tuple[str, str]] = []
    for branch in user.branches or []:
        # Reference-list shape ({value, text}) or the plain {id, name} some servers send.
        branch_id = branch.value or branch.extra("id")
        name = branch.text or branch.extra("name") or branch_id
        if branch_id:
            pairs.append((str(branch_id), str(name)))
    if not pairs:
        pairs = [(str(i), str(i)) for i in user.agent_branch_ids or []]
    return pairs
