"""Where the keyboard goes on each step: nothing an operator types is lost to a wandering focus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from wizard_steps import choose_best, collect_quotes, tckn, to_quotes

from insurup_desk.services.sales_flow import PAYMENT
from insurup_desk.ui.wizard.wizard import SaleWizard


def focus_is(widget: Any) -> bool:
    return QApplication.focusWidget() is widget


def test_after_filling_from_the_identity_the_keyboard_stays_in_the_form(qtbot: Any, wizard: SaleWizard) -> None:
    page = wizard.customer_page
    wizard.activateWindow()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    qtbot.waitUntil(lambda: focus_is(form.identity))
    qtbot.keyClicks(form.identity, tckn("314159265"))
    qtbot.keyClick(form.identity, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(form.full_name.text()) and form.isEnabled(), timeout=5_000)
    assert focus_is(form.identity)  # not the side menu: Enter and Tab carry on in the form
    qtbot.keyClick(form.identity, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not None and page.isAncestorOf(focus)


def test_number_keys_pick_the_plan_and_tab_leaves_the_table(qtbot: Any, wizard: SaleWizard) -> None:
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    page = wizard.quotes_page
    qtbot.waitUntil(lambda: bool(getattr(page.current_row(), "payable", False)))
    chosen = page.current_row()
    wizard.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    assert page.plan.currentData() == 3 and "3 taksit" in page.continue_button.text()
    qtbot.keyClick(page.table, Qt.Key.Key_7)  # no such plan: said, and the choice stays
    assert page.plan.currentData() == 3 and "7" in page.outcome_line.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert focus_is(page.plan) and page.current_row() is chosen  # one tab stop: the insurer did not change
    qtbot.keyClick(page.plan, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focus_is(page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.current_row() is not chosen  # arrows move between offers
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert page.current_row() is chosen
    qtbot.keyClick(page.table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the plan box's own key
    assert focus_is(page.plan)
    qtbot.keyClick(page.plan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.flow.current == PAYMENT)
    assert wizard.flow.data.installment_number == 3


def test_complete_card_fields_hand_the_keyboard_on(qtbot: Any, wizard: SaleWizard) -> None:
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    choose_best(qtbot, wizard)
    card = wizard.payment_page.card
    wizard.activateWindow()
    qtbot.waitUntil(lambda: focus_is(card.number))
    qtbot.keyClicks(card.number, "4242 4242 4242 424")
    assert focus_is(card.number)  # one digit short
    qtbot.keyClicks(card.number, "2")
    assert focus_is(card.holder)
    qtbot.keyClicks(card.holder, "DENIZ KAYA")
    qtbot.keyClick(card.holder, Qt.Key.Key_Tab)
    qtbot.keyClicks(card.expiry, "12/20")  # a four-digit year being typed is not taken for a past expiry
    assert focus_is(card.expiry)
    qtbot.keyClicks(card.expiry, "30")
    assert focus_is(card.expiry) and card.expiry.text() == "12/2030"
    card.expiry.clear()
    qtbot.keyClicks(card.expiry, "12/30")
    assert focus_is(card.cvc)
