"""Renewals: active policies ending in the next N days, soonest first, what a renewal sale starts from, and
which of them a newer policy has already renewed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from insurup_desk.api.renewal_period import OutsideRenewalPeriod
from insurup_desk.services.api_ports import ListsPort
from insurup_desk.services.list_queries import ListQuery, PolicyFilters

__all__ = ["OutsideRenewalPeriod"]  # raised when a proposal is asked outside the renewal period

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
    """What the renewal sale is prefilled with, and last year's policy it is compared with."""

    policy_id: str
    customer_id: str
    vehicle_id: str | None
    product_branch: str | None
    insurer: str = ""
    policy_number: str = ""
    gross_premium: Decimal | None = None
    end_date: dt.date | None = None


def renewal_target(policy: Mapping[str, Any]) -> RenewalTarget | None:
    """From a policy list row (camelCase fields); None when the insured customer is unknown."""
    customer = policy.get("insuredCustomerId") or policy.get("insurerCustomerId")
    if not customer:
        return None
    vehicle = policy.get("vehicleId")
    premium = policy.get("grossPremium")
    end = policy.get("endDate")
    return RenewalTarget(
        policy_id=str(policy.get("id")),
        customer_id=str(customer),
        vehicle_id=str(vehicle) if vehicle else None,
        product_branch=policy.get("productBranch"),
        insurer=str(policy.get("insuranceCompanyName") or ""),
        policy_number=str(policy.get("insuranceCompanyPolicyNumber") or ""),
        gross_premium=Decimal(str(premium)) if premium not in (None, "") else None,
        end_date=dt.date.fromisoformat(str(end)[:10]) if end else None,
    )


# A newer policy of the same vehicle and branch that starts this close to the old one's end renews it.
RENEWAL_SLACK_DAYS = 30
_RENEWED_QUERY = """query RenewedBy($first: Int, $filter: filtering_QueryPoliciesResultFilterInput) {
  policiesNew(first: $first, filter: $filter) {
    nodes { id state productBranch vehicleId startDate insuranceCompanyPolicyNumber insuranceCompanyName }
  }
}"""


@dataclass(frozen=True, slots=True)
class Renewal:
    """The policy that renewed a listed one."""

    policy_id: str
    policy_number: str
    insurer: str


class _Node(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="ignore")
    id: str
    state: str | None = None
    product_branch: str | None = Field(default=None, alias="productBranch")
    vehicle_id: str | None = Field(default=None, alias="vehicleId")
    start_date: dt.date | None = Field(default=None, alias="startDate")
    policy_number: str | None = Field(default=None, alias="insuranceCompanyPolicyNumber")
    insurer: str | None = Field(default=None, alias="insuranceCompanyName")


class _Nodes(BaseModel):
    nodes: list[_Node] = Field(default_factory=list)


class _Data(BaseModel):
    policies: _Nodes | None = Field(default=None, alias="policiesNew")


class _Answer(BaseModel):
    data: _Data | None = None
    errors: list[dict[str, Any]] | None = None


class RenewalLookupError(RuntimeError):
    """The list of renewing policies could not be read (the renewals list itself stays as it is)."""


async def renewed_by(lists: ListsPort, rows: Sequence[Mapping[str, Any]]) -> dict[str, Renewal]:
    """For listed policies (camelCase rows with ``vehicleId``, ``productBranch`` and ``endDate``), the newer
    policy of the same vehicle and branch that starts within ``RENEWAL_SLACK_DAYS`` of the old end date.

    The contract has no "renewed by" field (addendum §J: no renewal link is documented), so the desk reads the
    vehicles' other policies, the same way for a renewal sold here and one sold at another desk."""
    wanted = [r for r in rows if r.get("vehicleId") and r.get("endDate") and r.get("id")]
    if not wanted:
        return {}
    vehicles = sorted({str(r["vehicleId"]) for r in wanted})
    earliest = min(dt.date.fromisoformat(str(r["endDate"])[:10]) for r in wanted)
    variables = {"first": 100, "filter": {"and": [
        {"vehicleId": {"in": vehicles}},
        {"state": {"neq": "CANCELLED"}},
        {"startDate": {"gte": (earliest - dt.timedelta(days=RENEWAL_SLACK_DAYS)).isoformat()}},
    ]}}
    raw = await lists.execute(_RENEWED_QUERY, variables)
    try:
        answer = _Answer.model_validate_json(raw)
    except ValueError as exc:
        raise RenewalLookupError("unreadable answer") from exc
    if answer.errors or answer.data is None or answer.data.policies is None:
        raise RenewalLookupError("the server refused the renewal lookup")
    found: dict[str, Renewal] = {}
    for row in wanted:
        end = dt.date.fromisoformat(str(row["endDate"])[:10])
        for node in answer.data.policies.nodes:
            if (node.id != row["id"] and node.vehicle_id == row["vehicleId"] and node.start_date is not None
                    and node.product_branch == row.get("productBranch")
                    and abs((node.start_date - end).days) <= RENEWAL_SLACK_DAYS):
                found[str(row["id"])] = Renewal(node.id, node.policy_number or "", node.insurer or "")
                break
    return found
