"""Train the text-path line scorer (newsclean/cleaners/classify.py) on the tune split.

    python benchmarks/train_text_region.py [--out newsclean/data/text_region.json]
    python benchmarks/train_text_region.py --cv [--cv-zero F1,F2] [--cv-after F1,F2]

``--cv`` writes nothing: it fits the model on half the tune pages of both sets and scores
the other half end to end, both ways (benchmarks/text_region_cv.py), to compare feature
sets without choosing on held.

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

The second development set, trafeval-dev (multilingual, mostly German; its tune split
only, benchmarks/splits.py), has no true body, only snippets: a few that a good
extraction holds ("with") and a few of boilerplate ("without"). They label the lines
they cover (``snippet_labels``): a line a "with" snippet covers is article text, one a
"without" snippet covers is not, and the page's other lines carry no label and no
weight (they are scored, as context for their neighbours, but not fitted). Each
trafeval page weighs as much as a WCXB page (``--trafeval-weight`` scales that), its
weight shared among its labelled lines by their tokens.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import metrics  # noqa: E402
from benchmarks.splits import in_split  # noqa: E402
from benchmarks.tune_text import load_dumps  # noqa: E402
from newsclean.cleaners import classify  # noqa: E402
from newsclean.cleaners.region import pre_region_cleaners  # noqa: E402
from newsclean.model import Page  # noqa: E402
from newsclean.pipeline import build_page, run_chain  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "text_region.json"
# A trafeval-dev page weighs this much against a WCXB page. Chosen on the tune splits
# (inscriptis dumps, threshold 0.4): weight 0 (WCXB only) gives WCXB body F1 0.912 and
# trafeval-dev snippet F1 0.872; 0.3 gives 0.909 and 0.880; 1.0 gives 0.905 and 0.880.
TRAFEVAL_WEIGHT = 0.3


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


def snippet_labels(page, with_snippets: list[str], without_snippets: list[str]) -> list[float | None]:  # noqa: ANN001
    """Per line: 1.0 where a "with" snippet covers it, 0.0 where a "without" snippet
    does, None elsewhere (and where both do). Snippets are found as runs of whole
    tokens in the page's tokens (benchmarks/metrics.tokens), across line breaks."""
    flat: list[str] = []
    owner: list[int] = []  # the line of each token
    for i, b in enumerate(page.blocks):
        toks = metrics.tokens(b.text)
        flat.extend(toks)
        owner.extend([i] * len(toks))
    marks: list[set[float]] = [set() for _ in page.blocks]
    for label, snippets in ((1.0, with_snippets), (0.0, without_snippets)):
        for snippet in snippets:
            snip = metrics.tokens(snippet)
            if not snip:
                continue
            for start in _occurrences(flat, snip):
                for k in range(start, start + len(snip)):
                    marks[owner[k]].add(label)
    return [next(iter(m)) if len(m) == 1 else None for m in marks]


def _occurrences(flat: list[str], snip: list[str]) -> list[int]:
    first, n = snip[0], len(snip)
    return [i for i, t in enumerate(flat) if t == first and flat[i:i + n] == snip]


def trafeval_pages(split: str = "tune") -> list[tuple[str, dict[str, str], list[str], list[str]]]:
    """trafeval-dev's ``split``: (id, dumps by renderer, with snippets, without snippets).
    The dumps are benchmarks/trafeval.py's (rendered once, cached)."""
    from benchmarks import trafeval

    out = []
    for row in trafeval.load_rows():
        if not in_split(row.page_id, split):
            continue
        cached = trafeval.CACHE / f"{row.page_id}.json.gz"
        html = "" if cached.exists() else trafeval.read_page(row)
        out.append((row.page_id, trafeval.dumps_of(row, html, RENDERERS), row.with_snippets, row.without_snippets))
    return out


RENDERERS = ("inscriptis", "html-text", "lxml")


def trafeval_urls() -> dict[str, str]:
    """trafeval-dev's page URLs by id ("" where it has none), as benchmarks/trafeval.py reads them."""
    from benchmarks import trafeval

    return {row.page_id: row.url for row in trafeval.load_rows()}


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


def fit_after(stage: dict, x: np.ndarray, y: np.ndarray, w: np.ndarray, columns: list[int],
              l2: float = 1e-3, iters: int = 25) -> dict:
    """``stage`` (fitted with ``columns`` at 0) with weights for ``columns`` fitted on top,
    every other weight and the bias held. The columns are scaled but not centred, so a
    line where they are 0 (every line of a flat dump) keeps exactly ``stage``'s logit:
    evidence only some renderers give moves only their lines."""
    if not columns:
        return stage
    base = predict_logit(stage, without_columns(x, columns))
    scale = x[:, columns].std(axis=0)
    scale[scale == 0] = 1.0
    z = x[:, columns] / scale
    w = w / w.sum() * len(w)
    beta = np.zeros(len(columns))
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(base + z @ beta, -30, 30)))
        grad = z.T @ (w * (p - y)) + l2 * len(w) * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + l2 * len(w) * np.eye(len(columns))
        beta -= np.linalg.solve(hess, grad)
    out = {k: list(v) if isinstance(v, list) else v for k, v in stage.items()}
    for c, b, sc in zip(columns, beta, scale):
        out["coef"][c], out["mean"][c], out["scale"][c] = round(float(b), 5), 0.0, round(float(sc), 5)
    return out


def predict_logit(stage: dict, rows: np.ndarray) -> np.ndarray:
    return (rows - np.array(stage["mean"])) @ (np.array(stage["coef"]) / np.array(stage["scale"])) + stage["bias"]


def predict(stage: dict, rows: np.ndarray) -> np.ndarray:
    z = (rows - np.array(stage["mean"])) @ (np.array(stage["coef"]) / np.array(stage["scale"])) + stage["bias"]
    return 1 / (1 + np.exp(-z))


def _prepare(dump: str, url: str | None = None) -> Page:
    """The dump as the chain before the region rules leaves it, read with its page's URL
    as the benchmarks extract it (the title reader uses the URL)."""
    page = build_page(dump, "text", url or None)
    run_chain(page, pre_region_cleaners())
    return page


@dataclass
class Prepared:
    """One dump as the region model trains on it: the page before the region rules, its
    first-stage feature rows, its line labels and weights (0: no label)."""

    page_id: str
    renderer: str
    page: Page
    rows: np.ndarray
    y: np.ndarray
    w: np.ndarray


def prepare_wcxb(pages: dict[str, dict]) -> list[Prepared]:
    """The tune split's WCXB dumps, labelled by the true body (``labels``)."""
    prepared = []
    for pid, rec in pages.items():
        if not in_split(pid, "tune"):
            continue
        for renderer, dump in rec["dumps"].items():
            if not dump.strip():
                continue
            page = _prepare(dump, rec.get("url"))
            rows, _ = classify.page_features(page)
            y = labels(page, rec["truth"]["body"])
            ntok = np.array([len(b.words) + 1.0 for b in page.blocks])
            prepared.append(Prepared(pid, renderer, page, np.array(rows), np.array(y), ntok / ntok.sum()))
    return prepared


def prepare_snippets(snippet_pages: list[tuple[str, dict[str, str], list[str], list[str]]],
                     snippet_weight: float) -> list[Prepared]:
    """trafeval-dev's dumps with at least one labelled line (``snippet_labels``), a page
    weighing ``snippet_weight`` against a WCXB page."""
    prepared = []
    urls = trafeval_urls() if snippet_pages else {}
    for pid, dumps, with_snippets, without_snippets in snippet_pages or ():
        for renderer, dump in dumps.items():
            if not dump.strip():
                continue
            page = _prepare(dump, urls.get(pid))
            marks = snippet_labels(page, with_snippets, without_snippets)
            if all(m is None for m in marks):
                continue
            rows, _ = classify.page_features(page)
            ntok = np.array([len(b.words) + 1.0 if m is not None else 0.0 for b, m in zip(page.blocks, marks)])
            y = np.array([m if m is not None else 0.0 for m in marks])
            prepared.append(Prepared(pid, renderer, page, np.array(rows), y, snippet_weight * ntok / ntok.sum()))
    return prepared


def train(pages: dict[str, dict], n_stages: int = 3,
          snippet_pages: list[tuple[str, dict[str, str], list[str], list[str]]] | None | str = "trafeval-dev",
          snippet_weight: float | None = None) -> dict:
    """The region model's weight file, fitted on the tune split of ``pages`` (WCXB) and
    of ``snippet_pages`` (trafeval-dev's tune split unless given; None: WCXB only;
    partial labels, see ``snippet_labels``), a snippet page weighing ``snippet_weight``
    (default TRAFEVAL_WEIGHT) against a WCXB page."""
    if snippet_pages == "trafeval-dev":
        snippet_pages = trafeval_pages()
    snippet_weight = TRAFEVAL_WEIGHT if snippet_weight is None else snippet_weight
    wcxb = prepare_wcxb(pages)
    snippets = prepare_snippets(snippet_pages or [], snippet_weight)
    print(f"{len(wcxb)} WCXB dumps, {len(snippets)} trafeval-dev dumps", file=sys.stderr)
    model = fit_model(wcxb + snippets, n_stages)
    if snippet_pages:
        model["trafeval_provenance"] = snippet_provenance(snippet_pages, snippet_weight)
    return model


def fit_model(prepared: list[Prepared], n_stages: int = 3, zeroed: tuple[str, ...] = (),
              after: tuple[str, ...] = ()) -> dict:
    """The stacked regressions fitted on ``prepared``; the first-stage features named in
    ``zeroed`` are set to 0 everywhere (their weights come out 0: the model without them);
    those named in ``after`` are fitted last in each stage, on top of the others
    (``fit_after``)."""
    zero = [classify.FIRST_FEATURES.index(name) for name in zeroed]
    late = [classify.FIRST_FEATURES.index(name) for name in after]
    rows_of = [without_columns(p.rows, zero) for p in prepared]
    x = np.vstack(rows_of)
    y = np.concatenate([p.y for p in prepared])
    w = np.concatenate([p.w for p in prepared])
    # Lines without a label have no weight: drop them from the fit (they stay in the
    # pages, as context for the later stages).
    fitted = w > 0
    print(f"{len(prepared)} dumps, {int(fitted.sum())} labelled lines, {y[fitted].mean():.2f} positive", file=sys.stderr)
    stages = [fit_stage(x[fitted], y[fitted], w[fitted], late)]
    scores = [predict(stages[0], rows) for rows in rows_of]
    for _ in range(1, n_stages):
        stacked = []
        for p, rows, s in zip(prepared, rows_of, scores):
            ctx = classify.context_features(s.tolist(), p.page.blocks, classify.title_index(p.page))
            stacked.append(np.hstack([rows, s[:, None], np.array(ctx)]))
        stacked_x = np.vstack(stacked)
        stages.append(fit_stage(stacked_x[fitted], y[fitted], w[fitted], late))
        scores = [predict(stages[-1], x2) for x2 in stacked]
    for k, stage in enumerate(stages):
        stage["features"] = list(classify.FIRST_FEATURES if k == 0 else classify.STAGE_FEATURES)
    for name, c in zip(classify.STAGE_FEATURES, stages[-1]["coef"]):
        print(f"  {name:22s} {c:+.3f}", file=sys.stderr)
    return {
        "about": "newsclean text-path line scorer; trained by benchmarks/train_text_region.py on the tune splits "
                 "of WCXB (body labels) and trafeval-dev (snippet labels)",
        "stages": [{"features": s.pop("features"), **s} for s in stages],
    }


def fit_stage(x: np.ndarray, y: np.ndarray, w: np.ndarray, late: list[int]) -> dict:
    """One stage: ``fit`` with the ``late`` columns at 0, then ``fit_after`` for them."""
    return fit_after(fit(without_columns(x, late), y, w), x, y, w, late)


def without_columns(rows: np.ndarray, columns: list[int]) -> np.ndarray:
    """``rows`` with ``columns`` set to 0 (a copy; ``rows`` itself when there are none)."""
    if not columns:
        return rows
    out = rows.copy()
    out[:, columns] = 0.0
    return out


def snippet_provenance(snippet_pages: list, weight: float) -> dict:
    """What of trafeval-dev was trained on (retrain.py's provenance covers WCXB)."""
    import hashlib

    from benchmarks import trafeval

    data, dumps = hashlib.sha256(), hashlib.sha256()
    for pid, rendered, _, _ in sorted(snippet_pages, key=lambda p: p[0]):
        data.update((trafeval.TRAFEVAL / "html" / f"{pid}.html.gz").read_bytes())
        for renderer, dump in sorted(rendered.items()):
            dumps.update(f"{pid}/{renderer}\0{dump}\0".encode())
    data.update((trafeval.TRAFEVAL / "annotations.jsonl").read_bytes())
    return {"data": f"trafeval-dev: {len(snippet_pages)} pages of the tune split (int(id) % 5 != 0), "
                    "with/without snippets as partial line labels",
            "data_hash": data.hexdigest(), "dumps_hash": dumps.hexdigest(),
            "dumps": "benchmarks/out/trafeval-dumps (benchmarks/trafeval.py)", "page_weight": weight}


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
    ap.add_argument("--trafeval-weight", type=float, default=TRAFEVAL_WEIGHT,
                    help="weight of a trafeval-dev page against a WCXB page (0: WCXB only)")
    ap.add_argument("--cv", action="store_true",
                    help="write nothing: print two-fold out-of-fold figures on the tune split (benchmarks/text_region_cv.py)")
    ap.add_argument("--cv-zero", default="",
                    help="with --cv: also score the model with these first-stage features (comma-separated) set to 0")
    ap.add_argument("--cv-after", default="",
                    help="with --cv: also score the model with these first-stage features fitted last (fit_after)")
    ap.add_argument("--cv-skip-all", action="store_true", help="with --cv: do not score the model as trained")
    args = ap.parse_args()
    if args.cv:
        cross_validate(args.stages, args.trafeval_weight, tuple(n for n in args.cv_zero.split(",") if n),
                       tuple(n for n in args.cv_after.split(",") if n), not args.cv_skip_all)
        return
    snippets = "trafeval-dev" if args.trafeval_weight > 0 else None
    write(train(load_dumps(), args.stages, snippets, args.trafeval_weight), args.out)


def cross_validate(n_stages: int, snippet_weight: float, zeroed: tuple[str, ...], after: tuple[str, ...] = (),
                   as_trained: bool = True) -> None:
    """Out-of-fold figures of the model as trained, without the ``zeroed`` features, and
    with the ``after`` features fitted last."""
    from benchmarks import text_region_cv

    unknown = [n for n in zeroed + after if n not in classify.FIRST_FEATURES]
    if unknown:
        raise SystemExit(f"--cv-zero: not first-stage features: {unknown}")
    pages = load_dumps()
    snippet_pages = trafeval_pages() if snippet_weight > 0 else []
    wcxb = prepare_wcxb(pages)
    snippets = prepare_snippets(snippet_pages, snippet_weight)
    truth = {pid: rec["truth"]["body"] for pid, rec in pages.items()}
    sets = {pid: (with_s, without_s) for pid, _, with_s, without_s in snippet_pages}
    variants = ([("all features", (), ())] if as_trained else []) + \
        ([(f"without {', '.join(zeroed)}", zeroed, ())] if zeroed else []) + \
        ([(f"{', '.join(after)} fitted last", (), after)] if after else [])
    for name, zero, late in variants:
        text_region_cv.print_table(name, text_region_cv.out_of_fold(wcxb, snippets, truth, sets, zero, n_stages, late))


if __name__ == "__main__":
    main()
