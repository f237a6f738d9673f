"""What the composition root installs once the shell and the loop exist: crash reporting and the update cycle."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from insurup_desk.services.paths import AppPaths
from insurup_desk.services.settings import AppSettings

from .crash_hook import CrashReporter, install_crash_reporting
from .desk_updates import install_updates
from .update_prompt import UpdateNotifier


@dataclass
class DeskCare:
    crashes: CrashReporter
    updates: UpdateNotifier

    async def stop(self) -> None:
        await self.updates.stop()
        self.crashes.uninstall()


def install_desk_care(
    shell: Any, loop: asyncio.AbstractEventLoop, settings: AppSettings, paths: AppPaths, *,
    store: Any, journal: Any, outbox: Any, is_sandbox: bool,
) -> DeskCare:
    crashes = install_crash_reporting(paths, loop, upload_url=settings.crash_upload_url, quit_with=shell.quit)
    updates = install_updates(shell, settings, paths, store=store, journal=journal, outbox=outbox,
                              is_sandbox=is_sandbox)
    return DeskCare(crashes, updates)
