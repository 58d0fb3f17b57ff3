"""How much each line of a text dump reads like article prose: the one block scorer of
both inputs (``block_scores``: newsclean.learned.scorer, the HTML engine's trees, the
markup features missing), and the text path's line scorer (``score_blocks``, the default).

The line scorer, the default (cleaners/region.py's ``TEXT_SCORER`` chooses):

A few stacked logistic regressions, trained on the development set by
``benchmarks/train_text_region.py`` (run by ``benchmarks/retrain.py``, docs/training.md)
and shipped as ``newsclean/data/text_region.json``:
the first scores each line on its own evidence (length, sentence punctuation,
stopword density, capitalisation, bullets, repetition); each next one adds the
context, the previous scores of the neighbours and where the line sits relative to
the page's prose mass, so that a short line between paragraphs stays and a run of short
lines between menus goes. The line features are computed once per block in Python;
the stages are numpy array operations over the whole page (every window a prefix
sum), so the cost is linear in the number of lines.

Columns are named (FIRST_FEATURES, CONTEXT_FEATURES; a later stage reads
STAGE_FEATURES) and written by name; loading checks each stage's names in the weight
file against them (newsclean.learned).
"""
from __future__ import annotations

import operator
import re
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from ..model import Block, Page
from ..learned import check_features, read
from ..learned.context import prose_around
from .base import cleaner_name
from ..learned.stoplists import guess_stoplist

# Words that start with a capital letter, and words that start with a digit: the letter
# or digit, not preceded by a word character. Written letter first, with the boundary as a
# look-behind, so the regex engine scans for the letter (a fast character-class scan)
# instead of testing a word boundary at every position; the same matches as "\b[A-Z]".
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞА-Я](?<!\w.)")
_NUMBER = re.compile(r"\d(?<!\w.)")
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
    """The shipped weights (per stage: feature names, means, scales, coefficients)."""
    return load_model()


def load_model(path: Path | None = None) -> dict:
    """newsclean/data/text_region.json (or ``path``), each stage's feature names checked
    against the code: FIRST_FEATURES, then STAGE_FEATURES (ModelMismatchError if not)."""
    data = read("text_region", path)
    for k, stage in enumerate(data["stages"]):
        check_features(f"text_region stage {k}", FIRST_FEATURES if k == 0 else STAGE_FEATURES, stage.get("features") or [])
    return data


def line_features(block: Block, stoplist: frozenset[str], repeats: int) -> list[float]:
    """What one line says about itself (see FIRST_FEATURES): one row of ``line_feature_matrix``.

    >>> row = line_features(Block(0, "The vote came after weeks of debate."), frozenset({"the", "of"}), 1)
    >>> dict(zip(FIRST_FEATURES, row))["stop_density"], dict(zip(FIRST_FEATURES, row))["sentence_end"]
    (0.2857142857142857, 1.0)
    """
    return line_feature_matrix([block], stoplist, [repeats])[0].tolist()


def line_feature_matrix(blocks: list[Block], stoplist: frozenset[str], repeats: list[int]) -> np.ndarray:
    """The FIRST_FEATURES of every line, one row each; ``repeats[i]`` is how often line i's
    words occur as a line of the page.

    Built column by column: each column is one pass over the lines with a C-level
    function (a regex, a str method, a set look-up) mapped over them, and the arithmetic
    between columns is done on whole arrays. Regexes that cannot matter for a line
    (capitals of long prose, digits of a line without any) are not run on it.
    """
    n = len(blocks)
    texts = [b.text for b in blocks]
    counts = [b.word_count for b in blocks]
    contains = stoplist.__contains__
    wc = np.array(counts, dtype=float)
    safe = np.maximum(wc, 1.0)  # divisions by the word count give 0 for a line without words
    # The lower-cased words are the block's cached ``normalized`` text, shared with the repeat count.
    stop = _column([sum(map(contains, b.normalized.split())) if c else 0 for b, c in zip(blocks, counts)])
    caps = _column([len(_CAPITAL.findall(t)) if 0 < c <= 40 else 0 for t, c in zip(texts, counts)]) / safe
    digits = _column([len(_NUMBER.findall(t)) if c and b.has_digit else 0 for t, c, b in zip(texts, counts, blocks)])
    inner = _column([len(_INNER_SENTENCE.findall(t)) if c > 8 else 0 for t, c in zip(texts, counts)])
    # The block's own yes/no facts, read in one pass: sentence end, list item, blank line
    # above, removed by an earlier cleaner (removed_before_region).
    flags = np.array(
        [(b.ends_like_sentence, b.tag == "li", b.blank_before, r) for b, r in zip(blocks, removed_before_region(blocks))],
        dtype=float,
    ).reshape(n, 4)
    sentence, listed = flags[:, 0], flags[:, 1]
    short = (wc <= 8).astype(float)
    lwc = np.log1p(wc)
    density = stop / safe
    x = np.empty((n, len(FIRST_FEATURES)))
    col = _FIRST_COLUMN
    x[:, col["log_words"]] = lwc
    x[:, col["sentence_end"]] = sentence
    x[:, col["stop_density"]] = density
    x[:, col["log_stopwords"]] = np.log1p(stop)
    x[:, col["capitalised"]] = caps
    x[:, col["list_item"]] = listed
    x[:, col["digits"]] = digits / safe
    x[:, col["log_inner_sentences"]] = np.log1p(inner)
    x[:, col["blank_before"]] = flags[:, 2]
    x[:, col["repeated"]] = _column([r > 1 for r in repeats])
    x[:, col["separators"]] = _column([bool(_SEPARATOR_CHARS.search(t) and _SEPARATORS.search(t)) for t in texts])
    x[:, col["short"]] = wc <= 3
    x[:, col["ends_colon"]] = _column(list(map(_ENDS_COLON, texts)))
    x[:, col["removed_earlier"]] = flags[:, 3]
    x[:, col["sentence_x_words"]] = sentence * lwc
    x[:, col["stop_x_words"]] = density * lwc
    x[:, col["commas"]] = _column(list(map(_COUNT_COMMAS, texts))) / (wc + 1.0)
    x[:, col["chars_per_word"]] = np.where(wc > 0, _column(list(map(len, texts))) / safe, 0.0)
    x[:, col["ellipsis_end"]] = _column(list(map(_ENDS_ELLIPSIS, texts)))
    x[:, col["link_or_email"]] = _column(list(map(bool, map(_LINKISH.search, texts))))
    x[:, col["starts_digit"]] = _column([t[:1].isdigit() for t in texts])
    x[:, col["question_end"]] = _column(list(map(_ENDS_QUESTION, texts)))
    x[:, col["capitalised_x_short"]] = caps * short
    x[:, col["list_item_x_short"]] = listed * short
    off = off_prose_indent(blocks)
    x[:, col["off_prose_indent"]] = np.maximum(off, 0.0)
    x[:, col["at_prose_indent"]] = np.maximum(-off, 0.0)
    return x


# Lines of at least this many words are the prose whose indentation is the article's.
_PROSE_WORDS = 15


def off_prose_indent(blocks: list[Block]) -> np.ndarray:
    """1 for a line indented otherwise than the page's prose, -1 for a line at the
    prose's indentation: the one holding the most words of long lines (``_PROSE_WORDS``).
    Layout evidence in any language, from renderers that draw the page's nesting
    (inscriptis): a menu, a teaser list or a comment sits deeper or shallower than the
    article. A flat dump (every line at 0: html-text, lxml's text) has no such evidence
    and gets 0 everywhere; the scorer reads the two signs as two columns
    (``off_prose_indent``, ``at_prose_indent``), so that a flat dump's lines are not
    read as lines at the prose's indentation (measured: with one 0/1 column, html-text
    lost 0.3 WCXB and 0.8 trafeval-dev tune points, as its lines all looked aligned).
    Out of fold on tune (``train_text_region.py --cv --cv-zero off_prose_indent,at_prose_indent``,
    two folds, inscriptis / html-text / lxml): WCXB body F1 92.0 / 90.8 / 91.0 with the
    two columns, 91.3 / 91.0 / 91.1 without; trafeval-dev snippet F1 89.7 / 87.7 / 88.2
    with, 89.1 / 88.2 / 88.4 without. A gain on the renderer that draws nesting in both
    folds and both sets; the flat ones pay 0.1-0.5 through the weights they share.

    >>> lines = [(8, "word " * 20), (8, "text " * 16), (12, "Teaser"), (0, "Home")]
    >>> blocks = [Block(i, t, indent=n) for i, (n, t) in enumerate(lines)]
    >>> off_prose_indent(blocks).tolist()
    [-1.0, -1.0, 1.0, 1.0]
    """
    indents = [b.indent for b in blocks]
    if not any(indents):
        return np.zeros(len(blocks))
    words: dict[int, int] = {}
    for b, indent in zip(blocks, indents):
        if b.word_count >= _PROSE_WORDS:
            words[indent] = words.get(indent, 0) + b.word_count
    if not words:
        return np.zeros(len(blocks))
    prose = max(words, key=words.__getitem__)
    return np.array([1.0 if indent != prose else -1.0 for indent in indents])


def _column(values: list) -> np.ndarray:
    return np.array(values, dtype=float)


_ENDS_COLON = operator.methodcaller("endswith", ":")
_ENDS_QUESTION = operator.methodcaller("endswith", "?")
_ENDS_ELLIPSIS = operator.methodcaller("endswith", ("...", "…"))
_COUNT_COMMAS = operator.methodcaller("count", ",")


FIRST_FEATURES = (
    "log_words", "sentence_end", "stop_density", "log_stopwords", "capitalised", "list_item",
    "digits", "log_inner_sentences", "blank_before", "repeated", "separators", "short",
    "ends_colon", "removed_earlier", "sentence_x_words", "stop_x_words", "commas",
    "chars_per_word", "ellipsis_end", "link_or_email", "starts_digit", "question_end",
    "capitalised_x_short", "list_item_x_short", "off_prose_indent", "at_prose_indent",
)
_FIRST_COLUMN = {name: i for i, name in enumerate(FIRST_FEATURES)}


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
        return np.zeros((0, len(CONTEXT_FEATURES)))
    # The columns that do not depend on the scores (title, position) come ready made.
    x = _static_context(n, title_index).copy()
    col = _CONTEXT_COLUMN
    hi, lo, neighbours = _windows(n)
    prefix = np.concatenate(([0.0], np.cumsum(p)))
    # All windows at once, one row each. Neighbours only: the line's own score is already a feature.
    x[:, [col[f"neighbours_{w}"] for w in _WINDOWS]] = ((prefix[hi] - prefix[lo] - p) / neighbours).T
    x[1:, col["line_above"]] = p[:-1]
    x[:-1, col["line_below"]] = p[1:]
    above, below = prose_around(p, np.array([b.word_count for b in blocks], dtype=float))
    x[:, col["prose_above"]] = above
    x[:, col["prose_below"]] = below
    x[:, col["nothing_above"]] = above < 0.02
    x[:, col["nothing_below"]] = below < 0.02
    return x


@lru_cache(maxsize=8)
def _windows(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each window (rows) and line (columns): the prefix-sum bounds and the number
    of neighbours. The same for every stage of a page, and for pages of the same length."""
    i = np.arange(n)
    w = np.array(_WINDOWS)[:, None]
    hi = np.minimum(n, i + w + 1)
    lo = np.maximum(0, i - w)
    return hi, lo, np.maximum(1, hi - lo - 1)


@lru_cache(maxsize=8)
def _static_context(n: int, title_index: int | None) -> np.ndarray:
    """The context columns that do not depend on scores (below_title, title_distance,
    position), in place in an otherwise zero matrix; the line above the first and
    below the last are zero too."""
    x = np.zeros((n, len(CONTEXT_FEATURES)))
    i = np.arange(n)
    col = _CONTEXT_COLUMN
    if title_index is not None:
        after = (i > title_index).astype(float)
        x[:, col["below_title"]] = after
        x[:, col["title_distance"]] = np.log1p(np.abs(i - title_index)) * (2.0 * after - 1.0)
    x[:, col["position"]] = i / n
    return x


# The columns of context_features (the windows are _WINDOWS).
CONTEXT_FEATURES = (
    "neighbours_1", "neighbours_3", "neighbours_10", "neighbours_30", "line_above",
    "line_below", "prose_above", "prose_below",
    "nothing_above", "nothing_below", "below_title", "title_distance", "position",
)
_CONTEXT_COLUMN = {name: i for i, name in enumerate(CONTEXT_FEATURES)}
# What a stage after the first reads: the line's features, the previous stage's score, the context.
STAGE_FEATURES = FIRST_FEATURES + ("previous_score",) + CONTEXT_FEATURES


def page_features(page: Page) -> tuple[np.ndarray, list]:
    """The first stage's feature rows for every block of the page, one row each
    (kept in page.region_features). The second item is kept for callers that unpack two."""
    if page.region_features is not None:
        return page.region_features
    blocks = page.blocks
    stoplist = guess_stoplist(blocks)
    counts: dict[str, int] = {}
    for b in blocks:
        if b.word_count <= 20:
            counts[b.normalized] = counts.get(b.normalized, 0) + 1
    repeats = [counts[b.normalized] if b.word_count <= 20 else 1 for b in blocks]
    rows = line_feature_matrix(blocks, stoplist, repeats)
    page.region_features = rows, []
    return rows, []


def block_scores(page: Page) -> list[float]:
    """The probability that each line is article text by the one block scorer of both
    inputs (``newsclean.learned.scorer``, weights newsclean/data/engine.json: the HTML
    engine's), the line's markup features missing (kept in page.region_scores)."""
    if page.region_scores is not None:
        return page.region_scores
    from ..engine.features import text_features
    from ..engine.model import model as block_model

    x, facts = text_features(page.blocks, title_index(page), removed_before_region(page.blocks))
    result = block_model().scores(x, facts).tolist()
    page.region_scores = result
    return result


def removed_before_region(blocks: list[Block]) -> list[bool]:
    """Each block's ``removed_earlier`` feature for both region scorers: whether a cleaner
    before the region rules removed it (``region.pre_region_cleaners``, the chain the
    scorers are trained after). The region rules that run before ``text_region``
    (header_chrome, tail_after_article) are not counted: training pages never run them,
    so counting them would show the scorers lines they never saw marked. (Training on
    pages that run them too was measured worse on tune: WCXB text body F1 inscriptis /
    html-text / lxml 90.9 / 90.9 / 90.9 against 90.9 / 90.8 / 90.7, trafeval-dev text
    snippet F1 86.5 / 86.9 / 86.9 against 87.6 / 87.5 / 87.1.)

    >>> from newsclean.model import Block
    >>> blocks = [Block(0, "Menu"), Block(1, "Teaser"), Block(2, "Text.")]
    >>> blocks[0].removed_by, blocks[1].removed_by = "menu_runs", "tail_after_article"
    >>> removed_before_region(blocks)
    [True, False, False]
    """
    later = _region_rule_names()
    return [bool(b.removed_by) and b.removed_by not in later for b in blocks]


@lru_cache(maxsize=1)
def _region_rule_names() -> frozenset[str]:
    """The names of the default chain's cleaners that the region scorers are not trained after."""
    from . import DEFAULT_CLEANERS
    from .region import pre_region_cleaners

    before = set(pre_region_cleaners())
    return frozenset(cleaner_name(c) for c in DEFAULT_CLEANERS if c not in before)


def title_index(page: Page) -> int | None:
    return next((i for i, f in page.field_lines.items() if f == "title"), None)


def score_blocks(page: Page) -> list[float]:
    """The probability that each block is article text (kept in page.region_scores).

    Each stage is a few array operations over the whole page: the line features'
    share of every stage's logit is one matrix product, the context a handful of
    prefix sums.
    """
    if page.region_scores is not None:
        return page.region_scores
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
    page.region_scores = result
    return result
