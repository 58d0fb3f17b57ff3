"""Loading weight files and checking them against the code's feature names."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Mapping, Sequence

# What every weight file says about how it was made (benchmarks/retrain.py writes them).
PROVENANCE_KEYS = ("commit", "data_hash", "renderers", "chain_before", "date")


class ModelMismatchError(RuntimeError):
    """A weight file does not fit the code: its feature names differ from those the code
    builds. Not a property of the input: the installed package is inconsistent, so it is
    never caught and turned into an empty result."""


def check_features(model: str, code: Sequence[str], stored: Sequence[str]) -> None:
    """Raise ModelMismatchError unless ``stored`` (the weight file's names) equals
    ``code`` (the names the code builds), in the same order.

    >>> check_features("demo", ("a", "b"), ["a", "c"])
    Traceback (most recent call last):
    ...
    newsclean.learned.weights.ModelMismatchError: demo: the weight file's features do not match the code: missing from the file ['b']; not built by the code ['c']. Retrain (python benchmarks/retrain.py).
    """
    if tuple(code) == tuple(stored):
        return
    missing = [n for n in code if n not in stored]
    extra = [n for n in stored if n not in code]
    parts = []
    if missing:
        parts.append(f"missing from the file {missing}")
    if extra:
        parts.append(f"not built by the code {extra}")
    if not parts:
        parts.append(f"same names in another order: file {list(stored)}, code {list(code)}")
    raise ModelMismatchError(f"{model}: the weight file's features do not match the code: "
                             f"{'; '.join(parts)}. Retrain (python benchmarks/retrain.py).")


def vector(names: Sequence[str], values: Mapping[str, float]) -> list[float]:
    """The feature values in the model's order; a name built but not expected (or
    expected but not built) raises ModelMismatchError naming it.

    >>> vector(("log_words", "period_end"), {"period_end": 1.0, "log_words": 0.5})
    [0.5, 1.0]
    """
    if len(values) == len(names):
        try:
            return [values[n] for n in names]
        except KeyError:
            pass
    check_features("features built", names, list(values))
    raise AssertionError("unreachable")  # pragma: no cover


def read(name: str, path: Path | None = None) -> dict:
    """The weight file ``newsclean/data/<name>.json`` (or ``path``), unchecked."""
    if path is not None:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    with resources.files("newsclean").joinpath(f"data/{name}.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def load(name: str, features: Sequence[str], path: Path | None = None) -> dict:
    """The weight file ``newsclean/data/<name>.json`` (or ``path``), after checking that
    its ``features`` are ``features``."""
    data = read(name, path)
    check_features(name, features, data.get("features") or [])
    return data


@dataclass(frozen=True)
class LinearModel:
    """A linear scorer over standardised features: score = coef . (x - mean) / scale."""

    name: str
    features: tuple[str, ...]
    coef: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    provenance: dict = field(default_factory=dict, compare=False)

    @cached_property
    def weights(self) -> tuple[float, ...]:
        """The weights over raw features, standardisation folded in (constant dropped)."""
        return tuple(w / s for w, s in zip(self.coef, self.scale))

    @cached_property
    def offset(self) -> float:
        """The constant dropped from ``weights``: score = weights . x - offset."""
        return sum(w * mu / s for w, mu, s in zip(self.coef, self.mean, self.scale))

    def score(self, feats: Sequence[float]) -> float:
        """The standardised score of one candidate (as trained)."""
        return sum(w * (v - mu) / s for w, mu, s, v in zip(self.coef, self.mean, self.scale, feats))


def load_linear(name: str, features: Sequence[str], path: Path | None = None) -> LinearModel:
    data = load(name, features, path)
    return LinearModel(name, tuple(features), tuple(data["coef"]), tuple(data["mean"]), tuple(data["scale"]),
                       data.get("provenance") or {})
