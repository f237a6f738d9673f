"""Drop-down lists show at least eight rows at once, not only the few that fit around the current item."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox

from insurup_desk.ui import theme


def test_combo_popups_are_lists_of_at_least_eight_rows(qtbot: Any, qapp: QApplication) -> None:
    before = qapp.styleSheet()
    qapp.setStyleSheet(theme.style_sheet())
    try:
        combo = QComboBox()
        qtbot.addWidget(combo)
        combo.addItems([f"Şube {n}" for n in range(30)])
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        # 0: a list popup that honours maxVisibleItems (1 would open over the current item).
        assert combo.style().styleHint(QStyle.StyleHint.SH_ComboBox_Popup, option, combo) == 0
        assert combo.maxVisibleItems() >= 8
    finally:
        qapp.setStyleSheet(before)
