"""The date of a text dump: the date lines of its header, ranked by a small learned scorer.

A candidate is a short line of the field window that holds an absolute date ("2 hours
ago" is not one), or a labelled one ("Published", "Updated") anywhere on top; without
any, the first date-only lines further down (a post's date printed under its body).
Features say where it sits (under the headline, above the first paragraph, beside a
byline) and what it says (a label, a time, a copyright, other words); the names and the
weights are text_field_scorers.py's.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from operator import mul

from ..model import Block
from ..layout import is_prose_line
from ..learned import vector
from ..lexicon import alternation
from ..lexicon.dates import (ALL_CLOCK_WORDS, ALL_DATE_LABELS, ALL_DATE_PREPOSITIONS, ALL_PUBLISHED, ALL_TIME_CONNECTORS,
                              ALL_UPDATED, ALL_WEEKDAYS, MONTHS)
from .dates import date_kind, has_date_label, parse_text_date
from .text_byline_parse import LABEL_AT_START
from .text_field_scorers import DATE_FEATURES, model, place_features
from .text_field_window import FIELD_LINES, field_window, lines_matching
from .text_line_shapes import YEAR

_COPYRIGHT = re.compile(r"©|\bcopyright\b|all rights reserved", re.I)
_TIME = re.compile(r"\d[:.h][0-5]\d")
_DATE_WORDS = re.compile(
    r"\d+(?:st|nd|rd|th)?|[,.:/|•·–—-]|\b(?:am|pm|at|on|utc|gmt|[ecmp][sd]t|published|updated|posted|"
    r"last|modified|date|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:" + alternation(
        list(MONTHS) + list(ALL_WEEKDAYS + ALL_PUBLISHED + ALL_UPDATED + ALL_DATE_LABELS + ALL_TIME_CONNECTORS
                            + ALL_DATE_PREPOSITIONS + ALL_CLOCK_WORDS)) + r")(?!\w)",
    re.I,
)
# How far below the first prose line the next paragraph is looked for (date_pool).
DEK_GAP = 6


def date_lines(blocks: list[Block], window: list[int] | None = None) -> list[tuple[Block, dt.date | dt.datetime]]:
    """Short lines of the window holding an absolute date ("2 hours ago" is not one)."""
    out = []
    for i in window if window is not None else range(min(len(blocks), FIELD_LINES)):
        b = blocks[i]
        # Every date pattern has a year: the cheap test drops almost every line.
        if len(b.text) <= 250 and YEAR.search(b.text) and b.word_count <= 25:
            value = parse_text_date(b.text)
            # A sentence that mentions a day ("..., said on March 3, 2024 that ...") is
            # body text, not a date line.
            if value is not None and not (b.ends_like_sentence and b.word_count > 9 and not date_kind(b.text)):
                out.append((b, value))
    return out


def date_candidates(blocks: list[Block], title: int | None, anchor: int,
                    dated: list[tuple[Block, dt.date | dt.datetime]]) -> list[tuple[Block, object, list[float]]]:
    if not dated:
        return []
    days = [v if not isinstance(v, dt.datetime) else v.date() for _, v in dated]
    counts: dict[dt.date, int] = {}
    for d in days:
        counts[d] = counts.get(d, 0) + 1
    near = {j for b, _ in dated for j in range(b.index - 2, b.index + 3) if 0 <= j < len(blocks)}
    bylines = [j for j in near if blocks[j].word_count <= 12 and LABEL_AT_START.match(blocks[j].text)]
    out = []
    for k, ((b, value), d) in enumerate(zip(dated, days)):
        kind = date_kind(b.text)
        other = len(_DATE_WORDS.sub(" ", b.text).split())
        feats = vector(DATE_FEATURES, place_features(b.index, title, anchor) | {
            "published": 1.0 if kind == "published" else 0.0,
            "updated": 1.0 if kind == "updated" else 0.0,
            "log_words": math.log1p(b.word_count),
            "other_words": math.log1p(other),
            "byline_near": 1.0 if any(abs(j - b.index) <= 2 for j in bylines) else 0.0,
            "log_same_date": math.log1p(counts[d]),
            "position": b.index / len(blocks),
            "first_candidate": 1.0 if k == 0 else 0.0,
            "latest": 1.0 if d == max(days) else 0.0,
            "earliest": 1.0 if d == min(days) else 0.0,
            "has_time": 1.0 if _TIME.search(b.text) else 0.0,
            "copyright": 1.0 if _COPYRIGHT.search(b.text) else 0.0,
            "list_item": 1.0 if b.is_list_item else 0.0,
            "by_in_line": 1.0 if re.search(r"\bby\b", b.text, re.I) else 0.0,
        })
        out.append((b, value, feats))
    return out

def date_pool(blocks: list[Block], title: int | None, anchor: int) -> list[tuple[Block, dt.date | dt.datetime]]:
    """The date lines the scorer chooses among: those of the header (header_dates), or
    without any, the first date-only lines further down (_fallback_dates)."""
    return date_pool_of(blocks, title, anchor)[0]


def date_pool_of(blocks: list[Block], title: int | None, anchor: int
                 ) -> tuple[list[tuple[Block, dt.date | dt.datetime]], bool]:
    """The date pool, and whether its lines are the header's (False: the fallback's)."""
    header = header_dates(blocks, title, anchor)
    return (header, True) if header else (_fallback_dates(blocks), False)


def header_dates(blocks: list[Block], title: int | None, anchor: int) -> list[tuple[Block, dt.date | dt.datetime]]:
    """The date lines of the header: those around the headline and the first
    paragraph, and labelled ones ("Published", "Posted on", "Updated") anywhere on top."""
    near = set(field_window(blocks, title, anchor))
    # The first prose line under a headline is often a dek, not the article's first
    # paragraph: a date line between it and the next paragraph still belongs to the header.
    second = anchor + 1
    if title is not None and title < anchor:
        second = next((i for i in range(anchor + 1, min(len(blocks), anchor + 1 + DEK_GAP))
                       if is_prose_line(blocks[i])), anchor + 1 + DEK_GAP)
    out = []
    for b, v in date_lines(blocks, lines_matching(blocks, YEAR)):
        # Below the first paragraphs, a date without a label is a teaser's, a comment's
        # or the body's, not the article's.
        if (b.index < anchor or anchor < b.index < second and b.word_count <= 14
                or (b.index in near or b.word_count <= 14) and has_date_label(b.text)):
            out.append((b, v))
    return out


# Without a date line in the header, the first lines that are only a date (or a labelled
# date, "Updated on July 9, 2025") further down: a post's date printed under its body.
FALLBACK_DATES = 3


def _fallback_dates(blocks: list[Block]) -> list[tuple[Block, dt.date | dt.datetime]]:
    out: list[tuple[Block, dt.date | dt.datetime]] = []
    for b in blocks:
        if len(b.text) > 120 or b.word_count > 10 or YEAR.search(b.text) is None:
            continue
        if len(_DATE_WORDS.sub(" ", b.text).split()) > (2 if has_date_label(b.text) else 0):
            continue
        # Between two paragraphs, a date is the body's (a timeline, a quoted day).
        i = b.index
        if 0 < i < len(blocks) - 1 and is_prose_line(blocks[i - 1]) and is_prose_line(blocks[i + 1]):
            continue
        value = parse_text_date(b.text)
        if value is not None:
            out.append((b, value))
            if len(out) == FALLBACK_DATES:
                break
    return out


def best_date(blocks: list[Block], title: int | None, anchor: int) -> tuple[Block, object] | None:
    ranked = ranked_dates(blocks, title, anchor)
    return (ranked[0][1], ranked[0][2]) if ranked else None


def ranked_dates(blocks: list[Block], title: int | None, anchor: int,
                 pool: list[tuple[Block, dt.date | dt.datetime]] | None = None) -> list[tuple[float, Block, object]]:
    """(score, block, date) of every date line (of ``pool``, by default date_pool's),
    best first (ties keep page order)."""
    cands = date_candidates(blocks, title, anchor, date_pool(blocks, title, anchor) if pool is None else pool)
    weights = model("date").weights
    return sorted(((sum(map(mul, weights, c[2])), c[0], c[1]) for c in cands), key=lambda s: s[0], reverse=True)
