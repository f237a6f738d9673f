"""The client's hub connection: typed events, reconnect with a fresh token, re-Register, bad frames, no hub."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from decimal import Decimal

import httpx
import pytest
from hub_fake_server import Script, app, event

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.api.hub import HubStatus, HubTiming, ProposalHub
from insurup_desk.api.models.hub_events import HubEvent, HubEventKind
from insurup_desk.sandbox import Sandbox, SandboxServer

pytestmark = pytest.mark.asyncio

QUICK = HubTiming(backoff_s=(0.0, 0.05), unavailable_retry_s=60.0, keepalive_s=0.05, handshake_timeout_s=5.0)
PRICED = {"proposalId": "p1", "proposalProductId": "pp1", "productId": 1, "productName": "Trafik",
          "productType": "WEB_SERVICE", "insuranceCompanyId": 3, "insuranceCompanyName": "Deneme Sigorta",
          "supportedPaymentOptions": ["SYNC_CREDIT_CARD"], "needsInvestigationByCompany": False,
          "hasVocationalDiscount": False, "hasUndamagedDiscount": True,
          "premiums": [{"installmentNumber": 1, "insurancePremiumReference": "r1", "netPremium": 8500.0,
                        "grossPremium": 9000.5, "commission": 500.0, "exchangeRate": 1,
                        "currency": "TURKISH_LIRA"}]}


async def wait_until(predicate: Callable[[], object], timeout: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.01)


class StaticTokens:
    """Hands out the given tokens in turn; records which were turned down."""

    def __init__(self, *tokens: str) -> None:
        self.tokens = list(tokens)
        self.rejected: list[str] = []

    async def access_token(self) -> str:
        return self.tokens[0]

    async def refresh_after_unauthorized(self, rejected_token: str) -> None:
        self.rejected.append(rejected_token)
        if len(self.tokens) > 1:
            self.tokens.pop(0)


@pytest.fixture
def scripted() -> Iterator[tuple[Script, SandboxServer]]:
    script = Script()
    server = SandboxServer(app(script), host="127.0.0.1", port=0)
    server.start()
    try:
        yield script, server
    finally:
        server.stop()


async def _signed_in(server: SandboxServer) -> InsurUpClient:
    client = InsurUpClient(ApiConfig.for_origin(server.url), hub_timing=QUICK)
    await client.auth.login("gise@demo.acente", "Demo1234!")
    return client


async def _proposal(client: InsurUpClient, sandbox: Sandbox) -> str:
    ayse = next(c for c in sandbox.customers.values() if c.data.get("identityNumber") == "11111111110")
    vehicle = next(v for v in sandbox.vehicles.values() if v.customer_id == ayse.id)
    body = {"$type": "trafik", "productBranch": "TRAFIK", "insurerCustomerId": ayse.id,
            "insuredCustomerId": ayse.id, "vehicleId": vehicle.id, "channel": "CALL_CENTER"}
    answer = await client.session.json("POST", "proposals", json_body=body, idempotent=False)
    return str(answer["proposalId"])


async def test_events_arrive_typed_after_register(live_sandbox: SandboxServer, sandbox: Sandbox) -> None:
    client = await _signed_in(live_sandbox)
    try:
        sandbox.clock.freeze()
        pid = await _proposal(client, sandbox)
        events: list[HubEvent] = []
        client.hub.subscribe(pid, events.append)
        await wait_until(lambda: client.hub.status is HubStatus.LIVE)
        # Register is fire-and-forget: wait until the sandbox holds it before pricing finishes.
        await wait_until(lambda: sandbox_registered(sandbox, pid))
        sandbox.clock.advance(5)
        products = sandbox.proposals[pid].products
        await wait_until(lambda: len({e.product_id for e in events if e.kind in (
            HubEventKind.PRICED, HubEventKind.FAILED)}) == len(products))
        priced = next(e for e in events if e.kind is HubEventKind.PRICED)
        rec = next(p for p in products if p.id == priced.product_id)
        assert priced.data.premiums is not None
        assert priced.data.premiums[0].gross_premium == Decimal(str(rec.premiums[0]["grossPremium"]))
        assert priced.data.insurance_company_name == rec.insurer_name
    finally:
        await client.aclose()
    assert client.hub.status is HubStatus.CLOSED


def sandbox_registered(sandbox: Sandbox, proposal_id: str) -> bool:
    from insurup_desk.sandbox.hub import hub_of

    return any(proposal_id in c.registered for c in list(hub_of(sandbox).connections))


async def test_reconnects_after_a_drop_and_registers_again(live_sandbox: SandboxServer, sandbox: Sandbox) -> None:
    client = await _signed_in(live_sandbox)
    try:
        sandbox.clock.freeze()
        pid = await _proposal(client, sandbox)
        events: list[HubEvent] = []
        statuses: list[HubStatus] = []
        client.hub.subscribe(pid, events.append, statuses.append)
        await wait_until(lambda: sandbox_registered(sandbox, pid))
        async with httpx.AsyncClient(base_url=live_sandbox.url) as http:
            await http.post("/_sandbox/hub", json={"dropConnections": True})
        await wait_until(lambda: client.hub.connects == 2 and sandbox_registered(sandbox, pid))
        assert HubStatus.DOWN in statuses and statuses[-1] is HubStatus.LIVE
        sandbox.clock.advance(5)
        await wait_until(lambda: any(e.kind is HubEventKind.PRICED for e in events))
    finally:
        await client.aclose()


async def test_a_token_refresh_reconnects_with_the_new_token(scripted: tuple[Script, SandboxServer]) -> None:
    script, server = scripted
    tokens = StaticTokens("first")
    hub = ProposalHub(server.url, tokens, timing=QUICK)
    try:
        hub.subscribe("p1", lambda _e: None)
        await wait_until(lambda: len([m for m in script.received if m.get("target") == "Register"]) == 1)
        tokens.tokens = ["second"]
        hub.renew()
        await wait_until(lambda: len([m for m in script.received if m.get("target") == "Register"]) == 2)
        assert script.tokens == ["Bearer first", "Bearer second"]
        assert hub.connects == 2
    finally:
        await hub.aclose()


async def test_a_refused_token_is_renewed_once(live_sandbox: SandboxServer) -> None:
    client = await _signed_in(live_sandbox)
    good = await client.auth.access_token()
    tokens = StaticTokens("expired-or-unknown", good)
    hub = ProposalHub(live_sandbox.url, tokens, timing=QUICK)
    try:
        hub.subscribe("p1", lambda _e: None)
        await wait_until(lambda: hub.status is HubStatus.LIVE)
        assert tokens.rejected == ["expired-or-unknown"]
    finally:
        await hub.aclose()
        await client.aclose()


async def test_bad_frames_and_unknown_events_are_skipped_and_logged_once(
        scripted: tuple[Script, SandboxServer], caplog: pytest.LogCaptureFixture) -> None:
    script, server = scripted
    script.after_register = [
        "not json at all\x1e", "[1, 2]\x1e",
        event("ReceiveSomethingNew", {"proposalId": "p1"}),
        event("ReceiveSomethingNew", {"proposalId": "p1"}),
        event("ReceiveProposalProductSuccess", {"proposalId": "p1"}),  # no product id: not the contract
        event("ReceiveProposalProductSuccess", PRICED | {"brandNewField": 1}),
        event("ReceiveProposalProductSuccess", PRICED | {"brandNewField": 2}),
        event("ReceiveProposalProductPurchased", {**PRICED, "policyId": "pol-1"}),
    ]
    script.ping_after_register = True
    events: list[HubEvent] = []
    hub = ProposalHub(server.url, StaticTokens("t"), timing=QUICK)
    caplog.set_level(logging.WARNING, logger="insurup_desk.api.hub")
    try:
        hub.subscribe("p1", events.append)
        await wait_until(lambda: len(events) == 3)
        # Our own keep-alive pings go out on the same connection.
        await wait_until(lambda: any(m.get("type") == 6 for m in script.received))
    finally:
        await hub.aclose()
    assert [e.kind for e in events] == [HubEventKind.PRICED, HubEventKind.PRICED, HubEventKind.PURCHASED]
    assert events[2].data.policy_id == "pol-1"
    assert events[0].data.premiums is not None and events[0].data.premiums[0].gross_premium == Decimal("9000.5")
    messages = [r.getMessage() for r in caplog.records]
    assert sum("unknown event 'ReceiveSomethingNew'" in m for m in messages) == 1
    assert sum("unknown field 'brandNewField'" in m for m in messages) == 1
    assert sum("unreadable record" in m for m in messages) == 1
    assert sum("does not match the contract" in m for m in messages) == 1
    assert hub.connects == 1  # none of it broke the connection


async def test_a_server_without_a_hub_is_unavailable_quietly(live_sandbox: SandboxServer) -> None:
    client = await _signed_in(live_sandbox)
    async with httpx.AsyncClient(base_url=live_sandbox.url) as http:
        await http.post("/_sandbox/hub", json={"refuseStatus": 404})
    statuses: list[HubStatus] = []
    try:
        client.hub.subscribe("p1", lambda _e: None, statuses.append)
        await wait_until(lambda: client.hub.status is HubStatus.UNAVAILABLE)
        assert statuses == [HubStatus.CONNECTING, HubStatus.UNAVAILABLE]
    finally:
        await client.aclose()


async def test_an_in_process_transport_has_no_hub(sandbox_app: object) -> None:
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), hub_timing=QUICK,
                           transport=httpx.ASGITransport(app=sandbox_app))  # type: ignore[arg-type]
    try:
        await client.auth.login("gise@demo.acente", "Demo1234!")
        client.hub.subscribe("p1", lambda _e: None)
        await wait_until(lambda: client.hub.status in (HubStatus.UNAVAILABLE, HubStatus.DOWN))
    finally:
        await client.aclose()
