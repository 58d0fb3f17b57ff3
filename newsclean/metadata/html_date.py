"""Publication date of an HTML page: declared (JSON-LD, <meta>), else the date printed
beside the headline, else other date elements (<time>, date classes), then htmldate.

The printed date comes after the declared one: on the development set, preferring it to a
declared publication date (it is often the "updated" date) gained on the tune split and
lost on the held-back one, while using it where nothing is declared gains on both, ahead
of the first <time> or date class anywhere on the page (teasers, sidebars, comments).
"""
from __future__ import annotations

import datetime as dt
import re

from lxml import html as lxml_html

from .dates import date_kind, iso_time_zone, parse_date
from . import Candidate, FieldSource
from .html_ld import Declared
from .html_title import headline_texts

_META_KEYS = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
              "published_time", "publish-date", "publishdate", "pubdate", "dc.date.issued", "dc.date",
              "dcterms.created", "dcterms.date", "citation_publication_date", "citation_date", "sailthru.date",
              "parsely-pub-date", "date", "article.published", "published-date", "release_date")
_ISO = re.compile(r"^\s*(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?)?")
# Elements that print the article's date: <time>, itemprop, and date-ish classes.
_SHOWN_XPATH = ('//time | //*[@itemprop="datePublished"] | //*[contains(@class, "date") or contains(@class, "Date")'
                ' or contains(@class, "publish") or contains(@class, "posted") or contains(@class, "time")]'
                '[not(self::script or self::style or self::body or self::html or self::article or self::meta)]')


# How far from the headline a printed date still belongs to it, in text nodes: a dateline
# sits a few nodes above the <h1> (kicker, date, headline) or within the next twenty
# (dek, byline, date). Chosen on the tune split.
_BEFORE_HEADLINE = 3
_AFTER_HEADLINE = 20
_MAX_DATE_TEXT = 80  # longer text is a sentence that mentions a date, not a dateline


def choose_date(tree: lxml_html.HtmlElement, declared: Declared, url: str | None = None,
                title: str | None = None, sources: dict[str, FieldSource] | None = None) -> dt.date | dt.datetime | None:
    """The publication date; with ``sources``, also where it came from (``sources["date"]``)."""
    value, source, rejected = _choose_date(tree, declared, url, title)
    if sources is not None and value is not None:
        sources["date"] = FieldSource(source, "", tuple(rejected))
    return value


def _declared_dates(declared: Declared) -> list[tuple[str, object]]:
    """(label, raw value) of each declared publication date, in the order they are read."""
    return [("JSON-LD datePublished", declared.first("datePublished")),
            ("JSON-LD dateCreated", declared.first("dateCreated")),
            *((f"<meta {k}>", declared.tags.get(k)) for k in _META_KEYS)]


def _choose_date(tree: lxml_html.HtmlElement, declared: Declared, url: str | None,
                 title: str | None) -> tuple[dt.date | dt.datetime | None, str, list[Candidate]]:
    """The date, the label of where it was found, and the declared dates that lost."""
    found: tuple[dt.date | dt.datetime, str] | None = None
    rejected: list[Candidate] = []
    for label, value in _declared_dates(declared):
        if found is None:
            parsed = parse_iso(value) if isinstance(value, str) else None
            found = (parsed, label) if parsed else None
        elif isinstance(value, str) and all(c.value != value for c in rejected) and _differs(value, found[0]):
            rejected.append(Candidate(value, label, f"{found[1]} is read first"))
    modified = declared.first("dateModified")
    if isinstance(modified, str) and modified.strip() and (found is None or _differs(modified, found[0])):
        rejected.append(Candidate(modified, "JSON-LD dateModified", "the date of an update, not of publication"))
    if found:
        return found[0], found[1], rejected
    printed = headline_date(tree, title)
    if printed:
        return printed, "date printed beside the headline", rejected
    shown = _shown_date(tree)
    if shown:
        return shown, "date element (<time>, datePublished or a date class)", rejected
    try:
        from htmldate import find_date

        # Extensive search reads dates out of the page text too: 0.80 -> 0.85 day-exact on
        # the tune split; it runs only when nothing was declared or shown.
        found_date = find_date(tree, original_date=True, extensive_search=True, outputformat="%Y-%m-%d", url=url)
    except Exception:  # htmldate is a best-effort second opinion; its failures must not sink a page
        found_date = None
    return (parse_iso(found_date) if found_date else None), "htmldate (page text and URL)", rejected


def _differs(value: str, chosen: dt.date | dt.datetime) -> bool:
    """Whether a declared date that was not read says another time than the chosen one."""
    try:
        parsed = parse_iso(value)
    except Exception:  # only an explanation: a value the reader never reached must not fail the page
        return False
    return parsed is not None and parsed != chosen


def headline_date(tree: lxml_html.HtmlElement, title: str | None) -> dt.date | dt.datetime | None:
    """The first date printed next to the page's headline (see _BEFORE/_AFTER_HEADLINE); a
    page without an <h1> has no headline to anchor a date to, and gets None."""
    texts = headline_texts(tree, title, _AFTER_HEADLINE)
    if texts.anchor is None:
        return None
    for node in texts.nodes[max(0, texts.anchor - _BEFORE_HEADLINE): texts.anchor + _AFTER_HEADLINE + 1]:
        if len(node.text) <= _MAX_DATE_TEXT:
            value = parse_date(node.text)
            if value:
                return _machine_reading(node.owner, value)
    return None


def _machine_reading(owner: lxml_html.HtmlElement, printed: dt.date | dt.datetime) -> dt.date | dt.datetime:
    """The printed date, or the machine-readable one of its element when that says the
    same day with more (the time, the zone): <time datetime="2024-03-12T16:45:00+01:00">
    12 March 2024</time>. A different day is not taken: the printed one is what was chosen."""
    for element in (owner, owner.getparent()):
        attr = element.get("datetime") if element is not None else None
        machine = parse_iso(attr) if attr else None
        if isinstance(machine, dt.datetime) and machine.date() == _day(printed):
            if not isinstance(printed, dt.datetime) or machine.utcoffset() is not None:
                return machine
    return printed


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _shown_date(tree: lxml_html.HtmlElement) -> dt.date | dt.datetime | None:
    """The first published (not updated) date the page prints in a date element."""
    updated = None
    for element in tree.xpath(_SHOWN_XPATH)[:30]:
        attr = element.get("datetime") or element.get("content")
        text = " ".join(element.text_content().split())
        if len(text) > 120:
            continue
        value = (parse_iso(attr) if attr else None) or (parse_date(text) if text else None)
        if value is None:
            continue
        kind = date_kind(" ".join((text, element.get("class") or "", element.get("itemprop") or "")))
        if kind == "updated" or "modified" in (element.get("itemprop") or "").lower():
            updated = updated or value
            continue
        return value
    return updated


def parse_iso(value: str) -> dt.date | dt.datetime | None:
    """'2025-07-04T00:41:00+02:00' -> datetime; '2025-07-04' -> date; else None.

    >>> parse_iso("2025-07-04")
    datetime.date(2025, 7, 4)
    """
    match = _ISO.match(value)
    if not match:
        return None
    try:
        year, month, day = (int(match.group(i)) for i in (1, 2, 3))
        if match.group(4) is None:
            return dt.date(year, month, day)
        try:
            return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            # Keep the zone fromisoformat cannot read: "2019-11-19 02:24:00 UTC".
            date = dt.date(year, month, day)
            time, offset = iso_time_zone(value[match.end():], date, dt.time(int(match.group(4)), int(match.group(5))))
            return dt.datetime.combine(date, time, tzinfo=dt.timezone(offset) if offset is not None else None)
    except ValueError:
        return None
