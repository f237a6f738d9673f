"""A date typed as gg.aa.yyyy (or picked from a calendar that opens at today), or left blank for "no bound"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from insurup_desk.domain.formats import format_date, parse_tr_date


def read_date(text: str) -> dt.date | None:
    """'14.03.2026', '14032026' or '2026-03-14' → the date; None when it is not one."""
    text = text.strip()
    if len(text) == 8 and text.isascii() and text.isdigit():
        text = f"{text[:2]}.{text[2:4]}.{text[4:]}"
    return parse_tr_date(text)


class DateField(QWidget):
    """The line edit takes the keyboard (Tab stop); Alt+↓, F4 or the button opens the calendar."""

    changed = Signal()

    def __init__(self, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: dt.date | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("gg.aa.yyyy"))
        self.edit.setToolTip(tip)
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaxLength(10)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 30)
        self.edit.editingFinished.connect(self._typed)
        self.edit.textChanged.connect(self._cleared)
        self.edit.installEventFilter(self)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Takvim (Alt+↓)"))
        self.button.clicked.connect(self.open_calendar)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.popup = QMenu(self)
        holder = QWidgetAction(self.popup)
        holder.setDefaultWidget(self.calendar)
        self.popup.addAction(holder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, value: dt.date | None, *, notify: bool = True) -> None:
        self.edit.setText(format_date(value) if value else "")
        self._mark(True)
        if value != self._value:
            self._value = value
            if notify:
                self.changed.emit()

    def open_calendar(self) -> None:
        """At the chosen date, or today when there is none (not at some distant default)."""
        shown = self._value or dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.popup.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.setFocus()

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress and (
                event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down
                                                  and event.modifiers() & Qt.KeyboardModifier.AltModifier)):
            self.open_calendar()
            return True
        return False

    def _typed(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self.set_value(None)
            return
        value = read_date(text)
        if value is None:
            self._mark(False)  # kept as typed, marked, and the filter stays as it was
            return
        self.set_value(value)

    def _cleared(self, text: str) -> None:
        if not text and self._value is not None:  # the clear button
            self.set_value(None)

    def _picked(self, date: QDate) -> None:
        self.popup.close()
        self.set_value(dt.date(date.year(), date.month(), date.day()))
        self.edit.setFocus()

    def _mark(self, valid: bool) -> None:
        self.edit.setProperty("invalid", "false" if valid else "true")
        self.edit.setToolTip(self.edit.toolTip().split("\n")[0] + ("" if valid else "\n" + self.tr(
            "Tarihi gg.aa.yyyy biçiminde yazın, örneğin 14.03.2026.")))
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
