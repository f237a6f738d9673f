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
from typing import Any, Protocol, TypeVar
from urllib.parse import quote, urlsplit

from pydantic import TypeAdapter

from .config import ApiConfig
from .errors import (
    ApiError,
    CertificateError,
    PurchaseOutcomeUnknown,
    RateLimited,
    Unauthorized,
    busy_detail,
    error_from_problem,
    parse_retry_after,
)
from .parsing import PurchaseIds, decode_json, malformed, parse_body, trace_id_of
from .redaction import redact
from .retry import IDEMPOTENT_METHODS, RetryPolicy
from .transport import HttpTransport, OversizeBody, RawResponse, RedirectGuard, TransportFailure
from .waits import WAITS, WaitAnnouncer

log = logging.getLogger("insurup_desk.api")

T = TypeVar("T")

__all__ = ["ApiSession", "PurchaseIds", "TokenSource", "decode_json", "segment"]

# Statuses that say enough on their own: an HTML page from a gateway with one of these is still that answer.
# Any other status with a body that is not problem details is an answer the contract does not describe.
_STATUS_SPEAKS = frozenset({401, 403, 404, 408, 429})


class TokenSource(Protocol):
    async def access_token(self) -> str: ...

    async def refresh_after_unauthorized(self, rejected_token: str) -> None: ...


def segment(value: str | int) -> str:
    """A path parameter, percent-encoded like the SDK's ``encodeURIComponent``."""
    return quote(str(value), safe="")


def _readable_problem(content: bytes) -> bool:
    if not content.strip():
        return True  # an empty error body is normal; the status alone says what happened
    try:
        return isinstance(json.loads(content), dict)
    except (ValueError, RecursionError):
        return False


class ApiSession:
    def __init__(
        self, config: ApiConfig, transport: HttpTransport, retry: RetryPolicy, waits: WaitAnnouncer | None = None
    ) -> None:
        self.config = config
        self.transport = transport
        self.retry = retry
        self.waits = waits or WAITS
        # The token manager signs requests and renews on 401 (set by the client; it needs this session itself).
        self.tokens: TokenSource | None = None
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

    def route(self, method: str, url: str) -> str:
        """``GET customers/111******10``: the call without host or query, personal data masked."""
        bare = url.split("?", 1)[0]
        if bare.startswith(self.config.rest_base):
            bare = bare[len(self.config.rest_base) :]
        else:
            bare = urlsplit(bare).path.lstrip("/") or bare
        return f"{method} {redact(bare)}"

    async def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: Mapping[str, Any] | None = None,
        auth: bool = True,
        idempotent: bool | None = None,
        read: bool | None = None,
        purchase: PurchaseIds | None = None,
        accept: str = "application/json",
        follow_redirects: bool = False,
        redirect_guard: RedirectGuard | None = None,
    ) -> RawResponse:
        """Send one logical call and return its 2xx answer, or raise the typed error.

        ``read`` marks a call that changes nothing although it is a POST (GraphQL queries): a 500 is retried.
        Every attempt carries its own X-Request-ID; the log ties them together with the call id.
        """
        method = method.upper()
        if idempotent is None:
            idempotent = method in IDEMPOTENT_METHODS
        if purchase is not None:
            idempotent = False
        if read is None:
            read = method == "GET"
        url = self.url(path)
        route = self.route(method, url)
        call_id = uuid.uuid4().hex[:8]
        content = None
        headers = {"Accept": accept}
        if json_body is not None:
            content = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json"
        replayed = False
        retries = 0
        attempt = 0
        waited_s = 0.0
        while True:
            attempt += 1
            request_id = uuid.uuid4().hex
            headers["X-Request-ID"] = request_id
            token = None
            if auth:
                if self.tokens is None:
                    raise Unauthorized("Oturum açılmamış.", route=route)
                token = await self.tokens.access_token()
                headers["Authorization"] = f"Bearer {token}"
            started = time.perf_counter()
            self.calls += 1
            try:
                response = await self.transport.send(
                    method,
                    url,
                    headers=headers,
                    params=params,
                    content=content,
                    follow_redirects=follow_redirects,
                    redirect_guard=redirect_guard,
                )
            except OversizeBody as big:
                self._log(method, url, big.status, started, call_id, attempt, request_id)
                self._observe(time.perf_counter() - started)
                stub = RawResponse(big.status, big.headers, b"", route, request_id)
                raise malformed(stub, f"body over {big.limit} bytes", purchase) from None
            except TransportFailure as failure:
                self._log(method, url, None, started, call_id, attempt, request_id)
                failure.error.route = route
                if failure.error.status is None and failure.error.trace_id is None:
                    failure.error.trace_id = request_id
                bad_certificate = isinstance(failure.error, CertificateError)
                if not bad_certificate:
                    # A certificate failure is not a dead line: going offline would hide it behind "check the cable".
                    self._observe(None)
                if purchase is not None and failure.maybe_sent:
                    raise self._unknown(purchase, failure.error) from failure
                # A certificate does not get better on retry.
                if idempotent and not bad_certificate and retries < self.retry.max_retries:
                    retries += 1
                    delay = self.retry.delay(retries)
                    if await self._wait(route, delay):
                        waited_s += delay
                        continue
                raise failure.error from failure
            response = RawResponse(response.status, response.headers, response.content, route, request_id)
            self._log(method, url, response.status, started, call_id, attempt, request_id)
            self._observe(time.perf_counter() - started)
            if 200 <= response.status < 300:
                return response
            error = self._error(response, purchase)
            if response.status == 401 and auth and token is not None and not replayed and self.tokens:
                # The token may have been revoked or rotated elsewhere: one forced refresh, one replay.
                replayed = True
                await self.tokens.refresh_after_unauthorized(token)
                continue
            if purchase is not None and response.status >= 500 and not isinstance(error, PurchaseOutcomeUnknown):
                raise self._unknown(purchase, error) from error
            if retries < self.retry.max_retries and self.retry.may_retry_status(
                method, response.status, idempotent=idempotent, read=read
            ):
                # Honoured on any retryable status (503s carry it too), not only on 429.
                after = parse_retry_after(response.headers.get("retry-after"))
                delay = self.retry.delay(retries + 1, after)
                if not self.retry.within_bound(after) or waited_s + delay > self.retry.retry_after_bound_s:
                    # Sitting through minutes of silence is worse than saying when to come back.
                    wait_s = after if after is not None else delay
                    raise RateLimited(
                        busy_detail(wait_s),
                        retry_after_s=wait_s,
                        status=response.status,
                        trace_id=error.trace_id,
                        route=route,
                        codes=error.codes,
                    ) from error
                retries += 1
                if await self._wait(route, delay):
                    waited_s += delay
                    continue
            raise error

    async def _wait(self, route: str, seconds: float) -> bool:
        """Sit out a retry delay where the operator can see it; False when they gave up on it."""
        return await self.waits.wait(route, seconds, self.retry.sleep)

    def _error(self, response: RawResponse, purchase: PurchaseIds | None) -> ApiError:
        """The typed error of a non-2xx answer, named by route and trace id."""
        readable = _readable_problem(response.content)
        if not readable and (purchase is not None or not (response.status >= 500 or response.status in _STATUS_SPEAKS)):
            return malformed(response, f"status {response.status} with a body that is not problem details", purchase)
        error = error_from_problem(response.status, response.content, response.headers)
        error.route = response.route
        if error.trace_id is None:
            error.trace_id = trace_id_of(response)
        return error

    async def json(self, method: str, path: str, **kw: Any) -> Any:
        response = await self.request(method, path, **kw)
        return decode_json(response, kw.get("purchase"))

    async def call(
        self,
        method: str,
        path: str,
        target: type[T] | TypeAdapter[T],
        *,
        empty: bytes | None = None,
        **kw: Any,
    ) -> T:
        """Send the call and validate its answer into ``target`` at the shared parse point."""
        response = await self.request(method, path, **kw)
        return parse_body(response, target, empty=empty, purchase=kw.get("purchase"))

    @staticmethod
    def _unknown(ids: PurchaseIds, cause: ApiError) -> PurchaseOutcomeUnknown:
        return PurchaseOutcomeUnknown(
            proposal_id=ids.proposal_id,
            proposal_product_id=ids.proposal_product_id,
            status=cause.status,
            trace_id=cause.trace_id,
            codes=cause.codes,
            route=cause.route,
        )

    @staticmethod
    def _log(
        method: str, url: str, status: int | None, started: float, call_id: str, attempt: int, request_id: str
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            # Paths can hold a TCKN or VKN (customers/{identity}); mask them even if no filter is installed.
            path = redact(url.split("?", 1)[0])
            log.debug(
                "%s %s -> %s (%.0f ms, call %s attempt %d, id %s)",
                method,
                path,
                status or "no answer",
                elapsed,
                call_id,
                attempt,
                request_id,
            )
