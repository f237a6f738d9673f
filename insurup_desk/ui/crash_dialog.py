"""The crash dialog: one sentence on what happened, the (redacted) report to read, copy, save, and a restart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.services.crash_report import CrashReport

from .theme import mark_primary


class CrashDialog(QDialog):
    def __init__(
        self,
        report: CrashReport,
        *,
        kept_at: Path | None,
        restart: Callable[[], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self._restart = restart
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Beklenmeyen hata"))
        self.setMinimumSize(720, 520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        title = QLabel(self.tr("InsurUp Desk beklenmeyen bir hatayla karşılaştı."), self)
        title.setObjectName("dialogTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.summary = QLabel(self.summary_text(kept_at), self)
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.report_view = QPlainTextEdit(report.text, self)
        self.report_view.setObjectName("crashReport")
        self.report_view.setReadOnly(True)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.report_view, 1)

        self.status = QLabel(self)
        self.status.setObjectName("infoLabel")
        self.status.hide()
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Raporu &kopyala"), self)
        self.save_button = QPushButton(self.tr("Raporu ka&ydet…"), self)
        self.close_button = QPushButton(self.tr("Ka&pat"), self)
        self.restart_button = QPushButton(self.tr("Uygulamayı &yeniden başlat"), self)
        mark_primary(self.restart_button)
        self.restart_button.setDefault(True)
        self.restart_button.setEnabled(restart is not None)
        for button in (self.copy_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.restart_button)
        layout.addLayout(buttons)
        self.copy_button.clicked.connect(self.copy_report)
        self.save_button.clicked.connect(self.ask_where_to_save)
        self.close_button.clicked.connect(self.reject)
        self.restart_button.clicked.connect(self.restart)

    def summary_text(self, kept_at: Path | None) -> str:
        text = self.tr(
            "Yapılan iş kaybolmadı: açık satış otomatik kaydedildi ve yeniden başlatınca kaldığı yerden sürer. "
            "Aşağıdaki raporda kart bilgisi, parola ve kimlik numarası yoktur; okuyup destek ekibine iletebilirsiniz."
        )
        if kept_at is not None:
            text += " " + self.tr("Rapor günlük klasörüne de kaydedildi: %1").replace("%1", str(kept_at))
        return text

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.text)
        self._tell(self.tr("Rapor panoya kopyalandı."))

    def ask_where_to_save(self) -> None:
        name = f"insurup-desk-{self.report.created.strftime('%Y%m%d-%H%M%S')}.txt"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Raporu kaydet"), name, self.tr("Metin (*.txt)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        try:
            path.write_text(self.report.text, encoding="utf-8")
        except OSError as exc:
            self._tell(self.tr("Rapor kaydedilemedi: %1").replace("%1", exc.strerror or str(exc)))
            return False
        self._tell(self.tr("Rapor kaydedildi: %1").replace("%1", str(path)))
        return True

    def restart(self) -> None:
        if self._restart is not None:
            self.restart_button.setEnabled(False)
            self.accept()
            self._restart()

    def _tell(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
