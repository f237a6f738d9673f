"""The one way pages run API work: a coroutine for a widget, visible progress, success to a callback,
and every API error shown the same way (detail, suggestions, trace id) in an inline banner or a message box.

Pages never write their own try/except-and-QMessageBox; they call ``run_op``.
"""

from __future__ import annotations

import asyncio
import html
import inspect
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from insurup_desk.api.errors import ApiError

T = TypeVar("T")
log = logging.getLogger(__name__)

ErrorHandler = Callable[[ApiError], bool]


class ErrorBanner(QFrame):
    """Inline problem box: what went wrong, what to do, and the trace id to quote to support.

    Styled by the app style sheet through the ``errorLabel`` object name (red box, dark red text).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.label = QLabel(self)
        self.label.setObjectName("errorLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(self.tr("Kapat"), self)
        close.setFlat(True)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._plain = ""
        self.hide()

    def show_error(self, error: ApiError) -> None:
        self.show_message(error.detail, error.suggestions, error.trace_id)

    def show_message(self, detail: str, suggestions: Sequence[str] = (), trace_id: str | None = None) -> None:
        lines = [self.tr("Hata: %1").replace("%1", detail)]
        lines.extend(f"• {s}" for s in suggestions)
        if trace_id:
            lines.append(self.tr("İzleme kodu: %1").replace("%1", trace_id))
        self._plain = "\n".join(lines)
        rich = [f"<b>{html.escape(lines[0])}</b>", *(html.escape(line) for line in lines[1:])]
        self.label.setText("<br>".join(rich))
        self.show()

    def text(self) -> str:
        return self._plain


class BusyBar(QProgressBar):
    """A thin indeterminate bar with a caption, shown while work runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(True)
        self.setMaximumHeight(18)
        # Its strip is kept while hidden: a bar coming and going with every search must not push the fields
        # below it down (or back up) under the operator's mouse.
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self._count = 0
        self.hide()

    def begin(self, caption: str) -> None:
        self._count += 1
        self.setFormat(caption)
        self.show()

    def end(self) -> None:
        self._count = max(0, self._count - 1)
        if self._count == 0:
            self.hide()


def show_error_box(parent: QWidget, error: ApiError) -> QMessageBox:
    """Window-modal but non-blocking, so the event loop (and the tests) keep running."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Background", "İşlem tamamlanamadı"))
    box.setText(error.detail)
    info = "\n".join(f"• {s}" for s in error.suggestions)
    if error.trace_id:
        trace = QCoreApplication.translate("Background", "İzleme kodu: %1").replace("%1", error.trace_id)
        info = (info + "\n\n" if info else "") + trace
    box.setInformativeText(info)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class _Ops(QObject):
    """Keeps references to a widget's running tasks and cancels them when the widget goes away."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.tasks: set[asyncio.Task[Any]] = set()
        self.stops: list[Callable[[], None]] = []  # a widget's other background work, ended with its tasks
        owner.destroyed.connect(self._cancel_all)

    def _cancel_all(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        self.tasks.clear()
        for stop in self.stops:
            stop()


def _ops_for(owner: QWidget) -> _Ops:
    ops = owner.findChild(_Ops, "", Qt.FindChildOption.FindDirectChildrenOnly)
    return ops if ops is not None else _Ops(owner)


def stop_with_ops(owner: QWidget, stop: Callable[[], None]) -> None:
    """Have ``stop`` called wherever ``owner``'s ``run_op`` tasks are cancelled: its closing, and sign-out."""
    _ops_for(owner).stops.append(stop)


def cancel_ops(owner: QWidget) -> None:
    ops = owner.findChild(_Ops, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if ops is not None:
        ops._cancel_all()


def run_op(
    owner: QWidget,
    work: Awaitable[T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_error: ErrorHandler | None = None,
    banner: ErrorBanner | None = None,
    busy: BusyBar | None = None,
    caption: str = "",
    disable: Sequence[QWidget] = (),
    on_finally: Callable[[], None] | None = None,
) -> asyncio.Task[None]:
    """Run ``work`` for ``owner``. ``on_error`` may claim an ApiError (return True) before the standard display."""
    ops = _ops_for(owner)
    if banner is not None:
        banner.hide()
    # Disabling the widget with the keyboard focus sends the focus elsewhere (the side menu): it comes back after.
    had_focus: QWidget | None = QApplication.focusWidget()
    if had_focus is None or not any(w is had_focus or w.isAncestorOf(had_focus) for w in disable):
        had_focus = None
    for widget in disable:
        widget.setEnabled(False)
    if busy is not None:
        busy.begin(caption or QCoreApplication.translate("Background", "Lütfen bekleyin…"))

    async def runner() -> None:
        try:
            result = await work
        except ApiError as exc:
            log.info("operation failed: %r", exc)
            if on_error is not None and on_error(exc):
                return
            if banner is not None:
                banner.show_error(exc)
            else:
                show_error_box(owner, exc)
            return
        except asyncio.CancelledError:
            raise
        except Exception:
            # A bug (not an API error): keep the traceback for support, tell the operator once, and let the
            # finally block give the page back (buttons enabled, busy bar ended).
            log.exception("operation crashed")
            if shiboken6.isValid(owner):
                _show_unexpected(owner, banner)
            return
        finally:
            for widget in disable:
                if shiboken6.isValid(widget):
                    widget.setEnabled(True)
            if busy is not None and shiboken6.isValid(busy):
                busy.end()
            _give_focus_back(owner, had_focus)
            if on_finally is not None and shiboken6.isValid(owner):
                on_finally()
        if on_success is not None and shiboken6.isValid(owner):
            on_success(result)

    def finished(task: asyncio.Task[None]) -> None:
        ops.tasks.discard(task)
        # Cancelled before it ever ran (its page went away at once): the work was never started, so close it
        # rather than leave a coroutine that was never awaited.
        if inspect.iscoroutine(work) and inspect.getcoroutinestate(work) == inspect.CORO_CREATED:
            work.close()

    task = asyncio.ensure_future(runner())
    ops.tasks.add(task)
    task.add_done_callback(finished)
    return task


def _give_focus_back(owner: QWidget, widget: QWidget | None) -> None:
    """Unless the operator went elsewhere meanwhile, the keyboard is where it was before the wait."""
    if widget is None or not shiboken6.isValid(widget) or not shiboken6.isValid(owner):
        return
    now = QApplication.focusWidget()
    if (now is None or not owner.isAncestorOf(now)) and widget.isVisible() and widget.isEnabled():
        widget.setFocus()


def unexpected_error_text() -> str:
    return QCoreApplication.translate(
        "Background", "Beklenmeyen bir hata oluştu; işlem tamamlanamadı. Ayrıntı günlük dosyasında."
    )


def _show_unexpected(owner: QWidget, banner: ErrorBanner | None) -> None:
    if banner is not None and shiboken6.isValid(banner):
        banner.show_message(unexpected_error_text())
        return
    box = QMessageBox(owner)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Background", "İşlem tamamlanamadı"))
    box.setText(unexpected_error_text())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
