"""The command line: `newsclean PAGE... [--format text|markdown|json] [--explain] [--report OUT.html]`
and `newsclean batch ...`."""
from __future__ import annotations

import argparse
import codecs
import json
import os
import re
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .article import Article
from .engine import DEFAULT_ENGINE, ENGINES
from .errors import InputTooLargeError, NewscleanError
from .pipeline import extract
from .report import write_report
from .read.source import DEFAULT_MAX_BYTES

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["batch"]:
        from .batch import main as batch_main

        return batch_main(args[1:])
    parser = _parser()
    options = parser.parse_args(args)
    if options.json:  # --json is --format json
        if options.format not in (None, "json"):
            parser.error(f"--json means --format json; it cannot go with --format {options.format}")
        options.format = "json"
    options.format = options.format or "text"
    several = len(options.sources) > 1
    if options.report and several:
        parser.error("--report writes the report of one input: give one input, or run newsclean once per input")
    if options.url and several:
        parser.error("--url names one page's URL: give one input with it")
    if options.sources.count("-") > 1:
        parser.error("standard input (-) can be read only once")
    utf8 = codecs.lookup(sys.stdout.encoding or "utf-8").name == "utf-8"
    if options.format != "json" and not utf8 and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # "?" for what the terminal cannot show
    status = 0
    for number, source in enumerate(options.sources):
        try:
            if several and options.format != "json":  # a header per input, as `head` prints
                print(("\n" if number else "") + f"==> {_name(source)} <==", flush=True)
            status = max(status, _one_input(source, options, several=several, utf8=utf8))
        except BrokenPipeError:
            # The reader went away (`newsclean page.html | head`): not an error of ours.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return status
    return status


def _name(source: str) -> str:
    return "standard input" if source == "-" else source


def _one_input(source: str, options: argparse.Namespace, *, several: bool, utf8: bool) -> int:
    """Print one input's result; its exit status: 0 an article, 1 none, 2 unreadable."""
    name = _name(source)
    try:
        article = _read(source, options)
    except NewscleanError as error:
        # With several inputs the line names its input (most messages already do).
        prefix = f"{name}: " if several and name not in str(error) else ""
        print(f"newsclean: {prefix}{error}", file=sys.stderr)
        if several and options.format == "json":
            kind = "too_large" if isinstance(error, InputTooLargeError) else "read_error"
            _print_json({"input": source, "error": {"kind": kind, "message": str(error)}}, indent=None, utf8=utf8)
        sys.stdout.flush()
        return 2
    if options.report:
        try:
            write_report(article, options.report, input_name=name)
        except OSError as error:
            print(f"newsclean: cannot write the report to {options.report}: {error.strerror or error}",
                  file=sys.stderr)
            return 2
    if options.format == "json":
        data = article.to_dict(include_removed=options.explain, include_sources=options.explain)
        if several:  # JSON Lines: one object per input, saying which
            _print_json({"input": source, **data}, indent=None, utf8=utf8)
        else:
            _print_json(data, indent=2, utf8=utf8)
    elif article.body or options.explain:
        print(format_article(article, explain=options.explain, markdown=options.format == "markdown",
                             links=options.links))
    sys.stdout.flush()
    if not article.body:
        print(f"newsclean: no article found in {name}", file=sys.stderr)
        return 1
    return 0


def _read(source: str, options: argparse.Namespace) -> Article:
    if _URL.match(source) and not os.path.exists(source):
        raise NewscleanError(f"{source} is a URL, and newsclean does not fetch pages: save the page "
                             f"first (for example: curl -L -o page.html '{source}') and pass the file")
    if source == "-":
        # Bounded read: one byte over the cap is enough to refuse the input.
        data = sys.stdin.buffer.read(options.max_bytes + 1)
        return extract(data, url=options.url, source_type=options.type, max_bytes=options.max_bytes,
                       engine=options.engine)
    return extract(Path(source), url=options.url, source_type=options.type, max_bytes=options.max_bytes,
                   engine=options.engine)


def _print_json(data: dict, *, indent: int | None, utf8: bool) -> None:
    # On a terminal that cannot show every character, JSON's \u escapes lose nothing.
    print(json.dumps(data, indent=indent, ensure_ascii=not utf8))


def _positive_int(value: str) -> int:
    try:
        number = int(value.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, not {number}")
    return number


def format_article(article: Article, *, explain: bool = False, markdown: bool = False,
                   links: bool = False) -> str:
    """Title, byline and date lines (those the page gives), a blank line, the body; or,
    with ``markdown``, the article as markdown (the title as ``#``, then the body; its
    links as ``[text](url)`` with ``links``)."""
    if markdown:
        text = article.to_markdown(title=True, links=links)
    else:
        header = [article.title, article.byline, article.date.isoformat() if article.date else None]
        lines = [line for line in header if line]
        text = "\n".join(lines) + ("\n\n" if lines else "") + article.body
    if explain:
        text += "\n\n--- metadata ---" + "".join("\n" + line for line in explain_metadata(article))
        text += f"\n\n--- removed: {len(article.removed)} blocks ---"
        for removal in article.removed:
            text += f"\n[{removal.cleaner}] {removal.reason}: {removal.text}"
    return text


def explain_metadata(article: Article) -> list[str]:
    """Lines saying where each field came from: "title: <value>", "  source: <where>
    (<evidence>)", then "  lost: <value> (<where>): <why>" for each losing candidate."""
    lines = []
    order = ("title", "authors", "date", "description", "site_name", "url", "language", "tags", "categories", "image")
    for name, source in sorted(article.sources.items(), key=lambda item: order.index(item[0]) if item[0] in order
                               else len(order)):
        value = getattr(article, name, None)
        if isinstance(value, list):
            value = ", ".join(value)
        elif value is not None and not isinstance(value, str):
            value = value.isoformat()
        lines += [f"{name}: {value if value else '(none)'}", f"  source: {source}"]
        lines += [f"  lost: {c.value} ({c.source})" + (f": {c.why}" if c.why else "") for c in source.rejected]
    return lines or ["(no field was found)"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Print the article in a news page (HTML or plain text): title, byline, date, "
        "a blank line, then the body. `newsclean batch --help` cleans many pages.",
    )
    parser.add_argument("sources", nargs="+", metavar="PAGE",
                        help="a saved page: a file (HTML, text, or .gz of either), or - for standard input "
                        "(gzip there is unpacked too); URLs are not fetched. Several pages give one result "
                        "each, in order: a '==> PAGE <==' line before each, or with JSON one object per line "
                        "with an \"input\" field. Exit status: 0 if every page gave an article, 1 if one "
                        "held none, 2 if one could not be read")
    parser.add_argument("--format", choices=("text", "markdown", "json"), default=None,
                        help="text: title, byline, date, then the body (default); markdown: the title as "
                        "'#', then the body with its headings, lists, tables, quotes and code; json: one "
                        "JSON object (see docs/formats.md)")
    parser.add_argument("--json", action="store_true", help="the same as --format json")
    parser.add_argument("--links", action="store_true",
                        help="with --format markdown: keep the article's links as [text](url) (HTML pages)")
    parser.add_argument("--explain", action="store_true",
                        help="also say where each metadata field came from and which candidates lost, "
                        "and list each removed block with the cleaner that removed it and why (in JSON: "
                        "the \"sources\" and \"removed\" fields, which are left out without --explain)")
    parser.add_argument("--report", metavar="OUT.html",
                        help="also write an HTML report: the metadata found, then every block of the page in "
                        "order, removed ones struck through with their cleaner and reason, filterable by "
                        "cleaner (one self-contained file; one input only; see docs/report.md)")
    parser.add_argument("--url", help="the page's URL, if known (helps HTML metadata)")
    parser.add_argument("--type", choices=("auto", "html", "text"), default="auto",
                        help="read the input as HTML or text instead of sniffing (default: auto)")
    parser.add_argument("--engine", choices=ENGINES, default=DEFAULT_ENGINE,
                        help="what finds an HTML page's main content: trafilatura, or newsclean's own engine "
                        f"(default: {DEFAULT_ENGINE}; see docs/engine.md)")
    parser.add_argument("--max-bytes", type=_positive_int, default=DEFAULT_MAX_BYTES, metavar="N",
                        help="refuse input over N bytes, before decoding and after unpacking gzip "
                        f"(default: {DEFAULT_MAX_BYTES:,}); exit status 2")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
