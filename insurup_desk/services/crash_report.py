"""Crash reports an operator can read before handing them to support.

A report holds what support needs (version, OS, Qt/PySide versions, where it happened, the traceback, the last
log lines) and nothing it must not: the whole text goes through the same redaction as the log, so card data,
tokens, passwords and identity numbers are masked before the operator (or anybody) sees it. Reports are kept in
the logs folder; sending them to an upload URL is off unless the settings name one.
"""

from __future__ import annotations

import contextlib
import logging
import platform
import traceback
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import httpx

from insurup_desk import APP_NAME, __version__
from insurup_desk.api.redaction import redact

log = logging.getLogger(__name__)

LOG_LINES = 200
UPLOAD_TIMEOUT_S = 15.0
REPORT_PREFIX = "crash-"


@dataclass(frozen=True, slots=True)
class CrashReport:
    text: str  # redacted, ready to show, copy, save or send
    kind: str  # the exception's type name (or "QtFatal"), for the one-sentence summary
    created: datetime


def toolkit_versions() -> str:
    try:
        from PySide6 import __version__ as pyside
        from PySide6.QtCore import qVersion
    except ImportError:  # pragma: no cover - the desk always has Qt; a report must not fail for want of it
        return "Qt ?"
    return f"Qt {qVersion()}, PySide6 {pyside}"


def last_log_lines(log_file: Path, count: int = LOG_LINES) -> list[str]:
    try:
        with log_file.open(encoding="utf-8", errors="replace") as handle:
            return [line.rstrip("\n") for line in deque(handle, maxlen=count)]
    except OSError:
        return []


def build_report(
    kind: type[BaseException] | None,
    value: BaseException | str,
    tb: TracebackType | None,
    *,
    where: str,
    log_file: Path,
    now: datetime | None = None,
) -> CrashReport:
    """Everything is redacted, the traceback and the log tail included (the log is masked already; a line from
    before a secret was registered is masked again here)."""
    created = now or datetime.now(UTC)
    if isinstance(value, BaseException):
        trace = "".join(traceback.format_exception(kind or type(value), value, tb))
        name = (kind or type(value)).__name__
    else:
        trace, name = value, "QtFatal"
    lines = [
        f"{APP_NAME} {__version__} crash report",
        # Not ISO's "03T12": the plate pattern of the redaction would read "03 T 12" in it.
        f"time: {created.strftime('%Y-%m-%d %H:%M:%S %Z')}",
        f"where: {where}",
        f"os: {platform.platform()}",
        f"python: {platform.python_version()}",
        f"toolkit: {toolkit_versions()}",
        "",
        "traceback:",
        trace.rstrip(),
        "",
        f"last {LOG_LINES} log lines:",
        *last_log_lines(log_file),
    ]
    return CrashReport(redact("\n".join(lines)) + "\n", name, created)


def keep_report(report: CrashReport, log_dir: Path) -> Path | None:
    """Save the report next to the log; None if the folder cannot be written (the dialog still shows it)."""
    stamp = report.created.strftime("%Y%m%d-%H%M%S")
    path = log_dir / f"{REPORT_PREFIX}{stamp}.txt"
    suffix = 1
    while path.exists():
        suffix += 1
        path = log_dir / f"{REPORT_PREFIX}{stamp}-{suffix}.txt"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(report.text, encoding="utf-8")
    except OSError:
        log.exception("could not keep the crash report")
        return None
    return path


def upload_report(report: CrashReport, url: str, *, transport: httpx.BaseTransport | None = None) -> bool:
    """POST the (redacted) report as text; blocking. False, logged, when it did not get through."""
    with contextlib.ExitStack() as stack:
        client = stack.enter_context(httpx.Client(timeout=UPLOAD_TIMEOUT_S, transport=transport))
        try:
            response = client.post(url, content=report.text.encode("utf-8"),
                                   headers={"Content-Type": "text/plain; charset=utf-8"})
        except httpx.HTTPError as exc:
            log.warning("crash report upload failed: %s", type(exc).__name__)
            return False
        if response.status_code >= 300:
            log.warning("crash report upload refused: HTTP %s", response.status_code)
            return False
    return True
