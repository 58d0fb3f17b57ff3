"""Train the text-path line scorer (newsclean/cleaners/classify.py) on the tune split.

    python benchmarks/train_text_region.py [--out newsclean/data/text_region.json]

Normally run by ``benchmarks/retrain.py``, after the metadata scorers: the region model
sees each page as the chain before it leaves it (the metadata read, the cleaners
before the region rules), so it is trained on what those models choose now.

Needs numpy (training only). Reads the cached dumps of benchmarks/tune_text.py (all
renderers, so no one renderer's habits are learned) and only the tune split
(benchmarks/splits.py): the held-back fifth is never seen here.

A line's label: it is article text when at least half of its 4-token shingles occur in
the page's true body; a line too short for a shingle (< 4 tokens) when its tokens
occur in the body and a labelled-positive line is within two lines of it. Each line
is weighted by its share of the page's tokens, so every page counts the same, as in
the macro-averaged F1 the benchmark reports.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import metrics  # noqa: E402
from benchmarks.splits import in_split  # noqa: E402
from benchmarks.tune_text import load_dumps  # noqa: E402
from newsclean.cleaners import classify  # noqa: E402
from newsclean.cleaners.region import pre_region_cleaners  # noqa: E402
from newsclean.pipeline import build_page, run_chain  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "text_region.json"


def labels(page, truth_body: str) -> list[float]:  # noqa: ANN001
    gold_tokens = metrics.tokens(truth_body)
    gold = set(metrics.shingles(gold_tokens))
    joined = f" {' '.join(gold_tokens)} "
    out: list[float | None] = []
    for b in page.blocks:
        toks = metrics.tokens(b.text)
        if len(toks) >= 4:
            sh = [tuple(toks[i : i + 4]) for i in range(len(toks) - 3)]
            out.append(1.0 if sum(s in gold for s in sh) >= 0.5 * len(sh) else 0.0)
        elif toks and f" {' '.join(toks)} " in joined:
            out.append(None)  # decided by its neighbours below
        else:
            out.append(0.0)
    for i, v in enumerate(out):
        if v is None:
            near = [out[j] for j in range(max(0, i - 2), min(len(out), i + 3)) if j != i and out[j] is not None
                    and len(page.blocks[j].words) >= 4]
            out[i] = 1.0 if any(x == 1.0 for x in near) else 0.0
    return out  # type: ignore[return-value]


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1e-3, iters: int = 25) -> dict:
    """Weighted logistic regression by Newton's method on standardised features."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    z1 = np.hstack([z, np.ones((len(z), 1))])
    beta = np.zeros(z1.shape[1])
    w = w / w.sum() * len(w)
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(z1 @ beta, -30, 30)))
        grad = z1.T @ (w * (p - y)) + l2 * len(w) * np.r_[beta[:-1], 0]
        hess = (z1 * (w * p * (1 - p))[:, None]).T @ z1 + l2 * len(w) * np.diag(np.r_[np.ones(len(beta) - 1), 0])
        beta -= np.linalg.solve(hess, grad)
    return {"coef": beta[:-1].round(5).tolist(), "bias": round(float(beta[-1]), 5),
            "mean": mean.round(5).tolist(), "scale": scale.round(5).tolist()}


def predict(stage: dict, rows: np.ndarray) -> np.ndarray:
    z = (rows - np.array(stage["mean"])) @ (np.array(stage["coef"]) / np.array(stage["scale"])) + stage["bias"]
    return 1 / (1 + np.exp(-z))


def train(pages: dict[str, dict], n_stages: int = 3) -> dict:
    """The region model's weight file, fitted on the tune split of ``pages``."""
    prepared = []
    for pid, rec in pages.items():
        if not in_split(pid, "tune"):
            continue
        for dump in rec["dumps"].values():
            if not dump.strip():
                continue
            page = build_page(dump, "text")
            run_chain(page, pre_region_cleaners())
            rows, _ = classify.page_features(page)
            y = labels(page, rec["truth"]["body"])
            ntok = np.array([len(b.words) + 1.0 for b in page.blocks])
            prepared.append((page, np.array(rows), np.array(y), ntok / ntok.sum()))
    x = np.vstack([p[1] for p in prepared])
    y = np.concatenate([p[2] for p in prepared])
    w = np.concatenate([p[3] for p in prepared])
    print(f"{len(prepared)} dumps, {len(y)} lines, {y.mean():.2f} positive", file=sys.stderr)
    stages = [fit(x, y, w)]
    scores = [predict(stages[0], rows) for _, rows, _, _ in prepared]
    for _ in range(1, n_stages):
        stacked = []
        for (page, rows, _, _), s in zip(prepared, scores):
            ctx = classify.context_features(s.tolist(), page.blocks, classify.title_index(page))
            stacked.append(np.hstack([rows, s[:, None], np.array(ctx)]))
        stages.append(fit(np.vstack(stacked), y, w))
        scores = [predict(stages[-1], x2) for x2 in stacked]
    for k, stage in enumerate(stages):
        stage["features"] = list(classify.FIRST_FEATURES if k == 0 else classify.STAGE_FEATURES)
    for name, c in zip(classify.STAGE_FEATURES, stages[-1]["coef"]):
        print(f"  {name:22s} {c:+.3f}", file=sys.stderr)
    return {
        "about": "newsclean text-path line scorer; trained by benchmarks/train_text_region.py on the tune split",
        "stages": [{"features": s.pop("features"), **s} for s in stages],
    }


def write(model: dict, out: Path = OUT) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    classify.model.cache_clear()
    classify.folded.cache_clear()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--stages", type=int, default=3, help="stacked regressions (the first without context)")
    args = ap.parse_args()
    write(train(load_dumps(), args.stages), args.out)


if __name__ == "__main__":
    main()
