"""The real desk over an embedded sandbox, for the screenshot scripts in this folder.

    run_desk(shoot)  # QApplication, theme, sandbox, training marker, a signed-out shell; shoot(shell, server) drives it

Offscreen and in a throw-away home unless the caller's environment says otherwise.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication, QWidget

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.sandbox import SandboxConfig, SandboxServer, create_app
from insurup_desk.services.connectivity import ConnectivityMonitor, observe_client
from insurup_desk.services.logging_setup import configure_logging
from insurup_desk.services.paths import app_paths
from insurup_desk.services.secrets import MemoryVault
from insurup_desk.services.session import Session
from insurup_desk.services.settings import SettingsStore
from insurup_desk.ui.banner import SandboxMarker
from insurup_desk.ui.login_dialog import sandbox_demo_accounts
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.theme import apply_theme


def out_dir() -> Path:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    return out


async def until(predicate: Callable[[], bool], what: str, timeout_s: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.02)


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(path)


def run_desk(shoot: Callable[[Shell], Awaitable[None]], *, log: bool = False) -> int:
    """Run ``shoot`` against a fresh shell on a quick sandbox; the shell and the sandbox are closed afterwards."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("INSURUP_DESK_HOME", tempfile.mkdtemp(prefix="insurup-shots-"))
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    apply_theme(app)
    server = SandboxServer(create_app(SandboxConfig(latency_min_s=0.05, latency_max_s=0.3)))
    server.start()
    app.installEventFilter(SandboxMarker(app))
    paths = app_paths().ensure()
    if log:
        configure_logging(paths.log_file)
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
            await shoot(shell)
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
