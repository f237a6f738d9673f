"""How shortcuts are written on screen: one spelling, Qt's own, in menus, buttons and hints alike.

Qt's Turkish catalogue renames the keys ("Kontrol", "Üst Karakter", "Vazgeç" for Esc), which matches neither
the keycaps of Turkish keyboards nor the desk's hints. ``KeyNames`` keeps Qt's key names as the keycaps print
them, and every label that shows a shortcut builds it with ``key_text`` so menus and buttons always agree.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator
from PySide6.QtGui import QKeySequence


def key_text(keys: str) -> str:
    """'Ctrl+Shift+N' as Qt writes it in menus."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def with_key(label: str, keys: str) -> str:
    """A button's label followed by its shortcut, spelled as in the menus: 'Yeni satış (Ctrl+Shift+N)'."""
    return f"{label} ({key_text(keys)})"


class KeyNames(QTranslator):
    """Qt's key names (context ``QShortcut``) as printed on the keys; installed after Qt's own catalogue."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        # None is a null string to Qt: "not mine", so the next catalogue is asked (an empty string would win).
        return source_text if context == "QShortcut" else None  # type: ignore[return-value]
