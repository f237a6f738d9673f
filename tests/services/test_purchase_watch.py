"""Purchases nobody is looking at are checked until their outcome is known, and that outcome is told once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from purchase_fakes import CARD, FakePurchases

from insurup_desk.api.errors import NetworkError, PurchaseOutcomeUnknown
from insurup_desk.api.models import Policy, PurchaseResult, Reconciliation
from insurup_desk.services.purchase_guard import PurchaseGuard
from insurup_desk.services.purchase_journal import AsyncJournal, JournalState, open_journal
from insurup_desk.services.purchase_watch import PurchaseWatch, WatchedOutcome
from insurup_desk.services.sale_payment import PaymentStep, SalePayment


@pytest.fixture
def journal() -> Iterator[AsyncJournal]:
    journal = open_journal(None)
    yield journal
    journal.close()


def _told(watch: PurchaseWatch) -> list[list[WatchedOutcome]]:
    told: list[list[WatchedOutcome]] = []
    watch.add_announcer(told.append)
    return told


@pytest.mark.asyncio
async def test_at_start_open_lines_are_reconciled_and_the_issued_policy_is_told_once(journal: AsyncJournal) -> None:
    await journal.begin("p1", "pp1", 1, "SYNC_CREDIT_CARD")  # the desk died with this request in flight
    await journal.begin("p2", "pp2", 1, "SYNC_CREDIT_CARD")
    await journal.begin("p3", "pp3", 1, "SYNC_CREDIT_CARD")
    api = FakePurchases()
    api.reconcile_answers = [
        Reconciliation(status="PURCHASED", policy=Policy(id="pol1", insuranceCompanyPolicyNumber="N-1",
                                                         insuranceCompanyName="Anadolu")),
        Reconciliation(status="NOT_PURCHASED"),
        NetworkError("hat yok"),
    ]
    watch = PurchaseWatch(api, journal)
    told = _told(watch)

    outcomes = await watch.announce_after_reconcile()

    by_proposal = {o.entry.proposal_id: o for o in outcomes}
    assert by_proposal["p1"].entry.state is JournalState.PURCHASED and by_proposal["p1"].entry.policy_number == "N-1"
    assert by_proposal["p1"].policy is not None
    assert by_proposal["p2"].entry.state is JournalState.NOT_PURCHASED
    assert by_proposal["p3"].entry.is_open  # still unknown: said so, and kept
    assert len(told) == 1
    # Told once: a second start tells only what is still open.
    api.reconcile_answers = [PurchaseOutcomeUnknown("yine yok", proposal_id="p3", proposal_product_id="pp3")]
    again = await watch.announce_after_reconcile()
    assert [o.entry.proposal_id for o in again] == ["p3"]


@pytest.mark.asyncio
async def test_a_malformed_check_proves_nothing_and_keeps_the_line_open(journal: AsyncJournal) -> None:
    await journal.begin("p1", "pp1", 1, "SYNC_CREDIT_CARD")
    api = FakePurchases()
    api.reconcile_answers = [ValueError("1 validation error for Reconciliation")]
    watch = PurchaseWatch(api, journal)
    outcomes = await watch.announce_after_reconcile()
    assert [o.entry.is_open for o in outcomes] == [True]
    assert len(journal.sync.open_entries()) == 1


@pytest.mark.asyncio
async def test_a_sale_left_while_paying_has_its_policy_told_when_it_arrives(journal: AsyncJournal) -> None:
    api = FakePurchases()
    api.pay_answers = [PurchaseOutcomeUnknown("zaman aşımı", proposal_id="p1", proposal_product_id="pp1")]
    api.reconcile_answers = [NetworkError("hat yok"),
                             Reconciliation(status="PURCHASED", policy=Policy(id="pol1",
                                                                              insuranceCompanyPolicyNumber="N-1"))]

    async def no_sleep(_s: float) -> None:
        return None

    payment = SalePayment(api, journal, "p1", "pp1", 1, guard=PurchaseGuard(api, "p1", sleep=no_sleep))
    payment.offer_loaded(("SYNC_CREDIT_CARD",))
    watch = PurchaseWatch(api, journal)
    watch.track(payment)
    told = _told(watch)
    payment.confirm()
    await payment.pay(CARD)
    assert payment.step is PaymentStep.CHECKING  # the line dropped during the first check too

    # An outcome found for a sale still on screen is the page's to show, not the watch's.
    assert await watch.pending_announcements() == []
    payment.left_by_operator()  # the operator opened another sale
    await watch.reconcile_open()
    await watch._tasks.wait_all()

    assert payment.step is PaymentStep.PURCHASED
    assert len(told) == 1 and told[0][0].entry.policy_number == "N-1"
    assert len(api.pay_calls) == 1


@pytest.mark.asyncio
async def test_a_bought_payment_on_screen_is_not_announced(journal: AsyncJournal) -> None:
    api = FakePurchases()
    api.pay_answers = [PurchaseResult(policy_id="pol1")]
    payment = SalePayment(api, journal, "p1", "pp1", 1)
    payment.offer_loaded(("SYNC_CREDIT_CARD",))
    watch = PurchaseWatch(api, journal)
    watch.track(payment)
    told = _told(watch)
    payment.confirm()
    await payment.pay(CARD)
    await watch.announce_after_reconcile()
    assert told == [] and journal.sync.unseen() == []
