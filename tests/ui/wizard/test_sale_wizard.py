"""The wizard driven by keyboard against the in-process sandbox with the real client."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from wizard_steps import (
    choose_best,
    collect_quotes,
    confirm_payment,
    enter,
    new_customer,
    new_vehicle,
    run,
    tckn,
    type_card,
    wait_done,
)

from insurup_desk.services.sales_flow import CUSTOMER, PAYMENT, QUOTES, VEHICLE
from insurup_desk.ui.wizard.wizard import SaleWizard


def test_whole_sale_new_customer_new_vehicle_trafik_card(qtbot: Any, wizard: SaleWizard, sandbox: Any) -> None:
    new_customer(qtbot, wizard, tckn("104857361"))
    new_vehicle(qtbot, wizard)
    assert "34 ABC 123" in wizard.flow.data.vehicle_label
    collect_quotes(qtbot, wizard)
    page = wizard.quotes_page
    assert page.progress_line.text() == f"{page.model.board.total}/{page.model.board.total} şirket yanıt verdi"
    assert page.model.board.best_row is not None
    choose_best(qtbot, wizard)
    type_card(qtbot, wizard)
    confirm_payment(qtbot, wizard)
    wait_done(qtbot, wizard)
    data = wizard.flow.data
    assert data.policy_id and data.policy_number
    qtbot.waitUntil(lambda: wizard.done_page.policy is not None)
    assert data.policy_number in wizard.done_page.headline.text()
    assert "Brüt prim: ₺" in wizard.done_page.details.text()
    assert len(sandbox.charges) == 1
    assert wizard.payment_page.card.is_empty()
    assert not wizard.back_button.isEnabled()


def test_invalid_tckn_is_shown_on_its_field_and_nothing_is_sent(qtbot: Any, wizard: SaleWizard) -> None:
    new_customer(qtbot, wizard, "12345678901")
    form = wizard.customer_page.form
    assert "TC kimlik numarası geçersiz" in form.errors.message("identityNumber")
    assert wizard.flow.current == CUSTOMER


def test_duplicate_customer_opens_the_existing_record(qtbot: Any, wizard: SaleWizard) -> None:
    new_customer(qtbot, wizard, "11111111110", "Ayşe Yılmaz", birth="01.01.1990")
    qtbot.waitUntil(lambda: wizard.flow.current == VEHICLE)
    assert "Ayşe Yılmaz" in wizard.flow.data.customer_label
    assert wizard.notice.isVisible() and "mevcut kayıt açıldı" in wizard.notice.text()
    qtbot.waitUntil(lambda: wizard.vehicle_page.vehicles.count() > 0)


def test_existing_customer_found_by_search_with_existing_vehicle(qtbot: Any, wizard: SaleWizard) -> None:
    page = wizard.customer_page
    qtbot.keyClicks(page.search, "1111111111")
    qtbot.keyClicks(page.search, "0")
    qtbot.waitUntil(lambda: page.results.count() == 1)
    enter(qtbot, page.search)
    qtbot.waitUntil(lambda: wizard.flow.current == VEHICLE)
    vehicles = wizard.vehicle_page.vehicles
    qtbot.waitUntil(lambda: vehicles.count() > 0)
    assert any("34 ABC 123" in vehicles.item(i).text() for i in range(vehicles.count()))
    enter(qtbot, vehicles)
    qtbot.waitUntil(lambda: wizard.flow.current == QUOTES)
    qtbot.keyClick(wizard.quotes_page.table, Qt.Key.Key_Escape)
    assert wizard.flow.current == VEHICLE


def test_arrow_keys_move_through_search_results(qtbot: Any, wizard: SaleWizard) -> None:
    page = wizard.customer_page
    qtbot.keyClicks(page.search, "Ay")
    qtbot.waitUntil(lambda: page.results.count() >= 2)
    assert page.results.currentRow() == 0
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.results.currentRow() == 1
    second = page.results.item(1).data(Qt.ItemDataRole.UserRole)
    enter(qtbot, page.search)
    qtbot.waitUntil(lambda: wizard.flow.current == VEHICLE)
    assert wizard.flow.data.customer_id == second


def test_declined_card_keeps_the_form_clears_the_card_and_shows_the_bank_reason(
        qtbot: Any, wizard: SaleWizard, sandbox: Any) -> None:
    wizard.open_new_sale(_ayse_id(qtbot, wizard))
    _quotes_for_first_vehicle(qtbot, wizard)
    choose_best(qtbot, wizard)
    type_card(qtbot, wizard, number="4000000000009995")
    confirm_payment(qtbot, wizard)
    page = wizard.payment_page
    qtbot.waitUntil(lambda: page.banner.isVisible())
    assert "Yetersiz bakiye" in page.banner.text()
    assert page.stack.currentIndex() == 0 and wizard.flow.current == PAYMENT
    assert page.card.is_empty()
    assert page.guard is not None and page.guard.may_pay
    assert sandbox.charges == []
    type_card(qtbot, wizard)
    confirm_payment(qtbot, wizard)
    wait_done(qtbot, wizard)
    assert len(sandbox.charges) == 1


def test_card_fields_are_wiped_when_the_payment_step_is_left(qtbot: Any, wizard: SaleWizard) -> None:
    wizard.open_new_sale(_ayse_id(qtbot, wizard))
    _quotes_for_first_vehicle(qtbot, wizard)
    choose_best(qtbot, wizard)
    type_card(qtbot, wizard)
    qtbot.keyClick(wizard.payment_page.card.cvc, Qt.Key.Key_Escape)
    assert wizard.flow.current == QUOTES
    assert wizard.payment_page.card.is_empty()
    assert "card" not in str(wizard.snapshot()).lower()


def _ayse_id(qtbot: Any, wizard: SaleWizard) -> str:
    customer = run(qtbot, wizard.service.client.customers.get("11111111110"))
    return str(customer.id)


def _quotes_for_first_vehicle(qtbot: Any, wizard: SaleWizard) -> None:
    qtbot.waitUntil(lambda: wizard.flow.current == VEHICLE)
    qtbot.waitUntil(lambda: wizard.vehicle_page.vehicles.count() > 0)
    enter(qtbot, wizard.vehicle_page.vehicles)
    collect_quotes(qtbot, wizard)


def test_plate_typed_freely_is_shown_normalised(qtbot: Any, wizard: SaleWizard) -> None:
    wizard.open_new_sale(_ayse_id(qtbot, wizard))
    qtbot.waitUntil(lambda: wizard.flow.current == VEHICLE and wizard.vehicle_page.vehicles.count() > 0)
    page = wizard.vehicle_page
    qtbot.keyClick(page.vehicles, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.form.isVisible()
    qtbot.keyClicks(page.form.plate, "34abc123")
    qtbot.keyClick(page.form.plate, Qt.Key.Key_Tab)
    assert page.form.plate.text() == "34 ABC 123"
    qtbot.keyClick(page.form.serial, Qt.Key.Key_Escape)
    assert not page.form.isVisible() and wizard.flow.current == VEHICLE


def test_company_form_asks_for_title_and_vkn_only(qtbot: Any, wizard: SaleWizard) -> None:
    page = wizard.customer_page
    qtbot.keyClicks(page.search, "6130782524")
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = page.form
    assert form.kind == "company" and form.tax_number.text() == "6130782524"
    assert form.title.isVisible() and not form.identity.isVisible() and not form.birth_date.isVisible()
    enter(qtbot, form.tax_number)
    assert form.errors.message("title") == "Bu alan zorunlu."
    form.set_kind("foreign")
    assert form.identity.isVisible() and not form.title.isVisible()
