"""The quote table's contents as plain data: one row per insurer product, derived from a proposal.

The board remembers when each product stopped waiting (for "answered after N s" and for measuring how
quickly an answer reaches the screen) and which row holds the best payable price.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final, Literal

from insurup_desk.api.models import Proposal, ProposalProduct

RowStatus = Literal["waiting", "priced", "failed", "purchasing", "purchased", "other"]
SYNC_OPTIONS: Final = ("SYNC_CREDIT_CARD", "SYNC_OPEN_ACCOUNT")

_STATUS: Final[dict[str, RowStatus]] = {
    "WAITING": "waiting",
    "ACTIVE": "priced",
    "FAILED": "failed",
    "PURCHASING": "purchasing",
    "PURCHASED": "purchased",
    # Documented for the real API (§16 #28) though not in the SDK enum: the payment was refused and nothing was
    # bought, so once the purchase is reconciled the offer can be paid again.
    "PURCHASE_FAILED": "priced",
}


@dataclass(frozen=True, slots=True)
class Plan:
    installments: int
    gross: Decimal
    currency: str


@dataclass(slots=True)
class QuoteRow:
    id: str
    insurer: str
    product: str
    product_type: str
    status: RowStatus
    raw_state: str
    plans: tuple[Plan, ...] = ()
    error_message: str | None = None
    payment_options: tuple[str, ...] = ()
    vocational_discount: bool = False
    undamaged_discount: bool = False
    undamaged_rate: float | None = None
    needs_investigation: bool = False
    waiting_since: float = 0.0
    answered_at: float | None = None
    best: bool = False
    policy_id: str | None = None
    # Priced again after a revise ("yeniden çalışıldı"); while ``revising`` the new price has not come yet.
    revised: bool = False
    revising: bool = False

    @property
    def single_payment(self) -> Plan | None:
        """The one-installment plan, or the cheapest plan when an insurer offers no single payment."""
        for plan in self.plans:
            if plan.installments == 1:
                return plan
        return min(self.plans, key=lambda p: p.gross, default=None)

    @property
    def gross(self) -> Decimal | None:
        plan = self.single_payment
        return plan.gross if plan else None

    @property
    def is_robot(self) -> bool:
        return self.product_type == "ROBOT"

    @property
    def sync_options(self) -> tuple[str, ...]:
        return tuple(o for o in self.payment_options if o in SYNC_OPTIONS)

    @property
    def payable(self) -> bool:
        return self.status == "priced" and not self.is_robot and bool(self.plans) and bool(self.sync_options)


@dataclass(slots=True)
class QuoteBoard:
    clock: Callable[[], float] = time.monotonic
    rows: list[QuoteRow] = field(default_factory=list)
    started_at: float = 0.0

    def __post_init__(self) -> None:
        self.started_at = self.clock()

    def apply(self, proposal: Proposal) -> list[int]:
        """Merge a fresh proposal; returns indexes of rows whose content changed (new rows appended)."""
        now = self.clock()
        by_id = {row.id: i for i, row in enumerate(self.rows)}
        changed: list[int] = []
        for product in proposal.products:
            index = by_id.get(product.id)
            previous = self.rows[index] if index is not None else None
            row = _row_from(product, previous, now, self.started_at)
            if index is None:
                self.rows.append(row)
                changed.append(len(self.rows) - 1)
            elif _differs(previous, row):
                self.rows[index] = row
                changed.append(index)
        before, after = self._mark_best()
        if before != after:
            changed = sorted(set(changed) | {i for i in (before, after) if i is not None})
        return changed

    def mark_retrying(self, row_id: str) -> int | None:
        """The operator asked an insurer again: show it waiting from now on."""
        for i, row in enumerate(self.rows):
            if row.id == row_id:
                row.status, row.raw_state, row.error_message = "waiting", "WAITING", None
                row.waiting_since, row.answered_at = self.clock(), None
                return i
        return None

    def mark_revising(self, row_id: str) -> int | None:
        """The server took a revise of this product: it is re-pricing from now on, until its new answer."""
        index = self.mark_retrying(row_id)
        if index is not None:
            self.rows[index].revising = True
            self.rows[index].plans = ()
            self._mark_best()
        return index

    def row(self, row_id: str) -> QuoteRow | None:
        return next((r for r in self.rows if r.id == row_id), None)

    @property
    def answered(self) -> int:
        return sum(1 for r in self.rows if r.status != "waiting")

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def all_failed(self) -> bool:
        return bool(self.rows) and all(r.status == "failed" for r in self.rows)

    @property
    def best_row(self) -> QuoteRow | None:
        return next((r for r in self.rows if r.best), None)

    def _mark_best(self) -> tuple[int | None, int | None]:
        """Re-elect the cheapest payable offer; returns the old and new best row indexes."""
        previous = next((i for i, r in enumerate(self.rows) if r.best), None)
        candidates = [(r.gross, r.insurer, i) for i, r in enumerate(self.rows) if r.payable and r.gross is not None]
        winner = min(candidates)[2] if candidates else None
        for i, row in enumerate(self.rows):
            row.best = i == winner
        return previous, winner


def _row_from(product: ProposalProduct, previous: QuoteRow | None, now: float, started: float) -> QuoteRow:
    status = _STATUS.get(product.state, "other")
    revising = previous is not None and previous.revising
    if revising and not product.revised and status in ("priced", "failed"):
        # An answer read before the revise reached the server (a revised product always says revised: true).
        assert previous is not None
        return previous
    revising = status == "waiting" and (revising or product.revised)
    waiting_since = previous.waiting_since if previous else started
    answered_at = previous.answered_at if previous else None
    if status == "waiting":
        answered_at = None
    elif answered_at is None:
        answered_at = now
    rate = product.has_undamaged_discount_rate
    return QuoteRow(
        id=product.id,
        insurer=product.insurance_company_name or "",
        product=product.product_name or "",
        product_type=product.product_type or "",
        status=status,
        raw_state=product.state,
        plans=_plans(product),
        error_message=product.error_message,
        payment_options=tuple(product.supported_payment_options or ()),
        vocational_discount=bool(product.has_vocational_discount),
        undamaged_discount=bool(product.has_undamaged_discount),
        undamaged_rate=float(rate) if rate is not None else None,
        needs_investigation=bool(product.needs_investigation_by_company),
        waiting_since=waiting_since,
        answered_at=answered_at,
        policy_id=product.policy_id,
        revised=product.revised or (previous is not None and (previous.revised or previous.revising)),
        revising=revising,
    )


def _plans(product: ProposalProduct) -> tuple[Plan, ...]:
    plans = [
        Plan(int(p.installment_number), Decimal(p.gross_premium), str(p.currency or "TURKISH_LIRA"))
        for p in (product.premiums or ())
        if p.gross_premium is not None
    ]
    return tuple(sorted(plans, key=lambda p: p.installments))


def _differs(a: QuoteRow | None, b: QuoteRow) -> bool:
    if a is None:
        return True
    keys: Sequence[str] = (
        "status",
        "raw_state",
        "plans",
        "error_message",
        "payment_options",
        "vocational_discount",
        "undamaged_discount",
        "needs_investigation",
        "policy_id",
        "revised",
        "revising",
    )
    return any(getattr(a, k) != getattr(b, k) for k in keys)
