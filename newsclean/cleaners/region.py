"""Where the article is: its first and last prose paragraphs, and what lies outside them."""
from __future__ import annotations

from typing import Iterator

from ..model import Block, Page
from ..layout import CLOSING_SENTENCE_WORDS, holds_sentences, VOUCHED_PARAGRAPH_WORDS, VOUCHING_PARAGRAPH_WORDS
from .base import Verdict, cleaner


def body_span(page: Page) -> tuple[int, int] | None:
    """Positions of the first and last kept prose paragraphs (``Layout.article_span``), or None."""
    return page.layout.article_span(page.blocks)


def outside_body(page: Page, block: Block) -> bool:
    return page.layout.outside_article(page.blocks, block)


# Text only: on HTML trafilatura already bounds the article; there this cost HTML recall (0.929 -> 0.924).
@cleaner(inputs=("text",))
def header_chrome(page: Page) -> Iterator[Verdict]:
    """Short lines above the first paragraph that carry no metadata: section labels,
    kickers and widget names ("News", "Opinion", "Font ResizerAa").

    A short line that is the title, byline or date is left to the metadata cleaner.
    """
    span = body_span(page)
    if span is None:
        return
    for block in page.blocks[: span[0]]:
        if block.kept and block.word_count <= 3 and block.index not in page.field_lines:
            yield block, "short line above the article"


@cleaner(inputs=("text",))  # as header_chrome
def tail_after_article(page: Page) -> Iterator[Verdict]:
    """Below the last prose paragraph, lines that are not sentences: teaser headlines,
    link lists, labels ("Apple reportedly wants to buy ...", "About Us", "//").

    A short closing sentence ("He denied the charges.") stays, and so does a long line
    holding sentences whatever its end (``layout.holds_sentences``): "... des Bahnumschlags. (cm)",
    "... out this fall. Twitter: @SportsBizMiss", a paragraph ending in a lead-in colon.
    """
    span = body_span(page)
    if span is None:
        return
    for block in page.blocks[span[1] + 1 :]:
        if block.kept and not (block.ends_like_sentence and block.word_count >= CLOSING_SENTENCE_WORDS) \
                and not holds_sentences(block):
            yield block, "not a sentence, below the article's last paragraph"


# The learned scorer removes a line whose probability of being article text is below
# this: chosen on the tune split (0.35-0.55 swept; 0.4 balances precision and recall).
# For the line scorer ("lines", the default); the block scorer's is in its weight file.
TEXT_THRESHOLD = 0.4
# Which scorer reads a dump's lines: "blocks", the one block scorer of both inputs
# (classify.block_scores, the HTML engine's trees with the markup features missing),
# or "lines", the text path's stacked regressions (classify.score_blocks).
# "lines" stays the default: measured at the block scorer's best text threshold on
# tune (0.55), the block scorer wins on the tune split (WCXB body F1 inscriptis /
# html-text / lxml 92.1 / 92.0 / 91.4 against 90.9 / 90.9 / 90.6; trafeval-dev snippet
# F1 89.1 / 89.5 / 88.9 against 87.9 / 87.8 / 86.9), where its trees were trained, but
# not on the held-back split (91.4 / 91.0 / 90.6 against 91.4 / 91.4 / 91.4; 87.1 /
# 88.2 / 85.4 against 87.1 / 87.7 / 86.8), and it reads 15-25% fewer documents a second
# (tune_text.py --speed, in one run: 87-90 / 75 / 72 against 102-111 / 92-102 / 86-95).
# docs/engine.md, "One scorer for both inputs".
TEXT_SCORER = "lines"


def _scores(page: Page) -> tuple[list[float], float]:
    """The lines' scores by TEXT_SCORER, and the threshold they must reach."""
    from . import classify

    if TEXT_SCORER == "blocks":
        from ..engine.model import model

        return classify.block_scores(page), float(model().thresholds["text"])
    return classify.score_blocks(page), TEXT_THRESHOLD


def pre_region_cleaners() -> tuple:
    """The default chain up to, not including, this module's region rules: what the
    region scorer sees as already removed (and what it was trained on)."""
    from . import DEFAULT_CLEANERS

    return tuple(c for c in DEFAULT_CLEANERS if getattr(c, "func", c).__module__ != __name__)


@cleaner(inputs=("text",))
def text_region(page: Page) -> Iterator[Verdict]:
    """Text dumps only: lines the learned scorer (TEXT_SCORER) finds outside
    the article, with the evidence in words: runs of short lines without sentence
    punctuation (menus, teaser lists), lines above the headline or below the last
    paragraph (comment sections, cookie notices, footers).
    """
    if not page.blocks:
        return
    scores, threshold = _scores(page)
    blocks = page.blocks
    keep = [s >= threshold for s in scores]
    _keep_best_paragraphs(blocks, scores, keep)
    first = keep.index(True) if True in keep else len(blocks)
    last = len(keep) - 1 - keep[::-1].index(True) if True in keep else -1
    # Length of the run of short non-sentence lines each block belongs to, in one pass.
    short = [not k and b.word_count <= 8 and not b.ends_like_sentence for k, b in zip(keep, blocks)]
    runs = [0] * len(blocks)
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and short[j]:
            j += 1
        for k in range(i, j):
            runs[k] = j - i
        i = max(j, i + 1)
    for block, score, run in zip(blocks, scores, runs):
        if not block.kept or keep[block.index] or block.index in page.field_lines:
            continue
        if _vouched_for(block, blocks, keep):
            # A paragraph kept this way vouches for the next one; a short line does not.
            keep[block.index] = block.word_count >= VOUCHED_PARAGRAPH_WORDS
        else:
            where = "above the article" if block.index < first else "below the article" if block.index > last \
                else "between paragraphs"
            yield block, _reason(block, score, run, where)


# When the scorer keeps no line of a page, its long lines (FALLBACK_WORDS words or more)
# scoring within FALLBACK_MARGIN of the best long line stay: a paywalled or one-paragraph
# article whose few paragraphs the scorer doubts is still an article (trafeval-dev tune:
# 7 dumps of 3 pages lost every snippet; margin 0.2 kept 14 of their 20 snippets, 0.1 and
# 0.05 kept 12 and 10; WCXB tune unchanged but one page).
FALLBACK_WORDS = 15
FALLBACK_MARGIN = 0.2


def _keep_best_paragraphs(blocks: list[Block], scores: list[float], keep: list[bool]) -> None:
    """Never leave a page without its article: when no kept block reaches the threshold
    (``keep`` all False where it matters), mark the best-scoring long lines as kept.

    >>> short, para = Block(0, "Home"), Block(1, " ".join(["word"] * 20) + ".")
    >>> other = Block(2, " ".join(["menu"] * 16))
    >>> keep = [False, False, False]
    >>> _keep_best_paragraphs([short, para, other], [0.3, 0.35, 0.1], keep)
    >>> keep  # the short line and the long line far below the best one still go
    [False, True, False]
    >>> keep = [False, True, False]  # a line the scorer keeps: nothing changes
    >>> _keep_best_paragraphs([short, para, other], [0.3, 0.9, 0.1], keep); keep
    [False, True, False]
    """
    if any(k and b.kept for k, b in zip(keep, blocks)):
        return
    long = [(score, b.index) for b, score in zip(blocks, scores) if b.kept and b.word_count >= FALLBACK_WORDS]
    if not long:
        return
    best = max(score for score, _ in long)
    for score, i in long:
        if score >= best - FALLBACK_MARGIN:
            keep[i] = True


def _vouched_for(block: Block, blocks: list[Block], keep: list[bool]) -> bool:
    """A sentence right beside an article paragraph: a short closing line ("He denied
    the charges.") or the first paragraph under a menu. The scorer finds little
    evidence in it or is misled by its other neighbour; the paragraph beside it vouches
    for it (jusText's revision by context). A closing sentence only below, a paragraph
    either side."""
    if not (block.ends_like_sentence and block.word_count >= CLOSING_SENTENCE_WORDS and _opens_like_sentence(block.text)):
        return False
    i = block.index
    above = i > 0 and keep[i - 1] and blocks[i - 1].kept and blocks[i - 1].word_count >= VOUCHING_PARAGRAPH_WORDS
    below = (block.word_count >= VOUCHED_PARAGRAPH_WORDS and i + 1 < len(blocks) and keep[i + 1] and blocks[i + 1].kept
             and blocks[i + 1].word_count >= VOUCHING_PARAGRAPH_WORDS)
    return above or below


def _opens_like_sentence(text: str) -> bool:
    """The first character is a capital, or a letter of a script without case (Han,
    Devanagari, Arabic), where no line opens with a capital.

    >>> _opens_like_sentence("He denied it."), _opens_like_sentence("他否认了。"), _opens_like_sentence("and so on.")
    (True, True, False)
    """
    first = text[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def _reason(block: Block, score: float, run: int, where: str) -> str:
    """Say why, in a reader's words."""
    if run >= 3:
        return f"{where}: a run of {run} short lines without sentence punctuation (menu, links or teasers)"
    if block.word_count <= 8 and not block.ends_like_sentence:
        return f"{where}: a short line that is not a sentence"
    return f"{where}: reads like page chrome, not article prose (score {score:.2f})"
