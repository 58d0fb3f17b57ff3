"""Text the page shows twice: the headline again in the body, captions glued to themselves,
paragraphs printed a second time."""
from __future__ import annotations

import re
from typing import Iterator

from ..blocks import Block, Page
from .base import Verdict, cleaner

_GLUED = re.compile(r"^(.{12,}?)\s*\1$", re.DOTALL)


@cleaner
def repeated_headline(page: Page) -> Iterator[Verdict]:
    """Copies of the title inside the page: themes print the headline above the body
    and again as its first line. The title itself is in ``Article.title``."""
    title = page.metadata.title
    if not title:
        return
    wanted = " ".join(re.findall(r"\w+", title)).lower()
    for block in page.kept():
        if block.normalized == wanted:
            yield block, "the headline again"


@cleaner
def glued_repeats(page: Page) -> Iterator[Verdict]:
    """A line that is one text twice over: a caption or widget rendered twice
    ("People take shelter ... - AFP/Getty ImagesPeople take shelter ... - AFP/Getty Images").
    A sentence that quotes itself once ("Go, go") is too short to count."""
    for block in page.kept():
        text = block.text
        # The second copy starts with the first 12 characters of the line: a C-level
        # find rules out nearly every line before the backtracking regex runs.
        if len(text) >= 24 and text.find(text[:12], 12) != -1 and _GLUED.match(text):
            yield block, "the same text twice in one line (a caption or widget rendered twice)"


# Shorter repeats are table cells and list entries ("Free shipping", "Yes") that an
# article repeats on purpose.
_REPEAT_MIN_WORDS = 12
# A single repeated paragraph is as often the article's own (a training plan's "Warm up"
# day after day, a key figure in the summary and again in the text) as a copy; three in a
# row are a copied section (tune split: one at a time loses on as many pages as it gains).
_REPEAT_RUN = 3


@cleaner
def repeated_paragraphs(page: Page) -> Iterator[Verdict]:
    """A run of three or more paragraphs (12 words or more each) that the page already
    printed: a hidden mobile copy of the article, a summary box repeated at the foot.
    Short lines between them do not break the run. The first copy stays, so no text is
    lost.

    >>> from newsclean.metadata import Metadata
    >>> from newsclean.text import text_to_blocks
    >>> lines = [f"Paragraph {n} of the story, which is long enough to be counted as a paragraph." for n in "ABC"]
    >>> page = Page(text_to_blocks("\\n".join(lines + ["Share"] + lines)), "text", Metadata())
    >>> [b.index for b, _ in repeated_paragraphs(page)]
    [4, 5, 6]
    """
    seen: set[str] = set()
    run: list[Block] = []
    for block in page.kept():
        if block.word_count < _REPEAT_MIN_WORDS:
            continue
        if block.normalized in seen:
            run.append(block)
            continue
        seen.add(block.normalized)
        yield from _copied(run)
        run = []
    yield from _copied(run)


def _copied(run: list[Block]) -> Iterator[Verdict]:
    if len(run) >= _REPEAT_RUN:
        for block in run:
            yield block, "a run of paragraphs the page already printed"
