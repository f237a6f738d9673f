"""Save screenshots of the list pages (policies, proposals, customers, renewals) in the real main window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_list_pages.py [OUT_DIR]

Starts the embedded sandbox, signs in with the demo account through the login dialog, opens each list
page at 1366×768 with a row's detail shown, and writes <key>.png (default OUT_DIR: docs/screenshots).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("INSURUP_DESK_HOME", tempfile.mkdtemp(prefix="insurup-shots-"))

import qasync
from PySide6.QtWidgets import QApplication

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.sandbox import SandboxConfig, SandboxServer, create_app
from insurup_desk.services.connectivity import ConnectivityMonitor, observe_client
from insurup_desk.services.paths import app_paths
from insurup_desk.services.secrets import MemoryVault
from insurup_desk.services.session import Session
from insurup_desk.services.settings import SettingsStore
from insurup_desk.ui.banner import SandboxMarker
from insurup_desk.ui.login_dialog import sandbox_demo_accounts
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
    dialog.email_edit.setText("gise@demo.acente")
    dialog.password_edit.setText("Demo1234!")
    dialog.submit()
    await until(lambda: shell.window is not None, "main window")
    window = shell.window
    assert window is not None
    window.resize(1366, 768)
    for key in ("policies", "proposals", "customers", "renewals"):
        window.show_page(key)
        page: Any = window.page(key)
        await until(lambda p=page: p.model.total_count is not None and not p.model.is_loading, f"{key} list")
        if key == "customers":
            page.search.setText("Yılmaz")
            page.search.returnPressed.emit()
            await until(lambda p=page: p.model.query.search is not None and not p.model.is_loading, "search")
        if key == "renewals":
            page.days.setValue(60)
            await until(lambda p=page: not p.model.is_loading, "renewals")
        if page.model.rowCount():
            row = min(1, page.model.rowCount() - 1)
            page.view.setFocus()
            page.view.selectRow(row)
            page.open_detail(row)
            detail = page.detail
            loaded = {"policies": "policy", "renewals": "policy", "proposals": "proposal", "customers": "customer"}
            await until(lambda d=detail, a=loaded[key]: getattr(d, a) is not None, f"{key} detail")
        await asyncio.sleep(0.6)  # let the customer tabs' lists arrive and the window repaint
        path = out / f"{key}.png"
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
