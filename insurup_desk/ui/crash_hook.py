"""Routes every unhandled failure to the crash dialog: ``sys.excepthook`` (exceptions escaping Qt slots and qasync
slots), the asyncio loop's exception handler (a task or callback nobody awaited) and Qt's fatal messages.

Each failure is logged, turned into a redacted report, kept in the logs folder, optionally uploaded, and shown.
One dialog at a time: further failures while it is open are logged and kept, not stacked on the screen.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QMessageLogContext, QObject, QThread, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from insurup_desk.services.crash_report import CrashReport, build_report, keep_report, upload_report
from insurup_desk.services.paths import AppPaths
from insurup_desk.services.update_install import restart_after_exit, restart_command

from .crash_dialog import CrashDialog

log = logging.getLogger("insurup_desk.crash")

QtHandler = Callable[[QtMsgType, QMessageLogContext, str], None]


class CrashReporter(QObject):
    reported = Signal(object)  # CrashReport, on the GUI thread

    def __init__(self, paths: AppPaths, *, upload_url: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._upload_url = upload_url.strip()
        self.quit_with: Callable[[int], None] | None = None  # the shell's quit, once there is a shell
        self.dialog: CrashDialog | None = None
        self.kept: list[Path] = []
        self._previous_hook: Callable[[type[BaseException], BaseException, TracebackType | None], Any] | None = None
        self._previous_qt: QtHandler | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.reported.connect(self._show)

    # --- installing ---------------------------------------------------------------------------------------
    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> CrashReporter:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.excepthook
        if loop is not None:
            self._loop = loop
            loop.set_exception_handler(self.loop_exception)
        previous = qInstallMessageHandler(self.qt_message)
        self._previous_qt = previous if callable(previous) else None
        return self

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None
        if self._loop is not None:
            self._loop.set_exception_handler(None)
            self._loop = None
        qInstallMessageHandler(self._previous_qt)
        self._previous_qt = None

    # --- the three routes ---------------------------------------------------------------------------------
    def excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            if self._previous_hook is not None:
                self._previous_hook(kind, value, tb)
            return
        self.handle(kind, value, tb, where=_where())

    def loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if not isinstance(exc, BaseException):
            log.error("event loop: %s", context.get("message", "unknown error"))
            return
        if isinstance(exc, asyncio.CancelledError):
            return
        if any(key in context for key in ("transport", "protocol", "socket")):
            # A connection dropping under a transport (reset, TLS close): a network event, not a bug to report.
            log.error("event loop: %s", context.get("message", "connection error"), exc_info=exc)
            return
        task = context.get("task") or context.get("future")
        where = f"coroutine {task.get_name()}" if isinstance(task, asyncio.Task) else "event loop callback"
        self.handle(type(exc), exc, exc.__traceback__, where=where)

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if self._previous_qt is not None:
            self._previous_qt(kind, context, message)
        if kind != QtMsgType.QtFatalMsg:
            return
        # Qt aborts the process as soon as this returns: the report is kept first, then shown modally.
        report = self._report(None, f"Qt fatal: {message}", None, where="Qt")
        if QThread.currentThread() is self.thread():
            self._show(report, modal=True)

    # --- the work -----------------------------------------------------------------------------------------
    def handle(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None, *, where: str
    ) -> CrashReport:
        log.critical("unhandled exception (%s)", where, exc_info=(kind, value, tb))
        report = self._report(kind, value, tb, where=where)
        self.reported.emit(report)
        return report

    def _report(
        self, kind: type[BaseException] | None, value: BaseException | str, tb: TracebackType | None, *, where: str
    ) -> CrashReport:
        for handler in logging.getLogger().handlers:
            handler.flush()  # the tail of the log should include the line just written
        report = build_report(kind, value, tb, where=where, log_file=self._paths.log_file)
        kept = keep_report(report, self._paths.log_dir)
        if kept is not None:
            self.kept.append(kept)
        if self._upload_url:
            threading.Thread(target=upload_report, args=(report, self._upload_url), name="crash-upload",
                             daemon=True).start()
        return report

    def _show(self, report: CrashReport, modal: bool = False) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # kept in the logs folder; one dialog is enough to act on
        parent = QApplication.activeWindow()
        restart: Callable[[], None] = self._restart_now if modal else self._restart_after_quit
        self.dialog = CrashDialog(report, kept_at=self.kept[-1] if self.kept else None, restart=restart,
                                  parent=parent)
        if modal:
            self.dialog.exec()
        else:
            self.dialog.show()

    def _restart_after_quit(self) -> None:
        restart_after_exit()
        if self.quit_with is not None:
            self.quit_with(0)
        else:
            QApplication.exit(0)

    def _restart_now(self) -> None:  # after a Qt fatal message nothing runs at exit: start the new desk now
        import subprocess

        subprocess.Popen(restart_command(), close_fds=True)


def _where() -> str:
    thread = threading.current_thread()
    return "main thread" if thread is threading.main_thread() else f"thread {thread.name}"


def install_crash_reporting(
    paths: AppPaths, loop: asyncio.AbstractEventLoop, *, upload_url: str = "", quit_with: Callable[[int], None]
) -> CrashReporter:
    """The composition root's one call: route every unhandled failure of this run to the crash dialog."""
    reporter = CrashReporter(paths, upload_url=upload_url, parent=QApplication.instance())
    reporter.quit_with = quit_with
    return reporter.install(loop)
