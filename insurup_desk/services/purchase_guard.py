"""One purchase per proposal, never two: the state machine around ``purchase/sync``.

A purchase is never retried automatically. When the answer is lost (timeout, dropped line) the sale is in
"outcome unknown": the guard refuses any further payment on that proposal until reconciliation says the
policy was NOT bought. A decline is a normal answer and the operator may try again (e.g. another card).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from insurup_desk.api.errors import ApiError, PurchaseOutcomeUnknown
from insurup_desk.api.models import CardDetails, Policy, PurchaseResult, Reconciliation
from insurup_desk.api.models.hub_events import HubEvent, HubEventKind

log = logging.getLogger(__name__)


class PurchaseState(StrEnum):
    IDLE = "idle"
    PAYING = "paying"
    PURCHASED = "purchased"
    DECLINED = "declined"  # the bank or insurer said no; paying again is allowed
    FAILED = "failed"  # a definite error before anything was charged; paying again is allowed
    UNKNOWN = "unknown"  # the answer was lost; reconcile before anything else
    CHECKING = "checking"
    PROCESSING = "processing"  # the insurer is still working on it; check again later


BLOCKING = frozenset(
    {
        PurchaseState.PAYING,
        PurchaseState.PURCHASED,
        PurchaseState.UNKNOWN,
        PurchaseState.CHECKING,
        PurchaseState.PROCESSING,
    }
)


class PurchaseBlocked(RuntimeError):
    """Paying now could charge the customer twice."""


class PurchasesApi(Protocol):
    async def pay_by_card(
        self,
        proposal_id: str,
        proposal_product_id: str,
        installment_number: int,
        card: CardDetails,
        metadata: dict[str, Any] | None = None,
    ) -> PurchaseResult: ...

    async def pay_open_account(
        self,
        proposal_id: str,
        proposal_product_id: str,
        installment_number: int,
        metadata: dict[str, Any] | None = None,
    ) -> PurchaseResult: ...

    async def reconcile(self, proposal_id: str, proposal_product_id: str) -> Reconciliation: ...


@dataclass(frozen=True, slots=True)
class PurchaseOutcome:
    state: PurchaseState
    policy_id: str | None = None
    policy_number: str | None = None
    policy: Policy | None = None
    error: ApiError | None = None
    #: PURCHASED on the hub's word only (a Purchased event); reconciliation over REST has not confirmed it yet.
    unconfirmed: bool = False


class PurchaseGuard:
    """Guards one proposal. Create a new guard for a new proposal."""

    def __init__(
        self,
        purchases: PurchasesApi,
        proposal_id: str,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        processing_checks: int = 10,
        processing_delay_s: float = 2.0,
    ) -> None:
        self._api = purchases
        self.proposal_id = proposal_id
        self._sleep = sleep
        self._processing_checks = processing_checks
        self._processing_delay_s = processing_delay_s
        self.state = PurchaseState.IDLE
        self.product_id: str | None = None
        self.outcome: PurchaseOutcome = PurchaseOutcome(PurchaseState.IDLE)
        self.attempts = 0
        # A policy id a hub Purchased event reported for this proposal's product.
        self._evidence: tuple[str, str] | None = None

    @property
    def may_pay(self) -> bool:
        return self.state not in BLOCKING

    @property
    def needs_reconcile(self) -> bool:
        return self.state in (PurchaseState.UNKNOWN, PurchaseState.PROCESSING) or self.outcome.unconfirmed

    def hub_event(self, event: HubEvent) -> bool:
        """Extra evidence from the hub: a Purchased event with a policy id while the outcome is unknown settles it
        as bought (payment stays blocked either way); ``reconcile`` still confirms it over REST."""
        if (event.kind is not HubEventKind.PURCHASED or not event.data.policy_id
                or event.proposal_id != self.proposal_id
                or (self.product_id is not None and event.product_id != self.product_id)):
            return False
        self._evidence = (event.product_id, event.data.policy_id)
        if self.state in (PurchaseState.UNKNOWN, PurchaseState.PROCESSING, PurchaseState.CHECKING):
            self.product_id = event.product_id
            self._set(self._evidenced())
            return True
        return False

    def _evidenced(self) -> PurchaseOutcome:
        assert self._evidence is not None
        return PurchaseOutcome(PurchaseState.PURCHASED, policy_id=self._evidence[1], unconfirmed=True)

    def _has_evidence(self) -> bool:
        return self._evidence is not None and self._evidence[0] == self.product_id

    def restore_pending(self, proposal_product_id: str) -> None:
        """A resumed sale whose last purchase answer was lost: block payment until reconciled."""
        self.product_id = proposal_product_id
        self._set(PurchaseOutcome(PurchaseState.UNKNOWN))

    def restore_purchased(self, proposal_product_id: str, policy_id: str | None, policy_number: str | None) -> None:
        """The journal already knows this product was bought: nothing may be paid again."""
        self.product_id = proposal_product_id
        self._set(PurchaseOutcome(PurchaseState.PURCHASED, policy_id=policy_id, policy_number=policy_number))

    async def pay_by_card(
        self, proposal_product_id: str, installment_number: int, card: CardDetails,
        metadata: dict[str, Any] | None = None,
    ) -> PurchaseOutcome:
        return await self._pay(
            proposal_product_id,
            lambda: self._api.pay_by_card(self.proposal_id, proposal_product_id, installment_number, card,
                                          metadata=metadata),
        )

    async def pay_open_account(self, proposal_product_id: str, installment_number: int,
                               metadata: dict[str, Any] | None = None) -> PurchaseOutcome:
        return await self._pay(
            proposal_product_id,
            lambda: self._api.pay_open_account(self.proposal_id, proposal_product_id, installment_number,
                                               metadata=metadata),
        )

    async def reconcile(self) -> PurchaseOutcome:
        """Ask the server what happened; PROCESSING answers are re-checked a few times, spaced out."""
        if self.product_id is None or not self.needs_reconcile:
            return self.outcome
        self._set(PurchaseOutcome(PurchaseState.CHECKING, unconfirmed=self._has_evidence()))
        for attempt in range(self._processing_checks):
            try:
                answer = await self._api.reconcile(self.proposal_id, self.product_id)
            except ApiError as exc:
                # Still cannot tell: stay blocked, the operator may check again.
                if self._has_evidence():
                    return self._set(self._evidenced())
                return self._set(PurchaseOutcome(PurchaseState.UNKNOWN, error=exc))
            except Exception:
                # A malformed or truncated answer proves nothing either: fail closed, never stay "checking".
                log.exception("unreadable answer while checking purchase on proposal %s", self.proposal_id)
                return self._set(PurchaseOutcome(PurchaseState.UNKNOWN))
            if answer.status == "PURCHASED":
                policy = answer.policy
                return self._set(
                    PurchaseOutcome(
                        PurchaseState.PURCHASED,
                        policy_id=policy.id if policy else None,
                        policy_number=_policy_number(policy),
                        policy=policy,
                    )
                )
            if answer.status == "NOT_PURCHASED":
                # REST and the hub disagree: fail closed and keep payment blocked until someone looks.
                state = PurchaseState.UNKNOWN if self._has_evidence() else PurchaseState.FAILED
                return self._set(PurchaseOutcome(state))
            if attempt + 1 < self._processing_checks:
                await self._sleep(self._processing_delay_s)
        return self._set(PurchaseOutcome(PurchaseState.PROCESSING))

    async def _pay(self, proposal_product_id: str, call: Callable[[], Awaitable[PurchaseResult]]) -> PurchaseOutcome:
        if not self.may_pay:
            raise PurchaseBlocked(f"purchase on proposal {self.proposal_id} is {self.state.value}")
        self.product_id = proposal_product_id
        self.attempts += 1
        self._set(PurchaseOutcome(PurchaseState.PAYING))
        try:
            result = await call()
        except PurchaseOutcomeUnknown as exc:
            if self._has_evidence():
                return self._set(self._evidenced())  # the hub told of the policy while the answer was lost
            return self._set(PurchaseOutcome(PurchaseState.UNKNOWN, error=exc))
        except ApiError as exc:
            return self._set(PurchaseOutcome(_state_after(exc), error=None if exc.status == 409 else exc))
        except Exception:
            # The request left but its answer could not be read (malformed body, a parser bug): money may have moved.
            log.exception("unreadable purchase answer on proposal %s", self.proposal_id)
            return self._set(PurchaseOutcome(PurchaseState.UNKNOWN))
        except BaseException:
            # Cancelled or crashed mid-call: the request may have left, so treat it as unknown.
            self._set(PurchaseOutcome(PurchaseState.UNKNOWN))
            raise
        return self._set(
            PurchaseOutcome(PurchaseState.PURCHASED, policy_id=result.policy_id, policy_number=result.policy_number)
        )

    def _set(self, outcome: PurchaseOutcome) -> PurchaseOutcome:
        self.state = outcome.state
        self.outcome = outcome
        return outcome


# Answers that prove the purchase request was refused before anything was charged.
_DECLINES = frozenset({400, 402, 422})
# Answers that prove the request was not acted on at all (rate limit, no permission, no such product).
_NOT_SENT = frozenset({401, 403, 404, 429})


def _state_after(exc: ApiError) -> PurchaseState:
    """Fail closed: only an answer that proves nothing was bought lets the operator pay again.

    A 409 ("already purchased" or "purchase in progress") is not a decline: the policy may exist, so it is
    reconciled. A 5xx or an unexpected status may come after the charge went through, so it is reconciled too.
    """
    if exc.status in _DECLINES:
        return PurchaseState.DECLINED
    if exc.status in _NOT_SENT:
        return PurchaseState.FAILED
    return PurchaseState.UNKNOWN


def _policy_number(policy: Policy | None) -> str | None:
    if policy is None:
        return None
    value = getattr(policy, "insurance_company_policy_number", None)
    return str(value) if value else None
