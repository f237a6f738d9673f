"""Runtime hook: on Windows, point Qt's own font database at the system's fonts folder.

The offscreen platform (the self-test support asks counters to run) does not use DirectWrite; it reads fonts
from Qt's lib/fonts folder, which the PySide6 wheel does not ship, so it found no font and warned
"QFontDatabase: Cannot find font directory". QT_QPA_FONTDIR set before starting the program still wins.
The windowed program's own platform (qwindows) ignores the variable and asks Windows for its fonts.
"""

import os
import sys


def _use_the_windows_fonts_folder() -> None:
    if sys.platform != "win32" or "QT_QPA_FONTDIR" in os.environ:
        return
    fonts = os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts")
    if os.path.isdir(fonts):
        os.environ["QT_QPA_FONTDIR"] = fonts


_use_the_windows_fonts_folder()
