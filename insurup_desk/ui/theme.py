"""The app's look: one style sheet from resources/styles and a legible base font."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QWidget

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
STYLE_FILE = RESOURCES / "styles" / "app.qss"
ICON_FILE = RESOURCES / "icons" / "insurup-desk.svg"
BASE_POINT_SIZE = 10.5
# Tried in order after the system's UI face: where Segoe UI is missing (Wine, a stripped Windows image) Qt
# would otherwise fall back to the first installed family, often a serif one.
FALLBACK_FAMILIES = ("Segoe UI", "Tahoma", "Arial", "Noto Sans", "DejaVu Sans", "Liberation Sans")


def style_sheet() -> str:
    return STYLE_FILE.read_text(encoding="utf-8") if STYLE_FILE.is_file() else ""


def apply_theme(app: QApplication) -> None:
    font = QFont(app.font())
    font.setFamilies([font.family(), *(f for f in FALLBACK_FAMILIES if f != font.family())])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet())
    if ICON_FILE.is_file():
        app.setWindowIcon(QIcon(str(ICON_FILE)))


def mark_primary(button: QWidget) -> None:
    """Style ``button`` as the screen's one primary action."""
    button.setProperty("primary", True)
    button.style().unpolish(button)
    button.style().polish(button)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
