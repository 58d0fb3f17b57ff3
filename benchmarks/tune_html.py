"""Tuning loop for the HTML path: newsclean vs trafilatura on the tune / held-back splits.

    python benchmarks/tune_html.py [--split tune|held|all] [--dump OUT.jsonl] [--only ID,ID] [--meta-only]

Pages with int(id) % 5 == 0 are held back (benchmarks/splits.py): look at their figures only to confirm a
change, never to choose one. trafilatura's outputs are cached in /tmp (they do not
change between runs); newsclean runs fresh each time. Scores use benchmarks/metrics.py,
the same as benchmarks/run.py.

--meta-only reads the metadata alone (no body extraction, no trafilatura), in one
process: the title/author/date figures are the same as a full run's, in seconds.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import metrics  # noqa: E402
from benchmarks.data import DEFAULT_DATA, load_page, page_ids  # noqa: E402
from benchmarks.splits import SPLITS, select  # noqa: E402
from benchmarks.systems import Newsclean, Output, Trafilatura  # noqa: E402

CACHE = Path("/tmp/newsclean_tune_trafilatura.pkl")


def split_ids(split: str) -> list[str]:
    return select(page_ids(DEFAULT_DATA), split)


def _run(args: tuple[str, str]) -> tuple[str, Output, float]:
    page_id, system = args
    page = load_page(DEFAULT_DATA, page_id)
    sys_obj = Newsclean() if system == "newsclean" else Trafilatura()
    t0 = time.perf_counter()
    try:
        out = sys_obj.extract(page.html, page.url, "html")
    except Exception as error:  # a crash scores as an empty output, and is shown
        print(f"{page_id}: {system} raised {error!r}", file=sys.stderr)
        out = Output()
    return page_id, out, time.perf_counter() - t0


def run_system(system: str, ids: list[str]) -> dict[str, tuple[Output, float]]:
    with multiprocessing.Pool(2) as pool:
        return {i: (o, s) for i, o, s in pool.imap_unordered(_run, [(i, system) for i in ids], chunksize=4)}


def score(ids: list[str], outputs: dict[str, tuple[Output, float]]) -> dict[str, float]:
    sums = {"p": 0.0, "r": 0.0, "f": 0.0}
    verdicts: list[metrics.FieldScores] = []
    seconds = 0.0
    for i in ids:
        truth = load_page(DEFAULT_DATA, i).truth
        out, s = outputs[i]
        seconds += s
        prf = metrics.body_prf(out.body, truth.body)
        sums["p"] += prf.precision
        sums["r"] += prf.recall
        sums["f"] += prf.f1
        verdicts.append(metrics.judge_fields(out.title, out.authors, out.date, truth.title, truth.author, truth.date))
    n = len(ids)
    shares = {key: metrics.share([getattr(v, field) for v in verdicts]) or 0.0
              for key, field in (("title", "title"), ("author", "author"), ("wrong_author", "author_wrong"), ("date", "date"))}
    return {"P": sums["p"] / n, "R": sums["r"] / n, "F1": sums["f"] / n, **shares,
            "docs_per_s": n / seconds if seconds else 0.0}


def meta_only(ids: list[str], dump: Path | None) -> None:
    """Title, author and date figures from newsclean's HTML metadata reader alone."""
    from newsclean.read.html import parse_html
    from newsclean.fields.html import read_html_metadata

    outputs: dict[str, tuple[Output, float]] = {}
    for i in ids:
        page = load_page(DEFAULT_DATA, i)
        t0 = time.perf_counter()
        tree = parse_html(page.html)
        meta = read_html_metadata(tree, page.url) if tree is not None else None
        out = Output(title=meta.title, authors=meta.authors, date=meta.date) if meta else Output()
        outputs[i] = (out, time.perf_counter() - t0)
    figures = score(ids, outputs)
    print("newsclean    " + "  ".join(f"{k} {figures[k]:.3f}" for k in ("title", "author", "wrong_author", "date")))
    if dump:
        with dump.open("w") as fh:
            for i in ids:
                truth = load_page(DEFAULT_DATA, i).truth
                o = outputs[i][0]
                fh.write(json.dumps({"id": i, "title": o.title, "gt_title": truth.title, "authors": o.authors,
                                     "gt_author": truth.author, "date": str(o.date) if o.date else None,
                                     "gt_date": truth.date}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=SPLITS, default="tune")
    parser.add_argument("--dump", type=Path, help="one JSON line per page: outputs beside the ground truth")
    parser.add_argument("--only", help="comma-separated page ids")
    parser.add_argument("--meta-only", action="store_true", help="title/author/date only, without body extraction")
    args = parser.parse_args()
    ids = args.only.split(",") if args.only else split_ids(args.split)
    if args.meta_only:
        meta_only(ids, args.dump)
        return
    cache: dict[str, tuple[Output, float]] = pickle.loads(CACHE.read_bytes()) if CACHE.exists() else {}
    missing = [i for i in ids if i not in cache]
    if missing:
        cache.update(run_system("trafilatura", missing))
        CACHE.write_bytes(pickle.dumps(cache))
    ours = run_system("newsclean", ids)
    theirs = {i: cache[i] for i in ids}
    for name, outputs in (("newsclean", ours), ("trafilatura", theirs)):
        figures = score(ids, outputs)
        print(f"{name:12s} " + "  ".join(f"{k} {v:.3f}" for k, v in figures.items()))
    if args.dump:
        with args.dump.open("w") as fh:
            for i in ids:
                truth = load_page(DEFAULT_DATA, i).truth
                o, t = ours[i][0], theirs[i][0]
                fh.write(json.dumps({
                    "id": i, "f1": metrics.body_prf(o.body, truth.body).f1,
                    "tf1": metrics.body_prf(t.body, truth.body).f1,
                    "title": o.title, "ttitle": t.title, "gt_title": truth.title,
                    "authors": o.authors, "tauthors": t.authors, "gt_author": truth.author,
                    "date": str(o.date) if o.date else None, "tdate": str(t.date) if t.date else None,
                    "gt_date": truth.date,
                }) + "\n")


if __name__ == "__main__":
    main()
