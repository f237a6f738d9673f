"""Help → About: version, update channel and state, where the data and the log live (what support asks first)."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from insurup_desk import APP_NAME, __version__
from insurup_desk.services.paths import AppPaths
from insurup_desk.services.update_service import UpdateService, UpdateState, UpdateStatus

from .banner import SandboxBanner
from .theme import mark_primary


class AboutDialog(QDialog):
    def __init__(
        self,
        paths: AppPaths,
        *,
        api_url: str,
        is_sandbox: bool = False,
        update_channel: str = "stable",
        updates: UpdateService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Hakkında"))
        self.setMinimumWidth(560)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        if is_sandbox:
            root.addWidget(SandboxBanner(self))
        body = QWidget(self)
        root.addWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        title = QLabel(f"{APP_NAME} {__version__}", self)
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        subtitle = QLabel(self.tr("Acente gişesi için trafik ve kasko satış uygulaması."), self)
        subtitle.setObjectName("hint")
        layout.addWidget(subtitle)

        form = QFormLayout()
        self.version_label = self._value(__version__)
        self.data_label = self._value(str(paths.data_dir))
        self.log_label = self._value(str(paths.log_file))
        self.settings_label = self._value(str(paths.settings_file))
        form.addRow(self.tr("Sürüm:"), self.version_label)
        self.channel_label = self._value(self.channel_text(update_channel))
        form.addRow(self.tr("Güncelleme kanalı:"), self.channel_label)
        status = updates.status if updates is not None else UpdateStatus(UpdateState.OFF)
        self.update_label = self._value(self.update_text(status))
        form.addRow(self.tr("Güncelleme:"), self.update_label)
        if updates is not None:
            updates.add_listener(self._update_changed)
            self.finished.connect(lambda _result: updates.remove_listener(self._update_changed))
        form.addRow(self.tr("Veri klasörü:"), self.data_label)
        form.addRow(self.tr("Günlük dosyası:"), self.log_label)
        form.addRow(self.tr("Ayar dosyası:"), self.settings_label)
        form.addRow(self.tr("Sunucu:"), self._value(api_url))
        form.addRow(
            self.tr("Ortam:"),
            self._value(f"Python {platform.python_version()}, Qt for Python {pyside_version}, {platform.system()}"),
        )
        layout.addLayout(form)

        buttons = QHBoxLayout()
        open_logs = QPushButton(self.tr("Günlük klasörünü &aç"), self)
        open_logs.setAutoDefault(False)
        open_logs.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir))))
        close = QPushButton(self.tr("&Kapat"), self)
        mark_primary(close)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addWidget(open_logs)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def channel_text(self, channel: str) -> str:
        names = {"stable": self.tr("kararlı"), "beta": self.tr("deneme (beta)")}
        return names.get(channel, channel)

    def update_text(self, status: UpdateStatus) -> str:
        version = status.version or ""
        texts = {
            UpdateState.OFF: self.tr("kapalı (ayarlarda güncelleme adresi yok ya da bu kurulum güncellenemez)"),
            UpdateState.IDLE: self.tr("henüz denetlenmedi"),
            UpdateState.CHECKING: self.tr("denetleniyor…"),
            UpdateState.UP_TO_DATE: self.tr("güncel"),
            UpdateState.READY: self.tr("%1 indirildi; yeniden başlatınca kurulur").replace("%1", version),
            UpdateState.FAILED: self.tr("son denetim başarısız; kurulu sürüm çalışmaya devam ediyor"),
        }
        if status.state is UpdateState.DOWNLOADING:
            percent = 100 * status.received // status.total if status.total else 0
            return self.tr("%1 indiriliyor: %%2").replace("%1", version).replace("%2", str(percent))
        return texts[status.state]

    def _update_changed(self, status: UpdateStatus) -> None:
        self.update_label.setText(self.update_text(status))

    def _value(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label
