"""The only module that touches the proposal-detail hub's socket: SignalR's JSON protocol over WebSocket.

Library choice: httpx-ws. It runs on the asyncio loop qasync provides (through anyio, like httpx itself) and
rides the same httpx stack as the REST client (TLS, proxies, test transports). pysignalr would bring its own
websockets + aiohttp stack and reconnect policy; signalrcore runs its socket on threads with callbacks, which
fits neither the loop nor a fresh token per connect. The JSON hub protocol is small enough to frame here.

One connection per session, opened when the first proposal is watched, closed with the session. Every
(re)connect reads a fresh token; after a drop it reconnects with backoff and re-sends ``Register`` for every
watched proposal. A server without the hub (404/501) is remembered as unavailable and asked again rarely.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

import httpx
from httpx_ws import AsyncWebSocketSession, HTTPXWSException, WebSocketUpgradeError, aconnect_ws
from pydantic import ValidationError

from .models.hub_events import TARGETS, HubEvent, ProductEventData
from .session import TokenSource

log = logging.getLogger("insurup_desk.api.hub")

PATH: Final = "/hubs/proposal-detail"
RS: Final = "\x1e"
_HANDSHAKE: Final = json.dumps({"protocol": "json", "version": 1}) + RS
_PING: Final = json.dumps({"type": 6}) + RS
_INVOCATION, _PING_TYPE, _CLOSE = 1, 6, 7
#: Statuses that say "this server has no hub", as opposed to "not now".
_ABSENT: Final = frozenset({404, 405, 501})


class HubStatus(StrEnum):
    IDLE = "idle"  # nothing watched, no socket
    CONNECTING = "connecting"
    LIVE = "live"  # handshake done, every watched proposal registered
    DOWN = "down"  # lost or refused for now; reconnecting with backoff
    UNAVAILABLE = "unavailable"  # the server has no hub; asked again only rarely
    CLOSED = "closed"


EventListener = Callable[[HubEvent], None]
StatusListener = Callable[[HubStatus], None]


class HubProtocolError(Exception):
    """The server answered the handshake with an error or with something that is not the protocol."""


class _Refused(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"hub refused with HTTP {status}")
        self.status = status


@dataclass(frozen=True, slots=True)
class HubTiming:
    #: Waits before reconnect attempts after a drop (SignalR's default policy, with a quicker first step).
    backoff_s: Sequence[float] = (0.0, 1.0, 2.0, 5.0, 10.0, 30.0)
    unavailable_retry_s: float = 300.0
    keepalive_s: float = 15.0
    #: Silence from the server longer than this means the connection is dead (it pings every 15 s).
    server_timeout_s: float = 30.0
    handshake_timeout_s: float = 10.0


def split_frames(text: str) -> tuple[list[dict[str, Any]], int]:
    """The records in one WebSocket message and how many were unreadable (skipped, not fatal)."""
    parts = text.split(RS)
    if parts and parts[-1] == "":
        parts.pop()
    frames: list[dict[str, Any]] = []
    bad = 0
    for part in parts:
        try:
            value = json.loads(part)
        except (ValueError, RecursionError):
            bad += 1
            continue
        if isinstance(value, dict):
            frames.append(value)
        else:
            bad += 1
    return frames, bad


class Subscription:
    def __init__(self, hub: ProposalHub, proposal_id: str, on_event: EventListener,
                 on_status: StatusListener | None) -> None:
        self.hub = hub
        self.proposal_id = proposal_id
        self.on_event = on_event
        self.on_status = on_status

    def close(self) -> None:
        self.hub._unsubscribe(self)


class ProposalHub:
    def __init__(self, origin: str, tokens: TokenSource, *, http: httpx.AsyncClient | None = None,
                 timing: HubTiming | None = None) -> None:
        self.url = origin.rstrip("/") + PATH
        self._tokens = tokens
        # The session's own HTTP client when given: its pool, TLS setup and transport serve the upgrade too
        # (building another client would load the CA bundle again, a stall on the GUI thread).
        self._http = http
        self.timing = timing or HubTiming()
        self._subs: list[Subscription] = []
        self._registered: set[str] = set()
        self._ws: AsyncWebSocketSession | None = None
        self._task: asyncio.Task[None] | None = None
        self._session_task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._closed = False
        self.status = HubStatus.IDLE
        self.connects = 0
        self.events_received = 0
        self._logged: set[str] = set()
        self._side_tasks: set[asyncio.Task[None]] = set()

    # --- subscribers -------------------------------------------------------------------------------

    def subscribe(self, proposal_id: str, on_event: EventListener,
                  on_status: StatusListener | None = None) -> Subscription:
        sub = Subscription(self, proposal_id, on_event, on_status)
        self._subs.append(sub)
        if self._closed:
            return sub
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._run())
        elif self.status is HubStatus.LIVE and proposal_id not in self._registered:
            task = asyncio.ensure_future(self._register_quietly(proposal_id))
            self._side_tasks.add(task)
            task.add_done_callback(self._side_tasks.discard)
        else:
            self._wake.set()  # a watcher waiting out a backoff would rather try now
        return sub

    def _unsubscribe(self, sub: Subscription) -> None:
        with contextlib.suppress(ValueError):
            self._subs.remove(sub)
        if not self._subs and self._session_task is not None:
            # Nothing left to watch: no socket held open for nobody (the SDK has no Unregister either).
            self._session_task.cancel()

    def watched(self) -> list[str]:
        return list(dict.fromkeys(s.proposal_id for s in self._subs))

    def renew(self) -> None:
        """The token was refreshed: reconnect so the server holds the fresh one (reference §11)."""
        if self._session_task is not None and not self._session_task.done():
            self._session_task.cancel()
        self._wake.set()

    async def aclose(self) -> None:
        self._closed = True
        self._subs.clear()
        for task in (self._session_task, self._task, *self._side_tasks):
            if task is not None:
                task.cancel()
        for task in (self._session_task, self._task, *self._side_tasks):
            if task is not None:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        self._task = self._session_task = None
        self._set(HubStatus.CLOSED)

    # --- the connection loop -----------------------------------------------------------------------

    def _set(self, status: HubStatus) -> None:
        if status is self.status:
            return
        self.status = status
        log.info("live quotes hub: %s", status.value)
        for sub in list(self._subs):
            if sub.on_status is not None:
                try:
                    sub.on_status(status)
                except Exception:
                    log.exception("hub status listener failed")

    async def _run(self) -> None:
        async with contextlib.AsyncExitStack() as stack:
            http = self._http
            if http is None:
                http = await stack.enter_async_context(httpx.AsyncClient(
                    timeout=httpx.Timeout(self.timing.handshake_timeout_s)))
            await self._loop(http)
        if not self._closed:
            self._set(HubStatus.IDLE)

    async def _loop(self, http: httpx.AsyncClient) -> None:
        failures = 0
        while self._subs and not self._closed:
            self._set(HubStatus.CONNECTING)
            delay: float
            self._session_task = asyncio.ensure_future(self._session(http))
            await asyncio.wait({self._session_task})
            task, self._session_task = self._session_task, None
            reached_live = self.connects and self.status is HubStatus.LIVE
            error = None if task.cancelled() else task.exception()
            self._ws = None
            self._registered.clear()
            if isinstance(error, _Refused) and error.status in _ABSENT:
                self._set(HubStatus.UNAVAILABLE)
                delay = self.timing.unavailable_retry_s
            else:
                if error is not None:
                    self._log_once(f"fail:{type(error).__name__}", "live quotes hub connection failed: %s",
                                   type(error).__name__)
                if reached_live:
                    failures = 0
                self._set(HubStatus.DOWN)
                backoff = self.timing.backoff_s
                delay = backoff[min(failures, len(backoff) - 1)]
                failures += 1
            if not self._subs or self._closed:
                break
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)

    async def _session(self, http: httpx.AsyncClient) -> None:
        token = await self._tokens.access_token()
        try:
            await self._connected(http, token)
        except _Refused as exc:
            if exc.status != 401:
                raise
            # The token was turned down: renew it once and try straight away with the new one.
            await self._tokens.refresh_after_unauthorized(token)
            await self._connected(http, await self._tokens.access_token())

    async def _connected(self, http: httpx.AsyncClient, token: str) -> None:
        # The token goes in a header, never the URL: URLs end up in logs.
        headers = {"Authorization": f"Bearer {token}"}
        ws: AsyncWebSocketSession
        try:
            async with aconnect_ws(self.url, http, headers=headers, keepalive_ping_interval_seconds=None) as ws:
                self._ws = ws
                await self._handshake(ws)
                self.connects += 1
                for proposal_id in self.watched():
                    await self._register(ws, proposal_id)
                self._set(HubStatus.LIVE)
                keepalive = asyncio.ensure_future(self._keepalive(ws))
                try:
                    await self._read(ws)
                finally:
                    keepalive.cancel()
                    with contextlib.suppress(asyncio.CancelledError, Exception):
                        await keepalive
        except WebSocketUpgradeError as exc:
            raise _Refused(exc.response.status_code) from None

    async def _handshake(self, ws: AsyncWebSocketSession) -> None:
        await ws.send_text(_HANDSHAKE)
        text = await ws.receive_text(timeout=self.timing.handshake_timeout_s)
        head, _, rest = text.partition(RS)
        try:
            answer = json.loads(head)
        except ValueError:
            raise HubProtocolError("handshake answer is not JSON") from None
        if not isinstance(answer, dict) or answer.get("error"):
            raise HubProtocolError(f"handshake refused: {answer!r:.200}")
        if rest:
            self._frames(rest)

    async def _register(self, ws: AsyncWebSocketSession, proposal_id: str) -> None:
        # Fire-and-forget, as the SDK sends it: no invocationId, so no completion comes back.
        message = {"type": _INVOCATION, "target": "Register", "arguments": [{"proposalId": proposal_id}]}
        await ws.send_text(json.dumps(message) + RS)
        self._registered.add(proposal_id)

    async def _register_quietly(self, proposal_id: str) -> None:
        ws = self._ws
        if ws is None:
            return
        try:
            await self._register(ws, proposal_id)
        except (HTTPXWSException, OSError, RuntimeError) as exc:
            log.info("hub Register failed (%s); sent again on reconnect", type(exc).__name__)

    async def _keepalive(self, ws: AsyncWebSocketSession) -> None:
        while True:
            await asyncio.sleep(self.timing.keepalive_s)
            await ws.send_text(_PING)

    async def _read(self, ws: AsyncWebSocketSession) -> None:
        while True:
            text = await ws.receive_text(timeout=self.timing.server_timeout_s)
            if self._frames(text) == _CLOSE:
                return

    def _frames(self, text: str) -> int | None:
        frames, bad = split_frames(text)
        if bad:
            self._log_once("bad-frame", "hub sent %d unreadable record(s); skipped", bad)
        for frame in frames:
            kind = frame.get("type")
            if kind == _INVOCATION:
                self._invocation(frame)
            elif kind == _CLOSE:
                if frame.get("error"):
                    log.info("hub closed the connection: %.200s", frame.get("error"))
                return _CLOSE
            elif kind == _PING_TYPE:
                continue  # the server's keep-alive; our own pings keep its side of the connection alive
        return None

    def _invocation(self, frame: dict[str, Any]) -> None:
        target = str(frame.get("target") or "")
        kind = TARGETS.get(target)
        if kind is None:
            self._log_once(f"target:{target}", "hub sent an unknown event %r; ignored", target[:80])
            return
        arguments = frame.get("arguments")
        if not (isinstance(arguments, list) and arguments and isinstance(arguments[0], dict)):
            self._log_once(f"args:{target}", "hub event %s without a payload object; ignored", target)
            return
        try:
            data = ProductEventData.model_validate(arguments[0])
        except ValidationError as exc:
            self._log_once(f"invalid:{target}", "hub event %s does not match the contract (%d errors); ignored",
                           target, exc.error_count())
            return
        for name in data.model_extra or {}:
            self._log_once(f"field:{target}:{name}", "hub event %s carries an unknown field %r", target, name[:80])
        self.events_received += 1
        event = HubEvent(kind, data)
        for sub in list(self._subs):
            if sub.proposal_id == data.proposal_id:
                try:
                    sub.on_event(event)
                except Exception:
                    log.exception("hub event listener failed")

    def _log_once(self, key: str, message: str, *args: object) -> None:
        if key in self._logged:
            return
        self._logged.add(key)
        log.warning(message, *args)
