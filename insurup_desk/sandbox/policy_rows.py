"""Compact GraphQL rows for seeded policies.

A million seeded policies as plain node dicts of sixty columns cost gigabytes. A seeded policy's row keeps
only its own columns in a tuple; the columns it shares with every policy of the same customer and vehicle
(party, vehicle, branch and creator columns, and the constants) live in one dict per customer-vehicle pair.
The row reads like the node dict it replaces.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

OWN_KEYS = (
    "id", "state", "productBranch", "channel", "installmentNumber", "paymentType",
    "netPremium", "grossPremium", "commission", "netPremiumTL", "grossPremiumTL", "commissionTL",
    "insuranceCompanyProposalNumber", "insuranceCompanyPolicyNumber", "createdAt", "startDate", "endDate",
    "arrangementDate", "insuranceCompanyId", "insuranceCompanyName", "insuranceCompanyLogo", "productId",
    "productName", "endorsementType", "updateReasonText", "endorsementTimestamp",
)
_OWN_INDEX = {key: i for i, key in enumerate(OWN_KEYS)}

# Columns of every policy node that the seed leaves at one value.
CONSTANT_COLUMNS: dict[str, Any] = {
    "currency": "TURKISH_LIRA", "exchangeRate": 1.0, "campaign": None, "renewalNumber": 0,
    "endorsementNumber": 0, "propertyId": None, "propertyNumber": None, "daskOldPolicyNumber": None,
    "daskPolicyNumber": None, "representedBy": None,
}


class PolicyRow(Mapping[str, Any]):
    """Read-only node of one seeded policy: ``own`` in ``OWN_KEYS`` order, ``shared`` for the rest."""

    __slots__ = ("_own", "_shared")

    def __init__(self, own: tuple[Any, ...], shared: Mapping[str, Any]) -> None:
        self._own = own
        self._shared = shared

    def __getitem__(self, key: str) -> Any:
        i = _OWN_INDEX.get(key)
        if i is None:
            return self._shared[key]
        return self._own[i]

    def get(self, key: str, default: Any = None) -> Any:
        i = _OWN_INDEX.get(key)
        if i is None:
            return self._shared.get(key, default)
        return self._own[i]

    def __contains__(self, key: object) -> bool:
        return key in _OWN_INDEX or key in self._shared

    def __iter__(self) -> Iterator[str]:
        yield from OWN_KEYS
        yield from self._shared

    def __len__(self) -> int:
        return len(OWN_KEYS) + len(self._shared)

    def __repr__(self) -> str:
        return f"PolicyRow({dict(self)!r})"
