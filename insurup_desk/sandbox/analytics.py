"""Analytics routes (addendum §F): production figures computed from the same nodes GraphQL serves.

Every figure is derived from the agency's live policy and proposal nodes, so a sale made in training shows up
at once, and the numbers always equal what the GraphQL lists add up to. Days are the agency's days (Istanbul,
UTC+3 all year): a policy issued at 22:30 UTC belongs to the next local day. Cancelled policies are not
production and are left out of every policy figure.
"""

from __future__ import annotations

import bisect
import datetime as dt
import weakref
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from .auth import current_user
from .problems import field_error, validation_problem
from .state import Sandbox
from .web import json_body, ok, sandbox_of

_OFFSET = dt.timedelta(hours=3)  # the agency's day; Turkey has kept UTC+3 since 2016
_MAX_DAYS = 3 * 366
_GROUPS = {"productBranch": "productBranch", "insuranceCompany": "insuranceCompanyName"}
Node = Mapping[str, Any]


def _day(value: Any, prop: str, errors: list[dict[str, Any]], *, required: bool) -> dt.date | None:
    if value is None:
        if required:
            errors.append(field_error(prop, f"'{prop}' alanı zorunludur."))
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    errors.append(field_error(prop, f"'{prop}' bir tarih olmalıdır (YYYY-AA-GG).", value))
    return None


def _range(body: dict[str, Any], *, required: bool = True) -> tuple[dt.date, dt.date] | None:
    errors: list[dict[str, Any]] = []
    start = _day(body.get("startDate"), "startDate", errors, required=required)
    end = _day(body.get("endDate"), "endDate", errors, required=required)
    if start is not None and end is not None:
        if end < start:
            errors.append(field_error("endDate", "Bitiş tarihi başlangıçtan önce olamaz.", body.get("endDate")))
        elif (end - start).days > _MAX_DAYS:
            errors.append(field_error("endDate", "Tarih aralığı en fazla üç yıl olabilir.", body.get("endDate")))
    if errors:
        raise validation_problem(errors, "Analiz isteği geçersiz.", "ANALYTICS_VALIDATION")
    if start is None or end is None:
        return None
    return start, end


def _bounds(start: dt.date, end: dt.date) -> tuple[str, str]:
    """The UTC instants (wire strings) the local days [start, end] begin and end at."""
    lo = dt.datetime.combine(start, dt.time.min) - _OFFSET
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min) - _OFFSET
    return lo.strftime("%Y-%m-%dT%H:%M:%SZ"), hi.strftime("%Y-%m-%dT%H:%M:%SZ")


def _local_day(created_at: str) -> str:
    moment = dt.datetime.fromisoformat(created_at.replace("Z", "+00:00")).replace(tzinfo=None) + _OFFSET
    return moment.date().isoformat()


def _within(nodes: Iterable[Node], start: dt.date, end: dt.date) -> list[Node]:
    lo, hi = _bounds(start, end)
    return [n for n in nodes if lo <= str(n.get("createdAt") or "") < hi]


def _production(nodes: Iterable[Node], start: dt.date, end: dt.date) -> list[Node]:
    return [n for n in _within(nodes, start, end) if n.get("state") != "CANCELLED"]


def _days(start: dt.date, end: dt.date) -> list[str]:
    return [(start + dt.timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]


def _money(value: float) -> float:
    return round(value, 2)


async def _request(request: Request) -> tuple[dict[str, Any], str]:
    user = current_user(request)
    body = await json_body(request)
    return body, user.agent_id


def _nodes(request: Request, entity: str, agent_id: str) -> Sequence[Node]:
    return sandbox_of(request).graphql_nodes(entity, agent_id)


async def count_and_premium(request: Request) -> JSONResponse:
    body, agent_id = await _request(request)
    span = _range(body)
    assert span is not None
    group_by = body.get("groupBy")
    if group_by is not None and group_by not in _GROUPS:
        raise validation_problem([field_error("groupBy", "'groupBy' productBranch ya da insuranceCompany olmalıdır.",
                                              group_by)], "Analiz isteği geçersiz.", "ANALYTICS_VALIDATION")
    sb = sandbox_of(request)
    with sb.lock:
        rows = _production(_nodes(request, "policies", agent_id), *span)
    series: dict[str, list[float]] = {day: [0, 0.0] for day in _days(*span)}
    groups: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    total = 0.0
    for node in rows:
        premium = float(node.get("grossPremium") or 0)
        total += premium
        bucket = series[_local_day(node["createdAt"])]
        bucket[0] += 1
        bucket[1] += premium
        if group_by is not None:
            group = groups[str(node.get(_GROUPS[group_by]) or "")]
            group[0] += 1
            group[1] += premium
    payload: dict[str, Any] = {
        "kpis": {"totalCount": len(rows), "totalPremium": _money(total),
                 "averagePremium": _money(total / len(rows)) if rows else 0.0},
        "timeSeries": [{"date": day, "count": int(c), "premium": _money(p)} for day, (c, p) in series.items()],
    }
    if group_by is not None:
        payload["groupedData"] = [{"groupKey": key, "count": int(c), "premium": _money(p)}
                                  for key, (c, p) in sorted(groups.items(), key=lambda kv: -kv[1][1])]
    return ok(payload)


async def renewal(request: Request) -> JSONResponse:
    """Renewal policies (renewal number above zero) issued per day."""
    body, agent_id = await _request(request)
    span = _range(body)
    assert span is not None
    sb = sandbox_of(request)
    with sb.lock:
        rows = [n for n in _production(_nodes(request, "policies", agent_id), *span)
                if (n.get("renewalNumber") or 0) > 0]
    daily: dict[str, int] = dict.fromkeys(_days(*span), 0)
    for node in rows:
        daily[_local_day(node["createdAt"])] += 1
    return ok({"dailyRenewals": [{"date": d, "count": c} for d, c in daily.items()],
               "totalRenewals": len(rows), "peakRenewals": max(daily.values(), default=0)})


async def distribution_by_branch(request: Request) -> JSONResponse:
    body, agent_id = await _request(request)
    span = _range(body)
    assert span is not None
    sb = sandbox_of(request)
    with sb.lock:
        rows = _production(_nodes(request, "policies", agent_id), *span)
    groups: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for node in rows:
        group = groups[str(node.get("productBranch"))]
        group[0] += 1
        group[1] += float(node.get("grossPremium") or 0)
    return ok({"distribution": [
        {"branch": branch, "count": int(c), "premium": _money(p),
         "percentage": round(100 * c / len(rows), 2) if rows else 0.0}
        for branch, (c, p) in sorted(groups.items(), key=lambda kv: -kv[1][0])
    ]})


async def representative_earnings(request: Request) -> JSONResponse:
    """Commission earned per representative: the one the policy is represented by, else who issued it."""
    body, agent_id = await _request(request)
    span = _range(body)
    assert span is not None
    sb = sandbox_of(request)
    with sb.lock:
        rows = _production(_nodes(request, "policies", agent_id), *span)
    people: dict[str, list[Any]] = {}
    for node in rows:
        who = node.get("representedBy") or node.get("createdBy") or {}
        entry = people.setdefault(str(who.get("id") or ""), [str(who.get("name") or ""), 0.0, 0])
        entry[1] += float(node.get("commission") or 0)
        entry[2] += 1
    return ok({"earnings": [
        {"representativeId": rid, "representativeName": name, "earnings": _money(earned), "policyCount": count}
        for rid, (name, earned, count) in sorted(people.items(), key=lambda kv: -kv[1][1])
    ]})


CONVERSION_WINDOW = dt.timedelta(days=30)
Issued = dict[tuple[str, str], list[str]]
_issued_cache: weakref.WeakKeyDictionary[Sandbox, dict[str, tuple[int, Issued]]] = weakref.WeakKeyDictionary()


def _issued(sb: Sandbox, agent_id: str) -> Issued:
    """When each (insured customer, branch) was issued a policy, sorted; rebuilt when the data changes."""
    version = sb.data_version
    per_agent = _issued_cache.setdefault(sb, {})
    cached = per_agent.get(agent_id)
    if cached is not None and cached[0] == version:
        return cached[1]
    issued: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node in sb.graphql_nodes("policies", agent_id):
        if node.get("state") != "CANCELLED":
            issued[(str(node.get("insuredCustomerId")), str(node.get("productBranch")))].append(str(node["createdAt"]))
    for times in issued.values():
        times.sort()
    per_agent[agent_id] = (version, dict(issued))
    return per_agent[agent_id][1]


def _converted(node: Node, issued: Issued) -> bool:
    """Bought through the desk (PURCHASED), or the customer got a policy of that branch within 30 days of it
    (sold another way: by phone, at the insurer's own office); the seeded history converts like this."""
    if node.get("state") == "PURCHASED":
        return True
    times = issued.get((str(node.get("insuredCustomerId")), str(node.get("productBranch"))))
    if not times:
        return False
    created = str(node["createdAt"])
    until = (dt.datetime.fromisoformat(created.replace("Z", "+00:00")) + CONVERSION_WINDOW).strftime(
        "%Y-%m-%dT%H:%M:%SZ")
    at = bisect.bisect_left(times, created)
    return at < len(times) and times[at] <= until


async def conversion_trend(request: Request) -> JSONResponse:
    """Per day: proposals created, how many of those turned into a policy (see ``_converted``), the rate in %."""
    body, agent_id = await _request(request)
    span = _range(body)
    assert span is not None
    sb = sandbox_of(request)
    with sb.lock:
        rows = _within(_nodes(request, "proposals", agent_id), *span)
        issued = _issued(sb, agent_id)
        flags = [_converted(node, issued) for node in rows]
    series: dict[str, list[int]] = {day: [0, 0] for day in _days(*span)}
    for node, converted in zip(rows, flags, strict=True):
        bucket = series[_local_day(node["createdAt"])]
        bucket[0] += 1
        bucket[1] += converted
    bought = sum(b[1] for b in series.values())

    def rate(proposals: int, policies: int) -> float:
        return round(100 * policies / proposals, 2) if proposals else 0.0

    return ok({"timeSeries": [{"date": d, "proposalCount": p, "policyCount": b, "conversionRate": rate(p, b)}
                              for d, (p, b) in series.items()],
               "conversionRate": rate(len(rows), bought)})


def _cases(request: Request, agent_id: str) -> Sequence[Node]:
    return _nodes(request, "cases", agent_id)


async def sales_opportunity_funnel(request: Request) -> JSONResponse:
    body, agent_id = await _request(request)
    span = _range(body, required=False)
    sb = sandbox_of(request)
    with sb.lock:
        rows = [n for n in _cases(request, agent_id) if n.get("type") == "SALE_OPPORTUNITY"]
        if span is not None:
            rows = _within(rows, *span)
    counts: dict[str, int] = defaultdict(int)
    for node in rows:
        counts[str(node.get("mainState"))] += 1
    return ok({"stages": [{"stage": s, "count": c, "percentage": round(100 * c / len(rows), 2)}
                          for s, c in counts.items()]})


async def open_case_backlog_pivot(request: Request) -> JSONResponse:
    _body, agent_id = await _request(request)
    sb = sandbox_of(request)
    with sb.lock:
        rows = [n for n in _cases(request, agent_id) if n.get("mainState") in ("OPEN", "IN_PROGRESS")]
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for node in rows:
        counts[(str(node.get("type")), str(node.get("subState")))] += 1
    return ok({"pivotData": [{"type": t, "subtype": s, "count": c} for (t, s), c in counts.items()]})


async def failed_cases_reason_distribution(request: Request) -> JSONResponse:
    body, agent_id = await _request(request)
    span = _range(body, required=False)
    sb = sandbox_of(request)
    with sb.lock:
        rows = [n for n in _cases(request, agent_id) if n.get("mainState") == "FAIL"]
        if span is not None:
            rows = _within(rows, *span)
    counts: dict[str, int] = defaultdict(int)
    for node in rows:
        counts[str(node.get("subState"))] += 1
    return ok({"reasons": [{"reason": r, "count": c, "percentage": round(100 * c / len(rows), 2)}
                           for r, c in counts.items()]})


ROUTES: tuple[tuple[str, Any], ...] = (
    ("/api/policies/analytics/count-and-premium", count_and_premium),
    ("/api/policies/analytics/renewal", renewal),
    ("/api/policies/analytics/distribution-by-branch", distribution_by_branch),
    ("/api/policies/analytics/representative-earnings", representative_earnings),
    ("/api/proposals/analytics/conversion-trend", conversion_trend),
    ("/api/cases/analytics/sales-opportunity-funnel", sales_opportunity_funnel),
    ("/api/cases/analytics/open-case-backlog-pivot", open_case_backlog_pivot),
    ("/api/cases/analytics/failed-cases-reason-distribution", failed_cases_reason_distribution),
)
