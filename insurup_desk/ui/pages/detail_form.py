"""A read-only, sectioned label/value form used by the detail panes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


class DetailForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._values: dict[str, QLabel] = {}
        self._form: QFormLayout | None = None

    def add_section(self, title: str) -> None:
        heading = QLabel(title, self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setObjectName("detailSection")
        self._layout.addSpacing(6)
        self._layout.addWidget(heading)
        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._form.setHorizontalSpacing(16)
        self._form.setVerticalSpacing(3)
        self._layout.addLayout(self._form)

    def add_field(self, key: str, label: str, *, right: bool = False) -> QLabel:
        if self._form is None:
            self.add_section("")
        assert self._form is not None
        value = QLabel(self)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setWordWrap(True)
        if right:
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._form.addRow(QLabel(label, self), value)
        self._values[key] = value
        return value

    def add_widget(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)

    def finish(self) -> None:
        self._layout.addStretch(1)

    def set(self, key: str, text: str | None) -> None:
        self._values[key].setText(text if text else "—")

    def text(self, key: str) -> str:
        return self._values[key].text()

