"""Settings: API address, agency branch, sales channel, language, list page size, the update repository and
the crash-report upload address. No secrets here."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.services.settings import (
    CHANNELS,
    PAGE_SIZE_MAX,
    PAGE_SIZE_MIN,
    UPDATE_CHANNELS,
    AppSettings,
    SettingsProblem,
    SettingsStore,
    normalise_api_url,
    validate,
)

from .banner import SandboxBanner
from .theme import mark_primary, set_invalid


class SettingsDialog(QDialog):
    def __init__(
        self,
        store: SettingsStore,
        current: AppSettings,
        *,
        branches: Sequence[tuple[str, str]] = (),
        is_sandbox: bool = False,
        sandbox_url: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._current = current
        self._branches = list(branches)
        self._is_sandbox = is_sandbox
        self.saved: AppSettings | None = None
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Ayarlar"))
        self.setMinimumWidth(560)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        if is_sandbox:
            root.addWidget(SandboxBanner(self))
        body = QWidget(self)
        root.addWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        title = QLabel(self.tr("Ayarlar"), self)
        title.setObjectName("dialogTitle")
        layout.addWidget(title)

        form = QFormLayout()
        form.setVerticalSpacing(6)
        layout.addLayout(form)
        self.errors: dict[str, QLabel] = {}

        self.api_url_edit = QLineEdit(current.api_url, self)
        self.api_url_edit.setPlaceholderText("https://api.insurup.com/api/")
        if is_sandbox:
            self.api_url_edit.setText(sandbox_url or "")
            self.api_url_edit.setReadOnly(True)
            self.api_url_edit.setEnabled(False)
            self.api_url_edit.setToolTip(self.tr("Eğitim modunda uygulama yerleşik sandbox sunucusunu kullanır."))
        self._add_row(form, "api_url", self.tr("&API adresi"), self.api_url_edit)

        self.branch_combo = QComboBox(self)
        self.branch_combo.setEditable(not self._branches)
        self.branch_combo.addItem(self.tr("(Seçilmedi)"), "")
        for branch_id, name in self._branches:
            self.branch_combo.addItem(name, branch_id)
        index = self.branch_combo.findData(current.agent_branch_id)
        if index >= 0:
            self.branch_combo.setCurrentIndex(index)
        elif current.agent_branch_id:
            self.branch_combo.setEditText(current.agent_branch_id)
        if not self._branches:
            self.branch_combo.setToolTip(self.tr("Şube kimliği 24 karakterlik bir koddur."))
        self._add_row(form, "agent_branch_id", self.tr("Acente &şubesi"), self.branch_combo)

        self.channel_combo = QComboBox(self)
        for channel in CHANNELS:
            self.channel_combo.addItem(self.channel_label(channel), channel)
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(current.sales_channel)))
        self._add_row(form, "sales_channel", self.tr("Satış ka&nalı"), self.channel_combo)

        self.language_combo = QComboBox(self)
        self.language_combo.addItem("Türkçe", "tr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current.language)))
        self._add_row(form, "language", self.tr("&Dil"), self.language_combo)

        self.page_size_edit = QLineEdit(str(current.page_size), self)
        self.page_size_edit.setMaximumWidth(90)
        self._add_row(form, "page_size", self.tr("Liste &sayfa boyutu"), self.page_size_edit)

        self.update_url_edit = QLineEdit(current.update_url, self)
        self.update_url_edit.setPlaceholderText("https://guncelleme.acente.com.tr/insurup-desk/")
        self.update_url_edit.setToolTip(self.tr("Boş bırakılırsa güncellemeler denetlenmez."))
        self._add_row(form, "update_url", self.tr("&Güncelleme adresi"), self.update_url_edit)

        self.update_channel_combo = QComboBox(self)
        for channel in UPDATE_CHANNELS:
            self.update_channel_combo.addItem(self.update_channel_label(channel), channel)
        self.update_channel_combo.setCurrentIndex(max(0, self.update_channel_combo.findData(current.update_channel)))
        self._add_row(form, "update_channel", self.tr("Günce&lleme kanalı"), self.update_channel_combo)

        self.crash_url_edit = QLineEdit(current.crash_upload_url, self)
        self.crash_url_edit.setToolTip(
            self.tr("Boş bırakılırsa hata raporları yalnızca bu bilgisayarda, günlük klasöründe tutulur.")
        )
        self._add_row(form, "crash_upload_url", self.tr("&Hata raporu gönderme adresi"), self.crash_url_edit)

        self.restart_note = QLabel(self.tr("API adresi ve dil değişiklikleri uygulama yeniden açılınca geçerli olur."))
        self.restart_note.setObjectName("hint")
        self.restart_note.setWordWrap(True)
        layout.addWidget(self.restart_note)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("&Vazgeç"), self)
        self.save_button = QPushButton(self.tr("&Kaydet"), self)
        mark_primary(self.save_button)
        self.save_button.setDefault(True)
        self.cancel_button.setAutoDefault(False)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)

    def _add_row(self, form: QFormLayout, key: str, label: str, field: QWidget) -> None:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        error = QLabel(holder)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.errors[key] = error
        form.addRow(label, holder)
        label_widget = form.labelForField(holder)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(field)

    def channel_label(self, channel: str) -> str:
        labels = {
            "MANUAL": self.tr("Gişe / elle giriş"),
            "UNKNOWN": self.tr("Belirtilmemiş"),
            "WEBSITE": self.tr("Web sitesi"),
            "GOOGLE_ADS": self.tr("Google reklamları"),
            "CALL_CENTER": self.tr("Çağrı merkezi"),
            "SOCIAL_MEDIA": self.tr("Sosyal medya"),
            "MOBILE_APP": self.tr("Mobil uygulama"),
            "OFFLINE_PROPOSAL_FORM": self.tr("Basılı teklif formu"),
            "FIELD": self.tr("Saha"),
            "PRINT_MEDIA": self.tr("Basılı yayın"),
            "FAIR_EVENT": self.tr("Fuar / etkinlik"),
            "BUSINESS_PARTNER": self.tr("İş ortağı"),
            "CHATBOT": self.tr("Sohbet robotu"),
        }
        return f"{labels.get(channel, channel)} ({channel})"

    def update_channel_label(self, channel: str) -> str:
        labels = {"stable": self.tr("Kararlı sürümler"), "beta": self.tr("Deneme sürümleri (beta)")}
        return labels.get(channel, channel)

    def problem_text(self, problem: SettingsProblem) -> str:
        texts = {
            SettingsProblem.API_URL_EMPTY: self.tr("API adresi boş olamaz."),
            SettingsProblem.API_URL_MALFORMED: self.tr("Geçerli bir adres girin, örneğin https://api.insurup.com/api/"),
            SettingsProblem.API_URL_INSECURE: self.tr(
                "Şifresiz http:// yalnızca bu bilgisayardaki bir sunucu için kullanılabilir; https:// kullanın."
            ),
            SettingsProblem.BRANCH_MALFORMED: self.tr("Şube kimliği 24 karakterlik bir kod olmalı (0-9, a-f)."),
            SettingsProblem.BRANCH_UNKNOWN: self.tr("Bu şube hesabınıza tanımlı değil; listeden seçin."),
            SettingsProblem.CHANNEL_UNKNOWN: self.tr("Listeden bir satış kanalı seçin."),
            SettingsProblem.LANGUAGE_UNKNOWN: self.tr("Listeden bir dil seçin."),
            SettingsProblem.PAGE_SIZE_RANGE: self.tr("Sayfa boyutu %1 ile %2 arasında bir tam sayı olmalı.")
            .replace("%1", str(PAGE_SIZE_MIN))
            .replace("%2", str(PAGE_SIZE_MAX)),
            SettingsProblem.UPDATE_URL_MALFORMED: self.tr(
                "Geçerli bir güncelleme adresi girin, örneğin https://guncelleme.acente.com.tr/insurup-desk/"
            ),
            SettingsProblem.UPDATE_URL_INSECURE: self.tr(
                "Güncelleme adresi https:// olmalı (http:// yalnızca bu bilgisayardaki bir sunucu için)."
            ),
            SettingsProblem.UPDATE_CHANNEL_UNKNOWN: self.tr("Listeden bir güncelleme kanalı seçin."),
            SettingsProblem.CRASH_URL_MALFORMED: self.tr("Geçerli bir adres girin ya da alanı boş bırakın."),
            SettingsProblem.CRASH_URL_INSECURE: self.tr(
                "Hata raporu adresi https:// olmalı (http:// yalnızca bu bilgisayardaki bir sunucu için)."
            ),
        }
        return texts[problem]

    def typed_settings(self) -> AppSettings:
        branch_index = self.branch_combo.currentIndex()
        branch_data = self.branch_combo.itemData(branch_index) if self._branches else None
        if self._branches:
            branch = str(branch_data or "")
        else:
            text = self.branch_combo.currentText().strip()
            branch = "" if text == self.branch_combo.itemText(0) else text
        try:
            page_size = int(self.page_size_edit.text().strip())
        except ValueError:
            page_size = -1
        api_url = self._current.api_url if self._is_sandbox else self.api_url_edit.text().strip()
        # Built on the current settings: the ones this dialog does not show (sign-in client) are kept.
        return self._current.with_changes(
            api_url=api_url,
            agent_branch_id=branch,
            sales_channel=str(self.channel_combo.currentData()),
            language=str(self.language_combo.currentData()),
            page_size=page_size,
            update_url=self.update_url_edit.text().strip(),
            update_channel=str(self.update_channel_combo.currentData()),
            crash_upload_url=self.crash_url_edit.text().strip(),
        )

    def save(self) -> None:
        typed = self.typed_settings()
        problems = validate(typed, tuple(b for b, _ in self._branches))
        fields: dict[str, QWidget] = {
            "api_url": self.api_url_edit,
            "agent_branch_id": self.branch_combo,
            "sales_channel": self.channel_combo,
            "language": self.language_combo,
            "page_size": self.page_size_edit,
            "update_url": self.update_url_edit,
            "update_channel": self.update_channel_combo,
            "crash_upload_url": self.crash_url_edit,
        }
        for key, label in self.errors.items():
            problem = problems.get(key)
            label.setText(self.problem_text(problem) if problem else "")
            label.setVisible(problem is not None)
            set_invalid(fields[key], problem is not None)
        if problems:
            first = next(key for key in fields if key in problems)
            fields[first].setFocus()
            return
        if not self._is_sandbox:
            typed = typed.with_changes(api_url=normalise_api_url(typed.api_url))
        self._store.save(typed)
        self.saved = typed
        self.accept()
