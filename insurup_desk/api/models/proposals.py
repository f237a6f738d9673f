"""Proposals: the create body, the detail with one product per insurer, premiums per installment plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from .base import ApiModel, WireModel
from .common import UserRef

ProposalKind = Literal["kasko", "trafik", "imm", "konut", "dask", "tss"]


class Premium(ApiModel):
    installment_number: int
    net_premium: Decimal | None = None
    gross_premium: Decimal | None = None
    commission: Decimal | None = None
    exchange_rate: Decimal | None = None
    currency: str = "TURKISH_LIRA"
    insurance_company_proposal_number: str | None = None


class ProposalProduct(ApiModel):
    id: str
    insurance_company_id: int | None = None
    insurance_company_name: str | None = None
    insurance_company_logo: str | None = None
    product_id: int | None = None
    product_name: str | None = None
    product_type: str | None = None
    state: str = "WAITING"
    premiums: list[Premium] = Field(default_factory=list)
    error_message: str | None = None
    policy_id: str | None = None
    supported_payment_options: list[str] = Field(default_factory=list)
    needs_investigation_by_company: bool = False
    has_vocational_discount: bool = False
    has_undamaged_discount: bool = False
    has_undamaged_discount_rate: Decimal | None = None
    coverage_group_id: str | None = None
    coverage_group_name: str | None = None
    optimal_coverage: dict[str, Any] | None = None
    # Priced again after a revise (addendum §H).
    revised: bool = False

    def premium(self, installment_number: int) -> Premium | None:
        return next((p for p in self.premiums if p.installment_number == installment_number), None)

    @property
    def cheapest_gross(self) -> Decimal | None:
        values = [p.gross_premium for p in self.premiums if p.gross_premium is not None]
        return min(values) if values else None


class Proposal(ApiModel):
    proposal_id: str
    product_branch: str | None = None
    state: str = "WAITING"
    channel: str | None = None
    created_at: dt.datetime | None = None
    total_products_count: int | None = None
    succeed_products_count: int | None = None
    lowest_premium: Decimal | None = None
    highest_premium: Decimal | None = None
    insurer_customer_id: str | None = None
    insured_customer_id: str | None = None
    agent_user_created_by: UserRef | None = None
    agent_branch_id: str | None = None
    policy_start_date: dt.date | None = None
    policy_end_date: dt.date | None = None
    products: list[ProposalProduct] = Field(default_factory=list)
    snapshot: dict[str, Any] | None = None

    def product(self, proposal_product_id: str) -> ProposalProduct | None:
        return next((p for p in self.products if p.id == proposal_product_id), None)


class ProposalCreate(WireModel):
    """``POST proposals`` in the SDK shape; ``$type`` (lowercase) goes first, ``productBranch`` must match."""

    discriminator: ProposalKind
    insurer_customer_id: str
    insured_customer_id: str
    channel: str = "CALL_CENTER"
    product_branch: str | None = None
    vehicle_id: str | None = None
    property_id: str | None = None
    coverage_group_ids: list[str] | None = None
    coverage: dict[str, Any] | None = None
    agent_branch_id: str | None = None
    policy_start_date: dt.date | None = None
    # Kasko/Trafik: the agent accepted the "Yenileme Dönemi Dışında" warning (addendum §J).
    force_bypass_renewal_period: bool | None = None

    def to_wire(self) -> dict[str, Any]:
        body = super().to_wire()
        branch = self.product_branch or self.discriminator.upper()
        return {"$type": body.pop("$type"), "productBranch": branch, **body}


class PremiumDetail(ApiModel):
    proposal_id: str | None = None
    proposal_product_id: str | None = None
    installment_number: int | None = None
    insurer_customer_id: str | None = None
    insured_customer_id: str | None = None
    insurance_services_proposal_id: str | None = None
    insurance_services_premium_id: str | None = None
    insurance_company_proposal_number: str | None = None
