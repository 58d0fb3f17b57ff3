"""htmldate's ``find_date``, with its last resort searching only the parts of the page that
can hold a date it would take.

htmldate ends with ``search_page``: a dozen patterns (copyright years, "2024/03/12",
"12.03.24", "March 12, 2024", a bare year, ...) run over the whole serialized page, about
100 KB of markup on a typical page; that was nearly all of htmldate's time (about 25 ms of
its 30 on the tune pages that reach it, 1 page in 8). Every match those patterns keep
holds an *anchor*: a year htmldate accepts (1990-2039, the only years its filters let
through) or a day/month/two-digit-year group ("12/3/24", "12.03.24"). The last resort here
reads the page's windows around the anchors instead: each anchor with the WINDOW
characters before and after it, windows that overlap joined, each window started where
two characters that no digit pattern spans ("ab", not a digit, "/", "." or "-") begin,
windows joined by a NUL character. The result is the same (see ``same_answer``):

- every match kept lies within a window with all it looks at around it (the longest, a
  copyright sign followed by up to 99 other characters before the year, 113 characters);
- a window starts where no digit pattern's match can reach across, and its NUL character
  before is neither a digit, a space, a letter nor a separator: it begins no match, ends
  none that did not end there, and joins no words;
- a month name cut at a window's start keeps more than its last 12 letters, all that
  htmldate reads of a word glued before a month ("SmithMarch").

The steps before the last resort are htmldate's own functions, called in its order; where
this version of htmldate has not the functions or the patterns this was worked out on,
``find_date`` is htmldate's own.
"""
from __future__ import annotations

import re
from copy import deepcopy
from typing import Any

from lxml import html as lxml_html

# Characters kept around each anchor (the longest reach of a kept match is 113).
WINDOW = 128
_ANCHOR = re.compile(r"199\d|20[0-3]\d|\d[/.]\d\d?[/.]\d")
_SPANNED = frozenset("0123456789/.-")  # characters a digit pattern's match may hold in a row
_JOIN = "\x00"

# The patterns of htmldate.core the windows were worked out for (htmldate 1.11).
_EXPECTED_PATTERNS = {
    "COPYRIGHT_PATTERN": r"(?:©|\&copy;|Copyright|\(c\))\D{0,99}(?:(?:199[0-9]|20[0-3][0-9]))?-?((?:199[0-9]|20[0-3][0-9]))\D",
    "THREE_PATTERN": r"/([0-9]{4}/[0-9]{2}/[0-9]{2})[01/]",
    "THREE_LOOSE_PATTERN": r"\D([0-9]{4}[/.-][0-9]{2}[/.-][0-9]{2})\D",
    "SELECT_YMD_PATTERN": r"\D([0-3]?[0-9][/.-][0-1]?[0-9][/.-][0-9]{4})\D",
    "SELECT_YMD_YEAR": r"((?:199[0-9]|20[0-3][0-9]))\D?$",
    "DATESTRINGS_PATTERN": r"(\D19[0-9]{2}[01][0-9][0-3][0-9]\D|\D20[0-9]{2}[01][0-9][0-3][0-9]\D)",
    "SLASHES_PATTERN": r"\D([0-3]?[0-9]/[0-1]?[0-9]/[0129][0-9]|[0-3][0-9]\.[01][0-9]\.[0129][0-9])\D",
    "SLASHES_YEAR": r"([0-9]{2})$",
    "YYYYMM_PATTERN": r"\D([12][0-9]{3}[/.-](?:1[0-2]|0[1-9]))\D",
    "MMYYYY_PATTERN": r"\D([0-1]?[0-9][/.-][12][0-9]{3})\D",
    "SIMPLE_PATTERN": r"(?<!w3.org)\D((?:199[0-9]|20[0-3][0-9]))\D",
    "YEAR_PATTERN": r"^\D?((?:199[0-9]|20[0-3][0-9]))",
}
_EXPECTED_LONG_TEXT = (r"(?P<month>(?<![^\W\d_])[^\W\d_]{3,})\s(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?,? "
                       r"(?P<year>(?:199[0-9]|20[0-3][0-9]))|(?P<day2>[0-3]?[0-9])(?:st|nd|rd|th|\.)? (?:of )?"
                       r"(?P<month2>(?<![^\W\d_])[^\W\d_]{3,})[,.]? (?P<year2>(?:199[0-9]|20[0-3][0-9]))")


def date_windows(page: str) -> str:
    """The parts of ``page`` (htmldate's serialized tree) its last resort can find a date
    in, in order, joined by NUL characters; ``page`` itself when they cover all of it.

    >>> page = "x" * 400 + " on 12/03/2024 " + "y" * 400
    >>> window = date_windows(page)
    >>> "on 12/03/2024" in window, len(window) < 300
    (True, True)
    >>> date_windows("no year here, only 1984 and 12:30")
    ''
    """
    spans: list[list[int]] = []  # [start, end] of each window
    for match in _ANCHOR.finditer(page):
        low, high = match.start() - WINDOW, match.end() + WINDOW
        if spans and low <= spans[-1][1]:
            spans[-1][1] = high
            continue
        floor = spans[-1][1] if spans else 0
        start = _safe_start(page, max(low, 0), floor)
        if spans and start <= floor:  # no safe start after the window before: one window
            spans[-1][1] = high
        else:
            spans.append([start, high])
    joined = _JOIN.join(page[start:end] for start, end in spans)
    return page if len(joined) >= len(page) else joined


def _safe_start(page: str, start: int, floor: int) -> int:
    """``start``, or the nearest position before it (down to ``floor``) that begins two
    characters no digit pattern's match holds in a row."""
    position = start
    while position > floor:
        if page[position] not in _SPANNED and page[position + 1:position + 2] not in _SPANNED:
            return position
        position -= 1
    return floor


def find_date(tree: lxml_html.HtmlElement, *, extensive_search: bool, original_date: bool, outputformat: str,
              url: str | None) -> str | None:
    """``htmldate.find_date(tree, ...)``'s answer, its last resort searching the page's
    date windows only (this version of htmldate's own find_date where the steps differ)."""
    core = _htmldate_core()
    if core is None:
        from htmldate import find_date as htmldate_find_date

        return htmldate_find_date(tree, extensive_search=extensive_search, original_date=original_date,
                                  outputformat=outputformat, url=url)
    # htmldate 1.11's find_date, step for step, for a tree (no verbose, no date bounds).
    options = core.Extractor(extensive_search, core.get_max_date(None), core.get_min_date(None), original_date,
                             outputformat)
    if outputformat != "%Y-%m-%d" and not core.is_valid_format(outputformat):
        return None
    if url is None:
        link = tree.find('.//link[@rel="canonical"]')
        if link is not None:
            url = link.get("href")
    result = core.extract_url_date(url, options)
    if result is not None:
        return result
    result = core.examine_header(tree, options) or core.json_search(tree, options)
    if result is not None:
        return result
    result = core.examine_abbr_elements(tree, options)
    if result is not None:
        return result
    pruning_tree = deepcopy(tree)
    try:
        search_tree = core.discard_unwanted(core.clean_html(pruning_tree, core.CLEANING_LIST))
    except ValueError:  # as htmldate: lxml's cleaner refuses some control characters
        search_tree = pruning_tree
    result = (core.examine_elements(core.date_candidates(search_tree, extensive_search), options)
              or core.examine_elements(search_tree.xpath(".//title|.//h1"), options)
              or core.examine_time_elements(search_tree, options))
    if result is not None:
        return result
    page = core.serialize(search_tree)
    result = (core.pattern_search(page, core.TIMESTAMP_PATTERN, options)
              or core.img_search(search_tree, options)
              or core.idiosyncrasies_search(page, options))
    if result is not None:
        return result
    if not extensive_search:
        core.clean_html(search_tree, ["script", "style"])
        text = " ".join(search_tree.itertext())
        return core.pattern_search(text, core.TIMESTAMP_LOOSE_PATTERN, options)
    reference = None
    for segment in core.FREE_TEXT_EXPRESSIONS(search_tree):
        segment = segment.strip()
        if not core.MIN_SEGMENT_LEN < len(segment) < core.MAX_SEGMENT_LEN:
            continue
        reference = core.compare_reference(reference, segment, options)
    converted = core.check_extracted_reference(reference, options)
    return converted or core.search_page(date_windows(page), options)


_STEPS = ("Extractor", "get_max_date", "get_min_date", "is_valid_format", "extract_url_date", "examine_header",
          "json_search", "examine_abbr_elements", "discard_unwanted", "clean_html", "CLEANING_LIST",
          "examine_elements", "date_candidates", "examine_time_elements", "serialize", "pattern_search",
          "TIMESTAMP_PATTERN", "TIMESTAMP_LOOSE_PATTERN", "img_search", "idiosyncrasies_search",
          "FREE_TEXT_EXPRESSIONS", "MIN_SEGMENT_LEN", "MAX_SEGMENT_LEN", "compare_reference",
          "check_extracted_reference", "search_page", "regex_parse")
# The htmldate releases whose find_date the steps above repeat.
SUPPORTED_HTMLDATE = ("1.11.0",)


def _htmldate_core() -> Any:
    """htmldate.core when it is a release these steps and windows were worked out on."""
    global _CORE
    if _CORE is None:
        _CORE = _load_core()
    return _CORE or None


_CORE: Any = None


def _load_core() -> Any:
    try:
        import htmldate
        import htmldate.core as core
        from htmldate import extractors
    except ImportError:
        return False
    if getattr(htmldate, "__version__", None) not in SUPPORTED_HTMLDATE or \
            not all(hasattr(core, name) for name in _STEPS):
        return False
    patterns = {name: getattr(getattr(core, name, None), "pattern", None) for name in _EXPECTED_PATTERNS}
    long_text = getattr(getattr(extractors, "LONG_TEXT_PATTERN", None), "pattern", None)
    if patterns != _EXPECTED_PATTERNS or long_text != _EXPECTED_LONG_TEXT:
        return False
    return core
