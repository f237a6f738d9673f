"""Day boundaries in the agency's day: a date the operator picks means that day in Istanbul, not in UTC.

Turkey has kept UTC+3 all year since 2016; the zone database is used when present, and that fixed offset
when it is not (a Windows machine without the ``tzdata`` package has no zone database).
"""

from __future__ import annotations

import datetime as dt
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_FIXED: Final = dt.timezone(dt.timedelta(hours=3), "TRT")


def agency_zone() -> dt.tzinfo:
    try:
        return ZoneInfo("Europe/Istanbul")
    except ZoneInfoNotFoundError:
        return _FIXED


def day_start_utc(day: dt.date) -> str:
    """The instant the agency's ``day`` begins, as the UTC wire string GraphQL filters take."""
    local = dt.datetime.combine(day, dt.time.min, tzinfo=agency_zone())
    return local.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
