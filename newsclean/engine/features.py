"""The engine's block features, by name: one row per block, one column per name.

``BLOCK_FEATURES`` are what a block says about itself and its markup (the first stage
reads them); ``CONTEXT_FEATURES`` place it among its neighbours' scores (the second
stage reads both, plus the first stage's score). Columns are built whole: one C-level
pass over the blocks per column (a regex, a str method, a bit test), the arithmetic on
numpy arrays, so the cost is linear in the number of blocks.
"""
from __future__ import annotations

import re

import numpy as np

from ..model import Block
from ..cleaners.classify import guess_stoplist, prose_around
from .chars import page_chars
from .segment import ANCESTOR_TAGS, Segments
from .vocabulary import CLASS_KIND_NAMES, opens_like_furniture, section_kind

_KINDS = ("heading", "list_item", "quote", "code", "table_row", "caption")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_YEAR_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b")

BLOCK_FEATURES = (
    "log_words", "log_chars", "stop_density", "log_stopwords", "sentence_end", "commas", "punctuation",
    "digits", "capitalised", "date_or_time", "ends_colon", "question_end", "chars_per_word", "furniture_opener",
    "link_density", "repeated_text",
    *(f"kind_{k}" for k in _KINDS), "heading_level", "owner_p", "owner_div",
    *(f"in_{t}" for t in ANCESTOR_TAGS),
    *(f"class_{k}" for k in CLASS_KIND_NAMES),
    *(f"near_{k}" for k in CLASS_KIND_NAMES),
    "depth", "depth_from_prose", "log_repeat",
    "position", "before_h1", "h1_distance", "is_h1", "no_h1",
    "in_densest", "container_share", "parent_share", "before_densest", "after_densest",
    "group_log_blocks", "group_log_words", "group_link_density",
    "under_comments", "under_related", "under_share",
    "page_log_blocks", "page_log_words",
)
_COL = {name: i for i, name in enumerate(BLOCK_FEATURES)}
_KIND_INDEX = {k: i for i, k in enumerate(_KINDS)}
_KIND_COLUMNS = [_COL[f"kind_{k}"] for k in _KINDS]
_ANCESTOR_COLUMNS = [_COL[f"in_{t}"] for t in ANCESTOR_TAGS]
_CLASS_COLUMNS = [_COL[f"class_{k}"] for k in CLASS_KIND_NAMES]
_NEAR_COLUMNS = [_COL[f"near_{k}"] for k in CLASS_KIND_NAMES]


def block_features(seg: Segments) -> tuple[np.ndarray, dict]:
    """The BLOCK_FEATURES rows of ``seg``'s blocks, and page facts the context stage reads
    (prose weights, the densest container's blocks, the h1's index)."""
    blocks = seg.blocks
    n = len(blocks)
    x = np.zeros((n, len(BLOCK_FEATURES)))
    facts: dict = {"n": n}
    if n == 0:
        facts.update(weight=np.zeros(0), densest=np.zeros(0, dtype=bool), h1=None, words=np.zeros(0), groups=np.zeros(0, dtype=np.intp),
                     containers=np.zeros(0, dtype=np.intp))
        return x, facts
    col = _COL
    texts = [b.text for b in blocks]
    counts = page_chars(texts)
    wc = counts.words
    # Each block's words, lower-cased (Block.normalized split: the runs of \w), from one
    # pass over the page's text: the newline between blocks is not a word character, so
    # no word spans two blocks, and the k-th block's words follow the first k-1 blocks'.
    all_words = counts.words_text.lower().split()
    bounds = np.zeros(n + 1, dtype=np.intp)
    np.cumsum(wc.astype(np.intp), out=bounds[1:])
    cuts = bounds.tolist()
    for block, start, end, count in zip(blocks, cuts, cuts[1:], wc.tolist()):
        # The values Block.word_count and Block.normalized would compute.
        block.prime_counts(int(count), " ".join(all_words[start:end]))
    stoplist = guess_stoplist(blocks)
    stop_flags = np.zeros(len(all_words) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(stoplist.__contains__, all_words), dtype=bool, count=len(all_words)),
              out=stop_flags[1:])
    stop = (stop_flags[bounds[1:]] - stop_flags[bounds[:-1]]).astype(float)
    safe = np.maximum(wc, 1.0)
    chars = counts.chars
    safe_chars = np.maximum(chars, 1.0)
    x[:, col["log_words"]] = np.log1p(wc)
    x[:, col["log_chars"]] = np.log1p(chars)
    x[:, col["stop_density"]] = stop / safe
    x[:, col["log_stopwords"]] = np.log1p(stop)
    x[:, col["sentence_end"]] = [bool(_SENTENCE_END.search(t)) for t in texts]
    x[:, col["commas"]] = counts.commas / safe
    x[:, col["punctuation"]] = counts.punctuation / safe_chars
    x[:, col["digits"]] = counts.digits / safe_chars
    x[:, col["capitalised"]] = np.where(chars < 400, counts.capitals, 0.0) / safe
    # Both of _YEAR_OR_TIME's forms start with \b and a digit: only those places are tried.
    dated = np.zeros(n, dtype=bool)
    match, joined = _YEAR_OR_TIME.match, counts.joined
    found = [i for i in counts.number_starts.tolist() if match(joined, i)]
    if found:
        dated[np.searchsorted(counts.starts, found, side="right") - 1] = True
    x[:, col["date_or_time"]] = dated
    x[:, col["ends_colon"]] = counts.last == ord(":")
    x[:, col["question_end"]] = counts.last == ord("?")
    x[:, col["chars_per_word"]] = chars / safe
    x[:, col["furniture_opener"]] = list(map(opens_like_furniture, texts))
    raw_chars = np.maximum(np.array(seg.chars, dtype=float), 1.0)
    x[:, col["link_density"]] = np.minimum(np.array(seg.linked, dtype=float) / raw_chars, 1.0)
    normalized = [b.normalized for b in blocks]
    seen: dict[str, int] = {}
    for key in normalized:
        seen[key] = seen.get(key, 0) + 1
    x[:, col["repeated_text"]] = [seen[key] > 1 for key in normalized]
    kind_index = np.fromiter((_KIND_INDEX.get(b.kind, -1) for b in blocks), dtype=np.intp, count=n)
    x[:, _KIND_COLUMNS] = kind_index[:, None] == np.arange(len(_KINDS))
    levels = np.array([b.level for b in blocks], dtype=float)
    x[:, col["heading_level"]] = levels
    x[:, col["owner_p"]] = [t == "p" for t in seg.owner_tags]
    x[:, col["owner_div"]] = [t in ("div", "section", "article", "main", "body", "td") for t in seg.owner_tags]
    # The bit fields, one column per bit.
    for values, columns in ((seg.ancestors, _ANCESTOR_COLUMNS), (seg.classes, _CLASS_COLUMNS),
                            (seg.near_classes, _NEAR_COLUMNS)):
        x[:, columns] = (np.array(values, dtype=np.int64)[:, None] >> np.arange(len(columns))) & 1
    depth = np.array(seg.depths, dtype=float)
    x[:, col["depth"]] = depth
    # Prose: blocks that read as sentences, weighted by their stopwords (language-neutral
    # given the page's stoplist); the article's paragraphs carry most of it.
    prose = (wc >= 8) & (x[:, col["link_density"]] < 0.35)
    weight = np.where(prose, stop + 0.1 * wc, 0.0)
    total = weight.sum()
    if total > 0:
        x[:, col["depth_from_prose"]] = depth - float(np.average(depth, weights=weight + 1e-9))
    x[:, col["log_repeat"]] = np.log1p(np.array(seg.repeats, dtype=float))
    index = np.arange(n, dtype=float)
    x[:, col["position"]] = index / n
    h1 = next((i for i, b in enumerate(blocks) if b.level == 1), None)
    if h1 is None:
        x[:, col["no_h1"]] = 1.0
    else:
        x[:, col["before_h1"]] = index < h1
        x[:, col["h1_distance"]] = np.sign(index - h1) * np.log1p(np.abs(index - h1))
        x[h1, col["is_h1"]] = 1.0
    parents = seg.parents
    group_of: dict = {}
    groups = np.array([group_of.setdefault(p, len(group_of)) for p in parents], dtype=np.intp)
    facts["groups"] = groups
    # The block's group: the blocks of the same parent element (a list, a comment, a teaser).
    x[:, col["group_log_blocks"]] = np.log(np.bincount(groups)[groups])
    x[:, col["group_log_words"]] = np.log1p(np.bincount(groups, weights=wc)[groups])
    link_chars = np.bincount(groups, weights=np.array(seg.linked, dtype=float))[groups]
    x[:, col["group_link_density"]] = np.minimum(link_chars / np.bincount(groups, weights=raw_chars)[groups], 1.0)
    # The parent's parent: a comment's blocks and the comment list around them.
    grand = seg.grandparents
    facts["containers"] = np.array([group_of.setdefault(g, len(group_of)) for g in grand], dtype=np.intp)
    densest, parent_share, container_share = _containers(seg, parents, grand, weight, total)
    x[:, col["in_densest"]] = densest
    inside = np.flatnonzero(densest)
    if len(inside):
        x[:, col["before_densest"]] = np.log1p(np.maximum(inside[0] - index, 0))
        x[:, col["after_densest"]] = np.log1p(np.maximum(index - inside[-1], 0))
    x[:, col["container_share"]] = container_share
    x[:, col["parent_share"]] = parent_share
    _sections(blocks, x)
    x[:, col["page_log_blocks"]] = np.log1p(n)
    x[:, col["page_log_words"]] = np.log1p(wc.sum())
    facts.update(weight=weight, densest=densest, h1=h1, words=wc)
    return x, facts


def _containers(seg: Segments, parents: list, grand: list, weight: np.ndarray,
                total: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which blocks sit in the page's densest text container, the share of the page's
    prose weight in each block's parent element, and in its grandparent (the container).

    The densest container is the element whose children's and grandchildren's blocks
    hold the most prose weight (a grandchild counts half): the article's wrapper, whatever
    its class names say.
    """
    n = len(seg.blocks)
    parent_weight: dict = {}
    container_weight: dict = {}
    for i in np.flatnonzero(weight).tolist():
        p = parents[i]
        if p is None:
            continue
        w = float(weight[i])
        parent_weight[p] = parent_weight.get(p, 0.0) + w
        container_weight[p] = container_weight.get(p, 0.0) + w
        g = grand[i]
        if g is not None:
            container_weight[g] = container_weight.get(g, 0.0) + 0.5 * w
    densest = np.zeros(n, dtype=bool)
    parent_share = np.zeros(n)
    container_share = np.zeros(n)
    if not container_weight or total <= 0:
        return densest, parent_share, container_share
    best = max(container_weight, key=container_weight.__getitem__)
    inside = set(best.iter())
    for i, (owner, p, g) in enumerate(zip(seg.owners, parents, grand)):
        densest[i] = owner in inside
        if p is not None:
            parent_share[i] = parent_weight.get(p, 0.0) / total
            container_share[i] = container_weight.get(g, 0.0) / total if g is not None else 0.0
    return densest, parent_share, container_share


_SECTION_COLUMNS = {"comments": _COL["under_comments"], "related": _COL["under_related"], "share": _COL["under_share"]}


def _sections(blocks: list[Block], x: np.ndarray) -> None:
    """Mark the blocks below a heading that opens a comments, related or share section,
    up to the next heading of the same or a higher level (the heading itself too)."""
    open_kind, open_level = None, 0
    for i, b in enumerate(blocks):
        if b.kind == "heading" or (b.word_count <= 6 and b.tag == "p" and section_kind(b.text)):
            level = b.level or 6
            # A heading may name what it is about: "59 Comments on 'The title'".
            kind = section_kind(b.text) if b.word_count <= (20 if b.kind == "heading" else 8) else None
            if kind is not None:
                open_kind, open_level = kind, level
            elif open_kind is not None and level <= open_level:
                open_kind = None
        if open_kind is not None:
            x[i, _SECTION_COLUMNS[open_kind]] = 1.0


# The context stage: the previous stage's scores around each block.
_WINDOWS = (1, 3, 10)
CONTEXT_FEATURES = (
    "previous_score", *(f"neighbours_{w}" for w in _WINDOWS), "line_above", "line_below",
    "prose_above", "prose_below", "nothing_above", "nothing_below",
    "in_core", "core_distance", "sibling_mean", "container_mean", "densest_mean",
)
_CTX = {name: i for i, name in enumerate(CONTEXT_FEATURES)}
# A block scoring this high, with this many words, anchors the article's core span.
_CORE_SCORE, _CORE_WORDS = 0.7, 8


def context_features(scores: np.ndarray, facts: dict) -> np.ndarray:
    """CONTEXT_FEATURES for each block, from the previous stage's ``scores``: the
    neighbours' mean score (+-1, +-3, +-10 blocks, by prefix sums), the share of the
    page's scored prose above and below, whether it lies inside the span from the first
    to the last confident paragraph (the kept region should be contiguous) and how far
    outside, the mean score of its siblings (blocks of the same parent element) and of
    the densest container."""
    p = np.asarray(scores, dtype=float)
    n = len(p)
    x = np.zeros((n, len(CONTEXT_FEATURES)))
    if n == 0:
        return x
    col = _CTX
    x[:, col["previous_score"]] = p
    i = np.arange(n)
    prefix = np.concatenate(([0.0], np.cumsum(p)))
    for w in _WINDOWS:
        hi, lo = np.minimum(n, i + w + 1), np.maximum(0, i - w)
        x[:, col[f"neighbours_{w}"]] = (prefix[hi] - prefix[lo] - p) / np.maximum(1, hi - lo - 1)
    x[1:, col["line_above"]] = p[:-1]
    x[:-1, col["line_below"]] = p[1:]
    words = facts["words"]
    above, below = prose_around(p, words)
    x[:, col["prose_above"]] = above
    x[:, col["prose_below"]] = below
    x[:, col["nothing_above"]] = above < 0.02
    x[:, col["nothing_below"]] = below < 0.02
    core = np.flatnonzero((p >= _CORE_SCORE) & (words >= _CORE_WORDS))
    if len(core):
        first, last = core[0], core[-1]
        x[:, col["in_core"]] = (i >= first) & (i <= last)
        x[:, col["core_distance"]] = np.log1p(np.maximum(first - i, 0) + np.maximum(i - last, 0))
    else:
        x[:, col["core_distance"]] = np.log1p(n)
    groups = facts["groups"]
    sums = np.bincount(groups, weights=p)
    x[:, col["sibling_mean"]] = (sums / np.bincount(groups))[groups]
    containers = facts["containers"]
    x[:, col["container_mean"]] = (np.bincount(containers, weights=p) / np.maximum(np.bincount(containers), 1))[containers]
    densest = facts["densest"]
    x[:, col["densest_mean"]] = p[densest].mean() if densest.any() else 0.0
    return x
