"""Tune the text path: newsclean on cached text dumps, scored per renderer and per split.

    python benchmarks/tune_text.py [--split tune|held|all] [--renderers inscriptis,html-text,lxml]
                                   [--worst N] [--page ID] [--profile] [--speed] [--stages] [--floor] [--no-url]
    python benchmarks/tune_text.py --splits-of benchmarks/out/text_perdoc.jsonl

The second form reads the harness' --per-doc output (benchmarks/run.py) and prints every
system's figures on the tune and the held-back split separately.

Dumps are rendered once with the harness' renderers (benchmarks/render.py) and cached in
benchmarks/out/dumps/ (git-ignored), so a tuning run only costs newsclean itself.
Scoring is the harness' own (benchmarks/metrics.py). Each dump is extracted with its
page's URL, as the harness does (benchmarks/run.py); --no-url extracts without it.

The split: pages with int(id) % 5 == 0 are held back (benchmarks/splits.py). Tune on
"tune"; look at "held" only to confirm a change, never to choose one.
"""
from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import metrics  # noqa: E402
from benchmarks.data import DEFAULT_DATA, load_page, page_ids  # noqa: E402
from benchmarks.render import RENDERER_NAMES, available_renderers  # noqa: E402
from benchmarks.splits import SPLITS, in_split, split_of  # noqa: E402

CACHE = Path(__file__).resolve().parent / "out" / "dumps"


def _render_one(args: tuple[str, str]) -> tuple[str, dict]:
    data, page_id = args
    page = load_page(Path(data), page_id)
    renderers, _ = available_renderers(RENDERER_NAMES)
    dumps = {}
    for name, render in renderers.items():
        try:
            dumps[name] = render(page.html)
        except Exception:  # noqa: BLE001 - as the harness does: a failing renderer gives ""
            dumps[name] = ""
    truth = page.truth
    return page_id, {"truth": {"title": truth.title, "author": truth.author, "date": truth.date, "body": truth.body},
                     "url": page.url, "dumps": dumps}


def load_dumps(data: Path = DEFAULT_DATA, processes: int = 2) -> dict[str, dict]:
    """All pages' truth and dumps, rendering the missing ones into the cache."""
    CACHE.mkdir(parents=True, exist_ok=True)
    ids = page_ids(data)
    missing = [i for i in ids if not (CACHE / f"{i}.json.gz").exists()]
    if missing:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(processes) as pool:
            for n, (pid, rec) in enumerate(pool.imap_unordered(_render_one, [(str(data), i) for i in missing]), 1):
                with gzip.open(CACHE / f"{pid}.json.gz", "wt", encoding="utf-8") as fh:
                    json.dump(rec, fh)
                if n % 100 == 0:
                    print(f"  rendered {n}/{len(missing)}", file=sys.stderr)
    out = {}
    for i in ids:
        with gzip.open(CACHE / f"{i}.json.gz", "rt", encoding="utf-8") as fh:
            out[i] = json.load(fh)
    return out


def score(article, truth: dict) -> dict:  # noqa: ANN001
    prf = metrics.body_prf(article.body, truth["body"])
    fields = metrics.judge_fields(article.title, article.authors or article.byline, article.date,
                                  truth["title"], truth["author"], truth["date"])
    return {"p": prf.precision, "r": prf.recall, "f1": prf.f1,
            "title": fields.title, "author": fields.author, "wrong": fields.author_wrong, "date": fields.date}


def _mean(values: list) -> float:
    judged = [float(v) for v in values if v is not None]
    return sum(judged) / len(judged) if judged else float("nan")


def summary(rows: list[dict]) -> dict:
    return {k: _mean([r[k] for r in rows]) for k in ("p", "r", "f1", "title", "author", "wrong", "date")}


def _sized(pages: dict[str, dict], renderers: list[str], split: str) -> list[tuple[str, str]]:
    """(dump, URL) of the split's dumps of 9-13 KB, renderer by renderer."""
    return [(rec["dumps"][r], rec.get("url")) for r in renderers for pid, rec in pages.items()
            if in_split(pid, split) and 9_000 <= len(rec["dumps"][r].encode()) <= 13_000]


def print_speed(pages: dict[str, dict], renderers: list[str], urls: bool = True, split: str = "all",
                rounds: int = 3) -> None:
    """Documents per second on the split's dumps of 9-13 KB (one process, CPU time, after
    a warm-up; each with its page's URL unless ``urls`` is False): the median of a dump's
    best time over ``rounds`` rounds, and documents per second from the best round. Then
    the time of one ~11 KB dump repeated 10 and 100 times over that of the dump alone."""
    import statistics

    import newsclean

    for r in renderers:
        docs = [(d, url if urls else None) for d, url in _sized(pages, [r], split)]
        if not docs:
            continue
        for d, url in docs[:20]:
            newsclean.extract(d, source_type="text", url=url)
        best, each = float("inf"), [float("inf")] * len(docs)
        for _ in range(rounds):
            start = time.process_time()
            for k, (d, url) in enumerate(docs):
                t = time.process_time()
                newsclean.extract(d, source_type="text", url=url)
                each[k] = min(each[k], time.process_time() - t)
            best = min(best, time.process_time() - start)
        size = sum(len(d.encode()) for d, _ in docs) / len(docs) / 1000
        one = min((d for d, _ in docs), key=lambda d: abs(len(d.encode()) - 11_000))
        times = []
        for factor in (1, 10, 100):
            text = "\n\n".join([one] * factor)
            reps = max(1, 100 // factor)
            start = time.process_time()
            for _ in range(reps):
                newsclean.extract(text, source_type="text")
            times.append((time.process_time() - start) / reps)
        print(f"{r:10s} {split}: {len(docs)} dumps of {size:.1f} KB avg: {len(docs) / best:.0f} docs/s (CPU time), "
              f"median {1000 * statistics.median(each):.2f} ms; growth x10: {times[1] / times[0]:.1f}, "
              f"x100: {times[2] / times[0]:.1f}")


def print_floor(pages: dict[str, dict], renderers: list[str], split: str = "all") -> None:
    """A lower bound of the text path's time in pure Python, step by step (CPU ms per
    dump of 9-13 KB, best of 5 rounds): splitting the lines; the Blocks with their facts
    (read.text.text_to_blocks); one match per line of ONE alternation of the line
    cleaners' regexes (what a single sweep of combined patterns would cost at least);
    and the line scorer (classify.score_blocks: features and stages). The metadata
    readers, the other cleaners and the Article are left out, so the true floor is higher."""
    import re

    from newsclean.cleaners import DEFAULT_CLEANERS, classify
    from newsclean.fields import Metadata
    from newsclean.model import Page
    from newsclean.read.text import text_to_blocks

    regexes = []
    for item in DEFAULT_CLEANERS:
        pattern = getattr(getattr(item, "func", None), "pattern", None)
        for p in (pattern, getattr(pattern, "first", None), getattr(pattern, "second", None)):
            if isinstance(p, re.Pattern) and p.pattern:
                regexes.append(f"(?i:{p.pattern})" if p.flags & re.I else f"(?:{p.pattern})")
    combined = re.compile("|".join(regexes))
    docs = [d for d, _ in _sized(pages, renderers, split)]

    def lines(d: str) -> None:
        d.split("\n")

    def blocks(d: str) -> None:
        text_to_blocks(d)

    def sweep(d: str) -> None:
        match = combined.match
        for b in text_to_blocks(d):
            match(b.text)

    def scorer(d: str) -> None:
        found = text_to_blocks(d)
        match = combined.match
        for b in found:
            match(b.text)
        classify.score_blocks(Page(found, "text", Metadata()))

    print(f"{len(docs)} dumps of 9-13 KB ({', '.join(renderers)}, {split}); one alternation of {len(regexes)} line regexes")
    for name, step in (("split lines", lines), ("+ blocks and line facts", blocks),
                       ("+ one combined regex per line", sweep), ("+ line scorer", scorer)):
        best = float("inf")
        for _ in range(5):
            start = time.process_time()
            for d in docs:
                step(d)
            best = min(best, time.process_time() - start)
        print(f"  {name:32s} {1000 * best / len(docs):6.3f} ms  {len(docs) / best:7.0f} docs/s")


def print_stages(pages: dict[str, dict], renderers: list[str], split: str = "all") -> None:
    """Where the time of one dump goes: CPU ms per dump of 9-13 KB for reading the source,
    building the page (blocks and metadata), each cleaner and building the Article (best
    of two rounds). The steps are newsclean.pipeline's own, as ``extract`` runs them."""
    from newsclean import pipeline
    from newsclean.cleaners import DEFAULT_CLEANERS
    from newsclean.cleaners.base import cleaner_name
    from newsclean.read.source import looks_like_binary, read_source

    docs = [d for d, _ in _sized(pages, renderers, split)]
    clock = time.process_time
    best: dict[str, float] = {}
    for _ in range(2):
        spent: dict[str, float] = {}
        for d in docs:
            t0 = clock()
            src = read_source(d, "text")
            looks_like_binary(src.text)
            t1 = clock()
            page = pipeline.build_page(src.text, src.source_type)
            t2 = clock()
            for key, value in (("read source", t1 - t0), ("blocks and metadata", t2 - t1)):
                spent[key] = spent.get(key, 0.0) + value
            for item in DEFAULT_CLEANERS:
                t = clock()
                pipeline.run_chain(page, (item,))
                spent[cleaner_name(item)] = spent.get(cleaner_name(item), 0.0) + clock() - t
            t = clock()
            pipeline.to_article(page)
            spent["article"] = spent.get("article", 0.0) + clock() - t
        best = spent if not best else {k: min(v, best[k]) for k, v in spent.items()}
    total = sum(best.values())
    print(f"{len(docs)} dumps of 9-13 KB ({', '.join(renderers)}, {split}): {1000 * total / len(docs):.2f} ms each, "
          f"{len(docs) / total:.0f} docs/s (CPU time). A cached feature (word_count, normalized, ...) is "
          "charged to the first stage that reads it.")
    for key, value in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"  {key:24s} {1000 * value / len(docs):6.3f} ms  {100 * value / total:5.1f}%")


def print_splits(path: Path) -> None:
    """The harness' per-page records, macro-averaged per split, input and system."""
    groups: dict[tuple[str, str, str], list[dict]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            split = split_of(rec["page_id"])
            groups.setdefault((split, rec["input"], rec["system"]), []).append(rec)
    print("| split | input | system | pages | P | R | F1 | title | author | wrong author | date |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (split, inp, system), recs in sorted(groups.items()):
        cells = [_mean([r[k] for r in recs]) for k in ("precision", "recall", "f1", "title", "author", "author_wrong", "date")]
        shown = " | ".join("–" if c != c else f"{100 * c:.1f}" for c in cells)
        print(f"| {split} | {inp} | {system} | {len(recs)} | {shown} |")


def main(argv: list[str] | None = None) -> None:
    import newsclean

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=SPLITS, default="tune")
    ap.add_argument("--renderers", default=",".join(RENDERER_NAMES))
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1")
    ap.add_argument("--field", default="f1", choices=("f1", "body", "title", "author", "wrong", "date"),
                    help="with --worst: list failures of this field (f1 or body: the lowest body F1)")
    ap.add_argument("--page", help="show one page: removals and scores")
    ap.add_argument("--baseline", action="store_true", help="score the dump itself (no cleaning)")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--speed", action="store_true", help="docs/s and median ms on the split's dumps of 9-13 KB, and growth with size")
    ap.add_argument("--floor", action="store_true", help="a lower bound in pure Python: lines, facts, one regex sweep, the line scorer")
    ap.add_argument("--stages", action="store_true", help="CPU ms per 9-13 KB dump for each stage and cleaner")
    ap.add_argument("--splits-of", type=Path, help="per-doc JSONL of benchmarks/run.py: figures per split")
    ap.add_argument("--no-url", action="store_true", help="extract without the page's URL (the text alone)")
    args = ap.parse_args(argv)
    if args.splits_of:
        print_splits(args.splits_of)
        return

    pages = load_dumps()
    renderers = [r for r in args.renderers.split(",") if r]
    if args.speed:
        print_speed(pages, renderers, urls=not args.no_url, split=args.split)
        return
    if args.stages:
        print_stages(pages, renderers, split=args.split)
        return
    if args.floor:
        print_floor(pages, renderers, split=args.split)
        return
    if args.page:
        rec = pages[args.page]
        for r in renderers:
            a = newsclean.extract(rec["dumps"][r], source_type="text", url=None if args.no_url else rec.get("url"))
            print(f"== {r}: {score(a, rec['truth'])}")
            print(f"title={a.title!r} authors={a.authors} date={a.date} | truth={ {k: v for k, v in rec['truth'].items() if k != 'body'} }")
            for rem in a.removed:
                print(f"  - [{rem.cleaner}] {rem.reason}: {rem.text[:100]}")
            print("BODY:", a.body[:3000])
        return
    if args.profile:
        import cProfile
        import pstats

        docs = [rec["dumps"][r] for pid, rec in pages.items() if in_split(pid, args.split) for r in renderers]
        prof = cProfile.Profile()
        prof.enable()
        for d in docs:
            newsclean.extract(d, source_type="text")
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
        return
    for r in renderers:
        rows, seconds, chars = [], 0.0, 0
        for pid, rec in pages.items():
            if not in_split(pid, args.split):
                continue
            dump = rec["dumps"][r]
            start = time.perf_counter()
            if args.baseline:
                article = newsclean.Article(body=dump)
            else:
                article = newsclean.extract(dump, source_type="text", url=None if args.no_url else rec.get("url"))
            seconds += time.perf_counter() - start
            chars += len(dump)
            row = score(article, rec["truth"])
            row["id"] = pid
            rows.append(row)
        s = summary(rows)
        print(f"{r:10s} {args.split}: n={len(rows)} P={s['p']:.3f} R={s['r']:.3f} F1={s['f1']:.3f} "
              f"title={s['title']:.3f} author={s['author']:.3f} wrong={s['wrong']:.3f} date={s['date']:.3f} "
              f"| {len(rows) / seconds:.0f} docs/s, {chars / len(rows) / 1000:.1f} KB avg")
        if args.worst:
            if args.field in ("f1", "body"):
                bad = sorted(rows, key=lambda x: x["f1"])[: args.worst]
                print("   ", " ".join(f"{x['id']}:{x['p']:.2f}/{x['r']:.2f}" for x in bad))
            else:
                want_bad = args.field == "wrong"
                bad = [x["id"] for x in rows if x[args.field] is not None and bool(x[args.field]) == want_bad]
                print("   ", " ".join(bad[: args.worst]))


if __name__ == "__main__":
    main()
