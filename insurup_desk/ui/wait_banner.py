"""A strip that says the desk is waiting for a busy server, counts down, and lets the operator stop waiting.

It listens to the process-wide wait announcer: while a call sits out a ``Retry-After`` or a backoff, the strip
shows how many seconds are left; "Vazgeç" ends the wait and the call fails at once with its error.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from insurup_desk.api.waits import WAITS, Wait, WaitAnnouncer

#: Shorter waits (the first backoff steps) come and go too fast to read; showing them would only flicker.
MIN_VISIBLE_S = 2.0


class WaitBanner(QFrame):
    def __init__(
        self, announcer: WaitAnnouncer | None = None, parent: QWidget | None = None, *, tick_ms: int = 1000
    ) -> None:
        super().__init__(parent)
        self.setObjectName("waitBanner")
        self._waits: list[Wait] = []
        self.label = QLabel(self)
        self.label.setObjectName("waitLabel")
        self.label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Vazgeç"), self)
        self.cancel_button.setObjectName("waitCancel")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.refresh)
        unsubscribe = (announcer or WAITS).subscribe(self._on_wait)
        # A plain function: the announcer outlives this widget and must not call into a deleted one.
        self.destroyed.connect(lambda *_: unsubscribe())
        self.hide()

    def _on_wait(self, wait: Wait, active: bool) -> None:
        if not shiboken6.isValid(self):
            return
        if active:
            if wait.seconds >= MIN_VISIBLE_S:
                self._waits.append(wait)
        elif wait in self._waits:
            self._waits.remove(wait)
        self.refresh()

    def refresh(self) -> None:
        """Show the wait that ends last (the one the operator is really waiting for), or hide."""
        if not self._waits:
            self._timer.stop()
            self.hide()
            return
        longest = max(self._waits, key=lambda w: w.seconds_left())
        seconds = max(1, round(longest.seconds_left()))
        self.label.setText(
            self.tr("Sunucu çok yoğun; %1 saniye sonra yeniden denenecek.").replace("%1", str(seconds))
        )
        self.label.setToolTip(longest.route)
        if not self._timer.isActive():
            self._timer.start()
        self.show()

    def cancel(self) -> None:
        for wait in list(self._waits):
            wait.cancel()

    def text(self) -> str:
        return self.label.text()
