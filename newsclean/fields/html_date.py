"""Publication date of an HTML page: declared (JSON-LD, <meta>), else the date printed
beside the headline, else other date elements (<time>, date classes), then htmldate.

The printed date comes after the declared one: on the development set, preferring it to a
declared publication date (it is often the "updated" date) gained on the tune split and
lost on the held-back one, while using it where nothing is declared gains on both, ahead
of the first <time> or date class anywhere on the page (teasers, sidebars, comments).
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from copy import deepcopy

from lxml import etree
from lxml import html as lxml_html

from .dates import date_kind, iso_time_zone, parse_date
from . import Candidate, FieldSource, Reading
from .html_ld import Declared
from .html_page import date_elements, headline_texts

_META_KEYS = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
              "published_time", "publish-date", "publishdate", "pubdate", "dc.date.issued", "dc.date",
              "dcterms.created", "dcterms.date", "citation_publication_date", "citation_date", "sailthru.date",
              "parsely-pub-date", "date", "article.published", "published-date", "release_date")
_ISO = re.compile(r"^\s*(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?)?")
# Elements that print the article's date (<time>, itemprop="datePublished", date-ish
# classes) are found by html_scan.py.


# How far from the headline a printed date still belongs to it, in text nodes: a dateline
# sits a few nodes above the <h1> (kicker, date, headline) or within the next twenty
# (dek, byline, date). Chosen on the tune split.
_BEFORE_HEADLINE = 3
_AFTER_HEADLINE = 20
_MAX_DATE_TEXT = 80  # longer text is a sentence that mentions a date, not a dateline


def choose_date(tree: lxml_html.HtmlElement, declared: Declared, url: str | None = None,
                title: str | None = None, sources: dict[str, FieldSource] | None = None) -> dt.date | dt.datetime | None:
    """The publication date; with ``sources``, also where it came from (``sources["date"]``)."""
    reading = read_date(tree, declared, url, title)
    if sources is not None and reading.source is not None:
        sources["date"] = reading.source
    return reading.value


def read_date(tree: lxml_html.HtmlElement, declared: Declared, url: str | None = None,
              title: str | None = None) -> Reading[dt.date | dt.datetime]:
    """The publication date, where it came from, and the element that prints it when it
    was read from one (a declared date's printed line is found among the page's blocks:
    see ``html.field_lines``)."""
    value, source, rejected, line = _choose_date(tree, declared, url, title)
    if value is None:
        return Reading(None)
    return Reading(value, FieldSource(source, "", tuple(rejected)), (line,) if line is not None else ())


def is_declared(source: FieldSource | None) -> bool:
    """Whether a date's ``source`` (read_date's) is one of the page's declarations."""
    return source is not None and source.source.startswith(("JSON-LD", "<meta"))


def _declared_dates(declared: Declared) -> list[tuple[str, object]]:
    """(label, raw value) of each declared publication date, in the order they are read."""
    return [("JSON-LD datePublished", declared.first("datePublished")),
            ("JSON-LD dateCreated", declared.first("dateCreated")),
            *((f"<meta {k}>", declared.tags.get(k)) for k in _META_KEYS)]


def _choose_date(tree: lxml_html.HtmlElement, declared: Declared, url: str | None, title: str | None
                 ) -> tuple[dt.date | dt.datetime | None, str, list[Candidate], lxml_html.HtmlElement | None]:
    """The date, the label of where it was found, the declared dates that lost, and the
    page element it was read from (None: read from a declaration or by htmldate)."""
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
        return found[0], found[1], rejected, None
    printed = _headline_date(tree, title)
    if printed:
        return printed[0], "date printed beside the headline", rejected, printed[1]
    shown = _shown_date(tree)
    if shown:
        return shown[0], "date element (<time>, datePublished or a date class)", rejected, shown[1]
    try:
        from .html_date_search import find_date  # htmldate's, its last resort made cheaper

        # Extensive search reads dates out of the page text too: 0.80 -> 0.85 day-exact on
        # the tune split; it runs only when nothing was declared or shown, and not on
        # pages with many date-like texts (see _MAX_FREE_TEXT_DATES).
        tree = _first_part(tree)
        extensive = _free_text_dates(tree) <= _MAX_FREE_TEXT_DATES
        found_date = find_date(tree, original_date=True, extensive_search=extensive, outputformat="%Y-%m-%d",
                               url=url)
    except Exception:  # htmldate is a best-effort second opinion; its failures must not sink a page
        found_date = None
    return (parse_iso(found_date) if found_date else None), "htmldate (page text and URL)", rejected, None


def _differs(value: str, chosen: dt.date | dt.datetime) -> bool:
    """Whether a declared date that was not read says another time than the chosen one."""
    try:
        parsed = parse_iso(value)
    except Exception:  # only an explanation: a value the reader never reached must not fail the page
        return False
    return parsed is not None and parsed != chosen


# htmldate's extensive search hands each distinct short text with a date's digits to
# dateparser, which tries every locale it knows: about 25 ms a text, so a page of a
# thousand "© 2001 ..." paragraphs took 25 s. Past this many such texts the search is
# left out. The count is an upper bound of the texts that reach dateparser (htmldate
# filters them further): the development pages that reach the search have at most 43
# (12 dateparser calls), so on them nothing changes; the cost stays under ~1.5 s a page.
_MAX_FREE_TEXT_DATES = 50
# The elements and text lengths htmldate's extensive search reads (htmldate.extractors
# FREE_TEXT_EXPRESSIONS; settings MIN_SEGMENT_LEN, MAX_SEGMENT_LEN).
_FREE_TEXT = etree.XPath(".//*[self::div or self::h2 or self::h3 or self::h4 or self::li or self::p or self::span"
                         " or self::time or self::ul]/text()", smart_strings=False)
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_NOT_DIGITS = re.compile(r"\D")


# htmldate reads the whole page several times over (it copies the tree, cleans it,
# serializes it and runs a dozen regexes over the markup): about 1.5 s for a 1 MB page,
# more memory than the page. Past these bounds it is given the page's first part only;
# a publication date is printed near the top. The largest development page that gets
# this far has 3,700 elements, so on them nothing changes.
_HTMLDATE_ELEMENTS = 10_000
_HTMLDATE_CHARACTERS = 1_000_000


_NODE_COUNT = etree.XPath("count(descendant-or-self::*|descendant::comment()|descendant::processing-instruction())")
_TEXT_NODES = etree.XPath("descendant::text()", smart_strings=False)


def _first_part(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """``tree`` itself if it is within the bounds above, else a copy that ends before the
    element at which they are reached (in document order: the head, then the body)."""
    cut = _cut_index(tree)
    if cut is None:
        return tree
    copy = deepcopy(tree)
    node = next(itertools.islice(copy.iter(), cut, None))
    # That element, its tail, and everything after it in document order go.
    parent = node.getparent()
    for sibling in [node, *node.itersiblings()]:
        parent.remove(sibling)
    node = parent
    while node is not copy:
        node.tail = None
        parent = node.getparent()
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        node = parent
    return copy


def _cut_index(tree: lxml_html.HtmlElement) -> int | None:
    """The index in ``tree.iter()`` of the first element past the bounds (never the root);
    None when the whole tree is within them."""
    # The whole tree's counts first, in C: its nodes, and its characters (the text nodes
    # are the elements' texts and every node's tail, as counted below, but the root's tail).
    if _NODE_COUNT(tree) <= _HTMLDATE_ELEMENTS and \
            sum(map(len, _TEXT_NODES(tree))) + len(tree.tail or "") <= _HTMLDATE_CHARACTERS:
        return None
    characters = 0
    for index, element in enumerate(tree.iter()):
        characters += len(element.tail or "") + (len(element.text or "") if isinstance(element.tag, str) else 0)
        if index >= _HTMLDATE_ELEMENTS or characters > _HTMLDATE_CHARACTERS:
            return max(index, 1)
    return None


def _free_text_dates(tree: lxml_html.HtmlElement) -> int:
    """How many distinct texts htmldate's extensive search may send to dateparser, counting
    up to one past the limit: 7 to 51 characters, 4 to 18 digits, a day-like number."""
    seen: set[str] = set()
    for text in _FREE_TEXT(tree):
        text = text.strip()
        if 6 < len(text) < 52 and text not in seen and 4 <= len(_NOT_DIGITS.sub("", text)) <= 18 \
                and _DAY_NUMBER.search(text):
            seen.add(text)
            if len(seen) > _MAX_FREE_TEXT_DATES:
                break
    return len(seen)


def headline_date(tree: lxml_html.HtmlElement, title: str | None) -> dt.date | dt.datetime | None:
    """The first date printed next to the page's headline (see _BEFORE/_AFTER_HEADLINE); a
    page without an <h1> has no headline to anchor a date to, and gets None."""
    printed = _headline_date(tree, title)
    return printed[0] if printed is not None else None


def _headline_date(tree: lxml_html.HtmlElement,
                   title: str | None) -> tuple[dt.date | dt.datetime, lxml_html.HtmlElement] | None:
    """headline_date, and the element that prints it."""
    texts = headline_texts(tree, title, _AFTER_HEADLINE)
    if texts.anchor is None:
        return None
    for node in texts.nodes[max(0, texts.anchor - _BEFORE_HEADLINE): texts.anchor + _AFTER_HEADLINE + 1]:
        if len(node.text) <= _MAX_DATE_TEXT:
            value = parse_date(node.text)
            if value:
                return _machine_reading(node.owner, value), node.owner
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


def _shown_date(tree: lxml_html.HtmlElement) -> tuple[dt.date | dt.datetime, lxml_html.HtmlElement] | None:
    """The first published (not updated) date the page prints in a date element, and the element."""
    updated = None
    for element in date_elements(tree):
        attr = element.get("datetime") or element.get("content")
        text = " ".join(element.text_content().split())
        if len(text) > 120:
            continue
        value = (parse_iso(attr) if attr else None) or (parse_date(text) if text else None)
        if value is None:
            continue
        kind = date_kind(" ".join((text, element.get("class") or "", element.get("itemprop") or "")))
        if kind == "updated" or "modified" in (element.get("itemprop") or "").lower():
            updated = updated or (value, element)
            continue
        return value, element
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
