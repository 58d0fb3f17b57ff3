"""Train the text-path metadata scorers (newsclean/fields/text_title_features.py, text_field_scorers.py)
on the tune split.

    python benchmarks/train_text_metadata.py [title,date,author]
    python benchmarks/train_text_metadata.py --cv [0.4,0.5,0.6]    # the author scorer, fitted and scored on two halves of tune (at each margin)
    python benchmarks/train_text_metadata.py --cv-title    # the headline scorer, likewise, with and without URLs

Normally run by ``benchmarks/retrain.py``, which rebuilds every model in order and
records provenance (docs/training.md). The fields train in the order given, title
first: the date's features place lines against the chosen headline, the byline's
against the headline and the chosen date line.

Needs numpy (training only). Every candidate line of every cached dump (all renderers)
of the tune split (benchmarks/splits.py) is one example; a dump is one choice among its
candidates (listwise softmax), labelled by the benchmark's own comparisons: the
candidate equals the true title after normalisation, gives the true day, names the
true authors (or, on an author-less page, the "nobody" candidate). Dumps where no
candidate is right teach nothing and are skipped.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import metrics  # noqa: E402
from benchmarks.splits import in_split  # noqa: E402
from benchmarks.tune_text import load_dumps  # noqa: E402
from newsclean.fields import text_bylines, text_dates, text_field_scorers, text_title  # noqa: E402
from newsclean.read.text import text_to_blocks  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "newsclean" / "data"


def fit_listwise(x: np.ndarray, y: np.ndarray, starts: np.ndarray, l2: float = 1e-3, steps: int = 1500,
                 offset: np.ndarray | None = None) -> dict:
    """A linear scorer trained so that, within each dump, the softmax over its candidates
    puts its mass on the true headline (the task is to pick one line, not to label lines).
    ``offset``, one score per candidate, is added to the fitted one (a scorer fitted
    before, on other features, that this one adds to)."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    beta = np.zeros(z.shape[1])
    ids = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(z)]))
    m = v = np.zeros_like(beta)
    for t in range(1, steps + 1):  # Adam
        s = z @ beta if offset is None else z @ beta + offset
        s = s - np.maximum.reduceat(s, starts)[ids]
        e = np.exp(s)
        p = e / np.add.reduceat(e, starts)[ids]
        target = y / np.add.reduceat(y, starts)[ids]
        grad = z.T @ (p - target) / len(starts) + l2 * beta
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        beta -= 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return {"coef": beta.round(5).tolist(), "bias": 0.0, "mean": mean.round(5).tolist(), "scale": scale.round(5).tolist()}


Examples = tuple[list, list, list]


def fit_in_two_stages(without: Examples, with_: Examples, later: list[int], l2: float = 1e-3) -> dict:
    """The features but ``later`` (column indexes) fitted first, alone, on the examples
    ``without`` them; then ``later`` fitted on top of the first stage's fixed score, on
    the examples ``with_`` them; both with the weight penalty ``l2``. The headline's URL
    features are 0.0 on every line of a page without a URL (the URL adds no candidate
    line, only these features; their standardised 0.0 adds the same constant to every
    line's score), so such a page is ranked by exactly the weights the first stage gives,
    the ones it would have if the URL did not exist."""
    x, y, starts = (np.array(part) for part in without)
    first = [k for k in range(x.shape[1]) if k not in later]
    base = fit_listwise(x[:, first], y, starts, l2=l2)
    x, y, starts = (np.array(part) for part in with_)
    offset = ((x[:, first] - base["mean"]) / base["scale"]) @ np.array(base["coef"])
    extra = fit_listwise(x[:, later], y, starts, l2=l2, offset=offset)
    model: dict = {"coef": [0.0] * x.shape[1], "bias": 0.0, "mean": [0.0] * x.shape[1], "scale": [1.0] * x.shape[1]}
    for part, columns in ((base, first), (extra, later)):
        for key in ("coef", "mean", "scale"):
            for k, value in zip(columns, part[key]):
                model[key][k] = value
    return model


FEATURES = {"title": text_title.FEATURES, "date": text_field_scorers.DATE_FEATURES, "author": text_field_scorers.AUTHOR_FEATURES}
# The weight penalty of each field's fit. The author scorer chooses among few pages'
# worth of author-less examples (about 140 per renderer on tune), and a light penalty
# fits them by heart: on two folds of the tune split (fit on one, score the other;
# ``--cv``), with text_field_scorers.AUTHOR_MARGIN 0.5, l2 0.001 gave author
# 0.611/0.611/0.617 with wrong 6.0/7.9/10.4% (inscriptis/html-text/lxml), and l2 0.1
# with the margin 0.3 gives 0.623/0.627/0.631 with wrong 3.2/5.1/6.4%.
# The headline scorer's penalty, likewise on two folds of tune (``--cv-title``; title with
# the URL and without, inscriptis / html-text / lxml): l2 0.001 (the default, which the fit
# used whatever this table said) 79.8 / 81.2 / 78.3 and 72.4 / 79.6 / 69.3; 0.005
# 79.6 / 81.2 / 78.5 and 73.2 / 79.8 / 69.8; 0.01 79.6 / 81.2 / 78.6 and 73.6 / 80.0 / 70.1;
# 0.02 79.8 / 81.1 / 78.5 and 73.9 / 80.0 / 69.5. Likely why: the ``flat_`` weights read
# only the dumps without blank lines (lxml's, mostly), fewer examples, and the no-URL
# stage has no URL to lean on; a lighter penalty fits their pages by heart.
L2 = {"title": 1e-2, "date": 1e-3, "author": 0.1}


def examples(field: str, pages: dict[str, dict], urls: bool = True) -> Examples:
    """(features, labels, start of each dump's candidates) of the tune split; ``urls``:
    the title's candidates read with the page's URL."""
    xs, ys, groups = [], [], []
    for pid, rec in pages.items():
        if not in_split(pid, "tune"):
            continue
        truth = rec["truth"]
        for dump in rec["dumps"].values():
            blocks = text_to_blocks(dump)
            if field == "title":
                want = metrics.normalise_title(truth["title"])
                if not want:
                    break
                cands = [(feats, metrics.normalise_title(text) == want)
                         for _, text, feats in text_title.candidates(blocks, url=rec.get("url") if urls else None)]
            else:
                # The headline as extract() chooses it: with the page's URL (fields/text.py).
                found = text_title.best_title(blocks, url=rec.get("url") if urls else None)
                title = found[0].index if found else None
                anchor = text_title.anchor(blocks)
                if field == "date":
                    if not metrics.day(truth["date"]):
                        break
                    cands = [(feats, metrics.date_match(value, truth["date"]))
                             for _, value, feats in text_dates.date_candidates(blocks, title, anchor, text_dates.date_pool(blocks, title, anchor))]
                else:
                    best = text_dates.best_date(blocks, title, anchor)
                    has = bool(metrics.author_names(truth["author"]))
                    cands = [(feats, (metrics.author_match(names, truth["author"]) if has else block is None))
                             for block, _, names, feats in text_bylines.author_candidates(blocks, title, anchor, best[0].index if best else None)]
            if not any(ok for _, ok in cands):
                continue
            groups.append(len(xs))
            xs.extend(f for f, _ in cands)
            ys.extend(1.0 if ok else 0.0 for _, ok in cands)
    return xs, ys, groups


def train(field: str, pages: dict[str, dict]) -> dict:
    """The weight file of one field's scorer, fitted on the tune split of ``pages``
    (with the models currently loaded for the fields it depends on)."""
    xs, ys, groups = examples(field, pages)
    if field == "title":
        later = [FEATURES[field].index(name) for name in text_title.URL_FEATURES]
        model = fit_in_two_stages(examples(field, pages, urls=False), (xs, ys, groups), later, l2=L2[field])
    else:
        model = fit_listwise(np.array(xs), np.array(ys), np.array(groups), l2=L2[field])
    model["features"] = list(FEATURES[field])
    model["l2"] = L2[field]  # the weight penalty it was fitted with (tests/test_author_fit.py)
    print(f"{field}: {len(groups)} dumps, {len(xs)} candidates", file=sys.stderr)
    for name, c in zip(FEATURES[field], model["coef"]):
        print(f"  {name:22s} {c:+.3f}", file=sys.stderr)
    return model


def write(field: str, model: dict) -> Path:
    path = DATA / f"text_{field}.json"
    path.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    # The next field's training reads this one's choices: load the new weights.
    text_title.model.cache_clear()
    text_field_scorers.model.cache_clear()
    return path


def cross_validate(pages: dict[str, dict], margins: list[float] | None = None) -> dict[float, dict[str, tuple[float, float]]]:
    """The author scorer fitted on one half of the tune split and scored on the other
    (halves by the page id's last digit, < 5 and >= 5), both ways: for each margin, per
    renderer, the share of pages with authors whose authors are read right, and the
    share of author-less pages given an author, averaged over the two folds. The margins
    are ``margins``, by default [text_field_scorers.AUTHOR_MARGIN]; the candidates (read
    once) are those of the models currently loaded."""
    margins = [text_field_scorers.AUTHOR_MARGIN] if margins is None else margins
    folds: list[dict[str, list]] = [{}, {}]
    for pid, rec in pages.items():
        if not in_split(pid, "tune"):
            continue
        truth = rec["truth"]["author"]
        has = bool(metrics.author_names(truth))
        for renderer, dump in rec["dumps"].items():
            blocks = text_to_blocks(dump)
            found = text_title.best_title(blocks, url=rec.get("url"))
            title = found[0].index if found else None
            anchor = text_title.anchor(blocks)
            best = text_dates.best_date(blocks, title, anchor)
            cands = [(feats, metrics.author_match(names, truth) if has else block is None)
                     for block, _, names, feats in text_bylines.author_candidates(blocks, title, anchor, best[0].index if best else None)]
            folds[int(pid) % 10 >= 5].setdefault(renderer, []).append((has, cands))
    scores: dict[float, dict[str, list[float]]] = {m: {} for m in margins}
    for k in (0, 1):
        train_set = [c for dumps in folds[k].values() for _, c in dumps if any(ok for _, ok in c)]
        xs = [f for c in train_set for f, _ in c]
        ys = [1.0 if ok else 0.0 for c in train_set for _, ok in c]
        starts = np.cumsum([0] + [len(c) for c in train_set[:-1]])
        fitted = fit_listwise(np.array(xs), np.array(ys), starts, l2=L2["author"])
        coef, mean, scale = (np.array(fitted[key]) for key in ("coef", "mean", "scale"))
        for margin in margins:
            for renderer, dumps in folds[1 - k].items():
                right = wrong = with_authors = without = 0
                for has, cands in dumps:
                    s = ((np.array([f for f, _ in cands]) - mean) / scale) @ coef
                    s[0] += margin  # the "nobody" candidate comes first
                    chosen = int(np.argmax(s))
                    if has:
                        with_authors += 1
                        right += chosen != 0 and cands[chosen][1]
                    else:
                        without += 1
                        wrong += chosen != 0
                acc = scores[margin].setdefault(renderer, [0.0, 0.0])
                acc[0] += right / max(1, with_authors) / 2
                acc[1] += wrong / max(1, without) / 2
    return {m: {r: (a, w) for r, (a, w) in by_renderer.items()} for m, by_renderer in scores.items()}


def cross_validate_title(pages: dict[str, dict]) -> dict[str, dict[str, float]]:
    """The headline scorer fitted (in its two stages) on one half of the tune split and
    scored on the other, both ways (halves as ``cross_validate``'s): per renderer, the
    share of pages with a title whose chosen candidate is the title, with and without
    the page's URL, averaged over the two folds. A page none of whose candidates is the
    title counts as missed, as in the benchmark."""
    later = [FEATURES["title"].index(name) for name in text_title.URL_FEATURES]
    rows: list[tuple[int, str, list, list]] = []  # (fold, renderer, candidates with URL, without)
    for pid, rec in pages.items():
        if not in_split(pid, "tune"):
            continue
        want = metrics.normalise_title(rec["truth"]["title"])
        if not want:
            continue
        for renderer, dump in rec["dumps"].items():
            blocks = text_to_blocks(dump)
            with_url, without = (
                [(feats, metrics.normalise_title(text) == want) for _, text, feats in text_title.candidates(blocks, url=url)]
                for url in (rec.get("url"), None))
            rows.append((int(pid) % 10 >= 5, renderer, with_url, without))

    def as_examples(sets: list[list]) -> Examples:
        xs, ys, groups = [], [], []
        for cands in sets:
            if any(ok for _, ok in cands):
                groups.append(len(xs))
                xs.extend(f for f, _ in cands)
                ys.extend(1.0 if ok else 0.0 for _, ok in cands)
        return xs, ys, groups

    scores: dict[str, dict[str, float]] = {}
    for k in (0, 1):
        train_rows = [r for r in rows if r[0] == k]
        fitted = fit_in_two_stages(as_examples([r[3] for r in train_rows]), as_examples([r[2] for r in train_rows]), later,
                                   l2=L2["title"])
        coef, mean, scale = (np.array(fitted[key]) for key in ("coef", "mean", "scale"))
        tested = [r for r in rows if r[0] != k]
        for renderer in sorted({r[1] for r in tested}):
            mine = [r for r in tested if r[1] == renderer]
            for label, column in (("url", 2), ("no-url", 3)):
                right = 0
                for r in mine:
                    cands = r[column]
                    if cands:
                        s = ((np.array([f for f, _ in cands]) - mean) / scale) @ coef
                        right += cands[int(np.argmax(s))][1]
                acc = scores.setdefault(renderer, {})
                acc[label] = acc.get(label, 0.0) + right / len(mine) / 2
    return scores


def main() -> None:
    if sys.argv[1:2] == ["--cv-title"]:
        for renderer, acc in cross_validate_title(load_dumps()).items():
            print(f"{renderer:10s} title {acc['url']:.3f}  without the URL {acc['no-url']:.3f}  (two folds of tune)")
        return
    if sys.argv[1:2] == ["--cv"]:
        # "--cv 0.4,0.5,0.6": the folds scored at each margin.
        margins = [float(m) for m in sys.argv[2].split(",")] if len(sys.argv) > 2 else None
        for margin, by_renderer in cross_validate(load_dumps(), margins).items():
            for renderer, (right, wrong) in by_renderer.items():
                print(f"{renderer:10s} author {right:.3f}  wrong {wrong:.3f}  (two folds of tune, l2 {L2['author']}, "
                      f"margin {margin})")
        return
    fields = sys.argv[1].split(",") if len(sys.argv) > 1 else ["title", "date", "author"]
    pages = load_dumps()
    for field in fields:
        write(field, train(field, pages))


if __name__ == "__main__":
    main()
