"""'InsurUp ile giriş' over real sockets: the sandbox API and its authorization server each on a loopback port,
the desk's loopback listener on a third. Sign in → a whole sale → sign out (the sandbox sees the revocation) →
sign in again."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any, cast

import httpx
import pytest
from live_shell import live_shell, quotes_for_a_known_customer, run
from PySide6.QtCore import Qt
from wizard_steps import confirm_payment, type_card, wait_done

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.api.oauth import OAuthClient
from insurup_desk.sandbox.oauth import start_auth_server
from insurup_desk.sandbox.oauth_robot import play_browser
from insurup_desk.sandbox.oauth_state import DESK_CLIENT_ID
from insurup_desk.ui.login_dialog import LoginDialog
from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.shell import Shell


@pytest.fixture
def shell(qtbot: Any, qloop_running: Any, live_sandbox: Any) -> Iterator[Shell]:
    auth_server = start_auth_server(live_sandbox)  # stopped with live_sandbox
    oauth = OAuthClient(auth_server.url, DESK_CLIENT_ID)
    client = InsurUpClient(ApiConfig.for_origin(live_sandbox.url))
    try:
        with live_shell(qtbot, client, live_sandbox, oauth_grant=oauth) as shell:
            yield shell
    finally:
        run(qtbot, oauth.aclose())


def _sign_in_with_insurup(qtbot: Any, shell: Shell, browser: httpx.AsyncClient) -> MainWindow:
    qtbot.waitUntil(lambda: shell.login_dialog is not None and shell.login_dialog.isVisible(), timeout=10_000)
    dialog = shell.login_dialog
    assert isinstance(dialog, LoginDialog)
    played: list[asyncio.Future[None]] = []
    dialog.open_url = lambda url: played.append(
        asyncio.ensure_future(play_browser(browser, url, "gise@demo.acente", "Demo1234!")))
    qtbot.mouseClick(dialog.oauth_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible(), timeout=10_000)
    assert played and played[0].done() and played[0].exception() is None
    assert shell.window is not None
    return shell.window


def test_insurup_sign_in_sale_sign_out_and_again(qtbot: Any, shell: Shell, sandbox: Any) -> None:
    browser = httpx.AsyncClient(timeout=10.0)
    try:
        run(qtbot, shell.start())
        window = _sign_in_with_insurup(qtbot, shell, browser)
        assert cast(InsurUpClient, shell.client).auth.via_oauth
        window.resize(1366, 768)
        wizard = quotes_for_a_known_customer(qtbot, shell, window)
        type_card(qtbot, wizard)
        confirm_payment(qtbot, wizard)
        wait_done(qtbot, wizard)
        assert wizard.flow.data.policy_number and len(sandbox.charges) == 1
        wizard.quotes_page.leave()

        held = cast(InsurUpClient, shell.client).auth.refresh_token
        assert held is not None
        run(qtbot, shell.logout())
        assert sandbox.auth.oauth.revoked == [held] and held not in sandbox.auth.oauth.refresh
        assert shell.window is None and not cast(InsurUpClient, shell.client).auth.is_authenticated

        window = _sign_in_with_insurup(qtbot, shell, browser)
        assert shell.session.user is not None and shell.session.user.email == "gise@demo.acente"
        assert cast(InsurUpClient, shell.client).auth.refresh_token not in (None, held)
        # The new session reads the policy list (GraphQL) too; waiting for it also lets the window's first
        # loads finish, so no request is cut off mid-flight by the teardown.
        window.show_page("policies")
        policies: Any = window.page("policies")
        qtbot.waitUntil(lambda: policies.model.rowCount() > 0, timeout=10_000)
    finally:
        run(qtbot, browser.aclose())
