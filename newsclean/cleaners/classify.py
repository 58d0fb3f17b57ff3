"""Line features and a small learned scorer: how much each block of a text dump reads like article prose.

A few stacked logistic regressions, trained on the development set by
``benchmarks/train_text_region.py`` and shipped as ``newsclean/data/text_region.json``:
the first scores each line on its own evidence (length, sentence punctuation,
stopword density, capitalisation, bullets, repetition); each next one adds the
context, the previous scores of the neighbours and where the line sits relative to
the page's prose mass, so that a short line between paragraphs stays and a run of short
lines between menus goes. Pure Python; every feature is computed once per block and
every window is a prefix sum, so the cost is linear in the number of lines.
"""
from __future__ import annotations

import json
import math
import operator
import re
from functools import lru_cache
from importlib import resources

from ..blocks import Block, Page

_WORD = re.compile(r"\w+")
# Words that start with a capital letter, and words that start with a digit.
_CAPITAL = re.compile(r"\b[A-ZÀ-ÖØ-ÞА-Я]")
_NUMBER = re.compile(r"\b\d")
_LINKISH = re.compile(r"@|https?:|www\.|\.(?:com|org|net)\b")
_SEPARATORS = re.compile(r"\s[|»·•/]\s|\s\|\s?|›")
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
    """What one line says about itself (see FIRST_FEATURES)."""
    wc = block.word_count
    text = block.text
    lowered = _WORD.findall(text.lower()) if wc else []
    stop = len([w for w in lowered if w in stoplist])
    caps = len(_CAPITAL.findall(text)) if wc <= 40 else 0
    digits = len(_NUMBER.findall(text)) if block.has_digit else 0
    sentence = 1.0 if block.ends_like_sentence else 0.0
    lwc = math.log1p(wc)
    density = stop / wc if wc else 0.0
    return [
        lwc,
        sentence,
        density,
        math.log1p(stop),
        caps / wc if wc and wc <= 40 else 0.0,
        1.0 if block.is_list_item else 0.0,
        digits / wc if wc else 0.0,
        math.log1p(len(_INNER_SENTENCE.findall(text))) if wc > 8 else 0.0,
        1.0 if block.blank_before else 0.0,
        1.0 if repeats > 1 else 0.0,
        1.0 if _SEPARATORS.search(text) else 0.0 if wc <= 40 else 0.0,
        1.0 if wc <= 3 else 0.0,
        1.0 if text.endswith(":") else 0.0,
        1.0 if block.removed_by else 0.0,
        sentence * lwc,
        density * lwc,
        text.count(",") / (wc + 1),
        len(text) / wc if wc else 0.0,
        1.0 if text.endswith(("...", "…")) else 0.0,
        1.0 if _LINKISH.search(text) else 0.0,
        1.0 if text[:1].isdigit() else 0.0,
        1.0 if text.endswith("?") else 0.0,
        (caps / wc if wc and wc <= 40 else 0.0) * (1.0 if wc <= 8 else 0.0),
        (1.0 if block.is_list_item else 0.0) * (1.0 if wc <= 8 else 0.0),
    ]


FIRST_FEATURES = (
    "log_words", "sentence_end", "stop_density", "log_stopwords", "capitalised", "list_item",
    "digits", "log_inner_sentences", "blank_before", "repeated", "separators", "short",
    "ends_colon", "removed_earlier", "sentence_x_words", "stop_x_words", "commas",
    "chars_per_word", "ellipsis_end", "link_or_email", "starts_digit", "question_end",
    "capitalised_x_short", "list_item_x_short",
)


@lru_cache(maxsize=None)
def folded(stage: int) -> tuple[tuple[float, ...], float]:
    """A stage's weights with the standardisation folded in: z = bias + sum(w * x)."""
    s = model()["stages"][stage]
    weights = tuple(w / sc for w, sc in zip(s["coef"], s["scale"]))
    return weights, s["bias"] - sum(w * m for w, m in zip(weights, s["mean"]))


def _logit(weights: tuple[float, ...], bias: float, x: list[float]) -> float:
    return bias + sum(map(operator.mul, weights, x))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def context_features(first: list[float], blocks: list[Block], title_index: int | None) -> list[list[float]]:
    """Per line: neighbours' previous-stage scores (mean over +-1, +-3, +-10, +-30 lines;
    the lines just above and below), the share of the page's prose mass above and below
    it, and its distance from the headline. Column by column, each a single pass."""
    n = len(first)
    if n == 0:
        return []
    prefix = [0.0]
    for p in first:
        prefix.append(prefix[-1] + p)
    columns: list[list[float]] = []
    for w in _WINDOWS:
        # Neighbours only: the line's own score is already a feature.
        columns.append([
            (prefix[min(n, i + w + 1)] - prefix[max(0, i - w)] - first[i]) / max(1, min(n, i + w + 1) - max(0, i - w) - 1)
            for i in range(n)
        ])
    columns.append([0.0] + first[:-1])
    columns.append(first[1:] + [0.0])
    mass = [p * b.word_count for p, b in zip(first, blocks)]
    total = sum(mass) or 1.0
    above, running = [], 0.0
    for m in mass:
        above.append(running / total)
        running += m
    below = [1.0 - a - m / total for a, m in zip(above, mass)]
    columns += [above, below, [1.0 if a < 0.02 else 0.0 for a in above], [1.0 if b < 0.02 else 0.0 for b in below]]
    if title_index is None:
        columns += [[0.0] * n, [0.0] * n]
    else:
        columns.append([1.0 if i > title_index else 0.0 for i in range(n)])
        columns.append([math.log1p(abs(i - title_index)) * (1.0 if i > title_index else -1.0) for i in range(n)])
    columns.append([i / n for i in range(n)])
    return [list(row) for row in zip(*columns)]


CONTEXT_FEATURES = (
    "previous_score", "neighbours_1", "neighbours_3", "neighbours_10", "neighbours_30", "line_above",
    "line_below", "prose_above", "prose_below",
    "nothing_above", "nothing_below", "below_title", "title_distance", "position",
)


def page_features(page: Page) -> tuple[list[list[float]], list[list[float]]]:
    """Both stages' feature rows for every block of the page (cached in page.hints)."""
    cached = page.hints.get("region_features")
    if cached is not None:
        return cached
    blocks = page.blocks
    stoplist = guess_stoplist(blocks)
    counts: dict[str, int] = {}
    for b in blocks:
        if b.word_count <= 20:
            counts[b.normalized] = counts.get(b.normalized, 0) + 1
    rows = [line_features(b, stoplist, counts.get(b.normalized, 1) if b.word_count <= 20 else 1) for b in blocks]
    page.hints["region_features"] = rows, []
    return rows, []


def title_index(page: Page) -> int | None:
    return next((i for i, f in page.metadata.blocks.items() if f == "title"), None)


def score_blocks(page: Page) -> list[float]:
    """The probability that each block is article text (cached in page.hints)."""
    cached = page.hints.get("region_scores")
    if cached is not None:
        return cached
    rows, _ = page_features(page)
    w, b = folded(0)
    scores = [_sigmoid(_logit(w, b, r)) for r in rows]
    title = title_index(page)
    for stage in range(1, len(model()["stages"])):
        context = context_features(scores, page.blocks, title)
        w, b = folded(stage)
        scores = [_sigmoid(_logit(w, b, r + [f] + c)) for r, f, c in zip(rows, scores, context)]
    page.hints["region_scores"] = scores
    return scores
