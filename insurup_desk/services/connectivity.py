"""How the line to the API is doing, judged from the outcome of real requests.

Every request the app makes reports back here: a success with its duration, or a failure that means the
line is down (connection refused/dropped, timeout). The state is:

* ``OFFLINE`` after the last request failed at the network level,
* ``SLOW`` when the recent successful requests were slow (median over a short window),
* ``ONLINE`` otherwise.

Server errors (4xx/5xx) prove the line works, so they count as successes for this purpose.

While the line is down nothing else would notice its return, so :class:`LineProbe` asks the server a cheap
question every 5 s, then 10, 20, 40 and at most every 60 s, and stops as soon as the line is back.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import statistics
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence

from insurup_desk.api import InsurUpClient
from insurup_desk.api.errors import ApiError, NetworkError, RequestTimeout

log = logging.getLogger(__name__)


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
        self._check_handlers: list[Callable[[], None]] = []
        self._last_failure_at: float | None = None

    @property
    def state(self) -> LineState:
        return self._state

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def add_check_handler(self, handler: Callable[[], None]) -> None:
        """``handler()`` is called when someone wants the line checked now (see :meth:`request_check`)."""
        self._check_handlers.append(handler)

    def remove_check_handler(self, handler: Callable[[], None]) -> None:
        if handler in self._check_handlers:
            self._check_handlers.remove(handler)

    def request_check(self) -> None:
        """Ask for a prompt probe (the operator pressed F5 on cached data, for instance)."""
        for handler in list(self._check_handlers):
            handler()

    def record_success(self, duration_s: float) -> None:
        self._durations.append(max(0.0, duration_s))
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


Check = Callable[[], Awaitable[None]]
Sleep = Callable[[float], Awaitable[None]]
PROBE_INTERVALS_S: tuple[float, ...] = (5.0, 10.0, 20.0, 40.0, 60.0)


class LineProbe:
    """Probes the server while the monitor says OFFLINE, backing off, until a probe gets through.

    ``check()`` returns when the server answered (any HTTP answer counts) and raises when the line is down.
    ``sleep`` and ``intervals`` are injectable so tests run the whole schedule at once.
    """

    def __init__(
        self,
        monitor: ConnectivityMonitor,
        check: Check,
        *,
        intervals: Sequence[float] = PROBE_INTERVALS_S,
        sleep: Sleep = asyncio.sleep,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        if not intervals:
            raise ValueError("intervals must not be empty")
        self._monitor = monitor
        self._check = check
        self._intervals = tuple(intervals)
        self._sleep = sleep
        self._clock = clock
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self.attempts = 0  # probes sent since the line last went down
        self.waits: list[float] = []  # the pauses taken, in order (for the status bar's tooltip and tests)
        monitor.add_listener(self._on_state)
        monitor.add_check_handler(self.check_now)
        if monitor.state is LineState.OFFLINE:
            self._start()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def check_now(self) -> None:
        """Cut the current pause short (no effect while the line is up)."""
        if self.running:
            self._wake.set()

    def close(self) -> None:
        self._monitor.remove_listener(self._on_state)
        self._monitor.remove_check_handler(self.check_now)
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _on_state(self, state: LineState) -> None:
        if state is LineState.OFFLINE:
            self._start()
        elif self._task is not None:
            self._task.cancel()
            self._task = None

    def _start(self) -> None:
        if self.running:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop yet: the next request outcome on a running loop starts it
        self.attempts = 0
        self.waits = []
        self._wake = asyncio.Event()
        self._task = asyncio.ensure_future(self._run())

    async def _pause(self, seconds: float) -> None:
        self.waits.append(seconds)
        sleeper = asyncio.ensure_future(self._sleep(seconds))
        waker = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            sleeper.cancel()
            waker.cancel()
        self._wake.clear()

    async def _run(self) -> None:
        step = 0
        while self._offline():
            await self._pause(self._intervals[min(step, len(self._intervals) - 1)])
            step += 1
            if not self._offline():
                break  # a real request got through meanwhile
            self.attempts += 1
            started = self._clock()
            try:
                await self._check()
            except (NetworkError, RequestTimeout, OSError):
                self._monitor.record_failure()
                continue
            except ApiError:
                pass  # the server answered (even with an error): the line works
            except Exception:
                log.warning("line probe failed unexpectedly", exc_info=True)
                continue
            if self._offline():
                self._monitor.record_success(self._clock() - started)

    def _offline(self) -> bool:
        return self._monitor.state is LineState.OFFLINE


def client_check(client: InsurUpClient) -> Check:
    """A cheap, anonymous, never-retried GET: the GraphQL schema (the server answers it without a token)."""
    url = client.config.graphql.rstrip("/") + "/schema"

    async def check() -> None:
        await client.session.request("GET", url, auth=False, idempotent=False, accept="*/*")

    return check
