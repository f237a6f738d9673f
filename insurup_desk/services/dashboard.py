"""The production dashboard ("Pano"): what a branch manager reads instead of the lists.

Where the figures come from (the analytics routes where the contract has one, the GraphQL lists otherwise):

* policies, gross premium, premium over time, premium by insurer — ``count-and-premium`` grouped by insurer;
* commission — the sum of ``representative-earnings`` (a representative's earnings are the commission on the
  policies they represent), which also gives the manager's earnings table;
* conversion rate and its trend — ``conversion-trend``;
* premium by product branch — ``distribution-by-branch``;
* renewals due in 30/60/90 days — no route has them, so they are counted on the policy list with ``totalCount``
  and a one-row page (never the rows themselves): due = policies ending in the window, lost = those cancelled,
  renewed = renewal policies (renewal number above zero) starting in the window, open = what is left.

The page loads in two steps (tiles first, charts second) and every answer goes through the local cache, so the
dashboard still opens offline with the time its figures were fetched. Nothing here knows about Qt.
"""

from __future__ import annotations

import asyncio
import calendar
import datetime as dt
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from insurup_desk.api.analytics import GroupBy
from insurup_desk.api.models.analytics import (
    BranchDistribution,
    BranchShare,
    ConversionPoint,
    ConversionTrend,
    CountAndPremium,
    ProductionGroup,
    ProductionPoint,
    RepresentativeEarning,
    RepresentativeEarnings,
)
from insurup_desk.api.models.graphql import Connection, PolicyNode
from insurup_desk.services.api_ports import FilterArg, OrderArg
from insurup_desk.services.cached_reads import CachedReads

M = TypeVar("M", bound=BaseModel)
RENEWAL_WINDOWS: tuple[int, ...] = (30, 60, 90)


class AnalyticsPort(Protocol):
    async def count_and_premium(self, start: dt.date, end: dt.date,
                                group_by: GroupBy | None = None) -> CountAndPremium: ...
    async def distribution_by_branch(self, start: dt.date, end: dt.date) -> BranchDistribution: ...
    async def representative_earnings(self, start: dt.date, end: dt.date) -> RepresentativeEarnings: ...
    async def conversion_trend(self, start: dt.date, end: dt.date) -> ConversionTrend: ...


class PolicyCountPort(Protocol):
    async def policies(self, *, first: int | None = 50, after: str | None = None, filter: FilterArg = None,
                       search: FilterArg = None, order: OrderArg = None) -> Connection[PolicyNode]: ...


MANAGER_ROLES = frozenset({"OWNER", "MANAGER", "AGENCY_MANAGER", "BRANCH_MANAGER", "ADMIN"})


def is_manager(user: object) -> bool:
    """Whether the signed-in agent user leads a branch (``role`` of ``agent-users/me``; absent means no)."""
    extra = getattr(user, "extra", None)
    role = extra("role") if callable(extra) else getattr(user, "role", None)
    return isinstance(role, str) and role.upper() in MANAGER_ROLES


# --- periods ------------------------------------------------------------------------------------------


class Period(StrEnum):
    TODAY = "today"
    WEEK = "week"
    MONTH = "month"
    RANGE = "range"


@dataclass(frozen=True, slots=True)
class Span:
    """Calendar days [start, end], both included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a span ends on or after its start")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def preceding(self) -> Span:
        """As many days, ending the day before this span starts."""
        end = self.start - dt.timedelta(days=1)
        return Span(end - dt.timedelta(days=self.days - 1), end)


def period_spans(period: Period, today: dt.date, chosen: Span | None = None) -> tuple[Span, Span]:
    """The period and the one it is compared with, like for like: this week so far against the same days of
    last week, this month so far against the same days of last month (cut at its last day)."""
    if period is Period.TODAY:
        span = Span(today, today)
        return span, span.preceding()
    if period is Period.WEEK:
        span = Span(today - dt.timedelta(days=today.weekday()), today)
        week_ago = dt.timedelta(days=7)
        return span, Span(span.start - week_ago, span.end - week_ago)
    if period is Period.MONTH:
        span = Span(today.replace(day=1), today)
        last_month_end = span.start - dt.timedelta(days=1)
        start = last_month_end.replace(day=1)
        day = min(today.day, calendar.monthrange(start.year, start.month)[1])
        return span, Span(start, start.replace(day=day))
    if chosen is None:
        raise ValueError("a chosen range needs its span")
    return chosen, chosen.preceding()


# --- figures ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Kpis:
    policies: int
    premium: Decimal
    commission: Decimal
    conversion_rate: float  # percent


def change_percent(current: Decimal | float | int, previous: Decimal | float | int) -> float | None:
    """The change against the previous period in percent; None when there is nothing to compare with."""
    if previous == 0:
        return None
    return float((Decimal(str(current)) - Decimal(str(previous))) / Decimal(str(previous)) * 100)


@dataclass(frozen=True, slots=True)
class RenewalWindow:
    days: int
    due: int
    renewed: int
    lost: int

    @property
    def open(self) -> int:
        return max(self.due - self.renewed - self.lost, 0)


class Stage(StrEnum):
    EMPTY = "empty"  # nothing asked yet
    LOADING_TILES = "loading_tiles"
    LOADING_CHARTS = "loading_charts"
    READY = "ready"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Dashboard:
    """What the page draws. Charts stay empty tuples until the second step has arrived."""

    period: Period
    span: Span
    previous_span: Span
    stage: Stage = Stage.EMPTY
    kpis: Kpis | None = None
    previous: Kpis | None = None
    premium_over_time: tuple[ProductionPoint, ...] = ()
    by_insurer: tuple[ProductionGroup, ...] = ()
    by_branch: tuple[BranchShare, ...] = ()
    conversion: tuple[ConversionPoint, ...] = ()
    renewals: tuple[RenewalWindow, ...] = ()
    earnings: tuple[RepresentativeEarning, ...] = ()
    fetched_at: float | None = None  # oldest cached figure shown (epoch s); None when everything is live
    error: Exception | None = None

    @property
    def is_empty(self) -> bool:
        """Loaded, and the period has no production at all (the page shows an empty state)."""
        return self.kpis is not None and self.kpis.policies == 0 and not any(p.proposal_count for p in self.conversion)


Listener = Callable[[Dashboard], None]


def _oldest(*stamps: float | None) -> float | None:
    known = [s for s in stamps if s is not None]
    return min(known) if known else None


@dataclass(slots=True)
class _Loaded:
    value: Any
    fetched_at: float | None


class DashboardService:
    """Loads the figures of one period in two steps and tells listeners after each; a newer request wins."""

    def __init__(self, analytics: AnalyticsPort, lists: PolicyCountPort, reads: CachedReads, *,
                 today: Callable[[], dt.date] = dt.date.today, with_earnings: bool = True) -> None:
        self._analytics = analytics
        self._lists = lists
        self._reads = reads
        self._today = today
        self.with_earnings = with_earnings
        self._listeners: list[Listener] = []
        self._generation = 0
        self.period = Period.MONTH
        self.chosen: Span | None = None
        today_spans = period_spans(Period.MONTH, today())
        self.state = Dashboard(Period.MONTH, *today_spans)

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _set(self, state: Dashboard) -> None:
        self.state = state
        for listener in list(self._listeners):
            listener(state)

    # --- reads (through the cache) ------------------------------------------------------------------

    async def _read(self, name: str, span: Span, live: Callable[[], Awaitable[M]], model: type[M]) -> _Loaded:
        fetched = await self._reads.read(
            "dashboard", f"{name}:{span.start.isoformat()}:{span.end.isoformat()}", live,
            lambda value: value.model_dump(mode="json", by_alias=True), model.model_validate)
        return _Loaded(fetched.value, fetched.fetched_at)

    async def _production(self, span: Span) -> _Loaded:
        return await self._read("production", span, lambda: self._analytics.count_and_premium(
            span.start, span.end, "insuranceCompany"), CountAndPremium)

    async def _earnings(self, span: Span) -> _Loaded:
        return await self._read("earnings", span, lambda: self._analytics.representative_earnings(
            span.start, span.end), RepresentativeEarnings)

    async def _conversion(self, span: Span) -> _Loaded:
        return await self._read("conversion", span, lambda: self._analytics.conversion_trend(
            span.start, span.end), ConversionTrend)

    async def _branches(self, span: Span) -> _Loaded:
        return await self._read("branches", span, lambda: self._analytics.distribution_by_branch(
            span.start, span.end), BranchDistribution)

    async def _count(self, key: str, filter: dict[str, Any]) -> _Loaded:
        async def live() -> _Count:
            page = await self._lists.policies(first=1, filter=filter)
            return _Count(total=page.total_count or 0)

        fetched = await self._reads.read("dashboard", key, live, lambda c: c.model_dump(), _Count.model_validate)
        return _Loaded(fetched.value.total, fetched.fetched_at)

    async def _renewals(self, today: dt.date) -> tuple[list[RenewalWindow], float | None]:
        jobs = []
        for days in RENEWAL_WINDOWS:
            last = (today + dt.timedelta(days=days)).isoformat()
            ends = {"endDate": {"gte": today.isoformat(), "lte": last}}
            starts = {"startDate": {"gte": today.isoformat(), "lte": last}}
            stem = f"renewals:{today.isoformat()}:{days}"
            jobs += [
                self._count(stem + ":due", ends),
                self._count(stem + ":lost", {"and": [ends, {"state": {"eq": "CANCELLED"}}]}),
                self._count(stem + ":renewed", {"and": [starts, {"renewalNumber": {"gt": 0}},
                                                        {"state": {"neq": "CANCELLED"}}]}),
            ]
        got = await asyncio.gather(*jobs)
        windows = [RenewalWindow(days, int(got[3 * i].value), int(got[3 * i + 2].value), int(got[3 * i + 1].value))
                   for i, days in enumerate(RENEWAL_WINDOWS)]
        return windows, _oldest(*(g.fetched_at for g in got))

    # --- loading ------------------------------------------------------------------------------------

    def spans(self, period: Period, chosen: Span | None = None) -> tuple[Span, Span]:
        return period_spans(period, self._today(), chosen)

    async def load(self, period: Period | None = None, chosen: Span | None = None) -> Dashboard:
        """Load ``period`` (default: the current one); returns the final state (also given to listeners)."""
        if period is not None:
            self.period = period
            self.chosen = chosen if period is Period.RANGE else None
        self._generation += 1
        generation = self._generation
        span, previous_span = self.spans(self.period, self.chosen)
        today = self._today()
        state = Dashboard(self.period, span, previous_span, Stage.LOADING_TILES)
        self._set(state)

        def current() -> bool:
            return generation == self._generation

        try:
            production, previous, earnings, previous_earnings, conversion, previous_conversion = await asyncio.gather(
                self._production(span), self._production(previous_span), self._earnings(span),
                self._earnings(previous_span), self._conversion(span), self._conversion(previous_span))
            if not current():
                return self.state
            state = replace(
                state, stage=Stage.LOADING_CHARTS,
                kpis=_kpis(production.value, earnings.value, conversion.value),
                previous=_kpis(previous.value, previous_earnings.value, previous_conversion.value),
                fetched_at=_oldest(production.fetched_at, previous.fetched_at, earnings.fetched_at,
                                   previous_earnings.fetched_at, conversion.fetched_at, previous_conversion.fetched_at),
            )
            self._set(state)
            branches, (renewals, renewals_at) = await asyncio.gather(self._branches(span), self._renewals(today))
            if not current():
                return self.state
            cp: CountAndPremium = production.value
            state = replace(
                state, stage=Stage.READY,
                premium_over_time=tuple(cp.time_series),
                by_insurer=tuple(cp.grouped_data or ()),
                by_branch=tuple(branches.value.distribution),
                conversion=tuple(conversion.value.time_series),
                renewals=tuple(renewals),
                earnings=tuple(earnings.value.earnings) if self.with_earnings else (),
                fetched_at=_oldest(state.fetched_at, branches.fetched_at, renewals_at),
            )
            self._set(state)
            return state
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # shown on the page as it is; the figures already drawn stay
            if current():
                self._set(replace(state, stage=Stage.FAILED, error=exc))
            return self.state

    async def sale_finished(self) -> None:
        """A sale just issued a policy: the figures of the shown period changed, load them again."""
        if self.state.stage is not Stage.EMPTY:
            await self.load()


class _Count(BaseModel):
    total: int


def _kpis(production: CountAndPremium, earnings: RepresentativeEarnings, conversion: ConversionTrend) -> Kpis:
    commission = sum((e.earnings for e in earnings.earnings), Decimal(0))
    return Kpis(production.kpis.total_count, production.kpis.total_premium, commission, conversion.conversion_rate)


def premium_total(points: Sequence[ProductionPoint]) -> Decimal:
    return sum((p.premium for p in points), Decimal(0))

