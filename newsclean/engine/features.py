"""The engine's block features, by name: one row per block, one column per name.

``BLOCK_FEATURES`` are what a block says about itself and its markup, ``TEXT_FEATURES``
what only a text dump's line has; ``UNIT_FEATURES`` (both) are the rows of the one block
scorer both inputs use (the first stage reads them), each input's missing features NaN:
``block_features`` builds an HTML page's rows, ``text_features`` a text dump's. The
context-revision pass (``newsclean.learned.context``: CONTEXT_FEATURES) places each
unit among its neighbours' scores (the second stage reads both). Columns are built whole: one C-level
pass over the blocks per column (a regex, a str method, a bit test), the arithmetic on
numpy arrays, so the cost is linear in the number of blocks.
"""
from __future__ import annotations

import re

import numpy as np

from ..model import Block
from ..learned.stoplists import guess_stoplist
from .chars import PageChars, page_chars
from .columns import FeatureColumns
from .segment import ANCESTOR_TAGS, Segments
from .vocabulary import CLASS_KIND_NAMES, opens_like_furniture, section_kind

_KINDS = ("heading", "list_item", "quote", "code", "table_row", "caption")
# A line's marks of chrome (as the text path's first scorer reads them, classify.py).
_LINKISH = re.compile(r"@|https?:|www\.|\.(?:com|org|net)\b")
_SEPARATORS = re.compile(r"\s[|»·•/]\s|\s\|\s?|›")
_SEPARATOR_CHARS = re.compile(r"[|»·•/›]")
_INNER_SENTENCE = re.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z0-9]")
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
# What a text dump's line has and an HTML block is not given (missing there): the
# layout the renderer left, what the cleaners before the scorer removed, and a few
# marks of a line of chrome. ``text_dump`` says which input a row comes from.
TEXT_FEATURES = (
    "text_dump", "blank_before", "removed_earlier", "separators", "link_or_email", "log_inner_sentences",
    "starts_digit", "ellipsis_end",
)
# The rows of the one block scorer, for both inputs: a text dump's lines have the
# markup features missing (NaN), an HTML page's blocks the text-only ones.
UNIT_FEATURES = BLOCK_FEATURES + TEXT_FEATURES
_COL = {name: i for i, name in enumerate(UNIT_FEATURES)}
_TEXT_ONLY_COLUMNS = [_COL[name] for name in TEXT_FEATURES[1:]]
_KIND_INDEX = {k: i for i, k in enumerate(_KINDS)}
_KIND_COLUMNS = [_COL[f"kind_{k}"] for k in _KINDS]
_ANCESTOR_COLUMNS = [_COL[f"in_{t}"] for t in ANCESTOR_TAGS]
_CLASS_COLUMNS = [_COL[f"class_{k}"] for k in CLASS_KIND_NAMES]
_NEAR_COLUMNS = [_COL[f"near_{k}"] for k in CLASS_KIND_NAMES]


def block_features(seg: Segments) -> tuple[np.ndarray, dict]:
    """The UNIT_FEATURES rows of ``seg``'s blocks (the text-only features NaN, text_dump
    0), and page facts the context stage reads (prose weights, the densest container's
    blocks, the h1's index). ``block_columns`` without the float matrix."""
    columns, facts = block_columns(seg)
    return columns[:], facts


def block_columns(seg: Segments) -> tuple[FeatureColumns, dict]:
    """``block_features``'s rows stored by column (FeatureColumns), and the page facts."""
    blocks = seg.blocks
    n = len(blocks)
    x = FeatureColumns(n, fill=0.0, width=len(UNIT_FEATURES))
    facts: dict = {"n": n}
    if n == 0:
        facts.update(weight=np.zeros(0), densest=np.zeros(0, dtype=bool), h1=None, words=np.zeros(0), groups=np.zeros(0, dtype=np.intp),
                     containers=np.zeros(0, dtype=np.intp))
        return x, facts
    col = _COL
    counts, stop = _word_counts(blocks, prime=True)
    wc = counts.words
    h1 = next((i for i, b in enumerate(blocks) if b.level == 1), None)
    _content_columns(x, blocks, counts, stop, h1)
    raw_chars = np.maximum(np.array(seg.chars, dtype=float), 1.0)
    linked = np.array(seg.linked, dtype=float)
    link_density = np.minimum(linked / raw_chars, 1.0)
    x[col["link_density"]] = link_density
    kind_index = np.fromiter((_KIND_INDEX.get(b.kind, -1) for b in blocks), dtype=np.int8, count=n)
    for k, j in enumerate(_KIND_COLUMNS):
        x[j] = kind_index == k
    x[col["heading_level"]] = np.array([b.level for b in blocks], dtype=np.int8)
    x[col["owner_p"]] = [t == "p" for t in seg.owner_tags]
    x[col["owner_div"]] = [t in ("div", "section", "article", "main", "body", "td") for t in seg.owner_tags]
    # The bit fields, one column per bit (made a slice of rows at a time).
    for values, columns in ((seg.ancestors, _ANCESTOR_COLUMNS), (seg.classes, _CLASS_COLUMNS),
                            (seg.near_classes, _NEAR_COLUMNS)):
        x.bits(np.array(values, dtype=np.int64), columns)
    depth = np.array(seg.depths, dtype=float)
    x[col["depth"]] = depth
    # Prose: blocks that read as sentences, weighted by their stopwords (language-neutral
    # given the page's stoplist); the article's paragraphs carry most of it.
    prose = (wc >= 8) & (link_density < 0.35)
    weight = np.where(prose, stop + 0.1 * wc, 0.0)
    total = weight.sum()
    if total > 0:
        x[col["depth_from_prose"]] = depth - float(np.average(depth, weights=weight + 1e-9))
    x[col["log_repeat"]] = np.log1p(np.array(seg.repeats, dtype=float))
    parents = seg.parents
    group_of: dict = {}
    groups = np.array([group_of.setdefault(p, len(group_of)) for p in parents], dtype=np.intp)
    facts["groups"] = groups
    # The block's group: the blocks of the same parent element (a list, a comment, a teaser).
    x[col["group_log_blocks"]] = np.log(np.bincount(groups)[groups])
    x[col["group_log_words"]] = np.log1p(np.bincount(groups, weights=wc)[groups])
    link_chars = np.bincount(groups, weights=linked)[groups]
    x[col["group_link_density"]] = np.minimum(link_chars / np.bincount(groups, weights=raw_chars)[groups], 1.0)
    del link_chars, raw_chars, linked, link_density
    # The parent's parent: a comment's blocks and the comment list around them.
    grand = seg.grandparents
    facts["containers"] = np.array([group_of.setdefault(g, len(group_of)) for g in grand], dtype=np.intp)
    densest, parent_share, container_share = _containers(seg, parents, grand, weight, total)
    x[col["in_densest"]] = densest
    inside = np.flatnonzero(densest)
    if len(inside):
        index = np.arange(n, dtype=float)
        x[col["before_densest"]] = np.log1p(np.maximum(inside[0] - index, 0))
        x[col["after_densest"]] = np.log1p(np.maximum(index - inside[-1], 0))
    x[col["container_share"]] = container_share
    x[col["parent_share"]] = parent_share
    # What only a text dump has: missing here (the trees route NaN as trained).
    x[_TEXT_ONLY_COLUMNS] = np.nan
    x[col["text_dump"]] = 0.0
    facts.update(weight=weight, densest=densest, h1=h1, words=wc)
    return x, facts


def _word_counts(blocks: list[Block], prime: bool) -> tuple[PageChars, np.ndarray]:
    """The blocks' character counts and stopwords (the page's guessed stoplist).
    ``prime``: give the blocks their word counts and normalized text from the same pass
    (the engine's fresh blocks; a text dump's lines have theirs already)."""
    n = len(blocks)
    counts = page_chars([b.text for b in blocks])
    wc = counts.words
    # The stoplist first: it reads the longest blocks, found by the counts just made
    # (the values Block.word_count gives; a text dump's lines have theirs).
    stoplist = guess_stoplist(blocks, wc.tolist() if prime else None)
    contains = stoplist.__contains__
    stop = np.zeros(n)
    bounds = np.zeros(n + 1, dtype=np.intp)
    np.cumsum(wc.astype(np.intp), out=bounds[1:])
    text, starts = counts.words_text, counts.starts.tolist() + [len(counts.words_text)]
    # Each block's words, lower-cased (Block.normalized split: the runs of \w), from its
    # stretch of the page's text, _WORD_CHUNK blocks at a time (a page of 40,000 blocks
    # made 7 MiB of word strings at once): the newline between blocks is not a word
    # character, so no word spans two blocks, and the k-th block's words follow the first
    # k-1 blocks'. (A stretch starts where a block starts, after a space: lower() reads
    # it as it would in the whole text, Greek final sigma included.)
    for first in range(0, n, _WORD_CHUNK):
        last = min(first + _WORD_CHUNK, n)
        words = text[starts[first]:starts[last]].lower().split()
        offset = int(bounds[first])
        local = bounds[first:last + 1] - offset
        if prime:
            cuts = local.tolist()
            for block, start, end in zip(blocks[first:last], cuts, cuts[1:]):
                # The values Block.word_count and Block.normalized would compute.
                block.prime_counts(end - start, " ".join(words[start:end]))
        stop_flags = np.zeros(len(words) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(contains, words), dtype=bool, count=len(words)), out=stop_flags[1:])
        stop[first:last] = stop_flags[local[1:]] - stop_flags[local[:-1]]
    return counts, stop


# Blocks whose words are split at once in _word_counts.
_WORD_CHUNK = 4096


def _content_columns(x: FeatureColumns, blocks: list[Block], counts: PageChars, stop: np.ndarray, h1: int | None) -> None:
    """The columns both inputs have: what the text says (words, stopwords, punctuation,
    digits, capitals, dates, openers, repeats), where it sits (position, against the
    headline: the <h1>, or a dump's title line), the section headings above it, the
    page's size."""
    n = len(blocks)
    col = _COL
    texts = [b.text for b in blocks]
    wc = counts.words
    safe = np.maximum(wc, 1.0)
    chars = counts.chars
    safe_chars = np.maximum(chars, 1.0)
    x[col["log_words"]] = np.log1p(wc)
    x[col["log_chars"]] = np.log1p(chars)
    x[col["stop_density"]] = stop / safe
    x[col["log_stopwords"]] = np.log1p(stop)
    x[col["sentence_end"]] = [bool(_SENTENCE_END.search(t)) for t in texts]
    x[col["commas"]] = counts.commas / safe
    x[col["punctuation"]] = counts.punctuation / safe_chars
    x[col["digits"]] = counts.digits / safe_chars
    x[col["capitalised"]] = np.where(chars < 400, counts.capitals, 0.0) / safe
    # Both of _YEAR_OR_TIME's forms start with \b and a digit: only those places are tried.
    dated = np.zeros(n, dtype=bool)
    match, joined = _YEAR_OR_TIME.match, counts.joined
    found = [i for i in counts.number_starts.tolist() if match(joined, i)]
    if found:
        dated[np.searchsorted(counts.starts, found, side="right") - 1] = True
    x[col["date_or_time"]] = dated
    x[col["ends_colon"]] = counts.last == ord(":")
    x[col["question_end"]] = counts.last == ord("?")
    x[col["chars_per_word"]] = chars / safe
    x[col["furniture_opener"]] = list(map(opens_like_furniture, texts))
    normalized = [b.normalized for b in blocks]
    seen: dict[str, int] = {}
    for key in normalized:
        seen[key] = seen.get(key, 0) + 1
    x[col["repeated_text"]] = [seen[key] > 1 for key in normalized]
    index = np.arange(n, dtype=float)
    x[col["position"]] = index / n
    x[[col["before_h1"], col["h1_distance"], col["is_h1"], col["no_h1"]]] = 0.0
    if h1 is None:
        x[col["no_h1"]] = 1.0
    else:
        x[col["before_h1"]] = index < h1
        x[col["h1_distance"]] = np.sign(index - h1) * np.log1p(np.abs(index - h1))
        is_h1 = np.zeros(n, dtype=bool)
        is_h1[h1] = True
        x[col["is_h1"]] = is_h1
    for kind, under in _sections(blocks).items():
        x[_SECTION_COLUMNS[kind]] = under
    x[col["page_log_blocks"]] = np.log1p(n)
    x[col["page_log_words"]] = np.log1p(wc.sum())


def text_features(blocks: list[Block], title: int | None, removed: list[bool] | None = None) -> tuple[np.ndarray, dict]:
    """The UNIT_FEATURES rows of a text dump's lines, the markup features missing (NaN),
    and the facts the context stage reads. ``title``: the index of the dump's title
    line (the headline, as the <h1> of a page), if any; ``removed``: which lines the
    cleaners before the scorer removed (default: every line removed so far).

    >>> x, _ = text_features([Block(0, "Title"), Block(1, "The vote came after weeks of debate.")], 0)
    >>> [float(x[1, _COL[name]]) for name in ("sentence_end", "h1_distance", "text_dump")]
    [1.0, 0.6931471805599453, 1.0]
    >>> bool(np.isnan(x[1, _COL["link_density"]]))
    True
    """
    n = len(blocks)
    x = FeatureColumns(n, fill=np.nan, width=len(UNIT_FEATURES))
    facts: dict = {"n": n, "h1": title, "groups": None, "containers": None, "densest": None}
    if n == 0:
        facts["words"] = np.zeros(0)
        return x[:], facts
    col = _COL
    counts, stop = _word_counts(blocks, prime=False)
    _content_columns(x, blocks, counts, stop, title)
    texts = [b.text for b in blocks]
    wc = counts.words
    x[col["text_dump"]] = 1.0
    x[col["kind_list_item"]] = [b.tag == "li" for b in blocks]
    x[col["blank_before"]] = [b.blank_before for b in blocks]
    x[col["removed_earlier"]] = [bool(b.removed_by) for b in blocks] if removed is None else removed
    x[col["separators"]] = [bool(_SEPARATOR_CHARS.search(t) and _SEPARATORS.search(t)) for t in texts]
    x[col["link_or_email"]] = [bool(_LINKISH.search(t)) for t in texts]
    x[col["log_inner_sentences"]] = np.log1p([len(_INNER_SENTENCE.findall(t)) if c > 8 else 0
                                                 for t, c in zip(texts, wc.tolist())])
    x[col["starts_digit"]] = [t[:1].isdigit() for t in texts]
    x[col["ellipsis_end"]] = [t.endswith(("...", "…")) for t in texts]
    facts["words"] = wc
    return x[:], facts


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


def _sections(blocks: list[Block]) -> dict[str, np.ndarray]:
    """Mark the blocks below a heading that opens a comments, related or share section,
    up to the next heading of the same or a higher level (the heading itself too): a
    flag per block for each of the three kinds."""
    under = {kind: np.zeros(len(blocks), dtype=bool) for kind in _SECTION_COLUMNS}
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
            under[open_kind][i] = True
    return under
