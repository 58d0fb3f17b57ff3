"""Read title, byline, date and description from the blocks of a page, before any removal.

The header of a page is everything above its first prose paragraph; metadata is
looked for there, where a reader finds it, so a date or a name in the body is never
taken for the article's own.
"""
from __future__ import annotations

import re

from ..blocks import Block
from . import Metadata
from .dates import date_kind, parse_date
from .names import looks_like_name, split_byline
from .text_fields import best_byline, best_date
from .text_title import anchor, best_title

# "Reading: <headline>" is the sticky header of many themes: it names the article.
_READING = re.compile(r"^(?:now\s+)?reading\s*[:\-–]\s*(?P<title>.{10,300})$", re.I)
_BY_LINE = re.compile(r"^(?:by|written by|words by)\s+\S", re.I)
# Words that open a date line ("Last updated: ...", "Published on ...").
_DATE_LABEL = re.compile(r"^\W*(?:last\s+)?(?:updated|published|posted|modified|date)\b", re.I)
_MAX_HEADER_BLOCKS = 120


def read_text_metadata(blocks: list[Block]) -> Metadata:
    meta = Metadata()
    header = _header(blocks)
    # A dek under the headline reads like prose; look a little past it for the
    # headline's second copy.
    _find_title(blocks[: len(header) + 3], blocks, meta)
    title = next((i for i, f in meta.blocks.items() if f == "title"), None)
    start = anchor(blocks)
    dated = best_date(blocks, title, start)
    if dated is not None:
        block, meta.date = dated
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


def _header(blocks: list[Block]) -> list[Block]:
    for position, block in enumerate(blocks[:_MAX_HEADER_BLOCKS]):
        if is_prose(block):
            return blocks[:position]
    return blocks[:_MAX_HEADER_BLOCKS]


def is_headline_like(block: Block) -> bool:
    """3 to 30 words, not closed by a period or colon: how headlines are written."""
    text = block.text
    return 3 <= block.word_count <= 30 and not text.endswith((".", ":", ",", ";")) and len(text) <= 300


def _find_title(header: list[Block], blocks: list[Block], meta: Metadata) -> None:
    for block in header:
        match = _READING.match(block.text)
        if match:
            meta.title = match.group("title").strip()
            # The "Reading:" line itself is chrome; navigation removes it.
            _mark_copies(blocks, meta.title, meta, "title")
            return
    found = best_title(blocks)
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


def _has_date(block: Block) -> bool:
    return block.word_count <= 14 and any(ch.isdigit() for ch in block.text) and parse_date(block.text) is not None


def _find_date(header: list[Block], meta: Metadata) -> None:
    published = updated = None
    for block in header:
        if not _has_date(block):
            continue
        value = parse_date(block.text)
        kind = date_kind(block.text)
        if kind == "updated":
            updated = updated or (block, value)
        else:
            published = published or (block, value)
    chosen = published or updated
    if chosen:
        block, meta.date = chosen
        meta.blocks[block.index] = "date"


def _find_byline(header: list[Block], meta: Metadata) -> None:
    date_positions = [i for i, b in enumerate(header) if meta.blocks.get(b.index) == "date"]
    for position, block in enumerate(header):
        if block.index in meta.blocks:
            continue
        explicit = bool(_BY_LINE.match(block.text)) and block.word_count <= 12
        beside_date = any(abs(position - d) <= 2 for d in date_positions) and looks_like_name(block.text)
        if explicit or beside_date:
            authors = split_byline(block.text)
            if authors:
                meta.byline = re.sub(r"^(?:by|written by|words by)\s+", "", block.text, flags=re.I).strip()
                meta.authors = authors
                meta.blocks[block.index] = "byline"
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
