"""A returning customer's Trafik sale by card, keyboard only, in at most eight keys beyond the TCKN and the card."""

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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from keyboard_sale import TARGET_KEYS, drive

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
    gc.collect()  # on the GUI thread, not by chance in the sandbox's server thread


def _signed_in(qtbot: Any, shell: Shell) -> MainWindow:
    _run(qtbot, shell.start())
    dialog = shell.login_dialog
    assert dialog is not None
    dialog.email_edit.setText("gise@demo.acente")
    dialog.password_edit.setText("Demo1234!")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.window is not None, timeout=10_000)
    assert shell.window is not None
    return shell.window


def test_returning_customers_trafik_sale_by_card_in_three_installments_by_keyboard(
        qtbot: Any, shell: Shell, sandbox: Any) -> None:
    window = _signed_in(qtbot, shell)
    sale = _run(qtbot, drive(window), timeout_ms=60_000)
    print(f"keyboard-only sale: {len(sale.keys)} keys ({' '.join(sale.keys)}), policy {sale.policy_number}")
    assert len(sale.keys) <= TARGET_KEYS, sale.keys
    assert len(sandbox.charges) == 1
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    assert wizard.flow.data.installment_number == 3
