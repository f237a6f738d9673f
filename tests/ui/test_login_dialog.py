"""Sign-in through the real dialog against the in-process sandbox: success, wrong password, lock-out,
two-factor, network down, and a window that stays responsive while it waits."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from PySide6.QtCore import Qt
from shell_fakes import close_kit, make_shell, run, sandbox_client

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.ui.login_dialog import CODE_STEP, CREDENTIALS_STEP, LoginDialog


def _login_dialog(qtbot: Any, kit: Any) -> LoginDialog:
    run(qtbot, kit.shell.start())
    dialog: LoginDialog | None = kit.shell.login_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _type(qtbot: Any, dialog: LoginDialog, email: str, password: str) -> None:
    dialog.email_edit.clear()
    qtbot.keyClicks(dialog.email_edit, email)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)


def test_demo_account_signs_in_and_opens_the_main_window(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    kit = make_shell(sandbox_client(sandbox_app))
    dialog = _login_dialog(qtbot, kit)
    assert dialog.demo_combo.count() == 3
    dialog.demo_combo.setCurrentIndex(1)
    assert dialog.email_edit.text() == "gise@demo.acente"
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    # The wait is visible and the form is locked while the server answers.
    assert dialog.busy and dialog.progress.isVisibleTo(dialog) and not dialog.submit_button.isEnabled()
    qtbot.waitUntil(lambda: kit.shell.window is not None and kit.shell.window.isVisible())
    window = kit.shell.window
    assert window is not None
    assert "gise" in window.status.user_label.text().lower() or window.status.user_label.text() != "—"
    assert kit.session.user is not None and kit.session.user.email == "gise@demo.acente"
    # Only the refresh token is kept without "remember me" — never the password.
    stored = {name for (_svc, name) in mem_keyring.store}
    assert "sandbox/refresh_token" in stored and "sandbox/password" not in stored
    close_kit(qtbot, kit)


def test_wrong_password_explains_and_keeps_what_was_typed(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    kit = make_shell(sandbox_client(sandbox_app))
    dialog = _login_dialog(qtbot, kit)
    _type(qtbot, dialog, "gise@demo.acente", "yanlis-sifre")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog))
    assert "E-posta adresi veya şifre hatalı" in dialog.error_label.text()
    assert "Bilgilerinizi kontrol edip tekrar deneyin." in dialog.error_label.text()
    assert "parola hatalı" not in dialog.error_label.text()  # no near-duplicate of the headline
    assert dialog.isVisible() and not dialog.busy and dialog.email_edit.isEnabled()
    assert dialog.email_edit.text() == "gise@demo.acente"
    assert kit.shell.window is None
    assert mem_keyring.store == {}
    close_kit(qtbot, kit)


def test_locked_account_says_so(qtbot: Any, qloop_running: Any, sandbox_config: Any, mem_keyring: Any) -> None:
    from insurup_desk.sandbox import create_app

    sandbox_config.lockout_after = 2
    kit = make_shell(sandbox_client(create_app(sandbox_config)))
    dialog = _login_dialog(qtbot, kit)
    for _ in range(3):
        _type(qtbot, dialog, "gise@demo.acente", "yanlis")
        dialog.submit()
        qtbot.waitUntil(lambda: not dialog.busy)
    assert "Hesabınız kilitlendi" in dialog.error_label.text()
    close_kit(qtbot, kit)


def test_two_factor_code_step(qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any) -> None:
    kit = make_shell(sandbox_client(sandbox_app))
    dialog = _login_dialog(qtbot, kit)
    dialog.demo_combo.setCurrentIndex(2)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.step == CODE_STEP and not dialog.busy)
    assert dialog.code_edit.hasFocus() or dialog.code_edit.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.code_edit, "000000")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.error_label.isVisibleTo(dialog))
    assert "Doğrulama kodu hatalı" in dialog.error_label.text()
    assert dialog.step == CODE_STEP and kit.shell.window is None
    dialog.code_edit.setText("123456")
    dialog.submit()
    qtbot.waitUntil(lambda: kit.shell.window is not None)
    assert kit.session.user is not None and kit.session.user.email == "mudur@demo.acente"
    close_kit(qtbot, kit)


def test_escape_on_the_code_step_goes_back_to_the_password(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    kit = make_shell(sandbox_client(sandbox_app))
    dialog = _login_dialog(qtbot, kit)
    dialog.demo_combo.setCurrentIndex(2)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.step == CODE_STEP and not dialog.busy)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.step == CREDENTIALS_STEP and dialog.isVisible()
    assert dialog.email_edit.text() == "mudur@demo.acente"
    close_kit(qtbot, kit)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_network_down_at_login(qtbot: Any, qloop_running: Any, mem_keyring: Any) -> None:
    client = InsurUpClient(ApiConfig.for_origin(f"http://127.0.0.1:{_closed_port()}"))
    kit = make_shell(client)
    dialog = _login_dialog(qtbot, kit)
    _type(qtbot, dialog, "gise@demo.acente", "Demo1234!")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert "Sunucuya ulaşılamıyor" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.submit_button.isEnabled()
    assert kit.monitor.state.value == "offline"
    close_kit(qtbot, kit)


def test_empty_fields_are_caught_before_any_request(qtbot: Any, qloop_running: Any, mem_keyring: Any) -> None:
    client = InsurUpClient(ApiConfig.for_origin(f"http://127.0.0.1:{_closed_port()}"))
    kit = make_shell(client)
    dialog = _login_dialog(qtbot, kit)
    dialog.submit()
    assert not dialog.busy
    assert "e-posta" in dialog.error_label.text().lower()
    _type(qtbot, dialog, "gise@demo.acente", "")
    dialog.submit()
    assert "Şifrenizi girin" in dialog.error_label.text()
    assert client.session.calls == 0
    close_kit(qtbot, kit)


@pytest.mark.parametrize("lang", ["en"])
def test_login_dialog_in_english(
    qtbot: Any, qloop_running: Any, qapp: Any, sandbox_app: Any, mem_keyring: Any, lang: str, tmp_path: Any
) -> None:
    from insurup_desk.ui.i18n import install_language

    installed = install_language(qapp, lang, tmp_path)
    try:
        kit = make_shell(sandbox_client(sandbox_app))
        dialog = _login_dialog(qtbot, kit)
        assert dialog.title_label.text() == "Sign in"
        assert dialog.remember_check.text().replace("&", "") == "Remember me"
        _type(qtbot, dialog, "gise@demo.acente", "wrong")
        dialog.submit()
        qtbot.waitUntil(lambda: not dialog.busy)
        assert dialog.error_label.text().startswith("Wrong e-mail address or password.")
        close_kit(qtbot, kit)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_keyboard_only_sign_in_with_remember_me_keeps_the_password(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    """The way the Windows build's check signs in: e-mail, Tab, password, Tab to "Beni hatırla", Space, Enter."""
    from PySide6.QtWidgets import QApplication

    kit = make_shell(sandbox_client(sandbox_app))
    dialog = _login_dialog(qtbot, kit)
    dialog.activateWindow()
    dialog.email_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.email_edit)
    qtbot.keyClicks(dialog.email_edit, "gise@demo.acente")
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.password_edit
    qtbot.keyClicks(dialog.password_edit, "Demo1234!")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.remember_check
    qtbot.keyClick(dialog.remember_check, Qt.Key.Key_Space)
    assert dialog.remember_check.isChecked()
    qtbot.keyClick(dialog.remember_check, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kit.shell.window is not None and kit.shell.window.isVisible())
    stored = {name for (_svc, name) in mem_keyring.store}
    assert {"sandbox/email", "sandbox/password", "sandbox/refresh_token"} <= stored
    close_kit(qtbot, kit)
