"""Read title, byline, date and description from the blocks of a page, before any removal.

The header of a page is everything above the article's first paragraphs (``anchor``);
metadata is looked for there, where a reader finds it, so a date or a name in the
body is never taken for the article's own. Each field is the best of its candidate
lines by a small learned scorer (text_title.py, text_fields.py).
"""
from __future__ import annotations

import re

from ..blocks import Block
from ..dates import PublicationDate
from . import Metadata
from .text_fields import best_byline, best_date
from .text_title import anchor, best_title

_READING = re.compile(r"^(?:now\s+)?reading\s*[:\-–]\s*(?P<title>.{10,300})$", re.I)


def read_text_metadata(blocks: list[Block]) -> Metadata:
    meta = Metadata()
    # Where the article's paragraphs start: the headline, date and byline are above it.
    start = anchor(blocks)
    _find_title(blocks, start, meta)
    title = next((i for i, f in meta.blocks.items() if f == "title"), None)
    dated = best_date(blocks, title, start)
    if dated is not None:
        block, value = dated
        meta.date = PublicationDate.from_value(value)
        meta.blocks[block.index] = "date"
    named = best_byline(blocks, title, start, dated[0].index if dated else None)
    if named is not None:
        block, meta.byline, meta.authors = named
        meta.blocks.setdefault(block.index, "byline")
    _find_description(blocks, meta)
    return meta


def is_prose(block: Block) -> bool:
    """A paragraph a reader reads: long enough, and finished like a sentence."""
    return block.word_count >= 20 and block.ends_like_sentence


def _find_title(blocks: list[Block], start: int, meta: Metadata) -> None:
    # "Reading: <headline>" is the sticky bar of many themes: it names the article.
    for block in blocks[: start + 3]:
        if block.word_count >= 3 and (match := _READING.match(block.text)):
            meta.title = match.group("title").strip()
            # The "Reading:" line itself is chrome; navigation removes it.
            _mark_copies(blocks, meta.title, meta, "title")
            return
    found = best_title(blocks, start)
    if found is not None:
        block, meta.title = found
        meta.blocks[block.index] = "title"


def _mark_copies(blocks: list[Block], title: str, meta: Metadata, field: str) -> None:
    """Mark the first copy of the title line above the body as the title line."""
    wanted = " ".join(re.findall(r"\w+", title)).lower()
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
    title_words = " ".join(re.findall(r"\w+", meta.title or "")).lower()
    if after is not None and (
        after.normalized == title_words or meta.blocks.get(after.index) in ("date", "byline")
    ):
        meta.description = candidate.text
        meta.blocks[candidate.index] = "description"
