"""The real main window loses the sandbox (server stopped: connection refused) and keeps showing the policy
list from the cache, marked; when the server is back the probe notices and the list reloads live.

Set INSURUP_DESK_SCREENSHOTS=1 to also write docs/screenshots/policies_offline.png (1366×768).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from live_shell import live_shell, sign_in_with_password
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.sandbox import SandboxServer
from insurup_desk.services.connectivity import ConnectivityMonitor, LineProbe, LineState, client_check, observe_client
from insurup_desk.services.local_store import open_local_store
from insurup_desk.services.paths import app_paths
from insurup_desk.store import AsyncStore
from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.shell import Shell

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "policies_offline.png"


class Line:
    """The sandbox socket, which the test can take down (refused) and bring back on the same port."""

    def __init__(self, app: Any, server: SandboxServer) -> None:
        self.app = app
        self.server = server

    def down(self) -> None:
        self.server.stop()

    def up(self) -> None:
        self.server = SandboxServer(self.app, host="127.0.0.1", port=self.server.port).start()


@pytest.fixture
def line(live_sandbox: Any, sandbox_app: Any) -> Iterator[Line]:
    line = Line(sandbox_app, live_sandbox)
    yield line
    if line.server is not live_sandbox:
        line.server.stop()


@pytest.fixture
def store(mem_keyring: Any) -> Iterator[AsyncStore]:
    s = open_local_store(app_paths().ensure().data_dir, keyring_service="insurup-desk-test")
    yield s
    s.close()


@pytest.fixture
def shell(qtbot: Any, qloop_running: Any, line: Line, store: AsyncStore) -> Iterator[Shell]:
    client = InsurUpClient(ApiConfig.for_origin(line.server.url))
    monitor = ConnectivityMonitor()
    observe_client(client, monitor)
    probe = LineProbe(monitor, client_check(client), intervals=(0.05, 0.1))
    with live_shell(qtbot, client, line.server, connectivity=monitor, store=store) as shell:
        yield shell
        probe.close()


def _save_screenshot(window: MainWindow) -> None:
    from insurup_desk.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = app.styleSheet()
    apply_theme(app)
    try:
        QApplication.processEvents()
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(SCREENSHOT))
    finally:
        app.setStyleSheet(previous)


def test_policy_list_survives_a_refused_connection(qtbot: Any, shell: Shell, line: Line) -> None:
    window = sign_in_with_password(qtbot, shell)
    window.resize(1366, 768)
    window.show()
    window.show_page("policies")
    page: Any = window.page("policies")
    qtbot.waitUntil(lambda: page.model.total_count is not None and not page.model.is_loading, timeout=10_000)
    live_rows = page.model.rows()
    for row in (0, 1):  # both details are cached; the pane is left on the second
        page.open_detail(row)
        qtbot.waitUntil(lambda r=row: page.detail.policy is not None
                        and page.detail.policy.id == page.model.value(r, "id"), timeout=10_000)

    line.down()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.model.fetched_at is not None and not page.model.is_loading, timeout=10_000)
    assert page.model.rows() == live_rows
    hhmm = dt.datetime.fromtimestamp(page.model.fetched_at).strftime("%H:%M")
    assert page.offline_marker.isVisible() and page.offline_marker.text() == f"çevrimdışı — {hhmm} verisi"
    assert window.status.line_label.text() == "● Çevrimdışı"
    assert shell.connectivity.state is LineState.OFFLINE
    page.view.selectRow(0)
    page.open_detail(0)
    qtbot.waitUntil(lambda: page.detail.policy is not None and page.detail.offline_marker.isVisible())
    assert page.detail.policy.id == page.model.value(0, "id")
    if os.environ.get("INSURUP_DESK_SCREENSHOTS"):
        _save_screenshot(window)
    offline_notes = [a for a in window.status.announcements if "kesildi" in a]
    assert len(offline_notes) == 1

    line.up()
    qtbot.waitUntil(lambda: shell.connectivity.state is not LineState.OFFLINE, timeout=10_000)
    qtbot.waitUntil(lambda: page.model.fetched_at is None and not page.model.is_loading, timeout=10_000)
    assert page.offline_marker.isHidden() and page.model.rows()[:5] == live_rows[:5]
    assert [a for a in window.status.announcements if "geri geldi" in a] and len(window.status.announcements) == 2
