"""Typed payloads of the proposal-detail hub's server events (reference §11)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .base import ApiModel
from .proposals import Premium


class HubEventKind(StrEnum):
    IN_PROGRESS = "in_progress"
    PRICED = "priced"
    FAILED = "failed"
    REVISED = "revised"
    PURCHASING = "purchasing"
    PURCHASED = "purchased"
    PURCHASE_FAILED = "purchase_failed"
    COVERAGE = "coverage"


#: Server → client method names and what each one means.
TARGETS: dict[str, HubEventKind] = {
    "ReceiveProposalProductInProgress": HubEventKind.IN_PROGRESS,
    "ReceiveProposalProductSuccess": HubEventKind.PRICED,
    "ReceiveProposalProductFailed": HubEventKind.FAILED,
    "ReceiveProposalProductRevised": HubEventKind.REVISED,
    "ReceiveProposalProductPurchasing": HubEventKind.PURCHASING,
    "ReceiveProposalProductPurchased": HubEventKind.PURCHASED,
    "ReceiveProposalProductPurchaseFailed": HubEventKind.PURCHASE_FAILED,
    "ReceiveProposalProductCoverage": HubEventKind.COVERAGE,
}


class EventPremium(Premium):
    insurance_premium_reference: str | None = None


class ProductEventData(ApiModel):
    """The union of every event's fields; ``None`` means the event did not carry that field."""

    proposal_id: str
    proposal_product_id: str
    product_id: int | None = None
    product_name: str | None = None
    product_type: str | None = None
    insurance_company_id: int | None = None
    insurance_company_name: str | None = None
    insurance_company_logo: str | None = None
    supported_payment_options: list[str] | None = None
    premiums: list[EventPremium] | None = None
    needs_investigation_by_company: bool | None = None
    investigation_message: str | None = None
    has_vocational_discount: bool | None = None
    has_undamaged_discount: bool | None = None
    has_undamaged_discount_rate: Decimal | None = None
    insurance_service_provider_coverage: dict[str, Any] | None = None
    pdf_coverage: dict[str, Any] | None = None
    initial_coverage: dict[str, Any] | None = None
    optimal_coverage: dict[str, Any] | None = None
    error_message: str | None = None
    policy_id: str | None = None


@dataclass(frozen=True, slots=True)
class HubEvent:
    kind: HubEventKind
    data: ProductEventData

    @property
    def proposal_id(self) -> str:
        return self.data.proposal_id

    @property
    def product_id(self) -> str:
        return self.data.proposal_product_id
