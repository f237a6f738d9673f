"""Seasonality of the seeded production: busy Januaries and Decembers, a quiet August, little on Sundays,
and a branch that grows a little year on year. The seeder keeps drawing its random day as before; ``warp``
moves that draw to where the business would have put it, so the seed stays deterministic."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable

MONTH_WEIGHT = (1.25, 0.95, 1.05, 1.1, 1.05, 1.0, 0.9, 0.7, 1.0, 1.05, 1.0, 1.2)
WEEKDAY_WEIGHT = (1.0, 1.0, 1.0, 1.0, 1.05, 0.55, 0.15)
GROWTH = 0.15  # the most recent day weighs this much more than the oldest


def seasonal_age(today: dt.date, span_days: int) -> Callable[[int], int]:
    """Maps a uniform day count in [0, span_days) to a seasonal one in the same range."""
    cumulative: list[float] = []
    total = 0.0
    for age in range(span_days):
        day = today - dt.timedelta(days=age)
        total += MONTH_WEIGHT[day.month - 1] * WEEKDAY_WEIGHT[day.weekday()] * (1 + GROWTH * (1 - age / span_days))
        cumulative.append(total)

    def warp(uniform_age: int) -> int:
        share = (uniform_age + 0.5) / span_days
        return min(bisect.bisect_left(cumulative, share * total), span_days - 1)

    table = [warp(age) for age in range(span_days)]  # one lookup per seeded record, not a search
    return lambda uniform_age: table[uniform_age % span_days]
