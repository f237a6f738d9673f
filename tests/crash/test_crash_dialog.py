"""An exception nobody handled, in a slot or in a coroutine, opens the crash dialog with a redacted report."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QMessageLogContext, QObject, QtMsgType, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from insurup_desk.services.logging_setup import configure_logging
from insurup_desk.services.paths import AppPaths
from insurup_desk.ui.crash_dialog import CrashDialog
from insurup_desk.ui.crash_hook import CrashReporter

CARD = "4111 1111 1111 1111"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJnaXNlIn0.c2lnbmF0dXJlLXZhbHVl"
TCKN = "10000000146"
SEED = f"card {CARD}, Authorization: Bearer {TOKEN}, accessToken={TOKEN}, tckn {TCKN}"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths(config_dir=tmp_path / "config", data_dir=tmp_path / "data", log_dir=tmp_path / "logs").ensure()
    # A line written before the redaction was in place (an older build, a copied log): the report masks it too.
    paths.log_file.write_text(f"2026-12-03 10:00:00 INFO insurup_desk.sale: paying with {SEED}\n", encoding="utf-8")
    return paths


@pytest.fixture
def reporter(qtbot: Any, qloop_running: asyncio.AbstractEventLoop, paths: AppPaths) -> Iterator[CrashReporter]:
    handler = configure_logging(paths.log_file)
    quits: list[int] = []
    reporter = CrashReporter(paths)
    reporter.quit_with = quits.append
    reporter.install(qloop_running)
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()
    logging.getLogger().removeHandler(handler)
    handler.close()


def assert_redacted(text: str) -> None:
    assert "Traceback" in text and "ValueError" in text
    digits = CARD.replace(" ", "")
    assert CARD not in text and digits not in text and "[KART]" in text
    assert TOKEN not in text and TOKEN.split(".")[0] not in text
    assert TCKN not in text and "100******46" in text  # masked, still recognisable to support
    assert "InsurUp Desk" in text and "toolkit: Qt " in text and "PySide6 " in text


def shown_dialog(qtbot: Any, reporter: CrashReporter) -> CrashDialog:
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    return reporter.dialog


def test_an_exception_in_a_slot_shows_a_redacted_report(qtbot: Any, reporter: CrashReporter, paths: AppPaths) -> None:
    button = QPushButton("Öde")
    qtbot.addWidget(button)

    def pay() -> None:
        raise ValueError(f"payment form broke: {SEED}")

    button.clicked.connect(pay)
    button.click()

    dialog = shown_dialog(qtbot, reporter)
    text = dialog.report_view.toPlainText()
    assert_redacted(text)
    assert "where: main thread" in text and "payment form broke" in text
    # Kept in the logs folder, redacted the same way; the log line itself is masked too.
    assert reporter.kept and reporter.kept[0].parent == paths.log_dir
    assert_redacted(reporter.kept[0].read_text(encoding="utf-8"))
    written_now = paths.log_file.read_text(encoding="utf-8").splitlines()[1:]
    assert written_now and TCKN not in "\n".join(written_now)


class QuoteLoader(QObject):
    requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.requested.connect(self.load)

    @qasync.asyncSlot(str)
    async def load(self, plate: str) -> None:
        await asyncio.sleep(0)
        raise ValueError(f"quote parser broke for {plate}: {SEED}")


def test_an_exception_in_a_coroutine_shows_a_redacted_report(qtbot: Any, reporter: CrashReporter) -> None:
    loader = QuoteLoader()
    loader.requested.emit("34 ABC 123")

    text = shown_dialog(qtbot, reporter).report_view.toPlainText()
    assert_redacted(text)
    assert "quote parser broke for 34 A** 123" in text  # the plate is masked the way the log masks it
    assert "in load" in text  # the coroutine's own frame is in the traceback


def test_a_failed_task_nobody_awaits_reaches_the_dialog(
    qtbot: Any, reporter: CrashReporter, qloop_running: asyncio.AbstractEventLoop
) -> None:
    def refresh_badge() -> None:
        raise ValueError(f"badge refresh broke: {SEED}")

    qloop_running.call_soon(refresh_badge)

    text = shown_dialog(qtbot, reporter).report_view.toPlainText()
    assert_redacted(text)
    assert "where: event loop callback" in text


def test_a_connection_dropped_under_a_transport_is_logged_not_reported(
    qtbot: Any, reporter: CrashReporter, qloop_running: asyncio.AbstractEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="insurup_desk.crash"):
        qloop_running.call_exception_handler(
            {"message": "Fatal error on SSL transport", "exception": ConnectionResetError(104, "reset"),
             "transport": object()})
    assert reporter.dialog is None and reporter.kept == []
    assert "Fatal error on SSL transport" in caplog.text


def test_a_second_failure_is_kept_without_a_second_dialog(qtbot: Any, reporter: CrashReporter) -> None:
    for n in range(2):
        try:
            raise ValueError(f"failure {n}: {SEED}")
        except ValueError as exc:
            reporter.excepthook(ValueError, exc, exc.__traceback__)
    first = shown_dialog(qtbot, reporter)
    assert "failure 0" in first.report_view.toPlainText()
    assert len(reporter.kept) == 2 and "failure 1" in reporter.kept[1].read_text(encoding="utf-8")


def test_copy_save_and_restart(qtbot: Any, reporter: CrashReporter, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        raise ValueError(SEED)
    except ValueError as exc:
        reporter.excepthook(ValueError, exc, exc.__traceback__)
    dialog = shown_dialog(qtbot, reporter)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.report.text
    assert dialog.status.text() == "Rapor panoya kopyalandı."
    assert dialog.save_to(tmp_path / "rapor.txt")
    assert_redacted((tmp_path / "rapor.txt").read_text(encoding="utf-8"))
    assert not dialog.save_to(tmp_path / "no-such-folder" / "rapor.txt")
    assert "Rapor kaydedilemedi" in dialog.status.text()

    registered: list[object] = []
    monkeypatch.setattr("insurup_desk.ui.crash_hook.restart_after_exit", lambda: registered.append(True))
    quits: list[int] = []
    reporter.quit_with = quits.append
    dialog.restart_button.click()
    assert registered == [True] and quits == [0] and not dialog.isVisible()


# The messages are handed on to the handler that was there before (here pytest-qt's, which fails on them).
@pytest.mark.qt_log_ignore("just a warning", "QPainter broke")
def test_a_qt_fatal_message_keeps_a_report_before_qt_aborts(reporter: CrashReporter, qtbot: Any) -> None:
    reporter.qt_message(QtMsgType.QtWarningMsg, QMessageLogContext(), "just a warning")
    assert reporter.kept == []
    # Shown modally (Qt aborts once the handler returns); closed here as an operator would.

    def close_when_shown() -> None:
        if reporter.dialog is not None and reporter.dialog.isVisible():
            reporter.dialog.reject()
        else:
            asyncio.get_event_loop().call_later(0.01, close_when_shown)

    asyncio.get_event_loop().call_soon(close_when_shown)
    reporter.qt_message(QtMsgType.QtFatalMsg, QMessageLogContext(), f"QPainter broke with {SEED}")
    assert len(reporter.kept) == 1
    text = reporter.kept[0].read_text(encoding="utf-8")
    assert "Qt fatal: QPainter broke" in text and TCKN not in text and CARD not in text
