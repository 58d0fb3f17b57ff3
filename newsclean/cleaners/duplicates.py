"""Text the page shows twice: the headline again in the body, captions glued to themselves."""
from __future__ import annotations

import re
from typing import Iterator

from ..blocks import Page
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
