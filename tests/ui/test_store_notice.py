"""The store's recovery report is told once, and a run that keeps nothing says so in the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMainWindow, QMessageBox

from insurup_desk.services.connectivity import ConnectivityMonitor
from insurup_desk.store.recovery import Damage, RecoveryReport
from insurup_desk.ui.status_bar import AppStatusBar
from insurup_desk.ui.store_notice import StoreNotice


def _window(qtbot: Any) -> tuple[QMainWindow, AppStatusBar]:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = AppStatusBar(ConnectivityMonitor(), is_sandbox=False, parent=window)
    window.setStatusBar(bar)
    window.show()
    return window, bar


def test_no_keyring_is_told_once_and_marked_in_every_window(qtbot: Any) -> None:
    notice = StoreNotice(RecoveryReport(Path("/data/desk.sqlite"), persistent=False, no_keyring=True))
    first, bar = _window(qtbot)
    notice.show_on(first)
    assert notice.box is not None and notice.box.isVisible()
    assert "uygulama yeniden açılınca kaybolur" in notice.box.text()
    assert bar.store_label.isVisible() and "kaybolur" in bar.store_label.toolTip()
    notice.box.close()
    second, bar2 = _window(qtbot)  # a new main window after signing in again: no second box, same mark
    notice.show_on(second)
    assert not second.findChildren(QMessageBox) and bar2.store_label.isVisible()


def test_a_recovered_file_is_told_without_marking_a_kept_store(qtbot: Any, tmp_path: Path) -> None:
    aside = tmp_path / "desk-damaged-20261203-101500.sqlite"
    report = RecoveryReport(tmp_path / "desk.sqlite", persistent=True, damage=Damage.DAMAGED, moved_to=aside,
                            outbox_kept=3, autosave_kept=True)
    notice = StoreNotice(report)
    window, bar = _window(qtbot)
    notice.show_on(window)
    assert notice.box is not None
    text = notice.box.text()
    assert "hasarlı" in text and str(aside) in text and "3 bekleyen işlem" in text and "yarım kalan satış" in text
    assert not bar.store_label.isVisible()
    notice.box.close()


def test_a_sound_store_says_nothing(qtbot: Any, tmp_path: Path) -> None:
    notice = StoreNotice(RecoveryReport(tmp_path / "desk.sqlite", persistent=True))
    window, bar = _window(qtbot)
    notice.show_on(window)
    assert notice.box is None and not bar.store_label.isVisible()
