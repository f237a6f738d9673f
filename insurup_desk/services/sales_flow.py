"""The sale as a map of steps plus a stack of data snapshots (Back is a pop).

Nothing here knows about widgets: the Qt wizard renders whichever step is current and asks this
object to move. Card data is never part of the sale data, so ``to_dict`` is safe to autosave.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, Final

CUSTOMER: Final = "customer"
VEHICLE: Final = "vehicle"
QUOTES: Final = "quotes"
PAYMENT: Final = "payment"
DONE: Final = "done"

BRANCHES: Final = ("TRAFIK", "KASKO")
PAYMENT_METHODS: Final = ("SYNC_CREDIT_CARD", "SYNC_OPEN_ACCOUNT")


@dataclass(frozen=True, slots=True)
class SaleData:
    """What the operator has decided so far. Only JSON-friendly values; never card data."""

    customer_id: str | None = None
    customer_label: str = ""
    vehicle_id: str | None = None
    vehicle_label: str = ""
    branch: str = "TRAFIK"
    coverage_group_id: str | None = None
    policy_start_date: str | None = None  # ISO date; None means "today" to the server
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
    # Fields that must be filled before the operator may leave this step forwards.
    produces: tuple[str, ...] = ()
    last: bool = False
    can_go_back: Callable[[SaleData], bool] = field(default=lambda _d: True)

    def next_name(self, data: SaleData) -> str | None:
        if self.next is None or isinstance(self.next, str):
            return self.next
        return self.next(data)

    def missing(self, data: SaleData) -> list[str]:
        return [name for name in self.produces if getattr(data, name) in (None, "")]


def _payment_back_allowed(data: SaleData) -> bool:
    # Once money may have moved, going back could let the operator buy a second offer.
    return not data.pending_purchase and data.policy_id is None


SALE_STEPS: Final[Mapping[str, Step]] = {
    CUSTOMER: Step(CUSTOMER, VEHICLE, produces=("customer_id",)),
    VEHICLE: Step(VEHICLE, QUOTES, produces=("vehicle_id",)),
    QUOTES: Step(QUOTES, PAYMENT, produces=("proposal_id", "proposal_product_id", "installment_number")),
    PAYMENT: Step(PAYMENT, DONE, produces=("payment_method", "policy_id"), can_go_back=_payment_back_allowed),
    DONE: Step(DONE, None, last=True, can_go_back=lambda _d: False),
}

# Changing an earlier choice invalidates everything decided after it.
_DOWNSTREAM: Final[Mapping[str, tuple[str, ...]]] = {
    "customer_id": (
        "vehicle_id",
        "vehicle_label",
        "proposal_id",
        "proposal_product_id",
        "offer_label",
        "installment_number",
        "payment_method",
    ),
    "vehicle_id": ("proposal_id", "proposal_product_id", "offer_label", "installment_number", "payment_method"),
    "branch": ("proposal_id", "proposal_product_id", "offer_label", "installment_number", "payment_method"),
    "coverage_group_id": ("proposal_id", "proposal_product_id", "offer_label", "installment_number", "payment_method"),
    "policy_start_date": ("proposal_id", "proposal_product_id", "offer_label", "installment_number", "payment_method"),
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
        cls, customer_id: str | None = None, customer_label: str = "", vehicle_id: str | None = None
    ) -> SalesFlow:
        """A new sale; with a known customer it opens on the vehicle step (customer stays reachable)."""
        flow = cls()
        if customer_id:
            flow._history.append((CUSTOMER, flow._data))
            flow._data = replace(
                flow._data, customer_id=customer_id, customer_label=customer_label, vehicle_id=vehicle_id
            )
            flow._current = VEHICLE
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
        flow = cls(steps, start=str(raw["current"]), data=SaleData.from_dict(raw["data"]))
        for item in raw.get("history", []):
            step = str(item["step"])
            if step not in steps:
                raise FlowError(f"unknown step {step!r}")
            flow._history.append((step, SaleData.from_dict(item["data"])))
        return flow


def _apply(data: SaleData, changes: Mapping[str, Any]) -> SaleData:
    known = {f.name for f in fields(SaleData)}
    unknown = set(changes) - known
    if unknown:
        raise FlowError(f"unknown sale fields: {', '.join(sorted(unknown))}")
    cleared: dict[str, Any] = {}
    defaults = {f.name: f.default for f in fields(SaleData)}
    for name, value in changes.items():
        if getattr(data, name) != value:
            for dependent in (*_DOWNSTREAM.get(name, ()), *_RENEWAL_DOWNSTREAM.get(name, ())):
                if dependent not in changes:
                    cleared[dependent] = defaults[dependent]
    return replace(data, **{**cleared, **changes})
