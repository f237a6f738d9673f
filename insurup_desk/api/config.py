"""Where the InsurUp API lives: REST base, GraphQL endpoint and SignalR hub origin, kept independent."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from urllib.parse import urlsplit

DEFAULT_REST_BASE = "https://api.insurup.com/api/"
DEFAULT_TIMEOUT_S = 30.0


def _is_loopback(host: str) -> bool:
    # Loopback means an address: 'evil.localhost' is a name anyone's resolver may answer for.
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _checked(url: str, what: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{what}: geçerli bir http(s) adresi değil: {url!r}")
    # Credentials and card data travel over this link; plain HTTP is only tolerable on this machine.
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValueError(f"{what}: şifresiz http:// yalnızca yerel makinede (loopback) kullanılabilir: {url!r}")
    return url


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@dataclass(frozen=True)
class ApiConfig:
    """Connection settings. ``graphql_url`` and ``hub_origin`` default to values derived from ``rest_base``."""

    rest_base: str = DEFAULT_REST_BASE
    graphql_url: str | None = None
    hub_origin: str | None = None
    timeout_s: float = DEFAULT_TIMEOUT_S
    accept_language: str = "tr-TR"
    user_agent: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        base = _checked(self.rest_base, "REST adresi")
        if not base.endswith("/"):
            object.__setattr__(self, "rest_base", base + "/")
        if self.graphql_url is None:
            object.__setattr__(self, "graphql_url", self.rest_base + "graphql")
        else:
            _checked(self.graphql_url, "GraphQL adresi")
        if self.hub_origin is None:
            object.__setattr__(self, "hub_origin", _origin(self.rest_base))
        else:
            object.__setattr__(self, "hub_origin", _origin(_checked(self.hub_origin, "Hub adresi")))
        if self.timeout_s <= 0:
            raise ValueError("timeout_s must be positive")

    @classmethod
    def for_origin(
        cls, origin: str, *, timeout_s: float = DEFAULT_TIMEOUT_S, accept_language: str = "tr-TR"
    ) -> ApiConfig:
        """Settings for a server that serves REST under ``/api/`` at ``origin`` (e.g. the sandbox)."""
        root = _origin(_checked(origin, "Sunucu adresi"))
        return cls(rest_base=root + "/api/", timeout_s=timeout_s, accept_language=accept_language)

    @property
    def graphql(self) -> str:
        assert self.graphql_url is not None
        return self.graphql_url

    @property
    def hub(self) -> str:
        assert self.hub_origin is not None
        return self.hub_origin
