"""List date filters are typed or picked; the calendar opens at today, and Tab reaches them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from insurup_desk.ui.tables.filter_bar import DateRange


def _range(qtbot: Any) -> tuple[QWidget, QLineEdit, DateRange]:
    holder = QWidget()
    before = QLineEdit(holder)
    dates = DateRange("Tarih", holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(before)
    layout.addWidget(dates)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    return holder, before, dates


def test_a_date_is_typed_and_tab_reaches_both_bounds(qtbot: Any) -> None:
    _holder, before, dates = _range(qtbot)
    seen: list[tuple[dt.date | None, dt.date | None]] = []
    dates.changed.connect(lambda: seen.append(dates.values()))
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dates.start.edit
    qtbot.keyClicks(dates.start.edit, "14.03.2026")
    qtbot.keyClick(dates.start.edit, Qt.Key.Key_Tab)  # leaving the field takes the date
    assert dates.values() == (dt.date(2026, 3, 14), None) and seen == [(dt.date(2026, 3, 14), None)]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past the start's calendar button
    assert QApplication.focusWidget() is dates.end.edit
    qtbot.keyClicks(dates.end.edit, "31032026")
    qtbot.keyClick(dates.end.edit, Qt.Key.Key_Return)
    assert dates.values() == (dt.date(2026, 3, 14), dt.date(2026, 3, 31))


def test_a_wrong_date_is_marked_and_the_filter_stays(qtbot: Any) -> None:
    _holder, _before, dates = _range(qtbot)
    dates.start.edit.setFocus()
    qtbot.keyClicks(dates.start.edit, "31.02.2026")
    qtbot.keyClick(dates.start.edit, Qt.Key.Key_Return)
    assert dates.values() == (None, None)
    assert dates.start.edit.property("invalid") == "true" and dates.start.edit.text() == "31.02.2026"
    assert "gg.aa.yyyy" in dates.start.edit.toolTip()


# The offscreen platform cannot raise a popup or grab the keyboard for it; a desktop can.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_calendar_opens_at_today_and_a_pick_is_the_date(qtbot: Any) -> None:
    _holder, _before, dates = _range(qtbot)
    dates.start.edit.setFocus()
    qtbot.keyClick(dates.start.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dates.start.popup.isVisible)
    today = dt.date.today()
    selected = dates.start.calendar.selectedDate()
    assert (selected.year(), selected.month(), selected.day()) == (today.year, today.month, today.day)
    dates.start.calendar.activated.emit(selected)
    assert dates.values() == (today, None) and not dates.start.popup.isVisible()
