"""Which keys do something in a window right now, and which of them do two things.

Qt refuses a key bound twice in one window ("Ambiguous shortcut overload") and does nothing at all; a mnemonic
(the underlined letter, Alt+letter) used twice only moves between the two widgets. Both are found here from what
is on screen: visible widgets' mnemonics (buttons, labels with a buddy, group boxes, tabs, the menu bar's menus),
explicit ``QShortcut``s whose widget is visible, and the shortcuts of actions attached to a visible widget.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget


def _key(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}{' ' + widget.objectName() if widget.objectName() else ''}"


def live_keys(window: QWidget) -> dict[str, list[str]]:
    """Every key bound in ``window`` as it is now → what each binding is (a text, for messages)."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(sequence: QKeySequence, what: str) -> None:
        if not sequence.isEmpty():
            found[_key(sequence)].append(what)

    seen_actions: set[int] = set()
    widgets = [w for w in (window, *window.findChildren(QWidget)) if w.isVisible() and w.window() is window]
    for widget in widgets:
        texts: list[str] = []
        if isinstance(widget, QAbstractButton):
            # A button's text sets its shortcut to the mnemonic; a shortcut set another way is counted too.
            texts.append(widget.text())
            if widget.shortcut() != QKeySequence.mnemonic(widget.text()):
                add(widget.shortcut(), f"{_name(widget)} '{widget.text()}' shortcut")
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i))
        elif isinstance(widget, QMenuBar):
            texts.extend(a.text() for a in widget.actions() if a.isVisible())
        for text in texts:
            mnemonic = QKeySequence.mnemonic(text)
            # QKeySequence.mnemonic is case-sensitive for some letters; Alt+letter is not.
            add(QKeySequence(_key(mnemonic).upper()) if not mnemonic.isEmpty() else mnemonic,
                f"{_name(widget)} '{text}'")
        for action in widget.actions():
            if action.isEnabled() and action.isVisible() and id(action) not in seen_actions:
                seen_actions.add(id(action))
                for sequence in action.shortcuts():
                    add(sequence, f"action '{action.text()}' on {_name(widget)}")
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if shortcut.isEnabled() and isinstance(parent, QWidget) and parent.isVisible() and parent.window() is window:
            for sequence in shortcut.keys():  # noqa: SIM118 - a QShortcut, not a dict
                add(sequence, f"QShortcut on {_name(parent)}")
    return dict(found)


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Keys bound more than once in ``window`` right now."""
    return {key: owners for key, owners in live_keys(window).items() if len(owners) > 1}
