"""The app's look: one style sheet from the resources' styles folder and a legible base font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from insurup_desk import resource_files

STYLE_FILE = resource_files.STYLES_DIR / "app.qss"
ICON_FILE = resource_files.ICONS_DIR / "insurup-desk.svg"
BASE_POINT_SIZE = 10.5
# Where the system's UI face is missing (Wine has no Segoe UI or Tahoma; a stripped Windows image), Qt would
# take the first installed family, often a serif one; these are tried in order instead.
FALLBACK_FAMILIES = ("Segoe UI", "Tahoma", "Arial", "Noto Sans", "DejaVu Sans", "Liberation Sans")
# Face names Windows and its Qt theme use for menus, lists and dialogs; where they are missing they are
# substituted too, since the theme's per-class fonts (menu bar, item views) keep their own face.
SYSTEM_UI_FAMILIES = ("Segoe UI", "MS Shell Dlg 2", "MS Shell Dlg", "Tahoma")


def style_sheet() -> str:
    return STYLE_FILE.read_text(encoding="utf-8") if STYLE_FILE.is_file() else ""


def ui_font(base: QFont) -> QFont:
    """``base`` when its face is installed, else the installed fallbacks (an alias such as "Sans Serif" is not).

    The installed face goes first, not just into the fallback list: menu bars and item views draw with the
    first family alone.
    """
    font = QFont(base)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    if QFontDatabase.hasFamily(base.family()):
        return font
    installed = [family for family in FALLBACK_FAMILIES if QFontDatabase.hasFamily(family)]
    if installed:
        font.setFamilies(installed)
    return font


def apply_theme(app: QApplication) -> None:
    font = ui_font(app.font())
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    installed = [family for family in FALLBACK_FAMILIES if QFontDatabase.hasFamily(family)]
    for family in dict.fromkeys((*SYSTEM_UI_FAMILIES, app.font().family())):
        if installed and not QFontDatabase.hasFamily(family) and not QFont.substitutes(family):
            QFont.insertSubstitutions(family, installed)
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
