"""The app's log: a rotating file in the user's log folder, every line passed through the redactor."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from types import TracebackType

from insurup_desk.api.redaction import RedactingFilter

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_HANDLER_NAME = "insurup-desk-file"


def configure_logging(log_file: Path, *, level: int = logging.INFO, console: bool = False) -> logging.Handler:
    """Attach the rotating file handler (once) to the root logger and return it."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for existing in root.handlers:
        if existing.get_name() == _HANDLER_NAME:
            return existing
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8", delay=True
    )
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(_FORMAT))
    # The filter sits on the handler so records from every library pass through it.
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter(_FORMAT))
        stream.addFilter(RedactingFilter())
        root.addHandler(stream)
    root.setLevel(level)
    # httpx logs every URL at INFO; one line per request is noise at the counter.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return handler


def route_qt_messages() -> None:
    """Qt's own warnings go to the log file, not to the console the operator (or a script) reads."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def install_excepthook() -> None:
    """Exceptions escaping Qt slots end up in the log instead of vanishing."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        logging.getLogger("insurup_desk").critical("unhandled exception", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    sys.excepthook = hook
