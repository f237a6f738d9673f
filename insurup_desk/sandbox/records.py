"""Records the sandbox keeps in memory: agencies, users, customers, vehicles, proposals, policies."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Agent:
    id: str
    name: str
    branches: list[dict[str, Any]]
    # The agency's privacy setting: identity/tax numbers, phones and e-mails masked in GraphQL list rows.
    mask_pii: bool = False

    def branch(self, branch_id: str | None) -> dict[str, Any] | None:
        return next((b for b in self.branches if b["id"] == branch_id), None)


# Product states that carry prices; PURCHASE_FAILED (a refused payment, §16 #28) is payable again.
PRICED_STATES = ("ACTIVE", "PURCHASE_FAILED", "PURCHASING", "PURCHASED")


@dataclass(slots=True)
class User:
    id: str
    email: str
    password: str
    full_name: str
    agent_id: str
    two_factor: bool
    role: str = "AGENT"
    failed_logins: int = 0
    locked: bool = False

    def ref(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.full_name, "role": self.role, "email": self.email}


@dataclass(slots=True)
class CustomerRec:
    agent_id: str
    data: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.data["id"])

    @property
    def number(self) -> str:
        return str(self.data.get("identityNumber") or self.data.get("taxNumber") or "")


@dataclass(slots=True)
class VehicleRec:
    agent_id: str
    customer_id: str
    data: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.data["id"])


@dataclass(slots=True)
class PropertyRec:
    agent_id: str
    customer_id: str
    data: dict[str, Any]  # the GetCustomerPropertyByIdResult shape (addendum §A.3)
    created_at: str

    @property
    def id(self) -> str:
        return str(self.data["id"])


@dataclass(slots=True)
class ProductRec:
    id: str
    insurer_id: int
    insurer_name: str
    product_id: int
    product_name: str
    product_type: str
    ready_at: float
    outcome: str  # ACTIVE or FAILED once ready_at has passed
    error_message: str | None
    premiums: list[dict[str, Any]]
    payment_options: list[str]
    needs_investigation: bool = False
    vocational_discount: bool = False
    undamaged_discount: bool = False
    undamaged_rate: float | None = None
    coverage: dict[str, Any] = field(default_factory=dict)
    coverage_group_id: str | None = None
    coverage_group_name: str | None = None
    # PURCHASING / PURCHASED override the clock-derived state.
    override: str | None = None
    policy_id: str | None = None
    retries: int = 0
    # Priced again after a revise (addendum §H): shown to clients as ``revised: true``.
    revised: bool = False

    def state(self, now: float) -> str:
        if self.override is not None:
            return self.override
        if now < self.ready_at:
            return "WAITING"
        return self.outcome

    def premium(self, installment: int) -> dict[str, Any] | None:
        return next((p for p in self.premiums if p["installmentNumber"] == installment), None)


@dataclass(slots=True)
class ProposalRec:
    id: str
    agent_id: str
    branch: str
    channel: str
    created_at: str
    insurer_customer_id: str
    insured_customer_id: str
    vehicle_id: str | None
    agent_branch_id: str | None
    created_by: dict[str, Any]
    policy_start: str
    policy_end: str
    coverage_group_ids: list[str]
    initial_coverage: dict[str, Any] | None
    snapshot: dict[str, Any]
    products: list[ProductRec]
    # DASK / Konut: the insured property; TSS: the family members; Konut: item values and options.
    property_id: str | None = None
    inputs: dict[str, Any] = field(default_factory=dict)

    def product(self, product_id: str) -> ProductRec | None:
        return next((p for p in self.products if p.id == product_id), None)

    def state(self, now: float) -> str:
        states = [p.state(now) for p in self.products]
        if "PURCHASED" in states:
            return "PURCHASED"
        if "PURCHASING" in states:
            return "PURCHASING"
        if "WAITING" in states:
            return "WAITING"
        if states and all(s == "FAILED" for s in states):
            return "FAILED"
        return "ACTIVE"

    def settled_at(self) -> float:
        return max((p.ready_at for p in self.products), default=0.0)


@dataclass(slots=True)
class PolicyRec:
    agent_id: str
    node: Mapping[str, Any]  # a dict, or a compact row for seeded policies
    # REST-only detail not carried by the GraphQL node (proposal product, coverage, versions...).
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return str(self.node["id"])
