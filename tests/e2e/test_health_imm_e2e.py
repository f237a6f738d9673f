"""TSS and İMM sales through the real main window against the sandbox on a loopback socket, ending in the
policy list; and a TSS sale followed by a Trafik sale that starts from nothing."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from live_shell import live_shell, run, sign_in_with_password
from PySide6.QtCore import Qt

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.services.sales_flow import ASSET, QUOTES
from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.wizard.wizard import SaleWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui" / "wizard"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from key_clashes import clashes
from wizard_steps import (
    choose_best,
    collect_quotes,
    confirm_payment,
    new_customer,
    new_vehicle,
    tckn,
    type_card,
    wait_done,
)


@pytest.fixture
def shell(qtbot: Any, qloop_running: Any, live_sandbox: Any) -> Iterator[Shell]:
    with live_shell(qtbot, InsurUpClient(ApiConfig.for_origin(live_sandbox.url)), live_sandbox) as shell:
        yield shell


def policy_rows(window: MainWindow) -> list[str]:
    page: Any = window.page("policies")
    model = page.model
    return [" | ".join(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def row_with(qtbot: Any, window: MainWindow, number: str) -> str:
    window.show_page("policies")
    page: Any = window.page("policies")
    page.refresh()
    qtbot.waitUntil(lambda: any(number in row for row in policy_rows(window)), timeout=10_000)
    return next(row for row in policy_rows(window) if number in row)


def choose_branch(qtbot: Any, wizard: SaleWizard, branch: str) -> None:
    qtbot.waitUntil(lambda: wizard.flow.current == ASSET)
    combo = wizard.asset_page.branch
    combo.setCurrentIndex(combo.findData(branch))
    qtbot.waitUntil(lambda: wizard.flow.data.branch == branch)


def pay_best_by_card(qtbot: Any, wizard: SaleWizard, holder: str) -> str:
    collect_quotes(qtbot, wizard)
    choose_best(qtbot, wizard)
    type_card(qtbot, wizard, holder=holder)
    confirm_payment(qtbot, wizard)
    wait_done(qtbot, wizard)
    number = wizard.flow.data.policy_number
    assert number
    return number


def test_an_imm_sale_from_a_new_customer_and_vehicle_ends_in_the_policy_list(
        qtbot: Any, shell: Shell, sandbox: Any) -> None:
    window = sign_in_with_password(qtbot, shell)
    window.resize(1366, 768)
    shell.navigator.open_new_sale()
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    new_customer(qtbot, wizard, tckn("314159265"), "Selin Ak")
    choose_branch(qtbot, wizard, "IMM")
    vehicles = wizard.vehicle_page
    qtbot.waitUntil(lambda: vehicles.form.isVisible() or vehicles.empty.isVisible())
    if not vehicles.form.isVisible():
        qtbot.keyClick(vehicles.vehicles, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new_vehicle(qtbot, wizard, plate="35 imm 77", serial="AB 778899")
    quotes = wizard.quotes_page
    choice = quotes.imm_choice.choice
    qtbot.waitUntil(lambda: quotes.imm_choice.loaded and choice.limit.count() > 1)
    assert not clashes(window), clashes(window)  # İMM's underlined letters do not clash with the page's
    choice.limit.setCurrentIndex(choice.limit.count() - 1)
    chosen = choice.limit.value()
    number = pay_best_by_card(qtbot, wizard, "SELIN AK")
    assert len(sandbox.charges) == 1
    proposal = sandbox.proposals[wizard.flow.data.proposal_id]
    assert proposal.branch == "IMM" and proposal.initial_coverage["immLimitiAyrimsiz"] == chosen
    row = row_with(qtbot, window, number)
    assert "Selin Ak" in row and "35 IMM 77" in row.upper()


def test_a_tss_sale_from_the_health_info_ends_in_the_policy_list_with_the_insured_person(
        qtbot: Any, shell: Shell, sandbox: Any) -> None:
    window = sign_in_with_password(qtbot, shell)
    window.resize(1366, 768)
    wizard = tss_sale(qtbot, shell, window, tckn("161803398"), "Derya Işık", "DERYA ISIK")
    number = wizard.flow.data.policy_number
    assert number and len(sandbox.charges) == 1
    proposal = sandbox.proposals[wizard.flow.data.proposal_id]
    assert proposal.branch == "TSS"
    row = row_with(qtbot, window, number)
    assert "Derya Işık" in row


def tss_sale(qtbot: Any, shell: Shell, window: MainWindow, identity: str, name: str, holder: str) -> SaleWizard:
    shell.navigator.open_new_sale()
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    new_customer(qtbot, wizard, identity, name, birth="02.05.1985")
    choose_branch(qtbot, wizard, "TSS")
    health = wizard.asset_page.health_page
    qtbot.waitUntil(lambda: health.loaded_for == wizard.flow.data.customer_id and health.form.isEnabled())
    form = health.form
    qtbot.keyClicks(form.height_edit, "171")
    qtbot.keyClicks(form.weight_edit, "66")
    form.surgery.no.click()
    form.disease.no.click()
    qtbot.waitUntil(lambda: health.choice.network.count() > 1)
    assert not clashes(window), clashes(window)
    health.choice.network.setCurrentIndex(1)
    qtbot.keyClick(form.weight_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.flow.current == QUOTES, timeout=10_000)
    assert wizard.flow.data.insured_label.endswith("171 cm, 66 kg")
    pay_best_by_card(qtbot, wizard, holder)
    return wizard


def test_a_trafik_sale_after_a_tss_sale_carries_nothing_of_it(
        qtbot: Any, shell: Shell, sandbox: Any) -> None:
    window = sign_in_with_password(qtbot, shell)
    window.resize(1366, 768)
    first = tss_sale(qtbot, shell, window, tckn("271828183"), "Umut Er", "UMUT ER")
    tss_data = first.flow.data
    assert tss_data.tss_network is not None
    first.done_page.new_sale_requested.emit()
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    qtbot.waitUntil(lambda: wizard.flow.current == "customer" and wizard.flow.data.customer_id is None)
    fresh = wizard.flow.data
    assert (fresh.insured_customer_id, fresh.tss_network, fresh.tss_package, fresh.tss_family) == (None, None, None, ())
    health = wizard.asset_page.health_page
    assert health.loaded_for is None and health.form.height_edit.text() == ""
    assert health.form.surgery.answer() is None and health.form.disease.answer() is None
    new_customer(qtbot, wizard, tckn("141421356"), "Nur Tan")
    assert wizard.flow.data.branch == "TRAFIK"
    vehicles = wizard.vehicle_page
    qtbot.waitUntil(lambda: vehicles.form.isVisible())
    new_vehicle(qtbot, wizard, plate="06 trf 12", serial="AC 121212")
    number = pay_best_by_card(qtbot, wizard, "NUR TAN")
    proposal = sandbox.proposals[wizard.flow.data.proposal_id]
    assert proposal.branch == "TRAFIK" and proposal.initial_coverage is None
    assert proposal.insured_customer_id != tss_data.customer_id
    assert "Nur Tan" in row_with(qtbot, window, number)
    customer = run(qtbot, shell.client.customers.get(tckn("141421356")))
    assert run(qtbot, shell.client.health.get(customer.id)) is None  # no health info reached the new customer
