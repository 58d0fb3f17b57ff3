"""Read title, byline, date and description from the blocks of a page, before any removal.

The header of a page is everything above the article's first paragraphs (``anchor``);
metadata is looked for there, where a reader finds it, so a date or a name in the
body is never taken for the article's own. Each field is the best of its candidate
lines by a small learned scorer (text_title.py, text_dates.py, text_bylines.py).
"""
from __future__ import annotations

import re
from typing import Callable

from ..model import Block, words_key
from ..dates import PublicationDate
from . import Candidate, FieldSource, Metadata
from .text_bylines import ranked_bylines
from .text_dates import date_pool_of, ranked_dates
from .text_title import anchor, ranked_titles

_READING = re.compile(r"^(?:now\s+)?reading\s*[:\-–]\s*(?P<title>.{10,300})$", re.I)


def read_text_metadata(blocks: list[Block], url: str | None = None) -> Metadata:
    """The page's metadata; ``url``, the page's address when the caller knows it, is
    evidence for the headline (its path's words)."""
    meta = Metadata()
    # Where the article's paragraphs start: the headline, date and byline are above it.
    start = anchor(blocks)
    _find_title(blocks, start, meta, url)
    title = next((i for i, f in meta.blocks.items() if f == "title"), None)
    pool, in_header = date_pool_of(blocks, title, start)
    dates = ranked_dates(blocks, title, start, pool)
    dated = (dates[0][1], dates[0][2]) if dates else None
    if dated is not None:
        block, value = dated
        meta.date = PublicationDate.from_value(value)
        # A date line of the header is the page's metadata line; one read further down
        # (text_dates' fallback) is left where it is, for the body cleaners to judge.
        if in_header:
            meta.blocks[block.index] = "date"
        meta.sources["date"] = _scored("date line", dates, lambda c: c[1].text)
    bylines = ranked_bylines(blocks, title, start, dated[0].index if dated else None)
    if bylines[0][1] is not None:
        _, block, meta.byline, meta.authors = bylines[0]
        meta.blocks.setdefault(block.index, "byline")
        meta.sources["authors"] = _scored("byline line", bylines, lambda c: c[1].text if c[1] else "(no author)")
    elif len(bylines) > 1:
        # Nobody won: say which lines were read as bylines and fell short of the margin.
        meta.sources["authors"] = _scored("no author", bylines, lambda c: c[1].text if c[1] else "(no author)")
    _find_description(blocks, meta)
    return meta


def _scored(label: str, ranked: list, text: Callable[[tuple], str], shown: int = 4) -> FieldSource:
    """The chosen line of a ranking (score first, then the block), with the next few that lost."""
    best = ranked[0]
    where = f"block {best[1].index}: {best[1].text!r}; " if best[1] is not None else ""
    if best[1] is None:  # the author-less candidate won: the lines fell short of its margin
        margin = f"no line beat the author-less candidate; the best fell {best[0] - ranked[1][0]:.2f} short"
    else:
        margin = f"scored {best[0] - ranked[1][0]:.2f} above the next candidate" if len(ranked) > 1 else "the only candidate"
    rejected = tuple(Candidate(text(c), f"block {c[1].index}" if c[1] is not None else "author-less page",
                               f"scored {best[0] - c[0]:.2f} lower") for c in ranked[1:1 + shown])
    return FieldSource(label, where + margin, rejected)


def _find_title(blocks: list[Block], start: int, meta: Metadata, url: str | None = None) -> None:
    # "Reading: <headline>" is the sticky bar of many themes: it names the article.
    for block in blocks[: start + 3]:
        if block.word_count >= 3 and (match := _READING.match(block.text)):
            meta.title = match.group("title").strip()
            meta.sources["title"] = FieldSource('"Reading:" bar', f"block {block.index}: {block.text!r}")
            # The "Reading:" line itself is chrome; navigation removes it.
            _mark_copies(blocks, meta.title, meta, "title")
            return
    ranked = ranked_titles(blocks, start, url)
    if ranked:
        _, block, meta.title = ranked[0]
        meta.blocks[block.index] = "title"
        meta.sources["title"] = _scored("headline line", ranked, lambda c: c[2])


def _mark_copies(blocks: list[Block], title: str, meta: Metadata, field: str) -> None:
    """Mark the first copy of the title line above the body as the title line."""
    wanted = words_key(title)
    for block in blocks:
        if block.normalized == wanted:
            meta.blocks[block.index] = field
            return


def _find_description(blocks: list[Block], meta: Metadata) -> None:
    """A dek: the sentence right under the title, before the title repeats or the byline comes."""
    title_index = next((i for i, f in meta.blocks.items() if f == "title"), None)
    if title_index is None or title_index + 1 >= len(blocks):
        return
    candidate = blocks[title_index + 1]
    if not (8 <= candidate.word_count <= 70 and candidate.ends_like_sentence):
        return
    after = blocks[title_index + 2] if title_index + 2 < len(blocks) else None
    title_words = words_key(meta.title or "")
    if after is not None and (
        after.normalized == title_words or meta.blocks.get(after.index) in ("date", "byline")
    ):
        meta.description = candidate.text
        meta.blocks[candidate.index] = "description"
        meta.sources["description"] = FieldSource(
            "the sentence under the headline", f"block {candidate.index}, followed by the "
            + ("repeated title" if after.normalized == title_words else meta.blocks[after.index] + " line"))
