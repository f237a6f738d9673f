"""The list delegate: a plain cell's text drawn straight from the model's pre-formatted row, Qt's style for the rest.

Painting a screen of a list is a few hundred cells. Qt's own delegate asks the model seven roles one Python call
at a time and then walks the style sheet's rules for every cell; a plain cell of a list (not selected, not under
the mouse, not the current one) needs none of that: its background is the row's, drawn by the view before the
delegate runs, and what is left is one line of text in one colour. So such a cell is drawn here from one model
call, with the text elided once per text and width, in the palette's text colour or the cell's item colour
(``ui/item_colors.py``). Any other cell (selected, hovered, focused, in a disabled or another colour group the
paint was not prepared for) goes through Qt's ``QStyledItemDelegate`` exactly as before, so selection highlight
and focus follow the style sheet. A text cut short still shows whole as a tooltip (``CutTextTips``).

The text lands where Qt's style puts it: inside the cell less the style's text margin (``PM_FocusFrameHMargin``
+ 1 on each side), aligned as the column says, elided on the right as the view's default; a test compares the
two renderings pixel for pixel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem

from insurup_desk.ui.tables.cut_text import CutTextTips

AnyIndex = QModelIndex | QPersistentModelIndex
CellReader = Callable[[int, int], tuple[str, Qt.AlignmentFlag, QColor | None]]
PaintReader = Callable[[int, int], tuple[str, int, QColor | None]]

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_ELIDED_KEPT = 8192  # (text, width) -> shown text; a few screenfuls of distinct cells
_NOT_PLAIN = QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_HasFocus
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
_RIGHT = int(Qt.AlignmentFlag.AlignRight)
_CENTRE = int(Qt.AlignmentFlag.AlignHCenter)


class ListCellDelegate(CutTextTips):
    def __init__(self, cell: CellReader, paint_cell: PaintReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cell = cell
        self._paint_cell = paint_cell
        # The view's features for a cell (alternate row or not) -> the same with text: flag arithmetic on
        # PySide's enums runs in Python, a lookup does not.
        self._with_text: dict[QStyleOptionViewItem.ViewItemFeature, QStyleOptionViewItem.ViewItemFeature] = {}
        # Set by ``prepare`` before each paint of the view; until then every cell goes through Qt's style.
        self._metrics: QFontMetrics | None = None
        self._margin = 0
        self._font_key = ""
        self._text_colours: dict[QPalette.ColorGroup, QColor] = {}
        self._plain: dict[QStyle.StateFlag, QColor | None] = {}  # a cell state -> its text colour, None: Qt's
        self._metrics_f = QFontMetricsF(QFont())
        self._ascent = 0.0
        self._half_line = 0
        self._elided: dict[tuple[str, int, int], tuple[str, float]] = {}

    def prepare(self, view: QAbstractItemView) -> None:
        """Take the view's font, text margin and palette for the paint about to run (they may have changed)."""
        font = view.font()
        font_key = font.key()
        if font_key != self._font_key or self._metrics is None:
            self._font_key = font_key
            self._metrics = QFontMetrics(font)
            self._metrics_f = QFontMetricsF(font)
            self._ascent = self._metrics_f.ascent()
            self._half_line = round(self._metrics_f.height()) // 2
            self._elided = {}
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        if margin != self._margin:
            self._margin = margin
            self._elided = {}
        palette = view.palette()
        group = QPalette.ColorGroup
        self._text_colours = {g: palette.color(g, QPalette.ColorRole.Text) for g in (group.Active, group.Inactive)}
        self._plain = {}

    def _plain_colour(self, state: QStyle.StateFlag) -> QColor | None:
        """The default text colour of a cell in ``state``, or None when Qt's style must draw it."""
        colour = None
        if not state & _NOT_PLAIN and state & QStyle.StateFlag.State_Enabled:
            active = bool(state & QStyle.StateFlag.State_Active)
            colour = self._text_colours.get(QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive)
        self._plain[state] = colour
        return colour

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        state = option.state
        default = self._plain[state] if state in self._plain else self._plain_colour(state)
        if default is None or self._metrics is None:
            super().paint(painter, option, index)
            return
        text, flags, colour = self._paint_cell(index.row(), index.column())
        if not text:
            return
        rect = option.rect
        x, y, width, height = cast(tuple[int, int, int, int], rect.getRect())  # one call, not four
        width -= 2 * self._margin
        key = (text, width, flags)
        placed = self._elided.get(key)
        if placed is None:
            placed = self._place(text, width, flags)
        shown, dx = placed
        painter.setPen(default if colour is None else colour)
        # Where Qt's style puts the line: the text box centred by whole pixels, the baseline an ascent below.
        painter.drawText(QPointF(x + self._margin + dx, y + height // 2 - self._half_line + self._ascent), shown)

    def _place(self, text: str, width: int, flags: int) -> tuple[str, float]:
        """The text as shown in ``width`` (elided on the right if it does not fit) and its offset there."""
        metrics = self._metrics_f
        shown = text if metrics.horizontalAdvance(text) <= width else metrics.elidedText(text, _ELIDE_RIGHT, width)
        used = metrics.horizontalAdvance(shown)
        dx = 0.0
        if flags & _RIGHT:
            dx = width - used
        elif flags & _CENTRE:
            dx = (width - used) / 2
        if len(self._elided) >= _ELIDED_KEPT:
            self._elided = {}
        self._elided[(text, width, flags)] = (shown, dx)
        return shown, dx

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """What Qt's style draws a cell from, filled from one model call (selected, hovered and focused cells)."""
        text, alignment, colour = self._cell(index.row(), index.column())
        if isinstance(index, QModelIndex):  # what painting passes; a persistent index only comes from elsewhere
            option.index = index
        option.text = text
        features = option.features
        with_text = self._with_text.get(features)
        if with_text is None:
            with_text = self._with_text[features] = features | _HAS_DISPLAY
        option.features = with_text
        option.displayAlignment = alignment
        if colour is not None:
            palette = option.palette
            palette.setColor(QPalette.ColorRole.Text, colour)
            option.palette = palette
        option.styleObject = None  # type: ignore[assignment]  # as Qt's own: no style animations in item views
