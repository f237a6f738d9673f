"""Status bar: state of the line (colour and word), signed-in user, agency branch, training badge, and a
mark while nothing typed is kept across a restart (no keyring, or a data folder that cannot be written).

Losing the line and getting it back are each announced once, as a passing status-bar message: the monitor
reports changes only, and moving between "online" and "slow" is not news worth interrupting anyone for.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from insurup_desk.services.connectivity import ConnectivityMonitor, LineState


class AppStatusBar(QStatusBar):
    def __init__(self, monitor: ConnectivityMonitor, *, is_sandbox: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._monitor = monitor
        self.line_label = QLabel(self)
        self.line_label.setObjectName("lineState")
        self.user_label = QLabel(self)
        self.user_label.setObjectName("userLabel")
        self.branch_label = QLabel(self)
        self.branch_label.setObjectName("branchLabel")
        self.sandbox_badge = QLabel(self.tr("EĞİTİM MODU"), self)
        self.sandbox_badge.setObjectName("sandboxBadge")
        self.sandbox_badge.setVisible(is_sandbox)
        self.store_label = QLabel(self.tr("⚠ Kayıtlar kalıcı değil"), self)
        self.store_label.setObjectName("storeNotKept")
        self.store_label.setVisible(False)
        self.addPermanentWidget(self.store_label)
        self.addPermanentWidget(self.user_label)
        self.addPermanentWidget(self.branch_label)
        self.addPermanentWidget(self.line_label)
        self.addPermanentWidget(self.sandbox_badge)
        self.announcements: list[str] = []  # every announcement made, in order (also shown in the bar)
        self._was_offline = monitor.state is LineState.OFFLINE
        self.show_line_state(monitor.state)
        listener = self._on_line_state
        monitor.add_listener(listener)
        # A closure without ``self``: the wrapper may already be gone when ``destroyed`` fires.
        self.destroyed.connect(lambda: monitor.remove_listener(listener))

    def line_text(self, state: LineState) -> str:
        if state is LineState.OFFLINE:
            return self.tr("● Çevrimdışı")
        if state is LineState.SLOW:
            return self.tr("● Yavaş bağlantı")
        return self.tr("● Çevrimiçi")

    def _on_line_state(self, state: LineState) -> None:
        self.show_line_state(state)
        offline = state is LineState.OFFLINE
        if offline == self._was_offline:
            return
        self._was_offline = offline
        if offline:
            self.announce(self.tr("Bağlantı kesildi. Kayıtlı veriler gösteriliyor; bağlantı gelince yenilenecek."))
        else:
            self.announce(self.tr("Bağlantı geri geldi. Listeler güncel verilerle yenileniyor."))

    def announce(self, text: str) -> None:
        self.announcements.append(text)
        self.showMessage(text, 15_000)

    def show_store_not_kept(self, why: str) -> None:
        """Drafts, autosave and the cache live in memory only this run: say so for as long as it lasts."""
        self.store_label.setToolTip(why)
        self.store_label.setVisible(True)

    def show_line_state(self, state: LineState) -> None:
        self.line_label.setText(self.line_text(state))
        self.line_label.setProperty("line", state.value)
        self.line_label.setToolTip(self.tr("Sunucu bağlantısının durumu"))
        style = self.line_label.style()
        style.unpolish(self.line_label)
        style.polish(self.line_label)

    def show_user(self, name: str, branch: str | None) -> None:
        self.user_label.setText(self.tr("Kullanıcı: %1").replace("%1", name))
        self.branch_label.setText(self.tr("Şube: %1").replace("%1", branch) if branch else self.tr("Şube: seçilmedi"))
