"""One sale, then the next in the same window: nothing of the first reaches the second; Enter buys what is shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from wizard_steps import (
    choose_best,
    choose_open_account_offer,
    collect_quotes,
    confirm_payment,
    enter,
    new_customer,
    new_vehicle,
    run,
    tckn,
    to_quotes,
    type_card,
    wait_done,
)

from insurup_desk.services.sales_flow import CUSTOMER, PAYMENT
from insurup_desk.ui.wizard.wizard import SaleWizard


def test_enter_after_pricing_settles_buys_the_starred_best_offer(qtbot: Any, wizard: SaleWizard) -> None:
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    page = wizard.quotes_page
    best = page.model.board.best_row
    assert best is not None
    assert page.current_row() is best
    assert best.insurer in page.continue_button.text()
    enter(qtbot, page.table)
    qtbot.waitUntil(lambda: wizard.flow.current == PAYMENT)
    assert wizard.flow.data.proposal_product_id == best.id


def test_moving_the_current_row_moves_highlight_plan_and_button_together(qtbot: Any, wizard: SaleWizard) -> None:
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    page = wizard.quotes_page
    page.table.setFocus()
    # Ctrl+End moves the current row without touching the selection in an extended-selection table.
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    row = page.current_row()
    assert row is not None and row is not page.model.board.best_row
    current = page.table.currentIndex()
    assert page.table.selectionModel().isRowSelected(current.row(), current.parent())
    if row.payable:
        assert row.insurer in page.continue_button.text() and page.continue_button.isEnabled()
        assert page.plan.count() == len(row.plans) and page.plan.currentData() == row.plans[0].installments
    else:
        assert not page.continue_button.isEnabled() and page.plan.count() == len(row.plans)
    # The operator's choice stands: a late answer does not move the current row back to the best.
    page._on_proposal(run(qtbot, wizard.service.proposal(wizard.flow.data.proposal_id or "")))
    assert page.current_row() is not None and page.current_row().id == row.id  # type: ignore[union-attr]


def test_two_sales_in_a_row_share_nothing(qtbot: Any, wizard: SaleWizard) -> None:
    # First sale: a known customer, paid by open account.
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    choose_open_account_offer(qtbot, wizard)
    payment = wizard.payment_page
    qtbot.waitUntil(lambda: payment.pay_account.isEnabled())
    payment.pay_account.setChecked(True)
    payment.primary()
    qtbot.waitUntil(lambda: payment.stack.currentIndex() == 1)
    enter(qtbot, payment.confirm_button)
    wait_done(qtbot, wizard)
    wizard.done_page.send()
    first_dialog = wizard.done_page.send_dialog
    assert first_dialog is not None
    qtbot.waitUntil(lambda: bool(first_dialog.email.text()))
    first = first_dialog.email.text()
    first_dialog.reject()
    wizard.activateWindow()  # the window manager's part when a dialog closes
    qtbot.waitUntil(wizard.isActiveWindow)
    first_label = wizard.flow.data.customer_label
    wizard.customer_page.search.setText("Ayşe")  # what the first sale's search box would have kept

    # Second sale in the same window: a new customer who pays by card.
    qtbot.keyClick(wizard.done_page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: wizard.flow.current == CUSTOMER)
    customer = wizard.customer_page
    assert customer.search.text() == "" and customer.results.count() == 0
    assert not customer.form.isVisible()
    qtbot.keyClick(customer.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = customer.form
    typed = (form.full_name.text(), form.birth_date.text().strip(". "), form.phone.text(), form.email.text())
    assert typed == ("", "", "", "")
    assert form.city.currentData() in (None, "")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    new_customer(qtbot, wizard, tckn("204857362"), name="Deniz Kaya", email="deniz@example.com")
    new_vehicle(qtbot, wizard, plate="06zz901", serial="zz901234")
    quotes = wizard.quotes_page
    assert quotes.model.board.total == 0 and not quotes.continue_button.isEnabled()
    assert not quotes.belgeler.document_action.isEnabled()
    assert first_label not in quotes.context_line.text() and "Deniz Kaya" in quotes.context_line.text()
    collect_quotes(qtbot, wizard)
    choose_best(qtbot, wizard)
    assert wizard.payment_page.pay_card.isChecked() and wizard.payment_page.card.isVisible()
    assert wizard.payment_page.card.is_empty()
    type_card(qtbot, wizard)
    confirm_payment(qtbot, wizard)
    wait_done(qtbot, wizard)
    wizard.done_page.send()
    dialog = wizard.done_page.send_dialog
    assert dialog is not None and dialog is not first_dialog
    qtbot.waitUntil(lambda: bool(dialog.email.text()))
    assert dialog.email.text() == "deniz@example.com" != first
    dialog.reject()
    assert "Deniz Kaya" in wizard.done_page.details.text() or "Deniz Kaya" in wizard.flow.data.customer_label
