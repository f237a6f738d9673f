"""While a purchase is in flight the saved sale already says "being paid", and no other sale can take the screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QMessageBox
from wizard_steps import (
    FAST_POLL,
    choose_best,
    collect_quotes,
    confirm_payment,
    run,
    to_quotes,
    type_card,
    wait_done,
)

from insurup_desk.api import InsurUpClient
from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.autosave import WizardAutosave
from insurup_desk.services.purchase_journal import AsyncJournal, JournalState, open_journal
from insurup_desk.services.purchase_watch import PurchaseWatch, WatchedOutcome
from insurup_desk.services.sale import SaleTools
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import CUSTOMER, PAYMENT
from insurup_desk.store import AsyncStore, Database, RecordCipher, Store
from insurup_desk.ui.wizard.payment_page import WORKING
from insurup_desk.ui.wizard.wizard import SaleWizard


def test_the_sale_is_saved_as_being_paid_before_the_answer_and_cannot_be_left(
    qtbot: Any, wizard: SaleWizard, sandbox: Any, tmp_path: Path
) -> None:
    store = AsyncStore(Store(Database(tmp_path / "desk.sqlite"), RecordCipher(b"k" * 32)))
    try:
        wizard.attach_autosave(WizardAutosave(store, owner="gise@demo.acente"))
        to_quotes(qtbot, wizard)
        collect_quotes(qtbot, wizard)
        choose_best(qtbot, wizard)
        charges_before = len(sandbox.charges)
        # The insurer takes its time: the desk must not wait for the answer to record what it is doing.
        sandbox.faults.add(FaultRule(route="/api/proposals/*/purchase/*", latency_s=1.5, count=1))
        type_card(qtbot, wizard)
        confirm_payment(qtbot, wizard)
        payment = wizard.payment_page
        qtbot.waitUntil(lambda: payment.stack.currentIndex() == WORKING)

        def saved() -> dict[str, Any]:
            record = run(qtbot, store.call(store.sync.load_autosave, "wizard"))
            return dict(record.payload["flow"]) if record is not None else {}

        qtbot.waitUntil(lambda: bool(saved().get("data", {}).get("pending_purchase")), timeout=1_000)
        assert saved()["current"] == PAYMENT and len(sandbox.charges) == charges_before  # not answered yet

        # Without a watch to keep checking it, a sale whose money may be moving cannot be left at all.
        assert wizard.watch is None
        wizard.open_new_sale()
        assert wizard.flow.current == PAYMENT and "ödeme sonucu" in wizard.notice.text()
        wizard.open_proposal(wizard.flow.data.proposal_id or "")
        assert wizard.flow.current == PAYMENT

        wait_done(qtbot, wizard)
        assert len(sandbox.charges) == charges_before + 1
        assert not wizard.flow.data.pending_purchase
        assert wizard.autosave is not None
        run(qtbot, wizard.autosave.flush())  # nothing is still writing when the store closes
    finally:
        store.close()


def _watched_wizard(qtbot: Any, sale_client: InsurUpClient, journal: AsyncJournal) -> tuple[SaleWizard, PurchaseWatch]:
    watch = PurchaseWatch(sale_client.purchases, journal, interval_s=0.05)
    wizard = SaleWizard(SaleTools(SaleService(sale_client), journal, watch), schedule=FAST_POLL)
    wizard.quotes_page.open_file = lambda _path: None
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard, watch


def _leave_box(wizard: SaleWizard) -> QMessageBox:
    box = wizard.leave_question
    assert box is not None and box.objectName() == "leavePayingSale" and box.isVisible()
    return box


def _button(box: QMessageBox, text: str) -> QAbstractButton:
    [button] = [b for b in box.buttons() if text in b.text()]
    return button


def test_a_new_sale_opened_while_paying_still_brings_the_first_sales_policy(
    qtbot: Any, sale_client: InsurUpClient, sandbox: Any
) -> None:
    journal = open_journal(None)
    wizard, watch = _watched_wizard(qtbot, sale_client, journal)
    told: list[list[WatchedOutcome]] = []
    watch.add_announcer(told.append)
    try:
        to_quotes(qtbot, wizard)
        collect_quotes(qtbot, wizard)
        choose_best(qtbot, wizard)
        first = wizard.sale
        proposal_id = first.data.proposal_id
        charges_before = len(sandbox.charges)
        sandbox.faults.add(FaultRule(route="/api/proposals/*/purchase/*", latency_s=1.0, count=1))
        type_card(qtbot, wizard)
        confirm_payment(qtbot, wizard)
        qtbot.waitUntil(lambda: wizard.payment_page.stack.currentIndex() == WORKING)

        # The operator is asked; staying keeps the sale on screen.
        wizard.open_new_sale()
        box = _leave_box(wizard)
        _button(box, "kal").click()
        qtbot.waitUntil(lambda: not box.isVisible())
        assert wizard.sale is first and wizard.flow.current == PAYMENT

        # Moving on: a new, empty sale takes the screen while the first one's purchase is still out.
        wizard.open_new_sale()
        _button(_leave_box(wizard), "geç").click()
        qtbot.waitUntil(lambda: wizard.sale is not first)
        assert wizard.flow.current == CUSTOMER and wizard.flow.data.customer_id is None
        assert first.money_may_move and len(sandbox.charges) == charges_before

        # The first sale's purchase finishes unseen; its policy is told, once, and nothing was paid twice.
        qtbot.waitUntil(lambda: bool(told), timeout=10_000)
        [[outcome]] = told
        assert outcome.entry.proposal_id == proposal_id and outcome.entry.state is JournalState.PURCHASED
        assert outcome.entry.policy_number
        assert len(sandbox.charges) == charges_before + 1
        assert wizard.flow.current == CUSTOMER  # the new sale was not disturbed
    finally:
        run(qtbot, watch.stop())
        journal.close()
