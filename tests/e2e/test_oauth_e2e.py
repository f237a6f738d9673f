"""'InsurUp ile giriş' over real sockets: the sandbox API and its authorization server each on a loopback port,
the desk's loopback listener on a third. Sign in → a whole sale → sign out (the sandbox sees the revocation) →
sign in again."""

from __future__ import annotations

import asyncio
import gc
import sys
from collections.abc import Awaitable, Iterator
from pathlib import Path
from typing import Any, TypeVar, cast

import httpx
import pytest
from PySide6.QtCore import Qt

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.api.oauth import OAuthClient
from insurup_desk.sandbox.oauth import start_auth_server
from insurup_desk.sandbox.oauth_robot import play_browser
from insurup_desk.sandbox.oauth_state import DESK_CLIENT_ID
from insurup_desk.services.connectivity import ConnectivityMonitor
from insurup_desk.services.paths import app_paths
from insurup_desk.services.secrets import MemoryVault
from insurup_desk.services.session import Session
from insurup_desk.services.settings import SettingsStore
from insurup_desk.ui.login_dialog import LoginDialog
from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.wizard.wizard import SaleWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui" / "wizard"))
from wizard_steps import choose_best, collect_quotes, confirm_payment, type_card, wait_done

T = TypeVar("T")


def _run(qtbot: Any, work: Awaitable[T], timeout_ms: int = 10_000) -> T:
    task = asyncio.ensure_future(work)
    qtbot.waitUntil(task.done, timeout=timeout_ms)
    return task.result()


@pytest.fixture
def shell(qtbot: Any, qloop_running: Any, live_sandbox: Any) -> Iterator[Shell]:
    auth_server = start_auth_server(live_sandbox)  # stopped with live_sandbox
    client = InsurUpClient(ApiConfig.for_origin(live_sandbox.url))
    oauth = OAuthClient(auth_server.url, DESK_CLIENT_ID)
    paths = app_paths().ensure()
    store = SettingsStore(paths.settings_file)
    session = Session(client.auth, client.me, MemoryVault(), profile="sandbox", oauth_grant=oauth)
    shell = Shell(client=client, session=session, settings_store=store, settings=store.load(),
                  connectivity=ConnectivityMonitor(), paths=paths, sandbox=live_sandbox)
    yield shell
    if shell.window is not None:
        wizard = shell.window.page("new_sale")
        if isinstance(wizard, SaleWizard):
            wizard.quotes_page.leave()
    _run(qtbot, shell.shutdown())
    _run(qtbot, client.aclose())
    _run(qtbot, oauth.aclose())
    gc.collect()  # on the GUI thread, not by chance in the server thread


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
        _run(qtbot, shell.start())
        window = _sign_in_with_insurup(qtbot, shell, browser)
        assert cast(InsurUpClient, shell.client).auth.via_oauth
        window.resize(1366, 768)
        customer = _run(qtbot, shell.client.customers.get("11111111110"))
        shell.navigator.open_new_sale(customer_id=customer.id)
        wizard = window.page("new_sale")
        assert isinstance(wizard, SaleWizard)
        qtbot.waitUntil(lambda: wizard.flow.current == "vehicle" and wizard.vehicle_page.vehicles.count() > 0)
        qtbot.keyClick(wizard.vehicle_page.vehicles, Qt.Key.Key_Return)
        collect_quotes(qtbot, wizard)
        choose_best(qtbot, wizard)
        type_card(qtbot, wizard)
        confirm_payment(qtbot, wizard)
        wait_done(qtbot, wizard)
        assert wizard.flow.data.policy_number and len(sandbox.charges) == 1
        wizard.quotes_page.leave()

        held = cast(InsurUpClient, shell.client).auth.refresh_token
        assert held is not None
        _run(qtbot, shell.logout())
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
        _run(qtbot, browser.aclose())
