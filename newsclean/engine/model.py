"""The engine's block scorer: the one learned block scorer of both inputs
(``newsclean.learned.scorer``), two stages of boosted trees evaluated with numpy.

Stage 0 reads UNIT_FEATURES (an HTML page's blocks: the text-only features missing;
a text dump's lines: the markup features missing); stage 1 reads UNIT_FEATURES +
CONTEXT_FEATURES, the context being stage 0's scores around each unit. Loading checks
both lists of names against the code (ModelMismatchError, newsclean.learned).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..learned.scorer import BlockScorer, load_scorer
from ..learned.context import CONTEXT_FEATURES
from .features import UNIT_FEATURES

STAGE_FEATURES = (UNIT_FEATURES, UNIT_FEATURES + CONTEXT_FEATURES)


def load_model(path: Path | None = None) -> BlockScorer:
    """newsclean/data/engine.json (or ``path``), each stage's feature names checked
    against STAGE_FEATURES (ModelMismatchError when they differ)."""
    return load_scorer("engine", STAGE_FEATURES, path)


@lru_cache(maxsize=1)
def model() -> BlockScorer:
    """The shipped model, loaded once."""
    return load_model()
