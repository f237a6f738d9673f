"""Hub events folded into the proposal the quote board draws, plus the seam the collector listens through.

An event says what one product just became; the rest of the proposal stays as the last REST answer left it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from insurup_desk.api.client import InsurUpClient
from insurup_desk.api.hub import HubStatus
from insurup_desk.api.models import Premium, Proposal, ProposalProduct
from insurup_desk.api.models.hub_events import HubEvent, HubEventKind

_STATE = {
    HubEventKind.IN_PROGRESS: "WAITING",
    HubEventKind.REVISED: "WAITING",
    HubEventKind.PRICED: "ACTIVE",
    HubEventKind.FAILED: "FAILED",
    HubEventKind.PURCHASING: "PURCHASING",
    HubEventKind.PURCHASED: "PURCHASED",
    HubEventKind.PURCHASE_FAILED: "ACTIVE",
}


class LiveSubscription(Protocol):
    def close(self) -> None: ...


class LiveFeed(Protocol):
    """What the collector needs from the hub connection (``insurup_desk.api.hub.ProposalHub``)."""

    @property
    def status(self) -> HubStatus: ...

    def subscribe(self, proposal_id: str, on_event: Callable[[HubEvent], None],
                  on_status: Callable[[HubStatus], None] | None = None) -> LiveSubscription: ...


def _product_update(product: ProposalProduct | None, event: HubEvent) -> ProposalProduct:
    d = event.data
    update: dict[str, Any] = {}
    for name in ("product_id", "product_name", "product_type", "insurance_company_id", "insurance_company_name",
                 "insurance_company_logo", "needs_investigation_by_company", "has_vocational_discount",
                 "has_undamaged_discount", "has_undamaged_discount_rate", "optimal_coverage"):
        value = getattr(d, name)
        if value is not None:
            update[name] = value
    if d.supported_payment_options is not None and event.kind is not HubEventKind.COVERAGE:
        update["supported_payment_options"] = list(d.supported_payment_options)
    state = _STATE.get(event.kind)
    if state is not None:
        update["state"] = state
    if event.kind in (HubEventKind.IN_PROGRESS, HubEventKind.REVISED):
        update |= {"premiums": [], "error_message": None}
        if event.kind is HubEventKind.REVISED:
            update["revised"] = True
    elif event.kind is HubEventKind.PRICED:
        premiums = [Premium.model_validate(p.model_dump(exclude={"insurance_premium_reference"}))
                    for p in d.premiums or ()]
        update |= {"premiums": premiums, "error_message": None}
    elif event.kind is HubEventKind.FAILED:
        update |= {"premiums": [], "error_message": d.error_message}
    elif event.kind is HubEventKind.PURCHASED:
        update["policy_id"] = d.policy_id
    if product is None:
        return ProposalProduct.model_validate({"id": d.proposal_product_id} | update)
    return product.model_copy(update=update)


def apply_event(proposal: Proposal, event: HubEvent) -> Proposal:
    """The proposal with the event's product replaced (or added, when the event came before any REST answer)."""
    products = list(proposal.products)
    index = next((i for i, p in enumerate(products) if p.id == event.product_id), None)
    if index is None:
        products.append(_product_update(None, event))
    else:
        products[index] = _product_update(products[index], event)
    return proposal.model_copy(update={"products": products})


def live_feed_of(client: object) -> LiveFeed | None:
    """The real client's hub connection; fakes and other clients have none, and quotes are then polled."""
    return client.hub if isinstance(client, InsurUpClient) else None
