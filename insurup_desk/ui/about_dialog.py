"""Help → About: version, where the data and the log live (what support asks for first)."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from insurup_desk import APP_NAME, __version__
from insurup_desk.services.paths import AppPaths

from .banner import SandboxBanner
from .theme import mark_primary


class AboutDialog(QDialog):
    def __init__(
        self, paths: AppPaths, *, api_url: str, is_sandbox: bool = False, parent: QWidget | None = None
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

    def _value(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label
