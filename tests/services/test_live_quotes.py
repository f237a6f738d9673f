"""Quotes driven by hub events with the slow REST poll as safety net, and the fall back to polling."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from insurup_desk.api.hub import HubStatus
from insurup_desk.api.models import Proposal
from insurup_desk.api.models.hub_events import HubEvent, HubEventKind, ProductEventData
from insurup_desk.services.live_quotes import LiveSubscription, apply_event
from insurup_desk.services.quote_collector import Mode, PollSchedule, QuoteCollector

# Live: the safety poll would come only after a minute, so every REST read in these tests is a deliberate one.
LIVE = PollSchedule(fast_s=0.01, fast_for_s=10, medium_s=0.01, medium_for_s=20, slow_s=0.01,
                    give_up_after_s=30, error_backoff_s=0.01, live_s=60)


def rest_product(pid: str, state: str, gross: str | None = None) -> dict[str, Any]:
    premiums = [] if gross is None else [{"installmentNumber": 1, "grossPremium": gross, "currency": "TURKISH_LIRA"}]
    return {"id": pid, "insuranceCompanyName": f"Sigorta {pid}", "productName": "Trafik",
            "productType": "WEB_SERVICE", "state": state, "premiums": premiums,
            "supportedPaymentOptions": ["SYNC_CREDIT_CARD"]}


def proposal(*products: dict[str, Any]) -> Proposal:
    return Proposal.model_validate({"proposalId": "p1", "state": "WAITING", "products": list(products)})


def hub_event(kind: HubEventKind, pid: str, **fields: Any) -> HubEvent:
    data = {"proposalId": "p1", "proposalProductId": pid, "insuranceCompanyName": f"Sigorta {pid}",
            "supportedPaymentOptions": ["SYNC_CREDIT_CARD"]} | fields
    return HubEvent(kind, ProductEventData.model_validate(data))


def priced(pid: str, gross: str) -> HubEvent:
    return hub_event(HubEventKind.PRICED, pid, premiums=[
        {"installmentNumber": 1, "insurancePremiumReference": "r", "grossPremium": gross, "netPremium": gross,
         "currency": "TURKISH_LIRA"}])


class FakeSubscription:
    def __init__(self, feed: FakeFeed) -> None:
        self.feed = feed

    def close(self) -> None:
        self.feed.subscribers -= 1


class FakeFeed:
    """Stands in for the hub connection: the test decides its status and which events arrive."""

    def __init__(self, status: HubStatus = HubStatus.CONNECTING) -> None:
        self._status = status
        self.on_event: Callable[[HubEvent], None] | None = None
        self.on_status: Callable[[HubStatus], None] | None = None
        self.subscribers = 0

    @property
    def status(self) -> HubStatus:
        return self._status

    def subscribe(self, proposal_id: str, on_event: Callable[[HubEvent], None],
                  on_status: Callable[[HubStatus], None] | None = None) -> LiveSubscription:
        assert proposal_id == "p1"
        self.on_event, self.on_status = on_event, on_status
        self.subscribers += 1
        return FakeSubscription(self)

    def set(self, status: HubStatus) -> None:
        self._status = status
        assert self.on_status is not None
        self.on_status(status)

    def send(self, event: HubEvent) -> None:
        assert self.on_event is not None
        self.on_event(event)


class Rest:
    """The REST side: answers with whatever ``current`` is; an optional gate holds an answer back."""

    def __init__(self, current: Proposal) -> None:
        self.current = current
        self.calls = 0
        self.gate: asyncio.Event | None = None

    async def __call__(self, proposal_id: str) -> Proposal:
        self.calls += 1
        answer = self.current
        if self.gate is not None:
            await self.gate.wait()
        return answer


async def until(predicate: Callable[[], object], timeout: float = 2.0) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.002)


def test_an_event_fills_in_one_product_and_leaves_the_rest() -> None:
    before = proposal(rest_product("a", "WAITING"), rest_product("b", "WAITING"))
    after = apply_event(before, priced("a", "9000.50"))
    a, b = after.products
    assert a.state == "ACTIVE" and a.cheapest_gross == Decimal("9000.50") and b.state == "WAITING"
    failed = apply_event(after, hub_event(HubEventKind.FAILED, "b", errorMessage="Araç bulunamadı"))
    assert failed.products[1].state == "FAILED" and failed.products[1].error_message == "Araç bulunamadı"
    bought = apply_event(failed, hub_event(HubEventKind.PURCHASED, "a", policyId="pol-9"))
    assert bought.products[0].state == "PURCHASED" and bought.products[0].policy_id == "pol-9"
    assert bought.products[0].cheapest_gross == Decimal("9000.50")
    revised = apply_event(bought, hub_event(HubEventKind.REVISED, "a"))
    assert revised.products[0].state == "WAITING" and not revised.products[0].premiums


@pytest.mark.asyncio
async def test_events_drive_the_board_and_rest_only_catches_up_and_confirms() -> None:
    rest = Rest(proposal(rest_product("a", "WAITING"), rest_product("b", "WAITING")))
    feed = FakeFeed()
    seen: list[Proposal] = []
    modes: list[Mode] = []
    collector = QuoteCollector(rest, "p1", seen.append, schedule=LIVE, live=feed, on_mode=modes.append)
    collector.start()
    await until(lambda: rest.calls == 1 and len(seen) == 1)
    feed.set(HubStatus.LIVE)
    await until(lambda: rest.calls == 2)  # the catch-up read after Register
    assert modes == ["live"]
    feed.send(priced("a", "9000"))
    assert seen[-1].product("a") is not None and seen[-1].products[0].state == "ACTIVE"  # at once, no poll
    await asyncio.sleep(0.05)
    assert rest.calls == 2  # no hammering while events flow
    rest.current = proposal(rest_product("a", "ACTIVE", "9000"), rest_product("b", "FAILED"))
    feed.send(hub_event(HubEventKind.FAILED, "b", errorMessage="Hata"))
    await asyncio.wait_for(collector.wait(), 2)
    assert rest.calls == 3  # one read confirms the end
    assert not collector.running and collector.events == 2
    await collector.stop()
    assert feed.subscribers == 0


@pytest.mark.asyncio
async def test_an_older_rest_answer_does_not_undo_an_event() -> None:
    rest = Rest(proposal(rest_product("a", "WAITING"), rest_product("b", "WAITING")))
    feed = FakeFeed(HubStatus.LIVE)
    seen: list[Proposal] = []
    rest.gate = asyncio.Event()
    collector = QuoteCollector(rest, "p1", seen.append, schedule=LIVE, live=feed)
    collector.start()
    await until(lambda: rest.calls == 1)
    feed.send(priced("a", "9000"))  # arrives while the REST read (taken before it) is on its way
    rest.gate.set()
    await until(lambda: len(seen) >= 2)
    latest = seen[-1]
    assert latest.products[0].state == "ACTIVE"
    await collector.stop()


@pytest.mark.asyncio
async def test_hub_lost_mid_pricing_falls_back_to_quick_polling() -> None:
    rest = Rest(proposal(rest_product("a", "WAITING"), rest_product("b", "WAITING")))
    feed = FakeFeed(HubStatus.LIVE)
    modes: list[Mode] = []
    seen: list[Proposal] = []
    collector = QuoteCollector(rest, "p1", seen.append, schedule=LIVE, live=feed, on_mode=modes.append)
    collector.start()
    await until(lambda: rest.calls >= 1)
    feed.send(priced("a", "9000"))
    calls = rest.calls
    await asyncio.sleep(0.05)
    assert rest.calls == calls
    feed.set(HubStatus.DOWN)
    assert collector.mode == "poll" and modes[-1] == "poll"
    await until(lambda: rest.calls >= calls + 3)  # the 10 ms fast phase of the schedule
    rest.current = proposal(rest_product("a", "ACTIVE", "9000"), rest_product("b", "ACTIVE", "9100"))
    await asyncio.wait_for(collector.wait(), 2)
    assert [p.state for p in seen[-1].products] == ["ACTIVE", "ACTIVE"]
    await collector.stop()


@pytest.mark.asyncio
async def test_without_a_hub_it_is_plain_polling() -> None:
    rest = Rest(proposal(rest_product("a", "WAITING")))
    feed = FakeFeed(HubStatus.UNAVAILABLE)
    modes: list[Mode] = []
    collector = QuoteCollector(rest, "p1", lambda _p: None, schedule=LIVE, live=feed, on_mode=modes.append)
    collector.start()
    await until(lambda: rest.calls >= 3)
    assert collector.mode == "poll" and modes == []
    rest.current = proposal(rest_product("a", "ACTIVE", "9000"))
    await asyncio.wait_for(collector.wait(), 2)
    await collector.stop()
