"""The shell's session life: resume without a password, proactive refresh by the QTimer, retries while
the line is down, re-login over an intact window, sign-out wiping the keyring."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shell_fakes import KEYRING_SERVICE, DraftPage, close_kit, make_shell, run, sandbox_client, sign_in_demo

from insurup_desk.api import NetworkError, RequestTimeout, SessionExpired
from insurup_desk.ui.login_dialog import LoginDialog
from insurup_desk.ui.token_timer import TokenRefreshTimer


def _sign_in(qtbot: Any, kit: Any, *, remember: bool = False, account: int = 1) -> None:
    window = sign_in_demo(qtbot, kit, account=account, remember=remember)
    qtbot.waitUntil(window.isVisible)


def _stored(mem_keyring: Any) -> dict[str, str]:
    return {name: value for (service, name), value in mem_keyring.store.items() if service == KEYRING_SERVICE}


def test_stored_refresh_token_resumes_without_the_password(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    first = make_shell(sandbox_client(sandbox_app))
    _sign_in(qtbot, first, remember=True)
    close_kit(qtbot, first)

    second = make_shell(sandbox_client(sandbox_app))
    run(qtbot, second.shell.start())
    assert second.shell.login_dialog is None
    assert second.shell.window is not None and second.shell.window.isVisible()
    assert second.session.user is not None and second.session.user.email == "gise@demo.acente"
    close_kit(qtbot, second)


def test_rejected_stored_token_prefills_the_remembered_login(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    first = make_shell(sandbox_client(sandbox_app))
    _sign_in(qtbot, first, remember=True)
    close_kit(qtbot, first)
    mem_keyring.store[(KEYRING_SERVICE, "sandbox/refresh_token")] = "v1:revoked"

    second = make_shell(sandbox_client(sandbox_app))
    run(qtbot, second.shell.start())
    dialog = second.shell.login_dialog
    assert dialog is not None and second.shell.window is None
    assert dialog.email_edit.text() == "gise@demo.acente"
    assert dialog.password_edit.text() == "Demo1234!" and dialog.remember_check.isChecked()
    dialog.submit()
    qtbot.waitUntil(lambda: second.shell.window is not None)
    close_kit(qtbot, second)


def test_timer_refreshes_at_80_percent_and_the_keyring_follows(
    qtbot: Any, qloop_running: Any, sandbox_config: Any, mem_keyring: Any
) -> None:
    from insurup_desk.sandbox import create_app

    sandbox_config.token_lifetime_s = 1
    kit = make_shell(sandbox_client(create_app(sandbox_config)))
    _sign_in(qtbot, kit)
    first_token = kit.client.auth.refresh_token
    assert kit.shell.timer.is_active
    # 80 % of the 1 s lifetime (Qt's coarse timers may round up by a few per cent).
    assert 0 <= kit.shell.timer.remaining_ms() <= 840
    with qtbot.waitSignal(kit.shell.timer.refreshed, timeout=3000):
        pass
    assert kit.client.auth.refresh_count >= 1
    assert kit.client.auth.refresh_token != first_token
    run(qtbot, kit.session.flush())
    assert _stored(mem_keyring)["sandbox/refresh_token"].endswith(str(kit.client.auth.refresh_token))
    # The next refresh is planned again from the new token's lifetime.
    assert kit.shell.timer.is_active
    close_kit(qtbot, kit)


def test_rejected_refresh_reopens_login_over_the_intact_window(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    import httpx

    kit = make_shell(sandbox_client(sandbox_app))
    _sign_in(qtbot, kit)
    window = kit.shell.window
    assert window is not None
    page = window.page("new_sale")
    assert isinstance(page, DraftPage)
    window.show_page("new_sale")
    qtbot.keyClicks(page.draft, "34 ABC 123 - yarim kalan satis")

    async def steal() -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox_app), base_url="http://sb") as raw:
            answer = await raw.post(
                "/api/authentication:agent-user/refresh", json={"refreshToken": kit.client.auth.refresh_token}
            )
            assert answer.status_code == 200

    run(qtbot, steal())
    with qtbot.waitSignal(kit.shell.reloginShown, timeout=3000) as shown:
        kit.shell.timer._fire()  # the refresh comes due now instead of in eight minutes
    dialog = shown.args[0]
    assert isinstance(dialog, LoginDialog) and dialog.parent() is window and dialog.isVisible()
    assert dialog.email_edit.text() == "gise@demo.acente" and dialog.email_edit.isReadOnly()
    assert window.isVisible() and page.draft.text() == "34 ABC 123 - yarim kalan satis"

    # Esc must not sign out over unsaved work.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and kit.shell.relogin_dialog is dialog

    qtbot.keyClicks(dialog.password_edit, "Demo1234!")
    dialog.submit()
    qtbot.waitUntil(lambda: kit.shell.relogin_dialog is None)
    assert kit.shell.window is window and window.isVisible()
    assert window.page("new_sale") is page and page.draft.text() == "34 ABC 123 - yarim kalan satis"
    assert window.current_page_key() == "new_sale"
    assert kit.shell.timer.is_active
    me = run(qtbot, kit.client.me())
    assert me.email == "gise@demo.acente"
    close_kit(qtbot, kit)


def test_logout_wipes_the_keyring_and_returns_to_login(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    kit = make_shell(sandbox_client(sandbox_app))
    _sign_in(qtbot, kit, remember=True)
    run(qtbot, kit.session.flush())
    assert {"sandbox/refresh_token", "sandbox/password", "sandbox/email"} <= set(_stored(mem_keyring))
    window = kit.shell.window
    assert window is not None
    window.logout_action.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    yes.click()
    qtbot.waitUntil(lambda: kit.shell.login_dialog is not None and kit.shell.login_dialog.isVisible())
    assert _stored(mem_keyring) == {}
    assert kit.shell.window is None and not kit.client.auth.is_authenticated
    assert not kit.shell.finished().done()  # signing out does not quit the app
    dialog = kit.shell.login_dialog
    assert dialog is not None and dialog.email_edit.text() == "" and dialog.password_edit.text() == ""
    close_kit(qtbot, kit)


class _FlakySession:
    """Refresh fails with the line down ``failures`` times, then works."""

    def __init__(self, failures: list[Exception]) -> None:
        self.failures = failures
        self.calls = 0

    def refresh_delay(self) -> float:
        return 0.01

    async def refresh(self) -> None:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)


def test_refresh_retries_with_backoff_while_the_line_is_down(qtbot: Any, qloop_running: Any) -> None:
    session = _FlakySession([NetworkError(), RequestTimeout()])
    delays: list[int] = []

    def delay(attempt: int) -> float:
        delays.append(attempt)
        return 0.01 * attempt

    timer = TokenRefreshTimer(session, retry_delay=delay)
    retried: list[float] = []
    timer.retrying.connect(retried.append)
    with qtbot.waitSignal(timer.refreshed, timeout=3000):
        timer.start()
    assert session.calls == 3
    assert delays == [1, 2] and retried == [0.01, 0.02]
    assert timer.failed_attempts == 0
    timer.stop()


def test_rejected_refresh_in_the_timer_signals_expiry(qtbot: Any, qloop_running: Any) -> None:
    session = _FlakySession([SessionExpired()])
    timer = TokenRefreshTimer(session)
    with qtbot.waitSignal(timer.expired, timeout=3000):
        timer.start()
    assert not timer.is_active


def test_a_missing_credential_store_does_not_block_sign_in(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, monkeypatch: Any
) -> None:
    import keyring
    import keyring.errors

    def refuse(*_args: Any) -> None:
        raise keyring.errors.NoKeyringError("no backend on this machine")

    for name in ("get_password", "set_password", "delete_password"):
        monkeypatch.setattr(keyring, name, refuse)
    kit = make_shell(sandbox_client(sandbox_app))
    _sign_in(qtbot, kit, remember=True)
    window = kit.shell.window
    assert window is not None
    assert kit.session.vault_problem is not None
    assert "anahtar deposu kullanılamıyor" in window.statusBar().currentMessage()
    close_kit(qtbot, kit)


def test_choosing_sign_out_in_the_expired_dialog_signs_out(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    kit = make_shell(sandbox_client(sandbox_app))
    _sign_in(qtbot, kit, remember=True)
    with qtbot.waitSignal(kit.shell.reloginShown) as shown:
        kit.shell.session_expired()
    dialog = shown.args[0]
    assert dialog.remember_check.isChecked()  # the earlier choice carries over
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: kit.shell.login_dialog is not None and kit.shell.window is None)
    assert _stored(mem_keyring) == {}
    close_kit(qtbot, kit)
