"""The waits a call sits through before retrying (``Retry-After``, backoff), made visible and cancellable.

A retry that waits a minute in silence looks like a hung desk. The session announces every wait here; the UI
subscribes, shows "route, N seconds left" with a countdown and lets the operator give up, which ends the call
at once with the error that caused the wait. One announcer per process (``WAITS``) unless a test brings its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

Sleep = Callable[[float], Awaitable[None]]
WaitListener = Callable[["Wait", bool], None]

_ids = itertools.count(1)


@dataclass(eq=False)
class Wait:
    """One wait in progress: which call, how long, and a way to stop it."""

    route: str
    seconds: float
    started: float
    clock: Callable[[], float] = field(repr=False)
    id: int = field(default_factory=lambda: next(_ids))
    cancelled: bool = False
    _event: asyncio.Event = field(default_factory=asyncio.Event, repr=False)

    def seconds_left(self) -> float:
        return max(0.0, self.started + self.seconds - self.clock())

    def cancel(self) -> None:
        self.cancelled = True
        self._event.set()


class WaitAnnouncer:
    """Tells listeners ``(wait, active)`` when a wait starts (True) and when it ends (False)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._listeners: list[WaitListener] = []
        self.active: list[Wait] = []

    def subscribe(self, listener: WaitListener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def cancel_all(self) -> None:
        for wait in list(self.active):
            wait.cancel()

    def _tell(self, wait: Wait, active: bool) -> None:
        for listener in list(self._listeners):
            listener(wait, active)

    async def wait(self, route: str, seconds: float, sleep: Sleep) -> bool:
        """Sleep ``seconds`` with ``sleep``; False when the operator cancelled the wait first."""
        wait = Wait(route=route, seconds=seconds, started=self._clock(), clock=self._clock)
        self.active.append(wait)
        self._tell(wait, True)
        sleeper = asyncio.ensure_future(sleep(seconds))
        stopper = asyncio.ensure_future(wait._event.wait())
        try:
            await asyncio.wait({sleeper, stopper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            sleeper.cancel()
            stopper.cancel()
            with contextlib.suppress(ValueError):
                self.active.remove(wait)
            self._tell(wait, False)
        return not wait.cancelled


#: The process-wide announcer the desk's sessions report to.
WAITS = WaitAnnouncer()
