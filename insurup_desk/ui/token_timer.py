"""Refreshes the access token before it runs out, driven by a QTimer on the GUI loop.

The refresh is due at 80 % of the token's lifetime. When the line is down the refresh is retried with a
growing pause; when the server refuses the refresh token, ``expired`` fires and the shell asks the
operator to sign in again over whatever is on screen.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from insurup_desk.api.errors import (
    ApiError,
    NetworkError,
    RateLimited,
    RequestTimeout,
    ServerError,
    SessionExpired,
    UpstreamFailure,
)
from insurup_desk.services.session import refresh_retry_delay

log = logging.getLogger(__name__)

_TRANSIENT = (NetworkError, RequestTimeout, ServerError, UpstreamFailure, RateLimited)


class Refreshable(Protocol):
    """What the timer needs from the session."""

    def refresh_delay(self) -> float | None: ...
    async def refresh(self) -> None: ...


class TokenRefreshTimer(QObject):
    refreshed = Signal()
    retrying = Signal(float)  # seconds until the next attempt
    expired = Signal()

    def __init__(
        self,
        session: Refreshable,
        *,
        retry_delay: Callable[[int], float] = refresh_retry_delay,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._retry_delay = retry_delay
        self._attempt = 0
        self._task: asyncio.Task[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    @property
    def is_active(self) -> bool:
        return self._timer.isActive() or (self._task is not None and not self._task.done())

    @property
    def failed_attempts(self) -> int:
        return self._attempt

    def remaining_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def start(self) -> None:
        """Plan the next refresh from the current token's lifetime."""
        self._attempt = 0
        delay = self._session.refresh_delay()
        if delay is None:
            self._timer.stop()
            return
        self._arm(delay)

    def stop(self) -> None:
        self._timer.stop()
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    def _arm(self, seconds: float) -> None:
        self._timer.start(max(0, int(seconds * 1000)))

    def _fire(self) -> None:
        if self._task is not None and not self._task.done():
            return
        self._task = asyncio.ensure_future(self._refresh())

    async def _refresh(self) -> None:
        try:
            await self._session.refresh()
        except SessionExpired:
            self._timer.stop()
            self.expired.emit()
            return
        except _TRANSIENT as exc:
            self._attempt += 1
            delay = self._retry_delay(self._attempt)
            if isinstance(exc, RateLimited) and exc.retry_after_s:
                delay = max(delay, exc.retry_after_s)
            log.info("token refresh failed (%s); retrying in %.0f s", type(exc).__name__, delay)
            self._arm(delay)
            self.retrying.emit(delay)
            return
        except ApiError:
            log.exception("token refresh failed unexpectedly")
            self._timer.stop()
            self.expired.emit()
            return
        self._attempt = 0
        next_due = self._session.refresh_delay()
        if next_due is not None:
            self._arm(next_due)
        self.refreshed.emit()
