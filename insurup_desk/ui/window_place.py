"""Where the main window opens: where the operator left it, else fitted to the screen's usable area.

The window's size, position and maximized state are kept in the desk's settings file (group ``window``) when it
closes. A first start, or a saved place that no longer fits any screen (a smaller monitor, a removed second
screen), gets the design size of 1366×768 capped to the screen's available area — title bar and taskbar
included — and centred, so the status bar is never below the screen's edge.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DESIGN_SIZE = QSize(1366, 768)
# Allowed for the window manager's frame before it has drawn one: title bar, and each side's border.
TITLE_BAR = 32
FRAME_SIDE = 4
GROUP = "window"


def screen_areas() -> list[QRect]:
    """The usable area (without taskbars and docks) of every screen, the primary one first."""
    primary = QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not primary]
    return [s.availableGeometry() for s in ([primary] if primary else []) + others]


class WindowPlace:
    def __init__(self, settings_file: Path, areas: Callable[[], list[QRect]] = screen_areas) -> None:
        self._file = settings_file
        self._areas = areas

    def _settings(self) -> QSettings:
        return QSettings(str(self._file), QSettings.Format.IniFormat)

    def show(self, window: QWidget) -> None:
        """Show ``window`` where it was left, or fitted to the screen it opens on."""
        settings = self._settings()
        saved = settings.value(f"{GROUP}/rect")
        maximized = str(settings.value(f"{GROUP}/maximized", "false")).lower() == "true"
        rect = _rect(saved)
        areas = self._areas()
        # The saved rectangle is the inside of the window; it must still fit a screen with room for a title bar.
        if rect is not None and any(area.contains(rect.adjusted(0, -TITLE_BAR, 0, 0)) for area in areas):
            window.setGeometry(rect)
        elif areas:
            fit(window, areas[0])
        if maximized:
            window.showMaximized()
        else:
            window.show()

    def remember(self, window: QWidget) -> None:
        settings = self._settings()
        normal = window.normalGeometry() if window.isMaximized() else window.geometry()
        settings.setValue(f"{GROUP}/rect", [normal.x(), normal.y(), normal.width(), normal.height()])
        settings.setValue(f"{GROUP}/maximized", "true" if window.isMaximized() else "false")
        settings.sync()


def _rect(value: object) -> QRect | None:
    """The saved [x, y, width, height] (an ini file gives them back as strings); None when absent or damaged."""
    if not isinstance(value, list | tuple) or len(value) != 4:
        return None
    try:
        x, y, width, height = (int(v) for v in value)
    except (TypeError, ValueError):
        return None
    return QRect(x, y, width, height) if width > 0 and height > 0 else None


def fit(window: QWidget, area: QRect) -> None:
    """The design size, capped to a screen's available ``area`` (frame included), centred on it."""
    frame_w = max(window.frameGeometry().width() - window.width(), 0) or 2 * FRAME_SIDE
    frame_h = max(window.frameGeometry().height() - window.height(), 0) or TITLE_BAR
    width = max(min(DESIGN_SIZE.width(), area.width() - frame_w), window.minimumWidth())
    height = max(min(DESIGN_SIZE.height(), area.height() - frame_h), window.minimumHeight())
    window.resize(width, height)
    # move() places the frame's corner, so the frame is inside the area too.
    window.move(area.left() + max((area.width() - width - frame_w) // 2, 0),
                area.top() + max((area.height() - height - frame_h) // 2, 0))
