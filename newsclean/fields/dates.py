"""Find and parse publication dates written in page text ("Last updated: July 4, 2025 12:41 am")."""
from __future__ import annotations

import datetime as dt
import re

from .zones import ZONE_PATTERN, zone_offset

# Month names in English and a few other common news languages; keys are lower-case
# prefixes long enough to be unambiguous.
_MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6,
    "juli": 7, "oktober": 10, "dezember": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Spanish / Portuguese / Italian
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
}
_MONTH = r"(?P<month>" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# A time zone printed after the time ("10:30 AM ET", "02:24:00 UTC", "(MEZ)"): see zones.py.
_ZONE = r"(?:\s*(?:Uhr\s*)?\(?" + ZONE_PATTERN + r"\)?)?"
_TIME = (
    r"(?:\s*(?:,|at|um|à|a las|-|–|\|)?\s*(?P<hour>[0-2]?\d)[:.h](?P<minute>[0-5]\d)"
    r"(?::(?P<second>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?" + _ZONE + r")?"
)
_DATE_PATTERNS = [
    # 2025-07-04, 2025/07/04, 2025-07-04T00:41
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)"
               r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d+)?)?"
               r"(?P<iso_offset>Z|[+-][01]\d:?[0-5]\d)?" + _ZONE + r")?"),
    # July 4, 2025 / Jul. 4th 2025 12:41 am
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b" + _TIME, re.IGNORECASE),
    # 4 July 2025 / 4. Juli 2025 / 4 de julio de 2025
    re.compile(r"\b" + _DAY + r"\s+(?:de\s+)?" + _MONTH + r",?\s+(?:de\s+)?" + _YEAR + r"\b" + _TIME,
               re.IGNORECASE),
    # 04.07.2025 (day first, as written in Europe); US-style 07/04/2025 is ambiguous and skipped
    # unless one part exceeds 12.
    re.compile(r"\b(?P<a>[0-3]?\d)[./](?P<b>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b" + _TIME),
]
# Labels that say which date a line gives.
_PUBLISHED = re.compile(r"\b(published|posted|publié|veröffentlicht|publicado|pubblicato)\b", re.I)
_UPDATED = re.compile(r"\b(updated|modified|edited|aktualisiert|mis à jour|actualizado|aggiornato)\b", re.I)


def parse_date(text: str) -> dt.date | dt.datetime | None:
    """The first absolute date in ``text``, with its time when one is given.

    >>> parse_date("Last updated: July 4, 2025 12:41 am")
    datetime.datetime(2025, 7, 4, 0, 41)
    >>> parse_date("Published 4 July 2025")
    datetime.date(2025, 7, 4)
    >>> parse_date("2 hours ago") is None
    True
    """
    best: tuple[int, dt.date | dt.datetime] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            value = _build(match)
            if value is not None and (best is None or match.start() < best[0]):
                best = (match.start(), value)
                break
    if best is None:
        return None
    start, value = best
    if not isinstance(value, dt.datetime) and ":" in text[:start]:
        # The time printed before the day: "Updated 10:30 AM EDT, Fri July 4, 2025".
        lead = _LEAD_TIME.search(text[:start])
        if lead is not None:
            return _with_time(value, lead) or value
    return value


# A time right before the date, with its zone, a separator and a weekday between them.
_LEAD_TIME = re.compile(
    r"(?<![\d:])(?P<hour>[0-2]?\d)[:.h](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?"
    + _ZONE + r"\s*[,|•·–—-]?\s*(?:(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$", re.I)


def date_kind(text: str) -> str:
    """'updated', 'published' or '' for the label a date line carries."""
    if _UPDATED.search(text):
        return "updated"
    if _PUBLISHED.search(text):
        return "published"
    return ""


def _build(match: re.Match[str]) -> dt.date | dt.datetime | None:
    parts = match.groupdict()
    try:
        year = int(parts["year"])
        if "a" in parts and parts.get("a") is not None:
            day, month = int(parts["a"]), int(parts["b"])
        else:
            raw_month = parts["month"]
            month = int(raw_month) if raw_month.isdigit() else _MONTHS[raw_month.lower().rstrip(".")]
            day = int(parts["day"])
        date = dt.date(year, month, day)
    except (KeyError, ValueError, TypeError):
        return None
    if not (1990 <= year <= dt.date.today().year + 1):
        return None
    if parts.get("hour") is None:
        return date
    return _with_time(date, match) or date


def _with_time(date: dt.date, match: re.Match[str]) -> dt.datetime | None:
    """The day at the time a match gives (hour, minute, second, am/pm), aware when the
    match names a UTC offset or a zone of zones.py; None for an impossible time."""
    parts = match.groupdict()
    hour, minute, second = int(parts["hour"]), int(parts["minute"]), int(parts.get("second") or 0)
    ampm = (parts.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None
    time = dt.time(hour, minute, second)
    offset = None
    if parts.get("iso_offset"):
        offset = _iso_offset(parts["iso_offset"])
    elif parts.get("zone"):
        offset = zone_offset(parts["zone"], date, time, parts.get("zone_offset"))
    tzinfo = dt.timezone(offset) if offset is not None else None
    return dt.datetime.combine(date, time, tzinfo=tzinfo)


def _iso_offset(text: str) -> dt.timedelta | None:
    """'Z' -> 0; '+01:00' / '-0500' -> the offset."""
    if text == "Z":
        return dt.timedelta(0)
    hours, minutes = int(text[1:3]), int(text[-2:])
    offset = dt.timedelta(hours=hours, minutes=minutes)
    return -offset if text[0] == "-" else offset


# A numeric date with its separator: "09/25/2025", "06.18.2025", "01-04-2024".
_NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b")
# Words glued by a renderer that dropped the space between elements:
# "Stef KeeganAugust 5, 2024", "August 25, 2025August 29, 2025".
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=\d{4})(?=[A-Z][a-z])")


def parse_text_date(text: str) -> dt.date | dt.datetime | None:
    """:func:`parse_date` for a line of a text dump, which loses the spaces between
    elements and writes numeric dates in either order.

    A numeric date is read month first when its second part cannot be a month or, being
    ambiguous, is written with "/" or "-" (the American habit); day first when its first
    part cannot be a month or it is written with "." (the European one).

    >>> parse_text_date("09/25/2025"), parse_text_date("8/1/2025"), parse_text_date("23.07.2025")
    (datetime.date(2025, 9, 25), datetime.date(2025, 8, 1), datetime.date(2025, 7, 23))
    >>> parse_text_date("Stef KeeganAugust 5, 2024")
    datetime.date(2024, 8, 5)
    """
    value = parse_date(text)
    if value is None and _GLUED.search(text):
        value = parse_date(_GLUED.sub(" ", text))
    numeric = _NUMERIC.search(text)
    if numeric is None:
        return value
    a, b, year = int(numeric["a"]), int(numeric["b"]), int(numeric["year"])
    month_first = b > 12 or (a <= 12 and numeric["sep"] != ".")
    month, day = (a, b) if month_first else (b, a)
    try:
        reading = dt.date(year, month, day)
        european = dt.date(year, b, a) if b <= 12 else None
    except ValueError:
        return value
    if not 1990 <= year <= dt.date.today().year + 1:
        return value
    # Replace parse_date's reading only when it came from this numeric date (or none).
    day_of = value.date() if isinstance(value, dt.datetime) else value
    if value is None:
        return reading
    if day_of == european:
        return value.replace(year=year, month=month, day=day)
    return value


# What may follow an ISO time: seconds, a fraction, then "Z", "+01:00", "-0500" or a zone name.
_ISO_REST = re.compile(r"^(?::(?P<second>[0-5]\d)(?:[.,]\d+)?)?\s*(?:(?P<iso_offset>Z|[+-][01]\d:?[0-5]\d)\b|" + ZONE_PATTERN + ")")


def iso_time_zone(rest: str, date: dt.date, time: dt.time) -> tuple[dt.time, dt.timedelta | None]:
    """The seconds and the UTC offset written after an ISO "YYYY-MM-DD HH:MM" that
    ``datetime.fromisoformat`` refused ("2019-11-19 02:24:00 UTC", "...T10:00:00.000-0500")."""
    match = _ISO_REST.match(rest)
    if match is None:
        return time, None
    if match["second"]:
        time = time.replace(second=int(match["second"]))
    if match["iso_offset"]:
        return time, _iso_offset(match["iso_offset"])
    if match["zone"]:
        return time, zone_offset(match["zone"], date, time, match["zone_offset"])
    return time, None
