"""Snippet F1 on trafeval-dev: newsclean beside its peers, HTML and text dumps, per split.

    python benchmarks/trafeval.py [--mode html|text|both] [--only newsclean,trafilatura,justext]
                                  [--renderers inscriptis,html-text,lxml] [--sample N]
                                  [--json OUT] [--per-doc OUT] [--processes 2]

trafeval-dev (../shared/data/trafeval-dev, see its README) labels each page with
snippets a good extraction contains ("with") and boilerplate it must not contain
("without"). A "with" found is a true positive, a "with" missed a false negative, a
"without" found a false positive; precision, recall and F1 are summed over the pages
(micro), as trafilatura's own evaluation does. Snippets are matched as runs of whole
tokens (benchmarks/metrics.contains_snippet).

Every system gets the same str for a page: its bytes decoded once here (UTF-8, else
the charset the page declares, else Windows-1252). In text mode the page is rendered
by each renderer (cached in benchmarks/out/trafeval-dumps/) and the dump is given to
every system: newsclean reads it as text, the HTML-only peers get it wrapped one
``<p>`` per line, as in benchmarks/run.py.

The split rule is benchmarks/splits.py's (id % 5 == 0 is held back). The speed column
is the median CPU time per page of each system in this run, in the same worker
processes, and its ratio to trafilatura's; the machine is shared, so read ratios.
"""
from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import metrics  # noqa: E402
from benchmarks.data import DEFAULT_DATA  # noqa: E402
from benchmarks.render import RENDERER_NAMES, available_renderers, wrap_text_as_html  # noqa: E402
from benchmarks.splits import split_of  # noqa: E402
from benchmarks.systems import load_systems  # noqa: E402

TRAFEVAL = DEFAULT_DATA.parent / "trafeval-dev"
CACHE = Path(__file__).resolve().parent / "out" / "trafeval-dumps"
DEFAULT_SYSTEMS = ("newsclean", "trafilatura", "justext")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)


def decode_page(raw: bytes) -> str:
    """The page's text: UTF-8 when it is valid, else its declared charset, else cp1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(raw[:20000])
    if declared:
        try:
            return raw.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return raw.decode("cp1252", errors="replace")


@dataclass
class Row:
    """One page of the set."""

    page_id: str
    url: str
    file: str
    lang: str | None
    with_snippets: list[str]
    without_snippets: list[str]


def load_rows(data: Path = TRAFEVAL) -> list[Row]:
    rows = []
    for line in (data / "annotations.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        url = rec.get("url") or ""
        rows.append(Row(rec["id"], url if url.startswith("http") else "", rec["file"], rec.get("lang"),
                        [s for s in rec.get("with") or [] if s], [s for s in rec.get("without") or [] if s]))
    return rows


def read_page(row: Row, data: Path = TRAFEVAL) -> str:
    return decode_page(gzip.decompress((data / row.file).read_bytes()))


def dumps_of(row: Row, html: str, renderers: tuple[str, ...]) -> dict[str, str]:
    """The page's text dumps, one per renderer, rendered once and cached."""
    path = CACHE / f"{row.page_id}.json.gz"
    cached: dict[str, str] = {}
    if path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            cached = json.load(fh)
    missing = [r for r in renderers if r not in cached]
    if missing:
        ok, _ = available_renderers(tuple(missing))
        for name in missing:
            try:
                cached[name] = ok[name](html) if name in ok else ""
            except Exception:  # noqa: BLE001 - as the WCXB harness does: a failing renderer gives ""
                cached[name] = ""
        CACHE.mkdir(parents=True, exist_ok=True)
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            json.dump(cached, fh)
    return {r: cached[r] for r in renderers}


def judge(body: str, row: Row) -> dict[str, int]:
    """True positives, false negatives and false positives of one output."""
    toks = " ".join(metrics.tokens(body))
    found = [metrics.contains_snippet(toks, s) for s in row.with_snippets]
    leaked = [metrics.contains_snippet(toks, s) for s in row.without_snippets]
    return {"tp": sum(f is True for f in found), "fn": sum(f is False for f in found),
            "fp": sum(f is True for f in leaked)}


_SYSTEMS: dict = {}
# jusText needs the page's language; a user would pick the stoplist of the language the
# page declares (<html lang>, the set's "lang"), English when it declares none.
_JUSTEXT_STOPLISTS = {"de": "German", "en": "English", "es": "Spanish", "fr": "French", "it": "Italian",
                      "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "cs": "Czech",
                      "da": "Danish", "fi": "Finnish", "sv": "Swedish", "no": "Norwegian_Bokmal",
                      "tr": "Turkish", "hu": "Hungarian", "el": "Greek", "uk": "Ukrainian"}


def _justext_stoplist(lang: str | None) -> frozenset[str]:
    import justext

    return justext.get_stoplist(_JUSTEXT_STOPLISTS.get((lang or "en").split("-")[0].lower(), "English"))


def _init(names: tuple[str, ...]) -> None:
    ready, _ = load_systems(names)
    _SYSTEMS.update(ready)


def _run_page(args: tuple[Row, str, tuple[str, ...]]) -> list[dict]:
    row, mode, renderers = args
    html = read_page(row)
    inputs = [("html", "html", html)] if mode == "html" else \
        [("text", name, dump) for name, dump in dumps_of(row, html, renderers).items()]
    out = []
    for kind, renderer, source in inputs:
        for name, system in _SYSTEMS.items():
            if name == "justext":
                system.stoplist = _justext_stoplist(row.lang)
            given = source if kind == "html" or system.reads_text else wrap_text_as_html(source)
            start = time.process_time()
            try:
                body = system.extract(given, row.url, kind).body
                error = None
            except Exception as exc:  # noqa: BLE001 - a failure scores as an empty body
                body, error = "", f"{type(exc).__name__}: {exc}"
            seconds = time.process_time() - start
            out.append({"id": row.page_id, "split": split_of(row.page_id), "input": renderer, "system": name,
                        "seconds": seconds, "error": error, **judge(body, row)})
    return out


def prf(records: list[dict]) -> tuple[float, float, float]:
    tp = sum(r["tp"] for r in records)
    fp = sum(r["fp"] for r in records)
    fn = sum(r["fn"] for r in records)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summarise(records: list[dict]) -> list[dict]:
    """One row per input and system: P/R/F1 on tune, held and all, and the median time."""
    rows = []
    keys = sorted({(r["input"], r["system"]) for r in records})
    for inp, system in keys:
        mine = [r for r in records if r["input"] == inp and r["system"] == system]
        row = {"input": inp, "system": system, "pages": len(mine),
               "errors": sum(r["error"] is not None for r in mine),
               "median_ms": 1000 * statistics.median(r["seconds"] for r in mine)}
        for split in ("tune", "held", "all"):
            part = [r for r in mine if split == "all" or r["split"] == split]
            row[split] = dict(zip(("precision", "recall", "f1"), prf(part)))
        rows.append(row)
    for row in rows:
        base = next((r for r in rows if r["input"] == row["input"] and r["system"] == "trafilatura"), None)
        row["speed_vs_trafilatura"] = base["median_ms"] / row["median_ms"] if base and row["median_ms"] else None
    return rows


def markdown(rows: list[dict]) -> str:
    lines = ["| input | system | tune P / R / F1 | held P / R / F1 | all F1 | median ms | speed vs trafilatura |",
             "|---|---|---|---|---:|---:|---:|"]
    for r in rows:
        def cell(split: str) -> str:
            s = r[split]
            return f"{100 * s['precision']:.1f} / {100 * s['recall']:.1f} / **{100 * s['f1']:.1f}**"
        speed = f"{r['speed_vs_trafilatura']:.2f}x" if r["speed_vs_trafilatura"] else "-"
        lines.append(f"| {r['input']} | {r['system']} | {cell('tune')} | {cell('held')} | "
                     f"{100 * r['all']['f1']:.1f} | {r['median_ms']:.1f} | {speed} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> list[dict]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mode", choices=("html", "text", "both"), default="both")
    ap.add_argument("--only", default=",".join(DEFAULT_SYSTEMS))
    ap.add_argument("--renderers", default=",".join(RENDERER_NAMES))
    ap.add_argument("--sample", type=int, default=None, help="every k-th page so that about N remain")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--per-doc", type=Path)
    ap.add_argument("--section", type=Path, help="write the docs/benchmarks.md section here "
                    "(benchmarks/results/trafeval.md is appended by benchmarks/report.py)")
    args = ap.parse_args(argv)
    names = tuple(args.only.split(","))
    renderers = tuple(args.renderers.split(","))
    rows = load_rows()
    if args.sample:
        rows = rows[:: max(1, len(rows) // args.sample)]
    modes = ("html", "text") if args.mode == "both" else (args.mode,)
    jobs = [(row, mode, renderers) for mode in modes for row in rows]
    records: list[dict] = []
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(args.processes, initializer=_init, initargs=(names,)) as pool:
        for n, page_records in enumerate(pool.imap_unordered(_run_page, jobs, chunksize=4), 1):
            records.extend(page_records)
            if n % 100 == 0:
                print(f"  {n}/{len(jobs)}", file=sys.stderr)
    summary = summarise(records)
    print(f"trafeval-dev: {len(rows)} pages ({sum(split_of(r.page_id) == 'held' for r in rows)} held)")
    print(markdown(summary))
    if args.per_doc:
        args.per_doc.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({"pages": len(rows), "rows": summary}, indent=1), encoding="utf-8")
    if args.section:
        args.section.parent.mkdir(parents=True, exist_ok=True)
        args.section.write_text(section(summary, rows, argv), encoding="utf-8")
    return summary


def section(summary: list[dict], rows: list[Row], argv: list[str] | None) -> str:
    """The multilingual section of docs/benchmarks.md."""
    import subprocess

    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=Path(__file__).resolve().parent, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    held = sum(split_of(r.page_id) == "held" for r in rows)
    command = "python benchmarks/trafeval.py " + " ".join(argv if argv is not None else sys.argv[1:])
    return "\n".join([
        "## Multilingual pages: trafeval-dev (snippet F1, %)", "",
        f"- Command: `{command}` at commit `{commit}`.",
        f"- {len(rows)} pages of trafilatura's evaluation set (mostly German; {held} held back), each labelled",
        "  with snippets the article holds and boilerplate it must not (see the module's docstring for the",
        "  scoring: micro P/R/F1 over snippets). Inputs: `html`, and text dumps made by each renderer,",
        "  given as is to newsclean and wrapped one `<p>` per line for the HTML-only peers. jusText gets",
        "  the stoplist of the page's declared language.",
        "- *median ms* is the median CPU time per page of each system in this run (same worker",
        "  processes, same pages), and the speed ratio is trafilatura's median over the system's.", "",
        markdown(summary), "",
    ])


if __name__ == "__main__":
    main()
