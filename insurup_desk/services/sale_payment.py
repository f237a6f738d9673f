"""The payment of the chosen offer in one sale: the state machine the payment page only draws.

idle → confirming → paying → (purchased | declined/failed → idle | outcome unknown → checking → …).
The purchase runs as a task owned by this object, not by a widget: when the operator leaves the screen (or the
window is rebuilt) the request and the checks that follow carry on, and their outcome still reaches the
operator through the journal watch. Before the request leaves, the journal line is on disk.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import Final

from insurup_desk.api.errors import ApiError
from insurup_desk.api.models import CardDetails
from insurup_desk.api.models.hub_events import HubEvent

from .background import TaskKeeper
from .live_quotes import LiveFeed, LiveSubscription
from .purchase_guard import PurchaseGuard, PurchaseOutcome, PurchasesApi, PurchaseState
from .purchase_journal import AsyncJournal, JournalEntry, JournalError, JournalState

log = logging.getLogger(__name__)

CARD: Final = "SYNC_CREDIT_CARD"
OPEN_ACCOUNT: Final = "SYNC_OPEN_ACCOUNT"
METHODS: Final = (CARD, OPEN_ACCOUNT)


class PaymentStep(StrEnum):
    """What the operator sees (and may do) now."""

    FORM = "form"  # choose a method, type the card
    CONFIRMING = "confirming"  # the amount and the card, one last look
    PAYING = "paying"  # the request is out
    CHECKING = "checking"  # the answer was lost: asking the insurer, or waiting to ask again
    PURCHASED = "purchased"


class PaymentRefused(RuntimeError):
    """An intent the current state does not allow (e.g. paying twice, paying without confirming)."""


Listener = Callable[["SalePayment"], None]


async def _nothing_to_wait_for() -> None:
    return None


class SalePayment:
    """One offer (proposal product, plan) of one sale, paid at most once."""

    def __init__(
        self,
        purchases: PurchasesApi,
        journal: AsyncJournal,
        proposal_id: str,
        product_id: str,
        installment: int,
        *,
        before_send: Callable[[], Awaitable[None]] = _nothing_to_wait_for,
        guard: PurchaseGuard | None = None,
        live: LiveFeed | None = None,
    ) -> None:
        self.proposal_id = proposal_id
        self.product_id = product_id
        self.installment = installment
        self.guard = guard or PurchaseGuard(purchases, proposal_id)
        self._journal = journal
        self._before_send = before_send
        self._tasks = TaskKeeper()
        self._listeners: list[Listener] = []
        self._confirming = False
        self._sending = False  # from the confirmed intent until the purchase call has answered (or failed)
        self.entry: JournalEntry | None = None
        self.options: tuple[str, ...] = ()
        self.method: str | None = None
        self.error: ApiError | None = None  # why the last attempt did not go through, for the operator
        self.journal_failed = False
        # False once the operator has left this sale: an outcome found later is announced, not drawn.
        self.on_screen = True
        # Hub events are extra evidence while an answer is lost (REST still confirms what they say).
        self._live: LiveSubscription | None = live.subscribe(proposal_id, self._hub_event) if live else None

    # --- reading ------------------------------------------------------------------------------------
    @property
    def state(self) -> PurchaseState:
        return PurchaseState.PAYING if self._sending else self.guard.state

    @property
    def outcome(self) -> PurchaseOutcome:
        return self.guard.outcome

    @property
    def step(self) -> PaymentStep:
        state = self.state
        if state is PurchaseState.PURCHASED and self.guard.outcome.unconfirmed:
            # Bought on the hub's word: payment is blocked, and the policy is shown once REST confirms it.
            return PaymentStep.CHECKING
        if state is PurchaseState.PURCHASED:
            return PaymentStep.PURCHASED
        if state is PurchaseState.PAYING:
            return PaymentStep.PAYING
        if state in (PurchaseState.UNKNOWN, PurchaseState.CHECKING, PurchaseState.PROCESSING):
            return PaymentStep.CHECKING
        return PaymentStep.CONFIRMING if self._confirming else PaymentStep.FORM

    @property
    def money_may_move(self) -> bool:
        """Paying, or the answer is not known yet: nothing else may start without the operator knowing."""
        return self.state in (PurchaseState.PAYING, PurchaseState.UNKNOWN, PurchaseState.CHECKING,
                              PurchaseState.PROCESSING)

    @property
    def checking_now(self) -> bool:
        return self.state is PurchaseState.CHECKING

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # --- restoring ----------------------------------------------------------------------------------
    async def restore(self, pending_in_autosave: bool) -> None:
        """Pick up what the journal (or, for sales saved before it existed, the autosave) knows."""
        entry = await self._journal.latest_for(self.proposal_id, self.product_id)
        if entry is not None and entry.state is JournalState.PURCHASED:
            self.entry = entry
            self.guard.restore_purchased(self.product_id, entry.policy_id, entry.policy_number)
        elif (entry is not None and entry.is_open) or (entry is None and pending_in_autosave):
            self.entry = entry
            self.guard.restore_pending(self.product_id)
        self._notify()

    # --- intents ------------------------------------------------------------------------------------
    def offer_loaded(self, supported: tuple[str, ...]) -> None:
        """The offer's payment options are known: card first, open account when card is not offered."""
        self.options = tuple(o for o in supported if o in METHODS)
        if self.method not in self.options:
            self.method = CARD if CARD in self.options else (self.options[0] if self.options else None)
        self._notify()

    def choose(self, method: str) -> None:
        if method not in self.options:
            raise PaymentRefused(f"{method} is not offered for this product")
        if self.step is not PaymentStep.FORM:
            raise PaymentRefused("the method is chosen on the form")
        self.method = method
        self._notify()

    def confirm(self) -> None:
        if self.step is not PaymentStep.FORM or not self.guard.may_pay or self.method is None:
            raise PaymentRefused(f"cannot confirm while {self.state.value}")
        self._confirming = True
        self.error = None
        self._notify()

    def back_to_form(self) -> None:
        if self.step is PaymentStep.CONFIRMING:
            self._confirming = False
            self._notify()

    def pay(self, card: CardDetails | None, metadata: dict[str, str] | None = None) -> asyncio.Task[None]:
        """Send the confirmed purchase. The card (for a card payment) lives only in this call; ``metadata`` (the
        sale's campaign tag) goes with this one request and is never sent again by a check that follows."""
        if self.step is not PaymentStep.CONFIRMING:
            raise PaymentRefused(f"pay needs a confirmation first (now {self.step.value})")
        if (card is None) != (self.method != CARD):
            raise PaymentRefused("a card payment needs the card, an open-account payment none")
        self._confirming = False
        self._sending = True
        self.error = None
        self._notify()
        return self._tasks.start(self._pay(card, metadata), name=f"purchase-{self.proposal_id}")

    def check_again(self) -> asyncio.Task[None] | None:
        if not self.guard.needs_reconcile:
            return None
        return self._tasks.start(self._check(), name=f"purchase-check-{self.proposal_id}")

    def left_by_operator(self) -> None:
        """The sale leaves the screen; its request and checks carry on, their outcome is announced."""
        self.on_screen = False

    async def wait(self) -> None:
        """Until the work started so far has ended (tests and shutdown)."""
        await self._tasks.wait_all()

    async def cancel(self) -> None:
        self._stop_listening()
        await self._tasks.cancel_all()

    def _hub_event(self, event: HubEvent) -> None:
        if self.guard.hub_event(event):
            self._notify()
            self.check_again()

    def _stop_listening(self) -> None:
        live, self._live = self._live, None
        if live is not None:
            live.close()

    # --- the work -----------------------------------------------------------------------------------
    async def _pay(self, card: CardDetails | None, metadata: dict[str, str] | None) -> None:
        try:
            try:
                # Written ahead: if the desk dies from here on, the next start knows to ask the server first.
                self.entry = await self._journal.begin(self.proposal_id, self.product_id, self.installment,
                                                       self.method or "")
            except JournalError:
                log.exception("purchase journal could not be written; the purchase was not sent")
                self.journal_failed = True
                self._sending = False
                self._notify()
                return
            await self._before_send()
            self.journal_failed = False
            if card is not None:
                outcome = await self.guard.pay_by_card(self.product_id, self.installment, card,
                                                       metadata=dict(metadata) if metadata else None)
            else:
                outcome = await self.guard.pay_open_account(self.product_id, self.installment,
                                                            metadata=dict(metadata) if metadata else None)
        finally:
            self._sending = False
        await self._settle(outcome)

    async def _check(self) -> None:
        checking = asyncio.ensure_future(self.guard.reconcile())
        await asyncio.sleep(0)  # the guard says "checking" as soon as it starts: draw that
        self._notify()
        await self._settle(await checking, after_check=True)

    async def _settle(self, outcome: PurchaseOutcome, *, after_check: bool = False) -> None:
        state = outcome.state
        if state is PurchaseState.PURCHASED and outcome.unconfirmed:
            # Bought on the hub's word: the journal stays open until REST confirms it.
            self._notify()
            if not after_check:
                await self._check()
            return
        if state is PurchaseState.PURCHASED:
            await self._close(JournalState.PURCHASED, outcome.policy_id, outcome.policy_number)
        elif state in (PurchaseState.DECLINED, PurchaseState.FAILED):
            self.error = outcome.error
            await self._close(JournalState.NOT_PURCHASED)
        elif state is PurchaseState.UNKNOWN and not after_check:
            # A lost answer is checked at once, never paid again.
            self._notify()
            await self._check()
            return
        else:
            self.error = outcome.error
        self._notify()

    async def _close(self, state: JournalState, policy_id: str | None = None, policy_number: str | None = None) -> None:
        if state is JournalState.PURCHASED:
            self._stop_listening()
        if self.entry is None or not self.entry.is_open:
            return
        entry_id = self.entry.id
        await self._journal.close_entry(entry_id, state, policy_id=policy_id, policy_number=policy_number,
                                        seen=self.on_screen)
        self.entry = await self._journal.get(entry_id) or self.entry

    def _notify(self) -> None:
        for listener in list(self._listeners):
            try:
                listener(self)
            except Exception:  # one broken drawing must not stop the payment's own bookkeeping
                log.exception("payment listener failed")
