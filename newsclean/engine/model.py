"""The engine's block scorer: two stages of boosted trees, evaluated with numpy.

The weight file (newsclean/data/engine.json, written by benchmarks/train_engine.py)
holds, per stage, the feature names it was trained on and its trees flattened to
arrays: per node the feature index, the threshold, the left and right child and the
value. A leaf points to itself, so every row walks the same number of steps: all rows
and all trees of a stage advance together, one level per step (a few numpy gathers per
level, not a Python call per block or per tree).

Stage 0 reads BLOCK_FEATURES; stage 1 reads BLOCK_FEATURES + CONTEXT_FEATURES, the
context being stage 0's scores around each block. Loading checks both lists of names
against the code (ModelMismatchError, newsclean.learned).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from ..learned import check_features, read
from .features import BLOCK_FEATURES, CONTEXT_FEATURES

STAGE_FEATURES = (BLOCK_FEATURES, BLOCK_FEATURES + CONTEXT_FEATURES)
# Rows walked through the trees at once (a typical page has a few hundred blocks).
_CHUNK = 1024


@dataclass
class Forest:
    """One stage: trees of equal depth bound, as (trees x nodes) arrays."""

    feature: np.ndarray  # int
    threshold: np.ndarray  # go left when x <= threshold
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    base: float  # the raw score before any tree
    depth: int  # steps that take every row to a leaf

    def raw(self, x: np.ndarray) -> np.ndarray:
        """The summed tree values (log-odds) for each row of ``x``."""
        n = x.shape[0]
        if n == 0:
            return np.zeros(0)
        if n > _CHUNK:
            # In chunks of rows: the (rows x trees) index arrays of a huge page otherwise
            # outgrow the CPU caches, and the time per block grew with the page.
            return np.concatenate([self.raw(x[start:start + _CHUNK]) for start in range(0, n, _CHUNK)])
        feature, threshold, value, first, step, leaves = self._complete
        count = len(first)
        # Flat indices: feature f of row r is r * nf + f; node k of tree t (complete
        # layout, children of k at 2k+1 and 2k+2) is t * inner + k. All arrays are
        # reused level to level (np.take with out= and mode="clip": the indices are in
        # range by construction, and "raise" would buffer every call).
        flat_x = np.ascontiguousarray(x, dtype=float).ravel()
        row_base = (np.arange(n, dtype=np.intp) * x.shape[1])[:, None]
        node = np.empty((n, count), dtype=np.intp)
        node[:] = first
        index = np.empty_like(node)
        seen = np.empty((n, count))
        bound = np.empty((n, count))
        left = np.empty((n, count), dtype=bool)
        for _ in range(self.depth):
            np.take(feature, node, out=index, mode="clip")
            index += row_base
            np.take(flat_x, index, out=seen, mode="clip")
            np.take(threshold, node, out=bound, mode="clip")
            np.less_equal(seen, bound, out=left)
            # The child: t * inner + 2k + 1 (left) or + 2 (right) = 2 * node + step - left.
            node += node
            node += step
            node -= left
        node += leaves
        return self.base + value.take(node, mode="clip").sum(axis=1)

    @cached_property
    def _complete(self) -> tuple[np.ndarray, ...]:
        """The trees as complete binary trees of depth ``depth`` (a leaf above the last
        level repeated down to it, the splits under it never changing its value), flat:
        per tree ``inner`` split nodes then ``2 ** depth`` leaves.

        Returns feature and threshold of the split nodes, the leaf values, each tree's
        first node (its root's flat index), the step from a node to its children, and
        the offset from a last-level node index to its leaf value's index."""
        count = self.feature.shape[0]
        inner, width = 2 ** self.depth - 1, 2 ** self.depth
        feature = np.zeros((count, inner), dtype=np.intp)
        threshold = np.full((count, inner), np.inf)
        value = np.zeros((count, width))
        for t in range(count):
            todo = [(0, 0, 0)]  # (node in the stored tree, place in the complete one, level)
            while todo:
                node, place, level = todo.pop()
                if level == self.depth:
                    value[t, place - inner] = self.value[t, node]
                    continue
                left, right = self.left[t, node], self.right[t, node]
                if left == node:  # a leaf above the last level: the same value down both sides
                    left = right = node
                else:
                    feature[t, place] = self.feature[t, node]
                    threshold[t, place] = self.threshold[t, node]
                todo += [(left, 2 * place + 1, level + 1), (right, 2 * place + 2, level + 1)]
        first = np.arange(count, dtype=np.intp) * inner
        # A node t * inner + k's children are t * inner + 2k + 1 and + 2, that is
        # 2 * node - t * inner + 1 and + 2: with "- left" (1 going left), step = 2 - t * inner.
        step = 2 - first
        # After the last level node = t * inner + k with k in [inner, 2 * inner]: its value
        # is at t * width + k - inner.
        leaves = np.arange(count, dtype=np.intp) * width - first - inner
        return feature.ravel(), threshold.ravel(), value.ravel(), first, step, leaves

    def predict(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-np.clip(self.raw(x), -30.0, 30.0)))


@dataclass(frozen=True)
class EngineModel:
    stages: tuple[Forest, ...]
    threshold: float  # a block is kept when its last-stage score reaches this
    unsure: tuple[float, float]  # page confidence band that asks trafilatura (see decide.py)
    provenance: dict


def forest_from_dict(stage: dict) -> Forest:
    return Forest(
        feature=np.array(stage["feature"], dtype=np.intp),
        threshold=np.array(stage["threshold"], dtype=float),
        left=np.array(stage["left"], dtype=np.intp),
        right=np.array(stage["right"], dtype=np.intp),
        value=np.array(stage["value"], dtype=float),
        base=float(stage["base"]),
        depth=int(stage["depth"]),
    )


def load_model(path: Path | None = None) -> EngineModel:
    """newsclean/data/engine.json (or ``path``), each stage's feature names checked
    against STAGE_FEATURES (ModelMismatchError when they differ)."""
    data = read("engine", path)
    stages = data.get("stages") or []
    if len(stages) != len(STAGE_FEATURES):
        check_features("engine stages", [f"stage {k}" for k in range(len(STAGE_FEATURES))],
                       [f"stage {k}" for k in range(len(stages))])
    for k, (stage, names) in enumerate(zip(stages, STAGE_FEATURES)):
        check_features(f"engine stage {k}", names, stage.get("features") or [])
    return EngineModel(tuple(forest_from_dict(s) for s in stages), float(data["threshold"]),
                       tuple(data.get("unsure") or (0.0, 0.0)), data.get("provenance") or {})


@lru_cache(maxsize=1)
def model() -> EngineModel:
    """The shipped model, loaded once."""
    return load_model()
