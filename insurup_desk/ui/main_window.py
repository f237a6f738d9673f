"""The main window: navigation on the left, the current page on the right, menus and a status bar.

Pages are built elsewhere (``pages_registry.build_pages``) and handed in, so the window holds no
business rules and tests can give it any widgets.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from insurup_desk import APP_NAME
from insurup_desk.services.context import AppContext
from insurup_desk.services.session import user_branches
from insurup_desk.services.settings import AppSettings

from .about_dialog import AboutDialog
from .banner import SandboxBanner
from .desk_updates import current_update_service
from .keys import key_text
from .money_question import ask_while_money_moves
from .pages_registry import PAGE_KEYS, PAGE_SHORTCUTS, page_title
from .settings_dialog import SettingsDialog
from .status_bar import AppStatusBar
from .wait_banner import WaitBanner
from .window_place import WindowPlace

KEY_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    logoutRequested = Signal()
    settingsChanged = Signal(object)  # AppSettings
    closing = Signal()

    def __init__(self, ctx: AppContext, pages: Mapping[str, QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pages: dict[str, QWidget] = dict(pages)
        # Set once the operator agreed to close while a payment's outcome is unknown (or the desk closes it itself).
        self.close_confirmed = False
        self._shown_once = False
        self.quit_question: QMessageBox | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(1024, 640))
        self.resize(1366, 768)
        self.place = WindowPlace(ctx.paths.settings_file)

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if ctx.is_sandbox:
            column.addWidget(SandboxBanner(central))
        column.addWidget(WaitBanner(parent=central))  # "server busy, N s" countdown with Vazgeç
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        column.addLayout(row, 1)

        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(200)
        self.stack = QStackedWidget(central)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        ordered = [k for k in PAGE_KEYS if k in self._pages] + [k for k in self._pages if k not in PAGE_KEYS]
        # A page may ask to lead the side menu (the dashboard does for a manager).
        ordered.sort(key=lambda k: not getattr(self._pages[k], "navigation_first", False))
        for index, key in enumerate(ordered):
            item = QListWidgetItem(page_title(key))
            item.setData(KEY_ROLE, key)
            if index < 9:
                item.setToolTip(key_text(f"Ctrl+{index + 1}"))
            self.navigation.addItem(item)
            self.stack.addWidget(self._pages[key])
            badge = getattr(self._pages[key], "count_changed", None)
            if badge is not None:  # e.g. "Bekleyen işlemler (2)"
                badge.connect(lambda n, it=item, k=key: it.setText(f"{page_title(k)} ({n})" if n else page_title(k)))
        self._order = ordered
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.status = AppStatusBar(ctx.connectivity, is_sandbox=ctx.is_sandbox, parent=self)
        self.setStatusBar(self.status)
        self._build_menus()
        self.refresh_user()
        if self._order:
            self.navigation.setCurrentRow(0)

    # --- pages --------------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def page_keys(self) -> list[str]:
        return list(self._order)

    def current_page_key(self) -> str | None:
        row = self.navigation.currentRow()
        return self._order[row] if 0 <= row < len(self._order) else None

    def show_page(self, key: str) -> None:
        if key not in self._pages:
            raise KeyError(key)
        self.navigation.setCurrentRow(self._order.index(key))
        self._focus_page(key)

    def _focus_page(self, key: str | None) -> None:
        """A page chosen by shortcut or shown first takes the keyboard (a page without a preference keeps it)."""
        take = getattr(self._pages.get(key or ""), "take_focus", None)
        if callable(take):
            take()

    def show_in_place(self) -> None:
        """Show where the operator left the window last time, or fitted to the screen."""
        self.place.show(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._focus_page(self.current_page_key())

    # --- menus --------------------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Dosya"))
        self.quit_action = self._action(self.tr("Çı&kış"), QKeySequence(QKeySequence.StandardKey.Quit))
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        go_menu = bar.addMenu(self.tr("&Git"))
        self.page_actions: dict[str, QAction] = {}
        for index, key in enumerate(self._order):
            action = self._action(page_title(key), f"Ctrl+{index + 1}" if index < 9 else None)
            if key in PAGE_SHORTCUTS:
                action.setShortcuts([*action.shortcuts(), QKeySequence(PAGE_SHORTCUTS[key])])
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            go_menu.addAction(action)
            self.page_actions[key] = action

        session_menu = bar.addMenu(self.tr("&Oturum"))
        self.logout_action = self._action(self.tr("Çıkış &yap"), "Ctrl+Shift+L")
        self.logout_action.triggered.connect(self.logoutRequested)
        session_menu.addAction(self.logout_action)

        tools_menu = bar.addMenu(self.tr("&Araçlar"))
        self.settings_action = self._action(self.tr("&Ayarlar…"), "Ctrl+,")
        self.settings_action.triggered.connect(self.open_settings)
        tools_menu.addAction(self.settings_action)

        help_menu = bar.addMenu(self.tr("&Yardım"))
        self.about_action = self._action(self.tr("&Hakkında"), "F1")
        self.about_action.triggered.connect(self.open_about)
        help_menu.addAction(self.about_action)

    # --- user, settings, about ----------------------------------------------------------------------

    def user_branches(self) -> list[tuple[str, str]]:
        return user_branches(self.ctx.session.user)

    def refresh_user(self) -> None:
        user = self.ctx.session.user
        name = str(getattr(user, "display_name", "") or self.ctx.session.email or "—")
        branch_id = self.ctx.settings.agent_branch_id
        branch_name = dict(self.user_branches()).get(branch_id, branch_id) if branch_id else None
        self.status.show_user(name, branch_name)

    def open_settings(self) -> SettingsDialog:
        sandbox_url = getattr(self.ctx.sandbox, "url", None)
        dialog = SettingsDialog(
            self.ctx.settings_store,
            self.ctx.settings,
            branches=self.user_branches(),
            is_sandbox=self.ctx.is_sandbox,
            sandbox_url=sandbox_url,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._settings_saved(dialog.saved))
        dialog.open()
        return dialog

    def _settings_saved(self, saved: AppSettings | None) -> None:
        if saved is None:
            return
        self.ctx.settings = saved
        self.refresh_user()
        self.settingsChanged.emit(saved)

    def open_about(self) -> AboutDialog:
        dialog = AboutDialog(
            self.ctx.paths,
            api_url=str(getattr(self.ctx.client.config, "rest_base", "")),
            is_sandbox=self.ctx.is_sandbox,
            update_channel=self.ctx.settings.update_channel,
            updates=current_update_service(),
            parent=self,
        )
        dialog.open()
        return dialog

    def money_may_move(self) -> bool:
        """A sale's purchase is being paid or its outcome is not known yet (closing would hide it)."""
        from .wizard.wizard import SaleWizard

        wizard = self._pages.get("new_sale")
        return isinstance(wizard, SaleWizard) and wizard.money_may_move()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_confirmed and self.money_may_move():
            # Quitting does not stop the insurer; it only stops this desk from seeing the answer. Ask first.
            event.ignore()
            self._ask_before_quitting()
            return
        self.place.remember(self)
        self.closing.emit()
        super().closeEvent(event)

    def _ask_before_quitting(self) -> QMessageBox:
        def quit_anyway() -> None:
            self.close_confirmed = True
            self.close()

        self.quit_question = ask_while_money_moves(
            self, "quitWhilePaying",
            self.tr("Uygulamayı kapatırsanız sonuç bir sonraki açılışta, her şeyden önce sigorta şirketinden sorulur "
                    "ve size gösterilir. Bu satış için tekrar ödeme almayın."),
            self.tr("Yine de &kapat"), self.tr("&Açık kalsın"), quit_anyway)
        return self.quit_question
