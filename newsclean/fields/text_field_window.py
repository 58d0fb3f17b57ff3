"""Where a text dump's date and byline lines are looked for: the field window.

A date or a byline line sits under the headline or just above the article's first
paragraph (``field_window``), within the page's first FIELD_LINES lines; a cheap scan
of those lines for a pattern (``lines_matching``) passes over most of them without a
per-line call. Shared by the date reader (text_dates.py) and the byline reader
(text_bylines.py), which look in the same place.
"""
from __future__ import annotations

import re

from ..model import Block

# The lines a byline or a date is looked for in (text_title.TITLE_LINES is the headline's).
FIELD_LINES = 300
# The field window (see field_window): lines around the headline and the first paragraph.
BEFORE_ANCHOR = 12
AFTER_ANCHOR = 3
AFTER_TITLE = 12


def field_window(blocks: list[Block], title: int | None, anchor: int) -> list[int]:
    """Indexes of the lines where a byline or date line sits: under the headline and
    just above the first paragraph (or, without a headline, above the paragraph)."""
    n = min(len(blocks), FIELD_LINES)
    spans = [(anchor - BEFORE_ANCHOR, anchor + AFTER_ANCHOR)]
    if title is not None:
        spans.append((title - 3, title + AFTER_TITLE))
    keep: set[int] = set()
    for lo, hi in spans:
        keep.update(range(max(0, lo), min(n, hi + 1)))
    return sorted(keep)


def lines_matching(blocks: list[Block], pattern: re.Pattern[str]) -> list[int]:
    """Indexes of the top lines where ``pattern`` matches: one regex scan over the joined
    text instead of one call per line (most lines hold no year and no "By")."""
    text = "\n".join(b.text for b in blocks[:FIELD_LINES])
    out: list[int] = []
    line, pos = 0, 0
    for match in pattern.finditer(text):
        line += text.count("\n", pos, match.start())
        pos = match.start()
        if not out or out[-1] != line:
            out.append(line)
    return out
