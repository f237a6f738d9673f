"""Analytics answers (addendum §F): production, renewal, branch, representative and conversion figures.

Money is gross premium (or commission for earnings) in Turkish lira as the server sends it; ``percentage`` and
``conversion_rate`` are percentages (0–100). Dates are calendar days.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import Field

from .base import ApiModel


class ProductionKpis(ApiModel):
    total_count: int = 0
    total_premium: Decimal = Decimal(0)
    average_premium: Decimal = Decimal(0)


class ProductionPoint(ApiModel):
    date: dt.date
    count: int = 0
    premium: Decimal = Decimal(0)


class ProductionGroup(ApiModel):
    group_key: str
    count: int = 0
    premium: Decimal = Decimal(0)


class CountAndPremium(ApiModel):
    kpis: ProductionKpis
    time_series: list[ProductionPoint] = Field(default_factory=list)
    grouped_data: list[ProductionGroup] | None = None


class RenewalPoint(ApiModel):
    date: dt.date
    count: int = 0


class RenewalAnalytics(ApiModel):
    daily_renewals: list[RenewalPoint] = Field(default_factory=list)
    total_renewals: int = 0
    peak_renewals: int = 0


class BranchShare(ApiModel):
    branch: str
    count: int = 0
    premium: Decimal = Decimal(0)
    percentage: float = 0.0


class BranchDistribution(ApiModel):
    distribution: list[BranchShare]


class RepresentativeEarning(ApiModel):
    representative_id: str | None = None
    representative_name: str | None = None
    earnings: Decimal = Decimal(0)
    policy_count: int = 0


class RepresentativeEarnings(ApiModel):
    earnings: list[RepresentativeEarning]


class ConversionPoint(ApiModel):
    date: dt.date
    proposal_count: int = 0
    policy_count: int = 0
    conversion_rate: float = 0.0


class ConversionTrend(ApiModel):
    time_series: list[ConversionPoint] = Field(default_factory=list)
    conversion_rate: float = 0.0


class FunnelStage(ApiModel):
    stage: str
    count: int = 0
    percentage: float = 0.0


class SalesFunnel(ApiModel):
    stages: list[FunnelStage]


class BacklogCell(ApiModel):
    type: str | None = None
    subtype: str | None = None
    count: int = 0


class CaseBacklog(ApiModel):
    pivot_data: list[BacklogCell]


class FailureReason(ApiModel):
    reason: str
    count: int = 0
    percentage: float = 0.0


class FailedCaseReasons(ApiModel):
    reasons: list[FailureReason]
