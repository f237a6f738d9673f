"""Wires the update cycle into a running desk: the service, the restart gate over the desk's own state, the prompt.

Updates are off when no repository is configured, when this build carries no trust anchor, in training mode,
and when the desk runs from source (there is no bundle to replace).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

from insurup_desk import __version__
from insurup_desk.services.autosave import WizardAutosave
from insurup_desk.services.paths import AppPaths
from insurup_desk.services.settings import AppSettings
from insurup_desk.services.update_install import layout_for, running_bundle
from insurup_desk.services.update_service import DeskGate, UpdateService
from insurup_desk.services.update_staging import TRUSTED_ROOT

if TYPE_CHECKING:
    from insurup_desk.services.updates import UpdateClient

from .update_prompt import UpdateNotifier

log = logging.getLogger(__name__)

_CURRENT: list[UpdateService] = []


def current_update_service() -> UpdateService | None:
    """The running desk's update service (About shows its state); None before start-up or in tests."""
    return _CURRENT[-1] if _CURRENT else None


def desk_gate(store: Any, journal: Any, outbox: Any) -> DeskGate:
    """The desk may restart only with no sale open, no payment unsettled and nothing waiting in the outbox."""
    autosave = WizardAutosave(store)

    async def sale_open() -> bool:
        return await autosave.load() is not None

    async def open_payments() -> int:
        return len(await journal.open_entries())

    async def unsent() -> int:
        return len(await outbox.pending())

    return DeskGate(sale_open=sale_open, open_payments=open_payments, unsent=unsent)


def install_updates(
    shell: Any, settings: AppSettings, paths: AppPaths, *, store: Any, journal: Any, outbox: Any,
    is_sandbox: bool, install_dir: Path | None = None, trusted_root: Path = TRUSTED_ROOT,
) -> UpdateNotifier:
    """The composition root's one call: check at start (once the main window is up) and every few hours."""
    layout = layout_for(paths.data_dir)
    bundle = install_dir or running_bundle()
    enabled = bool(settings.update_url) and trusted_root.is_file() and bundle is not None and not is_sandbox
    if settings.update_url and not enabled:
        log.info("update checks are off (training mode, run from source, or no trust anchor in this build)")

    def make_client() -> UpdateClient:
        from insurup_desk.services.updates import UpdateClient  # tuf and tufup load only when a check runs

        return UpdateClient(repo_url=settings.update_url, channel=settings.update_channel,
                            current_version=__version__, layout=layout, trusted_root=trusted_root)

    service = UpdateService(
        make_client=make_client if enabled else None,
        layout=layout,
        current_version=__version__,
        gate=desk_gate(store, journal, outbox),
    )
    _CURRENT.append(service)
    notifier = UpdateNotifier(service, quit_with=shell.quit, parent_window=QApplication.activeWindow,
                              parent=shell)
    shell.mainWindowShown.connect(lambda _window: service.start())
    return notifier
