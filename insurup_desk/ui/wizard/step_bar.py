"""The wizard's step line (1. Müşteri › 2. Araç › …): done, current and later steps, coloured by the style sheet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class StepBar(QWidget):
    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepBar")
        self._names = list(names)
        self.labels: list[QLabel] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for i in range(len(self._names)):
            if i:
                row.addWidget(QLabel("›", self))
            label = QLabel(self)
            label.setObjectName("wizardStep")
            self.labels.append(label)
            row.addWidget(label)
        row.addStretch(1)

    def show_current(self, current: int) -> None:
        for i, (label, name) in enumerate(zip(self.labels, self._names, strict=True)):
            state = "current" if i == current else "done" if i < current else "later"
            mark = "▶ " if state == "current" else "✓ " if state == "done" else ""
            label.setText(f"{mark}{i + 1}. {name}")
            if label.property("step") != state:
                label.setProperty("step", state)
                label.style().unpolish(label)
                label.style().polish(label)

    def text(self) -> str:
        """The line as read aloud (tests, accessibility)."""
        return " › ".join(label.text() for label in self.labels)
