"""Sending from the quotes step and the done page, and consent on the customer step, against the sandbox."""

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

from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.sales_flow import CUSTOMER
from insurup_desk.ui.send_dialog import SendDialog
from insurup_desk.ui.wizard.wizard import SaleWizard


def opened(qtbot: Any, dialog: SendDialog | None) -> SendDialog:
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.contact is not None and dialog.send_button.isEnabled())
    return dialog


def wait_sent(qtbot: Any, dialog: SendDialog) -> None:
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Gönderildi"))


def pay_by_account(qtbot: Any, wizard: SaleWizard) -> None:
    payment = wizard.payment_page
    qtbot.waitUntil(lambda: payment.pay_account.isEnabled())
    payment.pay_account.setChecked(True)
    payment.primary()
    qtbot.waitUntil(lambda: payment.stack.currentIndex() == 1)
    enter(qtbot, payment.confirm_button)
    wait_done(qtbot, wizard)


def test_quotes_step_sends_the_comparison_after_the_etk_question(qtbot: Any, wizard: SaleWizard,
                                                                 sandbox: Any) -> None:
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    page = wizard.quotes_page
    page.table.selectAll()
    assert page.belgeler.send_action.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = opened(qtbot, page.documents.send_dialog)
    customer = sandbox.customers[wizard.flow.data.customer_id].data
    assert dialog.email.text() == customer["primaryEmail"] and "Ayşe Yılmaz" in dialog.heading.text()
    assert dialog.document.count() == 3 and dialog.document.currentData() == "comparison"
    assert "ETK izni yok" in dialog.consent_line.text()
    dialog.send()
    assert dialog.consent_box.isVisible() and sandbox.messages == []  # the operator is asked first
    qtbot.mouseClick(dialog.send_anyway, Qt.MouseButton.LeftButton)
    wait_sent(qtbot, dialog)
    priced = [r.id for r in page.model.board.rows if r.status == "priced"]
    message = sandbox.messages[-1]
    assert message["document"] == "comparison" and message["to"] == customer["primaryEmail"]
    assert sorted(message["proposalProductIds"]) == sorted(priced)


def test_failed_or_invalid_send_keeps_what_was_typed(qtbot: Any, wizard: SaleWizard, sandbox: Any) -> None:
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    page = wizard.quotes_page
    page.documents.send()
    dialog = opened(qtbot, page.documents.send_dialog)
    dialog.document.setCurrentIndex(dialog.document.findData("offer"))
    dialog.by_sms.setChecked(True)
    dialog.phone.setText("0212 555 44 33")
    dialog.send()
    assert "cep telefonu" in dialog.field_error.text() and dialog.field_error.isVisible()
    dialog.phone.setText("0533 444 55 66")
    sandbox.faults.add(FaultRule(route="*/document/send", status=502, count=1))
    dialog.send()
    qtbot.mouseClick(dialog.send_anyway, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.isVisible())
    assert "Sigorta şirketi servisi yanıt vermedi" in dialog.banner.text()
    assert dialog.phone.text() == "0533 444 55 66" and dialog.by_sms.isChecked() and sandbox.messages == []
    dialog.send()  # the consent was already confirmed for this dialog
    wait_sent(qtbot, dialog)
    assert sandbox.messages[-1]["to"] == "+90 533 444 55 66" and sandbox.messages[-1]["channel"] == "sms"


def test_send_target_is_the_current_customer_after_a_previous_sale(qtbot: Any, wizard: SaleWizard,
                                                                   sandbox: Any) -> None:
    # Sale 1: customer A; the policy goes to A from the done page.
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    choose_open_account_offer(qtbot, wizard)
    pay_by_account(qtbot, wizard)
    a_id = wizard.flow.data.customer_id
    wizard.done_page.send()
    first = opened(qtbot, wizard.done_page.send_dialog)
    a_email = sandbox.customers[a_id].data["primaryEmail"]
    assert first.email.text() == a_email
    first.send()
    wait_sent(qtbot, first)
    assert [(m["customerId"], m["to"], m["document"]) for m in sandbox.messages] == [(a_id, a_email, "policy")]
    first.reject()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)

    # Sale 2 in the same window: customer B. Every send dialog is prefilled with B and sends to B.
    qtbot.keyClick(wizard.done_page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: wizard.flow.current == CUSTOMER)
    new_customer(qtbot, wizard, tckn("305968473"), name="Deniz Kaya", email="deniz@example.com",
                 phone="0542 333 22 11")
    new_vehicle(qtbot, wizard, plate="06zz902", serial="zz902345")
    b_id = wizard.flow.data.customer_id
    assert b_id and b_id != a_id
    collect_quotes(qtbot, wizard)
    quotes = wizard.quotes_page
    quotes.documents.send()
    offer = opened(qtbot, quotes.documents.send_dialog)
    assert offer is not first
    assert offer.email.text() == "deniz@example.com" != a_email and offer.phone.text() == "+90 542 333 22 11"
    assert "Deniz Kaya" in offer.heading.text()
    offer.document.setCurrentIndex(offer.document.findData("offer"))
    offer.send()
    qtbot.mouseClick(offer.send_anyway, Qt.MouseButton.LeftButton)
    wait_sent(qtbot, offer)
    offer.reject()
    choose_best(qtbot, wizard)
    type_card(qtbot, wizard)
    confirm_payment(qtbot, wizard)
    wait_done(qtbot, wizard)
    wizard.done_page.send()
    policy = opened(qtbot, wizard.done_page.send_dialog)
    assert policy.email.text() == "deniz@example.com"
    policy.send()
    wait_sent(qtbot, policy)
    sent_b = [(m["customerId"], m["to"], m["document"]) for m in sandbox.messages[1:]]
    assert sent_b == [(b_id, "deniz@example.com", "offer"), (b_id, "deniz@example.com", "policy")]
    assert sandbox.messages[-1]["policyId"] == wizard.flow.data.policy_id


def test_customer_step_shows_and_records_consent(qtbot: Any, wizard: SaleWizard, sandbox: Any) -> None:
    page = wizard.customer_page
    page.search.setText("11111111110")
    page.search.textEdited.emit("11111111110")
    qtbot.waitUntil(lambda: page.results.count() == 1)
    panel = page.consents
    qtbot.waitUntil(lambda: panel.view is not None)
    assert panel.states["KVKK"].text() == "Var" and panel.states["ETK"].text() == "Yok"
    assert panel.buttons["ETK"].text() == "Ver"
    qtbot.mouseClick(panel.buttons["ETK"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.states["ETK"].text() == "Var")
    assert panel.buttons["ETK"].text() == "Geri al"
    customer = run(qtbot, wizard.service.client.customers.get("11111111110"))
    history = sandbox.consent_history[customer.id]
    assert (history[-1]["consentType"], history[-1]["action"], history[-1]["channel"]) == ("ETK", "GIVEN", "MANUAL")
