"""Save screenshots of the update prompt and the crash dialog over the real main window, at 1366×768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_care.py [OUT_DIR]

Starts the embedded sandbox and a loopback update repository holding the next version (published with
packaging/update_repo.py, throw-away keys), signs in with the demo account, lets the real update service find,
download and verify it, and writes update_prompt.png and update_prompt_blocked.png (a sale open); then raises
inside a slot and writes crash_dialog.png (default OUT_DIR: docs/screenshots).
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("INSURUP_DESK_HOME", tempfile.mkdtemp(prefix="insurup-shots-"))

import qasync
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from insurup_desk import __version__
from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.api.secret_registry import register_secret
from insurup_desk.sandbox import SandboxConfig, SandboxServer, create_app
from insurup_desk.sandbox.update_repo import UpdateRepoServer
from insurup_desk.services.connectivity import ConnectivityMonitor, observe_client
from insurup_desk.services.logging_setup import configure_logging
from insurup_desk.services.paths import app_paths
from insurup_desk.services.secrets import MemoryVault
from insurup_desk.services.session import Session
from insurup_desk.services.settings import SettingsStore
from insurup_desk.services.update_service import Blocker, UpdateService
from insurup_desk.services.update_staging import UpdateLayout
from insurup_desk.services.updates import UpdateClient
from insurup_desk.ui.banner import SandboxMarker
from insurup_desk.ui.crash_hook import CrashReporter
from insurup_desk.ui.login_dialog import sandbox_demo_accounts
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.theme import apply_theme
from insurup_desk.ui.update_prompt import UpdateNotifier

ROOT = Path(__file__).resolve().parents[1]


class FreeCounter:
    async def blockers(self) -> list[Blocker]:
        return []


async def until(predicate: Callable[[], bool], what: str, timeout_s: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.02)


def save_over(window: QWidget, dialog: QWidget, path: Path) -> None:
    """Offscreen windows are grabbed one by one: draw the dialog over the window where it would appear."""
    picture = window.grab()
    over = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))
    painter.drawPixmap((picture.width() - over.width()) // 2, (picture.height() - over.height()) // 3, over)
    painter.end()
    if not picture.save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(path)


def publish_next(work: Path) -> tuple[Path, Path, str]:
    spec = importlib.util.spec_from_file_location("update_repo", ROOT / "packaging" / "update_repo.py")
    assert spec is not None and spec.loader is not None
    tools = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tools)
    repo, keys, anchor = work / "repository", work / "keys", work / "root.json"
    tools.init_repo(repo, keys, anchor=anchor)
    bundle = work / "bundle"
    bundle.mkdir()
    (bundle / "insurup-desk").write_text("next", encoding="utf-8")
    major, minor, *_ = __version__.split(".")
    version = f"{major}.{int(minor) + 1}.0"
    tools.add_bundle(repo, keys, bundle, version)
    return repo, anchor, version


async def shoot(shell: Shell, out: Path, repo_url: str, anchor: Path, work: Path) -> None:
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
    await asyncio.sleep(0.8)

    layout = UpdateLayout(work / "updates")
    service = UpdateService(
        make_client=lambda: UpdateClient(repo_url=repo_url, channel="stable", current_version=__version__,
                                         layout=layout, trusted_root=anchor),
        layout=layout, current_version=__version__, gate=FreeCounter(),
    )
    notifier = UpdateNotifier(service, quit_with=lambda _code: None, parent_window=lambda: window)
    await service.check_now()
    prompt = notifier.prompt
    assert prompt is not None
    await until(lambda: prompt.restart_button.isEnabled(), "the prompt's blockers")
    await asyncio.sleep(0.2)
    save_over(window, prompt, out / "update_prompt.png")
    prompt.show_blockers([Blocker.SALE, Blocker.OUTBOX])
    await asyncio.sleep(0.2)
    save_over(window, prompt, out / "update_prompt_blocked.png")
    prompt.close()

    reporter = CrashReporter(shell.paths)
    reporter.install(asyncio.get_running_loop())
    token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJnaXNlIn0.c2lnbmF0dXJl"
    register_secret(token)
    button = QPushButton(window)

    def broken_slot() -> None:
        quote = {"insurer": "Anadolu", "card": "4111 1111 1111 1111", "customer": "TCKN 10000000146"}
        raise KeyError(f"premium missing in quote {quote} (token {token})")

    button.clicked.connect(broken_slot)
    button.click()
    await until(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), "the crash dialog")
    await asyncio.sleep(0.2)
    assert reporter.dialog is not None
    save_over(window, reporter.dialog, out / "crash_dialog.png")
    reporter.dialog.close()
    reporter.uninstall()
    await service.stop()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="insurup-update-shots-"))
    repo, anchor, _version = publish_next(work)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    apply_theme(app)
    server = SandboxServer(create_app(SandboxConfig(latency_min_s=0.05, latency_max_s=0.3)))
    server.start()
    app.installEventFilter(SandboxMarker(app))
    paths = app_paths().ensure()
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
        with UpdateRepoServer(repo) as updates:
            try:
                await shoot(shell, out, updates.url, anchor, work)
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
