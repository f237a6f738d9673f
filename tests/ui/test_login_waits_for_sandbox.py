"""In training mode the login dialog opens before the sandbox is up; a sign-in asked meanwhile waits for it."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt
from shell_fakes import close_kit, make_shell, run, sandbox_client

from insurup_desk.ui.login_dialog import LoginDialog


def test_sign_in_waits_for_the_training_server_and_then_goes_through(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    kit = make_shell(sandbox_client(sandbox_app))
    starting: asyncio.Future[Any] = asyncio.get_event_loop().create_future()
    kit.shell.server_ready = lambda: starting
    run(qtbot, kit.shell.start())
    dialog: LoginDialog | None = kit.shell.login_dialog
    assert dialog is not None and dialog.isVisible(), "the dialog does not wait for the server"
    dialog.demo_combo.setCurrentIndex(1)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress_label.text() == "Eğitim sunucusu hazırlanıyor…")
    assert dialog.busy and kit.session.user is None, "nothing is sent before the server is up"
    starting.set_result(object())
    qtbot.waitUntil(lambda: kit.shell.window is not None and kit.shell.window.isVisible())
    assert kit.session.user is not None and kit.session.user.email == "gise@demo.acente"
    close_kit(qtbot, kit)


def test_a_training_server_that_cannot_start_is_explained(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    kit = make_shell(sandbox_client(sandbox_app))
    starting: asyncio.Future[Any] = asyncio.get_event_loop().create_future()
    kit.shell.server_ready = lambda: starting
    run(qtbot, kit.shell.start())
    dialog = kit.shell.login_dialog
    assert dialog is not None
    dialog.demo_combo.setCurrentIndex(1)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.busy)
    starting.set_exception(OSError("adres kullanımda"))
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.error_label.text() == "Eğitim sunucusu başlatılamadı: adres kullanımda"
    assert kit.shell.window is None and kit.session.user is None
    close_kit(qtbot, kit)
