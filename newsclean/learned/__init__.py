"""The learned models of the text path: weight files in newsclean/data, features by name.

Each model names its features in one place in the code (a tuple of names); candidate
features are built as a dict name -> value and laid out in that order by ``vector``.
Each weight file stores the feature names it was trained on and its provenance;
``load`` checks the names against the code and raises ModelMismatchError, naming the
missing and extra features, when they differ. ``benchmarks/retrain.py`` rebuilds every
file (docs/training.md).
"""
from .weights import PROVENANCE_KEYS, LinearModel, ModelMismatchError, check_features, load, load_linear, read, vector

__all__ = ["PROVENANCE_KEYS", "LinearModel", "ModelMismatchError", "check_features", "load", "load_linear", "read", "vector"]
