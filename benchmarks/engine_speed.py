"""Where a page's time goes with newsclean's own engine, beside trafilatura on the same
pages in the same run (issue 14's speed targets).

    python benchmarks/engine_speed.py [--split tune|held|all] [--sample N] [--repeat R] [--set wcxb|trafeval]

For each page, one after the other, CPU time (``time.process_time``) of:

- the stages of ``extract(..., engine="newsclean")``, each on its own: ``parse``
  (read/html_parse), ``bounds`` (read/html_bounds), ``metadata`` (fields/html:
  read_html_fields), ``segment`` (engine/segment), ``features`` (engine/features:
  block_features), ``trees`` (both stages of boosted trees with the context features
  between them), ``engine`` (engine/page: engine_blocks, the three before plus marking
  the removals), ``chain`` (the cleaners and to_article on the page html_to_page gives);
- the whole ``extract(html, url=..., source_type="html", engine="newsclean")``;
- trafilatura's ``extract(html, url=...)`` (its defaults: body only) and
  ``extract(html, url=..., with_metadata=True)``.

"newsclean body" is the whole extract again with its HTML metadata reader replaced by
what that reader gave on the page (worked out beforehand, untimed): the engine path
without the metadata, the job trafilatura's body-only extract does. It is timed in a
second pass over the pages after the engine's class-name caches are emptied, so each
page's names are as new to it as to the first pass's whole extract (a batch of
different sites; a batch of one site finds most names cached). In the first pass the
whole extracts are timed first on each page; the stages after them find the page's
class and id names cached.
Each system is warmed up on 3 pages first (imports, the model, stoplists), untimed.
Dates: newsclean's HTML date reader and trafilatura's metadata both end in htmldate,
which hands some texts to dateparser; dateparser builds its patterns for each language
on first use (2 s on the first page that needs them), and htmldate keeps each text's
answer in a process-wide cache. Before timing, both metadata readers read every page
once, untimed (dateparser's patterns are built for these pages' texts, as in a long
batch); then htmldate's per-text caches are emptied before every timed call, so no
system finds a text answered by the other's call on the same page (newsclean's extract
ran first on each page, and trafilatura found its dates cached).
``--repeat R`` takes each page's fastest of R runs (the least disturbed by other
processes on a shared machine). Prints the median and mean milliseconds per page of
each stage and system, and the speed ratios (trafilatura's time over newsclean's: by
medians, and by totals, i.e. documents per second over the whole sample) against the
issue's targets: 1.5x trafilatura body only, 3x trafilatura with metadata.
Timings only: quality is measured by benchmarks/train_engine.py --evaluate.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the work tree's newsclean

from benchmarks.data import DEFAULT_DATA, load_page, page_ids  # noqa: E402
from benchmarks.splits import in_split  # noqa: E402

STAGES = ("parse", "bounds", "metadata", "segment", "features", "trees", "engine", "chain")
SYSTEMS = ("newsclean extract", "trafilatura body", "trafilatura with metadata")
TARGETS = {"body": 1.5, "metadata": 3.0}


def _pages(split: str, sample: int | None, which: str) -> list[tuple[str, str | None]]:
    """(html, url) of the split's pages of one development set."""
    if which == "trafeval":
        from benchmarks.train_engine import trafeval_records, trafeval_text

        return [(trafeval_text(r), None) for r in trafeval_records(split, sample)]
    ids = [i for i in page_ids(DEFAULT_DATA) if split == "all" or in_split(i, split)]
    if sample:
        ids = sorted(random.Random(0).sample(ids, min(sample, len(ids))))
    return [(page.html, page.url or None) for page in map(lambda i: load_page(DEFAULT_DATA, i), ids)]


def forget_dates() -> None:
    """Empty htmldate's caches of the texts it has read and the dates it has checked
    (not its parser, nor dateparser's patterns: those are built once per process)."""
    try:
        from htmldate import extractors, validators
    except ImportError:
        return
    for cached in (getattr(extractors, "try_date_expr", None), getattr(validators, "_parse_and_validate", None),
                   getattr(validators, "filter_ymd_candidate", None)):
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()


def warm_dates(pages: list[tuple[str, str | None]]) -> None:
    """Both metadata readers once over every page, untimed (see the module's doc)."""
    import trafilatura

    from newsclean.fields.html import read_html_fields
    from newsclean.read.html_parse import parse_html

    for html, url in pages:
        tree = parse_html(html)
        if tree is not None:
            read_html_fields(tree, url)
        trafilatura.extract(html, url=url, with_metadata=True)
    forget_dates()


def _timed(func: Callable[[], object], repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        forget_dates()
        started = time.process_time()
        result = func()
        best = min(best, time.process_time() - started)
    return best * 1000, result


def page_times(html: str, url: str | None, repeat: int) -> dict[str, float]:
    """Milliseconds of each stage and system on one page."""
    import trafilatura

    import newsclean
    from newsclean.cleaners import DEFAULT_CLEANERS
    from newsclean.engine.features import block_features
    from newsclean.learned.context import context_features
    from newsclean.engine.model import model
    from newsclean.engine.page import engine_blocks
    from newsclean.engine.segment import segment
    from newsclean.fields.html import read_html_fields
    from newsclean.pipeline import run_chain, to_article
    from newsclean.read.html import html_to_page
    from newsclean.read.html_bounds import flatten_deep_nesting, unwrap_crowded_inline
    from newsclean.read.html_parse import parse_html

    out: dict[str, float] = {}
    # The whole extract first: the stages below find this page's class names cached.
    out["newsclean extract"], _ = _timed(
        lambda: newsclean.extract(html, url=url, source_type="html", engine="newsclean"), repeat)
    out["trafilatura body"], _ = _timed(lambda: trafilatura.extract(html, url=url), repeat)
    out["trafilatura with metadata"], _ = _timed(
        lambda: trafilatura.extract(html, url=url, with_metadata=True), repeat)
    out["parse"], tree = _timed(lambda: parse_html(html), repeat)
    if tree is None:
        return {name: out[name] for name in SYSTEMS}
    out["bounds"], _ = _timed(lambda: (flatten_deep_nesting(tree), unwrap_crowded_inline(tree)), repeat)
    out["metadata"], _ = _timed(lambda: read_html_fields(tree, url), repeat)
    body = tree.find("body")
    root = body if body is not None else tree
    out["segment"], seg = _timed(lambda: segment(root), repeat)
    out["features"], (x, facts) = _timed(lambda: block_features(seg), repeat)
    scorer = model()

    def trees() -> None:
        if len(x):
            import numpy as np

            scores = scorer.stages[0].predict(x)
            for stage in scorer.stages[1:]:
                scores = stage.predict(np.hstack([x, context_features(scores, facts)]))

    out["trees"], _ = _timed(trees, repeat)
    out["engine"], _ = _timed(lambda: engine_blocks(tree, url), repeat)

    def chain() -> None:
        page = html_to_page(html, url, "newsclean")  # not timed: the cleaners' input
        started = time.process_time()
        run_chain(page, DEFAULT_CLEANERS)
        to_article(page)
        chain.ms = min(getattr(chain, "ms", float("inf")), (time.process_time() - started) * 1000)

    for _ in range(repeat):
        chain()
    out["chain"] = chain.ms
    return out


def body_time(html: str, url: str | None, repeat: int) -> float | None:
    """The extract with the HTML metadata reader replaced by what it gives on the page
    (worked out first, untimed)."""
    import newsclean
    import newsclean.read.html as read_html
    from newsclean.fields.html import read_html_fields
    from newsclean.read.html_bounds import flatten_deep_nesting, unwrap_crowded_inline
    from newsclean.read.html_parse import parse_html

    tree = parse_html(html)
    if tree is None:
        return None
    flatten_deep_nesting(tree)
    unwrap_crowded_inline(tree)
    known = read_html_fields(tree, url)
    reader, read_html.read_html_fields = read_html.read_html_fields, lambda tree, url=None: known
    try:
        return _timed(lambda: newsclean.extract(html, url=url, source_type="html", engine="newsclean"), repeat)[0]
    finally:
        read_html.read_html_fields = reader


def clear_engine_caches() -> None:
    """Forget the class and id names the engine has seen (whichever caches this
    version of the code keeps), so a second pass over the pages meets each page's
    names as new exactly where the first pass did."""
    import newsclean.engine.segment as segment
    import newsclean.engine.vocabulary as vocabulary
    from newsclean.read.html import class_kinds

    for module in (segment, vocabulary):
        for name in ("_NAMES", "_CONTEXT_TOKENS", "_TOKEN_BITS"):
            cache = getattr(module, name, None)
            if isinstance(cache, dict):
                cache.clear()
    for cached in (getattr(segment, "_names", None), class_kinds):
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()


def run(split: str, sample: int | None, repeat: int, which: str) -> dict[str, list[float]]:
    pages = _pages(split, sample, which)
    if not pages:
        raise SystemExit(f"no pages of the {which} set's {split} split (looked in {DEFAULT_DATA})")
    for html, url in pages[:3]:  # warm-up, untimed
        page_times(html, url, 1)
    warm_dates(pages)
    times: dict[str, list[float]] = {}
    for html, url in pages:
        for name, ms in page_times(html, url, repeat).items():
            times.setdefault(name, []).append(ms)
    # The body path in a second pass over the same pages, the engine's caches emptied
    # first: each page's class names are as new to it as to the whole extract above.
    clear_engine_caches()
    for html, url in pages[:3]:
        body_time(html, url, 1)
    for html, url in pages:
        ms = body_time(html, url, repeat)
        if ms is not None:
            times.setdefault("newsclean body", []).append(ms)
    return times


def report(times: dict[str, list[float]]) -> str:
    lines = [f"{'ms per page':28s} {'median':>8s} {'mean':>8s}"]
    for name in (*STAGES, "newsclean body", *SYSTEMS):
        values = times.get(name) or [0.0]
        lines.append(f"{name:28s} {statistics.median(values):8.2f} {statistics.fmean(values):8.2f}")

    def ratio(theirs: str, ours: str) -> str:
        a, b = times.get(theirs) or [0.0], times.get(ours) or [0.0]
        by_median = statistics.median(a) / max(statistics.median(b), 1e-9)
        by_total = sum(a) / max(sum(b), 1e-9)
        return f"{by_median:.2f}x by medians, {by_total:.2f}x in documents/s"

    lines.append(f"pages: {len(times.get('parse', []))}")
    lines.append(f"speed vs trafilatura body only (target {TARGETS['body']}x): "
                 f"{ratio('trafilatura body', 'newsclean body')}")
    lines.append(f"speed vs trafilatura with metadata (target {TARGETS['metadata']}x): "
                 f"{ratio('trafilatura with metadata', 'newsclean extract')}")
    lines.append(f"engine alone vs trafilatura body only: {ratio('trafilatura body', 'engine')}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("tune", "held", "all"), default="tune")
    parser.add_argument("--sample", type=int, default=None, help="a random sample of N pages of the split")
    parser.add_argument("--repeat", type=int, default=1, help="each page's fastest of R runs")
    parser.add_argument("--set", dest="which", choices=("wcxb", "trafeval"), default="wcxb")
    args = parser.parse_args(argv)
    print(report(run(args.split, args.sample, args.repeat, args.which)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
