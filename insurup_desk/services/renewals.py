"""Renewals: active policies ending in the next N days, soonest first, and what a renewal sale starts from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from insurup_desk.services.list_queries import ListQuery, PolicyFilters

DEFAULT_DAYS = 30
MAX_DAYS = 365
RENEWAL_ORDER: tuple[tuple[str, str], ...] = (("endDate", "ASC"),)


def renewal_query(
    today: dt.date,
    days: int = DEFAULT_DAYS,
    *,
    text: str = "",
    branches: tuple[str, ...] = (),
    agent_branch_id: str | None = None,
) -> ListQuery:
    """Active policies whose end date falls in [today, today + days], soonest first."""
    if not 0 <= days <= MAX_DAYS:
        raise ValueError(f"days must be between 0 and {MAX_DAYS}")
    filters = PolicyFilters(
        text=text,
        branches=branches,
        states=("ACTIVE",),
        end_from=today,
        end_to=today + dt.timedelta(days=days),
        agent_branch_id=agent_branch_id,
    )
    return filters.to_query(RENEWAL_ORDER)


def days_left(end_date: dt.date | str | None, today: dt.date) -> int | None:
    if end_date is None or end_date == "":
        return None
    if isinstance(end_date, str):
        end_date = dt.date.fromisoformat(end_date[:10])
    return (end_date - today).days


@dataclass(frozen=True, slots=True)
class RenewalTarget:
    """What the renewal sale is prefilled with."""

    policy_id: str
    customer_id: str
    vehicle_id: str | None
    product_branch: str | None


def renewal_target(policy: Mapping[str, Any]) -> RenewalTarget | None:
    """From a policy list row (camelCase fields); None when the insured customer is unknown."""
    customer = policy.get("insuredCustomerId") or policy.get("insurerCustomerId")
    if not customer:
        return None
    vehicle = policy.get("vehicleId")
    return RenewalTarget(
        policy_id=str(policy.get("id")),
        customer_id=str(customer),
        vehicle_id=str(vehicle) if vehicle else None,
        product_branch=policy.get("productBranch"),
    )
