"""Filter widgets shared by the list pages: search box, multi-choice button, date range, branch picker.

Every widget emits ``changed`` when its value changes; the search box debounces typing so the server is
asked once per pause, not once per key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from insurup_desk.ui.tables.date_field import DateField


class SearchBox(QLineEdit):
    changed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None, *, delay_ms: int = 350) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._emit)
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._emit_now)
        self._last = ""

    def _emit_now(self) -> None:
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.changed.emit(text)

    def value(self) -> str:
        return self.text().strip()


class ChoiceButton(QToolButton):
    """A button with a menu of checkable values; nothing checked means "all"."""

    changed = Signal()

    def __init__(self, caption: str, choices: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = caption
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._actions: list[QAction] = []
        self.set_choices(choices)

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        selected = set(self.values())
        self._menu.clear()
        self._actions = []
        clear = self._menu.addAction(self.tr("Tümü"))
        clear.triggered.connect(self.clear)
        self._menu.addSeparator()
        for value, text in choices:
            action = self._menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(value in selected)
            action.setData(value)
            action.toggled.connect(self._toggled)
            self._actions.append(action)
        self._update_text()

    def _toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def values(self) -> tuple[str, ...]:
        return tuple(str(a.data()) for a in self._actions if a.isChecked())

    def set_values(self, values: Sequence[str]) -> None:
        wanted = set(values)
        for action in self._actions:
            with QSignalBlocker(action):
                action.setChecked(str(action.data()) in wanted)
        self._update_text()
        self.changed.emit()

    def clear(self) -> None:
        self.set_values(())

    def _update_text(self) -> None:
        picked = [a.text() for a in self._actions if a.isChecked()]
        if not picked:
            summary = self.tr("Tümü")
        elif len(picked) <= 2:
            summary = ", ".join(picked)
        else:
            summary = self.tr("%1 seçili").replace("%1", str(len(picked)))
        self.setText(f"{self._caption}: {summary}")


class DateRange(QWidget):
    """Two optional dates, typed or picked (gg.aa.yyyy); a blank bound means "open"."""

    changed = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(QLabel(caption, self))
        self.start = DateField(self.tr("başlangıç"), self)
        self.end = DateField(self.tr("bitiş"), self)
        for field in (self.start, self.end):
            field.changed.connect(self.changed)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.end)

    def values(self) -> tuple[dt.date | None, dt.date | None]:
        return self.start.value(), self.end.value()

    def set_values(self, start: dt.date | None, end: dt.date | None) -> None:
        self.start.set_value(start, notify=False)
        self.end.set_value(end, notify=False)
        self.changed.emit()


class BranchPicker(QComboBox):
    """Agency branch filter: "all branches" or one of the signed-in user's branches."""

    changed = Signal()

    def __init__(self, branches: Sequence[tuple[str, str]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_branches(branches)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_branches(self, branches: Sequence[tuple[str, str]]) -> None:
        with QSignalBlocker(self):
            current = self.value()
            self.clear()
            self.addItem(self.tr("Tüm şubeler"), None)
            for branch_id, name in branches:
                self.addItem(name, branch_id)
            index = self.findData(current) if current else 0
            self.setCurrentIndex(max(index, 0))
        self.setVisible(bool(branches))

    def value(self) -> str | None:
        data = self.currentData(Qt.ItemDataRole.UserRole)
        return str(data) if data else None
