"""Boosted trees evaluated with numpy: the learned block scorer's machinery (both inputs).

A weight file holds, per stage, its trees flattened to arrays: per node the feature
index, the threshold, the left and right child, the value, and whether a missing value
(NaN: a feature the input does not have, such as markup on a text dump) goes left. A
leaf points to itself. All rows and all trees of a stage advance together, one level
per step (a few numpy gathers per level, not a Python call per block or per tree).

Missing values cost nothing per level: the rows are read as two copies side by side,
NaN made -inf in the first and +inf in the second, and a node whose missing values go
left reads its feature from the first copy (-inf <= any threshold), the others from the
second (+inf > any threshold; a split of "present left, missing right" has threshold
+inf in scikit-learn, stored here as the largest finite float). The same routing as
scikit-learn's HistGradientBoostingClassifier, which the trees are trained with.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

# Rows walked through the trees at once (a typical page has a few hundred blocks).
CHUNK = 512
_LARGEST = float(np.finfo(float).max)


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
    missing_left: np.ndarray | None = None  # bool per node: a NaN goes left (None: all go right)

    def raw(self, x: np.ndarray) -> np.ndarray:
        """The summed tree values (log-odds) for each row of ``x`` (NaN: missing)."""
        n = x.shape[0]
        if n == 0:
            return np.zeros(0)
        if n > CHUNK:
            # In chunks of rows: the (rows x trees) index arrays of a huge page otherwise
            # outgrow the CPU caches, and the time per block grew with the page.
            return np.concatenate([self.raw(x[start:start + CHUNK]) for start in range(0, n, CHUNK)])
        x = np.asarray(x, dtype=float)
        feature, threshold, value, first, step, leaves = self._complete(x.shape[1])
        count = len(first)
        # The two copies (see the module's docstring): column f of the first is x's
        # column f with NaN as -inf, column nf + f of the second the same with +inf.
        missing = np.isnan(x)
        doubled = np.empty((n, 2 * x.shape[1]))
        doubled[:, :x.shape[1]] = np.where(missing, -np.inf, x)
        doubled[:, x.shape[1]:] = np.where(missing, np.inf, x)
        # Flat indices: feature f of row r is r * width + f; node k of tree t (complete
        # layout, children of k at 2k+1 and 2k+2) is t * inner + k. All arrays are
        # reused level to level (np.take with out= and mode="clip": the indices are in
        # range by construction, and "raise" would buffer every call).
        flat_x = doubled.ravel()
        row_base = (np.arange(n, dtype=np.intp) * doubled.shape[1])[:, None]
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

    def _complete(self, nf: int) -> tuple[np.ndarray, ...]:
        """``_layout(nf)``, made once per row width (a stage is always given one width)."""
        layout = self._layouts.get(nf)
        if layout is None:
            layout = self._layouts[nf] = self._layout(nf)
        return layout

    @cached_property
    def _layouts(self) -> dict[int, tuple[np.ndarray, ...]]:
        return {}

    def _layout(self, nf: int) -> tuple[np.ndarray, ...]:
        """The trees as complete binary trees of depth ``depth`` (a leaf above the last
        level repeated down to it, the splits under it never changing its value), flat:
        per tree ``inner`` split nodes then ``2 ** depth`` leaves.

        Returns feature (into the doubled rows: + the row width where missing values
        go right) and threshold of the split nodes, the leaf values, each tree's first
        node (its root's flat index), the step from a node to its children, and the
        offset from a last-level node index to its leaf value's index."""
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
                    goes_left = self.missing_left is not None and bool(self.missing_left[t, node])
                    feature[t, place] = self.feature[t, node] + (0 if goes_left else nf)
                    bound = float(self.threshold[t, node])
                    threshold[t, place] = _LARGEST if bound == np.inf else bound
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


def forest_from_dict(stage: dict) -> Forest:
    """A stage of a weight file (``feature``, ``threshold``, ``left``, ``right``,
    ``value``, ``base``, ``depth``, optionally ``missing_left``) as a Forest."""
    missing = stage.get("missing_left")
    return Forest(
        feature=np.array(stage["feature"], dtype=np.intp),
        threshold=np.array(stage["threshold"], dtype=float),
        left=np.array(stage["left"], dtype=np.intp),
        right=np.array(stage["right"], dtype=np.intp),
        value=np.array(stage["value"], dtype=float),
        base=float(stage["base"]),
        depth=int(stage["depth"]),
        missing_left=None if missing is None else np.array(missing, dtype=bool),
    )
