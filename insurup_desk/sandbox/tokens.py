"""Live access/refresh tokens and pending 2FA challenges."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from .oauth_state import OAuthState


@dataclass
class AuthState:
    access: dict[str, tuple[str, float]] = field(default_factory=dict)  # token -> (user id, expires at)
    refresh: dict[str, str] = field(default_factory=dict)  # live refresh token -> user id
    spent_refresh: set[str] = field(default_factory=set)
    pending_mfa: dict[str, str] = field(default_factory=dict)  # user id -> code sent to the device
    oauth: OAuthState = field(default_factory=OAuthState)
    lock: threading.Lock = field(default_factory=threading.Lock)
