"""Gathers a proposal's quotes: live from the hub when it is there, by REST polling always as the safety net.

Pricing takes from under a second to several minutes per insurer. With the hub connected each answer is
applied the moment its event arrives and one slow REST poll catches anything an event missed. Without the hub
(refused, dropped, never offered) the collector polls quickly at first and slower later, as it always did;
after five minutes it stops (the operator can still retry a single insurer, which restarts the fast phase).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Final, Literal

from insurup_desk.api.errors import ApiError, Forbidden, NotFound, SessionExpired, Unauthorized
from insurup_desk.api.hub import HubStatus
from insurup_desk.api.models import Proposal
from insurup_desk.api.models.hub_events import HubEvent

from .live_quotes import LiveFeed, LiveSubscription, apply_event

WAITING: Final = "WAITING"
# Errors after which polling is pointless until the operator does something.
_FATAL = (SessionExpired, Unauthorized, Forbidden, NotFound)

Mode = Literal["live", "poll"]


@dataclass(frozen=True, slots=True)
class PollSchedule:
    fast_s: float = 0.25
    fast_for_s: float = 15.0
    medium_s: float = 1.0
    medium_for_s: float = 60.0
    slow_s: float = 3.0
    give_up_after_s: float = 300.0
    error_backoff_s: float = 2.0
    #: The safety-net poll while hub events are flowing.
    live_s: float = 5.0

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
    """Runs the polling loop as one task and listens to hub events; reports every fresh proposal through
    ``on_update`` and every switch between live and polling through ``on_mode``."""

    def __init__(
        self,
        fetch: Callable[[str], Awaitable[Proposal]],
        proposal_id: str,
        on_update: Callable[[Proposal], None],
        on_error: Callable[[ApiError], None] | None = None,
        *,
        schedule: PollSchedule | None = None,
        clock: Callable[[], float] = time.monotonic,
        live: LiveFeed | None = None,
        on_mode: Callable[[Mode], None] | None = None,
    ) -> None:
        self._fetch = fetch
        self.proposal_id = proposal_id
        self._on_update = on_update
        self._on_error = on_error
        self._schedule = schedule or PollSchedule()
        self._clock = clock
        self._live = live
        self._on_mode = on_mode
        self._subscription: LiveSubscription | None = None
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._phase_started = clock()
        # When each product last changed by an event: an older REST answer must not undo it.
        self._event_at: dict[str, float] = {}
        self._live_since: float | None = None
        self._caught_up = False
        self.latest: Proposal | None = None
        self.polls = 0
        self.events = 0
        self.timed_out = False
        self.stopped_by_error: ApiError | None = None
        self.mode: Mode = "poll"

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        if self.running:
            return
        self._phase_started = self._clock()
        self.timed_out = False
        self.stopped_by_error = None
        if self._live is not None and self._subscription is None:
            self._subscription = self._live.subscribe(self.proposal_id, self._on_event, self._on_status)
            self._on_status(self._live.status)
        self._task = asyncio.ensure_future(self._run())

    def poke(self) -> None:
        """Something changed on the server (e.g. a retry): poll now and go back to the fast phase."""
        self._phase_started = self._clock()
        if self.running:
            self._wake.set()
        else:
            self.start()

    async def stop(self) -> None:
        self._unsubscribe()
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def cancel(self) -> None:
        """Synchronous stop for widget teardown."""
        self._unsubscribe()
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    async def wait(self) -> None:
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(self._task)

    def _unsubscribe(self) -> None:
        subscription, self._subscription = self._subscription, None
        if subscription is not None:
            subscription.close()

    # --- hub ---------------------------------------------------------------------------------------

    def _on_status(self, status: HubStatus) -> None:
        mode: Mode = "live" if status is HubStatus.LIVE else "poll"
        if mode == "live" and self.mode != "live":
            # Registered just now: whatever changed before that is only in REST, so read it once more.
            self._live_since = self._clock()
            self._caught_up = False
        if mode != self.mode:
            self.mode = mode
            if self._on_mode is not None:
                self._on_mode(mode)
            self._wake.set()

    def _on_event(self, event: HubEvent) -> None:
        base = self.latest or Proposal(proposal_id=self.proposal_id)
        self.latest = apply_event(base, event)
        self.events += 1
        self._event_at[event.product_id] = self._clock()
        self._on_update(self.latest)
        # Until REST has listed every product, a proposal built from events alone only looks complete.
        if self.polls and is_settled(self.latest) and self.running:
            self._wake.set()  # one REST read confirms the end, then the loop stops

    def _merge(self, fresh: Proposal, asked_at: float) -> Proposal:
        """The REST answer, except products an event changed after the request left."""
        if self.latest is None or not self._event_at:
            return fresh
        newer = {pid for pid, at in self._event_at.items() if at > asked_at}
        if not newer:
            return fresh
        products = [self.latest.product(p.id) or p if p.id in newer else p for p in fresh.products]
        return fresh.model_copy(update={"products": products})

    # --- polling -----------------------------------------------------------------------------------

    def _delay(self) -> float:
        if self.mode == "live" and self._caught_up:
            return self._schedule.live_s
        if self.mode == "live":
            return 0.0
        return self._schedule.interval(self._clock() - self._phase_started)

    async def _run(self) -> None:
        while True:
            self._wake.clear()
            asked_at = self._clock()
            try:
                proposal = await self._fetch(self.proposal_id)
            except _FATAL as exc:
                self.stopped_by_error = exc
                self._report(exc)
                return
            except ApiError as exc:
                # The line is flaky: keep trying, but do not hammer it.
                self._report(exc)
                delay = max(self._delay(), self._schedule.error_backoff_s)
            else:
                self.polls += 1
                if self._live_since is not None and asked_at >= self._live_since:
                    self._caught_up = True
                self.latest = self._merge(proposal, asked_at)
                self._on_update(self.latest)
                if is_settled(self.latest):
                    return
                delay = self._delay()
            if self._clock() - self._phase_started >= self._schedule.give_up_after_s:
                self.timed_out = True
                return
            if delay > 0 and not self._wake.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=delay)

    def _report(self, exc: ApiError) -> None:
        if self._on_error is not None:
            self._on_error(exc)
