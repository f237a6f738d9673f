"""Sign-out and quit as the operator does them, on the real shell and pages against the embedded sandbox.

The shell runs as the app runs it (``Shell.run()`` awaited by an outer task): sign-out must cancel only what
the window owned, so the outer task, the loop's own work and the keyring writes all carry on.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget, QMessageBox, QWidget
from shell_fakes import close_kit, make_shell, sandbox_client

from insurup_desk.ui.login_dialog import LoginDialog
from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.pages_registry import build_pages
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.wizard.wizard import SaleWizard

SEARCH_TEXT = "11111111110"  # Ayşe Yılmaz in the sandbox's seed data


def _sign_in(qtbot: Any, shell: Shell) -> MainWindow:
    qtbot.waitUntil(lambda: shell.login_dialog is not None and shell.login_dialog.isVisible())
    dialog = shell.login_dialog
    assert isinstance(dialog, LoginDialog)
    dialog.demo_combo.setCurrentIndex(1)
    dialog.submit()
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible(), timeout=10000)
    assert shell.window is not None
    return shell.window


def _start_a_sale(qtbot: Any, window: MainWindow) -> None:
    """Only public entry points: the navigator opens the new sale, the operator types in the search box."""
    assert window.ctx.navigator is not None
    window.ctx.navigator.open_new_sale()
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard) and window.stack.currentWidget() is wizard
    page = wizard.customer_page
    search = page.search
    results: QListWidget = page.results
    search.setFocus()
    search.setText(SEARCH_TEXT)
    search.textEdited.emit(SEARCH_TEXT)
    qtbot.waitUntil(lambda: results.count() > 0, timeout=10000)
    assert "Ayşe" in results.item(0).text()
    page.primary()
    vehicle_page: QWidget = wizard.vehicle_page
    qtbot.waitUntil(vehicle_page.isVisible, timeout=10000)


def _confirm_sign_out(qtbot: Any, shell: Shell, window: MainWindow) -> None:
    window.logoutRequested.emit()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    yes = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole)
    yes.click()


def test_sign_out_returns_to_login_and_a_second_sign_in_starts_a_sale(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    kit = make_shell(sandbox_client(sandbox_app), page_builder=build_pages)
    shell = kit.shell
    running = asyncio.ensure_future(shell.run())
    first = _sign_in(qtbot, shell)
    _start_a_sale(qtbot, first)

    _confirm_sign_out(qtbot, shell, first)
    qtbot.waitUntil(lambda: shell.window is None and shell.login_dialog is not None, timeout=10000)
    assert shell.login_dialog is not None and shell.login_dialog.isVisible()
    assert not running.done(), "sign-out must not end (or cancel) the running shell"
    assert kit.session.user is None and not kit.client.auth.is_authenticated

    second = _sign_in(qtbot, shell)
    assert second is not first and kit.session.user is not None and kit.client.auth.is_authenticated
    _start_a_sale(qtbot, second)

    # Ctrl+Q, as the operator presses it, ends the shell's run with 0.
    second.activateWindow()
    QTest.keyClick(second, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(running.done, timeout=5000)
    assert running.result() == 0
    close_kit(qtbot, kit)
