"""Shown for a navigation entry whose page is not part of this build yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"placeholder_{key}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        outer.addWidget(heading)
        card = QFrame(self)
        card.setObjectName("placeholderCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 24, 24, 24)
        self.message = QLabel(
            self.tr("Bu sayfa henüz hazır değil. Uygulamanın sonraki bir sürümünde burada çalışabileceksiniz."),
            card,
        )
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        inner.addWidget(self.message)
        outer.addWidget(card)
        outer.addStretch(1)
