"""How the line to the API is doing, judged from the outcome of real requests.

Every request the app makes reports back here: a success with its duration, or a failure that means the
line is down (connection refused/dropped, timeout). The state is:

* ``OFFLINE`` after the last request failed at the network level,
* ``SLOW`` when the recent successful requests were slow (median over a short window),
* ``ONLINE`` otherwise.

Server errors (4xx/5xx) prove the line works, so they count as successes for this purpose.
"""

from __future__ import annotations

import enum
import statistics
import time
from collections import deque
from collections.abc import Callable

from insurup_desk.api import InsurUpClient


class LineState(enum.Enum):
    ONLINE = "online"
    SLOW = "slow"
    OFFLINE = "offline"


Listener = Callable[[LineState], None]


class ConnectivityMonitor:
    def __init__(
        self,
        *,
        slow_threshold_s: float = 2.0,
        window: int = 5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._slow_threshold_s = slow_threshold_s
        self._durations: deque[float] = deque(maxlen=window)
        self._clock = clock
        self._state = LineState.ONLINE
        self._listeners: list[Listener] = []
        self._last_success_at: float | None = None
        self._last_failure_at: float | None = None

    @property
    def state(self) -> LineState:
        return self._state

    @property
    def last_success_at(self) -> float | None:
        return self._last_success_at

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def record_success(self, duration_s: float) -> None:
        self._durations.append(max(0.0, duration_s))
        self._last_success_at = self._clock()
        slow = statistics.median(self._durations) > self._slow_threshold_s
        self._set(LineState.SLOW if slow else LineState.ONLINE)

    def record_failure(self) -> None:
        self._last_failure_at = self._clock()
        # Old timings say nothing about the line once it has come back.
        self._durations.clear()
        self._set(LineState.OFFLINE)

    def _set(self, state: LineState) -> None:
        if state is self._state:
            return
        self._state = state
        for listener in list(self._listeners):
            listener(state)


def observe_client(client: InsurUpClient, monitor: ConnectivityMonitor) -> None:
    """Feed ``monitor`` from every request ``client`` sends, whichever page sends it."""

    def observed(duration_s: float | None) -> None:
        if duration_s is None:
            monitor.record_failure()
        else:
            monitor.record_success(duration_s)

    client.add_request_observer(observed)
