"""Renew in one action: last year's policy becomes a sale on the quotes step, asked for at once.

Same customer, vehicle and branch; for Kasko the coverage group last year's proposal used (else the agency's
default group). The new policy starts when the old one ends (today when it already has, and no later than the
60 days ahead a proposal may start). Last year's insurer, policy number and premium travel with the sale so
the quotes step can show the change per offer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Final

from insurup_desk.api.errors import ApiError
from insurup_desk.api.models import Policy, Vehicle
from insurup_desk.domain.plate import format_plate

from .renewals import RenewalTarget
from .sale import Sale, SaleTools, customer_label
from .sale_service import SaleService
from .sales_flow import SalesFlow

# How far ahead a proposal's start date may be (the server refuses later dates).
MAX_START_AHEAD_DAYS: Final = 60
# Lines renewed in one action: their renewal is a new proposal for last year's vehicle.
RENEWABLE: Final = ("TRAFIK", "KASKO")


class RenewalError(ApiError):
    """Last year's policy cannot be renewed from the desk; ``reason`` is ``branch`` (not Trafik/Kasko),
    ``no_vehicle`` (the policy names none) or ``vehicle_gone`` (not among the customer's vehicles)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"renewal refused: {reason}")
        self.reason = reason


def renewal_start(end_date: dt.date | None, today: dt.date) -> dt.date:
    if end_date is None or end_date <= today:
        return today
    return min(end_date, today + dt.timedelta(days=MAX_START_AHEAD_DAYS))


def percent_change(new: Decimal, old: Decimal | None) -> Decimal | None:
    """Change against last year's premium in per cent (None when there is nothing to compare with)."""
    if old is None or old <= 0:
        return None
    return (new - old) / old * 100


def target_from_policy(policy: Policy, row: Mapping[str, Any] | None = None) -> RenewalTarget | None:
    """From a policy's REST detail (and its list row, which knows the vehicle when the snapshot does not)."""
    context = row or {}
    customer = policy.insured_customer_id or policy.insurer_customer_id or context.get("insuredCustomerId")
    if not customer:
        return None
    snapshot_vehicle = (policy.snapshot or {}).get("vehicle")
    vehicle = (snapshot_vehicle.get("id") if isinstance(snapshot_vehicle, dict) else None) or context.get("vehicleId")
    return RenewalTarget(
        policy_id=policy.id, customer_id=str(customer), vehicle_id=str(vehicle) if vehicle else None,
        product_branch=policy.product_branch, insurer=policy.insurance_company_name or str(
            context.get("insuranceCompanyName") or ""),
        policy_number=policy.insurance_company_policy_number or "", gross_premium=policy.gross_premium,
        end_date=policy.end_date)


def _vehicle_text(vehicle: Vehicle) -> str:
    parts = [format_plate(vehicle.plate.city, vehicle.plate.code) if vehicle.plate else ""]
    model = vehicle.model
    if model is not None:
        parts.append(" ".join(p for p in (model.brand.text if model.brand else None,
                                         model.type.text if model.type else None,
                                         str(model.year) if model.year else None) if p))
    return " · ".join(p for p in parts if p)


async def _last_group(service: SaleService, policy_id: str, branch: str) -> str | None:
    """The coverage group last year's offer was priced with, else the agency's default one (Kasko only)."""
    if branch != "KASKO":
        return None
    try:
        policy = await service.policy(policy_id)
        if policy.proposal_id:
            proposal = await service.proposal(policy.proposal_id)
            product = proposal.product(policy.proposal_product_id or "")
            if product is not None and product.coverage_group_id:
                return product.coverage_group_id
    except ApiError:
        pass  # last year's proposal may be gone (or from another system): the default group serves
    groups = await service.coverage_groups(branch)
    chosen = next((g for g in groups if g.is_default), groups[0] if groups else None)
    return chosen.id if chosen is not None else None


async def renewal_sale(tools: SaleTools, target: RenewalTarget, today: dt.date) -> Sale:
    """A sale for last year's customer, vehicle and branch, ready to ask every insurer."""
    service = tools.service
    branch = target.product_branch or ""
    if branch not in RENEWABLE:
        raise RenewalError("branch")
    if not target.vehicle_id:
        raise RenewalError("no_vehicle")
    customer = await service.customer(target.customer_id)
    vehicle = next((v for v in await service.vehicles(customer.id) if v.id == target.vehicle_id), None)
    if vehicle is None:
        raise RenewalError("vehicle_gone")
    group = await _last_group(service, target.policy_id, branch)
    flow = SalesFlow.begin(customer.id, customer_label(customer.display_name, customer.identity), vehicle.id)
    flow.advance(vehicle_id=vehicle.id, vehicle_label=_vehicle_text(vehicle))
    label = " · ".join(p for p in (target.insurer, target.policy_number) if p)
    flow.update(branch=branch, coverage_group_id=group, policy_start_date=renewal_start(target.end_date, today)
                .isoformat(), renewal_of=target.policy_id, renewal_label=label,
                renewal_premium=str(target.gross_premium) if target.gross_premium is not None else None)
    return Sale(tools, flow)
