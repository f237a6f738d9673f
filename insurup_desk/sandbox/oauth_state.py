"""What the sandbox's authorization server remembers: pushed requests, sign-in transactions, codes, tokens."""

from __future__ import annotations

from dataclasses import dataclass, field

#: The public client the desk registers with InsurUp; the sandbox knows only this one.
DESK_CLIENT_ID = "insurup-desk"
SCOPES_SUPPORTED = ("openid", "profile", "email", "roles", "offline_access", "core-api")
CODE_LIFETIME_S = 60.0
PAR_LIFETIME_S = 90.0


@dataclass(frozen=True)
class AuthorizeRequest:
    client_id: str
    redirect_uri: str
    scope: str
    state: str
    code_challenge: str
    expires_at: float


@dataclass
class SignInTxn:
    """One authorize page in the browser: the request it serves and, after the password, whose 2FA is due."""

    request: AuthorizeRequest
    user_id: str | None = None
    mfa_code: str | None = None


@dataclass
class CodeGrant:
    request: AuthorizeRequest
    user_id: str
    expires_at: float
    # Tokens issued from this code, revoked if the code is presented a second time (RFC 6749 §4.1.2).
    issued: list[str] = field(default_factory=list)


@dataclass
class OAuthState:
    pushed: dict[str, AuthorizeRequest] = field(default_factory=dict)  # request_uri -> request
    txns: dict[str, SignInTxn] = field(default_factory=dict)
    codes: dict[str, CodeGrant] = field(default_factory=dict)
    spent_codes: dict[str, CodeGrant] = field(default_factory=dict)
    refresh: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # token -> (user, client, scope)
    spent_refresh: set[str] = field(default_factory=set)
    revoked: list[str] = field(default_factory=list)  # every token revoked, in order (tests look here)
