"""The site's notices under an article, found as a region: disclaimers, affiliate and
advertising disclosures, reprint terms.

A notice is prose, so the line rules and the line scorer keep it: "This material is not
intended to replace the advice of a qualified advisor", "Dieser Beitrag enthält
Werbung", "Les opinions exprimées n'engagent que leurs auteurs". What gives it away is
its act (it disclaims, discloses or forbids: lexicon/chrome.SITE_NOTICES, in eight
languages) and its place: below the article, with little of the page's prose after it.
The region runs from the first notice line to the last one, through the lines between
them (a notice is often a few paragraphs: "Products and services referenced are for
general information only ..." then "This material is not intended ...").
A line that quotes such words and names who said them ("..., a rappelé le juge") is the
article's reporting, not the site's notice.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..layout import is_prose
from ..lexicon.chrome import AFFILIATE_ANCHORS, AFFILIATE_DISCLOSURES, SITE_NOTICE_ANCHORS, SITE_NOTICES, patterns
from ..model import Block, Page
from .base import Verdict, cleaner
from .comments import lines_holding, runs_of, tail_start
from .speech import unquoted_search

_NOTICE = re.compile(patterns(SITE_NOTICES), re.IGNORECASE)
# The article's prose above a notice: at least this many words (else the notice stands
# above the article, or the page is the notice).
ARTICLE_ABOVE = 100
# At most this share of the page's prose may follow the notice region (else the article
# goes on below it, and the line is the article's own words about advice or affiliates).
PROSE_AFTER = 0.2
# Notice lines at most this many lines apart make one region.
NOTICE_GAP = 3


def is_notice(block: Block) -> bool:
    """A line that disclaims, discloses or forbids on the site's behalf.

    >>> is_notice(Block(0, "This blog is provided for general informational purposes only."))
    True
    >>> is_notice(Block(0, "Die Inhalte stellen keine Anlageberatung dar."))
    True
    >>> is_notice(Block(0, "The lawyer gave him advice on the contract."))
    False

    A notice quoted with its speaker is the article's reporting (cleaners/speech.py):

    >>> is_notice(Block(0, "« Les opinions n'engagent que leurs auteurs », a rappelé le juge."))
    False
    """
    return unquoted_search(_NOTICE, block.text)


@cleaner(inputs=("text",))
def site_notices(page: Page) -> Iterator[Verdict]:
    """Text dumps: the site's notices below the article, as a region (module doc)."""
    blocks = page.kept()
    mass = [b.word_count if is_prose(b) else 0 for b in blocks]
    total = sum(mass)
    if not total:
        return
    # The tail: the lines with at most PROSE_AFTER of the prose below them.
    start = tail_start(mass, PROSE_AFTER * total)
    # The pattern runs only on tail lines holding an anchor word (one search of the page).
    tail = blocks[start:]
    hits = sorted(start + i for i in lines_holding(tail, SITE_NOTICE_ANCHORS) if is_notice(tail[i]))
    if not hits or sum(mass[: hits[0]]) < ARTICLE_ABOVE:
        # No notice, or too little prose above the first one.
        return
    for run in runs_of(hits, NOTICE_GAP):
        for block in blocks[run[0]: run[-1] + 1]:
            yield block, "the site's notice below the article (disclaimer, disclosure or reprint terms)"


_DISCLOSURE = re.compile(patterns(AFFILIATE_DISCLOSURES), re.IGNORECASE)
# A disclosure is a line or two; a longer paragraph that says "we earn a commission" is
# left to the region rules (it may be an article about affiliate marketing).
DISCLOSURE_WORDS = 60


def is_disclosure(block: Block) -> bool:
    """A short line in which the site says it earns from the page's links.

    >>> is_disclosure(Block(0, "We may earn commission from links on this page, but we only recommend products we back."))
    True
    >>> is_disclosure(Block(0, "Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision."))
    True
    >>> is_disclosure(Block(0, "Streamers earn a commission when viewers buy games through their links."))
    False

    A disclosure quoted with its speaker is the article's reporting (cleaners/speech.py):

    >>> is_disclosure(Block(0, "We may earn a commission on these sales, the company said."))
    False
    """
    if block.word_count > DISCLOSURE_WORDS:
        return False
    return unquoted_search(_DISCLOSURE, block.text)


@cleaner(inputs=("text",))
def affiliate_disclosures(page: Page) -> Iterator[Verdict]:
    """Text dumps: the site's disclosure that it earns from the page's links, wherever it
    stands (lexicon/chrome.AFFILIATE_DISCLOSURES, eight languages): "This article contains
    affiliate links that may earn us a commission", "As an Amazon Associate I earn from
    qualifying purchases", "Erhalten wir eine kleine Provision". Above the article and
    between its sections too, where ``site_notices`` (the tail only) does not look. A
    disclosure quoted with its speaker is the article's text (cleaners/speech.py).
    """
    blocks = page.kept()
    for i in sorted(lines_holding(blocks, AFFILIATE_ANCHORS)):
        if is_disclosure(blocks[i]):
            yield blocks[i], "the site's disclosure that it earns from its links"
