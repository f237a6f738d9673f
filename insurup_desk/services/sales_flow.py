"""The sale as a map of steps plus a stack of data snapshots (Back is a pop).

Nothing here knows about widgets: the Qt wizard renders whichever step is current and asks this
object to move. Card data is never part of the sale data, so ``to_dict`` is safe to autosave.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, Final

from .sale_steps import BRANCHES, asset_needs

CUSTOMER: Final = "customer"
# The second step: what the sale insures (a vehicle, a property or a person's health, by branch).
ASSET: Final = "asset"
# The same step under the name it had while the desk sold motor only (and that older autosaves carry).
VEHICLE: Final = ASSET
_OLD_STEP_NAMES: Final[Mapping[str, str]] = {"vehicle": ASSET}
QUOTES: Final = "quotes"
PAYMENT: Final = "payment"
DONE: Final = "done"

PAYMENT_METHODS: Final = ("SYNC_CREDIT_CARD", "SYNC_OPEN_ACCOUNT")


@dataclass(frozen=True, slots=True)
class SaleData:
    """What the operator has decided so far. Only JSON-friendly values; never card data."""

    customer_id: str | None = None
    customer_label: str = ""
    vehicle_id: str | None = None
    vehicle_label: str = ""
    # DASK / Konut: the customer's property (server id) and its address as one line.
    property_id: str | None = None
    property_label: str = ""
    # TSS: the insured person (a customer id; the customer themself unless a relative is insured).
    insured_customer_id: str | None = None
    insured_label: str = ""
    branch: str = "TRAFIK"
    coverage_group_id: str | None = None
    policy_start_date: str | None = None  # ISO date; None means "today" to the server
    # Konut: the declared item values (TL) and options the proposal carries; None = not typed yet.
    konut_furniture_price: int | None = None
    konut_electronics_price: int | None = None
    konut_insulation_price: int | None = None
    konut_window_price: int | None = None
    konut_earthquake: bool = True  # earthquake cover on top of the fire policy
    konut_vacancy_over_month: bool = False  # the home stands empty for more than a month a year
    konut_scope: str | None = None  # SigortaKapsami (KONUT_VE_ESYA / SADECE_ESYA / SADECE_KONUT), None = insurer's
    # TSS: family members insured on the same proposal (customer ids) and the chosen hospital network and health
    # package (HastaneAgi value, SaglikPaketi wire object); None = every insurer's default.
    tss_family: tuple[str, ...] = ()
    tss_network: str | None = None
    tss_package: dict[str, Any] | None = None
    # İMM: the chosen limit, rental car, load carried and assistance (wire values as offered); None = default.
    imm_limit: dict[str, Any] | None = None
    imm_rental_car: dict[str, Any] | None = None
    imm_load: str | None = None
    imm_assistance: dict[str, Any] | None = None
    proposal_id: str | None = None
    proposal_product_id: str | None = None
    offer_label: str = ""
    # A renewal sale: last year's policy, its insurer and policy number as shown, its gross premium (decimal
    # text). And whether the operator chose to ask for quotes outside the vehicle's renewal period.
    renewal_of: str | None = None
    renewal_label: str = ""
    renewal_premium: str | None = None
    bypass_renewal_period: bool = False
    installment_number: int | None = None
    payment_method: str | None = None
    # Set while a purchase answer was lost, so a resumed session reconciles before anything else.
    pending_purchase: bool = False
    policy_id: str | None = None
    policy_number: str | None = None
    # Campaign code / free tag typed on the payment step (services/sale_tags.py); sent with the purchase.
    campaign_tag: str = ""

    def __post_init__(self) -> None:
        # A saved sale comes back from JSON with a list; comparing it to a tuple would look like a change.
        family: object = self.tss_family
        if isinstance(family, list):
            object.__setattr__(self, "tss_family", tuple(str(v) for v in family))

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> SaleData:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})


class FlowError(RuntimeError):
    """A move the flow does not allow (missing data, no way back)."""


Next = str | Callable[[SaleData], str]


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    next: Next | None
    # Fields that must be filled before the operator may leave this step forwards (or a function of the sale
    # naming them, for a step whose needs depend on earlier choices such as the branch).
    produces: tuple[str, ...] | Callable[[SaleData], tuple[str, ...]] = ()
    last: bool = False
    can_go_back: Callable[[SaleData], bool] = field(default=lambda _d: True)

    def next_name(self, data: SaleData) -> str | None:
        if self.next is None or isinstance(self.next, str):
            return self.next
        return self.next(data)

    def missing(self, data: SaleData) -> list[str]:
        needed = self.produces(data) if callable(self.produces) else self.produces
        return [name for name in needed if getattr(data, name) in (None, "")]


def _payment_back_allowed(data: SaleData) -> bool:
    # Once money may have moved, going back could let the operator buy a second offer.
    return not data.pending_purchase and data.policy_id is None


SALE_STEPS: Final[Mapping[str, Step]] = {
    CUSTOMER: Step(CUSTOMER, ASSET, produces=("customer_id",)),
    ASSET: Step(ASSET, QUOTES, produces=asset_needs),
    QUOTES: Step(QUOTES, PAYMENT, produces=("proposal_id", "proposal_product_id", "installment_number")),
    PAYMENT: Step(PAYMENT, DONE, produces=("payment_method", "policy_id"), can_go_back=_payment_back_allowed),
    DONE: Step(DONE, None, last=True, can_go_back=lambda _d: False),
}

# Changing an earlier choice invalidates everything decided after it.
_QUOTE_CHOICES: Final = ("proposal_id", "proposal_product_id", "offer_label", "installment_number", "payment_method")
_ASSET_CHOICES: Final = ("vehicle_id", "vehicle_label", "property_id", "property_label", "insured_customer_id",
                         "insured_label")
_DOWNSTREAM: Final[Mapping[str, tuple[str, ...]]] = {
    "customer_id": (*_ASSET_CHOICES, "tss_family", *_QUOTE_CHOICES),
    **{name: _QUOTE_CHOICES for name in (
        "vehicle_id", "property_id", "insured_customer_id", "branch", "coverage_group_id", "policy_start_date",
        "konut_furniture_price", "konut_electronics_price", "konut_insulation_price", "konut_window_price",
        "konut_earthquake", "konut_vacancy_over_month", "konut_scope", "tss_family", "tss_network", "tss_package",
        "imm_limit", "imm_rental_car", "imm_load", "imm_assistance")},
}


Listener = Callable[["SalesFlow"], None]
# A renewal, and the choice to ask outside the renewal period, belong to one customer, vehicle and branch.
_RENEWAL: Final = ("renewal_of", "renewal_label", "renewal_premium", "bypass_renewal_period")
_RENEWAL_DOWNSTREAM: Final[Mapping[str, tuple[str, ...]]] = {
    "customer_id": _RENEWAL, "vehicle_id": _RENEWAL, "branch": _RENEWAL}


class SalesFlow:
    """Current step, collected data and the history of (step, data) snapshots."""

    def __init__(
        self, steps: Mapping[str, Step] = SALE_STEPS, start: str = CUSTOMER, data: SaleData | None = None
    ) -> None:
        if start not in steps:
            raise FlowError(f"unknown step {start!r}")
        self._steps = steps
        self._current = start
        self._data = data or SaleData()
        self._history: list[tuple[str, SaleData]] = []
        self._listeners: list[Listener] = []

    @classmethod
    def begin(
        cls, customer_id: str | None = None, customer_label: str = "", vehicle_id: str | None = None,
        *, branch: str | None = None, property_id: str | None = None,
    ) -> SalesFlow:
        """A new sale; with a known customer it opens on the asset step (customer stays reachable)."""
        flow = cls()
        if branch is not None:
            flow._data = _apply(flow._data, {"branch": branch})
        if customer_id:
            flow._history.append((CUSTOMER, flow._data))
            flow._data = replace(
                flow._data, customer_id=customer_id, customer_label=customer_label, vehicle_id=vehicle_id,
                property_id=property_id,
            )
            flow._current = ASSET
        return flow

    # --- reading -------------------------------------------------------------------------------
    @property
    def current(self) -> str:
        return self._current

    @property
    def step(self) -> Step:
        return self._steps[self._current]

    @property
    def data(self) -> SaleData:
        return self._data

    def can_go_back(self) -> bool:
        return bool(self._history) and self.step.can_go_back(self._data)

    def missing(self) -> list[str]:
        return self.step.missing(self._data)

    # --- moving --------------------------------------------------------------------------------
    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def update(self, **changes: Any) -> None:
        """Record choices made on the current step without moving."""
        self._data = _apply(self._data, changes)
        self._notify()

    def advance(self, **changes: Any) -> str:
        before = self._data
        candidate = _apply(before, changes)
        missing = self.step.missing(candidate)
        if missing:
            raise FlowError(f"step {self._current!r} is missing {', '.join(missing)}")
        target = self.step.next_name(candidate)
        if target is None:
            raise FlowError(f"step {self._current!r} is the last one")
        self._history.append((self._current, before))
        self._data = candidate
        self._current = target
        self._notify()
        return target

    def back(self) -> str:
        if not self.can_go_back():
            raise FlowError(f"cannot go back from {self._current!r}")
        self._current, self._data = self._history.pop()
        self._notify()
        return self._current

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener(self)

    # --- persistence -----------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "current": self._current,
            "data": self._data.to_dict(),
            "history": [{"step": s, "data": d.to_dict()} for s, d in self._history],
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any], steps: Mapping[str, Step] = SALE_STEPS) -> SalesFlow:
        current = str(raw["current"])
        flow = cls(steps, start=_OLD_STEP_NAMES.get(current, current), data=SaleData.from_dict(raw["data"]))
        for item in raw.get("history", []):
            step = str(item["step"])
            step = _OLD_STEP_NAMES.get(step, step)
            if step not in steps:
                raise FlowError(f"unknown step {step!r}")
            flow._history.append((step, SaleData.from_dict(item["data"])))
        return flow


def _apply(data: SaleData, changes: Mapping[str, Any]) -> SaleData:
    known = {f.name for f in fields(SaleData)}
    unknown = set(changes) - known
    if unknown:
        raise FlowError(f"unknown sale fields: {', '.join(sorted(unknown))}")
    if "branch" in changes and changes["branch"] not in BRANCHES:
        raise FlowError(f"unknown branch {changes['branch']!r}")
    cleared: dict[str, Any] = {}
    defaults = {f.name: f.default for f in fields(SaleData)}
    for name, value in changes.items():
        if getattr(data, name) != value:
            for dependent in (*_DOWNSTREAM.get(name, ()), *_RENEWAL_DOWNSTREAM.get(name, ())):
                if dependent not in changes:
                    cleared[dependent] = defaults[dependent]
    return replace(data, **{**cleared, **changes})
