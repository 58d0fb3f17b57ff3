"""Reader comments, found as a region: a run of comment headers below the article.

A comment list prints the same shape again and again: a header line (who, when, maybe
"says:") over the comment's text. One such line proves little (a dateline, a quoted
"He said:"); two or more of the same kind, a few lines apart, below the article's
start, are a comment list. The evidence holds in any language: the repetition, the
header's shape (a short line with a date and a time of day, or a name and a
says-verb and a colon), the position. Words come second: the says-verbs and the
comment headings ("Kommentare", "3 thoughts on ...") come from the chrome lexicon.

The region runs from the first header (and the comments heading just above it) to
the end of the page: what follows a comment list is the page's footer.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..blocks import Block, Page
from ..lexicon.chrome import COMMENT_LABELS, COMMENT_VERBS, RELATIVE_TIMES, either, patterns
from ..metadata.text import is_prose
from .base import Verdict, cleaner

# A time of day: "15:24", "9.05", "15h24", "3:04 pm".
_TIME = r"\b\d{1,2}[:h]\d{2}\b"
# A date: a year, or day and month in figures ("15.05.2019", "5/15/19", "2019-05-15").
_DATE = r"\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
# A header line with a timestamp: a date and a time of day (on a line with a digit), or
# a relative time ("2 years ago", "vor 3 Tagen", "il y a 2 jours", "a year ago").
_STAMP = re.compile(rf"(?=.*(?:{_DATE})).*{_TIME}", re.IGNORECASE)
_RELATIVE = re.compile(rf"\b(?:{patterns(RELATIVE_TIMES)})\b", re.IGNORECASE)
# A header line that introduces what someone wrote: "Jane Doe says:", "Max sagt:", "Marie a écrit :".
_SAYS = re.compile(rf"\b(?:{either(COMMENT_VERBS)})\s*:?\s*$", re.IGNORECASE)
# A comments heading: "Comments", "12 Kommentare", "3 thoughts on “...”", "One response to ...".
_HEADING = re.compile(
    rf"^[\W_]*(?:\d+|one|two|three)?\s*(?:{either(COMMENT_LABELS)})\b.{{0,80}}$"
    r"|^[\W_]*(?:\d+|one|two|three)\s+(?:thoughts?|responses?|replies|reactions?)\s+(?:on|to)\b.{0,120}$",
    re.IGNORECASE,
)
# A header is short; a comment header holds a name and a stamp or a verb.
_HEADER_MAX_WORDS = 16
# Consecutive headers of one list are at most this many lines apart (a comment's text).
_MAX_GAP = 25
# The article above a comment list has at least this many words of prose.
_ARTICLE_ABOVE = 100
# A comments heading stands at most this many lines above the first header.
_HEADING_REACH = 3


def header_kind(block: Block) -> str | None:
    """"stamp" or "says" when the line reads as a comment's header, else None.

    >>> header_kind(Block(0, "Par Marie-Claire DELAIRE, le mercredi 15 mai 2019 à 15h24"))
    'stamp'
    >>> header_kind(Block(0, "Jane Doe says:")), header_kind(Block(0, "The vote was held on May 5, 2019 at 10:00."))
    ('says', None)
    """
    if not 0 < block.word_count <= _HEADER_MAX_WORDS or block.ends_like_sentence:
        return None
    text = block.text
    if _SAYS.search(text):
        return "says"
    if (block.has_digit and _STAMP.search(text)) or _RELATIVE.search(text):
        return "stamp"
    return None


def comment_region(page: Page) -> int | None:
    """The position of the first line of the page's comment list, or None."""
    # All lines, removed or not: a header an earlier cleaner took (a byline, a date line)
    # still shows the list's rhythm.
    blocks = page.blocks
    if len(blocks) < 4:
        return None
    headers = [(i, kind) for i, b in enumerate(blocks) if (kind := header_kind(b))]
    for start in range(len(headers)):
        i, kind = headers[start]
        run = [i]
        for j, other in headers[start + 1:]:
            if j - run[-1] > _MAX_GAP:
                break
            if other == kind:
                run.append(j)
        # Two headers of the same shape, below the first quarter of the page, or three; and
        # the article above them (a list of teasers with times above the article is not
        # a comment list).
        if ((len(run) >= 2 and i >= len(blocks) // 4) or len(run) >= 3) \
                and sum(b.word_count for b in blocks[:i] if b.kept and is_prose(b)) >= _ARTICLE_ABOVE:
            first = i
            for k in range(i - 1, max(-1, i - 1 - _HEADING_REACH), -1):
                if blocks[k].word_count <= 20 and _HEADING.match(blocks[k].text):
                    first = k
            return first
    return None


@cleaner
def comment_sections(page: Page) -> Iterator[Verdict]:
    """Text dumps: the readers' comments below an article, found as a region: two or more
    comment headers of one shape a few lines apart ("Jane Doe says:",
    "Par Marie-Claire DELAIRE, le mercredi 15 mai 2019 à 15h24", "Max, 12.03.2020 um
    14:22 Uhr"), from the comments heading above the first to the end of the page.
    A dateline or a single quoted "She said:" is not a list and stays.
    """
    if page.source_type != "text":
        return
    start = comment_region(page)
    if start is None:
        return
    for block in page.blocks[start:]:
        if block.kept:
            yield block, "reader comments: below a run of comment headers (who and when)"
