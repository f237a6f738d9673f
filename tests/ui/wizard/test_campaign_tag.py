"""The campaign tag on the payment step: checked, autosaved, sent with the purchase, then seen in the policies
list (detail pane and export) — and the next sale starts without it."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from wizard_steps import choose_best, enter, run, type_card, type_text, wait_done

from insurup_desk.services.export import ExportFormat
from insurup_desk.services.sales_flow import PAYMENT, QUOTES, VEHICLE
from insurup_desk.ui.pages.policies import PoliciesPage
from insurup_desk.ui.wizard.wizard import SaleWizard


def _to_payment(qtbot: Any, wizard: SaleWizard, customer_id: str) -> None:
    wizard.open_new_sale(customer_id)
    qtbot.waitUntil(lambda: wizard.flow.current == VEHICLE and wizard.vehicle_page.vehicles.count() > 0)
    enter(qtbot, wizard.vehicle_page.vehicles)
    qtbot.waitUntil(lambda: wizard.flow.current == QUOTES)
    page = wizard.quotes_page
    enter(qtbot, page.table)
    # A seeded vehicle may hold a policy of the branch far from its end: the operator accepts the warning.
    qtbot.waitUntil(lambda: page.collector is not None or page.renewal_question is not None, timeout=10_000)
    box = page.renewal_question
    if box is not None:
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    qtbot.waitUntil(lambda: page.collector is not None and not page.collector.running
                    and page.model.board.total > 0 and page.progress.isHidden(), timeout=10_000)
    choose_best(qtbot, wizard)


def _pay(qtbot: Any, wizard: SaleWizard) -> None:
    page = wizard.payment_page
    type_card(qtbot, wizard)
    enter(qtbot, page.card.cvc)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1)
    enter(qtbot, page.confirm_button)
    wait_done(qtbot, wizard)


def test_a_bad_tag_stops_the_confirmation_with_its_reason_and_keeps_what_was_typed(
        qtbot: Any, wizard: SaleWizard) -> None:
    customer = run(qtbot, wizard.service.client.customers.get("11111111110"))
    _to_payment(qtbot, wizard, customer.id)
    page = wizard.payment_page
    type_card(qtbot, wizard)
    type_text(qtbot, page.tag.edit, "Yaz;50")
    enter(qtbot, page.tag.edit)
    assert page.stack.currentIndex() == 0 and wizard.flow.current == PAYMENT
    assert "“;” kullanılamaz" in page.tag.errors.message("metadata")
    assert page.tag.edit.text() == "Yaz;50" and not page.card.is_empty()
    assert wizard.flow.data.campaign_tag == ""


def test_the_tag_reaches_the_policy_list_detail_and_export_and_the_next_sale_starts_empty(
        qtbot: Any, wizard: SaleWizard, sale_client: Any, sandbox: Any, tmp_path: Path) -> None:
    customer = run(qtbot, wizard.service.client.customers.get("11111111110"))
    _to_payment(qtbot, wizard, customer.id)
    page = wizard.payment_page
    assert page.tag.edit.text() == "" and page.tag.isVisible()
    page.tag.edit.setFocus()
    type_text(qtbot, page.tag.edit, "  Bahar Fırsatı-2026 ")
    qtbot.keyClick(page.tag.edit, Qt.Key.Key_Tab)  # leaving the field records it in the sale (autosaved)
    assert wizard.flow.data.campaign_tag == "Bahar Fırsatı-2026"
    assert wizard.snapshot()["data"]["campaign_tag"] == "Bahar Fırsatı-2026"
    type_card(qtbot, wizard)
    enter(qtbot, page.card.cvc)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1)
    assert "Kampanya / etiket: Bahar Fırsatı-2026" in page.confirm_text.text()
    enter(qtbot, page.confirm_button)
    wait_done(qtbot, wizard)
    tagged = wizard.flow.data.policy_id
    assert tagged and sandbox.policies[tagged].extra["metadata"] == {"campaign": "Bahar Fırsatı-2026"}

    # A second sale in a row (another customer: the first vehicle is insured now): an empty field, and a
    # purchase without metadata.
    company = run(qtbot, wizard.service.client.customers.get("6130782524"))
    _to_payment(qtbot, wizard, company.id)
    assert wizard.flow.data.campaign_tag == "" and wizard.payment_page.tag.edit.text() == ""
    assert wizard.payment_page is not page  # a new sale draws on new pages
    _pay(qtbot, wizard)
    untagged = wizard.flow.data.policy_id
    assert untagged and untagged != tagged and sandbox.policies[untagged].extra["metadata"] is None

    policies = PoliciesPage(sale_client, profile="gise@demo.acente")
    qtbot.addWidget(policies)
    policies.resize(1366, 700)
    policies.show()
    qtbot.waitUntil(lambda: not policies.model.is_loading and policies.model.rowCount() > 0)
    ids = [policies.model.value(r, "id") for r in range(policies.model.rowCount())]
    row = ids.index(tagged)
    policies.open_detail(row)
    qtbot.waitUntil(lambda: policies.detail.policy is not None and policies.detail.policy.id == tagged)
    assert policies.detail.form.text("campaign") == "Bahar Fırsatı-2026"
    policies.open_detail(ids.index(untagged))
    qtbot.waitUntil(lambda: policies.detail.policy is not None and policies.detail.policy.id == untagged)
    assert policies.detail.form.text("campaign") == "—"

    column = policies.spec.column_index("campaign")
    assert policies.view.isColumnHidden(column)  # shown on demand
    policies.columns.set_visible("campaign", True)
    target = tmp_path / "policeler.csv"
    export = policies.export_to(target, ExportFormat.CSV)
    with qtbot.waitSignal(export.finished, timeout=20_000):
        pass
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    at = rows[0].index("Kampanya")
    number = rows[0].index("Poliçe no")
    by_number = {r[number]: r[at] for r in rows[1:]}
    assert by_number[sandbox.policies[tagged].node["insuranceCompanyPolicyNumber"]] == "Bahar Fırsatı-2026"
    assert by_number[sandbox.policies[untagged].node["insuranceCompanyPolicyNumber"]] == ""
