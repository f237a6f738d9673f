"""The training-mode marker: a banner inside windows and a title prefix on every top-level window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QSizePolicy, QWidget

BANNER_OBJECT_NAME = "sandboxBanner"
# Menus, tooltips and popups are windows too, but have no title a person reads.
_MARKED_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)


def banner_text() -> str:
    return QCoreApplication.translate("SandboxBanner", "EĞİTİM / SANDBOX — gerçek satış yapılmaz")


def title_prefix() -> str:
    return QCoreApplication.translate("SandboxBanner", "[EĞİTİM]") + " "


class SandboxBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(banner_text(), parent)
        self.setObjectName(BANNER_OBJECT_NAME)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(banner_text())
        # A strip, never a block: spare height in a dialog goes to the content.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)


def has_banner(window: QWidget) -> bool:
    return window.findChild(QLabel, BANNER_OBJECT_NAME) is not None


class SandboxMarker(QObject):
    """Installed on the QApplication in training mode.

    Every top-level window gets the title prefix when it is shown. Windows laid out with a box layout
    (the app's own dialogs and most others) also get the banner at the top if they lack one; message
    boxes and native file dialogs keep only the prefix because their layouts are not ours to change.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._updating = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in (QEvent.Type.Show, QEvent.Type.WindowTitleChange)
            and isinstance(watched, QWidget)
            and watched.windowType() in _MARKED_TYPES
            and not self._updating
        ):
            self._mark(watched, add_banner=kind == QEvent.Type.Show)
        return False

    def _mark(self, window: QWidget, *, add_banner: bool) -> None:
        self._updating = True
        try:
            prefix = title_prefix()
            title = window.windowTitle()
            if not title.startswith(prefix):
                window.setWindowTitle(prefix + title)
            if add_banner and not has_banner(window):
                layout = window.layout()
                if isinstance(layout, QBoxLayout) and window.property("noSandboxBanner") is not True:
                    layout.insertWidget(0, SandboxBanner(window))
        finally:
            self._updating = False
