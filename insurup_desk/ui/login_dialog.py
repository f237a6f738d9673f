"""Sign-in dialog: e-mail and password, optional two-factor code, progress while the server answers; beside
them "InsurUp ile giriş", which signs in on InsurUp's own page in the system browser (OAuth, PKCE).

All network work runs as asyncio tasks on the Qt loop, so the window keeps painting and Esc cancels a
sign-in that hangs. The same dialog re-authenticates over the main window when a session expires.

In training mode the dialog opens while the embedded sandbox is still starting (``server_ready``): the
operator can type at once, and a sign-in asked before the server is up waits for it, saying so.

At start the dialog is on screen before the desk's services exist (``session=None``): the API client, the
store and the keyring are made after its first paint and handed in with ``attach``; a sign-in asked before
then waits for it, and the saved e-mail and password fill only fields still empty.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.api.errors import ApiError, ProtocolError

from . import auth_messages
from .banner import SandboxBanner
from .theme import mark_primary, set_invalid

if TYPE_CHECKING:  # the session brings the API client's models; the dialog paints before they are loaded
    from insurup_desk.services.browser_sign_in import OpenUrl
    from insurup_desk.services.session import SavedLogin, Session


@dataclass(frozen=True)
class DemoAccount:
    label: str
    email: str
    password: str


CREDENTIALS_STEP = 0
CODE_STEP = 1


def open_in_system_browser(url: str) -> None:
    from insurup_desk.api.oauth import OAuthSignInFailed

    # fromEncoded: the authorize URL is already percent-encoded and must reach the server byte for byte.
    if not QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii"))):
        raise OAuthSignInFailed(QCoreApplication.translate("LoginDialog", "Tarayıcı açılamadı."))


class LoginDialog(QDialog):
    """``accepted`` fires once the session is signed in; ``busyChanged`` tracks the wait."""

    busyChanged = Signal(bool)

    def __init__(
        self,
        session: Session | None,
        *,
        is_sandbox: bool = False,
        demo_accounts: Sequence[DemoAccount] = (),
        saved: SavedLogin | None = None,
        relogin_email: str | None = None,
        server_ready: Callable[[], asyncio.Future[Any]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._attached = asyncio.Event()  # set once there is a session
        if session is not None:
            self._attached.set()
        self._server_ready = server_ready  # asked only when a sign-in needs the server
        self._task: asyncio.Task[None] | None = None
        self._relogin = relogin_email is not None
        self._relogin_email = (relogin_email or "").strip()
        self._closing_on_purpose = False
        self._demo_accounts = list(demo_accounts)
        # Opens the authorize page; the self-test puts a headless browser here.
        self.open_url: OpenUrl = open_in_system_browser
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("InsurUp Desk — Giriş"))
        self.setModal(True)
        self.setMinimumWidth(520)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        if is_sandbox:
            root.addWidget(SandboxBanner(self))
        body = QWidget(self)
        root.addWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("dialogTitle")
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("hint")
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)

        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._build_credentials_step())
        self.steps.addWidget(self._build_code_step())
        layout.addWidget(self.steps)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("hint")
        self.progress.hide()
        self.progress_label.hide()
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self)
        self.submit_button = QPushButton(self)
        mark_primary(self.submit_button)
        self.submit_button.setDefault(True)
        self.submit_button.setAutoDefault(True)
        self.cancel_button.setAutoDefault(False)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        layout.addLayout(buttons)
        # The other method comes after the form's own buttons, so Enter and the primary button stay the form's.
        layout.addWidget(self._build_oauth_row())

        self.submit_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self._cancel_clicked)

        if relogin_email is not None:
            self.email_edit.setText(relogin_email)
            self.email_edit.setReadOnly(True)
        elif saved is not None:
            self.email_edit.setText(saved.email or "")
            if saved.password:
                self.password_edit.setText(saved.password)
                self.remember_check.setChecked(True)
        self._show_step(CREDENTIALS_STEP)

    # --- construction -------------------------------------------------------------------------------

    def _build_credentials_step(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 4, 0, 0)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.demo_combo = QComboBox(page)
        self.demo_combo.addItem(self.tr("— Demo hesabı seçin —"))
        for account in self._demo_accounts:
            self.demo_combo.addItem(account.label)
        # Long account labels must not squeeze the form's labels.
        self.demo_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.demo_combo.setMinimumContentsLength(24)
        self.demo_combo.currentIndexChanged.connect(self._demo_chosen)
        if self._demo_accounts:
            form.addRow(self.tr("Demo hesa&bı"), self.demo_combo)
        else:
            self.demo_combo.hide()
        self.email_edit = QLineEdit(page)
        self.email_edit.setPlaceholderText(self.tr("ornek@acente.com.tr"))
        self.email_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.password_edit = QLineEdit(page)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("Beni &hatırla"), page)
        self.remember_check.setToolTip(
            self.tr("Şifreniz bu bilgisayarın güvenli anahtar deposunda saklanır. Ortak bilgisayarda seçmeyin.")
        )
        form.addRow(self.tr("&E-posta"), self.email_edit)
        form.addRow(self.tr("Ş&ifre"), self.password_edit)
        form.addRow("", self.remember_check)
        return page

    def _build_oauth_row(self) -> QWidget:
        row = QWidget(self)
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 6, 0, 0)
        self.oauth_or_label = QLabel(self.tr("ya da"), row)
        self.oauth_or_label.setObjectName("hint")
        self.oauth_or_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.oauth_button = QPushButton(self.tr("InsurUp ile gi&riş"), row)
        self.oauth_button.setObjectName("oauthButton")
        self.oauth_button.setAutoDefault(False)
        self.oauth_button.setToolTip(
            self.tr("InsurUp'ın giriş sayfası tarayıcınızda açılır; şifreniz bu uygulamaya girilmez.")
        )
        self.oauth_button.clicked.connect(self.sign_in_with_insurup)
        box.addWidget(self.oauth_or_label)
        box.addWidget(self.oauth_button)
        # Offered only where an authorization server and a client id are set up (always in the sandbox).
        row.setVisible(self._offers_oauth())
        self.oauth_row = row
        return row

    def _build_code_step(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 4, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.code_edit = QLineEdit(page)
        self.code_edit.setMaxLength(8)
        self.code_edit.setPlaceholderText("123456")
        self.code_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        form.addRow(self.tr("&Doğrulama kodu"), self.code_edit)
        return page

    # --- state --------------------------------------------------------------------------------------

    @property
    def demo_accounts(self) -> list[DemoAccount]:
        return list(self._demo_accounts)

    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.oauth_row.setVisible(step == CREDENTIALS_STEP and self._offers_oauth())
        if step == CREDENTIALS_STEP:
            if self._relogin:
                self.title_label.setText(self.tr("Oturumun süresi doldu"))
                self.hint_label.setText(
                    self.tr("Ekrandaki çalışmanız korunuyor. Devam etmek için şifrenizi yeniden girin.")
                )
                self.cancel_button.setText(self.tr("Oturumu &kapat"))
            else:
                self.title_label.setText(self.tr("Giriş yap"))
                self.hint_label.setText(self.tr("InsurUp acente kullanıcı bilgilerinizle giriş yapın."))
                self.cancel_button.setText(self.tr("&Vazgeç"))
            self.submit_button.setText(self.tr("&Giriş yap"))
            (self.password_edit if self.email_edit.text() else self.email_edit).setFocus()
        else:
            self.title_label.setText(self.tr("İki adımlı doğrulama"))
            self.hint_label.setText(self.tr("Telefonunuza gönderilen doğrulama kodunu girin."))
            self.submit_button.setText(self.tr("&Doğrula"))
            self.cancel_button.setText(self.tr("&Vazgeç"))
            self.code_edit.clear()
            self.code_edit.setFocus()

    def _demo_chosen(self, index: int) -> None:
        if index <= 0 or self._relogin:
            return
        account = self._demo_accounts[index - 1]
        self.email_edit.setText(account.email)
        self.password_edit.setText(account.password)
        self.submit_button.setFocus()

    def _set_busy(self, busy: bool, message: str = "") -> None:
        for widget in (self.email_edit, self.password_edit, self.remember_check, self.demo_combo, self.code_edit):
            widget.setEnabled(not busy)
        if self._relogin:
            self.email_edit.setEnabled(True)
        self.submit_button.setEnabled(not busy)
        self.oauth_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.progress_label.setText(message)
        self.busyChanged.emit(busy)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def sign_in_options_changed(self) -> None:
        """The authorization server became available (the training sandbox is up): offer its button."""
        self.oauth_row.setVisible(self.step == CREDENTIALS_STEP and self._offers_oauth())

    def _offers_oauth(self) -> bool:
        return self._session is not None and self._session.oauth_grant is not None

    def attach(self, session: Session, *, saved: SavedLogin | None = None,
               server_ready: Callable[[], asyncio.Future[Any]] | None = None) -> None:
        """Hand the dialog opened before the desk's services its session; what the operator typed is kept."""
        self._session = session
        if server_ready is not None:
            self._server_ready = server_ready
        if saved is not None and not self._relogin and not self.email_edit.text() and not self.password_edit.text():
            self.email_edit.setText(saved.email or "")
            if saved.password:
                self.password_edit.setText(saved.password)
                self.remember_check.setChecked(True)
            if self.step == CREDENTIALS_STEP and self.email_edit.text():
                self.password_edit.setFocus()
        self._attached.set()
        self.sign_in_options_changed()

    async def _wait_for_session(self) -> Session:
        await self._attached.wait()
        assert self._session is not None
        return self._session

    def _server_failed_text(self, error: BaseException | None) -> str:
        reason = (str(error) or type(error).__name__) if error is not None else ""
        return self.tr("Eğitim sunucusu başlatılamadı: %1").replace("%1", reason)

    async def wait_for_server(self) -> bool:
        """True once the server is up (at once when it is); False, with the reason shown, if it failed."""
        if self._server_ready is None:
            return True
        server = self._server_ready()
        if not server.done():
            shown = self.progress_label.text()
            self.progress_label.setText(self.tr("Eğitim sunucusu hazırlanıyor…"))
            with contextlib.suppress(Exception):  # the reason is read from the future just below
                await asyncio.shield(server)  # Esc cancels the wait, not the server's start
            self.progress_label.setText(shown)
        error = None if server.cancelled() else server.exception()
        if server.cancelled() or error is not None:
            self._set_busy(False)
            self.show_error(self._server_failed_text(error))
            return False
        return True

    # --- actions ------------------------------------------------------------------------------------

    def submit(self) -> None:
        if self.busy:
            return
        self.show_error("")
        if self.step == CREDENTIALS_STEP:
            email = self.email_edit.text().strip()
            password = self.password_edit.text()
            set_invalid(self.email_edit, not email or "@" not in email)
            set_invalid(self.password_edit, not password)
            if not email or "@" not in email:
                self.show_error(self.tr("Geçerli bir e-posta adresi girin."))
                self.email_edit.setFocus()
                return
            if not password:
                self.show_error(self.tr("Şifrenizi girin."))
                self.password_edit.setFocus()
                return
            self._set_busy(True, self.tr("Giriş yapılıyor…"))
            self._task = asyncio.ensure_future(self._sign_in(email, password, self.remember_check.isChecked()))
        else:
            code = self.code_edit.text().strip()
            set_invalid(self.code_edit, not code.isdigit())
            if not code.isdigit():
                self.show_error(self.tr("Doğrulama kodu yalnızca rakamlardan oluşur."))
                return
            self._set_busy(True, self.tr("Kod doğrulanıyor…"))
            self._task = asyncio.ensure_future(self._verify(code))

    def sign_in_with_insurup(self) -> None:
        if self.busy or self.step != CREDENTIALS_STEP:
            return
        self.show_error("")
        self._set_busy(True, self.tr("Tarayıcıda InsurUp girişi bekleniyor… Bitince bu pencereye dönün."))
        self._task = asyncio.ensure_future(self._browser_sign_in())

    def _listener_page(self, ok: bool) -> tuple[str, str]:
        if ok:
            return self.tr("Giriş tamamlandı"), self.tr("Bu sekmeyi kapatıp InsurUp Desk'e dönebilirsiniz.")
        return self.tr("Giriş tamamlanamadı"), self.tr("Bu sekmeyi kapatıp InsurUp Desk'e dönün.")

    async def _browser_sign_in(self) -> None:
        from insurup_desk.api.oauth import OAuthSignInFailed
        from insurup_desk.services.browser_sign_in import SignInTimedOut, sign_in_with_browser

        session = await self._wait_for_session()
        if not await self.wait_for_server():
            return
        try:
            await sign_in_with_browser(session, self.open_url, page_text=self._listener_page)
        except SignInTimedOut:
            self._set_busy(False)
            self.show_error(self.tr("Tarayıcıdaki giriş 5 dakika içinde tamamlanmadı. Yeniden deneyin."))
            return
        except (OAuthSignInFailed, ProtocolError) as exc:
            self._set_busy(False)
            self.show_error(self.tr("InsurUp ile giriş tamamlanamadı: %1").replace("%1", exc.detail))
            return
        except ApiError as exc:
            self._failed(exc, two_factor=False)
            return
        signed_in_as = (session.email or "").strip()
        if self._relogin and self._relogin_email and signed_in_as.casefold() != self._relogin_email.casefold():
            # The work on screen belongs to the user whose session expired; another account must not take it over.
            await session.logout()
            self._set_busy(False)
            self.show_error(self.tr("Bu pencereye %1 hesabıyla yeniden giriş yapılmalı.").replace(
                "%1", self._relogin_email))
            return
        self._set_busy(False)
        self.accept()

    async def _sign_in(self, email: str, password: str, remember: bool) -> None:
        session = await self._wait_for_session()
        if not await self.wait_for_server():
            return
        try:
            needs_code = await session.login(email, password, remember=remember)
        except ApiError as exc:
            self._failed(exc, two_factor=False)
            return
        self._set_busy(False)
        if needs_code:
            self._show_step(CODE_STEP)
        else:
            self.accept()

    async def _verify(self, code: str) -> None:
        try:
            await (await self._wait_for_session()).verify_mfa(code)
        except ApiError as exc:
            self._failed(exc, two_factor=True)
            return
        self._set_busy(False)
        self.accept()

    def _failed(self, error: ApiError, *, two_factor: bool) -> None:
        self._set_busy(False)
        self.show_error(auth_messages.describe(error, two_factor_step=two_factor))
        if two_factor:
            self.code_edit.selectAll()
            self.code_edit.setFocus()
        else:
            self.password_edit.selectAll()
            self.password_edit.setFocus()

    def _cancel_clicked(self) -> None:
        self._closing_on_purpose = True
        try:
            self.reject()
        finally:
            self._closing_on_purpose = False

    def reject(self) -> None:
        if self.busy and self._task is not None:
            # Esc during a hanging request: stop waiting and let the operator try again.
            self._task.cancel()
            self._set_busy(False)
            self.show_error(self.tr("Giriş iptal edildi."))
            return
        if self.step == CODE_STEP:
            self._show_step(CREDENTIALS_STEP)
            return
        if self._relogin and not self._closing_on_purpose:
            # Esc or the window's close box must not sign out over unsaved work; the button says what it does.
            return
        super().reject()


def sandbox_demo_accounts() -> list[DemoAccount]:
    """The sandbox's demo users, offered in training mode so nobody has to remember them."""
    return [
        DemoAccount(
            QCoreApplication.translate("LoginDialog", "Gişe görevlisi — gise@demo.acente"),
            "gise@demo.acente",
            "Demo1234!",
        ),
        DemoAccount(
            QCoreApplication.translate("LoginDialog", "Şube müdürü — mudur@demo.acente (kod 123456)"),
            "mudur@demo.acente",
            "Demo1234!",
        ),
    ]
