"""Telling the operator, once, what opening the local store found: what was kept, what was lost, and whether
anything typed today will still be there after a restart (``store.recovery.RecoveryReport``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from insurup_desk.store.recovery import Damage, RecoveryReport

from .status_bar import AppStatusBar


def _damage_text(report: RecoveryReport) -> str:
    if report.damage is Damage.GARBAGE:
        return QCoreApplication.translate(
            "StoreNotice", "Bu bilgisayardaki yerel kayıt dosyası bozuk: okunabilir bir veritabanı değil.")
    if report.damage is Damage.DAMAGED:
        return QCoreApplication.translate(
            "StoreNotice", "Bu bilgisayardaki yerel kayıt dosyası hasarlı: bir bölümü eksik ya da bozuk.")
    if report.damage is Damage.EMPTY:
        return QCoreApplication.translate(
            "StoreNotice", "Bu bilgisayardaki yerel kayıt dosyası boş bulundu; içindekiler silinmiş.")
    if report.damage is Damage.READ_ONLY:
        return QCoreApplication.translate(
            "StoreNotice", "Yerel kayıt dosyasına yazılamıyor (salt okunur): %1").replace("%1", str(report.path))
    if report.damage is Damage.KEY_LOST:
        return QCoreApplication.translate(
            "StoreNotice",
            "Yerel kayıt dosyasının şifre anahtarı işletim sisteminin anahtar deposunda yok; dosyadaki bilgiler "
            "bu anahtar olmadan okunamaz.")
    return ""


def _kept_text(report: RecoveryReport) -> str:
    parts = []
    if report.outbox_kept:
        parts.append(QCoreApplication.translate(
            "StoreNotice", "%1 bekleyen işlem (bağlantı gelince gönderilecek)").replace("%1", str(report.outbox_kept)))
    if report.autosave_kept:
        parts.append(QCoreApplication.translate("StoreNotice", "yarım kalan satış"))
    if report.cache_kept:
        parts.append(QCoreApplication.translate(
            "StoreNotice", "önbellekteki %1 kayıt").replace("%1", str(report.cache_kept)))
    if not parts:
        return QCoreApplication.translate("StoreNotice", "Dosyadan kurtarılabilen bir şey olmadı.")
    return QCoreApplication.translate("StoreNotice", "Kurtarılanlar: %1.").replace("%1", ", ".join(parts))


def _lost_text(report: RecoveryReport) -> str:
    lines = []
    if report.outbox_lost:
        lines.append(QCoreApplication.translate(
            "StoreNotice",
            "Okunamayan %1 bekleyen işlem kayboldu; bağlantı yokken girilen bu müşteri ya da araç kayıtlarını "
            "yeniden girmeniz gerekebilir.").replace("%1", str(report.outbox_lost)))
    if not report.outbox_complete:
        lines.append(QCoreApplication.translate(
            "StoreNotice",
            "Bekleyen işlemlerin hepsi okunamadı: bağlantı yokken girdiğiniz müşteri ve araç kayıtları kaybolmuş "
            "olabilir, lütfen kontrol edin."))
    return "\n".join(lines)


def not_kept_text() -> str:
    return QCoreApplication.translate(
        "StoreNotice",
        "Taslaklar, yarım kalan satış ve önbellek bu oturumda yalnızca bellekte tutulur; uygulama yeniden "
        "açılınca kaybolur.")


def _no_keyring_lines(report: RecoveryReport) -> list[str]:
    lines = [QCoreApplication.translate(
        "StoreNotice",
        "İşletim sisteminin güvenli anahtar deposuna (Windows Kimlik Bilgileri, macOS Anahtar Zinciri, Linux'ta "
        "Secret Service) ulaşılamıyor."), not_kept_text()]
    if report.waiting_in_file:
        lines.append(QCoreApplication.translate(
            "StoreNotice",
            "Önceki oturumlardan %1 bekleyen işlem dosyada duruyor; anahtar deposu yeniden erişilebilir olduğunda "
            "gönderilecek.").replace("%1", str(report.waiting_in_file)))
    lines.append(QCoreApplication.translate(
        "StoreNotice",
        "Linux'ta anahtar deposunun kurulumu için kullanım belgelerindeki \"Çevrimdışı çalışma\" bölümüne bakın."))
    return lines


def describe(report: RecoveryReport) -> str:
    """The notice, in plain Turkish (through Qt translation), or "" when there is nothing to tell."""
    if not report.notice_needed:
        return ""
    if report.no_keyring:
        return "\n\n".join(_no_keyring_lines(report))
    lines: list[str] = []
    if report.damage is not None:
        lines.append(_damage_text(report))
        if report.moved_to is not None:
            lines.append(QCoreApplication.translate(
                "StoreNotice", "Dosya destek için saklandı: %1\nYeni bir kayıt dosyası açıldı.")
                .replace("%1", str(report.moved_to)))
        lines.append(_kept_text(report))
    elif report.outbox_lost:
        lines.append(QCoreApplication.translate(
            "StoreNotice", "Yerel kayıt dosyasındaki bazı bekleyen işlemler okunamadı."))
    lines.append(_lost_text(report))
    if report.unwritable is not None:
        lines.append(QCoreApplication.translate(
            "StoreNotice", "Veri klasörüne yazılamıyor: %1").replace("%1", str(report.unwritable)))
        lines.append(not_kept_text())
    return "\n\n".join(line for line in lines if line)


class StoreNotice(QObject):
    """Shows the report once (the first main window) and marks every main window's status bar while what is
    typed is not kept across a restart."""

    def __init__(self, report: RecoveryReport, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.text = describe(report)
        self.box: QMessageBox | None = None

    @property
    def nothing_kept(self) -> bool:
        return self.report.notice_needed and not self.report.persistent

    def show_on(self, window: QMainWindow) -> None:
        status = window.statusBar()
        if self.nothing_kept and isinstance(status, AppStatusBar):
            status.show_store_not_kept(not_kept_text())
        if not self.text or self.box is not None:
            return
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("StoreNotice", "Yerel kayıtlar"))
        box.setText(self.text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        # Not modal: the operator can read it and carry on; the sale-resume offer may open beside it.
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
        self.box = box
