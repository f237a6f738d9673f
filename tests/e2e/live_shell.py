"""The real shell over the sandbox, as the in-process end-to-end tests (and the resume test) build and close it."""

from __future__ import annotations

import asyncio
import gc
import sys
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt

from insurup_desk.api import InsurUpClient
from insurup_desk.api.auth import RefreshGrant
from insurup_desk.services.connectivity import ConnectivityMonitor
from insurup_desk.services.paths import app_paths
from insurup_desk.services.secrets import MemoryVault
from insurup_desk.services.session import Session
from insurup_desk.services.settings import SettingsStore
from insurup_desk.store import AsyncStore
from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.pages_registry import build_pages
from insurup_desk.ui.shell import PageBuilder, Shell
from insurup_desk.ui.wizard.wizard import SaleWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui" / "wizard"))
from wizard_steps import choose_best, collect_quotes

T = TypeVar("T")


def run(qtbot: Any, work: Awaitable[T], timeout_ms: int = 10_000) -> T:
    task = asyncio.ensure_future(work)
    qtbot.waitUntil(task.done, timeout=timeout_ms)
    return task.result()


@contextmanager
def live_shell(qtbot: Any, client: InsurUpClient, server: Any | None, *, oauth_grant: RefreshGrant | None = None,
               connectivity: ConnectivityMonitor | None = None, store: AsyncStore | None = None,
               page_builder: PageBuilder = build_pages) -> Iterator[Shell]:
    """A shell signed in to nothing yet; on leaving: quotes polling stopped, shell shut down, client closed.

    ``server`` is the sandbox the shell is told about (None: a client over the sandbox app without a socket)."""
    paths = app_paths().ensure()
    settings_store = SettingsStore(paths.settings_file)
    session = Session(client.auth, client.me, MemoryVault(), profile="sandbox", oauth_grant=oauth_grant)
    shell = Shell(client=client, session=session, settings_store=settings_store, settings=settings_store.load(),
                  connectivity=connectivity or ConnectivityMonitor(), paths=paths, sandbox=server, store=store,
                  page_builder=page_builder)
    try:
        yield shell
    finally:
        if shell.window is not None:
            wizard = shell.window.page("new_sale")
            if isinstance(wizard, SaleWizard):
                wizard.quotes_page.leave()
        run(qtbot, shell.shutdown())
        run(qtbot, client.aclose())
        # Collect the window's reference cycles here, on the GUI thread: left to chance, a collection may
        # start in the sandbox's server thread and destroy Qt timers from there.
        gc.collect()


def sign_in_with_password(qtbot: Any, shell: Shell) -> MainWindow:
    run(qtbot, shell.start())
    dialog = shell.login_dialog
    assert dialog is not None
    dialog.email_edit.setText("gise@demo.acente")
    dialog.password_edit.setText("Demo1234!")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.window is not None, timeout=10_000)
    assert shell.window is not None
    return shell.window


def quotes_for_a_known_customer(qtbot: Any, shell: Shell, window: MainWindow) -> SaleWizard:
    """A sale for Ayşe Yılmaz (seeded) on her first vehicle, quotes in and the best chosen: ready for the card."""
    customer = run(qtbot, shell.client.customers.get("11111111110"))
    shell.navigator.open_new_sale(customer_id=customer.id)
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    qtbot.waitUntil(lambda: wizard.flow.current == "asset" and wizard.vehicle_page.vehicles.count() > 0)
    qtbot.keyClick(wizard.vehicle_page.vehicles, Qt.Key.Key_Return)
    collect_quotes(qtbot, wizard)
    choose_best(qtbot, wizard)
    return wizard
