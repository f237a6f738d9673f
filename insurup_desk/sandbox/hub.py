"""The proposal-detail SignalR hub at ``/hubs/proposal-detail`` (reference §11), with its fault switches.

Pricing has no background work in the sandbox (states follow the clock), so each connection runs a watcher:
it sleeps until the next product of a registered proposal is due, or until a route says something changed
(purchase, retry), and sends the events for what changed since it last looked.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import threading
import weakref
from dataclasses import dataclass, field
from typing import Any, cast

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.websockets import WebSocket, WebSocketDisconnect

from . import hub_events, hub_protocol
from .branch_pricing import reprice_branch
from .branch_products import BRANCH_TYPES
from .hub_protocol import FrameError
from .pricing import reprice
from .problems import Problem, bad_request, not_found
from .records import User
from .state import Sandbox
from .web import json_body, no_content, ok, path_param, sandbox_of

log = logging.getLogger("insurup_desk.sandbox.hub")

PATH = "/hubs/proposal-detail"
REFUSABLE = (404, 501, 503)
# Longest a watcher sleeps without a reason: keeps a hand-advanced test clock honest.
_MAX_NAP_S = 0.25


@dataclass
class HubFaults:
    refuse_status: int | None = None  # answer every connection attempt (and negotiate) with this status
    event_delay_s: float = 0.0  # each event leaves this much later
    drop_events: int = 0  # the next N events are never sent
    drop_all_events: bool = False
    ping_interval_s: float = 15.0

    def to_json(self) -> dict[str, Any]:
        return {"refuseStatus": self.refuse_status, "eventDelayS": self.event_delay_s,
                "dropEvents": self.drop_events, "dropAllEvents": self.drop_all_events,
                "pingIntervalS": self.ping_interval_s}


@dataclass
class HubState:
    faults: HubFaults = field(default_factory=HubFaults)
    connections: set[HubConnection] = field(default_factory=set)
    # Why a product's purchase failed, for the PurchaseFailed event (set by the purchase route).
    purchase_errors: dict[str, str] = field(default_factory=dict)
    events_sent: int = 0
    connects: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take_drop(self) -> bool:
        with self.lock:
            if self.faults.drop_all_events:
                return True
            if self.faults.drop_events > 0:
                self.faults.drop_events -= 1
                return True
            return False


_HUBS: weakref.WeakKeyDictionary[Sandbox, HubState] = weakref.WeakKeyDictionary()
_HUBS_LOCK = threading.Lock()


def hub_of(sb: Sandbox) -> HubState:
    with _HUBS_LOCK:
        state = _HUBS.get(sb)
        if state is None:
            state = _HUBS[sb] = HubState()
        return state


def notify(sb: Sandbox, proposal_id: str, *, purchase_error: tuple[str, str] | None = None) -> None:
    """A route changed a proposal's products: wake the watchers of that proposal now."""
    hub = hub_of(sb)
    if purchase_error is not None:
        hub.purchase_errors[purchase_error[0]] = purchase_error[1]
    for conn in list(hub.connections):
        if proposal_id in conn.registered:
            conn.wake()


def _user_for(sb: Sandbox, token: str) -> tuple[User | None, str]:
    with sb.auth.lock:
        entry = sb.auth.access.get(token)
    if entry is None:
        return None, "TOKEN_INVALID"
    user_id, expires_at = entry
    if sb.clock.now() >= expires_at:
        return None, "TOKEN_EXPIRED"
    return sb.users[user_id], ""


def _token(headers: Any, query: Any) -> str:
    token = str(query.get("access_token") or "")
    if token:
        return token
    scheme, _, value = str(headers.get("authorization", "")).partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


def _refusal(sb: Sandbox, headers: Any, query: Any, path: str) -> tuple[Response | None, User | None]:
    hub = hub_of(sb)
    status = hub.faults.refuse_status
    if status is not None:
        return Problem(status, "endpoint-not-found" if status == 404 else "feature-not-supported",
                       "Gerçek zamanlı bağlantı bu sunucuda yok.", codes=["HUB_UNAVAILABLE"]).response(path), None
    token = _token(headers, query)
    if not token:
        return Problem(401, "unauthorized", "Bu bağlantı için oturum açmanız gerekiyor.",
                       codes=["TOKEN_MISSING"]).response(path), None
    user, code = _user_for(sb, token)
    if user is None:
        return Problem(401, "unauthorized", "Oturum anahtarı geçersiz ya da süresi dolmuş.",
                       codes=[code]).response(path), None
    return None, user


class HubConnection:
    """One client socket: handshake, Register, pings, and the watcher that turns changes into events."""

    def __init__(self, ws: WebSocket, sb: Sandbox, user: User, hub: HubState) -> None:
        self.ws = ws
        self.sb = sb
        self.user = user
        self.hub = hub
        self.registered: dict[str, dict[str, hub_events.Seen]] = {}
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._send_lock = asyncio.Lock()
        self._closed = asyncio.Event()
        self._pending: set[asyncio.Task[None]] = set()
        self.drop_requested = False

    def wake(self) -> None:
        self._loop.call_soon_threadsafe(self._wake.set)

    def drop(self) -> None:
        """Fault: end the socket without a SignalR close message, as a broken network would."""
        self.drop_requested = True
        self._loop.call_soon_threadsafe(self._closed.set)

    async def _send(self, text: str) -> None:
        async with self._send_lock:
            await self.ws.send_text(text)

    async def run(self) -> None:
        try:
            if not await self._handshake():
                return
            tasks = [asyncio.ensure_future(t) for t in (self._read(), self._watch(), self._ping())]
            closer = asyncio.ensure_future(self._closed.wait())
            try:
                await asyncio.wait([*tasks, closer], return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in (*tasks, closer, *self._pending):
                    task.cancel()
                for task in (*tasks, closer, *self._pending):
                    with contextlib.suppress(asyncio.CancelledError, Exception):
                        await task
            with contextlib.suppress(Exception):
                await self.ws.close(1011 if self.drop_requested else 1000)
        except WebSocketDisconnect:
            return

    async def _handshake(self) -> bool:
        text = await self.ws.receive_text()
        try:
            frames = hub_protocol.decode(text)
        except FrameError:
            frames = []
        first = frames[0] if frames else {}
        if first.get("protocol") != "json" or first.get("version") != 1:
            await self._send(hub_protocol.handshake_error("Yalnızca 'json' protokolünün 1. sürümü desteklenir."))
            await self.ws.close(1002)
            return False
        await self._send(hub_protocol.HANDSHAKE_OK)
        for frame in frames[1:]:
            await self._handle(frame)
        return True

    async def _read(self) -> None:
        while True:
            text = await self.ws.receive_text()
            try:
                frames = hub_protocol.decode(text)
            except FrameError as exc:
                await self._send(hub_protocol.close(f"Geçersiz çerçeve: {exc}"))
                return
            for frame in frames:
                if not await self._handle(frame):
                    return

    async def _handle(self, frame: dict[str, Any]) -> bool:
        kind = frame.get("type")
        if kind == hub_protocol.CLOSE:
            return False
        if kind != hub_protocol.INVOCATION:
            return True  # pings and anything else need no answer
        target = str(frame.get("target", ""))
        invocation_id = frame.get("invocationId")
        error: str | None = None
        if target.lower() == "register":
            error = self._register(frame.get("arguments"))
        else:
            error = f"Bilinmeyen hub yöntemi: '{target}'."
        if invocation_id is not None:
            reply: dict[str, Any] = {"type": hub_protocol.COMPLETION, "invocationId": invocation_id}
            if error is not None:
                reply["error"] = error
            else:
                reply["result"] = None
            await self._send(hub_protocol.encode(reply))
        elif error is not None:
            log.info("hub invocation refused: %s", error)
        return True

    def _register(self, arguments: Any) -> str | None:
        if not (isinstance(arguments, list) and len(arguments) == 1 and isinstance(arguments[0], dict)):
            return "Register tek bir {proposalId} nesnesi bekler."
        proposal_id = str(arguments[0].get("proposalId") or "")
        with self.sb.lock:
            p = self.sb.proposal_for(self.user.agent_id, proposal_id)
            if p is None:
                return "Teklif bulunamadı."  # another agency's proposal does not exist for this one
            if proposal_id not in self.registered:
                now = self.sb.clock.now()
                self.registered[proposal_id] = {
                    prod.id: hub_events.Seen(prod.state(now), prod.ready_at) for prod in p.products}
        self._wake.set()
        return None

    async def _watch(self) -> None:
        while True:
            self._wake.clear()
            events, next_due = self._collect()
            for target, payload in events:
                await self._emit(target, payload)
            nap = _MAX_NAP_S if next_due is None else min(max(next_due, 0.0), _MAX_NAP_S)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=nap)

    def _collect(self) -> tuple[list[tuple[str, dict[str, Any]]], float | None]:
        out: list[tuple[str, dict[str, Any]]] = []
        next_due: float | None = None
        with self.sb.lock:
            now = self.sb.clock.now()
            for proposal_id, seen in self.registered.items():
                p = self.sb.proposals[proposal_id]
                for prod in p.products:
                    before = seen.get(prod.id) or hub_events.Seen("WAITING", prod.ready_at)
                    error = self.hub.purchase_errors.get(prod.id)
                    out += hub_events.changes(p, prod, before, now, error)
                    state = prod.state(now)
                    seen[prod.id] = hub_events.Seen(state, prod.ready_at)
                    if state == "WAITING":
                        due = prod.ready_at - now
                        next_due = due if next_due is None else min(next_due, due)
        return out, next_due

    async def _emit(self, target: str, payload: dict[str, Any]) -> None:
        if self.hub.take_drop():
            return
        delay = self.hub.faults.event_delay_s
        if delay <= 0:
            await self._deliver(target, payload)
            return

        async def later() -> None:
            await asyncio.sleep(delay)
            await self._deliver(target, payload)

        task = asyncio.ensure_future(later())
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _deliver(self, target: str, payload: dict[str, Any]) -> None:
        await self._send(hub_protocol.invocation(target, payload))
        with self.hub.lock:
            self.hub.events_sent += 1

    async def _ping(self) -> None:
        while True:
            await asyncio.sleep(self.hub.faults.ping_interval_s)
            await self._send(hub_protocol.ping())


async def endpoint(ws: WebSocket) -> None:
    sb = cast(Sandbox, ws.app.state.sandbox)
    denial, user = _refusal(sb, ws.headers, ws.query_params, PATH)
    if denial is not None or user is None:
        if "websocket.http.response" in ws.scope.get("extensions", {}):
            await ws.send_denial_response(denial or Response(status_code=401))
        else:
            await ws.close(1008)
        return
    await ws.accept()
    hub = hub_of(sb)
    conn = HubConnection(ws, sb, user, hub)
    with hub.lock:
        hub.connections.add(conn)
        hub.connects += 1
    try:
        await conn.run()
    finally:
        with hub.lock:
            hub.connections.discard(conn)


async def negotiate(request: Request) -> Response:
    """For clients that negotiate: WebSockets is the only transport offered."""
    sb = sandbox_of(request)
    denial, _user = _refusal(sb, request.headers, request.query_params, request.url.path)
    if denial is not None:
        return denial
    token = secrets.token_urlsafe(16)
    return JSONResponse({
        "negotiateVersion": 1, "connectionId": secrets.token_urlsafe(16), "connectionToken": token,
        "availableTransports": [{"transport": "WebSockets", "transferFormats": ["Text"]}],
    })


async def admin(request: Request) -> Response:
    """GET the switches; POST {refuseStatus, eventDelayS, dropEvents, dropAllEvents, pingIntervalS,
    dropConnections}; DELETE clears them."""
    sb = sandbox_of(request)
    hub = hub_of(sb)
    if request.method == "DELETE":
        with hub.lock:
            hub.faults = HubFaults()
        return no_content()
    if request.method == "POST":
        body = await json_body(request)
        status = body.get("refuseStatus", hub.faults.refuse_status)
        if status is not None and status not in REFUSABLE:
            raise bad_request(f"refuseStatus şunlardan biri olmalıdır: {REFUSABLE}.", "HUB_FAULT_INVALID")
        delay = body.get("eventDelayS", hub.faults.event_delay_s)
        drops = body.get("dropEvents", hub.faults.drop_events)
        ping_s = body.get("pingIntervalS", hub.faults.ping_interval_s)
        if (not isinstance(delay, int | float) or delay < 0 or not isinstance(drops, int) or drops < 0
                or not isinstance(ping_s, int | float) or ping_s <= 0):
            raise bad_request("eventDelayS ve dropEvents sıfır ya da pozitif, pingIntervalS pozitif olmalıdır.",
                              "HUB_FAULT_INVALID")
        with hub.lock:
            hub.faults.refuse_status = status
            hub.faults.event_delay_s = float(delay)
            hub.faults.drop_events = drops
            hub.faults.drop_all_events = bool(body.get("dropAllEvents", hub.faults.drop_all_events))
            hub.faults.ping_interval_s = float(ping_s)
            victims = list(hub.connections) if body.get("dropConnections") else []
        for conn in victims:
            conn.drop()
    with hub.lock:
        return ok(hub.faults.to_json() | {"connections": len(hub.connections), "connects": hub.connects,
                                          "eventsSent": hub.events_sent})


async def revise(request: Request) -> JSONResponse:
    """Stand-in for an operator revising a product's inputs in the panel: pricing restarts from scratch."""
    sb = sandbox_of(request)
    with sb.lock:
        p = sb.proposals.get(path_param(request, "proposal_id"))
        prod = p.product(path_param(request, "product_id")) if p is not None else None
        if p is None or prod is None:
            raise not_found("Teklif ürünü", "PROPOSAL_PRODUCT_NOT_FOUND")
        if prod.state(sb.clock.now()) != "ACTIVE":
            raise Problem(422, "resource-invalid-state", "Yalnızca fiyatlanmış ürünler revize edilebilir.",
                          codes=["PROPOSAL_PRODUCT_NOT_ACTIVE"])
        vehicle = sb.vehicles[p.vehicle_id].data if p.vehicle_id in sb.vehicles else None
        prod.retries += 1
        if p.branch in BRANCH_TYPES.values():
            reprice_branch(prod, config=sb.config, branch=p.branch, inputs=p.inputs, now=sb.clock.now(),
                           attempt=prod.retries)
        else:
            reprice(prod, config=sb.config, branch=p.branch, vehicle=vehicle, now=sb.clock.now(),
                    year_now=sb.clock.utcnow().year, attempt=prod.retries)
        sb.refresh_proposal_node(p.id)
    notify(sb, p.id)
    return ok({"proposalProductId": prod.id, "readyAt": prod.ready_at})
