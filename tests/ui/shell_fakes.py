"""Helpers for the desktop-shell tests: a shell wired to the in-process sandbox and loop utilities."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

import httpx
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.services.connectivity import ConnectivityMonitor, observe_client
from insurup_desk.services.context import AppContext
from insurup_desk.services.paths import app_paths
from insurup_desk.services.purchase_journal import AsyncJournal
from insurup_desk.services.secrets import SecretVault
from insurup_desk.services.session import Session
from insurup_desk.services.settings import SettingsStore
from insurup_desk.store import AsyncStore
from insurup_desk.ui.login_dialog import sandbox_demo_accounts
from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.pages_registry import PAGE_KEYS, page_title
from insurup_desk.ui.shell import Shell

KEYRING_SERVICE = "InsurUp Desk test"


class StandInPage(QWidget):
    """A light page for a section whose real page a test does not need (only its title, and its key)."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"standIn_{key}")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title, self))


class DraftPage(QWidget):
    """Stands in for a page with unsaved work: what the operator typed must survive a re-login."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.started: list[tuple[str | None, str | None]] = []
        layout = QVBoxLayout(self)
        self.draft = QLineEdit(self)
        layout.addWidget(self.draft)

    def start_sale(self, customer_id: str | None = None, vehicle_id: str | None = None) -> None:
        self.started.append((customer_id, vehicle_id))


def pages_with_draft(ctx: AppContext) -> dict[str, QWidget]:
    """Placeholders plus a draft page: the shell's behaviour, independent of the real pages' loading."""
    pages: dict[str, QWidget] = {key: StandInPage(key, page_title(key)) for key in PAGE_KEYS}
    pages["new_sale"] = DraftPage(ctx)
    return pages


def sandbox_client(app: Any) -> InsurUpClient:
    return InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=app))


@dataclass
class ShellKit:
    shell: Shell
    client: InsurUpClient
    session: Session
    monitor: ConnectivityMonitor


def make_shell(client: InsurUpClient, *, sandboxed: bool = True, page_builder: Any = pages_with_draft,
               journal: AsyncJournal | None = None, store: AsyncStore | None = None) -> ShellKit:
    paths = app_paths().ensure()
    monitor = ConnectivityMonitor()
    observe_client(client, monitor)
    session = Session(client.auth, client.me, SecretVault(KEYRING_SERVICE), profile="sandbox")
    settings_store = SettingsStore(paths.settings_file)

    class _FakeSandbox:
        url = "http://127.0.0.1:9"

    shell = Shell(
        client=client,
        session=session,
        settings_store=settings_store,
        settings=settings_store.load(),
        connectivity=monitor,
        paths=paths,
        sandbox=_FakeSandbox() if sandboxed else None,
        demo_accounts=sandbox_demo_accounts() if sandboxed else (),
        page_builder=page_builder,
        journal=journal,
        store=store,
    )
    return ShellKit(shell, client, session, monitor)


def run(qtbot: Any, coro: Coroutine[Any, Any, Any], timeout_ms: int = 5000) -> Any:
    """Run a coroutine on the (already running) qasync loop from a synchronous test."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout_ms)
    return task.result()


def sign_in_demo(qtbot: Any, kit: ShellKit, *, account: int = 1, remember: bool = False) -> MainWindow:
    """Start the shell and sign in with one of the sandbox's demo accounts; returns the main window."""
    run(qtbot, kit.shell.start())
    dialog = kit.shell.login_dialog
    assert dialog is not None
    dialog.demo_combo.setCurrentIndex(account)
    dialog.remember_check.setChecked(remember)
    dialog.submit()
    qtbot.waitUntil(lambda: kit.shell.window is not None)
    window = kit.shell.window
    assert window is not None
    return window


def close_kit(qtbot: Any, kit: ShellKit) -> None:
    run(qtbot, kit.shell.shutdown())
    run(qtbot, kit.client.aclose())
