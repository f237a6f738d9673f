"""The proposal-detail hub over a real socket: handshake, auth, Register, the eight events, pings, close, faults."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from httpx_ws import WebSocketDisconnect, WebSocketUpgradeError
from hub_client import HANDSHAKE, frame, hub_peer, login, register
from rest_helpers import VALID_CARD, Demo

from insurup_desk.sandbox import Sandbox, SandboxServer

pytestmark = pytest.mark.asyncio

BASE_FIELDS = {"proposalId", "proposalProductId", "productId", "productName", "productType", "insuranceCompanyId",
               "insuranceCompanyName", "supportedPaymentOptions"}


async def _proposal(origin: str, token: str, demo: Demo) -> str:
    body = {"$type": "trafik", "productBranch": "TRAFIK", "insurerCustomerId": demo.customer_id,
            "insuredCustomerId": demo.customer_id, "vehicleId": demo.vehicle_id, "channel": "CALL_CENTER"}
    async with httpx.AsyncClient(base_url=origin, headers={"Authorization": f"Bearer {token}"}) as http:
        r = await http.post("/api/proposals", json=body)
        assert r.status_code == 200, r.text
        return str(r.json()["proposalId"])


async def _rest(origin: str, token: str, method: str, path: str, **kw: Any) -> httpx.Response:
    async with httpx.AsyncClient(base_url=origin, headers={"Authorization": f"Bearer {token}"}) as http:
        return await http.request(method, path, **kw)


async def _admin(origin: str, body: dict[str, Any]) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=origin) as http:
        r = await http.post("/_sandbox/hub", json=body)
        assert r.status_code == 200, r.text
        result: dict[str, Any] = r.json()
        return result


async def test_handshake_is_answered_by_an_empty_record(live_sandbox: SandboxServer) -> None:
    token = await login(live_sandbox.url)
    async with hub_peer(live_sandbox.url, token) as peer:
        assert await peer.next() == {}


async def test_a_wrong_protocol_gets_a_handshake_error(live_sandbox: SandboxServer) -> None:
    token = await login(live_sandbox.url)
    async with hub_peer(live_sandbox.url, token, handshake=frame({"protocol": "messagepack", "version": 1})) as peer:
        answer = await peer.next()
        assert "error" in answer and "json" in answer["error"]


@pytest.mark.parametrize("token", [None, "not-a-token"])
async def test_no_or_unknown_token_is_refused_before_upgrade(live_sandbox: SandboxServer, token: str | None) -> None:
    with pytest.raises(WebSocketUpgradeError) as caught:
        async with hub_peer(live_sandbox.url, token):
            pass
    assert caught.value.response.status_code == 401


async def test_an_expired_token_is_refused(live_sandbox: SandboxServer, sandbox: Sandbox) -> None:
    token = await login(live_sandbox.url)
    sandbox.clock.advance(sandbox.config.token_lifetime_s + 1)
    with pytest.raises(WebSocketUpgradeError) as caught:
        async with hub_peer(live_sandbox.url, token):
            pass
    assert caught.value.response.status_code == 401


async def test_register_then_every_pricing_event_with_rest_figures(
        live_sandbox: SandboxServer, sandbox: Sandbox, demo: Demo) -> None:
    token = await login(live_sandbox.url)
    sandbox.clock.freeze()
    pid = await _proposal(live_sandbox.url, token, demo)
    # The token may also come as a Bearer header (non-browser clients).
    async with hub_peer(live_sandbox.url, token, header=True) as peer:
        assert await peer.next() == {}
        await peer.ws.send_text(register(pid, "1"))
        assert await peer.next() == {"type": 3, "invocationId": "1", "result": None}
        sandbox.clock.advance(5)
        products = sandbox.proposals[pid].products
        priced = [p for p in products if p.outcome == "ACTIVE"]
        failed = [p for p in products if p.outcome == "FAILED"]
        assert priced and failed
        events = await peer.events(2 * len(priced) + len(failed))
    detail = (await _rest(live_sandbox.url, token, "GET", f"/api/proposals/{pid}")).json()
    by_id = {p["id"]: p for p in detail["products"]}
    targets = [e["target"] for e in events]
    assert targets.count("ReceiveProposalProductSuccess") == len(priced)
    assert targets.count("ReceiveProposalProductCoverage") == len(priced)
    assert targets.count("ReceiveProposalProductFailed") == len(failed)
    for event in events:
        assert event["type"] == 1
        (payload,) = event["arguments"]
        assert payload["proposalId"] == pid
        rest = by_id[payload["proposalProductId"]]
        if event["target"] == "ReceiveProposalProductSuccess":
            assert payload.keys() >= BASE_FIELDS
            assert [p["grossPremium"] for p in payload["premiums"]] == [p["grossPremium"] for p in rest["premiums"]]
            assert all(p["insurancePremiumReference"] for p in payload["premiums"])
            assert payload["supportedPaymentOptions"] == rest["supportedPaymentOptions"]
        elif event["target"] == "ReceiveProposalProductFailed":
            assert payload.keys() >= BASE_FIELDS
            assert payload["errorMessage"] == rest["errorMessage"] and rest["state"] == "FAILED"
        else:
            assert set(payload) >= {"proposalId", "proposalProductId", "optimalCoverage"}
            assert "productName" not in payload  # the coverage event is lean


async def test_purchase_events_and_purchase_failed(live_sandbox: SandboxServer, sandbox: Sandbox,
                                                   demo: Demo) -> None:
    token = await login(live_sandbox.url)
    pid = await _proposal(live_sandbox.url, token, demo)
    sandbox.clock.advance(5)
    prod = next(p for p in sandbox.proposals[pid].products
                if p.outcome == "ACTIVE" and "SYNC_CREDIT_CARD" in p.payment_options)
    path = f"/api/proposals/{pid}/products/{prod.id}/purchase/sync"
    async with hub_peer(live_sandbox.url, token) as peer:
        assert await peer.next() == {}
        await peer.ws.send_text(register(pid, "r"))
        assert (await peer.next())["type"] == 3
        declined = VALID_CARD | {"number": "4000000000000002"}
        r = await _rest(live_sandbox.url, token, "POST", path, json={
            "$type": "credit-card", "installmentNumber": 1, "card": declined})
        assert r.status_code == 422
        first, second = await peer.events(2)
        assert first["target"] == "ReceiveProposalProductPurchasing"
        assert second["target"] == "ReceiveProposalProductPurchaseFailed"
        assert second["arguments"][0]["errorMessage"] == "Kart bankası tarafından reddedildi."
        r = await _rest(live_sandbox.url, token, "POST", path, json={
            "$type": "credit-card", "installmentNumber": 1, "card": VALID_CARD})
        assert r.status_code == 200, r.text
        first, second = await peer.events(2)
    assert first["target"] == "ReceiveProposalProductPurchasing"
    assert second["target"] == "ReceiveProposalProductPurchased"
    assert second["arguments"][0]["policyId"] == r.json()["policyId"]


async def test_retry_and_revision_restart_pricing(live_sandbox: SandboxServer, sandbox: Sandbox,
                                                  demo: Demo) -> None:
    token = await login(live_sandbox.url)
    pid = await _proposal(live_sandbox.url, token, demo)
    sandbox.clock.advance(5)
    failed = next(p for p in sandbox.proposals[pid].products if p.outcome == "FAILED")
    priced = next(p for p in sandbox.proposals[pid].products if p.outcome == "ACTIVE")
    async with hub_peer(live_sandbox.url, token) as peer:
        assert await peer.next() == {}
        await peer.ws.send_text(register(pid, "r"))
        assert (await peer.next())["type"] == 3
        sandbox.clock.freeze()
        r = await _rest(live_sandbox.url, token, "POST", f"/api/proposals/{pid}/products/{failed.id}/retry",
                        json={})
        assert r.status_code == 204, r.text
        started = await peer.next_event()
        assert started["target"] == "ReceiveProposalProductInProgress"
        assert started["arguments"][0]["proposalProductId"] == failed.id
        async with httpx.AsyncClient(base_url=live_sandbox.url) as http:
            r = await http.post(f"/_sandbox/proposals/{pid}/products/{priced.id}/revise")
            assert r.status_code == 200, r.text
        revised = await peer.next_event()
        assert revised["target"] == "ReceiveProposalProductRevised"
        assert revised["arguments"][0]["proposalProductId"] == priced.id
        sandbox.clock.advance(5)
        later = await peer.events(4)
    assert sorted((e["target"], e["arguments"][0]["proposalProductId"]) for e in later) == sorted([
        ("ReceiveProposalProductSuccess", failed.id), ("ReceiveProposalProductCoverage", failed.id),
        ("ReceiveProposalProductSuccess", priced.id), ("ReceiveProposalProductCoverage", priced.id)])


async def test_another_agencys_proposal_sends_nothing(live_sandbox: SandboxServer, sandbox: Sandbox,
                                                      demo: Demo) -> None:
    own = await login(live_sandbox.url)
    sandbox.clock.freeze()
    pid = await _proposal(live_sandbox.url, own, demo)
    other = await login(live_sandbox.url, "diger@ornek.acente")
    async with hub_peer(live_sandbox.url, other) as peer:
        assert await peer.next() == {}
        await peer.ws.send_text(register(pid, "x"))
        answer = await peer.next()
        assert answer["type"] == 3 and answer["invocationId"] == "x" and "bulunamadı" in answer["error"]
        sandbox.clock.advance(5)
        await peer.ws.send_text(frame({"type": 6}))
        with pytest.raises(TimeoutError):
            await peer.next_event(timeout=0.6)


async def test_server_pings_and_honours_close(live_sandbox: SandboxServer) -> None:
    await _admin(live_sandbox.url, {"pingIntervalS": 0.05})
    token = await login(live_sandbox.url)
    async with hub_peer(live_sandbox.url, token) as peer:
        assert await peer.next() == {}
        assert await peer.next() == {"type": 6}
        await peer.ws.send_text(frame({"type": 7}))
        with pytest.raises(WebSocketDisconnect) as caught:
            while True:
                await peer.next()
    assert caught.value.code == 1000


async def test_refused_hub_and_negotiate(live_sandbox: SandboxServer) -> None:
    token = await login(live_sandbox.url)
    async with httpx.AsyncClient(base_url=live_sandbox.url, headers={"Authorization": f"Bearer {token}"}) as http:
        r = await http.post("/hubs/proposal-detail/negotiate?negotiateVersion=1")
        assert r.status_code == 200
        assert r.json()["availableTransports"][0]["transport"] == "WebSockets"
        await _admin(live_sandbox.url, {"refuseStatus": 501})
        assert (await http.post("/hubs/proposal-detail/negotiate")).status_code == 501
    with pytest.raises(WebSocketUpgradeError) as caught:
        async with hub_peer(live_sandbox.url, token):
            pass
    assert caught.value.response.status_code == 501


async def test_dropped_connection_ends_without_a_close_message(live_sandbox: SandboxServer) -> None:
    token = await login(live_sandbox.url)
    async with hub_peer(live_sandbox.url, token) as peer:
        assert await peer.next() == {}
        state = await _admin(live_sandbox.url, {"dropConnections": True})
        assert state["connections"] == 1
        with pytest.raises(WebSocketDisconnect) as caught:
            await peer.next()
    assert caught.value.code == 1011


async def test_dropped_and_delayed_events(live_sandbox: SandboxServer, sandbox: Sandbox, demo: Demo) -> None:
    token = await login(live_sandbox.url)
    sandbox.clock.freeze()
    pid = await _proposal(live_sandbox.url, token, demo)
    products = sandbox.proposals[pid].products
    expected = sum(2 if p.outcome == "ACTIVE" else 1 for p in products)
    await _admin(live_sandbox.url, {"dropEvents": 3, "eventDelayS": 0.05})
    async with hub_peer(live_sandbox.url, token) as peer:
        assert await peer.next() == {}
        await peer.ws.send_text(register(pid, "d"))
        assert (await peer.next())["invocationId"] == "d"
        sandbox.clock.advance(5)
        await peer.events(expected - 3)
        with pytest.raises(TimeoutError):
            await peer.next_event(timeout=0.4)
    assert (await _admin(live_sandbox.url, {}))["eventsSent"] == expected - 3


async def test_handshake_record_may_carry_register(live_sandbox: SandboxServer, sandbox: Sandbox,
                                                   demo: Demo) -> None:
    token = await login(live_sandbox.url)
    sandbox.clock.freeze()
    pid = await _proposal(live_sandbox.url, token, demo)
    async with hub_peer(live_sandbox.url, token, handshake=HANDSHAKE + register(pid, "7")) as peer:
        assert await peer.next() == {}
        assert (await peer.next())["invocationId"] == "7"
