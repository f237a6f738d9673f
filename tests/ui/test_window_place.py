"""The main window opens inside the screen's usable area, and where the operator left it the next time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect
from shell_fakes import StandInPage
from test_shell_window import _ctx

from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.pages_registry import PAGE_KEYS, page_title
from insurup_desk.ui.window_place import WindowPlace

# A 1366×768 laptop with a 40 px taskbar at the bottom: the design size does not fit with a title bar.
LAPTOP = QRect(0, 0, 1366, 728)
WIDE = QRect(0, 0, 1920, 1040)


def _window(qtbot: Any, *areas: QRect) -> MainWindow:
    window = MainWindow(_ctx(), {key: StandInPage(key, page_title(key)) for key in PAGE_KEYS})
    window.place = WindowPlace(window.ctx.paths.settings_file, areas=lambda: list(areas))
    qtbot.addWidget(window)
    return window


def test_first_start_fits_the_usable_area_with_the_title_bar(qtbot: Any) -> None:
    window = _window(qtbot, LAPTOP)
    window.show_in_place()
    qtbot.waitExposed(window)
    assert LAPTOP.contains(window.frameGeometry())  # the status bar is on screen
    assert window.height() >= LAPTOP.height() - 40  # and it uses the room it has


def test_a_wide_screen_gets_the_design_size_centred(qtbot: Any) -> None:
    window = _window(qtbot, WIDE)
    window.show_in_place()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == (1366, 768) and WIDE.contains(window.frameGeometry())
    assert abs(window.frameGeometry().center().x() - WIDE.center().x()) <= 6


def test_size_place_and_maximized_state_are_remembered(qtbot: Any) -> None:
    first = _window(qtbot, WIDE)
    first.show_in_place()
    qtbot.waitExposed(first)
    first.resize(1200, 700)
    first.move(40, 30)
    qtbot.waitUntil(lambda: first.pos().x() == 40)
    size, place = first.size(), first.pos()
    first.close()

    second = _window(qtbot, WIDE)
    second.show_in_place()
    qtbot.waitExposed(second)
    assert (second.size(), second.pos()) == (size, place)
    second.showMaximized()
    qtbot.waitUntil(second.isMaximized)
    second.close()

    third = _window(qtbot, WIDE)
    third.show_in_place()
    qtbot.waitUntil(third.isMaximized)


def test_a_place_on_a_screen_that_is_gone_is_fitted_again(qtbot: Any) -> None:
    first = _window(qtbot, WIDE, QRect(1920, 0, 1920, 1040))
    first.show_in_place()
    qtbot.waitExposed(first)
    first.move(2100, 50)  # on the second screen
    qtbot.waitUntil(lambda: first.pos().x() == 2100)
    first.close()

    second = _window(qtbot, LAPTOP)  # the second screen was unplugged, the laptop's own is smaller
    second.show_in_place()
    qtbot.waitExposed(second)
    assert LAPTOP.contains(second.frameGeometry())
