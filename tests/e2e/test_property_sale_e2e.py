"""DASK and Konut sales through the real main window against the sandbox on a loopback socket:
customer → home (UAVT look-up) → DASK quotes → card → the policy in the list with its DASK number; the same for
Konut on the home the customer has on record; and a Trafik sale after a DASK sale starts from nothing."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from live_shell import live_shell, run, sign_in_with_password
from PySide6.QtCore import Qt

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.wizard.wizard import SaleWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui" / "wizard"))
from property_steps import fill_building, free_flat, lookup, open_new_property
from wizard_steps import choose_best, collect_quotes, confirm_payment, enter, new_customer, tckn, type_card, wait_done


@pytest.fixture
def shell(qtbot: Any, qloop_running: Any, live_sandbox: Any) -> Iterator[Shell]:
    with live_shell(qtbot, InsurUpClient(ApiConfig.for_origin(live_sandbox.url)), live_sandbox) as shell:
        yield shell


def _policy_row(qtbot: Any, window: MainWindow, policy_number: str) -> list[str]:
    """The policy list's row of this policy, as the operator reads it (every column's text)."""
    window.show_page("policies")
    page: Any = window.page("policies")
    page.refresh()
    model = page.model

    def row() -> list[str]:
        for r in range(model.rowCount()):
            texts = [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            if policy_number in texts:
                return texts
        return []

    qtbot.waitUntil(lambda: bool(row()), timeout=10_000)
    return row()


def _choose_branch(qtbot: Any, wizard: SaleWizard, branch: str) -> None:
    qtbot.waitUntil(lambda: wizard.flow.current == "asset")
    combo = wizard.asset_page.branch
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(branch))
    qtbot.waitUntil(lambda: wizard.flow.data.branch == branch)


def _pay_best(qtbot: Any, wizard: SaleWizard) -> str:
    collect_quotes(qtbot, wizard)
    choose_best(qtbot, wizard)
    type_card(qtbot, wizard)
    confirm_payment(qtbot, wizard)
    wait_done(qtbot, wizard)
    number = wizard.flow.data.policy_number
    assert number
    return number


def test_a_dask_sale_for_a_new_customer_ends_in_the_list_with_its_dask_number(qtbot: Any, shell: Shell,
                                                                             sandbox: Any) -> None:
    window = sign_in_with_password(qtbot, shell)
    window.resize(1366, 768)
    shell.navigator.open_new_sale()
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    new_customer(qtbot, wizard, tckn("314159265"), "Zeynep Aksoy")
    _choose_branch(qtbot, wizard, "DASK")
    open_new_property(qtbot, wizard)  # a new customer has no home on record: the form opens by itself
    number = free_flat(qtbot, wizard)
    lookup(qtbot, wizard, number)
    form = wizard.property_page.form
    qtbot.waitUntil(form.address_line.isVisible)
    fill_building(qtbot, wizard, square_meter="110", year="2009")
    enter(qtbot, form.current_floor)
    qtbot.waitUntil(lambda: wizard.flow.current == "quotes")
    address = wizard.flow.data.property_label
    assert "Kadıköy/İstanbul" in address and "Konut: " + address in wizard.quotes_page.context_line.text()

    policy_number = _pay_best(qtbot, wizard)
    assert wizard.flow.data.branch == "DASK" and len(sandbox.charges) == 1
    qtbot.waitUntil(lambda: "DASK poliçe no:" in wizard.done_page.headline.text())
    headline = wizard.done_page.headline.text()
    dask_number = headline.rsplit("DASK poliçe no:", 1)[1].strip()
    row = _policy_row(qtbot, window, policy_number)
    assert "DASK" in row and dask_number in row and address in row
    page: Any = window.page("policies")
    for r in range(page.model.rowCount()):
        if policy_number in [str(page.model.index(r, c).data()) for c in range(page.model.columnCount())]:
            page.open_detail(r)
    detail = page.detail
    qtbot.waitUntil(lambda: detail.form.text("dask_number") == dask_number, timeout=10_000)
    assert detail.form.text("home") == address


def test_a_konut_sale_on_the_home_on_record_with_declared_items(qtbot: Any, shell: Shell, sandbox: Any) -> None:
    window = sign_in_with_password(qtbot, shell)
    window.resize(1366, 768)
    customer = run(qtbot, shell.client.customers.get("11111111110"))
    shell.navigator.open_new_sale(customer_id=customer.id)
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    _choose_branch(qtbot, wizard, "KONUT")
    homes = wizard.property_page.homes
    qtbot.waitUntil(lambda: homes.count() > 0 and homes.currentRow() >= 0)
    enter(qtbot, homes)
    qtbot.waitUntil(lambda: wizard.flow.current == "quotes")
    konut = wizard.quotes_page.konut
    assert konut.isVisible()
    furniture = konut.prices["konut_furniture_price"]
    furniture.selectAll()
    qtbot.keyClicks(furniture, "120000")
    konut.scope.setCurrentIndex(konut.scope.findData("KONUT_VE_ESYA"))
    policy_number = _pay_best(qtbot, wizard)
    data = wizard.flow.data
    assert data.branch == "KONUT" and data.konut_furniture_price == 120_000 and data.konut_scope == "KONUT_VE_ESYA"
    assert len(sandbox.charges) == 1
    row = _policy_row(qtbot, window, policy_number)
    assert "Konut" in row and data.property_label in row


def test_a_trafik_sale_after_a_dask_sale_starts_from_nothing(qtbot: Any, shell: Shell) -> None:
    window = sign_in_with_password(qtbot, shell)
    window.resize(1366, 768)
    customer = run(qtbot, shell.client.customers.get("11111111110"))
    shell.navigator.open_new_sale(customer_id=customer.id)
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    _choose_branch(qtbot, wizard, "DASK")
    homes = wizard.property_page.homes
    qtbot.waitUntil(lambda: homes.count() > 0 and homes.currentRow() >= 0)
    enter(qtbot, homes)
    _pay_best(qtbot, wizard)

    qtbot.keyClick(wizard.done_page, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # Yeni satış
    qtbot.waitUntil(lambda: wizard.flow.current == "customer" and wizard.flow.data.customer_id is None)
    data = wizard.flow.data
    assert data.branch == "TRAFIK" and data.property_id is None and data.proposal_id is None
    shell.navigator.open_new_sale(customer_id=customer.id)
    qtbot.waitUntil(lambda: wizard.flow.current == "asset" and wizard.vehicle_page.vehicles.count() > 0)
    assert wizard.asset_page.branch.currentData() == "TRAFIK" and wizard.vehicle_page.isVisible()
    enter(qtbot, wizard.vehicle_page.vehicles)
    collect_quotes(qtbot, wizard)
    quotes = wizard.quotes_page
    assert quotes.trafik.isVisible() and quotes.trafik.isChecked() and not quotes.konut.isVisible()
    assert "Araç: 34 ABC 123" in quotes.context_line.text()
    proposal = run(qtbot, shell.client.proposals.get(wizard.flow.data.proposal_id or ""))
    assert proposal.product_branch == "TRAFIK"
