"""Train the text-path headline scorer (newsclean/metadata/text_title.py) on the tune split.

    python benchmarks/train_text_title.py

Needs numpy (training only). Every candidate line of every cached dump (all renderers)
of pages with int(id) % 5 != 0 is one example; its label: the candidate equals the
true title after the benchmark's normalisation. Weighted so every page counts once.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import metrics  # noqa: E402
from benchmarks.tune_text import in_split, load_dumps  # noqa: E402
from newsclean.metadata import text_title  # noqa: E402
from newsclean.text import text_to_blocks  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "text_title.json"


def fit_listwise(x: np.ndarray, y: np.ndarray, starts: np.ndarray, l2: float = 1e-3, steps: int = 1500) -> dict:
    """A linear scorer trained so that, within each dump, the softmax over its candidates
    puts its mass on the true headline (the task is to pick one line, not to label lines)."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    beta = np.zeros(z.shape[1])
    ids = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(z)]))
    m = v = np.zeros_like(beta)
    for t in range(1, steps + 1):  # Adam
        s = z @ beta
        s = s - np.maximum.reduceat(s, starts)[ids]
        e = np.exp(s)
        p = e / np.add.reduceat(e, starts)[ids]
        target = y / np.add.reduceat(y, starts)[ids]
        grad = z.T @ (p - target) / len(starts) + l2 * beta
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        beta -= 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return {"coef": beta.round(5).tolist(), "bias": 0.0, "mean": mean.round(5).tolist(), "scale": scale.round(5).tolist()}


def main() -> None:
    xs, ys, groups = [], [], []
    for pid, rec in load_dumps().items():
        truth = metrics.normalise_title(rec["truth"]["title"])
        if not in_split(pid, "tune") or not truth:
            continue
        for dump in rec["dumps"].values():
            cands = text_title.candidates(text_to_blocks(dump))
            y = [1.0 if metrics.normalise_title(text) == truth else 0.0 for _, text, _ in cands]
            if not any(y):
                continue  # the headline is not a line of this dump: nothing to learn
            groups.append(len(xs))
            xs.extend(feats for _, _, feats in cands)
            ys.extend(y)
    model = fit_listwise(np.array(xs), np.array(ys), np.array(groups))
    model["features"] = list(text_title.FEATURES)
    OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for name, c in zip(text_title.FEATURES, model["coef"]):
        print(f"  {name:22s} {c:+.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
