"""While a purchase is in flight the saved sale already says "being paid", and no other sale can take the screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wizard_steps import choose_best, collect_quotes, confirm_payment, run, to_quotes, type_card, wait_done

from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.autosave import WizardAutosave
from insurup_desk.services.sales_flow import PAYMENT
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

        # A new sale (or a past proposal) cannot take the screen while money may be moving.
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
