"""Runs the desk's life cycle: resume or sign in, the main window, token refresh, re-login, sign-out.

The composition root (``app.py``) builds the services and hands them in; this object only wires
windows to them. An expired session re-authenticates in a dialog *over* the existing main window, so
whatever the operator had typed stays where it was.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from insurup_desk.api.errors import ApiError, NetworkError, RequestTimeout, SessionExpired
from insurup_desk.services.api_ports import DeskClient
from insurup_desk.services.connectivity import ConnectivityMonitor, LineState
from insurup_desk.services.context import AppContext
from insurup_desk.services.live_quotes import live_feed_of
from insurup_desk.services.outbox import Outbox
from insurup_desk.services.paths import AppPaths
from insurup_desk.services.purchase_journal import AsyncJournal, open_journal
from insurup_desk.services.purchase_watch import PurchaseWatch, WatchedOutcome
from insurup_desk.services.session import Session, user_branches
from insurup_desk.services.settings import AppSettings, SettingsStore
from insurup_desk.store import AsyncStore

from . import auth_messages
from .background import cancel_ops
from .first_paint import after_first_paint
from .login_dialog import DemoAccount, LoginDialog
from .main_window import MainWindow
from .navigation import WindowNavigator
from .pages_registry import build_pages
from .token_timer import TokenRefreshTimer

log = logging.getLogger(__name__)

PageBuilder = Callable[[AppContext], dict[str, QWidget]]
Marker = Callable[[str], None]


class Shell(QObject):
    loginShown = Signal(object)  # LoginDialog
    mainWindowShown = Signal(object)  # MainWindow
    reloginShown = Signal(object)  # LoginDialog over the main window

    def __init__(
        self,
        *,
        client: DeskClient,
        session: Session,
        settings_store: SettingsStore,
        settings: AppSettings,
        connectivity: ConnectivityMonitor,
        paths: AppPaths,
        sandbox: Any | None = None,
        demo_accounts: Sequence[DemoAccount] = (),
        page_builder: PageBuilder = build_pages,
        marker: Marker | None = None,
        store: AsyncStore | None = None,
        outbox: Outbox | None = None,
        journal: AsyncJournal | None = None,
        watch: PurchaseWatch | None = None,
        start_page: str | None = None,
        server_ready: Callable[[], asyncio.Future[Any]] | None = None,
        login_dialog: LoginDialog | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        # The embedded sandbox, started when first needed (this starts it): the login dialog opens meanwhile, a
        # sign-in waits for it.
        self.server_ready = server_ready
        self.session = session
        self.settings_store = settings_store
        self.settings = settings
        self.connectivity = connectivity
        self.paths = paths
        self.sandbox = sandbox
        self.store = store
        # Built by the composition root; light-weight tests that hand in only a store get one made here.
        self.outbox = outbox or (Outbox(client, store) if store is not None else None)
        # Purchases written ahead; without a file (light-weight tests) the journal lives in memory.
        self.journal = journal or open_journal(None)
        self.watch = watch or PurchaseWatch(client.purchases, self.journal)
        self.demo_accounts = list(demo_accounts)
        self._page_builder = page_builder
        self._marker = marker
        self._start_page = start_page
        self.window: MainWindow | None = None
        self.ctx: AppContext | None = None
        self.login_dialog: LoginDialog | None = None
        # The login dialog the composition root put on screen before the services existed (made with no
        # session): the first sign-in uses it; a stored session that resumes closes it.
        self._early_dialog = login_dialog
        self.relogin_dialog: LoginDialog | None = None
        self.navigator = WindowNavigator()
        self.timer = TokenRefreshTimer(session, parent=self)
        self.timer.expired.connect(self.session_expired)
        session.add_expired_listener(self.session_expired)
        self._finished: asyncio.Future[int] | None = None
        self._replacing_window = False
        self._logout_task: asyncio.Task[None] | None = None
        self._resuming: asyncio.Task[None] | None = None
        self.outcome_box: QMessageBox | None = None

    @property
    def is_sandbox(self) -> bool:
        return self.sandbox is not None

    def _mark(self, what: str) -> None:
        if self._marker is not None:
            self._marker(what)

    # --- life cycle ---------------------------------------------------------------------------------

    async def run(self) -> int:
        """Start and wait until the operator quits; returns the exit code."""
        await self.start()
        return await self.finished()

    def finished(self) -> asyncio.Future[int]:
        if self._finished is None:
            self._finished = asyncio.get_running_loop().create_future()
        return self._finished

    def quit(self, code: int = 0) -> None:
        future = self.finished()
        if not future.done():
            future.set_result(code)

    async def start(self) -> None:
        self.finished()
        note: str | None = None
        if self.server_ready is not None:
            saved = await self.session.saved_login()
            if not saved.has_refresh_token:
                await self.show_login()  # nothing to resume: the dialog need not wait for the server
                return
            ready = self.server_ready()
            await asyncio.wait({ready})  # a stored session is refreshed with the server
            if ready.cancelled() or ready.exception() is not None:
                await self.show_login()  # its sign-in says why the training server is not there
                return
        try:
            resumed = await self.session.resume()
        except (NetworkError, RequestTimeout):
            # A stored session but no line: the operator works from the cache and drafts meanwhile, and the
            # sign-in completes by itself when the line returns (or asks again if the server refuses it).
            log.info("line down at start; opening offline with the stored session")
            self.open_main_window()
            self._complete_resume_when_online()
            return
        except ApiError as exc:
            log.info("could not resume the stored session: %s", type(exc).__name__)
            resumed = False
            note = auth_messages.describe(exc)
        if resumed:
            self.open_main_window()
        else:
            await self.show_login(note)

    async def show_login(self, note: str | None = None) -> LoginDialog:
        saved = await self.session.saved_login()
        early, self._early_dialog = self._early_dialog, None
        if early is not None:
            dialog = early
            dialog.attach(self.session, saved=saved, server_ready=self.server_ready)
        else:
            dialog = LoginDialog(self.session, is_sandbox=self.is_sandbox, demo_accounts=self.demo_accounts,
                                 saved=saved, server_ready=self.server_ready)
        if note:
            dialog.show_error(note)
        dialog.accepted.connect(self._signed_in)
        dialog.rejected.connect(lambda: self.quit(0))
        self.login_dialog = dialog
        if early is not None and not early.isVisible():
            self.quit(0)  # closed by the operator while the desk was still getting ready
        elif early is None:
            dialog.show()
            self._mark("login_dialog_shown")
            if self._marker is not None:
                after_first_paint(dialog, lambda: self._mark("login_dialog_painted"))
        self.loginShown.emit(dialog)
        return dialog

    def _close_early_dialog(self) -> None:
        """A stored session resumed: the dialog shown while the desk got ready is not needed."""
        early, self._early_dialog = self._early_dialog, None
        if early is not None:
            early.hide()
            early.deleteLater()

    def _signed_in(self) -> None:
        dialog, self.login_dialog = self.login_dialog, None
        self.open_main_window()
        if dialog is not None:
            dialog.deleteLater()

    def open_main_window(self) -> MainWindow:
        self._close_early_dialog()
        branches = user_branches(self.session.user)
        if not self.settings.agent_branch_id and len(branches) == 1:
            # The only branch the user works for needs no choosing; it is not written to the settings.
            self.settings = self.settings.with_changes(agent_branch_id=branches[0][0])
        self.ctx = AppContext(
            client=self.client,
            session=self.session,
            settings_store=self.settings_store,
            settings=self.settings,
            connectivity=self.connectivity,
            paths=self.paths,
            navigator=self.navigator,
            is_sandbox=self.is_sandbox,
            sandbox=self.sandbox,
            store=self.store,
            outbox=self.outbox,
            journal=self.journal,
            watch=self.watch,
            live=live_feed_of(self.client),
        )
        window = MainWindow(self.ctx, self._page_builder(self.ctx))
        self.navigator.attach(window)
        window.logoutRequested.connect(self.confirm_logout)
        window.settingsChanged.connect(self._settings_changed)
        window.closing.connect(self._window_closing)
        self.window = window
        if self._start_page in window.page_keys():
            window.show_page(self._start_page)
        if self._marker is not None:
            self._mark_first_rows(window)
        window.show_in_place()
        if self.session.vault_problem:
            window.statusBar().showMessage(
                self.tr("Güvenli anahtar deposu kullanılamıyor: oturum uygulama yeniden açılınca hatırlanmayacak."),
                20000,
            )
        self.timer.start()
        self._mark("main_window_shown")
        self.mainWindowShown.emit(window)
        self._offer_resume(window)
        return window

    def _mark_first_rows(self, window: MainWindow) -> None:
        """Marks ``first_list_rows`` once, when any list page first has rows to show (start-up figures)."""
        done = False

        def rows_in(count: int, _when: float) -> None:
            nonlocal done
            if count and not done:
                done = True
                self._mark("first_list_rows")

        for key in window.page_keys():
            signal = getattr(getattr(window.page(key), "model", None), "pageInserted", None)
            if signal is not None:
                signal.connect(rows_in)

    def _offer_resume(self, window: MainWindow) -> None:
        """Purchases whose outcome is unknown are reconciled first, and the operator told; then a sale a crash,
        restart or forced sign-out left half-way is offered back (ui.wizard.resume)."""
        from .wizard.resume import offer_resume

        self.watch.add_announcer(self._announce_outcomes)
        if self.ctx is not None:
            self.ctx.tasks.start(self._reconcile_then_resume(window, offer_resume), name="offer-resume")

    async def _reconcile_then_resume(self, window: MainWindow, offer_resume: Callable[[QWidget], Any]) -> None:
        try:
            await self.watch.announce_after_reconcile()
        except Exception:  # the check must never keep the desk from opening; the lines stay open and are rechecked
            log.exception("could not reconcile the purchase journal")
        self.watch.start()
        box = self.outcome_box
        if box is not None and shiboken6.isValid(box) and box.isVisible():
            # The operator reads what became of the money before anything else is offered.
            closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

            def box_closed(_result: int) -> None:
                if not closed.done():
                    closed.set_result(None)

            box.finished.connect(box_closed)
            await closed
        if window is self.window:
            await offer_resume(window)

    def _announce_outcomes(self, outcomes: list[WatchedOutcome]) -> None:
        from .purchase_outcomes import show_outcomes, summary_text

        if self.window is None:
            return
        self.outcome_box = show_outcomes(outcomes, self.window)
        self.window.statusBar().showMessage(summary_text(outcomes).splitlines()[0], 30000)

    def _settings_changed(self, saved: AppSettings) -> None:
        self.settings = saved

    def _window_closing(self) -> None:
        if not self._replacing_window:
            self.quit(0)

    def _complete_resume_when_online(self) -> None:
        def line_changed(state: LineState) -> None:
            if state is not LineState.OFFLINE and (self._resuming is None or self._resuming.done()):
                self._resuming = asyncio.ensure_future(self._complete_resume(line_changed))

        self.connectivity.add_listener(line_changed)

    async def _complete_resume(self, listener: Callable[[LineState], None]) -> None:
        try:
            await self.session.complete_resume()
        except (NetworkError, RequestTimeout):
            return  # the next time the line comes back, try again
        except SessionExpired:
            self.connectivity.remove_listener(listener)
            self.session_expired()
            return
        self.connectivity.remove_listener(listener)
        self.timer.start()
        if self.window is not None:
            self.window.refresh_user()

    # --- expiry and re-login ------------------------------------------------------------------------

    def session_expired(self) -> None:
        """The server refused the refresh token: sign in again over the current window, keep its state."""
        if self.window is None or self.relogin_dialog is not None or self._logout_task is not None:
            return
        self.timer.stop()
        dialog = LoginDialog(
            self.session,
            is_sandbox=self.is_sandbox,
            relogin_email=self.session.email or "",
            parent=self.window,
        )
        dialog.remember_check.setChecked(self.session.remembered)
        dialog.accepted.connect(self._relogged_in)
        dialog.rejected.connect(self._relogin_refused)
        self.relogin_dialog = dialog
        dialog.open()
        self.reloginShown.emit(dialog)

    def _relogged_in(self) -> None:
        dialog, self.relogin_dialog = self.relogin_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.timer.start()
        if self.window is not None:
            self.window.refresh_user()

    def _relogin_refused(self) -> None:
        dialog, self.relogin_dialog = self.relogin_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.start_logout()

    # --- sign-out -----------------------------------------------------------------------------------

    def confirm_logout(self) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Çıkış yap"))
        box.setText(self.tr("Oturumu kapatmak istiyor musunuz? Kayıtlı giriş bilgileri bu bilgisayardan silinir."))
        if self.window is not None and self.window.money_may_move():
            box.setObjectName("logoutWhilePaying")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText(self.tr(
                "Bir satışın ödeme sonucu henüz belli değil. Çıkış yaparsanız sonuç bir sonraki girişte, her şeyden "
                "önce sigorta şirketinden sorulur ve size gösterilir. Bu satış için tekrar ödeme almayın."))
        yes = box.addButton(self.tr("Çıkış &yap"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Vazgeç"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.finished.connect(lambda _result: self.start_logout() if box.clickedButton() is yes else None)
        box.open()
        return box

    def start_logout(self) -> asyncio.Task[None]:
        if self._logout_task is None or self._logout_task.done():
            self._logout_task = asyncio.ensure_future(self.logout())
        return self._logout_task

    async def logout(self) -> None:
        try:
            self.timer.stop()
            await self.session.logout()
            await self._close_window()
            await self.show_login()
        finally:
            self._logout_task = None

    async def _close_window(self) -> None:
        self.watch.remove_announcer(self._announce_outcomes)
        await self.watch.stop()
        window, self.window = self.window, None
        ctx, self.ctx = self.ctx, None
        if ctx is not None:
            await ctx.tasks.cancel_all()
        if self._resuming is not None and self._resuming is not asyncio.current_task():
            self._resuming.cancel()
            self._resuming = None
        if window is not None:
            # Pages may still be loading; each page's run_op tasks are its own and end with it, now rather
            # than when deleteLater gets round to it. Nothing else on the loop is ours to cancel.
            for widget in (window, *window.findChildren(QWidget)):
                cancel_ops(widget)
            self._replacing_window = True
            window.close_confirmed = True  # sign-out and quit were already agreed to
            try:
                window.close()
            finally:
                self._replacing_window = False
            window.deleteLater()

    async def shutdown(self) -> None:
        self._close_early_dialog()
        self.timer.stop()
        logout = self._logout_task
        if logout is not None and not logout.done() and logout is not asyncio.current_task():
            # Quitting in the middle of a sign-out: the sign-out is ours, so it ends here.
            logout.cancel()
            await asyncio.gather(logout, return_exceptions=True)
        await self.session.flush()
        await self._close_window()
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
            self.login_dialog = None


def wall_clock_marker(stream: Any) -> Marker:
    """Prints ``INSURUP_DESK_MARK <state> <unix time>`` lines for start-up measurements."""

    def mark(what: str) -> None:
        stream.write(f"INSURUP_DESK_MARK {what} {time.time():.6f}\n")
        stream.flush()

    return mark
