"""Sending from the proposal detail, and the consent tab with its history in the customer detail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from insurup_desk.ui.pages.customer_detail import CustomerDetailPane
from insurup_desk.ui.pages.proposal_detail import ProposalDetailPane


def shown(qtbot: Any, pane: Any) -> Any:
    qtbot.addWidget(pane)
    pane.resize(1366, 768)
    pane.show()
    return pane


def test_proposal_detail_sends_the_chosen_offers_information_form_by_sms(
        qtbot: Any, signed_client: Any, sandbox: Any) -> None:
    now = sandbox.clock.now()
    record = next(p for p in sandbox.proposals.values()
                  if sum(x.state(now) == "ACTIVE" and bool(x.premiums) for x in p.products) >= 2)
    pane = shown(qtbot, ProposalDetailPane(signed_client, can_resume=False))
    pane.show_proposal(record.id, {"insuredCustomerId": record.insured_customer_id})
    qtbot.waitUntil(lambda: pane.proposal is not None)
    assert pane.send_button.isEnabled()
    pane.offers.selectRow(0)
    product_id = pane.offers.item(0, 0).data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(pane.send_button, Qt.MouseButton.LeftButton)
    dialog = pane.send_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.contact is not None)
    assert [dialog.document.itemData(i) for i in range(dialog.document.count())] == [
        "comparison", "offer", "information"]
    customer = sandbox.customers[record.insured_customer_id].data
    phone = customer["primaryPhoneNumber"]["number"]
    assert dialog.phone.text().replace(" ", "") == "+90" + phone
    dialog.document.setCurrentIndex(2)
    dialog.by_sms.setChecked(True)
    dialog.send()
    if dialog.consent_box.isVisible():
        qtbot.mouseClick(dialog.send_anyway, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Gönderildi"))
    message = sandbox.messages[-1]
    assert (message["document"], message["channel"], message["customerId"]) == (
        "information", "sms", record.insured_customer_id)
    assert message["proposalProductIds"] == [product_id] and message["to"].replace(" ", "") == "+90" + phone


def test_customer_detail_shows_consent_state_and_history(qtbot: Any, signed_client: Any, sandbox: Any) -> None:
    ayse = next(c for c in sandbox.customers.values() if c.data.get("identityNumber") == "11111111110")
    me = next(u for u in sandbox.users.values() if u.email == "gise@demo.acente")
    pane = shown(qtbot, CustomerDetailPane(signed_client))
    pane.show_customer(ayse.id, "Ayşe Yılmaz")
    pane.tabs.setCurrentWidget(pane.consents)
    panel = pane.consents
    history = panel.history
    assert history is not None
    qtbot.waitUntil(lambda: panel.view is not None)
    assert history.rowCount() == 1 and history.item(0, 0).text() == "Verildi" and history.item(0, 1).text() == "KVKK"
    qtbot.mouseClick(panel.buttons["ETK"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: history.rowCount() == 2)
    qtbot.mouseClick(panel.buttons["KVKK"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: history.rowCount() == 3)
    newest = [[history.item(0, c).text() for c in range(5)], [history.item(1, c).text() for c in range(5)]]
    assert [row[:2] for row in newest] == [["Geri alındı", "KVKK"], ["Verildi", "ETK"]]
    assert {row[3] for row in newest} == {me.full_name} and {row[4] for row in newest} == {"Elle (gişe)"}
    assert all(row[2].count(".") == 2 for row in newest)  # dd.MM.yyyy HH:mm
    assert panel.states["KVKK"].text() == "Yok" and panel.states["ETK"].text() == "Var"
    assert panel.buttons["KVKK"].text() == "Ver"
