"""The one learned block scorer, for both inputs: stages of boosted trees over units
(an HTML page's blocks, a text dump's lines) described by the same features by name,
the features an input does not have missing (NaN), with one context-revision pass
between the stages (``context.context_features``).

The weight file (``newsclean/data/engine.json``, written by
``benchmarks/train_engine.py``) holds per stage the feature names it was trained on
and its trees (``trees.Forest``), and per input the threshold a unit's last-stage
score must reach to be kept. Loading checks every stage's names against the code
(ModelMismatchError).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from .context import context_features
from .trees import CHUNK, Forest, forest_from_dict
from .weights import check_features, read

# Rows of the later stages' input built at once (Forest.raw walks CHUNK rows at a time):
# on a page of tens of thousands of units the whole copy was tens of MB. An input of more
# rows than this is built CHUNK rows at a time, the chunks Forest.raw walks anyway (ROWS
# is a multiple of CHUNK, so the scores are the same): a 4,096-row slice of the unit
# features and its copy beside the context were 6.7 MiB, the peak of a 1 MB page of
# 37,860 blocks (docs/engine.md, Memory). A usual page (a few hundred units) is one slice.
ROWS = 4096


@dataclass(frozen=True)
class BlockScorer:
    stages: tuple[Forest, ...]
    thresholds: dict  # input ("html", "text") -> the least last-stage score of a kept unit
    unsure: tuple[float, float]  # page confidence band that asks trafilatura (HTML; engine/page.py)
    provenance: dict

    @property
    def threshold(self) -> float:
        """The HTML threshold (engine/page.py)."""
        return float(self.thresholds["html"])

    def scores(self, x: np.ndarray, facts: dict) -> np.ndarray:
        """Each unit's probability of being article text (the last stage's): stage 0 on
        the unit features ``x``, each next stage on them beside the context of the
        previous stage's scores (``facts``: what the context reads, see context.py)."""
        if not len(x):
            return np.zeros(0)
        scores = self.stages[0].predict(x)
        rows = ROWS if len(x) <= ROWS else CHUNK
        for stage in self.stages[1:]:
            context = context_features(scores, facts)
            scores = np.concatenate([stage.predict(np.hstack([x[start:start + rows], context[start:start + rows]]))
                                     for start in range(0, len(x), rows)])
        return scores


def load_scorer(name: str, stage_features: Sequence[Sequence[str]], path: Path | None = None) -> BlockScorer:
    """newsclean/data/<name>.json (or ``path``), each stage's feature names checked
    against ``stage_features`` (ModelMismatchError when they differ, or when the file
    has another number of stages)."""
    data = read(name, path)
    stages = data.get("stages") or []
    if len(stages) != len(stage_features):
        check_features(f"{name} stages", [f"stage {k}" for k in range(len(stage_features))],
                       [f"stage {k}" for k in range(len(stages))])
    for k, (stage, names) in enumerate(zip(stages, stage_features)):
        check_features(f"{name} stage {k}", names, stage.get("features") or [])
    thresholds = data.get("thresholds") or {"html": data["threshold"]}
    return BlockScorer(tuple(forest_from_dict(s) for s in stages), dict(thresholds),
                       tuple(data.get("unsure") or (0.0, 0.0)), data.get("provenance") or {})
