"""The headline of a text dump, chosen among the lines above the article by a small learned scorer.

Evidence a headline carries: it is repeated (the <title> copy and the <h1>), it sits
just above the first paragraphs and above a byline or date line, it is written like a
headline (title case, no closing period), and a copy may carry the site's name after
a separator ("Best Cloud Stocks of 2025 | The Motley Fool"). The weights are fitted on
the tune split by ``benchmarks/train_text_title.py`` (newsclean/data/text_title.json).
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from ..blocks import Block
from .dates import parse_date
from .names import looks_like_name

_BY_LINE = re.compile(r"^(?:by|written by|words by)\s+\S", re.I)
# " | Site", " - Site", " – Site", " — Site", " :: Site" at the end of a <title> copy.
_SITE_SUFFIX = re.compile(r"\s+(?:[|–—·•»:]{1,2}|-)\s+(?P<site>[^|–—·•»]{1,60})$")
_CAPITALISED = re.compile(r"\b[^\W\d_]")
_GLUED = re.compile(r"[a-z][A-Z][a-z]")
# Function words: a headline has a few, a sentence many, a menu none.
_STOP = frozenset("""a an the of to in on for and or but is are was were be been with by at from as
that this it its his her their our your you we they he she not no how what why when who""".split())
_WINDOW = 250

FEATURES = (
    "log_words", "period_end", "comma_colon_end", "capitalised", "log_copies", "site_stripped",
    "before_anchor", "log_anchor_distance", "date_follows", "byline_follows", "has_date",
    "looks_like_name", "position", "first_line", "longest", "separator_left", "blank_before",
    "list_item", "question", "log_index", "words_4_20", "words_over_20", "stop_density",
    "sentence_end", "glued", "by_prefix", "anchor_1_3", "anchor_4_10", "nearest_above_anchor",
    "all_caps", "short_above", "body_vocabulary",
)


@lru_cache(maxsize=1)
def model() -> dict:
    with resources.files("newsclean").joinpath("data/text_title.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text)).lower()


def anchor(blocks: list[Block]) -> int:
    """Where the article's paragraphs start: the first prose line with another prose
    line close below it (a lone cookie notice is not the article)."""
    prose = [i for i, b in enumerate(blocks[: _WINDOW + 50]) if b.word_count >= 15 and b.ends_like_sentence]
    for a, b in zip(prose, prose[1:]):
        if b - a <= 4:
            return a
    return prose[0] if prose else min(len(blocks), _WINDOW)


def candidates(blocks: list[Block], start: int | None = None) -> list[tuple[Block, str, list[float]]]:
    """(block, title text, features) for each line that could be the headline; ``start``
    is the article's first paragraph (``anchor``)."""
    if not blocks:
        return []
    if start is None:
        start = anchor(blocks)
    # The headline is written above the article: a page that opens with its paragraphs
    # (a copy of the body alone) has none to find.
    window = blocks[: min(len(blocks), start, _WINDOW)]
    copies: dict[str, int] = {}
    for b in blocks[: _WINDOW + 50]:
        if 2 <= b.word_count <= 40:
            copies[b.normalized] = copies.get(b.normalized, 0) + 1
    dated = [i for i, b in enumerate(window) if b.has_digit and b.word_count <= 14 and parse_date(b.text)]
    bylines = [i for i, b in enumerate(window)
               if 2 <= b.word_count <= 12 and (_BY_LINE.match(b.text) or looks_like_name(b.text))]
    longest = max((b.word_count for b in window if b.word_count <= 30 and not b.ends_like_sentence), default=0)
    # A headline names what the article is about: its content words recur in the
    # first paragraphs (a menu's or a promo's do not).
    lead = {w for b in blocks[start : start + 8] for w in b.normalized.split()} - _STOP
    out = []
    nearest = next((i for i in range(min(start, len(window)) - 1, -1, -1)
                    if 3 <= window[i].word_count <= 30 and not window[i].ends_like_sentence), None)
    for i, b in enumerate(window):
        if not 2 <= b.word_count <= 40 or len(b.text) > 300:
            continue
        texts = [(b.text, 0.0)]
        match = _SITE_SUFFIX.search(b.text)
        if match and len(match.group("site").split()) <= 6 and match.start() > 8:
            texts.append((b.text[: match.start()].strip(), 1.0))
            inner = _SITE_SUFFIX.search(texts[-1][0])
            if inner and len(inner.group("site").split()) <= 6 and inner.start() > 8:
                texts.append((texts[-1][0][: inner.start()].strip(), 1.0))
        for text, stripped in texts:
            norm = normal(text)
            words = len(norm.split())
            if words < 2:
                continue
            caps = len([w for w in _CAPITALISED.findall(text) if w.isupper()]) / words
            n_copies = copies.get(norm, 0) + (1 if stripped else 0)
            feats = [
                math.log1p(words),
                1.0 if text.endswith(".") else 0.0,
                1.0 if text.endswith((",", ":", ";")) else 0.0,
                min(caps, 1.0),
                math.log1p(n_copies),
                stripped,
                1.0 if i < start else 0.0,
                math.log1p(abs(start - i)),
                1.0 if any(0 < d - i <= 3 for d in dated) else 0.0,
                1.0 if any(0 < d - i <= 3 for d in bylines) else 0.0,
                1.0 if i in dated else 0.0,
                1.0 if looks_like_name(text) else 0.0,
                i / len(blocks),
                1.0 if i == 0 else 0.0,
                1.0 if b.word_count == longest else 0.0,
                1.0 if _SITE_SUFFIX.search(text) else 0.0,
                1.0 if b.blank_before else 0.0,
                1.0 if b.is_list_item else 0.0,
                1.0 if text.endswith("?") else 0.0,
                math.log1p(i),
                1.0 if 4 <= words <= 20 else 0.0,
                1.0 if words > 20 else 0.0,
                sum(1 for w in norm.split() if w in _STOP) / words,
                1.0 if b.ends_like_sentence else 0.0,
                1.0 if _GLUED.search(text) else 0.0,
                1.0 if _BY_LINE.match(text) or text.lower().startswith("by:") else 0.0,
                1.0 if 1 <= start - i <= 3 else 0.0,
                1.0 if 4 <= start - i <= 10 else 0.0,
                1.0 if i == nearest else 0.0,
                1.0 if text.isupper() else 0.0,
                1.0 if i > 0 and window[i - 1].word_count <= 3 else 0.0,
                _overlap(norm, lead),
            ]
            out.append((b, text, feats))
    return out


def _overlap(norm: str, lead: set[str]) -> float:
    content = [w for w in norm.split() if w not in _STOP]
    return sum(1 for w in content if w in lead) / len(content) if content else 0.0


def best_title(blocks: list[Block], start: int | None = None) -> tuple[Block, str] | None:
    """The candidate the scorer likes best, or None when there is no candidate."""
    m = model()
    best: tuple[float, Block, str] | None = None
    for block, text, feats in candidates(blocks, start):
        z = m["bias"] + sum(w * (v - mu) / s for w, mu, s, v in zip(m["coef"], m["mean"], m["scale"], feats))
        if best is None or z > best[0]:
            best = (z, block, text)
    return (best[1], best[2]) if best else None

