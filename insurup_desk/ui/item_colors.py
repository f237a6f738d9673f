"""The colours item views give single cells and rows (state words, the best quote), taken from the style sheet.

A table cell is coloured through its model's ForegroundRole/BackgroundRole, which no style sheet rule reaches.
So these colours are declared in resources/styles/app.qss as properties of ItemColors, a widget that is never
shown (``ItemColors { qproperty-stateGood: …; }``); Qt's own style sheet parser sets them, and the models
read them here. A state is always a word too: the colour only repeats it.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from functools import cache

from PySide6.QtCore import Property
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from insurup_desk.ui.theme import style_sheet


class ItemColor(StrEnum):
    """A colour role of item views; the value is the ItemColors property the style sheet sets."""

    GOOD = "stateGood"  # in force, bought
    ENDED = "stateEnded"  # expired
    BAD = "stateBad"  # cancelled, failed, could not be sent
    WAITING = "stateWaiting"  # waiting for a price or to be sent, buying
    PRICED = "statePriced"  # priced, not yet bought
    BEST_ROW = "bestRowBackground"  # the cheapest quote's row
    FAILED_ROW = "failedRowBackground"  # a quote that failed
    WAITING_ROW_TEXT = "waitingRowText"  # a quote still on its way


def _color_property(role: ItemColor) -> Property:
    def get(widget: ItemColors) -> QColor:
        return widget.colors.get(role, QColor())

    def set_(widget: ItemColors, value: QColor) -> None:
        widget.colors[role] = QColor(value)

    return Property(QColor, get, set_)


class ItemColors(QWidget):
    """Never shown: the style sheet's ``ItemColors { qproperty-…: … }`` rule fills its colour properties."""

    stateGood = _color_property(ItemColor.GOOD)
    stateEnded = _color_property(ItemColor.ENDED)
    stateBad = _color_property(ItemColor.BAD)
    stateWaiting = _color_property(ItemColor.WAITING)
    statePriced = _color_property(ItemColor.PRICED)
    bestRowBackground = _color_property(ItemColor.BEST_ROW)
    failedRowBackground = _color_property(ItemColor.FAILED_ROW)
    waitingRowText = _color_property(ItemColor.WAITING_ROW_TEXT)

    def __init__(self) -> None:
        super().__init__()
        self.colors: dict[ItemColor, QColor] = {}


def colors_from_style_sheet(sheet: str) -> dict[ItemColor, QColor]:
    """Every role's colour as ``sheet`` sets it (an invalid QColor where it sets none)."""
    probe = ItemColors()
    probe.setStyleSheet(sheet)
    probe.ensurePolished()  # applies the sheet, and with it the qproperty- values
    return {role: QColor(probe.colors.get(role, QColor())) for role in ItemColor}


@cache
def _app_colors() -> Mapping[ItemColor, QColor]:
    # Read once from the style sheet file itself, so a model shows the same colours whether or not the
    # application has installed the sheet (tests build models without apply_theme).
    return colors_from_style_sheet(style_sheet())


def item_color(role: ItemColor) -> QColor:
    return QColor(_app_colors()[role])
