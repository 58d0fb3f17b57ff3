"""Related-content blocks: "You Might Also Like", "Latest News", "Most Read" and the
teaser lists under them; previous/next article links; teaser date lines."""
from __future__ import annotations

import re
from typing import Iterator

from ..fields.dates import parse_date
from ..layout import is_prose
from ..lexicon.chrome import MORE_RELATED_HEADINGS, RELATED_HEADINGS, SITE_PREPOSITIONS, either
from ..model import Block, Page
from .base import Verdict, cleaner, line_cleaner, words_pattern

_SECTION_HEADING = words_pattern(
    r"you (?:might|may|will|could) (?:also )?(?:like|enjoy|be interested in)",
    r"(?:the )?latest(?: news| stories| posts| articles| headlines| updates| videos)?",
    r"read (?:more|next|also)", r"also read", r"further reading", r"keep reading",
    r"related(?: articles?| stories| posts| news| content| coverage| topics| reading| links| videos)?",
    r"more (?:stories|news|articles|headlines|to read|like this|on this(?: story| topic)?|from \S.{0,40}|in \S.{0,30})",
    r"(?:most|top) (?:read|popular|viewed|shared|commented|watched)(?: stories| articles| news| now| today| this week)?",
    r"popular(?: now| posts| stories| articles| today)?", r"recommended(?: for you| stories| reading| articles| videos)?",
    r"trending(?: now| stories| articles| news| topics)?", r"don'?t miss(?: this)?", r"see also",
    r"what to read next", r"up next", r"editor'?s? (?:picks|choice)", r"top stories", r"in other news",
    r"you may have missed", r"recent(?: posts| articles| stories| news)", r"other stories",
    r"around the web", r"from (?:around )?the web", r"more coverage", r"also on \S.{0,30}",
    r"read this next", r"must read", r"what'?s new", r"featured(?: stories| articles| posts)?",
    # The same headings in other languages ("Lesen Sie auch", "À lire aussi", "Mirá también"),
    # and "Ähnliche Nachrichten", "Die meistgelesenen Artikel bei SWR.de/Sport", "Vorschau auf
    # den nächsten Artikel": a site's name may follow either ("bei", "on", "sur" + a few
    # words: "Mehr zum Thema auf <site>:").
    rf"(?:{either(RELATED_HEADINGS, MORE_RELATED_HEADINGS)})(?:\s+(?:{'|'.join(SITE_PREPOSITIONS)})\s+\S.{{0,40}})?",
)


@cleaner
def related_sections(page: Page) -> Iterator[Verdict]:
    """A related-content heading and the teaser list under it, up to the next prose
    paragraph:

        You Might Also Like
        Trump blasts Fed Chair Jerome Powell again for not cutting rates
        White House says it will announce new pick for NASA chief

    Also "Latest News", "Most Read", "Related Stories", "More from Business",
    "Recommended for you", and in other languages "Lesen Sie auch", "À lire aussi",
    "Ähnliche Nachrichten", "Die meistgelesenen Artikel bei SWR.de/Sport", "Vorschau auf
    den nächsten Artikel", "Las noticias más leídas". The article paragraph that follows the list stays; on a
    text dump the list also ends at the article's headline.
    """
    blocks = page.kept()
    text = page.source_type == "text"
    position = 0
    while position < len(blocks):
        block = blocks[position]
        position += 1
        if block.word_count > 8 or not _SECTION_HEADING.match(block.text):
            continue
        yield block, "related-content heading"
        while position < len(blocks) and not is_prose(blocks[position]) \
                and not (text and _article_begins(page, blocks[position - 1], blocks[position])):
            yield blocks[position], f'teaser under "{block.text}"'
            position += 1


def _article_begins(page: Page, before: Block, block: Block) -> bool:
    """Text dumps: a teaser list under a heading ends where the article begins, at its
    headline (the title's field line, maybe removed already, between the two lines): a
    menu's "What's New" above the headline does not take the article's byline and its
    first paragraph ending in a colon. (A paragraph of sentences as the stop as well,
    ``layout.holds_sentences``, was measured no better on the tune split.)"""
    return any(page.field_lines.get(i) == "title" for i in range(before.index + 1, block.index + 1))


prev_next_links = line_cleaner(
    "prev_next_links",
    re.compile(
        r"^(?:[«‹<←]\s*)?(?:previous|prev|next|older|newer)\s+(?:article|post|story|page|entry|item)\b.*$"
        # "... Next »": the arrow at the end is checked first, in one pass, so the
        # backtracking search for "next" runs only on lines that end in one.
        r"|^(?=.*[»›>→]$).{0,200}\s*(?:next|newer)\s*[»›>→]$|^[«‹<←]\s*(?:previous|prev|older)\b.*$",
        re.IGNORECASE,
    ),
    "previous/next article link",
    doc="""Links to the neighbouring articles: "Previous Article You might be pronouncing
'Nvidia' the wrong way", "Next Article Musk doubles down ...", "« Previous post",
"Next story →".""",
)


@cleaner
def teaser_dates(page: Page) -> Iterator[Verdict]:
    """Lines that are only a date, or a category and a date, as teasers print them:
    "Finance July 8, 2025", "July 8, 2025", "Politics | 08.07.2025".
    The page's own date line is the metadata cleaner's."""
    for block in page.kept():
        if block.word_count > 8 or not block.has_digit:
            continue
        if block.index in page.field_lines:
            continue
        if block.tag == "tr" or _DATA_VALUE.search(block.text):
            continue  # a table row: "1/1/2013 +13.1%", "Jan 2024 $1,200" is data beside a date
        # The cheap test first: one substitution rules out most lines with a number in
        # them before the date parser tries its patterns.
        if len(_DATE_WORDS.sub(" ", block.text).split()) <= 2 and parse_date(block.text) is not None:
            yield block, "teaser date line"


# A value printed beside a date in a data table: a percentage, an amount, a signed change.
_DATA_VALUE = re.compile(r"[%$€£¥]|(?<!\S)[+−]\d")
# What a date line is made of: numbers, month names, weekday names, separators, times.
_DATE_WORDS = re.compile(
    r"\d+(?:st|nd|rd|th)?|[,.:/|•·–—-]|\b(?:am|pm|a\.m\.|p\.m\.|at|de|on|utc|gmt|[ecmp][sd]t)\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b",
    re.IGNORECASE,
)
