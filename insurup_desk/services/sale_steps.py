"""What each branch insures, and so what the sale's "what we insure" step must collect before the quotes.

Trafik, Kasko and İMM ride on a vehicle, DASK and Konut on a property, TSS on an insured person's health
information. Everything else about a branch that the sale needs without Qt (the proposal's ``$type``, which
sale fields name the chosen asset) lives here too, so the flow, the service and the pages read one map.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from .sales_flow import SaleData


class AssetKind(StrEnum):
    VEHICLE = "vehicle"
    PROPERTY = "property"
    HEALTH = "health"


@dataclass(frozen=True, slots=True)
class BranchSteps:
    """One branch as the sale sees it."""

    branch: str  # the ProductBranch wire value
    proposal_type: str  # the proposal body's ``$type``
    asset: AssetKind
    # The quotes step offers a coverage group to choose (Kasko); the others ask with none.
    coverage_groups: bool = False


BRANCH_STEPS: Final[Mapping[str, BranchSteps]] = {
    "TRAFIK": BranchSteps("TRAFIK", "trafik", AssetKind.VEHICLE),
    "KASKO": BranchSteps("KASKO", "kasko", AssetKind.VEHICLE, coverage_groups=True),
    "IMM": BranchSteps("IMM", "imm", AssetKind.VEHICLE),
    "DASK": BranchSteps("DASK", "dask", AssetKind.PROPERTY),
    "KONUT": BranchSteps("KONUT", "konut", AssetKind.PROPERTY),
    "TSS": BranchSteps("TSS", "tss", AssetKind.HEALTH),
}

# The order branches are offered in at the counter.
BRANCHES: Final = tuple(BRANCH_STEPS)
VEHICLE_BRANCHES: Final = tuple(b for b, s in BRANCH_STEPS.items() if s.asset is AssetKind.VEHICLE)
PROPERTY_BRANCHES: Final = tuple(b for b, s in BRANCH_STEPS.items() if s.asset is AssetKind.PROPERTY)

# The sale fields that name the chosen asset of each kind: (id field, label field).
ASSET_FIELDS: Final[Mapping[AssetKind, tuple[str, str]]] = {
    AssetKind.VEHICLE: ("vehicle_id", "vehicle_label"),
    AssetKind.PROPERTY: ("property_id", "property_label"),
    AssetKind.HEALTH: ("insured_customer_id", "insured_label"),
}


class UnknownBranch(ValueError):
    """A branch this desk does not sell."""


def branch_steps(branch: str) -> BranchSteps:
    try:
        return BRANCH_STEPS[branch]
    except KeyError:
        raise UnknownBranch(f"the desk does not sell the {branch!r} branch") from None


def asset_kind(branch: str) -> AssetKind:
    return branch_steps(branch).asset


def branches_for(kind: AssetKind) -> tuple[str, ...]:
    return tuple(b for b, s in BRANCH_STEPS.items() if s.asset is kind)


def asset_needs(data: SaleData) -> tuple[str, ...]:
    """The fields the asset step must fill for the sale's branch (an unknown branch: every kind's, never all set)."""
    steps = BRANCH_STEPS.get(data.branch)
    if steps is None:
        return ("branch", *(ids for ids, _label in ASSET_FIELDS.values()))
    return (ASSET_FIELDS[steps.asset][0],)


def asset_id(data: SaleData) -> str | None:
    """The id of what the sale insures (vehicle, property or insured person)."""
    steps = BRANCH_STEPS.get(data.branch)
    if steps is None:
        return None
    value = getattr(data, ASSET_FIELDS[steps.asset][0])
    return str(value) if value else None


def asset_label(data: SaleData) -> str:
    """How what the sale insures is named on the later steps (plate, address or person)."""
    steps = BRANCH_STEPS.get(data.branch)
    if steps is None:
        return ""
    return str(getattr(data, ASSET_FIELDS[steps.asset][1]) or "")
