"""The dashboard's charts, painted with QPainter (no charting library: see docs/dashboard.md for why).

Three shapes cover every figure: a line over days (premium, conversion), horizontal bars (insurer, branch) and
stacked horizontal bars (renewals: renewed / lost / open). Colours come from the style sheet through
``qproperty-…`` (``ChartView`` rules in ``app.qss``); without a style sheet the palette's are used. Numbers are
drawn in Turkish formats by the formatter each chart is given. ``image()`` paints the chart at any scale for
the PNG export, so the file is sharp rather than a screen grab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Property, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from insurup_desk.domain.formats import format_date

Formatter = Callable[[float], str]


def _color_property(name: str, role: QPalette.ColorRole) -> Property:
    attr = f"_{name}"

    def getter(self: ChartView) -> QColor:
        value: QColor | None = getattr(self, attr, None)
        return QColor(value) if value is not None else self.palette().color(role)

    def setter(self: ChartView, value: QColor) -> None:
        setattr(self, attr, QColor(value))
        self.update()

    return Property(QColor, getter, setter)


class ChartView(QWidget):
    """Base: margins, the empty text, colours and painting into an image."""

    seriesColor = _color_property("seriesColor", QPalette.ColorRole.Highlight)
    secondColor = _color_property("secondColor", QPalette.ColorRole.Link)
    thirdColor = _color_property("thirdColor", QPalette.ColorRole.Mid)
    gridColor = _color_property("gridColor", QPalette.ColorRole.Midlight)
    textColor = _color_property("textColor", QPalette.ColorRole.WindowText)

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartView")
        self.formatter = formatter
        self.empty_text = self.tr("Bu dönemde gösterilecek veri yok")
        self.setMinimumSize(QSize(280, 170))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def colour(self, name: str) -> QColor:
        """A colour the style sheet set (``qproperty-seriesColor`` …), else the palette's."""
        return QColor(self.property(name))

    def has_data(self) -> bool:
        raise NotImplementedError

    def draw(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def _paint(self, painter: QPainter, area: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        if not self.has_data():
            painter.setPen(self.colour("textColor"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        self.draw(painter, area.adjusted(8, 8, -8, -8))

    def image(self, scale: float = 2.0) -> QImage:
        """The chart at ``scale`` times its on-screen size, on the window background (for PNG files)."""
        size = self.size() if self.width() > 10 else QSize(800, 400)
        image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        try:
            painter.scale(scale, scale)
            self._paint(painter, QRectF(0, 0, size.width(), size.height()))
        finally:
            painter.end()
        return image

    def _text_width(self, painter: QPainter, text: str) -> float:
        return float(painter.fontMetrics().horizontalAdvance(text))


def _nice_step(top: float, ticks: int = 4) -> float:
    if top <= 0:
        return 1.0
    raw = top / ticks
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)


WEEKLY_AFTER_DAYS = 62


def by_week(days: Sequence[dt.date], values: Sequence[float]) -> tuple[list[dt.date], list[float]]:
    """Sums per week (starting Monday) once a span is longer than two months, so the line stays readable;
    shorter spans are returned as they are."""
    if len(days) <= WEEKLY_AFTER_DAYS:
        return list(days), list(values)
    weeks: dict[dt.date, float] = {}
    for day, value in zip(days, values, strict=True):
        monday = day - dt.timedelta(days=day.weekday())
        weeks[monday] = weeks.get(monday, 0.0) + value
    return list(weeks), list(weeks.values())


class LineChart(ChartView):
    """Values over days (or weeks: see ``by_week``)."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(formatter, parent)
        self.days: list[dt.date] = []
        self.values: list[float] = []

    def set_points(self, days: Sequence[dt.date], values: Sequence[float]) -> None:
        self.days, self.values = list(days), list(values)
        self.update()

    def has_data(self) -> bool:
        return any(v for v in self.values)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        top = max(self.values) or 1.0
        step = _nice_step(top)
        ceiling = step * (int(top / step) + (0 if top % step == 0 else 1))
        labels = [self.formatter(step * i) for i in range(round(ceiling / step) + 1)]
        left = max(self._text_width(painter, t) for t in labels) + 8
        plot = area.adjusted(left, metrics.height() / 2, 0, -metrics.height() - 6)
        painter.setPen(QPen(self.colour("gridColor"), 1))
        for i, text in enumerate(labels):
            y = plot.bottom() - plot.height() * (step * i) / ceiling
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.colour("textColor"))
            painter.drawText(QRectF(area.left(), y - metrics.height() / 2, left - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            painter.setPen(QPen(self.colour("gridColor"), 1))
        count = len(self.values)
        dx = plot.width() / max(count - 1, 1)
        points = QPolygonF([QPointF(plot.left() + i * dx, plot.bottom() - plot.height() * v / ceiling)
                            for i, v in enumerate(self.values)])
        painter.setPen(QPen(self.colour("seriesColor"), 2))
        painter.drawPolyline(points)
        if count <= 31:
            painter.setBrush(self.colour("seriesColor"))
            for i in range(points.size()):
                painter.drawEllipse(points.at(i), 2.5, 2.5)
        painter.setPen(self.colour("textColor"))
        every = max(1, int(count / max(plot.width() / (metrics.horizontalAdvance("00.00.0000") + 12), 1)) + 1)
        for i in range(0, count, every):
            text = format_date(self.days[i])[:5] if count > 1 else format_date(self.days[i])
            x = min(max(plot.left() + i * dx, area.left() + 40), area.right() - 40)  # keep edge labels whole
            painter.drawText(QRectF(x - 40, plot.bottom() + 4, 80, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, text)


class BarChart(ChartView):
    """One horizontal bar per label, longest first, the value written after the bar."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(formatter, parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.max_bars = 10

    def set_bars(self, labels: Sequence[str], values: Sequence[float]) -> None:
        self.labels, self.values = list(labels), list(values)
        self.update()

    def has_data(self) -> bool:
        return any(v for v in self.values)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        bars = list(zip(self.labels, self.values, strict=True))[: self.max_bars]
        metrics = painter.fontMetrics()
        label_w = min(max(self._text_width(painter, b[0]) for b in bars) + 10, area.width() * 0.35)
        value_w = max(self._text_width(painter, self.formatter(b[1])) for b in bars) + 10
        row_h = min(area.height() / len(bars), metrics.height() * 2.2)
        top = max(b[1] for b in bars) or 1.0
        width = max(area.width() - label_w - value_w, 10)
        for i, (label, value) in enumerate(bars):
            y = area.top() + i * row_h
            painter.setPen(self.colour("textColor"))
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            painter.drawText(QRectF(area.left(), y, label_w - 8, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            bar = QRectF(area.left() + label_w, y + row_h * 0.2, width * max(value, 0) / top, row_h * 0.6)
            painter.fillRect(bar, self.colour("seriesColor"))
            painter.drawText(QRectF(bar.right() + 6, y, value_w, row_h), Qt.AlignmentFlag.AlignVCenter,
                             self.formatter(value))


@dataclass(frozen=True, slots=True)
class StackRow:
    label: str
    parts: tuple[float, ...]


class StackedBarChart(ChartView):
    """One bar per row split into parts (e.g. renewed / lost / open), with a legend above."""

    def __init__(self, formatter: Formatter, part_names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(formatter, parent)
        self.part_names = list(part_names)
        self.rows: list[StackRow] = []

    def set_rows(self, rows: Sequence[StackRow]) -> None:
        self.rows = list(rows)
        self.update()

    def has_data(self) -> bool:
        return any(sum(r.parts) for r in self.rows)

    def _colors(self) -> list[QColor]:
        return [self.colour("seriesColor"), self.colour("secondColor"), self.colour("thirdColor")]

    def draw(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        colors = self._colors()
        x = area.left()
        for name, color in zip(self.part_names, colors, strict=False):
            painter.fillRect(QRectF(x, area.top() + 3, 10, 10), color)
            painter.setPen(self.colour("textColor"))
            painter.drawText(QPointF(x + 14, area.top() + metrics.ascent()), name)
            x += 24 + self._text_width(painter, name)
        body = area.adjusted(0, metrics.height() + 8, 0, 0)
        label_w = max(self._text_width(painter, r.label) for r in self.rows) + 10
        top = max(sum(r.parts) for r in self.rows) or 1.0
        row_h = min(body.height() / len(self.rows), metrics.height() * 2.6)
        width = body.width() - label_w - 10
        bold = QFont(painter.font())
        for i, row in enumerate(self.rows):
            y = body.top() + i * row_h
            painter.setPen(self.colour("textColor"))
            painter.drawText(QRectF(body.left(), y, label_w - 8, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, row.label)
            left = body.left() + label_w
            for part, color in zip(row.parts, colors, strict=False):
                w = width * part / top
                segment = QRectF(left, y + row_h * 0.15, w, row_h * 0.7)
                painter.fillRect(segment, color)
                text = self.formatter(part)
                if part and self._text_width(painter, text) + 6 < w:
                    painter.setFont(bold)
                    painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
                    painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, text)
                left += w
