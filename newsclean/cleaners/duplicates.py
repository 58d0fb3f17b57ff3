"""Text the page shows twice: the headline again in the body, captions glued to themselves,
paragraphs printed a second time."""
from __future__ import annotations

import re
from typing import Iterator

from ..lexicon.chrome import CONTENTS_LABELS, either
from ..model import Block, Page, words_key
from .base import Verdict, cleaner

# A line that is one text (12 characters or more) twice, maybe with spaces between the
# copies: what the regex ``^(.{12,}?)\s*\1$`` (DOTALL) matches. That regex backtracks
# over the whole line for every length of the first copy (minutes on a 1 MB line of
# repetitive text); ``is_glued_twice`` answers the same in one pass.
_MIN_COPY = 12


def is_glued_twice(text: str) -> bool:
    """Whether ``text`` is a text of 12 characters or more, twice, with only whitespace
    between the copies (and maybe a final line break).

    >>> is_glued_twice("Photo: Jane Doe/AFPPhoto: Jane Doe/AFP"), is_glued_twice("Go, go, go, go")
    (True, False)
    """
    # "$" also matches before a final line break.
    return _glued(text) or (text.endswith("\n") and _glued(text[:-1]))


def _glued(text: str) -> bool:
    """``text`` == copy + whitespace + copy, len(copy) >= 12.

    Without whitespace between them the copies are the two halves. With some, the middle
    character of the line is whitespace, and the second copy starts after the whitespace
    run around the middle: its first non-space character is at the same offset as the
    first copy's, which fixes the copy's length. (A line of nothing but whitespace is
    the one case without such a character.)
    """
    n = len(text)
    if n < 2 * _MIN_COPY:
        return False
    half = n // 2
    if n % 2 == 0 and text[:half] == text[half:]:
        return True
    if text.isspace():
        return _all_space_glued(text)
    centre = (n - 1) // 2
    if not text[centre].isspace():
        return False
    after = n - len(text[centre:].lstrip())  # the end of the whitespace run around the middle
    if after == n:
        return False  # the second copy would be all whitespace, the first is not
    first = n - len(text.lstrip())  # where the first copy's first non-space character is
    size = n - after + first
    if size < _MIN_COPY or 2 * size >= n:
        return False
    return text[size:n - size].isspace() and text[:size] == text[n - size:]


def _all_space_glued(text: str) -> bool:
    """For a line of whitespace only: some prefix of 12 or more characters, at most half
    the line, is also its suffix (the middle is whitespace anyway). The borders of a
    string are read off its prefix function in one pass."""
    n = len(text)
    border = [0] * n
    for i in range(1, n):
        k = border[i - 1]
        while k and text[i] != text[k]:
            k = border[k - 1]
        if text[i] == text[k]:
            k += 1
        border[i] = k
    k = border[-1]
    while k:
        if _MIN_COPY <= k and 2 * k <= n:
            return True
        k = border[k - 1]
    return False


@cleaner
def repeated_headline(page: Page) -> Iterator[Verdict]:
    """Copies of the title inside the page: themes print the headline above the body
    and again as its first line. The title itself is in ``Article.title``."""
    title = page.metadata.title
    if not title:
        return
    wanted = words_key(title)
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
        # find rules out nearly every line first.
        if len(text) >= 24 and text.find(text[:12], 12) != -1 and is_glued_twice(text):
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

    >>> from newsclean.fields import Metadata
    >>> from newsclean.read.text import text_to_blocks
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


# A table of contents' heading, alone on its line ("Table of Contents", "Inhaltsverzeichnis:").
_CONTENTS_LABEL = re.compile(rf"^[\W_]*(?:{either(CONTENTS_LABELS)})[\W_]*$", re.IGNORECASE)
# An entry of a table of contents is a heading: at most this many words.
_ENTRY_WORDS = 20
# A line between entries that is not printed again below (an entry worded unlike its
# heading): at most this many in a row inside the list.
_ENTRY_SLACK = 1


@cleaner(inputs=("text",))
def contents_lists(page: Page) -> Iterator[Verdict]:
    """Text dumps: an article's table of contents: its heading ("Table of Contents",
    "Inhaltsverzeichnis", "Sommaire", "Spis treści") and the entries under it, each a
    short line the page prints again further down (as the section's heading). The
    headings below stay, so no text is lost; the heading alone goes when the list is
    folded away. A "Contents" line over entries that are not printed again (a box of
    links elsewhere) keeps its entries.

    >>> from newsclean.fields import Metadata
    >>> from newsclean.read.text import text_to_blocks
    >>> lines = ["Table of Contents", "Why it matters", "What comes next", "Intro text of the piece.",
    ...          "Why it matters", "It matters a lot.", "What comes next", "More to come."]
    >>> page = Page(text_to_blocks("\\n".join(lines)), "text", Metadata())
    >>> [b.text for b, _ in contents_lists(page)]
    ['Table of Contents', 'Why it matters', 'What comes next']
    """
    kept = page.kept()
    labels = [k for k, block in enumerate(kept) if block.word_count <= 5 and _CONTENTS_LABEL.match(block.text)]
    if not labels:
        return  # most pages: no line is keyed, the cost is one cheap test per short line
    last: dict[str, int] = {}
    for k, block in enumerate(kept):
        last[block.normalized] = k
    taken: set[int] = set()  # a list printed twice holds the heading again as an entry
    for k in labels:
        block = kept[k]
        if block.index in taken:
            continue
        yield block, "table of contents: its heading"
        for entry, reason in _entries(kept, k + 1, last):
            taken.add(entry.index)
            yield entry, reason


def _entries(kept: list[Block], start: int, last: dict[str, int]) -> Iterator[Verdict]:
    """The entries from ``start``: short lines printed again further down, with at most
    _ENTRY_SLACK other lines in a row between them; nothing when none is."""
    entries: list[Block] = []
    pending: list[Block] = []
    for k in range(start, len(kept)):
        block = kept[k]
        if not 0 < block.word_count <= _ENTRY_WORDS:
            break
        if last.get(block.normalized, k) > k:
            entries += pending
            entries.append(block)
            pending = []
        elif len(pending) < _ENTRY_SLACK:
            pending.append(block)
        else:
            break
    for block in entries:
        yield block, "table of contents: an entry the page prints again as a heading below"
