"""Polls a proposal until every insurer has answered, quickly at first and slower later.

Pricing takes from under a second to several minutes per insurer. Early answers matter most to the
operator, so the first seconds are polled tightly; after that the interval grows, and after five minutes
the collector stops (the operator can still retry a single insurer, which restarts the fast phase).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Final

from insurup_desk.api.errors import ApiError, Forbidden, NotFound, SessionExpired, Unauthorized
from insurup_desk.api.models import Proposal

WAITING: Final = "WAITING"
# Errors after which polling is pointless until the operator does something.
_FATAL = (SessionExpired, Unauthorized, Forbidden, NotFound)


@dataclass(frozen=True, slots=True)
class PollSchedule:
    fast_s: float = 0.25
    fast_for_s: float = 15.0
    medium_s: float = 1.0
    medium_for_s: float = 60.0
    slow_s: float = 3.0
    give_up_after_s: float = 300.0
    error_backoff_s: float = 2.0

    def interval(self, elapsed_s: float) -> float:
        if elapsed_s < self.fast_for_s:
            return self.fast_s
        if elapsed_s < self.medium_for_s:
            return self.medium_s
        return self.slow_s


def waiting_count(proposal: Proposal) -> int:
    return sum(1 for p in proposal.products if p.state == WAITING)


def is_settled(proposal: Proposal) -> bool:
    # A proposal with no products yet has not really started pricing.
    return bool(proposal.products) and waiting_count(proposal) == 0


class QuoteCollector:
    """Runs the polling loop as one task; reports every fresh proposal through ``on_update``."""

    def __init__(
        self,
        fetch: Callable[[str], Awaitable[Proposal]],
        proposal_id: str,
        on_update: Callable[[Proposal], None],
        on_error: Callable[[ApiError], None] | None = None,
        *,
        schedule: PollSchedule | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self.proposal_id = proposal_id
        self._on_update = on_update
        self._on_error = on_error
        self._schedule = schedule or PollSchedule()
        self._clock = clock
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._phase_started = clock()
        self.latest: Proposal | None = None
        self.polls = 0
        self.timed_out = False
        self.stopped_by_error: ApiError | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        if self.running:
            return
        self._phase_started = self._clock()
        self.timed_out = False
        self.stopped_by_error = None
        self._task = asyncio.ensure_future(self._run())

    def poke(self) -> None:
        """Something changed on the server (e.g. a retry): poll now and go back to the fast phase."""
        self._phase_started = self._clock()
        if self.running:
            self._wake.set()
        else:
            self.start()

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def cancel(self) -> None:
        """Synchronous stop for widget teardown."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    async def wait(self) -> None:
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(self._task)

    async def _run(self) -> None:
        while True:
            self._wake.clear()
            delay = self._schedule.interval(self._clock() - self._phase_started)
            try:
                proposal = await self._fetch(self.proposal_id)
            except _FATAL as exc:
                self.stopped_by_error = exc
                self._report(exc)
                return
            except ApiError as exc:
                # The line is flaky: keep trying, but do not hammer it.
                self._report(exc)
                delay = max(delay, self._schedule.error_backoff_s)
            else:
                self.polls += 1
                self.latest = proposal
                self._on_update(proposal)
                if is_settled(proposal):
                    return
            if self._clock() - self._phase_started >= self._schedule.give_up_after_s:
                self.timed_out = True
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)

    def _report(self, exc: ApiError) -> None:
        if self._on_error is not None:
            self._on_error(exc)
