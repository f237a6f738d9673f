"""How the desk wires updates: off without an address or in training mode; on, it checks once the window is up."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QObject, Signal
from update_repos import CURRENT, Repo, make_bundle

from insurup_desk import __version__
from insurup_desk.services.outbox import Outbox
from insurup_desk.services.paths import AppPaths
from insurup_desk.services.purchase_journal import AsyncJournal, open_journal
from insurup_desk.services.settings import AppSettings
from insurup_desk.services.update_service import UpdateState
from insurup_desk.store import AsyncStore, Database, RecordCipher, Store
from insurup_desk.ui.desk_updates import current_update_service, install_updates


class ShellStandIn(QObject):
    """The two things the wiring uses from the shell: the main-window signal and quit."""

    mainWindowShown = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.quits: list[int] = []

    def quit(self, code: int = 0) -> None:
        self.quits.append(code)


@pytest.fixture
def parts(tmp_path: Path) -> Iterator[tuple[AsyncStore, AsyncJournal, Outbox, AppPaths]]:
    store = AsyncStore(Store(Database(tmp_path / "desk.sqlite"), RecordCipher(b"a" * 32)))
    journal = open_journal(None)
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "logs").ensure()
    yield store, journal, Outbox(cast(Any, None), store), paths
    journal.close()
    store.close()


def test_updates_are_off_without_an_address_and_in_training_mode(
    qtbot: Any, qloop_running: asyncio.AbstractEventLoop, repo: Repo, tmp_path: Path,
    parts: tuple[AsyncStore, AsyncJournal, Outbox, AppPaths],
) -> None:
    store, journal, outbox, paths = parts
    bundle = make_bundle(tmp_path / "installed", CURRENT)
    for settings, sandbox in ((AppSettings(), False), (AppSettings(update_url=repo.server.url), True)):
        notifier = install_updates(ShellStandIn(), settings, paths, store=store, journal=journal, outbox=outbox,
                                   is_sandbox=sandbox, install_dir=bundle, trusted_root=repo.root)
        assert notifier.service.status.state is UpdateState.OFF
        assert current_update_service() is notifier.service


def test_with_an_address_the_desk_checks_once_the_main_window_is_up(
    qtbot: Any, qloop_running: asyncio.AbstractEventLoop, repo: Repo, tmp_path: Path,
    parts: tuple[AsyncStore, AsyncJournal, Outbox, AppPaths], monkeypatch: pytest.MonkeyPatch,
) -> None:
    restarts: list[bool] = []
    # The real one would start another desk when the test process exits.
    monkeypatch.setattr("insurup_desk.ui.update_prompt.restart_after_exit", lambda: restarts.append(True))
    store, journal, outbox, paths = parts
    major, minor, *_ = __version__.split(".")
    repo.publish(f"{major}.{int(minor) + 1}.0")
    shell = ShellStandIn()
    notifier = install_updates(shell, AppSettings(update_url=repo.server.url), paths, store=store, journal=journal,
                               outbox=outbox, is_sandbox=False, install_dir=tmp_path / "installed",
                               trusted_root=repo.root)
    assert notifier.service.status.state is UpdateState.IDLE and repo.server.requests == []
    shell.mainWindowShown.emit(object())
    qtbot.waitUntil(lambda: notifier.prompt is not None and notifier.prompt.isVisible(), timeout=20_000)
    assert notifier.service.status.state is UpdateState.READY
    prompt = notifier.prompt
    assert prompt is not None
    qtbot.waitUntil(prompt.restart_button.isEnabled)
    prompt.restart_button.click()  # nothing open at the counter: the desk quits to restart into the new version
    qtbot.waitUntil(lambda: shell.quits == [0])
    assert restarts == [True]
    prompt.deleteLater()
    task = asyncio.ensure_future(notifier.stop())
    qtbot.waitUntil(task.done)
