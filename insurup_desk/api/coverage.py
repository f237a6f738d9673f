"""Coverage groups and kasko coverage choices."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from .models.coverage import CoverageGroup, KaskoCoverageChoice, utilization_ordinal
from .session import ApiSession

_GROUPS = TypeAdapter(list[CoverageGroup])
_CHOICES = TypeAdapter(list[KaskoCoverageChoice])


class CoverageApi:
    def __init__(self, session: ApiSession) -> None:
        self._s = session

    async def groups(self, product_branch: str | None = None) -> list[CoverageGroup]:
        """The agency's coverage groups, optionally only those of one branch (filtered here: the
        endpoint takes no filter)."""
        groups = await self._s.call("GET", "coverage-groups", _GROUPS, empty=b"[]")
        if product_branch is None:
            return groups
        return [g for g in groups if (g.product_branch or "").upper() == product_branch.upper()]

    async def kasko_choices(self, style: str | int | None = None) -> list[KaskoCoverageChoice]:
        """Per-product kasko options; the utilisation style goes out as its integer ordinal."""
        params: dict[str, Any] | None = None
        if style is not None:
            params = {"vehicleUtilizationStyle": utilization_ordinal(style)}
        return await self._s.call("GET", "coverage-choices:kasko", _CHOICES, params=params, empty=b"[]")
