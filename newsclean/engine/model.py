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
        count, width = self.feature.shape
        # Flat indices: node k of tree t is t * width + k; feature f of row r is r * nf + f.
        # (np.take on flat arrays is several times faster than 2-D fancy indexing.)
        flat_x = np.ascontiguousarray(x, dtype=float).ravel()
        row_base = (np.arange(n, dtype=np.intp) * x.shape[1])[:, None]
        node = np.broadcast_to(np.arange(count, dtype=np.intp) * width, (n, count)).copy()
        feature, threshold, left, right = self._flat
        for _ in range(self.depth):
            go_left = flat_x.take(row_base + feature.take(node)) <= threshold.take(node)
            node = np.where(go_left, left.take(node), right.take(node))
        return self.base + self.value.ravel().take(node).sum(axis=1)

    @cached_property
    def _flat(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """feature, threshold and the children as flat arrays, the children as flat indices."""
        offset = (np.arange(self.feature.shape[0], dtype=np.intp) * self.feature.shape[1])[:, None]
        return (self.feature.ravel(), self.threshold.ravel(), (self.left + offset).ravel(),
                (self.right + offset).ravel())

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
