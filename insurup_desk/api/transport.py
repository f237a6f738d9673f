"""The only module that touches httpx: one pooled AsyncClient per session and failure classification.

Everything above this layer sees ``RawResponse`` and the typed errors, so the HTTP library can be swapped
and tests can hand in any httpx transport (ASGI, mock, real socket).
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from .errors import ApiError, CertificateError, NetworkError, RequestTimeout

AsyncBaseTransport = httpx.AsyncBaseTransport

#: No answer of this API is anywhere near this size; a body that is, is hostile or broken, and reading it all
#: would hold the whole thing in memory.
MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})

#: Raises (a typed error) when a redirect target must not be followed.
RedirectGuard = Callable[[str], None]


class TransportFailure(Exception):
    """A request that got no HTTP answer. ``maybe_sent`` tells whether the server may have acted on it."""

    def __init__(self, error: ApiError, *, maybe_sent: bool) -> None:
        super().__init__(str(error))
        self.error = error
        self.maybe_sent = maybe_sent


class OversizeBody(Exception):
    """The answer's body went past ``MAX_BODY_BYTES``; reading stopped there."""

    def __init__(self, status: int, headers: Mapping[str, str], limit: int) -> None:
        super().__init__(f"body larger than {limit} bytes")
        self.status = status
        self.headers = headers
        self.limit = limit


@dataclass(frozen=True, slots=True)
class RawResponse:
    status: int
    headers: Mapping[str, str]
    content: bytes
    #: Which call this answers ("GET proposals/{id}", personal data masked) and the attempt's X-Request-ID.
    route: str = ""
    request_id: str = ""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _certificate_failure(exc: BaseException) -> bool:
    """httpx wraps httpcore wraps ``ssl.SSLCertVerificationError``; walk the chain to find it."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        if any(isinstance(arg, ssl.SSLCertVerificationError) for arg in current.args):
            return True
        current = current.__cause__ or current.__context__
    return False


def _same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)


class HttpTransport:
    """Owns the session's single ``httpx.AsyncClient``."""

    def __init__(
        self,
        *,
        timeout_s: float,
        base_headers: Mapping[str, str],
        transport: AsyncBaseTransport | None = None,
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout_s),
            headers=dict(base_headers),
            transport=transport,
            follow_redirects=False,
        )
        self.max_body_bytes = max_body_bytes

    @property
    def closed(self) -> bool:
        return self._client.is_closed

    @property
    def client(self) -> httpx.AsyncClient:
        """The pooled client itself, for the hub's WebSocket upgrade (``insurup_desk.api.hub``)."""
        return self._client

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
        redirect_guard: RedirectGuard | None = None,
    ) -> RawResponse:
        """One exchange. Redirects are followed here, not by httpx, so every hop passes ``redirect_guard``
        (a https link must not bounce the download onto plain http) and loses the token off-origin."""
        extra: dict[str, Any] = {}
        if timeout_s is not None:
            extra["timeout"] = httpx.Timeout(timeout_s)
        request = self._client.build_request(method, url, headers=headers, params=params, content=content, **extra)
        for _ in range(MAX_REDIRECTS + 1):
            status, response_headers, body = await self._exchange(request)
            location = response_headers.get("location")
            if not (follow_redirects and status in _REDIRECTS and location):
                return RawResponse(status, response_headers, body)
            target = request.url.join(location)
            if redirect_guard is not None:
                redirect_guard(str(target))
            hop_headers = httpx.Headers(request.headers)
            if not _same_origin(target, request.url):
                hop_headers.pop("authorization", None)
            hop_headers.pop("host", None)
            keep_body = status in (307, 308)
            hop_method = request.method if keep_body or request.method == "HEAD" else "GET"
            if not keep_body:
                hop_headers.pop("content-type", None)
                hop_headers.pop("content-length", None)
            request = self._client.build_request(
                hop_method, target, headers=hop_headers, content=content if keep_body else None, **extra
            )
        return RawResponse(status, response_headers, body)

    async def _exchange(self, request: httpx.Request) -> tuple[int, httpx.Headers, bytes]:
        try:
            response = await self._client.send(request, stream=True)
            try:
                body = await self._read_capped(response)
            finally:
                await response.aclose()
        except OversizeBody:
            raise
        except (httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise TransportFailure(RequestTimeout(status=None), maybe_sent=False) from exc
        except httpx.TimeoutException as exc:
            raise TransportFailure(RequestTimeout(status=None), maybe_sent=True) from exc
        except httpx.ConnectError as exc:
            if _certificate_failure(exc):
                raise TransportFailure(CertificateError(status=None), maybe_sent=False) from exc
            raise TransportFailure(NetworkError(status=None), maybe_sent=False) from exc
        except (httpx.TransportError, OSError) as exc:
            # Read/write errors and dropped connections happen after bytes left this machine.
            raise TransportFailure(NetworkError(status=None), maybe_sent=True) from exc
        return response.status_code, response.headers, body

    async def _read_capped(self, response: httpx.Response) -> bytes:
        limit = self.max_body_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise OversizeBody(response.status_code, response.headers, limit)
        chunks: list[bytes] = []
        size = 0
        # Decoded bytes are counted, so a small gzip bomb is stopped as well.
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise OversizeBody(response.status_code, response.headers, limit)
            chunks.append(chunk)
        return b"".join(chunks)
