"""Time-zone names a news page prints after a time ("10:30 AM ET", "02:24 UTC", "14.00 MEZ").

A small fixed table, on purpose: the names news sites print, each with one meaning.
Names that mean several zones are left out, and such a time stays without offset:
IST (India, Ireland, Israel), CST (US Central, China), AST, BST is read as British
Summer Time (+01:00) as news pages use it.

The US generic names (ET, CT, MT, PT: "Eastern Time") switch between standard and
daylight time; their offset is taken for the day printed, by the US rule in force
since 2007 (daylight from the second Sunday of March to the first Sunday of November,
switching at 2:00 local time).
"""
from __future__ import annotations

import datetime as dt
import re

_H = dt.timedelta(hours=1)

# Fixed offsets, in hours.
FIXED: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1,
    "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10,
    "JST": 9, "KST": 9, "HKT": 8, "SGT": 8, "AEST": 10, "AEDT": 11, "ACST": 9.5, "AWST": 8,
    "NZST": 12, "NZDT": 13,
}
# US generic names: standard offset in hours (daylight time is one hour more).
US_GENERIC: dict[str, int] = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}

# The names as a regex alternative, longest first; matched case-sensitively (in capitals)
# so that "at", "et" (French "and") or "mt" in a word never read as a zone. "UTC+2",
# "GMT+05:30" and "UTC-4" carry their own offset.
ZONE_PATTERN = (
    r"(?-i:(?P<zone>" + "|".join(sorted((k for k in (*FIXED, *US_GENERIC) if k != "Z"), key=len, reverse=True))
    + r")(?P<zone_offset>[+\-−]\d{1,2}(?::?\d\d)?)?)(?![\w])"
)
_OFFSET = re.compile(r"^[+\-−](\d{1,2})(?::?(\d\d))?$")


def zone_offset(name: str, day: dt.date, time: dt.time, extra: str | None = None) -> dt.timedelta | None:
    """The UTC offset a zone name means on ``day`` at local ``time``; None for an unknown name.

    >>> zone_offset("ET", dt.date(2024, 7, 4), dt.time(10, 30))
    datetime.timedelta(days=-1, seconds=72000)
    >>> zone_offset("UTC", dt.date(2024, 7, 4), dt.time(10, 30), "+2")
    datetime.timedelta(seconds=7200)
    """
    if name in FIXED:
        base = dt.timedelta(hours=FIXED[name])
    elif name in US_GENERIC:
        base = dt.timedelta(hours=US_GENERIC[name]) + (_H if _us_daylight(day, time) else dt.timedelta(0))
    else:
        return None
    if extra:
        match = _OFFSET.match(extra.strip())
        if not match:
            return None
        sign = -1 if extra.strip()[0] in "-−" else 1
        base += sign * dt.timedelta(hours=int(match.group(1)), minutes=int(match.group(2) or 0))
    return base if abs(base) < dt.timedelta(hours=24) else None


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _us_daylight(day: dt.date, time: dt.time) -> bool:
    start, end = _nth_sunday(day.year, 3, 2), _nth_sunday(day.year, 11, 1)
    local = dt.datetime.combine(day, time)
    return dt.datetime.combine(start, dt.time(2)) <= local < dt.datetime.combine(end, dt.time(2))
