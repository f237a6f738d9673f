"""Save the "Pano" screenshot in the real main window, signed in as the demo branch manager.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_dashboard.py [OUT_DIR]

Starts the embedded sandbox, signs in as mudur@demo.acente (2FA code 123456), waits until the dashboard (first
page for a manager) has drawn its charts, and writes dashboard.png at 1366×768 (default OUT_DIR: docs/screenshots).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("INSURUP_DESK_HOME", tempfile.mkdtemp(prefix="insurup-shots-"))

import qasync
from PySide6.QtWidgets import QApplication

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.sandbox import SandboxConfig, SandboxServer, create_app
from insurup_desk.services.connectivity import ConnectivityMonitor, observe_client
from insurup_desk.services.dashboard import Period, Span, Stage
from insurup_desk.services.paths import app_paths
from insurup_desk.services.secrets import MemoryVault
from insurup_desk.services.session import Session
from insurup_desk.services.settings import SettingsStore
from insurup_desk.ui.banner import SandboxMarker
from insurup_desk.ui.login_dialog import CREDENTIALS_STEP, sandbox_demo_accounts
from insurup_desk.ui.pages.dashboard import DashboardPage
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.theme import apply_theme


async def until(predicate: Callable[[], bool], what: str, timeout_s: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.02)


async def shoot(shell: Shell, out: Path) -> None:
    await shell.start()
    dialog = shell.login_dialog
    assert dialog is not None
    dialog.email_edit.setText("mudur@demo.acente")
    dialog.password_edit.setText("Demo1234!")
    dialog.submit()
    await until(lambda: dialog.step != CREDENTIALS_STEP and not dialog.busy, "2FA step")
    dialog.code_edit.setText("123456")
    dialog.submit()
    await until(lambda: shell.window is not None, "main window")
    window = shell.window
    assert window is not None
    window.resize(1366, 768)
    assert window.current_page_key() == "dashboard", "the dashboard leads the menu for a manager"
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    await until(lambda: page.service.state.stage is Stage.READY and page.busy.isHidden(), "dashboard")
    today = dt.date.today()
    page.choose_span(Span(today - dt.timedelta(days=364), today))  # a year: the seed's seasons show
    await until(lambda: page.service.state.period is Period.RANGE and page.service.state.stage is Stage.READY
                and page.busy.isHidden(), "dashboard for a year")
    await asyncio.sleep(0.3)  # let the window repaint
    path = out / "dashboard.png"
    if not window.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(path)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    apply_theme(app)
    server = SandboxServer(create_app(SandboxConfig(latency_min_s=0.05, latency_max_s=0.3)))
    server.start()
    app.installEventFilter(SandboxMarker(app))
    paths = app_paths().ensure()
    store = SettingsStore(paths.settings_file)
    client = InsurUpClient(ApiConfig.for_origin(server.url))
    monitor = ConnectivityMonitor()
    observe_client(client, monitor)
    shell = Shell(
        client=client,
        session=Session(client.auth, client.me, MemoryVault(), profile="sandbox"),
        settings_store=store,
        settings=store.load(),
        connectivity=monitor,
        paths=paths,
        sandbox=server,
        demo_accounts=sandbox_demo_accounts(),
    )

    async def run() -> None:
        try:
            await shoot(shell, out)
        finally:
            await shell.shutdown()
            await client.aclose()

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            loop.run_until_complete(run())
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
