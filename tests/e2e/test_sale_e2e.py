"""A whole sale through the real main window against the sandbox on a loopback socket:
log in → Yeni satış → new customer → new vehicle → Trafik quotes → card → the policy in the policy list."""

from __future__ import annotations

import asyncio
import gc
import sys
from collections.abc import Awaitable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.services.connectivity import ConnectivityMonitor
from insurup_desk.services.paths import app_paths
from insurup_desk.services.secrets import MemoryVault
from insurup_desk.services.session import Session
from insurup_desk.services.settings import SettingsStore
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

T = TypeVar("T")


def _run(qtbot: Any, work: Awaitable[T], timeout_ms: int = 10_000) -> T:
    task = asyncio.ensure_future(work)
    qtbot.waitUntil(task.done, timeout=timeout_ms)
    return task.result()


@pytest.fixture
def shell(qtbot: Any, qloop_running: Any, live_sandbox: Any) -> Iterator[Shell]:
    client = InsurUpClient(ApiConfig.for_origin(live_sandbox.url))
    paths = app_paths().ensure()
    store = SettingsStore(paths.settings_file)
    session = Session(client.auth, client.me, MemoryVault(), profile="sandbox")
    shell = Shell(client=client, session=session, settings_store=store, settings=store.load(),
                  connectivity=ConnectivityMonitor(), paths=paths, sandbox=live_sandbox)
    yield shell
    if shell.window is not None:
        wizard = shell.window.page("new_sale")
        if isinstance(wizard, SaleWizard):
            wizard.quotes_page.leave()
    _run(qtbot, shell.shutdown())
    _run(qtbot, client.aclose())
    # Collect the window's reference cycles here, on the GUI thread: left to chance, a collection may
    # start in the sandbox's server thread and destroy Qt timers from there.
    gc.collect()


def _sign_in(qtbot: Any, shell: Shell) -> MainWindow:
    _run(qtbot, shell.start())
    dialog = shell.login_dialog
    assert dialog is not None
    dialog.email_edit.setText("gise@demo.acente")
    dialog.password_edit.setText("Demo1234!")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.window is not None, timeout=10_000)
    assert shell.window is not None
    return shell.window


def _policy_list_text(window: MainWindow) -> str:
    page: Any = window.page("policies")
    model = page.model
    return "\n".join(
        str(model.index(r, c).data() or "") for r in range(model.rowCount()) for c in range(model.columnCount()))


def test_sale_from_the_main_window_ends_in_the_policy_list(qtbot: Any, shell: Shell, sandbox: Any) -> None:
    window = _sign_in(qtbot, shell)
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
    window = _sign_in(qtbot, shell)
    customer = _run(qtbot, shell.client.customers.get("11111111110"))
    shell.navigator.open_new_sale(customer_id=customer.id)
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    qtbot.waitUntil(lambda: wizard.flow.current == "vehicle")
    assert "Ayşe Yılmaz" in wizard.flow.data.customer_label


def test_lost_purchase_answer_over_the_socket_ends_in_one_policy(qtbot: Any, shell: Shell, sandbox: Any) -> None:
    from insurup_desk.sandbox.faults import FaultRule

    window = _sign_in(qtbot, shell)
    customer = _run(qtbot, shell.client.customers.get("11111111110"))
    shell.navigator.open_new_sale(customer_id=customer.id)
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    qtbot.waitUntil(lambda: wizard.flow.current == "vehicle" and wizard.vehicle_page.vehicles.count() > 0)
    qtbot.keyClick(wizard.vehicle_page.vehicles, Qt.Key.Key_Return)
    collect_quotes(qtbot, wizard)
    choose_best(qtbot, wizard)
    rule = FaultRule(route="/api/proposals/*/purchase/sync", lose_response=True, count=1)
    sandbox.faults.add(rule)
    type_card(qtbot, wizard)
    confirm_payment(qtbot, wizard)
    wait_done(qtbot, wizard)
    assert rule.hits == 1 and len(sandbox.charges) == 1
    number = wizard.flow.data.policy_number
    assert number
    search = {"insuranceCompanyPolicyNumber": {"eq": {"value": number}}}
    page = _run(qtbot, shell.client.graphql.policies(first=5, search=search))
    assert [p.insurance_company_policy_number for p in page.nodes] == [number]
