"""A page through the engine: segment, score, mark the boilerplate removed (explained),
and say whether the model is unsure of the page (then trafilatura is asked instead)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from lxml import etree

from ..model import Block
from .columns import FeatureColumns
from .features import block_columns
from ..learned.scorer import BlockScorer
from .model import model
from .segment import Segments, segment

# The name a block removed by the engine carries in Block.removed_by (Article.removed).
REMOVED_BY = "engine"
_LINK_OWNERS = frozenset({"p", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote",
                          "figcaption", "pre"})


@dataclass
class EngineResult:
    """The engine's reading of a page: every block (the dropped ones marked removed, with
    the reason) and whether the model is unsure of it."""

    blocks: list[Block] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    unsure: bool = False
    why_unsure: str = ""


def score_segments(seg: Segments, scorer: BlockScorer | None = None) -> np.ndarray:
    """Each block's probability of being article text (the last stage's). The lists of
    ``seg`` only the features read are emptied once the features are made."""
    columns, facts = block_columns(seg)
    # What only the features read is let go before the model runs: on 1 MB of tiny
    # elements (37,860 blocks) the scoring is the engine's peak (docs/engine.md, Memory).
    seg.release_feature_evidence()
    rows = _rows(columns)
    del columns  # a usual page's rows are a matrix of their own: the columns go first
    return (scorer or model()).scores(rows, facts)


def _rows(columns: FeatureColumns) -> FeatureColumns | np.ndarray:
    # A page of many blocks is scored from its feature columns a slice of rows at a time
    # (the trees and the second stage read slices); a usual page's rows are made at once.
    return columns[:] if len(columns) <= _ROWS_AT_ONCE else columns


# Pages of up to this many blocks get their feature rows as one float matrix (3 MiB).
_ROWS_AT_ONCE = 4096


def engine_blocks(tree: etree._Element, base: str | None = None, scorer: BlockScorer | None = None) -> EngineResult:
    """Cut ``tree`` into blocks, score them and mark the ones under the threshold removed
    by "engine", each with its score and the markup evidence that weighed against it."""
    scorer = scorer or model()
    body = tree.find("body")
    seg = segment(body if body is not None else tree)
    scores = score_segments(seg, scorer)
    blocks = seg.blocks
    kept_words = 0
    score_list = scores.tolist()  # one list of floats, kept in the result (37,860 on 1 MB of <h1>s: 1.2 MiB)
    for block, owner, tag, linked, score in zip(blocks, seg.owners, seg.owner_tags, seg.linked, score_list):
        if score < scorer.threshold:
            block.removed_by, block.reason = REMOVED_BY, _reason(block, score, scorer.threshold)
        else:
            kept_words += block.word_count
            if linked and owner is not None and tag in _LINK_OWNERS:
                block.links = _owner_links(owner, base)
    result = EngineResult(blocks=blocks, scores=score_list)
    result.unsure, result.why_unsure = _unsure(blocks, scores, kept_words, scorer)
    return result


def engine_page_blocks(tree: etree._Element, base: str | None, always: bool = False) -> list[Block] | None:
    """The blocks read.html.html_to_page uses with engine="newsclean"; None where the
    engine is unsure of the page (ask trafilatura). ``always``: the engine's blocks even
    where it is unsure (a page too large for trafilatura, read.html.LARGE_PAGE_ELEMENTS)."""
    result = engine_blocks(tree, base)
    if result.unsure and not always:
        return None
    return result.blocks


def _owner_links(owner: etree._Element, base: str | None) -> tuple[tuple[str, str], ...]:
    from ..read.html import element_links

    return element_links(owner, base)


def _reason(block: Block, score: float, threshold: float) -> str:
    return f"engine: not article text (score {score:.2f} < {threshold:.2f}{_where(block.context)})"


@lru_cache(maxsize=4096)
def _where(context: frozenset[str]) -> str:
    # Cached: the blocks of one list or footer share their context.
    evidence = sorted(t for t in context if t in _SHOWN or t.startswith("class:"))[:3]
    return f"; in {', '.join(evidence)}" if evidence else ""


_SHOWN = frozenset({"nav", "aside", "footer", "header", "form", "figure"})
# A page where the engine keeps fewer words than this asks trafilatura.
_MIN_KEPT_WORDS = 40


def _unsure(blocks: list[Block], scores: np.ndarray, kept_words: int, scorer: BlockScorer) -> tuple[bool, str]:
    """Whether to ask trafilatura: the engine kept almost nothing, or much of the page's
    text is scored inside the model's unsure band."""
    if not blocks:
        return False, ""
    if kept_words < _MIN_KEPT_WORDS:
        return True, f"kept {kept_words} words"
    low, high = scorer.unsure
    if high > low:
        words = np.array([b.word_count for b in blocks], dtype=float)
        band = ((scores > low) & (scores < high)).astype(float)
        share = float((words * band).sum() / max(words.sum(), 1.0))
        if share > _UNSURE_SHARE:
            return True, f"{share:.0%} of the words scored between {low:.2f} and {high:.2f}"
    return False, ""


# Share of a page's words in the unsure band over which trafilatura is asked.
_UNSURE_SHARE = 0.25
