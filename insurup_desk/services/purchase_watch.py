"""Purchases whose outcome is not known yet are checked until it is, and the outcome reaches the operator.

At start, after sign-in and on resume the open journal lines are reconciled before anything else. A sale the
operator left while its payment was in flight (or being checked) keeps being checked here in the background;
whatever is found — the policy, or proof that nothing was bought — is announced once (notice + pending page).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from insurup_desk.api.models import Policy

from .background import TaskKeeper
from .purchase_guard import PurchasesApi
from .purchase_journal import AsyncJournal, JournalEntry, JournalState
from .sale_payment import SalePayment

log = logging.getLogger(__name__)

Announce = Callable[[list["WatchedOutcome"]], None]
Listener = Callable[[], None]


@dataclass(frozen=True, slots=True)
class WatchedOutcome:
    entry: JournalEntry
    policy: Policy | None = None  # when the check that closed it carried the policy


class PurchaseWatch:
    def __init__(self, purchases: PurchasesApi, journal: AsyncJournal, *, interval_s: float = 20.0,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self._api = purchases
        self.journal = journal
        self.interval_s = interval_s
        self._sleep = sleep
        self._tracked: list[SalePayment] = []
        self._announcers: list[Announce] = []
        self._listeners: list[Listener] = []
        self._tasks = TaskKeeper()
        self._loop: asyncio.Task[None] | None = None
        self._policies: dict[int, Policy] = {}

    # --- wiring -------------------------------------------------------------------------------------
    def add_announcer(self, announce: Announce) -> None:
        self._announcers.append(announce)

    def remove_announcer(self, announce: Announce) -> None:
        if announce in self._announcers:
            self._announcers.remove(announce)

    def add_listener(self, listener: Listener) -> None:
        """Told whenever the journal may have changed (the pending page redraws)."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def track(self, payment: SalePayment) -> None:
        """A sale's payment: while it is on screen its page checks it; once left, the watch does."""
        if payment in self._tracked:
            return
        self._tracked.append(payment)
        payment.add_listener(self._payment_changed)

    # --- checking -----------------------------------------------------------------------------------
    async def reconcile_open(self) -> list[WatchedOutcome]:
        """Ask the server about every open line nobody on screen is checking; returns what is still to tell."""
        live = {p.entry.id for p in self._tracked if p.entry is not None and p.on_screen}
        for payment in [p for p in self._tracked if not p.on_screen]:
            task = payment.check_again()
            if task is not None:
                await asyncio.gather(task, return_exceptions=True)
        handled = {p.entry.id for p in self._tracked if p.entry is not None}
        for entry in await self.journal.open_entries():
            if entry.id in live or entry.id in handled:
                continue
            await self._reconcile(entry)
        self._changed()
        return await self.pending_announcements()

    async def _reconcile(self, entry: JournalEntry) -> None:
        try:
            answer = await self._api.reconcile(entry.proposal_id, entry.product_id)
        except Exception as exc:  # offline, refused, unreadable: nothing proven, the line stays open
            log.info("purchase on proposal %s still unknown: %s", entry.proposal_id, type(exc).__name__)
            return
        if answer.status == "PURCHASED":
            policy = answer.policy
            number = policy.insurance_company_policy_number if policy is not None else None
            if policy is not None:
                self._policies[entry.id] = policy
            await self.journal.close_entry(entry.id, JournalState.PURCHASED, policy_id=policy.id if policy else None,
                                           policy_number=str(number) if number else None, seen=False)
        elif answer.status == "NOT_PURCHASED":
            await self.journal.close_entry(entry.id, JournalState.NOT_PURCHASED, seen=False)

    async def pending_announcements(self) -> list[WatchedOutcome]:
        """Outcomes found while nobody was looking, plus lines still open (the operator must know of both)."""
        unseen = await self.journal.unseen()
        still_open = await self.journal.open_entries()
        live = {p.entry.id for p in self._tracked if p.entry is not None and p.on_screen}
        return [WatchedOutcome(e, self._policies.get(e.id)) for e in [*unseen, *still_open] if e.id not in live]

    async def announce(self) -> list[WatchedOutcome]:
        """Tell the operator (once) what was found; still-open lines are told each time they are asked for."""
        outcomes = await self.pending_announcements()
        if outcomes and self._announcers:
            for announce in list(self._announcers):
                announce(outcomes)
            for outcome in outcomes:
                if not outcome.entry.is_open:
                    await self.journal.mark_seen(outcome.entry.id)
            self._changed()
        return outcomes

    async def announce_after_reconcile(self) -> list[WatchedOutcome]:
        """At start and after sign-in: reconcile every open line, then tell the operator what is known."""
        await self.reconcile_open()
        return await self.announce()

    def start(self) -> None:
        """Keep checking in the background while any line is open."""
        if self._loop is None or self._loop.done():
            self._loop = self._tasks.start(self._keep_checking(), name="purchase-watch")

    async def _keep_checking(self) -> None:
        while True:
            await self._sleep(self.interval_s)
            if not await self.journal.open_entries():
                continue
            before = {e.id for e in await self.journal.open_entries()}
            await self.reconcile_open()
            after = {e.id for e in await self.journal.open_entries()}
            if before - after:
                await self._announce_closed()

    async def _announce_closed(self) -> None:
        unseen = [WatchedOutcome(e, self._policies.get(e.id)) for e in await self.journal.unseen()]
        if unseen and self._announcers:
            for announce in list(self._announcers):
                announce(unseen)
            for outcome in unseen:
                await self.journal.mark_seen(outcome.entry.id)
        self._changed()

    async def stop(self) -> None:
        await self._tasks.cancel_all()

    # --- plumbing -----------------------------------------------------------------------------------
    def _payment_changed(self, payment: SalePayment) -> None:
        self._changed()
        if payment.on_screen or payment.money_may_move or payment.entry is None or payment.entry.seen:
            return
        # A sale the operator left has its outcome now: say so.
        if payment.outcome.policy is not None and payment.entry is not None:
            self._policies[payment.entry.id] = payment.outcome.policy
        self._tasks.start(self._announce_closed(), name="purchase-announce")

    def _changed(self) -> None:
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:
                log.exception("purchase watch listener failed")
