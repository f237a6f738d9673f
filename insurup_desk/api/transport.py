"""The only module that touches httpx: one pooled AsyncClient per session and failure classification.

Everything above this layer sees ``RawResponse`` and the typed errors, so the HTTP library can be swapped
and tests can hand in any httpx transport (ASGI, mock, real socket).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from .errors import NetworkError, RequestTimeout

AsyncBaseTransport = httpx.AsyncBaseTransport


class TransportFailure(Exception):
    """A request that got no HTTP answer. ``maybe_sent`` tells whether the server may have acted on it."""

    def __init__(self, error: NetworkError | RequestTimeout, *, maybe_sent: bool) -> None:
        super().__init__(str(error))
        self.error = error
        self.maybe_sent = maybe_sent


@dataclass(frozen=True, slots=True)
class RawResponse:
    status: int
    headers: Mapping[str, str]
    content: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


class HttpTransport:
    """Owns the session's single ``httpx.AsyncClient``."""

    def __init__(
        self, *, timeout_s: float, base_headers: Mapping[str, str], transport: AsyncBaseTransport | None = None
    ) -> None:
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout_s),
            headers=dict(base_headers),
            transport=transport,
            follow_redirects=False,
        )

    @property
    def closed(self) -> bool:
        return self._client.is_closed

    async def aclose(self) -> None:
        await self._client.aclose()

    async def send(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        content: bytes | None = None,
        timeout_s: float | None = None,
        follow_redirects: bool = False,
    ) -> RawResponse:
        extra: dict[str, Any] = {"follow_redirects": follow_redirects}
        if timeout_s is not None:
            extra["timeout"] = httpx.Timeout(timeout_s)
        try:
            response = await self._client.request(method, url, headers=headers, params=params, content=content, **extra)
        except (httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise TransportFailure(RequestTimeout(status=None), maybe_sent=False) from exc
        except httpx.TimeoutException as exc:
            raise TransportFailure(RequestTimeout(status=None), maybe_sent=True) from exc
        except httpx.ConnectError as exc:
            raise TransportFailure(NetworkError(status=None), maybe_sent=False) from exc
        except (httpx.TransportError, OSError) as exc:
            # Read/write errors and dropped connections happen after bytes left this machine.
            raise TransportFailure(NetworkError(status=None), maybe_sent=True) from exc
        return RawResponse(response.status_code, response.headers, response.content)
