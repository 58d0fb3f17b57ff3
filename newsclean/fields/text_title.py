"""The headline of a text dump, chosen among the lines above the article by a small learned scorer.

Evidence a headline carries: it is repeated (the <title> copy and the <h1>), it sits
just above the first paragraphs and above a byline or date line, it is written like a
headline (title case, no closing period), and a copy may carry the site's name after
a separator ("Best Cloud Stocks of 2025 | The Motley Fool"), its words run through the
whole article (a section heading's only through its section), and it is not written
again over a paragraph of the body (a table of contents entry is). A dump without blank
lines or list markers (lxml's text) shows none of the layout cues that mark a heading
elsewhere: there the ``flat_`` features carry their own weights. The weights are fitted on
the tune split by ``benchmarks/train_text_metadata.py``, run by ``benchmarks/retrain.py``
(newsclean/data/text_title.json; docs/training.md). Features are built by name
(``FEATURES``); loading checks the file's names against them (newsclean.learned).

The reader is three modules: text_title_candidates.py (the lines that may be the
headline, and the page-wide evidence about them), text_title_features.py (what the
scorer reads of each), and this one (the scorer and the ranking). The names other code
imports from here (``anchor``, ``title_window``, ``FEATURES``, ``ends_in_credit``...)
are re-exported.
"""
from __future__ import annotations

from functools import lru_cache
from operator import mul

from ..model import Block, words_key
from ..learned import LinearModel, load_linear, vector
from .text_line_shapes import YEAR, ends_in_credit, maybe_name
from .text_title_candidates import (ABOVE, AFTER, BODY_LINES, FLAT_BLANKS, NEAR, TITLE_LINES, TOP, anchor, evidence,
                                    headline_anchor, headline_texts, may_be_headline, title_window,
                                    words_of_text)
from .text_title_features import FEATURES, FLAT_READ, URL_FEATURES, neighbour_shape, title_features

__all__ = [
    "ABOVE", "AFTER", "BODY_LINES", "FEATURES", "FLAT_BLANKS", "FLAT_READ", "NEAR", "TITLE_LINES", "TOP", "URL_FEATURES",
    "YEAR", "anchor", "best_title", "candidates", "ends_in_credit", "headline_anchor", "maybe_name", "model",
    "ranked_titles", "title_window",
]


@lru_cache(maxsize=None)
def model() -> LinearModel:
    """The headline scorer (newsclean/data/text_title.json), checked against FEATURES."""
    return load_linear("text_title", FEATURES)


def candidates(blocks: list[Block], start: int | None = None,
               url: str | None = None) -> list[tuple[Block, str, list[float]]]:
    """(block, title text, features) for each line that could be the headline; ``start``
    is the article's first paragraph (``anchor``), ``url`` the page's address (its path's
    words are compared with each line's; without one those features are 0.0 on every
    line, and the ranking is the one the other features give)."""
    if not blocks:
        return []
    ev = evidence(blocks, anchor(blocks) if start is None else start, url)
    if ev is None:
        return []
    out = []
    for i in ev.lines:
        b = blocks[i]
        if not may_be_headline(b, i, ev.start - NEAR):
            continue
        texts, suffix = headline_texts(ev, i)
        shape = neighbour_shape(blocks, i)
        for text, stripped, crumb, elsewhere, cut in texts:
            norm = b.normalized if text is b.text else words_key(text)
            split = norm.split()
            if words_of_text(text, split) < 2:
                continue
            values = title_features(ev, i, text, split, norm, (stripped, crumb, elsewhere, cut), suffix, shape)
            out.append((b, text, vector(FEATURES, values)))
    return out


def best_title(blocks: list[Block], start: int | None = None, url: str | None = None) -> tuple[Block, str] | None:
    """The candidate the scorer likes best, or None when there is no candidate."""
    ranked = ranked_titles(blocks, start, url)
    return (ranked[0][1], ranked[0][2]) if ranked else None


def ranked_titles(blocks: list[Block], start: int | None = None, url: str | None = None) -> list[tuple[float, Block, str]]:
    """(score, block, title text) of every candidate, best first; of equal scores the
    earlier candidate first (the sort is stable), so the first is best_title's choice."""
    weights = model().weights  # standardisation folded in: the constant is the same for every candidate
    scored = [(sum(map(mul, weights, feats)), block, text) for block, text, feats in candidates(blocks, start, url)]
    return sorted(scored, key=lambda s: s[0], reverse=True)
