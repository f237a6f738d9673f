"""Helpers for tests that run the real desk in this process (fixture ``desk_shell`` in this folder's conftest)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.shell import Shell

T = TypeVar("T")


def run_until_done(qtbot: Any, work: Awaitable[T], timeout_ms: int = 10_000) -> T:
    task = asyncio.ensure_future(work)
    qtbot.waitUntil(task.done, timeout=timeout_ms)
    return task.result()


def sign_in(qtbot: Any, shell: Shell, look: Callable[[QWidget], None] | None = None) -> MainWindow:
    """Start the shell and sign in with the demo account; the main window as first shown.

    ``look`` is shown the sign-in dialog before anything is typed into it.
    """
    run_until_done(qtbot, shell.start())
    dialog = shell.login_dialog
    assert dialog is not None
    if look is not None:
        look(dialog)
    dialog.email_edit.setText("gise@demo.acente")
    dialog.password_edit.setText("Demo1234!")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.window is not None, timeout=10_000)
    assert shell.window is not None
    return shell.window
