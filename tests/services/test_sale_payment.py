"""The payment of one offer: confirm before paying, journal before sending, never twice (no Qt)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from purchase_fakes import CARD, FakePurchases

from insurup_desk.api.errors import BusinessRuleViolation, PurchaseOutcomeUnknown
from insurup_desk.api.models import Policy, PurchaseResult, Reconciliation
from insurup_desk.services.purchase_guard import PurchaseGuard, PurchaseState
from insurup_desk.services.purchase_journal import AsyncJournal, JournalState, open_journal
from insurup_desk.services.sale_payment import CARD as CARD_METHOD
from insurup_desk.services.sale_payment import OPEN_ACCOUNT, PaymentRefused, PaymentStep, SalePayment


async def _no_sleep(_s: float) -> None:
    return None


@pytest.fixture
def journal() -> Iterator[AsyncJournal]:
    journal = open_journal(None)
    yield journal
    journal.close()


def _payment(api: FakePurchases, journal: AsyncJournal, **kw: object) -> SalePayment:
    guard = PurchaseGuard(api, "p1", sleep=_no_sleep, processing_checks=2)
    payment = SalePayment(api, journal, "p1", "pp1", 1, guard=guard)
    payment.offer_loaded(("SYNC_CREDIT_CARD", "SYNC_OPEN_ACCOUNT", "ASYNC_REDIRECT"))
    return payment


@pytest.mark.asyncio
async def test_the_journal_line_is_written_before_the_request_leaves(journal: AsyncJournal) -> None:
    api = FakePurchases()
    api.pay_answers = [PurchaseResult(policy_id="pol1", policy_number="POL-1")]
    seen_at_send: list[list[JournalState]] = []
    api.on_pay = lambda: seen_at_send.append([e.state for e in journal.sync.open_entries()])
    payment = _payment(api, journal)
    steps: list[PaymentStep] = []
    payment.add_listener(lambda p: steps.append(p.step))

    payment.confirm()
    await payment.pay(CARD)

    assert seen_at_send == [[JournalState.OPEN]]  # on disk while the request was out
    assert payment.step is PaymentStep.PURCHASED and payment.outcome.policy_number == "POL-1"
    latest = journal.sync.latest_for("p1", "pp1")
    assert latest is not None and latest.state is JournalState.PURCHASED and latest.policy_id == "pol1"
    assert steps[:2] == [PaymentStep.CONFIRMING, PaymentStep.PAYING] and steps[-1] is PaymentStep.PURCHASED


@pytest.mark.asyncio
async def test_paying_needs_a_confirmation_and_happens_once(journal: AsyncJournal) -> None:
    api = FakePurchases()
    api.pay_answers = [PurchaseResult(policy_id="pol1")]
    payment = _payment(api, journal)
    with pytest.raises(PaymentRefused):
        payment.pay(CARD)  # no confirmation yet
    payment.confirm()
    with pytest.raises(PaymentRefused):
        payment.pay(None)  # a card payment needs the card
    await payment.pay(CARD)
    with pytest.raises(PaymentRefused):
        payment.confirm()
    assert len(api.pay_calls) == 1


@pytest.mark.asyncio
async def test_a_decline_returns_to_the_form_with_the_reason_and_closes_the_line(journal: AsyncJournal) -> None:
    api = FakePurchases()
    api.pay_answers = [BusinessRuleViolation("Yetersiz bakiye", status=422), PurchaseResult(policy_id="pol1")]
    payment = _payment(api, journal)
    payment.confirm()
    await payment.pay(CARD)
    assert payment.step is PaymentStep.FORM and payment.error is not None
    assert "bakiye" in payment.error.detail
    assert journal.sync.open_entries() == []
    payment.confirm()  # another card
    await payment.pay(CARD)
    assert payment.step is PaymentStep.PURCHASED and len(api.pay_calls) == 2


@pytest.mark.asyncio
async def test_a_lost_answer_is_checked_at_once_and_shows_the_issued_policy(journal: AsyncJournal) -> None:
    api = FakePurchases()
    api.pay_answers = [PurchaseOutcomeUnknown("zaman aşımı", proposal_id="p1", proposal_product_id="pp1")]
    api.reconcile_answers = [Reconciliation(status="PURCHASED", policy=Policy(id="pol9",
                                                                              insuranceCompanyPolicyNumber="N-9"))]
    payment = _payment(api, journal)
    payment.confirm()
    await payment.pay(CARD)
    assert payment.step is PaymentStep.PURCHASED and payment.outcome.policy_id == "pol9"
    assert api.reconcile_calls == 1 and len(api.pay_calls) == 1


@pytest.mark.asyncio
async def test_an_unreadable_check_keeps_the_sale_blocked_until_checked_again(journal: AsyncJournal) -> None:
    api = FakePurchases()
    api.pay_answers = [PurchaseOutcomeUnknown("zaman aşımı", proposal_id="p1", proposal_product_id="pp1")]
    api.reconcile_answers = [ValueError("truncated JSON"),
                             Reconciliation(status="NOT_PURCHASED")]
    payment = _payment(api, journal)
    payment.confirm()
    await payment.pay(CARD)
    assert payment.step is PaymentStep.CHECKING and payment.state is PurchaseState.UNKNOWN
    assert payment.money_may_move
    with pytest.raises(PaymentRefused):
        payment.confirm()
    task = payment.check_again()
    assert task is not None
    await task
    assert payment.step is PaymentStep.FORM and not payment.money_may_move
    assert journal.sync.open_entries() == []


@pytest.mark.asyncio
async def test_the_method_follows_the_offer_card_first(journal: AsyncJournal) -> None:
    payment = SalePayment(FakePurchases(), journal, "p1", "pp1", 1)
    payment.offer_loaded(("SYNC_OPEN_ACCOUNT",))
    assert payment.method == OPEN_ACCOUNT
    with pytest.raises(PaymentRefused):
        payment.choose(CARD_METHOD)
    other = SalePayment(FakePurchases(), journal, "p2", "pp2", 1)
    other.offer_loaded(("SYNC_OPEN_ACCOUNT", "SYNC_CREDIT_CARD"))
    assert other.method == CARD_METHOD


@pytest.mark.asyncio
async def test_a_payment_reopened_later_knows_what_the_journal_knows(journal: AsyncJournal) -> None:
    bought = await journal.begin("p1", "pp1", 1, CARD_METHOD)
    await journal.close_entry(bought.id, JournalState.PURCHASED, policy_id="pol1", policy_number="N-1")
    await journal.begin("p2", "pp2", 1, CARD_METHOD)  # sent, never answered

    reopened = SalePayment(FakePurchases(), journal, "p1", "pp1", 1)
    await reopened.restore(pending_in_autosave=False)
    assert reopened.step is PaymentStep.PURCHASED and reopened.outcome.policy_number == "N-1"

    pending = SalePayment(FakePurchases(), journal, "p2", "pp2", 1)
    await pending.restore(pending_in_autosave=False)
    assert pending.step is PaymentStep.CHECKING and pending.money_may_move


@pytest.mark.asyncio
async def test_a_journal_that_cannot_be_written_sends_nothing(journal: AsyncJournal) -> None:
    api = FakePurchases()
    payment = _payment(api, journal)
    journal.sync.close()  # writes now fail
    payment.confirm()
    await payment.pay(CARD)
    assert api.pay_calls == [] and payment.journal_failed and payment.step is PaymentStep.FORM
