"""Whether the desk can open a window at all, told in one line before Qt aborts without a word."""

from __future__ import annotations

import sys
from collections.abc import Mapping

# Platforms that draw without a display server (tests, screenshots, remote rendering).
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay", "minimalegl")


def missing_display(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """On Linux and the BSDs: no X11 or Wayland display and no platform that needs none."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip().split(":")[0].lower()
    if chosen and chosen.split(";")[0] in _HEADLESS_PLATFORMS:
        return False
    return not (environ.get("DISPLAY", "").strip() or environ.get("WAYLAND_DISPLAY", "").strip())


def no_display_line() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Startup", "InsurUp Desk açılamadı: ekran bulunamadı (DISPLAY veya WAYLAND_DISPLAY tanımlı değil). Masaüstü "
        "oturumunda başlatın ya da ekransız çalıştırmak için QT_QPA_PLATFORM=offscreen verin.")
