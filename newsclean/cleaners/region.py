"""Where the article is: its first and last prose paragraphs, and what lies outside them."""
from __future__ import annotations

from typing import Iterator

from ..blocks import Block, Page
from ..metadata.text import is_prose
from .base import Verdict, cleaner


def body_span(page: Page) -> tuple[int, int] | None:
    """Positions of the first and last prose blocks (see ``is_prose``), or None."""
    cached = page.hints.get("body_span", False)
    if cached is not False:
        return cached
    prose = [i for i, b in enumerate(page.blocks) if b.kept and is_prose(b)]
    span = (prose[0], prose[-1]) if prose else None
    page.hints["body_span"] = span
    return span


def outside_body(page: Page, block: Block) -> bool:
    span = body_span(page)
    return span is not None and not span[0] <= block.index <= span[1]


@cleaner
def header_chrome(page: Page) -> Iterator[Verdict]:
    """Short lines above the first paragraph that carry no metadata: section labels,
    kickers and widget names ("News", "Opinion", "Font ResizerAa").

    A short line that is the title, byline or date is left to the metadata cleaner.
    """
    span = body_span(page)
    if span is None:
        return
    for block in page.blocks[: span[0]]:
        if block.kept and block.word_count <= 3 and block.index not in page.metadata.blocks:
            yield block, "short line above the article"


@cleaner
def tail_after_article(page: Page) -> Iterator[Verdict]:
    """Below the last prose paragraph, lines that are not sentences: teaser headlines,
    link lists, labels ("Apple reportedly wants to buy ...", "About Us", "//").

    A short closing sentence ("He denied the charges.") stays.
    """
    span = body_span(page)
    if span is None:
        return
    for block in page.blocks[span[1] + 1 :]:
        if block.kept and not (block.ends_like_sentence and block.word_count >= 3):
            yield block, "not a sentence, below the article's last paragraph"
