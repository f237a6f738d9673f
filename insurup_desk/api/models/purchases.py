"""Purchase inputs and outcomes. Card data lives only in memory and never shows in a repr or a log."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import Field

from .base import ApiModel
from .policies import Policy
from .proposals import ProposalProduct


@dataclass(frozen=True, slots=True)
class CardDetails:
    """A payment card for one ``purchase/sync`` call. Not a pydantic model on purpose: it is never parsed,
    stored or dumped, only turned into the request body at the last moment."""

    number: str = field(repr=False)
    cvc: str = field(repr=False)
    expiry_month: str = field(repr=False)
    expiry_year: str = field(repr=False)
    holder_name: str = field(repr=False)
    identity_number: str | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        return "CardDetails(<gizli>)"

    __str__ = __repr__

    def to_wire(self) -> dict[str, Any]:
        month = self.expiry_month.strip().zfill(2)
        year = self.expiry_year.strip()
        if len(year) == 2:
            year = "20" + year
        return {
            "identityNumber": self.identity_number,
            "number": "".join(ch for ch in self.number if ch.isdigit()),
            "cvc": self.cvc.strip(),
            "expiryMonth": month,
            "expiryYear": year,
            "holderName": self.holder_name.strip(),
        }


class PurchaseResult(ApiModel):
    # Strictly a non-empty string: an answer without a usable policy id is reconciled, never guessed at.
    policy_id: str = Field(min_length=1)
    policy_number: str | None = None
    status: str | None = None


ReconciliationStatus = Literal["PURCHASED", "NOT_PURCHASED", "PROCESSING"]


class Reconciliation(ApiModel):
    """What the server says happened to a purchase whose answer was lost."""

    status: ReconciliationStatus
    product: ProposalProduct | None = None
    policy: Policy | None = None
