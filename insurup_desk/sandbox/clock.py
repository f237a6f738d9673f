"""The sandbox's sense of time: real time by default; frozen and advanced by hand in tests."""

from __future__ import annotations

import datetime as dt
import threading
import time


class Clock:
    """Seconds on a monotonic scale plus a wall-clock view of the same instant."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._offset = 0.0
        self._frozen_at: float | None = None

    def now(self) -> float:
        with self._lock:
            base = self._frozen_at if self._frozen_at is not None else time.monotonic()
            return base + self._offset

    def utcnow(self) -> dt.datetime:
        with self._lock:
            skew = self._offset
            if self._frozen_at is not None:
                skew += self._frozen_at - time.monotonic()
        return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=skew)

    def freeze(self) -> None:
        with self._lock:
            if self._frozen_at is None:
                self._frozen_at = time.monotonic()

    def unfreeze(self) -> None:
        with self._lock:
            if self._frozen_at is not None:
                self._offset += self._frozen_at - time.monotonic()
                self._frozen_at = None

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += seconds

    @property
    def frozen(self) -> bool:
        return self._frozen_at is not None
