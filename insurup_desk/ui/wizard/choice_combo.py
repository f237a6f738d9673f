"""A combo of coverage values offered by the insurers, headed by "each insurer's own" (nothing chosen)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

V = TypeVar("V")


class ChoiceCombo(QComboBox, Generic[V]):
    """Items keep their values on the Python side (wire objects go back exactly as they were offered)."""

    def __init__(self, default_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default_text = default_text
        self._values: list[V] = []
        self.set_values([], str)

    def set_values(self, values: Sequence[V], label: Callable[[V], str]) -> None:
        kept = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = list(values)
        self.addItem(self._default_text)
        for value in self._values:
            self.addItem(label(value))
        self.blockSignals(False)
        self.select(kept)
        self.setEnabled(bool(self._values))

    def value(self) -> V | None:
        index = self.currentIndex() - 1
        return self._values[index] if 0 <= index < len(self._values) else None

    def select(self, value: V | None) -> None:
        index = self._values.index(value) + 1 if value is not None and value in self._values else 0
        self.setCurrentIndex(index)
