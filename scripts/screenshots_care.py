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
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QPushButton
from screenshot_desk import out_dir, run_desk, save_over, sign_in, until

from insurup_desk import __version__
from insurup_desk.api.secret_registry import register_secret
from insurup_desk.sandbox.update_repo import UpdateRepoServer
from insurup_desk.services.update_service import Blocker, UpdateService
from insurup_desk.services.update_staging import UpdateLayout
from insurup_desk.services.updates import UpdateClient
from insurup_desk.ui.crash_hook import CrashReporter
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.update_prompt import UpdateNotifier

ROOT = Path(__file__).resolve().parents[1]


class FreeCounter:
    async def blockers(self) -> list[Blocker]:
        return []


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
    await sign_in(shell)
    window = shell.window
    assert window is not None
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
    save_over(window, prompt, out / "update_prompt.png", shade=True)
    prompt.show_blockers([Blocker.SALE, Blocker.OUTBOX])
    await asyncio.sleep(0.2)
    save_over(window, prompt, out / "update_prompt_blocked.png", shade=True)
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
    save_over(window, reporter.dialog, out / "crash_dialog.png", shade=True)
    reporter.dialog.close()
    reporter.uninstall()
    await service.stop()


def main() -> int:
    out = out_dir()
    work = Path(tempfile.mkdtemp(prefix="insurup-update-shots-"))
    repo, anchor, _version = publish_next(work)

    async def shoot_with_updates(shell: Shell) -> None:
        with UpdateRepoServer(repo) as updates:
            await shoot(shell, out, updates.url, anchor, work)

    return run_desk(shoot_with_updates, log=True)


if __name__ == "__main__":
    sys.exit(main())
