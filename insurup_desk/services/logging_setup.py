"""The app's log: a rotating file in the user's log folder, every line passed through the redactor."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from types import TracebackType

from insurup_desk.api.redaction import LibraryLevelFilter, RedactingFilter

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_HANDLER_NAME = "insurup-desk-file"
_CONSOLE_NAME = "insurup-desk-console"

#: Libraries that log call arguments, URLs, headers or credentials below WARNING. They are held at WARNING even
#: with ``--debug``; the handlers' ``LibraryLevelFilter`` holds every other library there too.
QUIET_LIBRARIES = ("qasync", "httpx", "httpcore", "h11", "keyring", "uvicorn", "uvicorn.access", "uvicorn.error",
                   "asyncio", "starlette", "hpack", "urllib3")


def configure_logging(
    log_file: Path, *, level: int = logging.INFO, console: bool = False, library_level: int = logging.WARNING
) -> logging.Handler:
    """Attach the rotating file handler (once) to the root logger and return it.

    ``level`` is the app's own level; third-party loggers stay at ``library_level`` (WARNING unless the
    operator asked for ``--debug-libraries``). Every line is redacted either way. Calling it again adds no
    handler; the levels of the last call apply to the handlers already attached as well.
    """
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    handler = _named_handler(root, _HANDLER_NAME)
    if handler is None:
        handler = _prepare(
            logging.handlers.RotatingFileHandler(
                log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8", delay=True
            ),
            _HANDLER_NAME,
        )
        root.addHandler(handler)
    if console and _named_handler(root, _CONSOLE_NAME) is None:
        root.addHandler(_prepare(logging.StreamHandler(sys.stderr), _CONSOLE_NAME))
    for ours in (h for h in root.handlers if h.get_name() in (_HANDLER_NAME, _CONSOLE_NAME)):
        # A later call asking for quieter libraries must not leave an earlier call's looser cap on a handler.
        for cap in (f for f in ours.filters if isinstance(f, LibraryLevelFilter)):
            cap.level = library_level
    root.setLevel(level)
    for name in QUIET_LIBRARIES:
        # Set on the logger as well as filtered at the handler: the record (and the repr of its arguments)
        # is then never even built.
        logging.getLogger(name).setLevel(library_level)
    return handler


def _prepare(handler: logging.Handler, name: str) -> logging.Handler:
    handler.set_name(name)
    handler.setFormatter(logging.Formatter(_FORMAT))
    # Both filters sit on the handler, so they see records from every logger, libraries' ones included.
    handler.addFilter(LibraryLevelFilter())  # its level is set by configure_logging, on every call
    handler.addFilter(RedactingFilter())
    return handler


def _named_handler(root: logging.Logger, name: str) -> logging.Handler | None:
    return next((h for h in root.handlers if h.get_name() == name), None)


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
