"""Out-of-fold figures of the text region model on the TUNE split (never held).

    python benchmarks/train_text_region.py --cv [--cv-zero off_prose_indent,at_prose_indent]

The tune pages of both sets (WCXB and trafeval-dev) are cut into two folds by page id
(``fold_of``: odd and even ids). The region model is fitted on one fold exactly as
``train`` fits it, and the other fold's dumps are scored end to end from there: the
region rules (``header_chrome``, ``tail_after_article``, ``text_region``) run on the
page as the chain before them left it, and the kept lines are the body. Then the
reverse. Figures per renderer: WCXB body F1 (macro over dumps, benchmarks/metrics.py,
as tune_text.py) and trafeval-dev snippet F1 (micro, as trafeval.py).

A model's figures on the pages it was fitted on flatter it; out of fold they do not,
so two feature sets are compared here, not on held. ``zeroed`` names first-stage
features set to 0 in fitting and scoring: the model without them, on the same lines;
``after`` names features fitted last, on top of the others (train_text_region.fit_after).
"""
from __future__ import annotations

import copy
import sys
from types import SimpleNamespace

import numpy as np

from benchmarks import metrics
from benchmarks.train_text_region import Prepared, fit_model, without_columns
from newsclean.cleaners import classify
from newsclean.cleaners.region import header_chrome, tail_after_article, text_region
from newsclean.pipeline import run_chain

REGION_RULES = (header_chrome, tail_after_article, text_region)
FOLDS = (0, 1)


def fold_of(page_id: str) -> int:
    """A page's fold: deterministic, by its numeric id (both sets' ids are numbers)."""
    return int(page_id) % 2


def body_kept(item: Prepared, zero: list[int]) -> str:
    """The body the region rules keep of one prepared dump (a copy), scored by the
    model ``classify.model()`` gives."""
    page = copy.deepcopy(item.page)
    page.region_scores = None
    page.region_features = (without_columns(item.rows, zero), [])
    run_chain(page, REGION_RULES)
    return "\n\n".join(b.text for b in page.kept())


def out_of_fold(wcxb: list[Prepared], snippets: list[Prepared], truth: dict[str, str],
                snippet_sets: dict[str, tuple[list[str], list[str]]], zeroed: tuple[str, ...] = (),
                n_stages: int = 3, after: tuple[str, ...] = ()) -> dict[tuple[str, str], dict[str, float]]:
    """{(fold or "both", renderer): {"wcxb_f1", "trafeval_f1"}} scored out of fold."""
    zero = [classify.FIRST_FEATURES.index(name) for name in zeroed]
    original = classify.model
    f1s: dict[tuple[str, str], list[float]] = {}
    counts: dict[tuple[str, str], np.ndarray] = {}
    try:
        for fold in FOLDS:
            fitted = [p for p in wcxb + snippets if fold_of(p.page_id) != fold]
            model = fit_model(fitted, n_stages, zeroed, after)
            classify.model = lambda m=model: m  # score_blocks and folded read the module's model()
            classify.folded.cache_clear()
            for item in wcxb:
                if fold_of(item.page_id) == fold:
                    f1 = metrics.body_prf(body_kept(item, zero), truth[item.page_id]).f1
                    for key in ((str(fold), item.renderer), ("both", item.renderer)):
                        f1s.setdefault(key, []).append(f1)
            for item in snippets:
                if fold_of(item.page_id) == fold:
                    with_s, without_s = snippet_sets[item.page_id]
                    judged = judge(body_kept(item, zero), with_s, without_s)
                    for key in ((str(fold), item.renderer), ("both", item.renderer)):
                        counts[key] = counts.get(key, np.zeros(3)) + judged
    finally:
        classify.model = original
        classify.folded.cache_clear()
    keys = sorted(set(f1s) | set(counts))
    return {k: {"wcxb_f1": float(np.mean(f1s[k])) if k in f1s else float("nan"),
                "trafeval_f1": snippet_f1(counts[k]) if k in counts else float("nan")} for k in keys}


def judge(body: str, with_snippets: list[str], without_snippets: list[str]) -> np.ndarray:
    """(tp, fn, fp) of one body, by benchmarks/trafeval.py's own judge."""
    from benchmarks import trafeval

    j = trafeval.judge(body, SimpleNamespace(with_snippets=with_snippets, without_snippets=without_snippets))
    return np.array([j["tp"], j["fn"], j["fp"]], dtype=float)


def snippet_f1(tp_fn_fp: np.ndarray) -> float:
    tp, fn, fp = tp_fn_fp
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def print_table(name: str, figures: dict[tuple[str, str], dict[str, float]]) -> None:
    print(f"## {name}: out-of-fold, tune split only (fold = id % 2)")
    print("| fold | renderer | WCXB body F1 | trafeval snippet F1 |")
    print("|---|---|---:|---:|")
    for (fold, renderer), v in figures.items():
        print(f"| {fold} | {renderer} | {100 * v['wcxb_f1']:.1f} | {100 * v['trafeval_f1']:.1f} |")
    sys.stdout.flush()
