"""The deviations log: every request that departs from the reference's "treat as current" shape.

A departure the reference rules out is *refused* (problem details, §13) and logged; one the reference says the
sandbox accepts in both spellings is served and logged as a *note*. The log is read through
``GET /_sandbox/deviations`` (JSON, or JSON lines with ``?format=jsonl``) and, when ``SandboxConfig.deviations_file``
is set, appended to that file as JSON lines as it happens, so a test session can collect it from every sandbox it
starts, including those in child processes.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from starlette.requests import HTTPConnection

from .problems import Problem, field_error

# Environment variable naming a JSON lines file every sandbox in this process tree appends its deviations to.
DEVIATIONS_ENV = "INSURUP_SANDBOX_DEVIATIONS"
Kind = Literal["refused", "note"]


@dataclass(frozen=True)
class Deviation:
    kind: Kind
    rule: str  # a short stable name, e.g. "enum-casing"
    reference: str  # where the reference rules on it, e.g. "§16 #24"
    detail: str
    method: str
    path: str
    user_agent: str
    at: float

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class DeviationLog:
    def __init__(self, file: str | None = None) -> None:
        self.file = file
        self._entries: list[Deviation] = []
        self._lock = threading.Lock()

    def record(self, conn: HTTPConnection | None, kind: Kind, rule: str, reference: str, detail: str) -> Deviation:
        entry = Deviation(
            kind=kind, rule=rule, reference=reference, detail=detail,
            method=conn.scope.get("method", "") if conn is not None else "",
            path=conn.url.path if conn is not None else "",
            user_agent=conn.headers.get("user-agent", "") if conn is not None else "",
            at=time.time(),
        )
        line = json.dumps(entry.to_json(), ensure_ascii=False)
        with self._lock:
            self._entries.append(entry)
            if self.file:
                # One short write per line in append mode: lines from several processes do not interleave.
                with open(self.file, "a", encoding="utf-8") as fh:
                    fh.write(line + "\n")
        return entry

    def entries(self) -> list[Deviation]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def jsonl(self) -> str:
        return "".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in self.entries())


def default_file() -> str | None:
    return os.environ.get(DEVIATIONS_ENV) or None


def _log(conn: HTTPConnection) -> DeviationLog:
    log: DeviationLog = conn.app.state.sandbox.deviations
    return log


def refuse(
    conn: HTTPConnection,
    rule: str,
    reference: str,
    detail: str,
    *,
    status: int = 400,
    code: str = "CONTRACT_VIOLATION",
    errors: Sequence[Mapping[str, Any]] = (),
    headers: Mapping[str, str] | None = None,
) -> Problem:
    """Log a refused departure and return the problem to raise."""
    _log(conn).record(conn, "refused", rule, reference, detail)
    slug = {400: "bad-request", 405: "method-not-allowed", 415: "unsupported-media-type"}.get(status,
                                                                                               "input-validation")
    return Problem(status, slug, detail, codes=[code], validation_errors=errors, headers=headers,
                   suggestions=["İsteği başvuru belgesindeki güncel biçimde gönderin."])


def refuse_field(conn: HTTPConnection, rule: str, reference: str, prop: str, detail: str, attempted: Any,
                 code: str = "CONTRACT_VIOLATION") -> Problem:
    """A refused body property: 422 input-validation naming the property."""
    return refuse(conn, rule, reference, detail, status=422, code=code,
                  errors=[field_error(prop, detail, attempted)])


def note(conn: HTTPConnection, rule: str, reference: str, detail: str) -> None:
    """Log an accepted alternative spelling."""
    _log(conn).record(conn, "note", rule, reference, detail)
