"""The proposal body for the sale's branch: what each branch's ``$type`` carries besides the customers.

Trafik, Kasko and İMM name the vehicle; DASK names the property (its tariff is fixed, so nothing else);
Konut adds the declared item values, the earthquake and vacancy options and the insurance scope; TSS names
the insured person. ``productBranch`` is always sent, as the SDK contract asks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from insurup_desk.api.models import ProposalCreate
from insurup_desk.api.models.health import TssProposalCreate
from insurup_desk.api.models.properties import KonutProposalCreate

from .health_coverage import package_from_wire, tss_coverage
from .imm_coverage import imm_coverage
from .sale_steps import AssetKind, branch_steps
from .sales_flow import SaleData


class IncompleteSale(ValueError):
    """The sale lacks what its branch's proposal needs (a programming error: the flow checks it first)."""


def proposal_body(sale: SaleData, channel: str, agent_branch_id: str | None) -> ProposalCreate:
    steps = branch_steps(sale.branch)
    if not sale.customer_id:
        raise IncompleteSale("a proposal needs a customer")
    common: dict[str, Any] = {
        "discriminator": steps.proposal_type,
        "product_branch": steps.branch,
        "insurer_customer_id": sale.customer_id,
        "insured_customer_id": sale.customer_id,
        "channel": channel,
        "agent_branch_id": agent_branch_id,
        "coverage_group_ids": [sale.coverage_group_id] if sale.coverage_group_id else None,
        "policy_start_date": dt.date.fromisoformat(sale.policy_start_date) if sale.policy_start_date else None,
    }
    if steps.asset is AssetKind.VEHICLE:
        if not sale.vehicle_id:
            raise IncompleteSale("a proposal needs a customer and a vehicle")
        if sale.branch == "IMM":
            return ProposalCreate(**common, vehicle_id=sale.vehicle_id, coverage=imm_coverage(
                sale.imm_limit, sale.imm_rental_car, sale.imm_load, sale.imm_assistance))
        # The renewal-period precheck exists for Kasko and Trafik only; the operator's accepted warning rides here.
        bypass = True if sale.bypass_renewal_period and sale.branch in ("KASKO", "TRAFIK") else None
        return ProposalCreate(**common, vehicle_id=sale.vehicle_id, force_bypass_renewal_period=bypass)
    if steps.asset is AssetKind.HEALTH:
        if not sale.insured_customer_id:
            raise IncompleteSale("a health proposal needs the insured person")
        return TssProposalCreate(
            **{**common, "insured_customer_id": sale.insured_customer_id},
            coverage=tss_coverage(sale.tss_network, package_from_wire(sale.tss_package)),
            additional_insured_customers=list(sale.tss_family) or None)
    if not sale.property_id:
        raise IncompleteSale("a proposal needs a customer and a property")
    if sale.branch == "DASK":
        return ProposalCreate(**common, property_id=sale.property_id)
    return KonutProposalCreate(
        **common,
        property_id=sale.property_id,
        furniture_price=sale.konut_furniture_price or 0,
        electronic_device_price=sale.konut_electronics_price or 0,
        insulation_price=sale.konut_insulation_price or 0,
        window_price=sale.konut_window_price or 0,
        earthquake_coverage_option=1 if sale.konut_earthquake else 0,
        vacancy_duration_option=1 if sale.konut_vacancy_over_month else 0,
        coverage=konut_coverage(sale.konut_scope),
    )


def konut_coverage(scope: str | None) -> dict[str, Any] | None:
    """The KonutCoverage asking for one insurance scope (``$type`` first), or None for the insurer's default."""
    if not scope:
        return None
    return {"$type": "konut", "productBranch": "KONUT", "sigortaKapsami": scope}


