"""Quote polling and the quote board without widgets, against a scripted fake proposal source."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest

from insurup_desk.api.errors import NetworkError, SessionExpired
from insurup_desk.api.models import Proposal
from insurup_desk.services.quote_board import QuoteBoard
from insurup_desk.services.quote_collector import PollSchedule, QuoteCollector, is_settled

FAST = PollSchedule(fast_s=0.001, fast_for_s=10, medium_s=0.002, medium_for_s=20, slow_s=0.003,
                    give_up_after_s=30, error_backoff_s=0.001)


def product(pid: str, state: str, gross: str | None = None, *, insurer: str = "", robot: bool = False,
            error: str | None = None, options: tuple[str, ...] = ("SYNC_CREDIT_CARD",)) -> dict[str, Any]:
    premiums = [] if gross is None else [
        {"installmentNumber": 1, "grossPremium": gross, "netPremium": gross, "currency": "TURKISH_LIRA"},
        {"installmentNumber": 3, "grossPremium": str(Decimal(gross) * Decimal("1.05")),
         "currency": "TURKISH_LIRA"}]
    return {"id": pid, "insuranceCompanyName": insurer or f"Sigorta {pid}", "productName": "Trafik",
            "productType": "ROBOT" if robot else "WEB_SERVICE", "state": state, "premiums": premiums,
            "errorMessage": error, "supportedPaymentOptions": list(options)}


def proposal(*products: dict[str, Any]) -> Proposal:
    return Proposal.model_validate({"proposalId": "p1", "state": "WAITING", "products": list(products)})


class Script:
    """Hands out a prepared sequence of answers, repeating the last one."""

    def __init__(self, answers: list[Proposal | Exception]) -> None:
        self.answers = answers
        self.calls = 0

    async def __call__(self, proposal_id: str) -> Proposal:
        assert proposal_id == "p1"
        answer = self.answers[min(self.calls, len(self.answers) - 1)]
        self.calls += 1
        if isinstance(answer, Exception):
            raise answer
        return answer


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_schedule_is_quick_first_then_slower() -> None:
    s = PollSchedule()
    assert 0.25 <= s.interval(0) <= 0.4
    assert s.interval(30) > s.interval(0)
    assert s.interval(200) > s.interval(30)
    assert s.give_up_after_s == 300


@pytest.mark.asyncio
async def test_collector_polls_until_every_insurer_answered() -> None:
    script = Script([
        proposal(product("a", "WAITING"), product("b", "WAITING")),
        proposal(product("a", "ACTIVE", "9000"), product("b", "WAITING")),
        proposal(product("a", "ACTIVE", "9000"), product("b", "FAILED", error="Araç bulunamadı")),
    ])
    seen: list[int] = []
    collector = QuoteCollector(script, "p1", lambda p: seen.append(sum(x.state != "WAITING" for x in p.products)),
                               schedule=FAST)
    collector.start()
    await asyncio.wait_for(collector.wait(), 2)
    assert seen == [0, 1, 2]
    assert script.calls == 3
    assert collector.latest is not None and is_settled(collector.latest)
    assert not collector.timed_out


@pytest.mark.asyncio
async def test_collector_rides_out_a_dropped_line_and_reports_it() -> None:
    script = Script([NetworkError(), proposal(product("a", "ACTIVE", "100"))])
    errors: list[Exception] = []
    collector = QuoteCollector(script, "p1", lambda p: None, errors.append, schedule=FAST)
    collector.start()
    await asyncio.wait_for(collector.wait(), 2)
    assert len(errors) == 1 and isinstance(errors[0], NetworkError)
    assert collector.latest is not None


@pytest.mark.asyncio
async def test_collector_stops_on_an_expired_session() -> None:
    script = Script([SessionExpired()])
    collector = QuoteCollector(script, "p1", lambda p: None, schedule=FAST)
    collector.start()
    await asyncio.wait_for(collector.wait(), 2)
    assert isinstance(collector.stopped_by_error, SessionExpired)
    assert script.calls == 1


@pytest.mark.asyncio
async def test_collector_gives_up_after_the_time_limit() -> None:
    clock = FakeClock()
    script = Script([proposal(product("a", "WAITING"))])

    def tick(_p: Proposal) -> None:
        clock.now += 100

    collector = QuoteCollector(script, "p1", tick, schedule=PollSchedule(fast_s=0.001, medium_s=0.001,
                               slow_s=0.001, give_up_after_s=300), clock=clock)
    collector.start()
    await asyncio.wait_for(collector.wait(), 2)
    assert collector.timed_out
    assert script.calls == 3


@pytest.mark.asyncio
async def test_poke_restarts_a_finished_collector_after_a_retry() -> None:
    script = Script([proposal(product("a", "FAILED", error="Hata"))])
    collector = QuoteCollector(script, "p1", lambda p: None, schedule=FAST)
    collector.start()
    await collector.wait()
    script.answers = [proposal(product("a", "WAITING")), proposal(product("a", "ACTIVE", "500"))]
    script.calls = 0
    collector.poke()
    await asyncio.wait_for(collector.wait(), 2)
    assert collector.latest is not None and collector.latest.products[0].state == "ACTIVE"


@pytest.mark.asyncio
async def test_stop_cancels_polling() -> None:
    script = Script([proposal(product("a", "WAITING"))])
    seen: list[object] = []
    polling = asyncio.Event()

    def answered(proposal: object) -> None:
        seen.append(proposal)
        if len(seen) >= 3:
            polling.set()

    collector = QuoteCollector(script, "p1", answered, schedule=PollSchedule(fast_s=0.001))
    collector.start()
    await asyncio.wait_for(polling.wait(), 5)  # polling is under way
    await collector.stop()
    calls, answers = script.calls, len(seen)
    assert not collector.running
    # Long enough for many more polls at 1 ms if any were still scheduled; none come.
    for _ in range(200):
        await asyncio.sleep(0)
    assert script.calls == calls and len(seen) == answers


# --- board ------------------------------------------------------------------------------------


def test_board_tracks_answers_and_the_best_payable_price() -> None:
    clock = FakeClock()
    board = QuoteBoard(clock=clock)
    board.apply(proposal(product("a", "WAITING"), product("b", "WAITING"), product("r", "WAITING", robot=True)))
    assert (board.answered, board.total) == (0, 3)
    clock.now += 2
    changed = board.apply(proposal(product("a", "ACTIVE", "12000"), product("b", "WAITING"),
                                   product("r", "ACTIVE", "5000", robot=True)))
    assert changed == [0, 2]
    a, _b, robot = board.rows
    assert a.best and a.answered_at == 102.0
    assert not robot.payable and not robot.best  # cheaper, but cannot be bought through the API
    clock.now += 1
    changed = board.apply(proposal(product("a", "ACTIVE", "12000"), product("b", "ACTIVE", "9000.50"),
                                   product("r", "ACTIVE", "5000", robot=True)))
    assert set(changed) == {0, 1}  # b priced, and the best flag moved from a to b
    assert board.best_row is board.rows[1]
    assert board.rows[1].gross == Decimal("9000.50")
    assert [p.installments for p in board.rows[1].plans] == [1, 3]
    assert board.answered == 3


def test_board_reports_all_failed() -> None:
    board = QuoteBoard()
    board.apply(proposal(product("a", "FAILED", error="x"), product("b", "FAILED", error="y")))
    assert board.all_failed and board.best_row is None


def test_retrying_row_waits_again_until_a_new_answer() -> None:
    clock = FakeClock()
    board = QuoteBoard(clock=clock)
    board.apply(proposal(product("a", "FAILED", error="Servis yanıt vermedi")))
    clock.now = 150
    index = board.mark_retrying("a")
    retried = board.rows[0]
    assert index == 0 and retried.status == "waiting" and retried.waiting_since == 150
    board.apply(proposal(product("a", "ACTIVE", "700")))
    answered = board.rows[0]
    assert answered.status == "priced" and answered.best


def test_an_unknown_state_survives_as_other() -> None:
    board = QuoteBoard()
    board.apply(proposal(product("a", "UNDER_REVIEW")))
    assert board.rows[0].status == "other" and board.answered == 1


def test_a_failed_purchase_is_payable_again() -> None:
    board = QuoteBoard()
    board.apply(proposal(product("a", "PURCHASE_FAILED", "900"), product("b", "ACTIVE", "950")))
    failed = board.rows[0]
    assert failed.status == "priced" and failed.payable and failed.best and failed.raw_state == "PURCHASE_FAILED"
