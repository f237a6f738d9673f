"""The update prompt: a verified new version is ready; restart now ("Şimdi yeniden başlat") or at the next start.

Restarting is refused while a sale is open, a payment's outcome is pending or offline entries are unsent: the
prompt says which, and the update simply waits for the next start.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from insurup_desk.services.update_install import restart_after_exit
from insurup_desk.services.update_service import Blocker, UpdateService, UpdateState, UpdateStatus

from .theme import mark_primary


class UpdatePrompt(QDialog):
    restartRequested = Signal()

    def __init__(self, version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updatePrompt")
        self.setWindowTitle(self.tr("Güncelleme hazır"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        title = QLabel(self.tr("InsurUp Desk %1 hazır").replace("%1", version), self)
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        text = QLabel(
            self.tr("Yeni sürüm indirildi ve imzası doğrulandı. Uygulama yeniden başlayınca kurulur; "
                    "açık bir satış otomatik kayıttan sürer."),
            self,
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.blocked_label = QLabel(self)
        self.blocked_label.setObjectName("waitLabel")
        self.blocked_label.setWordWrap(True)
        self.blocked_label.hide()
        layout.addWidget(self.blocked_label)
        layout.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.later_button = QPushButton(self.tr("&Sonra"), self)
        self.later_button.setAutoDefault(False)
        self.restart_button = QPushButton(self.tr("Şimdi &yeniden başlat"), self)
        mark_primary(self.restart_button)
        self.restart_button.setDefault(True)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.restart_button)
        layout.addLayout(buttons)
        self.later_button.clicked.connect(self.reject)
        self.restart_button.clicked.connect(self.restartRequested.emit)

    def show_blockers(self, blockers: list[Blocker]) -> None:
        """Say why the desk cannot restart now; with none, the restart button is offered again."""
        self.restart_button.setEnabled(not blockers)
        if not blockers:
            self.blocked_label.hide()
            self.adjustSize()
            return
        reasons = {
            Blocker.SALE: self.tr("açık bir satış var"),
            Blocker.PAYMENT: self.tr("bir ödemenin sonucu henüz belli değil"),
            Blocker.OUTBOX: self.tr("çevrimdışı girilen kayıtlar henüz gönderilmedi"),
        }
        text = self.tr("Şimdi yeniden başlatılamaz: %1. Güncelleme bir sonraki açılışta kurulur.").replace(
            "%1", ", ".join(reasons[b] for b in blockers)
        )
        self.blocked_label.setText(text)
        self.blocked_label.show()
        self.adjustSize()  # the dialog grows to the reason instead of squeezing the text


class UpdateNotifier(QObject):
    """Shows the prompt once per ready version, over whatever window is given, and restarts when allowed."""

    def __init__(
        self,
        service: UpdateService,
        *,
        quit_with: Callable[[int], None],
        parent_window: Callable[[], QWidget | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._quit_with = quit_with
        self._parent_window = parent_window
        self.prompt: UpdatePrompt | None = None
        self._offered: str | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        service.add_listener(self._status_changed)

    def _status_changed(self, status: UpdateStatus) -> None:
        if status.state is UpdateState.READY and status.version and status.version != self._offered:
            self.offer(status.version)

    def offer(self, version: str) -> UpdatePrompt:
        self._offered = version
        if self.prompt is not None:
            self.prompt.close()
        self.prompt = UpdatePrompt(version, self._parent_window())
        self.prompt.restartRequested.connect(self.restart_when_allowed)
        self._spawn(self._refresh_blockers())
        self.prompt.show()
        return self.prompt

    def restart_when_allowed(self) -> None:
        self._spawn(self._restart())

    async def _refresh_blockers(self) -> None:
        blockers = await self.service.blockers()
        if self.prompt is not None:
            self.prompt.show_blockers(blockers)

    async def _restart(self) -> None:
        blockers = await self.service.blockers()  # asked again: the counter may have started a sale meanwhile
        if self.prompt is not None:
            self.prompt.show_blockers(blockers)
        if blockers:
            return
        if self.prompt is not None:
            self.prompt.accept()
        restart_after_exit()
        self._quit_with(0)

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await self.service.stop()
