"""One sale, one object: its steps and decisions, its payment and its journal line.

The wizard's pages draw a ``Sale`` and send it intents; the business steps (settle offline drafts and ask for
quotes, open a past proposal, pay the chosen offer) are methods here and run without Qt. A new sale is a new
``Sale``: nothing of the previous one (form values, chosen offer, payment method, card) can reach it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from insurup_desk.api.models import Customer

from .offer_choice import OfferChoice
from .property_text import snapshot_address_text
from .purchase_journal import AsyncJournal, open_journal
from .purchase_watch import PurchaseWatch
from .sale_payment import SalePayment
from .sale_service import SaleService
from .sale_steps import BRANCH_STEPS, AssetKind, asset_kind
from .sales_flow import SaleData, SalesFlow

log = logging.getLogger(__name__)


async def _nothing_to_wait_for() -> None:
    return None


@dataclass
class SaleTools:
    """What every sale at this desk shares: the API work, the purchase journal and its watch."""

    service: SaleService
    journal: AsyncJournal = field(default_factory=lambda: open_journal(None))
    watch: PurchaseWatch | None = None
    # Awaited after the journal line and before a purchase request leaves (the saved sale reaches disk).
    before_send: Callable[[], Awaitable[None]] = _nothing_to_wait_for

    async def _flush(self) -> None:
        await self.before_send()


def customer_label(name: str | None, identity: str | None) -> str:
    """How a customer is named on every step: the name and the identity number, masked in the middle."""
    masked = f"{identity[:3]}***{identity[-2:]}" if identity and len(identity) > 5 else (identity or "")
    return f"{name or ''} ({masked})" if masked else (name or "")


class Sale:
    def __init__(self, tools: SaleTools, flow: SalesFlow | None = None) -> None:
        self.tools = tools
        self.flow = flow or SalesFlow.begin()
        self.payment: SalePayment | None = None
        self.offers = OfferChoice()  # the quote board and the offer Enter buys

    @property
    def service(self) -> SaleService:
        return self.tools.service

    @property
    def data(self) -> SaleData:
        return self.flow.data

    # --- starting -----------------------------------------------------------------------------------
    @classmethod
    def new(cls, tools: SaleTools, customer: Customer | None = None, vehicle_id: str | None = None, *,
            branch: str | None = None, property_id: str | None = None) -> Sale:
        if customer is None:
            return cls(tools, SalesFlow.begin(branch=branch))
        return cls(tools, SalesFlow.begin(customer.id, customer_label(customer.display_name, customer.identity),
                                          vehicle_id=vehicle_id, branch=branch, property_id=property_id))

    @classmethod
    def restored(cls, tools: SaleTools, state: dict[str, Any]) -> Sale:
        return cls(tools, SalesFlow.from_dict(state))

    @classmethod
    async def for_proposal(cls, tools: SaleTools, proposal_id: str) -> Sale:
        """A past proposal reopened on the quotes step, with its customer and vehicle."""
        service = tools.service
        proposal = await service.proposal(proposal_id)
        customer = await service.customer(proposal.insured_customer_id or proposal.insurer_customer_id or "")
        snapshot = proposal.snapshot or {}
        branch = proposal.product_branch or "TRAFIK"
        branch = branch if branch in BRANCH_STEPS else "TRAFIK"
        flow = SalesFlow.begin(customer.id, customer_label(customer.display_name, customer.identity), branch=branch)
        kind = asset_kind(branch)
        if kind is AssetKind.PROPERTY:
            found = snapshot.get("property") or {}
            flow.advance(property_id=str(found.get("id") or proposal.extra("propertyId") or "?"),
                         property_label=snapshot_address_text(found))
        elif kind is AssetKind.HEALTH:
            flow.advance(insured_customer_id=proposal.insured_customer_id or customer.id,
                         insured_label=customer_label(customer.display_name, customer.identity))
        else:
            vehicle = snapshot.get("vehicle") or {}
            flow.advance(vehicle_id=str(vehicle.get("id") or proposal.extra("vehicleId") or "?"),
                         vehicle_label=_vehicle_text(vehicle))
        flow.update(proposal_id=proposal.proposal_id)
        return cls(tools, flow)

    # --- quotes -------------------------------------------------------------------------------------
    async def ask_for_quotes(self, branch: str, coverage_group_id: str | None, policy_start_date: str | None,
                             options: Mapping[str, Any] | None = None) -> str:
        """Send any customer/vehicle typed offline first (the proposal needs their server ids), then ask.

        ``options`` are the branch's own sale fields chosen with the quotes (e.g. Konut's item values).
        """
        changes: dict[str, Any] = {"branch": branch, "coverage_group_id": coverage_group_id,
                                   "policy_start_date": policy_start_date, **(options or {})}
        asked = SaleData.from_dict({**self.data.to_dict(), **changes, "proposal_id": None})
        settled = await self.service.settle_drafts(asked)
        proposal_id = await self.service.create_proposal(settled)
        ids = {k: getattr(settled, k) for k in ("customer_id", "customer_label", "vehicle_id", "vehicle_label",
                                                "property_id", "property_label", "insured_customer_id",
                                                "insured_label")}
        self.flow.update(**ids, **changes, proposal_id=proposal_id)
        return proposal_id

    # --- payment ------------------------------------------------------------------------------------
    async def payment_for_offer(self) -> SalePayment | None:
        """The payment of the chosen offer (a new one when the offer or plan changed and no money moves)."""
        data = self.data
        if data.proposal_id is None or data.proposal_product_id is None:
            return None
        installment = data.installment_number or 1
        current = self.payment
        if current is not None and (current.money_may_move or (
                current.proposal_id, current.product_id, current.installment) ==
                (data.proposal_id, data.proposal_product_id, installment)):
            return current
        payment = SalePayment(self.service.client.purchases, self.tools.journal, data.proposal_id,
                              data.proposal_product_id, installment, before_send=self.tools._flush,
                              live=self.service.live)
        self.payment = payment
        await payment.restore(pending_in_autosave=data.pending_purchase)
        if self.tools.watch is not None:
            self.tools.watch.track(payment)
        return payment

    @property
    def money_may_move(self) -> bool:
        return (self.payment is not None and self.payment.money_may_move) or (
            self.payment is None and self.data.pending_purchase and self.data.policy_id is None)

    def leave(self) -> None:
        """Another sale takes the screen. A purchase still in flight or being checked carries on unseen."""
        if self.payment is not None:
            self.payment.left_by_operator()


def _vehicle_text(snapshot_vehicle: dict[str, Any]) -> str:
    from insurup_desk.domain.plate import format_plate

    plate = snapshot_vehicle.get("plate") or {}
    if isinstance(plate, dict) and plate.get("city"):
        return format_plate(int(plate["city"]), str(plate.get("code") or ""))
    return ""
