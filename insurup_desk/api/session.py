"""The request pipeline shared by every resource: URL building, headers, auth, retries, error mapping.

Policy in one place: idempotent calls may be retried; a 401 forces one token refresh and one replay;
purchases that may have reached the server become ``PurchaseOutcomeUnknown`` instead of a plain error.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

from .config import ApiConfig
from .errors import (
    ApiError,
    ProtocolError,
    PurchaseOutcomeUnknown,
    Unauthorized,
    error_from_problem,
    parse_retry_after,
)
from .redaction import redact
from .retry import IDEMPOTENT_METHODS, RetryPolicy
from .transport import HttpTransport, RawResponse, TransportFailure

if TYPE_CHECKING:
    from .auth import TokenManager

log = logging.getLogger("insurup_desk.api")


class TokenSource(Protocol):
    async def access_token(self) -> str: ...

    async def refresh_after_unauthorized(self, rejected_token: str) -> None: ...


@dataclass(frozen=True, slots=True)
class PurchaseIds:
    proposal_id: str
    proposal_product_id: str


def segment(value: str | int) -> str:
    """A path parameter, percent-encoded like the SDK's ``encodeURIComponent``."""
    return quote(str(value), safe="")


class ApiSession:
    def __init__(self, config: ApiConfig, transport: HttpTransport, retry: RetryPolicy) -> None:
        self.config = config
        self.transport = transport
        self.retry = retry
        self.tokens: TokenManager | None = None
        self.calls = 0
        # Told of every exchange: the seconds it took, or None when the line failed (refused, dropped, timed out).
        self.observers: list[Callable[[float | None], None]] = []

    def _observe(self, duration_s: float | None) -> None:
        for observer in list(self.observers):
            observer(duration_s)

    def url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        return self.config.rest_base + path.lstrip("/")

    async def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: Mapping[str, Any] | None = None,
        auth: bool = True,
        idempotent: bool | None = None,
        purchase: PurchaseIds | None = None,
        accept: str = "application/json",
        follow_redirects: bool = False,
    ) -> RawResponse:
        """Send one logical call and return its 2xx answer, or raise the typed error."""
        method = method.upper()
        if idempotent is None:
            idempotent = method in IDEMPOTENT_METHODS
        if purchase is not None:
            idempotent = False
        url = self.url(path)
        content = None
        headers = {"Accept": accept, "X-Request-ID": uuid.uuid4().hex}
        if json_body is not None:
            content = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json"
        replayed = False
        retries = 0
        while True:
            token = None
            if auth:
                if self.tokens is None:
                    raise Unauthorized("Oturum açılmamış.")
                token = await self.tokens.access_token()
                headers["Authorization"] = f"Bearer {token}"
            started = time.perf_counter()
            self.calls += 1
            try:
                response = await self.transport.send(
                    method, url, headers=headers, params=params, content=content, follow_redirects=follow_redirects
                )
            except TransportFailure as failure:
                self._log(method, url, None, started, headers["X-Request-ID"])
                self._observe(None)
                if purchase is not None and failure.maybe_sent:
                    raise self._unknown(purchase, failure.error) from failure
                if idempotent and retries < self.retry.max_retries:
                    retries += 1
                    await self.retry.sleep(self.retry.delay(retries))
                    continue
                raise failure.error from failure
            self._log(method, url, response.status, started, headers["X-Request-ID"])
            self._observe(time.perf_counter() - started)
            if 200 <= response.status < 300:
                return response
            error = error_from_problem(response.status, response.content, response.headers)
            if response.status == 401 and auth and token is not None and not replayed and self.tokens:
                # The token may have been revoked or rotated elsewhere: one forced refresh, one replay.
                replayed = True
                await self.tokens.refresh_after_unauthorized(token)
                continue
            if purchase is not None and response.status >= 500:
                raise self._unknown(purchase, error) from error
            if retries < self.retry.max_retries and self.retry.may_retry_status(
                method, response.status, idempotent=idempotent
            ):
                retries += 1
                # Honoured on any retryable status (503s carry it too), not only on 429.
                after = parse_retry_after(response.headers.get("retry-after"))
                await self.retry.sleep(self.retry.delay(retries, after))
                continue
            raise error

    async def json(self, method: str, path: str, **kw: Any) -> Any:
        response = await self.request(method, path, **kw)
        return decode_json(response)

    @staticmethod
    def _unknown(ids: PurchaseIds, cause: ApiError) -> PurchaseOutcomeUnknown:
        return PurchaseOutcomeUnknown(
            proposal_id=ids.proposal_id,
            proposal_product_id=ids.proposal_product_id,
            status=cause.status,
            trace_id=cause.trace_id,
            codes=cause.codes,
        )

    @staticmethod
    def _log(method: str, url: str, status: int | None, started: float, request_id: str) -> None:
        if log.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            # Paths can hold a TCKN or VKN (customers/{identity}); mask them even if no filter is installed.
            path = redact(url.split("?", 1)[0])
            log.debug("%s %s -> %s (%.0f ms, id %s)", method, path, status or "no answer", elapsed, request_id)


def decode_json(response: RawResponse) -> Any:
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError as exc:
        raise ProtocolError(status=response.status) from exc
