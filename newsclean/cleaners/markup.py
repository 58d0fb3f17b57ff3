"""Cleaners that read the source markup: a block's context (``Block.context``) names the
sections of the HTML page it came from ("footer", "class:bio", ...). Text pages have no
context, so these cleaners apply to HTML only (``inputs=("html",)``)."""
from __future__ import annotations

from typing import Iterator

from ..model import Page
from .base import Verdict, cleaner

# A token carried by most of the page's words names the article's own container (a
# theme that calls its content wrapper "site-footer-sticky"), not a section beside it.
_MAX_SHARE = 0.5


def _sections(page: Page, tokens: frozenset[str], reason: str) -> Iterator[Verdict]:
    kept = page.kept()
    total = sum(b.word_count for b in kept) or 1
    for token in sorted(tokens):
        marked = [b for b in kept if token in b.context]
        if marked and sum(b.word_count for b in marked) <= _MAX_SHARE * total:
            for block in marked:
                yield block, f"{reason} ({token})"


@cleaner(inputs=("html",))  # text blocks carry no markup context
def footer_sections(page: Page) -> Iterator[Verdict]:
    """Blocks inside the page footer: a <footer> element, or one whose class/id says footer.

    "Blue Cross and Blue Shield of Oklahoma, a Division of Health Care Service Corporation, ..."
    "* To unsubscribe at any time, please use the “Unsubscribe” link included in the footer ..."
    """
    yield from _sections(page, frozenset({"footer", "class:footer"}), "inside the page footer")


@cleaner(inputs=("html",))  # text blocks carry no markup context
def author_bios(page: Page) -> Iterator[Verdict]:
    """Blocks inside an author-bio box (class/id "bio", "author-bio"):

    "Former McKinsey Consultant", "Chair, Board of Advisors Robotic Assistance Devices"
    """
    yield from _sections(page, frozenset({"class:bio"}), "inside an author bio")


@cleaner(inputs=("html",))  # text blocks carry no markup context
def signup_boxes(page: Page) -> Iterator[Verdict]:
    """Blocks inside a subscription or sign-up box (class/id "subscribe", "signup"):

    "For daily wit & wisdom, sign up for the Almanac newsletter.", "Subscribe to us"
    """
    yield from _sections(page, frozenset({"class:subscri", "class:signup"}), "inside a sign-up box")


@cleaner(inputs=("html",))  # text blocks carry no markup context
def advert_sections(page: Page) -> Iterator[Verdict]:
    """Blocks inside an advert or its disclosure (class/id "advert", "advertisement"):

    "We may be compensated when you click on a link, when an application is approved, ..."
    """
    yield from _sections(page, frozenset({"class:advert"}), "inside an advert")

