"""Find and parse publication dates written in page text ("Last updated: July 4, 2025 12:41 am")."""
from __future__ import annotations

import datetime as dt
import heapq
import re

from ..lexicon import alternation, merged
from ..lexicon.dates import (ALL_AM_MARKS, ALL_PM_MARKS, AM_AFTER, AM_BEFORE, PM_AFTER, PM_BEFORE,
                             ALL_CLOCK_WORDS, ALL_DATE_LABELS, ALL_PUBLISHED, ALL_TIME_CONNECTORS, ALL_UPDATED,
                             ALL_READING_TIME, ALL_WEEKDAY_PREFIXES, ALL_WEEKDAYS, BUDDHIST_ERA_OFFSET, ERA_MARKS, MONTHS, RELATIVE,
                             RELATIVE_NUMBER, SCRIPT_MONTH_NAMES, SCRIPT_MONTHS, YEAR_MONTH_DAY_MARKS)
from .zones import ZONE_PATTERN, zone_offset

# A month name of any language in the lexicon (newsclean/lexicon/dates.py): matched as a
# word and looked up in _build (a word that is no month gives no date), which is much
# cheaper than an alternation of every name tried at every position.
_MONTH = r"(?P<month>[^\W\d_]{3,12})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# A time zone printed after the time ("10:30 AM ET", "02:24:00 UTC", "(MEZ)"): see zones.py.
_ZONE = r"(?:\s*(?:(?:" + alternation(ALL_CLOCK_WORDS) + r")\s*)?\(?" + ZONE_PATTERN + r"\)?)?"
_AMPM = r"[ap]\.?m\.?"


def _time(ampm: str) -> str:
    """The optional time after a date; ``ampm``: what may follow it to say before or after noon."""
    return (r"(?:\s*(?:,|" + alternation(ALL_TIME_CONNECTORS) + r"|-|–|\|)?\s*(?P<hour>[0-2]?\d)[:.h](?P<minute>[0-5]\d)"
            r"(?::(?P<second>[0-5]\d))?\s*(?P<ampm>" + ampm + r")?" + _ZONE + r")?")


_TIME = _time(_AMPM)
# After a date of another script, the Arabic marks too ("5 مارس 2024 3:20 م"); a mark is a
# whole word ("م" is no mark at the start of "مساء", which is one itself).
_SCRIPT_TIME = _time(_AMPM + r"|(?:" + alternation(merged(AM_AFTER) + merged(PM_AFTER)) + r")(?!\w)")
# Chinese, Japanese and Korean write the mark before the time: "下午3:20", "오후 3:20".
_MARK_BEFORE = r"(?:(?P<mark>" + alternation(merged(AM_BEFORE) + merged(PM_BEFORE)) + r")\s*)?"
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
_PUBLISHED = re.compile(r"\b(" + alternation(ALL_PUBLISHED) + r")\b", re.I)
_UPDATED = re.compile(r"\b(" + alternation(ALL_UPDATED) + r")\b", re.I)


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


# A month and a year without a day ("Dec 2025", "März 2024"): no publication date for
# parse_date, but where a date written after a headline starts (``date_start``).
_MONTH_YEAR = re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR + r"\b", re.IGNORECASE)


def date_start(text: str) -> int | None:
    """Where the first date of ``text`` is written: one parse_date reads, or a month name
    of the lexicon with a year; None without one.

    >>> date_start("Headline of the day / Dec 2025"), date_start("Headline 12. März 2024")
    (22, 9)
    >>> date_start("The Code 2025 Challenge") is None
    True
    """
    first: int | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if first is not None and match.start() >= first:
                break
            if _build(match) is not None:
                first = match.start()
                break
    for match in _MONTH_YEAR.finditer(text):
        if first is not None and match.start() >= first:
            break
        if match["month"].lower() in MONTHS:
            first = match.start()
            break
    return first


# A time right before the date, with its zone, a separator and a weekday between them.
_LEAD_TIME = re.compile(
    r"(?<![\d:])(?P<hour>[0-2]?\d)[:.h](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?"
    + _ZONE + r"\s*[,|•·–—-]?\s*(?:(?:on\s+)?(?:" + alternation(ALL_WEEKDAYS) + "|(?:" + alternation(ALL_WEEKDAY_PREFIXES)
    + r")[a-z]*)\.?,?\s*)?$", re.I)


# Any label of a date line, including those that say neither ("Stand:", "Fecha:", "Date:").
_DATE_LABEL = re.compile(r"(?:^|\W)(?:" + alternation(ALL_PUBLISHED + ALL_UPDATED + ALL_DATE_LABELS) + r")\b", re.I)
_RELATIVE = re.compile("|".join(p.replace("{n}", RELATIVE_NUMBER) for ps in RELATIVE.values() for p in ps), re.I)


def has_date_label(text: str) -> bool:
    """A line that says it gives a date: "Stand: 28.04.2020 18:00 Uhr", "Publié le ...".

    >>> has_date_label("Stand: 28.04.2020 18:00 Uhr"), has_date_label("Actualizado 12 dic 2019"), has_date_label("Standard")
    (True, True, False)
    """
    return _DATE_LABEL.search(text) is not None


def is_relative_date(text: str) -> bool:
    """A date written relative to the reading ("2 hours ago", "vor 2 Stunden", "il y a 3
    jours", "hace 2 horas"): never a publication day, as the day it names moves.

    >>> is_relative_date("vor 2 Stunden"), is_relative_date("il y a 3 jours"), is_relative_date("15 mai 2019")
    (True, True, False)
    """
    return _RELATIVE.search(text) is not None


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
            month = int(raw_month) if raw_month.isdigit() else MONTHS[raw_month.lower().rstrip(".")]
            day = int(parts["day"])
        date = dt.date(year, month, day)
    except (KeyError, ValueError, TypeError):
        return None
    if not (1990 <= year <= dt.date.today().year + 1):
        return None
    if parts.get("hour") is None:
        return date
    return _with_time(date, match) or date


_AM_MARKS, _PM_MARKS = frozenset(ALL_AM_MARKS), frozenset(ALL_PM_MARKS)


def _with_time(date: dt.date, match: re.Match[str]) -> dt.datetime | None:
    """The day at the time a match gives (hour, minute, second, am/pm), aware when the
    match names a UTC offset or a zone of zones.py; None for an impossible time."""
    parts = match.groupdict()
    hour, minute, second = int(parts["hour"]), int(parts["minute"]), int(parts.get("second") or 0)
    ampm = (parts.get("ampm") or parts.get("mark") or "").replace(".", "").lower()
    if (ampm == "pm" or ampm in _PM_MARKS) and hour < 12:
        hour += 12
    elif (ampm == "am" or ampm in _AM_MARKS) and hour == 12:
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
# "Stef KeeganAugust 5, 2024", "August 25, 2025August 29, 2025", "Mental HealthDECEMBER 22, 2022".
# lxml's text also glues a year to the time or the reading time after it ("October 17,
# 20236:01 PM ET", "Mar 27, 20255 mins") and a name to a numeric date ("Yucy3/4/2025").
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=\d{4})(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z]{3,}\b)"
                    r"|(?<=(?<!\d)(?:19|20)\d\d)(?=[0-2]?\d[:.h][0-5]\d(?!\d)|\d{1,3}\s?(?:"
                    + alternation(ALL_READING_TIME) + r")\b)"
                    r"|(?<=[^\W\d_])(?=[0-3]?\d[./-][0-3]?\d[./-](?:19|20)\d\d\b)")


# Decimal digits of other scripts, read as ASCII ones on a text line: Arabic-Indic "٢٠٢٤",
# Persian/Urdu "۲۰۲۴", Devanagari "२०२४", Bengali, Thai "๒๕๖๗" and full-width "２０２４";
# the Arabic comma "،" is a comma.
_DIGITS = {base + n: str(n) for base in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10) for n in range(10)}
_DIGITS[ord("،")] = ","
# A Chinese, Japanese or Korean character glued to the number after it ("发布时间2024-03-05").
_UNSPACED_DIGIT = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])(?=\d)")
_YMD = tuple("".join(sorted(set("".join(marks[k] for marks in YEAR_MONTH_DAY_MARKS.values())))) for k in range(3))
# "2024年3月5日 10:30", "2024年3月5日 8時30分", "2024년 3월 5일": no word boundary between the
# digits and the characters of an unspaced script, so none is asked for.
_CJK_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[" + _YMD[0] + r"]\s*(?P<month>[01]?\d)\s*[" + _YMD[1]
    + r"]\s*(?P<day>[0-3]?\d)(?!\d)\s*[" + _YMD[2] + r"]?"
    r"(?:\s*" + _MARK_BEFORE + r"(?P<hour>[0-2]?\d)\s*[:：時时시]\s*(?P<minute>[0-5]\d))?")
# "5 मार्च 2024", "5 مارس 2024", "5 تشرين الأول 2024", "5 มีนาคม 2567" (a Thai year of the
# Buddhist era), and the month first ("مارس 5, 2024").
_SCRIPT_MONTH = r"(?P<month>" + alternation(SCRIPT_MONTHS) + r")"
_SCRIPT_YEAR = r"(?P<year>(?:19|20|25)\d\d)(?!\d)"
_ERA = r"(?:(?:" + alternation(ERA_MARKS) + r")\s*)?"
_SCRIPT_DATES = (
    # "\s*(?:,\s*)?", not "\s*,?\s*": two runs of spaces side by side would be tried at
    # every split of a long run of spaces with no year after it (quadratic).
    re.compile(r"(?<!\d)(?P<day>[0-3]?\d)\s*" + _SCRIPT_MONTH + r"\s*(?:,\s*)?" + _ERA + _SCRIPT_YEAR + _SCRIPT_TIME, re.I),
    re.compile(_SCRIPT_MONTH + r"\s*(?P<day>[0-3]?\d),?\s+" + _SCRIPT_YEAR + _SCRIPT_TIME, re.I),
)
# Only a Thai month name says that a year of 25xx counts from the Buddhist era (2567 is
# 2024); with a Hindi or an Arabic month such a number is no year of a news page.
_BUDDHIST_ERA_MONTHS = frozenset(SCRIPT_MONTH_NAMES["th"])


def script_date(text: str) -> dt.date | dt.datetime | None:
    """The first date of a line written in a script the Latin patterns cannot read, its
    digits already ASCII: a Chinese, Japanese or Korean year-month-day, or a Hindi,
    Arabic or Thai month name.

    >>> script_date("2024年3月5日 10:30"), script_date("5 मार्च 2024"), script_date("5 มีนาคม 2567")
    (datetime.datetime(2024, 3, 5, 10, 30), datetime.date(2024, 3, 5), datetime.date(2024, 3, 5))
    """
    # Every match, not each pattern's first: an impossible day or a year out of range
    # ("31 फरवरी 2024", "1985年3月5日创刊") must not hide the date after it.
    # Merged lazily in the order of the line: the first valid one ends the search.
    for match in heapq.merge(*(p.finditer(text) for p in (_CJK_DATE, *_SCRIPT_DATES)), key=lambda m: m.start()):
        parts = match.groupdict()
        year = int(parts["year"])
        if year > 2400 and parts["month"] in _BUDDHIST_ERA_MONTHS:
            year -= BUDDHIST_ERA_OFFSET
        month = int(parts["month"]) if parts["month"].isdigit() else SCRIPT_MONTHS[parts["month"]]
        try:
            date = dt.date(year, month, int(parts["day"]))
        except ValueError:
            continue
        if not 1990 <= year <= dt.date.today().year + 1:
            continue
        if parts.get("hour") is None:
            return date
        return _with_time(date, match) or date
    return None


def parse_text_date(text: str) -> dt.date | dt.datetime | None:
    """:func:`parse_date` for a line of a text dump, which loses the spaces between
    elements and writes numeric dates in either order.

    A numeric date is read month first when its second part cannot be a month or, being
    ambiguous, is written with "/" or "-" (the American habit); day first when its first
    part cannot be a month or it is written with "." (the European one).

    >>> parse_text_date("09/25/2025"), parse_text_date("8/1/2025"), parse_text_date("23.07.2025")
    (datetime.date(2025, 9, 25), datetime.date(2025, 8, 1), datetime.date(2025, 7, 23))
    >>> parse_text_date("Stef KeeganAugust 5, 2024"), parse_text_date("Mar 27, 20255 mins"), parse_text_date("Yucy3/4/2025")
    (datetime.date(2024, 8, 5), datetime.date(2025, 3, 27), datetime.date(2025, 3, 4))
    """
    if not text.isascii():
        text = _UNSPACED_DIGIT.sub(" ", text.translate(_DIGITS))
        value = parse_date(text) or script_date(text)
    else:
        value = parse_date(text)
    if _GLUED.search(text):
        # Read the line with the spaces back: a date glued to the next word is no date
        # for parse_date ("April 26, 2024Updated on: October 28, 2024" would give the
        # second), and the first date of the line is its own.
        text = _GLUED.sub(" ", text)
        value = parse_date(text) or value
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
