"""Train newsclean's HTML engine (newsclean/engine/) on the tune split.

    python benchmarks/train_engine.py [--out newsclean/data/engine.json] [--sample N] [--no-trafeval]
    python benchmarks/train_engine.py --evaluate tune|held [--sample N] [--systems a,b]

Normally run by ``benchmarks/retrain.py``. Reads only the tune split (benchmarks/splits.py)
of two development sets:

- WCXB (``wcxb-dev-articles``): a block is article text when at least half of its 4-token
  shingles occur in the page's ground-truth ``main_content``; a block too short for a
  shingle when its tokens occur there and a labelled-positive block is within two blocks.
  Each block is weighted by its share of the page's tokens, so every page counts the same.
- trafeval-dev (multilingual): partial labels from the snippets. A block containing a
  ``with`` snippet (or contained in one) is article text, one containing a ``without``
  snippet (or contained in one) is not; other blocks are not trained on. Each page's
  labelled blocks share one page's weight.

Two stages of gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier,
training only; the package evaluates the exported trees with numpy): stage 0 on the
block features; stage 1 on the block features and the context of stage 0's scores,
where those scores are out-of-fold (two folds by page), so stage 1 learns from scores
like the ones it will see. The keep threshold is the one that maximises the mean body
F1 (benchmarks/metrics.py) of the WCXB tune pages under out-of-fold stage-1 scores.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import metrics  # noqa: E402
from benchmarks.data import DEFAULT_DATA, load_page, page_ids  # noqa: E402
from benchmarks.splits import in_split  # noqa: E402
from newsclean.engine.features import UNIT_FEATURES, block_features  # noqa: E402
from newsclean.learned.context import CONTEXT_FEATURES, context_features  # noqa: E402
from newsclean.engine.features import text_features  # noqa: E402
from newsclean.engine.segment import segment  # noqa: E402
from newsclean.read.html_bounds import flatten_deep_nesting, unwrap_crowded_inline  # noqa: E402
from newsclean.read.html_parse import parse_html  # noqa: E402
from newsclean.read.source import read_source  # noqa: E402

DUMP_OOF = None  # a path: train() pickles each page's out-of-fold scores there (for error analysis)
OUT = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "engine.json"
TRAFEVAL = DEFAULT_DATA.parent / "trafeval-dev"
# Trees: enough to learn markup interactions, small enough to ship (a few hundred KB)
# and to evaluate in well under a millisecond per page.
PARAMS = {"max_iter": 150, "learning_rate": 0.1, "max_leaf_nodes": 16, "max_depth": 5, "min_samples_leaf": 40,
          "l2_regularization": 1.0, "early_stopping": False, "random_state": 0}


# A text dump's page weighs this much against an HTML page (its renderers' dumps share
# it). trafeval-dev's text dumps weigh TEXT_TRAFEVAL_WEIGHT of that, as in the text
# path's former line scorer (train_text_region.TRAFEVAL_WEIGHT).
TEXT_WEIGHT = 1.0
TEXT_TRAFEVAL_WEIGHT = 0.3
# The text input's keep threshold (``thresholds["text"]``), chosen on the tune splits
# with the whole text chain (the region rules around the scorer and the cleaners after
# it), not by the scorer's out-of-fold F1 alone (0.35 there): swept 0.35-0.6 with
# benchmarks/tune_text.py --split tune and benchmarks/trafeval.py --mode text (tune
# columns), WCXB body F1 inscriptis / html-text / lxml and trafeval-dev snippet F1:
# 0.35: 91.4 / 91.3 / 91.2 and 87.6 / 87.4 / 88.3; 0.45: 91.9 / 91.8 / 91.5 and
# 88.6 / 88.6 / 88.9; 0.55: 92.1 / 92.0 / 91.4 and 89.1 / 89.5 / 88.9; 0.6: 92.0 /
# 91.7 / 91.1 and 89.5 / 89.1 / 89.1.
TEXT_THRESHOLD = 0.55


@dataclass
class PageRows:
    page_id: str
    source: str  # "wcxb" or "trafeval" (HTML), "wcxb-text" or "trafeval-text" (a text dump)
    x: np.ndarray
    facts: dict
    y: np.ndarray
    w: np.ndarray  # 0 for unlabelled blocks
    texts: list[str]
    truth: str  # WCXB's main_content ("" for trafeval)
    removed: np.ndarray | None = None  # a text dump's lines removed before the scorer

    @property
    def fold(self) -> int:
        """The page's fold (out-of-fold scores): by id, so a page's HTML and its dumps
        share one."""
        return int(self.page_id) % 2


def tree_of(text: str):  # noqa: ANN201 - lxml element or None
    """The page's tree as html.html_to_page prepares it for the engine."""
    tree = parse_html(text)
    if tree is None:
        return None
    flatten_deep_nesting(tree)
    unwrap_crowded_inline(tree)
    return tree


def page_rows(text: str):  # noqa: ANN201
    tree = tree_of(text)
    if tree is None:
        return None
    body = tree.find("body")
    seg = segment(body if body is not None else tree)
    if not seg.blocks:
        return None
    x, facts = block_features(seg)
    return seg, x, facts


def wcxb_labels(texts: list[str], truth: str) -> tuple[np.ndarray, np.ndarray]:
    gold_tokens = metrics.tokens(truth)
    gold = set(metrics.shingles(gold_tokens))
    joined = f" {' '.join(gold_tokens)} "
    toks = [metrics.tokens(t) for t in texts]
    out: list[float | None] = []
    for t in toks:
        if len(t) >= 4:
            sh = [tuple(t[i:i + 4]) for i in range(len(t) - 3)]
            out.append(1.0 if sum(s in gold for s in sh) >= 0.5 * len(sh) else 0.0)
        elif t and f" {' '.join(t)} " in joined:
            out.append(None)
        else:
            out.append(0.0)
    for i, v in enumerate(out):
        if v is None:
            near = [out[j] for j in range(max(0, i - 2), min(len(out), i + 3))
                    if j != i and out[j] is not None and len(toks[j]) >= 4]
            out[i] = 1.0 if any(z == 1.0 for z in near) else 0.0
    counts = np.array([max(len(t), 1) for t in toks], dtype=float)
    return np.array(out, dtype=float), counts / counts.sum()


def snippet_labels(texts: list[str], with_: list[str], without: list[str]) -> tuple[np.ndarray, np.ndarray]:
    y = np.zeros(len(texts))
    w = np.zeros(len(texts))
    joined = [f" {' '.join(metrics.tokens(t))} " for t in texts]
    for snippets, label in ((without, 0.0), (with_, 1.0)):
        for snippet in snippets:
            s = f" {' '.join(metrics.tokens(snippet))} "
            if s.strip() == "":
                continue
            for i, b in enumerate(joined):
                if len(b) > 2 and (s in b or (b in s and len(b.split()) >= 3)):
                    y[i], w[i] = label, 1.0
    if w.sum():
        w /= w.sum()
    return y, w


def load(sample: int | None, trafeval: bool, split: str = "tune", text: bool = True) -> list[PageRows]:
    pages: list[PageRows] = []
    ids = [i for i in page_ids(DEFAULT_DATA) if in_split(i, split)]
    if sample:
        ids = sorted(random.Random(0).sample(ids, min(sample, len(ids))))
    if text:
        pages += text_pages(ids, trafeval, split, sample)
    for pid in ids:
        page = load_page(DEFAULT_DATA, pid)
        rows = page_rows(page.html)
        if rows is None:
            continue
        seg, x, facts = rows
        texts = [b.text for b in seg.blocks]
        y, w = wcxb_labels(texts, page.truth.body)
        pages.append(PageRows(pid, "wcxb", x, facts, y, w, texts, page.truth.body))
    if trafeval:
        for record in trafeval_records(split, sample):
            rows = page_rows(trafeval_text(record))
            if rows is None:
                continue
            seg, x, facts = rows
            texts = [b.text for b in seg.blocks]
            y, w = snippet_labels(texts, record.get("with") or [], record.get("without") or [])
            if w.sum():
                pages.append(PageRows(record["id"], "trafeval", x, facts, y, w, texts, ""))
    return pages


def text_pages(ids: list[str], trafeval: bool, split: str, sample: int | None) -> list[PageRows]:
    """The text dumps of the pages ``ids`` (all renderers; benchmarks/tune_text.py's
    cache) and of trafeval-dev's ``split`` (benchmarks/trafeval.py's cache), each as the
    chain before the ``text_region`` cleaner leaves it (train_text_region._prepare), its
    lines labelled as that model's are (train_text_region.labels, snippet_labels)."""
    from benchmarks import train_text_region
    from benchmarks.tune_text import load_dumps
    from newsclean.cleaners.classify import title_index

    def rows(pid: str, source: str, dumps: dict, label, url: str | None) -> list[PageRows]:  # noqa: ANN001
        out = []
        texts_of = [d for d in dumps.values() if d.strip()]
        for dump in texts_of:
            page = train_text_region._prepare(dump, url)
            if not page.blocks:
                continue
            y, w, truth = label(page)
            if not w.sum():
                continue
            x, facts = text_features(page.blocks, title_index(page))
            weight = (TEXT_WEIGHT if source == "wcxb-text" else TEXT_WEIGHT * TEXT_TRAFEVAL_WEIGHT) / len(texts_of)
            removed = np.array([bool(b.removed_by) for b in page.blocks])
            out.append(PageRows(pid, source, x, facts, y, weight * w / w.sum(), [b.text for b in page.blocks],
                                truth, removed))
        return out

    pages: list[PageRows] = []
    dumps = load_dumps()
    for pid in ids:
        body = dumps[pid]["truth"]["body"]

        def wcxb(page, body=body):  # noqa: ANN001, ANN202
            y = np.array(train_text_region.labels(page, body))
            return y, np.array([len(b.words) + 1.0 for b in page.blocks]), body

        pages += rows(pid, "wcxb-text", dumps[pid]["dumps"], wcxb, dumps[pid].get("url"))
    if trafeval:
        wanted = {r["id"] for r in trafeval_records(split, sample)}
        urls = train_text_region.trafeval_urls()
        for pid, rendered, with_, without in train_text_region.trafeval_pages(split):
            if pid not in wanted:
                continue

            def snippets(page, with_=with_, without=without):  # noqa: ANN001, ANN202
                marks = train_text_region.snippet_labels(page, with_, without)
                y = np.array([m if m is not None else 0.0 for m in marks])
                w = np.array([len(b.words) + 1.0 if m is not None else 0.0 for b, m in zip(page.blocks, marks)])
                return y, w, ""

            pages += rows(pid, "trafeval-text", rendered, snippets, urls.get(pid))
    return pages


def trafeval_records(split: str, sample: int | None = None) -> list[dict]:
    with open(TRAFEVAL / "annotations.jsonl", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    records = [r for r in records if in_split(r["id"], split)]
    if sample:
        records = sorted(random.Random(0).sample(records, min(sample, len(records))), key=lambda r: r["id"])
    return records


def trafeval_text(record: dict) -> str:
    return read_source((TRAFEVAL / record["file"]).read_bytes(), "html").text


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray):  # noqa: ANN201
    from sklearn.ensemble import HistGradientBoostingClassifier

    keep = w > 0
    x = x[keep]
    # A feature missing from every row (text-only features, trained on HTML alone) is
    # given as 0: scikit-learn cannot bin an all-NaN column; no tree splits on it.
    empty = np.isnan(x).all(axis=0)
    if empty.any():
        x = x.copy()
        x[:, empty] = 0.0
    clf = HistGradientBoostingClassifier(**PARAMS)
    clf.fit(x, y[keep], sample_weight=w[keep] / w[keep].mean())
    return clf


def export(clf, names: tuple[str, ...]) -> dict:  # noqa: ANN001
    """The classifier's trees as padded arrays (see newsclean/engine/model.py)."""
    trees = [predictors[0].nodes for predictors in clf._predictors]
    width = max(len(t) for t in trees)
    feature, threshold, left, right, value, missing, depth = [], [], [], [], [], [], 0
    for nodes in trees:
        n = len(nodes)
        f = [0] * width
        th = [0.0] * width
        lf = list(range(width))
        rt = list(range(width))
        v = [0.0] * width
        m = [0] * width
        for k in range(n):
            node = nodes[k]
            depth = max(depth, int(node["depth"]))
            if node["is_leaf"]:
                v[k] = round(float(node["value"]), 6)
            else:
                f[k] = int(node["feature_idx"])
                th[k] = float(node["num_threshold"])
                lf[k], rt[k] = int(node["left"]), int(node["right"])
                m[k] = int(node["missing_go_to_left"])
        feature.append(f)
        threshold.append(th)
        left.append(lf)
        right.append(rt)
        value.append(v)
        missing.append(m)
    return {"features": list(names), "kind": "trees", "depth": depth,
            "base": float(np.ravel(clf._baseline_prediction)[0]),
            "feature": feature, "threshold": threshold, "left": left, "right": right, "value": value,
            "missing_left": missing}


def oof(pages: list[PageRows], make_x, folds: int = 2) -> tuple[list[np.ndarray], list]:  # noqa: ANN001
    """Out-of-fold predictions for each page (and the model fitted on all pages)."""
    xs = [make_x(i, p) for i, p in enumerate(pages)]
    preds: list[np.ndarray | None] = [None] * len(pages)
    for k in range(folds):
        train = [i for i, p in enumerate(pages) if p.fold % folds != k]
        clf = fit(np.vstack([xs[i] for i in train]), np.concatenate([pages[i].y for i in train]),
                  np.concatenate([pages[i].w for i in train]))
        for i, p in enumerate(pages):
            if p.fold % folds == k:
                preds[i] = clf.predict_proba(xs[i])[:, 1]
    full = fit(np.vstack(xs), np.concatenate([p.y for p in pages]), np.concatenate([p.w for p in pages]))
    return preds, full  # type: ignore[return-value]


def best_threshold(pages: list[PageRows], scores: list[np.ndarray], source: str = "wcxb") -> tuple[float, dict[float, float]]:
    """The threshold (of 0.10, 0.15, ..., 0.70) that maximises the mean body F1 of the
    ``source`` pages (a text dump's lines removed before the scorer stay out)."""
    grid = [round(t, 2) for t in np.arange(0.1, 0.75, 0.05)]
    means = {}
    for t in grid:
        f1s = []
        for p, s in zip(pages, scores):
            if p.source != source:
                continue
            keep = s >= t if p.removed is None else (s >= t) & ~p.removed
            body = "\n\n".join(text for text, kept in zip(p.texts, keep) if kept)
            f1s.append(metrics.body_prf(body, p.truth).f1)
        means[t] = float(np.mean(f1s))
    return max(means, key=means.__getitem__), means


SOURCES = ("wcxb", "trafeval", "wcxb-text", "trafeval-text")


def text_provenance() -> dict:
    """What the text dumps trained on were made with and how they were prepared
    (retrain.py's provenance covers the HTML pages)."""
    from benchmarks.retrain import dumps_hash, file_hash, versions
    from benchmarks.tune_text import load_dumps
    from newsclean.cleaners.base import cleaner_name
    from newsclean.cleaners.region import pre_region_cleaners

    tune = {pid: rec for pid, rec in load_dumps().items() if in_split(pid, "tune")}
    return {"dumps_hash": dumps_hash(tune), "renderers": versions(),
            "dumps": "benchmarks/out/dumps (benchmarks/tune_text.py), benchmarks/out/trafeval-dumps (benchmarks/trafeval.py)",
            "chain_before": ["read_text_metadata"] + [cleaner_name(c) for c in pre_region_cleaners()],
            "models_read": {f"text_{f}": file_hash(f"text_{f}") for f in ("title", "date", "author")}}


def train(sample: int | None = None, trafeval: bool = True, text: bool = True) -> dict:
    started = time.time()
    pages = load(sample, trafeval, text=text)
    print(f"{len(pages)} pages, {sum(len(p.y) for p in pages)} blocks, features in {time.time() - started:.0f} s",
          file=sys.stderr)
    s0, stage0 = oof(pages, lambda i, p: p.x)
    s1, stage1 = oof(pages, lambda i, p: np.hstack([p.x, context_features(s0[i], p.facts)]))
    threshold, means = best_threshold(pages, s1)
    text_threshold, text_means = best_threshold(pages, s1, "wcxb-text") if any(
        p.source == "wcxb-text" for p in pages) else (0.5, {0.5: 0.0})
    if DUMP_OOF:
        import pickle

        with open(DUMP_OOF, "wb") as fh:
            pickle.dump([(p.page_id, p.source, p.texts, p.y, p.w, p.truth, a, b, p.x) for p, a, b in zip(pages, s0, s1)], fh)
    print(f"threshold {threshold}: out-of-fold mean body F1 {means[threshold]:.4f} "
          f"(stage 0 alone at 0.5: {best_threshold(pages, s0)[1][0.5]:.4f}); text dumps: threshold "
          f"{text_threshold}, {text_means[text_threshold]:.4f} (the scorer alone, before the rules after it); "
          f"{time.time() - started:.0f} s", file=sys.stderr)
    return {
        "about": "newsclean's block scorer for both inputs (the HTML engine's blocks, the text_region cleaner's "
                 "lines); trained by benchmarks/train_engine.py on the tune split",
        "stages": [export(stage0, UNIT_FEATURES), export(stage1, UNIT_FEATURES + CONTEXT_FEATURES)],
        "thresholds": {"html": threshold, "text": TEXT_THRESHOLD},
        "unsure": [0.0, 0.0],
        "training": {"pages": {s: sum(p.source == s for p in pages) for s in SOURCES},
                     "blocks": int(sum(len(p.y) for p in pages)), "params": PARAMS,
                     "text_weight": TEXT_WEIGHT, "text_trafeval_weight": TEXT_TRAFEVAL_WEIGHT,
                     "oof_mean_body_f1_by_threshold": {str(k): round(v, 4) for k, v in means.items()},
                     "oof_text_threshold": text_threshold,
                     "oof_text_mean_body_f1_by_threshold": {str(k): round(v, 4) for k, v in text_means.items()}},
        "text_provenance": text_provenance() if text else None,
    }


def write(model: dict, out: Path = OUT) -> Path:
    out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    return out


def evaluate(split: str, sample: int | None, systems: tuple[str, ...]) -> dict:
    """The engine beside newsclean (trafilatura engine) and trafilatura on one split of
    both sets, in one process, the same pages for each system, one after the other:
    WCXB body F1 (mean over pages) and title/author/date, trafeval-dev snippet F1
    (micro, as its README says), CPU milliseconds per page (after a 3-page warm-up of
    each system; the machine is shared: read ratios), and the share of pages where the
    engine asks trafilatura. Timings include parsing; trafilatura is timed body only
    (its extract() defaults) and with metadata (bare_extraction, as benchmarks/systems.py)."""
    import newsclean
    import trafilatura

    from newsclean.engine.page import engine_blocks

    def run(name: str, html: str, url: str | None):  # noqa: ANN202
        if name == "trafilatura-body":
            return trafilatura.extract(html, url=url, include_comments=False) or "", None
        if name == "trafilatura":
            doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
            return (doc.text or "", doc) if doc is not None else ("", None)
        engine = "newsclean" if name == "newsclean-engine" else "trafilatura"
        a = newsclean.extract(html, url=url, source_type="html", engine=engine)
        return a.body, a

    ids = [i for i in page_ids(DEFAULT_DATA) if in_split(i, split)]
    if sample:
        ids = sorted(random.Random(0).sample(ids, min(sample, len(ids))))
    pages = [load_page(DEFAULT_DATA, i) for i in ids]
    records = trafeval_records(split, sample)
    texts = [trafeval_text(r) for r in records]
    result: dict = {"split": split, "wcxb_pages": len(pages), "trafeval_pages": len(records)}
    for name in systems:
        for page in pages[:3]:  # warm-up, untimed: imports, the model, stoplists
            run(name, page.html, page.url or None)
        f1s, fields, seconds, each = [], {"title": [], "author": [], "date": []}, 0.0, []
        for page in pages:
            started = time.process_time()
            body, doc = run(name, page.html, page.url or None)
            each.append(time.process_time() - started)
            seconds += each[-1]
            f1s.append(metrics.body_prf(body, page.truth.body).f1)
            if doc is not None:
                authors = getattr(doc, "authors", None) or getattr(doc, "byline", None) or getattr(doc, "author", None)
                verdict = metrics.judge_fields(doc.title, authors, doc.date, page.truth.title, page.truth.author,
                                               page.truth.date)
                for key in fields:
                    fields[key].append(getattr(verdict, key))
        tp = fp = fn = 0
        traf_seconds = 0.0
        for record, html in zip(records, texts):
            started = time.process_time()
            body, _ = run(name, html, None)
            traf_seconds += time.process_time() - started
            toks = " ".join(metrics.tokens(body))
            for snippet in record.get("with") or []:
                found = metrics.contains_snippet(toks, snippet)
                tp, fn = tp + (found is True), fn + (found is False)
            for snippet in record.get("without") or []:
                fp += metrics.contains_snippet(toks, snippet) is True
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        result[name] = {
            "wcxb_body_f1": round(float(np.mean(f1s)), 4) if f1s else None,
            **{f"wcxb_{k}": (round(v, 4) if (v := metrics.share(flags)) is not None else None)
               for k, flags in fields.items() if name != "trafilatura-body"},
            "trafeval_snippet_f1": round(2 * precision * recall / (precision + recall), 4) if tp else 0.0,
            "trafeval_precision": round(precision, 4), "trafeval_recall": round(recall, 4),
            "ms_per_page_wcxb": round(1000 * seconds / max(len(pages), 1), 2),
            "median_ms_wcxb": round(1000 * float(np.median(each)), 2) if each else None,
            "ms_per_page_trafeval": round(1000 * traf_seconds / max(len(records), 1), 2),
        }
        print(name, result[name], file=sys.stderr)
    if "newsclean-engine" in systems:
        unsure = 0
        for html in [p.html for p in pages] + texts:
            tree = tree_of(html)
            unsure += tree is not None and engine_blocks(tree).unsure
        result["engine_asks_trafilatura"] = round(unsure / max(len(pages) + len(texts), 1), 4)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--sample", type=int, default=None, help="train on a sample of N pages of each set")
    parser.add_argument("--no-trafeval", action="store_true", help="WCXB pages only")
    parser.add_argument("--no-text", action="store_true", help="HTML pages only (no text dumps)")
    parser.add_argument("--evaluate", choices=("tune", "held"), help="measure instead of training (see evaluate)")
    parser.add_argument("--systems", default="newsclean-engine,newsclean,trafilatura,trafilatura-body")
    args = parser.parse_args()
    if args.evaluate:
        print(json.dumps(evaluate(args.evaluate, args.sample, tuple(args.systems.split(","))), indent=1))
        return
    model = train(args.sample, not args.no_trafeval, not args.no_text)
    from benchmarks.retrain import engine_provenance

    model["provenance"] = engine_provenance()
    print(f"wrote {write(model, args.out)}", file=sys.stderr)


if __name__ == "__main__":
    main()
