"""Line features and a small learned scorer: how much each block of a text dump reads like article prose.

A few stacked logistic regressions, trained on the development set by
``benchmarks/train_text_region.py`` and shipped as ``newsclean/data/text_region.json``:
the first scores each line on its own evidence (length, sentence punctuation,
stopword density, capitalisation, bullets, repetition); each next one adds the
context, the previous scores of the neighbours and where the line sits relative to
the page's prose mass, so that a short line between paragraphs stays and a run of short
lines between menus goes. The line features are computed once per block in Python;
the stages are numpy array operations over the whole page (every window a prefix
sum), so the cost is linear in the number of lines.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Sequence

import numpy as np

from ..blocks import Block, Page

_WORD = re.compile(r"\w+")
# Words that start with a capital letter, and words that start with a digit.
_CAPITAL = re.compile(r"\b[A-ZÀ-ÖØ-ÞА-Я]")
_NUMBER = re.compile(r"\b\d")
_LINKISH = re.compile(r"@|https?:|www\.|\.(?:com|org|net)\b")
_SEPARATORS = re.compile(r"\s[|»·•/]\s|\s\|\s?|›")
# A separator needs one of these characters; scanning for them first (a single character
# class) is several times cheaper than trying _SEPARATORS at every position of a line.
_SEPARATOR_CHARS = re.compile(r"[|»·•/›]")
# A full stop, question or exclamation mark followed by a space and a new sentence.
_INNER_SENTENCE = re.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z0-9]")
_WINDOWS = (1, 3, 10, 30)


@lru_cache(maxsize=1)
def model() -> dict:
    """The shipped weights (feature names, means, scales, coefficients)."""
    with resources.files("newsclean").joinpath("data/text_region.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    import justext

    return {lang: frozenset(justext.get_stoplist(lang)) for lang in justext.get_stoplists()}


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    import justext

    return frozenset(justext.get_stoplist("English"))


def guess_stoplist(blocks: list[Block]) -> frozenset[str]:
    """The jusText stoplist of the page's language: English unless another hits more.

    Looks at the words of the longest lines only (prose, where stopwords are), so the
    guess costs a few hundred set look-ups, not one per word of the page.
    """
    sample: list[str] = []
    for block in sorted(blocks, key=lambda b: -b.word_count)[:8]:
        sample.extend(w.lower() for w in block.words)
    if not sample:
        return _english()
    english = _english()
    if sum(w in english for w in sample) >= 0.2 * len(sample):
        return english
    best, hits = english, 0
    for stoplist in _stoplists().values():
        count = sum(w in stoplist for w in sample)
        if count > hits:
            best, hits = stoplist, count
    return best


def line_features(block: Block, stoplist: frozenset[str], repeats: int) -> list[float]:
    """What one line says about itself (see FIRST_FEATURES).

    Every regex here is one C-level call on the whole line, and the ones that cannot
    matter for a line (capitals of long prose, digits of a line without any) are
    skipped: this runs on every line of every page.
    """
    wc = block.word_count
    text = block.text
    if wc:
        stop = sum(map(stoplist.__contains__, _WORD.findall(text.lower())))
        lwc = math.log1p(wc)
        density = stop / wc
        caps = len(_CAPITAL.findall(text)) / wc if wc <= 40 else 0.0
        digits = len(_NUMBER.findall(text)) / wc if block.has_digit else 0.0
        inner = math.log1p(len(_INNER_SENTENCE.findall(text))) if wc > 8 else 0.0
        chars = len(text) / wc
    else:
        stop = 0
        lwc = density = caps = digits = inner = chars = 0.0
    sentence = 1.0 if block.ends_like_sentence else 0.0
    listed = 1.0 if block.tag == "li" else 0.0
    short = 1.0 if wc <= 8 else 0.0
    return [
        lwc,
        sentence,
        density,
        math.log1p(stop),
        caps,
        listed,
        digits,
        inner,
        1.0 if block.blank_before else 0.0,
        1.0 if repeats > 1 else 0.0,
        1.0 if _SEPARATOR_CHARS.search(text) and _SEPARATORS.search(text) else 0.0,
        1.0 if wc <= 3 else 0.0,
        1.0 if text.endswith(":") else 0.0,
        1.0 if block.removed_by else 0.0,
        sentence * lwc,
        density * lwc,
        text.count(",") / (wc + 1),
        chars,
        1.0 if text.endswith(("...", "…")) else 0.0,
        1.0 if _LINKISH.search(text) else 0.0,
        1.0 if text[:1].isdigit() else 0.0,
        1.0 if text.endswith("?") else 0.0,
        caps * short,
        listed * short,
    ]


FIRST_FEATURES = (
    "log_words", "sentence_end", "stop_density", "log_stopwords", "capitalised", "list_item",
    "digits", "log_inner_sentences", "blank_before", "repeated", "separators", "short",
    "ends_colon", "removed_earlier", "sentence_x_words", "stop_x_words", "commas",
    "chars_per_word", "ellipsis_end", "link_or_email", "starts_digit", "question_end",
    "capitalised_x_short", "list_item_x_short",
)


@lru_cache(maxsize=None)
def folded(stage: int) -> tuple[np.ndarray, float]:
    """A stage's weights with the standardisation folded in: z = bias + weights @ x."""
    s = model()["stages"][stage]
    weights = np.array(s["coef"]) / np.array(s["scale"])
    return weights, float(s["bias"] - weights @ np.array(s["mean"]))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


def context_features(first: Sequence[float], blocks: list[Block], title_index: int | None) -> np.ndarray:
    """Per line (one row each): neighbours' previous-stage scores (mean over +-1, +-3,
    +-10, +-30 lines; the lines just above and below), the share of the page's prose
    mass above and below it, its distance from the headline, and its position.
    Every window is a difference of prefix sums, so the cost is linear in the lines.

    >>> context_features([1.0, 0.0, 1.0], [Block(0, "a b"), Block(1, "c"), Block(2, "d e f")], 0)[1, :3].tolist()
    [1.0, 1.0, 1.0]
    """
    p = np.asarray(first, dtype=float)
    n = len(p)
    if n == 0:
        return np.zeros((0, len(CONTEXT_FEATURES) - 1))
    i = np.arange(n)
    prefix = np.concatenate(([0.0], np.cumsum(p)))
    columns = []
    for w in _WINDOWS:
        hi = np.minimum(n, i + w + 1)
        lo = np.maximum(0, i - w)
        # Neighbours only: the line's own score is already a feature.
        columns.append((prefix[hi] - prefix[lo] - p) / np.maximum(1, hi - lo - 1))
    columns.append(np.concatenate(([0.0], p[:-1])))
    columns.append(np.concatenate((p[1:], [0.0])))
    mass = p * np.array([b.word_count for b in blocks], dtype=float)
    total = mass.sum() or 1.0
    above = np.concatenate(([0.0], np.cumsum(mass)[:-1])) / total
    below = 1.0 - above - mass / total
    columns += [above, below, (above < 0.02).astype(float), (below < 0.02).astype(float)]
    if title_index is None:
        columns += [np.zeros(n), np.zeros(n)]
    else:
        after = (i > title_index).astype(float)
        columns.append(after)
        columns.append(np.log1p(np.abs(i - title_index)) * (2.0 * after - 1.0))
    columns.append(i / n)
    return np.column_stack(columns)


CONTEXT_FEATURES = (
    "previous_score", "neighbours_1", "neighbours_3", "neighbours_10", "neighbours_30", "line_above",
    "line_below", "prose_above", "prose_below",
    "nothing_above", "nothing_below", "below_title", "title_distance", "position",
)


def page_features(page: Page) -> tuple[np.ndarray, list]:
    """The first stage's feature rows for every block of the page, one row each
    (cached in page.hints). The second item is kept for callers that unpack two."""
    cached = page.hints.get("region_features")
    if cached is not None:
        return cached
    blocks = page.blocks
    stoplist = guess_stoplist(blocks)
    counts: dict[str, int] = {}
    for b in blocks:
        if b.word_count <= 20:
            counts[b.normalized] = counts.get(b.normalized, 0) + 1
    rows = np.array(
        [line_features(b, stoplist, counts.get(b.normalized, 1) if b.word_count <= 20 else 1) for b in blocks],
        dtype=float,
    ).reshape(len(blocks), len(FIRST_FEATURES))
    page.hints["region_features"] = rows, []
    return rows, []


def title_index(page: Page) -> int | None:
    return next((i for i, f in page.metadata.blocks.items() if f == "title"), None)


def score_blocks(page: Page) -> list[float]:
    """The probability that each block is article text (cached in page.hints).

    Each stage is a few array operations over the whole page: the line features'
    share of every stage's logit is one matrix product, the context a handful of
    prefix sums.
    """
    cached = page.hints.get("region_scores")
    if cached is not None:
        return cached
    rows, _ = page_features(page)
    nfirst = len(FIRST_FEATURES)
    w, b = folded(0)
    scores = _sigmoid(rows @ w + b)
    title = title_index(page)
    for stage in range(1, len(model()["stages"])):
        context = context_features(scores, page.blocks, title)
        w, b = folded(stage)
        scores = _sigmoid(rows @ w[:nfirst] + scores * w[nfirst] + context @ w[nfirst + 1:] + b)
    result = scores.tolist()
    page.hints["region_scores"] = result
    return result
