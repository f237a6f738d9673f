"""Start-up with a saved API address the desk may not use (plain http:// to another machine, malformed, empty).

The desk never swaps in another server on its own: the sign-in (the password) would go somewhere nobody chose.
It says what is wrong and either the operator corrects the address in the settings dialog, or the desk ends.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from insurup_desk.services.settings import AppSettings, SettingsProblem, SettingsStore, check_api_url

from .settings_dialog import SettingsDialog


def unusable_url_reason(problem: SettingsProblem) -> str:
    reasons = {
        SettingsProblem.API_URL_EMPTY: QCoreApplication.translate("UnusableUrlPrompt", "Adres boş."),
        SettingsProblem.API_URL_MALFORMED: QCoreApplication.translate(
            "UnusableUrlPrompt", "Bu geçerli bir http(s) adresi değil."
        ),
        SettingsProblem.API_URL_INSECURE: QCoreApplication.translate(
            "UnusableUrlPrompt",
            "Şifresiz http:// yalnızca bu bilgisayardaki bir sunucu için kullanılabilir; https:// kullanın.",
        ),
    }
    return reasons.get(problem, problem.value)


def unusable_url_message(url: str, problem: SettingsProblem, settings_file: Path) -> str:
    """One paragraph: the address, why it is refused, that nothing else is tried, and how to fix it."""
    return (
        QCoreApplication.translate(
            "UnusableUrlPrompt",
            "Ayarlarda kayıtlı API adresi kullanılamıyor: %1 — %2 InsurUp Desk kendiliğinden başka bir sunucuya "
            "bağlanmaz. Adresi Ayarlar'da ya da %3 dosyasında düzeltin veya programı --api-url ile başlatın.",
        )
        .replace("%1", url or '""')
        .replace("%2", unusable_url_reason(problem))
        .replace("%3", str(settings_file))
    )


class UnusableUrlPrompt(QMessageBox):
    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unusableUrlPrompt")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("API adresi kullanılamıyor"))
        self.setText(message)
        self.settings_button = self.addButton(self.tr("&Ayarları aç"), QMessageBox.ButtonRole.AcceptRole)
        self.quit_button = self.addButton(self.tr("&Kapat"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.settings_button)
        self.setEscapeButton(self.quit_button)


def _exec(dialog: QDialog) -> None:
    dialog.exec()


def ask_for_usable_url(
    store: SettingsStore,
    settings: AppSettings,
    problem: SettingsProblem,
    *,
    run: Callable[[QDialog], None] = _exec,
) -> AppSettings | None:
    """Show why the saved address is refused and offer the settings dialog; the corrected settings, or None
    when the operator closes instead (the desk then ends)."""
    prompt = UnusableUrlPrompt(unusable_url_message(settings.api_url, problem, store.path))
    run(prompt)
    if prompt.clickedButton() is not prompt.settings_button:
        return None
    dialog = SettingsDialog(store, settings)
    dialog.save()  # nothing is saved while the address is wrong: this only marks the field and says why
    run(dialog)
    saved = dialog.saved
    if saved is None or check_api_url(saved.api_url) is not None:
        return None
    return saved
