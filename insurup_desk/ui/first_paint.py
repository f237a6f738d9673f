"""Run something once a widget's first frame is on screen (start-up work that must not delay it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, done: Callable[[], None]) -> None:
        super().__init__(widget)
        self._done = done
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)  # after this paint and its children's, in the same frame
        return False


def after_first_paint(widget: QWidget, done: Callable[[], None]) -> None:
    """Call ``done`` once, right after ``widget`` is first painted."""
    _FirstPaint(widget, done)
