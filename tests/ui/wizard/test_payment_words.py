"""What the payment step says matches what it will do: a card is charged, an open account is only debited."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from wizard_steps import choose_open_account_offer, collect_quotes, enter, to_quotes, type_card

from insurup_desk.ui.wizard.card_form import HOLDER, NUMBER, CardForm
from insurup_desk.ui.wizard.payment_page import CONFIRM
from insurup_desk.ui.wizard.wizard import SaleWizard


def test_a_card_holder_name_with_digits_is_refused(qtbot: Any) -> None:
    form = CardForm()
    qtbot.addWidget(form)
    form.number.setText("4242 4242 4242 4242")
    form.expiry.setText("12/30")
    form.cvc.setText("123")
    form.holder.setText("AYSE 1234")
    assert "rakam" in form.problems()[HOLDER]
    form.holder.setText("AYŞE YILMAZ")
    assert HOLDER not in form.problems()


def test_the_confirmation_says_what_each_method_does(qtbot: Any, wizard: SaleWizard) -> None:
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    choose_open_account_offer(qtbot, wizard)
    page = wizard.payment_page
    assert page.payment is not None
    type_card(qtbot, wizard)
    enter(qtbot, page.card.cvc)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == CONFIRM)
    assert "karttan ödeme hemen alınır" in page.confirm_hint.text()
    qtbot.keyClick(page.confirm_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.stack.currentIndex() != CONFIRM)
    assert "SYNC_OPEN_ACCOUNT" in page.payment.options  # the demo's best offer takes both
    page.pay_account.setChecked(True)
    page.primary()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == CONFIRM)
    hint = page.confirm_hint.text()
    assert "açık hesabına borç yazılır" in hint and "karttan ödeme alınmaz" in hint


def test_a_field_marked_wrong_is_cleared_as_soon_as_the_operator_corrects_it(qtbot: Any) -> None:
    form = CardForm()
    qtbot.addWidget(form)
    form.show()
    assert not form.validate()
    assert form.errors.message(HOLDER)
    form.holder.setFocus()
    qtbot.keyClicks(form.holder, "AYSE")
    assert form.errors.message(HOLDER) == ""  # no longer red while it is being fixed
    assert form.errors.message(NUMBER)  # the others still say what is wrong
