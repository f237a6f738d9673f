"""``policies/analytics``, ``proposals/analytics`` and ``cases/analytics`` (addendum §F).

Every route is a POST with a JSON body, yet only reads: they are sent as idempotent reads so the retry policy
may repeat them. The contract types the dates as plain strings; ISO calendar days (``2026-11-27``) are sent.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from .models.analytics import (
    BranchDistribution,
    CaseBacklog,
    ConversionTrend,
    CountAndPremium,
    FailedCaseReasons,
    RenewalAnalytics,
    RepresentativeEarnings,
    SalesFunnel,
)
from .session import ApiSession

T = TypeVar("T", bound=BaseModel)
GroupBy = Literal["productBranch", "insuranceCompany"]


def _span(start: dt.date | None, end: dt.date | None) -> dict[str, Any]:
    body: dict[str, Any] = {}
    if start is not None:
        body["startDate"] = start.isoformat()
    if end is not None:
        body["endDate"] = end.isoformat()
    return body


class AnalyticsApi:
    def __init__(self, session: ApiSession) -> None:
        self._s = session

    async def _post(self, path: str, body: dict[str, Any], target: type[T]) -> T:
        return await self._s.call("POST", path, target, json_body=body, idempotent=True, read=True)

    async def count_and_premium(self, start: dt.date, end: dt.date, group_by: GroupBy | None = None) -> CountAndPremium:
        body = _span(start, end)
        if group_by is not None:
            body["groupBy"] = group_by
        return await self._post("policies/analytics/count-and-premium", body, CountAndPremium)

    async def renewal(self, start: dt.date, end: dt.date) -> RenewalAnalytics:
        return await self._post("policies/analytics/renewal", _span(start, end), RenewalAnalytics)

    async def distribution_by_branch(self, start: dt.date, end: dt.date) -> BranchDistribution:
        return await self._post("policies/analytics/distribution-by-branch", _span(start, end), BranchDistribution)

    async def representative_earnings(self, start: dt.date, end: dt.date) -> RepresentativeEarnings:
        return await self._post("policies/analytics/representative-earnings", _span(start, end),
                                RepresentativeEarnings)

    async def conversion_trend(self, start: dt.date, end: dt.date) -> ConversionTrend:
        return await self._post("proposals/analytics/conversion-trend", _span(start, end), ConversionTrend)

    async def sales_opportunity_funnel(self, start: dt.date | None = None, end: dt.date | None = None) -> SalesFunnel:
        return await self._post("cases/analytics/sales-opportunity-funnel", _span(start, end), SalesFunnel)

    async def open_case_backlog(self, filters: dict[str, Any] | None = None) -> CaseBacklog:
        body = {"filters": filters} if filters else {}
        return await self._post("cases/analytics/open-case-backlog-pivot", body, CaseBacklog)

    async def failed_case_reasons(self, start: dt.date | None = None, end: dt.date | None = None) -> FailedCaseReasons:
        return await self._post("cases/analytics/failed-cases-reason-distribution", _span(start, end),
                                FailedCaseReasons)
