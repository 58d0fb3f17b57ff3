"""Adversarial inputs: time and peak memory of ``newsclean.extract`` on hostile shapes.

Each input is generated on the fly at 10 KB, 100 KB and 1 MB (10 MB with ``--huge``)
and run in a fresh subprocess with a time limit, so that its peak memory is its own and
a runaway input cannot stall the run. The child first extracts a 2 KB sample of every
shape of the same kind (so lazy imports and tables are loaded), then builds the input,
then reads its peak RSS before and after ``extract``: the difference is what the input
cost.

Printed per shape and size: seconds (CPU time of the extraction: the machine may be
shared, and wall-clock time would measure the neighbours), seconds per MB, extra peak
memory (MiB) and its ratio to the input size, and the growth in time for each tenfold
step. Targets flagged:

- a tenfold step costs at most 12x the time (checked where the larger time is at least
  0.1 s: below that the fixed cost of a page dominates the ratio);
- no input costs more than 2 s per MB (checked from 100 KB up, for the same reason);
- extra peak memory under 30x the input plus 30 MiB.

    python -m benchmarks.adversarial                 # all shapes, 10 KB .. 1 MB
    python -m benchmarks.adversarial --huge          # and 10 MB
    python -m benchmarks.adversarial --shapes html:long_line text:glued --sizes 1e6
    python -m benchmarks.adversarial --parse-only    # the floor: lxml's parse alone (text: the line split)

``--stages`` prints instead the CPU time of each stage of an HTML extraction (parse, the
tree bounds, the metadata readers, trafilatura or the engine, the source context, the
page, the chain, the Article) and the page's element count: where the time goes.

    python -m benchmarks.adversarial --stages --shapes html:table html:bullets --sizes 1e5 1e6

``--parse-only`` measures, in the same way, only what any extraction must pay first: for
HTML, lxml's parse of the page (``newsclean.read.html.parse_html``); for text, the split into
blocks (``newsclean.read.text.text_to_blocks``). newsclean keeps that tree (or those blocks)
for the whole extraction, so its memory is a floor under the full figure.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

REPO_ROOT = Path(__file__).resolve().parent.parent

MAX_STEP_GROWTH = 12.0
MAX_SECONDS_PER_MB = 2.0
MAX_MEMORY_RATIO = 30.0
MEMORY_CONSTANT_MB = 30.0
# Below these, fixed per-page costs dominate and the ratios say nothing about growth.
GROWTH_FLOOR_SECONDS = 0.1
RATE_FLOOR_BYTES = 100_000

_WORDS = ("the council voted on tuesday to approve new budget for schools and transport which rises by "
          "eight percent over two years while residents asked questions about roads parks libraries "
          "water housing taxes police hospitals rail bridges").split()


def _sentence(rng: random.Random, words: int = 18) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _fill(size: int, unit: Callable[[int], str]) -> list[str]:
    """Units ``unit(0)``, ``unit(1)``, ... until their total length reaches ``size``."""
    parts, total, i = [], 0, 0
    while total < size:
        part = unit(i)
        parts.append(part)
        total += len(part)
        i += 1
    return parts


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>A headline for the page</title>{head}</head><body>{body}</body></html>"


def _article(rng: random.Random, paragraphs: int = 6) -> str:
    return "".join(f"<p>{_sentence(rng, 30)}</p>" for _ in range(paragraphs))


# --- shapes: (kind, name) -> function(size) -> input ----------------------------------

def _varied_words(size: int) -> str:
    rng = random.Random(1)
    return " ".join(_fill(size, lambda i: rng.choice(_WORDS)))


def html_long_line(size: int) -> str:
    """A minified page: thousands of paragraphs, not one line break."""
    rng = random.Random(2)
    return _page("".join(_fill(size, lambda i: f"<p>{_sentence(rng)}</p>")))


def html_long_paragraph(size: int) -> str:
    """One paragraph of words with no line break (a text dump wrapped in <p>)."""
    return _page("<h1>A headline</h1><p>" + _varied_words(size) + "</p>")


def text_long_line(size: int) -> str:
    return _varied_words(size)


def html_no_spaces(size: int) -> str:
    return _page("<h1>A headline</h1><p>" + "abcdefghij" * (size // 10) + "</p>")


def text_no_spaces(size: int) -> str:
    return "abcdefghij" * (size // 10)


def html_repetitive_line(size: int) -> str:
    """One paragraph that repeats a short text (backtracking patterns with \\1 suffer)."""
    return _page("<h1>A headline</h1><p>" + "ab ab ab " * (size // 9) + "</p>")


def text_repetitive_line(size: int) -> str:
    return "ab ab ab " * (size // 9)


def html_glued(size: int) -> str:
    """Captions rendered twice and glued, many of them, and one huge glued line."""
    rng = random.Random(3)
    half = _sentence(rng, 8)
    caps = "".join(_fill(size // 2, lambda i: f"<p>{half} {i}{half} {i}</p>"))
    big = _varied_words(size // 4)
    return _page(f"<h1>Headline</h1>{_article(rng)}{caps}<p>{big}{big}</p>")


def text_glued(size: int) -> str:
    rng = random.Random(3)
    half = _sentence(rng, 8)
    caps = "\n".join(_fill(size // 2, lambda i: f"{half} {i}{half} {i}"))
    big = _varied_words(size // 4)
    return f"{caps}\n{big}{big}"


def html_repeated_paragraphs(size: int) -> str:
    para = "<p>" + _sentence(random.Random(4), 30) + "</p>"
    return _page("<h1>Headline</h1>" + para * (size // len(para)))


def text_repeated_lines(size: int) -> str:
    line = _sentence(random.Random(4), 30)
    return "\n".join([line] * (size // len(line)))


def html_copyright(size: int) -> str:
    rng = random.Random(5)
    return _page("<h1>Headline</h1>" + _article(rng) + "".join(
        _fill(size, lambda i: f"<p>© {2000 + i % 25} Company {i}. All rights reserved.</p>")))


def text_copyright(size: int) -> str:
    return "\n".join(_fill(size, lambda i: f"© {2000 + i % 25} Company {i}. All rights reserved."))


def html_bylines(size: int) -> str:
    rng = random.Random(6)
    return _page("<h1>Headline</h1>" + _article(rng) + "".join(
        _fill(size, lambda i: f'<p class="byline">By Jane Doe{i} and John Roe{i}</p>')))


def text_bylines(size: int) -> str:
    return "\n".join(_fill(size, lambda i: f"By Jane Doe{i} and John Roe{i}"))


def html_links(size: int) -> str:
    """One paragraph holding thousands of links."""
    return _page("<h1>Headline</h1><p>" + "".join(
        _fill(size, lambda i: f'<a href="/story/{i}">story number {i}</a> ')) + "</p>")


def html_line_breaks(size: int) -> str:
    """One paragraph of short lines separated by <br> (a poem, an address list, a log)."""
    return _page("<h1>Headline</h1><p>" + "".join(_fill(size, lambda i: f"Line number {i} of the list<br>")) + "</p>")


def html_classed_divs(size: int) -> str:
    return _page("<h1>Headline</h1>" + "".join(
        _fill(size, lambda i: f'<div class="item-{i} post-date author teaser">Item {i} text here</div>')))


def html_unclosed_td(size: int) -> str:
    return _page("<table><tr>" + "".join(_fill(size, lambda i: f"<td>cell {i}")))


def html_table(size: int) -> str:
    cells = _fill(size, lambda i: f"<td>c{i}</td>" + ("</tr><tr>" if i % 10 == 9 else ""))
    return _page("<table><tr>" + "".join(cells) + "</tr></table>")


def html_deep_nesting(size: int) -> str:
    depth = max(1, (size - 200) // 11)
    rng = random.Random(7)
    return _page("<div>" * depth + "<h1>Headline</h1>" + _article(rng) + "</div>" * depth)


def html_many_h1(size: int) -> str:
    return _page("".join(_fill(size, lambda i: f"<h1>Headline number {i}</h1><p>Short text {i}.</p>")))


def html_json_ld(size: int) -> str:
    rng = random.Random(8)
    items = _fill(size, lambda i: json.dumps({"@type": "Person", "name": f"Person {i}", "url": f"/p/{i}"}) + ",")
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"Headline",'
          '"datePublished":"2024-03-01","author":[' + "".join(items).rstrip(",") + "]}")
    return _page("<h1>Headline</h1>" + _article(rng), head=f'<script type="application/ld+json">{ld}</script>')


def html_scripts(size: int) -> str:
    rng = random.Random(9)
    return _page("<h1>Headline</h1>" + _article(rng) + "".join(
        _fill(size, lambda i: f"<script>var x{i} = {{a: {i}, b: 'text {i}'}};</script>")))


_MONTHS = "January February March April May June July August September October November December".split()


def _date(i: int) -> str:
    return f"{_MONTHS[i % 12]} {1 + i % 28}, {1990 + i % 35}"


def html_dates(size: int) -> str:
    """Many dates, none declared: the date search reads them all (htmldate included)."""
    return _page("".join(_fill(size, lambda i: f'<div class="date">Posted {_date(i)}</div><p>Item {i}.</p>')))


def text_dates(size: int) -> str:
    return "\n".join(_fill(size, lambda i: f"Published {_date(i)} at 10:{i % 60:02d}"))


def html_bullets(size: int) -> str:
    rng = random.Random(10)
    return _page("<h1>Headline</h1><ul>" + "".join(_fill(size, lambda i: f"<li>{_sentence(rng, 6)}</li>")) + "</ul>")


def html_wrapped_bullets(size: int) -> str:
    """Long bullet runs deep inside classed wrappers (90 levels, under the 100 that are kept):
    whatever reads each item's ancestors pays the depth once per item."""
    rng = random.Random(12)
    wrappers = "".join(f'<div class="wrap-{d} content-{d}">' for d in range(90))
    items = "".join(_fill(size, lambda i: f"<li>{_sentence(rng, 6)}</li>"))
    return _page(f"<h1>Headline</h1>{wrappers}<ul>{items}</ul>" + "</div>" * 90)


def text_bullets(size: int) -> str:
    rng = random.Random(10)
    return "\n".join(_fill(size, lambda i: f"• {_sentence(rng, 6)}"))


def text_article(size: int) -> str:
    """An ordinary text dump, as a yardstick."""
    rng = random.Random(11)
    return "\n\n".join(_fill(size, lambda i: _sentence(rng, 40)))


def html_article(size: int) -> str:
    rng = random.Random(11)
    return _page("<h1>Headline</h1>" + "".join(_fill(size, lambda i: f"<p>{_sentence(rng, 40)}</p>\n")))


SHAPES: dict[str, Callable[[int], str]] = {
    f"{fn.__name__.split('_', 1)[0]}:{fn.__name__.split('_', 1)[1]}": fn
    for fn in (
        html_article, text_article, html_long_line, html_long_paragraph, text_long_line, html_no_spaces,
        text_no_spaces, html_repetitive_line, text_repetitive_line, html_glued, text_glued,
        html_repeated_paragraphs, text_repeated_lines, html_copyright, text_copyright, html_bylines, text_bylines,
        html_links, html_line_breaks, html_classed_divs, html_unclosed_td, html_table, html_deep_nesting, html_many_h1, html_json_ld,
        html_scripts, html_dates, text_dates, html_bullets, text_bullets, html_wrapped_bullets,
    )
}


# --- the child: one input, one process ------------------------------------------------

def _peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: ru_maxrss would survive exec)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


def _reset_peak() -> None:
    """Reset VmHWM to the current RSS (Linux: write 5 to clear_refs), where allowed."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass


def _parse_only(data: str, kind: str) -> int:
    """The first step of an extraction alone; returns the number of elements or blocks."""
    if kind == "html":
        from newsclean.read.html import parse_html

        tree = parse_html(data)
        return 0 if tree is None else sum(1 for _ in tree.iter())
    from newsclean.read.text import text_to_blocks

    return len(text_to_blocks(data))


def run_child(shape: str, size: int, parse_only: bool = False) -> dict:
    import newsclean

    kind = shape.split(":", 1)[0]
    # Every shape of the kind, small: lazy imports, word lists, trafilatura's jusText
    # stoplists (read on a page nested past lxml's depth limit) and dateparser's locale
    # tables are loaded once per process (a batch worker pays that once; see
    # docs/robustness.md), and are not the input's cost.
    # HTML through the engine too (read.html.LARGE_PAGE_ELEMENTS sends the large inputs
    # of some shapes to it): its model, and the index of every stoplist its features
    # guess a page's language with when the page does not read as English
    # (cleaners.classify; about 13 MiB held, more while it is built), are loaded once per
    # process. Before this, they were counted in the first such input's peak.
    engines = ("trafilatura", "newsclean") if kind == "html" else ("trafilatura",)
    for name, make in SHAPES.items():
        if name.startswith(kind + ":"):
            for warm_size in (2000, 5000):
                for engine in engines:
                    newsclean.extract(make(warm_size), source_type=kind, engine=engine)
    data = SHAPES[shape](size)
    _reset_peak()
    before = _peak_rss_mb()
    start, start_cpu = time.perf_counter(), time.process_time()
    error = None
    try:
        if parse_only:
            words = _parse_only(data, kind)  # (elements or blocks, in this mode)
        else:
            article = newsclean.extract(data, source_type=kind)
            words = len(article.body.split())
    except Exception as exc:  # reported, not raised: the table shows it
        error, words = f"{type(exc).__name__}: {exc}"[:120], 0
    cpu, wall = time.process_time() - start_cpu, time.perf_counter() - start
    return {"shape": shape, "size": len(data.encode("utf-8")), "seconds": cpu, "wall_seconds": wall,
            "extra_mb": max(0.0, _peak_rss_mb() - before), "words": words, "error": error}


def stage_seconds(data: str) -> dict[str, float]:
    """CPU seconds of each stage of ``read.html.html_to_page`` and the chain on ``data``,
    run step by step as html_to_page runs them (and the element count, "elements")."""
    from newsclean.pipeline import DEFAULT_CLEANERS, run_chain, to_article
    from newsclean.read import html as read_html
    from newsclean.read.html_bounds import flatten_deep_nesting, unwrap_crowded_inline

    seconds: dict[str, float] = {}

    def timed(name: str, step: Callable[[], object]) -> object:
        start = time.process_time()
        out = step()
        seconds[name] = time.process_time() - start
        return out

    tree = timed("parse", lambda: read_html.parse_html(data))
    if tree is None:
        return seconds
    seconds["elements"] = float(sum(1 for _ in tree.iter()))
    timed("bounds", lambda: (flatten_deep_nesting(tree), unwrap_crowded_inline(tree)))
    fields = timed("metadata", lambda: read_html.read_html_fields(tree, None))
    blocks = None
    if read_html._is_large(data, tree):
        from newsclean.engine.page import engine_page_blocks

        blocks, engine = timed("engine", lambda: engine_page_blocks(tree, None, always=True)), "newsclean"
    if blocks is None:
        blocks, engine = timed("trafilatura", lambda: read_html._trafilatura_blocks(tree, None)), "trafilatura"
        if blocks:
            timed("context", lambda: read_html.add_source_context(tree, blocks))
        else:
            blocks = timed("justext", lambda: read_html._justext_blocks(data))
    page = timed("page", lambda: read_html._page(blocks, fields, None, engine))
    timed("chain", lambda: run_chain(page, DEFAULT_CLEANERS))
    timed("article", lambda: to_article(page))
    return seconds


def run_stages_child(shape: str, size: int) -> dict:
    import newsclean

    for name, make in SHAPES.items():  # warm up, as run_child does (the engine too: its
        if name.startswith("html:"):     # model and stoplist index load once per process)
            for warm_size in (2000, 5000):
                for engine in ("trafilatura", "newsclean"):
                    newsclean.extract(make(warm_size), source_type="html", engine=engine)
    data = SHAPES[shape](size)
    return {"shape": shape, "size": len(data.encode("utf-8")), "stages": stage_seconds(data)}


# --- the parent ------------------------------------------------------------------------

@dataclass
class Result:
    shape: str
    size: int
    seconds: float | None  # None: over the time limit
    extra_mb: float | None
    error: str | None = None


def measure(shape: str, size: int, time_limit: float, parse_only: bool = False) -> Result:
    cmd = [sys.executable, "-m", "benchmarks.adversarial", "--child", shape, str(size)]
    if parse_only:
        cmd.append("--parse-only")
    try:
        done = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, timeout=time_limit)
    except subprocess.TimeoutExpired:
        return Result(shape, size, None, None, f"over {time_limit:.0f} s")
    if done.returncode != 0:
        return Result(shape, size, None, None, (done.stderr.strip().splitlines() or ["crashed"])[-1][:120])
    row = json.loads(done.stdout.strip().splitlines()[-1])
    return Result(shape, row["size"], row["seconds"], row["extra_mb"], row["error"])


def _size_label(size: int) -> str:
    return f"{size / 1e6:.0f} MB" if size >= 1_000_000 else f"{size / 1e3:.0f} KB"


def misses(results: list[Result]) -> list[str]:
    """The targets each shape misses, in words."""
    found = []
    for i, r in enumerate(results):
        label = f"{r.shape} at {_size_label(r.size)}"
        if r.seconds is None:
            found.append(f"{label}: {r.error}")
            continue
        if r.error:
            found.append(f"{label}: raised {r.error}")
        if r.size >= RATE_FLOOR_BYTES and r.seconds / (r.size / 1e6) > MAX_SECONDS_PER_MB:
            found.append(f"{label}: {r.seconds / (r.size / 1e6):.2f} s/MB")
        if r.extra_mb is not None and r.extra_mb > MAX_MEMORY_RATIO * r.size / 2**20 + MEMORY_CONSTANT_MB:
            found.append(f"{label}: {r.extra_mb:.0f} MiB peak ({r.extra_mb * 2**20 / r.size:.0f}x)")
        previous = results[i - 1] if i and results[i - 1].shape == r.shape else None
        if previous and previous.seconds and r.seconds >= GROWTH_FLOOR_SECONDS:
            growth = r.seconds / previous.seconds
            if growth > MAX_STEP_GROWTH:
                found.append(f"{label}: x{growth:.1f} for a tenfold step")
    return found


def table(results: list[Result]) -> str:
    lines = ["| shape | size | seconds | s/MB | growth x10 | extra peak MiB | memory / input |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for i, r in enumerate(results):
        previous = results[i - 1] if i and results[i - 1].shape == r.shape else None
        if r.seconds is None:
            lines.append(f"| {r.shape} | {_size_label(r.size)} | {r.error} | | | | |")
            continue
        growth = f"x{r.seconds / previous.seconds:.1f}" if previous and previous.seconds else ""
        ratio = f"{r.extra_mb * 2**20 / r.size:.1f}x" if r.extra_mb is not None else ""
        lines.append(f"| {r.shape} | {_size_label(r.size)} | {r.seconds:.3f} | {r.seconds / (r.size / 1e6):.2f} | "
                     f"{growth} | {r.extra_mb:.1f} | {ratio} |" + (f" {r.error}" if r.error else ""))
    return "\n".join(lines)


def print_stages(shapes: list[str], sizes: list[int], time_limit: float) -> int:
    """One line per shape and size: elements, then CPU seconds per stage (a fresh process each)."""
    for shape in shapes:
        for size in sizes:
            cmd = [sys.executable, "-m", "benchmarks.adversarial", "--stages", "--child", shape, str(size)]
            try:
                done = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, timeout=time_limit)
                row = json.loads(done.stdout.strip().splitlines()[-1])
            except (subprocess.TimeoutExpired, IndexError, json.JSONDecodeError):
                print(f"{shape} {_size_label(size)}: no result (time limit or crash)")
                continue
            stages = row["stages"]
            elements = int(stages.pop("elements", 0))
            parts = " ".join(f"{name}={value:.2f}" for name, value in stages.items())
            print(f"{shape} {_size_label(row['size'])}: {elements} elements, total={sum(stages.values()):.2f} s: {parts}",
                  flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shapes", nargs="*", default=list(SHAPES), help=f"of: {' '.join(SHAPES)}")
    parser.add_argument("--sizes", nargs="*", type=float, default=[1e4, 1e5, 1e6])
    parser.add_argument("--huge", action="store_true", help="add 10 MB inputs (minutes)")
    parser.add_argument("--time-limit", type=float, default=120.0, help="seconds per input (default 120)")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    parser.add_argument("--parse-only", action="store_true",
                        help="measure only lxml's parse (HTML) or the split into blocks (text): the floor")
    parser.add_argument("--stages", action="store_true",
                        help="HTML shapes: print the CPU seconds of each stage of the extraction instead")
    parser.add_argument("--child", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if args.stages:
            print(json.dumps(run_stages_child(args.child[0], int(args.child[1]))))
        else:
            print(json.dumps(run_child(args.child[0], int(args.child[1]), args.parse_only)))
        return 0
    unknown = [s for s in args.shapes if s not in SHAPES]
    if unknown:
        parser.error(f"unknown shapes: {unknown}")
    sizes = sorted({int(s) for s in args.sizes} | ({10_000_000} if args.huge else set()))
    if args.stages:
        return print_stages([s for s in args.shapes if s.startswith("html:")], sizes, args.time_limit)
    results = []
    for shape in args.shapes:
        for size in sizes:
            result = measure(shape, size, args.time_limit, args.parse_only)
            results.append(result)
            shown = "timeout" if result.seconds is None else f"{result.seconds:.3f} s, {result.extra_mb:.1f} MiB"
            print(f"{shape:28} {_size_label(size):>7}  {shown}", file=sys.stderr, flush=True)
            if result.seconds is None:
                break  # a bigger input would only take longer
    print(table(results))
    missed = misses(results)
    print("\nTargets missed:" if missed else "\nAll targets met.")
    for line in missed:
        print(f"- {line}")
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ for r in results], indent=1))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
