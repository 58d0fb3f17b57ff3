"""The context-revision pass of the block scorer, for both inputs: where each unit (an
HTML block or a text dump's line) sits among the previous stage's scores. Every window
is a difference of prefix sums, so the cost is linear in the units."""
from __future__ import annotations

import numpy as np


def prose_around(scores: np.ndarray, words: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The share of the page's prose (words weighted by their unit's score) above each
    unit and below it: the context both learned scorers read (the text path's lines, the
    HTML engine's blocks).

    >>> above, below = prose_around(np.array([1.0, 0.0, 1.0]), np.array([10.0, 5.0, 30.0]))
    >>> above.tolist(), below.tolist()
    ([0.0, 0.25, 0.25], [0.75, 0.75, 0.0])
    """
    mass = scores * words
    total = mass.sum() or 1.0
    above = np.concatenate(([0.0], np.cumsum(mass)[:-1])) / total
    return above, 1.0 - above - mass / total


# The context stage: the previous stage's scores around each block.
_WINDOWS = (1, 3, 10, 30)
CONTEXT_FEATURES = (
    "previous_score", *(f"neighbours_{w}" for w in _WINDOWS), "line_above", "line_below",
    "prose_above", "prose_below", "nothing_above", "nothing_below",
    "in_core", "core_distance", "sibling_mean", "container_mean", "densest_mean",
)
_CTX = {name: i for i, name in enumerate(CONTEXT_FEATURES)}
# A block scoring this high, with this many words, anchors the article's core span.
_CORE_SCORE, _CORE_WORDS = 0.7, 8


def context_features(scores: np.ndarray, facts: dict) -> np.ndarray:
    """CONTEXT_FEATURES for each unit (an HTML block or a text line), from the previous
    stage's ``scores``: the
    neighbours' mean score (+-1, +-3, +-10, +-30 units, by prefix sums), the share of the
    page's scored prose above and below, whether it lies inside the span from the first
    to the last confident paragraph (the kept region should be contiguous) and how far
    outside, the mean score of its siblings (blocks of the same parent element) and of
    the densest container (missing for a text dump: ``facts["groups"]`` None).

    >>> x = context_features(np.array([1.0, 0.0, 1.0]), {"words": np.array([10.0, 2.0, 10.0]), "groups": None})
    >>> [float(x[1, CONTEXT_FEATURES.index(name)]) for name in ("neighbours_1", "in_core")]
    [1.0, 1.0]
    """
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
    groups = facts.get("groups")
    if groups is None:  # a text dump: no elements, no siblings (missing, as its markup)
        x[:, [col["sibling_mean"], col["container_mean"], col["densest_mean"]]] = np.nan
        return x
    sums = np.bincount(groups, weights=p)
    x[:, col["sibling_mean"]] = (sums / np.bincount(groups))[groups]
    containers = facts["containers"]
    x[:, col["container_mean"]] = (np.bincount(containers, weights=p) / np.maximum(np.bincount(containers), 1))[containers]
    densest = facts["densest"]
    x[:, col["densest_mean"]] = p[densest].mean() if densest.any() else 0.0
    return x
