"""Renewing last year's Kasko policy through the real desk over a loopback socket: the renewals list, one action
to a priced quotes step (last year's premium and each offer's change), one offer re-priced with other options
live through the hub, a card purchase, the renewals row naming the new policy — and then a fresh sale that
starts from nothing."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from insurup_desk.sandbox import Sandbox
from insurup_desk.services.sales_flow import CUSTOMER, DONE, QUOTES
from insurup_desk.ui.pages.renewals import RenewalsPage
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.wizard.quotes_model import CHANGE
from insurup_desk.ui.wizard.revise_dialogs import ChoicesDialog
from insurup_desk.ui.wizard.wizard import SaleWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui" / "wizard"))
from desk_shell import sign_in
from wizard_steps import confirm_payment, enter, type_card, wait_done


def test_renewals_list_to_a_paid_renewal_and_the_row_names_the_new_policy(
        qtbot: Any, desk_shell: Shell, sandbox: Sandbox) -> None:
    window = sign_in(qtbot, desk_shell)
    window.resize(1366, 768)
    window.show_page("renewals")
    renewals = window.page("renewals")
    assert isinstance(renewals, RenewalsPage)
    qtbot.waitUntil(lambda: not renewals.model.is_loading and renewals.model.total_count is not None
                    and renewals.lookups > 0, timeout=10_000)
    model = renewals.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    renewed_column = titles.index("Yenileme")
    row = next(r for r in range(model.rowCount()) if model.value(r, "productBranch") == "KASKO"
               and not model.index(r, renewed_column).data())
    old_id, old_premium = model.value(row, "id"), model.value(row, "grossPremium")
    old_end = dt.date.fromisoformat(str(model.value(row, "endDate")))

    renewals.view.setFocus()
    renewals.view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(renewals.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)

    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    qtbot.waitUntil(lambda: window.current_page_key() == "new_sale" and wizard.flow.current == QUOTES
                    and wizard.flow.data.renewal_of == old_id and wizard.quotes_page.collector is not None,
                    timeout=10_000)
    page = wizard.quotes_page
    assert page.collector is not None
    qtbot.waitUntil(lambda: page.collector is not None and page.collector.mode == "live", timeout=10_000)
    qtbot.waitUntil(lambda: page.collector is not None and not page.collector.running and page.progress.isHidden()
                    and page.model.board.best_row is not None, timeout=20_000)
    assert page.renewal_line.isVisible() and page.start_date.date().toPython() == old_end
    assert wizard.flow.data.branch == "KASKO" and wizard.flow.data.coverage_group_id
    best = page.model.board.best_row
    assert best is not None and best.gross is not None
    change = page.model.index(page.model.board.rows.index(best), CHANGE).data()
    assert change and change[0] in "+−±"

    # The customer wants a different repair service on the best offer: F7, priced again live.
    events_before = page.collector.events
    qtbot.keyClick(page.table, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: isinstance(page.revise_dialog, ChoicesDialog), timeout=10_000)
    dialog = page.revise_dialog
    assert isinstance(dialog, ChoicesDialog)
    dialog.choose("onarimServisTuru", "YETKILI_SERVIS")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    revised_id = best.id
    qtbot.waitUntil(lambda: (r := page.model.board.row(revised_id)) is not None and r.revised and not r.revising
                    and r.status == "priced", timeout=20_000)
    assert page.collector is not None and page.collector.events > events_before, "the new price came as events"
    qtbot.waitUntil(lambda: (b := page.model.board.best_row) is not None and page.current_row() is b,
                    timeout=10_000)

    # The best offer shown is what Enter buys: by card.
    chosen = page.model.board.best_row
    assert chosen is not None
    enter(qtbot, page.table)
    qtbot.waitUntil(lambda: wizard.flow.current == "payment" and wizard.payment_page.amount is not None,
                    timeout=10_000)
    assert wizard.flow.data.proposal_product_id == chosen.id
    type_card(qtbot, wizard, holder="AYSE YILMAZ")
    confirm_payment(qtbot, wizard)
    wait_done(qtbot, wizard)
    assert wizard.flow.current == DONE
    new_policy_id = wizard.flow.data.policy_id
    policy_number = wizard.flow.data.policy_number
    assert new_policy_id and policy_number and len(sandbox.charges) == 1
    issued = sandbox.policies[new_policy_id].node
    assert issued["startDate"] == old_end.isoformat() and issued["vehicleId"] == model.value(row, "vehicleId")

    # Back on the renewals list the row says it was renewed, and by which policy.
    window.show_page("renewals")
    qtbot.waitUntil(lambda: bool(model.index(row, renewed_column).data()), timeout=10_000)
    assert model.value(row, "id") == old_id and model.value(row, "grossPremium") == old_premium
    assert model.index(row, renewed_column).data() == f"Yenilendi: {policy_number}"

    # The next sale starts from nothing: no customer, no renewal, no offers.
    wizard.done_page.new_sale_requested.emit()
    qtbot.waitUntil(lambda: wizard.flow.current == CUSTOMER, timeout=10_000)
    data = wizard.flow.data
    assert (data.customer_id, data.vehicle_id, data.proposal_id, data.renewal_of, data.renewal_premium) == (
        None, None, None, None, None)
    assert not data.bypass_renewal_period and wizard.quotes_page.model.board.total == 0
    assert wizard.quotes_page.renewal_line.isHidden() and wizard.quotes_page.table.isColumnHidden(CHANGE)
