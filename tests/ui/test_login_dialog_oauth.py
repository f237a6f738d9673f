"""'InsurUp ile giriş' in the real dialog on the Qt loop: the test plays the system browser against the sandbox's
authorization server; the real loopback listener receives the redirect."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from PySide6.QtCore import Qt
from shell_fakes import close_kit, make_shell, run, sandbox_client

from insurup_desk.api.oauth import OAuthClient
from insurup_desk.sandbox.oauth import create_auth_app
from insurup_desk.sandbox.oauth_robot import play_browser
from insurup_desk.sandbox.oauth_state import DESK_CLIENT_ID
from insurup_desk.services.secrets import MemoryVault
from insurup_desk.services.session import Session
from insurup_desk.ui.login_dialog import LoginDialog

AUTH = "http://auth.sandbox.test"


def _kit(qtbot: Any, sandbox_app: Any) -> tuple[Any, LoginDialog, httpx.AsyncClient]:
    kit = make_shell(sandbox_client(sandbox_app))
    auth_app = create_auth_app(sandbox_app.state.sandbox)
    kit.session.oauth_grant = OAuthClient(AUTH, DESK_CLIENT_ID, transport=httpx.ASGITransport(app=auth_app))
    browser = httpx.AsyncClient(transport=httpx.ASGITransport(app=auth_app), base_url=AUTH)
    run(qtbot, kit.shell.start())
    dialog = kit.shell.login_dialog
    assert dialog is not None and dialog.isVisible()
    return kit, dialog, browser


def _close(qtbot: Any, kit: Any, browser: httpx.AsyncClient) -> None:
    grant = kit.session.oauth_grant
    close_kit(qtbot, kit)
    run(qtbot, browser.aclose())
    run(qtbot, grant.aclose())


def test_insurup_sign_in_through_the_browser_opens_the_main_window(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    kit, dialog, browser = _kit(qtbot, sandbox_app)
    assert dialog.oauth_button.isVisibleTo(dialog) and dialog.submit_button.isVisibleTo(dialog)
    played: list[asyncio.Future[None]] = []
    dialog.open_url = lambda url: played.append(
        asyncio.ensure_future(play_browser(browser, url, "gise@demo.acente", "Demo1234!")))
    qtbot.mouseClick(dialog.oauth_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and not dialog.oauth_button.isEnabled() and "Tarayıcı" in dialog.progress_label.text()
    qtbot.waitUntil(lambda: kit.shell.window is not None and kit.shell.window.isVisible())
    assert kit.session.user is not None and kit.session.user.email == "gise@demo.acente"
    stored = {name for (_svc, name) in mem_keyring.store}
    assert {"sandbox/refresh_token", "sandbox/login_method"} <= stored and "sandbox/password" not in stored
    assert played and played[0].done()
    _close(qtbot, kit, browser)


def test_cancel_while_the_browser_is_open_stops_waiting(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    kit, dialog, browser = _kit(qtbot, sandbox_app)
    opened: list[str] = []
    dialog.open_url = opened.append
    qtbot.mouseClick(dialog.oauth_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.isVisible() and dialog.oauth_button.isEnabled() and kit.shell.window is None
    assert "iptal" in dialog.error_label.text()
    _close(qtbot, kit, browser)


def test_without_an_authorization_server_only_the_form_is_offered(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    kit = make_shell(sandbox_client(sandbox_app))
    run(qtbot, kit.shell.start())
    dialog = kit.shell.login_dialog
    assert dialog is not None and not dialog.oauth_button.isVisibleTo(dialog)
    close_kit(qtbot, kit)


def test_relogin_through_the_browser_must_be_the_same_user(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    client = sandbox_client(sandbox_app)
    auth_app = create_auth_app(sandbox_app.state.sandbox)
    grant = OAuthClient(AUTH, DESK_CLIENT_ID, transport=httpx.ASGITransport(app=auth_app))
    browser = httpx.AsyncClient(transport=httpx.ASGITransport(app=auth_app), base_url=AUTH)
    session = Session(client.auth, client.me, MemoryVault(), profile="sandbox", oauth_grant=grant)
    dialog = LoginDialog(session, relogin_email="gise@demo.acente")
    qtbot.addWidget(dialog)
    dialog.show()
    played: list[asyncio.Future[None]] = []
    account = ["mudur@demo.acente"]
    dialog.open_url = lambda url: played.append(
        asyncio.ensure_future(play_browser(browser, url, account[0], "Demo1234!")))
    dialog.sign_in_with_insurup()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "gise@demo.acente hesabıyla" in dialog.error_label.text() and dialog.isVisible()
    assert session.user is None and not client.auth.is_authenticated
    account[0] = "gise@demo.acente"
    with qtbot.waitSignal(dialog.accepted):
        dialog.sign_in_with_insurup()
    assert session.user is not None and session.user.email == "gise@demo.acente"
    for closing in (browser.aclose(), grant.aclose(), client.aclose()):
        run(qtbot, closing)
