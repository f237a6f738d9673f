"""A whole sale through the real main window against the sandbox on a loopback socket:
log in → Yeni satış → new customer → new vehicle → Trafik quotes → card → the policy in the policy list."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from live_shell import live_shell, quotes_for_a_known_customer, run, sign_in_with_password

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.wizard.wizard import SaleWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui" / "wizard"))
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


def _policy_list_text(window: MainWindow) -> str:
    page: Any = window.page("policies")
    model = page.model
    return "\n".join(
        str(model.index(r, c).data() or "") for r in range(model.rowCount()) for c in range(model.columnCount()))


def test_sale_from_the_main_window_ends_in_the_policy_list(qtbot: Any, shell: Shell, sandbox: Any) -> None:
    window = sign_in_with_password(qtbot, shell)
    window.resize(1366, 768)
    shell.navigator.open_new_sale()
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard) and window.current_page_key() == "new_sale"

    new_customer(qtbot, wizard, tckn("271828182"), "Ece Tunç")
    new_vehicle(qtbot, wizard, plate="06 xyz 42", serial="AZ 654321")
    collect_quotes(qtbot, wizard)
    choose_best(qtbot, wizard)
    type_card(qtbot, wizard)
    confirm_payment(qtbot, wizard)
    wait_done(qtbot, wizard)
    number = wizard.flow.data.policy_number
    assert number and len(sandbox.charges) == 1

    window.show_page("policies")
    page: Any = window.page("policies")
    page.refresh()
    qtbot.waitUntil(lambda: number in _policy_list_text(window), timeout=10_000)


def test_navigator_opens_a_sale_for_a_known_customer_on_the_vehicle_step(qtbot: Any, shell: Shell) -> None:
    window = sign_in_with_password(qtbot, shell)
    customer = run(qtbot, shell.client.customers.get("11111111110"))
    shell.navigator.open_new_sale(customer_id=customer.id)
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    qtbot.waitUntil(lambda: wizard.flow.current == "asset")
    assert "Ayşe Yılmaz" in wizard.flow.data.customer_label


def test_lost_purchase_answer_over_the_socket_ends_in_one_policy(qtbot: Any, shell: Shell, sandbox: Any) -> None:
    from insurup_desk.sandbox.faults import FaultRule

    window = sign_in_with_password(qtbot, shell)
    wizard = quotes_for_a_known_customer(qtbot, shell, window)
    rule = FaultRule(route="/api/proposals/*/purchase/sync", lose_response=True, count=1)
    sandbox.faults.add(rule)
    type_card(qtbot, wizard)
    confirm_payment(qtbot, wizard)
    wait_done(qtbot, wizard)
    assert rule.hits == 1 and len(sandbox.charges) == 1
    number = wizard.flow.data.policy_number
    assert number
    search = {"insuranceCompanyPolicyNumber": {"eq": {"value": number}}}
    page = run(qtbot, shell.client.graphql.policies(first=5, search=search))
    assert [p.insurance_company_policy_number for p in page.nodes] == [number]
